//! `abmctl sync`: send the queued changes to Apple Business, then mirror it into the ledger
//! (SPEC §5). The work is `crate::sync`'s; this prints the result document, with what the
//! pull and the push did and the requests made, and turns the outcome into an exit code.

use anyhow::Result;
use clap::Args;

use crate::context::Ctx;
use crate::error::{Exit, Reported};
use crate::sync::{self, DEFAULT_MAX_WAIT_SECS, Options};

/// Arguments of `sync`.
#[derive(Debug, Args)]
#[command(
    after_help = "Exit codes: 0 in sync; 3 some devices failed (listed; they stay \
pending); 4 try again later (unreachable, rate limited past --max-wait, another sync running: \
the state is saved and the next sync continues); 5 credentials refused.\n\n\
Examples:\n  abmctl sync\n  abmctl sync -q          # for cron: silent unless something failed\n  \
abmctl sync --dry-run -o json\n  abmctl sync --pull-only --full"
)]
pub struct SyncArgs {
    /// Only read Apple Business into the ledger; send nothing
    #[arg(long, conflicts_with = "push_only")]
    pub pull_only: bool,
    /// Only send the queued changes (and verify them); read nothing else
    #[arg(long)]
    pub push_only: bool,
    /// Start the pull over, abandoning one an interrupted sync left unfinished
    #[arg(long)]
    pub full: bool,
    /// Read Apple Business and say what would be sent and changed; change nothing anywhere
    #[arg(long)]
    pub dry_run: bool,
    /// Give up (exit 4, state saved) after waiting this long in all for rate limits, retries
    /// and activities
    #[arg(long, value_name = "SECS", default_value_t = DEFAULT_MAX_WAIT_SECS)]
    pub max_wait: u64,
    /// Send at most R requests a second (0: no pace) [default: 0.33 on Apple's hosts, about
    /// Apple's observed 20 a minute; no pace elsewhere]
    #[arg(long, value_name = "R")]
    pub max_rps: Option<f64>,
}

/// Runs `sync`.
pub fn run(ctx: &Ctx, args: SyncArgs) -> Result<()> {
    if args.max_rps.is_some_and(|r| !r.is_finite() || r < 0.0) {
        return Err(crate::error::usage("--max-rps must be 0 or more"));
    }
    let options = Options {
        push: !args.pull_only,
        pull: !args.push_only,
        full: args.full,
        dry_run: args.dry_run,
        max_rps: args.max_rps,
        max_wait: std::time::Duration::from_secs(args.max_wait),
    };
    let ended = sync::run(ctx, &options)?;
    let mut result = ended.result;
    result.extra = serde_json::to_value(&ended.report)?.as_object().cloned();
    if let Some(e) = &ended.error
        && !ctx.out.format.is_table()
    {
        // In table mode main prints the error itself.
        result.problems.push(crate::result::Problem {
            serial_number: None,
            line: None,
            field: None,
            message: format!("{e:#}"),
        });
    }
    let exit = match &ended.error {
        Some(e) => crate::error::exit_code(e),
        None if result.failed > 0 => Exit::Partial,
        None => Exit::Success,
    };
    sync::record_run(ctx, &result, exit);
    ctx.out.result(&result)?;
    match (ended.error, exit) {
        (Some(e), _) => Err(e),
        (None, Exit::Success) => Ok(()),
        (None, code) => Err(anyhow::Error::new(Reported(code))),
    }
}
