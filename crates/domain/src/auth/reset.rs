//! An administrator resets a member's password: the member gets a one-time
//! set-password link (by email when the installation sends email, otherwise
//! passed on by hand, as for young people and parents with a username).
//!
//! A password opens a person's whole account, which may reach more than one
//! organisation. An administrator of one organisation must not be able to take
//! over someone's access to another, so [`check_reset`] refuses a person who
//! also belongs to another organisation, and the installation administrator.
//! Their second factor is untouched: a reset link alone never signs in a staff
//! member.

use super::AuthError;
use super::one_time::OneTimeToken;
use crate::clock::Timestamp;
use crate::ids::{OrgId, UserId};
use crate::membership::Membership;
use crate::user::User;

/// How long a reset link works: a day. Shorter than an invitation, since the
/// person is already known and waiting for it.
pub const RESET_VALID_HOURS: i64 = 24;

/// Why a member's password may not be reset here: the rule of every
/// account-wide action.
pub use super::account_wide::AccountWideProblem as ResetProblem;

/// Whether `by`, an administrator of `target.org_id`, may reset the password of
/// `person` (whose membership is `target`), given all of that person's
/// memberships in every organisation.
pub fn check_reset(
    target: &Membership,
    person: &User,
    by: UserId,
    memberships_of_person: &[Membership],
) -> Result<(), ResetProblem> {
    if !target.is_active() || target.user_id != person.id {
        return Err(ResetProblem::NotAMember);
    }
    super::account_wide::check_account_wide(target.org_id, person, by, memberships_of_person)
}

/// The reset link for `person`, made in `org`: the token for the link and the
/// record to store.
pub fn reset_link(
    person: UserId,
    org: OrgId,
    now: Timestamp,
) -> Result<(String, OneTimeToken), AuthError> {
    OneTimeToken::issue(
        person,
        Some(org),
        super::one_time::Purpose::SetPassword,
        now,
        RESET_VALID_HOURS,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::membership::Role;
    use crate::user::Email;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    fn person() -> User {
        User::new("Sam", Some(Email::parse("sam@example.org").unwrap()), T0).unwrap()
    }

    #[test]
    fn a_member_of_this_organisation_only_may_be_reset() {
        let org = OrgId::new();
        let admin = UserId::new();
        let sam = person();
        let here = Membership::new(org, sam.id, Role::ParentCarer, T0);
        assert_eq!(
            check_reset(&here, &sam, admin, std::slice::from_ref(&here)),
            Ok(())
        );

        let elsewhere = Membership::new(OrgId::new(), sam.id, Role::Practitioner, T0);
        assert_eq!(
            check_reset(&here, &sam, admin, &[here.clone(), elsewhere.clone()]),
            Err(ResetProblem::OtherOrganisations)
        );
        // A membership elsewhere that was taken away no longer counts.
        let mut ended = elsewhere;
        ended.revoked_at = Some(T0);
        assert_eq!(
            check_reset(&here, &sam, admin, &[here.clone(), ended]),
            Ok(())
        );
    }

    #[test]
    fn refused_for_removed_members_installation_admins_and_oneself() {
        let org = OrgId::new();
        let mut sam = person();
        let mut here = Membership::new(org, sam.id, Role::Practitioner, T0);
        assert_eq!(
            check_reset(&here, &sam, sam.id, std::slice::from_ref(&here)),
            Err(ResetProblem::Themselves)
        );
        sam.installation_admin = true;
        assert_eq!(
            check_reset(&here, &sam, UserId::new(), std::slice::from_ref(&here)),
            Err(ResetProblem::InstallationAdmin)
        );
        sam.installation_admin = false;
        here.revoked_at = Some(T0);
        assert_eq!(
            check_reset(&here, &sam, UserId::new(), std::slice::from_ref(&here)),
            Err(ResetProblem::NotAMember)
        );
    }

    #[test]
    fn a_reset_link_sets_a_password_for_a_day() {
        let org = OrgId::new();
        let sam = UserId::new();
        let (token, link) = reset_link(sam, org, T0).unwrap();
        assert_eq!(link.token_hash, crate::session::hash_token(&token));
        assert!(link.sets_password(T0.plus_seconds(RESET_VALID_HOURS * 3600 - 1)));
        assert!(!link.sets_password(T0.plus_seconds(RESET_VALID_HOURS * 3600)));
        assert_eq!(link.org_id, Some(org));
    }
}
