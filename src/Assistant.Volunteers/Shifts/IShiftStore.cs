namespace Assistant.Volunteers.Shifts;

public interface IShiftStore
{
    Task<Shift?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Shifts that start at or after <paramref name="from"/> and before <paramref name="to"/>, earliest first.</summary>
    Task<IReadOnlyList<Shift>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    Task SaveAsync(Shift shift, CancellationToken cancellationToken);

    /// <summary>Changes a stored shift in one step, so two changes never overwrite each other. Returns the new shift, or null when there is none.</summary>
    Task<Shift?> UpdateAsync(string id, Func<Shift, Shift> change, CancellationToken cancellationToken);
}

public interface ISignupStore
{
    Task<ShiftSignup?> GetAsync(string id, CancellationToken cancellationToken);

    Task<IReadOnlyList<ShiftSignup>> ForShiftAsync(string shiftId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ShiftSignup>> ForUserAsync(long userId, CancellationToken cancellationToken);

    Task SaveAsync(ShiftSignup signup, CancellationToken cancellationToken);

    /// <summary>Removes every sign-up of a user (erasure); returns how many.</summary>
    Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken);
}
