using System.Text.RegularExpressions;
using Assistant.Core.Conversations;
using Assistant.Core.Staff;
using Assistant.Core.Users;
using Assistant.FakeOpenAi;
using Assistant.Handoff.Tests.Support;
using Assistant.Handoff.Tickets;
using static Assistant.Handoff.Tests.Support.HandoffWorld;

namespace Assistant.Handoff.Tests;

/// <summary>
/// An Arabic-speaking participant and a German-writing counsellor, with the AI service played by a fake
/// OpenAI-compatible server on 127.0.0.1: what each side sees, what the service receives, and what happens
/// when it fails or is slow. Slowness is the fake holding its answer, never a measured time.
/// </summary>
public sealed partial class TranslationTests : IAsyncLifetime
{
    private const StaffChatKind Ad = StaffChatKind.AntiDiscrimination;
    private static readonly byte[] Audio = [0x4F, 0x67, 0x67, 0x53, 1, 2, 3];
    private FakeOpenAiServer _fake = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeOpenAiServer.StartAsync();
        _fake.Respond = Translate;
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Arabic_and_German_reach_the_other_side_translated_and_names_and_numbers_never_reach_the_service()
    {
        using var world = await WorldAsync();
        var p = await world.ParticipantAsync(1, "ar");
        var ticket = await p.ReportAsync();
        Assert.Equal(p.T("translation.ask", ("service", "127.0.0.1")), p.LastTexts[^1]);
        await p.ChooseAsync("translation.yes");
        Assert.Equal([p.T("handoff.open_prompt")], p.LastTexts);
        var topic = await world.TopicOfAsync(ticket);
        await world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "/claim");

        await world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "Bitte rufen Sie Frau Becker unter 0221 9876543 an.");

        var answer = p.Inbox[^1];
        Assert.Equal(T("ar", "handoff.from_named", ("name", "Selin"), ("role", T("ar", "handoff.roles.counselling")), ("text", "ترجمة: Becker 0221 9876543")), answer.Text);
        await p.PressAsync(answer, p.T("translation.original_button"));
        Assert.Equal(p.T("translation.original", ("text", "Bitte rufen Sie Frau Becker unter 0221 9876543 an.")), p.LastTexts[0]);

        await p.SendAsync("اسمي أمينة يوسف ورقمي 0176 1234567");

        var relayed = world.StaffChats.TextsInTopic(topic)[^1];
        Assert.StartsWith(T("de", "tickets.from_participant", ("text", "Deutsch: أمينة يوسف 0176 1234567")), relayed, StringComparison.Ordinal);
        Assert.EndsWith("اسمي أمينة يوسف ورقمي 0176 1234567", relayed, StringComparison.Ordinal);
        Assert.Contains(T("de", "translation.staff_original", ("language_name", LanguageName(world, "ar"))), relayed, StringComparison.Ordinal);
        Assert.Contains(_fake.Prompts, prompt => prompt.Contains("[name2] [name3] ورقمي [phone1]", StringComparison.Ordinal));
        Assert.All(_fake.Prompts, prompt => Assert.DoesNotMatch("Becker|9876543|1234567|أمينة|يوسف", prompt));
    }

    [Fact]
    public async Task A_no_is_kept_staff_are_told_to_offer_an_interpreter_and_nothing_reaches_the_service()
    {
        using var world = await WorldAsync();
        var p = await world.ParticipantAsync(1, "ar");
        var ticket = await p.ReportAsync();
        var topic = await world.TopicOfAsync(ticket);

        await p.ChooseAsync("translation.no");

        Assert.Equal([p.T("translation.declined"), p.T("handoff.open_prompt")], p.LastTexts);
        Assert.Equal(T("de", "translation.no_translation_refused", ("language_name", LanguageName(world, "ar"))), world.StaffChats.TextsInTopic(topic)[^1]);
        await world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "/claim");
        await world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "Wann ist das passiert?");
        await p.SendAsync("أمس في الصباح");

        Assert.Equal(T("ar", "handoff.from_named", ("name", "Selin"), ("role", T("ar", "handoff.roles.counselling")), ("text", "Wann ist das passiert?")), p.Inbox[^1].Text);
        Assert.Equal(T("de", "tickets.from_participant", ("text", "أمس في الصباح")), world.StaffChats.TextsInTopic(topic)[^1]);
        Assert.Equal(0, _fake.RequestCount);
        var profile = await world.Get<IUserProfileStore>().GetAsync(1, CancellationToken.None);
        Assert.Equal(ConsentDecision.Refused, profile!.DecisionOn(ConsentPurposes.MachineTranslation));
    }

    [Fact]
    public async Task A_voice_report_is_transcribed_and_translated_for_the_counsellor_and_the_audio_goes_along()
    {
        _fake.Transcript = "المؤجر رفض أن يؤجرني الشقة";
        using var world = await WorldAsync(services: s => s.AddSingleton<IChannelFiles>(new FakeChannelFiles()));
        var p = await world.ParticipantAsync(1, "ar");
        var voice = new Attachment(AttachmentKind.Voice, "voice-17", null, "audio/ogg", Audio.Length);
        var ticket = await p.ReportAsync(voice: voice);
        await p.ChooseAsync("translation.yes");
        var topic = await world.TopicOfAsync(ticket);

        await world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "/claim");
        await FakeOpenAiServer.WaitUntilAsync(() => world.Messenger.To(Counsellor).Count >= 2);

        var (report, translated) = (world.Messenger.To(Counsellor)[0], world.Messenger.To(Counsellor)[1]);
        Assert.Contains(voice, report.Attachments);
        Assert.Equal(
            T("de", "translation.report", ("ticket", ticket), ("language_name", LanguageName(world, "ar")), ("translation", "Der Vermieter wollte mir die Wohnung nicht geben."), ("text", "🎤 المؤجر رفض أن يؤجرني الشقة")),
            translated.Text);
        var transcription = Assert.Single(_fake.Transcriptions);
        Assert.Equal(("ar", "whisper-1"), (transcription.Language, transcription.Model));
        Assert.Equal(Audio, transcription.Audio);
    }

    [Fact]
    public async Task A_voice_message_in_a_ticket_reaches_staff_as_audio_with_its_transcript_translated()
    {
        _fake.Transcript = "المؤجر رفض أن يؤجرني الشقة";
        using var world = await WorldAsync(services: s => s.AddSingleton<IChannelFiles>(new FakeChannelFiles()));
        var (p, _, topic) = await ClaimedAfterYesAsync(world);
        var voice = new Attachment(AttachmentKind.Voice, "voice-18", null, "audio/ogg", Audio.Length);

        await p.SendFilesAsync(null, voice);

        var post = world.StaffChats.Posts[^1].Message;
        Assert.Equal([voice], post.Attachments);
        Assert.StartsWith(T("de", "tickets.from_participant", ("text", "Der Vermieter wollte mir die Wohnung nicht geben.")), post.Text, StringComparison.Ordinal);
        Assert.EndsWith("🎤 المؤجر رفض أن يؤجرني الشقة", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_service_fails_or_is_slow_the_original_goes_on_at_once_marked_and_the_translation_follows()
    {
        using var world = await WorldAsync();
        var (p, _, topic) = await ClaimedAfterYesAsync(world);
        await p.SendAsync("شكرا");
        Assert.StartsWith(T("de", "tickets.from_participant", ("text", "Deutsch:")), world.StaffChats.TextsInTopic(topic)[^1], StringComparison.Ordinal);

        _fake.StatusCode = 503;
        await p.SendAsync("هل يمكنني المجيء غدا؟");
        Assert.Equal([p.T("handoff.relayed")], p.LastTexts);
        Assert.Equal(T("de", "tickets.from_participant", ("text", "هل يمكنني المجيء غدا؟\n\n" + T("de", "translation.staff_failed_mark"))), world.StaffChats.TextsInTopic(topic)[^1]);
        await world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "Ja, um 10 Uhr.");
        Assert.Equal(T("ar", "handoff.from_named", ("name", "Selin"), ("role", T("ar", "handoff.roles.counselling")), ("text", "Ja, um 10 Uhr.\n\n" + T("ar", "translation.failed"))), p.Inbox[^1].Text);
        Assert.Equal(T("de", "translation.answer_not_translated"), world.StaffChats.TextsInTopic(topic)[^1]);

        _fake.StatusCode = 200;
        _fake.Hold();
        var sentAt = world.Clock.GetUtcNow();
        var sending = p.SendAsync("سآتي مع ابنتي");
        await AdvanceUntilAsync(world, sending);
        Assert.Equal(T("de", "tickets.from_participant", ("text", "سآتي مع ابنتي\n\n" + T("de", "translation.staff_pending_mark"))), world.StaffChats.TextsInTopic(topic)[^1]);
        _fake.Release();
        await FakeOpenAiServer.WaitUntilAsync(() => world.StaffChats.TextsInTopic(topic)[^1].StartsWith("🌐", StringComparison.Ordinal));
        Assert.Equal(
            T("de", "translation.staff_late", ("time", world.Get<StaffTexts>().When(sentAt)), ("translation", "Deutsch:"), ("text", "سآتي مع ابنتي")),
            world.StaffChats.TextsInTopic(topic)[^1]);
    }

    [Fact]
    public async Task Staff_turn_translation_off_for_a_ticket_and_on_again()
    {
        using var world = await WorldAsync();
        var (p, ticket, topic) = await ClaimedAfterYesAsync(world);
        // The report's translation for the counsellor comes after the claim; only what follows counts.
        await FakeOpenAiServer.WaitUntilAsync(() => world.Messenger.To(Counsellor).Count >= 2);
        var before = _fake.RequestCount;

        var off = await world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "/translate off");
        await world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "مرحبا، أنا أتكلم العربية.");
        await p.SendAsync("الحمد لله");

        Assert.Equal(T("de", "translation.turned_off", ("ticket", ticket)), off!.Text);
        Assert.True((await world.TicketAsync(ticket)).TranslationOff);
        Assert.Equal(T("ar", "handoff.from_named", ("name", "Selin"), ("role", T("ar", "handoff.roles.counselling")), ("text", "مرحبا، أنا أتكلم العربية.")), p.Inbox[^1].Text);
        Assert.Equal(T("de", "tickets.from_participant", ("text", "الحمد لله")), world.StaffChats.TextsInTopic(topic)[^1]);
        Assert.Equal(before, _fake.RequestCount);

        var on = await world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "/translate on");
        await p.SendAsync("شكرا");
        Assert.Equal(T("de", "translation.turned_on", ("ticket", ticket)), on!.Text);
        Assert.StartsWith(T("de", "tickets.from_participant", ("text", "Deutsch:")), world.StaffChats.TextsInTopic(topic)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_person_takes_consent_back_with_a_command_and_nothing_more_reaches_the_service()
    {
        using var world = await WorldAsync();
        var (p, _, topic) = await ClaimedAfterYesAsync(world);
        await FakeOpenAiServer.WaitUntilAsync(() => world.Messenger.To(Counsellor).Count >= 2);
        var before = _fake.RequestCount;

        await p.SendAsync("/translation");
        Assert.Equal(p.T("translation.ask", ("service", "127.0.0.1")), p.LastTexts[^1]);
        await p.ChooseAsync("translation.no");
        Assert.Equal(p.T("translation.declined"), p.LastTexts[0]);
        await p.SendAsync("شكرا");

        Assert.Equal(T("de", "tickets.from_participant", ("text", "شكرا")), world.StaffChats.TextsInTopic(topic)[^1]);
        Assert.Equal(before, _fake.RequestCount);
        var profile = await world.Get<IUserProfileStore>().GetAsync(1, CancellationToken.None);
        Assert.Equal(
            [ConsentDecision.Given, ConsentDecision.Refused],
            profile!.ConsentHistory.Where(r => r.Purpose == ConsentPurposes.MachineTranslation).Select(r => r.Decision));
    }

    [Fact]
    public async Task Without_a_service_the_person_is_offered_an_interpreter_and_staff_are_told_once()
    {
        using var world = new HandoffWorld();
        await world.WithStaffAsync();
        var p = await world.ParticipantAsync(1, "fa");
        var ticket = await p.ReportAsync();
        Assert.Equal([p.T("report.sent", ("case_number", ticket)), p.T("translation.unavailable"), p.T("handoff.open_prompt")], p.LastTexts);
        var topic = await world.TopicOfAsync(ticket);
        await world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "/claim");

        await p.SendAsync("سلام");
        await p.SendAsync("ممنون");

        var note = T("de", "translation.no_translation_available", ("language_name", LanguageName(world, "fa")));
        Assert.Single(world.StaffChats.TextsInTopic(topic), note);
        Assert.Equal(T("de", "tickets.from_participant", ("text", "ممنون")), world.StaffChats.TextsInTopic(topic)[^1]);
    }

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(2);

    /// <summary>An Arabic report whose author agreed to machine translation, claimed by the counsellor.</summary>
    private static async Task<(Participant P, string Ticket, int Topic)> ClaimedAfterYesAsync(HandoffWorld world)
    {
        var p = await world.ParticipantAsync(1, "ar");
        var ticket = await p.ReportAsync();
        await p.ChooseAsync("translation.yes");
        var topic = await world.TopicOfAsync(ticket);
        await world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "/claim");
        return (p, ticket, topic);
    }

    private async Task<HandoffWorld> WorldAsync(Action<IServiceCollection>? services = null)
    {
        var world = new HandoffWorld(
            new Dictionary<string, string?>
            {
                ["Ai:Provider"] = "OpenAICompatible",
                ["Ai:Endpoint"] = _fake.Endpoint,
                ["Ai:Model"] = "fake-model",
                ["Ai:TranslationWait"] = Wait.ToString(),
            },
            services: services);
        await world.WithStaffAsync();
        return world;
    }

    /// <summary>
    /// Moves the world's clock on in steps of the relay's wait until <paramref name="turn"/> is done: the wait
    /// for a held translation ends by the clock, not by real time.
    /// </summary>
    private static async Task AdvanceUntilAsync(HandoffWorld world, Task turn)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!turn.IsCompleted)
        {
            world.Clock.Advance(Wait);
            await Task.WhenAny(turn, Task.Delay(50, limit.Token));
        }

        await turn;
    }

    private static string LanguageName(HandoffWorld world, string language) => world.Get<StaffTexts>().LanguageName(language);

    /// <summary>The fake's "translation": a marker in the target language and the placeholders it was given, in order.</summary>
    private static string Translate(FakeChat chat)
    {
        var placeholders = string.Join(" ", Placeholder().Matches(chat.User).Select(m => m.Value));
        if (chat.System.Contains("to Arabic", StringComparison.Ordinal))
        {
            return ("ترجمة: " + placeholders).Trim();
        }

        return chat.User.StartsWith("🎤", StringComparison.Ordinal)
            ? "Der Vermieter wollte mir die Wohnung nicht geben."
            : ("Deutsch: " + placeholders).Trim();
    }

    [GeneratedRegex(@"\[(?:name|phone|email|address)\d+\]")]
    private static partial Regex Placeholder();

    private sealed class FakeChannelFiles : IChannelFiles
    {
        public Task<byte[]?> DownloadAsync(Attachment file, CancellationToken cancellationToken) => Task.FromResult<byte[]?>(Audio);
    }
}
