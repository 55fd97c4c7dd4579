namespace Assistant.Storage.PostgreSql;

/// <summary>
/// The first schema: one table per store, each record whole as <c>jsonb</c> beside the columns its
/// queries need. Times the queries compare are UTC ticks (<c>bigint</c>), exact like the records' own.
/// </summary>
internal static class SchemaV1
{
    public const string Sql = """
        CREATE TABLE conversations (user_id bigint PRIMARY KEY, version int NOT NULL, updated_ticks bigint NOT NULL, record jsonb NOT NULL);
        CREATE INDEX conversations_updated ON conversations (updated_ticks);

        CREATE TABLE processed_updates (bot_id bigint NOT NULL, update_id bigint NOT NULL, at_ticks bigint NOT NULL, PRIMARY KEY (bot_id, update_id));
        CREATE INDEX processed_updates_at ON processed_updates (at_ticks);

        CREATE TABLE user_profiles (user_id bigint PRIMARY KEY, record jsonb NOT NULL);
        CREATE TABLE staff (user_id bigint PRIMARY KEY, record jsonb NOT NULL);

        CREATE TABLE scheduled_jobs (id text PRIMARY KEY, state text NOT NULL, due_ticks bigint NOT NULL, user_id bigint, record jsonb NOT NULL);
        CREATE INDEX scheduled_jobs_due ON scheduled_jobs (state, due_ticks);
        CREATE INDEX scheduled_jobs_user ON scheduled_jobs (user_id);

        CREATE TABLE volunteer_invites (id text PRIMARY KEY, record jsonb NOT NULL);
        CREATE TABLE volunteers (user_id bigint PRIMARY KEY, record jsonb NOT NULL);
        CREATE TABLE shifts (id text PRIMARY KEY, start_ticks bigint NOT NULL, record jsonb NOT NULL);
        CREATE INDEX shifts_start ON shifts (start_ticks);
        CREATE TABLE shift_signups (id text PRIMARY KEY, shift_id text NOT NULL, user_id bigint NOT NULL, signed_up_ticks bigint NOT NULL, record jsonb NOT NULL);
        CREATE INDEX shift_signups_shift ON shift_signups (shift_id);
        CREATE INDEX shift_signups_user ON shift_signups (user_id);

        CREATE TABLE handoff_tickets (id text PRIMARY KEY, participant_key text, topic text, created_ticks bigint NOT NULL, closed_ticks bigint, record jsonb NOT NULL);
        CREATE INDEX handoff_tickets_participant ON handoff_tickets (participant_key);
        CREATE INDEX handoff_tickets_topic ON handoff_tickets (topic);
        CREATE INDEX handoff_tickets_closed ON handoff_tickets (closed_ticks);
        CREATE TABLE handoff_counters (series text PRIMARY KEY, last_number int NOT NULL);
        CREATE TABLE handoff_drafts (key text PRIMARY KEY, updated_ticks bigint NOT NULL, record jsonb NOT NULL);
        CREATE INDEX handoff_drafts_updated ON handoff_drafts (updated_ticks);
        CREATE TABLE handoff_audit (id text PRIMARY KEY, ticket_id text NOT NULL, staff_user_id bigint, record jsonb NOT NULL);
        CREATE INDEX handoff_audit_ticket ON handoff_audit (ticket_id);
        CREATE INDEX handoff_audit_staff ON handoff_audit (staff_user_id);
        CREATE TABLE handoff_staff_invites (id text PRIMARY KEY, record jsonb NOT NULL);

        CREATE TABLE workshop_registrations (id text PRIMARY KEY, session_key text NOT NULL, user_id bigint NOT NULL, queue_number int NOT NULL,
            registered_ticks bigint NOT NULL, ends_ticks bigint NOT NULL, record jsonb NOT NULL);
        CREATE INDEX workshop_registrations_session ON workshop_registrations (session_key);
        CREATE INDEX workshop_registrations_user ON workshop_registrations (user_id);
        CREATE INDEX workshop_registrations_ends ON workshop_registrations (ends_ticks);

        CREATE TABLE appointments (id text PRIMARY KEY, slot_id text NOT NULL, user_id bigint, status text NOT NULL,
            start_ticks bigint NOT NULL, ends_ticks bigint NOT NULL, record jsonb NOT NULL);
        -- A slot holds at most one booked appointment, whichever instance books it.
        CREATE UNIQUE INDEX appointments_one_booked_per_slot ON appointments (slot_id) WHERE status = 'Booked';
        CREATE INDEX appointments_user ON appointments (user_id);
        CREATE INDEX appointments_ends ON appointments (ends_ticks);
        CREATE TABLE appointment_slots (id text PRIMARY KEY, start_ticks bigint NOT NULL, record jsonb NOT NULL);

        -- The readiness check writes here: a database that takes reads but no writes (full disk, read-only replica) is not ready.
        CREATE TABLE health_probe (id int PRIMARY KEY, at_ticks bigint NOT NULL);
        """;
}
