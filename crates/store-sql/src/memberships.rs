/// Runs the INSERT of one membership on an executor (a pool, or `&mut *tx`),
/// giving a `StoreResult`: shared by `add_membership` and `complete_setup`.
#[macro_export]
#[doc(hidden)]
macro_rules! insert_membership {
    ($executor:expr, $m:expr) => {
        $crate::reexport::sqlx::query(
            "INSERT INTO memberships (org_id, id, user_id, role, created_at, revoked_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind($m.org_id.as_uuid())
        .bind($m.id.as_uuid())
        .bind($m.user_id.as_uuid())
        .bind($m.role.as_str())
        .bind($m.created_at.as_millis())
        .bind($m.revoked_at.map(|t| t.as_millis()))
        .execute($executor)
        .await
        .map_err($crate::map_err)
    };
}

#[macro_export]
#[doc(hidden)]
macro_rules! impl_membership_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::MembershipStore for $store {
            async fn add_membership(
                &self,
                m: &$crate::reexport::moves_domain::membership::Membership,
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                $crate::insert_membership!(self.writer(), m)?;
                Ok(())
            }

            async fn membership(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                id: $crate::reexport::moves_domain::ids::MembershipId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::membership::Membership>,
            > {
                let row: Option<$crate::MembershipRow> = $crate::reexport::sqlx::query_as(
                    "SELECT org_id, id, user_id, role, created_at, revoked_at
                     FROM memberships WHERE org_id = $1 AND id = $2",
                )
                .bind(org.as_uuid())
                .bind(id.as_uuid())
                .fetch_optional(self.reader())
                .await
                .map_err($crate::map_err)?;
                row.map(TryInto::try_into).transpose()
            }

            async fn memberships_of_user(
                &self,
                user: $crate::reexport::moves_domain::ids::UserId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::membership::Membership>,
            > {
                let rows: Vec<$crate::MembershipRow> = $crate::reexport::sqlx::query_as(
                    "SELECT org_id, id, user_id, role, created_at, revoked_at
                     FROM memberships WHERE user_id = $1 AND revoked_at IS NULL
                     ORDER BY created_at, id",
                )
                .bind(user.as_uuid())
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn account_made_by(
                &self,
                user: $crate::reexport::moves_domain::ids::UserId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::ids::OrgId>,
            > {
                let first: Option<Option<$crate::reexport::uuid::Uuid>> =
                    $crate::reexport::sqlx::query_scalar(
                        "SELECT org_id FROM one_time_tokens WHERE user_id = $1
                         ORDER BY created_at, token_hash LIMIT 1",
                    )
                    .bind(user.as_uuid())
                    .fetch_optional(self.reader())
                    .await
                    .map_err($crate::map_err)?;
                Ok(first
                    .flatten()
                    .map($crate::reexport::moves_domain::ids::OrgId::from_uuid))
            }

            async fn members_of_organisation(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::membership::Membership>,
            > {
                let rows: Vec<$crate::MembershipRow> = $crate::reexport::sqlx::query_as(
                    "SELECT org_id, id, user_id, role, created_at, revoked_at
                     FROM memberships WHERE org_id = $1 ORDER BY created_at, id",
                )
                .bind(org.as_uuid())
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn members_page(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                after: Option<(
                    $crate::reexport::moves_domain::clock::Timestamp,
                    $crate::reexport::moves_domain::ids::MembershipId,
                )>,
                limit: u32,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::membership::Membership>,
            > {
                let mut sql = $crate::reexport::sqlx::QueryBuilder::new(
                    "SELECT org_id, id, user_id, role, created_at, revoked_at
                     FROM memberships WHERE org_id = ",
                );
                sql.push_bind(org.as_uuid());
                if let Some((at, id)) = after {
                    $crate::push_past_row!(sql, "(created_at, id) >", at.as_millis(), id.as_uuid());
                }
                sql.push(" ORDER BY created_at, id LIMIT ")
                    .push_bind(i64::from(limit));
                let rows: Vec<$crate::MembershipRow> = sql
                    .build_query_as()
                    .fetch_all(self.reader())
                    .await
                    .map_err($crate::map_err)?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn revoke_membership(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                id: $crate::reexport::moves_domain::ids::MembershipId,
                at: $crate::reexport::moves_domain::clock::Timestamp,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let user: Option<($crate::reexport::uuid::Uuid,)> = $crate::reexport::sqlx::query_as(
                    "UPDATE memberships SET revoked_at = $1
                     WHERE org_id = $2 AND id = $3 AND revoked_at IS NULL
                     RETURNING user_id",
                )
                .bind(at.as_millis())
                .bind(org.as_uuid())
                .bind(id.as_uuid())
                .fetch_optional(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                let Some((user,)) = user else {
                    return Ok(false);
                };
                // Someone left with no role here is in none of its teams either.
                $crate::reexport::sqlx::query(
                    "DELETE FROM team_members
                     WHERE org_id = $1 AND user_id = $2
                       AND NOT EXISTS (SELECT 1 FROM memberships
                                       WHERE org_id = $3 AND user_id = $4 AND revoked_at IS NULL)",
                )
                .bind(org.as_uuid())
                .bind(user)
                .bind(org.as_uuid())
                .bind(user)
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                $crate::commit_with_audit!(self, tx, audit)?;
                Ok(true)
            }

            async fn restore_membership(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                user: $crate::reexport::moves_domain::ids::UserId,
                role: $crate::reexport::moves_domain::membership::Role,
                at: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::ids::MembershipId>,
            > {
                let id: Option<($crate::reexport::uuid::Uuid,)> = $crate::reexport::sqlx::query_as(
                    "UPDATE memberships SET revoked_at = NULL, created_at = $1
                     WHERE org_id = $2 AND user_id = $3 AND role = $4 AND revoked_at IS NOT NULL
                     RETURNING id",
                )
                .bind(at.as_millis())
                .bind(org.as_uuid())
                .bind(user.as_uuid())
                .bind(role.as_str())
                .fetch_optional(self.writer())
                .await
                .map_err($crate::map_err)?;
                Ok(id.map(|(id,)| $crate::reexport::moves_domain::ids::MembershipId::from_uuid(id)))
            }
        }
    };
}
