using System.Reflection;
using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Assistant.Core.Staff;
using Assistant.Core.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Assistant.LocalChat;

/// <summary>The web page and its small JSON API: talk to the bot as any user, in any language.</summary>
public static class LocalChatEndpoints
{
    /// <summary>The most a Telegram message holds; a longer one is refused as Telegram's own limit would.</summary>
    public const int MaxTextLength = 4096;

    public static IEndpointRouteBuilder MapLocalChat(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", () => Results.Stream(Resource("index.html"), "text/html; charset=utf-8"));
        endpoints.MapGet("/page.css", () => Results.Stream(Resource("page.css"), "text/css; charset=utf-8"));
        endpoints.MapGet("/chat.js", () => Results.Stream(Resource("chat.js"), "text/javascript; charset=utf-8"));
        endpoints.MapGet("/staff.js", () => Results.Stream(Resource("staff.js"), "text/javascript; charset=utf-8"));
        endpoints.MapGet("/api/page/{language}", (string language, TextCatalog texts, IOptions<StaffOptions> staff) => Results.Ok(LocalPageTexts.For(language, texts, staff.Value.Language)));

        endpoints.MapPost("/api/chat/{userId:long}", async (long userId, ChatRequest request, IConversationHandler handler, LocalConversationLog log, IUserProfileStore profiles, TextCatalog texts, CancellationToken cancellationToken) =>
        {
            var incoming = new IncomingMessage
            {
                UserId = userId,
                Text = request.Payload is null && request.Contact is null ? request.Text : null,
                ButtonPayload = request.Payload,
                ClientLanguage = request.Language,
                FirstName = request.Name,
                Contact = request.Contact is { PhoneNumber: { Length: > 0 } phone } ? new SharedContact(phone, request.Name, userId) : null,
            };
            var said = incoming.Text ?? request.Label ?? incoming.Contact?.PhoneNumber;
            var shown = said is null ? [] : log.AddTyped(userId, said);

            TurnResult result;
            if (incoming.Text is { Length: > MaxTextLength })
            {
                // Telegram takes no longer message; the person is told the limit, and nothing else happens.
                var language = await profiles.LanguageOfAsync(incoming, cancellationToken);
                result = new TurnResult([texts.Message(language, "validation.too_long", new Dictionary<string, string> { ["count"] = MaxTextLength.ToString(System.Globalization.CultureInfo.InvariantCulture) })]);
            }
            else
            {
                result = await handler.HandleAsync(incoming, cancellationToken);
            }

            var replyLanguage = await profiles.LanguageOfAsync(incoming, cancellationToken);
            var replies = log.AddBot(userId, result.Replies, replyLanguage);
            // A press that brought no answer at all was dropped by the flood protection.
            var notTaken = result.Replies.Count == 0 && request.Payload is not null && !result.ButtonRejected;
            return Results.Ok(new ChatResponse(replies.Select(View).ToList(), result.ButtonRejected, notTaken, shown.Select(View).FirstOrDefault()));
        });

        endpoints.MapGet("/api/chat/{userId:long}/messages", (long userId, long? after, LocalConversationLog log) =>
            Results.Ok(new ChatResponse(log.After(userId, after ?? 0).Select(View).ToList(), ButtonRejected: false)));

        endpoints.MapGet("/api/chat/{userId:long}/files/{sequence:long}", (long userId, long sequence, LocalConversationLog log) =>
            log.Find(userId, sequence)?.Message.File is { } file
                ? Results.File(file.Content, file.MimeType, file.FileName)
                : Results.NotFound());

        endpoints.MapGet("/api/chat/{userId:long}/waiting", (long userId, LocalMessenger messenger) =>
            Results.Ok(new ChatResponse(messenger.TakeWaiting(userId).Select(m => View(new LocalChatEntry(0, userId, LocalChatEntry.FromBot, m, null))).ToList(), ButtonRejected: false)));

        endpoints.MapLocalStaffView();
        return endpoints;
    }

    internal static IReadOnlyList<IReadOnlyList<ChatButton>> Buttons(OutgoingMessage message) =>
        message.Buttons.Select(row => row.Select(b => new ChatButton(b.Label, b.Payload)).ToList()).ToList();

    internal static string Direction(OutgoingMessage message) => message.Direction == TextDirection.RightToLeft ? "rtl" : "ltr";

    private static ChatMessage View(LocalChatEntry entry) => new(
        entry.Message.Text,
        entry.From == LocalChatEntry.FromUser ? "auto" : Direction(entry.Message),
        Buttons(entry.Message),
        entry.Sequence,
        entry.From,
        entry.Language,
        entry.Message.RequestsContact,
        entry.Message.File is { } file && entry.Sequence > 0 ? new ChatFile(file.FileName, $"/api/chat/{entry.UserId}/files/{entry.Sequence}") : null);

    private static Stream Resource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream("Assistant.LocalChat.wwwroot." + name)!;

    /// <summary>What the page sends: typed text, a pressed button (with its label, to show it), or a shared phone number.</summary>
    public sealed record ChatRequest(string? Text, string? Payload, string? Language, string? Name, string? Label = null, SharedPhone? Contact = null);

    public sealed record SharedPhone(string? PhoneNumber);

    /// <summary>
    /// The bot's new bubbles in order; <paramref name="ButtonRejected"/> when a pressed button was outdated or foreign,
    /// <paramref name="NotTaken"/> when the press was dropped because too many came in a minute; <paramref name="Sent"/>
    /// the bubble of what the user sent, which comes before them.
    /// </summary>
    public sealed record ChatResponse(IReadOnlyList<ChatMessage> Messages, bool ButtonRejected, bool NotTaken = false, ChatMessage? Sent = null);

    public sealed record ChatMessage(
        string Text,
        string Direction,
        IReadOnlyList<IReadOnlyList<ChatButton>> Buttons,
        long Sequence = 0,
        string From = LocalChatEntry.FromBot,
        string? Language = null,
        bool RequestsContact = false,
        ChatFile? File = null);

    public sealed record ChatButton(string Label, string Payload);

    public sealed record ChatFile(string Name, string Url);
}
