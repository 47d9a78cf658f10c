//! abmctl in a real terminal (issue #7, item 8): prompts need one, so these tests run abmctl
//! on a pseudo-terminal through util-linux's `script(1)` (in every Linux distribution's base
//! system; macOS's `script` takes other flags, so the tests are Linux's) and type into it.
#![cfg(target_os = "linux")]

use std::io::{Read, Write};
use std::process::{Command, Stdio};

use crate::common::*;

/// Runs `abmctl args…` on a pseudo-terminal with the test environment, types `keys` once the
/// output contains `wait_for`, and returns (exit status, everything the terminal showed).
fn in_terminal(env: &TestEnv, args: &[&str], wait_for: &str, keys: &[u8]) -> (i32, String) {
    let version = Command::new("script")
        .arg("--version")
        .output()
        .expect("these tests need util-linux's script(1)");
    assert!(
        String::from_utf8_lossy(&version.stdout).contains("util-linux"),
        "these tests need util-linux's script(1)"
    );
    let base = env.command(args);
    let line = std::iter::once(env!("CARGO_BIN_EXE_abmctl"))
        .chain(args.iter().copied())
        .map(|a| format!("'{}'", a.replace('\'', r"'\''")))
        .collect::<Vec<_>>()
        .join(" ");
    let mut cmd = Command::new("script");
    cmd.env_clear();
    for (key, value) in base.get_envs() {
        if let Some(value) = value {
            cmd.env(key, value);
        }
    }
    // -e: exit with the command's status (128 + N when a signal N ended it).
    cmd.args(["-qfec", &line, "/dev/null"])
        .current_dir(env.root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let mut child = cmd.spawn().expect("cannot run script");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&seen).contains(wait_for) {
        let n = stdout.read(&mut buf).expect("read the terminal");
        assert!(
            n > 0,
            "the terminal closed before `{wait_for}`: {}",
            String::from_utf8_lossy(&seen)
        );
        seen.extend_from_slice(&buf[..n]);
    }
    stdin.write_all(keys).expect("type into the terminal");
    stdin.flush().expect("type into the terminal");
    stdout.read_to_end(&mut seen).expect("read the terminal");
    drop(stdin);
    let status = child.wait().expect("wait for script").code().unwrap_or(-1);
    (status, String::from_utf8_lossy(&seen).into_owned())
}

/// A ledger with one device that `release` would release.
fn one_device() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.write("order.csv", order_csv(&ipads(1, 1, "ORD-1")));
    env.ok(&["import", "order.csv"]);
    env
}

const HIDE_CURSOR: &str = "\x1b[?25l";
const SHOW_CURSOR: &str = "\x1b[?25h";

/// Ctrl-C at `release`'s confirmation ends abmctl as an interrupt (exit 130), shows the cursor
/// the prompt hid and ends the prompt's line; nothing is released and no activity recorded.
#[test]
fn ctrl_c_at_the_release_prompt_restores_the_terminal() {
    let env = one_device();
    let before = env.dump();
    let (status, screen) = in_terminal(&env, &["release", &serial(1)], "[y/N]", b"\x03");
    assert_eq!(status, 130, "{screen:?}");
    let hidden = screen
        .rfind(HIDE_CURSOR)
        .expect("the prompt hides the cursor");
    let shown = screen.rfind(SHOW_CURSOR).unwrap_or(0);
    assert!(shown > hidden, "the cursor stays hidden: {screen:?}");
    assert!(
        screen[hidden..].contains('\n'),
        "the prompt's line is not ended: {screen:?}"
    );
    assert!(!screen.contains("error"), "{screen:?}");
    assert_eq!(env.dump(), before);
}

/// Answering no at the prompt cancels (exit 1, nothing changed), with the cursor shown again.
#[test]
fn no_at_the_release_prompt_cancels() {
    let env = one_device();
    let before = env.dump();
    let (status, screen) = in_terminal(&env, &["release", &serial(1)], "[y/N]", b"n");
    assert_eq!(status, 1, "{screen:?}");
    assert!(
        screen.contains("release cancelled; nothing was changed"),
        "{screen:?}"
    );
    let hidden = screen
        .rfind(HIDE_CURSOR)
        .expect("the prompt hides the cursor");
    assert!(screen[hidden..].contains(SHOW_CURSOR), "{screen:?}");
    assert_eq!(env.dump(), before);
}
