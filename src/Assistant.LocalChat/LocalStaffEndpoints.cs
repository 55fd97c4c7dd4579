using Assistant.Core.Conversations;
using Assistant.Core.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Assistant.LocalChat;

/// <summary>
/// The page's staff view: the staff chats' posts by chat and topic, and writing into a topic as a chosen
/// staff user, through the same <see cref="IStaffChatHandler"/> as Telegram's staff supergroups.
/// </summary>
public static class LocalStaffEndpoints
{
    public static IEndpointRouteBuilder MapLocalStaffView(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/staff/posts", (LocalStaffChats chats) => Results.Ok(chats.Posts.Select(p => new StaffPostView(
            p.Post.Kind.ToString(),
            p.Post.ChatId,
            p.Post.TopicId,
            p.NewTopicTitle,
            p.From,
            p.Message.Text,
            p.Message.Direction == TextDirection.RightToLeft ? "rtl" : "ltr",
            p.Message.Buttons.Select(row => row.Select(b => new LocalChatEndpoints.ChatButton(b.Label, b.Payload)).ToList()).ToList())).ToList()));

        endpoints.MapPost("/api/staff/{chatId:long}", async (long chatId, StaffRequest request, LocalStaffChats chats, IStaffChatHandler handler, CancellationToken cancellationToken) =>
        {
            if (LocalStaffChats.KindOf(chatId) is not { } kind || request.UserId <= 0 || (request.Text is null && request.Payload is null))
            {
                return Results.BadRequest();
            }

            var text = request.Text is { Length: > 4096 } tooLong ? tooLong[..4096] : request.Text;
            if (text is not null)
            {
                chats.AddStaffMessage(kind, request.TopicId, request.Name ?? request.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture), text);
            }

            var reply = await handler.HandleAsync(
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

    public sealed record StaffRequest(long UserId, string? Name, int? TopicId, string? Text, string? Payload);

    public sealed record StaffPostView(
        string Chat,
        long ChatId,
        int? TopicId,
        string? TopicTitle,
        string? From,
        string Text,
        string Direction,
        IReadOnlyList<IReadOnlyList<LocalChatEndpoints.ChatButton>> Buttons);
}
