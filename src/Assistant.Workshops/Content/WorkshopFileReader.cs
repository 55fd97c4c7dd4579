using System.Globalization;

namespace Assistant.Workshops.Content;

/// <summary>Reads <c>content/workshops/*.yaml</c>: one workshop per file, its sessions in local time.</summary>
internal static class WorkshopFileReader
{
    public static IReadOnlyList<Workshop> ReadFolder(string folder, TimeZoneInfo zone, List<string> problems)
    {
        var result = new List<Workshop>();
        foreach (var file in ContentFiles.Files(folder))
        {
            if (ContentFiles.Read<WorkshopFile>(file, problems) is { } dto && Read(file, dto, zone, problems) is { } workshop)
            {
                result.Add(workshop);
            }
        }

        foreach (var duplicate in result.GroupBy(w => w.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"{duplicate.Last().SourceFile}: workshop '{duplicate.Key}': the id is used by {duplicate.First().SourceFile} too.");
        }

        return result;
    }

    private static Workshop? Read(string file, WorkshopFile dto, TimeZoneInfo zone, List<string> problems)
    {
        var id = dto.Id ?? Path.GetFileNameWithoutExtension(file);
        var before = problems.Count;
        void Problem(string text) => problems.Add($"{file}: workshop '{id}': {text}.");

        if (!ContentFiles.IsId(id))
        {
            Problem("the id may hold only a-z, 0-9 and '-'");
        }

        if (!ContentFiles.IsId(dto.Offer))
        {
            Problem("field 'offer' is missing; give the id of the offer in content/offers/");
        }

        if (!Enum.TryParse<TargetGroup>(dto.Target ?? nameof(TargetGroup.Everyone), ignoreCase: true, out var target) || int.TryParse(dto.Target, out _))
        {
            Problem($"field 'target' has '{dto.Target}'; use one of: {string.Join(", ", Enum.GetNames<TargetGroup>().Select(n => n.ToLowerInvariant()))}");
        }

        if (dto.Capacity is not > 0)
        {
            Problem("field 'capacity' must be a number of places above 0");
        }

        if (dto.RegistrationClosesHoursBefore is < 0)
        {
            Problem("field 'registration_closes_hours_before' must not be negative");
        }

        var languages = ContentFiles.SpokenLanguages(dto.Languages, Problem);
        var texts = ContentFiles.Texts(dto, Problem);
        var sessions = Sessions(dto, zone, Problem);
        return problems.Count > before ? null : new Workshop
        {
            Id = id,
            OfferId = dto.Offer!,
            SourceFile = file,
            Target = target,
            Languages = languages,
            Texts = texts,
            Sessions = sessions,
        };
    }

    private static List<WorkshopSession> Sessions(WorkshopFile dto, TimeZoneInfo zone, Action<string> problem)
    {
        var sessions = new List<WorkshopSession>();
        if (dto.Sessions is not { Count: > 0 })
        {
            problem("field 'sessions' is missing; list at least one session with start and end");
            return sessions;
        }

        for (var i = 0; i < dto.Sessions.Count; i++)
        {
            var s = dto.Sessions[i];
            var at = $"field 'sessions[{i + 1}]";
            var start = ContentFiles.LocalTime(s.Start, zone);
            if (start is null)
            {
                problem($"{at}.start' has '{s.Start}'; write a local date and time such as 2026-12-01 09:30");
                continue;
            }

            var localStart = TimeZoneInfo.ConvertTime(start.Value, zone);
            var end = s.End is { Length: <= 5 } time
                ? ContentFiles.LocalTime(localStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + time, zone)
                : ContentFiles.LocalTime(s.End, zone);
            if (end is null || end <= start)
            {
                problem($"{at}.end' has '{s.End}'; write a time after the start, such as 12:00");
                continue;
            }

            var deadline = start.Value - TimeSpan.FromHours(dto.RegistrationClosesHoursBefore ?? 0);
            if (s.RegistrationDeadline is not null)
            {
                if (ContentFiles.LocalTime(s.RegistrationDeadline, zone) is not { } own || own > start)
                {
                    problem($"{at}.registration_deadline' has '{s.RegistrationDeadline}'; write a local date and time before the start");
                    continue;
                }

                deadline = own < deadline ? own : deadline;
            }

            if (s.Capacity is <= 0)
            {
                problem($"{at}.capacity' must be above 0");
            }

            var id = s.Id ?? localStart.ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture);
            if (sessions.Any(x => x.Id == id))
            {
                problem($"{at}': session id '{id}' is used twice");
            }

            sessions.Add(new WorkshopSession(id, start.Value, end.Value, s.Capacity ?? dto.Capacity ?? 0, deadline));
        }

        return sessions.OrderBy(s => s.Start).ToList();
    }

#pragma warning disable CA1812 // Avoid uninstantiated internal classes: created by the YAML deserializer.
    private sealed class WorkshopFile : TextsByLanguage
    {
        public string? Id { get; set; }

        public string? Offer { get; set; }

        public string? Target { get; set; }

        public int? Capacity { get; set; }

        public List<string>? Languages { get; set; }

        public int? RegistrationClosesHoursBefore { get; set; }

        public List<SessionFile>? Sessions { get; set; }
    }

    private sealed class SessionFile
    {
        /// <summary>Optional; by default the local start (<c>2026-12-01-0930</c>). Keep it when moving a session, so registrations stay attached.</summary>
        public string? Id { get; set; }

        public string? Start { get; set; }

        public string? End { get; set; }

        public int? Capacity { get; set; }

        public string? RegistrationDeadline { get; set; }
    }
#pragma warning restore CA1812
}
