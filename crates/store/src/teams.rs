//! The port for teams.

use super::StoreResult;
use crate::AuditEntry;
use async_trait::async_trait;
use moves_domain::clock::Timestamp;
use moves_domain::ids::{OrgId, UserId};

// Named only by the links in the doc comments.
#[cfg(doc)]
use super::StoreError;

/// Teams inside one organisation (see [`moves_domain::team`]). Every method takes the
/// organisation first and finds nothing of any other: another organisation's
/// team id is as unknown as a made-up one.
#[async_trait]
pub trait TeamStore: Send + Sync {
    /// Fails with [`StoreError::Conflict`] when the organisation has a team of
    /// that name already (compared by [`moves_domain::team::team_name_key`]).
    /// `audit` is written in the same transaction.
    async fn create_team(
        &self,
        team: &moves_domain::team::Team,
        audit: &AuditEntry,
    ) -> StoreResult<()>;
    /// A page of the organisation's teams, by name: at most `limit`, after the
    /// team `after` (its name key and id) when given.
    async fn teams_page(
        &self,
        org: OrgId,
        after: Option<(String, moves_domain::ids::TeamId)>,
        limit: u32,
    ) -> StoreResult<Vec<moves_domain::team::Team>>;
    /// The memberships of the given teams of the organisation (one page of
    /// the teams list), in the order they joined: one query.
    async fn team_memberships_of_teams(
        &self,
        org: OrgId,
        teams: &[moves_domain::ids::TeamId],
    ) -> StoreResult<Vec<moves_domain::team::TeamMember>>;
    /// The organisation's teams, by name.
    async fn teams_of_organisation(&self, org: OrgId)
    -> StoreResult<Vec<moves_domain::team::Team>>;
    async fn team(
        &self,
        org: OrgId,
        id: moves_domain::ids::TeamId,
    ) -> StoreResult<Option<moves_domain::team::Team>>;
    /// Adds the person to the team, in one statement, only if the team is the
    /// organisation's and the person has an active membership of it (the rule of
    /// [`moves_domain::team::TeamMember::new`], checked again where it cannot race).
    /// False, and nothing written, otherwise or when they are in the team already.
    async fn add_team_member(
        &self,
        org: OrgId,
        team: moves_domain::ids::TeamId,
        user: UserId,
        at: Timestamp,
        audit: &AuditEntry,
    ) -> StoreResult<bool>;
    /// False, and nothing written, when the person was not in that team of
    /// that organisation; otherwise `audit` is written with the removal.
    async fn remove_team_member(
        &self,
        org: OrgId,
        team: moves_domain::ids::TeamId,
        user: UserId,
        audit: &AuditEntry,
    ) -> StoreResult<bool>;
    /// The people in one team, in the order they joined.
    async fn team_members(
        &self,
        org: OrgId,
        team: moves_domain::ids::TeamId,
    ) -> StoreResult<Vec<UserId>>;
    /// Up to `limit` people in one team, in the order they joined, after the
    /// one who joined at `after` (from the start when `None`).
    async fn team_members_page(
        &self,
        org: OrgId,
        team: moves_domain::ids::TeamId,
        after: Option<(Timestamp, UserId)>,
        limit: u32,
    ) -> StoreResult<Vec<moves_domain::team::TeamMember>>;
    /// Which of `users` are in one team.
    async fn team_members_among(
        &self,
        org: OrgId,
        team: moves_domain::ids::TeamId,
        users: &[UserId],
    ) -> StoreResult<Vec<UserId>>;
    /// Every team membership in the organisation (for a page listing all its
    /// teams with their people): one query, not one per team.
    async fn team_memberships_of_organisation(
        &self,
        org: OrgId,
    ) -> StoreResult<Vec<moves_domain::team::TeamMember>>;
    /// The teams one person is in, in this organisation only.
    async fn teams_of_user(
        &self,
        org: OrgId,
        user: UserId,
    ) -> StoreResult<Vec<moves_domain::team::Team>>;
}
