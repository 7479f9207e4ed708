//! What acts on a person's whole account: their password, their second
//! factor, their sessions. One account may belong to several organisations,
//! so an administrator of one organisation must not be able to act on it for
//! someone who also belongs to another (that would take over their access
//! there), nor on the installation's administrator, nor on themselves (they
//! use their own account pages). Whatever is done to an account is written to
//! the log of every organisation the person belongs to (`moves-core`), so each
//! one's administrators see it.

use crate::ids::{OrgId, UserId};
use crate::membership::Membership;
use crate::user::User;

/// Why an administrator of one organisation may not act on an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AccountWideProblem {
    #[error("the person is not a member of this organisation")]
    NotAMember,
    #[error("the person also belongs to another organisation")]
    OtherOrganisations,
    #[error("the person administers the installation")]
    InstallationAdmin,
    #[error("administrators change their own account themselves")]
    Themselves,
}

impl AccountWideProblem {
    /// A short code, for a page's address and its message.
    pub const fn code(self) -> &'static str {
        match self {
            AccountWideProblem::NotAMember => "not-a-member",
            AccountWideProblem::OtherOrganisations => "other-organisation",
            AccountWideProblem::InstallationAdmin => "installation-admin",
            AccountWideProblem::Themselves => "yourself",
        }
    }
}

/// Whether `by`, an administrator of `org`, may act on the whole account of
/// `person`, given every active or past membership of that person.
pub fn check_account_wide(
    org: OrgId,
    person: &User,
    by: UserId,
    memberships_of_person: &[Membership],
) -> Result<(), AccountWideProblem> {
    let active = |m: &&Membership| m.is_active() && m.user_id == person.id;
    if !memberships_of_person
        .iter()
        .filter(active)
        .any(|m| m.org_id == org)
    {
        return Err(AccountWideProblem::NotAMember);
    }
    if person.id == by {
        return Err(AccountWideProblem::Themselves);
    }
    if person.installation_admin {
        return Err(AccountWideProblem::InstallationAdmin);
    }
    if memberships_of_person
        .iter()
        .filter(active)
        .any(|m| m.org_id != org)
    {
        return Err(AccountWideProblem::OtherOrganisations);
    }
    Ok(())
}

/// Whether a set-password link made for `org` (by its administrator, who
/// could then act on the whole account) has been outlived: the person has
/// since joined another organisation, so the rule above would now refuse it.
/// Such a link no longer works.
pub fn link_outlived(
    link: &crate::auth::one_time::OneTimeToken,
    memberships_of_person: &[Membership],
) -> bool {
    let Some(org) = link.org_id else {
        return false;
    };
    memberships_of_person.iter().any(|m| {
        m.is_active()
            && m.user_id == link.user_id
            && m.org_id != org
            && m.created_at >= link.created_at
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Timestamp;
    use crate::membership::Role;
    use crate::user::Email;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    fn sam() -> User {
        User::new("Sam", Some(Email::parse("sam@example.org").unwrap()), T0).unwrap()
    }

    #[test]
    fn only_someone_who_belongs_here_alone() {
        let (org, admin) = (OrgId::new(), UserId::new());
        let mut sam = sam();
        let here = Membership::new(org, sam.id, Role::Practitioner, T0);
        let check = |sam: &User, by, ms: &[Membership]| check_account_wide(org, sam, by, ms);
        assert_eq!(check(&sam, admin, std::slice::from_ref(&here)), Ok(()));
        let elsewhere = Membership::new(OrgId::new(), sam.id, Role::OrgAdmin, T0);
        assert_eq!(
            check(&sam, admin, &[here.clone(), elsewhere.clone()]),
            Err(AccountWideProblem::OtherOrganisations)
        );
        let mut ended = elsewhere;
        ended.revoked_at = Some(T0);
        assert_eq!(check(&sam, admin, &[here.clone(), ended.clone()]), Ok(()));
        assert_eq!(
            check(&sam, admin, std::slice::from_ref(&ended)),
            Err(AccountWideProblem::NotAMember)
        );
        assert_eq!(
            check(&sam, sam.id, std::slice::from_ref(&here)),
            Err(AccountWideProblem::Themselves)
        );
        sam.installation_admin = true;
        assert_eq!(
            check(&sam, admin, std::slice::from_ref(&here)),
            Err(AccountWideProblem::InstallationAdmin)
        );
    }
}
