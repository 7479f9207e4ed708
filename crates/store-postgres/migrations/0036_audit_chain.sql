-- The audit log becomes tamper-evident: every organisation's log (and the
-- installation's, under the nil id) is one chain. Each entry carries its
-- position in its chain, the id of the installation key that linked it, and
-- a keyed hash of its fields and of the entry before it (see
-- moves_domain::audit_chain). The keys live outside the database.
ALTER TABLE audit_log ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_log ADD COLUMN chain_key TEXT;
ALTER TABLE audit_log ADD COLUMN chain_mac TEXT;
CREATE UNIQUE INDEX audit_log_by_chain ON audit_log (org_id, chain_seq);
CREATE INDEX audit_log_unlinked ON audit_log (org_id, at) WHERE chain_seq IS NULL;

-- The last link of each chain: taken (and so locked) by every append, so
-- two appends to one chain link one after the other, never to the same entry.
CREATE TABLE audit_chain_heads (
    org_id     UUID PRIMARY KEY NOT NULL,
    chain_seq  BIGINT NOT NULL,
    chain_mac  TEXT NOT NULL
);
CREATE FUNCTION audit_chain_heads_kept() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit chains'' heads are kept';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_chain_heads_no_delete BEFORE DELETE ON audit_chain_heads
    FOR EACH ROW EXECUTE FUNCTION audit_chain_heads_kept();
CREATE TRIGGER audit_chain_heads_no_truncate BEFORE TRUNCATE ON audit_chain_heads
    FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_heads_kept();

-- TRUNCATE does not fire row triggers: without this, it emptied the log.
CREATE FUNCTION audit_log_no_truncate() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_no_truncate();

-- Entries written before this migration have no link yet. At the first
-- start after it, while no entry has a link, the server links them, oldest
-- first, into their chains with the installation's key, all at once
-- (AuditStore::link_unlinked_audit); never afterwards. That one change is the
-- only one the log allows, and only from no link to a link.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND OLD.chain_seq IS NULL AND OLD.chain_key IS NULL AND OLD.chain_mac IS NULL
       AND NEW.chain_seq IS NOT NULL AND NEW.chain_key IS NOT NULL AND NEW.chain_mac IS NOT NULL
       AND (NEW.org_id, NEW.id, NEW.at, NEW.actor_id, NEW.action, NEW.subject, NEW.detail)
           IS NOT DISTINCT FROM
           (OLD.org_id, OLD.id, OLD.at, OLD.actor_id, OLD.action, OLD.subject, OLD.detail)
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$ LANGUAGE plpgsql;
