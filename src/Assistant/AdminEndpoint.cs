using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Assistant.Storage.LiteDb;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Assistant;

/// <summary>
/// Lets the <c>backup</c> verb ask the running bot for a backup: only the bot may open the data file
/// while it runs. At start the bot writes its address and a fresh random token beside the data file
/// (<c>assistant.db.admin</c>, readable by its user only) and deletes it at stop; the endpoint takes
/// requests from loopback with that token. Whoever can read that file can read the data file anyway.
/// </summary>
internal sealed class AdminEndpoint(AssistantDatabase db, IServer server, ILogger<AdminEndpoint> logger) : IHostedService
{
    private readonly string _token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    /// <summary>What the verb reads: where the running bot listens, and the token it wants.</summary>
    public sealed record Ticket(string Url, string Token);

    public sealed record BackupRequest(string Target);

    public sealed record BackupResponse(string? File, long Bytes, string? Error);

    public static string TicketFileOf(string dataFile) => dataFile + ".admin";

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called once the server listens, so the ticket names the real address (also a port chosen by the system).</summary>
    public void WriteTicket()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return;
        }

        var url = new UriBuilder(address);
        if (url.Host is "0.0.0.0" or "[::]" or "+" or "*")
        {
            url.Host = "127.0.0.1";
        }

        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var file = new StreamWriter(TicketFileOf(db.DataFile), Encoding.UTF8, options))
        {
            file.Write(JsonSerializer.Serialize(new Ticket(url.Uri.ToString().TrimEnd('/'), _token)));
        }

        logger.LogInformation("Backups of the running bot: {AdminEndpoint}/admin/backup (token in {TicketFile})", url.Uri.ToString().TrimEnd('/'), TicketFileOf(db.DataFile));
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        File.Delete(TicketFileOf(db.DataFile));
        return Task.CompletedTask;
    }

    public IResult Backup(HttpContext context, BackupRequest request)
    {
        if (context.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote) || !HasToken(context))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (string.IsNullOrWhiteSpace(request.Target) || !Path.IsPathFullyQualified(request.Target))
        {
            return Results.BadRequest(new BackupResponse(null, 0, "The backup target must be a full path."));
        }

        try
        {
            db.BackupTo(request.Target);
            var bytes = new FileInfo(request.Target).Length;
            logger.LogInformation("Backup written to {BackupFile} ({Bytes} bytes)", request.Target, bytes);
            return Results.Ok(new BackupResponse(request.Target, bytes, null));
        }
        catch (Exception e) when (e is BackupException or IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Backup to {BackupFile} failed: {Reason}", request.Target, e.Message);
            return Results.Json(new BackupResponse(null, 0, e.Message), statusCode: StatusCodes.Status409Conflict);
        }
    }

    private bool HasToken(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        return header.StartsWith(Scheme, StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[Scheme.Length..]), Encoding.UTF8.GetBytes(_token));
    }
}
