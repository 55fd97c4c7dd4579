using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Assistant.Telegram.Receiving;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Assistant.Telegram.Webhook;

/// <summary>
/// Receives updates Telegram posts. A request without the configured secret token is refused with 401
/// before its body is read, so a stranger who finds the address can make the bot do nothing.
/// </summary>
internal static class WebhookEndpoint
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static async Task<IResult> HandleAsync(HttpContext http, ChatDispatcher dispatcher, UpdateReader reader, IOptions<TelegramOptions> options, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(WebhookEndpoint).FullName!);
        if (!SecretMatches(http.Request.Headers[SecretHeader].ToString(), options.Value.WebhookSecret))
        {
            logger.LogWarning("Refused a webhook request without the right secret token");
            return Results.Unauthorized();
        }

        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body, cancellationToken: http.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            logger.LogWarning("Refused a webhook request whose body is not JSON");
            return Results.BadRequest();
        }

        // An update that cannot be read will not become readable when sent again: answered 200 (and
        // logged by the reader), so Telegram moves on instead of holding back the updates behind it.
        if (reader.Read(body) is not { } update)
        {
            return Results.Ok();
        }

        // Answered after the update was handled: until Telegram has its 200 it redelivers, and the
        // de-duplication makes that harmless, while an early 200 would lose updates in a crash.
        await dispatcher.DispatchAsync(update).ConfigureAwait(false);
        return Results.Ok();
    }

    private static bool SecretMatches(string given, string? expected) =>
        expected is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
