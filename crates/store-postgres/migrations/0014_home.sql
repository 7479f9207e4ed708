-- The home page: what is new for a person since they last looked.
-- Times are Unix epoch milliseconds (UTC).

-- When a note last reached more people than before (its writing, unless it
-- was a draft); NULL while it is a draft. Notes written before this column
-- count as shared when they were written, unless they are drafts.
ALTER TABLE notes ADD COLUMN shared_at BIGINT;
UPDATE notes SET shared_at = written_at WHERE audience <> 'only_me';
CREATE INDEX notes_shared ON notes (org_id, shared_at);

-- When each person last looked at their home page, per organisation.
CREATE TABLE home_visits (
    org_id      UUID NOT NULL REFERENCES organisations (id),
    user_id     UUID NOT NULL REFERENCES users (id),
    visited_at  BIGINT NOT NULL,
    PRIMARY KEY (org_id, user_id)
);

