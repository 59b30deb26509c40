-- Members' details (name, commune) follow cooperation's MemberDetailsChanged, with a clock of their own:
-- details_at is when the details shown were true, so an older details event arriving late changes nothing.
-- A details event may be the first fact heard of a member (its joining still on its way): the row then has no
-- membership fact yet (last_event_at null), is not listed, and waits for the joining.
ALTER TABLE accompaniment.coaching_member ADD COLUMN details_at TIMESTAMPTZ;
-- Until now the details came with the membership facts, the last of which is the newest known.
UPDATE accompaniment.coaching_member SET details_at = last_event_at;
ALTER TABLE accompaniment.coaching_member ALTER COLUMN last_event_at DROP NOT NULL;
ALTER TABLE accompaniment.coaching_member DROP CONSTRAINT coaching_member_left_on_when_inactive;
ALTER TABLE accompaniment.coaching_member ADD CONSTRAINT coaching_member_left_on_when_inactive
    CHECK (active OR left_on IS NOT NULL OR last_event_at IS NULL);
ALTER TABLE accompaniment.coaching_member ADD CONSTRAINT coaching_member_known_by_a_fact
    CHECK (last_event_at IS NOT NULL OR (details_at IS NOT NULL AND NOT active));
