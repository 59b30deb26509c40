-- Reads that do not grow with the data (docs/performance.md): the member list reads one page at a time, ordered by
-- name then id; this index gives that order, so PostgreSQL stops after the page instead of sorting every member.
CREATE INDEX member_name_id_idx ON cooperation.member (lower(name), id);
DROP INDEX cooperation.member_name_idx;

-- The home panel and the lists count today's members.
CREATE INDEX member_current_idx ON cooperation.member (status) WHERE status IN ('ACTIVE', 'RETURNED');

-- A member's page reads the latest dues reminder of that member for the year.
CREATE INDEX dues_reminder_member_year_idx ON cooperation.dues_reminder (member_id, year, sent_at DESC);
