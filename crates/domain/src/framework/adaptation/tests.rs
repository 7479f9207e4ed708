use super::*;
use crate::framework::catalogue::Catalogue;
use crate::framework::error::LoadOptions;
use crate::framework::fixtures::{MINI, MINI_SV, edited};
use crate::framework::load::parse_framework;
use crate::framework::overlay::parse_overlay;

fn mini() -> Framework {
    parse_framework("mini.toml", MINI).unwrap()
}

fn catalogue() -> Catalogue {
    let reviewed = edited(
        MINI_SV,
        &[
            ("id = \"mini-sv\"", "id = \"mini-sv-reviewed\""),
            ("status = \"draft\"", "status = \"reviewed\""),
        ],
    );
    Catalogue::from_sources(
        &[("mini.toml", MINI)],
        &[("sv.toml", MINI_SV), ("sv2.toml", &reviewed)],
        LoadOptions::default(),
    )
    .unwrap()
}

fn start() -> Adaptation {
    Adaptation::initial(FrameworkId::parse("mini").unwrap())
}

#[test]
fn local_moves_get_new_ids_that_are_never_reused() {
    let base = mini();
    let mut a = start().next();
    let first = a
        .add_local_move(&base, "basics", " Pets ", "", Some(Category::Other))
        .unwrap();
    let second = a
        .add_local_move(&base, "coping", "Music", "Playing.", None)
        .unwrap();
    assert_eq!(first, "basics.local-1");
    assert_eq!(second, "coping.local-2");
    assert_eq!(a.local_moves[&first].label, "Pets");
    // Hiding keeps the move, so the next one still gets a fresh number.
    a.set_hidden(&base, "coping.local-2", true).unwrap();
    let third = a
        .add_local_move(&base, "coping", "Drawing", "", None)
        .unwrap();
    assert_eq!(third, "coping.local-3");
    assert!(a.local_moves.contains_key(&second));
}

#[test]
fn local_moves_need_a_known_compartment_and_a_label() {
    let base = mini();
    let mut a = start();
    assert_eq!(
        a.add_local_move(&base, "nowhere", "Pets", "", None),
        Err(AdaptationError::UnknownCompartment("nowhere".into()))
    );
    assert_eq!(
        a.add_local_move(&base, "basics", "  ", "", None),
        Err(AdaptationError::Text {
            field: Field::Label,
            problem: TextError::Empty
        })
    );
    assert!(matches!(
        a.add_local_move(&base, "basics", "Pets\u{202e}", "", None),
        Err(AdaptationError::Text {
            field: Field::Label,
            problem: TextError::ControlCharacter { .. }
        })
    ));
    assert!(matches!(
        a.add_local_move(&base, "basics", &"x".repeat(201), "", None),
        Err(AdaptationError::Text {
            problem: TextError::TooLong { max: 200 },
            ..
        })
    ));
    assert!(a.local_moves.is_empty());
}

#[test]
fn rewording_keeps_the_id_and_empty_text_goes_back() {
    let base = mini();
    let mut a = start();
    let id = a
        .reword(&base, "basics.housing", "A safe home", "")
        .unwrap();
    assert_eq!(id, "basics.housing");
    assert_eq!(
        a.rewordings[&id],
        Rewording {
            label: Some("A safe home".into()),
            description: None
        }
    );
    a.reword(&base, "basics.housing", "", "").unwrap();
    assert!(a.rewordings.is_empty());
    assert_eq!(
        a.reword(&base, "basics.nothing", "X", ""),
        Err(AdaptationError::UnknownMove("basics.nothing".into()))
    );
    let local = a.add_local_move(&base, "basics", "Pets", "", None).unwrap();
    a.reword(&base, local.as_str(), "Animals", "Looking after them.")
        .unwrap();
    assert_eq!(a.local_moves[&local].label, "Animals");
    assert!(a.rewordings.is_empty(), "a local move is reworded in place");
}

#[test]
fn hiding_and_unhiding_only_known_moves() {
    let base = mini();
    let mut a = start();
    a.set_hidden(&base, "basics.money", true).unwrap();
    assert!(a.hidden.contains("basics.money"));
    a.set_hidden(&base, "basics.money", false).unwrap();
    assert!(a.hidden.is_empty());
    assert!(a.set_hidden(&base, "nope", true).is_err());
}

#[test]
fn a_draft_overlay_needs_confirmation() {
    let c = catalogue();
    let draft = c.overlay("mini-sv").unwrap();
    let mut a = start();
    assert_eq!(
        a.accept_overlay(Some(draft), false),
        Err(AdaptationError::DraftNotConfirmed("mini-sv".into()))
    );
    assert_eq!(a.overlay, None);
    a.accept_overlay(Some(draft), true).unwrap();
    assert_eq!(a.overlay.as_ref().unwrap(), "mini-sv");
    a.accept_overlay(Some(c.overlay("mini-sv-reviewed").unwrap()), false)
        .unwrap();
    a.accept_overlay(None, false).unwrap();
    assert_eq!(a.overlay, None);

    let other = edited(MINI_SV, &[("base = \"mini\"", "base = \"other\"")]);
    let other = parse_overlay("o.toml", &other).unwrap();
    assert!(matches!(
        a.accept_overlay(Some(&other), true),
        Err(AdaptationError::OverlayForAnotherEdition { .. })
    ));
}

#[test]
fn adopting_an_edition_that_lacks_an_id_is_refused() {
    let base = mini();
    let smaller = parse_framework(
        "small.toml",
        &edited(
            MINI,
            &[
                ("id = \"mini\"", "id = \"small\""),
                (
                    "[[moves]]\nid = \"basics.money\"\ncompartment = \"basics\"\norder = 2\nlabel = \"Enough money to live\"\ndescription = \"Money for what is needed.\"\ncategory = \"money\"\nprovenance = \"published\"\n",
                    "",
                ),
            ],
        ),
    )
    .unwrap();
    let mut a = start();
    a.set_hidden(&base, "basics.money", true).unwrap();
    assert_eq!(
        a.adopt(&smaller),
        Err(AdaptationError::EditionLacks {
            edition: "small".into(),
            missing: vec!["basics.money".into()]
        })
    );
    assert_eq!(a.base, "mini");
    a.set_hidden(&base, "basics.money", false).unwrap();
    a.adopt(&smaller).unwrap();
    assert_eq!(a.base, "small");
}

#[test]
fn the_effective_framework_layers_overlay_then_adaptation() {
    let c = catalogue();
    let base = mini();
    let mut a = start().next();
    a.accept_overlay(c.overlay("mini-sv-reviewed"), false)
        .unwrap();
    a.reword(&base, "basics.housing", "Ett tryggt hem", "")
        .unwrap();
    let local = a
        .add_local_move(&base, "basics", "Husdjur", "", Some(Category::Other))
        .unwrap();
    a.set_hidden(&base, "basics.money", true).unwrap();
    let f = c.adapted(&a).unwrap();
    assert_eq!(
        f.version,
        FrameworkVersion {
            edition: FrameworkId::parse("mini").unwrap(),
            adaptation_version: 1
        }
    );
    let housing = f.framework.move_by_id("basics.housing").unwrap();
    assert_eq!(housing.label.text, "Ett tryggt hem");
    assert_eq!(housing.label.lang, "sv");
    assert_eq!(
        f.framework.move_by_id("coping.brave").unwrap().label.text,
        "Att vara modig"
    );
    let ids: Vec<&str> = f
        .framework
        .moves_in("basics")
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(ids, ["basics.housing", "basics.money", "basics.local-1"]);
    let offered: Vec<&str> = f
        .offered_moves_in("basics")
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(offered, ["basics.housing", "basics.local-1"]);
    let pets = f.framework.move_by_id(local.as_str()).unwrap();
    assert_eq!(pets.provenance, crate::framework::Provenance::Local);
    assert_eq!(pets.category, Some(Category::Other));
    assert!(f.is_local(&local));
    assert!(f.reworded.contains("basics.housing"));
}

#[test]
fn export_then_import_gives_the_same_adaptation() {
    let c = catalogue();
    let base = mini();
    let mut a = start().next();
    a.accept_overlay(c.overlay("mini-sv"), true).unwrap();
    a.reword(
        &base,
        "basics.housing",
        "A \"safe\" home",
        "Line one\nline two",
    )
    .unwrap();
    a.add_local_move(&base, "coping", "Música = joy", "", Some(Category::Other))
        .unwrap();
    a.set_hidden(&base, "basics.money", true).unwrap();
    a.credit("The Tuesday group\nand their carers").unwrap();
    let text = a.to_toml().unwrap();
    let parsed = parse_adaptation("a.toml", &text).unwrap();
    assert_eq!(parsed.adaptation, a);
    assert_eq!(parsed.exported_from, Some(1));
    let imported = parsed.check(&c, &a).unwrap();
    assert_eq!(imported.version, 2);
    assert_eq!(
        Adaptation {
            version: 1,
            ..imported
        },
        a
    );
    assert!(parsed.new_draft_overlay(&c, &a).is_none());
    assert!(parsed.new_draft_overlay(&c, &start()).is_some());

    // The file to download credits the framework's authors, and reads back
    // as the same adaptation.
    let credited = a.to_credited_toml(&base).unwrap();
    assert!(
        credited.starts_with(
            "# A small framework (2007) is the work of:\n#   Hart, Blincow & Thomas (2007) and BoingBoing\n"
        ),
        "{credited}"
    );
    assert_eq!(parse_adaptation("a.toml", &credited).unwrap().adaptation, a);
}

const FILE: &str = r#"base = "mini"
version = 0
overlay = "nope"
hidden = ["basics.money", "coping.gone", 3]

[moves."basics.housing"]
label = "A safe home"
colour = "red"

[moves."coping.local-1"]
label = "Wrong place"

[local_moves."basics.pets"]
label = "Pets"

[local_moves."elsewhere.local-1"]
label = "Far away"
category = "weather"
"#;

fn errors(text: &str, previous: &Adaptation) -> Vec<String> {
    let result = parse_adaptation("a.toml", text).and_then(|p| p.check(&catalogue(), previous));
    match result {
        Ok(_) => panic!("expected errors"),
        Err(e) => e.into_iter().map(|e| e.to_string()).collect(),
    }
}

#[test]
fn a_broken_file_is_reported_line_by_line() {
    assert_eq!(
        errors(FILE, &start()),
        [
            "a.toml:4: each entry in hidden must be a move id in quotes (this one is a number)",
            "a.toml:8: unknown key \"colour\" in move \"basics.housing\" (keys allowed here: label, description)",
            "a.toml:13: local move \"basics.pets\": the name after the \".\" must start with \"local-\", like \"basics.local-1\"; to reword a published move use [moves.\"basics.pets\"]",
            "a.toml:18: local move \"elsewhere.local-1\": category \"weather\" is not one of the fixed categories (housing, money, safety, transport, discrimination, other); leave it out if none fits",
        ]
    );
}

#[test]
fn a_file_that_parses_is_checked_against_the_edition() {
    let text = edited(
        FILE,
        &[
            (", 3]", "]"),
            ("colour = \"red\"\n", ""),
            ("[local_moves.\"basics.pets\"]\nlabel = \"Pets\"\n", ""),
            ("category = \"weather\"\n", ""),
        ],
    );
    let mut previous = start().next();
    previous
        .add_local_move(&mini(), "coping", "Music", "", None)
        .unwrap();
    assert_eq!(
        errors(&text, &previous),
        [
            "a.toml: local move \"coping.local-1\" (\"Music\") is missing; it must stay, so records that name it still read: keep its [local_moves.\"coping.local-1\"] section, and add it to hidden to stop offering it",
            "a.toml:2: this file was exported from version 0, but version 1 is the latest; export the latest version and make your changes to that file, so nobody's changes are lost",
            "a.toml:3: overlay \"nope\" is not available here (known for this edition: mini-sv, mini-sv-reviewed)",
            "a.toml:4: hidden move \"coping.gone\" is not a move of this framework",
            "a.toml:9: move \"coping.local-1\" is a local move: reword it in its [local_moves.\"coping.local-1\"] section",
            "a.toml:13: local move \"elsewhere.local-1\" is in compartment \"elsewhere\", which the base edition does not have (known: basics, coping)",
        ]
    );
}

#[test]
fn an_unknown_base_and_an_oversized_file() {
    assert_eq!(
        errors("base = \"other\"\n", &start()),
        ["a.toml:1: base edition \"other\" is not available here (known: mini)"]
    );
    let huge = format!("base = \"mini\"\n#{}\n", "x".repeat(ADAPTATION_TEXT_MAX));
    assert_eq!(
        errors(&huge, &start()),
        ["a.toml: is longer than 200000 characters; this is not an adaptation file"]
    );
    assert_eq!(errors("", &start()), ["a.toml: base is missing"]);
}

#[test]
fn change_codes_round_trip() {
    for kind in ChangeKind::ALL {
        let c = Change::new(kind, Some("basics.housing".into()));
        assert_eq!(Change::from_code(&c.code()), Some(c));
        assert_eq!(
            Change::from_code(kind.as_str()),
            Some(Change::new(kind, None))
        );
    }
    assert_eq!(Change::from_code("exploded"), None);
}

#[test]
fn a_record_reads_with_the_wording_of_its_version_after_later_changes() {
    let c = catalogue();
    let base = mini();
    // The versions as a database keeps them: appended, never rewritten.
    let mut stored: Vec<Adaptation> = Vec::new();
    // Before anything was adapted: version 0 is the edition as published.
    let record_v0 = FrameworkVersion {
        edition: base.id.clone(),
        adaptation_version: 0,
    };
    let mut v1 = start().next();
    v1.reword(&base, "basics.housing", "A safe home", "")
        .unwrap();
    stored.push(v1.clone());
    let record_v1 = c.adapted(&v1).unwrap().version;

    let mut v2 = v1.next();
    v2.reword(&base, "basics.housing", "Somewhere to live", "")
        .unwrap();
    v2.set_hidden(&base, "basics.housing", true).unwrap();
    stored.push(v2);

    let in_force = |v: &FrameworkVersion| {
        let found = stored
            .iter()
            .find(|a| a.version == v.adaptation_version)
            .cloned();
        adaptation_at(v, found).and_then(|a| c.adapted(&a))
    };
    let label = |v: &FrameworkVersion| {
        in_force(v)
            .unwrap()
            .framework
            .move_by_id("basics.housing")
            .unwrap()
            .label
            .text
            .clone()
    };
    assert_eq!(label(&record_v0), "Good enough housing");
    assert_eq!(label(&record_v1), "A safe home");
    assert_eq!(
        label(&FrameworkVersion {
            edition: base.id.clone(),
            adaptation_version: 2
        }),
        "Somewhere to live"
    );
    let missing = in_force(&FrameworkVersion {
        edition: base.id.clone(),
        adaptation_version: 9,
    });
    assert!(matches!(missing, Err(InForceError::UnknownVersion(9))));
    let wrong_edition = in_force(&FrameworkVersion {
        edition: FrameworkId::parse("other").unwrap(),
        adaptation_version: 1,
    });
    assert!(matches!(
        wrong_edition,
        Err(InForceError::EditionMismatch { .. })
    ));
}
