-- Funding (« Financements »): funders, their calls for projects, the network's applications, the grants obtained
-- with their earmarks and the reports owed, and the reminders already sent about those reports.

CREATE TABLE cooperation.funder
(
    id            UUID PRIMARY KEY,
    name          TEXT   NOT NULL,
    kind          TEXT   NOT NULL CHECK (kind IN ('STATE', 'REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE', 'FOUNDATION',
                                                  'EU_LEADER', 'OTHER')),
    contact_name  TEXT,
    contact_email TEXT,
    notes         TEXT,
    version       BIGINT NOT NULL
);
CREATE INDEX funder_name_idx ON cooperation.funder (lower(name));

CREATE TABLE cooperation.call_for_projects
(
    id          UUID PRIMARY KEY,
    funder_id   UUID   NOT NULL REFERENCES cooperation.funder (id),
    title       TEXT   NOT NULL,
    link        TEXT,
    opens_on    DATE,
    deadline    DATE   NOT NULL,
    description TEXT,
    version     BIGINT NOT NULL,
    CHECK (opens_on IS NULL OR deadline >= opens_on)
);
CREATE INDEX call_for_projects_deadline_idx ON cooperation.call_for_projects (deadline);

CREATE TABLE cooperation.funding_application
(
    id               UUID PRIMARY KEY,
    funder_id        UUID           NOT NULL REFERENCES cooperation.funder (id),
    call_id          UUID REFERENCES cooperation.call_for_projects (id),
    title            TEXT           NOT NULL,
    pillar           TEXT           NOT NULL CHECK (pillar IN ('ACCOMPANIMENT', 'AWARENESS', 'COOPERATION', 'CJS')),
    amount_asked     NUMERIC(12, 2) NOT NULL CHECK (amount_asked > 0),
    status           TEXT           NOT NULL CHECK (status IN ('IDEA', 'DRAFTING', 'SUBMITTED', 'GRANTED', 'REJECTED')),
    submitted_on     DATE,
    amount_granted   NUMERIC(12, 2) CHECK (amount_granted > 0),
    rejection_reason TEXT,
    version          BIGINT         NOT NULL
);
CREATE INDEX funding_application_status_idx ON cooperation.funding_application (status);

-- The dated history of an application's status.
CREATE TABLE cooperation.funding_application_status_change
(
    funding_application_id UUID    NOT NULL REFERENCES cooperation.funding_application (id) ON DELETE CASCADE,
    position               INTEGER NOT NULL,
    status                 TEXT    NOT NULL,
    changed_on             DATE    NOT NULL,
    comment                TEXT,
    PRIMARY KEY (funding_application_id, position)
);

-- The financing plan of the action: a funder's line, or the network's own funds when funder_id is null.
CREATE TABLE cooperation.financing_line
(
    funding_application_id UUID           NOT NULL REFERENCES cooperation.funding_application (id) ON DELETE CASCADE,
    position               INTEGER        NOT NULL,
    funder_id              UUID REFERENCES cooperation.funder (id),
    amount                 NUMERIC(12, 2) NOT NULL CHECK (amount > 0),
    status                 TEXT           NOT NULL CHECK (status IN ('EXPECTED', 'CONFIRMED')),
    PRIMARY KEY (funding_application_id, position)
);

-- "grant" is an SQL keyword: the table is funding_grant.
CREATE TABLE cooperation.funding_grant
(
    id             UUID PRIMARY KEY,
    application_id UUID           NOT NULL UNIQUE REFERENCES cooperation.funding_application (id),
    funder_id      UUID           NOT NULL REFERENCES cooperation.funder (id),
    title          TEXT           NOT NULL,
    amount         NUMERIC(12, 2) NOT NULL CHECK (amount > 0),
    starts_on      DATE           NOT NULL,
    ends_on        DATE           NOT NULL,
    version        BIGINT         NOT NULL,
    CHECK (ends_on >= starts_on)
);

CREATE TABLE cooperation.grant_earmark
(
    funding_grant_id UUID           NOT NULL REFERENCES cooperation.funding_grant (id) ON DELETE CASCADE,
    position         INTEGER        NOT NULL,
    kind             TEXT           NOT NULL CHECK (kind IN ('COACHING_HOURS', 'AWARENESS', 'CJS', 'RUNNING_COSTS')),
    amount           NUMERIC(12, 2) NOT NULL CHECK (amount > 0),
    hourly_rate      NUMERIC(12, 2),
    hours            NUMERIC(10, 2),
    PRIMARY KEY (funding_grant_id, position),
    CHECK ((kind = 'COACHING_HOURS') = (hourly_rate IS NOT NULL AND hours IS NOT NULL))
);

-- Reports owed to the funder; report_id stays the same across saves (the rows are rewritten on each save).
CREATE TABLE cooperation.grant_report
(
    funding_grant_id UUID    NOT NULL REFERENCES cooperation.funding_grant (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    report_id        UUID    NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('INTERIM', 'FINAL')),
    due_on           DATE    NOT NULL,
    done_on          DATE,
    PRIMARY KEY (funding_grant_id, position)
);
CREATE UNIQUE INDEX grant_report_report_idx ON cooperation.grant_report (report_id);

-- The reminders sent, one per report and threshold (days before the due date). No foreign key to grant_report:
-- its rows are deleted and inserted again each time the grant is saved.
CREATE TABLE cooperation.grant_report_reminder
(
    report_id      UUID        NOT NULL,
    threshold_days INTEGER     NOT NULL,
    sent_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (report_id, threshold_days)
);
