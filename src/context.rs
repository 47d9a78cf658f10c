//! The command context, built once per run: where the ledger is, how to print, what time it
//! is, and who is acting.
//!
//! Settings are resolved here (flags > environment > platform defaults) so that commands never
//! read the environment themselves.

use std::path::PathBuf;

use anyhow::{Context as _, Result};
use jiff::Timestamp;

use crate::cli::GlobalArgs;
use crate::ledger::Ledger;
use crate::output::Output;

/// Everything a command needs besides its own arguments.
pub struct Ctx {
    /// Resolved output settings.
    pub out: Output,
    /// The ledger file (not opened until a command asks).
    pub ledger_path: PathBuf,
    /// "Now" for this run: the hidden `ABMCTL_NOW` (tests) or the system clock.
    pub now: Timestamp,
    /// Who is acting: `ABMCTL_ACTOR`, else the OS user.
    pub actor: String,
}

impl Ctx {
    /// Resolves the global arguments into a context.
    pub fn new(global: &GlobalArgs) -> Result<Ctx> {
        let out = Output::new(
            global.output,
            global.color,
            global.quiet,
            global.verbose,
            global.no_input,
        );
        let ledger_path = match &global.ledger {
            Some(p) => p.clone(),
            None => default_ledger_path()?,
        };
        let now = match std::env::var("ABMCTL_NOW") {
            Ok(v) if !v.is_empty() => v
                .parse::<Timestamp>()
                .with_context(|| format!("ABMCTL_NOW `{v}` is not an RFC 3339 timestamp"))?,
            _ => Timestamp::now(),
        };
        let actor = std::env::var("ABMCTL_ACTOR")
            .ok()
            .filter(|s| !s.is_empty())
            .or_else(|| std::env::var("USER").ok().filter(|s| !s.is_empty()))
            .or_else(|| std::env::var("LOGNAME").ok().filter(|s| !s.is_empty()))
            .or_else(os_user)
            .unwrap_or_else(|| "unknown".to_string());
        Ok(Ctx {
            out,
            ledger_path,
            now,
            actor,
        })
    }

    /// Opens (creating on first use) the ledger and runs pending migrations.
    pub fn ledger(&self) -> Result<Ledger> {
        Ledger::open(&self.ledger_path, self.now)
    }
}

/// The platform data directory's `ledger.sqlite3` (e.g. `~/.local/share/abmctl/` on Linux).
pub fn default_ledger_path() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "abmctl").context(
        "cannot find a home directory for the default ledger; pass --ledger or set ABMCTL_LEDGER",
    )?;
    Ok(dirs.data_dir().join("ledger.sqlite3"))
}

/// The name of the process's user from the password database, for when neither `USER` nor
/// `LOGNAME` is set (cron jobs and containers often run without them).
#[cfg(unix)]
fn os_user() -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata("/proc/self").ok()?.uid();
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        let name = fields.next()?;
        let id = fields.nth(1)?.parse::<u32>().ok()?;
        (id == uid).then(|| name.to_string())
    })
}

#[cfg(not(unix))]
fn os_user() -> Option<String> {
    std::env::var("USERNAME").ok().filter(|s| !s.is_empty())
}
