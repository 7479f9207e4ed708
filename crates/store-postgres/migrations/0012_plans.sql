-- Plans in circles (issue 7), and each organisation's choice to use goals.
-- Times are Unix epoch milliseconds (UTC); days are YYYY-MM-DD.

-- A plan is read and saved whole: `body` holds its focus moves, noble truths'
-- notes, actions, goals and reviews as JSON, written and read only by
-- `moves_core::plan::PlanBody`. The columns beside it are what lists, the
-- audience rule and the home page need without reading the body.
-- `framework_id` and `adaptation_version` are the framework version in force
-- when the plan was made: it always reads with that wording. `version` rises
-- with every change, so a change from a stale form is refused.
CREATE TABLE plans (
    org_id              UUID NOT NULL,
    id                  UUID NOT NULL,
    circle_id           UUID NOT NULL,
    framework_id        TEXT NOT NULL,
    adaptation_version  BIGINT NOT NULL CHECK (adaptation_version >= 0),
    audience            TEXT NOT NULL,
    author_id           UUID NOT NULL,
    entered_by          UUID,
    review_due          TEXT NOT NULL,
    closed              BOOLEAN NOT NULL,
    body                TEXT NOT NULL,
    created_at          BIGINT NOT NULL,
    updated_at          BIGINT NOT NULL,
    version             BIGINT NOT NULL,
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, circle_id) REFERENCES circles (org_id, id),
    FOREIGN KEY (org_id, author_id) REFERENCES circle_members (org_id, id)
);
CREATE INDEX plans_by_circle ON plans (org_id, circle_id, created_at);
CREATE INDEX plans_by_review ON plans (org_id, closed, review_due);

-- Goals (Goal Based Outcomes) are off until an administrator switches them on.
CREATE TABLE plan_settings (
    org_id      UUID NOT NULL PRIMARY KEY REFERENCES organisations (id),
    goals_on    BOOLEAN NOT NULL,
    changed_at  BIGINT NOT NULL
);
