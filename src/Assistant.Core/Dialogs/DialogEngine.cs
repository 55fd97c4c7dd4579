using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Assistant.Core.Safety;
using Assistant.Core.Storage;
using Assistant.Core.Users;
using Microsoft.Extensions.Logging;

namespace Assistant.Core.Dialogs;

/// <summary>
/// Runs the flows in <c>dialogs/</c> for every channel. A turn loads the user's stack, handles
/// interruptions (<c>/help</c>, <c>/cancel</c>, ...), feeds the answer to the waiting step, runs on
/// until the next question, and commits. A turn commits as one unit (<see cref="ITurnStore"/>): the
/// conversation, the profile, the mark that the channel's update was handled, and the messages the turn
/// sends, into the outbox; a turn that fails or dies commits nothing. One user's turns run one at a time;
/// the store's version check catches the rare writer outside this process, and the turn is then run again
/// on fresh state.
/// </summary>
public sealed class DialogEngine(
    FlowRegistry flows,
    TextCatalog texts,
    IConversationStore conversations,
    IUserProfileStore profiles,
    ITurnStore turns,
    OutboxFeed outbox,
    SafetyGate safety,
    TimeProvider time,
    ILogger<DialogEngine> logger) : IConversationHandler
{
    private const int MaxConflictRetries = 3;
    private readonly KeyedLock _locks = new();
    private readonly TypedCommands _commands = new(flows);

    /// <summary>
    /// Runs the user's turn. Should the turn itself fail (a bug in a handler, a store read failing), nothing of
    /// it is saved, so the user is where they were with every answer so far, and is told to try again in their
    /// language. A failure while saving is not answered that way: by then the turn may have done its work, and
    /// "try again" could register someone twice; it reaches the channel, which logs it. The exception is a store
    /// that cannot read or write its file (a full disk): then the turn's own writes failed as well, nothing of it
    /// was kept, and the user is told to try again, which works once the disk does.
    /// </summary>
    public async Task<TurnResult> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync(
                message,
                fromUser: true,
                async (turn, state, ct) =>
                {
                    try
                    {
                        await RunTurnAsync(turn, state, ct).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                    {
                        throw new TurnFailedException(e);
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (TurnFailedException failed)
        {
            logger.LogError(failed.InnerException, "A turn failed; the user was asked to try again and their conversation stays as it was");
            return await ApologyAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            logger.LogError(e, "The store failed during a turn; the user was asked to try again");
            return await ApologyAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// "Try again" in the user's language. Committed with the update's mark where the store works, so a
    /// redelivery does not fail the same way again; where it does not (a full disk), handed back unqueued.
    /// </summary>
    private async Task<TurnResult> ApologyAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var language = await LanguageOfAsync(message, cancellationToken).ConfigureAwait(false);
        var apology = texts.Message(language, "dialog.failed");
        if (message.Update is null)
        {
            return new TurnResult([apology]);
        }

        try
        {
            var committed = await turns.CommitTurnAsync(
                new TurnCommit { UserId = message.UserId, Update = message.Update, Outgoing = [new OutboxMessage(message.UserId, OutboxLane.Reply, apology)] },
                cancellationToken).ConfigureAwait(false);
            return new TurnResult([apology]) { Queued = committed.Queued };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogDebug(e, "The apology could not be queued; it is sent directly");
            return new TurnResult([apology]);
        }
    }

    private async Task<string> LanguageOfAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await profiles.LanguageOfAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store itself may be what failed; the app's language will do.
            logger.LogDebug(e, "The profile could not be read for the apology");
            return UserLanguage.FromApp(message);
        }
    }

    /// <summary>
    /// Starts <paramref name="flowId"/> for a user without them writing first (a reminder with buttons,
    /// a waiting-list offer). The flow runs on top of where the user is; when it ends, the user is
    /// asked their earlier question again. Send the returned replies through <see cref="IUserMessenger"/>.
    /// </summary>
    public Task<TurnResult> BeginAsync(long userId, string flowId, IReadOnlyDictionary<string, string>? values, CancellationToken cancellationToken)
    {
        if (flows.Find(flowId) is null)
        {
            throw new ArgumentException($"Flow '{flowId}' does not exist.", nameof(flowId));
        }

        return RunAsync(
            new IncomingMessage { UserId = userId },
            fromUser: false,
            async (turn, state, ct) =>
            {
                var runner = new StepRunner(flows, state, turn, logger);
                runner.Begin(flowId, values is null ? null : new Dictionary<string, string>(values));
                await runner.ContinueAsync(ct).ConfigureAwait(false);
            },
            cancellationToken);
    }

    private async Task<TurnResult> RunAsync(IncomingMessage message, bool fromUser, Func<TurnContext, ConversationState, CancellationToken, Task> body, CancellationToken cancellationToken)
    {
        using var _ = await _locks.AcquireAsync(message.UserId, cancellationToken).ConfigureAwait(false);
        if (message.Update is { } update && await turns.WasHandledAsync(update, cancellationToken).ConfigureAwait(false))
        {
            logger.LogInformation("Update {UpdateId} was handled before; skipped", update.UpdateId);
            return new TurnResult([]) { AlreadyHandled = true };
        }

        for (var attempt = 1; ; attempt++)
        {
            var profile = await profiles.GetAsync(message.UserId, cancellationToken).ConfigureAwait(false);
            var turn = new TurnContext(message, profile ?? NewProfile(message), texts, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
            turn.ProfileChanged = profile is null;
            if (fromUser && turn.Profile.Unreachable)
            {
                // They wrote to us, so they can be reached again.
                turn.UpdateProfile(p => p with { Unreachable = false });
            }

            var state = await conversations.LoadAsync(message.UserId, cancellationToken).ConfigureAwait(false)
                ?? new ConversationState { UserId = message.UserId };
            var expectedVersion = state.Version;

            // Messages the turn's handlers send to others join the commit; an attempt run again starts afresh.
            using var sentByHandlers = OutboxScope.Begin();
            await body(turn, state, cancellationToken).ConfigureAwait(false);
            state.UpdatedAt = time.GetUtcNow();
            IReadOnlyList<OutgoingMessage> replies = [.. message.Preface, .. turn.Replies];
            var committed = await turns.CommitTurnAsync(
                new TurnCommit
                {
                    UserId = message.UserId,
                    State = turn.ForgetUser ? null : state,
                    ExpectedVersion = expectedVersion,
                    Profile = turn.ForgetUser || !turn.ProfileChanged ? null : turn.Profile,
                    Forget = turn.ForgetUser,
                    Update = message.Update,
                    Outgoing = Outgoing(message, replies, sentByHandlers.Messages),
                },
                cancellationToken).ConfigureAwait(false);
            switch (committed.Outcome)
            {
                case TurnCommitOutcome.Committed when message.Update is null:
                    // Nobody wrote: the caller sends the replies, and what the handlers sent goes out from here.
                    await outbox.HandOverAsync(committed.Queued, cancellationToken).ConfigureAwait(false);
                    return Result(turn, replies, queued: null);
                case TurnCommitOutcome.Committed:
                    return Result(turn, replies, committed.Queued);
                case TurnCommitOutcome.AlreadyHandled:
                    logger.LogInformation("Update {UpdateId} was handled meanwhile; this turn is dropped", message.Update?.UpdateId);
                    return new TurnResult([]) { AlreadyHandled = true };
            }

            if (attempt == MaxConflictRetries)
            {
                throw new InvalidOperationException($"The conversation of user {message.UserId} kept changing during the turn.");
            }

            logger.LogWarning("Conversation changed by another writer during a turn; running the turn again (attempt {Attempt})", attempt + 1);
        }
    }

    private static List<OutboxMessage> Outgoing(IncomingMessage message, IReadOnlyList<OutgoingMessage> replies, IReadOnlyList<OutboxMessage> sentByHandlers)
    {
        var outgoing = new List<OutboxMessage>();
        if (message.Update is not null)
        {
            outgoing.AddRange(replies.Select(r => new OutboxMessage(message.UserId, OutboxLane.Reply, r)));
        }

        outgoing.AddRange(sentByHandlers);
        return outgoing;
    }

    private static TurnResult Result(TurnContext turn, IReadOnlyList<OutgoingMessage> replies, IReadOnlyList<OutboxEntry>? queued) => new(replies)
    {
        AcceptedButtonLabel = turn.AcceptedButtonLabel,
        ButtonRejected = turn.ButtonRejected,
        Queued = queued,
    };

    private async Task RunTurnAsync(TurnContext turn, ConversationState state, CancellationToken cancellationToken)
    {
        var runner = new StepRunner(flows, state, turn, logger);
        if (await safety.AnswerFirstAsync(runner, turn, state, cancellationToken).ConfigureAwait(false))
        {
            // Safety came first, and the text was no answer to the waiting question: that was asked again.
            await runner.ContinueAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        if (_commands.Find(turn, state) is { } interruption)
        {
            await InterruptAsync(runner, turn, state, interruption.Command, interruption.Argument, confirmed: false, cancellationToken).ConfigureAwait(false);
        }
        else if (state.Top is { Waiting: true }
            && await runner.DeliverAsync(cancellationToken).ConfigureAwait(false) is { } confirmedLine
            && _commands.Parse(confirmedLine) is { } confirmed)
        {
            await InterruptAsync(runner, turn, state, confirmed.Command, confirmed.Argument, confirmed: true, cancellationToken).ConfigureAwait(false);
        }

        await runner.ContinueAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task InterruptAsync(StepRunner runner, TurnContext turn, ConversationState state, Interruption command, string? argument, bool confirmed, CancellationToken cancellationToken)
    {
        if (command.Does == InterruptionKind.Cancel && !confirmed && runner.LeaveWarning() is { } warning)
        {
            // A registration or report with answers is not thrown away by one word: the person confirms by button.
            // /menu and /start do not ask: a report keeps its draft, and they are how people get unstuck.
            runner.AskBeforeLeaving(warning, argument is null ? command.Command : command.Command + " " + argument);
            return;
        }

        switch (command.Does)
        {
            case InterruptionKind.Restart:
                state.Stack.Clear();
                runner.Begin(command.Flow!, Argument(argument));
                break;
            case InterruptionKind.Push:
                runner.Begin(command.Flow!, Argument(argument));
                break;
            case InterruptionKind.Cancel:
                if (state.Stack.Any(f => f.FlowId != flows.Settings.HomeFlow))
                {
                    turn.Say(turn.Render("dialog.cancelled", null));
                }

                state.Stack.Clear();
                break;
            case InterruptionKind.Help:
                var step = runner.CurrentStep();
                turn.Say(turn.Render(step?.Help ?? "dialog.help", state.Top?.Values));
                if (state.Top is { Waiting: true })
                {
                    await runner.RepromptAsync(cancellationToken).ConfigureAwait(false);
                }

                break;
        }
    }

    /// <summary>What followed the command (<c>/start flyer-7</c>, or a button's <c>/attend 42</c>), as the flow's <c>argument</c> value.</summary>
    private static Dictionary<string, string>? Argument(string? argument) =>
        argument is null ? null : new Dictionary<string, string> { ["argument"] = argument };

    private UserProfile NewProfile(IncomingMessage message) => new()
    {
        UserId = message.UserId,
        Language = Languages.Match(message.ClientLanguage),
        FirstSeenAt = time.GetUtcNow(),
    };
}

/// <summary>Marks a failure inside a turn's steps, before anything of the turn was saved.</summary>
internal sealed class TurnFailedException(Exception inner) : Exception("A turn failed before it was saved.", inner);
