-- How many changes each person made in each hour (the window's start, Unix
-- epoch milliseconds), so that no one account can write without limit; counted
-- in the database so every server agrees. Swept after the window.
CREATE TABLE write_budget (
    user_id       UUID NOT NULL,
    window_start  BIGINT NOT NULL,
    writes        BIGINT NOT NULL,
    PRIMARY KEY (user_id, window_start)
);
