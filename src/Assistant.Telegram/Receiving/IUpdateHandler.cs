using Telegram.Bot.Types;

namespace Assistant.Telegram.Receiving;

/// <summary>Handles one update completely; the <see cref="ChatDispatcher"/> decides when.</summary>
internal interface IUpdateHandler
{
    Task HandleAsync(Update update, CancellationToken cancellationToken);
}
