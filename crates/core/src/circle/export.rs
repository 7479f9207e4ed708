//! A circle exported for a subject access request, as a file (JSON) or a
//! page to print: everything the person asking may see of it, and nothing
//! else (`moves_domain::circle::CircleExport` sends each kind of contribution
//! through its own rule). It is complete by design, so it reads every row of
//! the circle: what keeps it from being asked for in a loop is that each
//! export is audited (the read, and the export itself) and counts as one
//! change of the person's hourly budget (`crate::write_budget`).

use super::open::open_circle;
use crate::framework::adaptation::{AdaptedFramework, FrameworkVersion, framework_in_force};
use crate::{Ctx, Error};
use moves_domain::audit::{AuditAction, AuditScope};
use moves_domain::circle::OpenCircle;
use moves_domain::framework::{Catalogue, FrameworkId};
use moves_domain::ids::CircleId;
use moves_domain::permission::Actor;
use moves_store::AuditEntry;

pub use moves_domain::circle::export::*;

/// What shape the export is made in (kept as the audit entry's detail).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    Json,
    Page,
}

impl ExportKind {
    fn as_str(self) -> &'static str {
        match self {
            ExportKind::Json => "json",
            ExportKind::Page => "page",
        }
    }
}

/// The export of `circle` for `actor`, with its audit entry written first:
/// no entry, no export. It credits the framework editions it uses (`shipped`
/// holds them; `offered` is the edition new records use, credited when the
/// circle has no check or plan yet).
pub async fn export(
    ctx: &Ctx,
    actor: &Actor,
    circle: CircleId,
    kind: ExportKind,
    shipped: &Catalogue,
    offered: &FrameworkId,
) -> Result<(OpenCircle, CircleExport), Error> {
    let user = actor.user.ok_or(Error::NotFound)?;
    // Every export reads the whole circle: each is one change of the hour's
    // budget, so it cannot be asked for in a loop.
    crate::write_budget::spend(ctx, user).await?;
    let open = open_circle(ctx, actor, circle, "export").await?;
    let (org, circle) = (open.circle.org_id, open.circle.id);
    let store = ctx.store();
    // Everything the store holds of the circle: `CircleExport::assemble`
    // decides, by each kind's rule, what of it this person sees.
    let contents = ExportContents {
        notes: store.notes_of_circle(org, circle).await?,
        agreements: store.agreements_of_circle(org, circle).await?,
        checks: store.checks_of_circle(org, circle).await?,
        perspectives: store.perspectives_of_circle(org, circle).await?,
        plans: store.plans_of_circle(org, circle).await?,
    };
    let now = ctx.now();
    let entry = AuditEntry::new(
        AuditScope::Organisation(org),
        now,
        Some(user),
        AuditAction::CircleExported,
    )
    .subject(circle.to_string())
    .detail(kind.as_str());
    store.append_audit(&entry).await?;
    let mut export = CircleExport::assemble(&open, contents, now);
    export.credit_frameworks(shipped, offered);
    Ok((open, export))
}

/// The wording of each framework version an export names, read once each.
#[derive(Debug, Default)]
pub struct Wordings(Vec<(FrameworkVersion, AdaptedFramework)>);

impl Wordings {
    /// The wording of `edition` at `adaptation_version`, if the export names it.
    pub fn of(&self, edition: &str, adaptation_version: u32) -> Option<&AdaptedFramework> {
        self.0
            .iter()
            .find(|(v, _)| {
                v.edition.as_str() == edition && v.adaptation_version == adaptation_version
            })
            .map(|(_, fw)| fw)
    }
}

/// The export as a page to print: the same export as the file, and the
/// wording its checks and plans were made with.
pub struct Printable {
    pub open: OpenCircle,
    pub export: CircleExport,
    pub wordings: Wordings,
}

/// The export of `circle` as a page to print, with moves named in the
/// wording of the framework version each check or plan keeps (`shipped` is
/// the frameworks this program ships).
pub async fn printable(
    ctx: &Ctx,
    actor: &Actor,
    circle: CircleId,
    shipped: &Catalogue,
    offered: &FrameworkId,
) -> Result<Printable, Error> {
    let (open, export) = export(ctx, actor, circle, ExportKind::Page, shipped, offered).await?;
    let named = export
        .checks
        .iter()
        .map(|c| (c.framework.as_str(), c.framework_version))
        .chain(
            export
                .plans
                .iter()
                .map(|p| (p.framework.as_str(), p.framework_version)),
        );
    let mut wordings = Wordings::default();
    for (edition, adaptation_version) in named {
        if wordings.of(edition, adaptation_version).is_some() {
            continue;
        }
        let version = FrameworkVersion {
            edition: FrameworkId::parse(edition).map_err(|e| Error::Internal(e.to_string()))?,
            adaptation_version,
        };
        let fw = framework_in_force(ctx.store(), shipped, open.circle.org_id, &version).await?;
        wordings.0.push((version, fw));
    }
    Ok(Printable {
        open,
        export,
        wordings,
    })
}
