-- Forms sent after the sender's session had ended, kept sealed for a short time
-- (see core::kept_form). The body is encrypted; only ids and times are readable.
CREATE TABLE kept_forms (
    id          BLOB PRIMARY KEY NOT NULL,
    user_id     BLOB NOT NULL REFERENCES users (id),
    path        TEXT NOT NULL,
    sealed      BLOB NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
);
CREATE INDEX kept_forms_by_expiry ON kept_forms (expires_at);
