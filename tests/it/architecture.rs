//! Invariants of the code layout that a reviewer would otherwise have to remember.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).expect("readable source folder") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// Words that mean a file depends on the browser or does I/O.
const FORBIDDEN_IN_MODEL: &[&str] =
    &["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys", "std::fs", "std::net", "std::io", "println!", "eprintln!"];

/// Returns the forbidden words that `source` names as whole identifiers.
fn forbidden_names(source: &str) -> Vec<&'static str> {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    FORBIDDEN_IN_MODEL
        .iter()
        .copied()
        .filter(|word| {
            source.match_indices(word).any(|(at, _)| {
                let before = source[..at].chars().next_back();
                let after = source[at + word.len()..].chars().next();
                !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
            })
        })
        .collect()
}

#[test]
fn model_never_names_a_web_crate_or_does_io() {
    let model = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let files = rust_files(&model);
    assert!(!files.is_empty(), "src/model has no Rust files");
    let offenders: Vec<String> = files
        .iter()
        .filter_map(|path| {
            let source = fs::read_to_string(path).expect("readable file");
            let found = forbidden_names(&source);
            (!found.is_empty()).then(|| format!("{}: {found:?}", path.display()))
        })
        .collect();
    assert!(offenders.is_empty(), "the model must stay pure: {offenders:#?}");
}

#[test]
fn the_checker_catches_what_it_should() {
    assert_eq!(forbidden_names("use yew::prelude::*;"), ["yew"]);
    assert_eq!(forbidden_names("let x = web_sys::window();"), ["web_sys"]);
    assert_eq!(forbidden_names("println!(\"hi\")"), ["println!"]);
    assert!(forbidden_names("let yewish = 1; // a gloomy note").is_empty());
}

#[test]
fn main_rs_only_mounts_the_app() {
    let main = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/main.rs")).unwrap();
    let code: Vec<&str> =
        main.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with("//")).collect();
    assert_eq!(code, ["fn main() {", "dealscope::ui::start();", "}"]);
}

/// String literals in `source` (outside comments) that read like words for a reader: two words
/// or more. Parsing marks that are not for the reader are listed in `allowed`.
fn sentences<'a>(source: &'a str, allowed: &[&str]) -> Vec<&'a str> {
    let mut found = Vec::new();
    for line in source.lines().filter(|line| !line.trim_start().starts_with("//")) {
        let mut rest = line;
        while let Some(start) = rest.find('"') {
            if rest.find("//").is_some_and(|comment| comment < start) {
                break;
            }
            let after = &rest[start + 1..];
            let mut end = None;
            let mut escaped = false;
            for (i, c) in after.char_indices() {
                match c {
                    '\\' if !escaped => escaped = true,
                    '"' if !escaped => {
                        end = Some(i);
                        break;
                    }
                    _ => escaped = false,
                }
            }
            let Some(end) = end else { break };
            let literal = &after[..end];
            let words = literal.split(|c: char| !c.is_alphabetic()).filter(|w| w.len() >= 2).count();
            if literal.contains(' ') && words >= 2 && !allowed.contains(&literal) {
                found.push(literal);
            }
            rest = &after[end + 1..];
        }
    }
    found
}

#[test]
fn the_model_builds_reader_facing_words_only_in_its_wording_modules() {
    let model = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let words = model.join("words");
    let offenders: Vec<String> = rust_files(&model)
        .iter()
        .filter(|path| !path.starts_with(&words))
        .flat_map(|path| {
            let source = fs::read_to_string(path).expect("readable file");
            // serde_json's own message is cut at this mark; it is parsed, not shown.
            sentences(&source, &[" at line "])
                .into_iter()
                .map(|s| format!("{}: {s:?}", path.display()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(offenders.is_empty(), "words for the reader belong in src/model/words: {offenders:#?}");
}

#[test]
fn the_sentence_checker_catches_what_it_should() {
    assert_eq!(sentences(r#"let m = format!("no term called '{x}'");"#, &[]), ["no term called '{x}'"]);
    assert!(sentences(r#"let p = format!("{path}[{index}]"); // "a comment here""#, &[]).is_empty());
    assert!(sentences(r#"    // "commented out words""#, &[]).is_empty());
    assert!(sentences(r#"let s = "\"quoted\" and more";"#, &[]).len() == 1);
}
