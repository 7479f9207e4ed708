-- Who made a plan's latest change (a circle member's id), so nobody's own
-- change is news to them in an email digest (core::home::digest). NULL: last
-- changed before this was recorded, by someone unknown. Like the member ids
-- inside a plan's body it has no foreign key: SQLite cannot add the
-- (org_id, member) pair to an existing table, and both stores keep one schema.
ALTER TABLE plans ADD COLUMN updated_by UUID;

-- A plan never changed since it was made was last changed by whoever typed it.
UPDATE plans SET updated_by = COALESCE(entered_by, author_id) WHERE updated_at = created_at;
