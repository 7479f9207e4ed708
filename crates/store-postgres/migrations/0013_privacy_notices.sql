-- Organisations' privacy notices, and who has read which version. Append-only:
-- each saved change is a new version, so it is known which wording a person
-- read. Times are Unix epoch milliseconds (UTC).

-- Version 0 is the notice the platform ships; it is never stored.
CREATE TABLE privacy_notices (
    org_id        UUID NOT NULL REFERENCES organisations (id),
    version       BIGINT NOT NULL CHECK (version > 0),
    standard      TEXT NOT NULL,
    young_person  TEXT NOT NULL,
    saved_by      UUID REFERENCES users (id),
    saved_at      BIGINT NOT NULL,
    PRIMARY KEY (org_id, version)
);

CREATE TABLE privacy_notice_reads (
    org_id   UUID NOT NULL REFERENCES organisations (id),
    user_id  UUID NOT NULL REFERENCES users (id),
    version  BIGINT NOT NULL CHECK (version >= 0),
    read_at  BIGINT NOT NULL,
    PRIMARY KEY (org_id, user_id, version)
);
