//! `abmctl demo`: the workflow on the sample organisation, in a temporary ledger of its own.

use crate::common::*;

/// The demo runs to the end (exit 0), prints the sample fleet on stdout and narrates the
/// steps on stderr, never touches the user's ledger, and removes its temporary folder.
#[test]
fn demo_runs_the_workflow() {
    let env = TestEnv::empty();
    let out = env.run(&["demo"]);
    assert_eq!(out.status, 0, "{out}");
    assert!(out.stdout.contains("F2KZ3N4G5HD3"), "{out}");
    assert!(out.stdout.contains("serialNumber"), "{out}");
    for step in [
        "$ abmctl supplier link --customer-number 0000100001",
        "$ abmctl import ",
        "Added 16 devices (2 assigned to their family's default service; 4 pending: supplier not linked).",
        "4 pending devices arrived in the organisation.",
        "Assigned 6 devices to Lab MDM.",
        "Reassigned 1 device to Main MDM.",
        "Enrolled 2 devices (Automated Device Enrollment).",
        "Verified example.com: Managed Apple Accounts can be added on it.",
        "Added H4T3X9L2QW to the organisation on Main MDM and enrolled it (account-user, jo@example.com).",
        "Added C02DEMOMAC01 to the organisation on Lab MDM and enrolled it (account-device, lab@example.com).",
        "HTTP 200 {\"Servers\":[{\"Version\":\"mdm-byod\",\"BaseURL\":\"https://mdm.example.com/enroll\"}]}",
        "HTTP 404 Not Found",
        "Queued 1 change for Apple Business",
        "Apple Business confirmed 1 pushed change.",
        "Pulled 19 devices from Apple Business: 0 added, 1 updated, 0 released.",
    ] {
        assert!(out.stderr.contains(step), "no {step:?} in\n{out}");
    }
    // The two errors are those the demo shows on purpose: the conflict, and the release of
    // a personal device.
    let errors: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("abmctl: error"))
        .collect();
    assert_eq!(
        errors,
        [
            "abmctl: error: assign refused: 1 problem found; nothing was changed",
            "abmctl: error: release refused: 1 problem found; nothing was changed"
        ],
        "{out}"
    );
    // The discovery document is data: on stdout, exactly as a server sends it.
    assert!(
        out.stdout.contains(
            "{\"Servers\":[{\"Version\":\"mdm-byod\",\"BaseURL\":\"https://mdm.example.com/enroll\"}]}\n"
        ),
        "{out}"
    );
    assert!(!env.ledger_path().exists(), "the demo used ABMCTL_LEDGER");
    let leftovers: Vec<_> = std::fs::read_dir(env.root())
        .expect("read the temp dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert!(leftovers.is_empty(), "the demo left {leftovers:?} behind");
}

/// `demo --keep DIR` keeps its ledger there, with the sample fleet in it.
#[test]
fn demo_keep_leaves_a_usable_ledger() {
    let env = TestEnv::new();
    let dir = env.root().join("kept");
    let out = env.run(&["demo", "--keep", s(&dir)]);
    assert_eq!(out.status, 0, "{out}");
    let ledger = dir.join("ledger.sqlite3");
    assert!(out.stderr.contains("The demo ledger is kept at"), "{out}");
    let devices: Vec<Device> = env.json(&["--ledger", s(&ledger), "device", "list"]);
    assert_eq!(devices.len(), 19, "{devices:?}");
    // iPhones went to their default, order 2026004202 to Lab MDM, the iPads and the Watch wait;
    // Step 5 moved an iPhone to Lab MDM, and brought in Jo's iPhone (Main MDM), the lab's Mac
    // and an iPad (Lab MDM). The sync section pushed an iPad to Main MDM and pulled a Mac's
    // move from Main MDM to Lab MDM.
    let on = |server: Option<&str>| {
        devices
            .iter()
            .filter(|d| d.assigned_server.as_deref() == server)
            .count()
    };
    assert_eq!(
        (on(Some("Main MDM")), on(Some("Lab MDM")), on(None)),
        (6, 9, 4),
        "{devices:?}"
    );
    assert!(devices.iter().any(|d| d.serial_number == "F2KZ3N4G5HD3"));
    let personal: Vec<&str> = devices
        .iter()
        .filter(|d| d.personal)
        .map(|d| d.serial_number.as_str())
        .collect();
    assert_eq!(personal, ["H4T3X9L2QW"]);
}
