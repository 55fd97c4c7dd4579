using Assistant.Core.Conversations;

namespace Assistant.LocalChat;

/// <summary>
/// Talk to the bot in a terminal or a script: each input line is one message; buttons are printed
/// with numbers and answering with a number presses that button. Ends at the end of the input.
/// </summary>
public sealed class ConsoleChat(IConversationHandler handler)
{
    public async Task RunAsync(long userId, string? language, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        IReadOnlyList<Button> buttons = [];
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            var message = new IncomingMessage { UserId = userId, ClientLanguage = language, FirstName = null };
            message = int.TryParse(line.Trim(), out var number) && number >= 1 && number <= buttons.Count
                ? message with { ButtonPayload = buttons[number - 1].Payload }
                : message with { Text = line };

            var result = await handler.HandleAsync(message, cancellationToken).ConfigureAwait(false);
            buttons = Print(result.Replies, output);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Prints the replies and returns the buttons of the last message that has any, in print order.</summary>
    public static IReadOnlyList<Button> Print(IReadOnlyList<OutgoingMessage> replies, TextWriter output)
    {
        IReadOnlyList<Button> buttons = [];
        foreach (var reply in replies)
        {
            output.WriteLine(reply.Text);
            var flat = reply.Buttons.SelectMany(row => row).ToList();
            for (var i = 0; i < flat.Count; i++)
            {
                output.WriteLine($"  [{i + 1}] {flat[i].Label}");
            }

            if (flat.Count > 0)
            {
                buttons = flat;
            }

            output.WriteLine();
        }

        return buttons;
    }
}
