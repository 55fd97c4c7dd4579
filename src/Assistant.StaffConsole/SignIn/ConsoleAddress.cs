using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Assistant.StaffConsole.SignIn;

/// <summary>Where staff open the console: <c>StaffConsole:Url</c>, or else the address the host listens on.</summary>
public sealed class ConsoleAddress(IOptions<StaffConsoleOptions> options, IServiceProvider services)
{
    public string SignInLink(string token) => $"{Base()}/console/signin?t={token}";

    private string Base()
    {
        if (options.Value.Url is { Length: > 0 } url)
        {
            return url.TrimEnd('/');
        }

        // Asked when a link is made: the console chat runs the same flows without a web server.
        var listening = (services.GetService(typeof(IServer)) as IServer)?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:5080";
        // A wildcard address is where the host listens, not an address a browser can open.
        return listening.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal).TrimEnd('/');
    }
}
