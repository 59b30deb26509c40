-- The state of each coaching session as engagement last applied it (CoachingSessionHeld is revision 0, each
-- CoachingSessionCorrected carries a higher one). A session's ledger line and its grant charges are set to a state
-- only when its revision is higher than the one kept here, decided by the database in one statement: a repeated,
-- late or overtaken event changes nothing, and a correction that arrives before its session's CoachingSessionHeld
-- is kept so that the late Held event is ignored.
CREATE TABLE cooperation.coaching_session_revision
(
    session_id  UUID PRIMARY KEY,
    revision    BIGINT        NOT NULL CHECK (revision >= 0),
    member_id   UUID          NOT NULL,
    worked_on   DATE          NOT NULL,
    hours       NUMERIC(5, 2) NOT NULL CHECK (hours >= 0),
    deleted     BOOLEAN       NOT NULL,
    applied_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);

-- Withdrawing a line's grant charges finds them by the line.
CREATE INDEX coaching_charge_entry_idx ON cooperation.coaching_charge (engagement_entry_id);
