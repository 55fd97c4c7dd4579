namespace Assistant.Storage.PostgreSql;

/// <summary>The database cannot be used. The message is one sentence for the operator and never holds the password.</summary>
public sealed class DatabaseException(string message, Exception? inner = null) : Exception(message, inner)
{
    public static DatabaseException Newer(int stored, int known) =>
        new($"The PostgreSQL database has schema version {stored}, newer than this version of Assistant knows ({known}); " +
            "it was left untouched: run the newer Assistant, or restore a backup taken before the upgrade.");

    public static DatabaseException Unreachable(string where, Exception reason) =>
        new($"The PostgreSQL database {where} cannot be used ({reason.Message.TrimEnd('.')}): check Storage:PostgreSql:ConnectionString and that the server runs.", reason);
}
