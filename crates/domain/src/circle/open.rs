//! A circle as one person may see it: what `moves_core::circle::open_circle`
//! hands out once it has decided they may open it and audited the read. It is
//! the only way a circle's data leaves the store for a person.

use crate::circle::access::CircleAccess;
use crate::circle::member::CircleMember;
use crate::circle::space::Circle;

/// A circle as one person may see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenCircle {
    pub circle: Circle,
    pub members: Vec<CircleMember>,
    pub access: CircleAccess,
}
