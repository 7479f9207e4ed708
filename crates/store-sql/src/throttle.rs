#[macro_export]
#[doc(hidden)]
macro_rules! impl_throttle_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::ThrottleStore for $store {
            async fn record_sign_in_failure(
                &self,
                key: &str,
                at: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                $crate::reexport::sqlx::query(
                    "INSERT INTO sign_in_failures (id, throttle_key, at) VALUES ($1, $2, $3)",
                )
                .bind($crate::reexport::uuid::Uuid::now_v7())
                .bind(key)
                .bind(at.as_millis())
                .execute(self.writer())
                .await
                .map_err($crate::map_err)?;
                Ok(())
            }

            async fn sign_in_failures_since(
                &self,
                key: &str,
                since: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<(
                u64,
                Option<$crate::reexport::moves_domain::clock::Timestamp>,
            )> {
                let (count, oldest): (i64, Option<i64>) = $crate::reexport::sqlx::query_as(
                    "SELECT COUNT(*), MIN(at) FROM sign_in_failures
                     WHERE throttle_key = $1 AND at >= $2",
                )
                .bind(key)
                .bind(since.as_millis())
                .fetch_one(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok((
                    u64::try_from(count).unwrap_or(0),
                    oldest.map($crate::reexport::moves_domain::clock::Timestamp::from_millis),
                ))
            }

            async fn clear_sign_in_failures(
                &self,
                key: &str,
            ) -> $crate::reexport::moves_store::StoreResult<u64> {
                let done = $crate::reexport::sqlx::query(
                    "DELETE FROM sign_in_failures WHERE throttle_key = $1",
                )
                .bind(key)
                .execute(self.writer())
                .await
                .map_err($crate::map_err)?;
                Ok(done.rows_affected())
            }

            async fn sweep_sign_in_failures(
                &self,
                before: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<u64> {
                let done =
                    $crate::reexport::sqlx::query("DELETE FROM sign_in_failures WHERE at < $1")
                        .bind(before.as_millis())
                        .execute(self.writer())
                        .await
                        .map_err($crate::map_err)?;
                Ok(done.rows_affected())
            }
        }
    };
}
