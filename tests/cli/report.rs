//! `abmctl report summary | unassigned | orders | suppliers | tokens` (SPEC §1.3, §2, §3): the
//! fleet counted by status, family and service; unassigned devices oldest first; assignment
//! progress per order and per supplier; expiring server tokens with `--check` for cron. All
//! as JSON, CSV or a table, all read-only.

use crate::common::*;

/// A device of `order` dated `date`, from `source` (`APPLE` 12345 or a reseller number).
fn dev(n: u32, family: &str, order: &str, date: &str, reseller: Option<&str>) -> Dev {
    let d = match reseller {
        Some(number) => Dev::reseller(serial(n), family, number),
        None => Dev::apple(serial(n), family),
    };
    Dev {
        date: date.to_string(),
        ..d.order(order)
    }
}

/// The organisation every report test reads:
/// - Apple Customer Number 12345 ("Apple direct") and reseller R2 linked, reseller R7 not;
/// - ORD-1 (2026-09-20, 12345): iPads 1–3, 1 and 2 assigned to A;
/// - ORD-2 (2026-10-01, 12345): Macs 4 and 5, 4 released;
/// - R-2 (2026-10-05, reseller R2): iPhone 6, assigned to B;
/// - R-7 (2026-10-10, reseller R7): iPhone 7, pending;
/// - Mac 8 added with Apple Configurator, unassigned.
fn fleet() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&[
        "supplier",
        "link",
        "--customer-number",
        "12345",
        "--name",
        "Apple direct",
    ]);
    env.ok(&["supplier", "link", "--reseller-number", "R2"]);
    env.ok(&["mdm", "link", "A"]);
    env.ok(&["mdm", "link", "B"]);
    let (d1, d2, d3, d4) = (
        "2026-09-20T08:30:00Z",
        "2026-10-01T08:30:00Z",
        "2026-10-05T08:30:00Z",
        "2026-10-10T08:30:00Z",
    );
    env.write(
        "order.csv",
        order_csv(&[
            dev(1, "iPad", "ORD-1", d1, None),
            dev(2, "iPad", "ORD-1", d1, None),
            dev(3, "iPad", "ORD-1", d1, None),
            dev(4, "Mac", "ORD-2", d2, None),
            dev(5, "Mac", "ORD-2", d2, None),
            dev(6, "iPhone", "R-2", d3, Some("R2")),
            dev(7, "iPhone", "R-7", d4, Some("R7")),
        ]),
    );
    env.ok(&["import", "order.csv"]);
    env.ok(&["device", "add", &serial(8), "--family", "Mac"]);
    env.ok(&["assign", &serial(1), &serial(2), "--to", "A"]);
    env.ok(&["assign", &serial(6), "--to", "B"]);
    env.ok(&["release", &serial(4), "--yes"]);
    env
}

/// `report summary` counts devices by status, family and service (assigned first, then
/// unassigned, pending, released); the same rows as JSON, CSV and a table; reports change
/// nothing.
#[test]
fn summary_counts_devices_by_status_family_and_service() {
    let env = fleet();
    let before = env.dump();
    let rows: Vec<SummaryRow> = env.json(&["report", "summary"]);
    let row = |status: &str, family: &str, server: Option<&str>, devices| SummaryRow {
        status: status.to_string(),
        product_family: family.to_string(),
        assigned_server: server.map(str::to_string),
        devices,
    };
    assert_eq!(
        rows,
        [
            row("ASSIGNED", "iPad", Some("A"), 2),
            row("ASSIGNED", "iPhone", Some("B"), 1),
            row("UNASSIGNED", "Mac", None, 2),
            row("UNASSIGNED", "iPad", None, 1),
            row("PENDING", "iPhone", None, 1),
            row("RELEASED", "Mac", None, 1),
        ]
    );
    let out = env.run(&["report", "summary", "-o", "csv"]);
    insta::assert_snapshot!(out, @r"
    status,productFamily,assignedServer,devices
    ASSIGNED,iPad,A,2
    ASSIGNED,iPhone,B,1
    UNASSIGNED,Mac,,2
    UNASSIGNED,iPad,,1
    PENDING,iPhone,,1
    RELEASED,Mac,,1
    ----- stderr -----
    [exit status: 0]
    ");
    let out = env.run(&["report", "summary"]);
    insta::assert_snapshot!(out, @r"
    STATUS      FAMILY  SERVICE  DEVICES
    ASSIGNED    iPad    A        2
    ASSIGNED    iPhone  B        1
    UNASSIGNED  Mac              2
    UNASSIGNED  iPad             1
    PENDING     iPhone           1
    RELEASED    Mac              1
    ----- stderr -----
    [exit status: 0]
    ");
    for report in ["summary", "unassigned", "orders", "suppliers", "tokens"] {
        for format in ["json", "csv", "table"] {
            env.ok(&["report", report, "-o", format]);
        }
    }
    assert_eq!(env.dump(), before, "a report changed the ledger");
}

/// `report unassigned` lists the unassigned devices (not pending, released or assigned ones)
/// as device objects, the oldest arrival first whatever their order in the ledger;
/// `--family` and `--limit` narrow it; CSV has the device columns.
#[test]
fn unassigned_lists_unassigned_devices_oldest_first() {
    let env = fleet();
    // The Configurator Mac (the newest row) arrived first.
    env.exec(&format!(
        "UPDATE devices SET added_to_org_date_time = '2026-11-01T00:00:00Z' \
         WHERE serial_number = '{}'",
        serial(8)
    ));
    let serials = |args: &[&str]| -> Vec<String> {
        let mut full = vec!["report", "unassigned"];
        full.extend(args);
        let devices: Vec<Device> = env.json(&full);
        assert!(
            devices.iter().all(|d| d.status == "UNASSIGNED"),
            "{devices:?}"
        );
        devices.into_iter().map(|d| d.serial_number).collect()
    };
    assert_eq!(serials(&[]), [serial(8), serial(3), serial(5)]);
    assert_eq!(serials(&["--family", "mac"]), [serial(8), serial(5)]);
    assert_eq!(
        serials(&["--family", "iPad", "--family", "Mac", "--limit", "2"]),
        [serial(8), serial(3)]
    );
    assert_eq!(serials(&["--family", "Vision"]), Vec::<String>::new());

    let out = env.run(&["report", "unassigned", "-o", "csv"]);
    assert_eq!(out.status, 0, "{out}");
    let (header, rows) = out.csv();
    assert_eq!(header, DEVICE_KEYS);
    let first: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(first, [serial(8), serial(3), serial(5)]);

    env.ok(&["assign", "--family", "Mac", "--family", "iPad", "--to", "A"]);
    let out = env.run(&["report", "unassigned", "-o", "json"]);
    insta::assert_snapshot!(out, @r"
    []
    ----- stderr -----
    Nothing to report.
    [exit status: 0]
    ");
}

/// `report orders` shows each order's progress, newest first: devices, assigned, unassigned,
/// pending, released, and the assigned share of the devices that can be assigned.
#[test]
fn orders_show_each_orders_progress_newest_first() {
    let env = fleet();
    let orders: Vec<OrderReport> = env.json(&["report", "orders"]);
    let got: Vec<String> = orders
        .iter()
        .map(|o| {
            format!(
                "{} {} {} {} {}/{}/{}/{}/{} {}",
                o.order_number,
                o.order_date_time.as_deref().unwrap_or("-"),
                o.purchase_source_type,
                o.purchase_source_id.as_deref().unwrap_or("-"),
                o.devices,
                o.assigned,
                o.unassigned,
                o.pending,
                o.released,
                o.assigned_percent
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            "R-7 2026-10-10T08:30:00Z RESELLER R7 1/0/0/1/0 0",
            "R-2 2026-10-05T08:30:00Z RESELLER R2 1/1/0/0/0 100",
            "ORD-2 2026-10-01T08:30:00Z APPLE 12345 2/0/1/0/1 0",
            "ORD-1 2026-09-20T08:30:00Z APPLE 12345 3/2/1/0/0 66.7",
        ]
    );
    let out = env.run(&["report", "orders", "-o", "csv"]);
    insta::assert_snapshot!(out, @r"
    orderNumber,orderDateTime,purchaseSourceType,purchaseSourceId,devices,assigned,unassigned,pending,released,assignedPercent
    R-7,2026-10-10T08:30:00Z,RESELLER,R7,1,0,0,1,0,0.0
    R-2,2026-10-05T08:30:00Z,RESELLER,R2,1,1,0,0,0,100.0
    ORD-2,2026-10-01T08:30:00Z,APPLE,12345,2,0,1,0,1,0.0
    ORD-1,2026-09-20T08:30:00Z,APPLE,12345,3,2,1,0,0,66.7
    ----- stderr -----
    [exit status: 0]
    ");
    // Assigning the rest of ORD-1 completes it.
    env.ok(&["assign", "--order", "ORD-1", "--to", "A"]);
    let orders: Vec<OrderReport> = env.json(&["report", "orders"]);
    let ord1 = orders
        .iter()
        .find(|o| o.order_number == "ORD-1")
        .expect("ORD-1 is reported");
    assert_eq!((ord1.assigned, ord1.assigned_percent), (3, 100.0));
}

/// `report suppliers` shows each purchase source's progress, linked or not (the unlinked
/// reseller holding a pending device, the Configurator adds), with the supplier's name.
#[test]
fn suppliers_show_each_sources_progress_linked_or_not() {
    let env = fleet();
    let suppliers: Vec<SupplierReport> = env.json(&["report", "suppliers"]);
    let apple = SupplierReport {
        purchase_source_type: "APPLE".to_string(),
        purchase_source_id: Some("12345".to_string()),
        name: Some("Apple direct".to_string()),
        linked: true,
        devices: 5,
        assigned: 2,
        unassigned: 2,
        pending: 0,
        released: 1,
        assigned_percent: 50.0,
    };
    assert_eq!(suppliers[0], apple);
    let out = env.run(&["report", "suppliers", "-o", "csv"]);
    insta::assert_snapshot!(out, @r"
    purchaseSourceType,purchaseSourceId,name,linked,devices,assigned,unassigned,pending,released,assignedPercent
    APPLE,12345,Apple direct,true,5,2,2,0,1,50.0
    MANUALLY_ADDED,,,false,1,0,1,0,0,0.0
    RESELLER,R2,,true,1,1,0,0,0,100.0
    RESELLER,R7,,false,1,0,0,1,0,0.0
    ----- stderr -----
    [exit status: 0]
    ");
    // Linking R7 releases its pending iPhone, and the report follows.
    env.ok(&["supplier", "link", "--reseller-number", "R7"]);
    let suppliers: Vec<SupplierReport> = env.json(&["report", "suppliers"]);
    let r7 = suppliers.last().expect("R7 is reported");
    assert_eq!(
        (r7.linked, r7.pending, r7.unassigned),
        (true, 0, 1),
        "{r7:?}"
    );
}

/// `report tokens --within DAYS --check` exits 1 when a server token expires within DAYS (a
/// token issued 350 days ago has 14 days left), naming `abmctl mdm token`; 0 when none does;
/// without `--check` it only lists them. Expired tokens are included.
#[test]
fn tokens_check_exits_1_when_a_token_expires_within_days() {
    let env = TestEnv::new();
    env.ok(&["mdm", "link", "A"]);
    env.ok(&["mdm", "link", "B"]);
    env.ok(&["mdm", "token", "A", "--issued", "2025-12-12"]);

    let out = env.run(&["report", "tokens", "--within", "30", "--check", "-o", "csv"]);
    insta::assert_snapshot!(out, @r"
    serverName,deviceCount,enableMdmDisownFlag,tokenIssuedDateTime,tokenExpiresDateTime,tokenDaysLeft,certificateSubject,certificateExpiresDateTime,enrollmentUrl,createdDateTime
    A,0,true,2025-12-12T00:00:00Z,2026-12-12T00:00:00Z,14,,,,2026-11-27T12:00:00Z
    ----- stderr -----
    abmctl: error: 1 server token expires within 30 days; renew with `abmctl mdm token`
    [exit status: 1]
    ");
    assert_eq!(
        env.run(&["report", "tokens", "--check"]).status,
        1,
        "the default is 30 days"
    );
    assert_eq!(
        env.run(&["report", "tokens", "--within", "14", "--check"])
            .status,
        1
    );
    let out = env.run(&["report", "tokens", "--within", "13", "--check"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    No server token expires within 13 days.
    [exit status: 0]
    ");
    // Without --check: listed, exit 0.
    let out = env.run(&["report", "tokens", "--within", "30", "-o", "json"]);
    assert_eq!(out.status, 0, "{out}");
    let services: Vec<Service> = out.json();
    let got: Vec<(&str, i64)> = services
        .iter()
        .map(|s| (s.server_name.as_str(), s.token_days_left))
        .collect();
    assert_eq!(got, [("A", 14)]);

    // An expired token is reported too (negative days left); a renewed one no longer is.
    env.ok(&["mdm", "token", "B", "--issued", "2025-01-01"]);
    env.ok(&["mdm", "token", "A"]);
    let services: Vec<Service> = env.json(&["report", "tokens", "--within", "0"]);
    let got: Vec<(&str, i64)> = services
        .iter()
        .map(|s| (s.server_name.as_str(), s.token_days_left))
        .collect();
    assert_eq!(got, [("B", -331)]);
    assert_eq!(
        env.run(&["report", "tokens", "--within", "0", "--check"])
            .status,
        1
    );
    // `-q` keeps the cron job silent when all is well.
    env.ok(&["mdm", "token", "B"]);
    let out = env.run(&["-q", "report", "tokens", "--check"]);
    assert_eq!(
        (out.status, out.stdout.as_str(), out.stderr.as_str()),
        (0, "", "")
    );
}

/// On an empty ledger every report is empty and succeeds: `[]` as JSON, "Nothing to report."
/// on stderr.
#[test]
fn reports_on_an_empty_ledger() {
    let env = TestEnv::new();
    for report in ["summary", "unassigned", "orders", "suppliers"] {
        let out = env.run(&["report", report, "-o", "json"]);
        assert_eq!(
            (out.status, out.stdout.trim(), out.stderr.as_str()),
            (0, "[]", "Nothing to report.\n"),
            "{report}: {out}"
        );
    }
    let out = env.run(&["report", "tokens", "--check"]);
    insta::assert_snapshot!(out, @r"
    ----- stderr -----
    No server token expires within 30 days.
    [exit status: 0]
    ");
}

/// `report` with no report named is the summary.
#[test]
fn report_alone_is_the_summary() {
    let env = fleet();
    assert_eq!(
        env.run(&["report"]).stdout,
        env.run(&["report", "summary"]).stdout
    );
    assert_eq!(env.run(&["report"]).status, 0);
}
