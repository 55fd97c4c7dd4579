namespace Assistant.Storage.PostgreSql.Features;

/// <summary>
/// Newsletters (subscriptions, letters, deliveries) and the anonymous indicator ledger. Written with
/// <c>IF NOT EXISTS</c> so it does not depend on its place in <see cref="Schema"/>'s list of migrations.
/// </summary>
internal static class SchemaNewslettersAndIndicators
{
    public const string Sql = """
        CREATE TABLE IF NOT EXISTS newsletter_subscribers (user_id bigint PRIMARY KEY, topics text[] NOT NULL, record jsonb NOT NULL);
        CREATE INDEX IF NOT EXISTS newsletter_subscribers_topics ON newsletter_subscribers USING gin (topics);

        CREATE SEQUENCE IF NOT EXISTS newsletter_numbers AS integer;
        CREATE TABLE IF NOT EXISTS newsletters (id text PRIMARY KEY, created_ticks bigint NOT NULL, record jsonb NOT NULL);
        CREATE TABLE IF NOT EXISTS newsletter_deliveries (id text PRIMARY KEY, newsletter_id text NOT NULL, user_id bigint NOT NULL, record jsonb NOT NULL);
        CREATE INDEX IF NOT EXISTS newsletter_deliveries_newsletter ON newsletter_deliveries (newsletter_id);
        CREATE INDEX IF NOT EXISTS newsletter_deliveries_user ON newsletter_deliveries (user_id);

        CREATE TABLE IF NOT EXISTS indicator_events (id text PRIMARY KEY, person text, record jsonb NOT NULL);
        CREATE INDEX IF NOT EXISTS indicator_events_person ON indicator_events (person);
        CREATE TABLE IF NOT EXISTS indicator_secrets (id text PRIMARY KEY, value bytea NOT NULL);
        """;
}
