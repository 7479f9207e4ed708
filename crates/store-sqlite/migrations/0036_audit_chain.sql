-- The audit log becomes tamper-evident: every organisation's log (and the
-- installation's, under the nil id) is one chain. Each entry carries its
-- position in its chain, the id of the installation key that linked it, and
-- a keyed hash of its fields and of the entry before it (see
-- moves_domain::audit_chain). The keys live outside the database.
ALTER TABLE audit_log ADD COLUMN chain_seq INTEGER;
ALTER TABLE audit_log ADD COLUMN chain_key TEXT;
ALTER TABLE audit_log ADD COLUMN chain_mac TEXT;
CREATE UNIQUE INDEX audit_log_by_chain ON audit_log (org_id, chain_seq);
CREATE INDEX audit_log_unlinked ON audit_log (org_id, at) WHERE chain_seq IS NULL;

-- The last link of each chain: taken (and so locked) by every append, so
-- two appends to one chain link one after the other, never to the same entry.
CREATE TABLE audit_chain_heads (
    org_id     BLOB PRIMARY KEY NOT NULL,
    chain_seq  INTEGER NOT NULL,
    chain_mac  TEXT NOT NULL
);
CREATE TRIGGER audit_chain_heads_kept BEFORE DELETE ON audit_chain_heads
BEGIN
    SELECT RAISE(ABORT, 'the audit chains'' heads are kept');
END;

-- Entries written before this migration have no link yet. At the first
-- start after it, while no entry has a link, the server links them, oldest
-- first, into their chains with the installation's key, all at once
-- (AuditStore::link_unlinked_audit); never afterwards. That one change is the
-- only one the log allows, and only from no link to a link.
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (OLD.chain_seq IS NULL AND OLD.chain_key IS NULL AND OLD.chain_mac IS NULL
          AND NEW.chain_seq IS NOT NULL AND NEW.chain_key IS NOT NULL AND NEW.chain_mac IS NOT NULL
          AND NEW.org_id IS OLD.org_id AND NEW.id IS OLD.id AND NEW.at IS OLD.at
          AND NEW.actor_id IS OLD.actor_id AND NEW.action IS OLD.action
          AND NEW.subject IS OLD.subject AND NEW.detail IS OLD.detail)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
