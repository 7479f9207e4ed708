//! `moves framework check FILE...` and `moves framework show ID`.
//!
//! `check` reports every problem in every file as `FILE:LINE: message`, for the
//! person editing the file, and never panics: a file that cannot be read is one
//! clear line like any other problem.

use crate::cli::{FrameworkCheckArgs, FrameworkCommand, FrameworkShowArgs};
use moves_core::framework::{
    Catalogue, CheckedFile, Framework, FrameworkError, LoadErrors, LoadOptions, Overlay,
    OverlayStatus, Provenance, ResolvedFramework, Warning, Wording, resolve,
};
use moves_web::catalogue::catalogue;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

pub fn run(command: FrameworkCommand) -> ExitCode {
    match command {
        FrameworkCommand::Check(args) => check(&args),
        FrameworkCommand::Show(args) => show(&args),
    }
}

/// One file named on the command line.
struct Input {
    name: String,
    text: Result<String, String>,
    result: Option<Result<CheckedFile, LoadErrors>>,
}

/// Why a file cannot be read, in plain words.
fn unreadable(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "cannot be read: there is no such file".to_owned(),
        ErrorKind::PermissionDenied => "cannot be read: permission denied".to_owned(),
        ErrorKind::IsADirectory => "cannot be read: it is a folder, not a file".to_owned(),
        ErrorKind::InvalidData => {
            "cannot be read: it is not UTF-8 text (framework files must be saved as UTF-8)"
                .to_owned()
        }
        _ => format!("cannot be read: {e}"),
    }
}

fn read(path: &Path) -> Result<String, String> {
    if path.is_dir() {
        return Err("cannot be read: it is a folder, not a file".to_owned());
    }
    std::fs::read_to_string(path).map_err(|e| unreadable(&e))
}

fn warning_line(w: &Warning) -> String {
    match w.line {
        Some(line) => format!("{}:{}: warning: {}", w.file, line, w.message),
        None => format!("{}: warning: {}", w.file, w.message),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn check(args: &FrameworkCheckArgs) -> ExitCode {
    let opts = if args.strict {
        LoadOptions::STRICT
    } else {
        LoadOptions::default()
    };
    let mut catalogue = match catalogue() {
        Ok(shipped) => shipped.clone(),
        Err(errors) => {
            eprintln!(
                "warning: the framework files built into this program have errors, so overlays \
                 can only be checked against base editions given in this call:\n{errors}"
            );
            Catalogue::default()
        }
    };

    let mut inputs: Vec<Input> = args
        .files
        .iter()
        .map(|path| Input {
            name: path.display().to_string(),
            text: read(path),
            result: None,
        })
        .collect();

    // Base editions first, so overlays given in the same call are checked
    // against them rather than against the built-in ones.
    let mut given: HashMap<String, String> = HashMap::new();
    for input in &mut inputs {
        let Ok(text) = &input.text else { continue };
        if Catalogue::is_overlay_source(text) {
            continue;
        }
        let result = catalogue.check_file(&input.name, text, opts);
        if let Ok(CheckedFile::Framework(framework)) = &result {
            let id = framework.id.to_string();
            if let Some(first) = given.get(&id) {
                input.result = Some(Err(FrameworkError::new(
                    input.name.clone(),
                    None,
                    format!(
                        "framework id \"{id}\" is already used by {first}; each base edition needs its own id"
                    ),
                )
                .into()));
                continue;
            }
            given.insert(id, input.name.clone());
            catalogue = catalogue.with_framework(framework.clone());
        }
        input.result = Some(result);
    }
    for input in &mut inputs {
        if input.result.is_none()
            && let Ok(text) = &input.text
        {
            input.result = Some(catalogue.check_file(&input.name, text, opts));
        }
    }

    let mut failed = 0;
    for input in &inputs {
        match (&input.text, &input.result) {
            (Err(reason), _) => {
                failed += 1;
                eprintln!("{}: {reason}", input.name);
            }
            (Ok(_), Some(Err(errors))) => {
                failed += 1;
                for error in errors.errors() {
                    eprintln!("{error}");
                }
            }
            (Ok(_), Some(Ok(CheckedFile::Framework(f)))) => {
                println!(
                    "ok {} (base edition \"{}\": {}, {}, {})",
                    input.name,
                    f.id,
                    plural(f.compartment_count(), "compartment", "compartments"),
                    plural(f.move_count(), "move", "moves"),
                    plural(f.noble_truth_count(), "noble truth", "noble truths"),
                );
            }
            (Ok(_), Some(Ok(CheckedFile::Overlay { overlay, warnings }))) => {
                for w in warnings {
                    eprintln!("{}", warning_line(w));
                }
                let mut summary = format!(
                    "ok {} (overlay \"{}\" for \"{}\"",
                    input.name, overlay.id, overlay.base
                );
                if !warnings.is_empty() {
                    let _ = write!(
                        summary,
                        ", {}",
                        plural(warnings.len(), "warning", "warnings")
                    );
                }
                summary.push(')');
                println!("{summary}");
            }
            (Ok(_), None) => {}
        }
    }
    if failed > 0 {
        eprintln!(
            "{failed} of {} had errors",
            plural(inputs.len(), "file", "files")
        );
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn show(args: &FrameworkShowArgs) -> ExitCode {
    let catalogue = match catalogue() {
        Ok(c) => c,
        Err(errors) => {
            eprintln!("error: the framework files built into this program have errors:\n{errors}");
            return ExitCode::from(1);
        }
    };
    if let Some(framework) = catalogue.framework(&args.id) {
        print!("{}", describe_framework(catalogue, framework));
        return ExitCode::SUCCESS;
    }
    if let Some(overlay) = catalogue.overlay(&args.id)
        && let Some(base) = catalogue.framework(overlay.base.as_str())
    {
        print!(
            "{}",
            describe_overlay(overlay, &resolve(base, Some(overlay)))
        );
        return ExitCode::SUCCESS;
    }
    let known: Vec<&str> = catalogue
        .frameworks()
        .iter()
        .map(|f| f.id.as_str())
        .chain(catalogue.overlays().iter().map(|o| o.id.as_str()))
        .collect();
    eprintln!(
        "error: no framework or overlay built into this program has the id \"{}\" (known: {})",
        args.id,
        known.join(", ")
    );
    ExitCode::from(1)
}

/// `  key: value` lines, values lined up.
fn fields(out: &mut String, rows: &[(&str, String)]) {
    let width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0) + 1;
    for (key, value) in rows {
        let _ = writeln!(out, "  {:<width$} {value}", format!("{key}:"));
    }
}

fn status_words(status: OverlayStatus) -> &'static str {
    match status {
        OverlayStatus::Draft => {
            "draft (can be previewed; not used for records until an organisation accepts it)"
        }
        OverlayStatus::Reviewed => "reviewed",
    }
}

fn describe_framework(catalogue: &Catalogue, framework: &Framework) -> String {
    let fw = resolve(framework, None);
    let mut out = String::new();
    let _ = writeln!(out, "{}", fw.title);
    let overlays: Vec<String> = catalogue
        .overlays_for(framework.id.as_str())
        .iter()
        .map(|o| format!("{} ({}, {}, {})", o.id, o.kind, o.language, o.status))
        .collect();
    fields(
        &mut out,
        &[
            ("id", format!("{} (base edition)", fw.id)),
            ("edition", fw.edition.clone()),
            ("language", fw.language.clone()),
            ("attribution", fw.attribution.clone()),
            ("licence", fw.licence.clone()),
            (
                "overlays",
                if overlays.is_empty() {
                    "none".to_owned()
                } else {
                    overlays.join(", ")
                },
            ),
        ],
    );
    let _ = writeln!(
        out,
        "\n{}, {}, {}",
        plural(fw.compartments.len(), "compartment", "compartments"),
        plural(fw.moves.len(), "move", "moves"),
        plural(fw.noble_truths.len(), "noble truth", "noble truths")
    );
    for (i, c) in fw.compartments.iter().enumerate() {
        let _ = writeln!(
            out,
            "\n{}. {}  [{}, colour {}]",
            i + 1,
            c.label,
            c.id,
            c.colour
        );
        let _ = writeln!(out, "   {}", c.description);
        for (j, m) in fw.moves_in(c.id.as_str()).iter().enumerate() {
            let mut notes = vec![m.id.to_string()];
            if let Some(category) = m.category {
                notes.push(format!("category: {category}"));
            }
            if m.provenance == Provenance::CommonlyReproduced {
                notes.push("label not yet confirmed against the published framework".to_owned());
            }
            let _ = writeln!(out, "   {}. {}  [{}]", j + 1, m.label, notes.join("; "));
        }
    }
    let _ = writeln!(out, "\nNoble truths");
    for (i, n) in fw.noble_truths.iter().enumerate() {
        let _ = writeln!(out, "\n{}. {}  [{}]", i + 1, n.label, n.id);
        let _ = writeln!(out, "   {}", n.description);
        let _ = writeln!(out, "   When planning: {}", n.planning_prompt);
        let _ = writeln!(out, "   At a review:   {}", n.review_prompt);
    }
    out
}

/// An overlay's own text; text it leaves out is marked as the base edition's.
fn own(w: &Wording) -> String {
    if w.fell_back {
        format!("{} (not in this overlay: the base edition's text)", w.text)
    } else {
        w.text.clone()
    }
}

fn describe_overlay(overlay: &Overlay, fw: &ResolvedFramework) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", overlay.title);
    let mut rows = vec![
        (
            "id",
            format!("{} (overlay of {})", overlay.id, overlay.base),
        ),
        ("kind", overlay.kind.to_string()),
    ];
    if let Some(audience) = overlay.audience {
        rows.push(("audience", audience.to_string()));
    }
    rows.extend([
        ("language", overlay.language.clone()),
        ("status", status_words(overlay.status).to_owned()),
        ("co-produced by", overlay.co_produced_by.clone()),
        ("licence", overlay.licence.clone()),
    ]);
    if let Some(note) = &overlay.note {
        rows.push(("note", note.clone()));
    }
    fields(&mut out, &rows);
    let _ = writeln!(out, "\nLabels");
    for (i, c) in fw.compartments.iter().enumerate() {
        let _ = writeln!(out, "\n{}. {}  [{}]", i + 1, own(&c.label), c.id);
        if !c.description.fell_back {
            let _ = writeln!(out, "   {}", c.description);
        }
        for (j, m) in fw.moves_in(c.id.as_str()).iter().enumerate() {
            let _ = writeln!(out, "   {}. {}  [{}]", j + 1, own(&m.label), m.id);
            if !m.description.fell_back {
                let _ = writeln!(out, "      {}", m.description);
            }
        }
    }
    let _ = writeln!(out, "\nNoble truths");
    for (i, n) in fw.noble_truths.iter().enumerate() {
        let _ = writeln!(out, "\n{}. {}  [{}]", i + 1, own(&n.label), n.id);
        if !n.description.fell_back {
            let _ = writeln!(out, "   {}", n.description);
        }
        if !n.planning_prompt.fell_back {
            let _ = writeln!(out, "   When planning: {}", n.planning_prompt);
        }
        if !n.review_prompt.fell_back {
            let _ = writeln!(out, "   At a review:   {}", n.review_prompt);
        }
    }
    out
}
