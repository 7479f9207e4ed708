/// The first run. `complete_setup` is one transaction; what makes two concurrent
/// setups wait for each other differs by backend, so the store type provides
/// `SETUP_LOCK`: a statement run first inside the transaction (PostgreSQL: `LOCK
/// TABLE setup_codes IN EXCLUSIVE MODE`), or `None` where writes are already
/// serialised (SQLite: one writer connection, and SQLite transactions are
/// serialisable across processes too).
#[macro_export]
#[doc(hidden)]
macro_rules! impl_setup_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::SetupStore for $store {
            async fn add_setup_code(
                &self,
                code_hash: &str,
                at: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                let done = $crate::reexport::sqlx::query(
                    "INSERT INTO setup_codes (code_hash, created_at)
                     SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM organisations)
                     ON CONFLICT (code_hash) DO NOTHING",
                )
                .bind(code_hash)
                .bind(at.as_millis())
                .execute(self.writer())
                .await
                .map_err($crate::map_err)?;
                if done.rows_affected() == 1 {
                    return Ok(true);
                }
                // Nothing inserted: set up already, or this code was added before.
                let (known,): (i64,) = $crate::reexport::sqlx::query_as(
                    "SELECT COUNT(*) FROM setup_codes
                     WHERE code_hash = $1 AND NOT EXISTS (SELECT 1 FROM organisations)",
                )
                .bind(code_hash)
                .fetch_one(self.writer())
                .await
                .map_err($crate::map_err)?;
                Ok(known > 0)
            }

            async fn setup_codes_exist(&self) -> $crate::reexport::moves_store::StoreResult<bool> {
                let (n,): (i64,) = $crate::reexport::sqlx::query_as(
                    "SELECT COUNT(*) FROM (SELECT 1 FROM setup_codes LIMIT 1) AS any_code",
                )
                .fetch_one(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok(n > 0)
            }

            async fn complete_setup(
                &self,
                code_hash: &str,
                org: &$crate::reexport::moves_domain::organisation::Organisation,
                admin: &$crate::reexport::moves_domain::user::User,
                membership: &$crate::reexport::moves_domain::membership::Membership,
                audit: &[$crate::reexport::moves_store::AuditEntry],
            ) -> $crate::reexport::moves_store::StoreResult<
                $crate::reexport::moves_store::SetupOutcome,
            > {
                use $crate::reexport::moves_store::SetupOutcome;
                // Dropping `tx` without committing rolls everything back, so every
                // early return below writes nothing.
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                if let Some(lock) = <$store>::SETUP_LOCK {
                    $crate::reexport::sqlx::query(lock)
                        .execute(&mut *tx)
                        .await
                        .map_err($crate::map_err)?;
                }
                let (orgs,): (i64,) = $crate::reexport::sqlx::query_as(
                    "SELECT COUNT(*) FROM (SELECT 1 FROM organisations LIMIT 1) AS any_org",
                )
                .fetch_one(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if orgs > 0 {
                    return Ok(SetupOutcome::AlreadySetUp);
                }
                let (codes,): (i64,) = $crate::reexport::sqlx::query_as(
                    "SELECT COUNT(*) FROM setup_codes WHERE code_hash = $1",
                )
                .bind(code_hash)
                .fetch_one(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if codes == 0 {
                    return Ok(SetupOutcome::WrongCode);
                }
                $crate::insert_organisation!(&mut *tx, org)?;
                $crate::insert_user!(&mut *tx, admin)?;
                $crate::insert_membership!(&mut *tx, membership)?;
                $crate::insert_audit_entries!(self, tx, audit)?;
                $crate::reexport::sqlx::query("DELETE FROM setup_codes")
                    .execute(&mut *tx)
                    .await
                    .map_err($crate::map_err)?;
                tx.commit().await.map_err($crate::map_err)?;
                Ok(SetupOutcome::Done)
            }
        }
    };
}
