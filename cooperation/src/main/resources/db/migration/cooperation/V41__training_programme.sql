-- The members' yearly training programme (« programme de formation »), its sessions and the registrations.

CREATE TABLE cooperation.training_programme
(
    id          UUID PRIMARY KEY,
    year        INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
    title       TEXT    NOT NULL,
    description TEXT,
    version     BIGINT  NOT NULL
);

CREATE TABLE cooperation.training_session
(
    id                  UUID PRIMARY KEY,
    programme_id        UUID    NOT NULL REFERENCES cooperation.training_programme (id),
    title               TEXT    NOT NULL,
    held_on             DATE    NOT NULL,
    starts_at           TIME    NOT NULL,
    ends_at             TIME    NOT NULL,
    place               TEXT    NOT NULL,
    trainer             TEXT    NOT NULL,
    capacity            INTEGER NOT NULL CHECK (capacity >= 1),
    description         TEXT,
    attendance_recorded BOOLEAN NOT NULL,
    version             BIGINT  NOT NULL,
    CONSTRAINT training_session_ends_after_start CHECK (ends_at > starts_at)
);
CREATE INDEX training_session_programme_idx ON cooperation.training_session (programme_id, held_on, starts_at);

-- A registration holds a place (REGISTERED), waits for one (WAITING) or is kept once CANCELLED. The capacity is
-- guarded by the application under a row lock on the session (SELECT ... FOR UPDATE): registrations for one session
-- are counted one transaction at a time. One person of a structure is registered once per session.
CREATE TABLE cooperation.training_registration
(
    id            UUID PRIMARY KEY,
    session_id    UUID        NOT NULL REFERENCES cooperation.training_session (id),
    member_id     UUID        NOT NULL REFERENCES cooperation.member (id),
    person_name   TEXT        NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('REGISTERED', 'WAITING', 'CANCELLED')),
    attendance    TEXT CHECK (attendance IN ('PRESENT', 'ABSENT')),
    registered_at TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL,
    CONSTRAINT training_registration_attendance_needs_place CHECK (attendance IS NULL OR status = 'REGISTERED')
);
CREATE UNIQUE INDEX training_registration_once ON cooperation.training_registration (session_id, member_id, lower(person_name))
    WHERE status <> 'CANCELLED';
CREATE INDEX training_registration_session_idx ON cooperation.training_registration (session_id, registered_at);
