-- An invitation sets a password only for an account it made (or one nobody
-- had claimed): `new_account`. An invitation for an account that exists
-- already never sets or resets its password; that person accepts by signing
-- in as themselves. Before this, every invitation could: the ones still
-- waiting keep that power only where it cannot take anything over (an
-- account without a password, a role or the installation's administration).
-- The code checks those again when the link is used.
--
-- `used_at` now also records when a link was ended without being used: a
-- newer set-password link, or a password set by any path, ends the older ones.
ALTER TABLE one_time_tokens ADD COLUMN new_account INTEGER NOT NULL DEFAULT 0;

UPDATE one_time_tokens SET new_account = 1
WHERE purpose = 'invite'
  AND used_at IS NULL
  AND user_id IN (
      SELECT u.id FROM users u
      WHERE u.password_hash IS NULL
        AND u.installation_admin = 0
        AND NOT EXISTS (
            SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.revoked_at IS NULL
        )
  );
