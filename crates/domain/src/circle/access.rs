//! Who may open a circle, decided once. A member of the circle (by their
//! account, while a role they hold in the organisation now fits their part in
//! the circle) opens it; so does a manager of the circle's team. Nobody else does:
//! not an organisation administrator who is not a member, not a viewer, and
//! nobody of another organisation. The web layer answers them all with 404.

use crate::circle::audience::Audience;
use crate::circle::byline::Byline;
use crate::circle::member::{CircleMember, CircleRole};
use crate::circle::space::Circle;
use crate::ids::TeamId;
use crate::permission::{Actor, Capability};

/// Why someone may open a circle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CircleAccess {
    /// They are in it.
    Member(CircleMember),
    /// They manage the circle's team (and are not in it).
    TeamManager,
}

impl CircleAccess {
    /// What `actor` may do with `circle`, whose members are `members`, when the
    /// actor is in the teams `actor_teams` (of the circle's organisation).
    pub fn for_actor(
        actor: &Actor,
        circle: &Circle,
        members: &[CircleMember],
        actor_teams: &[TeamId],
    ) -> Option<Self> {
        let user = actor.user?;
        if actor.org != Some(circle.org_id) {
            return None;
        }
        // The part they play is the one stored with the circle only while a
        // role they hold in the organisation now still fits it: a practitioner
        // made a parent, or an administrator instead, is no practitioner here.
        if actor.may(Capability::WorkInOwnCircles)
            && let Some(m) = members.iter().find(|m| {
                m.org_id == circle.org_id
                    && m.user_id == Some(user)
                    && actor.roles.iter().any(|r| m.role.fits_account(*r))
            })
        {
            return Some(CircleAccess::Member(m.clone()));
        }
        if actor.may(Capability::SeeTeamCircles)
            && circle.team_id.is_some_and(|t| actor_teams.contains(&t))
        {
            return Some(CircleAccess::TeamManager);
        }
        None
    }

    pub fn role(&self) -> Option<CircleRole> {
        match self {
            CircleAccess::Member(m) => Some(m.role),
            CircleAccess::TeamManager => None,
        }
    }

    /// Practitioners in the circle see everything about the focus person,
    /// protected or not.
    pub fn is_practitioner_in_circle(&self) -> bool {
        self.role().is_some_and(CircleRole::is_practitioner)
    }

    /// Whether they are the person the circle is about (signed in as
    /// themselves).
    pub fn is_focus_person(&self) -> bool {
        self.role() == Some(CircleRole::FocusPerson)
    }

    /// Whether they see the focus person's identifying details (date of birth
    /// or age band, languages) when the circle protects them: its
    /// practitioners, and the young person, whose details they are.
    pub fn sees_identifying_details(&self, circle: &Circle) -> bool {
        !circle.protected_identity || self.is_practitioner_in_circle() || self.is_focus_person()
    }

    /// Whether they may add people, close or reopen the circle.
    pub fn may_manage(&self, actor: &Actor) -> bool {
        self.role() == Some(CircleRole::Practitioner) && actor.may(Capability::InviteToCircle)
    }

    /// Whether they see a contribution with `audience` and `byline`.
    pub fn sees(&self, audience: Audience, byline: &Byline) -> bool {
        match self {
            CircleAccess::Member(m) => audience.reaches(byline, m),
            CircleAccess::TeamManager => audience.reaches_team_managers(),
        }
    }

    /// What they are shown of a contribution: all of it, only that it exists
    /// (a restricted note they may not read), or nothing at all.
    pub fn glimpse(&self, audience: Audience, byline: &Byline) -> Glimpse {
        if self.sees(audience, byline) {
            Glimpse::Whole
        } else if audience.shows_that_it_exists() {
            Glimpse::ThatItExists
        } else {
            Glimpse::Nothing
        }
    }

    /// The member they are in the circle, if they are one.
    pub fn member(&self) -> Option<&CircleMember> {
        match self {
            CircleAccess::Member(m) => Some(m),
            CircleAccess::TeamManager => None,
        }
    }
}

/// How much of one contribution a person is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Glimpse {
    Whole,
    ThatItExists,
    Nothing,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::circle::space::NewCircle;
    use crate::clock::Timestamp;
    use crate::ids::{CircleId, OrgId, UserId};
    use crate::membership::Role;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    fn actor(org: OrgId, role: Role) -> Actor {
        Actor {
            user: Some(UserId::new()),
            org: Some(org),
            roles: vec![role],
            ..Actor::default()
        }
    }

    #[test]
    fn members_and_their_team_managers_only() {
        let org = OrgId::new();
        let team = TeamId::new();
        let mut circle = Circle::new(
            CircleId::new(),
            org,
            &NewCircle {
                focus_name: "Zoë",
                team_id: Some(team),
                protected_identity: true,
                ..NewCircle::default()
            },
            UserId::new(),
            T0,
        )
        .unwrap();
        let practitioner = actor(org, Role::Practitioner);
        let parent = actor(org, Role::ParentCarer);
        let admin_member = actor(org, Role::OrgAdmin);
        let admin_and_carer = Actor {
            roles: vec![Role::OrgAdmin, Role::ParentCarer],
            ..admin_member.clone()
        };
        let members: Vec<CircleMember> = [
            (&practitioner, CircleRole::Practitioner),
            (&parent, CircleRole::ParentCarer),
            (&admin_member, CircleRole::Supporter),
        ]
        .into_iter()
        .map(|(a, role)| CircleMember::new(org, circle.id, a.user, "x", "", role, T0).unwrap())
        .collect();

        let p = CircleAccess::for_actor(&practitioner, &circle, &members, &[]).unwrap();
        assert!(p.may_manage(&practitioner));
        assert!(p.sees_identifying_details(&circle));
        let c = CircleAccess::for_actor(&parent, &circle, &members, &[]).unwrap();
        assert_eq!(c.role(), Some(CircleRole::ParentCarer));
        assert!(!c.may_manage(&parent));
        assert!(!c.sees_identifying_details(&circle), "protected");
        assert_eq!(
            CircleAccess::for_actor(&admin_member, &circle, &members, &[]),
            None,
            "being an administrator gives no part in a circle"
        );
        assert!(
            CircleAccess::for_actor(&admin_and_carer, &circle, &members, &[]).is_some(),
            "an administrator who is also a carer opens it as a supporter"
        );

        // Not members: nothing, whatever their role or teams.
        for role in Role::ALL {
            let a = actor(org, role);
            let access = CircleAccess::for_actor(&a, &circle, &members, &[TeamId::new()]);
            assert_eq!(access, None, "{role} not in the circle or its team");
        }
        // A manager of the circle's team sees it; a viewer in that team does not.
        let manager = actor(org, Role::Manager);
        let m = CircleAccess::for_actor(&manager, &circle, &members, &[team]).unwrap();
        assert_eq!(m, CircleAccess::TeamManager);
        assert!(!m.sees_identifying_details(&circle));
        assert!(!m.may_manage(&manager));
        let by_practitioner = Byline::own(members[0].id);
        assert!(!m.sees(Audience::OnlyMe, &by_practitioner));
        assert!(m.sees(Audience::Practitioners, &by_practitioner));
        assert_eq!(
            m.glimpse(Audience::Restricted, &by_practitioner),
            Glimpse::Whole
        );
        assert_eq!(
            c.glimpse(Audience::Restricted, &by_practitioner),
            Glimpse::ThatItExists
        );
        assert_eq!(
            c.glimpse(Audience::Practitioners, &by_practitioner),
            Glimpse::Nothing
        );
        assert_eq!(
            c.glimpse(Audience::WholeCircle, &by_practitioner),
            Glimpse::Whole
        );
        assert_eq!(
            CircleAccess::for_actor(&actor(org, Role::Viewer), &circle, &members, &[team]),
            None
        );
        // Unprotected: every member sees the details.
        circle.protected_identity = false;
        assert!(c.sees_identifying_details(&circle));

        // The same person working in another organisation finds nothing.
        let elsewhere = Actor {
            org: Some(OrgId::new()),
            ..practitioner.clone()
        };
        assert_eq!(
            CircleAccess::for_actor(&elsewhere, &circle, &members, &[team]),
            None
        );
        assert_eq!(
            CircleAccess::for_actor(&Actor::anonymous(), &circle, &members, &[team]),
            None
        );
        // A member whose organisation role no longer fits their part is shut
        // out: a practitioner made a viewer, a parent or carer, or an
        // administrator instead. Made a manager, they may still hold it.
        for now in [
            Role::Viewer,
            Role::ParentCarer,
            Role::YoungPerson,
            Role::OrgAdmin,
        ] {
            let demoted = Actor {
                roles: vec![now],
                ..practitioner.clone()
            };
            assert_eq!(
                CircleAccess::for_actor(&demoted, &circle, &members, &[]),
                None,
                "{now}"
            );
        }
        let manager_now = Actor {
            roles: vec![Role::Manager],
            ..practitioner.clone()
        };
        assert_eq!(
            CircleAccess::for_actor(&manager_now, &circle, &members, &[]).and_then(|a| a.role()),
            Some(CircleRole::Practitioner)
        );
    }
}
