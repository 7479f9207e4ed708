-- The second factor: staff's TOTP factors and recovery codes, each organisation's
-- setting, sessions that wait for a second factor, and the devices of people who
-- have none (parents, carers, young people). Times are Unix epoch milliseconds (UTC).

-- 'full', or 'second_factor' while the password was right but the second factor
-- is still to come (such a session reaches only the second-factor pages).
ALTER TABLE sessions ADD COLUMN stage TEXT NOT NULL DEFAULT 'full';

-- One factor per person. `secret` is the base32 TOTP key, stored as given:
-- encrypting it at rest is a later issue. Until `enrolled_at` is set the factor
-- is only being set up and counts for nothing. A code is accepted only if its
-- step is later than `last_used_step`, so no code works twice.
CREATE TABLE mfa_totp (
    user_id         UUID PRIMARY KEY NOT NULL REFERENCES users (id),
    secret          TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    enrolled_at     BIGINT,
    last_used_step  BIGINT
);

-- Single-use recovery codes: the SHA-256 of each (never the code), and when it
-- was used.
CREATE TABLE mfa_recovery_codes (
    user_id     UUID NOT NULL REFERENCES users (id),
    code_hash   TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    used_at     BIGINT,
    PRIMARY KEY (user_id, code_hash)
);

-- Per-organisation settings. A missing row means the defaults: a second factor
-- is required of staff. It can be turned off only with a reason.
CREATE TABLE organisation_settings (
    org_id          UUID PRIMARY KEY NOT NULL REFERENCES organisations (id),
    mfa_required    BOOLEAN NOT NULL DEFAULT TRUE,
    mfa_off_reason  TEXT,
    changed_by      UUID,
    changed_at      BIGINT
);

-- Devices that people without a second factor signed in from: the SHA-256 of a
-- random id their browser keeps. `is_new` is set when the person had signed in
-- from another device before (they are told on their home page).
CREATE TABLE known_devices (
    user_id      UUID NOT NULL REFERENCES users (id),
    device_hash  TEXT NOT NULL,
    first_seen   BIGINT NOT NULL,
    is_new       BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (user_id, device_hash)
);
