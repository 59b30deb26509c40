-- Workshops with young people and the ideas that came out of them.
CREATE TABLE awareness.workshop (
    id           UUID PRIMARY KEY,
    theme        TEXT    NOT NULL,
    held_on      DATE    NOT NULL,
    commune_code TEXT    NOT NULL,
    participants INTEGER NOT NULL CHECK (participants BETWEEN 0 AND 10000)
);
CREATE INDEX workshop_held_on ON awareness.workshop (held_on DESC);

CREATE TABLE awareness.workshop_idea (
    id               UUID PRIMARY KEY,
    workshop_id      UUID    NOT NULL REFERENCES awareness.workshop (id),
    title            TEXT    NOT NULL,
    description      TEXT,
    author_name      TEXT    NOT NULL,
    -- Kept only once the author agreed to be contacted.
    author_contact   TEXT,
    consent_given_on DATE,
    -- Whether ProjectIdeaSurfaced was published for it: once per idea.
    surfaced         BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT idea_consent_with_contact CHECK (consent_given_on IS NULL OR author_contact IS NOT NULL),
    CONSTRAINT idea_surfaced_with_consent CHECK (NOT surfaced OR consent_given_on IS NOT NULL)
);
CREATE INDEX workshop_idea_workshop ON awareness.workshop_idea (workshop_id);
