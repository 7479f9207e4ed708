-- The home page keeps what was new at the start of a sitting while the person
-- looks again within it (core::home::visit). NULL: everything is new (they
-- had not looked before that sitting).
ALTER TABLE home_visits ADD COLUMN since_at INTEGER;

-- Check perspectives shared in a person's circles since they last looked.
CREATE INDEX check_perspectives_shared ON check_perspectives (org_id, shared_at);
