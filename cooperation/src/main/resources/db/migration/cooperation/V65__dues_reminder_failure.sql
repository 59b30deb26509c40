-- Reminders are recorded in their own transaction and mailed once it has committed. When the mail server then
-- refuses one, it leaves dues_reminder (it was not sent, and a later run may send it again) and is kept here, with
-- what the server answered.
CREATE TABLE cooperation.dues_reminder_failure
(
    id              UUID PRIMARY KEY,
    member_id       UUID        NOT NULL REFERENCES cooperation.member (id),
    year            INTEGER     NOT NULL,
    kind            TEXT        NOT NULL CHECK (kind IN ('AUTOMATIC', 'MANUAL')),
    attempted_at    TIMESTAMPTZ NOT NULL,
    failed_at       TIMESTAMPTZ NOT NULL,
    recipient_name  TEXT        NOT NULL,
    recipient_email TEXT        NOT NULL,
    reason          TEXT        NOT NULL
);
CREATE INDEX dues_reminder_failure_year_idx ON cooperation.dues_reminder_failure (year, member_id);
