//! Organisations: the tenants of an installation, each sealed from the others.

use crate::clock::Timestamp;
use crate::ids::OrgId;
use crate::text::{TextError, clean_line};
use serde::{Deserialize, Serialize};

pub const ORG_NAME_MAX: usize = 120;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: OrgId,
    pub name: String,
    /// Made by `moves seed-demo`: pages show a "demo data" banner.
    pub is_demo: bool,
    pub created_at: Timestamp,
}

impl Organisation {
    pub fn new(name: &str, is_demo: bool, now: Timestamp) -> Result<Self, TextError> {
        Ok(Self {
            id: OrgId::new(),
            name: clean_line(name, ORG_NAME_MAX)?,
            is_demo,
            created_at: now,
        })
    }
}
