-- Coaching hours charged to the grants that pay them. A session's hours may be split across envelopes (a grant at
-- one hourly rate); what no envelope covers is kept with no grant, flagged as beyond the envelope.
CREATE TABLE cooperation.coaching_charge
(
    id                  UUID PRIMARY KEY,
    engagement_entry_id UUID          NOT NULL REFERENCES cooperation.engagement_entry (id),
    member_id           UUID          NOT NULL,
    worked_on           DATE          NOT NULL,
    description         TEXT          NOT NULL DEFAULT '',
    hours               NUMERIC(5, 2) NOT NULL CHECK (hours > 0),
    funding_grant_id    UUID REFERENCES cooperation.funding_grant (id),
    hourly_rate         NUMERIC(12, 2),
    charged_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK ((funding_grant_id IS NULL) = (hourly_rate IS NULL))
);
CREATE INDEX coaching_charge_member_idx ON cooperation.coaching_charge (member_id, worked_on);
CREATE INDEX coaching_charge_envelope_idx ON cooperation.coaching_charge (funding_grant_id, hourly_rate);
