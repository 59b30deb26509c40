CREATE TABLE cooperation.member
(
    id                   UUID PRIMARY KEY,
    name                 TEXT   NOT NULL,
    legal_form           TEXT   NOT NULL,
    siret                CHAR(14),
    commune              TEXT   NOT NULL,
    representative_name  TEXT   NOT NULL,
    representative_email TEXT   NOT NULL,
    representative_phone TEXT,
    status               TEXT   NOT NULL CHECK (status IN ('ACTIVE', 'LEFT')),
    version              BIGINT NOT NULL
);
CREATE UNIQUE INDEX member_siret_idx ON cooperation.member (siret) WHERE siret IS NOT NULL;
CREATE INDEX member_name_idx ON cooperation.member (lower(name));

-- Each dated step of a membership: joined, left (with its reason), rejoined.
CREATE TABLE cooperation.membership_change
(
    member_id UUID    NOT NULL REFERENCES cooperation.member (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    kind      TEXT    NOT NULL CHECK (kind IN ('JOINED', 'LEFT', 'REJOINED')),
    changed_on DATE   NOT NULL,
    reason    TEXT,
    PRIMARY KEY (member_id, position)
);
