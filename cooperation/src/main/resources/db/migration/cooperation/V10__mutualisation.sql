-- Mutualisation: the resources member structures share, and their bookings.

-- btree_gist lets one GiST index compare a UUID with = next to a range with &&, for the exclusion constraint below.
-- It is a trusted extension (PostgreSQL 13+): a database owner may create it. Its default operator classes are found
-- whatever the search path, so it serves wherever it was first installed (here the pillar's schema, Flyway's default).
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE cooperation.shared_resource
(
    id          UUID PRIMARY KEY,
    kind        TEXT    NOT NULL CHECK (kind IN ('ROOM', 'VEHICLE', 'EQUIPMENT', 'EDUCATIONAL_KIT', 'SKILL')),
    name        TEXT    NOT NULL,
    description TEXT,
    location    TEXT    NOT NULL,
    owner_id    UUID    NOT NULL REFERENCES cooperation.member (id),
    active      BOOLEAN NOT NULL,
    version     BIGINT  NOT NULL
);
CREATE INDEX shared_resource_name_idx ON cooperation.shared_resource (lower(name));

-- A booking holds its period while ACTIVE; a CANCELLED one is kept and holds nothing. Periods are [starts_at,
-- ends_at): a booking may start the minute another ends. Two active bookings of one resource never overlap, even
-- when two transactions insert them at the same moment: the exclusion constraint makes the second wait for the
-- first and then fail with SQLSTATE 23P01, which the persistence adapter turns into ResourceAlreadyBooked.
CREATE TABLE cooperation.booking
(
    id          UUID PRIMARY KEY,
    resource_id UUID        NOT NULL REFERENCES cooperation.shared_resource (id),
    member_id   UUID        NOT NULL REFERENCES cooperation.member (id),
    starts_at   TIMESTAMPTZ NOT NULL,
    ends_at     TIMESTAMPTZ NOT NULL,
    purpose     TEXT        NOT NULL,
    status      TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'CANCELLED')),
    version     BIGINT      NOT NULL,
    CONSTRAINT booking_ends_after_start CHECK (ends_at > starts_at),
    CONSTRAINT booking_no_overlap EXCLUDE USING gist
        (resource_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) WHERE (status = 'ACTIVE')
);
CREATE INDEX booking_starts_at_idx ON cooperation.booking (starts_at);
