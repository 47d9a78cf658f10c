//! The shared test harness: a `TestEnv` per test (a temp dir, a clean environment, a fixed
//! clock), the `CommandOutput` every run returns, direct reads of the ledger, fixture builders
//! that make valid identifiers, and the typed JSON contract (SPEC §3).
//!
//! It runs the real `abmctl` binary and never links against the crate's internals: the tests
//! check what a user or a script sees, so the JSON shapes here are written out independently of
//! `src/` (with `deny_unknown_fields`, so an added or renamed key fails a test).

#![allow(dead_code)]

pub mod dns;
pub mod fixtures;
pub mod json;

use std::ffi::OsString;
use std::fmt;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub use dns::*;
pub use fixtures::*;
pub use json::*;

/// The fixed "now" of every run (the hidden `ABMCTL_NOW`).
pub const NOW: &str = "2026-11-27T12:00:00Z";
/// The actor every run records (`ABMCTL_ACTOR`).
pub const ACTOR: &str = "tester";

/// One test's world: a temporary directory holding the ledger and the fixture files, and the
/// environment every `abmctl` run gets.
pub struct TestEnv {
    dir: tempfile::TempDir,
}

impl TestEnv {
    /// A fresh temp dir holding a new ledger (`abmctl init`, so the organisation is
    /// "My Organization", created at [`NOW`]).
    pub fn new() -> TestEnv {
        let env = TestEnv::empty();
        env.ok(&["init"]);
        env
    }

    /// A fresh, empty temp dir with no ledger in it.
    pub fn empty() -> TestEnv {
        TestEnv {
            dir: tempfile::Builder::new()
                .prefix("abmctl-test-")
                .tempdir()
                .expect("cannot create a temp dir"),
        }
    }

    /// The temp dir (canonical, so that it matches the paths abmctl prints).
    pub fn root(&self) -> PathBuf {
        self.dir
            .path()
            .canonicalize()
            .expect("cannot canonicalize the temp dir")
    }

    /// The ledger every run uses (`ABMCTL_LEDGER`).
    pub fn ledger_path(&self) -> PathBuf {
        self.root().join("ledger.sqlite3")
    }

    /// abmctl's platform data directory, inside the temp dir (`XDG_DATA_HOME` and `HOME`
    /// point there): `--org NAME` is `orgs/NAME.sqlite3` in it.
    pub fn data_dir(&self) -> PathBuf {
        if cfg!(target_os = "macos") {
            self.root().join("Library/Application Support/abmctl")
        } else {
            self.root().join(".local/share/abmctl")
        }
    }

    /// Writes a fixture file into the temp dir and returns its path.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.root().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("cannot create a fixture folder");
        }
        std::fs::write(&path, contents).expect("cannot write a fixture");
        path
    }

    /// A run of `abmctl args…` to configure further (environment, stdin) before `output()`.
    pub fn cmd<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> Run<'_> {
        Run {
            env: self,
            args: args.iter().map(|a| a.as_ref().to_os_string()).collect(),
            vars: Vec::new(),
            stdin: None,
        }
    }

    /// Runs `abmctl args…` with the standard environment and an empty stdin.
    pub fn run<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> CommandOutput {
        self.cmd(args).output()
    }

    /// Runs `abmctl args…` with `stdin` as its standard input.
    pub fn run_with_stdin<S: AsRef<std::ffi::OsStr>>(
        &self,
        args: &[S],
        stdin: impl Into<Vec<u8>>,
    ) -> CommandOutput {
        self.cmd(args).stdin(stdin).output()
    }

    /// Runs `abmctl args…` and fails the test unless it exits 0; returns the output.
    pub fn ok<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> CommandOutput {
        let out = self.run(args);
        assert_eq!(
            out.status,
            0,
            "`abmctl {}` failed:\n{out}",
            display_args(args)
        );
        out
    }

    /// Runs a command with `-o json` and returns its parsed stdout (any exit status).
    pub fn json<T: serde::de::DeserializeOwned, S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> T {
        let mut full: Vec<OsString> = args.iter().map(|a| a.as_ref().to_os_string()).collect();
        full.extend(["-o".into(), "json".into()]);
        self.run(&full).json()
    }

    /// The standard `Command` for `abmctl args…`: cleared environment, cwd = the temp dir.
    pub fn command<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> Command {
        let root = self.root();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_abmctl"));
        cmd.args(args)
            .current_dir(&root)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", &root)
            // The data dir (`--org`, `org list`) stays in the temp dir too.
            .env("XDG_DATA_HOME", root.join(".local/share"))
            // `demo` makes its temporary folder here, where the test can see it go away.
            .env("TMPDIR", &root)
            .env("ABMCTL_LEDGER", self.ledger_path())
            .env("NO_COLOR", "1")
            .env("COLUMNS", "100")
            .env("ABMCTL_NOW", NOW)
            .env("ABMCTL_ACTOR", ACTOR)
            .env("RUST_BACKTRACE", "0");
        cmd
    }

    /// Reads the ledger directly: every row of `query`, each value as text (`NULL` for null).
    pub fn sql(&self, query: &str) -> Vec<Vec<String>> {
        let conn = rusqlite::Connection::open_with_flags(
            self.ledger_path(),
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .expect("cannot open the ledger");
        let mut stmt = conn.prepare(query).expect("bad test query");
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
            .expect("test query failed");
        rows.collect::<rusqlite::Result<_>>()
            .expect("test query failed")
    }

    /// The single integer `query` returns (`SELECT count(*) …`).
    pub fn sql_count(&self, query: &str) -> i64 {
        let rows = self.sql(query);
        assert_eq!(rows.len(), 1, "{query} returned {rows:?}");
        rows[0][0].parse().expect("not an integer")
    }

    /// Rows in the devices table (every status).
    pub fn device_count(&self) -> i64 {
        self.sql_count("SELECT count(*) FROM devices")
    }

    /// Rows in the activity log.
    pub fn activity_count(&self) -> i64 {
        self.sql_count("SELECT count(*) FROM activities")
    }

    /// Writes to the ledger directly, for states no command can make yet (an enrollment
    /// before `enroll` exists, a backdated arrival).
    pub fn exec(&self, statement: &str) {
        let conn = rusqlite::Connection::open(self.ledger_path()).expect("cannot open the ledger");
        conn.execute_batch(statement)
            .unwrap_or_else(|e| panic!("{statement} failed: {e}"));
    }

    /// Marks a device as enrolled in the service it is assigned to (no `enroll` command yet).
    pub fn set_enrolled(&self, serial: &str) {
        self.exec(&format!(
            "UPDATE devices SET enrollment_status = 'ENROLLED' WHERE serial_number = '{serial}'"
        ));
        assert_eq!(
            self.sql_count(&format!(
                "SELECT count(*) FROM devices WHERE serial_number = '{serial}' \
                 AND enrollment_status = 'ENROLLED'"
            )),
            1,
            "no device {serial} to mark enrolled"
        );
    }

    /// Every device as `SERIAL STATUS SERVICE` (`-` for none), by serial: the assignment state
    /// of the whole ledger, read from the tables rather than through abmctl.
    pub fn states(&self) -> Vec<String> {
        self.sql(
            "SELECT d.serial_number, d.status, coalesce(s.name, '-') \
             FROM devices d LEFT JOIN services s ON s.id = d.service_id ORDER BY d.serial_number",
        )
        .into_iter()
        .map(|row| row.join(" "))
        .collect()
    }

    /// The per-device items of activity `id` (`activity show ID -o json`), each as
    /// [`Item::brief`]; fails the test when the command recorded no activity (`None`).
    pub fn item_briefs(&self, id: Option<i64>) -> Vec<String> {
        let id = id.expect("the command recorded no activity");
        let activity: ActivityDetail = self.json(&["activity", "show", &id.to_string()]);
        briefs(&activity.items)
    }

    /// [`TestEnv::dump`] without activity `id` and its items: compare it with a dump taken
    /// before a command that should have changed nothing but record its activity.
    pub fn dump_except_activity(&self, id: i64) -> String {
        self.dump_filtered(|table, row| {
            matches!(table, "activities" | "activity_items") && row[0] == id.to_string()
        })
    }

    /// Everything the ledger holds, as text: compare two dumps to prove a command changed
    /// nothing (the schema version, and every row of every table, in a stable order).
    pub fn dump(&self) -> String {
        self.dump_filtered(|_, _| false)
    }

    fn dump_filtered(&self, skip: impl Fn(&str, &[String]) -> bool) -> String {
        let mut out = String::new();
        let version = self.sql("PRAGMA user_version");
        out.push_str(&format!("user_version {version:?}\n"));
        for table in self.sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             ORDER BY name",
        ) {
            let table = &table[0];
            out.push_str(&format!("== {table}\n"));
            for row in self.sql(&format!("SELECT * FROM {table} ORDER BY 1, 2")) {
                if skip(table, &row) {
                    continue;
                }
                out.push_str(&row.join("|"));
                out.push('\n');
            }
        }
        out
    }
}

/// A run being configured: extra or removed environment variables, stdin.
pub struct Run<'e> {
    env: &'e TestEnv,
    args: Vec<OsString>,
    vars: Vec<(String, Option<String>)>,
    stdin: Option<Vec<u8>>,
}

impl Run<'_> {
    /// Sets (or overrides) an environment variable for this run.
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.vars.push((key.to_string(), Some(value.to_string())));
        self
    }

    /// Removes a variable of the standard environment for this run.
    pub fn env_remove(mut self, key: &str) -> Self {
        self.vars.push((key.to_string(), None));
        self
    }

    /// Runs with "now" at `now` instead of [`NOW`].
    pub fn at(self, now: &str) -> Self {
        self.env("ABMCTL_NOW", now)
    }

    /// Feeds `bytes` to stdin.
    pub fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(bytes.into());
        self
    }

    /// Runs to completion and collects the output, with the temp dir shown as `[TEMP]`.
    pub fn output(self) -> CommandOutput {
        let mut cmd = self.env.command(&self.args);
        for (k, v) in &self.vars {
            match v {
                Some(v) => cmd.env(k, v),
                None => cmd.env_remove(k),
            };
        }
        cmd.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("cannot run abmctl");
        let mut stdin = child.stdin.take().expect("stdin is piped");
        let input = self.stdin.unwrap_or_default();
        // Written from a thread: a large stdin must not deadlock against a full stdout pipe.
        let writer = std::thread::spawn(move || {
            // abmctl may exit without reading stdin; a broken pipe here is not a test failure.
            let _ = stdin.write_all(&input);
        });
        let out = child.wait_with_output().expect("cannot wait for abmctl");
        writer.join().expect("stdin writer panicked");
        let status = out.status.code().unwrap_or(-1);
        CommandOutput {
            status,
            stdout: String::from_utf8(out.stdout).expect("stdout is not UTF-8"),
            stderr: String::from_utf8(out.stderr).expect("stderr is not UTF-8"),
        }
        .replace(&self.env.root().display().to_string(), "[TEMP]")
    }
}

/// What one run printed, and how it exited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandOutput {
    /// The exit status (-1 when killed by a signal).
    pub status: i32,
    /// Everything on stdout.
    pub stdout: String,
    /// Everything on stderr.
    pub stderr: String,
}

impl CommandOutput {
    /// The same output with every `from` in stdout and stderr replaced by `to` (redaction).
    pub fn replace(self, from: &str, to: &str) -> CommandOutput {
        CommandOutput {
            status: self.status,
            stdout: self.stdout.replace(from, to),
            stderr: self.stderr.replace(from, to),
        }
    }

    /// stdout parsed as JSON into `T`; the whole output is shown when it does not parse.
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> T {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not the expected JSON ({e}):\n{self}"))
    }

    /// Each stdout line parsed as JSON into `T` (jsonl).
    pub fn jsonl<T: serde::de::DeserializeOwned>(&self) -> Vec<T> {
        self.stdout
            .lines()
            .map(|line| {
                serde_json::from_str(line)
                    .unwrap_or_else(|e| panic!("not the expected JSON ({e}): {line}\n{self}"))
            })
            .collect()
    }

    /// stdout parsed as CSV: the header, then the rows.
    pub fn csv(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(self.stdout.as_bytes());
        let header = reader
            .headers()
            .unwrap_or_else(|e| panic!("stdout is not CSV ({e}):\n{self}"))
            .iter()
            .map(str::to_string)
            .collect();
        let rows = reader
            .records()
            .map(|r| {
                r.unwrap_or_else(|e| panic!("stdout is not CSV ({e}):\n{self}"))
                    .iter()
                    .map(str::to_string)
                    .collect()
            })
            .collect();
        (header, rows)
    }
}

/// jj's layout: stdout, then a stderr divider and stderr, then the exit status.
impl fmt::Display for CommandOutput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.stdout)?;
        if !self.stdout.is_empty() && !self.stdout.ends_with('\n') {
            f.write_str("\n")?;
        }
        f.write_str("----- stderr -----\n")?;
        f.write_str(&self.stderr)?;
        if !self.stderr.is_empty() && !self.stderr.ends_with('\n') {
            f.write_str("\n")?;
        }
        write!(f, "[exit status: {}]", self.status)
    }
}

fn display_args<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> String {
    args.iter()
        .map(|a| a.as_ref().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The path as a `&str`, for argument lists.
pub fn s(path: &Path) -> &str {
    path.to_str().expect("test paths are UTF-8")
}

/// The dry-run contract (SPEC §4) for one command: `args --dry-run -o json` leaves the ledger
/// exactly as it was, then `args -o json` for real exits the same way and prints the same
/// result apart from `dryRun`. Returns the real run's result.
pub fn assert_dry_run_matches_real(env: &TestEnv, args: &[&str]) -> (i32, ResultDoc) {
    let before = env.dump();
    let mut dry_args: Vec<&str> = args.to_vec();
    dry_args.extend(["--dry-run", "-o", "json"]);
    let dry = env.run(&dry_args);
    let dry_doc: ResultDoc = dry.json();
    assert!(dry_doc.dry_run, "a dry run without dryRun: true:\n{dry}");
    assert_eq!(
        env.dump(),
        before,
        "`{}` changed the ledger",
        dry_args.join(" ")
    );
    let mut real_args: Vec<&str> = args.to_vec();
    real_args.extend(["-o", "json"]);
    let real = env.run(&real_args);
    let real_doc: ResultDoc = real.json();
    assert!(!real_doc.dry_run, "a real run with dryRun: true:\n{real}");
    assert_eq!(
        dry.status, real.status,
        "the dry run and the real run exit differently:\n{dry}\n{real}"
    );
    assert_eq!(
        ResultDoc {
            dry_run: false,
            ..dry_doc
        },
        real_doc,
        "the dry run and the real run of `{}` differ",
        args.join(" ")
    );
    (real.status, real_doc)
}

/// Adds `domain` and verifies it for real: its TXT record published on a [`DnsResponder`],
/// `domain verify --nameserver` querying it. Returns the responder (it serves until dropped).
pub fn verified_domain(env: &TestEnv, domain: &str) -> DnsResponder {
    env.ok(&["domain", "add", domain]);
    let domains: Vec<DomainDoc> = env.json(&["domain", "list"]);
    let record = domains
        .iter()
        .find(|d| d.domain == domain)
        .and_then(|d| d.txt_record.clone())
        .expect("the added domain has a TXT record");
    let dns = DnsResponder::start(&[(domain, record.as_str())], false);
    env.ok(&["domain", "verify", domain, "--nameserver", &dns.addr()]);
    dns
}
