//! `abmctl init`, the only command that creates a ledger (SPEC §2): every other command on a
//! path with no ledger exits 1 and creates nothing; `--org NAME` and `org list` for one ledger
//! per customer; `-v` and `org show` name the ledger in use.

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
    hint: create an organisation there with `abmctl init` (given the same --ledger or --org), or name an existing ledger with --ledger PATH, ABMCTL_LEDGER or --org NAME (`abmctl org list` lists those under --org)
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
    hint: init changed nothing; `abmctl org show` shows that organisation; to create another, give init a new --ledger PATH or --org NAME
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
        hint: abmctl leaves it untouched; check --ledger, ABMCTL_LEDGER and --org
        [exit status: 1]
        ");
    }
    assert_eq!(std::fs::read(env.ledger_path()).ok(), Some(bytes));
    assert_eq!(tree(&env.root()), ["ledger.sqlite3"]);
}

/// `--org NAME` is `<data dir>/orgs/NAME.sqlite3`, made by `init`; `org list -o json` lists
/// every organisation there, by name, with its fleet and its first token to expire. The
/// `--org` flag wins over `ABMCTL_LEDGER` (which the harness sets): that ledger is not made.
#[test]
fn org_init_and_org_list() {
    let env = TestEnv::empty();
    env.ok(&["--org", "beta", "init", "--name", "Beta Ltd"]);
    env.ok(&["--org", "acme", "init", "--name", "Acme Corp"]);
    env.ok(&["--org", "acme", "mdm", "link", "Main"]);
    env.ok(&["--org", "acme", "mdm", "link", "Old"]);
    env.ok(&[
        "--org",
        "acme",
        "mdm",
        "token",
        "Old",
        "--issued",
        "2026-01-01",
    ]);
    env.ok(&[
        "--org",
        "acme",
        "device",
        "add",
        "MACX000001",
        "--family",
        "Mac",
    ]);
    env.ok(&[
        "--org",
        "acme",
        "device",
        "add",
        "MACX000002",
        "--family",
        "Mac",
    ]);
    env.ok(&["--org", "acme", "release", "MACX000002", "--yes"]);
    let orgs = env.data_dir().join("orgs");
    assert_eq!(tree(&orgs), ["acme.sqlite3", "beta.sqlite3"]);
    assert!(!env.ledger_path().exists());
    #[cfg(unix)]
    assert_eq!(mode(&orgs), 0o700);

    let id = |org: &str| -> String {
        let shown: Org = env.json(&["--org", org, "org", "show"]);
        shown.organization_id
    };
    let path = |org: &str| {
        format!("{}/orgs/{org}.sqlite3", env.data_dir().display())
            .replace(&env.root().display().to_string(), "[TEMP]")
    };
    let listed: Vec<OrgEntry> = env.json(&["org", "list"]);
    assert_eq!(
        listed,
        [
            OrgEntry {
                org: "acme".into(),
                name: "Acme Corp".into(),
                organization_id: id("acme"),
                device_count: 1,
                token_expires_date_time: Some("2027-01-01T00:00:00Z".into()),
                token_days_left: Some(34),
                last_sync_date_time: None,
                ledger_path: path("acme"),
            },
            OrgEntry {
                org: "beta".into(),
                name: "Beta Ltd".into(),
                organization_id: id("beta"),
                device_count: 0,
                token_expires_date_time: None,
                token_days_left: None,
                last_sync_date_time: None,
                ledger_path: path("beta"),
            },
        ]
    );
    let out = env
        .run(&["org", "list"])
        .replace(&id("acme"), "ACME-ID-16-CHARS")
        .replace(&id("beta"), "BETA-ID-16-CHARS");
    insta::assert_snapshot!(out, @r"
    ORG   NAME       ORGANIZATION ID   DEVICES  DAYS LEFT
    acme  Acme Corp  ACME-ID-16-CHARS  1        34
    beta  Beta Ltd   BETA-ID-16-CHARS  0
    ----- stderr -----
    [exit status: 0]
    ");
    let (header, rows) = env.run(&["org", "list", "-o", "csv"]).csv();
    assert_eq!(
        header,
        [
            "org",
            "name",
            "organizationId",
            "deviceCount",
            "tokenExpiresDateTime",
            "tokenDaysLeft",
            "lastSyncDateTime",
            "ledgerPath"
        ]
    );
    assert_eq!(rows.len(), 2);
    let lines: Vec<OrgEntry> = env.run(&["org", "list", "-o", "jsonl"]).jsonl();
    assert_eq!(lines, listed);
}

/// `--ledger` wins over `--org`; `ABMCTL_LEDGER` over `ABMCTL_ORG`; `ABMCTL_ORG` alone picks
/// the organisation; `--org` wins over both variables.
#[test]
fn ledger_wins_over_org() {
    let env = TestEnv::empty();
    let other = env.root().join("other.sqlite3");
    env.ok(&[
        "--org",
        "acme",
        "--ledger",
        s(&other),
        "init",
        "--name",
        "Other",
    ]);
    assert!(other.exists());
    assert!(!env.data_dir().join("orgs").exists());
    env.ok(&["--org", "acme", "init", "--name", "Acme"]);
    env.ok(&["init", "--name", "Env ledger"]);
    let name = |run: Run<'_>| {
        let out = run.output();
        let org: Org = out.json();
        org.name
    };
    let show = ["org", "show", "-o", "json"];
    assert_eq!(name(env.cmd(&show).env("ABMCTL_ORG", "acme")), "Env ledger");
    assert_eq!(
        name(
            env.cmd(&show)
                .env("ABMCTL_ORG", "acme")
                .env_remove("ABMCTL_LEDGER")
        ),
        "Acme"
    );
    let mut flags = vec!["--org", "acme"];
    flags.extend(show);
    assert_eq!(name(env.cmd(&flags).env("ABMCTL_ORG", "nope")), "Acme");
    flags.extend(["--ledger", s(&other)]);
    assert_eq!(name(env.cmd(&flags)), "Other");
}

/// An organisation name that is not a plain file name is a usage error (exit 2), from the
/// flag or the variable, and nothing is created.
#[test]
fn bad_org_names_are_refused() {
    let env = TestEnv::empty();
    for bad in ["../evil", "a/b", "", ".hidden", "two words"] {
        let out = env.run(&["--org", bad, "init"]);
        assert_eq!(out.status, 2, "{bad:?}: {out}");
        assert!(
            out.stderr.contains("not a valid organisation name"),
            "{out}"
        );
    }
    let out = env.run(&["--org", "../evil", "init"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    abmctl: error: invalid value '../evil' for '--org <NAME>': `../evil` is not a valid organisation name: an organisation name is 1 to 64 letters, digits, `-`, `_` and `.`, starting with a letter or digit

    For more information, try '--help'.
    [exit status: 2]
    ");
    let out = env
        .cmd(&["init"])
        .env("ABMCTL_ORG", "a/b")
        .env_remove("ABMCTL_LEDGER")
        .output();
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    abmctl: error: ABMCTL_ORG: `a/b` is not a valid organisation name: an organisation name is 1 to 64 letters, digits, `-`, `_` and `.`, starting with a letter or digit
    [exit status: 2]
    ");
    let out = env.run(&["--org", "acme.sqlite3", "init"]);
    assert_eq!(out.status, 2, "{out}");
    assert!(out.stderr.contains("without `.sqlite3` (`acme`)"), "{out}");
    assert!(tree(&env.root()).is_empty(), "{:?}", tree(&env.root()));
}

/// `org list` reads each ledger without changing anything — no `-wal`/`-shm` files appear —
/// and skips with a warning a `.sqlite3` file that is not an abmctl ledger, or whose name
/// `--org` cannot open; other files are not its business.
#[test]
fn org_list_skips_what_is_not_an_organisation() {
    let env = TestEnv::empty();
    env.ok(&["--org", "acme", "init"]);
    let orgs = env.data_dir().join("orgs");
    std::fs::write(orgs.join("notes.sqlite3"), "not a database\n".repeat(300)).expect("write");
    std::fs::write(orgs.join("readme.txt"), "hello").expect("write");
    std::fs::copy(orgs.join("acme.sqlite3"), orgs.join("old copy.sqlite3")).expect("copy");
    {
        let conn = rusqlite::Connection::open(orgs.join("recipes.sqlite3")).expect("create");
        conn.execute_batch("CREATE TABLE recipes (name TEXT)")
            .expect("fill");
    }
    let before: Vec<(String, Vec<u8>)> = tree(&orgs)
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(orgs.join(&f)).expect("read");
            (f, bytes)
        })
        .collect();
    let out = env.run(&["org", "list", "-o", "json"]);
    assert_eq!(out.status, 0, "{out}");
    let listed: Vec<OrgEntry> = out.json();
    assert_eq!(
        listed.iter().map(|o| o.org.as_str()).collect::<Vec<_>>(),
        ["acme"]
    );
    let data = env
        .data_dir()
        .display()
        .to_string()
        .replace(&env.root().display().to_string(), "[TEMP]");
    let stderr = out.stderr.replace(&data, "[DATA]");
    insta::assert_snapshot!(stderr, @r"
    warning: skipped [DATA]/orgs/notes.sqlite3: cannot read it: file is not a database
    warning: skipped [DATA]/orgs/old copy.sqlite3: `old copy` is not a valid organisation name: an organisation name is 1 to 64 letters, digits, `-`, `_` and `.`, starting with a letter or digit; open it with --ledger
    warning: skipped [DATA]/orgs/recipes.sqlite3: it is not an abmctl ledger (a SQLite database of something else)
    ");
    let after: Vec<(String, Vec<u8>)> = tree(&orgs)
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(orgs.join(&f)).expect("read");
            (f, bytes)
        })
        .collect();
    assert_eq!(after, before);
}

/// With no organisation yet, `org list` is an empty list (exit 0) and says how to make one; it
/// creates no folder.
#[test]
fn org_list_with_no_organisations() {
    let env = TestEnv::empty();
    let out = env.run(&["org", "list", "-o", "json"]);
    assert_eq!((out.status, out.stdout.as_str()), (0, "[]\n"), "{out}");
    let out = env.run(&["org", "list"]);
    let data = env
        .data_dir()
        .display()
        .to_string()
        .replace(&env.root().display().to_string(), "[TEMP]");
    insta::assert_snapshot!(out.replace(&data, "[DATA]"), @r"
    ----- stderr -----
    No organisations in [DATA]/orgs. Create one with `abmctl --org NAME init`.
    [exit status: 0]
    ");
    assert!(tree(&env.root()).is_empty(), "{:?}", tree(&env.root()));
}

/// `-v` names the ledger a command opens (and `org list` the folder it reads).
#[test]
fn verbose_names_the_ledger() {
    let env = TestEnv::new();
    let out = env.run(&["-v", "org", "show", "-o", "json"]);
    assert_eq!(out.status, 0, "{out}");
    assert_eq!(out.stderr, "ledger: [TEMP]/ledger.sqlite3\n");
    let out = env.run(&["org", "show", "-o", "json"]);
    assert_eq!(out.stderr, "");
    let out = env.run(&["-v", "org", "list"]);
    assert!(out.stderr.starts_with("organisations: [TEMP]/"), "{out}");
}
