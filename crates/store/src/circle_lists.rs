//! The port for the circles list, a page at a time.

use super::{CircleSummary, StoreResult};
use async_trait::async_trait;
use moves_domain::circle::{CircleCursor, CircleRole};
use moves_domain::ids::{OrgId, UserId};

/// Which page of a person's circles to read.
#[derive(Debug, Clone, Copy)]
pub struct CirclePage<'a> {
    pub org: OrgId,
    pub user: UserId,
    /// The parts in a circle that the person's organisation roles fit now: a
    /// circle they are in with any other part is not theirs any more.
    pub roles: &'a [CircleRole],
    /// Start after this circle; the newest first when `None`.
    pub after: Option<CircleCursor>,
    pub limit: u32,
}

/// The circles a person is in, and those of the teams they are in, newest
/// first (by when a circle was started, then its id), a page at a time, each
/// with its member count, one query per page.
#[async_trait]
pub trait CircleListStore: Send + Sync {
    /// The circles `page.user` is a member of with one of `page.roles`.
    async fn circles_of_member_page(
        &self,
        page: &CirclePage<'_>,
    ) -> StoreResult<Vec<CircleSummary>>;
    /// The circles of the teams `page.user` is in, except those they are a
    /// member of with one of `page.roles` (listed as theirs already).
    async fn circles_of_teams_page(&self, page: &CirclePage<'_>)
    -> StoreResult<Vec<CircleSummary>>;
}
