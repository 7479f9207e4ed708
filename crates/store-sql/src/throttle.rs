/// Sign-in attempts: one counter row per key. Counting is an upsert that
/// returns the new count: on PostgreSQL its row lock makes concurrent attempts
/// on one key wait for each other (under READ COMMITTED the update sees the
/// latest committed count, never a stale one), and on SQLite the one writer
/// connection runs them one at a time. Either way N attempts get N counts.
///
/// An attempt's counts are taken in one transaction, in the counters' order,
/// so it costs one commit (on SQLite's single writer, commits are what a storm
/// of sign-ins waits for). On PostgreSQL the rows stay locked until then, so
/// nothing may lock several of them in another order, or two could deadlock:
/// every attempt and every success locks them in the counters' order (the
/// account from an address, the address, the account); lifting an account's
/// locks takes its per-address counts first, then its own; and the sweep
/// (`SWEEP_ATTEMPTS`, from the store type) passes over rows in use.
#[macro_export]
#[doc(hidden)]
macro_rules! impl_throttle_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::ThrottleStore for $store {
            async fn count_attempt(
                &self,
                counters: &[$crate::reexport::moves_domain::auth::throttle::Counter],
                at: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::auth::throttle::Counted>,
            > {
                use $crate::reexport::moves_domain::auth::throttle::Counted;
                use $crate::reexport::moves_domain::clock::Timestamp;
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let mut counted: Vec<Counted> = Vec::with_capacity(counters.len());
                for counter in counters {
                    // Both CASEs read the row as it was before this statement.
                    let (attempts, window_began): (i64, i64) =
                        $crate::reexport::sqlx::query_as(
                            "INSERT INTO sign_in_attempts
                                 (throttle_key, account_key, window_began, attempts)
                             VALUES ($1, $2, $3, 1)
                             ON CONFLICT (throttle_key) DO UPDATE SET
                                 attempts = CASE WHEN sign_in_attempts.window_began <= $4
                                                 THEN 1
                                                 ELSE sign_in_attempts.attempts + 1 END,
                                 window_began = CASE WHEN sign_in_attempts.window_began <= $4
                                                     THEN $3
                                                     ELSE sign_in_attempts.window_began END
                             RETURNING attempts, window_began",
                        )
                        .bind(&counter.key)
                        .bind(counter.account.as_deref())
                        .bind(at.as_millis())
                        .bind(counter.limit.ended_by(at).as_millis())
                        .fetch_one(&mut *tx)
                        .await
                        .map_err($crate::map_err)?;
                    let count = Counted {
                        attempts: u64::try_from(attempts).unwrap_or(0),
                        window_began: Timestamp::from_millis(window_began),
                    };
                    counted.push(count);
                    if !counter.limit.admits(count.attempts) {
                        // Refused, so never checked: the counts before take it back.
                        for (earlier, was) in counters.iter().zip(&counted[..counted.len() - 1]) {
                            $crate::reexport::sqlx::query(
                                "UPDATE sign_in_attempts SET attempts = attempts - 1
                                 WHERE throttle_key = $1 AND window_began = $2 AND attempts > 0",
                            )
                            .bind(&earlier.key)
                            .bind(was.window_began.as_millis())
                            .execute(&mut *tx)
                            .await
                            .map_err($crate::map_err)?;
                        }
                        break;
                    }
                }
                tx.commit().await.map_err($crate::map_err)?;
                Ok(counted)
            }

            async fn attempts_counted(
                &self,
                key: &str,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::auth::throttle::Counted>,
            > {
                let row: Option<(i64, i64)> = $crate::reexport::sqlx::query_as(
                    "SELECT attempts, window_began FROM sign_in_attempts WHERE throttle_key = $1",
                )
                .bind(key)
                .fetch_optional(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok(row.map(|(attempts, window_began)| {
                    $crate::reexport::moves_domain::auth::throttle::Counted {
                        attempts: u64::try_from(attempts).unwrap_or(0),
                        window_began: $crate::reexport::moves_domain::clock::Timestamp::from_millis(
                            window_began,
                        ),
                    }
                }))
            }

            async fn settle_attempt(
                &self,
                clear: &str,
                forget: &[(String, $crate::reexport::moves_domain::clock::Timestamp)],
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                $crate::reexport::sqlx::query("DELETE FROM sign_in_attempts WHERE throttle_key = $1")
                    .bind(clear)
                    .execute(&mut *tx)
                    .await
                    .map_err($crate::map_err)?;
                for (key, window_began) in forget {
                    $crate::reexport::sqlx::query(
                        "UPDATE sign_in_attempts SET attempts = attempts - 1
                         WHERE throttle_key = $1 AND window_began = $2 AND attempts > 0",
                    )
                    .bind(key)
                    .bind(window_began.as_millis())
                    .execute(&mut *tx)
                    .await
                    .map_err($crate::map_err)?;
                }
                tx.commit().await.map_err($crate::map_err)
            }

            async fn clear_account_attempts(
                &self,
                account: &str,
            ) -> $crate::reexport::moves_store::StoreResult<u64> {
                // The per-address counts first, then the account's, in the
                // order attempts lock them.
                let mut cleared = 0;
                for statement in [
                    "DELETE FROM sign_in_attempts WHERE account_key = $1",
                    "DELETE FROM sign_in_attempts WHERE throttle_key = $1",
                ] {
                    cleared += $crate::reexport::sqlx::query(statement)
                        .bind(account)
                        .execute(self.writer())
                        .await
                        .map_err($crate::map_err)?
                        .rows_affected();
                }
                Ok(cleared)
            }

            async fn sweep_attempts(
                &self,
                before: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<u64> {
                let done = $crate::reexport::sqlx::query(<$store>::SWEEP_ATTEMPTS)
                .bind(before.as_millis())
                .execute(self.writer())
                .await
                .map_err($crate::map_err)?;
                Ok(done.rows_affected())
            }
        }
    };
}
