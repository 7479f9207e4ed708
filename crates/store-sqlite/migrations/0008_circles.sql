-- Circles: one child, young person, adult or family (the focus) with the
-- people around them. Times are Unix epoch milliseconds (UTC).

-- A date of birth (YYYY-MM-DD) or an age band, never both. The circle is
-- open while `closed_at` is NULL. `decider_member_id` NULL means the young
-- person decides about sharing. `version` rises with every change, so a
-- change made from a stale form is refused rather than overwriting another.
CREATE TABLE circles (
    org_id              BLOB NOT NULL REFERENCES organisations (id),
    id                  BLOB NOT NULL,
    focus_name          TEXT NOT NULL,
    birth_date          TEXT,
    age_band            TEXT,
    pronouns            TEXT,
    languages           TEXT,
    protected_identity  INTEGER NOT NULL,
    team_id             BLOB,
    closed_at           INTEGER,
    closed_by           BLOB REFERENCES users (id),
    closing_reflection  TEXT,
    decider_member_id   BLOB,
    created_by          BLOB NOT NULL REFERENCES users (id),
    created_at          INTEGER NOT NULL,
    version             INTEGER NOT NULL,
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id),
    CHECK (birth_date IS NULL OR age_band IS NULL),
    CHECK ((closed_at IS NULL) = (closing_reflection IS NULL))
);
CREATE INDEX circles_by_team ON circles (org_id, team_id);

-- A member may have no account (`user_id` NULL): a grandparent who never signs
-- in. An account is in a circle at most once.
CREATE TABLE circle_members (
    org_id        BLOB NOT NULL,
    id            BLOB NOT NULL,
    circle_id     BLOB NOT NULL,
    user_id       BLOB REFERENCES users (id),
    display_name  TEXT NOT NULL,
    relationship  TEXT,
    role          TEXT NOT NULL,
    added_at      INTEGER NOT NULL,
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, circle_id) REFERENCES circles (org_id, id),
    UNIQUE (org_id, circle_id, user_id)
);
CREATE INDEX circle_members_by_circle ON circle_members (org_id, circle_id, added_at);
CREATE INDEX circle_members_by_user ON circle_members (org_id, user_id);
