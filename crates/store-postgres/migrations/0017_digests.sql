-- Email digests (`moves digest`): who asked for them, and when the last one
-- was sent to each person for each organisation. Times are Unix epoch
-- milliseconds (UTC).

-- A row while the person wants digests (off by default: no row).
CREATE TABLE digest_choices (
    user_id     UUID PRIMARY KEY NOT NULL REFERENCES users (id),
    chosen_at   BIGINT NOT NULL
);

-- When the last digest about an organisation went to a person; what was new
-- before then is not told of again.
CREATE TABLE digest_sends (
    org_id      UUID NOT NULL REFERENCES organisations (id),
    user_id     UUID NOT NULL REFERENCES users (id),
    sent_at     BIGINT NOT NULL,
    PRIMARY KEY (org_id, user_id)
);
