-- The circles list is read a page at a time, newest first (by when a circle
-- was started, then its id): this index lets a page stop at its last row
-- instead of sorting every circle of the organisation.
CREATE INDEX circles_by_start ON circles (org_id, created_at, id);
