//! Tables for people (SPEC §3, issue #7 item 6): `-o table` shows a few columns per command
//! and fits 80 columns for typical data, cutting long cells with `…` (never wrapping a row);
//! `-o wide` shows every column, cutting nothing; neither changes what json/jsonl/csv print.

use crate::common::*;

/// A fleet as an admin has one: the demo's order (realistic models and serials), two
/// suppliers, two services with enrollment URLs, a default, an assignment, and one device
/// whose model name is longer than any column could hold.
fn fleet() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&[
        "supplier",
        "link",
        "--customer-number",
        "0000100001",
        "--name",
        "Apple direct",
    ]);
    env.ok(&[
        "supplier",
        "link",
        "--reseller-number",
        "R2000",
        "--name",
        "Campus Reseller",
    ]);
    env.ok(&[
        "mdm",
        "link",
        "Main MDM",
        "--enrollment-url",
        "https://mdm.example.com/enroll",
    ]);
    env.ok(&[
        "mdm",
        "link",
        "Lab MDM",
        "--enrollment-url",
        "https://lab-mdm.example.com/mdm/enroll?profile=lab",
    ]);
    env.ok(&["mdm", "default", "set", "iPhone", "Main MDM"]);
    env.write(
        "order.csv",
        include_str!("../../src/commands/demo_order.csv"),
    );
    env.ok(&["import", "order.csv"]);
    env.ok(&["assign", "--order", "2026004202", "--to", "Lab MDM"]);
    env.ok(&[
        "device",
        "add",
        LONG_SERIAL,
        "--family",
        "iPad",
        "--model",
        LONG_MODEL,
    ]);
    // Two organisations under --org, for `org list`.
    env.ok(&["--org", "acme", "init", "--name", "Acme Corporation"]);
    env.ok(&["--org", "beta", "init", "--name", "Beta Ltd"]);
    env
}

const LONG_SERIAL: &str = "DMPXK2LLQ1GC";
const LONG_MODEL: &str = "iPad Pro 13-inch (M4) Wi-Fi + Cellular, Nano-texture glass, 2TB";

/// Every list command, with the headings of the columns its table shows.
const LISTS: &[(&[&str], &str)] = &[
    (
        &["device", "list"],
        "SERIAL FAMILY MODEL STATUS SERVICE ENROLLMENT",
    ),
    (
        &["report", "unassigned"],
        "SERIAL FAMILY MODEL STATUS SERVICE ENROLLMENT",
    ),
    (
        &["mdm", "list"],
        "SERVICE DEVICES TOKEN EXPIRES DAYS LEFT ENROLLMENT URL",
    ),
    (
        &["report", "tokens", "--within", "400"],
        "SERVICE DEVICES TOKEN EXPIRES DAYS LEFT ENROLLMENT URL",
    ),
    (&["mdm", "default", "list"], "FAMILY API FAMILY SERVICE"),
    (
        &["activity", "list"],
        "ID CREATED ACTION ACTOR CHANGED FAILED SKIPPED",
    ),
    (
        &["report", "orders"],
        "ORDER SUPPLIER ORDER DATE DEVICES UNASSIGNED ASSIGNED %",
    ),
    (
        &["report", "suppliers"],
        "SUPPLIER NAME LINKED DEVICES UNASSIGNED PENDING ASSIGNED %",
    ),
    (&["report", "summary"], "STATUS FAMILY SERVICE DEVICES"),
    (&["supplier", "list"], "ID KIND CARRIER NAME DEVICES"),
    (
        &["org", "list"],
        "ORG NAME ORGANIZATION ID DEVICES DAYS LEFT",
    ),
];

/// `args` run in a terminal of `columns` columns (`COLUMNS`); fails unless it exits 0.
fn at_width(env: &TestEnv, args: &[&str], columns: &str) -> String {
    let out = env.cmd(args).env("COLUMNS", columns).output();
    assert_eq!(out.status, 0, "{args:?}: {out}");
    out.stdout
}

/// The lines of `text` wider than `width` characters.
fn too_wide(text: &str, width: usize) -> Vec<&str> {
    text.lines().filter(|l| l.chars().count() > width).collect()
}

/// At 80 columns every list command's table fits, shows its chosen columns, and keeps one
/// line per record (as many lines as `-o jsonl` has records, plus the heading).
#[test]
fn every_list_fits_80_columns() {
    let env = fleet();
    for (args, headings) in LISTS {
        let table = at_width(&env, args, "80");
        assert_eq!(
            too_wide(&table, 80),
            Vec::<&str>::new(),
            "{args:?}:\n{table}"
        );
        let first = table.lines().next().unwrap_or_default();
        assert_eq!(
            first.split_whitespace().collect::<Vec<_>>().join(" "),
            *headings,
            "{args:?}"
        );
        let mut jsonl = args.to_vec();
        jsonl.extend(["-o", "jsonl"]);
        let records = env.ok(&jsonl).stdout.lines().count();
        assert!(records > 0, "{args:?} lists nothing");
        assert_eq!(table.lines().count(), records + 1, "{args:?}:\n{table}");
    }
}

/// The `show` commands and `activity show` fit 80 columns too: long values are cut.
#[test]
fn show_commands_fit_80_columns() {
    let env = fleet();
    let import = env
        .json::<Vec<Activity>, _>(&["activity", "list", "--action", "import"])
        .first()
        .map(|a| a.id.to_string())
        .expect("an import activity");
    for args in [
        &["device", "show", LONG_SERIAL][..],
        &["device", "show", "F2KZ3N4G5HD3"],
        &["mdm", "show", "Lab MDM"],
        &["org", "show"],
        &["activity", "show", &import],
    ] {
        let table = at_width(&env, args, "80");
        assert!(!table.is_empty(), "{args:?}");
        assert_eq!(
            too_wide(&table, 80),
            Vec::<&str>::new(),
            "{args:?}:\n{table}"
        );
    }
    let show = at_width(&env, &["device", "show", LONG_SERIAL], "80");
    let model = show
        .lines()
        .find(|l| l.starts_with("deviceModel"))
        .unwrap_or_default();
    assert!(model.ends_with('…'), "{show}");
}

/// A cell too long for the width is cut with `…` on its own line, not wrapped; the other
/// rows keep their values whole; a wider terminal shows more of it.
#[test]
fn long_cells_are_cut_not_wrapped() {
    let env = fleet();
    let table = at_width(&env, &["device", "list"], "80");
    let row = table
        .lines()
        .find(|l| l.starts_with(LONG_SERIAL))
        .unwrap_or_default();
    assert!(row.contains("iPad Pro 13-inch"), "{table}");
    assert!(row.contains('…'), "{table}");
    let words: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(
        words[words.len() - 2..],
        ["UNASSIGNED", "NOT_ENROLLED"],
        "{row}"
    );
    assert!(
        table.contains("iPad Air 11-inch (M3)  UNASSIGNED"),
        "{table}"
    );
    assert!(!table.contains(LONG_MODEL), "{table}");
    let wider = at_width(&env, &["device", "list"], "200");
    assert!(wider.contains(LONG_MODEL), "{wider}");
    assert!(!wider.contains('…'), "{wider}");
}

/// Without `COLUMNS` and with stdout a pipe (as here), there is no width to fit: nothing is
/// cut, so `abmctl device list > fleet.txt` keeps every value whole.
#[test]
fn no_width_cuts_nothing() {
    let env = fleet();
    let out = env.cmd(&["device", "list"]).env_remove("COLUMNS").output();
    assert_eq!(out.status, 0, "{out}");
    assert!(out.stdout.contains(LONG_MODEL), "{out}");
    assert!(!out.stdout.contains('…'), "{out}");
}

/// `-o wide` is a table of every column — each record's CSV values, in order, whole — at
/// any width; the columns are the same at 80 columns as at 300 (a terminal never changes
/// them).
#[test]
fn wide_shows_every_column() {
    let env = fleet();
    for (args, _) in LISTS {
        let mut wide = args.to_vec();
        wide.extend(["-o", "wide"]);
        let table = at_width(&env, &wide, "80");
        assert_eq!(table, at_width(&env, &wide, "300"), "{args:?}");
        let mut csv = args.to_vec();
        csv.extend(["-o", "csv"]);
        let csv = env.ok(&csv).stdout;
        let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
        let keys = reader.headers().expect("a CSV header").len();
        let lines: Vec<&str> = table.lines().skip(1).collect();
        let records: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        assert_eq!(lines.len(), records.len(), "{args:?}:\n{table}");
        for (line, record) in lines.iter().zip(&records) {
            assert_eq!(record.len(), keys);
            let mut rest = *line;
            for value in record.iter().filter(|v| !v.is_empty()) {
                let at = rest
                    .find(value)
                    .unwrap_or_else(|| panic!("{args:?}: {value} missing in `{line}`"));
                rest = &rest[at + value.len()..];
            }
        }
    }
    let wide = at_width(&env, &["device", "list", "-o", "wide"], "80");
    let heading = wide.lines().next().unwrap_or_default();
    for label in [
        "SERIAL",
        "PRODUCT TYPE",
        "ORDER DATE",
        "IMEI",
        "ADDED TO ORG",
        "PENDING SYNC",
    ] {
        assert!(heading.contains(label), "{heading}");
    }
    assert!(wide.contains(LONG_MODEL), "{wide}");
}

/// json and csv are data: the same whatever the width, every field (the table's columns are
/// a view of them, not a change).
#[test]
fn machine_formats_ignore_the_width() {
    let env = fleet();
    for format in ["json", "jsonl", "csv"] {
        let args = ["device", "list", "-o", format];
        assert_eq!(at_width(&env, &args, "40"), at_width(&env, &args, "300"));
    }
    let devices: Vec<Device> = env.json(&["device", "list"]);
    assert!(
        devices
            .iter()
            .any(|d| d.device_model.as_deref() == Some(LONG_MODEL))
    );
}
