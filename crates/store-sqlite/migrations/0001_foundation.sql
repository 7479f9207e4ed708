-- Organisations, people, memberships, sessions and the audit log.
-- Every tenant-owned table carries org_id in its key (tenant isolation, and ready
-- for sharding by organisation). Times are Unix epoch milliseconds (UTC).

CREATE TABLE organisations (
    id          BLOB PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    is_demo     INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL
);

-- People are installation-wide: one person may belong to several organisations.
CREATE TABLE users (
    id                  BLOB PRIMARY KEY NOT NULL,
    display_name        TEXT NOT NULL,
    email               TEXT,
    email_key           TEXT UNIQUE,
    username            TEXT,
    username_key        TEXT UNIQUE,
    password_hash       TEXT,
    installation_admin  INTEGER NOT NULL DEFAULT 0,
    created_at          INTEGER NOT NULL
);

CREATE TABLE memberships (
    org_id      BLOB NOT NULL REFERENCES organisations (id),
    id          BLOB NOT NULL,
    user_id     BLOB NOT NULL REFERENCES users (id),
    role        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    revoked_at  INTEGER,
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, user_id, role)
);
CREATE INDEX memberships_by_user ON memberships (user_id);

CREATE TABLE sessions (
    token_hash    TEXT PRIMARY KEY NOT NULL,
    user_id       BLOB NOT NULL REFERENCES users (id),
    org_id        BLOB,
    created_at    INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Append-only. Installation-wide events use the nil id as org_id.
CREATE TABLE audit_log (
    org_id    BLOB NOT NULL,
    id        BLOB NOT NULL,
    at        INTEGER NOT NULL,
    actor_id  BLOB,
    action    TEXT NOT NULL,
    subject   TEXT,
    detail    TEXT,
    PRIMARY KEY (org_id, id)
);
CREATE INDEX audit_log_by_time ON audit_log (org_id, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
