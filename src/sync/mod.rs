//! `sync` (SPEC §5): the push of queued changes, then a full pull that mirrors the remote into
//! the ledger and verifies what was pushed.
//!
//! Every page and every intent is its own short transaction, so other commands keep working
//! on the ledger while a sync runs, and a sync killed at any point leaves a ledger the next one
//! carries on from: a pull resumes at its checkpoint, and an intent written before its POST is
//! never sent again before the remote state of its devices has been read. One sync runs per
//! ledger at a time ([`lock`]).

pub mod lock;
mod pull;
mod push;

use std::collections::HashMap;
use std::time::Duration;

use anyhow::{Context as _, Result};
use jiff::Timestamp;
use rusqlite::Transaction;
use serde::Serialize;

use crate::activity::Action;
use crate::api::Scope;
use crate::client::{Client, Settings, urls};
use crate::context::Ctx;
use crate::error::AuthError;
use crate::ledger::activities::{ItemWriter, NewItem};
use crate::ledger::{Ledger, activities, remote};
use crate::model::format_timestamp;
use crate::result::{CommandResult, Outcome, Problem};

/// `--max-wait`'s default: ten minutes of waiting on the remote in all.
pub const DEFAULT_MAX_WAIT_SECS: u64 = 600;

/// What to do.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Send queued changes.
    pub push: bool,
    /// Read the remote.
    pub pull: bool,
    /// Abandon an unfinished pull and start over.
    pub full: bool,
    /// Change nothing, locally or remotely: say what would be sent and changed.
    pub dry_run: bool,
    /// Requests per second at most (None: the default for the host).
    pub max_rps: Option<f64>,
    /// The longest the sync waits for the remote in all.
    pub max_wait: Duration,
}

/// What the pull did.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PullSummary {
    /// Whether it carried on from an earlier, interrupted sync.
    pub resumed: bool,
    /// Whether it read everything (then devices the remote no longer lists are released).
    pub complete: bool,
    /// Services listed.
    pub services: u64,
    /// Services linked locally because the remote had them.
    pub services_linked: u64,
    /// Pages read (services, linkages and devices).
    pub pages: u64,
    /// Devices listed.
    pub devices: u64,
    /// Devices new to the ledger.
    pub added: u64,
    /// Devices whose attributes or assignment changed.
    pub updated: u64,
    /// Devices the remote no longer lists, marked RELEASED.
    pub released: u64,
    /// Devices the remote has never listed (added locally), left alone.
    pub local_only: u64,
}

/// What the push did.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PushSummary {
    /// orgDeviceActivities sent (POSTs).
    pub activities: u64,
    /// Devices named in them.
    pub devices: u64,
    /// Pending devices the remote now shows as the ledger says (no longer pending).
    pub confirmed: u64,
    /// Devices the remote refused or did not apply (still pending, reason in `device show`).
    pub failed: u64,
    /// Devices still pending: waiting for an earlier push to be confirmed, or not sent.
    pub pending: u64,
    /// In a dry run: the activities that would be sent.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub would_send: Vec<WouldSend>,
}

/// One activity a dry run would send.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WouldSend {
    /// `ASSIGN_DEVICES`, `UNASSIGN_DEVICES`, `RELEASE_DEVICES`.
    pub activity_type: String,
    /// The mdmServers id.
    pub mdm_server: Option<String>,
    /// The serial numbers.
    pub serial_numbers: Vec<String>,
}

/// The whole run's report: the result document's extra members.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// The pull.
    pub pull: Option<PullSummary>,
    /// The push.
    pub push: Option<PushSummary>,
    /// What the HTTP client did.
    #[serde(flatten)]
    pub http: crate::client::Stats,
}

/// One sync: the ledger, the client, and the activity its changes are recorded in.
pub struct Session<'c> {
    ctx: &'c Ctx,
    ledger: Ledger,
    client: Client,
    scope: Scope,
    dry_run: bool,
    /// The `sync` activity (created with the first thing to record).
    activity: Option<i64>,
    items: Option<ItemWriter>,
    /// The result document.
    pub result: CommandResult,
    /// The report.
    pub report: Report,
    /// The devices sent this run and what their activity's log said.
    sent: HashMap<String, push::Sent>,
    /// Pending devices confirmed, and failed, this run.
    settled: Settled,
}

/// Pending devices settled in a run.
#[derive(Debug, Clone, Copy, Default)]
pub struct Settled {
    /// Confirmed: the remote has them as the ledger says.
    pub confirmed: u64,
    /// Failed: the remote refused or did not apply them.
    pub failed: u64,
    /// Unsure pushes a pull closed without their devices confirmed: to send again.
    pub resend: u64,
}

/// The remote of the ledger, or the error that says how to set one.
pub fn configured(ledger: &Ledger) -> Result<remote::Remote> {
    remote::get(ledger.conn())?.ok_or_else(|| {
        crate::error::with_hint(
            "no remote is set for this ledger",
            "set one with `abmctl remote set --client-id ID --key-id ID --private-key FILE` \
             (`abmctl sandbox serve` prints one to try)",
        )
    })
}

/// Reads the private key of a remote, refusing a file others can read (as ssh does: exit 5).
pub fn read_key(path: &std::path::Path) -> Result<p256::SecretKey> {
    check_key_permissions(path)?;
    crate::api::jwt::read_private_key_file(path)
        .map_err(|e| anyhow::Error::new(AuthError(format!("{e:#}"))))
}

/// Refuses a key file readable or writable by group or others.
pub fn check_key_permissions(path: &std::path::Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let meta = std::fs::metadata(path)
            .map_err(|e| AuthError(format!("cannot read the key {}: {e}", path.display())))?;
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(crate::error::add_hint(
                anyhow::Error::new(AuthError(format!(
                    "the private key {} is readable by others (mode {mode:03o})",
                    path.display()
                ))),
                format!(
                    "make it readable by its owner only: chmod 600 {}",
                    path.display()
                ),
            ));
        }
    }
    Ok(())
}

/// The client for the ledger's remote.
pub fn client(
    ctx: &Ctx,
    ledger: &Ledger,
    remote: &remote::Remote,
    max_rps: Option<f64>,
    max_wait: Duration,
) -> Result<Client> {
    let key = read_key(std::path::Path::new(&remote.private_key_path))?;
    let scope = urls::scope_of(&remote.scope);
    // Apple's observed limit is about 20 GET a minute (§9): pace to it on Apple's hosts; any
    // other server (the sandbox, a proxy) is not paced unless asked.
    let max_rps = match max_rps {
        Some(r) if r > 0.0 => Some(r),
        Some(_) => None,
        None if urls::is_apple(&remote.base_url) => Some(20.0 / 60.0),
        None => None,
    };
    let settings = Settings {
        base_url: remote.base_url.clone(),
        token_url: remote.token_url.clone(),
        client_id: remote.client_id.clone(),
        key_id: remote.key_id.clone(),
        scope,
        max_rps,
        max_wait,
    };
    let cached = remote::token(ledger.conn())?;
    Client::new(settings, key, cached, ctx.now, ctx.out.clone())
}

impl<'c> Session<'c> {
    /// A session on `ledger` with `client`.
    pub fn new(ctx: &'c Ctx, ledger: Ledger, client: Client, dry_run: bool) -> Session<'c> {
        let scope = client.settings().scope;
        Session {
            ctx,
            ledger,
            client,
            scope,
            dry_run,
            activity: None,
            items: None,
            result: Action::Sync.result(dry_run),
            report: Report::default(),
            sent: HashMap::new(),
            settled: Settled::default(),
        }
    }

    /// Runs the sync: push, then pull (with verification), as `options` say.
    pub fn run(&mut self, options: &Options) -> Result<()> {
        let outcome = (|| {
            if options.push {
                push::run(self, !options.pull)?;
            }
            if options.pull {
                pull::run(self, options.full)?;
                if options.push && self.settled.resend > 0 {
                    // An earlier push whose answer was lost did not happen (the pull shows the
                    // devices as they were, past its settle time): send them now.
                    push::run(self, true)?;
                }
            }
            // A push whose answer was lost leaves its devices waiting: the run is not done.
            let unsure = remote::open_intents(self.ledger.conn())?;
            if !unsure.is_empty() && !self.dry_run {
                let n: usize = unsure.iter().map(|i| i.serials.len()).sum();
                return Err(anyhow::Error::new(crate::error::TemporaryError(format!(
                    "{} wait for Apple Business to confirm an earlier push whose answer was \
                     lost; run sync again later",
                    crate::result::plural(n as u64, "change", "changes")
                ))));
            }
            Ok(())
        })();
        let Settled {
            confirmed, failed, ..
        } = self.settled;
        if let Some(push) = self.report.push.as_mut() {
            push.confirmed = confirmed;
            push.failed = failed;
            push.pending = remote::pending_count(self.ledger.conn())? as u64;
        }
        if confirmed > 0 {
            self.result.summary.push(format!(
                "Apple Business confirmed {}.",
                crate::result::plural(confirmed, "pushed change", "pushed changes")
            ));
        }
        if failed > 0 {
            self.result.summary.push(format!(
                "{} not applied by Apple Business: they stay pending (`abmctl device show` \
                 says why).",
                crate::result::plural(failed, "change was", "changes were")
            ));
        }
        self.store_token()?;
        self.report.http = self.client.stats.clone();
        outcome
    }

    /// Caches a token the client fetched.
    fn store_token(&mut self) -> Result<()> {
        if let Some(token) = self.client.take_new_token() {
            remote::store_token(self.ledger.conn(), Some(&token))?;
        }
        Ok(())
    }

    /// Now, as stored.
    fn now(&self) -> String {
        format_timestamp(Timestamp::now().max(self.ctx.now))
    }

    /// Runs `f` in a short write transaction. Also caches any new token first, so that a
    /// killed sync keeps it. (A dry run writes too: to a scratch copy of the ledger.)
    fn write<T>(&mut self, f: impl FnOnce(&mut Recorder<'_, '_>) -> Result<T>) -> Result<T> {
        self.store_token()?;
        self.split().1.write(f)
    }

    /// The client, and the rest of the session as a [`Store`]: so that a page can be fetched
    /// on one thread while the last one is written on another.
    fn split(&mut self) -> (&mut Client, Store<'_>) {
        let now = self.now();
        (
            &mut self.client,
            Store {
                ctx: self.ctx,
                ledger: &mut self.ledger,
                activity: &mut self.activity,
                items: &mut self.items,
                result: &mut self.result,
                settled: &mut self.settled,
                dry_run: self.dry_run,
                now,
            },
        )
    }
}

/// The part of a session that writes to the ledger.
pub struct Store<'s> {
    ctx: &'s Ctx,
    ledger: &'s mut Ledger,
    activity: &'s mut Option<i64>,
    items: &'s mut Option<ItemWriter>,
    result: &'s mut CommandResult,
    settled: &'s mut Settled,
    dry_run: bool,
    now: String,
}

impl Store<'_> {
    /// Runs `f` in a short write transaction that records in the sync's activity.
    pub fn write<T>(&mut self, f: impl FnOnce(&mut Recorder<'_, '_>) -> Result<T>) -> Result<T> {
        let ctx = self.ctx;
        let now = &self.now;
        let activity = &mut *self.activity;
        let items = &mut *self.items;
        let result = &mut *self.result;
        let settled = &mut *self.settled;
        let dry_run = self.dry_run;
        self.ledger.transact(|tx| {
            let mut recorder = Recorder {
                tx,
                activity,
                items,
                result,
                settled,
                actor: &ctx.actor,
                now,
                dry_run,
            };
            let value = f(&mut recorder)?;
            recorder.finish()?;
            Ok((value, true))
        })
    }
}

/// Records a sync's changes in its activity, inside one write.
pub struct Recorder<'t, 'c> {
    /// The write.
    pub tx: &'t Transaction<'c>,
    activity: &'t mut Option<i64>,
    items: &'t mut Option<ItemWriter>,
    /// The result document.
    pub result: &'t mut CommandResult,
    /// Pending devices settled so far.
    pub settled: &'t mut Settled,
    actor: &'t str,
    /// Now.
    pub now: &'t str,
    dry_run: bool,
}

impl Recorder<'_, '_> {
    /// The sync activity, started now if this is the first thing it records.
    pub fn activity(&mut self) -> Result<i64> {
        if let Some(id) = *self.activity {
            return Ok(id);
        }
        let params = serde_json::json!({ "dryRun": self.dry_run });
        let id = activities::start(
            self.tx,
            Action::Sync.as_str(),
            self.actor,
            self.now,
            &params,
        )?;
        *self.activity = Some(id);
        *self.items = Some(ItemWriter::new(id));
        self.result.activity_id = Some(id);
        Ok(id)
    }

    /// Continues activity `id` (a resumed pull's), numbering items after its last one.
    pub fn resume(&mut self, id: i64) -> Result<()> {
        if *self.activity == Some(id) {
            return Ok(());
        }
        *self.activity = Some(id);
        *self.items = Some(ItemWriter::resume(self.tx, id)?);
        self.result.activity_id = Some(id);
        Ok(())
    }

    /// Records one item and counts its outcome.
    pub fn item(&mut self, outcome: Outcome, item: &NewItem<'_>) -> Result<()> {
        self.activity()?;
        if let Some(items) = self.items.as_mut() {
            items.push(self.tx, outcome, item)?;
        }
        self.result.count(outcome);
        self.result.requested += 1;
        Ok(())
    }

    /// A problem with a device, listed in the result.
    pub fn problem(&mut self, serial: Option<&str>, field: Option<&str>, message: String) {
        self.result.problems.push(Problem {
            serial_number: serial.map(str::to_string),
            line: None,
            field: field.map(str::to_string),
            message,
        });
    }

    fn finish(&mut self) -> Result<()> {
        if let Some(id) = *self.activity {
            activities::finish(self.tx, id, self.result)?;
        }
        Ok(())
    }
}

/// A query string, its parameters form-encoded.
pub(crate) fn query(pairs: &[(&str, &str)]) -> String {
    let mut q = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        q.append_pair(k, v);
    }
    q.finish()
}

/// The cursor of a list's next page: `meta.paging.nextCursor`, or the `cursor` of
/// `links.next` when only that is given. None ends the list.
pub(crate) fn next_cursor(paging: &crate::api::wire::Paging, next: Option<&str>) -> Option<String> {
    if let Some(c) = &paging.next_cursor {
        return (!c.is_empty()).then(|| c.clone());
    }
    let next = url::Url::parse(next?).ok()?;
    next.query_pairs()
        .find(|(k, _)| k == "cursor")
        .map(|(_, v)| v.into_owned())
        .filter(|c| !c.is_empty())
}

/// How a sync ended: its result and report, and the error that stopped it, if any (the
/// result still says what was done before it).
pub struct Ended {
    /// The result document.
    pub result: CommandResult,
    /// The report.
    pub report: Report,
    /// What stopped it.
    pub error: Option<anyhow::Error>,
}

/// Runs a sync for a command (`sync`, or `--push` on a Step 4 command), under the sync lock.
///
/// A dry run is the same code on a scratch copy of the ledger (`VACUUM INTO` a temporary
/// file, removed after), with no POST: it reads the remote, applies what it read to the copy,
/// and reports what would be sent and changed; the ledger itself is not touched.
pub fn run(ctx: &Ctx, options: &Options) -> Result<Ended> {
    let ledger = ctx.ledger()?;
    let remote = configured(&ledger)?;
    let _lock = lock::SyncLock::take(&ctx.ledger_path, ctx.now)?;
    let client = client(ctx, &ledger, &remote, options.max_rps, options.max_wait)?;
    let scratch;
    let ledger = if options.dry_run {
        scratch = tempfile::Builder::new()
            .prefix("abmctl-dry-run-")
            .suffix(".sqlite3")
            .tempdir()
            .context("cannot make a scratch folder for the dry run")?;
        let copy = scratch.path().join("ledger.sqlite3");
        ledger.copy_to(&copy)?;
        drop(ledger);
        Ledger::open(&copy, ctx.busy_timeout)?
    } else {
        ledger
    };
    let mut session = Session::new(ctx, ledger, client, options.dry_run);
    let error = session.run(options).err();
    let Session {
        mut result, report, ..
    } = session;
    if options.dry_run {
        result.activity_id = None;
    }
    result.queued = report.push.as_ref().map_or(0, |p| p.pending);
    Ok(Ended {
        result,
        report,
        error,
    })
}

/// Records a sync run for `report sync` (best effort: a ledger that cannot take it now loses
/// only the report's line, never the sync's work).
pub fn record_run(ctx: &Ctx, result: &CommandResult, exit: crate::error::Exit) {
    if result.dry_run {
        return;
    }
    let outcome = match exit {
        crate::error::Exit::Success => "ok",
        crate::error::Exit::Partial => "partial",
        _ => "failed",
    };
    let write = || -> Result<()> {
        let ledger = ctx.ledger()?;
        let now = format_timestamp(Timestamp::now().max(ctx.now));
        let started = format_timestamp(ctx.now);
        let id = remote::start_run(ledger.conn(), &started)?;
        let summary = serde_json::to_string(result)?;
        remote::finish_run(ledger.conn(), id, &now, outcome, exit as i32, &summary)
    };
    if let Err(e) = write() {
        ctx.out.warn(format!(
            "the sync could not be recorded for `report sync` ({e:#})"
        ));
    }
}
