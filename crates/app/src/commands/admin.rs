//! `moves admin create-org`: an organisation, its administrator and a one-time
//! set-password link, from the command line. The rules are in
//! `moves_core::auth::create_org`; this writes what they decide and says what it did.

use super::audit_entries::{admin_invite_audit, create_org_audit};
use crate::cli::CreateOrgArgs;
use crate::config::Config;
use crate::database::Backend;
use anyhow::{Context, Result, anyhow};
use moves_core::Clock;
use moves_core::audit::AuditAction;
use moves_core::auth::create_org::{CreateOrgPlan, CreateOrgRequest, needs_password_link};
use moves_core::auth::invite::{INVITE_VALID_HOURS, invite_path};
use moves_core::auth::one_time::{
    OneTimeToken, Purpose, SET_PASSWORD_VALID_HOURS, set_password_link,
};
use moves_core::clock::{SystemClock, Timestamp};
use moves_core::membership::Role;
use moves_core::user::User;
use moves_store::Store;

pub async fn create_org(config: &Config, args: &CreateOrgArgs) -> Result<()> {
    let backend = Backend::open_migrated(config).await?;
    let store = backend.store();
    let result = run(store.as_ref(), config, args).await;
    store.close().await;
    result
}

/// Where people reach the server, for the link.
fn base_url(config: &Config) -> String {
    match &config.public_url {
        Some(url) => url.clone(),
        None => {
            if config.addr.ip().is_unspecified() {
                println!(
                    "Note: the server listens on {}, which is not an address people can open; \
                     set --public-url (or public_url in the configuration file) to the address they use.",
                    config.addr
                );
            }
            format!("http://{}", config.addr)
        }
    }
}

async fn run(store: &dyn Store, config: &Config, args: &CreateOrgArgs) -> Result<()> {
    let now = SystemClock.now();
    let plan = CreateOrgRequest {
        name: args.name.clone(),
        admin_email: args.admin_email.clone(),
        admin_name: args.admin_name.clone(),
    }
    .parse(now)
    .map_err(|problems| {
        let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
        anyhow!("{}", all.join("; "))
    })?;
    let email = plan.admin_email.as_str().to_owned();
    let existing_person = store.user_by_login(&email).await?;
    let organisations = store.list_organisations().await?;

    let (org, admin) = match plan.existing(&organisations) {
        Some(org) => {
            // Made by an earlier run? Then nothing is created; a new link may be
            // wanted (the first one expired).
            let already_admin = match &existing_person {
                Some(person) => store
                    .memberships_of_user(person.id)
                    .await?
                    .iter()
                    .any(|m| m.org_id == org.id && m.role == Role::OrgAdmin),
                None => false,
            };
            let Some(admin) = existing_person.filter(|_| already_admin) else {
                return Err(plan
                    .check_name_is_free(&organisations)
                    .err()
                    .map_or_else(|| anyhow!("the organisation exists already"), Into::into));
            };
            println!(
                "The organisation {:?} already exists with {email} as an administrator; nothing was created.",
                org.name
            );
            (org.clone(), admin)
        }
        None => {
            if let Some(person) = existing_person {
                // Hole 1 the other way round: whoever chose this account's
                // password may not be the address's owner (an inviter shown
                // the link can have set it), so the role is never given to it
                // directly. The owner accepts by signing in as themselves.
                return invite_existing(store, config, &plan, &person, now).await;
            }
            // Nobody holds the address: the administrator is made here.
            let (admin, _) = plan
                .admin(None, now)
                .context("the administrator's name is not valid")?;
            let membership = plan.membership(&admin);
            store
                .create_organisation_with_admin(
                    &plan.organisation,
                    Some(&admin),
                    &membership,
                    &create_org_audit(&plan, &membership),
                )
                .await?;
            println!(
                "Created the organisation {:?} (id {}).",
                plan.organisation.name, plan.organisation.id
            );
            println!(
                "Created the administrator {email} ({}).",
                admin.display_name
            );
            (plan.organisation.clone(), admin)
        }
    };

    if !needs_password_link(&admin, args.reset_password) {
        println!(
            "{email} already has a password and can sign in with it, so no link was made. \
             To replace their password, run this again with --reset-password."
        );
        return Ok(());
    }
    let (token, record) = OneTimeToken::set_password(admin.id, Some(org.id), now)?;
    store.create_one_time_token(&record).await?;
    println!(
        "Open this link to set the administrator's password (valid {SET_PASSWORD_VALID_HOURS} hours, once): {}",
        set_password_link(&base_url(config), &token)
    );
    Ok(())
}

/// The organisation, and an invitation to be its administrator for the
/// account that already holds `plan`'s address: printed for the operator to
/// send to that address. Nothing is given until they accept, signed in.
async fn invite_existing(
    store: &dyn Store,
    config: &Config,
    plan: &CreateOrgPlan,
    person: &User,
    now: Timestamp,
) -> Result<()> {
    let org = &plan.organisation;
    let roles = store.memberships_of_user(person.id).await?.len();
    let (token, mut link) = OneTimeToken::issue(
        person.id,
        Some(org.id),
        Purpose::Invite(Role::OrgAdmin),
        now,
        INVITE_VALID_HOURS,
    )?;
    link.new_account = false;
    let mut audit = create_org_audit(plan, &plan.membership(person));
    // No role is given yet: the organisation's creation and the invitation.
    audit.retain(|e| e.action == AuditAction::OrganisationCreated);
    audit.push(admin_invite_audit(org.id, person.id, now));
    store
        .create_organisation_with_invitation(org, &link, &audit)
        .await?;
    println!("Created the organisation {:?} (id {}).", org.name, org.id);
    println!(
        "{} already has an account (with roles in {roles} organisation(s)), so they were not \
         made its administrator: send this invitation to that address; they accept it by \
         signing in as themselves (valid {INVITE_VALID_HOURS} hours, once): {}{}",
        plan.admin_email.as_str(),
        base_url(config),
        invite_path(&token)
    );
    Ok(())
}
