//! The people in a circle: its practitioners add someone, with an account (a
//! member of the organisation, found by email address or username, as at
//! sign-in: young people often have no address) or without one, and
//! link the young person's own account to the circle's focus member. Each
//! opens the circle for the person (access from their roles now), applies the
//! domain's rule, and stores the change with its audit entry in one
//! transaction, made against the version the form showed.

use super::changes::circle_changed;
use super::open::open_circle;
use crate::{Ctx, Error};
use moves_domain::auth::invite::Login;
use moves_domain::circle::focus_account::{LinkError, focus_member_to_link};
use moves_domain::circle::{CircleMember, CircleRole, MEMBERS_MAX, MemberError, OpenCircle};
use moves_domain::ids::{CircleId, CircleMemberId, OrgId, UserId};
use moves_domain::permission::Actor;
use moves_domain::text::TextError;
use moves_store::{StoreError, VersionedWrite};

/// The roles a member can be added with (the focus person is in from the start).
pub const ADDABLE: [CircleRole; 4] = [
    CircleRole::ParentCarer,
    CircleRole::Practitioner,
    CircleRole::GuestPractitioner,
    CircleRole::Supporter,
];

/// Someone to add, as typed in the form.
#[derive(Debug, Clone, Copy, Default)]
pub struct MemberDraft<'a> {
    /// Whether they have an account (found by `login`).
    pub with_account: bool,
    /// Their email address or username.
    pub login: &'a str,
    /// How they are named; for someone with an account, blank for the name
    /// on their account.
    pub name: &'a str,
    pub relationship: &'a str,
    /// A role code (`parent_carer`, ...).
    pub role: &'a str,
    /// Whether they decide about sharing (a parent or carer only).
    pub decides: bool,
}

/// What refused someone to add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MemberProblem {
    /// The circle changed since the form was shown, or was closed.
    Stale,
    Name(TextError),
    RoleMissing,
    DecidesParentOnly,
    GuestNoAccount,
    /// Neither an email address nor a username.
    LoginInvalid,
    /// No member of the organisation with that address or username whose
    /// role fits: said the same way whether or not it is someone's elsewhere.
    LoginNotInOrganisation,
    Relationship(TextError),
    /// Their account is in the circle already.
    AlreadyMember,
    /// The circle holds [`MEMBERS_MAX`] people already.
    CircleFull,
}

/// Someone refused: the circle as opened (to show the form again) and every
/// problem at once.
#[derive(Debug)]
pub struct Refused<P> {
    pub open: OpenCircle,
    pub problems: Vec<P>,
}

#[derive(Debug)]
pub enum MemberWriteError<P> {
    Refused(Box<Refused<P>>),
    Core(Error),
}

impl<P> From<Error> for MemberWriteError<P> {
    fn from(e: Error) -> Self {
        MemberWriteError::Core(e)
    }
}

impl<P> From<StoreError> for MemberWriteError<P> {
    fn from(e: StoreError) -> Self {
        MemberWriteError::Core(e.into())
    }
}

fn refuse<P>(open: OpenCircle, problems: Vec<P>) -> MemberWriteError<P> {
    MemberWriteError::Refused(Box::new(Refused { open, problems }))
}

/// The circle `circle` opened for one of its practitioners who may add
/// people (`Forbidden` for anyone else who opens it).
pub(crate) async fn open_to_manage(
    ctx: &Ctx,
    actor: &Actor,
    circle: CircleId,
) -> Result<OpenCircle, Error> {
    let open = open_circle(ctx, actor, circle, "members").await?;
    if !open.access.may_manage(actor) {
        return Err(Error::Forbidden);
    }
    Ok(open)
}

/// The organisation's member with this email address or username, if they
/// have an active role there that fits `role` in a circle. Said the same way
/// whether or not the login belongs to someone elsewhere.
async fn account_for(
    ctx: &Ctx,
    org: OrgId,
    login: &Login,
    role: CircleRole,
) -> Result<Option<(UserId, String)>, Error> {
    let Some(user) = ctx.store().user_by_login(&login.key()).await? else {
        return Ok(None);
    };
    let fits = ctx
        .store()
        .memberships_of_user(user.id)
        .await?
        .iter()
        .any(|m| m.org_id == org && m.is_active() && role.fits_account(m.role));
    Ok(fits.then_some((user.id, user.display_name)))
}

/// Adds someone to `circle` from the form that showed it at `version`.
pub async fn add(
    ctx: &Ctx,
    actor: &Actor,
    circle: CircleId,
    version: i64,
    draft: MemberDraft<'_>,
) -> Result<CircleMemberId, MemberWriteError<MemberProblem>> {
    let open = open_to_manage(ctx, actor, circle).await?;
    if version != open.circle.version || !open.circle.is_open() {
        return Err(refuse(open, vec![MemberProblem::Stale]));
    }
    if open.members.len() >= MEMBERS_MAX {
        return Err(refuse(open, vec![MemberProblem::CircleFull]));
    }
    let org = open.circle.org_id;
    let mut problems = Vec::new();
    let role = ADDABLE
        .into_iter()
        .find(|r| r.as_str() == draft.role.trim());
    if role.is_none() {
        problems.push(MemberProblem::RoleMissing);
    }
    if draft.decides && role != Some(CircleRole::ParentCarer) {
        problems.push(MemberProblem::DecidesParentOnly);
    }
    let mut account = None;
    if draft.with_account {
        if role == Some(CircleRole::GuestPractitioner) {
            problems.push(MemberProblem::GuestNoAccount);
        } else {
            match Login::parse(draft.login) {
                None => problems.push(MemberProblem::LoginInvalid),
                Some(login) => {
                    if let Some(r) = role {
                        account = account_for(ctx, org, &login, r).await?;
                        if account.is_none() {
                            problems.push(MemberProblem::LoginNotInOrganisation);
                        }
                    }
                }
            }
        }
    }
    // With an account, they are named as on their account unless a name is given.
    let name = match (&account, draft.name.trim()) {
        (Some((_, account_name)), "") => account_name.as_str(),
        _ => draft.name,
    };
    let member = match CircleMember::new(
        org,
        open.circle.id,
        account.as_ref().map(|(u, _)| *u),
        name,
        draft.relationship,
        role.unwrap_or(CircleRole::Supporter),
        ctx.now(),
    ) {
        Ok(m) => Some(m),
        Err(MemberError::Name(e)) => {
            problems.insert(0, MemberProblem::Name(e));
            None
        }
        Err(MemberError::Relationship(e)) => {
            problems.push(MemberProblem::Relationship(e));
            None
        }
    };
    let (Some(member), true) = (member, problems.is_empty()) else {
        return Err(refuse(open, problems));
    };
    let audit = circle_changed(
        ctx,
        actor,
        org,
        open.circle.id,
        &format!("member_added:{}", member.id),
    );
    match ctx
        .store()
        .add_circle_member(&member, open.circle.version, draft.decides, &audit)
        .await
    {
        Ok(VersionedWrite::Done) => Ok(member.id),
        Ok(VersionedWrite::Stale) => Err(refuse(open, vec![MemberProblem::Stale])),
        Ok(VersionedWrite::NotFound) => Err(Error::NotFound.into()),
        Err(StoreError::Conflict(_)) => Err(refuse(open, vec![MemberProblem::AlreadyMember])),
        Err(e) => Err(e.into()),
    }
}

/// What refused linking the young person's account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    /// Neither an email address nor a username.
    LoginInvalid,
    /// The circle changed since the form was shown.
    Stale,
    CircleClosed,
    /// The focus person has an account already (or there is none to link).
    AlreadyLinked,
    /// Not a young person's account of this organisation: said the same way
    /// whether or not the address is someone's elsewhere.
    NotAYoungPerson,
    /// That account is in the circle already, as someone else.
    AlreadyInCircle,
}

/// Whether the account was linked now or already was (the form sent twice).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Linked {
    Now,
    Already,
}

/// Links the young person's account with this email address or username to
/// the focus member of `circle`, from the form that showed it at `version`.
pub async fn link_account(
    ctx: &Ctx,
    actor: &Actor,
    circle: CircleId,
    version: i64,
    login: &str,
) -> Result<Linked, MemberWriteError<LinkProblem>> {
    let open = open_to_manage(ctx, actor, circle).await?;
    let Some(login) = Login::parse(login) else {
        return Err(refuse(open, vec![LinkProblem::LoginInvalid]));
    };
    // A login without an account takes the same path as an account of
    // another organisation (no membership here), so no answer tells which.
    let young = ctx
        .store()
        .user_by_login(&login.key())
        .await?
        .map_or_else(UserId::new, |account| account.id);
    // The same form sent twice: linked once.
    let focus_is_them = open
        .members
        .iter()
        .any(|m| m.role == CircleRole::FocusPerson && m.user_id == Some(young));
    if focus_is_them {
        return Ok(Linked::Already);
    }
    if version != open.circle.version {
        return Err(refuse(open, vec![LinkProblem::Stale]));
    }
    let memberships = ctx.store().memberships_of_user(young).await?;
    let problem = match focus_member_to_link(&open, actor, young, &memberships) {
        Ok(focus) => {
            let focus = focus.id;
            let audit = circle_changed(
                ctx,
                actor,
                open.circle.org_id,
                open.circle.id,
                &format!("account_linked:{focus}"),
            );
            match ctx
                .store()
                .link_focus_account(
                    open.circle.org_id,
                    open.circle.id,
                    focus,
                    young,
                    open.circle.version,
                    &audit,
                )
                .await
            {
                Ok(VersionedWrite::Done) => return Ok(Linked::Now),
                Ok(VersionedWrite::Stale) => LinkProblem::Stale,
                Ok(VersionedWrite::NotFound) => return Err(Error::NotFound.into()),
                Err(StoreError::Conflict(_)) => LinkProblem::AlreadyInCircle,
                Err(e) => return Err(e.into()),
            }
        }
        Err(LinkError::NotAllowed) => return Err(Error::Forbidden.into()),
        Err(LinkError::CircleClosed) => LinkProblem::CircleClosed,
        Err(LinkError::NoFocusPerson | LinkError::AlreadyLinked) => LinkProblem::AlreadyLinked,
        Err(LinkError::NotAYoungPerson) => LinkProblem::NotAYoungPerson,
        Err(LinkError::AlreadyInCircle) => LinkProblem::AlreadyInCircle,
    };
    Err(refuse(open, vec![problem]))
}
