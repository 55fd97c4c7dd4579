using System.Collections.Concurrent;
using System.Globalization;
using Assistant.Core.Dialogs;

namespace Assistant.Core.Tests.Support;

/// <summary>Handlers of the test flows; they record what the flows hand them.</summary>
internal sealed class TestFormActions : IFlowActions
{
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> Finished { get; } = new();

    /// <summary>Makes the next "finish" throw, as a handler whose store is down would.</summary>
    public bool FailNextFinish { get; set; }

    public string FlowId => "test-form";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["summarize"] = (ctx, _) =>
        {
            ctx.Values["group"] = decimal.Parse(ctx.Values["age"], CultureInfo.InvariantCulture) >= 18 ? "adult" : "minor";
            return ValueTask.FromResult<string?>(null);
        },
        ["finish"] = (ctx, _) =>
        {
            if (FailNextFinish)
            {
                FailNextFinish = false;
                throw new IOException("The disk is full.");
            }

            Finished.Enqueue(new Dictionary<string, string>(ctx.Values));
            return ValueTask.FromResult<string?>(null);
        },
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();
}

internal sealed class TestCounterActions : IFlowActions
{
    public string FlowId => "test-counter";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["increment"] = async (ctx, ct) =>
        {
            var n = ctx.Values.TryGetValue("n", out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : 0;
            // Yield so that concurrent turns, if they were not serialised, would interleave here.
            await Task.Yield();
            ctx.Values["n"] = (n + 1).ToString(CultureInfo.InvariantCulture);
            return null;
        },
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();
}
