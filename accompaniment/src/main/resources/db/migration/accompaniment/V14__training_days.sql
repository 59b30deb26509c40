-- A cohort's collective training days and who of its project holders came.
CREATE TABLE accompaniment.training_day (
    id        UUID PRIMARY KEY,
    cohort_id UUID   NOT NULL REFERENCES accompaniment.cohort (id),
    topic     TEXT   NOT NULL,
    held_on   DATE   NOT NULL,
    place     TEXT,
    trainer   TEXT,
    version   BIGINT NOT NULL
);
CREATE INDEX training_day_cohort ON accompaniment.training_day (cohort_id, held_on);

CREATE TABLE accompaniment.training_day_attendee (
    training_day_id UUID    NOT NULL REFERENCES accompaniment.training_day (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    project_id      UUID    NOT NULL,
    holder_name     TEXT    NOT NULL,
    present         BOOLEAN NOT NULL,
    PRIMARY KEY (training_day_id, position)
);
CREATE INDEX training_day_attendee_holder ON accompaniment.training_day_attendee (project_id, holder_name);
