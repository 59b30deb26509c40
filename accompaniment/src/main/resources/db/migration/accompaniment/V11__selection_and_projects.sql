-- Leads, applications and the jury's decisions; the projects followed from their admission.
CREATE TABLE accompaniment.lead (
    id            UUID PRIMARY KEY,
    source        TEXT   NOT NULL,
    -- The awareness idea a lead came from: one lead per idea, whatever the redeliveries.
    idea_id       UUID UNIQUE,
    title         TEXT   NOT NULL,
    description   TEXT,
    origin        TEXT,
    contact_name  TEXT,
    contact       TEXT,
    commune_code  TEXT,
    received_on   DATE   NOT NULL,
    status        TEXT   NOT NULL,
    version       BIGINT NOT NULL
);
CREATE INDEX lead_open ON accompaniment.lead (status, received_on DESC);

CREATE TABLE accompaniment.application (
    id            UUID PRIMARY KEY,
    cohort_id     UUID   NOT NULL REFERENCES accompaniment.cohort (id),
    lead_id       UUID REFERENCES accompaniment.lead (id),
    project_title TEXT   NOT NULL,
    summary       TEXT,
    holders       TEXT   NOT NULL,
    commune_code  TEXT,
    received_on   DATE   NOT NULL,
    decision      TEXT   NOT NULL,
    reasons       TEXT,
    decided_on    DATE,
    project_id    UUID,
    version       BIGINT NOT NULL
);
CREATE INDEX application_cohort ON accompaniment.application (cohort_id, decision);
-- A lead applies once.
CREATE UNIQUE INDEX application_lead_unique ON accompaniment.application (lead_id) WHERE lead_id IS NOT NULL;

CREATE TABLE accompaniment.application_score (
    application_id UUID    NOT NULL REFERENCES accompaniment.application (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    criterion      TEXT    NOT NULL,
    score          INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),
    PRIMARY KEY (application_id, position)
);

CREATE TABLE accompaniment.project (
    id             UUID PRIMARY KEY,
    cohort_id      UUID   NOT NULL REFERENCES accompaniment.cohort (id),
    application_id UUID UNIQUE,
    title          TEXT   NOT NULL,
    summary        TEXT,
    organisation   TEXT,
    commune_code   TEXT,
    -- How it left the incubator (all null while it is followed).
    outcome_left_on        DATE,
    outcome_graduated      BOOLEAN,
    outcome_structure_name TEXT,
    outcome_legal_form     TEXT,
    outcome_jobs           INTEGER CHECK (outcome_jobs BETWEEN 0 AND 500),
    outcome_notes          TEXT,
    version        BIGINT NOT NULL
);
CREATE INDEX project_cohort ON accompaniment.project (cohort_id);

CREATE TABLE accompaniment.project_holder (
    project_id UUID    NOT NULL REFERENCES accompaniment.project (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    email      TEXT,
    phone      TEXT,
    PRIMARY KEY (project_id, position)
);

CREATE TABLE accompaniment.project_stage_change (
    project_id UUID    NOT NULL REFERENCES accompaniment.project (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    stage      TEXT    NOT NULL,
    changed_on DATE    NOT NULL,
    PRIMARY KEY (project_id, position)
);

CREATE TABLE accompaniment.project_milestone (
    project_id UUID    NOT NULL REFERENCES accompaniment.project (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    label      TEXT    NOT NULL,
    reached_on DATE,
    PRIMARY KEY (project_id, position)
);
