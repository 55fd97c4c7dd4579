using Assistant.Core.Conversations;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace Assistant.Telegram;

/// <summary>
/// Downloads a file a user sent, by its Telegram file id (for transcribing voice messages). The Bot API
/// gives out files up to 20 MB; larger ones, and any failure, give null.
/// </summary>
internal sealed class TelegramChannelFiles(ITelegramBotClient bot, ILogger<TelegramChannelFiles> logger) : IChannelFiles
{
    private const long MaxBytes = 20 * 1024 * 1024;

    public async Task<byte[]?> DownloadAsync(Attachment file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Size > MaxBytes)
        {
            return null;
        }

        try
        {
            var info = await bot.GetFile(file.FileId, cancellationToken).ConfigureAwait(false);
            if (info.FilePath is null || info.FileSize > MaxBytes)
            {
                return null;
            }

            using var bytes = new MemoryStream();
            await bot.DownloadFile(info.FilePath, bytes, cancellationToken).ConfigureAwait(false);
            return bytes.ToArray();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The type only: a Bot API error text may name the address, which holds the token.
            logger.LogWarning("A {Kind} file could not be downloaded: {Error}", file.Kind, e.GetType().Name);
            return null;
        }
    }
}
