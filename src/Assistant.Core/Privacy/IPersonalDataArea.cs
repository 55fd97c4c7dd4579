namespace Assistant.Core.Privacy;

/// <summary>
/// One part of the bot that keeps personal data (profile, registrations, tickets, shifts, ...).
/// Each feature implements it, so "my data" and erasure reach everything without a central list
/// that could forget a new feature.
/// </summary>
public interface IPersonalDataArea
{
    /// <summary>A short stable name, used as the section name in the JSON export ("profile", "workshops").</summary>
    string Name { get; }

    /// <summary>What is stored about the user: readable lines in their language, and the data for the JSON file. Null when nothing is stored.</summary>
    Task<PersonalDataSection?> ExportAsync(long userId, string language, CancellationToken cancellationToken);

    /// <summary>
    /// Erases the user's data in this area, after doing what must happen first (cancel registrations so
    /// the waiting list moves, close tickets and tell staff). Returns how many records were removed.
    /// </summary>
    Task<int> EraseAsync(long userId, CancellationToken cancellationToken);
}

/// <summary>What one area holds about a user.</summary>
public sealed record PersonalDataSection(string Name, IReadOnlyList<string> Lines, object Data);
