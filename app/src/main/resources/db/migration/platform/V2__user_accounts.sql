CREATE TABLE user_account
(
    id            UUID PRIMARY KEY,
    username      TEXT        NOT NULL,
    display_name  TEXT        NOT NULL,
    password_hash TEXT        NOT NULL,
    role          TEXT        NOT NULL CHECK (role IN ('COORDINATOR', 'REPRESENTATIVE')),
    member_id     UUID,
    enabled       BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT representative_has_member CHECK (role <> 'REPRESENTATIVE' OR member_id IS NOT NULL)
);
CREATE UNIQUE INDEX user_account_username_idx ON user_account (lower(username));
