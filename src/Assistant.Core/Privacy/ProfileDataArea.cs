using Assistant.Core.Localization;
using Assistant.Core.Scheduling;
using Assistant.Core.Storage;
using Assistant.Core.Users;
using Microsoft.Extensions.Options;

namespace Assistant.Core.Privacy;

/// <summary>The profile (language, consent decisions) and the dialog stack with the answers given in it.</summary>
public sealed class ProfileDataArea(
    IUserProfileStore profiles,
    IConversationStore conversations,
    TextCatalog texts,
    IOptions<SchedulingOptions> scheduling) : IPersonalDataArea
{
    public string Name => "profile";

    public async Task<PersonalDataSection?> ExportAsync(long userId, string language, CancellationToken cancellationToken)
    {
        var profile = await profiles.GetAsync(userId, cancellationToken).ConfigureAwait(false);
        var conversation = await conversations.LoadAsync(userId, cancellationToken).ConfigureAwait(false);
        if (profile is null && conversation is null)
        {
            return null;
        }

        var zone = scheduling.Value.Zone;
        var lines = new List<string>();
        if (profile is not null)
        {
            lines.Add(texts.Get(language, "privacy.data_language", Args(("language_name", profile.Language is null ? "-" : texts.NativeName(profile.Language)))));
            lines.Add(texts.Get(language, "privacy.data_first_seen", Args(("date", LocalFormat.Date(profile.FirstSeenAt, language, zone)))));
            lines.AddRange(profile.ConsentHistory.Select(r => texts.Get(
                language,
                ConsentKey(r),
                Args(("date", LocalFormat.Date(r.At, language, zone)), ("version", r.NoticeVersion)))));
            if (profile.KeptContact is { } kept)
            {
                lines.Add(texts.Get(language, "privacy.data_kept_contact", Args(("name", kept.Name), ("phone", kept.Phone ?? "-"))));
            }
        }

        var answers = conversation?.Stack.Sum(f => f.Values.Count) ?? 0;
        if (answers > 0)
        {
            lines.Add(texts.Get(language, "privacy.data_conversation", Args(("count", answers.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        }

        return new PersonalDataSection(Name, lines, new
        {
            profile,
            conversation = conversation?.Stack.Select(f => new { flow = f.FlowId, step = f.StepId, values = f.Values }),
        });
    }

    public async Task<int> EraseAsync(long userId, CancellationToken cancellationToken)
    {
        var existed = await profiles.GetAsync(userId, cancellationToken).ConfigureAwait(false) is not null ? 1 : 0;
        existed += await conversations.LoadAsync(userId, cancellationToken).ConfigureAwait(false) is not null ? 1 : 0;
        await conversations.DeleteAsync(userId, cancellationToken).ConfigureAwait(false);
        await profiles.DeleteAsync(userId, cancellationToken).ConfigureAwait(false);
        return existed;
    }

    private string ConsentKey(ConsentRecord record) => (record.Purpose, record.Decision) switch
    {
        (ConsentPurposes.KeepContact, ConsentDecision.Given) => "privacy.data_keep_contact_given",
        (ConsentPurposes.KeepContact, _) => "privacy.data_keep_contact_refused",
        (ConsentPurposes.MachineTranslation, ConsentDecision.Given) => "translation.data_given",
        (ConsentPurposes.MachineTranslation, _) => "translation.data_refused",
        // A feature's own purpose (such as "newsletter") brings its texts: privacy.data_{purpose}_given / _refused.
        (not ConsentPurposes.General, _) when texts.Contains(PurposeKey(record)) => PurposeKey(record),
        (_, ConsentDecision.Given) => "privacy.data_consent_given",
        _ => "privacy.data_consent_refused",
    };

    private static string PurposeKey(ConsentRecord record) =>
        $"privacy.data_{record.Purpose}_{(record.Decision == ConsentDecision.Given ? "given" : "refused")}";

    private static Dictionary<string, string> Args(params (string Key, string Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);
}
