using System.Reflection;
using System.Text.Json;

namespace Assistant.Host.Tests;

/// <summary>appsettings.example.json documents every setting the code reads.</summary>
public sealed class ExampleSettingsTests
{
    public static TheoryData<string> SettingKeys()
    {
        var data = new TheoryData<string>();
        foreach (var type in AssistantAssemblies().SelectMany(a => a.GetTypes()).Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal)))
        {
            if (type.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() is not string section)
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                data.Add($"{section}:{property.Name}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SettingKeys))]
    public void Every_setting_is_in_the_example_file(string key)
    {
        using var json = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(TestHost.RepoRoot, "appsettings.example.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

        var element = json.RootElement;
        foreach (var part in key.Split(':'))
        {
            Assert.True(element.TryGetProperty(part, out element), $"appsettings.example.json lacks {key}");
        }
    }

    private static IEnumerable<Assembly> AssistantAssemblies() =>
        Directory.GetFiles(AppContext.BaseDirectory, "Assistant*.dll")
            .Where(f => !Path.GetFileName(f).Contains(".Tests", StringComparison.Ordinal))
            .Select(f => Assembly.LoadFrom(f));
}
