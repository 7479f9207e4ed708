-- Resilience checks. Times are Unix epoch milliseconds (UTC).

-- A check keeps the framework version it was started on (`edition`,
-- `adaptation_version`), so it always reads with that wording. `version`
-- rises with every save of the agreed version.
CREATE TABLE checks (
    org_id              BLOB NOT NULL,
    id                  BLOB NOT NULL,
    circle_id           BLOB NOT NULL,
    edition             TEXT NOT NULL,
    adaptation_version  INTEGER NOT NULL,
    started_by          BLOB NOT NULL,
    started_at          INTEGER NOT NULL,
    agreed_at           INTEGER,
    version             INTEGER NOT NULL,
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, circle_id) REFERENCES circles (org_id, id),
    FOREIGN KEY (org_id, started_by) REFERENCES circle_members (org_id, id)
);
CREATE INDEX checks_by_circle ON checks (org_id, circle_id, started_at);

-- The version agreed together, move by move: never anyone's own view.
CREATE TABLE check_agreed_answers (
    org_id       BLOB NOT NULL,
    check_id     BLOB NOT NULL,
    move_id      TEXT NOT NULL,
    compartment  TEXT NOT NULL,
    status       TEXT NOT NULL,
    note         TEXT,
    PRIMARY KEY (org_id, check_id, move_id),
    FOREIGN KEY (org_id, check_id) REFERENCES checks (org_id, id)
);

-- One perspective per author per check. `audience` 'only_me' is a draft.
CREATE TABLE check_perspectives (
    org_id      BLOB NOT NULL,
    id          BLOB NOT NULL,
    check_id    BLOB NOT NULL,
    circle_id   BLOB NOT NULL,
    author_id   BLOB NOT NULL,
    entered_by  BLOB,
    audience    TEXT NOT NULL,
    shared_at   INTEGER,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    version     INTEGER NOT NULL,
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, check_id) REFERENCES checks (org_id, id),
    FOREIGN KEY (org_id, author_id) REFERENCES circle_members (org_id, id),
    FOREIGN KEY (org_id, entered_by) REFERENCES circle_members (org_id, id),
    UNIQUE (org_id, check_id, author_id)
);
CREATE INDEX check_perspectives_by_circle ON check_perspectives (org_id, circle_id, created_at);

CREATE TABLE check_answers (
    org_id          BLOB NOT NULL,
    perspective_id  BLOB NOT NULL,
    move_id         TEXT NOT NULL,
    compartment     TEXT NOT NULL,
    status          TEXT NOT NULL,
    note            TEXT,
    PRIMARY KEY (org_id, perspective_id, move_id),
    FOREIGN KEY (org_id, perspective_id) REFERENCES check_perspectives (org_id, id)
);
