//! Making a plan: the form (for members of an open circle, with a one-use
//! key) and sending it. The server makes the plan's id and binds the form's
//! key to it, so the same form sent twice makes one plan and nobody chooses
//! an id. The plan is checked against the organisation's framework in force
//! and stored with its `plan_changed` audit entry in one store call.

use super::answers::{LatestAnswers, latest_answers};
use super::change::plan_changed;
use super::open::writer;
use super::wording::framework_now;
use crate::circle::open::open_circle;
use crate::form_key::{self, FormKey};
use crate::framework::adaptation::AdaptedFramework;
use crate::{Ctx, Error};
use moves_domain::circle::{Audience, Byline, CircleMember, OpenCircle};
use moves_domain::framework::{Catalogue, FrameworkId};
use moves_domain::ids::{CircleId, CircleMemberId, PlanId};
use moves_domain::permission::Actor;
use moves_domain::plan::{FieldProblem, NewPlan, Plan, Problem};
use moves_store::StoreError;

/// The new-plan form: the circle, the framework its moves are chosen from,
/// the latest check's answers the person may see, and a fresh key.
#[derive(Debug)]
pub struct PlanForm {
    pub open: OpenCircle,
    pub framework: AdaptedFramework,
    pub answers: LatestAnswers,
    pub key: FormKey,
}

/// The form for a new plan in `circle`, for a member of it. `base` is the
/// edition an organisation that never adapted the framework uses.
pub async fn new_plan_form(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    base: &FrameworkId,
    circle: CircleId,
) -> Result<PlanForm, Error> {
    let open = open_circle(ctx, actor, circle, "plan_new").await?;
    writer(&open)?;
    let framework = framework_now(ctx, catalogue, base, open.circle.org_id).await?;
    let answers = latest_answers(ctx, actor, catalogue, &open).await?;
    Ok(PlanForm {
        open,
        framework,
        answers,
        key: FormKey::new()?,
    })
}

/// A plan as typed in the form.
#[derive(Debug, Clone, Default)]
pub struct PlanDraft<'a> {
    /// Move ids as sent.
    pub focus: Vec<&'a str>,
    /// Move ids to keep going (Conserving), as sent.
    pub keep_going: Vec<&'a str>,
    /// (noble truth id, text) as sent.
    pub truths: Vec<(&'a str, &'a str)>,
    pub review_due: &'a str,
    pub audience: &'a str,
    /// The member a practitioner types it with; empty for one's own.
    pub with: &'a str,
}

/// The byline the form asks for: one's own, or (for a practitioner) entered
/// with another member of the circle.
pub fn byline_of(me: &CircleMember, open: &OpenCircle, with: &str) -> Result<Byline, Problem> {
    if with.is_empty() {
        return Ok(Byline::own(me.id));
    }
    let other = with
        .parse::<CircleMemberId>()
        .ok()
        .and_then(|id| open.members.iter().find(|m| m.id == id))
        .ok_or(Problem::UnknownMember)?;
    Byline::with(me, other).map_err(|_| Problem::NotForOthers)
}

/// A plan refused: the form again (with a fresh key only if it had none of
/// ours) and every problem.
#[derive(Debug)]
pub struct PlanRefused {
    pub form: PlanForm,
    pub problems: Vec<FieldProblem>,
    /// The circle was closed meanwhile.
    pub closed: bool,
}

#[derive(Debug)]
pub enum CreateError {
    Refused(Box<PlanRefused>),
    /// The form carried no key of ours.
    NotOurForm,
    Core(Error),
}

impl From<Error> for CreateError {
    fn from(e: Error) -> Self {
        CreateError::Core(e)
    }
}

impl From<StoreError> for CreateError {
    fn from(e: StoreError) -> Self {
        CreateError::Core(e.into())
    }
}

/// Whether the plan was new or the same form sent again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Made {
    New(PlanId),
    /// Sent before: the plan it made exists already.
    Again(PlanId),
}

impl Made {
    pub fn plan(self) -> PlanId {
        match self {
            Made::New(id) | Made::Again(id) => id,
        }
    }
}

/// Makes a plan in `circle` from the form `key`. A refused form is shown
/// again with the latest check's answers, read only then.
pub async fn create(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    base: &FrameworkId,
    circle: CircleId,
    key: &str,
    draft: &PlanDraft<'_>,
) -> Result<Made, CreateError> {
    match make(ctx, actor, catalogue, base, circle, key, draft).await {
        Err(CreateError::Refused(mut refused)) => {
            let form = &mut refused.form;
            form.answers = latest_answers(ctx, actor, catalogue, &form.open).await?;
            Err(CreateError::Refused(refused))
        }
        made => made,
    }
}

async fn make(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    base: &FrameworkId,
    circle: CircleId,
    key: &str,
    draft: &PlanDraft<'_>,
) -> Result<Made, CreateError> {
    let open = open_circle(ctx, actor, circle, "plan_new").await?;
    let me = writer(&open)?.clone();
    let (org, circle) = (open.circle.org_id, open.circle.id);
    let framework = framework_now(ctx, catalogue, base, org).await?;
    let sent_key = FormKey::parse(key);
    let refuse = |open: OpenCircle,
                  framework: AdaptedFramework,
                  problems: Vec<FieldProblem>,
                  closed: bool|
     -> Result<Made, CreateError> {
        let key = match FormKey::parse(key) {
            Some(k) => k,
            None => FormKey::new().map_err(Error::from)?,
        };
        Err(CreateError::Refused(Box::new(PlanRefused {
            form: PlanForm {
                open,
                framework,
                answers: LatestAnswers::default(),
                key,
            },
            problems,
            closed,
        })))
    };
    if !open.circle.is_open() {
        let problems = vec![FieldProblem::new("focus", Problem::Closed)];
        return refuse(open, framework, problems, true);
    }
    let (Some(sent_key), Some(user)) = (sent_key, actor.user) else {
        return Err(CreateError::NotOurForm);
    };
    let byline = match byline_of(&me, &open, draft.with) {
        Ok(b) => b,
        Err(p) => return refuse(open, framework, vec![FieldProblem::new("with", p)], false),
    };
    let input = NewPlan {
        focus: draft.focus.clone(),
        keep_going: draft.keep_going.clone(),
        truths: draft.truths.clone(),
        review_due: draft.review_due,
        audience: draft.audience,
    };
    let now = ctx.now();
    // Checked before the key is claimed, so a corrected form keeps its key.
    if let Err(problems) = Plan::new(
        PlanId::new(),
        org,
        circle,
        &framework,
        byline,
        &Audience::choices(me.role, false),
        &input,
        now,
    ) {
        return refuse(open, framework, problems, false);
    }
    let id: PlanId = form_key::claim(ctx, user, &sent_key, PlanId::new()).await?;
    if ctx.store().plan(org, circle, id).await?.is_some() {
        return Ok(Made::Again(id));
    }
    let plan = match Plan::new(
        id,
        org,
        circle,
        &framework,
        byline,
        &Audience::choices(me.role, false),
        &input,
        now,
    ) {
        Ok(p) => p,
        Err(problems) => return refuse(open, framework, problems, false),
    };
    let audit = plan_changed(ctx, actor, &plan, "created");
    match ctx.store().create_plan(&plan, &audit).await {
        Ok(()) => Ok(Made::New(id)),
        // Sent twice at once: the other sending made it.
        Err(StoreError::Conflict(_)) if ctx.store().plan(org, circle, id).await?.is_some() => {
            Ok(Made::Again(id))
        }
        Err(e) => Err(e.into()),
    }
}
