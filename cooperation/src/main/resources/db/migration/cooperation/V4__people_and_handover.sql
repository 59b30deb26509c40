-- The people of a member structure besides its representative, and its former representatives.
CREATE TABLE cooperation.member_team
(
    member_id UUID PRIMARY KEY REFERENCES cooperation.member (id) ON DELETE CASCADE,
    version   BIGINT NOT NULL
);

CREATE TABLE cooperation.member_contact
(
    member_id  UUID    NOT NULL REFERENCES cooperation.member_team (member_id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    contact_id UUID    NOT NULL,
    name       TEXT    NOT NULL,
    role       TEXT    NOT NULL CHECK (role IN ('STAFF', 'VOLUNTEER')),
    email      TEXT,
    phone      TEXT,
    PRIMARY KEY (member_id, position)
);

CREATE TABLE cooperation.representative_term
(
    member_id  UUID    NOT NULL REFERENCES cooperation.member_team (member_id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    email      TEXT    NOT NULL,
    phone      TEXT,
    from_date  DATE,
    until_date DATE    NOT NULL,
    reason     TEXT,
    PRIMARY KEY (member_id, position)
);

-- What people of member structures hold in the pillars, as the pillars report it (ResponsibilityAssigned/Ended).
CREATE TABLE cooperation.held_responsibility
(
    responsibility_id UUID PRIMARY KEY,
    member_id         UUID        NOT NULL,
    person_name       TEXT,
    person_email      TEXT        NOT NULL,
    pillar            TEXT        NOT NULL,
    description       TEXT        NOT NULL,
    since             DATE,
    ended_at          TIMESTAMPTZ,
    recorded_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX held_responsibility_open_idx ON cooperation.held_responsibility (member_id) WHERE ended_at IS NULL;
