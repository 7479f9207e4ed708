-- Organisations' adaptations of the framework. Append-only: every version is
-- kept under (org_id, version), so a record made with version N always reads
-- with version N's wording. A second save of the same version fails on the key
-- instead of overwriting. Times are Unix epoch milliseconds (UTC).

-- `body` is the adaptation as its TOML file (docs/framework-format.md);
-- `framework_id` and `overlay_id` repeat what it says, for the history list.
-- `change` is what made the version (`reworded:basics.housing`): ids only.
CREATE TABLE framework_adaptations (
    org_id        UUID NOT NULL REFERENCES organisations (id),
    version       BIGINT NOT NULL CHECK (version > 0),
    framework_id  TEXT NOT NULL,
    overlay_id    TEXT,
    body          TEXT NOT NULL,
    change        TEXT NOT NULL,
    saved_by      UUID REFERENCES users (id),
    saved_at      BIGINT NOT NULL,
    PRIMARY KEY (org_id, version)
);
