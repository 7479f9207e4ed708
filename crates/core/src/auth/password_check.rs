//! Checking a password against a person's hash, in a turn to hash.

use super::hashing::HashingSlot;
use crate::Error;
use moves_domain::auth::password;
use moves_domain::user::User;

/// Checks `password` against `user`'s hash, in `slot` (off the async
/// runtime); for nobody, spends the same time and says no, so timing does not
/// tell whether the account exists.
pub(crate) async fn check_password(
    slot: &mut HashingSlot,
    user: Option<&User>,
    password: String,
) -> Result<bool, Error> {
    let hash = user.and_then(|u| u.password_hash.clone());
    slot.run(move |memory| match hash {
        Some(h) => password::verify_password_with(&password, &h, memory),
        None => {
            password::verify_against_dummy_with(&password, memory);
            false
        }
    })
    .await
}
