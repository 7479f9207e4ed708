//! The benchmarked pages: the path `bench/run` asks the server for, and the
//! database work the page's handler does (its `open_circle` and its own store
//! calls), which the floor times. One line per page.

use crate::context::Ctx;
use anyhow::{Context as _, Result};
use moves_core::circle::member::CircleRole;
use std::future::Future;
use std::pin::Pin;

pub type Work<'a> = Pin<Box<dyn Future<Output = Result<()>> + Send + 'a>>;

pub struct Page {
    /// A short name for the report.
    pub name: &'static str,
    /// The path, with `{circle}` for the circle's id.
    pub path: &'static str,
    /// The page handler's database work.
    pub work: for<'a> fn(&'a Ctx) -> Work<'a>,
}

// One line a page, as the module says.
#[rustfmt::skip]
pub const PAGES: &[Page] = &[
    Page { name: "circle", path: "/circles/{circle}", work: circle_overview },
    Page { name: "journal", path: "/circles/{circle}/notes", work: journal },
    Page { name: "progress", path: "/circles/{circle}/progress", work: progress },
    Page { name: "progress-young", path: "/circles/{circle}/progress?whose={young}", work: progress_of_young },
];

/// `routes/circles/overview.rs`: the circle opened, nothing more.
fn circle_overview(ctx: &Ctx) -> Work<'_> {
    Box::pin(async move {
        ctx.open("overview").await?;
        Ok(())
    })
}

/// `routes/circles/notes/journal.rs`: the circle opened, then its notes.
fn journal(ctx: &Ctx) -> Work<'_> {
    Box::pin(async move {
        let open = ctx.open("journal").await?;
        ctx.store
            .notes_of_circle(open.circle.org_id, open.circle.id)
            .await?;
        Ok(())
    })
}

/// `routes/circles/progress/mod.rs`: the circle opened, then its checks,
/// who gave which views and its plans (one read each, whatever the
/// history), and the adaptation the newest check reads with. The view shown
/// first is the agreed version (the newest check was agreed), whose answers
/// come with the checks.
fn progress(ctx: &Ctx) -> Work<'_> {
    Box::pin(progress_reads(ctx, false))
}

/// The progress page following the young person's own view: as
/// [`progress`], and then their views with their answers.
fn progress_of_young(ctx: &Ctx) -> Work<'_> {
    Box::pin(progress_reads(ctx, true))
}

async fn progress_reads(ctx: &Ctx, young_s_view: bool) -> Result<()> {
    let open = ctx.open("progress").await?;
    let (org, circle) = (open.circle.org_id, open.circle.id);
    let checks = ctx.store.checks_of_circle(org, circle).await?;
    ctx.store.perspective_heads_of_circle(org, circle).await?;
    moves_core::plan::plans_for_reader(ctx.store.as_ref(), &open).await?;
    if young_s_view {
        let young = open
            .members
            .iter()
            .find(|m| m.role == CircleRole::FocusPerson)
            .context("the circle has no young person")?;
        ctx.store
            .perspectives_by_author_in_circle(org, circle, young.id)
            .await?;
    }
    if let Some(newest) = checks.first() {
        moves_core::framework::adaptation::adaptation_in_force(
            ctx.store.as_ref(),
            org,
            &newest.framework,
        )
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    Ok(())
}
