-- Sign-in throttling, the first-run setup codes and installation-wide secrets.
-- Times are Unix epoch milliseconds (UTC).

-- One row per failed sign-in, under a key for the account named ('acct:' and a
-- SHA-256 of the login, never the address itself) and one for the address it
-- came from ('addr:...'). In the database so the throttle holds across processes.
CREATE TABLE sign_in_failures (
    id            UUID PRIMARY KEY NOT NULL,
    throttle_key  TEXT NOT NULL,
    at            BIGINT NOT NULL
);
CREATE INDEX sign_in_failures_by_key ON sign_in_failures (throttle_key, at);
CREATE INDEX sign_in_failures_by_time ON sign_in_failures (at);

-- While no organisation exists, each server process stores the SHA-256 of the
-- setup code it printed in its log. Completing setup deletes them all.
CREATE TABLE setup_codes (
    code_hash   TEXT PRIMARY KEY NOT NULL,
    created_at  BIGINT NOT NULL
);

-- Keys every server process must agree on (signing pre-sign-in CSRF tokens,
-- encrypting kept forms). The first process to offer one wins.
CREATE TABLE installation_secrets (
    name    TEXT PRIMARY KEY NOT NULL,
    secret  BYTEA NOT NULL
);
