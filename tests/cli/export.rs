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
