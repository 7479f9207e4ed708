/// One-use form keys: an upsert that keeps the first id and returns it, so
/// concurrent sendings of one form all answer the same id (PostgreSQL waits
/// for the first to commit; SQLite has one writer).
#[macro_export]
#[doc(hidden)]
macro_rules! impl_form_key_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::FormKeyStore for $store {
            async fn claim_form_key(
                &self,
                user: $crate::reexport::moves_domain::ids::UserId,
                key: &str,
                made: $crate::reexport::uuid::Uuid,
                at: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<$crate::reexport::uuid::Uuid> {
                $crate::reexport::sqlx::query_scalar(
                    "INSERT INTO form_keys (user_id, form_key, made_id, claimed_at)
                     VALUES ($1, $2, $3, $4)
                     ON CONFLICT (user_id, form_key) DO UPDATE SET form_key = form_keys.form_key
                     RETURNING made_id",
                )
                .bind(user.as_uuid())
                .bind(key)
                .bind(made)
                .bind(at.as_millis())
                .fetch_one(self.writer())
                .await
                .map_err($crate::map_err)
            }

            async fn sweep_form_keys(
                &self,
                before: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<u64> {
                let done =
                    $crate::reexport::sqlx::query("DELETE FROM form_keys WHERE claimed_at < $1")
                        .bind(before.as_millis())
                        .execute(self.writer())
                        .await
                        .map_err($crate::map_err)?;
                Ok(done.rows_affected())
            }
        }
    };
}
