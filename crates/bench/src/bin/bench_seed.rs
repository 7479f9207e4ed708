//! `bench-seed --db FILE --login EMAIL`: gives the first open circle of the
//! practitioner `EMAIL` (made by `moves seed-demo`) two years of history
//! (`moves_bench::history`: the journal, a check every month, a plan every
//! quarter), written through the store's normal methods as the pages write
//! them, and prints the circle's id and its young person's (as a member of
//! it), on one line. Run on a fresh database only.

use anyhow::{Result, anyhow, bail};
use moves_bench::context::{arg, open_store};
use moves_bench::history::checks::{MonthlyCheck, by_compartment, monthly_checks};
use moves_bench::history::plans::{QuarterPlan, quarterly_plans};
use moves_bench::history::{self, framework};
use moves_core::Clock;
use moves_core::Timestamp;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::check::CompartmentSave;
use moves_core::circle::member::CircleRole;
use moves_core::circle::note::Note;
use moves_core::circle::space::Circle;
use moves_core::clock::SystemClock;
use moves_core::framework::AdaptedFramework;
use moves_store::AuditEntry;
use moves_store::{Store, VersionedWrite};

fn audit(circle: &Circle, now: Timestamp, action: AuditAction) -> AuditEntry {
    AuditEntry::new(AuditScope::Organisation(circle.org_id), now, None, action)
}

fn done(write: VersionedWrite, what: &str) -> Result<()> {
    match write {
        VersionedWrite::Done => Ok(()),
        other => bail!("{what} was not saved: {other:?}"),
    }
}

async fn write_notes(
    store: &dyn Store,
    circle: &Circle,
    notes: &[Note],
    now: Timestamp,
) -> Result<()> {
    for note in notes {
        let entry = audit(circle, now, AuditAction::NoteWritten)
            .subject(circle.id.to_string())
            .detail(format!("written:{}:{}", note.id, note.audience.as_str()));
        store.create_note(note, &entry).await?;
    }
    Ok(())
}

/// Each check as the check pages make it: started; each view started, saved
/// one compartment at a time and shared; then what was agreed, compartment
/// by compartment.
async fn write_checks(
    store: &dyn Store,
    circle: &Circle,
    framework: &AdaptedFramework,
    checks: &[MonthlyCheck],
    now: Timestamp,
) -> Result<()> {
    let org = circle.org_id;
    for c in checks {
        let id = c.check.id;
        let entry = |detail: String| {
            audit(circle, now, AuditAction::CheckChanged)
                .subject(id.to_string())
                .detail(detail)
        };
        store
            .create_check(&c.check, &entry("started".into()))
            .await?;
        for view in &c.views {
            let p = &view.started;
            store
                .create_perspective(p, &entry(format!("perspective_started:{}", p.id)))
                .await?;
            let parts = by_compartment(framework, &view.answers);
            for (version, (compartment, answers)) in (p.version..).zip(&parts) {
                let save = CompartmentSave {
                    version,
                    compartment,
                    answers,
                    at: view.saved_at,
                };
                let write = store
                    .save_perspective_answers(
                        org,
                        p.id,
                        &save,
                        &entry(format!("answers:{}:{compartment}", p.id)),
                    )
                    .await?;
                done(write, "a view")?;
            }
            let version = p.version + parts.len() as i64;
            let write = store
                .share_perspective(
                    org,
                    p.id,
                    version,
                    view.audience,
                    view.shared_at,
                    &entry(format!("shared:{}:{}", p.id, view.audience.as_str())),
                )
                .await?;
            done(write, "sharing a view")?;
        }
        let parts = by_compartment(framework, &c.agreed);
        for (version, (compartment, answers)) in (c.check.version..).zip(&parts) {
            let save = CompartmentSave {
                version,
                compartment,
                answers,
                at: c.agreed_at,
            };
            let write = store
                .save_agreed_answers(
                    org,
                    id,
                    &save,
                    c.check.started_by,
                    &entry(format!("agreed:{compartment}")),
                )
                .await?;
            done(write, "what was agreed")?;
        }
    }
    Ok(())
}

/// Each plan made, then saved after each change against the version it was
/// read at, as the plan pages save it.
async fn write_plans(
    store: &dyn Store,
    circle: &Circle,
    plans: &[QuarterPlan],
    now: Timestamp,
) -> Result<()> {
    for p in plans {
        let entry = |detail: &str| {
            audit(circle, now, AuditAction::PlanChanged)
                .subject(p.made.id.to_string())
                .detail(detail)
        };
        store.create_plan(&p.made, &entry("created")).await?;
        for (plan, detail) in &p.changes {
            let write = store.save_plan(plan, plan.version, &entry(detail)).await?;
            done(
                write,
                &format!("a plan ({detail}, from version {})", plan.version),
            )?;
        }
    }
    Ok(())
}

#[tokio::main]
async fn main() -> Result<()> {
    let store = open_store(&arg("db")?).await?;
    let login = arg("login")?;
    let user = store
        .user_by_login(&login)
        .await?
        .ok_or_else(|| anyhow!("no account {login}: run `moves seed-demo` first"))?;
    let now = SystemClock.now();
    let mut chosen = None;
    for m in store.memberships_of_user(user.id).await? {
        for summary in store.circles_of_user(m.org_id, user.id).await? {
            let members = store.circle_members(m.org_id, summary.circle.id).await?;
            let writers = [
                CircleRole::Practitioner,
                CircleRole::ParentCarer,
                CircleRole::FocusPerson,
            ]
            .iter()
            .filter(|r| members.iter().any(|x| x.role == **r && x.user_id.is_some()))
            .count();
            // The circle where most people write: the fullest history.
            if summary.circle.is_open() && chosen.as_ref().is_none_or(|(w, _, _)| writers > *w) {
                chosen = Some((writers, summary.circle, members));
            }
        }
    }
    let (_, circle, members) = chosen.ok_or_else(|| anyhow!("{login} is in no open circle"))?;
    // The history is made with the shipped edition as published: what an
    // organisation that adapted nothing (as `moves seed-demo` leaves it) has.
    if store.latest_adaptation(circle.org_id).await?.is_some() {
        bail!("the organisation has adapted its framework: run bench-seed on a fresh database");
    }
    let framework = framework::shipped()?;

    let notes = history::journal(&circle, &members, now);
    write_notes(store.as_ref(), &circle, &notes, now).await?;
    let checks = monthly_checks(&circle, &members, &framework, now);
    write_checks(store.as_ref(), &circle, &framework, &checks, now).await?;
    let plans = quarterly_plans(&circle, &members, &framework, &checks, now)?;
    write_plans(store.as_ref(), &circle, &plans, now).await?;

    eprintln!(
        "bench-seed: over {} months in circle {}: {} notes, {} checks with {} views, {} plans",
        history::MONTHS,
        circle.id,
        notes.len(),
        checks.len(),
        checks.iter().map(|c| c.views.len()).sum::<usize>(),
        plans.len(),
    );
    let young = members
        .iter()
        .find(|m| m.role == CircleRole::FocusPerson)
        .ok_or_else(|| anyhow!("circle {} has no young person", circle.id))?;
    println!("{} {}", circle.id, young.id);
    store.close().await;
    Ok(())
}
