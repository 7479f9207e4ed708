//! Whose work the framework in an export is: every export names the
//! editions of the Resilience Framework its checks and plans were made with,
//! with their attribution, so the credit travels with the file.

use super::CircleExport;
use crate::framework::{Catalogue, FrameworkId};
use serde::Serialize;

/// An edition of the framework an export uses, and whose work it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedFramework {
    pub id: String,
    pub title: String,
    pub edition: String,
    pub attribution: String,
}

impl CircleExport {
    /// Credits each edition the export's checks and plans name, once each,
    /// in the order first named; when they name none, `offered` (the edition
    /// new records use), so that no export goes without the credit. Editions
    /// `catalogue` does not hold are left out: shipped editions are never
    /// removed, so that is only a program without its files.
    pub fn credit_frameworks(&mut self, catalogue: &Catalogue, offered: &FrameworkId) {
        let mut named: Vec<&str> = Vec::new();
        for id in self
            .checks
            .iter()
            .map(|c| c.framework.as_str())
            .chain(self.plans.iter().map(|p| p.framework.as_str()))
        {
            if !named.contains(&id) {
                named.push(id);
            }
        }
        if named.is_empty() {
            named.push(offered.as_str());
        }
        self.frameworks = named
            .into_iter()
            .filter_map(|id| catalogue.framework(id))
            .map(|f| ExportedFramework {
                id: f.id.to_string(),
                title: f.title.clone(),
                edition: f.edition.clone(),
                attribution: f.attribution.clone(),
            })
            .collect();
    }
}
