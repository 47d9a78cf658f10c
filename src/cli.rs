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

/// The help heading of the options every command takes, so that a command's own options are
/// not interleaved with them.
const GLOBAL: &str = "Global options";

/// Options every command takes.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Ledger file to use [env: ABMCTL_LEDGER]
    ///
    /// The ledger is the first given of: --ledger, --org, ABMCTL_LEDGER, ABMCTL_ORG, then
    /// `ledger.sqlite3` in the platform data directory (on Linux `~/.local/share/abmctl/`).
    /// `abmctl init` creates it (readable by its owner only); every other command needs it to
    /// exist.
    #[arg(long, global = true, value_name = "PATH", help_heading = GLOBAL)]
    pub ledger: Option<PathBuf>,

    /// Use organisation NAME's ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]
    ///
    /// For one ledger per customer; `abmctl org list` lists them. NAME is 1 to 64 letters,
    /// digits, `-`, `_` and `.`, starting with a letter or digit. --ledger wins over --org, and
    /// either flag wins over both variables (ABMCTL_LEDGER wins over ABMCTL_ORG).
    #[arg(long, global = true, value_name = "NAME", value_parser = crate::context::parse_org_name, help_heading = GLOBAL)]
    pub org: Option<String>,

    /// Format of the data printed on stdout
    #[arg(short, long, global = true, env = "ABMCTL_OUTPUT", value_enum, ignore_case = true, default_value_t = OutputFormat::Table, help_heading = GLOBAL)]
    pub output: OutputFormat,

    /// When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)
    #[arg(long, global = true, value_enum, ignore_case = true, default_value_t = ColorChoice::Auto, value_name = "WHEN", help_heading = GLOBAL)]
    pub color: ColorChoice,

    /// Print no status lines or warnings (data and errors still print)
    #[arg(short, long, global = true, conflicts_with = "verbose", help_heading = GLOBAL)]
    pub quiet: bool,

    /// Print more detail on stderr (can be repeated)
    ///
    /// `-v` adds trace lines, such as the format an import was read as and how long each of its
    /// phases took.
    #[arg(short, long, global = true, action = ArgAction::Count, help_heading = GLOBAL)]
    pub verbose: u8,

    /// Never prompt; a command that needs confirmation fails instead (exit 2)
    #[arg(long, global = true, help_heading = GLOBAL)]
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
    #[command(
        subcommand,
        after_help = "Examples:\n  abmctl org show\n  \
abmctl org set --name \"Better Bag Ltd\"\n  abmctl org list -o json"
    )]
    Org(commands::org::OrgCommand),
    /// Link and unlink suppliers (Step 1)
    #[command(
        subcommand,
        after_help = "Examples:\n  \
abmctl supplier link --customer-number 0012345 --name \"Apple direct\"\n  \
abmctl supplier link --reseller-number 1A2B3C --carrier\n  abmctl supplier list"
    )]
    Supplier(commands::supplier::SupplierCommand),
    /// Manage device management services (Step 2)
    #[command(
        subcommand,
        after_help = "Examples:\n  \
abmctl mdm link \"Main MDM\" --enrollment-url https://mdm.example.com/enroll\n  \
abmctl mdm list\n  abmctl mdm default set iPhone \"Main MDM\""
    )]
    Mdm(commands::mdm::MdmCommand),
    /// Import devices from a supplier order file (Step 3)
    Import(commands::import::ImportArgs),
    /// Add, list and show devices
    #[command(
        subcommand,
        after_help = "Examples:\n  \
abmctl device add C02XK1ZZJGH5 --family Mac\n  \
abmctl device list --status unassigned --family iPad\n  abmctl device show C02XK1ZZJGH5 -o json"
    )]
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
    #[command(
        subcommand,
        after_help = "Examples:\n  abmctl account add jo@example.com --name \"Jo Bloggs\"\n  \
abmctl account import accounts.csv\n  abmctl account list -o json"
    )]
    Account(commands::account::AccountCommand),
    /// The organisation's domains: add, verify by DNS, and service discovery
    #[command(
        subcommand,
        after_help = "Examples:\n  abmctl domain add example.com\n  abmctl domain verify example.com\n  \
abmctl domain discovery example.com --user jo@example.com --family iPhone"
    )]
    Domain(commands::domain::DomainCommand),
    /// Serve the service discovery document of account-driven enrollment over HTTP
    #[command(
        subcommand,
        after_help = "Example:\n  abmctl discovery serve --listen 127.0.0.1:8080"
    )]
    Discovery(commands::discovery::DiscoveryCommand),
    /// Serve an Apple Business API sandbox on loopback, backed by a ledger
    #[command(
        subcommand,
        after_help = "Example:\n  abmctl --ledger sandbox.sqlite3 sandbox serve --devices 2500 --seed 7"
    )]
    Sandbox(commands::sandbox::SandboxCommand),
    /// The Apple Business API account this ledger syncs with
    #[command(
        subcommand,
        after_help = "Examples:\n  abmctl remote set --client-id BUSINESSAPI.x --key-id k --private-key key.pem\n  \
abmctl remote test\n  abmctl remote show -o json"
    )]
    Remote(commands::remote::RemoteCommand),
    /// Send queued changes to Apple Business, then mirror it into the ledger
    Sync(commands::sync::SyncArgs),
    /// Report on the fleet: summary (the default), unassigned, orders, suppliers, tokens, enrollment, sync
    #[command(
        after_help = "Examples:\n  abmctl report\n  abmctl report orders -o json\n  \
abmctl report tokens --within 30 --check"
    )]
    Report(commands::report::ReportArgs),
    /// Export the device list in the Apple Business portal's CSV columns (-o json is refused)
    Export(commands::export::ExportArgs),
    /// Read the activity log
    #[command(
        subcommand,
        after_help = "Examples:\n  abmctl activity list --since 2026-11-01\n  \
abmctl activity show 42 -o csv > activity-42.csv"
    )]
    Activity(commands::activity::ActivityCommand),
    /// Print a shell completion script
    Completions(commands::completions::CompletionsArgs),
    /// Run the workflow on a sample organisation in a temporary ledger
    Demo(commands::demo::DemoArgs),
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
