//! The activity log (SPEC §1.7): one activity per command that changes the ledger, with actor
//! and time; `activity list` filters; `activity show` with its per-device items.

use crate::common::*;

/// The newest activity, after checking that exactly one was added since `before` activities.
fn one_new_activity(env: &TestEnv, before: i64, what: &str) -> Activity {
    assert_eq!(
        env.activity_count(),
        before + 1,
        "`{what}` did not record exactly one activity"
    );
    let list: Vec<Activity> = env.json(&["activity", "list", "--limit", "1"]);
    list.into_iter().next().expect("an activity")
}

/// Every mutating command built so far records exactly one activity, with its action, the
/// actor from `ABMCTL_ACTOR`, the time from the clock, and the id its result reports.
#[test]
fn every_mutating_command_records_one_activity() {
    let env = TestEnv::new();
    let pem = env.write("mdm.pem", CERT_PEM);
    env.write("order.csv", order_csv(&ipads(1, 2, "ORD-1")));
    let pem = s(&pem).to_string();
    let commands: Vec<(Vec<&str>, &str)> = vec![
        (vec!["org", "set", "--name", "Acme"], "org.set"),
        (
            vec!["supplier", "link", "--reseller-number", "R1"],
            "supplier.link",
        ),
        (vec!["supplier", "unlink", "R1"], "supplier.unlink"),
        (vec!["mdm", "link", "Main"], "mdm.link"),
        (vec!["mdm", "rename", "Main", "HQ"], "mdm.rename"),
        (vec!["mdm", "set", "HQ", "--certificate", &pem], "mdm.set"),
        (
            vec!["mdm", "token", "HQ", "--issued", "2026-06-01"],
            "mdm.token",
        ),
        (vec!["mdm", "unlink", "HQ"], "mdm.unlink"),
        (vec!["import", "order.csv"], "import"),
    ];
    env.ok(&["org", "show"]);
    for (args, action) in commands {
        let before = env.activity_count();
        let mut json_args = args.clone();
        json_args.extend(["-o", "json"]);
        let out = env.run(&json_args);
        assert_eq!(out.status, 0, "{args:?}: {out}");
        let result: ResultDoc = out.json();
        let activity = one_new_activity(&env, before, &args.join(" "));
        assert_eq!(result.activity_id, Some(activity.id), "{args:?}");
        assert_eq!(result.action, action);
        assert_eq!(
            (
                activity.action.as_str(),
                activity.actor.as_str(),
                activity.created_date_time.as_str()
            ),
            (action, ACTOR, NOW),
            "{args:?}"
        );
    }
}

/// `device add` records one activity too.
#[test]
fn device_add_records_one_activity() {
    let env = TestEnv::new();
    env.ok(&["org", "show"]);
    let result: ResultDoc = env.json(&["device", "add", "C02XK1ZZJGH5", "--family", "Mac"]);
    let activity = one_new_activity(&env, 0, "device add");
    assert_eq!(result.activity_id, Some(activity.id));
    assert_eq!(
        (activity.action.as_str(), activity.actor.as_str()),
        ("device.add", ACTOR)
    );
}

/// Read-only commands and refused commands record nothing.
#[test]
fn reads_and_refusals_record_nothing() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.write("order.csv", order_csv(&ipads(1, 2, "ORD-1")));
    env.ok(&["import", "order.csv"]);
    let before = env.activity_count();
    for args in [
        vec!["org", "show"],
        vec!["supplier", "list"],
        vec!["mdm", "list"],
        vec!["device", "list"],
        vec!["device", "show", &serial(1)],
        vec!["activity", "list"],
        vec!["activity", "show", "1"],
    ] {
        env.ok(&args);
    }
    env.write("bad.csv", "serialNumber,productFamily\nX,Mac\n");
    assert_eq!(env.run(&["import", "bad.csv"]).status, 1);
    assert_eq!(env.run(&["import", "order.csv", "--dry-run"]).status, 0);
    assert_eq!(env.run(&["mdm", "link", "Unassigned"]).status, 1);
    assert_eq!(env.activity_count(), before);
}

/// Without `ABMCTL_ACTOR` the actor is the OS user (`$USER`).
#[test]
fn actor_falls_back_to_the_os_user() {
    let env = TestEnv::new();
    let out = env
        .cmd(&["org", "set", "--name", "Acme"])
        .env_remove("ABMCTL_ACTOR")
        .env("USER", "alice")
        .output();
    assert_eq!(out.status, 0, "{out}");
    let list: Vec<Activity> = env.json(&["activity", "list"]);
    assert_eq!(list[0].actor, "alice");
}

/// With no `ABMCTL_ACTOR`, `USER` or `LOGNAME` at all (a cron job, a launchd agent) the actor
/// is the process's user as the OS knows it (what `id -un` prints), never `unknown`: the
/// lookup must not depend on Linux's `/proc`.
#[cfg(unix)]
#[test]
fn actor_without_any_variable_is_the_process_user() {
    let id = std::process::Command::new("id")
        .arg("-un")
        .output()
        .expect("run `id -un`");
    let user = String::from_utf8(id.stdout).expect("a UTF-8 user name");
    let env = TestEnv::new();
    let out = env
        .cmd(&["org", "set", "--name", "Acme"])
        .env_remove("ABMCTL_ACTOR")
        .env_remove("USER")
        .env_remove("LOGNAME")
        .output();
    assert_eq!(out.status, 0, "{out}");
    let list: Vec<Activity> = env.json(&["activity", "list"]);
    assert_eq!(list[0].actor, user.trim());
}

/// A ledger with activities at three times: a supplier link on 11-01, an import of two
/// devices on 11-10, a second import (one new device, one unchanged) on 11-20.
fn history() -> TestEnv {
    let env = TestEnv::new();
    let at = |t: &str, args: &[&str]| {
        let out = env.cmd(args).at(t).output();
        assert_eq!(out.status, 0, "{args:?}: {out}");
    };
    at(
        "2026-11-01T08:00:00Z",
        &["supplier", "link", "--customer-number", "12345"],
    );
    env.write("a.csv", order_csv(&ipads(1, 2, "ORD-1")));
    at("2026-11-10T08:00:00Z", &["import", "a.csv"]);
    env.write(
        "b.csv",
        order_csv(&[Dev::apple(serial(2), "iPad"), Dev::apple(serial(3), "Mac")]),
    );
    at("2026-11-20T08:00:00Z", &["import", "b.csv"]);
    env
}

fn ids(list: &[Activity]) -> Vec<i64> {
    list.iter().map(|a| a.id).collect()
}

/// `activity list` is newest first; `--action`, `--since`, `--serial` and `--limit` filter.
#[test]
fn activity_list_filters() {
    let env = history();
    let all: Vec<Activity> = env.json(&["activity", "list"]);
    assert_eq!(ids(&all), [3, 2, 1]);
    let imports: Vec<Activity> = env.json(&["activity", "list", "--action", "import"]);
    assert_eq!(ids(&imports), [3, 2]);
    assert_eq!(
        imports[1].parameters,
        serde_json::json!({"file": "a.csv", "format": "csv", "skipInvalid": false})
    );
    let since: Vec<Activity> = env.json(&["activity", "list", "--since", "2026-11-10"]);
    assert_eq!(ids(&since), [3, 2]);
    let since: Vec<Activity> = env.json(&["activity", "list", "--since", "2026-11-10T08:00:01Z"]);
    assert_eq!(ids(&since), [3]);
    let since: Vec<Activity> = env.json(&["activity", "list", "--since", "2026-12-01"]);
    assert_eq!(ids(&since), Vec::<i64>::new());
    // --serial: the import that added the device, and any later activity that changed, refused
    // or skipped it — not the re-import that found it unchanged (migration 0003).
    let touched: Vec<Activity> =
        env.json(&["activity", "list", "--serial", &serial(2).to_lowercase()]);
    assert_eq!(ids(&touched), [2]);
    let touched: Vec<Activity> = env.json(&["activity", "list", "--serial", &serial(1)]);
    assert_eq!(ids(&touched), [2]);
    let touched: Vec<Activity> = env.json(&["activity", "list", "--serial", &serial(3)]);
    assert_eq!(ids(&touched), [3]);
    let limited: Vec<Activity> = env.json(&["activity", "list", "--limit", "2"]);
    assert_eq!(ids(&limited), [3, 2]);
    let combined: Vec<Activity> = env.json(&[
        "activity",
        "list",
        "--action",
        "supplier.link",
        "--since",
        "2026-11-02",
    ]);
    assert_eq!(ids(&combined), Vec::<i64>::new());
}

/// An empty activity list: `[]`, exit 0; a bad `--since` is refused naming the flag.
#[test]
fn activity_list_empty_and_bad_since() {
    let env = history();
    let out = env.run(&["activity", "list", "--action", "nothing", "-o", "json"]);
    insta::assert_snapshot!(out, @r"
        []
        ----- stderr -----
        No activities match.
        [exit status: 0]
        ");
    let out = env.run(&["activity", "list", "--since", "last week"]);
    assert_ne!(out.status, 0, "{out}");
    assert!(out.stderr.contains("--since"), "{out}");
}

/// The activity list as a table.
#[test]
fn activity_list_table() {
    let env = history();
    let out = env.run(&["activity", "list"]);
    insta::assert_snapshot!(out, @r"
        ID  CREATED               ACTION         ACTOR   CHANGED  FAILED  SKIPPED
        3   2026-11-20T08:00:00Z  import         tester  1        0       0
        2   2026-11-10T08:00:00Z  import         tester  2        0       0
        1   2026-11-01T08:00:00Z  supplier.link  tester  0        0       0
        ----- stderr -----
        [exit status: 0]
        ");
}

/// `activity show ID -o json`: the activity with its items; an import's new devices are
/// items (derived from the devices it added) with outcome `changed`, and the unchanged row
/// has its line.
#[test]
fn activity_show_json_has_items() {
    let env = history();
    let detail: ActivityDetail = env.json(&["activity", "show", "3"]);
    assert_eq!(
        (
            detail.id,
            detail.action.as_str(),
            detail.actor.as_str(),
            detail.created_date_time.as_str(),
            detail.requested,
            detail.changed,
            detail.unchanged,
        ),
        (3, "import", ACTOR, "2026-11-20T08:00:00Z", 2, 1, 1)
    );
    let mut items = briefs(&detail.items);
    items.sort();
    assert_eq!(
        items,
        [
            format!("{} b.csv:2 UNASSIGNED→UNASSIGNED unchanged -: -", serial(2)),
            format!(
                "{} - -→UNASSIGNED changed -: added to the organisation",
                serial(3)
            ),
        ]
    );
}

/// `activity show ID -o csv` prints the per-device table alone: the header
/// `serialNumber,line,before,after,outcome,field,message` and one row per device.
#[test]
fn activity_show_csv_is_the_item_table() {
    let env = history();
    let out = env.run(&["activity", "show", "2", "-o", "csv"]);
    insta::assert_snapshot!(out, @r"
        serialNumber,line,before,after,outcome,field,message
        C02T00000001,,,UNASSIGNED,changed,,added to the organisation
        C02T00000002,,,UNASSIGNED,changed,,added to the organisation
        ----- stderr -----
        [exit status: 0]
        ");
    let (header, rows) = out.csv();
    assert_eq!(
        header,
        [
            "serialNumber",
            "line",
            "before",
            "after",
            "outcome",
            "field",
            "message"
        ]
    );
    assert_eq!(rows.len(), 2);
}

/// `activity show ID -o jsonl` streams the items alone, one per line.
#[test]
fn activity_show_jsonl_is_the_items() {
    let env = history();
    let out = env.run(&["activity", "show", "3", "-o", "jsonl"]);
    assert_eq!(out.status, 0, "{out}");
    let items: Vec<Item> = out.jsonl();
    let detail: ActivityDetail = env.json(&["activity", "show", "3"]);
    assert_eq!(items, detail.items);
}

/// `activity show` of an activity without items (a supplier link with nothing pending).
#[test]
fn activity_show_without_items() {
    let env = history();
    let detail: ActivityDetail = env.json(&["activity", "show", "1"]);
    assert_eq!(detail.action, "supplier.link");
    assert!(detail.items.is_empty(), "{detail:?}");
    let out = env.run(&["activity", "show", "1", "-o", "csv"]);
    insta::assert_snapshot!(out, @r"
        serialNumber,line,before,after,outcome,field,message
        ----- stderr -----
        [exit status: 0]
        ");
}

/// `activity show` as a table: the activity, then its items.
#[test]
fn activity_show_table() {
    let env = history();
    let out = env.run(&["activity", "show", "3"]);
    insta::assert_snapshot!(out, @r#"
        id                3
        action            import
        actor             tester
        createdDateTime   2026-11-20T08:00:00Z
        parameters        {"file":"b.csv","format":"csv","skipInvalid":false}
        requested         2
        changed           1
        unchanged         1
        queued            0
        failed            0
        skipped           0
        remoteActivityId
        SERIAL        OUTCOME    BEFORE      AFTER       MESSAGE
        C02T00000002  unchanged  UNASSIGNED  UNASSIGNED
        C02T00000003  changed                UNASSIGNED  added to the organisation
        ----- stderr -----
        [exit status: 0]
        "#);
}

/// An unknown id fails (exit 1) with a hint; a non-numeric id is a usage error.
#[test]
fn activity_show_unknown_id() {
    let env = history();
    let out = env.run(&["activity", "show", "99"]);
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: no activity has the id 99
        hint: list them with `abmctl activity list`
        [exit status: 1]
        ");
    let out = env.run(&["activity", "show", "latest"]);
    assert_eq!(out.status, 2, "{out}");
}
