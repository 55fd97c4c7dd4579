using Assistant.Core.Conversations;
using Assistant.Core.Users;
using Assistant.Telegram.Buttons;
using Assistant.Telegram.Sending;
using Telegram.Bot.Types.ReplyMarkups;

namespace Assistant.Telegram.Tests.Units;

public sealed class OutboundMapperTests
{
    private readonly OutboundMapper _mapper = new(
        new CallbackData("123456789:FAKE-token-for-tests_0123456789abcdef"),
        TelegramTestHost.Texts,
        new InMemoryUserProfileStore());

    [Fact]
    public async Task Contact_request_becomes_a_one_time_keyboard_that_the_next_message_removes()
    {
        var ask = new OutgoingMessage { Text = "Telefonnummer?", RequestsContact = true };

        var asked = await _mapper.MapAsync(7, [ask], SendPriority.Reply, CancellationToken.None);
        var next = await _mapper.MapAsync(7, [OutgoingMessage.Plain("Danke!"), OutgoingMessage.Plain("Weiter.")], SendPriority.Reply, CancellationToken.None);

        var keyboard = Assert.IsType<ReplyKeyboardMarkup>(((TextItem)Assert.Single(asked)).Markup);
        Assert.True(Assert.Single(keyboard.Keyboard.SelectMany(r => r)).RequestContact);
        Assert.True(keyboard.OneTimeKeyboard);
        Assert.IsType<ReplyKeyboardRemove>(((TextItem)next[0]).Markup);
        Assert.Null(((TextItem)next[1]).Markup);
    }

    [Fact]
    public async Task Buttons_are_signed_for_the_chat_and_keep_their_rows()
    {
        var message = new OutgoingMessage { Text = "?", Buttons = [[new Button("A", "abcd0123:0"), new Button("B", "abcd0123:1")], [new Button("Menü", "/menu")]] };

        var item = (TextItem)Assert.Single(await _mapper.MapAsync(7, [message], SendPriority.Reply, CancellationToken.None));

        var rows = Assert.IsType<InlineKeyboardMarkup>(item.Markup).InlineKeyboard.Select(r => r.ToList()).ToList();
        Assert.Equal([2, 1], rows.Select(r => r.Count));
        Assert.StartsWith("abcd0123:0|", rows[0][0].CallbackData, StringComparison.Ordinal);
        Assert.Equal("/menu", rows[1][0].CallbackData);
    }
}
