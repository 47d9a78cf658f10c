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
