using System.Collections.Concurrent;
using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;

namespace Assistant.Core.Tests.Support;

/// <summary>Handler of the test flow <c>test-attachments</c>: records each answer with the files that came with it.</summary>
internal sealed class TestAttachmentsActions : IFlowActions
{
    public ConcurrentQueue<(string Answer, IReadOnlyList<Attachment> Files)> Kept { get; } = new();

    public string FlowId => "test-attachments";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["keep"] = (ctx, _) =>
        {
            Kept.Enqueue((ctx.Values["answer"], ctx.Message.Attachments));
            return ValueTask.FromResult<string?>(null);
        },
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();
}
