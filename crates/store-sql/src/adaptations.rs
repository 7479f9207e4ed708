//! `AdaptationStore`: `framework_adaptations` (migration 0009). Versions are
//! appended, never updated: a version is written only when it is the one after
//! the latest, and the primary key (org_id, version) stops two people saving
//! the same version at once, so neither change is silently lost.

#[macro_export]
#[doc(hidden)]
macro_rules! impl_adaptation_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::AdaptationStore for $store {
            async fn save_adaptation(
                &self,
                saved: &$crate::reexport::moves_domain::framework::adaptation::SavedAdaptation,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<
                $crate::reexport::moves_domain::framework::adaptation::SaveOutcome,
            > {
                use $crate::reexport::moves_domain::framework::adaptation::SaveOutcome;
                use $crate::reexport::moves_store::StoreError;
                let a = &saved.adaptation;
                let body = a
                    .to_toml()
                    .map_err(|e| StoreError::Corrupt(format!("adaptation: {e}")))?;
                let version = i64::from(a.version);
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let inserted = $crate::reexport::sqlx::query(
                    "INSERT INTO framework_adaptations
                         (org_id, version, framework_id, overlay_id, body, change, saved_by, saved_at)
                     SELECT $1, $2, $3, $4, $5, $6, $7, $8
                     WHERE (SELECT COALESCE(MAX(version), 0) FROM framework_adaptations
                            WHERE org_id = $1) = $2 - 1",
                )
                .bind(saved.org_id.as_uuid())
                .bind(version)
                .bind(a.base.as_str())
                .bind(a.overlay.as_ref().map(|o| o.as_str()))
                .bind(&body)
                .bind(saved.change.code())
                .bind(saved.saved_by.map(|u| u.as_uuid()))
                .bind(saved.saved_at.as_millis())
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err);
                let written = match inserted {
                    Ok(done) => done.rows_affected() == 1,
                    // Someone saved this version at the same moment.
                    Err(StoreError::Conflict(_)) => false,
                    Err(e) => return Err(e),
                };
                if !written {
                    drop(tx);
                    let latest: i64 = $crate::reexport::sqlx::query_scalar(
                        "SELECT COALESCE(MAX(version), 0) FROM framework_adaptations
                         WHERE org_id = $1",
                    )
                    .bind(saved.org_id.as_uuid())
                    .fetch_one(self.writer())
                    .await
                    .map_err($crate::map_err)?;
                    let latest = u32::try_from(latest)
                        .map_err(|e| StoreError::Corrupt(format!("adaptation version: {e}")))?;
                    return Ok(SaveOutcome::Stale { latest });
                }
                $crate::commit_with_audit!(self, tx, audit)?;
                Ok(SaveOutcome::Saved)
            }

            async fn latest_adaptation(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::framework::adaptation::SavedAdaptation>,
            > {
                let row: Option<$crate::AdaptationRow> = $crate::reexport::sqlx::query_as(
                    "SELECT org_id, version, body, change, saved_by, saved_at
                     FROM framework_adaptations
                     WHERE org_id = $1 ORDER BY version DESC LIMIT 1",
                )
                .bind(org.as_uuid())
                .fetch_optional(self.reader())
                .await
                .map_err($crate::map_err)?;
                row.map(TryInto::try_into).transpose()
            }

            async fn adaptation_version(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                version: u32,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::framework::adaptation::SavedAdaptation>,
            > {
                let row: Option<$crate::AdaptationRow> = $crate::reexport::sqlx::query_as(
                    "SELECT org_id, version, body, change, saved_by, saved_at
                     FROM framework_adaptations
                     WHERE org_id = $1 AND version = $2",
                )
                .bind(org.as_uuid())
                .bind(i64::from(version))
                .fetch_optional(self.reader())
                .await
                .map_err($crate::map_err)?;
                row.map(TryInto::try_into).transpose()
            }

            async fn adaptation_history(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                before: Option<u32>,
                limit: u32,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::framework::adaptation::VersionSummary>,
            > {
                let rows: Vec<$crate::VersionSummaryRow> = $crate::reexport::sqlx::query_as(
                    "SELECT version, framework_id, overlay_id, change, saved_by, saved_at
                     FROM framework_adaptations
                     WHERE org_id = $1 AND version < $2 ORDER BY version DESC LIMIT $3",
                )
                .bind(org.as_uuid())
                .bind(before.map_or(i64::MAX, i64::from))
                .bind(i64::from(limit))
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                rows.into_iter().map(TryInto::try_into).collect()
            }
        }
    };
}
