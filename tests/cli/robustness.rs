//! The quality bars of SPEC §6 that are about safety, not speed: `kill -9` at any moment
//! leaves a ledger that opens, passes `PRAGMA integrity_check` and holds the state before or
//! after the command (never half of it); two processes writing at once both succeed.

use std::process::Stdio;
use std::time::Duration;

use crate::common::*;

/// A ledger with its supplier linked and a large order file beside it.
fn big_order(env: &TestEnv, first: u32, n: u32) -> std::path::PathBuf {
    env.write(
        &format!("order-{first}.csv"),
        order_csv(&ipads(first, n, "BIG-1")),
    )
}

fn integrity(env: &TestEnv) -> String {
    env.sql("PRAGMA integrity_check")[0][0].clone()
}

/// Killing an import with SIGKILL at several moments — first import into an empty ledger
/// (the bulk path, with its rollback journal) and a later one (the incremental path, WAL) —
/// leaves either no new device or all of them, and a ledger that passes integrity_check and
/// that the next command opens and uses.
#[test]
fn kill_9_during_import_leaves_before_or_after() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    let first = big_order(&env, 1, 20_000);
    let second = big_order(&env, 100_000, 20_000);
    let mut seen_partial_runs = 0;
    for (file, before) in [(&first, 0), (&second, 20_000)] {
        for delay_ms in [5, 30, 80, 150] {
            let mut child = env
                .command(&["-q", "import", s(file)])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("spawn abmctl");
            std::thread::sleep(Duration::from_millis(delay_ms));
            let finished = child.try_wait().expect("poll abmctl").is_some();
            let _ = child.kill();
            let _ = child.wait();
            if !finished {
                seen_partial_runs += 1;
            }
            // The next command opens the ledger (rolling back a hot journal if needed).
            env.ok(&["org", "show"]);
            assert_eq!(integrity(&env), "ok", "after a kill at {delay_ms} ms");
            let count = env.device_count();
            assert!(
                count == before || count == before + 20_000,
                "after a kill at {delay_ms} ms the ledger holds {count} devices: half a command"
            );
        }
        // Whatever the kills left, importing the file completes it.
        env.ok(&["-q", "import", s(file)]);
        assert_eq!(env.device_count(), before + 20_000);
        assert_eq!(env.sql("PRAGMA journal_mode")[0][0], "wal");
    }
    assert!(
        seen_partial_runs > 0,
        "no kill landed while an import was running"
    );
    assert_eq!(integrity(&env), "ok");
}

/// Two processes writing the same ledger at once both succeed: the second waits for the
/// first's transaction (busy timeout) instead of failing.
#[test]
fn concurrent_writers_both_succeed() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.ok(&["mdm", "link", "A"]);
    // A first import makes the ledger non-empty, so the next one takes the WAL path.
    env.ok(&["-q", "import", s(&big_order(&env, 1, 100))]);
    let file = big_order(&env, 1_000, 20_000);
    let import = env
        .command(&["-q", "import", s(&file)])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn abmctl");
    // Meanwhile an admin links services and assigns devices.
    for i in 0..5 {
        env.ok(&["-q", "mdm", "link", &format!("S{i}")]);
    }
    env.ok(&["-q", "assign", "--order", "BIG-1", "--to", "A"]);
    let out = import.wait_with_output().expect("wait for the import");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(env.device_count(), 20_100);
    assert_eq!(env.sql_count("SELECT count(*) FROM services"), 6);
    assert_eq!(integrity(&env), "ok");
}

/// A ledger that another process keeps locked past the busy timeout (shortened here with the
/// hidden `ABMCTL_BUSY_TIMEOUT_MS`) is exit 4, "temporary", with a message naming the ledger
/// and a hint to retry; the command changes nothing, and once the lock is gone it succeeds.
#[test]
fn a_locked_ledger_is_temporary_and_changes_nothing() {
    let env = TestEnv::new();
    env.ok(&["mdm", "link", "Main"]);
    let before = env.dump();
    // Another writer: an open `BEGIN IMMEDIATE` transaction that has written a row.
    let holder = rusqlite::Connection::open(env.ledger_path()).expect("open the ledger");
    holder
        .execute_batch("BEGIN IMMEDIATE; UPDATE org SET name = 'Held';")
        .expect("take the write lock");
    let started = std::time::Instant::now();
    let out = env
        .cmd(&["mdm", "link", "Lab"])
        .env("ABMCTL_BUSY_TIMEOUT_MS", "200")
        .output();
    let waited = started.elapsed();
    insta::assert_snapshot!(out, @r"
        ----- stderr -----
        abmctl: error: the ledger at [TEMP]/ledger.sqlite3 is busy: another abmctl process is writing to it
          caused by: cannot start a write on the ledger
          caused by: database is locked
        hint: try again when the other process has finished (abmctl waited 200 ms for it; ABMCTL_BUSY_TIMEOUT_MS sets how long)
        [exit status: 4]
        ");
    // The override took effect: nowhere near the 30 s default.
    assert!(waited < Duration::from_secs(10), "waited {waited:?}");
    holder.execute_batch("ROLLBACK").expect("release the lock");
    drop(holder);
    assert_eq!(env.dump(), before, "a refused write changed the ledger");
    env.ok(&["mdm", "link", "Lab"]);
}

/// A change whose result cannot be written (stdout is /dev/full) is committed all the same:
/// abmctl never exits 1 ("nothing was changed") after a commit. It exits 0 and says on stderr
/// which activity holds the result.
#[test]
fn a_committed_change_whose_result_cannot_be_printed_exits_0_and_says_where_it_is() {
    let env = TestEnv::new();
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // no /dev/full on this system
    };
    let out = env
        .command(&["-o", "json", "mdm", "link", "Main"])
        .stdout(full)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("the change was committed as activity 1"),
        "{stderr}"
    );
    assert!(stderr.contains("`abmctl activity show 1`"), "{stderr}");
    assert_eq!(env.sql_count("SELECT count(*) FROM services"), 1);
}

/// A refused command stays a failure (exit 1) when its result document meets a closed pipe:
/// the quiet exit 0 of a closed pipe is for commands that succeeded.
#[test]
fn a_refusal_into_a_closed_pipe_still_exits_1() {
    let env = TestEnv::new();
    env.ok(&["mdm", "link", "Main"]);
    let mut child = env
        .command(&["-o", "json", "assign", "NOSUCHDEV1", "--to", "Main"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // close the reading end before abmctl writes
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(1));
}

/// An endless serial list (`--file - < /dev/zero`) is refused at the line bound, naming the
/// input and line, instead of aborting on memory; nothing changes.
#[test]
fn an_endless_serial_list_is_refused_at_a_bound() {
    let env = TestEnv::new();
    env.ok(&["mdm", "link", "Main"]);
    let Ok(zero) = std::fs::File::open("/dev/zero") else {
        return;
    };
    let out = env
        .command(&["assign", "--file", "-", "--to", "Main"])
        .stdin(zero)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("<stdin>:1: too long (limit 65536 bytes)"),
        "{stderr}"
    );
    assert_eq!(env.activity_count(), 1); // the mdm link only
}

/// No raw terminal control byte reaches the terminal: a stored value with an escape sequence
/// (an imported deviceModel, the actor) is shown escaped in tables and messages, a supplier
/// label with control characters is refused at input, and JSON keeps the value as it is.
#[test]
fn control_characters_never_reach_the_terminal_raw() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    let title = "\u{1b}]0;pwned\u{7}";
    let dev = Dev::apple(serial(1), "Mac").model(&format!("Mac{title}"));
    env.write("order.csv", order_csv(&[dev]));
    env.cmd(&["import", "order.csv"])
        .env("ABMCTL_ACTOR", title)
        .output();
    let raw = |out: &CommandOutput| {
        out.stdout.contains('\u{1b}')
            || out.stderr.contains('\u{1b}')
            || out.stdout.contains('\u{7}')
            || out.stderr.contains('\u{7}')
    };
    for args in [
        &["device", "show", &serial(1)][..],
        &["activity", "list"][..],
        &["device", "list"][..],
    ] {
        let out = env.run(args);
        assert_eq!(out.status, 0, "{out}");
        assert!(!raw(&out), "{args:?}: {out:?}");
    }
    let out = env.run(&["device", "show", &serial(1)]);
    assert!(out.stdout.contains("Mac\\u{1b}]0;pwned\\u{7}"), "{out}");
    let json: Device = env.json(&["device", "show", &serial(1)]);
    assert_eq!(json.device_model.as_deref(), Some(&*format!("Mac{title}")));
    let out = env.run(&[
        "supplier",
        "link",
        "--reseller-number",
        "R1",
        "--name",
        title,
    ]);
    assert_eq!(out.status, 1, "{out}");
    assert!(!raw(&out), "{out:?}");
    let out = env.run(&["device", "show", &format!("X{title}")]);
    assert!(!raw(&out), "{out:?}");
}

/// `--ledger -` is refused (exit 2), creating no file named `-`; a ledger whose schema version
/// is negative is refused naming the number as it is, untouched.
#[test]
fn odd_ledger_paths_and_versions_are_refused_clearly() {
    let env = TestEnv::empty();
    let out = env.run(&["--ledger", "-", "init"]);
    assert_eq!(out.status, 2, "{out}");
    assert!(!env.root().join("-").exists());
    let env = TestEnv::new();
    env.exec("PRAGMA user_version = -1");
    let before = std::fs::read(env.ledger_path()).unwrap();
    let out = env.run(&["org", "show"]);
    assert_eq!(out.status, 1, "{out}");
    assert!(
        out.stderr
            .contains("its schema version is -1, which no abmctl writes"),
        "{out}"
    );
    assert_eq!(std::fs::read(env.ledger_path()).unwrap(), before);
}
