//! Error kinds and the one mapping from an error to a process exit code (SPEC §4).
//!
//! Commands return `anyhow::Error`; the few marker types here, attached anywhere in the chain,
//! classify a failure. Only `main` turns the classification into an exit code. Nothing in here
//! prints.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Exit codes of SPEC §4. Scripts branch on these numbers, so they never change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Success, including a no-op and an empty list.
    Success = 0,
    /// Invalid input, unknown device or service, refused by a workflow rule. Nothing changed.
    Failure = 1,
    /// Bad flags, or a prompt was needed but not possible.
    Usage = 2,
    /// Some devices applied, some failed or were skipped.
    Partial = 3,
    /// Remote unreachable, ledger locked, rate limited: safe to retry later.
    Temporary = 4,
    /// Credentials rejected, or a private key readable by others.
    Auth = 5,
    /// Stopped by Ctrl-C (SIGINT).
    Interrupted = 130,
}

/// A usage error found after parsing (a missing selector, a prompt needed in a script).
#[derive(Debug)]
pub struct UsageError(pub String);

/// A failure that is temporary (exit 4): retrying later may succeed.
#[derive(Debug)]
pub struct TemporaryError(pub String);

/// An authentication or permission failure (exit 5).
#[derive(Debug)]
pub struct AuthError(pub String);

/// Stopped by Ctrl-C (exit 130), after a clean stop.
#[derive(Debug)]
pub struct Interrupted(pub String);

/// The command already printed its result and only needs to exit with this code.
///
/// Used when a mutating command found problems: the result document (with every problem) is
/// data on stdout, and the exit code says what happened.
#[derive(Debug)]
pub struct Reported(pub Exit);

/// A hint printed after the error (`hint: …`): what to run instead.
#[derive(Debug)]
pub struct Hint(pub String);

/// Another process held the ledger locked for longer than abmctl waits (exit 4: retrying
/// later succeeds). Keeps SQLite's error as its source so `caused by:` still shows it.
#[derive(Debug)]
pub struct LedgerBusy {
    /// The ledger file.
    pub path: PathBuf,
    /// How long abmctl waited for the lock before giving up.
    pub waited: Duration,
    source: anyhow::Error,
}

impl LedgerBusy {
    /// `err` as a busy ledger when SQLite gave up waiting for a lock somewhere in its chain;
    /// any other error comes back unchanged (so callers can downcast it as before).
    pub fn wrap(err: anyhow::Error, path: &Path, waited: Duration) -> anyhow::Error {
        let sqlite_busy = err
            .chain()
            .any(|c| c.downcast_ref::<rusqlite::Error>().is_some_and(is_busy));
        let already = err.chain().any(|c| c.is::<LedgerBusy>());
        if !sqlite_busy || already {
            return err;
        }
        anyhow::Error::new(LedgerBusy {
            path: path.to_path_buf(),
            waited,
            source: err,
        })
    }

    /// What to do about it: retry, or wait longer.
    pub fn hint(&self) -> String {
        format!(
            "try again when the other process has finished (abmctl waited {} ms for it; \
             ABMCTL_BUSY_TIMEOUT_MS sets how long)",
            self.waited.as_millis()
        )
    }
}

impl fmt::Display for LedgerBusy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the ledger at {} is busy: another abmctl process is writing to it",
            self.path.display()
        )
    }
}

impl std::error::Error for LedgerBusy {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        let source: &(dyn std::error::Error + 'static) = self.source.as_ref();
        Some(source)
    }
}

macro_rules! display_inner {
    ($($t:ty),*) => {$(
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl std::error::Error for $t {}
    )*};
}
display_inner!(UsageError, TemporaryError, AuthError, Interrupted, Hint);

/// An error with a hint added to it afterwards: printed as the error, then `hint: …`; its exit
/// code is the error's.
#[derive(Debug)]
pub struct Hinted {
    /// What to run instead.
    pub hint: String,
    error: anyhow::Error,
}

impl fmt::Display for Hinted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.hint)
    }
}

impl std::error::Error for Hinted {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        let error: &(dyn std::error::Error + 'static) = self.error.as_ref();
        Some(error)
    }
}

/// Adds a hint to an error that has been built already (a refusal, say).
pub fn add_hint(error: anyhow::Error, hint: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Hinted {
        hint: hint.into(),
        error,
    })
}

impl fmt::Display for Reported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "exit status {}", self.0 as i32)
    }
}
impl std::error::Error for Reported {}

/// Builds a workflow failure (exit 1) carrying a hint.
pub fn with_hint(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Hint(hint.into())).context(message.into())
}

/// Builds a usage error (exit 2).
pub fn usage(message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(UsageError(message.into()))
}

/// The exit code for an error: the first marker found in the chain decides; otherwise 1.
pub fn exit_code(err: &anyhow::Error) -> Exit {
    for cause in err.chain() {
        if let Some(r) = cause.downcast_ref::<Reported>() {
            return r.0;
        }
        if cause.is::<UsageError>() {
            return Exit::Usage;
        }
        if cause.is::<TemporaryError>() {
            return Exit::Temporary;
        }
        if cause.is::<AuthError>() {
            return Exit::Auth;
        }
        if cause.is::<Interrupted>() {
            return Exit::Interrupted;
        }
        if cause.is::<LedgerBusy>() {
            return Exit::Temporary;
        }
        if let Some(sqlite) = cause.downcast_ref::<rusqlite::Error>()
            && is_busy(sqlite)
        {
            return Exit::Temporary;
        }
    }
    Exit::Failure
}

/// True when SQLite gave up waiting for another process's lock on the ledger.
pub fn is_busy(err: &rusqlite::Error) -> bool {
    matches!(
        err.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

/// True when the error is a closed pipe on stdout: the reader went away, which is not a failure.
/// The io error may arrive wrapped by the csv or JSON writer.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|e| e.io_error_kind() == Some(BrokenPipe))
            || c.downcast_ref::<csv::Error>().is_some_and(
                |e| matches!(e.kind(), csv::ErrorKind::Io(io) if io.kind() == BrokenPipe),
            )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_decide_exit_codes() {
        assert_eq!(exit_code(&usage("x")), Exit::Usage);
        assert_eq!(exit_code(&anyhow::anyhow!("plain")), Exit::Failure);
        let deep = anyhow::Error::new(TemporaryError("t".into())).context("while syncing");
        assert_eq!(exit_code(&deep), Exit::Temporary);
        assert_eq!(
            exit_code(&anyhow::Error::new(Reported(Exit::Partial))),
            Exit::Partial
        );
        assert_eq!(exit_code(&with_hint("refused", "run x")), Exit::Failure);
    }

    /// The error rusqlite returns for a primary SQLite result code, with SQLite's message.
    fn sqlite_failure(code: std::ffi::c_int, message: &str) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), Some(message.into()))
    }

    /// SQLite's "busy" and "locked" (another connection holds the lock past the busy timeout)
    /// are temporary (exit 4) even deep under context; any other SQLite failure is not.
    #[test]
    fn busy_and_locked_ledgers_are_temporary() {
        for (code, kind) in [
            (
                rusqlite::ffi::SQLITE_BUSY,
                rusqlite::ErrorCode::DatabaseBusy,
            ),
            (
                rusqlite::ffi::SQLITE_LOCKED,
                rusqlite::ErrorCode::DatabaseLocked,
            ),
        ] {
            let sqlite = sqlite_failure(code, "database is locked");
            assert_eq!(sqlite.sqlite_error_code(), Some(kind));
            let err = anyhow::Error::new(sqlite)
                .context("cannot start a write on the ledger")
                .context("while linking");
            assert_eq!(exit_code(&err), Exit::Temporary, "{kind:?}");
        }
        let constraint = anyhow::Error::new(sqlite_failure(
            rusqlite::ffi::SQLITE_CONSTRAINT,
            "UNIQUE constraint failed",
        ))
        .context("cannot start a write on the ledger");
        assert_eq!(exit_code(&constraint), Exit::Failure);
    }

    /// `LedgerBusy::wrap` names the ledger, keeps SQLite's error as a cause, and leaves every
    /// other error exactly as it was (callers downcast them).
    #[test]
    fn ledger_busy_wraps_only_busy_errors() {
        let path = Path::new("/tmp/l.sqlite3");
        let waited = Duration::from_millis(200);
        let busy = anyhow::Error::new(sqlite_failure(
            rusqlite::ffi::SQLITE_BUSY,
            "database is locked",
        ))
        .context("cannot start a write on the ledger");
        let wrapped = LedgerBusy::wrap(busy, path, waited);
        let chain: Vec<String> = wrapped.chain().map(ToString::to_string).collect();
        assert_eq!(
            chain,
            [
                "the ledger at /tmp/l.sqlite3 is busy: another abmctl process is writing to it",
                "cannot start a write on the ledger",
                "database is locked",
                "Error code 5: database is locked",
            ]
        );
        assert_eq!(exit_code(&wrapped), Exit::Temporary);
        let busy = wrapped.downcast_ref::<LedgerBusy>().map(LedgerBusy::hint);
        assert_eq!(
            busy.as_deref(),
            Some(
                "try again when the other process has finished (abmctl waited 200 ms for it; \
                 ABMCTL_BUSY_TIMEOUT_MS sets how long)"
            )
        );
        // Wrapping twice adds nothing.
        let twice = LedgerBusy::wrap(wrapped, path, waited);
        assert_eq!(twice.chain().count(), 4);
        let other = LedgerBusy::wrap(usage("bad flag"), path, waited);
        assert_eq!(other.to_string(), "bad flag");
        assert_eq!(exit_code(&other), Exit::Usage);
    }
}
