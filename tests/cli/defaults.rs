//! Default assignment (SPEC §1.5): `mdm default list | set | unset` (one service per family),
//! defaults applied to devices as they arrive — by import on the bulk path and on the
//! incremental one, by `device add`, by linking a pending reseller, by a new order for a
//! released device — never to devices already in the ledger unless `assign --apply-defaults`;
//! and `mdm unlink` with devices (`--reassign-to`, `--unassign`) removing its defaults.

use crate::common::*;

/// Services `A` and `B` and Apple Customer Number 12345 linked; no devices.
fn services() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.ok(&["mdm", "link", "A"]);
    env.ok(&["mdm", "link", "B"]);
    env
}

/// `mdm default list -o json`.
fn defaults(env: &TestEnv) -> Vec<(String, String)> {
    let list: Vec<DefaultEntry> = env.json(&["mdm", "default", "list"]);
    list.into_iter()
        .map(|d| (d.product_family, d.server_name))
        .collect()
}

/// The item message of a device assigned to its family's default at arrival by an order.
const ARRIVED_ON_DEFAULT: &str =
    "added to the organisation; assigned to its family's default service";

/// `mdm default set` makes a service a family's default (any case for both), setting another
/// replaces it (at most one per family), setting the same again is a no-op, `unset` removes
/// it; `list` prints each family with Apple's API spelling too, as JSON, CSV or a table.
#[test]
fn default_list_set_unset_keep_one_service_per_family() {
    let env = services();
    let out = env.run(&["mdm", "default", "list", "-o", "json"]);
    insta::assert_snapshot!(out, @r"
    []
    ----- stderr -----
    No defaults are set. Set one with `abmctl mdm default set FAMILY NAME`.
    [exit status: 0]
    ");
    let out = env.run(&["mdm", "default", "set", "ipad", "a"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    iPad devices that arrive from now on go to A. Devices already in the ledger are unchanged; `abmctl assign --apply-defaults` assigns them.
    [exit status: 0]
    ");
    let out = env.run(&["mdm", "default", "set", "IPAD", "B"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    iPad devices that arrive from now on go to B (was A). Devices already in the ledger are unchanged; `abmctl assign --apply-defaults` assigns them.
    [exit status: 0]
    ");
    let activities = env.activity_count();
    let out = env.run(&["mdm", "default", "set", "iPad", "b"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    B is already the default for iPad; nothing to do.
    [exit status: 0]
    ");
    assert_eq!(
        env.activity_count(),
        activities,
        "a no-op recorded an activity"
    );
    env.ok(&["mdm", "default", "set", "apple-tv", "A"]);
    assert_eq!(
        defaults(&env),
        [
            ("AppleTV".to_string(), "A".to_string()),
            ("iPad".to_string(), "B".to_string())
        ]
    );
    assert_eq!(
        env.sql("SELECT count(*) FROM service_defaults WHERE product_family = 'iPad'"),
        [["1"]]
    );
    let out = env.run(&["mdm", "default", "list", "-o", "csv"]);
    insta::assert_snapshot!(out, @r"
    productFamily,defaultProductFamily,serverName
    AppleTV,APPLE_TV,A
    iPad,IPAD,B
    ----- stderr -----
    [exit status: 0]
    ");
    let out = env.run(&["mdm", "default", "list"]);
    insta::assert_snapshot!(out, @r"
    FAMILY   API FAMILY  SERVICE
    AppleTV  APPLE_TV    A
    iPad     IPAD        B
    ----- stderr -----
    [exit status: 0]
    ");

    let out = env.run(&["mdm", "default", "unset", "iPad"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    iPad has no default service any more.
    [exit status: 0]
    ");
    let out = env.run(&["mdm", "default", "unset", "ipad"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    iPad has no default; nothing to do.
    [exit status: 0]
    ");
    assert_eq!(defaults(&env), [("AppleTV".to_string(), "A".to_string())]);
    let actions: Vec<Activity> = env.json(&["activity", "list"]);
    let actions: Vec<&str> = actions.iter().map(|a| a.action.as_str()).collect();
    assert_eq!(
        actions[..4],
        [
            "mdm.default.unset",
            "mdm.default.set",
            "mdm.default.set",
            "mdm.default.set"
        ]
    );
}

/// `mdm default set` with an unknown service fails (exit 1) with a hint to `mdm list`; an
/// unknown family is a usage error (exit 2); neither changes anything.
#[test]
fn default_set_refuses_unknown_service_and_family() {
    let env = services();
    let before = env.dump();
    let out = env.run(&["mdm", "default", "set", "iPad", "Lab"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    abmctl: error: no device management service is called `Lab`
    hint: the linked services are A, B (see `abmctl mdm list`)
    [exit status: 1]
    ");
    let out = env.run(&["mdm", "default", "set", "Toaster", "A"]);
    assert_eq!(out.status, 2, "{out}");
    assert!(
        out.stderr.contains("unknown product family `Toaster`"),
        "{out}"
    );
    let out = env.run(&["mdm", "default", "unset", "Toaster"]);
    assert_eq!(out.status, 2, "{out}");
    assert_eq!(env.dump(), before);
}

/// The first import into a ledger without devices (the bulk path) assigns arriving devices
/// to their family's default; a family without one stays unassigned, a pending device stays
/// pending; the activity shows each arrival `ASSIGNED (A)` and says it was the default.
#[test]
fn defaults_apply_to_an_import_on_the_bulk_path() {
    let env = services();
    env.ok(&["mdm", "default", "set", "iPad", "A"]);
    assert_eq!(env.device_count(), 0);
    let mut devices = ipads(1, 2, "ORD-1");
    devices.push(Dev::apple(serial(3), "Mac"));
    devices.push(Dev::reseller(serial(4), "iPad", "R9"));
    env.write("order.csv", order_csv(&devices));
    let out = env.run(&["import", "order.csv"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    Added 4 devices (2 assigned to their family's default service; 1 pending: supplier not linked).
    [exit status: 0]
    ");
    assert_eq!(
        env.states(),
        [
            "C02T00000001 ASSIGNED A",
            "C02T00000002 ASSIGNED A",
            "C02T00000003 UNASSIGNED -",
            "C02T00000004 PENDING -",
        ]
    );
    let activity: Vec<Activity> = env.json(&["activity", "list", "--action", "import"]);
    assert_eq!(
        env.item_briefs(Some(activity[0].id)),
        [
            format!("C02T00000001 - -→ASSIGNED (A) changed -: {ARRIVED_ON_DEFAULT}"),
            format!("C02T00000002 - -→ASSIGNED (A) changed -: {ARRIVED_ON_DEFAULT}"),
            "C02T00000003 - -→UNASSIGNED changed -: added to the organisation".to_string(),
            "C02T00000004 - -→PENDING changed -: added to the organisation".to_string(),
        ]
    );
    let device: Device = env.json(&["device", "show", &serial(1)]);
    assert_eq!(
        (device.status.as_str(), device.assigned_server.as_deref()),
        ("ASSIGNED", Some("A"))
    );
}

/// A later import (the incremental path) assigns its new devices to the default, and leaves
/// the devices already in the ledger — even those listed again in the file — as they were.
#[test]
fn defaults_apply_to_an_import_on_the_incremental_path_but_not_to_known_devices() {
    let env = services();
    env.write("first.csv", order_csv(&ipads(1, 2, "ORD-1")));
    env.ok(&["import", "first.csv"]);
    env.ok(&["mdm", "default", "set", "iPad", "A"]);
    env.ok(&["mdm", "default", "set", "Mac", "B"]);

    let mut second = ipads(2, 2, "ORD-1");
    second.push(Dev::apple(serial(4), "Mac").order("ORD-2"));
    env.write("second.csv", order_csv(&second));
    let result: ResultDoc = env.json(&["import", "second.csv"]);
    assert_eq!(
        (result.requested, result.changed, result.unchanged),
        (3, 2, 1),
        "{result:?}"
    );
    assert_eq!(
        env.states(),
        [
            "C02T00000001 UNASSIGNED -",
            "C02T00000002 UNASSIGNED -",
            "C02T00000003 ASSIGNED A",
            "C02T00000004 ASSIGNED B",
        ]
    );
    let items = env.item_briefs(result.activity_id);
    assert!(
        items.contains(&format!(
            "C02T00000003 - -→ASSIGNED (A) changed -: {ARRIVED_ON_DEFAULT}"
        )),
        "{items:#?}"
    );
    assert!(
        items.contains(&format!(
            "C02T00000004 - -→ASSIGNED (B) changed -: {ARRIVED_ON_DEFAULT}"
        )),
        "{items:#?}"
    );
    assert!(
        items.contains(
            &"C02T00000002 second.csv:2 UNASSIGNED→UNASSIGNED unchanged -: -".to_string()
        ),
        "{items:#?}"
    );
}

/// A device added with Apple Configurator (`device add`) arrives: it gets its family's
/// default, and the activity says so.
#[test]
fn defaults_apply_to_device_add() {
    let env = services();
    env.ok(&["mdm", "default", "set", "Mac", "B"]);
    let out = env.run(&["device", "add", &serial(1), "--family", "mac"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    Added C02T00000001 (Mac) to the organisation; ASSIGNED (B).
    [exit status: 0]
    ");
    env.ok(&["device", "add", &serial(2), "--family", "iPad"]);
    assert_eq!(
        env.states(),
        ["C02T00000001 ASSIGNED B", "C02T00000002 UNASSIGNED -"]
    );
    let activity: Vec<Activity> = env.json(&["activity", "list", "--action", "device.add"]);
    assert_eq!(
        env.item_briefs(Some(activity[1].id)),
        [format!(
            "C02T00000001 - -→ASSIGNED (B) changed -: {ARRIVED_ON_DEFAULT}"
        )]
    );
}

/// Devices held as pending arrive when their reseller is linked: then they get their family's
/// default (not before: a default set while they are pending does not touch them).
#[test]
fn defaults_apply_when_a_pending_reseller_is_linked() {
    let env = services();
    env.write(
        "order.csv",
        order_csv(&[
            Dev::reseller(serial(1), "iPhone", "R9"),
            Dev::reseller(serial(2), "Mac", "R9"),
        ]),
    );
    env.ok(&["import", "order.csv"]);
    env.ok(&["mdm", "default", "set", "iPhone", "A"]);
    assert_eq!(
        env.states(),
        ["C02T00000001 PENDING -", "C02T00000002 PENDING -"]
    );
    let result: ResultDoc = env.json(&["supplier", "link", "--reseller-number", "R9"]);
    assert_eq!((result.requested, result.changed), (2, 2), "{result:?}");
    assert_eq!(
        env.states(),
        ["C02T00000001 ASSIGNED A", "C02T00000002 UNASSIGNED -"]
    );
    assert_eq!(
        env.item_briefs(result.activity_id),
        [
            "C02T00000001 - PENDING→ASSIGNED (A) changed -: supplier linked; assigned to its \
             family's default service",
            "C02T00000002 - PENDING→UNASSIGNED changed -: supplier linked",
        ]
    );
}

/// A released device brought back by a new order is a new arrival: it gets the default.
#[test]
fn defaults_apply_to_a_released_device_brought_back_by_a_new_order() {
    let env = services();
    env.write("order.csv", order_csv(&ipads(1, 1, "ORD-1")));
    env.ok(&["import", "order.csv"]);
    env.ok(&["release", &serial(1), "--yes"]);
    env.ok(&["mdm", "default", "set", "iPad", "B"]);
    env.write("again.csv", order_csv(&ipads(1, 1, "ORD-2")));
    env.ok(&["import", "again.csv"]);
    assert_eq!(env.states(), ["C02T00000001 ASSIGNED B"]);
}

/// Defaults never touch the devices already in the ledger; `assign --apply-defaults` (with no
/// selector: every device) assigns the unassigned ones to their family's default, leaves those
/// on another service where they are (assign never moves a device), and skips families without
/// a default. Its dry run matches the real run.
#[test]
fn apply_defaults_assigns_existing_devices_on_request() {
    let env = services();
    let mut devices = ipads(1, 2, "ORD-1");
    devices.push(Dev::apple(serial(3), "Mac"));
    devices.push(Dev::apple(serial(4), "iPhone"));
    env.write("order.csv", order_csv(&devices));
    env.ok(&["import", "order.csv"]);
    env.ok(&["assign", &serial(1), "--to", "B"]);
    let rows = env.sql("SELECT * FROM devices ORDER BY id");
    env.ok(&["mdm", "default", "set", "iPad", "A"]);
    env.ok(&["mdm", "default", "set", "Mac", "B"]);
    assert_eq!(
        env.sql("SELECT * FROM devices ORDER BY id"),
        rows,
        "setting a default changed devices already in the ledger"
    );

    let (status, result) = assert_dry_run_matches_real(&env, &["assign", "--apply-defaults"]);
    assert_eq!(
        (status, result.requested, result.changed),
        (0, 2, 2),
        "{result:?}"
    );
    assert_eq!(
        env.states(),
        [
            "C02T00000001 ASSIGNED B",
            "C02T00000002 ASSIGNED A",
            "C02T00000003 ASSIGNED B",
            "C02T00000004 UNASSIGNED -",
        ]
    );
    assert_eq!(
        env.item_briefs(result.activity_id),
        [
            "C02T00000002 - UNASSIGNED→ASSIGNED (A) changed -: -",
            "C02T00000003 - UNASSIGNED→ASSIGNED (B) changed -: -",
        ]
    );
    env.ok(&["unassign", "--family", "Mac"]);
    let out = env.run(&["assign", "--apply-defaults", "--family", "mac"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    Assigned 1 device to their family's default service.
    [exit status: 0]
    ");
}

/// `assign --apply-defaults` with named devices: a device whose family has no default is a
/// problem that says how to set one; `--apply-defaults` and `--to` together are a usage error.
#[test]
fn apply_defaults_with_named_devices() {
    let env = services();
    env.write(
        "order.csv",
        order_csv(&[Dev::apple(serial(1), "iPad"), Dev::apple(serial(2), "Mac")]),
    );
    env.ok(&["import", "order.csv"]);
    env.ok(&["mdm", "default", "set", "iPad", "A"]);
    let before = env.dump();
    let out = env.run(&["assign", "--apply-defaults", &serial(1), &serial(2)]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    problem: C02T00000002: serialNumber: has no default service for its family (Mac); set one with `abmctl mdm default set`
    abmctl: error: assign refused: 1 problem found; nothing was changed
    [exit status: 1]
    ");
    let out = env.run(&["assign", "--apply-defaults", "--to", "A", &serial(1)]);
    assert_eq!(out.status, 2, "{out}");
    assert!(out.stderr.contains("--apply-defaults"), "{out}");
    assert_eq!(env.dump(), before);
    env.ok(&["assign", "--apply-defaults", &serial(1)]);
    assert_eq!(
        env.states(),
        ["C02T00000001 ASSIGNED A", "C02T00000002 UNASSIGNED -"]
    );
}

/// Services `A` (two iPads and a Mac, the Mac enrolled) and `B` (one iPad) with defaults
/// iPad → A and Mac → B.
fn two_services_in_use() -> TestEnv {
    let env = services();
    let mut devices = ipads(1, 3, "ORD-1");
    devices.push(Dev::apple(serial(4), "Mac"));
    env.write("order.csv", order_csv(&devices));
    env.ok(&["import", "order.csv"]);
    env.ok(&["assign", &serial(1), &serial(2), &serial(4), "--to", "A"]);
    env.ok(&["assign", &serial(3), "--to", "B"]);
    env.set_enrolled(&serial(4));
    env.ok(&["mdm", "default", "set", "iPad", "A"]);
    env.ok(&["mdm", "default", "set", "Mac", "B"]);
    env
}

/// A service that still has devices cannot be unlinked: exit 1, the count, and both ways out
/// (`--reassign-to`, `--unassign`) named; nothing changes. `--reassign-to` must name another,
/// existing service.
#[test]
fn unlink_with_devices_is_refused_naming_both_ways_out() {
    let env = two_services_in_use();
    let before = env.dump();
    let out = env.run(&["mdm", "unlink", "a"]);
    insta::assert_snapshot!(out, @r#"
    ----- stderr -----
    abmctl: error: cannot unlink A: 3 devices are still assigned to it
    hint: move them with `abmctl mdm unlink "A" --reassign-to OTHER`, or unassign them with `abmctl mdm unlink "A" --unassign`
    [exit status: 1]
    "#);
    let out = env.run(&["mdm", "unlink", "A", "--reassign-to", "a"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("the service being unlinked"), "{out}");
    let out = env.run(&["mdm", "unlink", "A", "--reassign-to", "Lab"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("`abmctl mdm list`"), "{out}");
    let out = env.run(&["mdm", "unlink", "A", "--reassign-to", "B", "--unassign"]);
    assert_eq!(out.status, 2, "{out}");
    assert_eq!(env.dump(), before);
}

/// `mdm unlink A --reassign-to B` moves A's devices to B (an enrolled one becomes STALE) and
/// unlinks A in one activity that lists every device; A's default is removed (B's stays); the
/// dry run matches the real run.
#[test]
fn unlink_reassign_to_moves_the_devices_in_one_activity() {
    let env = two_services_in_use();
    let activities = env.activity_count();
    let (status, result) =
        assert_dry_run_matches_real(&env, &["mdm", "unlink", "A", "--reassign-to", "b"]);
    assert_eq!(status, 0);
    let id = result.activity_id.expect("an activity");
    assert_eq!(result, ok_result("mdm.unlink", id, 3, 3));
    assert_eq!(env.activity_count(), activities + 1);
    assert_eq!(
        env.states(),
        [
            "C02T00000001 ASSIGNED B",
            "C02T00000002 ASSIGNED B",
            "C02T00000003 ASSIGNED B",
            "C02T00000004 ASSIGNED B",
        ]
    );
    assert_eq!(
        env.item_briefs(Some(id)),
        [
            "C02T00000001 - ASSIGNED (A)→ASSIGNED (B) changed -: -",
            "C02T00000002 - ASSIGNED (A)→ASSIGNED (B) changed -: -",
            "C02T00000004 - ASSIGNED (A)→ASSIGNED (B) changed -: enrollment is stale: the \
             device must be erased to re-enroll",
        ]
    );
    let services: Vec<Service> = env.json(&["mdm", "list"]);
    let services: Vec<(&str, i64)> = services
        .iter()
        .map(|s| (s.server_name.as_str(), s.device_count))
        .collect();
    assert_eq!(services, [("B", 4)]);
    assert_eq!(defaults(&env), [("Mac".to_string(), "B".to_string())]);
    // The removed default no longer applies: a new iPad arrives unassigned.
    env.ok(&["device", "add", &serial(5), "--family", "iPad"]);
    assert_eq!(env.states()[4], "C02T00000005 UNASSIGNED -");
}

/// `mdm unlink B --unassign` unassigns B's devices and unlinks B in one activity; B's
/// default is removed. In table mode one sentence says both.
#[test]
fn unlink_unassign_unassigns_the_devices_in_one_activity() {
    let env = two_services_in_use();
    let activities = env.activity_count();
    let out = env.run(&["mdm", "unlink", "B", "--unassign"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    Unlinked device management service B after unassigning 1 device.
    Mac no longer has a default service (set one with `abmctl mdm default set`).
    [exit status: 0]
    ");
    assert_eq!(env.activity_count(), activities + 1);
    let activity: Vec<Activity> = env.json(&["activity", "list", "--action", "mdm.unlink"]);
    assert_eq!(
        env.item_briefs(Some(activity[0].id)),
        ["C02T00000003 - ASSIGNED (B)→UNASSIGNED changed -: -"]
    );
    assert_eq!(env.states()[2], "C02T00000003 UNASSIGNED -");
    assert_eq!(defaults(&env), [("iPad".to_string(), "A".to_string())]);
    assert_eq!(env.sql("SELECT name FROM services"), [["A"]]);
}

/// A service without devices unlinks at once; the defaults pointing at it go with it.
#[test]
fn unlink_without_devices_removes_its_defaults() {
    let env = services();
    env.ok(&["mdm", "default", "set", "iPad", "B"]);
    env.ok(&["mdm", "default", "set", "Mac", "B"]);
    env.ok(&["mdm", "default", "set", "iPhone", "A"]);
    let out = env.run(&["mdm", "unlink", "B"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    Unlinked device management service B.
    Mac and iPad no longer have a default service (set one with `abmctl mdm default set`).
    [exit status: 0]
    ");
    assert_eq!(defaults(&env), [("iPhone".to_string(), "A".to_string())]);
    assert_eq!(env.sql("SELECT count(*) FROM service_defaults"), [["1"]]);
}
