//! The committed `completions/` and `man/` must be what the binary generates (STYLE.md: a
//! test fails when they are stale), and `abmctl completions SHELL` prints a script.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::common::*;

/// Every file under `dir`, by path relative to `dir` (empty when `dir` does not exist).
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries {
            let path = entry.expect("cannot read a directory entry").path();
            if path.is_dir() {
                walk(base, &path, out);
            } else {
                let rel = path
                    .strip_prefix(base)
                    .expect("under base")
                    .to_string_lossy()
                    .into_owned();
                out.insert(
                    rel,
                    std::fs::read(&path).expect("cannot read a generated file"),
                );
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// `generate-assets` writes exactly the committed `completions/` and `man/`, byte for byte.
#[test]
fn committed_completions_and_man_pages_are_current() {
    let env = TestEnv::new();
    let generated_root = env.root().join("assets");
    let out = env.run(&["generate-assets", "--root", s(&generated_root)]);
    assert_eq!(out.status, 0, "{out}");
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut report = Vec::new();
    for folder in ["completions", "man"] {
        let generated = files(&generated_root.join(folder));
        let committed = files(&repo.join(folder));
        assert!(
            !generated.is_empty(),
            "generate-assets wrote nothing in {folder}/"
        );
        for (name, bytes) in &generated {
            match committed.get(name) {
                None => report.push(format!("missing: {folder}/{name}")),
                Some(c) if c != bytes => report.push(format!("different: {folder}/{name}")),
                Some(_) => {}
            }
        }
        for name in committed.keys().filter(|n| !generated.contains_key(*n)) {
            report.push(format!("extra: {folder}/{name}"));
        }
    }
    assert!(
        report.is_empty(),
        "completions/ or man/ are stale: run `cargo run -- generate-assets` and commit the \
         result\n  {}",
        report.join("\n  ")
    );
}

/// `generate-assets` writes one man page per visible command and subcommand, and none for the
/// hidden maintainer command itself.
#[test]
fn man_pages_cover_every_visible_subcommand() {
    let env = TestEnv::new();
    let root = env.root().join("assets");
    env.ok(&["generate-assets", "--root", s(&root)]);
    let pages = files(&root.join("man"));
    for page in [
        "abmctl.1",
        "abmctl-import.1",
        "abmctl-supplier-link.1",
        "abmctl-mdm-token.1",
        "abmctl-device-list.1",
        "abmctl-activity-show.1",
    ] {
        assert!(pages.contains_key(page), "no {page} in {:?}", pages.keys());
    }
    assert!(
        !pages.keys().any(|p| p.contains("generate-assets")),
        "{:?}",
        pages.keys()
    );
    let completions = files(&root.join("completions"));
    let names: Vec<&str> = completions.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "_abmctl",
            "_abmctl.ps1",
            "abmctl.bash",
            "abmctl.elv",
            "abmctl.fish"
        ]
    );
}

/// `completions bash` prints a bash completion script for `abmctl` on stdout, nothing else.
#[test]
fn completions_bash_prints_a_script() {
    let env = TestEnv::empty();
    let out = env.run(&["completions", "bash"]);
    assert_eq!(out.status, 0, "{out}");
    assert!(out.stderr.is_empty(), "{out}");
    assert!(out.stdout.contains("complete -F _abmctl"), "{out}");
    assert!(out.stdout.contains("abmctl"), "{out}");
    // It is the same script as the committed one.
    let committed = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("completions/abmctl.bash"),
    )
    .unwrap_or_default();
    assert!(
        committed == out.stdout,
        "completions/abmctl.bash differs from `abmctl completions bash`"
    );
    // Printing completions needs no ledger.
    assert!(!env.ledger_path().exists());
}

/// An unknown shell is a usage error (exit 2) that lists the shells.
#[test]
fn completions_unknown_shell_is_a_usage_error() {
    let env = TestEnv::new();
    let out = env.run(&["completions", "tcsh"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: invalid value 'tcsh' for '<SHELL>'
          [possible values: bash, zsh, fish, elvish, powershell]

          tip: a similar value exists: 'zsh'

        For more information, try '--help'.
        [exit status: 2]
        ");
}

/// What bash's completion of `abmctl WORDS… CUR` offers: the committed script is sourced and
/// its function called as bash's programmable completion calls it.
fn bash_completes(env: &TestEnv, words: &[&str], cur: &str) -> Vec<String> {
    let script = env.root().join("abmctl.bash");
    std::fs::write(&script, env.ok(&["completions", "bash"]).stdout).expect("write the script");
    let mut all: Vec<&str> = vec!["abmctl"];
    all.extend_from_slice(words);
    all.push(cur);
    let quoted: Vec<String> = all.iter().map(|w| format!("'{w}'")).collect();
    let prev = words.last().copied().unwrap_or("abmctl");
    let program = format!(
        "source '{}'; COMP_WORDS=({}); COMP_CWORD={}; _abmctl abmctl '{cur}' '{prev}'; \
         printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display(),
        quoted.join(" "),
        all.len() - 1,
    );
    let out = std::process::Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .current_dir(env.root())
        .output()
        .expect("cannot run bash");
    assert!(
        out.status.success(),
        "bash: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut offered: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    offered.sort();
    offered
}

/// Every closed set completes its values in bash (not file names: the test's folder holds a
/// ledger file that a file completion would offer), and a partial word narrows them.
#[test]
fn bash_completes_closed_sets() {
    let env = TestEnv::new();
    let sorted = |v: &[&str]| {
        let mut v: Vec<String> = v.iter().map(|s| s.to_string()).collect();
        v.sort();
        v
    };
    let families = [
        "iPhone", "iPad", "Mac", "AppleTV", "Watch", "Vision", "iPod",
    ];
    let formats = ["table", "wide", "json", "jsonl", "csv"];
    for (words, expected) in [
        (&["device", "list", "--family"][..], &families[..]),
        (&["export", "--family"], &families),
        (&["assign", "--family"], &families),
        (&["device", "add", "X", "--family"], &families),
        (
            &["device", "list", "--status"],
            &["PENDING", "UNASSIGNED", "ASSIGNED", "RELEASED"],
        ),
        (&["device", "list", "--enrolled"], &["yes", "no", "stale"]),
        (&["export", "--enrolled"], &["yes", "no", "stale"]),
        (&["device", "list", "-o"], &formats),
        (&["--output"], &formats),
        (&["mdm", "list", "--color"], &["auto", "always", "never"]),
        (
            &["import", "--format"],
            &["auto", "csv", "abm-export", "api-json"],
        ),
        (&["mdm", "set", "Main", "--release"], &["on", "off"]),
        (
            &["supplier", "set", "12345", "--kind"],
            &["apple", "reseller"],
        ),
    ] {
        assert_eq!(
            bash_completes(&env, words, ""),
            sorted(expected),
            "abmctl {}",
            words.join(" ")
        );
    }
    assert_eq!(
        bash_completes(&env, &["device", "list", "--status"], "UN"),
        ["UNASSIGNED"]
    );
    // A positional closed set: `mdm default set FAMILY`, `mdm default unset FAMILY`.
    for verb in ["set", "unset"] {
        let offered = bash_completes(&env, &["mdm", "default", verb], "");
        for family in families {
            assert!(offered.iter().any(|o| o == family), "{verb}: {offered:?}");
        }
        assert!(
            !offered.iter().any(|o| o.contains("sqlite3")),
            "{offered:?}"
        );
        assert_eq!(
            bash_completes(&env, &["mdm", "default", verb], "iP"),
            ["iPad", "iPhone", "iPod"]
        );
    }
}

/// The zsh script gives every closed-set option its values (not `_default`, which completes
/// file names), and `mdm default set|unset` their FAMILY.
#[test]
fn zsh_completes_closed_sets() {
    let env = TestEnv::empty();
    let script = env.ok(&["completions", "zsh"]).stdout;
    let families = [
        "iPhone", "iPad", "Mac", "AppleTV", "Watch", "Vision", "iPod",
    ];
    let closed: [(&str, &[&str]); 8] = [
        ("--family=", &families),
        (
            "--status=",
            &["PENDING", "UNASSIGNED", "ASSIGNED", "RELEASED"],
        ),
        ("--enrolled=", &["yes", "no", "stale"]),
        ("-o+", &["table", "wide", "json", "jsonl", "csv"]),
        ("--output=", &["table", "wide", "json", "jsonl", "csv"]),
        ("--color=", &["auto", "always", "never"]),
        ("--format=", &["auto", "csv", "abm-export", "api-json"]),
        ("--release=", &["on", "off"]),
    ];
    for (option, values) in closed {
        // Each spec is one single-quoted word, `'[*]OPTION[help]:NAME:VALUES' \`.
        let specs: Vec<&str> = script
            .match_indices(&format!("'{option}"))
            .chain(script.match_indices(&format!("'*{option}")))
            .map(|(i, _)| {
                let rest = &script[i..];
                &rest[..rest.find("' \\\n").unwrap_or(rest.len())]
            })
            .collect();
        assert!(!specs.is_empty(), "no {option} in the zsh script");
        for spec in specs {
            let values_part = spec.rsplit("]:").next().unwrap_or_default();
            for value in values {
                assert!(
                    values_part.contains(&format!("({value}"))
                        || values_part.contains(&format!(" {value}"))
                        || values_part.contains(&format!("\n{value}\\:")),
                    "{option} does not offer {value}: {spec}"
                );
            }
        }
    }
    let positional: Vec<&str> = script
        .lines()
        .filter(|l| l.starts_with("':family -- "))
        .collect();
    assert_eq!(positional.len(), 2, "{positional:?}");
    for line in positional {
        assert!(
            line.ends_with(":(iPhone iPad Mac AppleTV Watch Vision iPod)' \\"),
            "{line}"
        );
    }
}

/// Man pages keep examples verbatim (issue #7, item 10: `curl   -s   https://…   |   abmctl
/// import` came out filled and justified): every example line sits in a no-fill block
/// (`.nf` … `.fi`) under EXAMPLES, prose after the options under NOTES; where `man` is
/// installed, the rendered page shows the pipeline on one line with single spaces.
#[test]
fn man_page_examples_are_verbatim() {
    let env = TestEnv::new();
    let root = env.root().join("assets");
    env.ok(&["generate-assets", "--root", s(&root)]);
    let pages = files(&root.join("man"));
    let import = String::from_utf8(pages["abmctl-import.1"].clone()).expect("roff is UTF-8");
    let examples = import
        .split_once("\n.SH EXAMPLES\n")
        .map(|(_, rest)| rest)
        .expect("an EXAMPLES section");
    let curl = "  curl \\-s https://files.example.com/orders.csv | abmctl import \\-\\-skip\\-invalid \\-\n";
    assert!(
        examples.starts_with(&format!(
            ".PP\n.nf\n  abmctl import order\\-4711.csv\n  abmctl import \\-\\-dry\\-run \\-o json devices.json\n{curl}.fi\n.SH VERSION\n"
        )),
        "{examples}"
    );
    assert!(
        import.contains("\n.SH NOTES\n.PP\nA row for a device"),
        "{import}"
    );
    // No page keeps clap_mangen's filled EXTRA section, and every example line of every page
    // is inside a no-fill block.
    for (name, roff) in &pages {
        let roff = String::from_utf8_lossy(roff);
        assert!(!roff.contains(".SH EXTRA"), "{name}");
        let mut verbatim = false;
        for line in roff.lines() {
            match line {
                ".nf" => verbatim = true,
                ".fi" => verbatim = false,
                l if l.trim_start().starts_with("abmctl ") && l.starts_with(' ') => {
                    assert!(verbatim, "{name}: `{l}` would be filled")
                }
                _ => {}
            }
        }
        assert!(!verbatim, "{name}: a no-fill block is left open");
    }
    // Rendered by man(1), when it is installed.
    let path = root.join("man/abmctl-import.1");
    let rendered = std::process::Command::new("man")
        .args(["-l", s(&path)])
        .env("MANWIDTH", "80")
        .env("MANPAGER", "cat")
        .env("LC_ALL", "C")
        .output();
    if let Some(out) = rendered.ok().filter(|o| o.status.success()) {
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.lines().any(|l| l.trim()
                == "curl -s https://files.example.com/orders.csv | abmctl import --skip-invalid -"),
            "{text}"
        );
    }
}
