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

            async fn accept_invitation(
                &self,
                a: &$crate::reexport::moves_store::InviteAcceptance<'_>,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::ids::MembershipId>,
            > {
                use $crate::reexport::moves_domain::ids::MembershipId;
                let m = a.membership;
                // Dropping `tx` without committing rolls back.
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let used = $crate::reexport::sqlx::query(
                    "UPDATE one_time_tokens SET used_at = $1
                     WHERE token_hash = $2 AND user_id = $3 AND used_at IS NULL
                       AND expires_at > $1",
                )
                .bind(a.at.as_millis())
                .bind(a.link)
                .bind(m.user_id.as_uuid())
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if used.rows_affected() != 1 {
                    return Ok(None);
                }
                if let Some(hash) = a.first_password {
                    // Only while the account has none: an invitation never
                    // replaces a password.
                    let set = $crate::reexport::sqlx::query(
                        "UPDATE users SET password_hash = $1 WHERE id = $2 AND password_hash IS NULL",
                    )
                    .bind(hash)
                    .bind(m.user_id.as_uuid())
                    .execute(&mut *tx)
                    .await
                    .map_err($crate::map_err)?;
                    if set.rows_affected() != 1 {
                        return Ok(None);
                    }
                    $crate::end_set_password_links!(&mut *tx, m.user_id, a.at)?;
                    $crate::reexport::sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                        .bind(m.user_id.as_uuid())
                        .execute(&mut *tx)
                        .await
                        .map_err($crate::map_err)?;
                }
                // A role taken away is given back; one held now is left as it is.
                let restored: Option<($crate::reexport::uuid::Uuid,)> =
                    $crate::reexport::sqlx::query_as(
                        "UPDATE memberships SET revoked_at = NULL, created_at = $1
                         WHERE org_id = $2 AND user_id = $3 AND role = $4
                           AND revoked_at IS NOT NULL
                         RETURNING id",
                    )
                    .bind(a.at.as_millis())
                    .bind(m.org_id.as_uuid())
                    .bind(m.user_id.as_uuid())
                    .bind(m.role.as_str())
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err($crate::map_err)?;
                let id = match restored {
                    Some((id,)) => MembershipId::from_uuid(id),
                    None => {
                        let held: Option<($crate::reexport::uuid::Uuid,)> =
                            $crate::reexport::sqlx::query_as(
                                "SELECT id FROM memberships
                                 WHERE org_id = $1 AND user_id = $2 AND role = $3",
                            )
                            .bind(m.org_id.as_uuid())
                            .bind(m.user_id.as_uuid())
                            .bind(m.role.as_str())
                            .fetch_optional(&mut *tx)
                            .await
                            .map_err($crate::map_err)?;
                        match held {
                            Some((id,)) => MembershipId::from_uuid(id),
                            None => {
                                $crate::insert_membership!(&mut *tx, m)?;
                                m.id
                            }
                        }
                    }
                };
                let entries = (a.audit)(id);
                $crate::insert_audit_entries!(self, tx, entries)?;
                tx.commit().await.map_err($crate::map_err)?;
                Ok(Some(id))
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
