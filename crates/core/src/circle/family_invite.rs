//! A circle's practitioner invites the family into it, without an
//! administrator, when the organisation allows it: the young person the
//! circle is about (by username or email address; their account becomes the
//! focus person's) or a parent or carer (by email address; added as a member,
//! perhaps as the one who decides about sharing). The invitation follows the
//! administrator's rules ([`crate::admin::invite`]): a new person is made
//! without a password, an existing one is never given one and accepts by
//! signing in, and the role is held only once accepted, so until then the
//! circle shows them nothing. The person, the link, their place in the circle
//! and the audit entries are written in one transaction.

use super::changes::circle_changed;
use super::members::{MemberWriteError, Refused, open_to_manage};
use crate::auth::invite::{existing_for, invite_audit};
use crate::{Ctx, Error};
use moves_domain::auth::invite::{InviteProblem, InviteRequest, Login};
use moves_domain::circle::family_invite::{
    FamilyInviteRefusal, Joining, JoiningProblem, joining, may_invite,
};
use moves_domain::circle::{CircleMember, CircleRole, MEMBERS_MAX, MemberError, OpenCircle};
use moves_domain::ids::CircleId;
use moves_domain::permission::Actor;
use moves_domain::text::TextError;
use moves_store::{CircleInvitation, CircleJoin, StoreError, VersionedWrite};

pub use moves_domain::circle::family_invite::{FamilyInviteSetting, FamilyPart};

/// The invitation as typed.
#[derive(Debug, Clone, Copy, Default)]
pub struct FamilyInviteDraft<'a> {
    /// `young_person` or `parent_carer`.
    pub part: &'a str,
    pub name: &'a str,
    /// An email address, or (for the young person) a username.
    pub login: &'a str,
    /// A parent's or carer's relationship to the young person.
    pub relationship: &'a str,
    /// Whether the parent or carer decides about sharing.
    pub decides: bool,
}

/// What refused an invitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FamilyProblem {
    /// The organisation has not allowed practitioners to invite.
    NotAllowedHere,
    CircleClosed,
    /// The circle changed since the form was shown.
    Stale,
    /// Not the young person nor a parent or carer.
    Part,
    Name(TextError),
    /// Neither an email address nor a username.
    LoginInvalid,
    /// A parent or carer is invited by email address.
    ParentNeedsEmail,
    /// Someone has this username already (here or anywhere: said the same way).
    UsernameTaken,
    /// They hold this role here already: link or add their account instead.
    HasAccountHere,
    Relationship(TextError),
    DecidesParentOnly,
    /// The young person has an account linked already.
    FocusLinked,
    /// That account is in this circle already, as someone else.
    InCircleAsSomeoneElse,
    CircleFull,
}

/// An invitation made: the link's secret, how they sign in, and who.
#[derive(Debug, Clone)]
pub struct FamilyInvited {
    pub token: String,
    pub login: Login,
    pub name: String,
    pub part: FamilyPart,
}

fn refuse(open: OpenCircle, p: FamilyProblem) -> MemberWriteError<FamilyProblem> {
    MemberWriteError::Refused(Box::new(Refused {
        open,
        problems: vec![p],
    }))
}

/// Whether the members page offers `actor` the invitation form for `open`.
pub async fn offered(ctx: &Ctx, actor: &Actor, open: &OpenCircle) -> Result<bool, Error> {
    if !open.access.may_manage(actor) || !open.circle.is_open() {
        return Ok(false);
    }
    let setting = ctx
        .store()
        .family_invite_setting(open.circle.org_id)
        .await?;
    Ok(may_invite(&setting, open, actor).is_ok())
}

/// Invites the young person or a parent or carer into `circle`, from the
/// form that showed it at `version`.
pub async fn invite(
    ctx: &Ctx,
    actor: &Actor,
    circle: CircleId,
    version: i64,
    draft: FamilyInviteDraft<'_>,
) -> Result<FamilyInvited, MemberWriteError<FamilyProblem>> {
    let open = open_to_manage(ctx, actor, circle).await?;
    let Some(by) = actor.user else {
        return Err(Error::Forbidden.into());
    };
    let org = open.circle.org_id;
    let store = ctx.store();
    let setting = store.family_invite_setting(org).await?;
    match may_invite(&setting, &open, actor) {
        Ok(()) => {}
        Err(FamilyInviteRefusal::NotAPractitioner) => return Err(Error::Forbidden.into()),
        Err(FamilyInviteRefusal::NotAllowedHere) => {
            return Err(refuse(open, FamilyProblem::NotAllowedHere));
        }
        Err(FamilyInviteRefusal::CircleClosed) => {
            return Err(refuse(open, FamilyProblem::CircleClosed));
        }
    }
    if version != open.circle.version {
        return Err(refuse(open, FamilyProblem::Stale));
    }
    let Some(part) = FamilyPart::parse(draft.part) else {
        return Err(refuse(open, FamilyProblem::Part));
    };
    if draft.decides && part != FamilyPart::ParentCarer {
        return Err(refuse(open, FamilyProblem::DecidesParentOnly));
    }
    let (email, username) = match (Login::parse(draft.login), part) {
        (None, _) => return Err(refuse(open, FamilyProblem::LoginInvalid)),
        (Some(Login::Username(_)), FamilyPart::ParentCarer) => {
            return Err(refuse(open, FamilyProblem::ParentNeedsEmail));
        }
        (Some(Login::Email(e)), _) => (e.as_str().to_owned(), String::new()),
        (Some(Login::Username(u)), _) => (String::new(), u),
    };
    let request = InviteRequest {
        name: draft.name.to_owned(),
        email,
        username,
        role: part.role().as_str().to_owned(),
    };
    let plan = match request.parse() {
        Ok(plan) => plan,
        Err(problems) => {
            let p = match problems.into_iter().next() {
                Some(InviteProblem::Name(e)) => FamilyProblem::Name(e),
                _ => FamilyProblem::LoginInvalid,
            };
            return Err(refuse(open, p));
        }
    };
    let now = ctx.now();
    // As the administrator's invitation: an existing person is found by
    // login, with their roles here (to refuse one they hold).
    let (existing, held_here) = existing_for(ctx, &plan.login, org).await?;
    let invitee = match plan.person(existing, now) {
        Ok(i) => i,
        Err(InviteProblem::Name(e)) => return Err(refuse(open, FamilyProblem::Name(e))),
        Err(_) => return Err(refuse(open, FamilyProblem::UsernameTaken)),
    };
    if !invitee.is_new && plan.check_new_role(invitee.user.id, &held_here).is_err() {
        return Err(refuse(open, FamilyProblem::HasAccountHere));
    }
    let person = invitee.user.id;
    let joined = match joining(&open, part, person) {
        Ok(j) => j,
        Err(JoiningProblem::FocusLinked) => return Err(refuse(open, FamilyProblem::FocusLinked)),
        Err(JoiningProblem::InCircleAsSomeoneElse) => {
            return Err(refuse(open, FamilyProblem::InCircleAsSomeoneElse));
        }
    };
    let parent = if joined == Joining::AsParent {
        if open.members.len() >= MEMBERS_MAX {
            return Err(refuse(open, FamilyProblem::CircleFull));
        }
        match CircleMember::new(
            org,
            open.circle.id,
            Some(person),
            &plan.name,
            draft.relationship,
            CircleRole::ParentCarer,
            now,
        ) {
            Ok(m) => Some(m),
            Err(MemberError::Name(e)) => return Err(refuse(open, FamilyProblem::Name(e))),
            Err(MemberError::Relationship(e)) => {
                return Err(refuse(open, FamilyProblem::Relationship(e)));
            }
        }
    } else {
        None
    };
    let join = match (&joined, &parent) {
        (Joining::AsFocus(focus), _) => CircleJoin::Focus(focus.id),
        (_, Some(member)) => CircleJoin::Member {
            member,
            decides: draft.decides,
        },
        _ => CircleJoin::Already,
    };
    let (token, link) = plan.link(&invitee, org, now).map_err(Error::from)?;
    let audit = [
        invite_audit(&plan, org, by, person, now),
        circle_changed(
            ctx,
            actor,
            org,
            open.circle.id,
            &format!("family_invited:{}", part.as_str()),
        ),
    ];
    let write = CircleInvitation {
        org,
        circle: open.circle.id,
        version: open.circle.version,
        new_person: invitee.is_new.then_some(&invitee.user),
        link: &link,
        join,
        audit: &audit,
    };
    match store.invite_into_circle(&write).await {
        Ok(VersionedWrite::Done) => Ok(FamilyInvited {
            token,
            login: plan.login,
            name: plan.name,
            part,
        }),
        // Changed meanwhile (another invitation, a link, the login taken).
        Ok(VersionedWrite::Stale) | Err(StoreError::Conflict(_)) => {
            Err(refuse(open, FamilyProblem::Stale))
        }
        Ok(VersionedWrite::NotFound) => Err(Error::NotFound.into()),
        Err(e) => Err(e.into()),
    }
}
