namespace Assistant.Core.Users;

public interface IUserProfileStore
{
    Task<UserProfile?> GetAsync(long userId, CancellationToken cancellationToken);

    Task SaveAsync(UserProfile profile, CancellationToken cancellationToken);

    Task DeleteAsync(long userId, CancellationToken cancellationToken);
}
