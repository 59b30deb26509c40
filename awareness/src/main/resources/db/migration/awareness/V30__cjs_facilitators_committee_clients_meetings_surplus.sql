-- The CJS completed: a territory that may be an EPCI, the two facilitators (responsibilities), the local committee,
-- the clients, the cooperative's meetings and decisions, the surplus shared out at the end.
ALTER TABLE awareness.cjs_edition ADD COLUMN epci_code TEXT;
ALTER TABLE awareness.cjs_edition ALTER COLUMN commune_code DROP NOT NULL;
ALTER TABLE awareness.cjs_edition
    ADD CONSTRAINT cjs_edition_territory CHECK (commune_code IS NOT NULL OR epci_code IS NOT NULL);

-- One row per facilitating person; the id is the responsibility published to cooperation.
CREATE TABLE awareness.cjs_facilitator (
    responsibility_id UUID PRIMARY KEY,
    edition_id        UUID NOT NULL REFERENCES awareness.cjs_edition (id),
    member_id         UUID NOT NULL,
    member_name       TEXT,
    person_name       TEXT NOT NULL,
    person_email      TEXT NOT NULL,
    position          BIGINT GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX cjs_facilitator_edition ON awareness.cjs_facilitator (edition_id);

-- The local committee: people and their organisations, a partner of cooperation's when partner_id is set.
CREATE TABLE awareness.cjs_committee_member (
    id           UUID PRIMARY KEY,
    edition_id   UUID NOT NULL REFERENCES awareness.cjs_edition (id),
    name         TEXT NOT NULL,
    organisation TEXT,
    partner_id   UUID
);
CREATE INDEX cjs_committee_member_edition ON awareness.cjs_committee_member (edition_id);

CREATE TABLE awareness.cjs_client (
    id         UUID PRIMARY KEY,
    edition_id UUID NOT NULL REFERENCES awareness.cjs_edition (id),
    name       TEXT NOT NULL,
    contact    TEXT
);
CREATE INDEX cjs_client_edition ON awareness.cjs_client (edition_id);

CREATE TABLE awareness.cjs_meeting (
    id         UUID PRIMARY KEY,
    edition_id UUID NOT NULL REFERENCES awareness.cjs_edition (id),
    held_on    DATE NOT NULL,
    subject    TEXT NOT NULL
);
CREATE INDEX cjs_meeting_edition ON awareness.cjs_meeting (edition_id);

CREATE TABLE awareness.cjs_decision (
    id         UUID PRIMARY KEY,
    meeting_id UUID   NOT NULL REFERENCES awareness.cjs_meeting (id),
    text       TEXT   NOT NULL,
    position   BIGINT GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX cjs_decision_meeting ON awareness.cjs_decision (meeting_id);

-- The surplus shared out at the end: the amount, then each cooperant's share (together never more than it).
CREATE TABLE awareness.cjs_surplus (
    edition_id UUID PRIMARY KEY REFERENCES awareness.cjs_edition (id),
    amount     NUMERIC(12, 2) NOT NULL CHECK (amount >= 0)
);

CREATE TABLE awareness.cjs_surplus_share (
    edition_id   UUID           NOT NULL REFERENCES awareness.cjs_surplus (edition_id),
    cooperant_id UUID           NOT NULL REFERENCES awareness.cjs_cooperant (id),
    amount       NUMERIC(12, 2) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (edition_id, cooperant_id)
);
