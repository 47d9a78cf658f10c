//! `abmctl sync` end to end against `abmctl sandbox serve` (issue 11 §8): every test starts its
//! own sandbox on 127.0.0.1:0 over its own "Apple" ledger (`apple.sqlite3` in the test's temp
//! dir, made with `--devices N --seed S`), connects the test's ledger to it with the printed
//! `remote set` line, and checks what a user sees — exit status, the typed result document,
//! stderr — and what both ledgers hold afterwards.
//!
//! No timing assertions: the waits below only bound how long a test may hang.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::Deserialize;

use crate::common::*;

/// The sandbox's `-o jsonl` start block (only what these tests use).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Start {
    base_url: String,
    private_key: String,
    remote_set: String,
}

/// `GET /__sandbox/stats`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SandboxStats {
    #[serde(rename = "byRoute")]
    by_route: BTreeMap<String, BTreeMap<String, u64>>,
}

impl SandboxStats {
    /// Requests of `route` answered with `status`.
    fn count(&self, route: &str, status: &str) -> u64 {
        self.by_route
            .get(route)
            .and_then(|by| by.get(status))
            .copied()
            .unwrap_or(0)
    }

    /// Requests of `route`, whatever their status.
    fn all(&self, route: &str) -> u64 {
        self.by_route.get(route).map_or(0, |by| by.values().sum())
    }

    /// Activities created (`POST /v1/orgDeviceActivities` answered 201).
    fn activities_created(&self) -> u64 {
        self.count(POST_ACTIVITIES, "201")
    }
}

const POST_ACTIVITIES: &str = "POST /v1/orgDeviceActivities";

/// A running `abmctl --ledger <ledger> sandbox serve`, killed on drop.
struct Sandbox {
    child: Child,
    start: Start,
    ledger: PathBuf,
    _log: std::thread::JoinHandle<()>,
}

impl Sandbox {
    /// Starts a sandbox over `apple.sqlite3` in the env's temp dir, made with `devices` devices
    /// (seed 5) if it does not exist yet; activities take 100 ms; `extra` adds flags (faults).
    fn start(env: &TestEnv, devices: u32, extra: &[&str]) -> Sandbox {
        Sandbox::start_on(env, "apple.sqlite3", devices, extra)
    }

    fn start_on(env: &TestEnv, ledger: &str, devices: u32, extra: &[&str]) -> Sandbox {
        let n = devices.to_string();
        let mut args = vec![
            "--ledger",
            ledger,
            "sandbox",
            "serve",
            "-o",
            "jsonl",
            "--activity-delay",
            "100",
            "--devices",
            &n,
            "--seed",
            "5",
        ];
        args.extend(extra);
        let mut cmd = env.command(&args);
        cmd.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("cannot run abmctl sandbox serve");
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout is piped"));
        let mut line = String::new();
        stdout.read_line(&mut line).expect("read the start block");
        let start: Start = serde_json::from_str(&line)
            .unwrap_or_else(|e| panic!("not a start block ({e}): {line:?}"));
        // Drain the request log so that the server never blocks on a full pipe.
        let stderr = child.stderr.take().expect("stderr is piped");
        let log = std::thread::spawn(move || for _ in BufReader::new(stderr).lines() {});
        Sandbox {
            child,
            start,
            ledger: env.root().join(ledger),
            _log: log,
        }
    }

    /// `abmctl remote set …` on the env's ledger, with the line the sandbox printed.
    fn connect(&self, env: &TestEnv) {
        let words: Vec<&str> = self.start.remote_set.split_whitespace().collect();
        assert_eq!(
            words[..3],
            ["abmctl", "remote", "set"],
            "{}",
            self.start.remote_set
        );
        env.ok(&words[1..]);
    }

    /// `GET /__sandbox/stats`.
    fn stats(&self) -> SandboxStats {
        let url = format!("{}/__sandbox/stats", self.start.base_url);
        let body = http_get(&url);
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("stats ({e}): {body}"))
    }

    /// Every row of `query` on the sandbox's ledger (what "Apple" has).
    fn sql(&self, query: &str) -> Vec<Vec<String>> {
        sql_at(&self.ledger, query)
    }

    /// What "Apple" has: `SERIAL STATUS SERVICE` of every device it lists (not released).
    fn states(&self) -> Vec<String> {
        self.sql(&format!("{STATES} WHERE d.status <> 'RELEASED' ORDER BY 1"))
            .into_iter()
            .map(|row| row.join(" "))
            .collect()
    }

    /// The serial numbers the sandbox's activities (those the API ran) changed, by activity:
    /// each activity's serials, sorted, and the state they were put in.
    fn api_activities(&self) -> Vec<Vec<String>> {
        let ids = self.sql(
            "SELECT id FROM activities WHERE actor LIKE '%(sandbox API)' AND changed > 0 \
             ORDER BY id",
        );
        ids.iter()
            .map(|id| {
                self.sql(&format!(
                    "SELECT serial_number || ' ' || after FROM activity_items \
                     WHERE activity_id = {} AND outcome = 'changed' ORDER BY serial_number",
                    id[0]
                ))
                .into_iter()
                .map(|row| row[0].clone())
                .collect()
            })
            .collect()
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The `SERIAL STATUS SERVICE` query of [`TestEnv::states`], to compare both ledgers.
const STATES: &str = "SELECT d.serial_number, d.status, coalesce(s.name, '-') \
     FROM devices d LEFT JOIN services s ON s.id = d.service_id";

/// Every attribute the pull mirrors, plus the assignment, of every listed device.
const MIRRORED: &str = "SELECT d.serial_number, d.status, coalesce(s.name, '-'), \
     product_family, device_model, product_type, device_capacity, color, part_number, \
     order_number, order_date_time, purchase_source_type, purchase_source_id, imei, meid, eid, \
     wifi_mac_address, bluetooth_mac_address, ethernet_mac_address, added_to_org_date_time \
     FROM devices d LEFT JOIN services s ON s.id = d.service_id \
     WHERE d.status <> 'RELEASED' ORDER BY d.serial_number";

/// Reads any ledger read-only: every row of `query`, each value as text.
fn sql_at(path: &Path, query: &str) -> Vec<Vec<String>> {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap_or_else(|e| panic!("cannot open {}: {e}", path.display()));
    conn.busy_timeout(Duration::from_secs(10)).expect("busy");
    let mut stmt = conn
        .prepare(query)
        .unwrap_or_else(|e| panic!("{query}: {e}"));
    let columns = stmt.column_count();
    let rows = stmt
        .query_map([], |row| {
            (0..columns)
                .map(|i| {
                    Ok(match row.get_ref(i)? {
                        rusqlite::types::ValueRef::Null => "NULL".to_string(),
                        rusqlite::types::ValueRef::Integer(n) => n.to_string(),
                        rusqlite::types::ValueRef::Real(f) => f.to_string(),
                        rusqlite::types::ValueRef::Text(t) => {
                            String::from_utf8_lossy(t).into_owned()
                        }
                        rusqlite::types::ValueRef::Blob(b) => format!("<{} bytes>", b.len()),
                    })
                })
                .collect::<rusqlite::Result<Vec<String>>>()
        })
        .unwrap_or_else(|e| panic!("{query}: {e}"));
    rows.collect::<rusqlite::Result<_>>()
        .unwrap_or_else(|e| panic!("{query}: {e}"))
}

/// Everything a ledger holds, as text (every row of every table, in a stable order).
fn dump_at(path: &Path) -> String {
    let mut out = String::new();
    for table in sql_at(
        path,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         ORDER BY name",
    ) {
        out.push_str(&format!("== {}\n", table[0]));
        for row in sql_at(path, &format!("SELECT * FROM {} ORDER BY 1, 2", table[0])) {
            out.push_str(&row.join("|"));
            out.push('\n');
        }
    }
    out
}

/// A plain GET (the sandbox's own routes), its body.
fn http_get(url: &str) -> String {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::blocking::get(url)
        .and_then(|r| r.text())
        .unwrap_or_else(|e| panic!("GET {url}: {e}"))
}

/// Polls `done` every 50 ms; fails the test after `limit` (a guard against a hang, not a
/// timing assertion).
fn wait_until(what: &str, limit: Duration, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < limit, "gave up waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// `sync`'s result document: the result of every command plus what the pull and the push did
/// and the requests made.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[allow(dead_code)] // every key is declared so that an added or renamed one fails
struct SyncDoc {
    #[serde(deserialize_with = "required")]
    activity_id: Option<i64>,
    action: String,
    dry_run: bool,
    requested: u64,
    changed: u64,
    unchanged: u64,
    queued: u64,
    failed: u64,
    skipped: u64,
    problems: Vec<Problem>,
    #[serde(default)]
    pull: Option<PullDoc>,
    #[serde(default)]
    push: Option<PushDoc>,
    rate_limit_waits: u64,
    requests: u64,
    retries: u64,
    token_requests: u64,
    waited_seconds: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct PullDoc {
    added: u64,
    complete: bool,
    devices: u64,
    local_only: u64,
    pages: u64,
    released: u64,
    resumed: bool,
    services: u64,
    services_linked: u64,
    updated: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct PushDoc {
    activities: u64,
    confirmed: u64,
    devices: u64,
    failed: u64,
    pending: u64,
    #[serde(default)]
    would_send: Vec<WouldSend>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct WouldSend {
    activity_type: String,
    #[serde(deserialize_with = "required")]
    mdm_server: Option<String>,
    serial_numbers: Vec<String>,
}

/// `remote show -o json`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[allow(dead_code)] // every key is declared so that an added or renamed one fails
struct RemoteShow {
    client_id: String,
    key_id: String,
    private_key: String,
    scope: String,
    base_url: String,
    token_url: String,
    set_at: String,
    token: String,
    pending_changes: i64,
    #[serde(deserialize_with = "required")]
    last_pull: Option<String>,
    unfinished_pull: bool,
}

/// `report sync -o json` (the last run's document is checked elsewhere).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[allow(dead_code)] // every key is declared so that an added or renamed one fails
struct SyncReport {
    remote: String,
    last_sync_started: Option<String>,
    last_sync_finished: Option<String>,
    last_sync_outcome: Option<String>,
    last_sync_exit_code: Option<i64>,
    last_complete_pull: Option<String>,
    unfinished_pull: bool,
    pending_changes: i64,
    unconfirmed_activities: i64,
    activities_sent: i64,
    last_sync: Option<serde_json::Value>,
}

/// Runs `abmctl sync -o json args…` with `vars`: the output and the parsed document.
fn sync_with(env: &TestEnv, args: &[&str], vars: &[(&str, &str)]) -> (CommandOutput, SyncDoc) {
    let mut full = vec!["sync", "-o", "json"];
    full.extend(args);
    let mut run = env.cmd(&full);
    for (k, v) in vars {
        run = run.env(k, v);
    }
    let out = run.output();
    let doc: SyncDoc = out.json();
    assert_eq!(doc.action, "sync", "{out}");
    (out, doc)
}

/// Runs `abmctl sync -o json args…`, which must exit 0: the parsed document.
fn sync_ok(env: &TestEnv, args: &[&str]) -> SyncDoc {
    let (out, doc) = sync_with(env, args, &[]);
    assert_eq!(out.status, 0, "{out}");
    doc
}

/// `device show SERIAL -o json`.
fn device(env: &TestEnv, serial: &str) -> Device {
    env.json(&["device", "show", serial])
}

/// `n` serial numbers of devices in `status` in the env's ledger, by serial.
fn serials(env: &TestEnv, status: &str, n: usize) -> Vec<String> {
    let rows = env.sql(&format!(
        "SELECT serial_number FROM devices WHERE status = '{status}' AND pending_sync = 0 \
         ORDER BY serial_number LIMIT {n}"
    ));
    assert_eq!(rows.len(), n, "fewer than {n} {status} devices");
    rows.into_iter().map(|r| r[0].clone()).collect()
}

/// The ledger's assignment state, every device.
fn client_states(env: &TestEnv) -> Vec<String> {
    env.sql(&format!("{STATES} ORDER BY 1"))
        .into_iter()
        .map(|row| row.join(" "))
        .collect()
}

/// A test env connected to a fresh sandbox of `devices` devices (`extra`: its fault flags),
/// pulled once.
fn pulled(devices: u32, extra: &[&str]) -> (TestEnv, Sandbox) {
    let env = TestEnv::new();
    let sandbox = Sandbox::start(&env, devices, extra);
    sandbox.connect(&env);
    let doc = sync_ok(&env, &[]);
    assert!(doc.pull.as_ref().is_some_and(|p| p.complete), "{doc:?}");
    (env, sandbox)
}

/// A pull of a few thousand devices mirrors every listed device — its attributes and its
/// service — and every service, exactly as the sandbox's ledger has them; released devices are
/// not listed and do not arrive. A second sync finds nothing to change.
#[test]
fn pull_mirrors_every_device_service_and_assignment() {
    let env = TestEnv::new();
    let sandbox = Sandbox::start(&env, 3000, &[]);
    sandbox.connect(&env);
    let doc = sync_ok(&env, &[]);
    let apple = sandbox.sql(MIRRORED);
    assert!(apple.len() > 2000, "{} devices listed", apple.len());
    let mirrored = env.sql(MIRRORED);
    assert_eq!(mirrored.len(), apple.len());
    for (ours, theirs) in mirrored.iter().zip(&apple) {
        assert_eq!(ours, theirs);
    }
    assert_eq!(
        env.sql_count("SELECT count(*) FROM devices"),
        apple.len() as i64,
        "a device the remote does not list arrived"
    );
    let services = "SELECT name FROM services ORDER BY name";
    assert_eq!(env.sql(services), sandbox.sql(services));
    let pull = doc.pull.expect("a pull");
    assert!(pull.complete && !pull.resumed, "{pull:?}");
    assert_eq!(pull.devices, apple.len() as u64);
    assert_eq!(pull.added, apple.len() as u64);
    assert_eq!(pull.services, 3);
    assert_eq!(pull.services_linked, 3);
    assert_eq!(doc.failed, 0);
    assert!(doc.problems.is_empty(), "{:?}", doc.problems);
    // Pages of 1000: a few device pages, not one per device.
    let stats = sandbox.stats();
    assert_eq!(stats.count("GET /v1/orgDevices", "200"), 3, "{stats:?}");

    let again = sync_ok(&env, &[]);
    let pull = again.pull.clone().expect("a pull");
    assert_eq!((pull.added, pull.updated, pull.released), (0, 0, 0));
    assert_eq!(again.changed, 0, "{again:?}");
    assert_eq!(again.token_requests, 0, "the cached token was not reused");
    assert_eq!(env.sql(MIRRORED), apple);
}

/// A local `assign` with a remote set is queued (outcome queued, pendingSync, exit 0); `sync`
/// sends one ASSIGN_DEVICES activity per service naming exactly the queued serials, and then
/// the devices are no longer pending and "Apple" has them where the ledger says.
#[test]
fn local_assign_is_queued_then_sent_once_per_service() {
    let (env, sandbox) = pulled(1000, &[]);
    let lab = serials(&env, "UNASSIGNED", 3);
    let staff = serials(&env, "ASSIGNED", 40)
        .into_iter()
        .filter(|s| device(&env, s).assigned_server.as_deref() != Some("Staff Macs"))
        .take(2)
        .collect::<Vec<_>>();
    assert_eq!(staff.len(), 2);

    let mut args = vec!["assign", "--to", "Lab MDM"];
    args.extend(lab.iter().map(String::as_str));
    let out = env.run(&[args.as_slice(), &["-o", "json"]].concat());
    assert_eq!(out.status, 0, "{out}");
    let doc: ResultDoc = out.json();
    assert_eq!((doc.queued, doc.changed), (3, 0), "{out}");
    assert_eq!(
        env.item_briefs(doc.activity_id),
        lab.iter()
            .map(|s| format!("{s} - UNASSIGNED→ASSIGNED (Lab MDM) queued -: -"))
            .collect::<Vec<_>>()
    );
    let mut args = vec!["reassign", "--to", "Staff Macs"];
    args.extend(staff.iter().map(String::as_str));
    env.ok(&args);
    for s in lab.iter().chain(&staff) {
        let d = device(&env, s);
        assert!(d.pending_sync, "{s} is not pending: {d:?}");
    }
    assert_eq!(sandbox.stats().activities_created(), 0, "sent before sync");

    let doc = sync_ok(&env, &[]);
    let push = doc.push.clone().expect("a push");
    assert_eq!((push.activities, push.devices, push.failed), (2, 5, 0));
    assert_eq!(sandbox.stats().all(POST_ACTIVITIES), 2);
    let mut sent = sandbox.api_activities();
    sent.sort();
    let mut want = vec![
        lab.iter()
            .map(|s| format!("{s} ASSIGNED (Lab MDM)"))
            .collect::<Vec<_>>(),
        staff
            .iter()
            .map(|s| format!("{s} ASSIGNED (Staff Macs)"))
            .collect::<Vec<_>>(),
    ];
    want.iter_mut().for_each(|w| w.sort());
    want.sort();
    assert_eq!(sent, want);
    for s in lab.iter().chain(&staff) {
        let d = device(&env, s);
        assert!(!d.pending_sync, "{s} is still pending: {d:?}");
        assert_eq!(d.sync_error, None);
    }
    assert_eq!(client_states(&env), sandbox.states());
}

/// The result document of a sync whose push was confirmed by its pull says so: nothing is
/// left queued or pending, and the devices count as confirmed.
#[test]
fn confirmed_push_is_not_reported_as_still_queued() {
    let (env, _sandbox) = pulled(1000, &[]);
    let lab = serials(&env, "UNASSIGNED", 2);
    env.ok(&["assign", "--to", "Lab MDM", &lab[0], &lab[1]]);
    let doc = sync_ok(&env, &[]);
    assert_eq!(
        env.sql_count("SELECT count(*) FROM devices WHERE pending_sync"),
        0
    );
    let push = doc.push.clone().expect("a push");
    assert_eq!(doc.queued, 0, "{doc:?}");
    assert_eq!(push.pending, 0, "{doc:?}");
    assert_eq!(push.confirmed, 2, "{doc:?}");
}

/// `assign --push` sends at once: one activity, and the devices end confirmed.
#[test]
fn assign_with_push_sends_at_once() {
    let (env, sandbox) = pulled(1000, &[]);
    let lab = serials(&env, "UNASSIGNED", 2);
    let out = env.run(&["assign", "--to", "Lab MDM", &lab[0], &lab[1], "--push"]);
    assert_eq!(out.status, 0, "{out}");
    assert_eq!(sandbox.stats().all(POST_ACTIVITIES), 1);
    for s in &lab {
        let d = device(&env, s);
        assert!(!d.pending_sync, "{d:?}");
        assert_eq!(d.assigned_server.as_deref(), Some("Lab MDM"));
    }
    assert_eq!(client_states(&env), sandbox.states());
}

/// Changes made on the "Apple side" with ordinary abmctl commands on the sandbox's ledger (a
/// reassign, a release) arrive with the next pull, each recorded as an item of the `sync`
/// activity.
#[test]
fn remote_changes_arrive_as_sync_activity_items() {
    let (env, sandbox) = pulled(1000, &[]);
    let main: Vec<String> = serials(&env, "ASSIGNED", 60)
        .into_iter()
        .filter(|s| device(&env, s).assigned_server.as_deref() == Some("Main MDM"))
        .take(2)
        .collect();
    assert_eq!(main.len(), 2);
    let (moved, released) = (&main[0], &main[1]);
    let apple = |args: &[&str]| {
        let mut full = vec!["--ledger", "apple.sqlite3"];
        full.extend(args);
        env.ok(&full);
    };
    apple(&["reassign", moved, "--to", "Lab MDM"]);
    apple(&["release", released, "--yes"]);

    let doc = sync_ok(&env, &[]);
    let pull = doc.pull.clone().expect("a pull");
    assert_eq!((pull.updated, pull.released), (1, 1), "{doc:?}");
    let d = device(&env, moved);
    assert_eq!(d.assigned_server.as_deref(), Some("Lab MDM"));
    assert!(!d.pending_sync);
    assert_eq!(device(&env, released).status, "RELEASED");
    let activity: ActivityDetail = env.json(&[
        "activity",
        "show",
        &doc.activity_id.expect("an activity").to_string(),
    ]);
    assert_eq!(activity.action, "sync");
    let items: Vec<&Item> = activity
        .items
        .iter()
        .filter(|i| i.serial_number.is_some())
        .collect();
    assert_eq!(items.len(), 2, "{activity:?}");
    let moved_item = items
        .iter()
        .find(|i| i.serial_number.as_deref() == Some(moved.as_str()))
        .expect("an item for the moved device");
    assert_eq!(moved_item.before.as_deref(), Some("ASSIGNED (Main MDM)"));
    assert_eq!(moved_item.after.as_deref(), Some("ASSIGNED (Lab MDM)"));
    assert_eq!(moved_item.outcome, "changed");
    let released_item = items
        .iter()
        .find(|i| i.serial_number.as_deref() == Some(released.as_str()))
        .expect("an item for the released device");
    assert_eq!(released_item.after.as_deref(), Some("RELEASED"));
    assert_eq!(
        client_states(&env)
            .into_iter()
            .filter(|s| !s.contains(" RELEASED "))
            .collect::<Vec<_>>(),
        sandbox.states()
    );
}

/// A sync killed mid-pull (pages made slow by `--latency`) leaves an unfinished pull that the
/// next `sync` resumes and completes: no device lost, none twice, each new device recorded
/// once; `remote show` and `report sync` then show no unfinished pull.
#[test]
fn killed_pull_resumes_without_losing_or_duplicating_devices() {
    let env = TestEnv::new();
    let sandbox = Sandbox::start(&env, 3000, &["--latency", "250"]);
    sandbox.connect(&env);
    let mut child = env
        .command(&["sync", "-q"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("cannot run sync");
    // Killed once the first page of devices is committed, the others still to come.
    let unfinished = "SELECT count(*) FROM pulls WHERE finished_at IS NULL AND devices > 0";
    wait_until("a page of devices", Duration::from_secs(30), || {
        env.sql_count(unfinished) == 1
    });
    child.kill().expect("kill");
    child.wait().expect("wait");
    let show: RemoteShow = env.json(&["remote", "show"]);
    assert!(show.unfinished_pull, "the pull ended before the kill");
    let partial = env.device_count();
    let total = sandbox.states().len() as i64;
    assert!(partial > 0 && partial < total, "{partial} of {total}");

    let doc = sync_ok(&env, &[]);
    let pull = doc.pull.expect("a pull");
    assert!(pull.resumed && pull.complete, "{pull:?}");
    assert_eq!(client_states(&env), sandbox.states());
    assert_eq!(env.sql(MIRRORED), sandbox.sql(MIRRORED));
    assert_eq!(
        env.sql_count("SELECT count(DISTINCT serial_number) FROM devices"),
        total
    );
    let arrivals = env.sql(
        "SELECT serial_number, count(*) FROM activity_items \
         WHERE message = 'new from Apple Business' GROUP BY 1 HAVING count(*) <> 1",
    );
    assert!(arrivals.is_empty(), "recorded twice: {arrivals:?}");
    assert_eq!(
        env.sql_count(
            "SELECT count(DISTINCT serial_number) FROM activity_items \
             WHERE message = 'new from Apple Business'"
        ),
        total
    );
    let show: RemoteShow = env.json(&["remote", "show"]);
    assert!(
        !show.unfinished_pull && show.last_pull.is_some(),
        "{show:?}"
    );
    let report: SyncReport = env.json(&["report", "sync"]);
    assert!(!report.unfinished_pull, "{report:?}");
    assert_eq!(report.last_sync_outcome.as_deref(), Some("ok"));
}

/// Queues an assignment of `n` unassigned devices to Lab MDM: their serials.
fn queue_lab(env: &TestEnv, n: usize) -> Vec<String> {
    let lab = serials(env, "UNASSIGNED", n);
    let mut args = vec!["assign", "--to", "Lab MDM"];
    args.extend(lab.iter().map(String::as_str));
    env.ok(&args);
    lab
}

/// Waits until "Apple" has every serial of `serials` on Lab MDM (the activity ran).
fn wait_on_lab(sandbox: &Sandbox, serials: &[String]) {
    let list = serials
        .iter()
        .map(|s| format!("'{s}'"))
        .collect::<Vec<_>>()
        .join(",");
    let query = format!(
        "SELECT count(*) FROM devices d JOIN services s ON s.id = d.service_id \
         WHERE s.name = 'Lab MDM' AND d.serial_number IN ({list})"
    );
    wait_until("the activity to run", Duration::from_secs(30), || {
        sandbox.sql(&query)[0][0] == serials.len().to_string()
    });
}

/// A sync that dies right after its POST was answered, before it stored the activity's id
/// (`ABMCTL_CRASH_AT=push-posted`), never leads to a second activity: the next sync checks
/// "Apple"'s state first, sends nothing, and the devices end confirmed.
#[test]
fn crash_right_after_the_post_never_sends_twice() {
    let (env, sandbox) = pulled(1000, &[]);
    let lab = queue_lab(&env, 3);
    let crashed = env
        .cmd(&["sync", "-o", "json"])
        .env("ABMCTL_CRASH_AT", "push-posted")
        .output();
    assert_ne!(crashed.status, 0, "{crashed}");
    assert_eq!(sandbox.stats().all(POST_ACTIVITIES), 1);
    wait_on_lab(&sandbox, &lab);

    let (out, doc) = sync_with(&env, &[], &[("ABMCTL_INTENT_SETTLE_SECS", "1")]);
    assert_eq!(out.status, 0, "{out}");
    let (out2, _) = sync_with(&env, &[], &[("ABMCTL_INTENT_SETTLE_SECS", "1")]);
    assert_eq!(out2.status, 0, "{out2}");
    assert_eq!(
        sandbox.stats().all(POST_ACTIVITIES),
        1,
        "sent again after the crash:\n{out}\n{out2}"
    );
    assert_eq!(sandbox.api_activities().len(), 1);
    assert_eq!(doc.push.expect("a push").activities, 0);
    for s in &lab {
        let d = device(&env, s);
        assert!(!d.pending_sync, "{s} not confirmed: {d:?}");
        assert_eq!(d.sync_error, None);
    }
    let report: SyncReport = env.json(&["report", "sync"]);
    assert_eq!(report.unconfirmed_activities, 0, "{report:?}");
    assert_eq!(client_states(&env), sandbox.states());
}

/// A sync that dies after writing its intent but before the POST
/// (`ABMCTL_CRASH_AT=push-prepared`) sent nothing; once the intent has settled a later sync
/// sends the devices, exactly once.
#[test]
fn crash_before_the_post_sends_once_later() {
    let (env, sandbox) = pulled(1000, &[]);
    let lab = queue_lab(&env, 2);
    let crashed = env
        .cmd(&["sync", "-q"])
        .env("ABMCTL_CRASH_AT", "push-prepared")
        .output();
    assert_ne!(crashed.status, 0, "{crashed}");
    assert_eq!(sandbox.stats().all(POST_ACTIVITIES), 0);
    for _ in 0..3 {
        let (out, _) = sync_with(&env, &[], &[("ABMCTL_INTENT_SETTLE_SECS", "0")]);
        assert_eq!(out.status, 0, "{out}");
        if env.sql_count("SELECT count(*) FROM devices WHERE pending_sync") == 0 {
            break;
        }
    }
    assert_eq!(sandbox.stats().all(POST_ACTIVITIES), 1);
    for s in &lab {
        assert!(!device(&env, s).pending_sync);
    }
    assert_eq!(client_states(&env), sandbox.states());
}

/// What a [`RateLimiter`] saw: method and path, the status it answered, and when.
type Seen = Arc<Mutex<Vec<(String, u16, Instant)>>>;

/// A front for the sandbox on 127.0.0.1:0 that answers the API GETs numbered in `limited`
/// (from 0) with 429 and a short `Retry-After` — in seconds, or as an HTTP date for the one
/// numbered `dated` — and forwards every other request. (The sandbox's own
/// `--rate-limit-get` window is a minute, so its Retry-After is too long for a test.)
struct RateLimiter {
    base_url: String,
    seen: Seen,
}

impl RateLimiter {
    fn start(upstream: &str, limited: &'static [usize], dated: usize) -> RateLimiter {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let base_url = format!("http://{}", listener.local_addr().expect("addr"));
        let seen: Seen = Arc::default();
        let gets = Arc::new(Mutex::new(0usize));
        let (upstream, front, log) = (upstream.to_string(), base_url.clone(), seen.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (upstream, front, log, gets) =
                    (upstream.clone(), front.clone(), log.clone(), gets.clone());
                std::thread::spawn(move || {
                    let _ = proxy_one(stream, &upstream, &front, &log, &gets, limited, dated);
                });
            }
        });
        RateLimiter { base_url, seen }
    }
}

/// Serves one request on `stream` (then closes it).
fn proxy_one(
    mut stream: TcpStream,
    upstream: &str,
    front: &str,
    seen: &Seen,
    gets: &Mutex<usize>,
    limited: &[usize],
    dated: usize,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut first = String::new();
    reader.read_line(&mut first)?;
    let mut parts = first.split_whitespace();
    let (method, path) = (
        parts.next().unwrap_or_default().to_string(),
        parts.next().unwrap_or_default().to_string(),
    );
    let mut headers = Vec::new();
    let mut length = 0;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line)?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            if k.eq_ignore_ascii_case("content-length") {
                length = v.trim().parse().unwrap_or(0);
            }
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let number = (method == "GET" && path.starts_with("/v1/")).then(|| {
        let mut n = gets.lock().expect("lock");
        *n += 1;
        *n - 1
    });
    let (status, extra, text) = match number {
        Some(n) if limited.contains(&n) => {
            let retry = if n == dated {
                (jiff::Timestamp::now() + jiff::SignedDuration::from_secs(2))
                    .strftime("%a, %d %b %Y %H:%M:%S GMT")
                    .to_string()
            } else {
                "1".to_string()
            };
            let body = r#"{"errors":[{"status":"429","code":"RATE_LIMIT_EXCEEDED","title":"The request rate limit has been reached","detail":"slow down"}]}"#;
            (429, format!("Retry-After: {retry}\r\n"), body.to_string())
        }
        _ => {
            let _ = rustls::crypto::ring::default_provider().install_default();
            let client = reqwest::blocking::Client::new();
            let url = format!("{upstream}{path}");
            let mut request = match method.as_str() {
                "POST" => client.post(&url).body(body),
                _ => client.get(&url),
            };
            for (k, v) in &headers {
                if ["authorization", "content-type", "accept"]
                    .contains(&k.to_ascii_lowercase().as_str())
                {
                    request = request.header(k, v);
                }
            }
            let response = request.send().map_err(std::io::Error::other)?;
            let status = response.status().as_u16();
            let text = response.text().map_err(std::io::Error::other)?;
            (status, String::new(), text.replace(upstream, front))
        }
    };
    seen.lock()
        .expect("lock")
        .push((format!("{method} {path}"), status, Instant::now()));
    write!(
        stream,
        "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n{extra}Content-Length: {}\r\n\
         Connection: close\r\n\r\n{text}",
        text.len()
    )?;
    stream.flush()
}

/// 429 answers are waited out as their `Retry-After` says (seconds, or an HTTP date) and the
/// sync still completes, counting the waits in `rateLimitWaits`.
#[test]
fn rate_limits_with_retry_after_are_waited_out() {
    let env = TestEnv::new();
    let sandbox = Sandbox::start(&env, 1000, &[]);
    let front = RateLimiter::start(&sandbox.start.base_url, &[1, 4], 4);
    let mut words: Vec<String> = sandbox
        .start
        .remote_set
        .split_whitespace()
        .skip(1)
        .map(str::to_string)
        .collect();
    let at = words
        .iter()
        .position(|w| w == "--base-url")
        .expect("--base-url");
    words[at + 1] = front.base_url.clone();
    // The token endpoint stays the sandbox's: only API GETs are limited.
    words.extend([
        "--token-url".to_string(),
        format!("{}/auth/oauth2/token", sandbox.start.base_url),
    ]);
    env.ok(&words);
    let doc = sync_ok(&env, &[]);
    assert_eq!(doc.rate_limit_waits, 2, "{doc:?}");
    assert!(doc.waited_seconds >= 1.0, "{doc:?}");
    assert_eq!(client_states(&env), sandbox.states());
    // The request after each 429 came no sooner than Retry-After allowed.
    let seen = front.seen.lock().expect("lock").clone();
    let limited: Vec<usize> = (0..seen.len()).filter(|&i| seen[i].1 == 429).collect();
    assert_eq!(limited.len(), 2, "{seen:?}");
    let (path, _, when) = &seen[limited[0]];
    let (next_path, _, next) = &seen[limited[0] + 1];
    assert_eq!(
        path, next_path,
        "the limited request was not asked again next"
    );
    assert!(
        next.duration_since(*when) >= Duration::from_millis(950),
        "asked again before Retry-After: 1"
    );
}

/// A rate limit that would keep the sync waiting past `--max-wait` ends it with exit 4 and
/// the pull saved for the next run (the sandbox's own `--rate-limit-get`).
#[test]
fn rate_limit_past_max_wait_exits_4_with_state_saved() {
    let env = TestEnv::new();
    let sandbox = Sandbox::start(&env, 1000, &["--rate-limit-get", "3"]);
    sandbox.connect(&env);
    let (out, doc) = sync_with(&env, &["--max-wait", "5"], &[]);
    assert_eq!(out.status, 4, "{out}");
    assert!(out.stderr.contains("--max-wait"), "{out}");
    assert!(doc.rate_limit_waits >= 1, "{doc:?}");
    assert!(
        sandbox
            .stats()
            .count("GET /v1/mdmServers/{id}/relationships/devices", "429")
            + sandbox.stats().count("GET /v1/orgDevices", "429")
            + sandbox.stats().count("GET /v1/mdmServers", "429")
            >= 1
    );
    let show: RemoteShow = env.json(&["remote", "show"]);
    assert!(show.unfinished_pull, "{show:?}");
    let report: SyncReport = env.json(&["report", "sync"]);
    assert_eq!(report.last_sync_exit_code, Some(4), "{report:?}");
}

/// Bursts of 500s and connections dropped mid-request are retried: the sync completes and
/// the ledger mirrors "Apple" exactly.
#[test]
fn server_errors_and_dropped_connections_are_retried() {
    let env = TestEnv::new();
    let sandbox = Sandbox::start(
        &env,
        1000,
        &[
            "--error-rate",
            "0.25",
            "--drop-rate",
            "0.15",
            "--fault-seed",
            "11",
        ],
    );
    sandbox.connect(&env);
    let doc = sync_ok(&env, &[]);
    assert!(doc.retries > 0, "{doc:?}");
    let stats = sandbox.stats();
    let errors: u64 = stats
        .by_route
        .values()
        .map(|by| by.get("500").copied().unwrap_or(0))
        .sum();
    assert!(errors > 0, "no 500 was injected: {stats:?}");
    assert_eq!(client_states(&env), sandbox.states());
    assert_eq!(env.sql(MIRRORED), sandbox.sql(MIRRORED));
}

/// A token that dies early (`--token-lifetime`, though it announces an hour) gets a 401 mid
/// run; the client fetches a new one and carries on.
#[test]
fn token_expired_mid_run_is_refreshed() {
    let env = TestEnv::new();
    let sandbox = Sandbox::start(&env, 1000, &["--token-lifetime", "1", "--latency", "300"]);
    sandbox.connect(&env);
    let doc = sync_ok(&env, &[]);
    let stats = sandbox.stats();
    let unauthorized: u64 = stats
        .by_route
        .values()
        .map(|by| by.get("401").copied().unwrap_or(0))
        .sum();
    assert!(unauthorized > 0, "no token expired mid run: {stats:?}");
    assert!(doc.token_requests >= 2, "{doc:?}");
    assert_eq!(
        stats.count("POST /auth/oauth2/token", "200"),
        doc.token_requests
    );
    assert_eq!(client_states(&env), sandbox.states());
}

/// An activity that completes with errors for its devices (`--activity-error-rate 1.0`) ends
/// the sync with exit 3, listing each device; they stay pending, with Apple's reason in
/// `device show`'s `syncError`.
#[test]
fn activity_completed_with_errors_exits_3_and_keeps_devices_pending() {
    let (env, sandbox) = pulled(1000, &["--activity-error-rate", "1.0"]);
    let lab = queue_lab(&env, 2);
    let (out, doc) = sync_with(&env, &[], &[]);
    assert_eq!(out.status, 3, "{out}");
    assert_eq!(doc.failed, 2, "{out}");
    let mut listed: Vec<String> = doc
        .problems
        .iter()
        .filter_map(|p| p.serial_number.clone())
        .collect();
    listed.sort();
    assert_eq!(listed, lab, "{out}");
    for s in &lab {
        let d = device(&env, s);
        assert!(d.pending_sync, "{d:?}");
        assert_eq!(d.assigned_server.as_deref(), Some("Lab MDM"));
        let why = d.sync_error.expect("a syncError");
        assert!(!why.is_empty());
        assert!(
            doc.problems.iter().any(|p| p.message == why),
            "{why:?} not among {:?}",
            doc.problems
        );
    }
    assert_eq!(sandbox.api_activities().len(), 0, "Apple took them");
    // For cron: `-q` prints one line per failed device, nothing else.
    let quiet = env.run(&["sync", "-q"]);
    assert_eq!(quiet.status, 3, "{quiet}");
    assert_eq!(quiet.stdout, "", "{quiet}");
    let lines: Vec<&str> = quiet.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{quiet}");
    for (line, s) in lines.iter().zip(&lab) {
        assert!(line.contains(s.as_str()), "{quiet}");
    }
}

/// Credentials the token endpoint refuses — a key id that is not the key's, or another key —
/// end `sync` and `remote test` with exit 5 and a hint.
#[test]
fn rejected_credentials_exit_5_with_a_hint() {
    let env = TestEnv::new();
    let sandbox = Sandbox::start(&env, 200, &[]);
    let words: Vec<String> = sandbox
        .start
        .remote_set
        .split_whitespace()
        .skip(1)
        .map(str::to_string)
        .collect();
    let with = |flag: &str, value: &str| -> Vec<String> {
        let mut w = words.clone();
        let at = w.iter().position(|x| x == flag).expect("flag");
        w[at + 1] = value.to_string();
        w
    };
    env.ok(&with("--key-id", "00000000-0000-0000-0000-000000000000"));
    for args in [&["sync"][..], &["remote", "test"]] {
        let out = env.run(args);
        assert_eq!(out.status, 5, "{out}");
        assert!(out.stderr.contains("hint:"), "{out}");
    }
    let other = env.root().join("other.pem");
    let made = std::process::Command::new("openssl")
        .args([
            "ecparam",
            "-name",
            "prime256v1",
            "-genkey",
            "-noout",
            "-out",
        ])
        .arg(&other)
        .status()
        .expect("openssl");
    assert!(made.success());
    chmod(&other, 0o600);
    env.ok(&with("--private-key", s(&other)));
    let out = env.run(&["sync"]);
    assert_eq!(out.status, 5, "{out}");
    assert!(out.stderr.contains("hint:"), "{out}");
    assert_eq!(env.device_count(), 0);
}

fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// A private key readable by group or others is refused with exit 5, at `remote set` and at
/// `sync` (made readable after it was set), with the chmod that fixes it.
#[test]
fn key_readable_by_others_exits_5() {
    let env = TestEnv::new();
    let sandbox = Sandbox::start(&env, 200, &[]);
    let key = env.root().join("key.pem");
    std::fs::copy(&sandbox.start.private_key, &key).expect("copy the key");
    chmod(&key, 0o644);
    let mut words: Vec<String> = sandbox
        .start
        .remote_set
        .split_whitespace()
        .skip(1)
        .map(str::to_string)
        .collect();
    let at = words
        .iter()
        .position(|w| w == "--private-key")
        .expect("flag");
    words[at + 1] = s(&key).to_string();
    let out = env.run(&words);
    assert_eq!(out.status, 5, "{out}");
    assert!(out.stderr.contains("chmod 600"), "{out}");
    assert_eq!(env.run(&["remote", "show"]).status, 1, "a remote was set");

    chmod(&key, 0o600);
    env.ok(&words);
    chmod(&key, 0o644);
    for args in [&["sync"][..], &["remote", "test"]] {
        let out = env.run(args);
        assert_eq!(out.status, 5, "{out}");
        assert!(out.stderr.contains("chmod 600"), "{out}");
    }
    assert_eq!(sandbox.stats().all("POST /auth/oauth2/token"), 0);
}

/// A second sync while one runs exits 4 at once, naming the holder's pid; other commands keep
/// working on the ledger meanwhile.
#[test]
fn concurrent_sync_exits_4_naming_the_holder() {
    let (env, sandbox) = pulled(1000, &["--latency", "300"]);
    let mut first = env
        .command(&["sync", "-q"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("cannot run sync");
    let lock = PathBuf::from(format!("{}.sync-lock", env.ledger_path().display()));
    wait_until(
        "the first sync to hold the lock",
        Duration::from_secs(30),
        || std::fs::read_to_string(&lock).is_ok_and(|t| t.contains("pid")),
    );
    let second = env.run(&["sync"]);
    assert_eq!(second.status, 4, "{second}");
    assert!(
        second.stderr.contains(&format!("pid {}", first.id())),
        "the holder is not named:\n{second}"
    );
    // A write while the sync runs: queued, not refused as busy.
    let lab = queue_lab(&env, 1);
    let status = first.wait().expect("wait");
    assert!(status.success(), "the first sync failed: {status:?}");
    sync_ok(&env, &[]);
    assert!(!device(&env, &lab[0]).pending_sync);
    assert_eq!(client_states(&env), sandbox.states());
}

/// The same local changes synced against a sandbox with every fault at once (5xx, dropped
/// connections, truncated and malformed bodies, a repeated cursor, latency, devices failing
/// in activities) end — after re-running `sync` until it exits 0 — with the same ledger as
/// against a sandbox without faults, and as "Apple"'s. (Tokens dying early are left to
/// `token_expiring_again_during_retries_is_refreshed_again`: together with 5xx they end a
/// sync with exit 5.) Rate limits are left out: the sandbox's window is a minute.
#[test]
fn sync_under_every_fault_ends_with_the_same_ledger() {
    let run = |faults: &[&str]| -> (Vec<String>, Vec<String>, u32, u64) {
        let env = TestEnv::new();
        let sandbox = Sandbox::start(&env, 1000, faults);
        sandbox.connect(&env);
        let settle = [("ABMCTL_INTENT_SETTLE_SECS", "0")];
        let mut runs = 0;
        let mut until_ok = |env: &TestEnv| loop {
            runs += 1;
            let (out, _) = sync_with(env, &[], &settle);
            if out.status == 0 {
                break;
            }
            assert!(runs < 8, "still failing after {runs} runs:\n{out}");
            assert!([3, 4].contains(&out.status), "{out}");
        };
        until_ok(&env);
        let lab = serials(&env, "UNASSIGNED", 4);
        let mut args = vec!["assign", "--to", "Lab MDM"];
        args.extend(lab.iter().map(String::as_str));
        env.ok(&args);
        let moved = serials(&env, "ASSIGNED", 3);
        let mut args = vec!["reassign", "--to", "Staff Macs"];
        args.extend(moved.iter().map(String::as_str));
        env.ok(&args);
        until_ok(&env);
        assert_eq!(
            env.sql_count("SELECT count(*) FROM devices WHERE pending_sync"),
            0,
            "devices still pending after a sync that exited 0"
        );
        let stats = sandbox.stats();
        let errors: u64 = stats
            .by_route
            .values()
            .map(|by| by.get("500").copied().unwrap_or(0))
            .sum();
        (client_states(&env), sandbox.states(), runs, errors)
    };
    let (clean, clean_apple, clean_runs, _) = run(&[]);
    assert_eq!(clean, clean_apple);
    assert_eq!(clean_runs, 2);
    let (faulty, faulty_apple, _, errors) = run(&[
        "--error-rate",
        "0.15",
        "--drop-rate",
        "0.1",
        "--truncate-rate",
        "0.1",
        "--malformed-rate",
        "0.1",
        "--repeat-cursor",
        "--latency",
        "20",
        "--activity-error-rate",
        "0.3",
        "--fault-seed",
        "42",
    ]);
    assert!(errors > 0, "no fault was injected");
    assert_eq!(faulty, faulty_apple, "the ledger is not what Apple has");
    assert_eq!(faulty, clean, "faults changed the outcome");
}

/// `sync -q` prints nothing at all when it succeeds (cron mails only failures).
#[test]
fn quiet_sync_prints_nothing_on_success() {
    let env = TestEnv::new();
    let sandbox = Sandbox::start(&env, 1000, &[]);
    sandbox.connect(&env);
    let out = env.run(&["sync", "-q"]);
    assert_eq!(
        out,
        CommandOutput {
            status: 0,
            stdout: String::new(),
            stderr: String::new()
        }
    );
    queue_lab(&env, 2);
    let out = env.run(&["sync", "-q"]);
    assert_eq!(
        (out.status, out.stdout.as_str(), out.stderr.as_str()),
        (0, "", "")
    );
    assert_eq!(sandbox.stats().all(POST_ACTIVITIES), 1);
}

/// `sync -o json` prints exactly one JSON document on stdout, and status lines (if any) only
/// on stderr.
#[test]
fn json_sync_prints_one_document() {
    let (env, _sandbox) = pulled(1000, &[]);
    queue_lab(&env, 2);
    let out = env.run(&["sync", "-o", "json"]);
    assert_eq!(out.status, 0, "{out}");
    let mut stream =
        serde_json::Deserializer::from_str(&out.stdout).into_iter::<serde_json::Value>();
    let first = stream.next().expect("a document").expect("JSON");
    assert!(stream.next().is_none(), "more than one document:\n{out}");
    let doc: SyncDoc = serde_json::from_value(first).expect("the sync document");
    assert!(!doc.dry_run);
    assert!(doc.activity_id.is_some());
    assert!(doc.requests > 0);
    let push = doc.push.expect("a push");
    assert_eq!((push.activities, push.devices), (1, 2));
    assert!(doc.pull.is_some_and(|p| p.complete));
}

/// `sync --dry-run` says exactly what it would send and changes nothing anywhere: the ledger
/// is byte for byte the same, "Apple" got no POST and its ledger is unchanged. The real sync
/// then sends what the dry run said.
#[test]
fn dry_run_reports_what_it_would_send_and_changes_nothing() {
    let (env, sandbox) = pulled(1000, &[]);
    let lab = queue_lab(&env, 3);
    let staff = serials(&env, "ASSIGNED", 40)
        .into_iter()
        .filter(|s| device(&env, s).assigned_server.as_deref() != Some("Staff Macs"))
        .take(2)
        .collect::<Vec<_>>();
    env.ok(&["reassign", "--to", "Staff Macs", &staff[0], &staff[1]]);
    // A change on the "Apple side" the pull would bring.
    let moved = serials(&env, "ASSIGNED", 60)
        .into_iter()
        .find(|s| {
            !staff.contains(s) && device(&env, s).assigned_server.as_deref() == Some("Main MDM")
        })
        .expect("a device on Main MDM");
    env.ok(&[
        "--ledger",
        "apple.sqlite3",
        "reassign",
        &moved,
        "--to",
        "Lab MDM",
    ]);

    let before = env.dump();
    let apple_before = dump_at(&sandbox.ledger);
    let (out, doc) = sync_with(&env, &["--dry-run"], &[]);
    assert_eq!(out.status, 0, "{out}");
    assert!(doc.dry_run);
    assert_eq!(env.dump(), before, "the dry run changed the ledger");
    assert_eq!(
        dump_at(&sandbox.ledger),
        apple_before,
        "the dry run changed Apple"
    );
    assert_eq!(sandbox.stats().all(POST_ACTIVITIES), 0);
    let push = doc.push.clone().expect("a push");
    assert_eq!(push.activities, 0);
    let mut would: Vec<(String, Vec<String>)> = push
        .would_send
        .iter()
        .map(|w| {
            assert!(w.mdm_server.is_some(), "{w:?}");
            let mut serials = w.serial_numbers.clone();
            serials.sort();
            (w.activity_type.clone(), serials)
        })
        .collect();
    would.sort();
    let mut staff_sorted = staff.clone();
    staff_sorted.sort();
    let mut want = vec![
        ("ASSIGN_DEVICES".to_string(), lab.clone()),
        ("ASSIGN_DEVICES".to_string(), staff_sorted),
    ];
    want.sort();
    assert_eq!(would, want);
    assert_eq!(doc.pull.clone().expect("a pull").updated, 1, "{doc:?}");

    let real = sync_ok(&env, &[]);
    assert_eq!(real.push.expect("a push").activities, 2);
    assert_eq!(sandbox.stats().all(POST_ACTIVITIES), 2);
    assert_eq!(
        device(&env, &moved).assigned_server.as_deref(),
        Some("Lab MDM")
    );
    assert_eq!(client_states(&env), sandbox.states());
}

/// No token, client assertion or private key ever appears in what abmctl prints, even under
/// `-v` and `-vv`, while those runs do print their request traces.
#[test]
fn secrets_never_appear_in_verbose_output() {
    let env = TestEnv::new();
    let sandbox = Sandbox::start(&env, 1000, &["--token-lifetime", "1", "--latency", "200"]);
    let mut outputs = Vec::new();
    let words: Vec<&str> = sandbox
        .start
        .remote_set
        .split_whitespace()
        .skip(1)
        .collect();
    outputs.push(env.run(&[words.as_slice(), &["-vv"]].concat()));
    outputs.push(env.run(&["remote", "test", "-vv"]));
    outputs.push(env.run(&["remote", "show", "-vv"]));
    outputs.push(env.run(&["sync", "-v"]));
    queue_lab(&env, 2);
    outputs.push(env.run(&["sync", "-vv"]));
    outputs.push(env.run(&["sync", "-vv", "-o", "json"]));
    let lab = serials(&env, "UNASSIGNED", 1);
    outputs.push(env.run(&["assign", "--to", "Lab MDM", &lab[0], "--push", "-vv"]));
    outputs.push(env.run(&["report", "sync", "-vv", "-o", "json"]));
    for out in &outputs {
        assert_eq!(out.status, 0, "{out}");
    }
    let all: String = outputs
        .iter()
        .map(|o| format!("{}\n{}\n", o.stdout, o.stderr))
        .collect();
    assert!(
        all.contains("GET /v1/orgDevices"),
        "no trace was printed:\n{all}"
    );
    let token = env.sql("SELECT access_token FROM remote")[0][0].clone();
    assert!(token.len() > 8 && token != "NULL", "no token cached");
    assert!(!all.contains(&token), "the access token was printed");
    // Every JWT (the client assertion) starts with a base64url `{"`.
    assert!(!all.contains("eyJ"), "a JWT was printed");
    assert!(
        !all.to_ascii_lowercase().contains("bearer "),
        "a bearer header was printed"
    );
    let pem = std::fs::read_to_string(&sandbox.start.private_key).expect("the key");
    assert!(!all.contains("PRIVATE KEY"), "a PEM was printed");
    for line in pem.lines().filter(|l| !l.starts_with("-----")) {
        assert!(!all.contains(line), "the private key was printed");
    }
}

/// A plain-HTTP base or token URL on a host that is not loopback is refused, and nothing is
/// set.
#[test]
fn plain_http_off_loopback_is_refused() {
    let env = TestEnv::new();
    let sandbox = Sandbox::start(&env, 200, &[]);
    let words: Vec<&str> = sandbox
        .start
        .remote_set
        .split_whitespace()
        .skip(1)
        .collect();
    let at = words.iter().position(|w| *w == "--base-url").expect("flag");
    let mut plain = words[..at].to_vec();
    plain.extend(["--base-url", "http://example.com"]);
    let out = env.run(&plain);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("HTTPS is required"), "{out}");
    let mut token = words.clone();
    token.extend(["--token-url", "http://example.com/auth/oauth2/token"]);
    let out = env.run(&token);
    assert_eq!(out.status, 1, "{out}");
    assert!(out.stderr.contains("HTTPS is required"), "{out}");
    let show = env.run(&["remote", "show"]);
    assert_eq!(show.status, 1, "{show}");
    assert!(show.stderr.contains("no remote is set"), "{show}");
}

/// A token that dies while a request is being retried after a 5xx is refreshed again: a 401
/// on the retry of a request that already refreshed once is not "credentials refused" when
/// the refreshed token worked (the 5xx came after it was accepted). Every 600 ms request
/// outlives half the 1 s token, so 401 → new token → 500 → backoff → 401 happens.
#[test]
fn token_expiring_again_during_retries_is_refreshed_again() {
    let env = TestEnv::new();
    let sandbox = Sandbox::start(
        &env,
        200,
        &[
            "--latency",
            "600",
            "--token-lifetime",
            "1",
            "--error-rate",
            "0.5",
            "--fault-seed",
            "1",
        ],
    );
    sandbox.connect(&env);
    for _ in 0..2 {
        let out = env.run(&["sync"]);
        assert_ne!(
            out.status, 5,
            "working credentials reported as refused:\n{out}"
        );
        assert!(out.status == 0 || out.status == 4, "{out}");
    }
}

/// What the ledger had before its first pull is kept: a local service of the same name as a
/// remote one is linked to it (not doubled), a service "Apple" does not have stays, and a
/// device "Apple" never listed is left alone and counted as local only.
#[test]
fn first_pull_matches_local_services_by_name_and_keeps_local_devices() {
    let env = TestEnv::new();
    env.ok(&["supplier", "link", "--customer-number", "12345"]);
    env.write("order.csv", order_csv(&ipads(1, 1, "ORD-1")));
    env.ok(&["import", "order.csv"]);
    env.ok(&["mdm", "link", "lab mdm"]);
    env.ok(&["mdm", "link", "Only Here"]);
    let local = serial(1);
    let before = device(&env, &local);
    let sandbox = Sandbox::start(&env, 1000, &[]);
    sandbox.connect(&env);
    let doc = sync_ok(&env, &[]);
    let pull = doc.pull.expect("a pull");
    assert_eq!(pull.services_linked, 2, "{pull:?}");
    assert_eq!(pull.local_only, 1, "{pull:?}");
    assert_eq!(pull.released, 0, "{pull:?}");
    let names = env.sql("SELECT name FROM services ORDER BY name_key");
    assert_eq!(
        names.concat(),
        ["lab mdm", "Main MDM", "Only Here", "Staff Macs"],
        "a service was doubled or dropped"
    );
    assert_eq!(device(&env, &local), before);
    assert_eq!(
        client_states(&env)
            .into_iter()
            .filter(|s| !s.starts_with(&local))
            .map(|s| s
                .replace("(lab mdm)", "(Lab MDM)")
                .replace(" lab mdm", " Lab MDM"))
            .collect::<Vec<_>>(),
        sandbox.states()
    );
}

/// A server that hands back a page's own cursor as its next one (once) is not looped on: the
/// pull asks again and still mirrors every device exactly once.
#[test]
fn repeated_cursor_is_not_looped_on() {
    let env = TestEnv::new();
    let sandbox = Sandbox::start(&env, 3000, &["--repeat-cursor"]);
    sandbox.connect(&env);
    let doc = sync_ok(&env, &[]);
    assert!(doc.pull.is_some_and(|p| p.complete));
    assert_eq!(env.sql(MIRRORED), sandbox.sql(MIRRORED));
}

/// Bodies that never parse (every one garbled, or every one cut short) end the sync with a
/// clear error naming the request, exit 4 — not a panic, and no partial page in the ledger.
#[test]
fn bodies_that_never_parse_are_a_clear_error() {
    for fault in ["--malformed-rate", "--truncate-rate"] {
        let env = TestEnv::new();
        let sandbox = Sandbox::start(&env, 1000, &[fault, "1.0"]);
        sandbox.connect(&env);
        let out = env.run(&["sync"]);
        assert_eq!(out.status, 4, "{fault}:\n{out}");
        assert!(
            out.stderr.contains("abmctl: error: GET /v1/"),
            "{fault}:\n{out}"
        );
        assert!(!out.stderr.contains("panicked"), "{fault}:\n{out}");
        assert_eq!(env.device_count(), 0, "{fault}: a partial page was kept");
    }
}

/// The family defaults: with a remote set, `mdm default set` is sent as
/// `PATCH /v1/mdmServers/{id}` by the next sync (and a pull meanwhile does not undo it); a
/// default changed on Apple's side arrives in the next pull.
#[test]
fn family_defaults_are_pushed_and_pulled() {
    let (env, sandbox) = pulled(50, &[]);
    let apple_defaults = || {
        sandbox.sql(
            "SELECT d.product_family, s.name FROM service_defaults d JOIN services s \
         ON s.id = d.service_id ORDER BY 1",
        )
    };
    env.ok(&["mdm", "default", "set", "iPad", "Lab MDM"]);
    env.ok(&["sync", "--pull-only"]);
    let local: Vec<Vec<String>> =
        env.sql("SELECT d.product_family, s.name FROM service_defaults d JOIN services s ON s.id = d.service_id ORDER BY 1");
    assert_eq!(local, [["iPad".to_string(), "Lab MDM".to_string()]]);
    assert!(apple_defaults().is_empty(), "sent by a pull-only sync");
    let out = env.ok(&["sync"]);
    assert!(
        out.stderr
            .contains("Set the default families of Lab MDM in Apple Business to [IPAD]."),
        "{out}"
    );
    assert_eq!(
        apple_defaults(),
        [["iPad".to_string(), "Lab MDM".to_string()]]
    );
    assert_eq!(sandbox.stats().all("PATCH /v1/mdmServers/{id}"), 1);
    // Apple's side moves the default; the next pull mirrors it.
    env.cmd(&[
        "--ledger",
        s(&sandbox.ledger),
        "mdm",
        "default",
        "set",
        "iPad",
        "Main MDM",
    ])
    .output();
    env.ok(&["sync"]);
    let local: Vec<Vec<String>> =
        env.sql("SELECT d.product_family, s.name FROM service_defaults d JOIN services s ON s.id = d.service_id ORDER BY 1");
    assert_eq!(local, [["iPad".to_string(), "Main MDM".to_string()]]);
    assert_eq!(sandbox.stats().all("PATCH /v1/mdmServers/{id}"), 1);
}
