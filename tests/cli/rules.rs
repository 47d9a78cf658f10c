//! Workflow rules seen end to end where the reshape into `src/rules/` gave them a new reach:
//! the family rule now applies to imports as it did to `device add` (SPEC §2: "a row that
//! changes its product family is a problem").

use crate::common::*;

/// A re-imported row that names another product family for a serial is a problem at its line
/// (field productFamily): the whole file is refused and the device keeps its family.
#[test]
fn an_import_cannot_change_a_devices_family() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    let devices = [Dev::apple(serial(1), "Mac"), Dev::apple(serial(2), "Mac")];
    env.write("order.csv", order_csv(&devices));
    env.ok(&["import", "order.csv"]);
    let before = env.dump();

    let changed = [devices[0].clone(), Dev::apple(serial(2), "iPad")];
    env.write("order-v2.csv", order_csv(&changed));
    let out = env.cmd(&["-o", "json", "import", "order-v2.csv"]).output();
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    assert_eq!((result.activity_id, result.failed), (None, 1));
    assert_eq!(
        result.problems,
        [Problem {
            serial_number: Some(serial(2)),
            line: Some("order-v2.csv:3".to_string()),
            field: Some("productFamily".to_string()),
            message: "is already in the organisation with product family Mac, not iPad".to_string(),
        }]
    );
    assert_eq!(env.dump(), before);
}

/// A filter naming a service, supplier or order that does not exist is a typo: exit 1 with
/// the names that do exist, not an empty list (SPEC §2), for `device list` and `export` alike.
#[test]
fn unknown_names_in_filters_are_refused_with_the_names_there_are() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.ok(&["mdm", "link", "Main"]);
    env.write("order.csv", order_csv(&[Dev::apple(serial(1), "Mac")]));
    env.ok(&["import", "order.csv"]);
    for verb in [&["device", "list"][..], &["export"][..]] {
        let run = |extra: &[&str]| env.run(&[verb, extra].concat());
        let out = run(&["--service", "Nope"]);
        assert_eq!(out.status, 1, "{out}");
        assert!(out.stderr.contains("called `Nope`"), "{out}");
        assert!(
            out.stderr.contains("hint: the linked services are Main"),
            "{out}"
        );
        let out = run(&["--supplier", "999"]);
        assert_eq!(out.status, 1, "{out}");
        assert!(
            out.stderr.contains("no supplier has the number `999`"),
            "{out}"
        );
        assert!(
            out.stderr
                .contains("hint: the supplier numbers in this ledger: 12345"),
            "{out}"
        );
        let out = run(&["--order", "NOPE"]);
        assert_eq!(out.status, 1, "{out}");
        assert!(
            out.stderr.contains("`NOPE`: no device of this order"),
            "{out}"
        );
        // The names that exist still work, a Customer Number with its leading zeros too.
        assert_eq!(
            run(&["--supplier", "0012345", "--service", "main"]).status,
            0
        );
    }
}

/// Two suppliers may use the same order number: `report orders` lists them apart, and
/// `assign --order` / `device list --order` need `--supplier` to say which.
#[test]
fn orders_are_keyed_by_supplier_and_number() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.ok(&["supplier", "link", "--reseller-number", "R1"]);
    env.ok(&["mdm", "link", "Main"]);
    let devices = [
        Dev::apple(serial(1), "Mac").order("SHARED"),
        Dev::reseller(serial(2), "iPad", "R1").order("SHARED"),
        Dev::reseller(serial(3), "iPad", "R1").order("SHARED"),
    ];
    env.write("order.csv", order_csv(&devices));
    env.ok(&["import", "order.csv"]);

    let orders: Vec<serde_json::Value> = env.json(&["report", "orders"]);
    let keyed: Vec<(String, String, i64)> = orders
        .iter()
        .map(|o| {
            (
                o["orderNumber"].as_str().unwrap_or_default().to_string(),
                o["purchaseSourceId"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                o["devices"].as_i64().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        keyed,
        [
            ("SHARED".to_string(), "12345".to_string(), 1),
            ("SHARED".to_string(), "R1".to_string(), 2)
        ]
    );

    let before = env.dump();
    let out = env
        .cmd(&["-o", "json", "assign", "--order", "SHARED", "--to", "Main"])
        .output();
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    assert_eq!(result.problems.len(), 1, "{out}");
    assert!(
        result.problems[0]
            .message
            .contains("2 suppliers have an order with this number (12345, R1)")
    );
    assert_eq!(env.dump(), before);

    let out = env.run(&["device", "list", "--order", "SHARED"]);
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = env.json(&[
        "assign",
        "--order",
        "SHARED",
        "--supplier",
        "R1",
        "--to",
        "Main",
    ]);
    assert_eq!((result.changed, result.failed), (2, 0));
    let listed: Vec<Device> =
        env.json(&["device", "list", "--order", "SHARED", "--supplier", "12345"]);
    assert_eq!(
        listed
            .iter()
            .map(|d| d.serial_number.clone())
            .collect::<Vec<_>>(),
        [serial(1)]
    );
}

/// A command that applies nothing records nothing: an import of a file with no rows records no
/// activity (exit 0), and `--skip-invalid` with every row invalid is a failure (exit 1, no
/// activity, every problem listed), not a partial success.
#[test]
fn nothing_applied_records_no_activity() {
    let env = TestEnv::new();
    env.write("none.csv", "serialNumber,productFamily\r\n");
    let result: ResultDoc = env.json(&["import", "none.csv"]);
    assert_eq!((result.activity_id, result.requested), (None, 0));
    assert_eq!(env.activity_count(), 0);

    env.write("bad.csv", "serialNumber,productFamily\nAB,Mac\nCD,Mac\n");
    let out = env
        .cmd(&["-o", "json", "import", "--skip-invalid", "bad.csv"])
        .output();
    assert_eq!(out.status, 1, "{out}");
    let result: ResultDoc = out.json();
    assert_eq!((result.activity_id, result.skipped), (None, 2));
    assert!(result.problems.len() >= 2, "{out}");
    assert_eq!((env.activity_count(), env.device_count()), (0, 0));
}

/// Many unknown columns make one warning, with the list cut short: 10,000 stray columns must
/// not flood stderr.
#[test]
fn unknown_columns_are_one_warning() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    let extra: Vec<String> = (0..10_000).map(|i| format!("x{i}")).collect();
    let header = format!(
        "serialNumber,productFamily,purchaseSourceType,purchaseSourceId,{}",
        extra.join(",")
    );
    let row = format!("{},Mac,APPLE,12345{}", serial(1), ",".repeat(extra.len()));
    env.write("wide.csv", format!("{header}\n{row}\n"));
    let out = env.run(&["import", "wide.csv"]);
    assert_eq!(out.status, 0, "{out}");
    let warnings: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning:"))
        .collect();
    assert_eq!(warnings.len(), 1, "{out}");
    assert!(warnings[0].contains("10000 columns ignored"), "{out}");
    assert!(warnings[0].ends_with("`x9`, and 9990 more"), "{out}");
    assert!(out.stderr.len() < 1000, "{}", out.stderr.len());
}

/// A file with more problems than a result lists is refused naming how many there were in
/// all (two a row here), not how many were listed (the result lists 10,000 and a line
/// counting the rest).
#[test]
fn a_refusal_counts_every_problem_even_those_not_listed() {
    let env = TestEnv::new();
    let mut csv = String::from("serialNumber,productFamily\n");
    for _ in 0..10_005 {
        csv.push_str("AB,Mac\n");
    }
    env.write("bad.csv", csv);
    let out = env.run(&["import", "bad.csv"]);
    assert_eq!(
        out.status,
        1,
        "{}",
        &out.stderr[out.stderr.len().saturating_sub(500)..]
    );
    assert!(
        out.stderr
            .contains("problem: … and 19960 more (`-o json` lists the first of them)")
            && out.stderr.contains("import refused: 20010 problems found"),
        "{}",
        &out.stderr[out.stderr.len().saturating_sub(500)..]
    );
}
