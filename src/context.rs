//! The command context, built once per run: where the ledger is, how to print, what time it
//! is, and who is acting.
//!
//! Settings are resolved here (flags > environment > platform defaults) so that commands never
//! read the environment themselves.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
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
    /// The ledger file (not opened until a command asks): see [`resolve_ledger`].
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
        let ledger_path = resolve_ledger(
            global.ledger.as_deref(),
            global.org.as_deref(),
            |key| std::env::var_os(key),
            data_dir,
        )?;
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

    /// Opens the ledger and runs pending migrations; where there is none, fails naming the
    /// path and `abmctl init` (only `init` creates a ledger).
    pub fn ledger(&self) -> Result<Ledger> {
        self.out
            .trace(format!("ledger: {}", self.ledger_path.display()));
        Ledger::open(&self.ledger_path, self.busy_timeout)
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

/// Which ledger a run uses, the first given of: `--ledger`, `--org`, `ABMCTL_LEDGER`,
/// `ABMCTL_ORG`, then `ledger.sqlite3` in the data dir. A flag wins over either variable (an
/// admin who types `--org acme` means acme, whatever the profile exports), and within flags or
/// within variables the ledger path wins over the organisation name. An empty variable counts
/// as unset; an invalid `ABMCTL_ORG` is a usage error, as an invalid `--org` is.
fn resolve_ledger(
    ledger: Option<&Path>,
    org: Option<&str>,
    env: impl Fn(&str) -> Option<OsString>,
    data_dir: impl Fn() -> Result<PathBuf>,
) -> Result<PathBuf> {
    if let Some(path) = ledger {
        if path.as_os_str() == "-" {
            // `-` means stdin elsewhere; a ledger is a file that must last.
            return Err(crate::error::usage(
                "--ledger -: a ledger is a file, not stdin; give a path",
            ));
        }
        return Ok(path.to_path_buf());
    }
    if let Some(org) = org {
        return Ok(orgs_dir_in(&data_dir()?).join(format!("{org}.sqlite3")));
    }
    let env = |key: &str| env(key).filter(|v| !v.is_empty());
    if let Some(path) = env("ABMCTL_LEDGER") {
        return Ok(PathBuf::from(path));
    }
    if let Some(org) = env("ABMCTL_ORG") {
        let org = org.to_string_lossy();
        let org =
            parse_org_name(&org).map_err(|e| crate::error::usage(format!("ABMCTL_ORG: {e}")))?;
        return Ok(orgs_dir_in(&data_dir()?).join(format!("{org}.sqlite3")));
    }
    Ok(data_dir()?.join("ledger.sqlite3"))
}

/// Checks an organisation name (`--org`, `ABMCTL_ORG`): it names the file
/// `<data dir>/orgs/NAME.sqlite3`, so it is 1 to 64 letters, digits, `-`, `_` and `.`, starting
/// with a letter or digit — no path separator, no `..`, no hidden file, nothing that reads as a
/// flag — and is given without the `.sqlite3`.
pub fn parse_org_name(name: &str) -> std::result::Result<String, String> {
    const RULE: &str = "an organisation name is 1 to 64 letters, digits, `-`, `_` and `.`, \
                        starting with a letter or digit";
    let valid = name.len() <= 64
        && name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if !valid {
        let shown: String = name.chars().flat_map(char::escape_default).collect();
        return Err(format!(
            "`{shown}` is not a valid organisation name: {RULE}"
        ));
    }
    if name.to_ascii_lowercase().ends_with(".sqlite3") {
        return Err(format!(
            "give the organisation name without `.sqlite3` (`{}`)",
            &name[..name.len() - ".sqlite3".len()]
        ));
    }
    Ok(name.to_string())
}

/// The platform data directory (`~/.local/share/abmctl/` on Linux, honouring
/// `XDG_DATA_HOME`; `~/Library/Application Support/abmctl/` on macOS).
pub fn data_dir() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "abmctl").context(
        "cannot find a home directory for the default ledger; pass --ledger or set ABMCTL_LEDGER",
    )?;
    Ok(dirs.data_dir().to_path_buf())
}

/// The folder of the organisations' ledgers (`--org NAME` is `NAME.sqlite3` in it).
pub fn orgs_dir() -> Result<PathBuf> {
    Ok(orgs_dir_in(&data_dir()?))
}

fn orgs_dir_in(data_dir: &Path) -> PathBuf {
    data_dir.join("orgs")
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

    /// The ledger is the first of `--ledger`, `--org`, `ABMCTL_LEDGER`, `ABMCTL_ORG`, the
    /// default: each source wins over the ones after it, and an empty variable is unset.
    #[test]
    fn ledger_precedence() {
        let data = || Ok(PathBuf::from("/data"));
        let resolve = |ledger: Option<&str>, org: Option<&str>, vars: &[(&str, &str)]| {
            let vars: Vec<(String, OsString)> = vars
                .iter()
                .map(|(k, v)| ((*k).to_string(), OsString::from(v)))
                .collect();
            let env = move |key: &str| vars.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
            resolve_ledger(ledger.map(Path::new), org, env, data)
                .map(|p| p.display().to_string())
                .map_err(|e| e.to_string())
        };
        let both = [("ABMCTL_LEDGER", "/env.sqlite3"), ("ABMCTL_ORG", "envorg")];
        let ok = |s: &str| Ok(s.to_string());
        assert_eq!(
            resolve(Some("/f.sqlite3"), Some("acme"), &both),
            ok("/f.sqlite3")
        );
        assert_eq!(
            resolve(None, Some("acme"), &both),
            ok("/data/orgs/acme.sqlite3")
        );
        assert_eq!(resolve(None, None, &both), ok("/env.sqlite3"));
        assert_eq!(
            resolve(None, None, &both[1..]),
            ok("/data/orgs/envorg.sqlite3")
        );
        assert_eq!(resolve(None, None, &[]), ok("/data/ledger.sqlite3"));
        let empty = [("ABMCTL_LEDGER", ""), ("ABMCTL_ORG", "")];
        assert_eq!(resolve(None, None, &empty), ok("/data/ledger.sqlite3"));
        // A bad ABMCTL_ORG is refused, not ignored, unless something before it decides.
        let bad = [("ABMCTL_ORG", "../x")];
        assert!(resolve(None, None, &bad).is_err_and(|e| e.starts_with("ABMCTL_ORG: ")));
        assert_eq!(
            resolve(None, Some("acme"), &bad),
            ok("/data/orgs/acme.sqlite3")
        );
    }

    /// Organisation names: file-name-safe, no separators or dot-files, no `.sqlite3`.
    #[test]
    fn org_names() {
        for good in ["acme", "Acme-2", "a.b_c", "9", &"x".repeat(64)] {
            assert_eq!(parse_org_name(good).as_deref(), Ok(good), "{good}");
        }
        for bad in [
            "",
            "a/b",
            "a\\b",
            "..",
            ".hidden",
            "-flag",
            "a b",
            "caf\u{e9}",
            "a\nb",
            &"x".repeat(65),
        ] {
            let err = parse_org_name(bad).err().unwrap_or_default();
            assert!(
                err.contains("not a valid organisation name"),
                "{bad:?}: {err}"
            );
            assert!(!err.contains('\n'), "{err:?}");
        }
        assert_eq!(
            parse_org_name("acme.sqlite3"),
            Err("give the organisation name without `.sqlite3` (`acme`)".to_string())
        );
    }
}
