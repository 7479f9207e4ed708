//! All routes, each with the permission rule that guards it, and the layers
//! around them.

use crate::auth::{csrf, viewer};
use crate::middleware::{error_pages, language, metrics, request_id, security_headers};
use crate::registry::Routes;
use crate::routes;
use crate::state::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use moves_core::permission::{Capability, Rule};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

/// The route table. Add routes here, and only here: the permission matrix test
/// runs every role against every entry.
pub fn routes() -> Routes {
    use routes::{
        admin, assets, change_password, circles, framework, health, home, invite, kept, metrics,
        mfa, print_credit, privacy, session, set_password, setup, sign_in,
    };
    let r = Routes::default()
        .get("/", Rule::Public, home::home)
        .post("/organisation", Rule::SignedIn, home::switch_organisation)
        .get("/setup", Rule::Public, setup::form)
        .post("/setup", Rule::Public, setup::submit)
        .get("/sign-in", Rule::Public, sign_in::form)
        .post("/sign-in", Rule::Public, sign_in::submit)
        .post("/sign-out", Rule::SignedIn, sign_in::sign_out)
        .post("/session/keep-alive", Rule::SignedIn, session::keep_alive)
        .get("/privacy", Rule::SignedIn, privacy::page)
        .post("/privacy/read", Rule::SignedIn, privacy::read)
        .get(
            "/admin/privacy",
            Rule::May(Capability::ManageSettings),
            admin::privacy::page,
        )
        .post(
            "/admin/privacy",
            Rule::May(Capability::ManageSettings),
            admin::privacy::submit,
        )
        .get("/account/password", Rule::SignedIn, change_password::form)
        .post("/account/password", Rule::SignedIn, change_password::submit)
        .get(
            "/account/emails",
            Rule::SignedIn,
            routes::digest_settings::page,
        )
        .post(
            "/account/emails",
            Rule::SignedIn,
            routes::digest_settings::submit,
        )
        .get(
            "/account/language",
            Rule::SignedIn,
            routes::language_settings::page,
        )
        .post(
            "/account/language",
            Rule::SignedIn,
            routes::language_settings::submit,
        )
        .get("/kept/{id}", Rule::SignedIn, kept::show)
        // The second factor: the steps after a right password, and its settings.
        .get("/sign-in/code", Rule::SecondFactorStep, mfa::code::form)
        .post("/sign-in/code", Rule::SecondFactorStep, mfa::code::submit)
        .get(
            "/account/two-factor",
            Rule::SecondFactorStep,
            mfa::enrol::page,
        )
        .post(
            "/account/two-factor",
            Rule::SecondFactorStep,
            mfa::enrol::confirm,
        )
        .get(
            "/admin/security",
            Rule::May(Capability::ManageSettings),
            mfa::admin::page,
        )
        .post(
            "/admin/security",
            Rule::May(Capability::ManageSettings),
            mfa::admin::submit,
        )
        .post(
            "/admin/security/family-invites",
            Rule::May(Capability::ManageSettings),
            admin::family_invites::submit,
        )
        .post(
            "/admin/members/{id}/reset-two-factor",
            Rule::May(Capability::ManageMembers),
            mfa::admin::reset_member,
        )
        .get("/set-password/{token}", Rule::Public, set_password::form)
        .post("/set-password/{token}", Rule::Public, set_password::submit)
        .get(
            "/admin/audit",
            Rule::May(Capability::ReadAuditLog),
            admin::audit::page,
        )
        .get(
            "/admin/teams",
            Rule::May(Capability::ManageTeams),
            admin::teams::list,
        )
        .post(
            "/admin/teams",
            Rule::May(Capability::ManageTeams),
            admin::teams::create,
        )
        .get(
            "/admin/teams/{id}",
            Rule::May(Capability::ManageTeams),
            admin::teams::show,
        )
        .post(
            "/admin/teams/{id}/members",
            Rule::May(Capability::ManageTeams),
            admin::teams::add_member,
        )
        .post(
            "/admin/teams/{id}/members/remove",
            Rule::May(Capability::ManageTeams),
            admin::teams::remove_member,
        )
        .get(
            "/admin/members",
            Rule::May(Capability::ManageMembers),
            admin::members::page,
        )
        .post(
            "/admin/members/invite",
            Rule::May(Capability::ManageMembers),
            admin::members::invite,
        )
        .post(
            "/admin/members/{id}/revoke",
            Rule::May(Capability::ManageMembers),
            admin::members::revoke,
        )
        .post(
            "/admin/members/{id}/reset-password",
            Rule::May(Capability::ManageMembers),
            admin::reset::reset_password,
        )
        // The organisation's adaptation of the framework.
        .get(
            "/admin/framework",
            Rule::May(Capability::AdaptFramework),
            admin::framework::page,
        )
        .get(
            "/admin/framework/moves/{id}",
            Rule::May(Capability::AdaptFramework),
            admin::framework::move_page,
        )
        .post(
            "/admin/framework/moves/{id}/reword",
            Rule::May(Capability::AdaptFramework),
            admin::framework::reword,
        )
        .post(
            "/admin/framework/moves/{id}/hide",
            Rule::May(Capability::AdaptFramework),
            admin::framework::hide,
        )
        .post(
            "/admin/framework/local-moves",
            Rule::May(Capability::AdaptFramework),
            admin::framework::add_local_move,
        )
        .get(
            "/admin/framework/overlays/{id}",
            Rule::May(Capability::AdaptFramework),
            admin::framework::preview_overlay,
        )
        .post(
            "/admin/framework/overlay",
            Rule::May(Capability::AdaptFramework),
            admin::framework::accept_overlay,
        )
        .post(
            "/admin/framework/edition",
            Rule::May(Capability::AdaptFramework),
            admin::framework::adopt,
        )
        .post(
            "/admin/framework/credit",
            Rule::May(Capability::AdaptFramework),
            admin::framework::credit,
        )
        .get(
            "/admin/framework/export",
            Rule::May(Capability::AdaptFramework),
            admin::framework::export,
        )
        .get(
            "/admin/framework/import",
            Rule::May(Capability::AdaptFramework),
            admin::framework::import_form,
        )
        .post(
            "/admin/framework/import",
            Rule::May(Capability::AdaptFramework),
            admin::framework::import,
        )
        // Circles: `InCircle` lets in people who may work in circles or see
        // their teams'; whether they may open *this* circle is decided when it
        // is opened (`moves_core::circle::open_circle`), and is 404 if not.
        .get("/circles", Rule::InCircle, circles::list::page)
        .get(
            "/circles/new",
            Rule::May(Capability::CreateCircle),
            circles::new::form,
        )
        .post(
            "/circles/new",
            Rule::May(Capability::CreateCircle),
            circles::new::submit,
        )
        .get("/circles/{id}", Rule::InCircle, circles::overview::page)
        .get(
            "/circles/{id}/members",
            Rule::InCircle,
            circles::members::page,
        )
        .post(
            "/circles/{id}/members",
            Rule::InCircle,
            circles::members::add,
        )
        .get("/circles/{id}/close", Rule::InCircle, circles::status::form)
        .post(
            "/circles/{id}/close",
            Rule::InCircle,
            circles::status::close,
        )
        .post(
            "/circles/{id}/reopen",
            Rule::InCircle,
            circles::status::reopen,
        )
        .get(
            "/circles/{id}/people",
            Rule::InCircle,
            circles::people::page,
        )
        // The circle's journal, and its export for a subject access request.
        .get(
            "/circles/{id}/notes",
            Rule::InCircle,
            circles::notes::journal::page,
        )
        .get(
            "/circles/{id}/notes/new",
            Rule::InCircle,
            circles::notes::new::form,
        )
        .post(
            "/circles/{id}/notes/new",
            Rule::InCircle,
            circles::notes::new::submit,
        )
        .get(
            "/circles/{id}/notes/{note}",
            Rule::InCircle,
            circles::notes::edit::form,
        )
        .post(
            "/circles/{id}/notes/{note}",
            Rule::InCircle,
            circles::notes::edit::submit,
        )
        .get(
            "/circles/{id}/export",
            Rule::InCircle,
            circles::export::page,
        )
        .get(
            "/circles/{id}/export.json",
            Rule::InCircle,
            circles::export::json,
        )
        // Sharing (issue 5): what the person who decides agreed may be
        // shared, who decides, and linking the young person's own account.
        .get(
            "/circles/{id}/sharing",
            Rule::InCircle,
            circles::sharing_agreements::page,
        )
        .post(
            "/circles/{id}/sharing",
            Rule::InCircle,
            circles::sharing_agreements::record,
        )
        .post(
            "/circles/{id}/sharing/{agreement}/end",
            Rule::InCircle,
            circles::sharing_agreements::end,
        )
        .get(
            "/circles/{id}/decider",
            Rule::InCircle,
            circles::decider::page,
        )
        .post(
            "/circles/{id}/decider",
            Rule::InCircle,
            circles::decider::submit,
        )
        .post(
            "/circles/{id}/members/focus-account",
            Rule::InCircle,
            circles::members::link,
        )
        .post(
            "/circles/{id}/members/invite",
            Rule::InCircle,
            circles::family_invite::invite,
        )
        // Resilience checks: whose perspective a viewer sees is decided by its
        // audience (`moves_core::check::perspectives_seen_by`).
        .get(
            "/circles/{id}/checks",
            Rule::InCircle,
            circles::checks::list::page,
        )
        .post(
            "/circles/{id}/checks",
            Rule::InCircle,
            circles::checks::list::start_check,
        )
        .get(
            "/circles/{id}/checks/{check}",
            Rule::InCircle,
            circles::checks::page::page,
        )
        .post(
            "/circles/{id}/checks/{check}/perspectives",
            Rule::InCircle,
            circles::checks::perspective::start,
        )
        .get(
            "/circles/{id}/checks/{check}/perspectives/{perspective}/compartments/{compartment}",
            Rule::InCircle,
            circles::checks::perspective::form,
        )
        .post(
            "/circles/{id}/checks/{check}/perspectives/{perspective}/compartments/{compartment}",
            Rule::InCircle,
            circles::checks::perspective::save,
        )
        .get(
            "/circles/{id}/checks/{check}/perspectives/{perspective}/choose",
            Rule::InCircle,
            circles::checks::choose::form,
        )
        .post(
            "/circles/{id}/checks/{check}/perspectives/{perspective}/choose",
            Rule::InCircle,
            circles::checks::choose::save,
        )
        .get(
            "/circles/{id}/checks/{check}/perspectives/{perspective}/share",
            Rule::InCircle,
            circles::checks::share::form,
        )
        .post(
            "/circles/{id}/checks/{check}/perspectives/{perspective}/share",
            Rule::InCircle,
            circles::checks::share::save_share,
        )
        .get(
            "/circles/{id}/checks/{check}/compare",
            Rule::InCircle,
            circles::checks::compare::page,
        )
        .get(
            "/circles/{id}/checks/{check}/agreed/{compartment}",
            Rule::InCircle,
            circles::checks::agreed::form,
        )
        .post(
            "/circles/{id}/checks/{check}/agreed/{compartment}",
            Rule::InCircle,
            circles::checks::agreed::save,
        )
        // Plans of a circle (issue 7).
        .get(
            "/circles/{id}/plans",
            Rule::InCircle,
            circles::plans::list::page,
        )
        .get(
            "/circles/{id}/plans/new",
            Rule::InCircle,
            circles::plans::new::form,
        )
        .post(
            "/circles/{id}/plans/new",
            Rule::InCircle,
            circles::plans::new::submit,
        )
        .get(
            "/circles/{id}/plans/{plan}",
            Rule::InCircle,
            circles::plans::show::page,
        )
        .get(
            "/circles/{id}/plans/{plan}/print",
            Rule::InCircle,
            circles::plans::print::page,
        )
        .post(
            "/circles/{id}/plans/{plan}/actions",
            Rule::InCircle,
            circles::plans::actions::add,
        )
        .post(
            "/circles/{id}/plans/{plan}/actions/{action}",
            Rule::InCircle,
            circles::plans::actions::mark,
        )
        .post(
            "/circles/{id}/plans/{plan}/actions/{action}/category",
            Rule::InCircle,
            circles::plans::actions::confirm_category,
        )
        .post(
            "/circles/{id}/plans/{plan}/goals",
            Rule::InCircle,
            circles::plans::goals::add,
        )
        .get(
            "/circles/{id}/plans/{plan}/review",
            Rule::InCircle,
            circles::plans::review::form,
        )
        .post(
            "/circles/{id}/plans/{plan}/review",
            Rule::InCircle,
            circles::plans::review::submit,
        )
        .get(
            "/circles/{id}/plans/{plan}/edit",
            Rule::InCircle,
            circles::plans::edit::form,
        )
        .post(
            "/circles/{id}/plans/{plan}/edit",
            Rule::InCircle,
            circles::plans::edit::submit,
        )
        // Progress of a circle (issue 7 item 5): only what the viewer may see.
        .get(
            "/circles/{id}/progress",
            Rule::InCircle,
            circles::progress::page,
        )
        .get(
            "/admin/goals",
            Rule::May(Capability::ManageSettings),
            admin::goals::page,
        )
        .post(
            "/admin/goals",
            Rule::May(Capability::ManageSettings),
            admin::goals::submit,
        )
        .get("/invite/{token}", Rule::Public, invite::form)
        .post("/invite/{token}", Rule::Public, invite::submit)
        .get("/framework", Rule::Public, framework::overview)
        .get(
            "/framework/compartments/{id}",
            Rule::Public,
            framework::compartment,
        )
        .get("/framework/moves/{id}", Rule::Public, framework::a_move)
        .get("/framework/picture.svg", Rule::Public, framework::picture)
        .get("/framework/colours.css", Rule::Public, framework::colours)
        .get("/healthz", Rule::Public, health::healthz)
        .get("/readyz", Rule::Public, health::readyz)
        .get("/metrics", Rule::Public, metrics::metrics)
        .get("/static/{*path}", Rule::Public, assets::asset)
        .get("/print-credit.css", Rule::Public, print_credit::stylesheet);
    #[cfg(feature = "crash-probe")]
    let r = r.post("/_probe/{key}", Rule::Public, routes::crash_probe::probe);
    r
}

pub fn router(state: AppState) -> Router {
    let max_body = state.config.max_body_bytes;
    // Layers run outside-in from the last one added: the request id is assigned
    // first, security headers are set on whatever comes back, error pages are
    // rendered for whatever failed inside, and the viewer is loaded before any
    // route's rule is checked.
    routes()
        .into_router()
        .fallback(|| async { StatusCode::NOT_FOUND })
        // Inside the viewer's layer: a signed-in person's saved language wins.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            language::attach,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            viewer::attach,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            csrf::cross_site_guard,
        ))
        .layer(CatchPanicLayer::custom(|_| {
            // Inside the request's span: the log line carries its id.
            tracing::error!("a request failed unexpectedly");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }))
        // A request (its body included) that takes longer than this is
        // answered 408, so a slow client holds nothing for long.
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            state.config.request_timeout,
        ))
        .layer(RequestBodyLimitLayer::new(max_body))
        .layer(DefaultBodyLimit::max(max_body))
        .layer(axum::middleware::from_fn(error_pages::apply))
        .layer(axum::middleware::from_fn(metrics::record))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            security_headers::apply,
        ))
        .layer(axum::middleware::from_fn(request_id::assign))
        .with_state(state)
}
