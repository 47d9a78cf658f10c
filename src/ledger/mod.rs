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
pub mod remote;
pub mod reports;
pub mod sandbox;
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
    ("0006_remote", include_str!("migrations/0006_remote.sql")),
    ("0007_sandbox", include_str!("migrations/0007_sandbox.sql")),
    (
        "0008_defaults_push",
        include_str!("migrations/0008_defaults_push.sql"),
    ),
];

/// How long a write waits for another process's transaction before giving up (exit 4), unless
/// the run says otherwise (the hidden `ABMCTL_BUSY_TIMEOUT_MS`, resolved in `context`).
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// The `PRAGMA application_id` of an abmctl ledger (`ABMc` in ASCII): how abmctl tells its
/// ledger from any other SQLite file before touching it (and how `file(1)` could).
pub const APPLICATION_ID: i32 = 0x4142_4D63;

/// An open ledger.
pub struct Ledger {
    conn: Connection,
    /// The file, for messages (`:memory:` for an in-memory ledger).
    path: PathBuf,
    busy_timeout: Duration,
}

/// What a SQLite file holds, read from its header and schema without changing it.
enum Identity {
    /// An abmctl ledger.
    Ledger,
    /// Nothing at all: an empty file, or a database with no schema (what an `init` killed
    /// before its commit leaves). `init` may take it over; nothing else opens it.
    Blank,
    /// Something else, described.
    Foreign(String),
}

/// The organisation a new ledger is created with.
struct NewOrg<'a> {
    now: Timestamp,
    name: &'a str,
}

impl Ledger {
    /// Opens the existing ledger at `path` and migrates it. Never creates anything: a missing
    /// or empty file is "no ledger here" (`abmctl init` makes one), and a file that is not an
    /// abmctl ledger is refused untouched. Waits up to `busy_timeout` ([`BUSY_TIMEOUT`] unless
    /// overridden) whenever another process holds the ledger locked; past that, the error is
    /// [`LedgerBusy`](crate::error::LedgerBusy) (exit 4).
    pub fn open(path: &Path, busy_timeout: Duration) -> Result<Ledger> {
        if !path.try_exists().with_context(|| cannot_open(path))? {
            return Err(no_ledger(path, ""));
        }
        let mut ledger = Ledger::connect(path, busy_timeout)?;
        match ledger.identity() {
            Ok(Identity::Ledger) => {}
            Ok(Identity::Blank) => return Err(no_ledger(path, " (the file there is empty)")),
            Ok(Identity::Foreign(what)) => return Err(foreign(path, &what)),
            Err(e) => return Err(ledger.busy(e.context(cannot_open(path)))),
        }
        ledger
            .configure()
            .and_then(|()| ledger.migrate(None))
            .with_context(|| cannot_open(path))
            .map_err(|e| ledger.busy(e))?;
        Ok(ledger)
    }

    /// Creates a new ledger at `path` (file 0600, any missing folder 0700) holding one new
    /// organisation called `name`, created `now`. Refuses (changing nothing) when a ledger or
    /// any other file is already there, except an empty one, which it takes over.
    pub fn create(
        path: &Path,
        now: Timestamp,
        name: &str,
        busy_timeout: Duration,
    ) -> Result<Ledger> {
        if path.try_exists().with_context(|| cannot_open(path))? {
            let ledger = Ledger::connect(path, busy_timeout)?;
            let what = match ledger.identity() {
                Ok(Identity::Blank) => None,
                Ok(Identity::Ledger) => return Err(exists(path)),
                Ok(Identity::Foreign(what)) => Some(what),
                Err(e) => match ledger.busy(e) {
                    e if e.is::<crate::error::LedgerBusy>() => return Err(e),
                    // Not SQLite at all ("file is not a database").
                    e => Some(format!("{e:#}")),
                },
            };
            if let Some(what) = what {
                return Err(crate::error::with_hint(
                    format!(
                        "{} already exists and is not an abmctl ledger ({what})",
                        path.display()
                    ),
                    "init leaves it untouched; give init another --ledger PATH or --org NAME",
                ));
            }
            owner_only(path)?;
        } else if !create_owner_only(path)? {
            // Another process created it between our check and now.
            return Err(exists(path));
        }
        let mut ledger = Ledger::connect(path, busy_timeout)?;
        ledger
            .configure()
            .and_then(|()| ledger.migrate(Some(NewOrg { now, name })))
            .map_err(|e| ledger.busy(e))?;
        Ok(ledger)
    }

    /// Opens the ledger at `path` for reading only: no migration, no change of journal mode,
    /// and no file created beside it (a ledger no process has open is read as immutable, so
    /// SQLite makes no `-wal`/`-shm` files). A ledger one migration behind is read as it is; a
    /// newer one, an empty file or another file is an error (whose message does not repeat the
    /// path). For `org list`, which looks into every organisation's ledger.
    pub fn open_read_only(path: &Path, busy_timeout: Duration) -> Result<Ledger> {
        let conn = read_only_connection(path).context("cannot read it")?;
        let ledger = Ledger {
            conn,
            path: path.to_path_buf(),
            busy_timeout,
        };
        ledger.conn.busy_timeout(busy_timeout)?;
        // The messages leave the path to the caller, which names the file it was reading.
        match ledger.identity().context("cannot read it")? {
            Identity::Ledger => {}
            Identity::Blank => bail!("it is an empty file, not a ledger yet"),
            Identity::Foreign(what) => bail!("it is not an abmctl ledger ({what})"),
        }
        let version = ledger.user_version()?;
        if version > MIGRATIONS.len() {
            bail!("it was written by a newer abmctl (schema version {version})");
        }
        Ok(ledger)
    }

    /// A read-write connection to an existing file (SQLite is not allowed to create one).
    fn connect(path: &Path, busy_timeout: Duration) -> Result<Ledger> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .with_context(|| cannot_open(path))?;
        conn.busy_timeout(busy_timeout)?;
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
        ledger.migrate(Some(NewOrg {
            now,
            name: org::DEFAULT_NAME,
        }))?;
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

    /// What the file holds, from `PRAGMA application_id`, the schema version and whether it
    /// has an `org` table. Reads only.
    fn identity(&self) -> Result<Identity> {
        let id: i32 = self
            .conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))?;
        if id == APPLICATION_ID {
            return Ok(Identity::Ledger);
        }
        let version = self.user_version()?;
        let (objects, org): (i64, bool) = self.conn.query_row(
            "SELECT count(*), coalesce(sum(type = 'table' AND name = 'org'), 0) > 0 \
             FROM sqlite_master",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(match (id, version, objects, org) {
            (0, 0, 0, _) => Identity::Blank,
            // Made before abmctl stamped its application id; `migrate` stamps it.
            (0, 1.., _, true) => Identity::Ledger,
            (0, ..) => Identity::Foreign("a SQLite database of something else".to_string()),
            (id, ..) => Identity::Foreign(format!(
                "a SQLite database whose application id is {id:#010x}"
            )),
        })
    }

    fn user_version(&self) -> Result<usize> {
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        // abmctl only ever writes 0..=MIGRATIONS.len(): a negative version is no schema of
        // ours, and is reported as the number it is, not as a huge unsigned one.
        usize::try_from(version)
            .map_err(|_| anyhow::anyhow!("its schema version is {version}, which no abmctl writes"))
    }

    /// Brings the schema up to date and stamps the application id, in one exclusive
    /// transaction. With `new_org`, the file must still be blank when the lock is ours (another
    /// `init` may have won the race), and the organisation is created in the same transaction.
    fn migrate(&mut self, new_org: Option<NewOrg<'_>>) -> Result<()> {
        let version = self.user_version()?;
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
        let id: i32 = self
            .conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))?;
        if version == MIGRATIONS.len() && id == APPLICATION_ID && new_org.is_none() {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Exclusive)?;
        // Another process may have migrated (or created the ledger) while we waited.
        let version: usize = tx
            .query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))
            .map(|v| usize::try_from(v).unwrap_or(usize::MAX))?;
        if new_org.is_some() && version != 0 {
            return Err(exists(&self.path));
        }
        for (name, sql) in &MIGRATIONS[version.min(MIGRATIONS.len())..] {
            tx.execute_batch(sql)
                .with_context(|| format!("while applying migration {name}"))?;
        }
        if let Some(new) = new_org {
            org::create(&tx, new.now, new.name)?;
        }
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        // Every organisation has a reserved domain, made from its name when the ledger is
        // created (or, for a ledger made before domains existed, when it is migrated).
        if domains::reserved(&tx)?.is_none() {
            let org = org::get(&tx)?;
            let name = crate::model::reserved_domain(&org.name, &org.organization_id);
            domains::insert_reserved(&tx, &name, &org.created_date_time)?;
        }
        tx.pragma_update(None, "user_version", MIGRATIONS.len() as i64)?;
        tx.commit()?;
        Ok(())
    }

    /// Writes a consistent copy of the ledger to `path` (a new file), for a dry run that must
    /// run the real code without touching the ledger.
    pub fn copy_to(&self, path: &Path) -> Result<()> {
        let target = path.to_str().context("the scratch path is not UTF-8")?;
        self.conn
            .execute("VACUUM INTO ?1", [target])
            .context("cannot copy the ledger for the dry run")
            .map_err(|e| self.busy(e))?;
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

fn cannot_open(path: &Path) -> String {
    format!("cannot open the ledger {}", path.display())
}

/// "No ledger here", with what to do about it. `detail` says more about what is there.
fn no_ledger(path: &Path, detail: &str) -> anyhow::Error {
    crate::error::with_hint(
        format!("no ledger at {}{detail}", path.display()),
        "create an organisation there with `abmctl init` (given the same --ledger or --org), \
         or name an existing ledger with --ledger PATH, ABMCTL_LEDGER or --org NAME \
         (`abmctl org list` lists those under --org)",
    )
}

fn exists(path: &Path) -> anyhow::Error {
    crate::error::with_hint(
        format!("a ledger already exists at {}", path.display()),
        "init changed nothing; `abmctl org show` shows that organisation; to create another, \
         give init a new --ledger PATH or --org NAME",
    )
}

fn foreign(path: &Path, what: &str) -> anyhow::Error {
    crate::error::with_hint(
        format!("it is not an abmctl ledger: {what}"),
        "abmctl leaves it untouched; check --ledger, ABMCTL_LEDGER and --org",
    )
    .context(cannot_open(path))
}

/// A read-only connection that creates no file: a ledger with no `-wal` or `-journal` beside
/// it (no process has it open, and none was killed mid-write) is opened as immutable, so SQLite
/// makes no `-wal`/`-shm` files and takes no locks; otherwise the usual read-only open, which
/// shares the files the writer already made.
fn read_only_connection(path: &Path) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let beside = |suffix: &str| {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        Path::new(&p).exists()
    };
    match immutable_uri(path) {
        Some(uri) if !beside("-wal") && !beside("-journal") => {
            Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
        }
        _ => Connection::open_with_flags(path, flags),
    }
}

/// `file:PATH?immutable=1`, the path percent-encoded (Unix paths; elsewhere None).
fn immutable_uri(path: &Path) -> Option<String> {
    #[cfg(unix)]
    {
        use std::fmt::Write as _;
        use std::os::unix::ffi::OsStrExt;
        let bytes = path.as_os_str().as_bytes();
        // An absolute path gets an empty authority (`file:///…`), so `//x` is not read as a host.
        let mut uri = String::from(if bytes.starts_with(b"/") {
            "file://"
        } else {
            "file:"
        });
        for &b in bytes {
            if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
                uri.push(char::from(b));
            } else {
                let _ = write!(uri, "%{b:02X}");
            }
        }
        uri.push_str("?immutable=1");
        Some(uri)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// Makes an existing (empty) file owner-only, as a new ledger is.
fn owner_only(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .with_context(|| format!("cannot make {} owner-only", path.display()))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Creates the ledger file and its folder with owner-only permissions when missing.
/// Returns true when the file was created now, false when it already existed.
fn create_owner_only(path: &Path) -> Result<bool> {
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

    fn create(path: &Path) -> Result<Ledger> {
        Ledger::create(path, now(), org::DEFAULT_NAME, BUSY_TIMEOUT)
    }

    /// The names of the files in `dir`, sorted.
    fn files(dir: &Path) -> Result<Vec<String>> {
        let mut names = std::fs::read_dir(dir)?
            .map(|e| Ok(e?.file_name().to_string_lossy().into_owned()))
            .collect::<Result<Vec<_>>>()?;
        names.sort();
        Ok(names)
    }

    /// Opening a migrated ledger file again (later, by another process) runs no migration: the
    /// same schema version, the same schema, the data kept, and the organisation not created a
    /// second time. This fails if the version were not committed with the migrations (the
    /// second open would re-apply them).
    #[test]
    fn migrating_twice_is_harmless() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("ledger.sqlite3");
        let mut first = create(&path)?;
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
        let second = Ledger::open(&path, BUSY_TIMEOUT)?;
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
        let ledger = Ledger::open(&path, BUSY_TIMEOUT)?;
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
        drop(create(&path)?);
        {
            let conn = Connection::open(&path)?;
            conn.pragma_update(None, "user_version", 99)?;
        }
        let err = Ledger::open(&path, BUSY_TIMEOUT)
            .err()
            .map(|e| format!("{e:#}"))
            .unwrap_or_default();
        assert!(err.contains("newer abmctl"), "{err}");
        let err = Ledger::open_read_only(&path, BUSY_TIMEOUT)
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
        drop(create(&path)?);
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

    /// `open` never creates: a missing file (in a missing folder) stays missing, and the error
    /// says there is no ledger and how to make one.
    #[test]
    fn open_creates_nothing() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("typo").join("ledger.sqlite3");
        let err = Ledger::open(&path, BUSY_TIMEOUT)
            .err()
            .map(|e| format!("{e:#}"))
            .unwrap_or_default();
        assert!(err.starts_with("no ledger at "), "{err}");
        assert!(err.contains("abmctl init"), "{err}");
        assert!(files(dir.path())?.is_empty());
        Ok(())
    }

    /// A new ledger is stamped with abmctl's application id and holds its organisation under
    /// the name given; creating it again is refused and changes nothing.
    #[test]
    fn create_stamps_and_refuses_an_existing_ledger() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("ledger.sqlite3");
        let ledger = Ledger::create(&path, now(), "Acme", BUSY_TIMEOUT)?;
        let id: i32 = ledger
            .conn()
            .query_row("PRAGMA application_id", [], |r| r.get(0))?;
        assert_eq!(id, APPLICATION_ID);
        assert_eq!(org::get(ledger.conn())?.name, "Acme");
        let before = dump(ledger.conn())?;
        drop(ledger);
        let err = create(&path).err().map(|e| format!("{e:#}"));
        assert!(
            err.as_deref()
                .is_some_and(|e| e.starts_with("a ledger already exists at")),
            "{err:?}"
        );
        assert_eq!(dump(Ledger::open(&path, BUSY_TIMEOUT)?.conn())?, before);
        Ok(())
    }

    /// An empty file (an `init` killed before its commit, or `touch`) is no ledger for `open`,
    /// which leaves it empty, and `create` takes it over, owner-only.
    #[test]
    fn an_empty_file_is_no_ledger_until_init() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("ledger.sqlite3");
        std::fs::write(&path, "")?;
        let err = Ledger::open(&path, BUSY_TIMEOUT)
            .err()
            .map(|e| format!("{e:#}"))
            .unwrap_or_default();
        assert!(err.starts_with("no ledger at "), "{err}");
        assert_eq!(std::fs::metadata(&path)?.len(), 0);
        let ledger = create(&path)?;
        assert_eq!(org::get(ledger.conn())?.name, org::DEFAULT_NAME);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&path)?.permissions().mode() & 0o777,
                0o600
            );
        }
        Ok(())
    }

    /// Another SQLite database is refused by `open`, `open_read_only` and `create`, and left
    /// byte for byte as it was (no migration, no journal-mode switch).
    #[test]
    fn a_foreign_database_is_refused_untouched() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("other.sqlite3");
        {
            let conn = Connection::open(&path)?;
            conn.execute_batch(
                "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');",
            )?;
        }
        let bytes = std::fs::read(&path)?;
        let open = Ledger::open(&path, BUSY_TIMEOUT)
            .err()
            .map(|e| format!("{e:#}"));
        let read = Ledger::open_read_only(&path, BUSY_TIMEOUT)
            .err()
            .map(|e| format!("{e:#}"));
        let init = create(&path).err().map(|e| format!("{e:#}"));
        for err in [&open, &read, &init] {
            assert!(
                err.as_deref()
                    .is_some_and(|e| e.contains("not an abmctl ledger")),
                "{err:?}"
            );
        }
        assert_eq!(std::fs::read(&path)?, bytes);
        assert_eq!(files(dir.path())?, ["other.sqlite3"]);
        Ok(())
    }

    /// A ledger made before abmctl stamped its application id (0, with the `org` table) still
    /// opens, and its next read-write open stamps it.
    #[test]
    fn an_unstamped_ledger_opens_and_is_stamped() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("ledger.sqlite3");
        drop(create(&path)?);
        Connection::open(&path)?.pragma_update(None, "application_id", 0)?;
        let name = org::get(Ledger::open_read_only(&path, BUSY_TIMEOUT)?.conn())?.name;
        assert_eq!(name, org::DEFAULT_NAME);
        let ledger = Ledger::open(&path, BUSY_TIMEOUT)?;
        let id: i32 = ledger
            .conn()
            .query_row("PRAGMA application_id", [], |r| r.get(0))?;
        assert_eq!(id, APPLICATION_ID);
        Ok(())
    }

    /// `open_read_only` reads a closed ledger without making any file beside it (no `-wal`,
    /// no `-shm`), and reads one another process has open through that process's WAL.
    #[test]
    fn read_only_creates_no_file() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("a b%#?.sqlite3");
        drop(create(&path)?);
        assert_eq!(files(dir.path())?, ["a b%#?.sqlite3"]);
        let ledger = Ledger::open_read_only(&path, BUSY_TIMEOUT)?;
        assert_eq!(org::get(ledger.conn())?.name, org::DEFAULT_NAME);
        drop(ledger);
        assert_eq!(files(dir.path())?, ["a b%#?.sqlite3"]);
        let mut writer = Ledger::open(&path, BUSY_TIMEOUT)?;
        writer.write(false, |tx| org::set_name(tx, "Written"))?;
        let reader = Ledger::open_read_only(&path, BUSY_TIMEOUT)?;
        assert_eq!(org::get(reader.conn())?.name, "Written");
        Ok(())
    }
}
