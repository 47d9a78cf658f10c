//! One sync per ledger at a time: an exclusive lock on `<ledger>.sync-lock` (an OS file lock,
//! released by the OS when the holder dies, so a killed sync never leaves a stale lock). The
//! file says who holds it, so that a second sync can name the holder (exit 4).

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read as _, Seek as _, Write as _};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use jiff::Timestamp;

use crate::error::TemporaryError;

/// The held lock; dropping it empties the file and releases it.
#[derive(Debug)]
pub struct SyncLock {
    file: File,
}

impl Drop for SyncLock {
    fn drop(&mut self) {
        // The note says who holds the lock: nobody, from now on. (A holder that died leaves
        // its note, but not the lock: the OS releases that.)
        let _ = self.file.set_len(0);
    }
}

/// The lock file of a ledger.
pub fn path_of(ledger: &Path) -> PathBuf {
    let mut name = ledger.as_os_str().to_os_string();
    name.push(".sync-lock");
    PathBuf::from(name)
}

impl SyncLock {
    /// Takes the lock of `ledger`'s syncs, or fails at once (exit 4) naming its holder.
    pub fn take(ledger: &Path, now: Timestamp) -> Result<SyncLock> {
        let path = path_of(ledger);
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options
            .open(&path)
            .with_context(|| format!("cannot open the sync lock {}", path.display()))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let mut holder = String::new();
                let _ = file.read_to_string(&mut holder);
                let holder = holder.trim();
                let who = if holder.is_empty() {
                    "another process".to_string()
                } else {
                    crate::output::printable(holder).into_owned()
                };
                return Err(anyhow::Error::new(TemporaryError(format!(
                    "another sync is running on this ledger ({who}); try again when it has \
                     finished"
                ))));
            }
            Err(TryLockError::Error(e)) => {
                return Err(e).with_context(|| format!("cannot lock {}", path.display()));
            }
        }
        let note = format!(
            "pid {}, started {}",
            std::process::id(),
            crate::model::format_timestamp(now)
        );
        file.set_len(0)?;
        file.rewind()?;
        file.write_all(note.as_bytes())?;
        file.flush()?;
        Ok(SyncLock { file })
    }
}
