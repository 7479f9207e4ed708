//! Invitations into an organisation, and taking people out of it: the rules, not
//! the pages.
//!
//! An administrator invites a person by name, with an email address or (for young
//! people and parents without one) a username, and a role. [`InviteRequest::parse`]
//! checks every field and names every problem at once. The person is created if
//! new (without a password) or reused when someone already has that email
//! address; a username must be new. Nothing is added to the memberships yet: an
//! invitation is a one-time link ([`super::one_time`], `Purpose::Invite(role)`)
//! that works once, for [`INVITE_VALID_HOURS`]; using it adds the membership.
//!
//! Taking a membership away ([`check_revoke`]) is refused for an administrator's
//! own `org_admin` membership, so nobody locks themselves out by a slip.

use super::AuthError;
use super::one_time::{OneTimeToken, Purpose};
use crate::clock::Timestamp;
use crate::ids::{OrgId, UserId};
use crate::membership::{Membership, Role};
use crate::text::{TextError, clean_line};
use crate::user::{DISPLAY_NAME_MAX, Email, EmailError, User, login_key};

/// How long an invitation works: three days.
pub const INVITE_VALID_HOURS: i64 = 72;
pub const USERNAME_MIN: usize = 3;
pub const USERNAME_MAX: usize = 40;

/// The path of the invitation page for a token, without the host.
pub fn invite_path(token: &str) -> String {
    format!("/invite/{token}")
}

/// What a username must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum UsernameError {
    #[error("is shorter than {USERNAME_MIN} characters")]
    TooShort,
    #[error("is longer than {USERNAME_MAX} characters")]
    TooLong,
    #[error("may hold only letters, digits, '.', '-' and '_'")]
    Characters,
}

/// A username: 3–40 letters, digits, `.`, `-` or `_`, kept as typed (trimmed);
/// unique without regard to case (the store enforces it).
pub fn parse_username(input: &str) -> Result<String, UsernameError> {
    let s = input.trim();
    let n = s.chars().count();
    if n < USERNAME_MIN {
        return Err(UsernameError::TooShort);
    }
    if n > USERNAME_MAX {
        return Err(UsernameError::TooLong);
    }
    if !s
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
    {
        return Err(UsernameError::Characters);
    }
    Ok(s.to_owned())
}

/// What the administrator typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InviteRequest {
    pub name: String,
    /// Optional; empty when the person has a username instead.
    pub email: String,
    /// Optional; empty when the person has an email address.
    pub username: String,
    /// A role code (`practitioner`, ...).
    pub role: String,
}

/// One thing wrong with an invitation, tied to its field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InviteProblem {
    Name(TextError),
    Email(EmailError),
    Username(UsernameError),
    /// Neither an email address nor a username.
    NoLogin,
    /// Both an email address and a username.
    BothLogins,
    /// Someone already has this username.
    UsernameTaken,
    Role,
    /// The person has this role here now.
    AlreadyHasRole,
}

impl InviteProblem {
    /// The form field the problem belongs to.
    pub const fn field(&self) -> &'static str {
        match self {
            InviteProblem::Name(_) => "name",
            InviteProblem::Email(_) | InviteProblem::NoLogin => "email",
            InviteProblem::Username(_)
            | InviteProblem::BothLogins
            | InviteProblem::UsernameTaken => "username",
            InviteProblem::Role | InviteProblem::AlreadyHasRole => "role",
        }
    }
}

/// How the invited person will sign in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Login {
    Email(Email),
    Username(String),
}

impl Login {
    /// The account someone means by what they typed, as sign-in reads it: an
    /// email address when it holds an `@`, otherwise a username. `None` when
    /// it can be neither (nobody could sign in with it).
    pub fn parse(input: &str) -> Option<Login> {
        if input.contains('@') {
            Email::parse(input).ok().map(Login::Email)
        } else {
            parse_username(input).ok().map(Login::Username)
        }
    }

    /// How the store finds the account ([`login_key`]).
    pub fn key(&self) -> String {
        login_key(self.as_str())
    }

    pub fn as_str(&self) -> &str {
        match self {
            Login::Email(e) => e.as_str(),
            Login::Username(u) => u,
        }
    }
}

/// A valid invitation, ready to be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvitePlan {
    pub name: String,
    pub login: Login,
    pub role: Role,
}

impl InviteRequest {
    /// Checks every field and names every problem at once.
    pub fn parse(&self) -> Result<InvitePlan, Vec<InviteProblem>> {
        let mut problems = Vec::new();
        let name = clean_line(&self.name, DISPLAY_NAME_MAX)
            .map_err(|e| problems.push(InviteProblem::Name(e)))
            .ok();
        let email = self.email.trim();
        let username = self.username.trim();
        let login = match (email.is_empty(), username.is_empty()) {
            (true, true) => {
                problems.push(InviteProblem::NoLogin);
                None
            }
            (false, false) => {
                problems.push(InviteProblem::BothLogins);
                None
            }
            (false, true) => Email::parse(email)
                .map(Login::Email)
                .map_err(|e| problems.push(InviteProblem::Email(e)))
                .ok(),
            (true, false) => parse_username(username)
                .map(Login::Username)
                .map_err(|e| problems.push(InviteProblem::Username(e)))
                .ok(),
        };
        let role = self
            .role
            .parse::<Role>()
            .map_err(|_| problems.push(InviteProblem::Role))
            .ok();
        match (name, login, role) {
            (Some(name), Some(login), Some(role)) if problems.is_empty() => {
                Ok(InvitePlan { name, login, role })
            }
            _ => Err(problems),
        }
    }
}

impl InvitePlan {
    /// The person to invite, given whoever the store found by this login: an
    /// existing person with this email address is reused; a username must be
    /// new, unless it was only ever an invitation nobody took up
    /// ([`Existing::Unclaimed`]), which is given again; otherwise a new person
    /// without a password. Only a new or unclaimed account may get its first
    /// password through this invitation: an account someone holds is never
    /// given a password by another's invitation.
    pub fn person(
        &self,
        existing: Option<Existing>,
        now: Timestamp,
    ) -> Result<Invitee, InviteProblem> {
        let found = |user, new_account| Invitee {
            user,
            is_new: false,
            new_account,
        };
        match (&self.login, existing) {
            (Login::Email(_), Some(Existing::Claimed(user))) => Ok(found(user, false)),
            (_, Some(Existing::Unclaimed(user))) => Ok(found(user, true)),
            (Login::Username(_), Some(Existing::Claimed(_))) => Err(InviteProblem::UsernameTaken),
            (Login::Email(email), None) => User::new(&self.name, Some(email.clone()), now)
                .map(Invitee::made)
                .map_err(InviteProblem::Name),
            (Login::Username(username), None) => {
                let mut user = User::new(&self.name, None, now).map_err(InviteProblem::Name)?;
                user.username = Some(username.clone());
                Ok(Invitee::made(user))
            }
        }
    }

    /// Refuses a role the person has in this organisation now: a membership is
    /// never given twice. A role that was taken away may be given back by a new
    /// invitation, which the person must accept (the store restores it).
    pub fn check_new_role(
        &self,
        person: UserId,
        members: &[Membership],
    ) -> Result<(), InviteProblem> {
        if members
            .iter()
            .any(|m| m.user_id == person && m.role == self.role && m.is_active())
        {
            return Err(InviteProblem::AlreadyHasRole);
        }
        Ok(())
    }

    /// The invitation link for `invitee` into `org`: the token for the link and
    /// the record to store.
    pub fn link(
        &self,
        invitee: &Invitee,
        org: OrgId,
        now: Timestamp,
    ) -> Result<(String, OneTimeToken), AuthError> {
        let (token, mut link) = OneTimeToken::issue(
            invitee.user.id,
            Some(org),
            Purpose::Invite(self.role),
            now,
            INVITE_VALID_HOURS,
        )?;
        link.new_account = invitee.new_account;
        Ok((token, link))
    }
}

/// Who an invitation is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitee {
    pub user: User,
    /// Made by this invitation: the caller stores the person.
    pub is_new: bool,
    /// Made by this invitation, or an account nobody claimed: the link may
    /// set its first password ([`sets_password`]).
    pub new_account: bool,
}

impl Invitee {
    fn made(user: User) -> Self {
        Self {
            user,
            is_new: true,
            new_account: true,
        }
    }
}

/// Whether accepting `link` sets the password of `user`, whose active
/// memberships in every organisation are `memberships`: only an invitation
/// that made the account (or found it unclaimed), while the account still
/// has no password, no role anywhere and does not administer the
/// installation. Anyone else accepts by signing in as themselves, so the
/// inviter, who may hold the link, can never take an account over.
pub fn sets_password(link: &OneTimeToken, user: &User, memberships: &[Membership]) -> bool {
    link.new_account
        && link.user_id == user.id
        && user.password_hash.is_none()
        && !user.installation_admin
        && !memberships
            .iter()
            .any(|m| m.user_id == user.id && m.is_active())
}

/// A person found by the login an administrator typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Existing {
    /// Someone who has set a password, holds a role, or has a link that still
    /// works: their username is theirs.
    Claimed(User),
    /// Only ever invited, and every invitation expired unused: nobody has the
    /// username, so it may be given again (the expired link cannot be used),
    /// by the organisation that made it only.
    Unclaimed(User),
}

impl Existing {
    /// Sorts a person found by login, given how many roles they hold anywhere,
    /// how many of their links still work, and whether an organisation other
    /// than the one inviting now made the account (`elsewhere`): an account
    /// nobody took up is its maker's to give again, never another's, so no
    /// administrator can take over an account another organisation made and
    /// may still be waiting on (with a place in one of its circles, say).
    pub fn sort(user: User, active_memberships: usize, live_links: u64, elsewhere: bool) -> Self {
        if user.password_hash.is_none() && active_memberships == 0 && live_links == 0 && !elsewhere
        {
            Existing::Unclaimed(user)
        } else {
            Existing::Claimed(user)
        }
    }
}

/// The organisation and role an invitation link grants, if it is one that can
/// still be used at `now`.
pub fn invitation(link: &OneTimeToken, now: Timestamp) -> Option<(OrgId, Role)> {
    match (link.purpose, link.org_id) {
        (Purpose::Invite(role), Some(org)) if link.is_usable(now) => Some((org, role)),
        _ => None,
    }
}

/// The membership accepting a used invitation gives. `None` if the link is no
/// invitation.
pub fn acceptance(used: &OneTimeToken, now: Timestamp) -> Option<Membership> {
    let (Purpose::Invite(role), Some(org)) = (used.purpose, used.org_id) else {
        return None;
    };
    Some(Membership::new(org, used.user_id, role, now))
}

/// Why a membership may not be taken away.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RevokeProblem {
    #[error("an administrator cannot take away their own last administrator role")]
    OwnLastAdmin,
    #[error("the membership was already taken away")]
    AlreadyRevoked,
}

/// Whether `by` may take `target` away, given every membership of the
/// organisation.
pub fn check_revoke(
    target: &Membership,
    by: UserId,
    members: &[Membership],
) -> Result<(), RevokeProblem> {
    if !target.is_active() {
        return Err(RevokeProblem::AlreadyRevoked);
    }
    if target.user_id == by && target.role == Role::OrgAdmin {
        let other_admin_roles = members.iter().any(|m| {
            m.id != target.id
                && m.user_id == by
                && m.org_id == target.org_id
                && m.role == Role::OrgAdmin
                && m.is_active()
        });
        if !other_admin_roles {
            return Err(RevokeProblem::OwnLastAdmin);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    fn request(name: &str, email: &str, username: &str, role: &str) -> InviteRequest {
        InviteRequest {
            name: name.into(),
            email: email.into(),
            username: username.into(),
            role: role.into(),
        }
    }

    #[test]
    fn usernames() {
        for good in ["sam", "Sam.B-2_x", "zoë99", &"a".repeat(40)] {
            assert!(parse_username(good).is_ok(), "{good}");
        }
        assert_eq!(parse_username("ab"), Err(UsernameError::TooShort));
        assert_eq!(parse_username(&"a".repeat(41)), Err(UsernameError::TooLong));
        for bad in ["sam b", "sam@x", "sam\u{202E}x", "a/b"] {
            assert_eq!(parse_username(bad), Err(UsernameError::Characters), "{bad}");
        }
    }

    #[test]
    fn a_login_is_an_email_address_or_a_username() {
        assert_eq!(
            Login::parse(" Kai@Example.org "),
            Some(Login::Email(Email::parse("Kai@Example.org").unwrap()))
        );
        assert_eq!(
            Login::parse(" Kai_7 "),
            Some(Login::Username("Kai_7".into()))
        );
        assert_eq!(Login::parse(" Kai_7 ").unwrap().key(), "kai_7");
        for bad in ["", "ab", "kai@", "kai b", "k\u{202E}ai", "ÿ😀"] {
            assert_eq!(Login::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_good_request_with_an_email_or_a_username() {
        let plan = request(" Siân ap Rhys ", "sian@example.org", "", "practitioner")
            .parse()
            .unwrap();
        assert_eq!(plan.name, "Siân ap Rhys");
        assert_eq!(plan.role, Role::Practitioner);
        let made = plan.person(None, T0).unwrap();
        assert!(made.is_new && made.new_account);
        let user = made.user;
        assert_eq!(user.password_hash, None);
        let again = plan
            .person(Some(Existing::Claimed(user.clone())), T0)
            .unwrap();
        assert!(!again.is_new);
        assert!(
            !again.new_account,
            "someone's account: no password from this link"
        );
        assert_eq!(again.user, user);

        let plan = request("Jo", "", "jo.b", "young_person").parse().unwrap();
        let user = plan.person(None, T0).unwrap().user;
        let org = OrgId::new();
        let had = Membership::new(org, user.id, Role::YoungPerson, T0);
        assert_eq!(
            plan.check_new_role(user.id, std::slice::from_ref(&had)),
            Err(InviteProblem::AlreadyHasRole)
        );
        assert_eq!(
            plan.check_new_role(UserId::new(), std::slice::from_ref(&had)),
            Ok(())
        );
        let mut taken_away = had;
        taken_away.revoked_at = Some(T0);
        assert_eq!(
            plan.check_new_role(user.id, &[taken_away]),
            Ok(()),
            "may be given back"
        );
        assert_eq!(user.username.as_deref(), Some("jo.b"));
        assert_eq!(user.email, None);
        assert_eq!(
            plan.person(Some(Existing::sort(user.clone(), 0, 1, false)), T0),
            Err(InviteProblem::UsernameTaken),
            "a link for it still works"
        );
        assert_eq!(
            plan.person(Some(Existing::sort(user.clone(), 1, 0, false)), T0),
            Err(InviteProblem::UsernameTaken),
            "it holds a role"
        );
        let mut with_password = user.clone();
        with_password.password_hash = Some("hash".into());
        assert_eq!(
            plan.person(Some(Existing::sort(with_password, 0, 0, false)), T0),
            Err(InviteProblem::UsernameTaken),
            "it has a password"
        );
        assert_eq!(
            plan.person(Some(Existing::sort(user.clone(), 0, 0, false)), T0),
            Ok(Invitee {
                user: user.clone(),
                is_new: false,
                new_account: true
            }),
            "an invitation nobody took up is given again, and may set the password"
        );
        assert_eq!(
            plan.person(Some(Existing::sort(user.clone(), 0, 0, true)), T0),
            Err(InviteProblem::UsernameTaken),
            "not by another organisation than the one that made it"
        );
        assert_eq!(
            plan.person(Some(Existing::Claimed(user)), T0),
            Err(InviteProblem::UsernameTaken)
        );
    }

    #[test]
    fn every_problem_is_named_at_once() {
        let problems = request("evil\u{202E}x", "not-an-email", "", "overlord")
            .parse()
            .unwrap_err();
        let fields: Vec<_> = problems.iter().map(InviteProblem::field).collect();
        assert_eq!(fields, vec!["name", "email", "role"]);
        let problems = request(" ", "", "", "viewer").parse().unwrap_err();
        assert_eq!(
            problems,
            vec![
                InviteProblem::Name(TextError::Empty),
                InviteProblem::NoLogin
            ]
        );
        let problems = request("A", "a@b.org", "ab_c", "viewer")
            .parse()
            .unwrap_err();
        assert_eq!(problems, vec![InviteProblem::BothLogins]);
    }

    #[test]
    fn an_invitation_link_grants_its_role_once() {
        let org = OrgId::new();
        let plan = request("A", "a@b.org", "", "manager").parse().unwrap();
        let invitee = plan.person(None, T0).unwrap();
        let person = invitee.user.id;
        let (token, link) = plan.link(&invitee, org, T0).unwrap();
        assert!(link.new_account);
        assert_eq!(token.len(), 43);
        assert_eq!(invitation(&link, T0), Some((org, Role::Manager)));
        assert_eq!(
            invitation(&link, T0.plus_seconds(INVITE_VALID_HOURS * 3600)),
            None
        );
        let m = acceptance(&link, T0).unwrap();
        assert_eq!((m.org_id, m.user_id, m.role), (org, person, Role::Manager));
        let (_, reset) = OneTimeToken::set_password(person, Some(org), T0).unwrap();
        assert_eq!(invitation(&reset, T0), None);
        assert!(acceptance(&reset, T0).is_none());
    }

    #[test]
    fn an_admin_keeps_their_own_admin_role() {
        let org = OrgId::new();
        let admin = UserId::new();
        let own = Membership::new(org, admin, Role::OrgAdmin, T0);
        let other = Membership::new(org, UserId::new(), Role::Practitioner, T0);
        let members = vec![own.clone(), other.clone()];
        assert_eq!(
            check_revoke(&own, admin, &members),
            Err(RevokeProblem::OwnLastAdmin)
        );
        assert_eq!(check_revoke(&other, admin, &members), Ok(()));
        let gone = Membership {
            revoked_at: Some(T0),
            ..other
        };
        assert_eq!(
            check_revoke(&gone, admin, &members),
            Err(RevokeProblem::AlreadyRevoked)
        );
    }

    #[test]
    fn an_invitation_sets_only_the_first_password_of_the_account_it_made() {
        let plan = request("Kim", "kim@example.org", "", "practitioner")
            .parse()
            .unwrap();
        let invitee = plan.person(None, T0).unwrap();
        let kim = invitee.user.clone();
        let (_, link) = plan.link(&invitee, OrgId::new(), T0).unwrap();
        assert!(sets_password(&link, &kim, &[]));
        // Not once the account has a password, a role anywhere, or runs the
        // installation: then Kim signs in to accept.
        let mut with_password = kim.clone();
        with_password.password_hash = Some("hash".into());
        assert!(!sets_password(&link, &with_password, &[]));
        let elsewhere = Membership::new(OrgId::new(), kim.id, Role::OrgAdmin, T0);
        assert!(!sets_password(
            &link,
            &kim,
            std::slice::from_ref(&elsewhere)
        ));
        let mut ended = elsewhere;
        ended.revoked_at = Some(T0);
        assert!(sets_password(&link, &kim, &[ended]));
        let mut admin = kim.clone();
        admin.installation_admin = true;
        assert!(!sets_password(&link, &admin, &[]));
        // An invitation for an existing account never does.
        let found = plan
            .person(Some(Existing::Claimed(kim.clone())), T0)
            .unwrap();
        let (_, link) = plan.link(&found, OrgId::new(), T0).unwrap();
        assert!(!sets_password(&link, &kim, &[]));
        // Nor one for somebody else.
        let (_, link) = plan.link(&invitee, OrgId::new(), T0).unwrap();
        let other = plan.person(None, T0).unwrap().user;
        assert!(!sets_password(&link, &other, &[]));
    }
}
