-- One-time links: set a password, accept an invitation. Single-use and expiring.
-- Installation-wide like sessions: the key is the SHA-256 of the token in the
-- link (the token itself is never stored). Times are Unix epoch milliseconds (UTC).
CREATE TABLE one_time_tokens (
    token_hash  TEXT PRIMARY KEY NOT NULL,
    user_id     UUID NOT NULL REFERENCES users (id),
    -- The organisation the link was made for, if any.
    org_id      UUID REFERENCES organisations (id),
    -- 'set_password' or 'invite'; an invitation's role is in `role`.
    purpose     TEXT NOT NULL,
    role        TEXT,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    -- Set once, by the only use that succeeds.
    used_at     BIGINT
);
CREATE INDEX one_time_tokens_by_user ON one_time_tokens (user_id);
