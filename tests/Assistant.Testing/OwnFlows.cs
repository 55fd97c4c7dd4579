using Assistant.Core.Dialogs;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Testing;

/// <summary>
/// The real flows of the core and of the features a world registers. Flows of features not registered there
/// (offers, volunteers, ...) are left out, with the menu entries and commands that lead to them: a call into
/// such a flow ends instead, so a feature's tests neither need the others nor break while they are written.
/// </summary>
public static class OwnFlows
{
    public static (IReadOnlyList<FlowDefinition> Flows, EngineSettings Settings) Read(IServiceCollection services)
    {
        using var probe = services.BuildServiceProvider();
        var handled = probe.GetServices<IFlowActions>().Select(a => a.FlowId).ToHashSet();
        var settings = FlowLoader.LoadSettings<EngineSettings>(Path.Combine(Repo.Dialogs, EngineSettings.FileName));
        handled.UnionWith([settings.HomeFlow, settings.FirstContactFlow]);
        var flows = FlowLoader.LoadFolder(Repo.Dialogs)
            .Where(f => handled.Contains(f.Id))
            .Select(f => f with
            {
                Steps = f.Steps.Select(step => step.Kind == StepKind.Call && !handled.Contains(step.Flow!) ? step with { Kind = StepKind.End, Flow = null } : step).ToList(),
            })
            .ToList();
        settings.Interruptions = settings.Interruptions.Where(i => i.Flow is null || handled.Contains(i.Flow)).ToList();
        return (flows, settings);
    }
}
