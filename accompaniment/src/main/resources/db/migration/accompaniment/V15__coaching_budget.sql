-- Coaching hours the network's grants earmark, and the hours allocated to each cohort.
CREATE TABLE accompaniment.coaching_grant (
    grant_id    UUID          NOT NULL,
    earmark_key TEXT          NOT NULL,
    funder_name TEXT          NOT NULL,
    title       TEXT          NOT NULL,
    hours       NUMERIC(9, 2) NOT NULL CHECK (hours > 0),
    granted_at  TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (grant_id, earmark_key)
);

CREATE TABLE accompaniment.cohort_coaching_budget (
    cohort_id     UUID PRIMARY KEY REFERENCES accompaniment.cohort (id),
    planned_hours NUMERIC(9, 2) NOT NULL CHECK (planned_hours >= 0)
);
