//! `abmctl import FILE|-` (SPEC §1.4, §2, §4): the three formats, validation with every problem
//! named by file, line and field, all-or-nothing, `--skip-invalid`, `--dry-run`, idempotent
//! re-import and updates. Both write paths are exercised: the first import into a ledger
//! without devices takes the bulk path, later imports the incremental one.

use crate::common::*;

/// The tricky-but-valid order: a UTF-8 BOM, CRLF line ends, a lower-case serial with spaces
/// around it, a quoted model with a comma and a quote, two `;`-separated IMEIs, an EID, a
/// date-only order date, a Customer Number with leading zeros, and the family spellings
/// `IPHONE`, `apple-tv` and `Vision Pro`.
fn tricky_order() -> Vec<u8> {
    let rows = [
        "serialNumber,productFamily,deviceModel,productType,orderNumber,orderDateTime,\
         purchaseSourceType,purchaseSourceId,imei,eid"
            .to_string(),
        format!(
            " c02xk1zzjgh5 ,IPHONE,\"iPhone 17 Pro, \"\"Cosmic\"\" edition\",\"iPhone18,1\",\
             ORD-1,2026-09-20,apple,00012345,{};{},{}",
            imei(1),
            imei(2),
            eid(1)
        ),
        "ATV0000001,apple-tv,Apple TV 4K,,ORD-1,2026-09-20T08:30:00Z,APPLE,12345,,".to_string(),
        "VIS0000001,Vision Pro,Apple Vision Pro,,ORD-2,2026-10-02T14:00:00+02:00,APPLE,12345,,"
            .to_string(),
    ];
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    for row in rows {
        bytes.extend_from_slice(row.as_bytes());
        bytes.extend_from_slice(b"\r\n");
    }
    bytes
}

/// The first device of [`tricky_order`], as the ledger should hold it.
fn tricky_iphone() -> Device {
    Device {
        serial_number: "C02XK1ZZJGH5".to_string(),
        product_family: "iPhone".to_string(),
        device_model: Some("iPhone 17 Pro, \"Cosmic\" edition".to_string()),
        product_type: Some("iPhone18,1".to_string()),
        device_capacity: None,
        color: None,
        part_number: None,
        order_number: Some("ORD-1".to_string()),
        order_date_time: Some("2026-09-20T00:00:00Z".to_string()),
        purchase_source_type: "APPLE".to_string(),
        purchase_source_id: Some("12345".to_string()),
        imei: vec![imei(1), imei(2)],
        meid: vec![],
        eid: Some(eid(1)),
        wifi_mac_address: None,
        bluetooth_mac_address: None,
        ethernet_mac_address: vec![],
        status: "UNASSIGNED".to_string(),
        assigned_server: None,
        added_to_org_date_time: NOW.to_string(),
        released_from_org_date_time: None,
        enrollment_status: "NOT_ENROLLED".to_string(),
        enrollment_method: None,
        enrolled_user: None,
        personal: false,
        pending_sync: false,
        sync_error: None,
    }
}

/// A ledger with supplier 12345 linked and the tricky order imported.
fn imported() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.write("order.csv", tricky_order());
    env.ok(&["import", "order.csv"]);
    env
}

/// The tricky order imports whole: three devices, normalised (serial, families, dates,
/// Customer Number), each field where it belongs.
#[test]
fn tricky_valid_csv_imports() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.write("order.csv", tricky_order());
    let result: ResultDoc = env.json(&["import", "order.csv"]);
    assert_eq!(result, ok_result("import", 2, 3, 3));

    let devices: Vec<Device> = env.json(&["device", "list"]);
    assert_eq!(devices.len(), 3, "{devices:?}");
    assert_eq!(devices[0], tricky_iphone());
    let summary: Vec<(&str, &str, Option<&str>)> = devices
        .iter()
        .map(|d| {
            (
                d.serial_number.as_str(),
                d.product_family.as_str(),
                d.order_date_time.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("C02XK1ZZJGH5", "iPhone", Some("2026-09-20T00:00:00Z")),
            ("ATV0000001", "AppleTV", Some("2026-09-20T08:30:00Z")),
            ("VIS0000001", "Vision", Some("2026-10-02T12:00:00Z")),
        ]
    );
    // `device show` takes the serial in any case and prints the same object.
    let shown: Device = env.json(&["device", "show", "c02xk1zzjgh5"]);
    assert_eq!(shown, tricky_iphone());
}

/// In table mode the result is one sentence on stderr and stdout stays empty.
#[test]
fn import_table_mode_prints_a_sentence_on_stderr() {
    let env = TestEnv::new();
    env.write(
        "order.csv",
        order_csv(&[
            Dev::apple(serial(1), "Mac"),
            Dev::reseller(serial(2), "iPad", "R1"),
        ]),
    );
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    let out = env.run(&["import", "order.csv"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        Added 2 devices (1 pending: supplier not linked).
        [exit status: 0]
        ");
    let out = env.run(&["import", "order.csv"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        2 unchanged.
        [exit status: 0]
        ");
}

/// Importing the same file again changes nothing: changed 0, unchanged 3, the same device
/// rows, and one new activity whose items are all `unchanged`.
#[test]
fn reimport_is_idempotent() {
    let env = imported();
    let devices_before = env.sql("SELECT * FROM devices ORDER BY id");
    let activities_before = env.activity_count();
    let result: ResultDoc = env.json(&["import", "order.csv"]);
    let id = result.activity_id.expect("an activity");
    assert_eq!(
        result,
        ResultDoc {
            changed: 0,
            unchanged: 3,
            ..ok_result("import", id, 3, 0)
        }
    );
    assert_eq!(env.sql("SELECT * FROM devices ORDER BY id"), devices_before);
    assert_eq!(env.activity_count(), activities_before + 1);
    let activity: ActivityDetail = env.json(&["activity", "show", &id.to_string()]);
    let outcomes: Vec<&str> = activity.items.iter().map(|i| i.outcome.as_str()).collect();
    assert_eq!(outcomes, ["unchanged"; 3]);
}

/// Releasing is for good (SPEC §2: "released stays released"): importing the very order a
/// released device came in again (same file, same order number) leaves it RELEASED with its
/// release date, counts it unchanged, exits 0 and changes nothing but the new activity.
#[test]
fn released_device_stays_released_on_a_same_order_reimport() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.write("order.csv", order_csv(&ipads(1, 2, "ORD-1")));
    env.ok(&["import", "order.csv"]);
    env.ok(&["release", &serial(1), "--yes"]);
    let released: Device = env.json(&["device", "show", &serial(1)]);
    assert_eq!(
        (
            released.status.as_str(),
            released.released_from_org_date_time.as_deref()
        ),
        ("RELEASED", Some(NOW))
    );
    let before = env.dump();

    let out = env
        .cmd(&["import", "order.csv", "-o", "json"])
        .at("2026-12-01T09:00:00Z")
        .output();
    assert_eq!(out.status, 0, "{out}");
    let result: ResultDoc = out.json();
    let id = result.activity_id.expect("an activity");
    assert_eq!(
        result,
        ResultDoc {
            unchanged: 2,
            ..ok_result("import", id, 2, 0)
        }
    );
    assert_eq!(
        env.json::<Device, _>(&["device", "show", &serial(1)]),
        released
    );
    assert_eq!(env.dump_except_activity(id), before);
    assert_eq!(
        env.item_briefs(Some(id)),
        [
            "C02T00000001 order.csv:2 RELEASED→RELEASED unchanged -: released from the \
             organisation; only a new order or a Configurator add brings it back",
            "C02T00000002 order.csv:3 UNASSIGNED→UNASSIGNED unchanged -: -",
        ]
    );
}

/// A row that changes an existing device's order attributes updates it (changed 1) and the
/// activity item says which fields; the other rows are unchanged.
#[test]
fn changed_order_attributes_update_the_device() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    let devices = [Dev::apple(serial(1), "Mac"), Dev::apple(serial(2), "Mac")];
    env.write("order.csv", order_csv(&devices));
    env.ok(&["import", "order.csv"]);

    let changed = [
        devices[0].clone(),
        devices[1].clone().order("ORD-1B").model("MacBook Air"),
    ];
    env.write("order-v2.csv", order_csv(&changed));
    let result: ResultDoc = env.json(&["import", "order-v2.csv"]);
    let id = result.activity_id.expect("an activity");
    assert_eq!(
        result,
        ResultDoc {
            unchanged: 1,
            ..ok_result("import", id, 2, 1)
        }
    );
    let device: Device = env.json(&["device", "show", &serial(2)]);
    assert_eq!(device.order_number.as_deref(), Some("ORD-1B"));
    assert_eq!(device.device_model.as_deref(), Some("MacBook Air"));

    let activity: ActivityDetail = env.json(&["activity", "show", &id.to_string()]);
    assert_eq!(
        activity.items[1],
        Item {
            serial_number: Some(serial(2)),
            line: Some("order-v2.csv:3".to_string()),
            before: Some("UNASSIGNED".to_string()),
            after: Some("UNASSIGNED".to_string()),
            outcome: "changed".to_string(),
            field: None,
            message: Some("updated deviceModel, orderNumber".to_string()),
        }
    );
    // In table mode the sentence says so.
    env.write(
        "order-v3.csv",
        order_csv(&[changed[0].clone(), changed[1].clone().order("ORD-1C")]),
    );
    let out = env.run(&["import", "order-v3.csv"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        Updated 1 device, 1 unchanged.
        [exit status: 0]
        ");
}

/// A pending device (its reseller not linked) whose order is re-imported from a linked supplier
/// is no longer held: it arrives (UNASSIGNED), and the item says so. Otherwise nothing could
/// ever release it: linking its old reseller no longer matches it.
#[test]
fn pending_device_reimported_from_a_linked_supplier_arrives() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.write(
        "held.csv",
        order_csv(&[Dev::reseller(serial(1), "iPad", "R9")]),
    );
    env.ok(&["import", "held.csv"]);
    assert_eq!(
        env.json::<Device, _>(&["device", "show", &serial(1)])
            .status,
        "PENDING"
    );
    env.write("direct.csv", order_csv(&[Dev::apple(serial(1), "iPad")]));
    let result: ResultDoc = env.json(&["import", "direct.csv"]);
    let id = result.activity_id.expect("an activity");
    let activity: ActivityDetail = env.json(&["activity", "show", &id.to_string()]);
    assert_eq!(activity.items.len(), 1, "{activity:?}");
    assert_eq!(
        (
            activity.items[0].before.as_deref(),
            activity.items[0].after.as_deref()
        ),
        (Some("PENDING"), Some("UNASSIGNED"))
    );
    assert_eq!(
        env.json::<Device, _>(&["device", "show", &serial(1)])
            .status,
        "UNASSIGNED"
    );
}

/// Cells a file leaves empty keep the stored value: a file with fewer columns never erases data.
#[test]
fn empty_cells_keep_stored_values() {
    let env = imported();
    env.write(
        "slim.csv",
        "serialNumber,productFamily,purchaseSourceType,purchaseSourceId\n\
         C02XK1ZZJGH5,iPhone,APPLE,12345\n",
    );
    let result: ResultDoc = env.json(&["import", "slim.csv"]);
    assert_eq!((result.changed, result.unchanged), (0, 1), "{result:?}");
    let device: Device = env.json(&["device", "show", "C02XK1ZZJGH5"]);
    assert_eq!(device, tricky_iphone());
}

/// The order file with one problem of each kind (and two valid rows), `\n` line ends.
///
/// Line 2 valid; 3 bad IMEI check digit; 4 bad EID; 5 serial too short; 6 unknown family;
/// 7 order before the 2011-03-01 cut-off; 8 APPLE without purchaseSourceId; 9 valid;
/// 10 the serial of line 9 again (lower case).
fn invalid_order() -> String {
    let mut rows = vec![
        Dev::apple("GOOD000001", "iPad"),
        Dev::apple("BADIMEI001", "iPhone"),
        Dev::apple("BADEID0001", "iPhone"),
        Dev::apple("SHORT", "iPad"),
        Dev::apple("FAMILY0001", "Toaster"),
        Dev::apple("OLDORDER01", "Mac"),
        Dev::apple("NOSOURCE01", "Mac"),
        Dev::apple("GOOD000002", "Mac"),
        Dev::apple("good000002", "Mac"),
    ];
    rows[1].imei = bad_imei(7);
    rows[2].eid = bad_eid(7);
    rows[5].date = "2010-05-01".to_string();
    rows[6].source_id = String::new();
    order_csv(&rows)
}

/// The problems of [`invalid_order`]: (serial, line, field, a phrase of the message).
fn invalid_order_problems(file: &str) -> Vec<(String, String, String, String)> {
    [
        ("BADIMEI001", 3, "imei", "Luhn"),
        ("BADEID0001", 4, "eid", "mod 97"),
        ("SHORT", 5, "serialNumber", "8-14 characters"),
        ("FAMILY0001", 6, "productFamily", "`Toaster`"),
        ("OLDORDER01", 7, "orderDateTime", "2011-03-01"),
        ("NOSOURCE01", 8, "purchaseSourceId", "missing"),
        ("GOOD000002", 10, "serialNumber", "more than once"),
    ]
    .iter()
    .map(|(s, l, f, m)| {
        (
            s.to_string(),
            format!("{file}:{l}"),
            f.to_string(),
            m.to_string(),
        )
    })
    .collect()
}

/// Checks that `problems` are exactly `want`, in order (message by phrase).
fn assert_problems(problems: &[Problem], want: &[(String, String, String, String)]) {
    let got: Vec<(Option<&str>, Option<&str>, Option<&str>)> = problems
        .iter()
        .map(|p| {
            (
                p.serial_number.as_deref(),
                p.line.as_deref(),
                p.field.as_deref(),
            )
        })
        .collect();
    let expected: Vec<(Option<&str>, Option<&str>, Option<&str>)> = want
        .iter()
        .map(|(s, l, f, _)| (Some(s.as_str()), Some(l.as_str()), Some(f.as_str())))
        .collect();
    assert_eq!(got, expected);
    for (p, (_, _, _, phrase)) in problems.iter().zip(want) {
        assert!(
            p.message.contains(phrase.as_str()),
            "{p:?} lacks {phrase:?}"
        );
    }
}

/// The refusal of [`invalid_order`]: exit 1, every problem listed on stdout with its line and
/// field, an error on stderr, and the ledger exactly as it was.
fn assert_invalid_order_refused(env: &TestEnv) {
    env.write("bad.csv", invalid_order());
    let before = env.dump();
    let out = env.run(&["import", "bad.csv", "-o", "json"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr
            .starts_with("abmctl: error: import refused: 7 problems found; nothing was changed"),
        "{out}"
    );
    let result: ResultDoc = out.json();
    assert_problems(&result.problems, &invalid_order_problems("bad.csv"));
    assert_eq!(
        ResultDoc {
            problems: vec![],
            ..result
        },
        ResultDoc {
            activity_id: None,
            action: "import".to_string(),
            dry_run: false,
            requested: 9,
            changed: 0,
            unchanged: 0,
            queued: 0,
            failed: 7,
            skipped: 0,
            problems: vec![],
        }
    );
    assert_eq!(env.dump(), before, "a refused import changed the ledger");
}

/// All-or-nothing on the bulk path (a ledger without devices).
#[test]
fn invalid_rows_refuse_the_whole_file_on_the_bulk_path() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    assert_eq!(env.device_count(), 0);
    assert_invalid_order_refused(&env);
    assert_eq!(env.device_count(), 0);
    // The ledger still works after the rolled-back bulk path (its indexes are intact).
    env.write("ok.csv", order_csv(&ipads(1, 2, "ORD-1")));
    env.ok(&["import", "ok.csv"]);
    env.ok(&["import", "ok.csv"]);
    assert_eq!(env.device_count(), 2);
    assert_eq!(
        env.sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'devices_serial'"
        ),
        [["1"]]
    );
}

/// All-or-nothing on the incremental path (a ledger that already has devices).
#[test]
fn invalid_rows_refuse_the_whole_file_on_the_incremental_path() {
    let env = imported();
    assert_eq!(env.device_count(), 3);
    assert_invalid_order_refused(&env);
    assert_eq!(env.device_count(), 3);
}

/// In table mode the problems are listed on stderr, one per line, `file:line: field: reason`.
#[test]
fn problems_in_table_mode() {
    let env = TestEnv::new();
    let mut rows = ipads(1, 2, "ORD-1");
    rows[1].imei = format!("{};{}", imei(1), bad_imei(2));
    rows[1].eid = bad_eid(1);
    env.write("bad.csv", order_csv(&rows));
    let out = env.run(&["import", "bad.csv"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        problem: bad.csv:3: imei: `350000000000023` fails the IMEI Luhn check (check digit should be 2)
        problem: bad.csv:3: eid: `89049032000000000000000000000164` fails the EID check (mod 97 is 2, expected 1)
        abmctl: error: import refused: 2 problems found; nothing was changed
        [exit status: 1]
        ");
}

/// Problem lines are file lines: the BOM, CRLF line ends, a quoted cell spanning two lines and
/// a blank line are all counted as a text editor would.
#[test]
fn problem_lines_count_like_an_editor() {
    let env = TestEnv::new();
    env.write(
        "bad.csv",
        "\u{FEFF}serialNumber,productFamily,deviceModel,purchaseSourceType,purchaseSourceId\r\n\
         GOOD000001,Mac,\"two\r\nlines\",APPLE,12345\r\n\
         \r\n\
         BAD1,Mac,x,APPLE,12345\r\n",
    );
    let out = env.run(&["import", "bad.csv", "-o", "json"]);
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    let lines: Vec<Option<&str>> = result.problems.iter().map(|p| p.line.as_deref()).collect();
    assert_eq!(lines, [Some("bad.csv:5")]);
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    assert_eq!(env.run(&["import", "bad.csv", "--skip-invalid"]).status, 3);
    let device: Device = env.json(&["device", "show", "GOOD000001"]);
    assert_eq!(device.device_model.as_deref(), Some("two\r\nlines"));
}

/// `--skip-invalid` on the bulk path imports the valid rows only and exits 3 (partial); the
/// activity records each skipped row with its line and field.
#[test]
fn skip_invalid_on_the_bulk_path() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    assert_skip_invalid(&env, 0);
}

/// `--skip-invalid` on the incremental path.
#[test]
fn skip_invalid_on_the_incremental_path() {
    let env = imported();
    assert_skip_invalid(&env, 3);
}

fn assert_skip_invalid(env: &TestEnv, devices_before: i64) {
    env.write("bad.csv", invalid_order());
    let out = env.run(&["import", "bad.csv", "--skip-invalid", "-o", "json"]);
    assert_eq!(out.status, 3, "{out}");
    let result: ResultDoc = out.json();
    assert_problems(&result.problems, &invalid_order_problems("bad.csv"));
    let id = result
        .activity_id
        .expect("a partial import records an activity");
    assert_eq!(
        (
            result.requested,
            result.changed,
            result.skipped,
            result.failed
        ),
        (9, 2, 7, 0)
    );
    assert_eq!(env.device_count(), devices_before + 2);
    let new: Vec<Device> = env.json(&["device", "list", "--order", "ORD-1"]);
    let serials: Vec<&str> = new
        .iter()
        .map(|d| d.serial_number.as_str())
        .filter(|s| s.starts_with("GOOD"))
        .collect();
    assert_eq!(serials, ["GOOD000001", "GOOD000002"]);

    let activity: ActivityDetail = env.json(&["activity", "show", &id.to_string()]);
    let skipped: Vec<(Option<&str>, Option<&str>)> = activity
        .items
        .iter()
        .filter(|i| i.outcome == "skipped")
        .map(|i| (i.line.as_deref(), i.field.as_deref()))
        .collect();
    assert_eq!(
        skipped,
        [
            (Some("bad.csv:3"), Some("imei")),
            (Some("bad.csv:4"), Some("eid")),
            (Some("bad.csv:5"), Some("serialNumber")),
            (Some("bad.csv:6"), Some("productFamily")),
            (Some("bad.csv:7"), Some("orderDateTime")),
            (Some("bad.csv:8"), Some("purchaseSourceId")),
            (Some("bad.csv:10"), Some("serialNumber")),
        ]
    );
    assert_eq!(activity.skipped, 7);
}

/// A row with several problems reports each of them (and counts as one failed row).
#[test]
fn every_problem_of_a_row_is_reported() {
    let env = TestEnv::new();
    let mut row = Dev::apple("BAD-SERIAL!", "Fridge");
    row.imei = bad_imei(1);
    row.eid = bad_eid(1);
    row.date = "yesterday".to_string();
    env.write("bad.csv", order_csv(&[row]));
    let out = env.run(&["import", "bad.csv", "-o", "json"]);
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    let fields: Vec<Option<&str>> = result.problems.iter().map(|p| p.field.as_deref()).collect();
    assert_eq!(
        fields,
        [
            Some("serialNumber"),
            Some("productFamily"),
            Some("orderDateTime"),
            Some("imei"),
            Some("eid")
        ]
    );
    assert!(
        result
            .problems
            .iter()
            .all(|p| p.line.as_deref() == Some("bad.csv:2"))
    );
    assert_eq!((result.requested, result.failed), (1, 1));
}

/// A serial twice in one file is a problem on the later line, on both paths; a serial that is
/// merely already in the ledger is not.
#[test]
fn duplicate_serials_in_one_file_on_both_paths() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    let first = [
        Dev::apple(serial(1), "Mac"),
        Dev::apple(serial(2), "Mac"),
        Dev::apple(serial(1).to_lowercase(), "Mac"),
    ];
    env.write("first.csv", order_csv(&first));
    let result: ResultDoc = env.run(&["import", "first.csv", "-o", "json"]).json();
    let lines: Vec<Option<&str>> = result.problems.iter().map(|p| p.line.as_deref()).collect();
    assert_eq!(lines, [Some("first.csv:4")]);
    assert_eq!(env.device_count(), 0);

    env.write("ok.csv", order_csv(&first[..2]));
    env.ok(&["import", "ok.csv"]);
    let second = [
        Dev::apple(serial(3), "Mac"),
        Dev::apple(serial(1), "Mac"),
        Dev::apple(serial(3), "Mac"),
    ];
    env.write("second.csv", order_csv(&second));
    let out = env.run(&["import", "second.csv", "-o", "json"]);
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    let problems: Vec<(Option<&str>, Option<&str>, Option<&str>)> = result
        .problems
        .iter()
        .map(|p| {
            (
                p.serial_number.as_deref(),
                p.line.as_deref(),
                p.field.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        problems,
        [(
            Some(serial(3).as_str()),
            Some("second.csv:4"),
            Some("serialNumber")
        )]
    );
    assert_eq!(env.device_count(), 2);
}

/// A first small file takes the bulk path, then a second file with problems is refused on
/// the incremental path without touching the first file's devices; the valid part of it
/// goes in with `--skip-invalid`.
#[test]
fn second_file_with_problems_after_a_first_import() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.write("first.csv", order_csv(&ipads(1, 3, "ORD-1")));
    env.ok(&["import", "first.csv"]);
    let before = env.dump();

    let mut second = ipads(3, 3, "ORD-2");
    second[2].family = "Phone".to_string();
    env.write("second.csv", order_csv(&second));
    let out = env.run(&["import", "second.csv", "-o", "json"]);
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    assert_eq!(result.problems.len(), 1, "{result:?}");
    assert_eq!(result.problems[0].line.as_deref(), Some("second.csv:4"));
    assert_eq!(env.dump(), before);

    let out = env.run(&["import", "second.csv", "--skip-invalid", "-o", "json"]);
    assert_eq!(out.status, 3, "{out}");
    let result: ResultDoc = out.json();
    // serial(3) moved to ORD-2 (updated), serial(4) is new, serial(5) skipped.
    assert_eq!(
        (
            result.requested,
            result.changed,
            result.unchanged,
            result.skipped
        ),
        (3, 2, 0, 1)
    );
    assert_eq!(env.device_count(), 4);
}

/// A CSV row with the wrong number of fields is a problem of that line (no field), and the
/// rows after it are still checked.
#[test]
fn wrong_field_count_is_a_line_problem() {
    let env = TestEnv::new();
    env.write(
        "bad.csv",
        format!(
            "{ORDER_HEADER}\n{}\nSHORTROW1,Mac\n{}\n",
            Dev::apple(serial(1), "Mac").line(),
            Dev::apple("SHORT", "Mac").line()
        ),
    );
    let out = env.run(&["import", "bad.csv", "-o", "json"]);
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    let problems: Vec<(Option<&str>, Option<&str>)> = result
        .problems
        .iter()
        .map(|p| (p.line.as_deref(), p.field.as_deref()))
        .collect();
    assert_eq!(
        problems,
        [
            (Some("bad.csv:3"), None),
            (Some("bad.csv:4"), Some("serialNumber"))
        ]
    );
    assert!(result.problems[0].message.contains("fields"), "{result:?}");
}

/// `--dry-run` prints the same result as the real run, with `dryRun: true`, and writes
/// nothing; on the bulk path and on the incremental one.
#[test]
fn dry_run_matches_the_real_run_and_writes_nothing() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.write("order.csv", tricky_order());
    for file in ["order.csv", "order-v2.csv"] {
        let before = env.dump();
        let dry = env.run(&["import", file, "--dry-run", "-o", "json"]);
        assert_eq!(dry.status, 0, "{dry}");
        let dry: ResultDoc = dry.json();
        assert!(dry.dry_run);
        assert_eq!(env.dump(), before, "--dry-run changed the ledger");
        let real: ResultDoc = env.json(&["import", file]);
        assert!(!real.dry_run);
        assert_eq!(
            ResultDoc {
                dry_run: false,
                ..dry
            },
            real
        );
        // The second round: one device changed, one new, the rest unchanged.
        env.write(
            "order-v2.csv",
            order_csv(&[
                Dev::apple("ATV0000001", "AppleTV").order("ORD-9"),
                Dev::apple(serial(1), "Mac"),
            ]),
        );
    }
}

/// `--dry-run` of a file with problems is refused just like the real run (exit 1).
#[test]
fn dry_run_with_problems_is_refused_too() {
    let env = imported();
    env.write("bad.csv", invalid_order());
    let before = env.dump();
    let dry = env.run(&["import", "bad.csv", "--dry-run", "-o", "json"]);
    let real = env.run(&["import", "bad.csv", "-o", "json"]);
    assert_eq!((dry.status, real.status), (1, 1), "{dry}\n{real}");
    let (dry, real): (ResultDoc, ResultDoc) = (dry.json(), real.json());
    assert!(dry.dry_run);
    assert_eq!(
        ResultDoc {
            dry_run: false,
            ..dry
        },
        real
    );
    assert_eq!(env.dump(), before);
}

/// `--dry-run` in table mode says that nothing changed.
#[test]
fn dry_run_table_mode_says_so() {
    let env = TestEnv::new();
    env.write("order.csv", order_csv(&ipads(1, 2, "ORD-1")));
    let out = env.run(&["import", "--dry-run", "order.csv"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        Would add 2 devices (2 pending: supplier not linked) (dry run: nothing was changed).
        [exit status: 0]
        ");
    assert_eq!(env.device_count(), 0);
}

/// `import -` reads stdin; problems name `<stdin>` and the line.
#[test]
fn import_from_stdin() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    let result: ResultDoc = env
        .cmd(&["import", "-", "-o", "json"])
        .stdin(tricky_order())
        .output()
        .json();
    assert_eq!(result, ok_result("import", 2, 3, 3));
    let device: Device = env.json(&["device", "show", "C02XK1ZZJGH5"]);
    assert_eq!(device, tricky_iphone());

    let mut rows = ipads(1, 2, "ORD-1");
    rows[1].imei = bad_imei(1);
    let out = env.run_with_stdin(&["import", "-", "-o", "json"], order_csv(&rows));
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    assert_eq!(result.problems.len(), 1, "{result:?}");
    assert_eq!(result.problems[0].line.as_deref(), Some("<stdin>:3"));
}

/// The Apple Business web export is detected from its `SERIAL_NO` header (BOM and CRLF
/// too): `PURCHASE_SOURCE` text gives the source type and number, `MDM_SERVER` Unassigned is
/// no service.
#[test]
fn abm_export_is_detected() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.ok(&["supplier", "link", "--reseller-number", "1A2B3C"]);
    env.write(
        "export.csv",
        "\u{FEFF}SERIAL_NO,PRODUCT_FAMILY,MODEL_NAME,ORDER_NUMBER,ORDER_DATE,PURCHASE_SOURCE,\
         DATE_ADDED_TO_ORGANIZATION,MDM_SERVER,IMEI,IMEI2\r\n\
         DMPX100001,iPad,iPad Pro,ORD9,2023-05-06,Apple Customer Number (0012345),2023-05-07,\
         Unassigned,,\r\n"
            .to_string()
            + &format!(
                "F9XYZ00001,iPhone,iPhone 15,ORD9,2023-05-06,Reseller (1A2B3C),2023-05-07,\
                 Unassigned,{},{}\r\n",
                imei(5),
                imei(6)
            ),
    );
    let out = env.run(&["-v", "import", "export.csv", "-o", "json"]);
    assert_eq!(out.status, 0, "{out}");
    assert!(out.stderr.contains("reading as abm-export"), "{out}");
    let devices: Vec<Device> = env.json(&["device", "list"]);
    let got: Vec<String> = devices
        .iter()
        .map(|d| {
            format!(
                "{} {} {} {:?} [{}] {}",
                d.serial_number,
                d.product_family,
                d.purchase_source_type,
                d.purchase_source_id,
                d.imei.join(";"),
                d.status
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            "DMPX100001 iPad APPLE Some(\"12345\") [] UNASSIGNED".to_string(),
            format!(
                "F9XYZ00001 iPhone RESELLER Some(\"1A2B3C\") [{};{}] UNASSIGNED",
                imei(5),
                imei(6)
            ),
        ]
    );
    assert!(devices.iter().all(|d| d.assigned_server.is_none()));
}

/// A saved `GET /v1/orgDevices` page is detected from its first byte, as is a JSON array of
/// pages; Apple's API spellings (`MAC`, `APPLE_TV`) are accepted.
#[test]
fn api_json_is_detected() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    let resource = |serial: &str, family: &str| {
        format!(
            r#"{{"type": "orgDevices", "id": "{serial}", "attributes": {{
                "serialNumber": "{serial}", "productFamily": "{family}",
                "deviceModel": "Some model", "orderNumber": "ORD-J",
                "orderDateTime": "2025-04-30T22:05:14.192Z",
                "purchaseSourceType": "APPLE", "purchaseSourceId": "12345",
                "status": "UNASSIGNED", "someNewAppleAttribute": 5 }}}}"#
        )
    };
    let page = format!(
        "{{\"data\": [{}], \"links\": {{\"self\": \"https://api-business.apple.com/v1/orgDevices\"}}, \
         \"meta\": {{\"paging\": {{\"limit\": 100}}}}}}",
        resource("JSON000001", "MAC")
    );
    env.write("page.json", format!("\n  {page}\n"));
    let out = env.run(&["-v", "import", "page.json", "-o", "json"]);
    assert_eq!(out.status, 0, "{out}");
    assert!(out.stderr.contains("reading as api-json"), "{out}");
    let pages = format!(
        "[{page}, {{\"data\": [{}, {}]}}]",
        resource("JSON000002", "APPLE_TV"),
        resource("JSON000003", "IPAD")
    );
    env.write("pages.json", pages);
    let result: ResultDoc = env.json(&["import", "pages.json"]);
    assert_eq!(
        (result.requested, result.changed, result.unchanged),
        (3, 2, 1)
    );
    let devices: Vec<Device> = env.json(&["device", "list"]);
    let got: Vec<(&str, &str, Option<&str>)> = devices
        .iter()
        .map(|d| {
            (
                d.serial_number.as_str(),
                d.product_family.as_str(),
                d.order_date_time.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("JSON000001", "Mac", Some("2025-04-30T22:05:14Z")),
            ("JSON000002", "AppleTV", Some("2025-04-30T22:05:14Z")),
            ("JSON000003", "iPad", Some("2025-04-30T22:05:14Z")),
        ]
    );
}

/// `--format` forces a format: a JSON file forced as csv is refused for its header.
#[test]
fn forced_format_overrides_detection() {
    let env = TestEnv::new();
    env.write("page.json", "{\"data\": []}\n");
    let out = env.run(&["import", "--format", "csv", "page.json"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("serialNumber"), "{out}");
    let out = env.run(&["import", "--format", "xml", "page.json"]);
    assert_eq!(out.status, 2, "{out}");
}

/// A file whose format cannot be detected is refused (exit 1), saying to use --format.
#[test]
fn undetectable_file_is_refused() {
    let env = TestEnv::new();
    env.write("people.csv", "name,colour\nAda,green\n");
    let out = env.run(&["import", "people.csv"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: cannot import people.csv
          caused by: cannot detect the import format: the header has neither `serialNumber` (csv) nor `SERIAL_NO` (abm-export), and the file is not JSON; use --format
        [exit status: 1]
        ");
    assert!(!env.ledger_path().exists() || env.activity_count() == 0);
}

/// A missing file is refused (exit 1), naming it.
#[test]
fn missing_file_is_refused() {
    let env = TestEnv::new();
    let out = env.run(&["import", "no-such-order.csv"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: cannot open no-such-order.csv
          caused by: No such file or directory (os error 2)
        [exit status: 1]
        ");
}

/// An empty file is refused (exit 1) as empty.
#[test]
fn empty_file_is_refused() {
    let env = TestEnv::new();
    env.write("empty.csv", "\u{FEFF}\r\n");
    let out = env.run(&["import", "empty.csv"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: cannot import empty.csv
          caused by: the input is empty
        [exit status: 1]
        ");
}

/// A header-only file imports nothing, successfully.
#[test]
fn header_only_file_imports_nothing() {
    let env = TestEnv::new();
    env.write("none.csv", format!("{ORDER_HEADER}\r\n"));
    let out = env.run(&["import", "none.csv"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        Imported nothing: the file has no rows.
        [exit status: 0]
        ");
}

/// Warnings (an unknown column, a serial of unusual length) go to stderr, name the file and
/// line, and do not stop the import; `-q` silences them.
#[test]
fn warnings_go_to_stderr_and_q_silences_them() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.write(
        "order.csv",
        "serialNumber,productFamily,purchaseSourceType,purchaseSourceId,notes\n\
         ABCD1234,Mac,APPLE,12345,eight characters\n\
         C02XK1ZZJGH5,Mac,APPLE,12345,\n",
    );
    let out = env.run(&["import", "order.csv", "--dry-run"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        warning: order.csv: column `notes` ignored: not an attribute abmctl knows, or one given twice
        warning: order.csv:2: serialNumber: `ABCD1234` has an unusual length for a serial number (8; usually 10-12)
        Would add 2 devices (dry run: nothing was changed).
        [exit status: 0]
        ");
    let out = env.run(&["-q", "import", "order.csv", "-o", "json"]);
    assert_eq!(out.status, 0, "{out}");
    assert_eq!(out.stderr, "");
    let result: ResultDoc = out.json();
    assert_eq!(result.changed, 2);
}

/// Apple Configurator cannot add an Apple Watch, so no file brings one in as MANUALLY_ADDED
/// (the same rule as `device add --family watch`).
#[test]
fn a_manually_added_watch_is_refused() {
    let env = TestEnv::new();
    env.write(
        "w.csv",
        "serialNumber,productFamily,purchaseSourceType\nWATCH12345,Watch,MANUALLY_ADDED\n",
    );
    let out = env.run(&["import", "w.csv"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr
            .contains("w.csv:2: purchaseSourceType: an Apple Watch cannot be MANUALLY_ADDED"),
        "{out}"
    );
    assert_eq!(env.device_count(), 0);
}
