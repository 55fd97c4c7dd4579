using Assistant.Core.Privacy;
using Assistant.Workshops.Presentation;
using Assistant.Workshops.Reminders;

namespace Assistant.Workshops.Privacy;

/// <summary>
/// "My data" and erasure for what a person booked (workshop places, appointments): one line each in the
/// export, and on erasure their reminders are cancelled before the data goes.
/// </summary>
internal abstract class BookingPersonalData<T>(string name, ReminderPlanner planner, WorkshopMessages messages) : IPersonalDataArea
    where T : class
{
    public string Name => name;

    protected WorkshopMessages Messages => messages;

    public async Task<PersonalDataSection?> ExportAsync(long userId, string language, CancellationToken cancellationToken)
    {
        var mine = await ForUserAsync(userId, cancellationToken).ConfigureAwait(false);
        if (mine.Count == 0)
        {
            return null;
        }

        var lines = mine.Select(item => messages.ExportLine(language, About(item, language), messages.Text(language, StatusKey(item)))).ToList();
        return new PersonalDataSection(Name, lines, mine);
    }

    public async Task<int> EraseAsync(long userId, CancellationToken cancellationToken)
    {
        foreach (var item in await ForUserAsync(userId, cancellationToken).ConfigureAwait(false))
        {
            await BeforeErasingAsync(item, userId, cancellationToken).ConfigureAwait(false);
            await planner.CancelAllAsync(IdOf(item), cancellationToken).ConfigureAwait(false);
        }

        return await DeleteForUserAsync(userId, cancellationToken).ConfigureAwait(false);
    }

    protected abstract Task<IReadOnlyList<T>> ForUserAsync(long userId, CancellationToken cancellationToken);

    protected abstract Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken);

    protected abstract string IdOf(T item);

    /// <summary>The values of an export line: title, date, day, time and place.</summary>
    protected abstract IReadOnlyDictionary<string, string> About(T item, string language);

    protected abstract string StatusKey(T item);

    protected virtual Task BeforeErasingAsync(T item, long userId, CancellationToken cancellationToken) => Task.CompletedTask;
}
