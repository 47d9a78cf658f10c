//! `abmctl device add | list | show | remove`: devices in the ledger. One file per sub-verb; this file
//! holds the group's enum and the helpers they share.

mod add;
mod list;
mod remove;
mod show;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Ctx;

pub use add::AddArgs;
pub use list::ListArgs;
pub use remove::RemoveArgs;
pub use show::ShowArgs;

/// Add, list and show devices.
#[derive(Debug, Subcommand)]
pub enum DeviceCommand {
    /// Add a device with Apple Configurator (not for Apple Watch)
    ///
    /// The device arrives as MANUALLY_ADDED, on its family's default service if one is set
    /// (`mdm default set`), else UNASSIGNED. Adding a device already in the organisation
    /// changes nothing; adding a released one brings it back.
    #[command(
        after_help = "Example:\n  abmctl device add C02XK1ZZJGH5 --family Mac --model \"MacBook Air (M2)\""
    )]
    Add(AddArgs),
    /// List devices (every status but PENDING unless --status says otherwise)
    #[command(
        after_help = "Examples:\n  abmctl device list --status unassigned --family iPad\n  \
abmctl device list --order 4711 -o csv > order-4711.csv\n  \
abmctl device list -o jsonl | jq -r 'select(.assignedServer == null) | .serialNumber'"
    )]
    List(ListArgs),
    /// Show one device
    #[command(after_help = "Example:\n  abmctl device show C02XK1ZZJGH5 -o json")]
    Show(ShowArgs),
    /// Remove a device added with Apple Configurator, within its provisional period
    ///
    /// A device added with Apple Configurator (MANUALLY_ADDED) can be taken out of the
    /// organisation again until 30 days after its first enrollment (Apple's provisional
    /// period), or at any time before it first enrolls; after that it is refused, with the
    /// date the period ended (release it instead). Personal devices leave by `unenroll`.
    #[command(
        after_help = "Examples:\n  abmctl device remove C02XK1ZZJGH5\n  abmctl device remove C02XK1ZZJGH5 --dry-run -o json"
    )]
    Remove(RemoveArgs),
}

/// Runs `device`.
pub fn run(ctx: &Ctx, command: DeviceCommand) -> Result<()> {
    match command {
        DeviceCommand::Add(a) => add::run(ctx, a),
        DeviceCommand::List(a) => list::run(ctx, a),
        DeviceCommand::Show(a) => show::run(ctx, a),
        DeviceCommand::Remove(a) => remove::run(ctx, a),
    }
}
