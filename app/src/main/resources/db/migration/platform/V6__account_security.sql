-- Accounts that resist attack (issue 9): forced password changes, login throttling kept across restarts,
-- an audit log, and the membership events already applied to the accounts.

-- A generated or reset password must be replaced by the person at their next login.
ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE user_account ADD COLUMN password_changed_at TIMESTAMPTZ;

-- Failed logins per account ('account:<lower-case username>') and per source address ('address:<ip>'):
-- the failures in a row, and until when further attempts are refused without even checking the password.
CREATE TABLE login_throttle
(
    throttle_key    TEXT PRIMARY KEY,
    failures        INT         NOT NULL,
    last_failure_at TIMESTAMPTZ NOT NULL,
    blocked_until   TIMESTAMPTZ
);

-- Who did what to which account, from where. Read by coordinators at /audit.
CREATE TABLE audit_entry
(
    id          BIGSERIAL PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    action      TEXT        NOT NULL,
    actor       TEXT,
    subject     TEXT,
    address     TEXT
);
CREATE INDEX audit_entry_occurred_at_idx ON audit_entry (occurred_at DESC, id DESC);

-- MemberLeft and RepresentativeChanged events already applied to the accounts: a redelivery is a no-op.
CREATE TABLE account_membership_event
(
    event_id   UUID PRIMARY KEY,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
