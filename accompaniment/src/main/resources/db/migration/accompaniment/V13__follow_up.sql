-- Post-incubation check-ins, 6, 12 and 24 months after a project left.
CREATE TABLE accompaniment.follow_up_check_in (
    id            UUID PRIMARY KEY,
    project_id    UUID    NOT NULL REFERENCES accompaniment.project (id),
    project_title TEXT    NOT NULL,
    months_after  INTEGER NOT NULL CHECK (months_after IN (6, 12, 24)),
    due_on        DATE    NOT NULL,
    announced     BOOLEAN NOT NULL DEFAULT FALSE,
    status        TEXT,
    jobs          INTEGER CHECK (jobs BETWEEN 0 AND 500),
    revenue       TEXT,
    needs         TEXT,
    recorded_on   DATE,
    version       BIGINT  NOT NULL,
    UNIQUE (project_id, months_after)
);
CREATE INDEX follow_up_due ON accompaniment.follow_up_check_in (due_on) WHERE recorded_on IS NULL;
