//! The permission policy: what each role may do, in one table. Every route of the
//! web layer is registered with a [`Rule`] that is checked against this table, and
//! a generated test matrix runs every role against every route.
//!
//! The table is written out for people in `docs/permissions.md`; a test keeps the
//! two in step.

use crate::ids::{OrgId, UserId};
use crate::membership::Role;

/// Things a person may be allowed to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Capability {
    /// Create organisations on this installation.
    CreateOrganisation,
    /// Add, change and remove members and their roles.
    ManageMembers,
    /// Organise members into teams.
    ManageTeams,
    /// Change the organisation's settings (second factor, privacy notice).
    ManageSettings,
    /// Adopt an edition, accept overlays, add local moves.
    AdaptFramework,
    /// Read the organisation's audit log.
    ReadAuditLog,
    /// Start a new circle.
    CreateCircle,
    /// Invite people into a circle one belongs to.
    InviteToCircle,
    /// See the circles of the teams one manages.
    SeeTeamCircles,
    /// Reports with exact counts, for staff who may open circles.
    ReadInternalReports,
    /// Reports meant for sharing outside (disclosure-controlled).
    ReadSharedReports,
    /// Work in the circles one is a member of.
    WorkInOwnCircles,
}

impl Capability {
    pub const ALL: [Capability; 12] = [
        Capability::CreateOrganisation,
        Capability::ManageMembers,
        Capability::ManageTeams,
        Capability::ManageSettings,
        Capability::AdaptFramework,
        Capability::ReadAuditLog,
        Capability::CreateCircle,
        Capability::InviteToCircle,
        Capability::SeeTeamCircles,
        Capability::ReadInternalReports,
        Capability::ReadSharedReports,
        Capability::WorkInOwnCircles,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Capability::CreateOrganisation => "create_organisation",
            Capability::ManageMembers => "manage_members",
            Capability::ManageTeams => "manage_teams",
            Capability::ManageSettings => "manage_settings",
            Capability::AdaptFramework => "adapt_framework",
            Capability::ReadAuditLog => "read_audit_log",
            Capability::CreateCircle => "create_circle",
            Capability::InviteToCircle => "invite_to_circle",
            Capability::SeeTeamCircles => "see_team_circles",
            Capability::ReadInternalReports => "read_internal_reports",
            Capability::ReadSharedReports => "read_shared_reports",
            Capability::WorkInOwnCircles => "work_in_own_circles",
        }
    }
}

/// The policy table. Circle content is further limited to the circles a person
/// belongs to (or, for a manager, their teams'); that is checked where circles
/// are loaded, never here alone.
pub const fn role_may(role: Role, cap: Capability) -> bool {
    use Capability as C;
    use Role as R;
    match cap {
        C::CreateOrganisation => false,
        C::ManageMembers
        | C::ManageTeams
        | C::ManageSettings
        | C::AdaptFramework
        | C::ReadAuditLog => {
            matches!(role, R::OrgAdmin)
        }
        C::CreateCircle | C::InviteToCircle => matches!(role, R::Practitioner),
        C::SeeTeamCircles => matches!(role, R::Manager),
        C::ReadInternalReports => matches!(role, R::Manager | R::OrgAdmin),
        C::ReadSharedReports => matches!(role, R::Viewer | R::Manager | R::OrgAdmin),
        C::WorkInOwnCircles => {
            matches!(
                role,
                R::Practitioner | R::Manager | R::ParentCarer | R::YoungPerson | R::OrgAdmin
            )
        }
    }
}

/// What the installation administrator may do: create organisations, nothing
/// inside them.
pub const fn installation_admin_may(cap: Capability) -> bool {
    matches!(cap, Capability::CreateOrganisation)
}

/// Who is asking, as far as permissions go. Read afresh from the database for
/// every request, so a revoked membership stops working at the next request.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Actor {
    pub user: Option<UserId>,
    pub installation_admin: bool,
    /// The organisation being worked in, and the person's active roles there.
    pub org: Option<OrgId>,
    pub roles: Vec<Role>,
}

impl Actor {
    pub fn anonymous() -> Self {
        Self::default()
    }

    pub fn may(&self, cap: Capability) -> bool {
        (self.installation_admin && installation_admin_may(cap))
            || (self.org.is_some() && self.roles.iter().any(|r| role_may(*r, cap)))
    }
}

/// The rule a route is registered with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Anyone, signed in or not.
    Public,
    /// Anyone signed in.
    SignedIn,
    /// Someone with this capability (in the organisation they are working in,
    /// or on the installation).
    May(Capability),
    /// The steps of signing in after the password: giving the second factor, or
    /// setting one up. Open to someone whose password was right but whose second
    /// factor is still to come (see [`Rule::decide_pending`]), and to anyone
    /// signed in (who has nothing left to give, and is sent on).
    SecondFactorStep,
    /// A page of one circle: open to someone signed in who may work in circles
    /// or see their teams' circles. Whether they may open *this* circle is
    /// decided where it is loaded (`circle::open_circle`); anyone else is told
    /// nothing exists ([`Decision::NotFound`]), so circle ids cannot be probed.
    InCircle,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// Not signed in: ask them to.
    SignIn,
    /// Signed in, but this is not theirs to do.
    Deny,
    /// Signed in, but not told that what they asked for exists.
    NotFound,
}

impl Rule {
    pub fn decide(self, actor: &Actor) -> Decision {
        match (self, actor.user) {
            (Rule::Public, _) => Decision::Allow,
            (_, None) => Decision::SignIn,
            (Rule::SignedIn | Rule::SecondFactorStep, Some(_)) => Decision::Allow,
            (Rule::May(cap), Some(_)) if actor.may(cap) => Decision::Allow,
            (Rule::May(_), Some(_)) => Decision::Deny,
            (Rule::InCircle, Some(_))
                if actor.may(Capability::WorkInOwnCircles)
                    || actor.may(Capability::SeeTeamCircles) =>
            {
                Decision::Allow
            }
            (Rule::InCircle, Some(_)) => Decision::NotFound,
        }
    }

    /// The decision for someone part-way through signing in: their password was
    /// right, their second factor is still to come. They reach the second-factor
    /// steps and public pages only; everywhere else they are not signed in
    /// ([`Decision::SignIn`]: the web layer sends them back to the step they are
    /// at).
    pub fn decide_pending(self) -> Decision {
        match self {
            Rule::Public | Rule::SecondFactorStep => Decision::Allow,
            Rule::SignedIn | Rule::May(_) | Rule::InCircle => Decision::SignIn,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table from the issue, written as (role, capabilities it has). If the
    /// policy changes, this and docs/permissions.md change with it.
    #[test]
    fn the_policy_table() {
        use Capability as C;
        let expected: [(Role, &[Capability]); 6] = [
            (
                Role::OrgAdmin,
                &[
                    C::ManageMembers,
                    C::ManageTeams,
                    C::ManageSettings,
                    C::AdaptFramework,
                    C::ReadAuditLog,
                    C::ReadInternalReports,
                    C::ReadSharedReports,
                    C::WorkInOwnCircles,
                ],
            ),
            (
                Role::Manager,
                &[
                    C::SeeTeamCircles,
                    C::ReadInternalReports,
                    C::ReadSharedReports,
                    C::WorkInOwnCircles,
                ],
            ),
            (
                Role::Practitioner,
                &[C::CreateCircle, C::InviteToCircle, C::WorkInOwnCircles],
            ),
            (Role::ParentCarer, &[C::WorkInOwnCircles]),
            (Role::YoungPerson, &[C::WorkInOwnCircles]),
            (Role::Viewer, &[C::ReadSharedReports]),
        ];
        for (role, caps) in expected {
            for cap in Capability::ALL {
                assert_eq!(
                    role_may(role, cap),
                    caps.contains(&cap),
                    "{role} / {}",
                    cap.as_str()
                );
            }
        }
        for cap in Capability::ALL {
            assert_eq!(
                installation_admin_may(cap),
                cap == C::CreateOrganisation,
                "{}",
                cap.as_str()
            );
        }
    }

    #[test]
    fn rules_decide() {
        let org = OrgId::new();
        let anon = Actor::anonymous();
        let viewer = Actor {
            user: Some(UserId::new()),
            org: Some(org),
            roles: vec![Role::Viewer],
            ..Actor::default()
        };
        let admin = Actor {
            user: Some(UserId::new()),
            installation_admin: true,
            ..Actor::default()
        };
        assert_eq!(Rule::Public.decide(&anon), Decision::Allow);
        assert_eq!(Rule::SignedIn.decide(&anon), Decision::SignIn);
        assert_eq!(Rule::SignedIn.decide(&viewer), Decision::Allow);
        assert_eq!(
            Rule::May(Capability::ReadSharedReports).decide(&viewer),
            Decision::Allow
        );
        assert_eq!(
            Rule::May(Capability::ReadAuditLog).decide(&viewer),
            Decision::Deny
        );
        assert_eq!(
            Rule::May(Capability::CreateOrganisation).decide(&admin),
            Decision::Allow
        );
        assert_eq!(
            Rule::May(Capability::ReadAuditLog).decide(&admin),
            Decision::Deny,
            "sees nothing inside"
        );
        assert_eq!(Rule::SecondFactorStep.decide(&anon), Decision::SignIn);
        assert_eq!(Rule::SecondFactorStep.decide(&viewer), Decision::Allow);
        // Part-way through signing in: only the second-factor steps and public pages.
        assert_eq!(Rule::SecondFactorStep.decide_pending(), Decision::Allow);
        assert_eq!(Rule::Public.decide_pending(), Decision::Allow);
        assert_eq!(Rule::SignedIn.decide_pending(), Decision::SignIn);
        for cap in Capability::ALL {
            assert_eq!(Rule::May(cap).decide_pending(), Decision::SignIn);
        }
        assert_eq!(Rule::InCircle.decide_pending(), Decision::SignIn);
        // Roles without an organisation chosen grant nothing.
        let lost = Actor {
            org: None,
            ..viewer
        };
        assert_eq!(
            Rule::May(Capability::ReadSharedReports).decide(&lost),
            Decision::Deny
        );
    }
}

#[cfg(test)]
mod circle_rule_tests {
    use super::*;

    #[test]
    fn circle_pages_are_for_people_who_work_in_or_see_circles() {
        let org = OrgId::new();
        assert_eq!(Rule::InCircle.decide(&Actor::anonymous()), Decision::SignIn);
        for role in Role::ALL {
            let actor = Actor {
                user: Some(UserId::new()),
                org: Some(org),
                roles: vec![role],
                ..Actor::default()
            };
            let expected = if role == Role::Viewer {
                Decision::NotFound
            } else {
                Decision::Allow
            };
            assert_eq!(Rule::InCircle.decide(&actor), expected, "{role}");
        }
        let installation_admin = Actor {
            user: Some(UserId::new()),
            installation_admin: true,
            ..Actor::default()
        };
        assert_eq!(
            Rule::InCircle.decide(&installation_admin),
            Decision::NotFound
        );
    }
}

#[cfg(test)]
mod docs_tests {
    use super::*;

    /// docs/permissions.md is what people read; this keeps it true.
    #[test]
    fn the_docs_table_matches_the_policy() {
        let doc = include_str!("../../../docs/permissions.md");
        let table = doc
            .split("<!-- permission-table:start -->")
            .nth(1)
            .and_then(|rest| rest.split("<!-- permission-table:end -->").next())
            .expect("the table markers are in docs/permissions.md");
        let mut rows = table.lines().map(str::trim).filter(|l| l.starts_with('|'));
        let header: Vec<&str> = rows
            .next()
            .unwrap()
            .trim_matches('|')
            .split('|')
            .map(str::trim)
            .collect();
        assert_eq!(header[1], "installation_admin");
        let roles: Vec<Role> = header[2..].iter().map(|r| r.parse().unwrap()).collect();
        let mut seen = Vec::new();
        for row in rows.skip(1) {
            let cells: Vec<&str> = row.trim_matches('|').split('|').map(str::trim).collect();
            let cap = Capability::ALL
                .into_iter()
                .find(|c| c.as_str() == cells[0])
                .unwrap_or_else(|| panic!("unknown capability {}", cells[0]));
            assert_eq!(
                cells[1] == "yes",
                installation_admin_may(cap),
                "installation_admin / {}",
                cells[0]
            );
            for (role, cell) in roles.iter().zip(&cells[2..]) {
                assert_eq!(
                    *cell == "yes",
                    role_may(*role, cap),
                    "{role} / {}",
                    cells[0]
                );
            }
            seen.push(cap);
        }
        assert_eq!(
            seen.len(),
            Capability::ALL.len(),
            "every capability has a row"
        );
    }
}
