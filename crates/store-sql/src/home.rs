//! `HomeStore`: `home_visits` (migrations 0014, 0016) and what was shared or
//! is due in a person's circles.
//! Each read covers all of a person's circles at once (a subquery on their
//! memberships), so the home page costs the same for one circle or fifty.

#[macro_export]
#[doc(hidden)]
macro_rules! impl_home_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::HomeStore for $store {
            async fn visit_home(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                user: $crate::reexport::moves_domain::ids::UserId,
                at: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<
                $crate::reexport::moves_domain::home::HomeVisit,
            > {
                use $crate::reexport::moves_domain::clock::Timestamp;
                use $crate::reexport::moves_domain::home::HomeVisit;
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let before: Option<(i64, Option<i64>)> = $crate::reexport::sqlx::query_as(
                    "SELECT visited_at, since_at FROM home_visits WHERE org_id = $1 AND user_id = $2",
                )
                .bind(org.as_uuid())
                .bind(user.as_uuid())
                .fetch_optional(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                let previous = before.map(|(at, since)| HomeVisit {
                    since: since.map(Timestamp::from_millis),
                    at: Timestamp::from_millis(at),
                });
                let visit = HomeVisit::next(previous, at);
                $crate::reexport::sqlx::query(
                    "INSERT INTO home_visits (org_id, user_id, visited_at, since_at) VALUES ($1, $2, $3, $4)
                     ON CONFLICT (org_id, user_id)
                     DO UPDATE SET visited_at = excluded.visited_at, since_at = excluded.since_at",
                )
                .bind(org.as_uuid())
                .bind(user.as_uuid())
                .bind(visit.at.as_millis())
                .bind(visit.since.map(Timestamp::as_millis))
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                tx.commit().await.map_err($crate::map_err)?;
                Ok(visit)
            }

            async fn members_of_circles_of_user(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                user: $crate::reexport::moves_domain::ids::UserId,
                limit: u32,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::circle::CircleMember>,
            > {
                let rows: Vec<$crate::CircleMemberRow> = $crate::reexport::sqlx::query_as(
                    "SELECT org_id, id, circle_id, user_id, display_name, relationship, role, added_at
                     FROM circle_members
                     WHERE org_id = $1 AND circle_id IN (
                         SELECT circle_id FROM circle_members WHERE org_id = $1 AND user_id = $2)
                     ORDER BY circle_id, added_at, id
                     LIMIT $3",
                )
                .bind(org.as_uuid())
                .bind(user.as_uuid())
                .bind(i64::from(limit))
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn notes_shared_in_circles_of_user(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                user: $crate::reexport::moves_domain::ids::UserId,
                since: Option<$crate::reexport::moves_domain::clock::Timestamp>,
                limit: u32,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::circle::Note>,
            > {
                let rows: Vec<$crate::NoteRow> = $crate::reexport::sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::note_columns!(),
                    " FROM notes
                     WHERE org_id = $1 AND shared_at IS NOT NULL AND shared_at > $3
                       AND audience <> 'only_me'
                       AND circle_id IN (
                         SELECT circle_id FROM circle_members WHERE org_id = $1 AND user_id = $2)
                     ORDER BY shared_at DESC, id DESC
                     LIMIT $4"
                ))
                .bind(org.as_uuid())
                .bind(user.as_uuid())
                .bind(since.map_or(i64::MIN, |t| t.as_millis()))
                .bind(i64::from(limit))
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn perspectives_shared_in_circles_of_user(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                user: $crate::reexport::moves_domain::ids::UserId,
                since: Option<$crate::reexport::moves_domain::clock::Timestamp>,
                limit: u32,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::check::Perspective>,
            > {
                let rows: Vec<$crate::PerspectiveRow> = $crate::reexport::sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::perspective_columns!(),
                    " FROM check_perspectives p
                     WHERE p.org_id = $1 AND p.shared_at IS NOT NULL AND p.shared_at > $3
                       AND p.audience <> 'only_me'
                       AND p.circle_id IN (
                         SELECT circle_id FROM circle_members WHERE org_id = $1 AND user_id = $2)
                     ORDER BY p.shared_at DESC, p.id DESC
                     LIMIT $4"
                ))
                .bind(org.as_uuid())
                .bind(user.as_uuid())
                .bind(since.map_or(i64::MIN, |t| t.as_millis()))
                .bind(i64::from(limit))
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                // Without answers, as the port says.
                $crate::assemble_perspectives(rows, Vec::new())
            }

            async fn open_plans_for_home(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                user: $crate::reexport::moves_domain::ids::UserId,
                limit: u32,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::plan::Plan>,
            > {
                let rows: Vec<$crate::PlanRow> = $crate::reexport::sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::plan_columns!(),
                    " FROM plans p
                     JOIN circles c ON c.org_id = p.org_id AND c.id = p.circle_id
                     WHERE p.org_id = $1 AND p.closed = $3 AND c.closed_at IS NULL
                       AND (EXISTS (SELECT 1 FROM circle_members me
                                    WHERE me.org_id = p.org_id AND me.circle_id = p.circle_id
                                      AND me.user_id = $2)
                            OR EXISTS (SELECT 1 FROM team_members tm
                                       WHERE tm.org_id = c.org_id AND tm.team_id = c.team_id
                                         AND tm.user_id = $2))
                     ORDER BY p.review_due, p.id
                     LIMIT $4"
                ))
                .bind(org.as_uuid())
                .bind(user.as_uuid())
                .bind(false)
                .bind(i64::from(limit))
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                rows.into_iter().map(TryInto::try_into).collect()
            }
        }
    };
}
