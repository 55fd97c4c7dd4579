using System.Text.Json;
using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Assistant.Core.Tests.Support;
using Assistant.Core.Users;
using Microsoft.Extensions.DependencyInjection;
using static Assistant.Core.Tests.Support.Conversation;

namespace Assistant.Core.Tests.Privacy;

public sealed class PrivacyRightsTests
{
    [Fact]
    public async Task Consent_record_says_what_was_agreed_to_when_and_in_which_language()
    {
        var chat = await OnboardedAsync("tr");
        chat.Clock.Advance(TimeSpan.FromDays(3));

        await chat.SendAsync("/privacy");
        await chat.PressAsync(T("tr", "privacy.withdraw"));

        var history = (await chat.ProfileAsync())!.ConsentHistory;
        Assert.Equal(2, history.Count);
        Assert.Equal(new ConsentRecord(ConsentDecision.Given, new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), "tr", ConsentRecorder.NoticeVersion), history[0]);
        Assert.Equal(ConsentDecision.Refused, history[1].Decision);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero), history[1].At);
    }

    [Fact]
    public async Task Privacy_notice_says_what_why_who_and_how_long_in_the_users_language()
    {
        var chat = await OnboardedAsync("uk");

        await chat.SendAsync("/privacy");

        Assert.Equal(T("uk", "privacy.details"), chat.LastTexts[0]);
        Assert.Contains("12", chat.LastTexts[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_data_shows_everything_stored_as_text_and_as_a_json_file()
    {
        var chat = await OnboardedAsync("en");

        await chat.SendAsync("/mydata");

        var text = chat.Last.Replies[0].Text;
        Assert.StartsWith(T("en", "privacy.mydata_intro"), text, StringComparison.Ordinal);
        Assert.Contains(T("en", "privacy.data_language", ("language_name", "English")), text, StringComparison.Ordinal);
        Assert.Contains(T("en", "privacy.data_consent_given", ("date", "24/11/2026"), ("version", ConsentRecorder.NoticeVersion)), text, StringComparison.Ordinal);
        var file = chat.Last.Replies[1].File!;
        Assert.Equal("my-data.json", file.FileName);
        using var json = JsonDocument.Parse(file.Content);
        Assert.Equal("en", json.RootElement.GetProperty("profile").GetProperty("profile").GetProperty("language").GetString());
        Assert.Equal(T("en", "menu.prompt"), chat.LastTexts[^1]);
    }

    [Fact]
    public async Task Delete_asks_first_and_no_keeps_everything()
    {
        var chat = await OnboardedAsync();

        await chat.SendAsync("/delete");
        Assert.Equal(2, chat.LastTexts.Count);
        Assert.StartsWith(T("de", "privacy.delete_list"), chat.LastTexts[0], StringComparison.Ordinal);
        Assert.Equal(T("de", "privacy.delete_confirm"), chat.LastTexts[1]);
        await chat.PressAsync(T("de", "dialog.no"));

        Assert.Equal(T("de", "privacy.delete_cancelled"), chat.LastTexts[0]);
        Assert.NotNull(await chat.ProfileAsync());
    }

    [Fact]
    public async Task Delete_erases_profile_and_conversation_and_the_next_message_is_a_first_contact()
    {
        var chat = await OnboardedAsync("fa");

        await chat.SendAsync("/delete");
        await chat.PressAsync(T("fa", "dialog.yes"));

        Assert.Equal([T("fa", "privacy.deleted")], chat.LastTexts);
        Assert.Null(await chat.ProfileAsync());
        Assert.Null(await chat.StateAsync());

        await chat.SendAsync("سلام");
        Assert.Equal(T("fa", "onboarding.welcome"), chat.LastTexts[0]);
    }

    [Fact]
    public async Task A_flood_of_messages_gets_one_friendly_note_leaves_the_dialog_intact_and_then_says_what_was_not_taken()
    {
        var chat = await OnboardedAsync("ar");
        var handler = chat.Services.GetRequiredService<IConversationHandler>();
        ConversationState? before = null;

        var results = new List<TurnResult>();
        for (var i = 0; i < 40; i++)
        {
            results.Add(await handler.HandleAsync(new IncomingMessage { UserId = chat.UserId, Text = "spam " + i }, CancellationToken.None));
            if (i == 29)
            {
                // Typed text is a question, so the allowed messages move the dialog; the throttled ones must not.
                before = await chat.StateAsync();
            }
        }

        var notes = results.SelectMany(r => r.Replies).Count(r => r.Text == T("ar", "dialog.slow_down"));
        Assert.Equal(1, notes);
        Assert.All(results.Skip(31), r => Assert.Empty(r.Replies));
        var now = await chat.StateAsync();
        Assert.Equal((before!.Top!.FlowId, before.Top.StepId), (now!.Top!.FlowId, now.Top.StepId));

        // Nothing was dropped silently: the next answer starts by saying how many messages were not taken.
        chat.Clock.Advance(TimeSpan.FromMinutes(1));
        var after = await handler.HandleAsync(new IncomingMessage { UserId = chat.UserId, Text = "/menu" }, CancellationToken.None);
        Assert.Equal([T("ar", "dialog.not_taken", ("count", "10")), T("ar", "menu.prompt")], after.Replies.Select(r => r.Text));
        var later = await handler.HandleAsync(new IncomingMessage { UserId = chat.UserId, Text = "/menu" }, CancellationToken.None);
        Assert.Equal([T("ar", "menu.prompt")], later.Replies.Select(r => r.Text));
    }
}
