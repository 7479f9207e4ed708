-- Notes: each circle's dated journal. Times are Unix epoch milliseconds (UTC).

-- `author_id` is whose words they are; `entered_by_id` who typed them with
-- them, when that was someone else. `audience` is the code its author chose
-- (only_me, practitioners, whole_circle, restricted). `about` is the day the
-- note is about (YYYY-MM-DD), which orders the journal. `version` rises with
-- every change, so a change made from a stale form is refused.
CREATE TABLE notes (
    org_id         UUID NOT NULL,
    id             UUID NOT NULL,
    circle_id      UUID NOT NULL,
    author_id      UUID NOT NULL,
    entered_by_id  UUID,
    audience       TEXT NOT NULL,
    body           TEXT NOT NULL,
    about          TEXT NOT NULL,
    written_at     BIGINT NOT NULL,
    changed_at     BIGINT NOT NULL,
    version        BIGINT NOT NULL,
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, circle_id) REFERENCES circles (org_id, id),
    FOREIGN KEY (org_id, author_id) REFERENCES circle_members (org_id, id),
    FOREIGN KEY (org_id, entered_by_id) REFERENCES circle_members (org_id, id),
    CHECK (audience IN ('only_me', 'practitioners', 'whole_circle', 'restricted'))
);
CREATE INDEX notes_journal ON notes (org_id, circle_id, about, written_at);
