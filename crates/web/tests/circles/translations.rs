//! Messages whose keys are chosen at run time all have a translation.

use moves_core::circle::CircleRole;
use moves_web::i18n::Tr;

/// Keys chosen at run time (not written at the call) all have a translation.
#[test]
fn every_role_and_field_message_is_translated() {
    for role in CircleRole::ALL {
        let key = format!("circles-role-{}", role.as_str().replace('_', "-"));
        assert!(Tr::has(&key), "{key}");
    }
    for field in [
        "circles-focus-name",
        "circles-pronouns",
        "circles-languages",
        "circles-reflection",
        "circles-member-name",
        "circles-relationship",
    ] {
        assert!(Tr::has(&format!("{field}-missing")), "{field}-missing");
    }
}
