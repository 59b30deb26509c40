-- Partners and territory: the partners of the network, their contacts and the log of exchanges with them.
-- Communes and EPCIs are not stored here: the territory reference is read from the jar (territory/*.csv) into
-- memory; a partner keeps the INSEE code of its commune and the SIREN of its EPCI.

CREATE TABLE cooperation.partner
(
    id           UUID PRIMARY KEY,
    kind         TEXT   NOT NULL CHECK (kind IN ('COMMUNE', 'EPCI', 'DEPARTEMENT', 'REGION', 'SCHOOL', 'OTHER')),
    name         TEXT   NOT NULL,
    -- the name without accents, case or punctuation, written by the application, for the search
    search_name  TEXT   NOT NULL,
    commune_code TEXT CHECK (commune_code ~ '^[0-9][0-9AB][0-9]{3}$'),
    epci_code    TEXT CHECK (epci_code ~ '^[0-9]{9}$'),
    address      TEXT,
    website      TEXT,
    notes        TEXT,
    version      BIGINT NOT NULL,
    CONSTRAINT partner_commune_has_its_commune CHECK (kind <> 'COMMUNE' OR commune_code IS NOT NULL),
    CONSTRAINT partner_epci_has_its_epci CHECK ((kind = 'EPCI') = (epci_code IS NOT NULL))
);
CREATE INDEX partner_search_name_idx ON cooperation.partner (search_name);

CREATE TABLE cooperation.partner_contact
(
    id         UUID PRIMARY KEY,
    partner_id UUID   NOT NULL REFERENCES cooperation.partner (id),
    name       TEXT   NOT NULL,
    role       TEXT,
    email      TEXT,
    phone      TEXT,
    version    BIGINT NOT NULL
);
CREATE INDEX partner_contact_partner_idx ON cooperation.partner_contact (partner_id);

-- The « journal des échanges »: entries are written once and never changed.
CREATE TABLE cooperation.partner_interaction
(
    id          UUID PRIMARY KEY,
    partner_id  UUID        NOT NULL REFERENCES cooperation.partner (id),
    date        DATE        NOT NULL,
    kind        TEXT        NOT NULL CHECK (kind IN ('MEETING', 'CALL', 'EMAIL', 'EVENT', 'OTHER')),
    summary     TEXT        NOT NULL,
    follow_up   TEXT,
    author      TEXT        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL
);
CREATE INDEX partner_interaction_partner_idx ON cooperation.partner_interaction (partner_id, date DESC, recorded_at DESC);
