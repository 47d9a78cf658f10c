//! Error kinds and the one mapping from an error to a process exit code (SPEC §4).
//!
//! Commands return `anyhow::Error`; the few marker types here, attached anywhere in the chain,
//! classify a failure. Only `main` turns the classification into an exit code. Nothing in here
//! prints.

use std::fmt;

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

/// The command already printed its result and only needs to exit with this code.
///
/// Used when a mutating command found problems: the result document (with every problem) is
/// data on stdout, and the exit code says what happened.
#[derive(Debug)]
pub struct Reported(pub Exit);

/// A hint printed after the error (`hint: …`): what to run instead.
#[derive(Debug)]
pub struct Hint(pub String);

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
display_inner!(UsageError, TemporaryError, AuthError, Hint);

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
        if let Some(sqlite) = cause.downcast_ref::<rusqlite::Error>() {
            if is_busy(sqlite) {
                return Exit::Temporary;
            }
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
}
