using Assistant.Core.Conversations;
using Assistant.Core.Tests.Support;
using static Assistant.Core.Tests.Support.Conversation;

namespace Assistant.Core.Tests.Dialogs;

/// <summary>Inputs with validation and retries, confirm, action, branch and call, on a test flow.</summary>
public sealed class FormFlowTests
{
    private readonly TestFormActions _actions = new();

    private async Task<Conversation> StartFormAsync(string language = "de")
    {
        var chat = new Conversation(clientLanguage: language, extraActions: [_actions, new TestCounterActions()], flowsFolder: TestFiles.TestFlows);
        await chat.OnboardAsync();
        var result = await chat.Engine.BeginAsync(chat.UserId, "test-form", null, CancellationToken.None);
        Assert.Equal([T(language, "menu.prompt")], result.Replies.Select(r => r.Text));
        return chat;
    }

    [Fact]
    public async Task A_complete_form_saves_normalised_values_and_returns_the_child_result()
    {
        var chat = await StartFormAsync();

        await chat.SendAsync("٤٢");                       // Arabic-Indic digits
        await chat.SendAsync("\u200F24.12.1990");          // a right-to-left mark before the date
        await chat.SendAsync("0049 (171) 234-5678");
        await chat.SendAsync("50667");
        await chat.PressAsync(T("de", "dialog.yes"));
        Assert.Equal([T("de", "menu.help")], chat.LastTexts);   // the child flow asks
        await chat.SendAsync("fine");

        var values = Assert.Single(_actions.Finished);
        Assert.Equal("42", values["age"]);
        Assert.Equal("1990-12-24", values["birthday"]);
        Assert.Equal("+491712345678", values["phone"]);
        Assert.Equal("50667", values["postcode"]);
        Assert.Equal("adult", values["group"]);
        Assert.Equal("fine", values["child_answer"]);
        Assert.Equal([T("de", "menu.prompt")], chat.LastTexts);
    }

    [Fact]
    public async Task Invalid_answer_is_explained_and_asked_again_with_attempts_left()
    {
        var chat = await StartFormAsync("ru");

        await chat.SendAsync("сто пятьдесят");

        Assert.Equal(
            [T("ru", "validation.number") + "\n" + T("ru", "dialog.attempts_left", ("count", "2"))],
            chat.LastTexts);
        await chat.SendAsync("150");
        Assert.Equal(
            [T("ru", "validation.number_range", ("min", "0"), ("max", "120")) + "\n" + T("ru", "dialog.attempts_left", ("count", "1"))],
            chat.LastTexts);
        await chat.SendAsync("30");
        Assert.Equal([T("ru", "language.choose")], chat.LastTexts);
    }

    [Fact]
    public async Task Too_many_wrong_answers_pause_the_form_with_its_answers_and_it_goes_on_after()
    {
        var chat = await StartFormAsync();
        await chat.SendAsync("30");
        await chat.SendAsync("01.01.1990");
        await chat.SendAsync("0171 2345678");

        await chat.SendAsync("abc");
        Assert.StartsWith(T("de", "validation.pattern"), chat.LastTexts[0], StringComparison.Ordinal);
        await chat.SendAsync("also wrong");

        Assert.Equal([T("de", "dialog.paused")], chat.LastTexts);
        Assert.Equal([T("de", "dialog.go_on"), T("de", "dialog.talk_to_person")], chat.ButtonLabels);
        Assert.Equal("30", (await chat.StateAsync())!.Top!.Values["age"]);
        Assert.Empty(_actions.Finished);

        await chat.PressAsync(T("de", "dialog.go_on"));
        Assert.Equal([T("de", "privacy.ask_consent")], chat.LastTexts);
        await chat.SendAsync("50667");
        await chat.PressAsync(T("de", "dialog.yes"));
        await chat.SendAsync("fine");
        Assert.Equal("50667", Assert.Single(_actions.Finished)["postcode"]);
    }

    [Fact]
    public async Task A_sticker_where_text_is_expected_asks_for_text_and_keeps_the_answers_so_far()
    {
        var chat = await StartFormAsync();
        await chat.SendAsync("30");

        await chat.SendAsync(new IncomingMessage { UserId = chat.UserId, IsUnsupportedContent = true });

        Assert.StartsWith(T("de", "validation.expected_text"), chat.LastTexts[0], StringComparison.Ordinal);
        Assert.Equal("30", (await chat.StateAsync())!.Top!.Values["age"]);
        await chat.SendAsync("01.01.1990");
        Assert.Equal([T("de", "onboarding.notice_help")], chat.LastTexts);
    }

    [Fact]
    public async Task Stickers_photos_and_binary_junk_do_not_use_up_attempts_so_the_form_is_not_lost()
    {
        var chat = await StartFormAsync("uk");
        await chat.SendAsync("30");
        await chat.SendAsync("sometime");   // a real wrong answer: one attempt used

        for (var i = 0; i < 3; i++)
        {
            await chat.SendAsync(new IncomingMessage { UserId = chat.UserId, IsUnsupportedContent = true });
            Assert.Equal([T("uk", "validation.expected_text")], chat.LastTexts);
            await chat.SendAsync(new IncomingMessage { UserId = chat.UserId, Attachments = [new Attachment(AttachmentKind.Photo, "p1", null, "image/jpeg", 1000)] });
            Assert.Equal([T("uk", "validation.expected_text")], chat.LastTexts);
            await chat.SendAsync("\u0000\u0001PK\u0003\u0004\uFFFD");
            Assert.Equal([T("uk", "validation.unreadable")], chat.LastTexts);
        }

        await chat.SendAsync("01.01.1990");
        Assert.Equal([T("uk", "onboarding.notice_help")], chat.LastTexts);
        Assert.Equal("30", (await chat.StateAsync())!.Top!.Values["age"]);
    }

    [Fact]
    public async Task A_failing_handler_gets_an_apology_and_the_answers_so_far_are_kept_for_the_next_try()
    {
        var chat = await StartFormAsync("tr");
        await chat.SendAsync("10");
        await chat.SendAsync("01.01.2016");
        await chat.SendAsync("0171 2345678");
        await chat.SendAsync("50667");
        _actions.FailNextFinish = true;
        var yes = chat.Buttons.Single(b => b.Label == T("tr", "dialog.yes")).Payload;

        await chat.PressPayloadAsync(yes);

        Assert.Equal([T("tr", "dialog.failed")], chat.LastTexts);
        Assert.Empty(_actions.Finished);
        await chat.PressPayloadAsync(yes);
        var values = Assert.Single(_actions.Finished);
        Assert.Equal(("10", "50667", "minor"), (values["age"], values["postcode"], values["group"]));
    }

    [Fact]
    public async Task Date_in_the_future_is_refused_where_a_past_date_is_asked()
    {
        var chat = await StartFormAsync("en");
        await chat.SendAsync("30");

        await chat.SendAsync("01.01.2030");

        Assert.StartsWith(T("en", "validation.date_past"), chat.LastTexts[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Phone_step_asks_for_the_contact_button_and_accepts_a_shared_contact()
    {
        var chat = await StartFormAsync();
        await chat.SendAsync("30");
        await chat.SendAsync("01.01.1990");
        Assert.True(Assert.Single(chat.Last.Replies).RequestsContact);

        await chat.SendAsync(new IncomingMessage { UserId = chat.UserId, Contact = new SharedContact("+49 171 2345678", "Amina", chat.UserId) });

        Assert.Equal("+491712345678", (await chat.StateAsync())!.Top!.Values["phone"]);
    }

    [Fact]
    public async Task Confirm_accepts_typed_yes_and_no_in_any_language()
    {
        var chat = await StartFormAsync();
        foreach (var answer in new[] { "30", "01.01.1990", "0171 2345678", "50667" })
        {
            await chat.SendAsync(answer);
        }

        await chat.SendAsync(Texts.Get("uk", "words.no").Split(',')[0].Trim());

        Assert.Equal([T("de", "dialog.cancelled"), T("de", "menu.prompt")], chat.LastTexts);
    }

    [Fact]
    public async Task A_huge_message_is_refused_without_losing_the_flow()
    {
        var chat = await StartFormAsync();
        await chat.SendAsync("30");
        await chat.SendAsync("01.01.1990");
        await chat.SendAsync("0171 2345678");
        await chat.SendAsync("50667");
        await chat.PressAsync(T("de", "dialog.yes"));

        await chat.SendAsync(new string('x', 100_000));

        Assert.StartsWith(T("de", "validation.too_long", ("count", "10")), chat.LastTexts[0], StringComparison.Ordinal);
        Assert.Equal("test-child", (await chat.StateAsync())!.Top!.FlowId);
    }
}
