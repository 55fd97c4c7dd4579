using Assistant.Core.Hosting;
using Assistant.Offers.Evaluation;

namespace Assistant;

/// <summary><c>eval FILE</c>: top-1 and top-3 accuracy of the offers search per language and overall, then the misses.</summary>
internal static class EvalCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        // dotnet run --project starts in the project's folder; a path from the repository root is found too.
        if (args is not [var name] || ContentPaths.Resolve(name) is not { } file || !File.Exists(file))
        {
            await Console.Error.WriteLineAsync("Usage: eval FILE   (a YAML list of {question, language, expected}; see tests/Assistant.Offers.Tests/questions.yaml)").ConfigureAwait(false);
            return 2;
        }

        using var host = OffersToolHost.Build();
        await host.StartAsync().ConfigureAwait(false);
        host.Services.GetRequiredService<EvaluationRunner>().RunFile(file, output);
        await host.StopAsync().ConfigureAwait(false);
        return 0;
    }
}
