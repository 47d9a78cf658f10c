//! The SQLite ledger: opening it (permissions, pragmas, migrations) and the transaction helper.
//! The SQL for each aggregate lives in its own file beside this one.
//!
//! This is the only place that runs SQL. Functions take a `&Transaction` (or `&Connection` for
//! reads) so one command can do several steps atomically; nothing here prints or validates
//! user input beyond what the schema enforces.

pub mod accounts;
pub mod activities;
pub mod defaults;
pub mod devices;
pub mod domains;
pub mod org;
pub mod reports;
pub mod services;
pub mod suppliers;

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context as _, Result, bail};
use jiff::Timestamp;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

/// Forward-only migrations, applied in order; `PRAGMA user_version` counts those applied.
/// Never edit, reorder or remove a migration that has landed: add a new one that says why.
const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_initial", include_str!("migrations/0001_initial.sql")),
    (
        "0002_defaults",
        include_str!("migrations/0002_defaults.sql"),
    ),
    (
        "0003_items_serial_partial",
        include_str!("migrations/0003_items_serial_partial.sql"),
    ),
    (
        "0005_enrollment",
        include_str!("migrations/0005_enrollment.sql"),
    ),
];

/// How long a write waits for another process's transaction before giving up (exit 4), unless
/// the run says otherwise (the hidden `ABMCTL_BUSY_TIMEOUT_MS`, resolved in `context`).
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// An open ledger.
pub struct Ledger {
    conn: Connection,
    /// The file, for messages (`:memory:` for an in-memory ledger).
    path: PathBuf,
    busy_timeout: Duration,
}

impl Ledger {
    /// Opens the ledger at `path`, creating it (0600, in a 0700 folder) on first use, and
    /// migrates it. `now` stamps the organisation's creation date on first use. Waits up to
    /// `busy_timeout` ([`BUSY_TIMEOUT`] unless overridden) whenever another process holds the
    /// ledger locked; past that, the error is [`LedgerBusy`](crate::error::LedgerBusy) (exit 4).
    pub fn open(path: &Path, now: Timestamp, busy_timeout: Duration) -> Result<Ledger> {
        create_owner_only(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .with_context(|| format!("cannot open the ledger {}", path.display()))?;
        let mut ledger = Ledger {
            conn,
            path: path.to_path_buf(),
            busy_timeout,
        };
        ledger
            .configure()
            .and_then(|()| ledger.migrate(now))
            .with_context(|| format!("cannot open the ledger {}", path.display()))
            .map_err(|e| ledger.busy(e))?;
        Ok(ledger)
    }

    /// Opens an existing, migrated ledger read-only: a reader that never takes the write lock
    /// (in WAL mode it does not hold writers up either). For long-running readers such as
    /// `discovery serve`, which open it per request.
    pub fn open_read_only(path: &Path, busy_timeout: Duration) -> Result<Ledger> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .with_context(|| format!("cannot open the ledger {}", path.display()))?;
        conn.busy_timeout(busy_timeout)?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version != MIGRATIONS.len() as i64 {
            bail!(
                "the ledger {} is at schema version {version}, not {}: run any abmctl command \
                 on it to migrate it",
                path.display(),
                MIGRATIONS.len()
            );
        }
        Ok(Ledger {
            conn,
            path: path.to_path_buf(),
            busy_timeout,
        })
    }

    /// An in-memory ledger for unit tests of the domain rules.
    #[cfg(test)]
    pub fn open_in_memory(now: Timestamp) -> Result<Ledger> {
        let mut ledger = Ledger {
            conn: Connection::open_in_memory()?,
            path: PathBuf::from(":memory:"),
            busy_timeout: BUSY_TIMEOUT,
        };
        ledger.configure()?;
        ledger.migrate(now)?;
        Ok(ledger)
    }

    /// `err` as [`LedgerBusy`](crate::error::LedgerBusy) when SQLite stopped waiting for
    /// another process's lock; otherwise unchanged.
    fn busy(&self, err: anyhow::Error) -> anyhow::Error {
        crate::error::LedgerBusy::wrap(err, &self.path, self.busy_timeout)
    }

    fn configure(&self) -> Result<()> {
        self.conn.busy_timeout(self.busy_timeout)?;
        // Larger pages cut the I/O calls and B-tree splits of a million-row import. Only takes
        // effect when the file is new (before the first table); a no-op afterwards.
        self.conn.pragma_update(None, "page_size", 16_384)?;
        self.conn.pragma_update(None, "foreign_keys", true)?;
        // WAL lets readers (an admin's `device list`) run while a sync writes.
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if mode != "wal" && mode != "memory" {
            bail!("the ledger could not switch to WAL journaling (got {mode})");
        }
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        // A bounded page cache keeps a million-device import under its memory bar.
        self.conn.pragma_update(None, "cache_size", -8_192)?;
        // Let SQLite's sorter use a second core when it builds an index after a bulk import.
        self.conn.pragma_update(None, "threads", 2)?;
        self.conn.set_prepared_statement_cache_capacity(64);
        Ok(())
    }

    fn migrate(&mut self, now: Timestamp) -> Result<()> {
        let version: usize =
            self.conn
                .query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))? as usize;
        if version > MIGRATIONS.len() {
            return Err(crate::error::with_hint(
                format!(
                    "this ledger was written by a newer abmctl (schema version {version}, this \
                     abmctl knows {})",
                    MIGRATIONS.len()
                ),
                "upgrade abmctl to open it; this version will not touch it",
            ));
        }
        if version == MIGRATIONS.len() {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Exclusive)?;
        // Another process may have migrated while we waited for the lock.
        let version: usize =
            tx.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))? as usize;
        for (name, sql) in &MIGRATIONS[version.min(MIGRATIONS.len())..] {
            tx.execute_batch(sql)
                .with_context(|| format!("while applying migration {name}"))?;
        }
        if version == 0 {
            org::create(&tx, now)?;
        }
        // Every organisation has a reserved domain, made from its name when the ledger is
        // created (or, for a ledger made before domains existed, when it is migrated).
        if domains::reserved(&tx)?.is_none() {
            let org = org::get(&tx)?;
            let name = crate::model::reserved_domain(&org.name, &org.organization_id);
            domains::insert_reserved(&tx, &name, &crate::model::format_timestamp(now))?;
        }
        tx.pragma_update(None, "user_version", MIGRATIONS.len() as i64)?;
        tx.commit()?;
        Ok(())
    }

    /// The connection, for reads.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs `f` in a `BEGIN IMMEDIATE` transaction: committed when `f` succeeds and `dry_run`
    /// is false, rolled back otherwise (unit tests' shorthand for `transact`).
    #[cfg(test)]
    pub fn write<T>(
        &mut self,
        dry_run: bool,
        f: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        self.transact(|tx| Ok((f(tx)?, !dry_run)))
    }

    /// Runs `f` in a `BEGIN IMMEDIATE` transaction that `f` itself decides on: committed when
    /// it returns `(value, true)`, rolled back when it returns `(value, false)` or fails. A lock
    /// held by another process past the busy timeout is
    /// [`LedgerBusy`](crate::error::LedgerBusy); `f`'s own errors come back as they were.
    pub fn transact<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>) -> Result<(T, bool)>,
    ) -> Result<T> {
        let written = (|| {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .context("cannot start a write on the ledger")?;
            let (value, commit) = f(&tx)?;
            if commit {
                tx.commit().context("cannot commit to the ledger")?;
            } else {
                tx.rollback()?;
            }
            Ok(value)
        })();
        written.map_err(|e| self.busy(e))
    }
}

impl Ledger {
    /// Runs `f` with the ledger in rollback-journal mode, then returns it to WAL.
    ///
    /// For the first import into an empty ledger only: in WAL mode every page of a
    /// million-device import is written twice (to the WAL, then by the checkpoint into the
    /// file), about a tenth of the import's time. A rollback journal writes new pages once and
    /// journals only the few that existed. It is just as atomic (a crash rolls back through the
    /// hot journal), but it locks readers out while the import runs, which costs nothing when
    /// there is nothing to read yet. When another process has the ledger open the switch is
    /// refused at once and `f` runs in WAL mode as usual.
    pub fn with_bulk_journal<T>(&mut self, f: impl FnOnce(&mut Ledger) -> Result<T>) -> Result<T> {
        self.conn.busy_timeout(Duration::ZERO)?;
        let mode = self
            .conn
            .query_row("PRAGMA journal_mode = DELETE", [], |r| {
                r.get::<_, String>(0)
            })
            .unwrap_or_default();
        self.conn.busy_timeout(self.busy_timeout)?;
        let value = f(self);
        if mode == "delete" {
            // Back to WAL; should this fail, the next open switches it anyway (`configure`).
            let _ = self
                .conn
                .query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0));
        }
        value
    }
}

/// Creates the ledger file and its folder with owner-only permissions when missing.
/// Returns true when the file was created now.
fn create_owner_only(path: &Path) -> Result<bool> {
    if path.exists() {
        return Ok(false);
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
        && !parent.exists()
    {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder
            .create(parent)
            .with_context(|| format!("cannot create the ledger folder {}", parent.display()))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(true),
        // Another process created it between our check and now: fine.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(e).with_context(|| format!("cannot create the ledger {}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Timestamp {
        "2026-01-01T00:00:00Z"
            .parse()
            .unwrap_or(Timestamp::UNIX_EPOCH)
    }

    /// Every file in `migrations/` is in `MIGRATIONS`, in file-name order: a migration left
    /// out would never run, and one added later under its number would shift the versions.
    #[test]
    fn every_migration_file_is_registered_in_order() -> Result<()> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ledger/migrations");
        let mut files: Vec<String> = std::fs::read_dir(dir)?
            .filter_map(|e| e.ok()?.path().file_stem()?.to_str().map(str::to_string))
            .collect();
        files.sort();
        let registered: Vec<&str> = MIGRATIONS.iter().map(|(name, _)| *name).collect();
        assert_eq!(files, registered);
        Ok(())
    }

    /// The schema version, every schema object's SQL and every row of every table, as text.
    fn dump(conn: &Connection) -> Result<Vec<String>> {
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let mut out = vec![format!("user_version {version}")];
        let mut schema = conn.prepare(
            "SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name",
        )?;
        let objects = schema
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (kind, name, sql) in objects {
            out.push(format!("{kind} {name}: {sql}"));
            if kind != "table" || name.starts_with("sqlite_") {
                continue;
            }
            let mut rows = conn.prepare(&format!("SELECT * FROM \"{name}\" ORDER BY 1"))?;
            let columns = rows.column_count();
            let mut rows = rows.query([])?;
            while let Some(row) = rows.next()? {
                let cells = (0..columns)
                    .map(|i| row.get_ref(i).map(|v| format!("{v:?}")))
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                out.push(format!("  {}", cells.join("|")));
            }
        }
        Ok(out)
    }

    /// Opening a migrated ledger file again (later, by another process) runs no migration: the
    /// same schema version, the same schema, the data kept, and the organisation not created a
    /// second time nor re-stamped with the new "now". This fails if the version were not
    /// committed with the migrations (the second open would re-apply them).
    #[test]
    fn migrating_twice_is_harmless() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("ledger.sqlite3");
        let mut first = Ledger::open(&path, now(), BUSY_TIMEOUT)?;
        first.write(false, |tx| {
            org::set_name(tx, "Kept")?;
            tx.execute(
                "INSERT INTO suppliers (kind, number, linked_at) \
                 VALUES ('apple', '12345', '2026-01-01T00:00:00Z')",
                [],
            )?;
            Ok(())
        })?;
        let before = dump(first.conn())?;
        drop(first);
        let later = "2027-06-01T00:00:00Z"
            .parse()
            .unwrap_or(Timestamp::UNIX_EPOCH);
        let second = Ledger::open(&path, later, BUSY_TIMEOUT)?;
        assert_eq!(dump(second.conn())?, before);
        assert_eq!(before[0], format!("user_version {}", MIGRATIONS.len()));
        let org = org::get(second.conn())?;
        assert_eq!(
            (org.name.as_str(), org.created_date_time.as_str()),
            ("Kept", "2026-01-01T00:00:00Z")
        );
        let orgs: i64 = second
            .conn()
            .query_row("SELECT count(*) FROM org", [], |r| r.get(0))?;
        assert_eq!(orgs, 1);
        Ok(())
    }

    /// A ledger made before domains existed gets its reserved domain when it is migrated,
    /// from the organisation's name then.
    #[test]
    fn migrating_an_older_ledger_gives_it_a_reserved_domain() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("ledger.sqlite3");
        // Every migration before the one that brought domains in.
        let before = MIGRATIONS
            .iter()
            .position(|(name, _)| name.ends_with("_enrollment"))
            .unwrap();
        {
            let conn = Connection::open(&path)?;
            for (_, sql) in &MIGRATIONS[..before] {
                conn.execute_batch(sql)?;
            }
            conn.execute(
                "INSERT INTO org (id, name, org_id, created_at)
                 VALUES (1, 'Better Bag Ltd.', 'ABC', '2026-01-01T00:00:00Z')",
                [],
            )?;
            conn.pragma_update(None, "user_version", before as i64)?;
        }
        let ledger = Ledger::open(&path, now(), BUSY_TIMEOUT)?;
        let org = org::get(ledger.conn())?;
        assert_eq!(
            org.reserved_domain.as_deref(),
            Some("betterbagltd.appleaccount.com")
        );
        Ok(())
    }

    #[test]
    fn a_newer_ledger_is_refused() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("sub").join("ledger.sqlite3");
        drop(Ledger::open(&path, now(), BUSY_TIMEOUT)?);
        {
            let conn = Connection::open(&path)?;
            conn.pragma_update(None, "user_version", 99)?;
        }
        let err = Ledger::open(&path, now(), BUSY_TIMEOUT)
            .err()
            .map(|e| format!("{e:#}"))
            .unwrap_or_default();
        assert!(err.contains("newer abmctl"), "{err}");
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn new_ledgers_are_owner_only() -> Result<()> {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir()?;
        let folder = dir.path().join("new");
        let path = folder.join("ledger.sqlite3");
        drop(Ledger::open(&path, now(), BUSY_TIMEOUT)?);
        assert_eq!(
            std::fs::metadata(&path)?.permissions().mode() & 0o777,
            0o600
        );
        assert_eq!(
            std::fs::metadata(&folder)?.permissions().mode() & 0o777,
            0o700
        );
        Ok(())
    }
}
