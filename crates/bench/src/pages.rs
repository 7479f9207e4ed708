//! The benchmarked pages: the path `bench/run` asks the server for, and the
//! database work the page's handler does (its `open_circle` and its own store
//! calls), which the floor times. One line per page.

use crate::context::Ctx;
use anyhow::Result;
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

impl Page {
    pub fn url_path(&self, circle: &str) -> String {
        self.path.replace("{circle}", circle)
    }
}
