-- Sign-in attempts counted before they are checked (core::auth::throttle): one
-- counter row per key, upserted by one statement that returns the count, so
-- concurrent attempts on a key each get their own count. Keys are pseudonyms,
-- never a login or an address: 'pair:' (an account from one address), 'acct:'
-- and 'addr:' are SHA-256 digests, 'mfa:' a person's id. account_key is set on
-- 'pair:' rows to the 'acct:' key they belong to, so a used reset link can lift
-- every count of that account at once. Times are Unix epoch milliseconds (UTC).
CREATE TABLE sign_in_attempts (
    throttle_key  TEXT PRIMARY KEY NOT NULL,
    account_key   TEXT,
    window_began  INTEGER NOT NULL,
    attempts      INTEGER NOT NULL
);
CREATE INDEX sign_in_attempts_by_account ON sign_in_attempts (account_key)
    WHERE account_key IS NOT NULL;
CREATE INDEX sign_in_attempts_by_window ON sign_in_attempts (window_began);

-- The failures counted so far carry over as counts, their window from the
-- oldest of each key's: a person's wrong codes, and each account's failures
-- (now toward its limit from every address). The address counts, kept under
-- the address itself until now, lapse with the table, which takes those
-- addresses out of the database.
INSERT INTO sign_in_attempts (throttle_key, account_key, window_began, attempts)
SELECT throttle_key, NULL, MIN(at), COUNT(*) FROM sign_in_failures
WHERE throttle_key NOT LIKE 'addr:%' GROUP BY throttle_key;
DROP TABLE sign_in_failures;
