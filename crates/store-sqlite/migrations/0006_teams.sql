-- Teams inside an organisation, and who is in them. Times are Unix epoch
-- milliseconds (UTC).

-- `name_key` is the name compared without regard to case (upper-cased, then
-- lower-cased, by core's `team_name_key`): unique in the organisation.
CREATE TABLE teams (
    org_id      BLOB NOT NULL REFERENCES organisations (id),
    id          BLOB NOT NULL,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, name_key)
);

-- A team's organisation is part of the key, so a row can only point at a team
-- of the same organisation.
CREATE TABLE team_members (
    org_id    BLOB NOT NULL,
    team_id   BLOB NOT NULL,
    user_id   BLOB NOT NULL REFERENCES users (id),
    added_at  INTEGER NOT NULL,
    PRIMARY KEY (org_id, team_id, user_id),
    FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id)
);
CREATE INDEX team_members_by_user ON team_members (org_id, user_id);
