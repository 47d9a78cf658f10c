//! abmctl's one integration-test binary: one module per area, a shared harness in `common`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

mod activity;
mod assign;
mod corpus;
mod defaults;
mod demo;
mod device;
mod discovery;
mod domain;
mod enroll;
mod export;
mod generated;
mod help;
mod import;
mod init;
mod lies;
mod mdm;
mod org;
mod output;
mod readers;
mod report;
mod robustness;
mod rules;
mod sandbox;
mod security;
mod supplier;
mod sync;
mod tables;
mod terminal;
mod tour;

/// Every `tests/cli/*.rs` file is a module of this binary: a file left out would never run.
#[test]
fn no_forgotten_test_files() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli");
    let main = std::fs::read_to_string(dir.join("main.rs")).unwrap();
    let mut forgotten = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if path.extension().is_some_and(|e| e == "rs")
            && stem != "main"
            && !main.contains(&format!("mod {stem};"))
        {
            forgotten.push(stem.to_string());
        }
    }
    assert!(
        forgotten.is_empty(),
        "add `mod …;` to tests/cli/main.rs for: {forgotten:?}"
    );
}
