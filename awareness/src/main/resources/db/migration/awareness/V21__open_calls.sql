-- The accompaniment calls for applications opened (CohortOpened), shown to the facilitators of upcoming sessions.
CREATE TABLE awareness.open_call (
    cohort_id      UUID PRIMARY KEY,
    programme_name TEXT    NOT NULL,
    cohort_name    TEXT    NOT NULL,
    opens_on       DATE    NOT NULL,
    closes_on      DATE    NOT NULL,
    capacity       INTEGER NOT NULL
);
CREATE INDEX open_call_closes_on ON awareness.open_call (closes_on);
