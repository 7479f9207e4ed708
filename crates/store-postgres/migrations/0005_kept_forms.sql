-- Forms sent after the sender's session had ended, kept sealed for a short time
-- (see core::kept_form). The body is encrypted; only ids and times are readable.
CREATE TABLE kept_forms (
    id          UUID PRIMARY KEY NOT NULL,
    user_id     UUID NOT NULL REFERENCES users (id),
    path        TEXT NOT NULL,
    sealed      BYTEA NOT NULL,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX kept_forms_by_expiry ON kept_forms (expires_at);
