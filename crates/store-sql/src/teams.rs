//! `TeamStore`: `teams` and `team_members` (migration 0006). Every statement
//! names the organisation, so another organisation's team id finds nothing.

#[macro_export]
#[doc(hidden)]
macro_rules! impl_team_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::TeamStore for $store {
            async fn create_team(
                &self,
                team: &$crate::reexport::moves_domain::team::Team,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                $crate::reexport::sqlx::query(
                    "INSERT INTO teams (org_id, id, name, name_key, created_at)
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(team.org_id.as_uuid())
                .bind(team.id.as_uuid())
                .bind(&team.name)
                .bind(team.name_key())
                .bind(team.created_at.as_millis())
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                $crate::commit_with_audit!(self, tx, audit)
            }

            async fn teams_page(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                after: Option<(String, $crate::reexport::moves_domain::ids::TeamId)>,
                limit: u32,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::team::Team>,
            > {
                let mut sql = $crate::reexport::sqlx::QueryBuilder::new(
                    "SELECT org_id, id, name, created_at FROM teams WHERE org_id = ",
                );
                sql.push_bind(org.as_uuid());
                if let Some((key, id)) = after {
                    $crate::push_past_row!(sql, "(name_key, id) >", key, id.as_uuid());
                }
                sql.push(" ORDER BY name_key, id LIMIT ")
                    .push_bind(i64::from(limit));
                let rows: Vec<$crate::TeamRow> = sql
                    .build_query_as()
                    .fetch_all(self.reader())
                    .await
                    .map_err($crate::map_err)?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn team_memberships_of_teams(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                teams: &[$crate::reexport::moves_domain::ids::TeamId],
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::team::TeamMember>,
            > {
                if teams.is_empty() {
                    return Ok(Vec::new());
                }
                let mut sql = $crate::reexport::sqlx::QueryBuilder::new(
                    "SELECT org_id, team_id, user_id, added_at FROM team_members WHERE org_id = ",
                );
                sql.push_bind(org.as_uuid()).push(" AND team_id IN (");
                let mut list = sql.separated(", ");
                for id in teams {
                    list.push_bind(id.as_uuid());
                }
                sql.push(") ORDER BY team_id, added_at, user_id");
                let rows: Vec<$crate::TeamMemberRow> = sql
                    .build_query_as()
                    .fetch_all(self.reader())
                    .await
                    .map_err($crate::map_err)?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn teams_of_organisation(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::team::Team>,
            > {
                let rows: Vec<$crate::TeamRow> = $crate::reexport::sqlx::query_as(
                    "SELECT org_id, id, name, created_at FROM teams
                     WHERE org_id = $1 ORDER BY name_key, id",
                )
                .bind(org.as_uuid())
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn team(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                id: $crate::reexport::moves_domain::ids::TeamId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::team::Team>,
            > {
                let row: Option<$crate::TeamRow> = $crate::reexport::sqlx::query_as(
                    "SELECT org_id, id, name, created_at FROM teams
                     WHERE org_id = $1 AND id = $2",
                )
                .bind(org.as_uuid())
                .bind(id.as_uuid())
                .fetch_optional(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok(row.map(Into::into))
            }

            async fn add_team_member(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                team: $crate::reexport::moves_domain::ids::TeamId,
                user: $crate::reexport::moves_domain::ids::UserId,
                at: $crate::reexport::moves_domain::clock::Timestamp,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                // One statement: the team must be this organisation's and the
                // person an active member of it when the row is written, so a
                // membership revoked a moment before cannot slip in.
                let done = $crate::reexport::sqlx::query(
                    "INSERT INTO team_members (org_id, team_id, user_id, added_at)
                     SELECT $1, $2, $3, $4
                     WHERE EXISTS (SELECT 1 FROM teams WHERE org_id = $1 AND id = $2)
                       AND EXISTS (SELECT 1 FROM memberships
                                   WHERE org_id = $1 AND user_id = $3 AND revoked_at IS NULL)
                     ON CONFLICT (org_id, team_id, user_id) DO NOTHING",
                )
                .bind(org.as_uuid())
                .bind(team.as_uuid())
                .bind(user.as_uuid())
                .bind(at.as_millis())
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if done.rows_affected() != 1 {
                    return Ok(false);
                }
                $crate::commit_with_audit!(self, tx, audit)?;
                Ok(true)
            }

            async fn remove_team_member(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                team: $crate::reexport::moves_domain::ids::TeamId,
                user: $crate::reexport::moves_domain::ids::UserId,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let done = $crate::reexport::sqlx::query(
                    "DELETE FROM team_members WHERE org_id = $1 AND team_id = $2 AND user_id = $3",
                )
                .bind(org.as_uuid())
                .bind(team.as_uuid())
                .bind(user.as_uuid())
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if done.rows_affected() != 1 {
                    return Ok(false);
                }
                $crate::commit_with_audit!(self, tx, audit)?;
                Ok(true)
            }

            async fn team_members(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                team: $crate::reexport::moves_domain::ids::TeamId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::ids::UserId>,
            > {
                let ids: Vec<$crate::reexport::uuid::Uuid> = $crate::reexport::sqlx::query_scalar(
                    "SELECT user_id FROM team_members
                     WHERE org_id = $1 AND team_id = $2 ORDER BY added_at, user_id",
                )
                .bind(org.as_uuid())
                .bind(team.as_uuid())
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok(ids
                    .into_iter()
                    .map($crate::reexport::moves_domain::ids::UserId::from_uuid)
                    .collect())
            }

            async fn team_members_page(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                team: $crate::reexport::moves_domain::ids::TeamId,
                after: Option<(
                    $crate::reexport::moves_domain::clock::Timestamp,
                    $crate::reexport::moves_domain::ids::UserId,
                )>,
                limit: u32,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::team::TeamMember>,
            > {
                let mut sql = $crate::reexport::sqlx::QueryBuilder::new(
                    "SELECT org_id, team_id, user_id, added_at FROM team_members WHERE org_id = ",
                );
                sql.push_bind(org.as_uuid())
                    .push(" AND team_id = ")
                    .push_bind(team.as_uuid());
                if let Some((at, id)) = after {
                    $crate::push_past_row!(
                        sql,
                        "(added_at, user_id) >",
                        at.as_millis(),
                        id.as_uuid()
                    );
                }
                sql.push(" ORDER BY added_at, user_id LIMIT ")
                    .push_bind(i64::from(limit));
                let rows: Vec<$crate::TeamMemberRow> = sql
                    .build_query_as()
                    .fetch_all(self.reader())
                    .await
                    .map_err($crate::map_err)?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn team_members_among(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                team: $crate::reexport::moves_domain::ids::TeamId,
                users: &[$crate::reexport::moves_domain::ids::UserId],
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::ids::UserId>,
            > {
                if users.is_empty() {
                    return Ok(Vec::new());
                }
                let mut sql = $crate::reexport::sqlx::QueryBuilder::new(
                    "SELECT user_id FROM team_members WHERE org_id = ",
                );
                sql.push_bind(org.as_uuid())
                    .push(" AND team_id = ")
                    .push_bind(team.as_uuid())
                    .push(" AND user_id IN (");
                let mut list = sql.separated(", ");
                for id in users {
                    list.push_bind(id.as_uuid());
                }
                sql.push(")");
                let ids: Vec<$crate::reexport::uuid::Uuid> = sql
                    .build_query_scalar()
                    .fetch_all(self.reader())
                    .await
                    .map_err($crate::map_err)?;
                Ok(ids
                    .into_iter()
                    .map($crate::reexport::moves_domain::ids::UserId::from_uuid)
                    .collect())
            }

            async fn team_memberships_of_organisation(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::team::TeamMember>,
            > {
                let rows: Vec<$crate::TeamMemberRow> = $crate::reexport::sqlx::query_as(
                    "SELECT org_id, team_id, user_id, added_at FROM team_members
                     WHERE org_id = $1 ORDER BY team_id, added_at, user_id",
                )
                .bind(org.as_uuid())
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn teams_of_user(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                user: $crate::reexport::moves_domain::ids::UserId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::team::Team>,
            > {
                let rows: Vec<$crate::TeamRow> = $crate::reexport::sqlx::query_as(
                    "SELECT t.org_id, t.id, t.name, t.created_at
                     FROM teams t
                     JOIN team_members m ON m.org_id = t.org_id AND m.team_id = t.id
                     WHERE m.org_id = $1 AND m.user_id = $2
                     ORDER BY t.name_key, t.id",
                )
                .bind(org.as_uuid())
                .bind(user.as_uuid())
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok(rows.into_iter().map(Into::into).collect())
            }
        }
    };
}
