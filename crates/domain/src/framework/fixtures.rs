//! Small framework files for tests. Line numbers matter: tests assert them.

/// A valid base edition: two compartments, three moves, two noble truths.
pub(crate) const MINI: &str = r##"id = "mini"
title = "A small framework"
edition = "2007"
language = "en"
attribution = "Hart, Blincow & Thomas (2007) and BoingBoing"
licence = "For tests."

[[compartments]]
id = "basics"
order = 1
label = "Basics"
description = "The everyday things."
colour = "#1f6f8b"

[[compartments]]
id = "coping"
order = 2
label = "Coping"
description = "Getting through hard times."
colour = "#AA0000"

[[moves]]
id = "basics.housing"
compartment = "basics"
order = 1
label = "Good enough housing"
description = "A home that is good enough."
category = "housing"
provenance = "published"

[[moves]]
id = "coping.brave"
compartment = "coping"
order = 1
label = "Being brave"
description = "Trying things that feel hard."
provenance = "commonly-reproduced"

[[moves]]
id = "basics.money"
compartment = "basics"
order = 2
label = "Enough money to live"
description = "Money for what is needed."
category = "money"
provenance = "published"

[[noble_truths]]
id = "conserving"
order = 2
label = "Conserving"
description = "Keep what works."
planning_prompt = "What already works?"
review_prompt = "What did we keep?"

[[noble_truths]]
id = "accepting"
order = 1
label = "Accepting"
description = "Start where the person is."
planning_prompt = "Where are we starting from?"
review_prompt = "What has changed?"
"##;

/// A complete Swedish translation of [`MINI`].
pub(crate) const MINI_SV: &str = r##"id = "mini-sv"
base = "mini"
kind = "translation"
language = "sv"
title = "Ett litet ramverk"
status = "draft"
co_produced_by = "Tests"
licence = "For tests."

[compartments.basics]
label = "Grunder"
description = "Vardagliga saker."

[compartments.coping]
label = "Att hantera"

[moves."basics.housing"]
label = "Ett tillräckligt bra boende"

[moves."basics.money"]
label = "Tillräckligt med pengar"

[moves."coping.brave"]
label = "Att vara modig"

[noble_truths.accepting]
label = "Att acceptera"
planning_prompt = "Var börjar vi?"

[noble_truths.conserving]
label = "Att bevara"
"##;

/// `text` with each `(from, to)` edit made; each `from` must occur exactly once.
pub(crate) fn edited(text: &str, edits: &[(&str, &str)]) -> String {
    let mut out = text.to_owned();
    for (from, to) in edits {
        assert_eq!(
            out.matches(from).count(),
            1,
            "{from:?} must occur exactly once"
        );
        out = out.replacen(from, to, 1);
    }
    out
}
