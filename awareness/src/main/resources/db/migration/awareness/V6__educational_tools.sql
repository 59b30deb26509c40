-- The educational tools catalogue and its copies lent to members' people.
CREATE TABLE awareness.educational_tool (
    id          UUID PRIMARY KEY,
    name        TEXT NOT NULL,
    description TEXT
);
CREATE UNIQUE INDEX educational_tool_name ON awareness.educational_tool (lower(name));

CREATE TABLE awareness.tool_copy (
    id      UUID PRIMARY KEY,
    tool_id UUID NOT NULL REFERENCES awareness.educational_tool (id),
    label   TEXT NOT NULL
);
CREATE INDEX tool_copy_tool ON awareness.tool_copy (tool_id);

-- Every loan, current (returned_on null) or past; the id is the responsibility published to cooperation.
CREATE TABLE awareness.tool_loan (
    id           UUID PRIMARY KEY,
    copy_id      UUID NOT NULL REFERENCES awareness.tool_copy (id),
    member_id    UUID NOT NULL,
    member_name  TEXT NOT NULL,
    person_name  TEXT NOT NULL,
    person_email TEXT NOT NULL,
    lent_on      DATE NOT NULL,
    returned_on  DATE,
    CONSTRAINT tool_loan_dates_in_order CHECK (returned_on IS NULL OR returned_on >= lent_on)
);
-- One current loan per copy.
CREATE UNIQUE INDEX tool_loan_current ON awareness.tool_loan (copy_id) WHERE returned_on IS NULL;
CREATE INDEX tool_loan_member_current ON awareness.tool_loan (member_id) WHERE returned_on IS NULL;
