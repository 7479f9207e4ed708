-- A short check (issue 15): the moves a perspective's author picked to
-- answer, as move ids separated by commas, in the framework's order. NULL
-- goes through every move. Moves not picked stay unanswered.
ALTER TABLE check_perspectives ADD COLUMN chosen_moves TEXT;
