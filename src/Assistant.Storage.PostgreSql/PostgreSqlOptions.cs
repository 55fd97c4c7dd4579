using System.ComponentModel.DataAnnotations;

namespace Assistant.Storage.PostgreSql;

/// <summary>Settings of the PostgreSQL store (section <c>Storage:PostgreSql</c>), used when <c>Storage:Provider</c> is <c>PostgreSql</c>.</summary>
public sealed class PostgreSqlOptions
{
    public const string Section = "Storage:PostgreSql";

    /// <summary>An Npgsql connection string (<c>Host=...;Port=5432;Database=assistant;Username=...;Password=...</c>). Several instances may share the database.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Storage:PostgreSql:ConnectionString is required when Storage:Provider is PostgreSql (Host=...;Database=...;Username=...).")]
    public string ConnectionString { get; set; } = "";
}
