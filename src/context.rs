//! The command context, built once per run: where the ledger is, how to print, what time it
//! is, and who is acting.
//!
//! Settings are resolved here (flags > environment > platform defaults) so that commands never
//! read the environment themselves.

use std::path::PathBuf;
use std::time::Duration;

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
    /// How long to wait for another process's lock on the ledger before exit 4: the hidden
    /// `ABMCTL_BUSY_TIMEOUT_MS` (milliseconds; tests and impatient scripts), else
    /// [`BUSY_TIMEOUT`](crate::ledger::BUSY_TIMEOUT).
    pub busy_timeout: Duration,
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
        let env = |key: &str| std::env::var(key).ok();
        let actor = resolve_actor(env, os_user);
        let busy_timeout = busy_timeout(env("ABMCTL_BUSY_TIMEOUT_MS"))?;
        Ok(Ctx {
            out,
            ledger_path,
            now,
            actor,
            busy_timeout,
        })
    }

    /// Opens (creating on first use) the ledger and runs pending migrations.
    pub fn ledger(&self) -> Result<Ledger> {
        Ledger::open(&self.ledger_path, self.now, self.busy_timeout)
    }
}

/// The actor: `ABMCTL_ACTOR` > `USER` > `LOGNAME` > the OS user > `unknown`, an empty
/// variable counting as unset. `env` reads a variable; `os_user` is asked only when no
/// variable names anyone.
fn resolve_actor(
    env: impl Fn(&str) -> Option<String>,
    os_user: impl FnOnce() -> Option<String>,
) -> String {
    ["ABMCTL_ACTOR", "USER", "LOGNAME"]
        .into_iter()
        .find_map(|key| env(key).filter(|s| !s.is_empty()))
        .or_else(|| os_user().filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "unknown".to_string())
}

/// The busy timeout from `ABMCTL_BUSY_TIMEOUT_MS` (unset or empty: the default). A value that
/// is not a number of milliseconds is refused rather than ignored, as `ABMCTL_NOW` is.
fn busy_timeout(value: Option<String>) -> Result<Duration> {
    match value.as_deref().map(str::trim) {
        None | Some("") => Ok(crate::ledger::BUSY_TIMEOUT),
        Some(v) => v.parse::<u64>().map(Duration::from_millis).map_err(|_| {
            anyhow::anyhow!("ABMCTL_BUSY_TIMEOUT_MS `{v}` is not a number of milliseconds")
        }),
    }
}

/// The platform data directory's `ledger.sqlite3` (e.g. `~/.local/share/abmctl/` on Linux).
pub fn default_ledger_path() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "abmctl").context(
        "cannot find a home directory for the default ledger; pass --ledger or set ABMCTL_LEDGER",
    )?;
    Ok(dirs.data_dir().join("ledger.sqlite3"))
}

/// The login name of the process's user, asked of the OS (the password database through
/// `getpwuid_r` on Linux and macOS, `GetUserNameExW` on Windows), for when neither `USER` nor
/// `LOGNAME` is set (cron jobs, launchd agents and containers often run without them).
fn os_user() -> Option<String> {
    whoami::username().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A lookup over fixed variables, as `resolve_actor` reads the environment.
    fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
            .collect();
        move |key| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }

    /// Each source wins over the ones after it, and an empty variable counts as unset.
    #[test]
    fn actor_order_is_actor_user_logname_os_unknown() {
        let os = || Some("os".to_string());
        let all = [("ABMCTL_ACTOR", "a"), ("USER", "u"), ("LOGNAME", "l")];
        assert_eq!(resolve_actor(vars(&all), os), "a");
        assert_eq!(resolve_actor(vars(&all[1..]), os), "u");
        assert_eq!(resolve_actor(vars(&all[2..]), os), "l");
        assert_eq!(resolve_actor(vars(&[]), os), "os");
        assert_eq!(resolve_actor(vars(&[]), || None), "unknown");
        assert_eq!(resolve_actor(vars(&[]), || Some(String::new())), "unknown");
        let empty = [("ABMCTL_ACTOR", ""), ("USER", ""), ("LOGNAME", "l")];
        assert_eq!(resolve_actor(vars(&empty), os), "l");
        // The OS is not asked when a variable names the actor.
        assert_eq!(
            resolve_actor(vars(&all[..1]), || panic!("asked the OS")),
            "a"
        );
    }

    /// The OS user is found without any environment variable, and is the user `id -un`
    /// names (where `id` exists: every Linux and macOS).
    #[cfg(unix)]
    #[test]
    fn os_user_is_the_process_user() {
        let user = os_user();
        assert!(user.as_deref().is_some_and(|u| !u.is_empty()), "{user:?}");
        if let Ok(id) = std::process::Command::new("id").arg("-un").output()
            && id.status.success()
        {
            let name = String::from_utf8_lossy(&id.stdout).trim().to_string();
            assert_eq!(user.as_deref(), Some(name.as_str()));
        }
    }

    /// `ABMCTL_BUSY_TIMEOUT_MS`: milliseconds; unset or empty is the default; junk is refused.
    #[test]
    fn busy_timeout_override() {
        assert_eq!(busy_timeout(None).ok(), Some(crate::ledger::BUSY_TIMEOUT));
        assert_eq!(
            busy_timeout(Some(String::new())).ok(),
            Some(crate::ledger::BUSY_TIMEOUT)
        );
        assert_eq!(
            busy_timeout(Some("200".into())).ok(),
            Some(Duration::from_millis(200))
        );
        assert_eq!(busy_timeout(Some("0".into())).ok(), Some(Duration::ZERO));
        let err = busy_timeout(Some("2s".into())).err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("ABMCTL_BUSY_TIMEOUT_MS `2s` is not a number of milliseconds")
        );
    }
}
