//! `PrivacyNoticeStore`: `privacy_notices` and `privacy_notice_reads`
//! (migration 0013). Versions are appended, never updated; the primary key
//! (org_id, version) stops two administrators saving the same version at once.

#[macro_export]
#[doc(hidden)]
macro_rules! impl_privacy_notice_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::PrivacyNoticeStore for $store {
            async fn save_privacy_notice(
                &self,
                notice: &$crate::reexport::moves_domain::privacy::PrivacyNotice,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                use $crate::reexport::moves_store::StoreError;
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let inserted = $crate::reexport::sqlx::query(
                    "INSERT INTO privacy_notices
                         (org_id, version, standard, young_person, saved_by, saved_at)
                     SELECT $1, $2, $3, $4, $5, $6
                     WHERE (SELECT COALESCE(MAX(version), 0) FROM privacy_notices
                            WHERE org_id = $1) = $2 - 1",
                )
                .bind(notice.org_id.as_uuid())
                .bind(i64::from(notice.version))
                .bind(&notice.standard)
                .bind(&notice.young_person)
                .bind(notice.saved_by.map(|u| u.as_uuid()))
                .bind(notice.saved_at.as_millis())
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err);
                match inserted {
                    Ok(done) if done.rows_affected() == 1 => {}
                    // Stale, or saved by someone else at the same moment.
                    Ok(_) | Err(StoreError::Conflict(_)) => return Ok(false),
                    Err(e) => return Err(e),
                }
                $crate::commit_with_audit!(self, tx, audit)?;
                Ok(true)
            }

            async fn privacy_notice(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::privacy::PrivacyNotice>,
            > {
                use $crate::reexport::moves_store::StoreError;
                let row: Option<(
                    i64,
                    String,
                    String,
                    Option<$crate::reexport::uuid::Uuid>,
                    i64,
                )> = $crate::reexport::sqlx::query_as(
                    "SELECT version, standard, young_person, saved_by, saved_at
                         FROM privacy_notices WHERE org_id = $1
                         ORDER BY version DESC LIMIT 1",
                )
                .bind(org.as_uuid())
                .fetch_optional(self.reader())
                .await
                .map_err($crate::map_err)?;
                row.map(|(version, standard, young_person, saved_by, saved_at)| {
                    Ok($crate::reexport::moves_domain::privacy::PrivacyNotice {
                        org_id: org,
                        version: u32::try_from(version)
                            .map_err(|_| StoreError::Corrupt("privacy notice version".into()))?,
                        standard,
                        young_person,
                        saved_by: saved_by
                            .map($crate::reexport::moves_domain::ids::UserId::from_uuid),
                        saved_at: $crate::reexport::moves_domain::Timestamp::from_millis(saved_at),
                    })
                })
                .transpose()
            }

            async fn mark_privacy_notice_read(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                user: $crate::reexport::moves_domain::ids::UserId,
                version: u32,
                at: $crate::reexport::moves_domain::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                $crate::reexport::sqlx::query(
                    "INSERT INTO privacy_notice_reads (org_id, user_id, version, read_at)
                     VALUES ($1, $2, $3, $4)
                     ON CONFLICT (org_id, user_id, version) DO NOTHING",
                )
                .bind(org.as_uuid())
                .bind(user.as_uuid())
                .bind(i64::from(version))
                .bind(at.as_millis())
                .execute(self.writer())
                .await
                .map_err($crate::map_err)?;
                Ok(())
            }

            async fn privacy_notice_read(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                user: $crate::reexport::moves_domain::ids::UserId,
            ) -> $crate::reexport::moves_store::StoreResult<Option<u32>> {
                let read: Option<i64> = $crate::reexport::sqlx::query_scalar(
                    "SELECT MAX(version) FROM privacy_notice_reads
                     WHERE org_id = $1 AND user_id = $2",
                )
                .bind(org.as_uuid())
                .bind(user.as_uuid())
                .fetch_one(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok(read.and_then(|v| u32::try_from(v).ok()))
            }
        }
    };
}
