using System.Reflection;
using Assistant.Core.Conversations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Assistant.LocalChat;

/// <summary>The web page and its small JSON API: talk to the bot as any user, in any language.</summary>
public static class LocalChatEndpoints
{
    public static IEndpointRouteBuilder MapLocalChat(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", () => Results.Stream(Page(), "text/html; charset=utf-8"));

        endpoints.MapPost("/api/chat/{userId:long}", async (long userId, ChatRequest request, IConversationHandler handler, CancellationToken cancellationToken) =>
        {
            if (request.Text is { Length: > 4096 })
            {
                // The same limit Telegram has; the engine would cope, the page should not send more.
                request = request with { Text = request.Text[..4096] };
            }

            var result = await handler.HandleAsync(
                new IncomingMessage
                {
                    UserId = userId,
                    Text = request.Payload is null ? request.Text : null,
                    ButtonPayload = request.Payload,
                    ClientLanguage = request.Language,
                    FirstName = request.Name,
                },
                cancellationToken);
            return Results.Ok(ToResponse(result.Replies, result.ButtonRejected));
        });

        endpoints.MapGet("/api/chat/{userId:long}/waiting", (long userId, LocalMessenger messenger) =>
            Results.Ok(ToResponse(messenger.TakeWaiting(userId), buttonRejected: false)));

        endpoints.MapLocalStaffView();
        return endpoints;
    }

    private static ChatResponse ToResponse(IReadOnlyList<OutgoingMessage> replies, bool buttonRejected) => new(
        replies.Select(r => new ChatMessage(
            r.Text,
            r.Direction == TextDirection.RightToLeft ? "rtl" : "ltr",
            r.Buttons.Select(row => row.Select(b => new ChatButton(b.Label, b.Payload)).ToList()).ToList())).ToList(),
        buttonRejected);

    private static Stream Page() =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream("Assistant.LocalChat.wwwroot.index.html")!;

    public sealed record ChatRequest(string? Text, string? Payload, string? Language, string? Name);

    public sealed record ChatResponse(IReadOnlyList<ChatMessage> Messages, bool ButtonRejected);

    public sealed record ChatMessage(string Text, string Direction, IReadOnlyList<IReadOnlyList<ChatButton>> Buttons);

    public sealed record ChatButton(string Label, string Payload);
}
