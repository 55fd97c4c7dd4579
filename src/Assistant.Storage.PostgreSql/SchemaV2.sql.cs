namespace Assistant.Storage.PostgreSql;

/// <summary>
/// The outbox: messages a committed turn or job will send, kept until the sender marks them done (then
/// deleted). Chat, lane and lease are columns for the claim; the message is kept whole as <c>jsonb</c>.
/// <c>queued_at</c> is for monitoring only (how long the oldest message has waited).
/// </summary>
internal static class SchemaV2
{
    public const string Sql = """
        CREATE TABLE outbox (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, chat_id bigint NOT NULL, lane smallint NOT NULL,
            claimant text, lease_ticks bigint NOT NULL DEFAULT 0, queued_at timestamptz NOT NULL DEFAULT now(), record jsonb NOT NULL);
        CREATE INDEX outbox_chat ON outbox (chat_id, id);
        CREATE INDEX outbox_lane ON outbox (lane, id);
        """;
}
