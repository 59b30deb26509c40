-- Coordinators may ask to receive every notification by e-mail as well.
ALTER TABLE user_account ADD COLUMN email TEXT;
ALTER TABLE user_account ADD COLUMN email_notifications BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE user_account ADD CONSTRAINT email_for_notifications CHECK (NOT email_notifications OR email IS NOT NULL);

-- One e-mail per notification and person, whatever the redeliveries of the event.
CREATE TABLE notification_email
(
    notification_id UUID        NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    user_id         UUID        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    sent_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (notification_id, user_id)
);
