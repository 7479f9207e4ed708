//! `moves seed-demo [--password P]`: the demo organisations and people of
//! `moves_core::demo`, written into a database that holds nothing real. Only what
//! is missing is written, so a second run changes nothing.

use super::audit_entries::demo_audit;
use crate::config::Config;
use crate::database::Backend;
use anyhow::{Context, Result, anyhow};
use moves_core::Clock;
use moves_core::auth::password::NewPassword;
use moves_core::clock::SystemClock;
use moves_core::demo::{DEMO_ORGANISATIONS, DEMO_PEOPLE, DemoPlan, random_demo_password};
use moves_core::user::User;
use moves_store::Store;
use std::collections::HashMap;

/// The demo circles of each demo organisation whose practitioner is in none
/// yet (so a second run adds nothing); returns how many were written.
async fn seed_circles(store: &dyn Store, now: moves_core::Timestamp) -> Result<usize> {
    use moves_core::circle::demo::{DemoAccounts, demo_circles};
    let organisations = store.list_organisations().await?;
    let mut written = 0;
    for spec in &DEMO_ORGANISATIONS {
        let Some(org) = organisations
            .iter()
            .find(|o| o.is_demo && o.name == spec.name)
        else {
            continue;
        };
        let mut ids = HashMap::new();
        for person in &DEMO_PEOPLE {
            if let Some(user) = store.user_by_login(&person.email_address(spec)).await? {
                ids.insert(person.local_part, user.id);
            }
        }
        let (Some(practitioner), Some(parent), Some(young)) =
            (ids.get("practitioner"), ids.get("parent"), ids.get("young"))
        else {
            continue;
        };
        if !store
            .circles_of_user(org.id, *practitioner)
            .await?
            .is_empty()
        {
            continue;
        }
        let people = DemoAccounts {
            practitioner: *practitioner,
            parent: *parent,
            young: *young,
        };
        for (circle, members) in demo_circles(spec, org.id, &people, now)? {
            let audit = moves_store::AuditEntry::new(
                moves_core::audit::AuditScope::Organisation(org.id),
                now,
                None,
                moves_core::audit::AuditAction::CircleChanged,
            )
            .subject(circle.id.to_string())
            .detail("created");
            store.create_circle(&circle, &members, &audit).await?;
            // Months of its journal, with every audience.
            for note in moves_core::circle::demo_notes::demo_notes(&circle, &members, now) {
                let audit = moves_store::AuditEntry::new(
                    moves_core::audit::AuditScope::Organisation(org.id),
                    now,
                    None,
                    moves_core::audit::AuditAction::NoteWritten,
                )
                .subject(circle.id.to_string())
                .detail(format!("written:{}:{}", note.id, note.audience.as_str()));
                store.create_note(&note, &audit).await?;
            }
            let newest_check = seed_checks(store, &circle, &members, now).await?;
            written += 1;
            // A plan with actions, a goal and a review, so the plan pages
            // have something real to show; its review names the newest check
            // (done just before it), as the progress page's timeline shows.
            if let Some(mut plan) = moves_core::plan::demo::demo_plan(&circle, &members, now) {
                for review in &mut plan.body.reviews {
                    review.check = newest_check;
                }
                let audit = moves_store::AuditEntry::new(
                    moves_core::audit::AuditScope::Organisation(org.id),
                    now,
                    None,
                    moves_core::audit::AuditAction::PlanChanged,
                )
                .subject(plan.id.to_string())
                .detail("created");
                store.create_plan(&plan, &audit).await?;
            }
        }
        // Demo organisations use goals, so the goal forms can be tried.
        let audit = moves_store::AuditEntry::new(
            moves_core::audit::AuditScope::Organisation(org.id),
            now,
            None,
            moves_core::audit::AuditAction::PlanChanged,
        )
        .subject("goals".to_owned())
        .detail("on");
        store.set_goals_enabled(org.id, true, &audit).await?;
    }
    Ok(written)
}

/// The demo checks of a circle just written, with their views and agreed
/// answers (see `moves_core::check::demo`); the newest one's id.
async fn seed_checks(
    store: &dyn Store,
    circle: &moves_core::circle::Circle,
    members: &[moves_core::circle::CircleMember],
    now: moves_core::Timestamp,
) -> Result<Option<moves_core::ids::CheckId>> {
    use moves_core::audit::{AuditAction, AuditScope};
    use moves_core::check::CompartmentSave;
    use moves_store::AuditEntry;
    let edition = moves_core::framework::FrameworkId::parse(moves_core::plan::demo::DEMO_EDITION)
        .map_err(|e| anyhow!("demo checks: {e}"))?;
    let audit = |check: moves_core::ids::CheckId, detail: &str| {
        AuditEntry::new(
            AuditScope::Organisation(circle.org_id),
            now,
            None,
            AuditAction::CheckChanged,
        )
        .subject(check.to_string())
        .detail(detail)
    };
    let mut newest = None;
    for (check, views) in moves_core::check::demo::demo_checks(circle, members, &edition, now) {
        newest = Some(check.id);
        store
            .create_check(&check, &audit(check.id, "started"))
            .await?;
        for p in &views {
            let detail = format!("perspective_started:{}", p.id);
            store
                .create_perspective(p, &audit(check.id, &detail))
                .await?;
        }
        if let Some(at) = check.agreed_at {
            let save = CompartmentSave {
                version: check.version,
                compartment: "basics",
                answers: &check.agreed,
                at,
            };
            store
                .save_agreed_answers(
                    circle.org_id,
                    check.id,
                    &save,
                    check.started_by,
                    &audit(check.id, "agreed:basics"),
                )
                .await?;
        }
    }
    Ok(newest)
}

pub async fn run(config: &Config, password: Option<String>) -> Result<()> {
    // Check the password before touching the database.
    let chosen = match password {
        Some(p) => Some(
            NewPassword::parse(&p, None)
                .map(|_| p)
                .map_err(|problem| anyhow!("the demo password (--password) {problem}"))?,
        ),
        None => None,
    };
    let backend = Backend::open_migrated(config).await?;
    let store = backend.store();
    let result = seed(store.as_ref(), config, chosen).await;
    store.close().await;
    result
}

async fn seed(store: &dyn Store, config: &Config, chosen: Option<String>) -> Result<()> {
    let now = SystemClock.now();
    let organisations = store.list_organisations().await?;
    let mut users: HashMap<String, User> = HashMap::new();
    let mut memberships = Vec::new();
    for org in &DEMO_ORGANISATIONS {
        for person in &DEMO_PEOPLE {
            let email = person.email_address(org);
            if let Some(user) = store.user_by_login(&email).await? {
                memberships.extend(store.memberships_of_user(user.id).await?);
                users.insert(email.to_lowercase(), user);
            }
        }
    }
    let plan = DemoPlan::new(now, &organisations, &users, &memberships)?;
    if plan.is_empty() {
        let added = seed_circles(store, now).await?;
        if added > 0 {
            println!("Added {added} demo circle(s) to the demo organisations.");
            return Ok(());
        }
        println!("The demo data is already there; nothing was changed.");
        if chosen.is_some() {
            println!("(The demo accounts keep the password they were given before.)");
        }
        return Ok(());
    }

    let (password, generated) = match chosen {
        Some(p) => (p, false),
        None => (random_demo_password()?, true),
    };
    for org in &plan.organisations {
        store.create_organisation(org).await?;
        // Demo accounts sign in with a password alone: no second factor.
        let off = moves_core::auth::mfa::OrgMfaSetting::off_for_demo(now);
        let audit = moves_store::AuditEntry::new(
            moves_core::audit::AuditScope::Organisation(org.id),
            now,
            None,
            moves_core::audit::AuditAction::MfaChanged,
        )
        .detail(off.audit_detail());
        store.set_org_mfa_setting(org.id, &off, &audit).await?;
    }
    for user in &plan.users {
        let pw = password.clone();
        let hash =
            tokio::task::spawn_blocking(move || moves_core::auth::password::hash_password(&pw))
                .await
                .context("password hashing stopped")??;
        let user = User {
            password_hash: Some(hash),
            ..user.clone()
        };
        store.create_user(&user).await?;
    }
    for m in &plan.memberships {
        store.add_membership(m).await?;
    }
    store.append_audit_batch(&demo_audit(&plan, now)).await?;
    let circles = seed_circles(store, now).await?;

    let complete = plan.organisations.len() == DEMO_ORGANISATIONS.len()
        && plan.users.len() == DEMO_ORGANISATIONS.len() * DEMO_PEOPLE.len();
    if complete {
        println!(
            "Created the demo organisations {}, each with one person of every role:",
            DEMO_ORGANISATIONS
                .iter()
                .map(|o| format!("{:?}", o.name))
                .collect::<Vec<_>>()
                .join(" and ")
        );
    } else {
        println!(
            "Added the missing demo data: {} organisation(s), {} person(s), {} membership(s).",
            plan.organisations.len(),
            plan.users.len(),
            plan.memberships.len()
        );
        println!("The demo people are:");
    }
    for org in &DEMO_ORGANISATIONS {
        for person in &DEMO_PEOPLE {
            println!(
                "  {:<30} {:<20} {}",
                person.email_address(org),
                person.display_name(org),
                person.role
            );
        }
    }
    if circles > 0 {
        println!("The demo practitioners are in {circles} demo circle(s), with their people.");
    }
    if plan.users.is_empty() {
        println!("(Existing demo accounts keep the password they were given before.)");
    } else if generated {
        println!("The password of the new demo accounts (chosen at random): {password}");
    } else {
        println!("The new demo accounts have the password given with --password.");
    }
    let base = config
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", config.addr));
    println!(
        "Sign in at {base}/sign-in. Demo pages show a \"demo data\" banner, and `moves serve` \
         warns in its log while demo accounts exist."
    );
    Ok(())
}
