/// Each person's writes per hour: one counter row per person and window,
/// raised by an upsert that returns the new count, so concurrent writes each
/// see their own.
#[macro_export]
#[doc(hidden)]
macro_rules! impl_write_budget_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::WriteBudgetStore for $store {
            async fn spend_write(
                &self,
                user: $crate::reexport::moves_domain::ids::UserId,
                window_start: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<u64> {
                let writes: i64 = $crate::reexport::sqlx::query_scalar(
                    "INSERT INTO write_budget (user_id, window_start, writes) VALUES ($1, $2, 1)
                     ON CONFLICT (user_id, window_start)
                     DO UPDATE SET writes = write_budget.writes + 1
                     RETURNING writes",
                )
                .bind(user.as_uuid())
                .bind(window_start.as_millis())
                .fetch_one(self.writer())
                .await
                .map_err($crate::map_err)?;
                Ok(u64::try_from(writes).unwrap_or(0))
            }

            async fn sweep_write_budget(
                &self,
                before: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<u64> {
                let done = $crate::reexport::sqlx::query(
                    "DELETE FROM write_budget WHERE window_start < $1",
                )
                .bind(before.as_millis())
                .execute(self.writer())
                .await
                .map_err($crate::map_err)?;
                Ok(done.rows_affected())
            }
        }
    };
}
