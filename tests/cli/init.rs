//! `abmctl init`, the only command that creates a ledger (SPEC §2): every other command on a
//! path with no ledger exits 1 and creates nothing; `-v` and `org show` name the ledger in use.

use std::path::Path;

use crate::common::*;

/// Every file and folder under `dir`, relative to it, sorted (empty when `dir` is missing).
fn tree(dir: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            let rel = path.strip_prefix(root).expect("under root");
            out.push(rel.display().to_string());
            if path.is_dir() {
                walk(root, &path, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// The Unix permission bits of `path`.
#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

/// A mistyped `--ledger` is not a new organisation: read and write commands alike exit 1
/// saying there is no ledger and how to make one, and neither the file nor its folder appears.
#[test]
fn commands_on_a_missing_ledger_exit_1_and_create_nothing() {
    let env = TestEnv::empty();
    env.write("order.csv", order_csv(&ipads(1, 1, "ORD-1")));
    let typo = env.root().join("typo/ledger.sqlite3");
    let out = env.run(&["--ledger", s(&typo), "report", "tokens", "--check"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    abmctl: error: no ledger at [TEMP]/typo/ledger.sqlite3
    hint: create an organisation there with `abmctl init` (given the same --ledger), or name an existing ledger with --ledger PATH or ABMCTL_LEDGER
    [exit status: 1]
    ");
    for args in [
        &["org", "show"][..],
        &["device", "list"],
        &["activity", "list"],
        &["export"],
        &["org", "set", "--name", "Acme"],
        &["supplier", "link", "--customer-number", "12345"],
        &["mdm", "link", "Main"],
        &["import", "order.csv"],
        &["device", "add", "MACX000001", "--family", "Mac"],
        &["assign", "X1234567", "--to", "Main"],
        &["release", "X1234567", "--yes"],
    ] {
        let mut full = vec!["--ledger", s(&typo)];
        full.extend(args);
        let out = env.run(&full);
        assert_eq!(out.status, 1, "{args:?}: {out}");
        assert!(
            out.stderr
                .starts_with("abmctl: error: no ledger at [TEMP]/typo/ledger.sqlite3\n"),
            "{args:?}: {out}"
        );
        assert!(
            out.stderr
                .contains("hint: create an organisation there with `abmctl init`")
        );
        // The same through ABMCTL_LEDGER, with the folder there but not the file.
        let out = env.run(args);
        assert_eq!(out.status, 1, "{args:?}: {out}");
        assert!(
            out.stderr
                .starts_with("abmctl: error: no ledger at [TEMP]/ledger.sqlite3\n"),
            "{args:?}: {out}"
        );
    }
    assert_eq!(tree(&env.root()), ["order.csv"]);
}

/// An empty file (a `touch`, or an `init` killed before its commit) is no ledger either: the
/// commands say so and leave it empty; `init` takes it over.
#[test]
fn an_empty_file_is_no_ledger_until_init() {
    let env = TestEnv::empty();
    env.write("ledger.sqlite3", "");
    let out = env.run(&["org", "show"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr.starts_with(
            "abmctl: error: no ledger at [TEMP]/ledger.sqlite3 (the file there is empty)\n"
        ),
        "{out}"
    );
    assert_eq!(tree(&env.root()), ["ledger.sqlite3"]);
    assert_eq!(
        std::fs::metadata(env.ledger_path()).map(|m| m.len()).ok(),
        Some(0)
    );
    env.ok(&["init"]);
    env.ok(&["org", "show"]);
}

/// `init` creates the ledger owner-only (file 0600, new folders 0700) and says where on
/// stderr, printing nothing on stdout in table mode; the organisation is the one named.
#[test]
fn init_creates_the_ledger_and_says_where() {
    let env = TestEnv::empty();
    let out = env.run(&["init", "--name", " Acme Corp "]);
    let org: Org = env.json(&["org", "show"]);
    insta::assert_snapshot!(out.replace(&org.organization_id, "[ORGANIZATIONID]"), @r"
    ----- stderr -----
    Created the organisation Acme Corp (Organization ID [ORGANIZATIONID]) in [TEMP]/ledger.sqlite3.
    [exit status: 0]
    ");
    assert_eq!(org.name, "Acme Corp");
    assert_eq!(org.created_date_time, NOW);
    assert_eq!(org.ledger_path, "[TEMP]/ledger.sqlite3");
    #[cfg(unix)]
    assert_eq!(mode(&env.ledger_path()), 0o600);
    // The log starts empty: creating the organisation is not a change to it.
    assert_eq!(env.activity_count(), 0);
    // -q silences the sentence.
    let nested = env.root().join("a/b/l.sqlite3");
    let out = env.run(&["-q", "--ledger", s(&nested), "init"]);
    assert_eq!(
        (out.status, out.stdout.as_str(), out.stderr.as_str()),
        (0, "", "")
    );
    #[cfg(unix)]
    assert_eq!(
        [&nested, &env.root().join("a/b"), &env.root().join("a")].map(|p| mode(p)),
        [0o600, 0o700, 0o700]
    );
}

/// `init -o json` prints the organisation it created, as `org show` does (with the ledger's
/// path), and the same sentence on stderr.
#[test]
fn init_json_prints_the_organisation() {
    let env = TestEnv::empty();
    let out = env.run(&["init", "--name", "Acme", "-o", "json"]);
    assert_eq!(out.status, 0, "{out}");
    let created: Org = out.json();
    assert!(
        out.stderr.starts_with("Created the organisation Acme"),
        "{out}"
    );
    assert_eq!(created.ledger_path, "[TEMP]/ledger.sqlite3");
    let shown: Org = env.json(&["org", "show"]);
    assert_eq!(created, shown);
}

/// `init` where a ledger already is exits 1, changes nothing, and says so; so does `init`
/// on a file that is not a ledger, which it leaves byte for byte.
#[test]
fn init_twice_is_refused_and_changes_nothing() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    let before = env.dump();
    let out = env.run(&["init", "--name", "Other"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    abmctl: error: a ledger already exists at [TEMP]/ledger.sqlite3
    hint: init changed nothing; `abmctl org show` shows that organisation; to create another, give init a new --ledger PATH
    [exit status: 1]
    ");
    let out = env.run(&["init", "-o", "json"]);
    assert_eq!((out.status, out.stdout.as_str()), (1, ""), "{out}");
    assert_eq!(env.dump(), before);

    let notes = env.write("notes.sqlite3", "my shopping list\n".repeat(300));
    let out = env.run(&["--ledger", s(&notes), "init"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr.starts_with(
            "abmctl: error: [TEMP]/notes.sqlite3 already exists and is not an abmctl ledger \
             (file is not a database"
        ),
        "{out}"
    );
    assert_eq!(
        std::fs::read_to_string(&notes).ok(),
        Some("my shopping list\n".repeat(300))
    );
}

/// Another program's SQLite database is refused by every command, untouched: no migration
/// runs on it and no abmctl table appears.
#[test]
fn a_foreign_database_is_refused_untouched() {
    let env = TestEnv::empty();
    {
        let conn = rusqlite::Connection::open(env.ledger_path()).expect("create");
        conn.execute_batch("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')")
            .expect("fill");
    }
    let bytes = std::fs::read(env.ledger_path()).expect("read");
    let read = env.run(&["org", "show"]);
    let write = env.run(&["supplier", "link", "--customer-number", "1"]);
    assert_eq!(read, write);
    {
        let out = read;
        insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: cannot open the ledger [TEMP]/ledger.sqlite3
          caused by: it is not an abmctl ledger: a SQLite database of something else
        hint: abmctl leaves it untouched; check --ledger and ABMCTL_LEDGER
        [exit status: 1]
        ");
    }
    assert_eq!(std::fs::read(env.ledger_path()).ok(), Some(bytes));
    assert_eq!(tree(&env.root()), ["ledger.sqlite3"]);
}

/// `-v` names the ledger a command opens.
#[test]
fn verbose_names_the_ledger() {
    let env = TestEnv::new();
    let out = env.run(&["-v", "org", "show", "-o", "json"]);
    assert_eq!(out.status, 0, "{out}");
    assert_eq!(out.stderr, "ledger: [TEMP]/ledger.sqlite3\n");
    let out = env.run(&["org", "show", "-o", "json"]);
    assert_eq!(out.stderr, "");
}
