-- Awareness sessions, from the request to the evaluation, and who asked for them.
CREATE TABLE awareness.requester (
    id      UUID PRIMARY KEY,
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    contact TEXT
);

CREATE TABLE awareness.session (
    id                    UUID PRIMARY KEY,
    requester_id          UUID    NOT NULL REFERENCES awareness.requester (id),
    title                 TEXT    NOT NULL,
    date                  DATE    NOT NULL,
    -- INSEE code of the commune, checked against the territory reference when requested.
    commune_code          TEXT    NOT NULL,
    audiences             TEXT[]  NOT NULL CHECK (cardinality(audiences) > 0),
    expected_participants INTEGER NOT NULL CHECK (expected_participants BETWEEN 0 AND 10000),
    actual_participants   INTEGER CHECK (actual_participants BETWEEN 0 AND 10000),
    tool_used             TEXT,
    status                TEXT    NOT NULL
        CHECK (status IN ('REQUESTED', 'SCHEDULED', 'DELIVERED', 'EVALUATED', 'CANCELLED')),
    cancellation_reason   TEXT,
    participants_feedback TEXT,
    facilitator_notes     TEXT,
    -- Raised when a member facilitating the scheduled session left the network.
    needs_facilitator     BOOLEAN NOT NULL DEFAULT FALSE,
    version               BIGINT  NOT NULL,
    CONSTRAINT session_cancelled_with_reason CHECK (status <> 'CANCELLED' OR cancellation_reason IS NOT NULL),
    CONSTRAINT session_delivered_with_participants
        CHECK (status NOT IN ('DELIVERED', 'EVALUATED') OR actual_participants IS NOT NULL)
);
CREATE INDEX session_date ON awareness.session (date DESC);
CREATE INDEX session_needs_facilitator ON awareness.session (id) WHERE needs_facilitator;

-- The persons of member structures facilitating a session, with their hours.
CREATE TABLE awareness.session_facilitation (
    session_id        UUID          NOT NULL REFERENCES awareness.session (id) ON DELETE CASCADE,
    position          INTEGER       NOT NULL,
    responsibility_id UUID          NOT NULL UNIQUE,
    member_id         UUID          NOT NULL,
    member_name       TEXT          NOT NULL,
    person_name       TEXT          NOT NULL,
    person_email      TEXT          NOT NULL,
    hours             NUMERIC(5, 2) NOT NULL CHECK (hours > 0 AND hours <= 40),
    PRIMARY KEY (session_id, position)
);
CREATE INDEX session_facilitation_member ON awareness.session_facilitation (member_id);
