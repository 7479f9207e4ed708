-- One-use keys of forms that make something (a circle, a note, a check, a
-- plan): the server makes the new thing's id, and the first sending of a form
-- binds its key to that id, so the same form sent twice makes one thing. Keys
-- are each person's own. Kept a day, then swept. Times are Unix epoch
-- milliseconds (UTC).
CREATE TABLE form_keys (
    user_id     UUID NOT NULL,
    form_key    TEXT NOT NULL,
    made_id     UUID NOT NULL,
    claimed_at  BIGINT NOT NULL,
    PRIMARY KEY (user_id, form_key)
);
CREATE INDEX form_keys_by_age ON form_keys (claimed_at);
