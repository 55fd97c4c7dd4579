using Assistant.Core.Conversations;
using Assistant.Core.Storage;
using static Assistant.Host.Tests.TestHost;

namespace Assistant.Host.Tests;

public sealed class RestartTests
{
    [Fact]
    public async Task After_a_restart_on_the_same_data_file_the_conversation_continues_at_the_same_step()
    {
        using var temp = new TempFolder();
        var dataFile = temp.File("assistant.db");
        IReadOnlyList<Button> buttons;

        await using (var first = await StartAsync(dataFile))
        {
            var handler = first.Services.GetRequiredService<IConversationHandler>();
            var result = await handler.HandleAsync(new IncomingMessage { UserId = 3, Text = "/start flyer-7", ClientLanguage = "uk" }, CancellationToken.None);
            buttons = result.Replies[^1].Buttons.SelectMany(r => r).ToList();
        }

        await using var second = await StartAsync(dataFile);
        var state = await second.Services.GetRequiredService<IConversationStore>().LoadAsync(3, CancellationToken.None);
        Assert.Equal("notice", state!.Top!.StepId);
        Assert.Equal("flyer-7", state.Top.Values["argument"]);

        var agree = buttons.Single(b => b.Label == T("uk", "onboarding.agree"));
        var after = await second.Services.GetRequiredService<IConversationHandler>()
            .HandleAsync(new IncomingMessage { UserId = 3, ButtonPayload = agree.Payload }, CancellationToken.None);

        Assert.Equal([T("uk", "onboarding.consent_thanks"), T("uk", "menu.prompt")], after.Replies.Select(r => r.Text));
    }
}
