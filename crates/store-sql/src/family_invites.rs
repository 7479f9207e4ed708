//! Practitioners inviting a family into their circle: the organisation's
//! setting (columns of `organisation_settings`, migration 0046) and the
//! invitation written with the circle's change in one transaction.

#[macro_export]
#[doc(hidden)]
macro_rules! impl_family_invite_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::FamilyInviteStore for $store {
            async fn family_invite_setting(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
            ) -> $crate::reexport::moves_store::StoreResult<
                $crate::reexport::moves_domain::circle::family_invite::FamilyInviteSetting,
            > {
                use $crate::reexport::moves_domain::circle::family_invite::FamilyInviteSetting;
                let row: Option<(bool, Option<$crate::reexport::uuid::Uuid>, Option<i64>)> =
                    $crate::reexport::sqlx::query_as(
                        "SELECT family_invites, family_invites_changed_by, family_invites_changed_at
                         FROM organisation_settings WHERE org_id = $1",
                    )
                    .bind(org.as_uuid())
                    .fetch_optional(self.reader())
                    .await
                    .map_err($crate::map_err)?;
                Ok(row.map_or_else(FamilyInviteSetting::default, |(allowed, by, at)| {
                    FamilyInviteSetting {
                        allowed,
                        changed_by: by.map($crate::reexport::moves_domain::ids::UserId::from_uuid),
                        changed_at: at
                            .map($crate::reexport::moves_domain::clock::Timestamp::from_millis),
                    }
                }))
            }

            async fn set_family_invite_setting(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                setting: &$crate::reexport::moves_domain::circle::family_invite::FamilyInviteSetting,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                // A new row takes the second factor's defaults from the table.
                $crate::reexport::sqlx::query(
                    "INSERT INTO organisation_settings
                         (org_id, family_invites, family_invites_changed_by,
                          family_invites_changed_at)
                     VALUES ($1, $2, $3, $4)
                     ON CONFLICT (org_id) DO UPDATE SET
                         family_invites = excluded.family_invites,
                         family_invites_changed_by = excluded.family_invites_changed_by,
                         family_invites_changed_at = excluded.family_invites_changed_at",
                )
                .bind(org.as_uuid())
                .bind(setting.allowed)
                .bind(setting.changed_by.map(|u| u.as_uuid()))
                .bind(setting.changed_at.map(|t| t.as_millis()))
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                $crate::commit_with_audit!(self, tx, audit)
            }

            async fn invite_into_circle(
                &self,
                i: &$crate::reexport::moves_store::CircleInvitation<'_>,
            ) -> $crate::reexport::moves_store::StoreResult<
                $crate::reexport::moves_store::VersionedWrite,
            > {
                use $crate::reexport::moves_store::{CircleJoin, VersionedWrite};
                // Dropping `tx` without committing rolls back.
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let decider = match i.join {
                    CircleJoin::Member {
                        member,
                        decides: true,
                    } => Some(member.id.as_uuid()),
                    _ => None,
                };
                let raised = $crate::reexport::sqlx::query(
                    "UPDATE circles SET version = version + 1,
                         decider_member_id = COALESCE($4, decider_member_id)
                     WHERE org_id = $1 AND id = $2 AND version = $3 AND closed_at IS NULL",
                )
                .bind(i.org.as_uuid())
                .bind(i.circle.as_uuid())
                .bind(i.version)
                .bind(decider)
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if raised.rows_affected() == 0 {
                    return $crate::stale_or_missing!(&mut *tx, "circles", i.org, i.circle);
                }
                if let Some(person) = i.new_person {
                    $crate::insert_user!(&mut *tx, person)?;
                }
                let link = i.link;
                $crate::insert_one_time_token!(tx, link);
                match i.join {
                    CircleJoin::Focus(member) => {
                        let linked = $crate::reexport::sqlx::query(
                            "UPDATE circle_members SET user_id = $4
                             WHERE org_id = $1 AND circle_id = $2 AND id = $3
                               AND role = 'focus_person' AND user_id IS NULL",
                        )
                        .bind(i.org.as_uuid())
                        .bind(i.circle.as_uuid())
                        .bind(member.as_uuid())
                        .bind(link.user_id.as_uuid())
                        .execute(&mut *tx)
                        .await
                        .map_err($crate::map_err)?;
                        if linked.rows_affected() == 0 {
                            return Ok(VersionedWrite::Stale);
                        }
                    }
                    CircleJoin::Member { member, .. } => {
                        $crate::insert_circle_member!(&mut *tx, member)?;
                    }
                    CircleJoin::Already => {}
                }
                $crate::insert_audit_entries!(self, tx, i.audit)?;
                tx.commit().await.map_err($crate::map_err)?;
                Ok(VersionedWrite::Done)
            }
        }
    };
}
