-- Yearly dues (« cotisations »): what the network decided for each year, the payments, the reminders sent.

CREATE TABLE cooperation.dues_year
(
    year                 INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    amount               NUMERIC(7, 2) NOT NULL CHECK (amount > 0),
    general_assembly_on  DATE,
    reminder_days_before INTEGER       NOT NULL CHECK (reminder_days_before BETWEEN 1 AND 365),
    version              BIGINT        NOT NULL
);

-- A member may pay a year in several parts: what it owes is the year's amount less the sum of its payments.
CREATE TABLE cooperation.dues_payment
(
    id        UUID PRIMARY KEY,
    member_id UUID          NOT NULL REFERENCES cooperation.member (id),
    year      INTEGER       NOT NULL REFERENCES cooperation.dues_year (year),
    amount    NUMERIC(7, 2) NOT NULL CHECK (amount > 0),
    paid_on   DATE          NOT NULL,
    means     TEXT          NOT NULL CHECK (means IN ('CHEQUE', 'TRANSFER', 'CASH', 'CARD', 'OTHER')),
    reference TEXT CHECK (length(reference) <= 100),
    version   BIGINT        NOT NULL
);
CREATE INDEX dues_payment_year_member_idx ON cooperation.dues_payment (year, member_id);

-- Every reminder e-mail sent. The unique indexes make sending idempotent: the automatic reminder at most once per
-- year and member, a coordinator's manual one at most once per day, year and member.
CREATE TABLE cooperation.dues_reminder
(
    id              UUID PRIMARY KEY,
    member_id       UUID        NOT NULL REFERENCES cooperation.member (id),
    year            INTEGER     NOT NULL,
    kind            TEXT        NOT NULL CHECK (kind IN ('AUTOMATIC', 'MANUAL')),
    sent_at         TIMESTAMPTZ NOT NULL,
    sent_on         DATE        NOT NULL,
    recipient_name  TEXT        NOT NULL,
    recipient_email TEXT        NOT NULL
);
CREATE UNIQUE INDEX dues_reminder_automatic_once_idx ON cooperation.dues_reminder (year, member_id)
    WHERE kind = 'AUTOMATIC';
CREATE UNIQUE INDEX dues_reminder_manual_daily_idx ON cooperation.dues_reminder (year, member_id, sent_on)
    WHERE kind = 'MANUAL';
