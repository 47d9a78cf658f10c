//! Step 5: `enroll`, `unenroll`, `device remove`, personal devices, `report enrollment` and
//! `device list --enrolled/--personal`, as a new user would run them.

use crate::common::*;

/// Services A (with an https enrollment URL) and B, supplier 12345, and three iPhones of
/// order ORD-1, unassigned.
fn fleet() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&[
        "mdm",
        "link",
        "A",
        "--enrollment-url",
        "https://a.example.com/enroll",
    ]);
    env.ok(&["mdm", "link", "B"]);
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    let order = env.write(
        "order.csv",
        order_csv(&[
            Dev::apple(serial(1), "iPhone"),
            Dev::apple(serial(2), "iPhone"),
            Dev::apple(serial(3), "iPhone"),
        ]),
    );
    env.ok(&["import", s(&order)]);
    env
}

fn device(env: &TestEnv, serial: &str) -> Device {
    env.json(&["device", "show", serial])
}

/// The device's enrollment as `STATUS method user personal`.
fn enrollment(env: &TestEnv, serial: &str) -> String {
    let d = device(env, serial);
    format!(
        "{} {} {} {}",
        d.enrollment_status,
        d.enrollment_method.unwrap_or_else(|| "-".into()),
        d.enrolled_user.unwrap_or_else(|| "-".into()),
        d.personal
    )
}

fn reserved_domain(env: &TestEnv) -> String {
    let org: Org = env.json(&["org", "show"]);
    org.reserved_domain
        .expect("every organisation has a reserved domain")
}

/// Automated Device Enrollment needs the device assigned; assigned, it enrolls; enrolling it
/// again is a no-op; reassigned it is STALE; enrolling it in its new service clears STALE,
/// and enrolling it into a service it is not assigned to is refused.
#[test]
fn automated_enrollment_follows_the_assignment() {
    let env = fleet();
    let s1 = serial(1);
    let before = env.dump();
    let out = env.run(&["enroll", &s1, "-o", "json"]);
    assert_eq!(out.status, 1, "{out}");
    let doc: ResultDoc = out.json();
    assert_eq!((doc.activity_id, doc.failed, doc.changed), (None, 1, 0));
    assert!(
        doc.problems[0].message.contains("is not assigned"),
        "{doc:?}"
    );
    assert_eq!(env.dump(), before, "a refused enroll changed the ledger");

    env.ok(&["assign", &s1, "--to", "A"]);
    let (status, doc) = assert_dry_run_matches_real(&env, &["enroll", &s1]);
    assert_eq!(status, 0);
    assert_eq!(doc, ok_result("enroll", doc.activity_id.unwrap(), 1, 1));
    assert_eq!(enrollment(&env, &s1), "ENROLLED automated - false");

    let again: ResultDoc = env.json(&["enroll", &s1]);
    assert_eq!((again.changed, again.unchanged, again.failed), (0, 1, 0));

    env.ok(&["reassign", &s1, "--to", "B"]);
    assert_eq!(enrollment(&env, &s1), "STALE automated - false");
    let wrong = env.run(&["enroll", &s1, "--to", "A"]);
    assert_eq!(wrong.status, 1, "{wrong}");
    assert!(wrong.stderr.contains("is assigned to B, not A"), "{wrong}");
    let doc: ResultDoc = env.json(&["enroll", &s1, "--to", "b"]);
    assert_eq!(doc.changed, 1);
    assert_eq!(enrollment(&env, &s1), "ENROLLED automated - false");
    assert_eq!(
        env.item_briefs(doc.activity_id),
        [format!(
            "{s1} - ASSIGNED (B); STALE (automated)→ASSIGNED (B); ENROLLED (automated) changed -: \
             enrolled again in the service it is now assigned to: no longer stale"
        )]
    );
}

/// A whole order: devices picked by `--order` are narrowed to those that can enroll; named
/// devices that cannot are problems (all-or-nothing), or skipped with `--skip-invalid` (exit 3).
#[test]
fn a_selection_enrolls_all_or_nothing() {
    let env = fleet();
    env.ok(&["assign", &serial(1), &serial(2), "--to", "A"]);
    let before = env.dump();
    let out = env.run(&["enroll", &serial(1), &serial(3), "-o", "json"]);
    assert_eq!(out.status, 1, "{out}");
    let doc: ResultDoc = out.json();
    assert_eq!((doc.requested, doc.failed), (2, 1));
    assert_eq!(
        doc.problems[0].serial_number.as_deref(),
        Some(serial(3).as_str())
    );
    assert_eq!(env.dump(), before);

    let (status, doc) =
        assert_dry_run_matches_real(&env, &["enroll", &serial(1), &serial(3), "--skip-invalid"]);
    assert_eq!((status, doc.changed, doc.skipped), (3, 1, 1));

    let (status, doc) = assert_dry_run_matches_real(&env, &["enroll", "--order", "ORD-1"]);
    assert_eq!(status, 0);
    // serial(1) is enrolled already, serial(2) enrolls, serial(3) (unassigned) is left out.
    assert_eq!((doc.requested, doc.changed, doc.unchanged), (2, 1, 1));
    let enrolled: Vec<Device> = env.json(&["device", "list", "--enrolled", "yes"]);
    assert_eq!(enrolled.len(), 2);
    let not: Vec<Device> = env.json(&["device", "list", "--enrolled", "no"]);
    assert_eq!(not.len(), 1);
}

/// Account-driven User Enrollment of a device not in the organisation, by a Managed Apple
/// Account on the reserved domain: it arrives on its family's default service, enrolled and
/// personal; the organisation cannot reassign, unassign or release it; unenrolling it takes it
/// out of the organisation, recorded.
#[test]
fn account_driven_user_enrollment_makes_a_personal_device() {
    let env = fleet();
    env.ok(&["mdm", "default", "set", "iPhone", "A"]);
    let user = format!("jo@{}", reserved_domain(&env));
    env.ok(&["account", "add", &user, "--name", "Jo"]);
    let byod = "H4T3X9L2QW";
    let args = [
        "enroll",
        byod,
        "--method",
        "account-user",
        "--user",
        &user,
        "--family",
        "iphone",
    ];
    let (status, doc) = assert_dry_run_matches_real(&env, &args);
    assert_eq!(status, 0);
    assert_eq!(doc, ok_result("enroll", doc.activity_id.unwrap(), 1, 1));
    let d = device(&env, byod);
    assert_eq!(
        (
            d.purchase_source_type.as_str(),
            d.status.as_str(),
            d.assigned_server.as_deref()
        ),
        ("MANUALLY_ADDED", "ASSIGNED", Some("A"))
    );
    assert_eq!(
        enrollment(&env, byod),
        format!("ENROLLED account-user {user} true")
    );

    for args in [
        vec!["reassign", byod, "--to", "B"],
        vec!["unassign", byod],
        vec!["release", byod, "--yes"],
    ] {
        let before = env.dump();
        let out = env.run(&args);
        assert_eq!(out.status, 1, "{out}");
        assert!(out.stderr.contains("is a personal device"), "{out}");
        assert_eq!(env.dump(), before);
    }
    let personal: Vec<Device> = env.json(&["device", "list", "--personal", "yes"]);
    assert_eq!(personal.len(), 1);
    let org: Vec<Device> = env.json(&["device", "list", "--personal", "no"]);
    assert_eq!(org.len(), 3);
    let accounts: Vec<AccountDoc> = env.json(&["account", "list"]);
    assert_eq!(accounts[0].personal_devices, 1);
    let refused = env.run(&["account", "remove", &user]);
    assert_eq!(refused.status, 1, "{refused}");
    assert!(refused.stderr.contains(byod), "{refused}");

    let (status, doc) = assert_dry_run_matches_real(&env, &["unenroll", byod]);
    assert_eq!((status, doc.changed), (0, 1));
    assert_eq!(
        env.sql_count(&format!(
            "SELECT count(*) FROM devices WHERE serial_number = '{byod}'"
        )),
        0
    );
    assert_eq!(
        env.item_briefs(doc.activity_id),
        [format!(
            "{byod} - ASSIGNED (A); ENROLLED (account-user, {user})→- changed -: a personal \
             device: unenrolled by its user, it left the organisation"
        )]
    );
    // The activity that brought it in still tells how it enrolled.
    let history: Vec<Activity> = env.json(&["activity", "list", "--serial", byod]);
    let actions: Vec<&str> = history.iter().map(|a| a.action.as_str()).collect();
    assert_eq!(actions, ["unenroll", "enroll"]);
    env.ok(&["account", "remove", &user]);
}

/// Account-driven enrollment needs an account of the organisation on a verified domain; an
/// organisation device cannot become personal; `--user` is required.
#[test]
fn account_driven_enrollment_needs_a_verified_account() {
    let env = fleet();
    env.ok(&["mdm", "default", "set", "iPhone", "A"]);
    env.ok(&["domain", "add", "example.com"]);
    let out = env.run(&["account", "add", "jo@example.com"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("is not verified yet"), "{out}");
    let before = env.dump();
    let out = env.run(&[
        "enroll",
        "H4T3X9L2QW",
        "--method",
        "account-device",
        "--user",
        "jo@example.com",
        "--family",
        "iPhone",
    ]);
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr.contains("is not a Managed Apple Account"),
        "{out}"
    );
    assert_eq!(env.dump(), before);
    let out = env.run(&[
        "enroll",
        "H4T3X9L2QW",
        "--method",
        "account-user",
        "--family",
        "iPhone",
    ]);
    assert_eq!(out.status, 2, "{out}");
    assert!(out.stderr.contains("needs --user"), "{out}");

    let user = format!("al@{}", reserved_domain(&env));
    env.ok(&["account", "add", &user]);
    env.ok(&["assign", &serial(1), "--to", "A"]);
    let out = env.run(&[
        "enroll",
        &serial(1),
        "--method",
        "account-user",
        "--user",
        &user,
    ]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("is an organisation device"), "{out}");
    // Account-driven Device Enrollment of the same organisation device is fine.
    env.ok(&[
        "enroll",
        &serial(1),
        "--method",
        "account-device",
        "--user",
        &user,
    ]);
    assert_eq!(
        enrollment(&env, &serial(1)),
        format!("ENROLLED account-device {user} false")
    );
    // Enrolled by account, it cannot enroll another way until unenrolled.
    let out = env.run(&["enroll", &serial(1)]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("is already enrolled"), "{out}");
    // An organisation device unenrolled keeps its assignment.
    env.ok(&["unenroll", &serial(1)]);
    let d = device(&env, &serial(1));
    assert_eq!(
        (d.enrollment_status.as_str(), d.assigned_server.as_deref()),
        ("NOT_ENROLLED", Some("A"))
    );
    let again: ResultDoc = env.json(&["unenroll", &serial(1)]);
    assert_eq!((again.changed, again.unchanged), (0, 1));
}

/// A user-initiated enrollment of a new device goes to `--to`, else its family's default; with
/// neither it is refused with a hint naming `mdm default set`. One SERIAL only.
#[test]
fn user_enrollment_needs_a_service_to_go_to() {
    let env = fleet();
    let before = env.dump();
    let out = env.run(&[
        "enroll",
        "DMPDEMOIPAD1",
        "--method",
        "user",
        "--family",
        "iPad",
    ]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("abmctl mdm default set iPad"), "{out}");
    assert_eq!(env.dump(), before);
    let out = env.run(&["enroll", "DMPDEMOIPAD1", "--method", "user"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("--family"), "{out}");
    let out = env.run(&[
        "enroll",
        "DMPDEMOIPAD1",
        "--method",
        "user",
        "--family",
        "Watch",
        "--to",
        "B",
    ]);
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr
            .contains("Apple Watch cannot arrive by enrollment"),
        "{out}"
    );
    let out = env.run(&["enroll", &serial(1), &serial(2), "--method", "user"]);
    assert_eq!(out.status, 2, "{out}");

    let (status, doc) = assert_dry_run_matches_real(
        &env,
        &[
            "enroll",
            "DMPDEMOIPAD1",
            "--method",
            "user",
            "--family",
            "iPad",
            "--to",
            "B",
            "--user",
            "Kiosk 3",
        ],
    );
    assert_eq!((status, doc.changed), (0, 1));
    let d = device(&env, "DMPDEMOIPAD1");
    assert_eq!(d.assigned_server.as_deref(), Some("B"));
    assert_eq!(
        enrollment(&env, "DMPDEMOIPAD1"),
        "ENROLLED user Kiosk 3 false"
    );
    // An existing unassigned device is assigned to the service named as it enrolls.
    let doc: ResultDoc = env.json(&["enroll", &serial(3), "--method", "user", "--to", "A"]);
    assert_eq!(doc.changed, 1);
    assert_eq!(
        device(&env, &serial(3)).assigned_server.as_deref(),
        Some("A")
    );
    // An assigned one enrolls only in its own service.
    let out = env.run(&["enroll", &serial(3), "--method", "user", "--to", "B"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("reassign"), "{out}");
}

/// A device added with Apple Configurator can be removed within 30 days of its first
/// enrollment (and before it); after that it is refused with the date the period ended. A
/// device from an order never can.
#[test]
fn device_remove_only_within_the_provisional_period() {
    let env = fleet();
    for serial in ["C02XK1ZZJGH5", "C02XK1ZZJGH6", "C02XK1ZZJGH7"] {
        env.ok(&["device", "add", serial, "--family", "Mac"]);
    }
    env.ok(&["assign", "C02XK1ZZJGH5", "C02XK1ZZJGH6", "--to", "A"]);
    env.ok(&["enroll", "C02XK1ZZJGH5", "C02XK1ZZJGH6"]);
    // Unenrolled and enrolled again later: the period still runs from the first enrollment.
    env.ok(&["unenroll", "C02XK1ZZJGH6"]);
    let later = env
        .cmd(&["enroll", "C02XK1ZZJGH6"])
        .at("2026-12-20T00:00:00Z")
        .output();
    assert_eq!(later.status, 0, "{later}");

    let day29 = "2026-12-26T12:00:00Z";
    let before = env.dump();
    let dry = env
        .cmd(&[
            "device",
            "remove",
            "C02XK1ZZJGH5",
            "--dry-run",
            "-o",
            "json",
        ])
        .at(day29)
        .output();
    assert_eq!(env.dump(), before);
    let real = env
        .cmd(&["device", "remove", "C02XK1ZZJGH5", "-o", "json"])
        .at(day29)
        .output();
    assert_eq!((dry.status, real.status), (0, 0), "{dry}\n{real}");
    let (dry, real): (ResultDoc, ResultDoc) = (dry.json(), real.json());
    assert_eq!(
        ResultDoc {
            dry_run: false,
            ..dry
        },
        real.clone()
    );
    assert_eq!(
        real,
        ok_result("device.remove", real.activity_id.unwrap(), 1, 1)
    );
    assert_eq!(
        env.sql_count("SELECT count(*) FROM devices WHERE serial_number = 'C02XK1ZZJGH5'"),
        0
    );

    let day31 = "2026-12-28T12:00:00Z";
    let before = env.dump();
    let out = env
        .cmd(&["device", "remove", "C02XK1ZZJGH6"])
        .at(day31)
        .output();
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr.contains(
            "its 30-day provisional period ended on 2026-12-27T12:00:00Z (it first enrolled on \
             2026-11-27T12:00:00Z)"
        ),
        "{out}"
    );
    assert_eq!(env.dump(), before);
    // Never enrolled: the period has not started, the device may go.
    let out = env
        .cmd(&["device", "remove", "c02xk1zzjgh7"])
        .at(day31)
        .output();
    assert_eq!(out.status, 0, "{out}");
    assert_eq!(
        env.sql_count("SELECT count(*) FROM devices WHERE serial_number = 'C02XK1ZZJGH7'"),
        0
    );
    let out = env.run(&["device", "remove", &serial(1)]);
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr.contains("was not added with Apple Configurator"),
        "{out}"
    );
}

/// `report enrollment`: per service and family, not enrolled, enrolled, stale and personal.
#[test]
fn report_enrollment_is_the_funnel() {
    let env = fleet();
    env.ok(&["mdm", "default", "set", "iPhone", "A"]);
    env.ok(&["assign", &serial(1), &serial(2), "--to", "A"]);
    env.ok(&["enroll", &serial(1), &serial(2)]);
    env.ok(&["reassign", &serial(2), "--to", "B"]);
    let user = format!("jo@{}", reserved_domain(&env));
    env.ok(&["account", "add", &user]);
    env.ok(&[
        "enroll",
        "H4T3X9L2QW",
        "--method",
        "account-user",
        "--user",
        &user,
        "--family",
        "iPhone",
    ]);
    let rows: Vec<EnrollmentReport> = env.json(&["report", "enrollment"]);
    let brief: Vec<String> = rows
        .iter()
        .map(|r| {
            format!(
                "{} {} {} {}/{}/{}/{} {}",
                r.assigned_server.as_deref().unwrap_or("-"),
                r.product_family,
                r.devices,
                r.not_enrolled,
                r.enrolled,
                r.stale,
                r.personal,
                r.enrolled_percent
            )
        })
        .collect();
    assert_eq!(
        brief,
        [
            "A iPhone 2 0/2/0/1 100",
            "B iPhone 1 0/0/1/0 0",
            "- iPhone 1 1/0/0/0 0"
        ]
    );
}

/// A Configurator device released and added again is a new arrival: its provisional period
/// starts again at its next first enrollment.
#[test]
fn a_device_added_again_starts_a_new_provisional_period() {
    let env = fleet();
    env.ok(&["device", "add", "C02XK1ZZJGH5", "--family", "Mac"]);
    env.ok(&["assign", "C02XK1ZZJGH5", "--to", "A"]);
    env.ok(&["enroll", "C02XK1ZZJGH5"]);
    env.ok(&["release", "C02XK1ZZJGH5", "--yes"]);
    let later = "2027-02-01T00:00:00Z";
    for args in [
        vec!["device", "add", "C02XK1ZZJGH5", "--family", "Mac"],
        vec!["assign", "C02XK1ZZJGH5", "--to", "A"],
        vec!["enroll", "C02XK1ZZJGH5"],
        vec!["device", "remove", "C02XK1ZZJGH5"],
    ] {
        let out = env.cmd(&args).at(later).output();
        assert_eq!(out.status, 0, "{out}");
    }
    assert_eq!(
        env.sql_count("SELECT count(*) FROM devices WHERE serial_number = 'C02XK1ZZJGH5'"),
        0
    );
}
