//! Global options and the output contract (SPEC §2, §3, §4): `-o`, `ABMCTL_OUTPUT`, `-q`,
//! `--color`, errors on stderr, and a ledger from a newer abmctl.

use crate::common::*;

/// A bad `-o` value is a usage error (exit 2) listing the formats; nothing is created.
#[test]
fn bad_output_format_is_a_usage_error() {
    let env = TestEnv::empty();
    let out = env.run(&["-o", "xml", "org", "show"]);
    assert_eq!(out.status, 2, "{out}");
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr.contains("table, wide, json, jsonl, csv"),
        "{out}"
    );
    assert!(!env.ledger_path().exists());
}

/// `ABMCTL_OUTPUT=json` sets the format; `-o` overrides it; a bad value is a usage error.
#[test]
fn abmctl_output_env_sets_the_format() {
    let env = TestEnv::new();
    let out = env
        .cmd(&["org", "show"])
        .env("ABMCTL_OUTPUT", "json")
        .output();
    assert_eq!(out.status, 0, "{out}");
    let org: Org = out.json();
    assert_eq!(org.created_date_time, NOW);
    let out = env
        .cmd(&["org", "show", "-o", "csv"])
        .env("ABMCTL_OUTPUT", "json")
        .output();
    assert!(
        out.stdout.starts_with(
            "name,organizationId,createdDateTime,reservedDomain,ledgerPath
"
        ),
        "{out}"
    );
    let out = env
        .cmd(&["org", "show"])
        .env("ABMCTL_OUTPUT", "yaml")
        .output();
    assert_eq!(out.status, 2, "{out}");
}

/// Global options go before or after the subcommand.
#[test]
fn global_options_anywhere() {
    let env = TestEnv::new();
    let a: Org = env.run(&["-o", "json", "org", "show"]).json();
    let b: Org = env.run(&["org", "-o", "json", "show"]).json();
    let c: Org = env.run(&["org", "show", "--output=json"]).json();
    assert_eq!((&a, &b), (&c, &c));
}

/// `-q` silences status lines but not data: a mutating command in table mode prints nothing,
/// the same command's JSON result still prints, and a list still prints its rows.
#[test]
fn quiet_silences_status_not_data() {
    let env = TestEnv::new();
    let out = env.run(&["-q", "supplier", "link", "--customer-number", "12345"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        [exit status: 0]
        ");
    let out = env.run(&[
        "-q",
        "supplier",
        "link",
        "--reseller-number",
        "R1",
        "-o",
        "json",
    ]);
    assert_eq!(out.status, 0, "{out}");
    assert_eq!(out.stderr, "");
    let result: ResultDoc = out.json();
    assert_eq!(result.action, "supplier.link");
    let out = env.run(&["-q", "supplier", "list", "-o", "csv"]);
    insta::assert_snapshot!(out, @r"
        id,kind,carrier,name,linkedDateTime,deviceCount
        12345,apple,false,,2026-11-27T12:00:00Z,0
        R1,reseller,false,,2026-11-27T12:00:00Z,0
        ----- stderr -----
        [exit status: 0]
        ");
    // An empty list's hint is a status line too.
    let out = env.run(&["-q", "mdm", "list"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        [exit status: 0]
        ");
}

/// `-q` never silences errors.
#[test]
fn quiet_does_not_silence_errors() {
    let env = TestEnv::new();
    let out = env.run(&["-q", "mdm", "show", "Nope"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: no device management service is called `Nope`
        hint: no service is linked yet; link one with `abmctl mdm link NAME`
        [exit status: 1]
        ");
}

/// `-q` and `-v` together are a usage error.
#[test]
fn quiet_and_verbose_conflict() {
    let env = TestEnv::new();
    let out = env.run(&["-q", "-v", "org", "show"]);
    assert_eq!(out.status, 2, "{out}");
    let out = env.run(&["-q", "-vv", "org", "show"]);
    assert_eq!(out.status, 2, "{out}");
}

/// `-v` can be repeated (`-vv`, `-v -v`, `--verbose` after the subcommand too): each form
/// runs and prints the traces a single `-v` prints; without it there are none.
#[test]
fn verbose_can_be_repeated() {
    let env = TestEnv::new();
    env.write("order.csv", order_csv(&ipads(1, 1, "ORD-1")));
    for args in [
        &["-v", "import", "order.csv", "--dry-run"][..],
        &["-vv", "import", "order.csv", "--dry-run"][..],
        &["-v", "-v", "import", "order.csv", "--dry-run"][..],
        &["import", "order.csv", "--dry-run", "--verbose", "-v"][..],
    ] {
        let out = env.run(args);
        assert_eq!(out.status, 0, "{args:?}: {out}");
        assert!(
            out.stderr.starts_with("order.csv: reading as csv\n"),
            "{args:?}: {out}"
        );
    }
    let out = env.run(&["import", "order.csv", "--dry-run"]);
    assert!(!out.stderr.contains("reading as"), "{out}");
}

/// A ledger whose schema version is newer than this abmctl knows is refused (exit 1) with a
/// message to upgrade, and left untouched.
#[test]
fn newer_ledger_is_refused() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    {
        let conn = rusqlite::Connection::open(env.ledger_path()).expect("open the ledger");
        conn.pragma_update(None, "user_version", 99)
            .expect("set user_version");
    }
    let before = env.dump();
    let out = env.run(&["supplier", "list"]);
    // The schema version this abmctl knows grows with every migration: not part of the test.
    let known = "this abmctl knows ";
    let out = match out.stderr.find(known) {
        Some(at) => {
            let digits: String = out.stderr[at + known.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            let known_n = format!("{known}{digits}");
            out.replace(&known_n, &format!("{known}[N]"))
        }
        None => out,
    };
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: cannot open the ledger [TEMP]/ledger.sqlite3
          caused by: this ledger was written by a newer abmctl (schema version 99, this abmctl knows [N])
        hint: upgrade abmctl to open it; this version will not touch it
        [exit status: 1]
        ");
    let out = env.run(&["supplier", "link", "--customer-number", "777"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("newer abmctl"), "{out}");
    assert_eq!(env.dump(), before);
}

/// A file that is not a SQLite database is refused (exit 1) naming it, and not overwritten.
#[test]
fn corrupt_ledger_is_refused() {
    let env = TestEnv::new();
    let junk = "this is not a database, it is a shopping list\n".repeat(100);
    env.write("ledger.sqlite3", &junk);
    let out = env.run(&["org", "show"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr
            .starts_with("abmctl: error: cannot open the ledger [TEMP]/ledger.sqlite3"),
        "{out}"
    );
    assert_eq!(
        std::fs::read_to_string(env.ledger_path()).unwrap_or_default(),
        junk
    );
}

/// With `NO_COLOR` unset, `--color always` colours the error prefix; `--color never` and the
/// default (stderr is not a terminal) do not; `--color always` wins over `NO_COLOR`.
#[test]
fn color_always_colours_the_error_prefix() {
    let env = TestEnv::new();
    let out = env
        .cmd(&["--color", "always", "mdm", "show", "Nope"])
        .env_remove("NO_COLOR")
        .output();
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr
            .starts_with("\x1b[1;31mabmctl: error:\x1b[0m no device management service"),
        "{:?}",
        out.stderr
    );
    for args in [
        &["--color", "never", "mdm", "show", "Nope"][..],
        &["mdm", "show", "Nope"][..],
    ] {
        let out = env.cmd(args).env_remove("NO_COLOR").output();
        assert!(
            out.stderr.starts_with("abmctl: error: no device"),
            "{args:?}: {:?}",
            out.stderr
        );
    }
    let out = env.run(&["--color", "always", "mdm", "show", "Nope"]);
    assert!(out.stderr.starts_with("\x1b[1;31m"), "{:?}", out.stderr);
}

/// A bad `--color` value is a usage error.
#[test]
fn bad_color_value() {
    let env = TestEnv::new();
    let out = env.run(&["--color", "sometimes", "org", "show"]);
    assert_eq!(out.status, 2, "{out}");
}

/// No colour escapes reach stdout data, even with colour forced on (`--color always`, or
/// `CLICOLOR_FORCE` under `auto`): the same run colours its warning on stderr, so colour was
/// really on, while the JSON and CSV on stdout have no escape and parse.
#[test]
fn color_never_reaches_json() {
    let env = TestEnv::new();
    let out = env
        .cmd(&["--color", "always", "org", "show", "-o", "json"])
        .env_remove("NO_COLOR")
        .output();
    assert!(!out.stdout.contains('\x1b'), "{out}");
    let _: Org = out.json();

    // An order with a column abmctl ignores: a warning on stderr, the result on stdout.
    env.write(
        "order.csv",
        format!(
            "{ORDER_HEADER},notes\n{},hello\n",
            Dev::apple(serial(1), "iPad").line()
        ),
    );
    let warning = "\x1b[1;33mwarning:\x1b[0m order.csv: column `notes` ignored";
    for by_flag in [true, false] {
        for format in ["json", "csv"] {
            let mut args = if by_flag {
                vec!["--color", "always"]
            } else {
                vec![]
            };
            args.extend(["import", "order.csv", "--dry-run", "-o", format]);
            let mut run = env.cmd(&args).env_remove("NO_COLOR");
            if !by_flag {
                run = run.env("CLICOLOR_FORCE", "1");
            }
            let out = run.output();
            assert_eq!(out.status, 0, "{args:?} (by flag: {by_flag}): {out}");
            assert!(
                out.stderr.starts_with(warning),
                "{args:?} (by flag: {by_flag}): colour was not on: {:?}",
                out.stderr
            );
            assert!(
                !out.stdout.contains('\x1b'),
                "{args:?} (by flag: {by_flag}): {out}"
            );
            let (requested, changed) = if format == "json" {
                let result: ResultDoc = out.json();
                (result.requested, result.changed)
            } else {
                let (header, rows) = out.csv();
                assert_eq!(header[3..5], ["requested", "changed"], "{out}");
                (rows[0][3].parse().unwrap(), rows[0][4].parse().unwrap())
            };
            assert_eq!(
                (requested, changed),
                (1, 1),
                "{args:?} (by flag: {by_flag}): {out}"
            );
        }
    }
}

/// `--help` is data (stdout, exit 0) and shows the exit codes; `--version` prints the
/// version; no subcommand is a usage error.
#[test]
fn help_version_and_no_subcommand() {
    let env = TestEnv::empty();
    let out = env.run(&["--help"]);
    assert_eq!(out.status, 0, "{out}");
    assert!(out.stdout.contains("Exit codes:"), "{out}");
    assert_eq!(out.stderr, "");
    let out = env.run(&["--version"]);
    assert_eq!(
        (out.status, out.stdout.as_str()),
        (0, concat!("abmctl ", env!("CARGO_PKG_VERSION"), "\n"))
    );
    let out = env.run::<&str>(&[]);
    assert_eq!(out.status, 2, "{out}");
    let out = env.run(&["frobnicate"]);
    assert_eq!(out.status, 2, "{out}");
    assert!(!env.ledger_path().exists());
}

/// An invalid hidden clock is refused rather than ignored.
#[test]
fn bad_abmctl_now_is_refused() {
    let env = TestEnv::new();
    let out = env
        .cmd(&["org", "show"])
        .env("ABMCTL_NOW", "tomorrow")
        .output();
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("ABMCTL_NOW"), "{out}");
}

/// A mutating command's result as CSV: one header row and one row.
#[test]
fn result_as_csv() {
    let env = TestEnv::new();
    let out = env.run(&[
        "supplier",
        "link",
        "--customer-number",
        "12345",
        "-o",
        "csv",
    ]);
    insta::assert_snapshot!(out, @r"
        activityId,action,dryRun,requested,changed,unchanged,queued,failed,skipped,problems
        1,supplier.link,false,0,0,0,0,0,0,
        ----- stderr -----
        [exit status: 0]
        ");
}

/// A mutating command's result as JSONL: one line.
#[test]
fn result_as_jsonl() {
    let env = TestEnv::new();
    let out = env.run(&[
        "supplier",
        "link",
        "--customer-number",
        "12345",
        "-o",
        "jsonl",
    ]);
    assert_eq!(out.stdout.lines().count(), 1, "{out}");
    let results: Vec<ResultDoc> = out.jsonl();
    assert_eq!(results[0], ok_result("supplier.link", 1, 0, 0));
}

/// A mutating command that fails before its transaction (an undetectable file, no service
/// linked yet) still prints a result document under `-o json`, with the error as its problem,
/// so `jq '.problems[]'` in a script always has something to read; so does a usage error found
/// after parsing (no selector: exit 2).
#[test]
fn early_failures_print_a_result_document_in_json() {
    let env = TestEnv::new();
    env.write("nohdr.csv", "a,b\n1,2\n");
    let out = env.run(&["import", "-o", "json", "nohdr.csv"]);
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    assert_eq!(
        (
            result.action.as_str(),
            result.activity_id,
            result.problems.len()
        ),
        ("import", None, 1)
    );
    assert!(
        result.problems[0]
            .message
            .contains("cannot detect the import format"),
        "{result:?}"
    );
    let out = env.run(&["assign", "-o", "json", "C02T00000001", "--to", "A"]);
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    assert!(
        result.problems[0]
            .message
            .contains("no device management service is linked"),
        "{result:?}"
    );
    let out = env.run(&["assign", "-o", "json", "--to", "A"]);
    assert_eq!(out.status, 2, "{out}");
    let result: ResultDoc = out.json();
    assert!(
        result.problems[0].message.starts_with("say which devices"),
        "{result:?}"
    );
}

/// The JSON documents on stdout, however many there are (a script reading `-o json` wants
/// exactly one).
fn documents(out: &CommandOutput) -> Vec<serde_json::Value> {
    serde_json::Deserializer::from_str(&out.stdout)
        .into_iter::<serde_json::Value>()
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("stdout is not JSON documents ({e}):\n{out}"))
}

/// A mutating command prints exactly one result document under `-o json` whatever happens,
/// with the `dryRun` it was asked for: a dry run that fails before its transaction (an unknown
/// service) says `dryRun: true`; a success prints one; so does a failure with no ledger.
#[test]
fn exactly_one_result_document_with_the_asked_dry_run() {
    let env = TestEnv::new();
    env.ok(&["mdm", "link", "Main"]);
    env.ok(&["device", "add", "MACX000001", "--family", "Mac"]);
    let out = env.run(&[
        "-o",
        "json",
        "assign",
        "--dry-run",
        "--to",
        "Nope",
        "MACX000001",
    ]);
    assert_eq!(out.status, 1, "{out}");
    assert_eq!(documents(&out).len(), 1, "{out}");
    let result: ResultDoc = out.json();
    assert!(result.dry_run, "{out}");
    assert_eq!(
        (result.action.as_str(), result.activity_id),
        ("assign", None)
    );
    assert!(result.problems[0].message.contains("`Nope`"), "{result:?}");
    // The same failure for real says dryRun: false.
    let result: ResultDoc = env.json(&["assign", "--to", "Nope", "MACX000001"]);
    assert!(!result.dry_run, "{result:?}");
    for args in [
        &["assign", "--dry-run", "--to", "Main", "MACX000001"][..],
        &["assign", "--to", "Main", "MACX000001"],
        &["assign", "--to", "Main", "MACX000001"],
    ] {
        let mut full = args.to_vec();
        full.extend(["-o", "json"]);
        let out = env.run(&full);
        assert_eq!(out.status, 0, "{out}");
        assert_eq!(documents(&out).len(), 1, "{args:?}: {out}");
    }
    let out = env.run(&[
        "--ledger",
        "missing.sqlite3",
        "-o",
        "json",
        "unassign",
        "--dry-run",
        "MACX000001",
    ]);
    assert_eq!(out.status, 1, "{out}");
    assert_eq!(documents(&out).len(), 1, "{out}");
    let result: ResultDoc = out.json();
    assert!(result.dry_run, "{out}");
    assert!(
        result.problems[0]
            .message
            .starts_with("no ledger at missing.sqlite3"),
        "{result:?}"
    );
}

/// `release -o json` in a script without `--yes` is refused (exit 2, nothing changed) and
/// still prints its one result document, whose problem names `--yes`.
#[test]
fn release_refused_for_want_of_yes_prints_a_result_document() {
    let env = TestEnv::new();
    env.ok(&["device", "add", "MACX000001", "--family", "Mac"]);
    let before = env.dump();
    let out = env.run(&["release", "MACX000001", "-o", "json"]);
    assert_eq!(out.status, 2, "{out}");
    assert_eq!(documents(&out).len(), 1, "{out}");
    let result: ResultDoc = out.json();
    assert_eq!(
        (result.action.as_str(), result.dry_run, result.changed),
        ("release", false, 0)
    );
    assert!(result.problems[0].message.contains("--yes"), "{result:?}");
    assert!(
        out.stderr
            .starts_with("abmctl: error: this needs confirmation"),
        "{out}"
    );
    assert_eq!(env.dump(), before);
}

/// Every closed set takes any case (SPEC §2): `-o JSON`, `ABMCTL_OUTPUT=Csv`, `--color
/// NEVER`, `import --format CSV`, `activity list --action IMPORT`.
#[test]
fn closed_sets_take_any_case() {
    let env = TestEnv::new();
    env.ok(&["mdm", "link", "Main"]);
    let out = env.run(&["-o", "JSON", "--color", "NEVER", "mdm", "list"]);
    assert_eq!(out.status, 0, "{out}");
    let _: serde_json::Value = out.json();
    let out = env
        .cmd(&["mdm", "list"])
        .env("ABMCTL_OUTPUT", "Csv")
        .output();
    assert!(out.stdout.starts_with("serverName,"), "{out}");
    env.write("o.csv", "serialNumber,productFamily\n");
    assert_eq!(env.run(&["import", "--format", "CSV", "o.csv"]).status, 0);
    let listed: Vec<serde_json::Value> = env.json(&["activity", "list", "--action", "MDM.LINK"]);
    assert_eq!(listed.len(), 1);
}
