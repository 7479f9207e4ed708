//! The port for what the home page reads.

use super::StoreResult;
use async_trait::async_trait;
use moves_domain::clock::Timestamp;
use moves_domain::ids::{OrgId, UserId};

/// What the home page reads (see [`moves_domain::home`]): one query per kind of
/// thing over all the person's circles, never one per circle. Every method
/// takes the organisation first and finds nothing of any other.
#[async_trait]
pub trait HomeStore: Send + Sync {
    /// Records that `user` looked at their home page in `org` at `at`, the
    /// window of what is new moved on by [`moves_domain::home::HomeVisit::next`]
    /// from their last look, and answers this look.
    async fn visit_home(
        &self,
        org: OrgId,
        user: UserId,
        at: Timestamp,
    ) -> StoreResult<moves_domain::home::HomeVisit>;
    /// The members of every circle `user` is a member of, in circle then
    /// joining order, at most `limit`.
    async fn members_of_circles_of_user(
        &self,
        org: OrgId,
        user: UserId,
        limit: u32,
    ) -> StoreResult<Vec<moves_domain::circle::CircleMember>>;
    /// The notes shared after `since` (every shared one when `None`) in the
    /// circles `user` is a member of, newest shared first, at most `limit`.
    /// Drafts never.
    async fn notes_shared_in_circles_of_user(
        &self,
        org: OrgId,
        user: UserId,
        since: Option<Timestamp>,
        limit: u32,
    ) -> StoreResult<Vec<moves_domain::circle::Note>>;
    /// The check perspectives shared after `since` (every shared one when
    /// `None`) in the circles `user` is a member of, newest shared first, at
    /// most `limit`. Drafts never. Their answers are left out (empty): the
    /// home page says only who shared, and the check page reads them when
    /// opened.
    async fn perspectives_shared_in_circles_of_user(
        &self,
        org: OrgId,
        user: UserId,
        since: Option<Timestamp>,
        limit: u32,
    ) -> StoreResult<Vec<moves_domain::check::Perspective>>;
    /// The open plans of the open circles `user` is a member of or that
    /// belong to a team they are in, soonest review first, at most `limit`,
    /// whoever may see them: callers decide ([`moves_domain::home::due_for`]).
    async fn open_plans_for_home(
        &self,
        org: OrgId,
        user: UserId,
        limit: u32,
    ) -> StoreResult<Vec<moves_domain::plan::Plan>>;
}
