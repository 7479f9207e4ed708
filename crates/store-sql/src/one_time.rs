//! One-time links. Using one is a single `UPDATE ... RETURNING` whose `WHERE`
//! demands an unused, unexpired token: the database serialises concurrent
//! updates of one row (PostgreSQL re-checks the condition after waiting for the
//! row lock; SQLite has one writer), so at most one use ever sees a row come back.
//! `RETURNING` needs SQLite 3.35 or later, which sqlx bundles.

/// Writes the link `$t` in the transaction `$tx` (ending the person's older
/// set-password links first), returning early with the error if it fails:
/// shared by `create_one_time_token` and `issue_one_time_token`.
#[macro_export]
#[doc(hidden)]
macro_rules! insert_one_time_token {
    ($tx:ident, $t:ident) => {
        // A new set-password link is the only one that works: several
        // live at once would each be a way in.
        if $t.purpose == $crate::reexport::moves_domain::auth::one_time::Purpose::SetPassword {
            $crate::end_set_password_links!(&mut *$tx, $t.user_id, $t.created_at)?;
        }
        $crate::reexport::sqlx::query(
            "INSERT INTO one_time_tokens
                 (token_hash, user_id, org_id, purpose, role, created_at, expires_at, used_at,
                  new_account)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(&$t.token_hash)
        .bind($t.user_id.as_uuid())
        .bind($t.org_id.map(|o| o.as_uuid()))
        .bind($t.purpose.code())
        .bind($t.purpose.role().map(|r| r.as_str()))
        .bind($t.created_at.as_millis())
        .bind($t.expires_at.as_millis())
        .bind($t.used_at.map(|u| u.as_millis()))
        .bind($t.new_account)
        .execute(&mut *$tx)
        .await
        .map_err($crate::map_err)?;
    };
}

/// Ends (marks used at `$at`) every live set-password link of `$user`, on an
/// executor inside the caller's transaction.
#[macro_export]
#[doc(hidden)]
macro_rules! end_set_password_links {
    ($executor:expr, $user:expr, $at:expr) => {
        $crate::reexport::sqlx::query(
            "UPDATE one_time_tokens SET used_at = $1
             WHERE user_id = $2 AND purpose = 'set_password' AND used_at IS NULL",
        )
        .bind($at.as_millis())
        .bind($user.as_uuid())
        .execute($executor)
        .await
        .map_err($crate::map_err)
    };
}

#[macro_export]
#[doc(hidden)]
macro_rules! impl_one_time_token_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::OneTimeTokenStore for $store {
            async fn create_one_time_token(
                &self,
                t: &$crate::reexport::moves_domain::auth::one_time::OneTimeToken,
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                $crate::insert_one_time_token!(tx, t);
                tx.commit().await.map_err($crate::map_err)
            }

            async fn issue_one_time_token(
                &self,
                t: &$crate::reexport::moves_domain::auth::one_time::OneTimeToken,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                $crate::insert_one_time_token!(tx, t);
                $crate::commit_with_audit!(self, tx, audit)
            }

            async fn one_time_token(
                &self,
                token_hash: &str,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::auth::one_time::OneTimeToken>,
            > {
                let row: Option<$crate::OneTimeTokenRow> = $crate::reexport::sqlx::query_as(
                    "SELECT token_hash, user_id, org_id, purpose, role, created_at, expires_at, used_at,
                            new_account
                     FROM one_time_tokens WHERE token_hash = $1",
                )
                .bind(token_hash)
                .fetch_optional(self.reader())
                .await
                .map_err($crate::map_err)?;
                row.map(TryInto::try_into).transpose()
            }

            async fn live_one_time_tokens(
                &self,
                user: $crate::reexport::moves_domain::ids::UserId,
                now: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<u64> {
                let (n,): (i64,) = $crate::reexport::sqlx::query_as(
                    "SELECT count(*) FROM one_time_tokens
                     WHERE user_id = $1 AND used_at IS NULL AND expires_at > $2",
                )
                .bind(user.as_uuid())
                .bind(now.as_millis())
                .fetch_one(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok(u64::try_from(n).unwrap_or(0))
            }

            async fn use_one_time_token(
                &self,
                token_hash: &str,
                now: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::auth::one_time::OneTimeToken>,
            > {
                let row: Option<$crate::OneTimeTokenRow> = $crate::reexport::sqlx::query_as(
                    "UPDATE one_time_tokens SET used_at = $1
                     WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1
                     RETURNING token_hash, user_id, org_id, purpose, role, created_at, expires_at, used_at,
                               new_account",
                )
                .bind(now.as_millis())
                .bind(token_hash)
                .fetch_optional(self.writer())
                .await
                .map_err($crate::map_err)?;
                row.map(TryInto::try_into).transpose()
            }
        }
    };
}
