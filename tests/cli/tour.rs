//! The README's tour, run as a new admin would run it: every command of its first `sh` block,
//! in order, in an empty folder, with `set -e` — so the README cannot rot. Two lines need what
//! tests never reach (the network, a Ctrl-C) and are left out; they say so in their comments.

use crate::common::*;

/// The tour's commands: the first ```sh block after `## A tour`.
fn tour() -> String {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .unwrap_or_default();
    let from = readme.find("## A tour").expect("the README has a tour");
    let rest = &readme[from..];
    let start = rest.find("```sh\n").expect("the tour has a sh block") + "```sh\n".len();
    let end = rest[start..].find("\n```").expect("the sh block ends") + start;
    rest[start..end].to_string()
}

fn has(program: &str) -> bool {
    std::process::Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Every command of the tour succeeds (exit 0) in order, and the fleet it leaves is the one
/// it describes.
#[test]
fn the_readme_tour_runs_as_written() {
    let env = TestEnv::empty();
    let jq = has("jq");
    let mut script = String::from("set -e\n");
    let mut skipped = Vec::new();
    for line in tour().lines() {
        let outside = line.contains("needs the network") || line.contains("runs until Ctrl-C");
        if outside || (!jq && line.contains("| jq")) {
            skipped.push(line.to_string());
            continue;
        }
        script.push_str(line);
        script.push('\n');
    }
    assert_eq!(skipped.len(), if jq { 2 } else { 3 }, "{skipped:#?}");
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_abmctl"));
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = env
        .command(&["--version"]) // only for its environment; the program is replaced below
        .get_envs()
        .fold(std::process::Command::new("bash"), |mut cmd, (k, v)| {
            if let Some(v) = v {
                cmd.env(k, v);
            }
            cmd
        })
        .env_remove("ABMCTL_LEDGER")
        .env("PATH", path)
        .current_dir(env.root())
        .arg("-c")
        .arg(&script)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    // The fleet the tour leaves: six devices in the organisation, one released, a personal one.
    let ledger = env.root().join("fleet.sqlite3");
    let status = |serial: &str| {
        let out = env
            .cmd(&["device", "show", serial, "-o", "json"])
            .env("ABMCTL_LEDGER", &ledger.display().to_string())
            .output();
        let device: Device = out.json();
        (
            device.status,
            device.assigned_server,
            device.enrollment_status,
            device.personal,
        )
    };
    let main = Some("Main MDM".to_string());
    assert_eq!(status("F2KZ4711A002").0, "RELEASED");
    assert_eq!(
        status("C02X4712C001"),
        ("ASSIGNED".into(), main.clone(), "ENROLLED".into(), false)
    );
    assert_eq!(
        status("H4T3X9L2QW"),
        ("ASSIGNED".into(), main, "ENROLLED".into(), true)
    );
}
