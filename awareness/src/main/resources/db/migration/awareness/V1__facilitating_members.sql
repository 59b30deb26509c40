-- Awareness's own view of the network's members: the structures that can facilitate sessions.
-- Cooperation owns membership; these rows only follow the facts it publishes.
CREATE TABLE awareness.facilitating_member (
    member_id      UUID PRIMARY KEY,
    name           TEXT        NOT NULL,
    commune        TEXT,
    active         BOOLEAN     NOT NULL,
    active_since   DATE,
    left_on        DATE,
    leaving_reason TEXT,
    -- When the last applied fact happened: an older or equal fact is a late or repeated delivery and is ignored.
    last_event_at  TIMESTAMPTZ NOT NULL,
    version        BIGINT      NOT NULL,
    CONSTRAINT facilitating_member_left_on_when_inactive CHECK (active OR left_on IS NOT NULL)
);
