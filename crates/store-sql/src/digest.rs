//! `DigestStore`: `digest_choices` and `digest_sends` (migration 0017). Who
//! gets a digest is read in one query over every opted-in person and their
//! organisations, with their last home visit and last digest beside.

#[macro_export]
#[doc(hidden)]
macro_rules! impl_digest_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::DigestStore for $store {
            async fn wants_digests(
                &self,
                user: $crate::reexport::moves_domain::ids::UserId,
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                let row: Option<(i64,)> = $crate::reexport::sqlx::query_as(
                    "SELECT chosen_at FROM digest_choices WHERE user_id = $1",
                )
                .bind(user.as_uuid())
                .fetch_optional(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok(row.is_some())
            }

            async fn choose_digests(
                &self,
                user: $crate::reexport::moves_domain::ids::UserId,
                on: bool,
                at: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                let query = if on {
                    // Choosing again keeps the first choice's time.
                    $crate::reexport::sqlx::query(
                        "INSERT INTO digest_choices (user_id, chosen_at) VALUES ($1, $2)
                         ON CONFLICT (user_id) DO NOTHING",
                    )
                    .bind(user.as_uuid())
                    .bind(at.as_millis())
                } else {
                    $crate::reexport::sqlx::query("DELETE FROM digest_choices WHERE user_id = $1")
                        .bind(user.as_uuid())
                };
                query.execute(self.writer()).await.map_err($crate::map_err)?;
                Ok(())
            }

            async fn digest_recipients(
                &self,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_store::DigestRecipient>,
            > {
                use $crate::reexport::moves_domain::clock::Timestamp;
                use $crate::reexport::moves_domain::ids::{OrgId, UserId};
                use $crate::reexport::moves_store::DigestRecipient;
                use $crate::reexport::moves_domain::user::Email;
                use $crate::reexport::uuid::Uuid;
                let rows: Vec<(Uuid, String, Uuid, Option<i64>, Option<i64>)> =
                    $crate::reexport::sqlx::query_as(
                        "SELECT u.id, u.email, m.org_id, v.visited_at, s.sent_at
                         FROM digest_choices d
                         JOIN users u ON u.id = d.user_id
                         JOIN (SELECT DISTINCT org_id, user_id FROM memberships
                               WHERE revoked_at IS NULL) m ON m.user_id = u.id
                         LEFT JOIN home_visits v ON v.org_id = m.org_id AND v.user_id = u.id
                         LEFT JOIN digest_sends s ON s.org_id = m.org_id AND s.user_id = u.id
                         WHERE u.email IS NOT NULL
                         ORDER BY u.id, m.org_id",
                    )
                    .fetch_all(self.reader())
                    .await
                    .map_err($crate::map_err)?;
                // One address that is not valid must not cost everyone
                // else their digest: it is answered as none.
                Ok(rows
                    .into_iter()
                    .map(|(user, email, org, visited, sent)| DigestRecipient {
                        user: UserId::from_uuid(user),
                        email: Email::parse(&email).ok(),
                        org: OrgId::from_uuid(org),
                        last_visit: visited.map(Timestamp::from_millis),
                        last_sent: sent.map(Timestamp::from_millis),
                    })
                    .collect())
            }

            async fn digest_sent(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                user: $crate::reexport::moves_domain::ids::UserId,
                at: $crate::reexport::moves_domain::clock::Timestamp,
                reads: &[$crate::reexport::moves_store::AuditEntry],
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                $crate::reexport::sqlx::query(
                    "INSERT INTO digest_sends (org_id, user_id, sent_at) VALUES ($1, $2, $3)
                     ON CONFLICT (org_id, user_id) DO UPDATE SET sent_at = excluded.sent_at",
                )
                .bind(org.as_uuid())
                .bind(user.as_uuid())
                .bind(at.as_millis())
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                $crate::insert_audit_entries!(self, tx, reads)?;
                tx.commit().await.map_err($crate::map_err)
            }
        }
    };
}
