-- A structure may first apply (candidate), and one that comes back is "returned" rather than simply active.
ALTER TABLE cooperation.member DROP CONSTRAINT member_status_check;
ALTER TABLE cooperation.member
    ADD CONSTRAINT member_status_check CHECK (status IN ('CANDIDATE', 'ACTIVE', 'LEFT', 'RETURNED'));

-- Members who came back before statuses told them apart: their last step is a return.
UPDATE cooperation.member m
SET status = 'RETURNED'
WHERE status = 'ACTIVE'
  AND (SELECT kind FROM cooperation.membership_change c
       WHERE c.member_id = m.id ORDER BY position DESC LIMIT 1) = 'REJOINED';

ALTER TABLE cooperation.membership_change DROP CONSTRAINT membership_change_kind_check;
ALTER TABLE cooperation.membership_change
    ADD CONSTRAINT membership_change_kind_check CHECK (kind IN ('APPLIED', 'JOINED', 'LEFT', 'REJOINED'));
