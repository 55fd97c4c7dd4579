namespace Assistant.Workshops.Content;

/// <summary>Reads <c>content/appointments/*.yaml</c>: one counselling service per file with its first slots.</summary>
internal static class ServiceFileReader
{
    public static IReadOnlyList<CounsellingService> ReadFolder(string folder, TimeZoneInfo zone, List<string> problems)
    {
        var result = new List<CounsellingService>();
        foreach (var file in ContentFiles.Files(folder))
        {
            if (ContentFiles.Read<ServiceFile>(file, problems) is { } dto && Read(file, dto, zone, problems) is { } service)
            {
                result.Add(service);
            }
        }

        foreach (var duplicate in result.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"{duplicate.Last().SourceFile}: counselling '{duplicate.Key}': the id is used by {duplicate.First().SourceFile} too.");
        }

        return result;
    }

    private static CounsellingService? Read(string file, ServiceFile dto, TimeZoneInfo zone, List<string> problems)
    {
        var id = dto.Id ?? Path.GetFileNameWithoutExtension(file);
        var before = problems.Count;
        void Problem(string text) => problems.Add($"{file}: counselling '{id}': {text}.");

        if (!ContentFiles.IsId(id))
        {
            Problem("the id may hold only a-z, 0-9 and '-'");
        }

        if (!ContentFiles.IsId(dto.Offer))
        {
            Problem("field 'offer' is missing; give the id of the offer in content/offers/");
        }

        if (dto.DurationMinutes is not (>= 5 and <= 480))
        {
            Problem("field 'duration_minutes' must be a number from 5 to 480");
        }

        var languages = ContentFiles.SpokenLanguages(dto.Languages, Problem);
        var texts = ContentFiles.Texts(dto, Problem);
        var slots = new List<DateTimeOffset>();
        for (var i = 0; i < (dto.Slots?.Count ?? 0); i++)
        {
            if (ContentFiles.LocalTime(dto.Slots![i], zone) is { } slot)
            {
                slots.Add(slot);
            }
            else
            {
                Problem($"field 'slots[{i + 1}]' has '{dto.Slots[i]}'; write a local date and time such as 2026-12-01 09:30");
            }
        }

        return problems.Count > before ? null : new CounsellingService
        {
            Id = id,
            OfferId = dto.Offer!,
            SourceFile = file,
            Duration = TimeSpan.FromMinutes(dto.DurationMinutes!.Value),
            Languages = languages,
            Texts = texts,
            Slots = slots.Distinct().Order().ToList(),
        };
    }

#pragma warning disable CA1812 // Avoid uninstantiated internal classes: created by the YAML deserializer.
    private sealed class ServiceFile : TextsByLanguage
    {
        public string? Id { get; set; }

        public string? Offer { get; set; }

        public int? DurationMinutes { get; set; }

        public List<string>? Languages { get; set; }

        public List<string>? Slots { get; set; }
    }
#pragma warning restore CA1812
}
