use super::*;
use crate::framework::fixtures::{MINI, MINI_SV, edited};
use crate::framework::load::parse_framework;

const FILE: &str = "frameworks/overlays/mini-sv.toml";

fn base() -> Framework {
    parse_framework("frameworks/mini.toml", MINI).unwrap()
}

fn parse_errors(text: &str) -> Vec<String> {
    match parse_overlay(FILE, text) {
        Ok(_) => panic!("expected errors"),
        Err(errors) => errors.into_iter().map(|e| e.to_string()).collect(),
    }
}

fn check_errors(text: &str, opts: LoadOptions) -> Vec<String> {
    let overlay = parse_overlay(FILE, text).unwrap();
    match overlay.check_against(&base(), opts) {
        Ok(_) => panic!("expected errors"),
        Err(errors) => errors.into_iter().map(|e| e.to_string()).collect(),
    }
}

#[test]
fn a_complete_translation_loads_without_warnings() {
    let (overlay, warnings) = load_overlay(FILE, MINI_SV, &base(), LoadOptions::STRICT).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(overlay.id, "mini-sv");
    assert_eq!(overlay.base, "mini");
    assert_eq!(overlay.kind, OverlayKind::Translation);
    assert_eq!(overlay.audience, None);
    assert_eq!(overlay.language, "sv");
    assert_eq!(overlay.status, OverlayStatus::Draft);
    assert_eq!(overlay.note, None);
    assert_eq!(overlay.file(), FILE);
    assert_eq!(overlay.base_line(), Some(2));
    let basics = overlay.compartments.get("basics").unwrap();
    assert_eq!(basics.label.as_deref(), Some("Grunder"));
    assert_eq!(basics.description.as_deref(), Some("Vardagliga saker."));
    let brave = overlay.moves.get("coping.brave").unwrap();
    assert_eq!(brave.label.as_deref(), Some("Att vara modig"));
    assert_eq!(brave.description, None);
    let accepting = overlay.noble_truths.get("accepting").unwrap();
    assert_eq!(accepting.planning_prompt.as_deref(), Some("Var börjar vi?"));
    assert_eq!(accepting.review_prompt, None);
}

#[test]
fn a_missing_label_falls_back_with_a_warning() {
    let text = edited(
        MINI_SV,
        &[
            ("label = \"Att vara modig\"\n", ""),
            ("[noble_truths.conserving]\nlabel = \"Att bevara\"\n", ""),
        ],
    );
    let overlay = parse_overlay(FILE, &text).unwrap();
    let warnings: Vec<String> = overlay
        .check_against(&base(), LoadOptions::default())
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        warnings,
        [
            "frameworks/overlays/mini-sv.toml:23: move \"coping.brave\" has no label in this overlay, so the base label \"Being brave\" (language \"en\") will be shown",
            "frameworks/overlays/mini-sv.toml: noble truth \"conserving\" has no label in this overlay, so the base label \"Conserving\" (language \"en\") will be shown",
        ]
    );
}

#[test]
fn a_missing_label_is_an_error_when_strict() {
    let text = edited(
        MINI_SV,
        &[("[compartments.coping]\nlabel = \"Att hantera\"\n", "")],
    );
    assert_eq!(
        check_errors(&text, LoadOptions::STRICT),
        [
            "frameworks/overlays/mini-sv.toml: compartment \"coping\" has no label in this overlay, so the base label \"Coping\" (language \"en\") will be shown"
        ]
    );
}

#[test]
fn ids_the_base_does_not_have_are_errors() {
    let text = edited(
        MINI_SV,
        &[
            ("[compartments.coping]", "[compartments.copin]"),
            ("[moves.\"coping.brave\"]", "[moves.\"coping.bravee\"]"),
            ("[moves.\"basics.money\"]", "[moves.\"learning.school\"]"),
            ("[noble_truths.conserving]", "[noble_truths.conserve]"),
        ],
    );
    assert_eq!(
        check_errors(&text, LoadOptions::default()),
        [
            "frameworks/overlays/mini-sv.toml:14: compartment \"copin\" is not in the base edition \"mini\" (known: basics, coping)",
            "frameworks/overlays/mini-sv.toml:20: move \"learning.school\" is not in the base edition \"mini\" (known compartments: basics, coping)",
            "frameworks/overlays/mini-sv.toml:23: move \"coping.bravee\" is not in the base edition \"mini\" (moves in coping: coping.brave)",
            "frameworks/overlays/mini-sv.toml:30: noble truth \"conserve\" is not in the base edition \"mini\" (known: accepting, conserving)",
        ]
    );
}

#[test]
fn an_overlay_for_another_base() {
    let text = edited(MINI_SV, &[("base = \"mini\"", "base = \"maxi\"")]);
    let errors = check_errors(&text, LoadOptions::default());
    assert_eq!(
        errors[0],
        "frameworks/overlays/mini-sv.toml:2: overlay \"mini-sv\" is for base edition \"maxi\", not \"mini\""
    );
}

#[test]
fn a_translation_into_the_base_language_is_suspicious() {
    let text = edited(MINI_SV, &[("language = \"sv\"", "language = \"en\"")]);
    let overlay = parse_overlay(FILE, &text).unwrap();
    let warnings = overlay
        .check_against(&base(), LoadOptions::default())
        .unwrap();
    let shown: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "frameworks/overlays/mini-sv.toml:4: this translation is in the same language as its base edition (\"en\"); if it rewords rather than translates, use kind = \"wording\" with an audience"
        ]
    );
    assert_eq!(check_errors(&text, LoadOptions::STRICT).len(), 1);
}

#[test]
fn a_wording_needs_an_audience() {
    let text = edited(
        MINI_SV,
        &[
            ("kind = \"translation\"", "kind = \"wording\""),
            ("language = \"sv\"", "language = \"en\""),
        ],
    );
    assert_eq!(
        parse_errors(&text),
        [
            "frameworks/overlays/mini-sv.toml:3: a wording overlay needs an audience: add audience = \"young-people\", \"family\", \"easy-read\", \"adult\" or \"primary\""
        ]
    );
    let with_audience = edited(
        &text,
        &[(
            "kind = \"wording\"",
            "kind = \"wording\"\naudience = \"easy-read\"",
        )],
    );
    let overlay = parse_overlay(FILE, &with_audience).unwrap();
    assert_eq!(overlay.kind, OverlayKind::Wording);
    assert_eq!(overlay.audience, Some(Audience::EasyRead));
}

#[test]
fn fixed_words_and_language_are_checked() {
    let text = edited(
        MINI_SV,
        &[
            ("kind = \"translation\"", "kind = \"translated\""),
            ("language = \"sv\"", "language = \"\""),
            ("status = \"draft\"", "status = \"accepted\""),
            ("co_produced_by = \"Tests\"", "co_produced_by = \" \""),
        ],
    );
    assert_eq!(
        parse_errors(&text),
        [
            "frameworks/overlays/mini-sv.toml:3: kind \"translated\" must be \"translation\" or \"wording\"",
            "frameworks/overlays/mini-sv.toml:4: language \"\" is not valid: use a language tag like \"en\", \"sv\" or \"pt-BR\" (letters and digits, parts joined by \"-\")",
            "frameworks/overlays/mini-sv.toml:6: status \"accepted\" must be \"draft\" or \"reviewed\"",
            "frameworks/overlays/mini-sv.toml:7: co_produced_by is empty",
        ]
    );
}

#[test]
fn unknown_keys_and_empty_labels_in_an_overlay() {
    let text = edited(
        MINI_SV,
        &[
            (
                "title = \"Ett litet ramverk\"",
                "titel = \"Ett litet ramverk\"",
            ),
            (
                "label = \"Ett tillräckligt bra boende\"",
                "lable = \"Ett tillräckligt bra boende\"",
            ),
            ("label = \"Att acceptera\"", "label = \"\""),
        ],
    );
    assert_eq!(
        parse_errors(&text),
        [
            "frameworks/overlays/mini-sv.toml: title is missing",
            "frameworks/overlays/mini-sv.toml:5: unknown key \"titel\" at the top of the file (keys allowed here: id, base, kind, audience, language, title, status, co_produced_by, licence, note, compartments, moves, noble_truths)",
            "frameworks/overlays/mini-sv.toml:18: unknown key \"lable\" in move \"basics.housing\" (keys allowed here: label, description)",
            "frameworks/overlays/mini-sv.toml:27: noble truth \"accepting\": label is empty",
        ]
    );
}

#[test]
fn a_move_id_without_quotes_gets_a_hint() {
    let text = edited(
        MINI_SV,
        &[("[moves.\"basics.housing\"]", "[moves.basics.housing]")],
    );
    assert_eq!(
        parse_errors(&text),
        [
            "frameworks/overlays/mini-sv.toml:17: write each move id in quotes, like [moves.\"basics.housing\"]; without quotes, [moves.basics.housing] is read as a section \"basics\" inside moves"
        ]
    );
}

#[test]
fn badly_shaped_ids_in_an_overlay() {
    let text = edited(
        MINI_SV,
        &[
            ("[compartments.coping]", "[compartments.Coping]"),
            ("[moves.\"coping.brave\"]", "[moves.\"coping\"]"),
        ],
    );
    assert_eq!(
        parse_errors(&text),
        [
            "frameworks/overlays/mini-sv.toml:14: compartment id \"Coping\" is not valid: use only lowercase letters a-z, digits, \"_\" and \"-\" (at most 64 characters)",
            "frameworks/overlays/mini-sv.toml:23: move id \"coping\" is not valid: write it as <compartment>.<name>, with exactly one \".\", using only lowercase letters a-z, digits, \"_\" and \"-\" (at most 64 characters)",
        ]
    );
}

#[test]
fn a_duplicate_overlay_entry_is_a_syntax_error_at_the_second() {
    let text = format!("{MINI_SV}\n[moves.\"coping.brave\"]\nlabel = \"Modig\"\n");
    assert_eq!(
        parse_errors(&text),
        [
            "frameworks/overlays/mini-sv.toml:33: \"coping.brave\" is set a second time here; each key and each [section] may appear only once"
        ]
    );
}

#[test]
fn overlay_keywords() {
    let names: Vec<&str> = Audience::ALL.iter().map(|a| a.as_str()).collect();
    assert_eq!(
        names,
        ["young-people", "family", "easy-read", "adult", "primary"]
    );
    assert_eq!(
        "wording".parse::<OverlayKind>().unwrap(),
        OverlayKind::Wording
    );
    assert_eq!(
        "reviewed".parse::<OverlayStatus>().unwrap(),
        OverlayStatus::Reviewed
    );
}
