//! The second factor's tables: `mfa_totp`, `mfa_recovery_codes`,
//! `organisation_settings` and `known_devices` (migration 0004).
//!
//! Every use of a secret is one statement whose `WHERE` says what must still be
//! true (a later step, an unused code), so the database decides between
//! concurrent uses: PostgreSQL re-checks the condition after waiting for the
//! row lock, and SQLite has one writer. Of two uses of the same code, on one
//! server or two, exactly one sees a row change.

use moves_domain::auth::mfa::{OrgMfaSetting, TotpFactor};
use moves_domain::clock::Timestamp;
use moves_domain::ids::UserId;
use moves_domain::keys::{Keyring, Purpose};
use moves_store::StoreError;
use uuid::Uuid;

#[derive(sqlx::FromRow)]
pub struct TotpFactorRow {
    pub user_id: Uuid,
    pub secret: String,
    pub created_at: i64,
    pub enrolled_at: Option<i64>,
    pub last_used_step: Option<i64>,
}

impl TryFrom<TotpFactorRow> for TotpFactor {
    type Error = StoreError;
    fn try_from(r: TotpFactorRow) -> Result<Self, StoreError> {
        let last_used_step = r
            .last_used_step
            .map(|s| {
                u64::try_from(s)
                    .map_err(|e| StoreError::Corrupt(format!("second factor's last step: {e}")))
            })
            .transpose()?;
        Ok(TotpFactor {
            user_id: UserId::from_uuid(r.user_id),
            secret: r.secret,
            created_at: Timestamp::from_millis(r.created_at),
            enrolled_at: r.enrolled_at.map(Timestamp::from_millis),
            last_used_step,
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct OrgSettingRow {
    pub mfa_required: bool,
    pub mfa_off_reason: Option<String>,
    pub changed_by: Option<Uuid>,
    pub changed_at: Option<i64>,
}

impl From<OrgSettingRow> for OrgMfaSetting {
    fn from(r: OrgSettingRow) -> Self {
        OrgMfaSetting {
            required: r.mfa_required,
            off_reason: r.mfa_off_reason,
            changed_by: r.changed_by.map(UserId::from_uuid),
            changed_at: r.changed_at.map(Timestamp::from_millis),
        }
    }
}

/// What binds a factor's sealed secret to its person: a secret copied to
/// another person's row does not open.
fn sealing_context(user: UserId) -> [u8; 16] {
    *user.as_uuid().as_bytes()
}

/// A factor's secret as stored: sealed with the installation's keys, so a
/// copy of the database alone gives no one's authenticator.
pub fn seal_totp_secret(keys: &Keyring, user: UserId, secret: &str) -> Result<String, StoreError> {
    keys.seal(
        Purpose::SecondFactor,
        secret.as_bytes(),
        &sealing_context(user),
    )
    .map_err(|e| StoreError::Unavailable(format!("could not seal a second factor: {e}")))
}

/// A factor's secret as read: opened with whichever key sealed it. A secret
/// stored before sealing began is as it was (until it is sealed at the next
/// start: `MfaStore::seal_plain_totp_secrets`).
pub fn open_totp_secret(keys: &Keyring, user: UserId, stored: &str) -> Result<String, StoreError> {
    if !Keyring::is_sealed(stored) {
        return Ok(stored.to_owned());
    }
    let plain = keys
        .open(Purpose::SecondFactor, stored, &sealing_context(user))
        .map_err(|e| StoreError::Corrupt(format!("a second factor's secret: {e}")))?;
    String::from_utf8(plain)
        .map_err(|_| StoreError::Corrupt("a second factor's secret is not text".to_owned()))
}

/// A TOTP step as the databases store it (a 64-bit signed integer). Steps are
/// Unix seconds / 30, nowhere near the limit.
pub fn step_to_db(step: u64) -> Result<i64, StoreError> {
    i64::try_from(step).map_err(|e| StoreError::Corrupt(format!("TOTP step out of range: {e}")))
}

#[macro_export]
#[doc(hidden)]
macro_rules! impl_mfa_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::MfaStore for $store {
            async fn totp_factor(
                &self,
                user: $crate::reexport::moves_domain::ids::UserId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::auth::mfa::TotpFactor>,
            > {
                let row: Option<$crate::TotpFactorRow> = $crate::reexport::sqlx::query_as(
                    "SELECT user_id, secret, created_at, enrolled_at, last_used_step
                     FROM mfa_totp WHERE user_id = $1",
                )
                .bind(user.as_uuid())
                .fetch_optional(self.reader())
                .await
                .map_err($crate::map_err)?;
                let Some(row) = row else {
                    return Ok(None);
                };
                let mut factor: $crate::reexport::moves_domain::auth::mfa::TotpFactor =
                    row.try_into()?;
                factor.secret = $crate::open_totp_secret(self.keys(), factor.user_id, &factor.secret)?;
                Ok(Some(factor))
            }

            async fn begin_totp_enrolment(
                &self,
                f: &$crate::reexport::moves_domain::auth::mfa::TotpFactor,
            ) -> $crate::reexport::moves_store::StoreResult<
                $crate::reexport::moves_domain::auth::mfa::TotpFactor,
            > {
                $crate::reexport::sqlx::query(
                    "INSERT INTO mfa_totp (user_id, secret, created_at, enrolled_at, last_used_step)
                     VALUES ($1, $2, $3, NULL, NULL)
                     ON CONFLICT (user_id) DO NOTHING",
                )
                .bind(f.user_id.as_uuid())
                .bind($crate::seal_totp_secret(self.keys(), f.user_id, &f.secret)?)
                .bind(f.created_at.as_millis())
                .execute(self.writer())
                .await
                .map_err($crate::map_err)?;
                // Read back from the writer: whichever factor is there now.
                let row: $crate::TotpFactorRow = $crate::reexport::sqlx::query_as(
                    "SELECT user_id, secret, created_at, enrolled_at, last_used_step
                     FROM mfa_totp WHERE user_id = $1",
                )
                .bind(f.user_id.as_uuid())
                .fetch_one(self.writer())
                .await
                .map_err($crate::map_err)?;
                let mut factor: $crate::reexport::moves_domain::auth::mfa::TotpFactor =
                    row.try_into()?;
                factor.secret = $crate::open_totp_secret(self.keys(), factor.user_id, &factor.secret)?;
                Ok(factor)
            }

            async fn confirm_totp_enrolment(
                &self,
                user: $crate::reexport::moves_domain::ids::UserId,
                secret: &str,
                step: u64,
                recovery_code_hashes: &[String],
                at: $crate::reexport::moves_domain::clock::Timestamp,
                audit: &[$crate::reexport::moves_store::AuditEntry],
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                let step = $crate::step_to_db(step)?;
                // Dropping `tx` without committing rolls back.
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                // Sealed secrets differ each time they are sealed: compare the
                // opened one, then change exactly the row that was compared.
                let stored: Option<String> = $crate::reexport::sqlx::query_scalar(
                    "SELECT secret FROM mfa_totp WHERE user_id = $1 AND enrolled_at IS NULL",
                )
                .bind(user.as_uuid())
                .fetch_optional(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                let Some(stored) = stored else {
                    return Ok(false);
                };
                let opened = $crate::open_totp_secret(self.keys(), user, &stored)?;
                if !$crate::reexport::moves_domain::auth::token::tokens_equal(&opened, secret) {
                    return Ok(false);
                }
                let done = $crate::reexport::sqlx::query(
                    "UPDATE mfa_totp SET enrolled_at = $1, last_used_step = $2
                     WHERE user_id = $3 AND secret = $4 AND enrolled_at IS NULL",
                )
                .bind(at.as_millis())
                .bind(step)
                .bind(user.as_uuid())
                .bind(&stored)
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if done.rows_affected() != 1 {
                    return Ok(false);
                }
                $crate::reexport::sqlx::query("DELETE FROM mfa_recovery_codes WHERE user_id = $1")
                    .bind(user.as_uuid())
                    .execute(&mut *tx)
                    .await
                    .map_err($crate::map_err)?;
                for hash in recovery_code_hashes {
                    $crate::reexport::sqlx::query(
                        "INSERT INTO mfa_recovery_codes (user_id, code_hash, created_at, used_at)
                         VALUES ($1, $2, $3, NULL)",
                    )
                    .bind(user.as_uuid())
                    .bind(hash)
                    .bind(at.as_millis())
                    .execute(&mut *tx)
                    .await
                    .map_err($crate::map_err)?;
                }
                $crate::insert_audit_entries!(self, tx, audit)?;
                tx.commit().await.map_err($crate::map_err)?;
                Ok(true)
            }

            async fn use_totp_step(
                &self,
                user: $crate::reexport::moves_domain::ids::UserId,
                step: u64,
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                let step = $crate::step_to_db(step)?;
                let done = $crate::reexport::sqlx::query(
                    "UPDATE mfa_totp SET last_used_step = $1
                     WHERE user_id = $2 AND enrolled_at IS NOT NULL
                       AND (last_used_step IS NULL OR last_used_step < $1)",
                )
                .bind(step)
                .bind(user.as_uuid())
                .execute(self.writer())
                .await
                .map_err($crate::map_err)?;
                Ok(done.rows_affected() == 1)
            }

            async fn use_recovery_code(
                &self,
                user: $crate::reexport::moves_domain::ids::UserId,
                code_hash: &str,
                at: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                let done = $crate::reexport::sqlx::query(
                    "UPDATE mfa_recovery_codes SET used_at = $1
                     WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL",
                )
                .bind(at.as_millis())
                .bind(user.as_uuid())
                .bind(code_hash)
                .execute(self.writer())
                .await
                .map_err($crate::map_err)?;
                Ok(done.rows_affected() == 1)
            }

            async fn unused_recovery_codes(
                &self,
                user: $crate::reexport::moves_domain::ids::UserId,
            ) -> $crate::reexport::moves_store::StoreResult<u64> {
                let (n,): (i64,) = $crate::reexport::sqlx::query_as(
                    "SELECT COUNT(*) FROM mfa_recovery_codes WHERE user_id = $1 AND used_at IS NULL",
                )
                .bind(user.as_uuid())
                .fetch_one(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok(u64::try_from(n).unwrap_or(0))
            }

            async fn seal_plain_totp_secrets(
                &self,
            ) -> $crate::reexport::moves_store::StoreResult<u64> {
                let rows: Vec<(
                    $crate::reexport::uuid::Uuid,
                    String,
                )> = $crate::reexport::sqlx::query_as("SELECT user_id, secret FROM mfa_totp")
                    .fetch_all(self.writer())
                    .await
                    .map_err($crate::map_err)?;
                let mut sealed = 0;
                for (user, secret) in rows {
                    if $crate::reexport::moves_domain::keys::Keyring::is_sealed(&secret) {
                        continue;
                    }
                    let user_id = $crate::reexport::moves_domain::ids::UserId::from_uuid(user);
                    let done = $crate::reexport::sqlx::query(
                        "UPDATE mfa_totp SET secret = $1 WHERE user_id = $2 AND secret = $3",
                    )
                    .bind($crate::seal_totp_secret(self.keys(), user_id, &secret)?)
                    .bind(user)
                    .bind(&secret)
                    .execute(self.writer())
                    .await
                    .map_err($crate::map_err)?;
                    sealed += done.rows_affected();
                }
                Ok(sealed)
            }

            async fn reset_mfa(
                &self,
                user: $crate::reexport::moves_domain::ids::UserId,
                audit: &[$crate::reexport::moves_store::AuditEntry],
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let codes =
                    $crate::reexport::sqlx::query("DELETE FROM mfa_recovery_codes WHERE user_id = $1")
                        .bind(user.as_uuid())
                        .execute(&mut *tx)
                        .await
                        .map_err($crate::map_err)?;
                let factor = $crate::reexport::sqlx::query("DELETE FROM mfa_totp WHERE user_id = $1")
                    .bind(user.as_uuid())
                    .execute(&mut *tx)
                    .await
                    .map_err($crate::map_err)?;
                if codes.rows_affected() == 0 && factor.rows_affected() == 0 {
                    return Ok(false);
                }
                // Whoever holds the lost factor's sessions is signed out with it.
                $crate::reexport::sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                    .bind(user.as_uuid())
                    .execute(&mut *tx)
                    .await
                    .map_err($crate::map_err)?;
                $crate::insert_audit_entries!(self, tx, audit)?;
                tx.commit().await.map_err($crate::map_err)?;
                Ok(true)
            }

            async fn totp_enrolments(
                &self,
                users: &[$crate::reexport::moves_domain::ids::UserId],
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<(
                    $crate::reexport::moves_domain::ids::UserId,
                    $crate::reexport::moves_domain::clock::Timestamp,
                )>,
            > {
                if users.is_empty() {
                    return Ok(Vec::new());
                }
                let mut sql = $crate::reexport::sqlx::QueryBuilder::new(
                    "SELECT user_id, enrolled_at FROM mfa_totp
                     WHERE enrolled_at IS NOT NULL AND user_id IN (",
                );
                let mut list = sql.separated(", ");
                for id in users {
                    list.push_bind(id.as_uuid());
                }
                sql.push(") ORDER BY user_id");
                let rows: Vec<($crate::reexport::uuid::Uuid, i64)> = sql
                    .build_query_as()
                    .fetch_all(self.reader())
                    .await
                    .map_err($crate::map_err)?;
                Ok(rows
                    .into_iter()
                    .map(|(u, at)| {
                        (
                            $crate::reexport::moves_domain::ids::UserId::from_uuid(u),
                            $crate::reexport::moves_domain::clock::Timestamp::from_millis(at),
                        )
                    })
                    .collect())
            }

            async fn org_mfa_setting(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
            ) -> $crate::reexport::moves_store::StoreResult<
                $crate::reexport::moves_domain::auth::mfa::OrgMfaSetting,
            > {
                let row: Option<$crate::OrgSettingRow> = $crate::reexport::sqlx::query_as(
                    "SELECT mfa_required, mfa_off_reason, changed_by, changed_at
                     FROM organisation_settings WHERE org_id = $1",
                )
                .bind(org.as_uuid())
                .fetch_optional(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok(row.map(Into::into).unwrap_or_default())
            }

            async fn set_org_mfa_setting(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                setting: &$crate::reexport::moves_domain::auth::mfa::OrgMfaSetting,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                $crate::reexport::sqlx::query(
                    "INSERT INTO organisation_settings
                         (org_id, mfa_required, mfa_off_reason, changed_by, changed_at)
                     VALUES ($1, $2, $3, $4, $5)
                     ON CONFLICT (org_id) DO UPDATE SET
                         mfa_required = excluded.mfa_required,
                         mfa_off_reason = excluded.mfa_off_reason,
                         changed_by = excluded.changed_by,
                         changed_at = excluded.changed_at",
                )
                .bind(org.as_uuid())
                .bind(setting.required)
                .bind(setting.off_reason.as_deref())
                .bind(setting.changed_by.map(|u| u.as_uuid()))
                .bind(setting.changed_at.map(|t| t.as_millis()))
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                $crate::commit_with_audit!(self, tx, audit)
            }

            async fn remember_device(
                &self,
                user: $crate::reexport::moves_domain::ids::UserId,
                device_hash: &str,
                at: $crate::reexport::moves_domain::clock::Timestamp,
                audit_if_new: &[$crate::reexport::moves_store::AuditEntry],
            ) -> $crate::reexport::moves_store::StoreResult<
                $crate::reexport::moves_domain::auth::mfa::DeviceSeen,
            > {
                use $crate::reexport::moves_domain::auth::mfa::DeviceSeen;
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let (known, others): (i64, i64) = $crate::reexport::sqlx::query_as(
                    "SELECT
                         COALESCE(SUM(CASE WHEN device_hash = $2 THEN 1 ELSE 0 END), 0),
                         COUNT(*)
                     FROM known_devices WHERE user_id = $1",
                )
                .bind(user.as_uuid())
                .bind(device_hash)
                .fetch_one(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if known > 0 {
                    return Ok(DeviceSeen::Known);
                }
                let is_new = others > 0;
                let done = $crate::reexport::sqlx::query(
                    "INSERT INTO known_devices (user_id, device_hash, first_seen, is_new)
                     VALUES ($1, $2, $3, $4)
                     ON CONFLICT (user_id, device_hash) DO NOTHING",
                )
                .bind(user.as_uuid())
                .bind(device_hash)
                .bind(at.as_millis())
                .bind(is_new)
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if is_new && done.rows_affected() == 1 {
                    $crate::insert_audit_entries!(self, tx, audit_if_new)?;
                }
                tx.commit().await.map_err($crate::map_err)?;
                Ok(match (done.rows_affected(), is_new) {
                    // Another sign-in from the same device got there first.
                    (0, _) => DeviceSeen::Known,
                    (_, true) => DeviceSeen::New,
                    (_, false) => DeviceSeen::First,
                })
            }

            async fn latest_new_device(
                &self,
                user: $crate::reexport::moves_domain::ids::UserId,
                since: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::clock::Timestamp>,
            > {
                let (latest,): (Option<i64>,) = $crate::reexport::sqlx::query_as(
                    "SELECT MAX(first_seen) FROM known_devices
                     WHERE user_id = $1 AND is_new = $2 AND first_seen >= $3",
                )
                .bind(user.as_uuid())
                .bind(true)
                .bind(since.as_millis())
                .fetch_one(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok(latest.map($crate::reexport::moves_domain::clock::Timestamp::from_millis))
            }
        }
    };
}
