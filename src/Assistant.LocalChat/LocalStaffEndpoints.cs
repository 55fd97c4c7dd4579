using System.Globalization;
using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Assistant.Core.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Assistant.LocalChat;

/// <summary>
/// The page's staff view: the staff chats' posts by chat and topic, and writing into a topic as a chosen
/// staff user, through the same <see cref="IStaffChatHandler"/> as Telegram's staff supergroups.
/// </summary>
public static class LocalStaffEndpoints
{
    public static IEndpointRouteBuilder MapLocalStaffView(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/staff/posts", (int? after, LocalStaffChats chats) =>
            Results.Ok(chats.After(after ?? 0).Select(View).ToList()));

        endpoints.MapGet("/api/staff/files/{messageId:int}", (int messageId, LocalStaffChats chats) =>
            chats.After(messageId - 1).FirstOrDefault(p => p.Post.MessageId == messageId)?.Message.File is { } file
                ? Results.File(file.Content, file.MimeType, file.FileName)
                : Results.NotFound());

        endpoints.MapPost("/api/staff/{chatId:long}", async (long chatId, StaffRequest request, LocalStaffChats chats, IStaffChatHandler handler, IEnumerable<IStaffCommand> commands, TextCatalog texts, IOptions<StaffOptions> options, CancellationToken cancellationToken) =>
        {
            if (LocalStaffChats.KindOf(chatId) is not { } kind || request.UserId <= 0 || (request.Text is null && request.Payload is null))
            {
                return Results.BadRequest();
            }

            var text = request.Text is { Length: > LocalChatEndpoints.MaxTextLength } tooLong ? tooLong[..LocalChatEndpoints.MaxTextLength] : request.Text;
            if (text is not null)
            {
                chats.AddStaffMessage(kind, request.TopicId, request.Name ?? request.UserId.ToString(CultureInfo.InvariantCulture), text);
            }

            var reply = IsHelp(text)
                ? OutgoingMessage.Plain(texts.Get(options.Value.Language, "localchat.staff_help", new Dictionary<string, string>
                {
                    ["commands"] = string.Join("\n", commands.Select(c => "/" + c.Name).Order(StringComparer.Ordinal)),
                }))
                : await handler.HandleAsync(
                    new StaffChatMessage
                    {
                        ChatId = chatId,
                        TopicId = request.TopicId,
                        FromUserId = request.UserId,
                        FromFirstName = request.Name,
                        Text = request.Payload is null ? text : null,
                        ButtonPayload = request.Payload,
                    },
                    cancellationToken);
            if (reply is not null)
            {
                // Where Telegram would show the bot's answer: in the same topic.
                await chats.ReplyAsync(new StaffPost(kind, chatId, request.TopicId, null), reply, cancellationToken);
            }

            return Results.Ok();
        });

        return endpoints;
    }

    /// <summary>Telegram lists a bot's commands when "/" is typed; the page has /help for that.</summary>
    private static bool IsHelp(string? text) =>
        text?.Trim().Split('@')[0] is { } command && string.Equals(command, "/help", StringComparison.OrdinalIgnoreCase);

    private static StaffPostView View(LocalStaffPost p) => new(
        p.Post.Kind.ToString(),
        p.Post.ChatId,
        p.Post.TopicId,
        p.NewTopicTitle,
        p.From,
        p.Message.Text,
        LocalChatEndpoints.Direction(p.Message),
        LocalChatEndpoints.Buttons(p.Message),
        p.Post.MessageId ?? 0,
        p.Message.File is { } file ? new LocalChatEndpoints.ChatFile(file.FileName, $"/api/staff/files/{p.Post.MessageId}") : null);

    public sealed record StaffRequest(long UserId, string? Name, int? TopicId, string? Text, string? Payload);

    public sealed record StaffPostView(
        string Chat,
        long ChatId,
        int? TopicId,
        string? TopicTitle,
        string? From,
        string Text,
        string Direction,
        IReadOnlyList<IReadOnlyList<LocalChatEndpoints.ChatButton>> Buttons,
        int MessageId = 0,
        LocalChatEndpoints.ChatFile? File = null);
}
