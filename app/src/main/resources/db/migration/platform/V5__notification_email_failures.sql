-- A notification e-mail is recorded before it is sent, and sent once that record has committed. When the mail server
-- refuses it, the record stays, marked as failed with the server's answer (a later delivery of the same event may
-- try again); it is no longer deleted.
-- The language the coordinator used PLOUCS in when choosing e-mails (fr, en); null: French.
ALTER TABLE user_account ADD COLUMN email_language TEXT;

ALTER TABLE notification_email ADD COLUMN failed_at TIMESTAMPTZ;
ALTER TABLE notification_email ADD COLUMN failure TEXT;
