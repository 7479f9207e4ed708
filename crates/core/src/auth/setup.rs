//! The first run: while no organisation exists, each server prints a
//! one-time setup code in its log, and one of those codes creates the first
//! organisation and its administrator (so whoever finds a fresh server first
//! cannot take it over), audited in the same transaction.

use crate::{Ctx, Error};
use moves_domain::audit::{AuditAction, AuditScope};
pub use moves_domain::auth::setup::*;
use moves_domain::auth::token::new_token;
use moves_domain::session::{Session, SessionStage, hash_token};
use moves_store::{AuditEntry, SetupOutcome};

/// Whether setup is still to be done (no organisation exists).
pub async fn is_open(ctx: &Ctx) -> Result<bool, Error> {
    Ok(ctx.store().count_organisations().await? == 0)
}

#[derive(Debug)]
pub enum SetUp {
    /// Every problem with what was typed; nothing written.
    Refused(Vec<SetupProblem>),
    /// Done: the administrator is signed in on a new session (its token).
    Done { token: String },
}

/// Sets up the installation; [`Error::NotFound`] once it is set up.
pub async fn set_up(ctx: &Ctx, request: &SetupRequest) -> Result<SetUp, Error> {
    if !is_open(ctx).await? {
        return Err(Error::NotFound);
    }
    let now = ctx.now();
    let plan = match request.parse(now) {
        Ok(plan) => plan,
        Err(problems) => return Ok(SetUp::Refused(problems)),
    };
    // Once per installation: hashing in memory of its own is fine here.
    let plan = ctx.hashing().run(move |_| plan.hashed()).await??;
    let audit = setup_audit(&plan);
    match ctx
        .store()
        .complete_setup(
            &plan.code_hash,
            &plan.organisation,
            &plan.admin,
            &plan.membership,
            &audit,
        )
        .await?
    {
        SetupOutcome::Done => {}
        SetupOutcome::WrongCode => {
            return Ok(SetUp::Refused(vec![SetupProblem::CodeNotRecognised]));
        }
        SetupOutcome::AlreadySetUp => return Err(Error::NotFound),
    }
    // Signed in straight away, on a fresh session.
    let token = new_token()?;
    let session = Session {
        token_hash: hash_token(&token),
        user_id: plan.admin.id,
        org_id: Some(plan.organisation.id),
        created_at: now,
        last_seen_at: now,
        stage: SessionStage::Full,
    };
    ctx.store().start_session(&session, &[], &[]).await?;
    Ok(SetUp::Done { token })
}

/// In the installation's log, that setup was completed and the organisation
/// created; in the organisation's own log, that it was created and the
/// administrator given their role. Ids only.
pub(crate) fn setup_audit(plan: &SetupPlan) -> Vec<AuditEntry> {
    let at = plan.organisation.created_at;
    let actor = Some(plan.admin.id);
    let org = plan.organisation.id;
    let in_org = AuditScope::Organisation(org);
    vec![
        AuditEntry::new(
            AuditScope::Installation,
            at,
            actor,
            AuditAction::SetupCompleted,
        )
        .subject(org.to_string()),
        AuditEntry::new(
            AuditScope::Installation,
            at,
            actor,
            AuditAction::OrganisationCreated,
        )
        .subject(org.to_string()),
        AuditEntry::new(in_org, at, actor, AuditAction::OrganisationCreated)
            .subject(org.to_string()),
        AuditEntry::new(in_org, at, actor, AuditAction::RoleChanged)
            .subject(plan.membership.id.to_string())
            .detail(plan.membership.role.as_str()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use moves_domain::clock::Timestamp;

    #[test]
    fn the_setup_is_audited_by_ids_only() {
        let t0 = Timestamp::from_millis(1_764_000_000_000);
        let plan = SetupRequest {
            code: "abcd efgh-jkmn-pqrs".into(),
            organisation_name: "Demo Borough".into(),
            admin_name: "Siân ap Rhys".into(),
            admin_email: "sian@example.org".into(),
            password: "vivid otter canal".into(),
        }
        .parse(t0)
        .unwrap();
        let audit = setup_audit(&plan);
        assert_eq!(audit.len(), 4);
        assert!(
            audit
                .iter()
                .all(|e| e.actor == Some(plan.admin.id) && e.at == t0)
        );
        assert_eq!(audit[0].action, AuditAction::SetupCompleted);
        assert_eq!(audit[0].scope, AuditScope::Installation);
        assert_eq!(
            audit[3].scope,
            AuditScope::Organisation(plan.organisation.id)
        );
        assert!(
            audit
                .iter()
                .all(|e| !format!("{e:?}").contains("Demo Borough")),
            "ids, never names"
        );
    }
}
