-- What the person who decides about sharing in a circle agreed may be shared,
-- with whom, and when. Never rewritten: an agreement is ended when they change
-- their mind, so what was agreed at the time stays known. Times are Unix epoch
-- milliseconds (UTC).
CREATE TABLE sharing_agreements (
    org_id       UUID NOT NULL,
    id           UUID NOT NULL,
    circle_id    UUID NOT NULL,
    decided_by   UUID NOT NULL,
    what         TEXT NOT NULL,
    with_whom    TEXT NOT NULL,
    recorded_by  UUID NOT NULL,
    recorded_at  BIGINT NOT NULL,
    ended_by     UUID,
    ended_at     BIGINT,
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, circle_id) REFERENCES circles (org_id, id),
    FOREIGN KEY (org_id, decided_by) REFERENCES circle_members (org_id, id),
    FOREIGN KEY (org_id, recorded_by) REFERENCES circle_members (org_id, id),
    CHECK ((ended_by IS NULL) = (ended_at IS NULL))
);
CREATE INDEX sharing_agreements_by_circle ON sharing_agreements (org_id, circle_id, recorded_at);
