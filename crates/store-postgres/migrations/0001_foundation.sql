-- Organisations, people, memberships, sessions and the audit log.
-- Every tenant-owned table carries org_id in its key (tenant isolation, and ready
-- for sharding by organisation). Times are Unix epoch milliseconds (UTC).

CREATE TABLE organisations (
    id          UUID PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    is_demo     BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  BIGINT NOT NULL
);

-- People are installation-wide: one person may belong to several organisations.
CREATE TABLE users (
    id                  UUID PRIMARY KEY NOT NULL,
    display_name        TEXT NOT NULL,
    email               TEXT,
    email_key           TEXT UNIQUE,
    username            TEXT,
    username_key        TEXT UNIQUE,
    password_hash       TEXT,
    installation_admin  BOOLEAN NOT NULL DEFAULT FALSE,
    created_at          BIGINT NOT NULL
);

CREATE TABLE memberships (
    org_id      UUID NOT NULL REFERENCES organisations (id),
    id          UUID NOT NULL,
    user_id     UUID NOT NULL REFERENCES users (id),
    role        TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    revoked_at  BIGINT,
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, user_id, role)
);
CREATE INDEX memberships_by_user ON memberships (user_id);

CREATE TABLE sessions (
    token_hash    TEXT PRIMARY KEY NOT NULL,
    user_id       UUID NOT NULL REFERENCES users (id),
    org_id        UUID,
    created_at    BIGINT NOT NULL,
    last_seen_at  BIGINT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Append-only. Installation-wide events use the nil id as org_id.
CREATE TABLE audit_log (
    org_id    UUID NOT NULL,
    id        UUID NOT NULL,
    at        BIGINT NOT NULL,
    actor_id  UUID,
    action    TEXT NOT NULL,
    subject   TEXT,
    detail    TEXT,
    PRIMARY KEY (org_id, id)
);
CREATE INDEX audit_log_by_time ON audit_log (org_id, at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
