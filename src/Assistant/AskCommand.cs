using Assistant.Core.Localization;
using Assistant.Offers.Evaluation;

namespace Assistant;

/// <summary><c>ask --lang ar "..."</c>: the offers a question finds, ranked with their scores, and what the bot would do.</summary>
internal static class AskCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var language = Languages.Reference;
        var words = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Length)
            {
                language = args[++i];
            }
            else
            {
                words.Add(args[i]);
            }
        }

        if (words.Count == 0 || !Languages.IsSupported(language))
        {
            await Console.Error.WriteLineAsync($"Usage: ask [--lang {string.Join('|', Languages.Supported)}] \"question\"").ConfigureAwait(false);
            return 2;
        }

        using var host = OffersToolHost.Build();
        await host.StartAsync().ConfigureAwait(false);
        host.Services.GetRequiredService<AskRunner>().Run(string.Join(' ', words), language, output);
        await host.StopAsync().ConfigureAwait(false);
        return 0;
    }
}
