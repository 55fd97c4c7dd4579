using Assistant.Core.Dialogs;
using Assistant.Core.Localization;
using Assistant.Core.Tests.Support;
using Assistant.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Core.Tests.Dialogs;

/// <summary>A broken flow or text stops the start with a message that names the file and the key.</summary>
public sealed class StartupValidationTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("assistant-validation-").FullName;

    public StartupValidationTests()
    {
        CopyFolder(Repo.Dialogs, Dialogs);
        CopyFolder(Repo.Localization, Localization);
    }

    private string Dialogs => Path.Combine(_root, "dialogs");

    private string Localization => Path.Combine(_root, "localization");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_real_flows_and_texts_are_valid()
    {
        var registry = Load();

        Assert.NotNull(registry.Find("onboarding"));
    }

    [Fact]
    public void Unknown_step_is_named_with_its_file()
    {
        Replace("dialogs/onboarding.yaml", "next: find_ai_service", "next: notise");

        var error = Assert.Throws<DialogDefinitionException>(Load);

        Assert.Contains("onboarding.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains("'notise'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_handler_is_named_with_its_file()
    {
        Replace("dialogs/onboarding.yaml", "handler: record_consent", "handler: record_consnet");

        var error = Assert.Throws<DialogDefinitionException>(Load);

        Assert.Contains("onboarding.yaml: step 'consent_given': handler 'record_consnet' does not exist in OnboardingActions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_text_key_is_named_with_its_file()
    {
        Replace("dialogs/main-menu.yaml", "text: menu.not_ready", "text: menu.not_redy");

        var error = Assert.Throws<DialogDefinitionException>(Load);

        Assert.Contains("main-menu.yaml: step 'not_ready': text key 'menu.not_redy' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholder_the_flow_never_sets_is_named()
    {
        File.AppendAllText(Path.Combine(Dialogs, "main-menu.yaml"), "\n  - id: extra\n    kind: message\n    text: language.changed\n");
        foreach (var file in Directory.GetFiles(Localization))
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(file, text.Replace("{language_name}", "{languge}", StringComparison.Ordinal));
        }

        var error = Assert.Throws<DialogDefinitionException>(Load);

        Assert.Contains("text 'language.changed' uses placeholder {languge}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_missing_in_one_language_is_named_with_that_file()
    {
        Replace("localization/tr.yaml", "  not_ready:", "  not_ready_x:");

        var error = Assert.Throws<LocalizationException>(Load);

        Assert.Contains("tr.yaml: key 'menu.not_ready' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholder_that_differs_between_languages_is_named()
    {
        Replace("localization/fa.yaml", "{language_name}", "{name}");

        var error = Assert.Throws<LocalizationException>(Load);

        Assert.Contains("fa.yaml: key ", error.Message, StringComparison.Ordinal);
        Assert.Contains("{name}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_field_in_a_flow_is_named_with_file_and_line()
    {
        Replace("dialogs/privacy.yaml", "    handler: give_consent", "    handler: give_consent\n    hadnler: x");

        var error = Assert.Throws<DialogDefinitionException>(Load);

        Assert.Contains("privacy.yaml: line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Call_to_a_flow_that_does_not_exist_is_named()
    {
        Replace("dialogs/main-menu.yaml", "flow: privacy", "flow: privcy");

        var error = Assert.Throws<DialogDefinitionException>(Load);

        Assert.Contains("calls flow 'privcy'", error.Message, StringComparison.Ordinal);
    }

    private FlowRegistry Load()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:LiteDb:Path"] = Path.Combine(_root, "a.db"),
            ["Dialogs:FlowsPath"] = Dialogs,
            ["Dialogs:LocalizationPath"] = Localization,
        };
        using var services = new ServiceCollection()
            .AddLogging()
            .AddAssistant(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
        try
        {
            return services.GetRequiredService<FlowRegistry>();
        }
        catch (InvalidOperationException e) when (e.InnerException is DialogDefinitionException or LocalizationException)
        {
            throw e.InnerException;
        }
    }

    private void Replace(string relative, string from, string to)
    {
        var path = Path.Combine(_root, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
