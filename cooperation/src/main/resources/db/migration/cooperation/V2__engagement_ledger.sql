-- Hours members give the network. Append-only; one line per source, reference and member, so that a
-- redelivered event (the registry delivers at least once) credits nothing more.
CREATE TABLE cooperation.engagement_entry
(
    id               UUID PRIMARY KEY,
    member_id        UUID          NOT NULL,
    source           TEXT          NOT NULL CHECK (source IN ('COACHING_SESSION', 'AWARENESS_SESSION',
                                                               'PRACTICE_EXCHANGE', 'TRAINING', 'OTHER')),
    source_reference TEXT          NOT NULL,
    worked_on        DATE          NOT NULL,
    hours            NUMERIC(5, 2) NOT NULL CHECK (hours > 0),
    description      TEXT          NOT NULL DEFAULT '',
    recorded_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT engagement_entry_once UNIQUE (source, source_reference, member_id)
);
CREATE INDEX engagement_entry_member_idx ON cooperation.engagement_entry (member_id, worked_on);
