-- Awareness's view of cooperation's partners, fed by PartnerDetailsChanged (whole state, the newest change wins).
CREATE TABLE awareness.partner (
    id           UUID PRIMARY KEY,
    kind         TEXT        NOT NULL,
    name         TEXT        NOT NULL,
    commune_code TEXT,
    epci_code    TEXT,
    -- occurredAt of the change applied: an older or equal one is ignored.
    changed_at   TIMESTAMPTZ NOT NULL
);

-- A requester picked from the partners view names its partner; one requester per partner.
ALTER TABLE awareness.requester ADD COLUMN partner_id UUID UNIQUE;
