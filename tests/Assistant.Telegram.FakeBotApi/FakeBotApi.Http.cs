using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Assistant.Telegram.Fakes;

/// <summary>The wire format: reading a Bot API request (JSON, form or multipart) and writing Telegram's answer.</summary>
public sealed partial class FakeBotApi
{
    private static async Task RespondAsync(HttpContext http, ApiCall call, FakeFailure? failure, JsonNode? result)
    {
        if (failure == FakeFailure.ConnectionLost)
        {
            // No answer at all: the connection breaks, as when the network or a proxy fails.
            http.Abort();
            return;
        }

        var body = failure is null
            ? new JsonObject { ["ok"] = true, ["result"] = result ?? true }
            : new JsonObject
            {
                ["ok"] = false,
                ["error_code"] = failure.ErrorCode,
                ["description"] = failure.Description,
                ["parameters"] = failure.RetryAfter is { } r ? new JsonObject { ["retry_after"] = r } : null,
            };
        http.Response.StatusCode = call.StatusCode;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body.ToJsonString(), http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<JsonObject> ReadParametersAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync().ConfigureAwait(false);
            var fields = new JsonObject();
            foreach (var file in form.Files)
            {
                fields[file.Name] = new JsonObject { ["file_name"] = file.FileName, ["length"] = file.Length };
            }

            foreach (var (key, value) in form)
            {
                // A file may be sent as its own part and named in the field as "attach://part".
                var text = value.ToString();
                fields[key] = text.StartsWith("attach://", StringComparison.Ordinal) && fields[text["attach://".Length..]] is { } file
                    ? file.DeepClone()
                    : text;
            }

            return fields;
        }

        var json = request.ContentLength is > 0 || request.ContentType?.Contains("json", StringComparison.Ordinal) == true
            ? await JsonNode.ParseAsync(request.Body).ConfigureAwait(false)
            : null;
        var parameters = json as JsonObject ?? [];
        foreach (var (key, value) in request.Query)
        {
            parameters[key] = value.ToString();
        }

        return parameters;
    }

    private static JsonNode? ParseMarkup(JsonNode? markup) =>
        markup is JsonValue v && v.TryGetValue<string>(out var s) ? JsonNode.Parse(s) : markup;

    internal static JsonObject ChatJson(long chatId) => chatId < 0
        ? new JsonObject { ["id"] = chatId, ["type"] = "group", ["title"] = "Staff" }
        : new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "User" + chatId };

    private static long Now() => TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();

    private static long Number(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? long.Parse(s, CultureInfo.InvariantCulture) : node!.GetValue<long>();
}
