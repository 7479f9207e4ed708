-- The interface language a person chose (issue 15, point 13): a tag such as
-- 'cy' or 'en-GB'; NULL until they choose, when their browser's wishes decide.
-- A tag the software no longer offers reads as no choice.
ALTER TABLE users ADD COLUMN language TEXT;
