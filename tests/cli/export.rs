//! `abmctl export [filters]` (SPEC §2): the device list in the Apple Business portal's export
//! columns (CSV), which `import --format abm-export` reads back into the same ledger without
//! changing anything.

use crate::common::*;

/// A ledger with every kind of device an export must carry:
/// - 1: an iPhone from Apple 12345 with every attribute (a model with a comma and quotes, two
///   IMEIs, an MEID, an EID, MAC addresses), assigned to `Main MDM`;
/// - 2: a Mac from reseller R1 with three Ethernet MACs and a date-only order date;
/// - 3: an iPad from Apple 12345, released;
/// - 4: an iPad added with Apple Configurator;
/// - 5: an iPhone from reseller R9, not linked: pending.
fn fleet() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.ok(&["supplier", "link", "--reseller-number", "R1"]);
    env.ok(&["mdm", "link", "Main MDM"]);
    let header = "serialNumber,productFamily,deviceModel,productType,deviceCapacity,color,\
                  partNumber,orderNumber,orderDateTime,purchaseSourceType,purchaseSourceId,imei,\
                  meid,eid,wifiMacAddress,bluetoothMacAddress,ethernetMacAddress";
    let rows = [
        format!(
            "{},iPhone,\"iPhone 17 Pro, \"\"Cosmic\"\"\",\"iPhone18,1\",256GB,SILVER,MG8A4LL/A,\
             ORD-1,2026-09-20T08:30:00Z,APPLE,0012345,{};{},A1000000000001,{},AA:BB:CC:00:00:01,\
             AA:BB:CC:00:00:02,",
            serial(1),
            imei(1),
            imei(2),
            eid(1)
        ),
        format!(
            "{},Mac,Mac mini,,,,,ORD-2,2026-09-21,RESELLER,R1,,,,,,\
             AA:BB:CC:00:00:03;AA:BB:CC:00:00:04;AA:BB:CC:00:00:05",
            serial(2)
        ),
        format!(
            "{},iPad,iPad Air,,,,,ORD-1,2026-09-20T08:30:00Z,APPLE,12345,,,,,,",
            serial(3)
        ),
        format!(
            "{},iPhone,,,,,,R-9,2026-10-01T00:00:00Z,RESELLER,R9,,,,,,",
            serial(5)
        ),
    ];
    env.write("order.csv", format!("{header}\n{}\n", rows.join("\n")));
    env.ok(&["import", "order.csv"]);
    env.ok(&[
        "device",
        "add",
        &serial(4),
        "--family",
        "iPad",
        "--model",
        "iPad mini",
    ]);
    env.ok(&["assign", &serial(1), "--to", "Main MDM"]);
    env.ok(&["release", &serial(3), "--yes"]);
    env
}

/// `export` prints ABM's export columns: PURCHASE_SOURCE as `Apple (12345)`,
/// `Reseller (R1)` or `Manually Added`, the service in MDM_SERVER with its assignment date,
/// the release date, a second IMEI in IMEI2 and up to three Ethernet MACs; pending devices
/// are not in the organisation yet, so not exported; the count goes to stderr.
#[test]
fn export_writes_abm_columns() {
    let env = fleet();
    let out = env.run(&["export"]);
    insta::assert_snapshot!(out, @r#"
    SERIAL_NO,PRODUCT_FAMILY,MODEL_NAME,PRODUCT_TYPE,PART_NUMBER,DEVICE_CAPACITY,COLOR,PURCHASE_SOURCE,ORDER_NUMBER,ORDER_DATE,DATE_ADDED_TO_ORGANIZATION,DATE_REMOVED_FROM_ORGANIZATION,MDM_SERVER,DATE_ASSIGNED_TO_MDM_SERVER,STATUS,IMEI,IMEI2,MEID,EID,WIFI_MAC_ADDRESS,BLUETOOTH_MAC_ADDRESS,ETHERNET_MAC_ADDRESS_1,ETHERNET_MAC_ADDRESS_2,ETHERNET_MAC_ADDRESS_3
    C02T00000001,iPhone,"iPhone 17 Pro, ""Cosmic""","iPhone18,1",MG8A4LL/A,256GB,SILVER,Apple (12345),ORD-1,2026-09-20T08:30:00Z,2026-11-27T12:00:00Z,,Main MDM,2026-11-27T12:00:00Z,ASSIGNED,350000000000014,350000000000022,A1000000000001,89049032000000000000000000000163,AA:BB:CC:00:00:01,AA:BB:CC:00:00:02,,,
    C02T00000002,Mac,Mac mini,,,,,Reseller (R1),ORD-2,2026-09-21T00:00:00Z,2026-11-27T12:00:00Z,,,,UNASSIGNED,,,,,,,AA:BB:CC:00:00:03,AA:BB:CC:00:00:04,AA:BB:CC:00:00:05
    C02T00000003,iPad,iPad Air,,,,,Apple (12345),ORD-1,2026-09-20T08:30:00Z,2026-11-27T12:00:00Z,2026-11-27T12:00:00Z,,,RELEASED,,,,,,,,,
    C02T00000004,iPad,iPad mini,,,,,Manually Added,,,2026-11-27T12:00:00Z,,,,UNASSIGNED,,,,,,,,,
    ----- stderr -----
    Exported 4 devices.
    [exit status: 0]
    "#);
}

/// An export imported back into the same ledger (`--format abm-export`, or detected from its
/// header) reports every row unchanged, and the ledger is exactly as it was apart from the
/// import's own activity, whose items are all `unchanged`.
#[test]
fn export_read_back_by_import_changes_nothing() {
    let env = fleet();
    let out = env.run(&["export"]);
    assert_eq!(out.status, 0, "{out}");
    env.write("export.csv", &out.stdout);
    for format in [&["--format", "abm-export"][..], &[]] {
        let before = env.dump();
        let mut args = vec!["import", "export.csv", "-o", "json"];
        args.extend(format);
        let out = env.run(&args);
        assert_eq!(out.status, 0, "{out}");
        let result: ResultDoc = out.json();
        let id = result.activity_id.expect("the import recorded an activity");
        assert_eq!(
            result,
            ResultDoc {
                unchanged: 4,
                ..ok_result("import", id, 4, 0)
            }
        );
        assert_eq!(env.dump_except_activity(id), before);
        assert_ne!(env.dump(), before, "the import's activity is recorded");
        let activity: ActivityDetail = env.json(&["activity", "show", &id.to_string()]);
        let outcomes: Vec<(Option<&str>, &str)> = activity
            .items
            .iter()
            .map(|i| (i.serial_number.as_deref(), i.outcome.as_str()))
            .collect();
        assert_eq!(
            outcomes,
            [
                (Some(serial(1).as_str()), "unchanged"),
                (Some(serial(2).as_str()), "unchanged"),
                (Some(serial(3).as_str()), "unchanged"),
                (Some(serial(4).as_str()), "unchanged"),
            ]
        );
    }
}

/// `export` takes the filters of `device list`; with nothing matching it prints the header
/// alone.
#[test]
fn export_takes_the_device_list_filters() {
    let env = fleet();
    let serials = |args: &[&str]| -> Vec<String> {
        let mut full = vec!["export"];
        full.extend(args);
        let out = env.run(&full);
        assert_eq!(out.status, 0, "{out}");
        let (header, rows) = out.csv();
        assert_eq!(header[0], "SERIAL_NO");
        rows.into_iter().map(|r| r[0].clone()).collect()
    };
    assert_eq!(serials(&["--family", "ipad"]), [serial(3), serial(4)]);
    assert_eq!(serials(&["--service", "main mdm"]), [serial(1)]);
    assert_eq!(serials(&["--status", "released"]), [serial(3)]);
    assert_eq!(serials(&["--status", "pending"]), [serial(5)]);
    assert_eq!(serials(&["--supplier", "R1"]), [serial(2)]);
    assert_eq!(serials(&["--order", "ORD-1", "--limit", "1"]), [serial(1)]);
    let out = env.run(&["export", "--family", "Vision"]);
    insta::assert_snapshot!(out, @r#"
    SERIAL_NO,PRODUCT_FAMILY,MODEL_NAME,PRODUCT_TYPE,PART_NUMBER,DEVICE_CAPACITY,COLOR,PURCHASE_SOURCE,ORDER_NUMBER,ORDER_DATE,DATE_ADDED_TO_ORGANIZATION,DATE_REMOVED_FROM_ORGANIZATION,MDM_SERVER,DATE_ASSIGNED_TO_MDM_SERVER,STATUS,IMEI,IMEI2,MEID,EID,WIFI_MAC_ADDRESS,BLUETOOTH_MAC_ADDRESS,ETHERNET_MAC_ADDRESS_1,ETHERNET_MAC_ADDRESS_2,ETHERNET_MAC_ADDRESS_3
    ----- stderr -----
    Exported 0 devices.
    [exit status: 0]
    "#);
}

/// `export` writes the portal's CSV only: `-o csv` and the default print it; `-o json` and
/// `-o jsonl` are a usage error (exit 2) pointing at `device list -o json`, not CSV in disguise.
#[test]
fn export_refuses_json_output() {
    let env = TestEnv::new();
    env.ok(&["org", "show"]);
    let csv = env.run(&["export", "-o", "csv"]);
    assert_eq!(csv.status, 0, "{csv}");
    assert_eq!(env.run(&["export"]).stdout, csv.stdout);
    for format in ["json", "jsonl"] {
        let out = env.run(&["export", "-o", format]);
        assert_eq!(out.status, 2, "{out}");
        assert!(out.stdout.is_empty(), "{out}");
        assert!(out.stderr.contains("`abmctl device list -o json`"), "{out}");
    }
}

/// Adopting an organisation from its export (issue #7): export of ledger A, import into an
/// empty ledger B, export of B gives the same file, byte for byte. A holds devices of every
/// family, assigned to two services, unassigned, and released, with dates from different days;
/// B links the services the export names and records that it did.
#[test]
fn export_import_into_an_empty_ledger_export_round_trips() {
    let a = TestEnv::new();
    a.cmd(&["supplier", "link", "--customer-number", "12345"])
        .at("2026-01-01T00:00:00Z")
        .output();
    a.cmd(&["supplier", "link", "--reseller-number", "R1"])
        .at("2026-01-01T00:00:00Z")
        .output();
    a.cmd(&["mdm", "link", "Main MDM"])
        .at("2026-01-02T00:00:00Z")
        .output();
    a.cmd(&["mdm", "link", "Lab"])
        .at("2026-01-02T00:00:00Z")
        .output();
    let families = [
        "iPhone", "iPad", "Mac", "AppleTV", "Watch", "Vision", "iPod",
    ];
    let mut devices = Vec::new();
    for (i, family) in families.iter().enumerate() {
        let n = i as u32 * 3;
        devices.push(Dev::apple(serial(n + 1), family).order("A-1"));
        devices.push(Dev::reseller(serial(n + 2), family, "R1"));
        devices.push(Dev::apple(serial(n + 3), family).order("A-2"));
    }
    a.write("order.csv", order_csv(&devices));
    let out = a
        .cmd(&["import", "order.csv"])
        .at("2026-02-01T09:00:00Z")
        .output();
    assert_eq!(out.status, 0, "{out}");
    let out = a
        .cmd(&["assign", "--order", "A-1", "--to", "Main MDM"])
        .at("2026-02-03T10:00:00Z")
        .output();
    assert_eq!(out.status, 0, "{out}");
    let out = a
        .cmd(&["assign", "--order", "R-1", "--to", "Lab"])
        .at("2026-02-04T11:00:00Z")
        .output();
    assert_eq!(out.status, 0, "{out}");
    let out = a
        .cmd(&["release", "--yes", &serial(3), &serial(6)])
        .at("2026-03-01T12:00:00Z")
        .output();
    assert_eq!(out.status, 0, "{out}");
    let exported = a.cmd(&["export"]).at("2026-04-01T00:00:00Z").output();
    assert_eq!(exported.status, 0, "{exported}");

    let b = TestEnv::new();
    b.write("export.csv", &exported.stdout);
    let out = b
        .cmd(&["-o", "json", "import", "export.csv"])
        .at("2026-05-01T00:00:00Z")
        .output();
    assert_eq!(out.status, 0, "{out}");
    let result: ResultDoc = out.json();
    assert_eq!((result.changed, result.failed), (21, 0));
    let again = b.cmd(&["export"]).at("2026-05-02T00:00:00Z").output();
    assert_eq!(again.stdout, exported.stdout);
    // The services named in MDM_SERVER were linked, and the activity says so.
    let services: Vec<serde_json::Value> = b.json(&["mdm", "list"]);
    let names: Vec<&str> = services
        .iter()
        .filter_map(|s| s["serverName"].as_str())
        .collect();
    assert_eq!(names, ["Lab", "Main MDM"]);
    let shown = b.run(&["activity", "show", "1", "-o", "csv"]);
    assert!(
        shown
            .stdout
            .contains("linked device management service Lab, named in MDM_SERVER")
    );
    // Released stays released: nothing can assign it.
    let device: Device = b.json(&["device", "show", &serial(3)]);
    assert_eq!(device.status, "RELEASED");
    assert_eq!(
        device.released_from_org_date_time.as_deref(),
        Some("2026-03-01T12:00:00Z")
    );
}

/// `--no-assignments` imports an export as orders: every device arrives as a new order's
/// would (unassigned, added now), and no service is linked.
#[test]
fn no_assignments_imports_an_export_as_orders() {
    let env = TestEnv::new();
    let header = "SERIAL_NO,PRODUCT_FAMILY,PURCHASE_SOURCE,ORDER_NUMBER,DATE_ADDED_TO_ORGANIZATION,\
                  MDM_SERVER,STATUS";
    env.write(
        "export.csv",
        format!(
            "{header}\n{},Mac,Manually Added,O1,2024-01-01T00:00:00Z,Lab,ASSIGNED\n",
            serial(1)
        ),
    );
    let out = env.run(&["import", "--no-assignments", "export.csv"]);
    assert_eq!(out.status, 0, "{out}");
    let device: Device = env.json(&["device", "show", &serial(1)]);
    assert_eq!(
        (device.status.as_str(), device.assigned_server.as_deref()),
        ("UNASSIGNED", None)
    );
    assert_eq!(device.added_to_org_date_time, NOW);
    let services: Vec<serde_json::Value> = env.json(&["mdm", "list"]);
    assert!(services.is_empty());
}

/// The export's state columns are checked like any other value (issue #8): an unknown
/// STATUS, a date that is not one, an ASSIGNED device with no service, and a service name
/// Apple reserves are each a problem at their line and field; nothing is imported.
#[test]
fn an_exports_state_columns_are_validated() {
    let env = TestEnv::new();
    let header =
        "SERIAL_NO,PRODUCT_FAMILY,PURCHASE_SOURCE,DATE_ADDED_TO_ORGANIZATION,MDM_SERVER,STATUS";
    let rows = [
        format!("{},Mac,Manually Added,2024-01-01,,EXPLODED", serial(1)),
        format!("{},Mac,Manually Added,yesterday,,UNASSIGNED", serial(2)),
        format!(
            "{},Mac,Manually Added,2024-01-01,Unassigned,ASSIGNED",
            serial(3)
        ),
        format!(
            "{},Mac,Manually Added,2024-01-01,Reassigned,ASSIGNED",
            serial(4)
        ),
    ];
    env.write("export.csv", format!("{header}\n{}\n", rows.join("\n")));
    let before = env.dump();
    let out = env.cmd(&["-o", "json", "import", "export.csv"]).output();
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    let got: Vec<(Option<String>, Option<String>)> = result
        .problems
        .iter()
        .map(|p| (p.line.clone(), p.field.clone()))
        .collect();
    let at = |n: u32, f: &str| (Some(format!("export.csv:{n}")), Some(f.to_string()));
    assert_eq!(
        got,
        [
            at(2, "status"),
            at(3, "addedToOrgDateTime"),
            at(4, "assignedServer"),
            at(5, "assignedServer")
        ]
    );
    assert!(
        result.problems[3]
            .message
            .contains("reserved by Apple Business"),
        "{out}"
    );
    assert_eq!(env.dump(), before);
}
