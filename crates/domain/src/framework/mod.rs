//! The Resilience Framework as data: base editions, overlays (translations and
//! audience wordings), and the fixed "changing the odds" categories.
//!
//! A framework is data, not code: files in `frameworks/` are loaded and checked
//! here, following `docs/framework-format.md`. Every problem is reported with its
//! file and line in plain words, for the person editing the file.
//!
//! - [`parse_framework`] reads a base edition; [`parse_overlay`] an overlay, which
//!   [`Overlay::check_against`] checks against its base.
//! - [`resolve`] lays an overlay over a base, giving each text its language.
//! - [`Catalogue`] holds everything an installation offers.
//! - [`adaptation`] is an organisation's own version: adopted edition, accepted
//!   overlay, local moves, rewordings, hidden moves, kept version by version.

pub mod adaptation;
mod catalogue;
mod category;
mod error;
mod ids;
mod keyword;
mod load;
mod model;
mod overlay;
mod source;
mod wording;

#[cfg(test)]
pub(crate) mod fixtures;

pub use adaptation::{Adaptation, AdaptedFramework, FrameworkVersion};
pub use catalogue::{Catalogue, CheckedFile};
pub use category::Category;
pub use error::{FrameworkError, LoadErrors, LoadOptions, Warning};
pub use ids::{
    CompartmentId, FrameworkId, ID_MAX, InvalidId, MoveId, NobleTruthId, OverlayId,
    is_language_tag, is_move_id, is_simple_id, parse_colour,
};
pub use keyword::UnknownKeyword;
pub use load::{DESCRIPTION_MAX, EDITION_MAX, LABEL_MAX, LOCAL_PREFIX, TITLE_MAX, parse_framework};
pub use model::{Compartment, Framework, Move, NobleTruth, Provenance};
pub use overlay::{
    Audience, CompartmentText, MoveText, NobleTruthText, Overlay, OverlayKind, OverlayStatus,
    load_overlay, parse_overlay,
};
pub use wording::{
    OverlayInfo, ResolvedCompartment, ResolvedFramework, ResolvedMove, ResolvedNobleTruth, Wording,
    resolve,
};
