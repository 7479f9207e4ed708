-- The history of the version agreed together (issue 14, hole 8). Any member
-- of the circle with an account may change the agreed version, so every
-- change of a move's agreed answer is kept: who (a circle member), when, and
-- what it was before and after (NULL status: nothing agreed). `version` is
-- the check's version the save made, shared by the moves of one save. Rows
-- are written in the transaction of the save and never changed or removed.
CREATE TABLE check_agreed_changes (
    org_id         UUID NOT NULL,
    check_id       UUID NOT NULL,
    version        BIGINT NOT NULL,
    move_id        TEXT NOT NULL,
    changed_by     UUID NOT NULL,
    changed_at     BIGINT NOT NULL,
    before_status  TEXT,
    before_note    TEXT,
    after_status   TEXT,
    after_note     TEXT,
    PRIMARY KEY (org_id, check_id, version, move_id),
    FOREIGN KEY (org_id, check_id) REFERENCES checks (org_id, id),
    FOREIGN KEY (org_id, changed_by) REFERENCES circle_members (org_id, id)
);

CREATE FUNCTION check_agreed_changes_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'what was agreed is kept: its history is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER check_agreed_changes_no_change BEFORE UPDATE OR DELETE ON check_agreed_changes
    FOR EACH ROW EXECUTE FUNCTION check_agreed_changes_append_only();
