//! `abmctl mdm …` (Step 2): device management services. One file per sub-verb; this file
//! holds the group's enum and its run; the rules are in `rules::services`, the printed
//! view in `views::ServiceView`.

mod default;
pub use default::DefaultCommand;
mod link;
mod list;
mod rename;
mod set;
mod token;
mod unlink;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Ctx;

/// Manage device management services.
#[derive(Debug, Subcommand)]
pub enum MdmCommand {
    /// Link a device management service
    Link(link::LinkArgs),
    /// List the services, with their device counts and token expiry
    List(list::ListArgs),
    /// Show one service
    Show(list::ShowArgs),
    /// Rename a service
    Rename(rename::RenameArgs),
    /// Change a service's certificate, enrollment URL or release permission
    Set(set::SetArgs),
    /// Unlink a service that has no devices assigned
    Unlink(unlink::UnlinkArgs),
    /// Record a new server token for a service (tokens expire after one year)
    Token(token::TokenArgs),
    /// Default assignment: which service each product family's new devices go to
    #[command(
        subcommand,
        after_help = "Examples:\n  abmctl mdm default set iPhone \"Main MDM\"\n  \
abmctl mdm default list\n  abmctl mdm default unset iPhone"
    )]
    Default(default::DefaultCommand),
}

/// Runs `mdm`.
pub fn run(ctx: &Ctx, command: MdmCommand) -> Result<()> {
    match command {
        MdmCommand::Link(a) => link::run(ctx, a),
        MdmCommand::List(a) => list::run_list(ctx, a),
        MdmCommand::Show(a) => list::run_show(ctx, a),
        MdmCommand::Rename(a) => rename::run(ctx, a),
        MdmCommand::Set(a) => set::run(ctx, a),
        MdmCommand::Unlink(a) => unlink::run(ctx, a),
        MdmCommand::Token(a) => token::run(ctx, a),
        MdmCommand::Default(c) => default::run(ctx, c),
    }
}
