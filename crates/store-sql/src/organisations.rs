/// Runs the INSERT of one organisation on an executor (a pool, or `&mut *tx`),
/// giving a `StoreResult`: shared by `create_organisation` and `complete_setup`.
#[macro_export]
#[doc(hidden)]
macro_rules! insert_organisation {
    ($executor:expr, $org:expr) => {
        $crate::reexport::sqlx::query(
            "INSERT INTO organisations (id, name, is_demo, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind($org.id.as_uuid())
        .bind(&$org.name)
        .bind($org.is_demo)
        .bind($org.created_at.as_millis())
        .execute($executor)
        .await
        .map_err($crate::map_err)
    };
}

#[macro_export]
#[doc(hidden)]
macro_rules! impl_organisation_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::OrganisationStore for $store {
            async fn create_organisation(
                &self,
                org: &$crate::reexport::moves_domain::organisation::Organisation,
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                $crate::insert_organisation!(self.writer(), org)?;
                Ok(())
            }

            async fn create_organisation_with_admin(
                &self,
                org: &$crate::reexport::moves_domain::organisation::Organisation,
                new_admin: Option<&$crate::reexport::moves_domain::user::User>,
                membership: &$crate::reexport::moves_domain::membership::Membership,
                audit: &[$crate::reexport::moves_store::AuditEntry],
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                // Dropping `tx` without committing rolls everything back.
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                if let Some(admin) = new_admin {
                    $crate::insert_user!(&mut *tx, admin)?;
                }
                $crate::insert_organisation!(&mut *tx, org)?;
                $crate::insert_membership!(&mut *tx, membership)?;
                $crate::insert_audit_entries!(self, tx, audit)?;
                tx.commit().await.map_err($crate::map_err)?;
                Ok(())
            }

            async fn create_organisation_with_invitation(
                &self,
                org: &$crate::reexport::moves_domain::organisation::Organisation,
                invitation: &$crate::reexport::moves_domain::auth::one_time::OneTimeToken,
                audit: &[$crate::reexport::moves_store::AuditEntry],
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                // Dropping `tx` without committing rolls everything back.
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                $crate::insert_organisation!(&mut *tx, org)?;
                $crate::insert_one_time_token!(tx, invitation);
                $crate::insert_audit_entries!(self, tx, audit)?;
                tx.commit().await.map_err($crate::map_err)?;
                Ok(())
            }

            async fn organisation(
                &self,
                id: $crate::reexport::moves_domain::ids::OrgId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::organisation::Organisation>,
            > {
                let row: Option<$crate::OrganisationRow> = $crate::reexport::sqlx::query_as(
                    "SELECT id, name, is_demo, created_at FROM organisations WHERE id = $1",
                )
                .bind(id.as_uuid())
                .fetch_optional(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok(row.map(Into::into))
            }

            async fn list_organisations(
                &self,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::organisation::Organisation>,
            > {
                let rows: Vec<$crate::OrganisationRow> = $crate::reexport::sqlx::query_as(
                    "SELECT id, name, is_demo, created_at FROM organisations ORDER BY name, id",
                )
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn count_organisations(&self) -> $crate::reexport::moves_store::StoreResult<u64> {
                let n: i64 =
                    $crate::reexport::sqlx::query_scalar("SELECT COUNT(*) FROM organisations")
                        .fetch_one(self.reader())
                        .await
                        .map_err($crate::map_err)?;
                Ok(u64::try_from(n).unwrap_or(0))
            }
        }
    };
}
