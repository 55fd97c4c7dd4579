using System.Text;
using System.Text.Json;
using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Microsoft.Extensions.Logging;

namespace Assistant.Core.Privacy;

/// <summary>Handlers of <c>dialogs/my-data.yaml</c> and <c>dialogs/delete-data.yaml</c>: the rights of access and erasure.</summary>
public sealed class MyDataActions(IEnumerable<IPersonalDataArea> areas) : IFlowActions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public string FlowId => "my-data";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["export"] = ExportAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private async ValueTask<string?> ExportAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var sections = new List<PersonalDataSection>();
        foreach (var area in areas)
        {
            if (await area.ExportAsync(context.UserId, context.Language, cancellationToken).ConfigureAwait(false) is { } section)
            {
                sections.Add(section);
            }
        }

        var text = new StringBuilder(context.Text("privacy.mydata_intro"));
        foreach (var line in sections.SelectMany(s => s.Lines))
        {
            text.Append("\n• ").Append(line);
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(sections.ToDictionary(s => s.Name, s => s.Data), Json);
        context.Send(new OutgoingMessage { Text = text.ToString(), Direction = context.Direction });
        context.Send(new OutgoingMessage
        {
            Text = context.Text("privacy.mydata_file"),
            Direction = context.Direction,
            File = new OutgoingFile("my-data.json", "application/json", json),
        });
        return null;
    }
}

public sealed class DeleteDataActions(IEnumerable<IPersonalDataArea> areas, ILogger<DeleteDataActions> logger) : IFlowActions
{
    public string FlowId => "delete-data";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["list"] = ListAsync,
        ["erase"] = EraseAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    /// <summary>Names what erasing would take away, area by area, before the person decides by button.</summary>
    private async ValueTask<string?> ListAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var text = new StringBuilder(context.Text("privacy.delete_list"));
        foreach (var area in areas)
        {
            if (await area.ExportAsync(context.UserId, context.Language, cancellationToken).ConfigureAwait(false) is { } section)
            {
                foreach (var line in section.Lines)
                {
                    text.Append("\n• ").Append(line);
                }
            }
        }

        context.Send(new OutgoingMessage { Text = text.ToString(), Direction = context.Direction });
        return null;
    }

    private async ValueTask<string?> EraseAsync(ActionContext context, CancellationToken cancellationToken)
    {
        // Feature areas first: they cancel registrations and close tickets, which may still read the profile.
        foreach (var area in areas.OrderBy(a => a.Name == "profile" ? 1 : 0))
        {
            var removed = await area.EraseAsync(context.UserId, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Erasure: {Count} records removed from {Area}", removed, area.Name);
        }

        context.ForgetUser();
        return null;
    }
}
