using Assistant.Core.Localization;

namespace Assistant.Core.Dialogs;

/// <summary>
/// The flows, their handlers and the engine settings, checked together once at start-up.
/// </summary>
public sealed class FlowRegistry
{
    private readonly Dictionary<string, FlowDefinition> _flows;
    private readonly Dictionary<string, IFlowActions> _actions;

    public FlowRegistry(IEnumerable<FlowDefinition> flows, IEnumerable<IFlowActions> actions, EngineSettings settings, TextCatalog texts)
    {
        _flows = [];
        foreach (var flow in flows)
        {
            if (!_flows.TryAdd(flow.Id, flow))
            {
                throw new DialogDefinitionException($"{flow.SourceFile}: flow id '{flow.Id}' is used by {_flows[flow.Id].SourceFile} too.");
            }
        }

        _actions = actions.ToDictionary(a => a.FlowId);
        Settings = settings;
        FlowValidator.Validate(this, texts);
    }

    /// <summary>Loads <c>dialogs/</c> and validates it against the handlers and texts.</summary>
    public static FlowRegistry Load(string folder, IEnumerable<IFlowActions> actions, TextCatalog texts)
    {
        var settingsFile = Path.Combine(folder, EngineSettings.FileName);
        var settings = File.Exists(settingsFile) ? FlowLoader.LoadSettings<EngineSettings>(settingsFile) : new EngineSettings();
        return new FlowRegistry(FlowLoader.LoadFolder(folder), actions, settings, texts);
    }

    public EngineSettings Settings { get; }

    public IEnumerable<FlowDefinition> Flows => _flows.Values;

    public FlowDefinition? Find(string flowId) => _flows.GetValueOrDefault(flowId);

    public FlowDefinition Get(string flowId) => _flows[flowId];

    public DialogAction? FindAction(string flowId, string name) =>
        _actions.TryGetValue(flowId, out var a) ? a.Actions.GetValueOrDefault(name) : null;

    public OptionsProvider? FindOptions(string flowId, string name) =>
        _actions.TryGetValue(flowId, out var a) ? a.Options.GetValueOrDefault(name) : null;

    internal IEnumerable<IFlowActions> ActionClasses => _actions.Values;
}
