/// Runs the INSERT of one session on an executor, giving a `StoreResult`.
#[macro_export]
#[doc(hidden)]
macro_rules! insert_session {
    ($executor:expr, $s:expr) => {
        $crate::reexport::sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, org_id, created_at, last_seen_at, stage)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&$s.token_hash)
        .bind($s.user_id.as_uuid())
        .bind($s.org_id.map(|o| o.as_uuid()))
        .bind($s.created_at.as_millis())
        .bind($s.last_seen_at.as_millis())
        .bind($s.stage.as_str())
        .execute($executor)
        .await
        .map_err($crate::map_err)
    };
}

#[macro_export]
#[doc(hidden)]
macro_rules! impl_session_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::SessionStore for $store {
            async fn create_session(
                &self,
                s: &$crate::reexport::moves_domain::session::Session,
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                $crate::insert_session!(self.writer(), s)?;
                Ok(())
            }

            async fn start_session(
                &self,
                s: &$crate::reexport::moves_domain::session::Session,
                ending: &[String],
                audit: &[$crate::reexport::moves_store::AuditEntry],
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                for old in ending {
                    $crate::reexport::sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                        .bind(old)
                        .execute(&mut *tx)
                        .await
                        .map_err($crate::map_err)?;
                }
                $crate::insert_session!(&mut *tx, s)?;
                $crate::insert_audit_entries!(self, tx, audit)?;
                tx.commit().await.map_err($crate::map_err)
            }

            async fn end_session_audited(
                &self,
                token_hash: &str,
                audit: &[$crate::reexport::moves_store::AuditEntry],
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let done =
                    $crate::reexport::sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                        .bind(token_hash)
                        .execute(&mut *tx)
                        .await
                        .map_err($crate::map_err)?;
                if done.rows_affected() != 1 {
                    return Ok(false);
                }
                $crate::insert_audit_entries!(self, tx, audit)?;
                tx.commit().await.map_err($crate::map_err)?;
                Ok(true)
            }

            async fn session(
                &self,
                token_hash: &str,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::session::Session>,
            > {
                let row: Option<$crate::SessionRow> = $crate::reexport::sqlx::query_as(
                    "SELECT token_hash, user_id, org_id, created_at, last_seen_at, stage
                     FROM sessions WHERE token_hash = $1",
                )
                .bind(token_hash)
                .fetch_optional(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok(row.map(Into::into))
            }

            async fn touch_session(
                &self,
                token_hash: &str,
                at: $crate::reexport::moves_domain::clock::Timestamp,
                org: Option<$crate::reexport::moves_domain::ids::OrgId>,
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                let done = $crate::reexport::sqlx::query(
                    "UPDATE sessions SET last_seen_at = $1, org_id = $2 WHERE token_hash = $3",
                )
                .bind(at.as_millis())
                .bind(org.map(|o| o.as_uuid()))
                .bind(token_hash)
                .execute(self.writer())
                .await
                .map_err($crate::map_err)?;
                Ok(done.rows_affected() == 1)
            }

            async fn end_session(
                &self,
                token_hash: &str,
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                let done =
                    $crate::reexport::sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                        .bind(token_hash)
                        .execute(self.writer())
                        .await
                        .map_err($crate::map_err)?;
                Ok(done.rows_affected() == 1)
            }

            async fn end_sessions_of_user(
                &self,
                user: $crate::reexport::moves_domain::ids::UserId,
            ) -> $crate::reexport::moves_store::StoreResult<u64> {
                let done = $crate::reexport::sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                    .bind(user.as_uuid())
                    .execute(self.writer())
                    .await
                    .map_err($crate::map_err)?;
                Ok(done.rows_affected())
            }

            async fn end_expired_sessions(
                &self,
                idle_before: $crate::reexport::moves_domain::clock::Timestamp,
                started_before: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<u64> {
                let done = $crate::reexport::sqlx::query(
                    "DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2",
                )
                .bind(idle_before.as_millis())
                .bind(started_before.as_millis())
                .execute(self.writer())
                .await
                .map_err($crate::map_err)?;
                Ok(done.rows_affected())
            }
        }
    };
}
