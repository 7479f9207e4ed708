-- The keys that signed form tokens and sealed kept forms were kept here, in
-- the database they protect. They now come from the installation's keys,
-- kept outside it (keys.toml or MOVES_KEYS); the old ones go. Forms open in
-- a browser across the upgrade are refused once and sent again. What stays
-- in this table is only a check of which keys the database was written
-- with (`keyring-check`), never a key.
DELETE FROM installation_secrets WHERE name IN ('csrf', 'kept-forms');
