//! `abmctl release`: remove devices from the organisation for good (Step 4). Asks for
//! confirmation with the count; a script must pass `--yes`.

use anyhow::Result;
use clap::Args;

use super::selection::{self, Apply, SelectionArgs, StepArgs};
use crate::context::Ctx;
use crate::rules::assignment::{Change, Target};

/// Arguments of `release`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  abmctl release C02XK1ZZJGH5           # asks for confirmation\n  \
abmctl release --file sold.csv --yes\n\n\
Released devices stay listed but can never be assigned again; only a new order or an Apple \
Configurator add brings one back. Don't release devices sent to Apple for repair."
)]
pub struct ReleaseArgs {
    #[command(flatten)]
    pub selection: SelectionArgs,
    /// Release without asking (needed when stdin is not a terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
    #[command(flatten)]
    pub change: StepArgs,
}

/// Runs `release`.
pub fn run(ctx: &Ctx, args: ReleaseArgs) -> Result<()> {
    let mut ledger = ctx.ledger()?;
    let selection = args.selection.resolve(ledger.conn(), false)?;
    let mut request = Apply {
        change: Change::Release,
        selection: &selection,
        target: &Target::None,
        options: &args.change,
        parameters: args.selection.to_json(),
        confirmed: None,
    };
    if !args.yes && !args.change.dry_run {
        // Count what would be released (the same code, rolled back), then ask.
        let preview = selection::run(ctx, &mut ledger, &request, true)?.into_result();
        if preview.changed > 0 && preview.failed == 0 {
            let n = super::plural(preview.changed, "device", "devices");
            let question = format!("Release {n} from the organisation? This cannot be undone.");
            if !ctx.out.confirm(&question, "--yes")? {
                // Nothing printed yet: `dispatch` prints the result document of `-o json`.
                return Err(anyhow::anyhow!("release cancelled; nothing was changed"));
            }
            request.confirmed = Some(preview.changed);
        }
    }
    selection::apply(ctx, &mut ledger, request)?;
    Ok(())
}
