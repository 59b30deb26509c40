-- One entry per event: the unique event id makes a redelivered event a no-op.
CREATE TABLE notification
(
    id          UUID PRIMARY KEY,
    event_id    UUID        NOT NULL UNIQUE,
    event_type  TEXT        NOT NULL,
    message_key TEXT        NOT NULL,
    arguments   TEXT[]      NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX notification_occurred_at_idx ON notification (occurred_at DESC);

CREATE TABLE notification_read
(
    notification_id UUID        NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    user_id         UUID        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    read_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (notification_id, user_id)
);
