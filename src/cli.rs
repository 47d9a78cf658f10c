//! The clap model: the global options, the command tree and the closed sets. Types only: each
//! command's own arguments live beside its code in `commands/`.

use std::path::PathBuf;

use clap::{ArgAction, Args, Parser, Subcommand};

use crate::commands;
use crate::output::{ColorChoice, OutputFormat};

/// Run an Apple device fleet the way Apple Business does, from a local ledger
///
/// abmctl keeps a SQLite ledger of one organisation: its suppliers, device management
/// services, devices and an activity log. It follows Apple's workflow: link suppliers, link
/// device management services, add devices, assign them, enroll them.
#[derive(Debug, Parser)]
#[command(
    name = "abmctl",
    version,
    propagate_version = true,
    max_term_width = 100
)]
#[command(
    after_help = "Exit codes: 0 success, 1 failed (nothing changed), 2 usage error, \
3 partial, 4 temporary (retry later), 5 authentication, 130 interrupted.\n\n\
Examples:\n  abmctl demo\n  abmctl init --name \"Better Bag Ltd\"\n  \
abmctl supplier link --customer-number 0012345\n  \
abmctl import order.csv\n  abmctl device list --status unassigned -o json"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Ledger file to use [env: ABMCTL_LEDGER]
    ///
    /// The ledger is the first given of: --ledger, --org, ABMCTL_LEDGER, ABMCTL_ORG, then
    /// `ledger.sqlite3` in the platform data directory (on Linux `~/.local/share/abmctl/`).
    /// `abmctl init` creates it (readable by its owner only); every other command needs it to
    /// exist.
    #[arg(long, global = true, value_name = "PATH")]
    pub ledger: Option<PathBuf>,

    /// Use organisation NAME's ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]
    ///
    /// For one ledger per customer; `abmctl org list` lists them. NAME is 1 to 64 letters,
    /// digits, `-`, `_` and `.`, starting with a letter or digit. --ledger wins over --org, and
    /// either flag wins over both variables (ABMCTL_LEDGER wins over ABMCTL_ORG).
    #[arg(long, global = true, value_name = "NAME", value_parser = crate::context::parse_org_name)]
    pub org: Option<String>,

    /// Format of the data printed on stdout
    #[arg(short, long, global = true, env = "ABMCTL_OUTPUT", value_enum, ignore_case = true, default_value_t = OutputFormat::Table)]
    pub output: OutputFormat,

    /// When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)
    #[arg(long, global = true, value_enum, ignore_case = true, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Print no status lines or warnings (data and errors still print)
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Print more detail on stderr (can be repeated)
    ///
    /// `-v` adds trace lines, such as the format an import was read as and how long each of its
    /// phases took.
    #[arg(short, long, global = true, action = ArgAction::Count)]
    pub verbose: u8,

    /// Never prompt; a command that needs confirmation fails instead (exit 2)
    #[arg(long, global = true)]
    pub no_input: bool,
}

/// The subcommands.
// Parsed once per run: the size of the largest variant does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a ledger: a new, empty organisation
    Init(commands::init::InitArgs),
    /// Show or rename the organisation, or list the organisations under --org
    #[command(subcommand)]
    Org(commands::org::OrgCommand),
    /// Link and unlink suppliers (Step 1)
    #[command(subcommand)]
    Supplier(commands::supplier::SupplierCommand),
    /// Manage device management services (Step 2)
    #[command(subcommand)]
    Mdm(commands::mdm::MdmCommand),
    /// Import devices from a supplier order file (Step 3)
    Import(commands::import::ImportArgs),
    /// Add, list and show devices
    #[command(subcommand)]
    Device(commands::device::DeviceCommand),
    /// Assign devices to a device management service (Step 4)
    Assign(commands::assign::AssignArgs),
    /// Move devices to a service, whatever their current assignment
    Reassign(commands::reassign::ReassignArgs),
    /// Take devices off their device management service
    Unassign(commands::unassign::UnassignArgs),
    /// Release devices from the organisation for good
    Release(commands::release::ReleaseArgs),
    /// Record that devices enrolled in their service (Step 5)
    Enroll(commands::enroll::EnrollArgs),
    /// Record that a device left device management (a personal device leaves the organisation)
    Unenroll(commands::unenroll::UnenrollArgs),
    /// Managed Apple Accounts: the users of account-driven enrollment
    #[command(subcommand)]
    Account(commands::account::AccountCommand),
    /// The organisation's domains: add, verify by DNS, and service discovery
    #[command(subcommand)]
    Domain(commands::domain::DomainCommand),
    /// Serve the service discovery document of account-driven enrollment over HTTP
    #[command(subcommand)]
    Discovery(commands::discovery::DiscoveryCommand),
    /// Serve an Apple Business API sandbox on loopback, backed by a ledger
    #[command(subcommand)]
    Sandbox(commands::sandbox::SandboxCommand),
    /// Report on the fleet: summary (the default), unassigned, orders, suppliers, tokens, enrollment
    Report(commands::report::ReportArgs),
    /// Export the device list in the Apple Business portal's CSV columns (-o json is refused)
    Export(commands::export::ExportArgs),
    /// Read the activity log
    #[command(subcommand)]
    Activity(commands::activity::ActivityCommand),
    /// Print a shell completion script
    Completions(commands::completions::CompletionsArgs),
    /// Run the workflow on a sample organisation in a temporary ledger
    Demo(commands::demo::DemoArgs),
    /// Write completions/ and man/ from the command model (for maintainers)
    #[command(hide = true)]
    GenerateAssets(commands::completions::GenerateAssetsArgs),
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use clap::Parser;

    #[test]
    fn verify_cli() {
        super::Cli::command().debug_assert();
    }

    /// `-v` counts: none is 0, `-vv` and `-v -v` are 2, before or after the subcommand; it
    /// still conflicts with `-q`. (Occurrences split across the subcommand are not summed:
    /// clap keeps one level's count for a global flag.)
    #[test]
    fn verbose_counts() {
        let level = |args: &[&str]| {
            super::Cli::try_parse_from(args)
                .map(|cli| cli.global.verbose)
                .map_err(|e| e.kind())
        };
        assert_eq!(level(&["abmctl", "org", "show"]), Ok(0));
        assert_eq!(level(&["abmctl", "-v", "org", "show"]), Ok(1));
        assert_eq!(level(&["abmctl", "-vv", "org", "show"]), Ok(2));
        assert_eq!(level(&["abmctl", "-v", "-v", "org", "show"]), Ok(2));
        assert_eq!(level(&["abmctl", "org", "show", "-vv"]), Ok(2));
        assert_eq!(level(&["abmctl", "org", "show", "-v", "--verbose"]), Ok(2));
        assert_eq!(level(&["abmctl", "-vvv", "org", "show"]), Ok(3));
        assert_eq!(
            level(&["abmctl", "-q", "-vv", "org", "show"]),
            Err(clap::error::ErrorKind::ArgumentConflict)
        );
        assert_eq!(level(&["abmctl", "-q", "org", "show"]), Ok(0));
    }
}
