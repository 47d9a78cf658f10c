//! `abmctl assign | reassign | unassign | release` (SPEC §1.5, §2 SELECTION, §3–4): which
//! devices a selection names, what each action does to them, all-or-nothing with every problem
//! reported, `--skip-invalid`, `--dry-run` giving the real run's result, the activity log, and
//! the issue's whole scenario end to end.

use crate::common::*;

/// A small organisation: Apple Customer Number 12345 and services `A` and `B` linked, and five
/// devices: `serial(1..=3)` iPads of order ORD-1, `serial(4)` a Mac of order ORD-2 (both from
/// 12345), and `serial(5)` an iPhone of order R-1 from reseller R9, which is not linked, so it
/// is PENDING.
fn fleet() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.write("order.csv", fleet_order());
    env.ok(&["import", "order.csv"]);
    env.ok(&["mdm", "link", "A"]);
    env.ok(&["mdm", "link", "B"]);
    assert_eq!(
        env.states(),
        [
            "C02T00000001 UNASSIGNED -",
            "C02T00000002 UNASSIGNED -",
            "C02T00000003 UNASSIGNED -",
            "C02T00000004 UNASSIGNED -",
            "C02T00000005 PENDING -",
        ]
    );
    env
}

/// The order file of [`fleet`].
fn fleet_order() -> String {
    let mut devices = ipads(1, 3, "ORD-1");
    devices.push(Dev::apple(serial(4), "Mac").order("ORD-2"));
    devices.push(Dev::reseller(serial(5), "iPhone", "R9"));
    order_csv(&devices)
}

/// Nothing can be assigned before a service is linked (Apple's rule): assign and reassign are
/// refused (exit 1) with a hint to run `abmctl mdm link`, and the ledger is untouched.
#[test]
fn assign_before_any_service_is_refused_with_a_hint_to_link_one() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.write("order.csv", fleet_order());
    env.ok(&["import", "order.csv"]);
    let before = env.dump();
    let out = env.run(&["assign", &serial(1), "--to", "A"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    abmctl: error: no device management service is linked, so no device can be assigned yet
    hint: link one first with `abmctl mdm link NAME`
    [exit status: 1]
    ");
    let out = env.run(&["reassign", "--order", "ORD-1", "--to", "A"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("`abmctl mdm link NAME`"), "{out}");
    assert_eq!(env.dump(), before);
}

/// `--to` naming no service fails (exit 1) with a hint to `abmctl mdm list`, for assign and
/// reassign, and changes nothing.
#[test]
fn unknown_target_service_fails_with_a_hint_to_mdm_list() {
    let env = fleet();
    let before = env.dump();
    let out = env.run(&["assign", &serial(1), "--to", "Nope"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    abmctl: error: no device management service is called `Nope`
    hint: the linked services are A, B (see `abmctl mdm list`)
    [exit status: 1]
    ");
    let out = env.run(&["reassign", &serial(1), "--to", "Nope", "-o", "json"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("`abmctl mdm list`"), "{out}");
    assert_eq!(env.dump(), before);
}

/// No selector at all is a usage error (exit 2) for each of the four actions: a bare
/// `unassign` must never mean "every device".
#[test]
fn no_selector_is_a_usage_error() {
    let env = fleet();
    env.ok(&["assign", "--family", "iPad", "--to", "A"]);
    let before = env.dump();
    let out = env.run(&["unassign"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    abmctl: error: say which devices: give serial numbers, --file, --order, or a filter (--family, --supplier, --service)
    [exit status: 2]
    ");
    for args in [
        &["assign", "--to", "A"][..],
        &["reassign", "--to", "B"],
        &["release", "--yes"],
        &["unassign", "--dry-run"],
    ] {
        let out = env.run(args);
        assert_eq!(out.status, 2, "{args:?}: {out}");
        assert!(out.stderr.contains("say which devices"), "{args:?}: {out}");
    }
    assert_eq!(env.dump(), before);
}

/// Serials are normalised as import does (case, surrounding spaces) and a device named twice
/// counts once; in table mode the result is one sentence on stderr and stdout stays empty.
#[test]
fn named_serials_are_normalised_and_duplicates_collapse() {
    let env = fleet();
    let lower = serial(1).to_lowercase();
    let spaced = format!("  {}  ", serial(1));
    let out = env.run(&["assign", &lower, &spaced, &serial(2), "--to", "a"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    Assigned 2 devices to A.
    [exit status: 0]
    ");
    assert_eq!(
        env.states(),
        [
            "C02T00000001 ASSIGNED A",
            "C02T00000002 ASSIGNED A",
            "C02T00000003 UNASSIGNED -",
            "C02T00000004 UNASSIGNED -",
            "C02T00000005 PENDING -",
        ]
    );
    let activity: Vec<Activity> = env.json(&["activity", "list", "--action", "assign"]);
    assert_eq!(activity.len(), 1, "{activity:?}");
    assert_eq!((activity[0].requested, activity[0].changed), (2, 2));
    assert_eq!(
        env.item_briefs(Some(activity[0].id)),
        [
            "C02T00000001 - UNASSIGNED→ASSIGNED (A) changed -: -",
            "C02T00000002 - UNASSIGNED→ASSIGNED (A) changed -: -",
        ]
    );
    // The device remembers when it was assigned.
    assert_eq!(
        env.sql(&format!(
            "SELECT assigned_at FROM devices WHERE serial_number = '{}'",
            serial(1)
        )),
        [[NOW]]
    );
}

/// Assigning devices to the service they are already on is a no-op: exit 0, every device
/// unchanged, the devices' rows untouched.
#[test]
fn assigning_again_is_a_no_op() {
    let env = fleet();
    env.ok(&["assign", &serial(1), &serial(2), "--to", "A"]);
    let devices = env.sql("SELECT * FROM devices ORDER BY id");
    let out = env.run(&["assign", &serial(1), &serial(2), "--to", "A"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    2 devices were already in that state; nothing to do.
    [exit status: 0]
    ");
    let result: ResultDoc = env.json(&["assign", &serial(1), &serial(2), "--to", "A"]);
    let id = result.activity_id;
    assert_eq!(
        result,
        ResultDoc {
            changed: 0,
            unchanged: 2,
            ..ok_result("assign", id.unwrap_or(0), 2, 0)
        }
    );
    assert_eq!(env.sql("SELECT * FROM devices ORDER BY id"), devices);
    assert_eq!(
        env.item_briefs(id),
        [
            "C02T00000001 - ASSIGNED (A)→ASSIGNED (A) unchanged -: -",
            "C02T00000002 - ASSIGNED (A)→ASSIGNED (A) unchanged -: -",
        ]
    );
}

/// assign never moves a device off another service: a named device assigned elsewhere is a
/// conflict (exit 1) whose message names `reassign`, and nothing changes.
#[test]
fn assign_never_moves_a_device_off_another_service() {
    let env = fleet();
    env.ok(&["assign", &serial(1), "--to", "A"]);
    let before = env.dump();
    let out = env.run(&["assign", &serial(1), "--to", "B"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    problem: C02T00000001: serialNumber: is assigned to A; use `abmctl reassign` to move it
    abmctl: error: assign refused: 1 problem found; nothing was changed
    [exit status: 1]
    ");
    let out = env.run(&["assign", &serial(1), "--to", "B", "-o", "json"]);
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    assert_eq!(
        result,
        ResultDoc {
            activity_id: None,
            action: "assign".to_string(),
            dry_run: false,
            requested: 1,
            changed: 0,
            unchanged: 0,
            queued: 0,
            failed: 1,
            skipped: 0,
            problems: vec![Problem {
                serial_number: Some(serial(1)),
                line: None,
                field: Some("serialNumber".to_string()),
                message: "is assigned to A; use `abmctl reassign` to move it".to_string(),
            }],
        }
    );
    assert_eq!(env.dump(), before);
}

/// reassign puts devices on the service whatever their state: assigned elsewhere (moved),
/// unassigned (assigned), already there (unchanged).
#[test]
fn reassign_moves_devices_whatever_their_state() {
    let env = fleet();
    env.ok(&["assign", &serial(1), "--to", "A"]);
    env.ok(&["assign", &serial(3), "--to", "B"]);
    let out = env.run(&["reassign", &serial(1), &serial(2), &serial(3), "--to", "b"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    Reassigned 2 devices to B.
    1 device was already in that state.
    [exit status: 0]
    ");
    assert_eq!(
        env.states()[..3],
        [
            "C02T00000001 ASSIGNED B",
            "C02T00000002 ASSIGNED B",
            "C02T00000003 ASSIGNED B",
        ]
    );
    let activity: Vec<Activity> = env.json(&["activity", "list", "--action", "reassign"]);
    assert_eq!(
        (
            activity[0].requested,
            activity[0].changed,
            activity[0].unchanged
        ),
        (3, 2, 1)
    );
    assert_eq!(
        env.item_briefs(Some(activity[0].id)),
        [
            "C02T00000003 - ASSIGNED (B)→ASSIGNED (B) unchanged -: -",
            "C02T00000001 - ASSIGNED (A)→ASSIGNED (B) changed -: -",
            "C02T00000002 - UNASSIGNED→ASSIGNED (B) changed -: -",
        ]
    );
}

/// A device enrolled in its old service keeps that enrollment until it is erased: reassigning
/// it makes its enrollment STALE, and the activity says so. Reassigning it to the service it
/// is already on changes nothing (it stays ENROLLED).
#[test]
fn reassigning_an_enrolled_device_makes_its_enrollment_stale() {
    let env = fleet();
    env.ok(&["assign", &serial(1), &serial(2), "--to", "A"]);
    env.set_enrolled(&serial(1));
    env.set_enrolled(&serial(2));

    let result: ResultDoc = env.json(&["reassign", &serial(2), "--to", "A"]);
    assert_eq!((result.changed, result.unchanged), (0, 1), "{result:?}");
    let result: ResultDoc = env.json(&["reassign", &serial(1), "--to", "B"]);
    assert_eq!((result.changed, result.unchanged), (1, 0), "{result:?}");

    let status = |n| env.json::<Device, _>(&["device", "show", &serial(n)]);
    assert_eq!(
        (status(1).enrollment_status, status(1).assigned_server),
        ("STALE".to_string(), Some("B".to_string()))
    );
    assert_eq!(status(2).enrollment_status, "ENROLLED");
    let listed: Vec<Device> = env.json(&["device", "list", "--enrolled", "stale"]);
    let listed: Vec<&str> = listed.iter().map(|d| d.serial_number.as_str()).collect();
    assert_eq!(listed, [serial(1)]);
    assert_eq!(
        env.item_briefs(result.activity_id),
        ["C02T00000001 - ASSIGNED (A)→ASSIGNED (B) changed -: \
          enrollment is stale: the device must be erased to re-enroll"]
    );
}

/// unassign takes devices off their service (status UNASSIGNED, no service, no assignment
/// date); devices already unassigned are unchanged.
#[test]
fn unassign_takes_devices_off_their_service() {
    let env = fleet();
    env.ok(&["assign", &serial(1), "--to", "A"]);
    env.ok(&["assign", &serial(2), "--to", "B"]);
    let out = env.run(&["unassign", &serial(1), &serial(2), &serial(3)]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    Unassigned 2 devices.
    1 device was already in that state.
    [exit status: 0]
    ");
    assert_eq!(
        env.sql(
            "SELECT serial_number, status, coalesce(service_id, '-'), coalesce(assigned_at, '-') \
             FROM devices WHERE product_family = 'iPad' ORDER BY serial_number"
        ),
        [
            [serial(1), "UNASSIGNED".into(), "-".into(), "-".into()],
            [serial(2), "UNASSIGNED".into(), "-".into(), "-".into()],
            [serial(3), "UNASSIGNED".into(), "-".into(), "-".into()],
        ]
    );
    let activity: Vec<Activity> = env.json(&["activity", "list", "--action", "unassign"]);
    assert_eq!(
        env.item_briefs(Some(activity[0].id)),
        [
            "C02T00000003 - UNASSIGNED→UNASSIGNED unchanged -: -",
            "C02T00000001 - ASSIGNED (A)→UNASSIGNED changed -: -",
            "C02T00000002 - ASSIGNED (B)→UNASSIGNED changed -: -",
        ]
    );
}

/// release asks for confirmation: in a script (stdin not a terminal), or with `--no-input`,
/// it exits 2 naming `--yes` and changes nothing (with `-o json`, its result document says
/// so); with `--yes` the device is RELEASED (no service, a release date), and releasing it
/// again is a no-op.
#[test]
fn release_in_a_script_needs_yes() {
    let env = fleet();
    env.ok(&["assign", &serial(1), "--to", "A"]);
    let before = env.dump();
    let out = env.run(&["release", &serial(1)]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    abmctl: error: this needs confirmation and no prompt is possible here; pass --yes to confirm
    [exit status: 2]
    ");
    let out = env.run(&["--no-input", "release", "--order", "ORD-1", "-o", "json"]);
    assert_eq!(out.status, 2, "{out}");
    assert!(out.stderr.contains("--yes"), "{out}");
    let result: ResultDoc = out.json();
    assert!(result.problems[0].message.contains("--yes"), "{out}");
    assert_eq!(env.dump(), before);

    let out = env.run(&["release", &serial(1), "--yes"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    Released 1 device from the organisation.
    [exit status: 0]
    ");
    let device: Device = env.json(&["device", "show", &serial(1)]);
    assert_eq!(
        (
            device.status.as_str(),
            device.assigned_server,
            device.released_from_org_date_time.as_deref()
        ),
        ("RELEASED", None, Some(NOW))
    );
    // A released device stays listed (`--status released`) but leaves the fleet.
    let released: Vec<Device> = env.json(&["device", "list", "--status", "released"]);
    assert_eq!(released.len(), 1);

    let result: ResultDoc = env.json(&["release", &serial(1), "-y"]);
    assert_eq!((result.changed, result.unchanged), (0, 1), "{result:?}");
    // Nothing left to release: no confirmation is needed, even in a script.
    let out = env.run(&["release", &serial(1)]);
    assert_eq!(out.status, 0, "{out}");
    let activity: Vec<Activity> = env.json(&["activity", "list", "--action", "release"]);
    assert_eq!(activity.len(), 3, "{activity:?}");
    assert_eq!(
        env.item_briefs(Some(activity[2].id)),
        ["C02T00000001 - ASSIGNED (A)→RELEASED changed -: -"]
    );
}

/// RELEASED and PENDING devices can never be assigned, reassigned or unassigned: each is a
/// problem naming why (and how to release a pending one: link its supplier).
#[test]
fn released_and_pending_devices_can_never_be_assigned() {
    let env = fleet();
    env.ok(&["release", &serial(1), "--yes"]);
    let before = env.dump();
    let out = env.run(&["assign", &serial(1), &serial(5), "--to", "A"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    problem: C02T00000001: serialNumber: was released from the organisation and can never be assigned
    problem: C02T00000005: serialNumber: is pending: its supplier is not linked, so it cannot be assigned (link it with `abmctl supplier link`)
    abmctl: error: assign refused: 2 problems found; nothing was changed
    [exit status: 1]
    ");
    for action in [&["reassign", "--to", "B"][..], &["unassign"]] {
        let mut args = action.to_vec();
        let (s1, s5) = (serial(1), serial(5));
        args.extend([s1.as_str(), s5.as_str(), "-o", "json"]);
        let out = env.run(&args);
        assert_eq!(out.status, 1, "{out}");
        let result: ResultDoc = out.json();
        let problems: Vec<(Option<&str>, &str)> = result
            .problems
            .iter()
            .map(|p| (p.serial_number.as_deref(), p.message.as_str()))
            .collect();
        assert_eq!(problems.len(), 2, "{result:?}");
        assert_eq!(problems[0].0, Some(serial(1).as_str()));
        assert!(problems[0].1.contains("released"), "{result:?}");
        assert_eq!(problems[1].0, Some(serial(5).as_str()));
        assert!(problems[1].1.contains("pending"), "{result:?}");
    }
    // A pending device cannot be released either: it is not in the organisation yet.
    let out = env.run(&["release", &serial(5), "--yes"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("is pending"), "{out}");
    assert_eq!(env.dump(), before);
}

/// `--file` with one serial a line: a BOM, CRLF line ends, blank lines, `#` comments, lower
/// case and spaces are accepted, and a serial listed twice counts once.
#[test]
fn serials_from_a_file_one_a_line() {
    let env = fleet();
    env.write(
        "list.txt",
        format!(
            "\u{FEFF}{}\r\n\r\n# the second one\r\n  {}  \r\n{}\r\n",
            serial(1).to_lowercase(),
            serial(2),
            serial(1)
        ),
    );
    let result: ResultDoc = env.json(&["assign", "--file", "list.txt", "--to", "A"]);
    let id = result.activity_id.expect("an activity");
    assert_eq!(result, ok_result("assign", id, 2, 2));
    assert_eq!(
        env.states()[..3],
        [
            "C02T00000001 ASSIGNED A",
            "C02T00000002 ASSIGNED A",
            "C02T00000003 UNASSIGNED -",
        ]
    );
}

/// `--file -` reads the list from stdin; problems in it are named `<stdin>:LINE`.
#[test]
fn serials_from_stdin() {
    let env = fleet();
    let out = env
        .cmd(&["assign", "--file", "-", "--to", "A"])
        .stdin(format!("{}\n{}\n", serial(1), serial(3)))
        .output();
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    Assigned 2 devices to A.
    [exit status: 0]
    ");
    let out = env.run_with_stdin(
        &["unassign", "--file", "-", "-o", "json"],
        format!("{}\nnot-a-serial\n", serial(1)),
    );
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    assert_eq!(
        result.problems,
        [Problem {
            serial_number: Some("not-a-serial".to_string()),
            line: Some("<stdin>:2".to_string()),
            field: Some("serialNumber".to_string()),
            message: "`not-a-serial` is not a valid serial number: only letters and digits are \
                      allowed"
                .to_string(),
        }]
    );
    assert_eq!(
        env.states()[..3],
        [
            "C02T00000001 ASSIGNED A",
            "C02T00000002 UNASSIGNED -",
            "C02T00000003 ASSIGNED A",
        ]
    );
}

/// `--file` takes a CSV whose header has a `SERIAL_NO` column (an Apple Business export: the
/// serial need not be the first column, cells may be quoted, rows without a serial are
/// skipped), or a `serialNumber` column.
#[test]
fn serials_from_a_csv_with_a_serial_column() {
    let env = fleet();
    env.write(
        "export.csv",
        format!(
            "\u{FEFF}PRODUCT_FAMILY,SERIAL_NO,MDM_SERVER\r\n\
             iPad,{},Unassigned\r\n\
             iPad,\"{}\",\"Some, MDM\"\r\n\
             Mac,,Unassigned\r\n",
            serial(1),
            serial(2).to_lowercase()
        ),
    );
    let result: ResultDoc = env.json(&["assign", "--file", "export.csv", "--to", "A"]);
    assert_eq!((result.requested, result.changed), (2, 2), "{result:?}");

    env.write(
        "order-like.csv",
        format!(
            "orderNumber,serialNumber\nORD-1,{}\nORD-2,{}\n",
            serial(3),
            serial(4)
        ),
    );
    let result: ResultDoc = env.json(&["assign", "--file", "order-like.csv", "--to", "B"]);
    assert_eq!((result.requested, result.changed), (2, 2), "{result:?}");
    assert_eq!(
        env.states()[..4],
        [
            "C02T00000001 ASSIGNED A",
            "C02T00000002 ASSIGNED A",
            "C02T00000003 ASSIGNED B",
            "C02T00000004 ASSIGNED B",
        ]
    );
}

/// Every problem of a serial list is reported, each with its `file:line` (a serial given as an
/// argument has no line), and nothing changes; in table mode one line per problem on stderr.
#[test]
fn problems_in_a_file_are_named_by_file_and_line() {
    let env = fleet();
    env.write(
        "list.txt",
        format!("{}\nBAD-1\n\n{}\nSHORT\n", serial(1), serial(99)),
    );
    let before = env.dump();
    let out = env.run(&["assign", "ZZZZ00000001", "--file", "list.txt", "--to", "A"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    problem: list.txt:2: serialNumber: `BAD-1` is not a valid serial number: only letters and digits are allowed
    problem: list.txt:5: serialNumber: `SHORT` is not a valid serial number: expected 8-14 characters, got 5
    problem: ZZZZ00000001: serialNumber: no device with this serial number is in the organisation
    problem: list.txt:4: serialNumber: no device with this serial number is in the organisation
    abmctl: error: assign refused: 4 problems found; nothing was changed
    [exit status: 1]
    ");
    let out = env.run(&[
        "assign",
        "ZZZZ00000001",
        "--file",
        "list.txt",
        "--to",
        "A",
        "-o",
        "json",
    ]);
    let result: ResultDoc = out.json();
    let got: Vec<(Option<&str>, Option<&str>)> = result
        .problems
        .iter()
        .map(|p| (p.serial_number.as_deref(), p.line.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (Some("BAD-1"), Some("list.txt:2")),
            (Some("SHORT"), Some("list.txt:5")),
            (Some("ZZZZ00000001"), None),
            (Some(serial(99).as_str()), Some("list.txt:4")),
        ]
    );
    assert_eq!(result.failed, 4);
    assert_eq!(env.dump(), before);
}

/// `--order` selects a whole order; devices of it assigned elsewhere are left alone (narrowed
/// away, not conflicts), those already there are unchanged; `--order` can be repeated, and a
/// pending device of an order is left alone too.
#[test]
fn order_selects_the_whole_order_leaving_devices_assigned_elsewhere_alone() {
    let env = fleet();
    env.ok(&["assign", &serial(1), "--to", "B"]);
    let out = env.run(&["assign", "--order", "ORD-1", "--to", "A", "-o", "json"]);
    assert_eq!(out.status, 0, "{out}");
    let result: ResultDoc = out.json();
    let id = result.activity_id.unwrap_or(0);
    assert_eq!(result, ok_result("assign", id, 2, 2));
    assert_eq!(
        env.item_briefs(result.activity_id),
        [
            "C02T00000002 - UNASSIGNED→ASSIGNED (A) changed -: -",
            "C02T00000003 - UNASSIGNED→ASSIGNED (A) changed -: -",
        ]
    );

    let out = env.run(&[
        "assign", "--order", "ORD-1", "--order", "ORD-2", "--order", "R-1", "--to", "A",
    ]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    Assigned 1 device to A.
    2 devices were already in that state.
    [exit status: 0]
    ");
    assert_eq!(
        env.states(),
        [
            "C02T00000001 ASSIGNED B",
            "C02T00000002 ASSIGNED A",
            "C02T00000003 ASSIGNED A",
            "C02T00000004 ASSIGNED A",
            "C02T00000005 PENDING -",
        ]
    );
}

/// `--family` alone acts on every device of the family that the action applies to (the
/// pending iPhone and the Mac are not touched).
#[test]
fn family_filter_alone() {
    let env = fleet();
    let result: ResultDoc = env.json(&["assign", "--family", "ipad", "--to", "A"]);
    assert_eq!((result.requested, result.changed), (3, 3), "{result:?}");
    let result: ResultDoc = env.json(&["assign", "--family", "iPhone", "--to", "A"]);
    assert_eq!((result.requested, result.changed), (0, 0), "{result:?}");
    assert_eq!(
        env.states(),
        [
            "C02T00000001 ASSIGNED A",
            "C02T00000002 ASSIGNED A",
            "C02T00000003 ASSIGNED A",
            "C02T00000004 UNASSIGNED -",
            "C02T00000005 PENDING -",
        ]
    );
}

/// `--supplier` alone acts on the devices bought from that number (a Customer Number with or
/// without its leading zeros); the pending device of reseller R9 is not among them.
#[test]
fn supplier_filter_alone() {
    let env = fleet();
    env.ok(&["assign", &serial(1), "--to", "B"]);
    let result: ResultDoc = env.json(&["assign", "--supplier", "0012345", "--to", "A"]);
    assert_eq!((result.requested, result.changed), (3, 3), "{result:?}");
    let result: ResultDoc = env.json(&["unassign", "--supplier", "R9"]);
    assert_eq!((result.requested, result.changed), (0, 0), "{result:?}");
    assert_eq!(
        env.states(),
        [
            "C02T00000001 ASSIGNED B",
            "C02T00000002 ASSIGNED A",
            "C02T00000003 ASSIGNED A",
            "C02T00000004 ASSIGNED A",
            "C02T00000005 PENDING -",
        ]
    );
}

/// `--service` alone acts on the devices assigned to that service (any case): unassign them,
/// or move them all with reassign. An unknown service is refused with a hint.
#[test]
fn service_filter_alone() {
    let env = fleet();
    env.ok(&["assign", &serial(1), &serial(2), "--to", "A"]);
    env.ok(&["assign", &serial(3), &serial(4), "--to", "B"]);
    let out = env.run(&["unassign", "--service", "a"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    Unassigned 2 devices.
    [exit status: 0]
    ");
    let out = env.run(&["reassign", "--service", "B", "--to", "A"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    Reassigned 2 devices to A.
    [exit status: 0]
    ");
    assert_eq!(
        env.states(),
        [
            "C02T00000001 UNASSIGNED -",
            "C02T00000002 UNASSIGNED -",
            "C02T00000003 ASSIGNED A",
            "C02T00000004 ASSIGNED A",
            "C02T00000005 PENDING -",
        ]
    );
    let before = env.dump();
    let out = env.run(&["unassign", "--service", "Lab"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    abmctl: error: no device management service is called `Lab`
    hint: the linked services are A, B (see `abmctl mdm list`)
    [exit status: 1]
    ");
    assert_eq!(env.dump(), before);
}

/// Filters given with named serials narrow them: a named device outside the filter is a
/// problem, not silently dropped. Filters and orders combine (both must match).
#[test]
fn filters_narrow_named_serials_and_orders() {
    let env = fleet();
    let before = env.dump();
    let out = env.run(&[
        "assign",
        &serial(1),
        &serial(4),
        "--family",
        "iPad",
        "--to",
        "A",
        "-o",
        "json",
    ]);
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    let problems: Vec<(Option<&str>, &str)> = result
        .problems
        .iter()
        .map(|p| (p.serial_number.as_deref(), p.message.as_str()))
        .collect();
    assert_eq!(
        problems,
        [(
            Some(serial(4).as_str()),
            "does not match the --family/--supplier/--service filters given"
        )]
    );
    assert_eq!(env.dump(), before);

    let result: ResultDoc = env.json(&[
        "assign", "--order", "ORD-2", "--order", "ORD-1", "--family", "Mac", "--to", "A",
    ]);
    assert_eq!((result.requested, result.changed), (1, 1), "{result:?}");
    assert_eq!(env.states()[3], "C02T00000004 ASSIGNED A");
}

/// A selection that picks no device is a successful no-op (exit 0) that says so.
#[test]
fn a_selection_matching_nothing_is_a_no_op() {
    let env = fleet();
    let out = env.run(&["unassign", "--family", "Vision"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    No device matches the selection; nothing to do.
    [exit status: 0]
    ");
    let out = env.run(&["assign", "--family", "Vision", "--to", "A", "-o", "json"]);
    assert_eq!(out.status, 0, "{out}");
    let result: ResultDoc = out.json();
    assert_eq!((result.requested, result.changed), (0, 0), "{result:?}");
}

/// An order number is named input like a serial: one that matches no device is a problem
/// (a typo must not pass as "nothing to do"), and nothing changes.
#[test]
fn an_unknown_order_is_a_problem() {
    let env = fleet();
    let before = env.dump();
    let out = env.run(&["unassign", "--order", "NO-SUCH-ORDER"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    problem: orderNumber: `NO-SUCH-ORDER`: no device of this order is in the organisation
    abmctl: error: unassign refused: 1 problem found; nothing was changed
    [exit status: 1]
    ");
    assert_eq!(env.dump(), before);
}

/// An empty `--file` with a filter acts on nothing: the filters narrow the named devices and
/// never widen to the whole fleet (a cron job's empty list must not release a whole family).
#[test]
fn an_empty_file_with_a_filter_acts_on_nothing() {
    let env = fleet();
    let before = env.dump();
    let out = env
        .cmd(&["release", "--file", "-", "--family", "iPad", "--yes"])
        .stdin("")
        .output();
    assert_eq!(out.status, 0, "{out}");
    assert!(out.stderr.contains("nothing to do"), "{out}");
    assert_eq!(env.dump(), before);
}

/// All-or-nothing: a selection mixing valid devices with problems (a conflict, a released
/// device, a pending one, an unknown serial, a malformed serial) reports every problem, exits
/// 1 and changes nothing; with `--skip-invalid` the valid device is assigned, the others are
/// skipped and listed in the activity, and the exit status is 3.
#[test]
fn mixed_valid_and_invalid_selection_is_all_or_nothing_unless_skip_invalid() {
    let env = fleet();
    env.ok(&["assign", &serial(1), "--to", "B"]);
    env.ok(&["release", &serial(3), "--yes"]);
    let before = env.dump();
    let args = [
        "assign".to_string(),
        serial(2),
        serial(1),
        serial(3),
        serial(5),
        serial(99),
        "BAD!".to_string(),
        "--to".to_string(),
        "A".to_string(),
    ];
    let out = env.run(&args);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    problem: BAD!: serialNumber: `BAD!` is not a valid serial number: only letters and digits are allowed
    problem: C02T00000099: serialNumber: no device with this serial number is in the organisation
    problem: C02T00000001: serialNumber: is assigned to B; use `abmctl reassign` to move it
    problem: C02T00000003: serialNumber: was released from the organisation and can never be assigned
    problem: C02T00000005: serialNumber: is pending: its supplier is not linked, so it cannot be assigned (link it with `abmctl supplier link`)
    abmctl: error: assign refused: 5 problems found; nothing was changed
    [exit status: 1]
    ");
    assert_eq!(env.dump(), before);

    let mut skip = args.to_vec();
    skip.extend([
        "--skip-invalid".to_string(),
        "-o".to_string(),
        "json".to_string(),
    ]);
    let out = env.run(&skip);
    assert_eq!(out.status, 3, "{out}");
    let result: ResultDoc = out.json();
    assert_eq!(
        (
            result.requested,
            result.changed,
            result.skipped,
            result.failed,
            result.problems.len()
        ),
        (6, 1, 5, 0, 5),
        "{result:?}"
    );
    assert_eq!(
        env.states(),
        [
            "C02T00000001 ASSIGNED B",
            "C02T00000002 ASSIGNED A",
            "C02T00000003 RELEASED -",
            "C02T00000004 UNASSIGNED -",
            "C02T00000005 PENDING -",
        ]
    );
    let id = result
        .activity_id
        .expect("a partial run records an activity");
    let activity: ActivityDetail = env.json(&["activity", "show", &id.to_string()]);
    let outcomes: Vec<(Option<&str>, &str)> = activity
        .items
        .iter()
        .map(|i| (i.serial_number.as_deref(), i.outcome.as_str()))
        .collect();
    assert_eq!(
        outcomes,
        [
            (Some("BAD!"), "skipped"),
            (Some("C02T00000099"), "skipped"),
            (Some("C02T00000001"), "skipped"),
            (Some("C02T00000003"), "skipped"),
            (Some("C02T00000005"), "skipped"),
            (Some("C02T00000002"), "changed"),
        ]
    );
    // In table mode: the sentence, the skipped count, and each problem.
    let out = env.run(&["unassign", &serial(2), &serial(99), "--skip-invalid"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    Unassigned 1 device.
    Skipped 1 device.
    problem: C02T00000099: serialNumber: no device with this serial number is in the organisation
    [exit status: 3]
    ");
}

/// A refused result counts every device it was asked to act on, as a refused import counts
/// every row: two named devices, one of them a conflict, are `requested: 2, failed: 1`.
#[test]
fn a_refused_result_counts_every_requested_device() {
    let env = fleet();
    env.ok(&["assign", &serial(1), "--to", "B"]);
    let out = env.run(&["assign", &serial(2), &serial(1), "--to", "A", "-o", "json"]);
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    assert_eq!(
        (result.requested, result.changed, result.failed),
        (2, 0, 1),
        "{result:?}"
    );
}

/// Every device of a command is in its activity with its state (SPEC §1.7): a device skipped by
/// `--skip-invalid` that is in the ledger shows the state it stayed in (before = after), and
/// the field at fault, as a skipped import row does.
#[test]
fn skipped_devices_keep_their_state_in_the_activity() {
    let env = fleet();
    env.ok(&["assign", &serial(1), "--to", "B"]);
    let result: ResultDoc = env.json(&[
        "assign",
        &serial(1),
        &serial(2),
        "--to",
        "A",
        "--skip-invalid",
    ]);
    assert_eq!(
        env.item_briefs(result.activity_id),
        [
            "C02T00000001 - ASSIGNED (B)→ASSIGNED (B) skipped serialNumber: is assigned to B; \
             use `abmctl reassign` to move it",
            "C02T00000002 - UNASSIGNED→ASSIGNED (A) changed -: -",
        ]
    );
}

/// `assign --dry-run` prints the real run's result with `dryRun: true` and writes nothing: for
/// a clean run (changed and unchanged devices), a refused one, and a partial one.
#[test]
fn dry_run_of_assign_matches_the_real_run() {
    let env = fleet();
    env.ok(&["assign", &serial(1), "--to", "A"]);
    let (status, result) =
        assert_dry_run_matches_real(&env, &["assign", "--order", "ORD-1", "--to", "A"]);
    assert_eq!(status, 0);
    assert_eq!((result.changed, result.unchanged), (2, 1), "{result:?}");
    let (status, result) =
        assert_dry_run_matches_real(&env, &["assign", &serial(4), &serial(1), "--to", "B"]);
    assert_eq!((status, result.failed), (1, 1), "{result:?}");
    let (status, result) = assert_dry_run_matches_real(
        &env,
        &[
            "assign",
            &serial(4),
            &serial(5),
            "--to",
            "B",
            "--skip-invalid",
        ],
    );
    assert_eq!(
        (status, result.changed, result.skipped),
        (3, 1, 1),
        "{result:?}"
    );
    assert_eq!(env.states()[3], "C02T00000004 ASSIGNED B");
}

/// `reassign --dry-run` matches the real run (a move, an unassigned device, an unchanged one),
/// and the STALE enrollment a real move makes is not made by the dry run.
#[test]
fn dry_run_of_reassign_matches_the_real_run() {
    let env = fleet();
    env.ok(&["assign", &serial(1), "--to", "A"]);
    env.ok(&["assign", &serial(3), "--to", "B"]);
    env.set_enrolled(&serial(1));
    let (status, result) = assert_dry_run_matches_real(
        &env,
        &["reassign", &serial(1), &serial(2), &serial(3), "--to", "B"],
    );
    assert_eq!(
        (status, result.changed, result.unchanged),
        (0, 2, 1),
        "{result:?}"
    );
    assert_eq!(
        env.json::<Device, _>(&["device", "show", &serial(1)])
            .enrollment_status,
        "STALE"
    );
}

/// `unassign --dry-run` matches the real run.
#[test]
fn dry_run_of_unassign_matches_the_real_run() {
    let env = fleet();
    env.ok(&["assign", "--family", "iPad", "--to", "A"]);
    let (status, result) =
        assert_dry_run_matches_real(&env, &["unassign", "--order", "ORD-1", "--order", "ORD-2"]);
    assert_eq!(
        (status, result.changed, result.unchanged),
        (0, 3, 1),
        "{result:?}"
    );
    assert_eq!(env.states()[0], "C02T00000001 UNASSIGNED -");
}

/// `release --yes --dry-run` matches the real run (and needs no confirmation to preview).
#[test]
fn dry_run_of_release_matches_the_real_run() {
    let env = fleet();
    env.ok(&["assign", &serial(1), "--to", "A"]);
    let out = env.run(&["release", &serial(1), "--dry-run"]);
    assert_eq!(out.status, 0, "a dry run needs no confirmation: {out}");
    let (status, result) =
        assert_dry_run_matches_real(&env, &["release", "--yes", "--order", "ORD-1"]);
    assert_eq!((status, result.changed), (0, 3), "{result:?}");
    assert_eq!(
        env.states()[..3],
        [
            "C02T00000001 RELEASED -",
            "C02T00000002 RELEASED -",
            "C02T00000003 RELEASED -",
        ]
    );
    let (status, result) = assert_dry_run_matches_real(
        &env,
        &["release", "--yes", &serial(1), &serial(4), &serial(5)],
    );
    assert_eq!((status, result.failed), (1, 1), "{result:?}");
}

/// In table mode a dry run says what the real run would do, and that nothing changed.
#[test]
fn dry_run_in_table_mode_says_nothing_changed() {
    let env = fleet();
    let out = env.run(&["assign", "--order", "ORD-1", "--to", "A", "--dry-run"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    Would assign 3 devices to A (dry run: nothing was changed).
    [exit status: 0]
    ");
    assert_eq!(env.states()[0], "C02T00000001 UNASSIGNED -");
}

/// `activity show ID -o csv` is the per-device table of an assignment: every device with its
/// before, after and outcome; the activity records the command's parameters.
#[test]
fn activity_show_csv_lists_every_device() {
    let env = fleet();
    env.ok(&["assign", &serial(1), "--to", "A"]);
    env.ok(&["assign", &serial(2), "--to", "B"]);
    let result: ResultDoc = env.json(&[
        "assign",
        &serial(1),
        &serial(2),
        &serial(3),
        &serial(5),
        "--to",
        "A",
        "--skip-invalid",
    ]);
    let id = result.activity_id.expect("an activity").to_string();
    let out = env.run(&["activity", "show", &id, "-o", "csv"]);
    insta::assert_snapshot!(out, @r#"
    serialNumber,line,before,after,outcome,field,message
    C02T00000001,,ASSIGNED (A),ASSIGNED (A),unchanged,,
    C02T00000002,,ASSIGNED (B),ASSIGNED (B),skipped,serialNumber,is assigned to B; use `abmctl reassign` to move it
    C02T00000005,,PENDING,PENDING,skipped,serialNumber,"is pending: its supplier is not linked, so it cannot be assigned (link it with `abmctl supplier link`)"
    C02T00000003,,UNASSIGNED,ASSIGNED (A),changed,,
    ----- stderr -----
    [exit status: 0]
    "#);
    let activity: ActivityDetail = env.json(&["activity", "show", &id]);
    assert_eq!(activity.action, "assign");
    assert_eq!(
        activity.parameters["to"],
        serde_json::Value::String("A".to_string())
    );
    assert_eq!(
        (
            activity.requested,
            activity.changed,
            activity.unchanged,
            activity.skipped
        ),
        (4, 1, 1, 2)
    );
}

/// The issue's scenario, end to end: assign before any service → refused with a hint to
/// `abmctl mdm link`; assign, then again → no-op; to a second service → conflict naming
/// reassign; reassign; unassign; release in a script without --yes → exit 2, with it →
/// RELEASED and never assignable again; a default applies to a new import but not to the
/// devices already there; a mixed valid/invalid selection → exit 1 and nothing changed, with
/// --skip-invalid → exit 3 and only the valid device changed.
#[test]
fn issue_scenario_end_to_end() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.write("order.csv", order_csv(&ipads(1, 3, "ORD-1")));
    env.ok(&["import", "order.csv"]);
    let (one, two) = (serial(1), serial(2));

    // 1. Before any service.
    let before = env.dump();
    let out = env.run(&["assign", &one, "--to", "A"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("`abmctl mdm link"), "{out}");
    assert_eq!(env.dump(), before);

    // 2. Assign, then the same again: a no-op.
    env.ok(&["mdm", "link", "A"]);
    env.ok(&["mdm", "link", "B"]);
    let out = env.run(&["assign", &one, "--to", "A"]);
    assert_eq!(
        (out.status, out.stderr.as_str()),
        (0, "Assigned 1 device to A.\n")
    );
    let devices = env.sql("SELECT * FROM devices ORDER BY id");
    let out = env.run(&["assign", &one, "--to", "A"]);
    assert_eq!(
        (out.status, out.stderr.as_str()),
        (0, "1 device was already in that state; nothing to do.\n")
    );
    assert_eq!(env.sql("SELECT * FROM devices ORDER BY id"), devices);

    // 3. To a second service: a conflict that names reassign.
    let out = env.run(&["assign", &one, "--to", "B"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("use `abmctl reassign`"), "{out}");
    assert_eq!(env.sql("SELECT * FROM devices ORDER BY id"), devices);

    // 4. Reassign, 5. unassign.
    env.ok(&["reassign", &one, "--to", "B"]);
    assert_eq!(env.states()[0], "C02T00000001 ASSIGNED B");
    env.ok(&["unassign", &one]);
    assert_eq!(env.states()[0], "C02T00000001 UNASSIGNED -");

    // 6. Release: a script needs --yes; then it is gone for good.
    let out = env.run(&["release", &one]);
    assert_eq!(out.status, 2, "{out}");
    assert!(out.stderr.contains("--yes"), "{out}");
    assert_eq!(env.states()[0], "C02T00000001 UNASSIGNED -");
    env.ok(&["release", &one, "--yes"]);
    assert_eq!(env.states()[0], "C02T00000001 RELEASED -");
    let out = env.run(&["assign", &one, "--to", "A"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("can never be assigned"), "{out}");
    assert_eq!(env.states()[0], "C02T00000001 RELEASED -");

    // 7. A default applies to what arrives, not to what is already there.
    env.ok(&["mdm", "default", "set", "iPad", "A"]);
    env.write("order2.csv", order_csv(&ipads(4, 1, "ORD-2")));
    env.ok(&["import", "order2.csv"]);
    assert_eq!(
        env.states(),
        [
            "C02T00000001 RELEASED -",
            "C02T00000002 UNASSIGNED -",
            "C02T00000003 UNASSIGNED -",
            "C02T00000004 ASSIGNED A",
        ]
    );

    // 8. A mixed selection: all or nothing, or the valid part with --skip-invalid.
    let before = env.dump();
    let out = env.run(&[
        "assign",
        &two,
        &one,
        "NOPE0000001",
        "--to",
        "B",
        "-o",
        "json",
    ]);
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    assert_eq!(result.problems.len(), 2, "{result:?}");
    assert_eq!(env.dump(), before);
    let out = env.run(&[
        "assign",
        &two,
        &one,
        "NOPE0000001",
        "--to",
        "B",
        "--skip-invalid",
    ]);
    assert_eq!(out.status, 3, "{out}");
    assert_eq!(
        env.states(),
        [
            "C02T00000001 RELEASED -",
            "C02T00000002 ASSIGNED B",
            "C02T00000003 UNASSIGNED -",
            "C02T00000004 ASSIGNED A",
        ]
    );
}

/// Unassigning an enrolled device makes its enrollment STALE too, so unassign-then-assign can't
/// hide that the device is still enrolled in its old service.
#[test]
fn unassigning_an_enrolled_device_makes_its_enrollment_stale() {
    let env = fleet();
    env.ok(&["assign", &serial(1), "--to", "A"]);
    env.set_enrolled(&serial(1));
    env.ok(&["unassign", &serial(1)]);
    env.ok(&["assign", &serial(1), "--to", "B"]);
    let device: Device = env.json(&["device", "show", &serial(1)]);
    assert_eq!(
        (
            device.enrollment_status.as_str(),
            device.assigned_server.as_deref()
        ),
        ("STALE", Some("B"))
    );
}
