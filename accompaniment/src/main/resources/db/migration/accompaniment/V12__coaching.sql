-- Which member structure coaches each project, with history; the sessions they hold.
CREATE TABLE accompaniment.coaching_assignment (
    id                 UUID PRIMARY KEY,
    project_id         UUID    NOT NULL REFERENCES accompaniment.project (id),
    member_id          UUID    NOT NULL,
    member_name        TEXT    NOT NULL,
    coach_name         TEXT    NOT NULL,
    coach_email        TEXT    NOT NULL,
    since              DATE    NOT NULL,
    until              DATE,
    needs_reassignment BOOLEAN NOT NULL DEFAULT FALSE,
    version            BIGINT  NOT NULL,
    CONSTRAINT assignment_dates_in_order CHECK (until IS NULL OR until >= since)
);
-- At most one current assignment per project.
CREATE UNIQUE INDEX assignment_current_unique ON accompaniment.coaching_assignment (project_id) WHERE until IS NULL;
CREATE INDEX assignment_member_current ON accompaniment.coaching_assignment (member_id) WHERE until IS NULL;

CREATE TABLE accompaniment.coaching_session (
    id          UUID PRIMARY KEY,
    project_id  UUID          NOT NULL REFERENCES accompaniment.project (id),
    member_id   UUID          NOT NULL,
    member_name TEXT          NOT NULL,
    held_on     DATE          NOT NULL,
    hours       NUMERIC(5, 2) NOT NULL CHECK (hours > 0 AND hours <= 12),
    coach_name  TEXT          NOT NULL,
    topics      TEXT          NOT NULL,
    notes       TEXT,
    next_steps  TEXT,
    deleted     BOOLEAN       NOT NULL DEFAULT FALSE,
    -- Grows with every correction, so cooperation applies only the latest state of the session.
    revision    BIGINT        NOT NULL DEFAULT 0,
    version     BIGINT        NOT NULL
);
CREATE INDEX coaching_session_project ON accompaniment.coaching_session (project_id, held_on DESC);
