//! The layers point inwards: domain <- store <- app <- i18n <- ui, cli. This test reads the
//! source tree and names every file that reaches outwards.

use std::path::{Path, PathBuf};

/// Each layer and the layers it must not name.
const RULES: &[(&str, &[&str])] = &[
    ("domain", &["store", "app", "i18n", "ui", "cli"]),
    ("store", &["app", "i18n", "ui", "cli"]),
    ("app", &["i18n", "ui", "cli"]),
    ("i18n", &["ui", "cli"]),
    ("ui", &["cli"]),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// The top-level modules of the crate that `source` names (`crate::app::..`,
/// `crate::{app, ..}`), comments left out.
fn named_layers(source: &str) -> Vec<String> {
    let mut names = Vec::new();
    for line in source.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let inner = group.split('}').next().unwrap_or("");
                for item in inner.split(',') {
                    let name = item.trim().split("::").next().unwrap_or("").trim();
                    if !name.is_empty() {
                        names.push(name.to_string());
                    }
                }
            } else {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                names.push(name);
            }
        }
    }
    names
}

/// Every file under `src` and the outer layer it names, as `path -> layer`.
fn violations(src: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for (layer, forbidden) in RULES {
        let mut files = Vec::new();
        rust_files(&src.join(layer), &mut files);
        assert!(!files.is_empty(), "no sources under src/{layer}");
        for file in files {
            let text = std::fs::read_to_string(&file).expect("readable source");
            for name in named_layers(&text) {
                if forbidden.contains(&name.as_str()) {
                    found.push(format!("{} -> {name}", file.display()));
                }
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

#[test]
fn no_module_imports_against_the_inward_rule() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = violations(&src);
    assert!(
        found.is_empty(),
        "imports against the layers:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_reader_sees_plain_and_grouped_paths_but_not_comments() {
    let source = "use crate::i18n::Lang;\n\
                  use crate::{domain, ui::theme};\n\
                  // crate::cli is only named in a comment\n\
                  let x = crate::store::Store::open(p); // crate::app too\n";
    assert_eq!(named_layers(source), vec!["i18n", "domain", "ui", "store"]);
}

#[test]
fn a_violation_in_a_tree_is_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (layer, _) in RULES {
        std::fs::create_dir_all(dir.path().join(layer)).expect("layer dir");
        std::fs::write(
            dir.path().join(layer).join("mod.rs"),
            "use crate::domain::Nip;\n",
        )
        .expect("write");
    }
    assert_eq!(violations(dir.path()), Vec::<String>::new());
    let bad = dir.path().join("app").join("mod.rs");
    std::fs::write(&bad, "use crate::i18n::common::{t, T};\n").expect("write");
    assert_eq!(
        violations(dir.path()),
        vec![format!("{} -> i18n", bad.display())]
    );
}
