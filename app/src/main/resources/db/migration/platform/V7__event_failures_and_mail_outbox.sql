-- Why a listener failed on an event. Spring Modulith's registry keeps each publication's status and attempts,
-- not the error: the platform records it (EventListenerFailures) so that coordinators see it on /admin/events.
-- One row per listener and event, whatever the number of attempts; rows of completed publications are swept.
CREATE TABLE event_listener_failure
(
    listener_id     TEXT        NOT NULL,
    event_id        UUID        NOT NULL,
    event_type      TEXT        NOT NULL,
    error           TEXT        NOT NULL,
    failures        INT         NOT NULL DEFAULT 1,
    first_failed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_failed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (listener_id, event_id)
);

-- Notification e-mails as durable jobs: written in the listener's transaction, sent by MailOutbox, which claims
-- each row with FOR UPDATE SKIP LOCKED and marks it sent once the SMTP server has accepted it. One row per
-- notification and person: a redelivered event finds its e-mail already queued. The Message-ID is fixed when
-- the row is written, so a resend after a crash between the SMTP accept and the commit carries the same id.
CREATE TABLE mail_outbox
(
    id              UUID PRIMARY KEY,
    notification_id UUID        NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    user_id         UUID        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    recipient       TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    body            TEXT        NOT NULL,
    message_id      TEXT        NOT NULL UNIQUE,
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at         TIMESTAMPTZ,
    UNIQUE (notification_id, user_id)
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL;

-- Replaced by the outbox: its (notification_id, user_id) key keeps the "once per notification and person" rule.
-- Old rows are copied so that an event redelivered after the upgrade is not mailed a second time.
INSERT INTO mail_outbox (id, notification_id, user_id, recipient, subject, body, message_id, attempts, next_attempt_at,
                         created_at, sent_at)
SELECT gen_random_uuid(), e.notification_id, e.user_id, coalesce(u.email, ''), '', '',
       '<' || gen_random_uuid() || '@ploucs>', 1, e.sent_at, e.sent_at, e.sent_at
FROM notification_email e
         JOIN user_account u ON u.id = e.user_id;
DROP TABLE notification_email;
