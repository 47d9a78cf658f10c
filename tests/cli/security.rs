//! Security, as tests (issue 12 §5): files created owner-only, servers that refuse to listen
//! beyond loopback without their flag, and SQL built only from bound parameters (a lint over
//! the sources). Keys readable by others, plain HTTP off loopback and secrets in `-v` output
//! are tested in `sync.rs`.

use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;

use crate::common::*;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

/// `init` makes the ledger 0600 and any folder it creates 0700; the sandbox's key is 0600.
#[test]
fn files_are_created_owner_only() {
    let env = TestEnv::empty();
    let ledger = env.root().join("new/deeper/ledger.sqlite3");
    env.ok(&["--ledger", s(&ledger), "init"]);
    assert_eq!(mode(&ledger), 0o600);
    assert_eq!(mode(ledger.parent().expect("parent")), 0o700);
    assert_eq!(mode(&env.root().join("new")), 0o700);

    let apple = env.root().join("apple.sqlite3");
    let mut child = env
        .command(&[
            "--ledger",
            s(&apple),
            "sandbox",
            "serve",
            "--devices",
            "10",
            "-o",
            "jsonl",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("sandbox");
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().expect("stdout")),
        &mut line,
    )
    .expect("start block");
    let start: serde_json::Value = serde_json::from_str(&line).expect("JSON");
    let key = start["privateKey"]
        .as_str()
        .expect("privateKey")
        .to_string();
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(mode(Path::new(&key)), 0o600);
    assert_eq!(mode(&apple), 0o600);
}

/// The sandbox and `discovery serve` refuse a non-loopback address unless told otherwise.
#[test]
fn servers_listen_on_loopback_only_unless_allowed() {
    let env = TestEnv::new();
    for args in [
        &["sandbox", "serve", "--listen", "0.0.0.0:0"][..],
        &["discovery", "serve", "--listen", "0.0.0.0:0"],
    ] {
        let out = env.run(args);
        assert_eq!(out.status, 1, "{out}");
        assert!(out.stderr.contains("not a loopback address"), "{out}");
        assert!(out.stderr.contains("--allow-remote"), "{out}");
    }
}

/// SQL is built from bound parameters only: a `format!` that makes SQL may splice in column
/// lists, `?` marks and SQL constants, never a value — so no placeholder inside a quoted SQL
/// literal, only placeholders from the list below, and SQL is built in `src/ledger/` alone.
#[test]
fn sql_is_built_from_bound_parameters_only() {
    const SPLICED: &[&str] = &[
        "",
        "CANDIDATE",
        "COUNTS",
        "SELECT",
        "SYNC_DEVICE",
        "marks",
        "order",
        "serial",
        "set",
        "column",
        "clause",
        "prefix",
        "name",
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    let sql_word = |t: &str| {
        [
            "SELECT ", "UPDATE ", "INSERT ", "DELETE ", " WHERE ", "DROP ",
        ]
        .iter()
        .any(|k| t.contains(k))
    };
    let mut found = Vec::new();
    let mut checked = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).expect("read");
        let rel = file
            .strip_prefix(&root)
            .expect("under src")
            .display()
            .to_string();
        let mut rest = text.as_str();
        while let Some(at) = rest.find("format!(") {
            rest = &rest[at + 8..];
            let Some(open) = rest.find('"') else { break };
            if !rest[..open].trim().is_empty() {
                continue;
            }
            let literal: String = rest[open + 1..]
                .chars()
                .scan(false, |escaped, c| {
                    let end = c == '"' && !*escaped;
                    *escaped = c == '\\' && !*escaped;
                    (!end).then_some(c)
                })
                .collect();
            if !sql_word(&literal) {
                continue;
            }
            checked += 1;
            let mut chars = literal.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                if c != '{' || chars.peek().is_some_and(|(_, n)| *n == '{') {
                    continue;
                }
                let name: String = literal[i + 1..].chars().take_while(|c| *c != '}').collect();
                let name = name.split(':').next().unwrap_or_default().to_string();
                let quoted = literal[..i].ends_with('\'');
                if quoted || !SPLICED.contains(&name.as_str()) {
                    found.push(format!("{rel}: {{{name}}} in {literal:?}"));
                }
            }
            if !rel.starts_with("ledger/") && !rel.starts_with("model") {
                found.push(format!("{rel}: SQL built outside src/ledger: {literal:?}"));
            }
        }
    }
    // The lint read the SQL it is about (else it could not fail).
    assert!(checked >= 10, "only {checked} SQL format! calls found");
    assert!(
        found.is_empty(),
        "SQL splices a value:\n{}",
        found.join("\n")
    );
}
