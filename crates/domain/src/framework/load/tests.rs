use super::*;
use crate::framework::fixtures::{MINI, edited};

const FILE: &str = "frameworks/mini.toml";

fn errors_of(text: &str) -> Vec<String> {
    match parse_framework(FILE, text) {
        Ok(_) => panic!("expected errors"),
        Err(errors) => errors.into_iter().map(|e| e.to_string()).collect(),
    }
}

fn errors_after(edits: &[(&str, &str)]) -> Vec<String> {
    errors_of(&edited(MINI, edits))
}

#[test]
fn a_valid_minimal_framework_loads_in_display_order() {
    let f = parse_framework(FILE, MINI).unwrap();
    assert_eq!(f.id, "mini");
    assert_eq!(f.title, "A small framework");
    assert_eq!(f.edition, "2007");
    assert_eq!(f.language, "en");
    assert_eq!(
        f.attribution,
        "Hart, Blincow & Thomas (2007) and BoingBoing"
    );
    assert_eq!(
        (f.compartment_count(), f.move_count(), f.noble_truth_count()),
        (2, 3, 2)
    );
    let moves: Vec<&str> = f.moves.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(moves, ["basics.housing", "basics.money", "coping.brave"]);
    let truths: Vec<&str> = f.noble_truths.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(truths, ["accepting", "conserving"]);
    assert_eq!(f.compartment_by_id("coping").unwrap().colour, "#aa0000");
    let housing = f.move_by_id("basics.housing").unwrap();
    assert_eq!(housing.category, Some(Category::Housing));
    assert_eq!(housing.provenance, Provenance::Published);
    assert_eq!(housing.compartment, "basics");
    let brave = f.move_by_id("coping.brave").unwrap();
    assert_eq!(brave.category, None);
    assert_eq!(brave.provenance, Provenance::CommonlyReproduced);
    assert_eq!(
        f.noble_truth_by_id("accepting").unwrap().review_prompt,
        "What has changed?"
    );
    assert_eq!(Framework::from_toml(FILE, MINI).unwrap(), f);
}

#[test]
fn a_toml_syntax_error_names_its_line() {
    let errors = errors_after(&[("label = \"Coping\"", "label = \"Coping")]);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("frameworks/mini.toml:18: this line is not valid TOML (at column "),
        "{errors:?}"
    );
}

#[test]
fn a_key_set_twice_is_reported_at_the_second() {
    let errors = errors_after(&[("order = 2\nlabel = \"Coping\"", "order = 2\norder = 3")]);
    assert_eq!(
        errors,
        [
            "frameworks/mini.toml:18: \"order\" is set a second time here; each key and each [section] may appear only once"
        ]
    );
}

#[test]
fn unknown_keys_are_all_reported() {
    let errors = errors_after(&[
        ("edition = \"2007\"", "editon = \"2007\""),
        ("colour = \"#1f6f8b\"", "color = \"#1f6f8b\""),
        ("label = \"Being brave\"", "lable = \"Being brave\""),
    ]);
    assert_eq!(
        errors,
        [
            "frameworks/mini.toml: edition is missing",
            "frameworks/mini.toml:3: unknown key \"editon\" at the top of the file (keys allowed here: id, title, edition, language, attribution, licence, replaces, compartments, moves, noble_truths)",
            "frameworks/mini.toml:8: compartment \"basics\": colour is missing",
            "frameworks/mini.toml:13: unknown key \"color\" in compartment \"basics\" (keys allowed here: id, order, label, description, colour)",
            "frameworks/mini.toml:31: move \"coping.brave\": label is missing",
            "frameworks/mini.toml:35: unknown key \"lable\" in move \"coping.brave\" (keys allowed here: id, compartment, order, label, description, category, provenance)",
        ]
    );
}

#[test]
fn a_duplicate_compartment_is_reported_at_the_second() {
    let errors = errors_after(&[("id = \"coping\"", "id = \"basics\"")]);
    assert_eq!(
        errors,
        [
            "frameworks/mini.toml:16: compartment \"basics\" is already defined on line 9; each id may be used only once",
            "frameworks/mini.toml:33: move \"coping.brave\" is in compartment \"coping\", which this file does not define (known: basics)",
        ]
    );
}

#[test]
fn a_duplicate_move_is_reported_at_the_second() {
    let errors = errors_after(&[("id = \"basics.money\"", "id = \"basics.housing\"")]);
    assert_eq!(
        errors,
        [
            "frameworks/mini.toml:40: move \"basics.housing\" is already defined on line 23; each id may be used only once"
        ]
    );
}

#[test]
fn a_duplicate_noble_truth_is_reported_at_the_second() {
    let errors = errors_after(&[("id = \"accepting\"", "id = \"conserving\"")]);
    assert_eq!(
        errors,
        [
            "frameworks/mini.toml:57: noble truth \"conserving\" is already defined on line 49; each id may be used only once"
        ]
    );
}

#[test]
fn a_move_in_an_unknown_compartment() {
    let errors = errors_after(&[("compartment = \"coping\"", "compartment = \"copin\"")]);
    assert_eq!(
        errors,
        [
            "frameworks/mini.toml:33: move \"coping.brave\" is in compartment \"copin\", which this file does not define (known: basics, coping)"
        ]
    );
}

#[test]
fn an_unknown_category() {
    let errors = errors_after(&[("category = \"housing\"", "category = \"houses\"")]);
    assert_eq!(
        errors,
        [
            "frameworks/mini.toml:28: move \"basics.housing\": category \"houses\" is not one of the fixed categories (housing, money, safety, transport, discrimination, other); leave it out if none fits"
        ]
    );
}

#[test]
fn a_missing_label_and_an_empty_description() {
    let errors = errors_after(&[
        ("label = \"Good enough housing\"", ""),
        (
            "description = \"Trying things that feel hard.\"",
            "description = \"   \"",
        ),
    ]);
    assert_eq!(
        errors,
        [
            "frameworks/mini.toml:22: move \"basics.housing\": label is missing",
            "frameworks/mini.toml:36: move \"coping.brave\": description is empty",
        ]
    );
}

#[test]
fn missing_noble_truth_prompts() {
    let errors = errors_after(&[("review_prompt = \"What did we keep?\"", "")]);
    assert_eq!(
        errors,
        ["frameworks/mini.toml:48: noble truth \"conserving\": review_prompt is missing"]
    );
}

#[test]
fn a_hidden_control_character_in_a_label() {
    let errors = errors_after(&[("label = \"Basics\"", "label = \"Bas\u{202E}ics\"")]);
    assert_eq!(
        errors,
        [
            "frameworks/mini.toml:11: compartment \"basics\": label contains a hidden control character (code 0x202e)"
        ]
    );
}

#[test]
fn a_move_id_must_start_with_its_compartment() {
    let errors = errors_after(&[("id = \"coping.brave\"", "id = \"basics.brave\"")]);
    assert_eq!(
        errors,
        [
            "frameworks/mini.toml:32: move \"basics.brave\" is in compartment \"coping\", so its id must start with \"coping.\""
        ]
    );
}

#[test]
fn the_local_prefix_is_kept_for_organisations() {
    let errors = errors_after(&[("id = \"coping.brave\"", "id = \"coping.local-brave\"")]);
    assert_eq!(
        errors,
        [
            "frameworks/mini.toml:32: move \"coping.local-brave\": names starting with \"local-\" are kept for an organisation's own moves; choose another name"
        ]
    );
}

#[test]
fn an_invalid_colour() {
    let errors = errors_after(&[("colour = \"#AA0000\"", "colour = \"red\"")]);
    assert_eq!(
        errors,
        [
            "frameworks/mini.toml:20: compartment \"coping\": colour \"red\" is not a colour written as \"#\" and six hex digits, like \"#1f6f8b\""
        ]
    );
}

#[test]
fn invalid_id_shapes() {
    let errors = errors_after(&[
        ("id = \"mini\"", "id = \"Mini Framework\""),
        ("id = \"coping.brave\"", "id = \"coping.brave.x\""),
        ("id = \"accepting\"", "id = \"Accepting!\""),
    ]);
    assert_eq!(
        errors,
        [
            "frameworks/mini.toml:1: id \"Mini Framework\" is not valid: use only lowercase letters a-z, digits, \"_\" and \"-\" (at most 64 characters)",
            "frameworks/mini.toml:32: move id \"coping.brave.x\" is not valid: write it as <compartment>.<name>, with exactly one \".\", using only lowercase letters a-z, digits, \"_\" and \"-\" (at most 64 characters)",
            "frameworks/mini.toml:57: noble truth id \"Accepting!\" is not valid: use only lowercase letters a-z, digits, \"_\" and \"-\" (at most 64 characters)",
        ]
    );
}

#[test]
fn an_invalid_compartment_id() {
    let errors = errors_after(&[
        ("id = \"coping\"", "id = \"Coping\""),
        ("compartment = \"coping\"", "compartment = \"Coping\""),
    ]);
    assert_eq!(
        errors,
        [
            "frameworks/mini.toml:16: compartment id \"Coping\" is not valid: use only lowercase letters a-z, digits, \"_\" and \"-\" (at most 64 characters)",
        ]
    );
}

#[test]
fn an_invalid_language_provenance_and_types() {
    let errors = errors_after(&[
        ("title = \"A small framework\"", "title = 2007"),
        ("language = \"en\"", "language = \"English (UK)\""),
        (
            "order = 2\nlabel = \"Coping\"",
            "order = \"2\"\nlabel = \"Coping\"",
        ),
        (
            "provenance = \"commonly-reproduced\"",
            "provenance = \"confirmed\"",
        ),
    ]);
    assert_eq!(
        errors,
        [
            "frameworks/mini.toml:2: title must be text in quotes, like title = \"...\" (it is a number)",
            "frameworks/mini.toml:4: language \"English (UK)\" is not valid: use a language tag like \"en\", \"sv\" or \"pt-BR\" (letters and digits, parts joined by \"-\")",
            "frameworks/mini.toml:17: compartment \"coping\": order must be a whole number, 0 or more, like order = 3",
            "frameworks/mini.toml:37: move \"coping.brave\": provenance \"confirmed\" must be \"published\" or \"commonly-reproduced\"",
        ]
    );
}

#[test]
fn two_moves_in_one_place() {
    let errors = errors_after(&[("order = 2\nlabel = \"Enough", "order = 1\nlabel = \"Enough")]);
    assert_eq!(
        errors,
        [
            "frameworks/mini.toml:42: move \"basics.money\": order 1 is already used by move \"basics.housing\" in compartment \"basics\" (line 25); give each its own place"
        ]
    );
}

#[test]
fn a_file_without_compartments() {
    let text = "id = \"x\"\ntitle = \"t\"\nedition = \"1\"\nlanguage = \"en\"\nattribution = \"a\"\nlicence = \"l\"\n";
    assert_eq!(
        errors_of(text),
        [
            "frameworks/mini.toml: this file defines no compartments: add at least one [[compartments]] section"
        ]
    );
}

#[test]
fn a_moves_section_after_a_moves_list() {
    let text = edited(
        MINI,
        &[(
            "[[moves]]\nid = \"coping.brave\"",
            "[moves]\nid = \"coping.brave\"",
        )],
    );
    assert_eq!(
        errors_of(&text),
        [
            "frameworks/mini.toml:31: \"moves\" is set a second time here; each key and each [section] may appear only once",
            "frameworks/mini.toml:39: \"moves\" is set a second time here; each key and each [section] may appear only once",
        ]
    );
}

#[test]
fn moves_written_as_one_section_instead_of_a_list() {
    let head = MINI.split("[[moves]]").next().unwrap();
    let text = format!("{head}[moves]\nid = \"basics.housing\"\n");
    assert_eq!(
        errors_of(&text),
        ["frameworks/mini.toml:22: moves must be a list of [[moves]] sections (it is a section)"]
    );
}

#[test]
fn every_problem_is_reported_in_one_go() {
    let errors = errors_after(&[
        ("colour = \"#1f6f8b\"", "colour = \"#1f6f8\""),
        ("compartment = \"coping\"", "compartment = \"copin\""),
        ("category = \"money\"", "category = \"cash\""),
        ("label = \"Accepting\"", "label = \"\""),
    ]);
    let lines: Vec<&str> = errors
        .iter()
        .map(|e| e.split(": ").next().unwrap())
        .collect();
    assert_eq!(
        lines,
        [
            "frameworks/mini.toml:13",
            "frameworks/mini.toml:33",
            "frameworks/mini.toml:45",
            "frameworks/mini.toml:59"
        ]
    );
}
