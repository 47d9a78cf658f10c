//! `abmctl device add | list | show` (SPEC §1.4, §2): Apple Configurator adds, the list
//! filters and formats, and a closed pipe on stdout (SPEC §3).

use std::io::{BufRead as _, BufReader};
use std::process::Stdio;

use crate::common::*;

/// A ledger with supplier 12345 linked and, imported, four devices of two orders and two
/// families (one per supplier line below), plus one pending reseller device.
fn fleet() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.write(
        "order.csv",
        order_csv(&[
            Dev::apple(serial(1), "iPad"),
            Dev::apple(serial(2), "Mac"),
            Dev::apple(serial(3), "iPad").order("ORD-2"),
            Dev::apple(serial(4), "iPhone").order("ORD-2"),
            Dev::reseller(serial(5), "iPad", "R9"),
        ]),
    );
    env.ok(&["import", "order.csv"]);
    env
}

/// The serials of a `device list` run with extra `args`.
fn listed(env: &TestEnv, args: &[&str]) -> Vec<String> {
    let mut full = vec!["device", "list"];
    full.extend_from_slice(args);
    env.json::<Vec<Device>, _>(&full)
        .into_iter()
        .map(|d| d.serial_number)
        .collect()
}

/// `device add` records an Apple Configurator add: MANUALLY_ADDED, UNASSIGNED, now, with the
/// serial normalised and the family in Apple's spelling.
#[test]
fn device_add_is_manually_added_and_unassigned() {
    let env = TestEnv::new();
    let out = env.run(&[
        "device",
        "add",
        " c02xk1zzjgh5 ",
        "--family",
        "mac",
        "--model",
        "MacBook Air (M2)",
        "--device-color",
        "MIDNIGHT",
    ]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        Added C02XK1ZZJGH5 (Mac) to the organisation.
        [exit status: 0]
        ");
    let device: Device = env.json(&["device", "show", "C02XK1ZZJGH5"]);
    assert_eq!(
        (
            device.serial_number.as_str(),
            device.product_family.as_str(),
            device.device_model.as_deref(),
            device.color.as_deref(),
            device.purchase_source_type.as_str(),
            device.purchase_source_id.as_deref(),
            device.status.as_str(),
            device.added_to_org_date_time.as_str(),
        ),
        (
            "C02XK1ZZJGH5",
            "Mac",
            Some("MacBook Air (M2)"),
            Some("MIDNIGHT"),
            "MANUALLY_ADDED",
            None,
            "UNASSIGNED",
            NOW
        )
    );
}

/// `device add -o json` prints the result document; adding the same serial again is
/// unchanged, exit 0, and records an `unchanged` item.
#[test]
fn device_add_twice_is_unchanged() {
    let env = TestEnv::new();
    let first: ResultDoc = env.json(&["device", "add", "C02XK1ZZJGH5", "--family", "Mac"]);
    assert_eq!(first, ok_result("device.add", 1, 1, 1));
    let out = env.run(&[
        "device",
        "add",
        "c02xk1zzjgh5",
        "--family",
        "Mac",
        "-o",
        "json",
    ]);
    assert_eq!(out.status, 0, "{out}");
    let second: ResultDoc = out.json();
    assert_eq!(
        second,
        ResultDoc {
            changed: 0,
            unchanged: 1,
            ..ok_result("device.add", 2, 1, 0)
        }
    );
    assert_eq!(env.device_count(), 1);
}

/// Apple Watch cannot be added with Apple Configurator: refused (exit 1) with a hint, nothing
/// added.
#[test]
fn device_add_watch_is_refused() {
    let env = TestEnv::new();
    let out = env.run(&["device", "add", "WATCH00001", "--family", "watch"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("Apple Watch"), "{out}");
    assert!(out.stderr.contains("hint:"), "{out}");
    assert!(!env.ledger_path().exists() || env.device_count() == 0);
}

/// A bad `--imei` is refused (exit 1), the problem naming the flag; nothing is added.
#[test]
fn device_add_bad_imei_is_refused_naming_the_flag() {
    let env = TestEnv::new();
    let out = env.run(&[
        "device",
        "add",
        "PHONE00001",
        "--family",
        "iPhone",
        "--imei",
        &imei(1),
        "--imei",
        &bad_imei(2),
        "-o",
        "json",
    ]);
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    assert_eq!(result.activity_id, None);
    assert_eq!(result.problems.len(), 1, "{result:?}");
    assert_eq!(result.problems[0].field.as_deref(), Some("--imei"));
    assert!(
        result.problems[0].message.contains(&bad_imei(2)),
        "{result:?}"
    );
    assert!(!env.ledger_path().exists() || env.device_count() == 0);
    // In table mode the problem names the flag too.
    let out = env.run(&[
        "device",
        "add",
        "PHONE00001",
        "--family",
        "iPhone",
        "--imei",
        &bad_imei(2),
    ]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("--imei"), "{out}");
}

/// An unknown family is a bad flag value (exit 2); a malformed serial is refused (exit 1).
#[test]
fn device_add_bad_family_or_serial_is_refused() {
    let env = TestEnv::new();
    let out = env.run(&["device", "add", "PHONE00001", "--family", "toaster"]);
    assert_eq!(out.status, 2, "{out}");
    assert!(out.stderr.contains("--family"), "{out}");
    let out = env.run(&["device", "add", "ABC", "--family", "Mac"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(!env.ledger_path().exists() || env.device_count() == 0);
}

/// `device show` of a serial that is not in the ledger fails (exit 1) with a hint.
#[test]
fn device_show_unknown_serial() {
    let env = fleet();
    let out = env.run(&["device", "show", "nope0000"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: no device with serial number `NOPE0000` is in the ledger
        hint: import its order, or add it with `abmctl device add` (Apple Configurator)
        [exit status: 1]
        ");
}

/// `device show` finds a pending device (it exists, it is just not in the fleet).
#[test]
fn device_show_pending_device() {
    let env = fleet();
    let device: Device = env.json(&["device", "show", &serial(5)]);
    assert_eq!(device.status, "PENDING");
}

/// `device show` as a table: one row per attribute.
#[test]
fn device_show_table() {
    let env = fleet();
    let out = env.run(&["device", "show", &serial(4)]);
    insta::assert_snapshot!(out, @r"
        serialNumber             C02T00000004
        productFamily            iPhone
        deviceModel
        productType
        deviceCapacity
        color
        partNumber
        orderNumber              ORD-2
        orderDateTime            2026-09-20T08:30:00Z
        purchaseSourceType       APPLE
        purchaseSourceId         12345
        imei
        meid
        eid
        wifiMacAddress
        bluetoothMacAddress
        ethernetMacAddress
        status                   UNASSIGNED
        assignedServer
        addedToOrgDateTime       2026-11-27T12:00:00Z
        releasedFromOrgDateTime
        enrollmentStatus         NOT_ENROLLED
        enrollmentMethod
        enrolledUser
        personal                 false
        pendingSync              false
        syncError
        ----- stderr -----
        [exit status: 0]
        ");
}

/// Without filters `device list` shows every device but the pending ones, in arrival order.
#[test]
fn device_list_hides_pending() {
    let env = fleet();
    assert_eq!(
        listed(&env, &[]),
        [serial(1), serial(2), serial(3), serial(4)]
    );
    assert_eq!(listed(&env, &["--status", "pending"]), [serial(5)]);
    assert_eq!(
        listed(&env, &["--status", "Unassigned", "--status", "PENDING"]),
        [serial(1), serial(2), serial(3), serial(4), serial(5)]
    );
}

/// Each filter narrows the list; filters combine with AND, repeated values with OR.
#[test]
fn device_list_filters() {
    let env = fleet();
    assert_eq!(listed(&env, &["--family", "IPAD"]), [serial(1), serial(3)]);
    assert_eq!(
        listed(&env, &["--family", "ipad", "--family", "mac"]),
        [serial(1), serial(2), serial(3)]
    );
    assert_eq!(listed(&env, &["--order", "ORD-2"]), [serial(3), serial(4)]);
    assert_eq!(
        listed(&env, &["--order", "ORD-2", "--family", "iPad"]),
        [serial(3)]
    );
    assert_eq!(
        listed(&env, &["--supplier", "12345"]),
        [serial(1), serial(2), serial(3), serial(4)]
    );
    assert_eq!(
        listed(&env, &["--supplier", "r9", "--status", "pending"]),
        [serial(5)]
    );
    assert_eq!(
        listed(
            &env,
            &[
                "--serial",
                &serial(4).to_lowercase(),
                "--serial",
                &serial(2)
            ]
        ),
        [serial(2), serial(4)]
    );
    assert_eq!(listed(&env, &["--limit", "2"]), [serial(1), serial(2)]);
    assert_eq!(
        listed(&env, &["--enrolled", "no"]),
        [serial(1), serial(2), serial(3), serial(4)]
    );
    assert_eq!(listed(&env, &["--enrolled", "yes"]), Vec::<String>::new());
}

/// `--supplier` takes a Customer Number with its leading zeros too, as `supplier unlink` does
/// (Customer Numbers are stored without them).
#[test]
fn device_list_supplier_filter_accepts_leading_zeros() {
    let env = fleet();
    assert_eq!(
        listed(&env, &["--supplier", "0012345"]),
        [serial(1), serial(2), serial(3), serial(4)]
    );
}

/// `--added-since` keeps devices added at or after a date (RFC 3339 or YYYY-MM-DD).
#[test]
fn device_list_added_since() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.write("a.csv", order_csv(&ipads(1, 2, "ORD-1")));
    env.write("b.csv", order_csv(&ipads(3, 1, "ORD-2")));
    let out = env
        .cmd(&["import", "a.csv"])
        .at("2026-11-01T09:00:00Z")
        .output();
    assert_eq!(out.status, 0, "{out}");
    let out = env
        .cmd(&["import", "b.csv"])
        .at("2026-11-20T09:00:00Z")
        .output();
    assert_eq!(out.status, 0, "{out}");
    assert_eq!(listed(&env, &["--added-since", "2026-11-20"]), [serial(3)]);
    assert_eq!(
        listed(&env, &["--added-since", "2026-11-20T09:00:00Z"]),
        [serial(3)]
    );
    assert_eq!(
        listed(&env, &["--added-since", "2026-11-20T10:00:00+01:00"]),
        [serial(3)]
    );
    assert_eq!(
        listed(&env, &["--added-since", "2026-11-01"]),
        [serial(1), serial(2), serial(3)]
    );
    assert_eq!(
        listed(&env, &["--added-since", "2026-12-01"]),
        Vec::<String>::new()
    );
    let out = env.run(&["device", "list", "--added-since", "soon"]);
    assert_ne!(out.status, 0, "{out}");
    assert!(out.stderr.contains("--added-since"), "{out}");
}

/// A bad filter value is a usage error (exit 2).
#[test]
fn device_list_bad_filter_values() {
    let env = fleet();
    for args in [
        ["--status", "lost"],
        ["--family", "toaster"],
        ["--enrolled", "maybe"],
        ["--limit", "many"],
    ] {
        let mut full = vec!["device", "list"];
        full.extend_from_slice(&args);
        let out = env.run(&full);
        assert_eq!(out.status, 2, "{full:?}: {out}");
    }
}

/// `-o csv`: the header is the device object's JSON keys, in order; lists are `;`-joined, so
/// the file can be imported again; one row per device.
#[test]
fn device_list_csv_header_is_the_json_keys() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    let mut phone = Dev::apple(serial(1), "iPhone").model("iPhone 17, \"Pro\"");
    phone.imei = format!("{};{}", imei(1), imei(2));
    env.write(
        "order.csv",
        order_csv(&[phone, Dev::apple(serial(2), "Mac")]),
    );
    env.ok(&["import", "order.csv"]);

    let out = env.run(&["device", "list", "-o", "csv"]);
    assert_eq!(out.status, 0, "{out}");
    let (header, rows) = out.csv();
    assert_eq!(header, DEVICE_KEYS);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0][0], serial(1));
    assert_eq!(rows[0][2], "iPhone 17, \"Pro\"");
    assert_eq!(rows[0][11], format!("{};{}", imei(1), imei(2)));
    // The JSON object has exactly those keys.
    let objects: Vec<serde_json::Map<String, serde_json::Value>> = env.json(&["device", "list"]);
    let mut keys: Vec<&str> = objects[0].keys().map(String::as_str).collect();
    let mut want = DEVICE_KEYS.to_vec();
    keys.sort_unstable();
    want.sort_unstable();
    assert_eq!(keys, want);

    // What `device list -o csv` prints imports again, unchanged.
    env.write("again.csv", &out.stdout);
    let result: ResultDoc = env.json(&["import", "again.csv"]);
    assert_eq!((result.changed, result.unchanged), (0, 2), "{result:?}");
}

/// `-o jsonl`: one device object per line; `-o json`: one array; an empty list is `[]` in
/// json, nothing in jsonl, and a header alone in csv, all exit 0.
#[test]
fn device_list_json_and_jsonl() {
    let env = fleet();
    let out = env.run(&["device", "list", "-o", "jsonl"]);
    assert_eq!(out.status, 0, "{out}");
    assert_eq!(out.stdout.lines().count(), 4, "{out}");
    let lines: Vec<Device> = out.jsonl();
    let array: Vec<Device> = env.json(&["device", "list"]);
    assert_eq!(lines, array);

    let out = env.run(&["device", "list", "--enrolled", "yes", "-o", "jsonl"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        No devices match.
        [exit status: 0]
        ");
    let out = env.run(&["device", "list", "--enrolled", "yes", "-o", "json"]);
    insta::assert_snapshot!(out, @r"
        []
        ----- stderr -----
        No devices match.
        [exit status: 0]
        ");
    let out = env.run(&["device", "list", "--enrolled", "yes", "-o", "csv"]);
    assert_eq!(out.status, 0, "{out}");
    assert_eq!(out.stdout, format!("{}\n", DEVICE_KEYS.join(",")));
}

/// The table shows the chosen columns (serial, family, model, status, service, enrollment)
/// and nothing else; `-o wide` has the rest.
#[test]
fn device_list_table() {
    let env = fleet();
    let out = env.run(&["device", "list", "--order", "ORD-2"]);
    insta::assert_snapshot!(out, @r"
        SERIAL        FAMILY  MODEL  STATUS      SERVICE  ENROLLMENT
        C02T00000003  iPad           UNASSIGNED           NOT_ENROLLED
        C02T00000004  iPhone         UNASSIGNED           NOT_ENROLLED
        ----- stderr -----
        [exit status: 0]
        ");
}

/// A ledger of 5000 devices, for the closed-pipe tests: large enough that the output
/// overflows a pipe buffer whatever the format.
fn large_fleet() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.write("big.csv", order_csv(&ipads(1, 5000, "BIG")));
    env.ok(&["import", "big.csv"]);
    env
}

/// Runs `device list -o FORMAT`, reads one line and closes the pipe: abmctl must end quietly
/// with 0 (SPEC §3, `abmctl device list | head -1`).
fn assert_closed_pipe_is_quiet(env: &TestEnv, format: &str) {
    let mut child = env
        .command(&["device", "list", "-o", format])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot run abmctl");
    let mut stdout = BufReader::new(child.stdout.take().expect("piped"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("cannot read stdout");
    assert!(!first.is_empty(), "nothing on stdout");
    drop(stdout);
    let out = child.wait_with_output().expect("cannot wait for abmctl");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        (out.status.code(), stderr.as_ref()),
        (Some(0), ""),
        "-o {format}: a closed pipe is not quiet"
    );
}

/// `device list | head -1` in a table.
#[test]
fn closed_pipe_table() {
    assert_closed_pipe_is_quiet(&large_fleet(), "table");
}

/// `device list -o csv | head -1`.
#[test]
fn closed_pipe_csv() {
    assert_closed_pipe_is_quiet(&large_fleet(), "csv");
}

/// `device list -o json | head -1`.
#[test]
fn closed_pipe_json() {
    assert_closed_pipe_is_quiet(&large_fleet(), "json");
}

/// `device list -o jsonl | head -1`.
#[test]
fn closed_pipe_jsonl() {
    assert_closed_pipe_is_quiet(&large_fleet(), "jsonl");
}

/// Adding a device that is already in the organisation under another family is refused, not
/// passed off as "nothing to do".
#[test]
fn device_add_with_another_family_is_refused() {
    let env = TestEnv::new();
    env.ok(&["device", "add", "C02XK1ZZJGH5", "--family", "Mac"]);
    let out = env.run(&["device", "add", "C02XK1ZZJGH5", "--family", "iPad"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr.contains("with product family Mac, not iPad"),
        "{out}"
    );
}

/// `device add` reports every problem at once, as every other command does: a bad serial,
/// the Apple Watch (with its hint) and a bad IMEI, each naming its flag; nothing is added.
#[test]
fn device_add_reports_every_problem() {
    let env = TestEnv::new();
    let out = env
        .cmd(&[
            "-o", "json", "device", "add", "AB-12", "--family", "Watch", "--imei", "123",
        ])
        .output();
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    let fields: Vec<Option<String>> = result.problems.iter().map(|p| p.field.clone()).collect();
    assert_eq!(
        fields,
        [
            Some("SERIAL".into()),
            Some("--family".into()),
            Some("--imei".into())
        ]
    );
    assert!(
        out.stderr
            .contains("hint: Apple Watch arrives only in orders"),
        "{out}"
    );
    assert!(!env.ledger_path().exists() || env.device_count() == 0);
}
