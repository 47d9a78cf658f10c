//! `abmctl supplier link | list | unlink` (SPEC §1.2, Step 1): numbers, idempotent links,
//! pending devices released by a link, and unlink keeping devices.

use crate::common::*;

/// A Customer Number is stored without its leading zeros (Apple's rule).
#[test]
fn customer_number_leading_zeros_are_stripped() {
    let env = TestEnv::new();
    let out = env.run(&["supplier", "link", "--customer-number", "00012345"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        Linked Apple Customer Number 12345.
        [exit status: 0]
        ");
    let suppliers: Vec<Supplier> = env.json(&["supplier", "list"]);
    assert_eq!(
        suppliers,
        [Supplier {
            id: "12345".to_string(),
            kind: "apple".to_string(),
            carrier: false,
            name: None,
            linked_date_time: NOW.to_string(),
            device_count: 0,
        }]
    );
    assert_eq!(
        env.sql("SELECT kind, number FROM suppliers"),
        [["apple", "12345"]]
    );
}

/// A Reseller Number keeps its leading zeros (the rule is for Customer Numbers only) and is
/// upper-cased; `--carrier` and `--name` are recorded.
#[test]
fn reseller_number_with_carrier_and_name() {
    let env = TestEnv::new();
    env.ok(&[
        "supplier",
        "link",
        "--reseller-number",
        "00ab12",
        "--carrier",
        "--name",
        "Carrier X",
    ]);
    let suppliers: Vec<Supplier> = env.json(&["supplier", "list"]);
    assert_eq!(
        suppliers,
        [Supplier {
            id: "00AB12".to_string(),
            kind: "reseller".to_string(),
            carrier: true,
            name: Some("Carrier X".to_string()),
            linked_date_time: NOW.to_string(),
            device_count: 0,
        }]
    );
}

/// Linking a supplier again is a no-op: exit 0, "already linked" on stderr, no new activity
/// (either spelling of the Customer Number).
#[test]
fn linking_twice_is_a_no_op() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    let before = env.dump();
    let out = env.run(&["supplier", "link", "--customer-number", "0012345"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        Apple Customer Number 12345 is already linked; nothing to do.
        [exit status: 0]
        ");
    assert_eq!(env.dump(), before, "a second link changed the ledger");
    assert_eq!(env.activity_count(), 1);
    // As JSON, a result with nothing changed and no activity.
    let result: ResultDoc = env.json(&["supplier", "link", "--customer-number", "12345"]);
    assert_eq!(result.activity_id, None);
    assert_eq!((result.changed, result.failed), (0, 0));
    assert_eq!(env.activity_count(), 1);
}

/// An Apple Customer Number and a Reseller Number may be the same string: they are two
/// suppliers.
#[test]
fn same_number_as_customer_and_reseller_are_two_suppliers() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "777"]);
    env.ok(&["supplier", "link", "--reseller-number", "777"]);
    let suppliers: Vec<Supplier> = env.json(&["supplier", "list"]);
    let kinds: Vec<(&str, &str)> = suppliers
        .iter()
        .map(|s| (s.id.as_str(), s.kind.as_str()))
        .collect();
    assert_eq!(kinds, [("777", "apple"), ("777", "reseller")]);
    // Unlinking by the bare number is then ambiguous, and refused with a way out…
    let out = env.run(&["supplier", "unlink", "777"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr
            .contains("hint: say which with `abmctl supplier unlink 777 --kind apple`"),
        "{out}"
    );
    // …which unlinks just that one.
    env.ok(&["supplier", "unlink", "777", "--kind", "reseller"]);
    let suppliers: Vec<Supplier> = env.json(&["supplier", "list"]);
    assert_eq!(suppliers.len(), 1);
    assert_eq!(suppliers[0].kind, "apple");
}

/// Neither number, or both, is a usage error (exit 2).
#[test]
fn link_needs_exactly_one_number() {
    let env = TestEnv::new();
    let out = env.run(&["supplier", "link"]);
    assert_eq!(out.status, 2, "{out}");
    let out = env.run(&[
        "supplier",
        "link",
        "--customer-number",
        "1",
        "--reseller-number",
        "2",
    ]);
    assert_eq!(out.status, 2, "{out}");
    assert!(!env.ledger_path().exists() || env.activity_count() == 0);
}

/// `--carrier` alone (no number) is a usage error.
#[test]
fn carrier_without_any_number_is_a_usage_error() {
    let env = TestEnv::new();
    let out = env.run(&["supplier", "link", "--carrier"]);
    assert_eq!(out.status, 2, "{out}");
}

/// `--carrier` marks a *reseller* as a carrier: with `--customer-number` it is a usage error
/// (exit 2) and nothing is linked.
#[test]
fn carrier_with_customer_number_is_a_usage_error() {
    let env = TestEnv::new();
    let out = env.run(&["supplier", "link", "--customer-number", "5", "--carrier"]);
    assert_eq!(out.status, 2, "{out}");
    assert!(out.stderr.contains("--reseller-number"), "{out}");
    assert!(!env.ledger_path().exists() || env.activity_count() == 0);
}

/// Invalid numbers are refused naming the flag (exit 1).
#[test]
fn invalid_numbers_are_refused_naming_the_flag() {
    let env = TestEnv::new();
    let out = env.run(&["supplier", "link", "--customer-number", "12-34"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: --customer-number: `12-34` is not a valid Apple Customer Number: only letters and digits are allowed
        [exit status: 1]
        ");
    let out = env.run(&["supplier", "link", "--customer-number", "0000"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: --customer-number: `0000` is not a valid Apple Customer Number: it is all zeros
        [exit status: 1]
        ");
    let out = env.run(&["supplier", "link", "--reseller-number", "AB 12"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: --reseller-number: `AB 12` is not a valid Reseller Number: only letters and digits are allowed
        [exit status: 1]
        ");
}

/// `supplier list` as JSON, CSV (header = the JSON keys) and a table, with device counts.
#[test]
fn supplier_list_formats() {
    let env = TestEnv::new();
    env.ok(&[
        "supplier",
        "link",
        "--customer-number",
        "12345",
        "--name",
        "Apple direct",
    ]);
    env.ok(&[
        "supplier",
        "link",
        "--reseller-number",
        "R2000",
        "--carrier",
    ]);
    env.write(
        "order.csv",
        order_csv(&[
            Dev::apple(serial(1), "Mac"),
            Dev::apple(serial(2), "iPad"),
            Dev::reseller(serial(3), "iPhone", "R2000"),
        ]),
    );
    env.ok(&["import", "order.csv"]);

    let suppliers: Vec<Supplier> = env.json(&["supplier", "list"]);
    let counts: Vec<(&str, i64)> = suppliers
        .iter()
        .map(|s| (s.id.as_str(), s.device_count))
        .collect();
    assert_eq!(counts, [("12345", 2), ("R2000", 1)]);

    let out = env.run(&["supplier", "list", "-o", "csv"]);
    insta::assert_snapshot!(out, @r"
        id,kind,carrier,name,linkedDateTime,deviceCount
        12345,apple,false,Apple direct,2026-11-27T12:00:00Z,2
        R2000,reseller,true,,2026-11-27T12:00:00Z,1
        ----- stderr -----
        [exit status: 0]
        ");
    let out = env.run(&["supplier", "list"]);
    insta::assert_snapshot!(out, @r"
        ID     KIND      CARRIER  NAME          DEVICES
        12345  apple     false    Apple direct  2
        R2000  reseller  true                   1
        ----- stderr -----
        [exit status: 0]
        ");
}

/// An empty list: `[]` as JSON, a hint on stderr in a table, exit 0.
#[test]
fn supplier_list_empty() {
    let env = TestEnv::new();
    let out = env.run(&["supplier", "list", "-o", "json"]);
    insta::assert_snapshot!(out, @r"
        []
        ----- stderr -----
        No suppliers are linked. Link one with `abmctl supplier link`.
        [exit status: 0]
        ");
    let out = env.run(&["supplier", "list"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        No suppliers are linked. Link one with `abmctl supplier link`.
        [exit status: 0]
        ");
}

/// Unlinking an unknown number fails (exit 1) with a hint, and changes nothing.
#[test]
fn unlink_unknown_supplier_fails_with_a_hint() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    let before = env.dump();
    let out = env.run(&["supplier", "unlink", "999"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: no linked supplier has the number `999`
        hint: see the linked suppliers with `abmctl supplier list`
        [exit status: 1]
        ");
    assert_eq!(env.dump(), before);
}

/// Unlinking stops future orders but keeps the supplier's devices, as they were; the
/// Customer Number may be given with its leading zeros.
#[test]
fn unlink_keeps_devices() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.write(
        "order.csv",
        order_csv(&[Dev::apple(serial(1), "Mac"), Dev::apple(serial(2), "iPad")]),
    );
    env.ok(&["import", "order.csv"]);
    let devices_before: Vec<Device> = env.json(&["device", "list"]);
    assert_eq!(devices_before.len(), 2);

    let out = env.run(&["supplier", "unlink", "0012345"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        Unlinked Apple Customer Number 12345; its 2 devices stay in the organisation.
        [exit status: 0]
        ");
    let suppliers: Vec<Supplier> = env.json(&["supplier", "list"]);
    assert!(suppliers.is_empty(), "{suppliers:?}");
    let devices_after: Vec<Device> = env.json(&["device", "list"]);
    assert_eq!(devices_after, devices_before);

    // A new order from the unlinked supplier is held as pending again.
    env.write(
        "order2.csv",
        order_csv(&[Dev::apple(serial(3), "Mac").order("ORD-2")]),
    );
    env.ok(&["import", "order2.csv"]);
    let pending: Vec<Device> = env.json(&["device", "list", "--status", "pending"]);
    let serials: Vec<&str> = pending.iter().map(|d| d.serial_number.as_str()).collect();
    assert_eq!(serials, [serial(3)]);

    // Linking the Customer Number again releases it, like a reseller's.
    let result: ResultDoc = env.json(&["supplier", "link", "--customer-number", "12345"]);
    assert_eq!((result.requested, result.changed), (1, 1), "{result:?}");
    assert_eq!(
        env.json::<Device, _>(&["device", "show", &serial(3)])
            .status,
        "UNASSIGNED"
    );
}

/// Devices of an order from a reseller that is not linked are held as PENDING: not in
/// `device list`, shown by `--status pending`; linking the reseller makes them UNASSIGNED and
/// the link's activity lists each of them.
#[test]
fn linking_a_reseller_releases_its_pending_devices() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.write(
        "order.csv",
        order_csv(&[
            Dev::reseller(serial(1), "iPhone", "r2000"),
            Dev::apple(serial(2), "Mac"),
            Dev::reseller(serial(3), "iPad", "R2000"),
            Dev::reseller(serial(4), "iPad", "R3000"),
        ]),
    );
    env.ok(&["import", "order.csv"]);

    let fleet: Vec<Device> = env.json(&["device", "list"]);
    let fleet: Vec<(&str, &str)> = fleet
        .iter()
        .map(|d| (d.serial_number.as_str(), d.status.as_str()))
        .collect();
    assert_eq!(fleet, [(serial(2).as_str(), "UNASSIGNED")]);
    let pending: Vec<Device> = env.json(&["device", "list", "--status", "pending"]);
    let pending: Vec<&str> = pending.iter().map(|d| d.serial_number.as_str()).collect();
    assert_eq!(pending, [serial(1), serial(3), serial(4)]);

    let result: ResultDoc = env.json(&["supplier", "link", "--reseller-number", "R2000"]);
    let link_id = result.activity_id.expect("the link recorded an activity");
    assert_eq!(result, ok_result("supplier.link", link_id, 2, 2));

    let statuses = env.sql("SELECT serial_number, status FROM devices ORDER BY serial_number");
    assert_eq!(
        statuses,
        [
            [serial(1), "UNASSIGNED".to_string()],
            [serial(2), "UNASSIGNED".to_string()],
            [serial(3), "UNASSIGNED".to_string()],
            [serial(4), "PENDING".to_string()],
        ]
    );
    let activity: ActivityDetail = env.json(&["activity", "show", &link_id.to_string()]);
    assert_eq!(
        briefs(&activity.items),
        [
            format!(
                "{} - PENDING→UNASSIGNED changed -: supplier linked",
                serial(1)
            ),
            format!(
                "{} - PENDING→UNASSIGNED changed -: supplier linked",
                serial(3)
            ),
        ]
    );
}

/// `supplier set ID --name` relabels a linked supplier (any spelling of a Customer Number),
/// recorded as one activity; linking it again with another `--name` keeps the label and says
/// how to change it; an empty name clears it.
#[test]
fn supplier_set_relabels_and_link_again_says_how() {
    let env = TestEnv::new();
    env.ok(&[
        "supplier",
        "link",
        "--customer-number",
        "12345",
        "--name",
        "Old",
    ]);
    let out = env.run(&[
        "supplier",
        "link",
        "--customer-number",
        "12345",
        "--name",
        "New",
    ]);
    assert_eq!(out.status, 0, "{out}");
    assert!(
        out.stderr
            .contains("`abmctl supplier set 12345 --name LABEL`"),
        "{out}"
    );
    let result: ResultDoc = env.json(&["supplier", "set", "0012345", "--name", "New"]);
    assert_eq!((result.requested, result.changed), (1, 1));
    let listed: Vec<serde_json::Value> = env.json(&["supplier", "list"]);
    assert_eq!(listed[0]["name"], "New");
    let again: ResultDoc = env.json(&["supplier", "set", "12345", "--name", "New"]);
    assert_eq!((again.activity_id, again.changed), (None, 0));
    env.ok(&["supplier", "set", "12345", "--name", ""]);
    let listed: Vec<serde_json::Value> = env.json(&["supplier", "list"]);
    assert_eq!(listed[0]["name"], serde_json::Value::Null);
    let out = env.run(&["supplier", "set", "999", "--name", "X"]);
    assert_eq!(out.status, 1, "{out}");
}
