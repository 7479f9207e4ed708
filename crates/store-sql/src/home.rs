//! `HomeStore`: `home_visits` and the notes' `shared_at` (migration 0014).
//! Each read covers all of a person's circles at once (a subquery on their
//! memberships), so the home page costs the same for one circle or fifty.

#[macro_export]
#[doc(hidden)]
macro_rules! impl_home_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_core::store::HomeStore for $store {
            async fn visit_home(
                &self,
                org: $crate::reexport::moves_core::ids::OrgId,
                user: $crate::reexport::moves_core::ids::UserId,
                at: $crate::reexport::moves_core::clock::Timestamp,
            ) -> $crate::reexport::moves_core::store::StoreResult<
                Option<$crate::reexport::moves_core::clock::Timestamp>,
            > {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let before: Option<i64> = $crate::reexport::sqlx::query_scalar(
                    "SELECT visited_at FROM home_visits WHERE org_id = $1 AND user_id = $2",
                )
                .bind(org.as_uuid())
                .bind(user.as_uuid())
                .fetch_optional(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                $crate::reexport::sqlx::query(
                    "INSERT INTO home_visits (org_id, user_id, visited_at) VALUES ($1, $2, $3)
                     ON CONFLICT (org_id, user_id) DO UPDATE SET visited_at = excluded.visited_at",
                )
                .bind(org.as_uuid())
                .bind(user.as_uuid())
                .bind(at.as_millis())
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                tx.commit().await.map_err($crate::map_err)?;
                Ok(before.map($crate::reexport::moves_core::clock::Timestamp::from_millis))
            }

            async fn members_of_circles_of_user(
                &self,
                org: $crate::reexport::moves_core::ids::OrgId,
                user: $crate::reexport::moves_core::ids::UserId,
            ) -> $crate::reexport::moves_core::store::StoreResult<
                Vec<$crate::reexport::moves_core::circle::CircleMember>,
            > {
                let rows: Vec<$crate::CircleMemberRow> = $crate::reexport::sqlx::query_as(
                    "SELECT org_id, id, circle_id, user_id, display_name, relationship, role, added_at
                     FROM circle_members
                     WHERE org_id = $1 AND circle_id IN (
                         SELECT circle_id FROM circle_members WHERE org_id = $1 AND user_id = $2)
                     ORDER BY circle_id, added_at, id",
                )
                .bind(org.as_uuid())
                .bind(user.as_uuid())
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn notes_shared_in_circles_of_user(
                &self,
                org: $crate::reexport::moves_core::ids::OrgId,
                user: $crate::reexport::moves_core::ids::UserId,
                since: Option<$crate::reexport::moves_core::clock::Timestamp>,
            ) -> $crate::reexport::moves_core::store::StoreResult<
                Vec<$crate::reexport::moves_core::circle::Note>,
            > {
                let rows: Vec<$crate::NoteRow> = $crate::reexport::sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::note_columns!(),
                    " FROM notes
                     WHERE org_id = $1 AND shared_at IS NOT NULL AND shared_at > $3
                       AND audience <> 'only_me'
                       AND circle_id IN (
                         SELECT circle_id FROM circle_members WHERE org_id = $1 AND user_id = $2)
                     ORDER BY shared_at DESC, id DESC"
                ))
                .bind(org.as_uuid())
                .bind(user.as_uuid())
                .bind(since.map_or(i64::MIN, |t| t.as_millis()))
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                rows.into_iter().map(TryInto::try_into).collect()
            }
        }
    };
}
