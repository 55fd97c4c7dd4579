using Assistant.Core.Dialogs;
using Microsoft.Extensions.Options;

namespace Assistant.Host.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task A_broken_flow_stops_the_start_with_file_and_step_named()
    {
        using var temp = new TempFolder();
        var dialogs = Path.Combine(temp.Path, "dialogs");
        Directory.CreateDirectory(dialogs);
        foreach (var file in Directory.GetFiles(Path.Combine(TestHost.RepoRoot, "dialogs")))
        {
            File.Copy(file, Path.Combine(dialogs, Path.GetFileName(file)));
        }

        var menu = Path.Combine(dialogs, "main-menu.yaml");
        File.WriteAllText(menu, File.ReadAllText(menu).Replace("otherwise: question", "otherwise: nowhere", StringComparison.Ordinal));
        await using var app = TestHost.Build(temp.File("a.db"), new Dictionary<string, string?> { ["Dialogs:FlowsPath"] = dialogs });

        var error = await Assert.ThrowsAsync<DialogDefinitionException>(() => app.StartAsync());

        Assert.Contains("main-menu.yaml: step 'menu': goes to step 'nowhere'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_setting_stops_the_start_and_names_the_key()
    {
        using var temp = new TempFolder();
        await using var app = TestHost.Build(temp.File("a.db"), new Dictionary<string, string?> { ["Storage:LiteDb:Path"] = "" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lines_without_one_for_everyone_stop_the_start_and_name_the_key()
    {
        using var temp = new TempFolder();
        await using var app = TestHost.Build(temp.File("a.db"), new Dictionary<string, string?>
        {
            ["Safety:HelpLines:0:Audience"] = "Women",
            ["Safety:HelpLines:0:NameKey"] = "safety.lines.women",
            ["Safety:HelpLines:0:Number"] = "116 016",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Safety:HelpLines needs a line with Audience Everyone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_data_file_is_created_on_first_run()
    {
        using var temp = new TempFolder();
        var dataFile = Path.Combine(temp.Path, "new-folder", "assistant.db");

        await using (await TestHost.StartAsync(dataFile))
        {
        }

        Assert.True(File.Exists(dataFile));
    }
}
