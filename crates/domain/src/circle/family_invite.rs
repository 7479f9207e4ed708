//! A circle's practitioner inviting the family into it: the young person the
//! circle is about (their account becomes the focus person's) or a parent or
//! carer (added as a member), without waiting for an administrator, when the
//! organisation allows it ([`FamilyInviteSetting`]). The invitation itself
//! follows the administrator's rules ([`crate::auth::invite`]): it never sets
//! the password of an account someone holds, and the role it gives is held
//! only once the person accepts; until then the circle shows them nothing,
//! because access is worked out from the roles they hold now.

use crate::circle::member::{CircleMember, CircleRole};
use crate::circle::open::OpenCircle;
use crate::clock::Timestamp;
use crate::ids::UserId;
use crate::membership::Role;
use crate::permission::Actor;

/// Whether the organisation's practitioners may invite young people and
/// parents or carers into their circles. Off until an administrator turns it
/// on: it lets practitioners give out accounts and roles, which an
/// organisation (a council's information governance, say) should choose
/// knowingly.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FamilyInviteSetting {
    pub allowed: bool,
    pub changed_by: Option<UserId>,
    pub changed_at: Option<Timestamp>,
}

impl FamilyInviteSetting {
    /// The setting as `by` leaves it at `now`.
    pub fn set(allowed: bool, by: UserId, now: Timestamp) -> Self {
        Self {
            allowed,
            changed_by: Some(by),
            changed_at: Some(now),
        }
    }

    /// The audit entry's detail for this setting.
    pub const fn audit_detail(&self) -> &'static str {
        if self.allowed {
            "family_invites_on"
        } else {
            "family_invites_off"
        }
    }
}

/// Who in the family is invited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FamilyPart {
    /// The young person the circle is about.
    YoungPerson,
    ParentCarer,
}

impl FamilyPart {
    /// From the form's code; any other role is refused.
    pub fn parse(code: &str) -> Option<Self> {
        match code.trim() {
            "young_person" => Some(FamilyPart::YoungPerson),
            "parent_carer" => Some(FamilyPart::ParentCarer),
            _ => None,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            FamilyPart::YoungPerson => "young_person",
            FamilyPart::ParentCarer => "parent_carer",
        }
    }

    /// The organisation role the invitation gives.
    pub const fn role(self) -> Role {
        match self {
            FamilyPart::YoungPerson => Role::YoungPerson,
            FamilyPart::ParentCarer => Role::ParentCarer,
        }
    }
}

/// Why a practitioner may not invite into this circle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum FamilyInviteRefusal {
    /// The organisation has not allowed it.
    #[error("the organisation has not allowed practitioners to invite families")]
    NotAllowedHere,
    /// Only the circle's practitioners who may manage it invite.
    #[error("only the circle's practitioners invite")]
    NotAPractitioner,
    #[error("the circle is closed")]
    CircleClosed,
}

/// Whether `actor` may invite the family into `open` under `setting`.
pub fn may_invite(
    setting: &FamilyInviteSetting,
    open: &OpenCircle,
    actor: &Actor,
) -> Result<(), FamilyInviteRefusal> {
    if !open.access.may_manage(actor) {
        return Err(FamilyInviteRefusal::NotAPractitioner);
    }
    if !setting.allowed {
        return Err(FamilyInviteRefusal::NotAllowedHere);
    }
    if !open.circle.is_open() {
        return Err(FamilyInviteRefusal::CircleClosed);
    }
    Ok(())
}

/// How the invited person joins the circle, given who is in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Joining {
    /// Their account becomes the focus person's (who had none).
    AsFocus(CircleMember),
    /// Added as a parent or carer.
    AsParent,
    /// They are in the circle as this part already (an earlier invitation
    /// they have not taken up): only a new link is made.
    Already,
}

/// Why the invited person cannot join the circle as asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum JoiningProblem {
    /// The focus person has someone else's account already.
    #[error("the young person has an account linked already")]
    FocusLinked,
    /// The account is in the circle already, as someone else.
    #[error("that account is in this circle already")]
    InCircleAsSomeoneElse,
}

/// How `person` joins `open` as `part`.
pub fn joining(
    open: &OpenCircle,
    part: FamilyPart,
    person: UserId,
) -> Result<Joining, JoiningProblem> {
    let theirs = open.members.iter().find(|m| m.user_id == Some(person));
    match (part, theirs) {
        (FamilyPart::YoungPerson, Some(m)) if m.role == CircleRole::FocusPerson => {
            Ok(Joining::Already)
        }
        (FamilyPart::ParentCarer, Some(m)) if m.role == CircleRole::ParentCarer => {
            Ok(Joining::Already)
        }
        (_, Some(_)) => Err(JoiningProblem::InCircleAsSomeoneElse),
        (FamilyPart::ParentCarer, None) => Ok(Joining::AsParent),
        (FamilyPart::YoungPerson, None) => {
            match open
                .members
                .iter()
                .find(|m| m.role == CircleRole::FocusPerson)
            {
                Some(focus) if focus.user_id.is_none() => Ok(Joining::AsFocus(focus.clone())),
                _ => Err(JoiningProblem::FocusLinked),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_two_family_parts_are_invited() {
        assert_eq!(
            FamilyPart::parse(" young_person "),
            Some(FamilyPart::YoungPerson)
        );
        assert_eq!(
            FamilyPart::parse("parent_carer"),
            Some(FamilyPart::ParentCarer)
        );
        for other in [
            "practitioner",
            "org_admin",
            "manager",
            "viewer",
            "supporter",
            "",
        ] {
            assert_eq!(FamilyPart::parse(other), None, "{other}");
        }
        assert_eq!(FamilyPart::YoungPerson.role(), Role::YoungPerson);
        assert_eq!(FamilyPart::ParentCarer.role(), Role::ParentCarer);
    }

    #[test]
    fn the_setting_is_off_until_turned_on() {
        let off = FamilyInviteSetting::default();
        assert!(!off.allowed);
        let by = UserId::new();
        let on = FamilyInviteSetting::set(true, by, Timestamp::from_millis(5));
        assert_eq!(on.changed_by, Some(by));
        assert_eq!(on.audit_detail(), "family_invites_on");
        assert_eq!(off.audit_detail(), "family_invites_off");
    }
}
