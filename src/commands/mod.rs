//! One module per subcommand (a folder for a group with sub-verbs). Each holds its clap
//! `Args` and a `run(ctx, args)` that validates, opens one transaction, calls `ledger::…`, and
//! hands the result to `output`. No SQL here.

pub mod account;
pub mod activity;
pub mod assign;
pub mod completions;
pub mod demo;
pub mod device;
pub mod discovery;
pub mod domain;
pub mod enroll;
pub mod export;
pub mod filters;
pub mod import;
pub mod init;
pub mod mdm;
pub mod org;
pub mod reassign;
pub mod release;
pub mod remote;
pub mod report;
pub mod sandbox;
pub mod selection;
pub mod supplier;
pub mod sync;
pub mod unassign;
pub mod unenroll;

use anyhow::Result;
use rusqlite::Transaction;

use crate::activity::{Action, Flow, Ran};
use crate::cli::Command;
use crate::context::Ctx;
use crate::error::{Exit, Reported};
use crate::ledger::Ledger;
use crate::model::format_timestamp;
use crate::result::CommandResult;

/// The activity a command records when it changes the ledger; None for read-only commands.
fn action_of(command: &Command) -> Option<Action> {
    use device::DeviceCommand;
    use mdm::MdmCommand;
    Some(match command {
        Command::Org(org::OrgCommand::Set(_)) => Action::OrgSet,
        Command::Supplier(supplier::SupplierCommand::Link(_)) => Action::SupplierLink,
        Command::Supplier(supplier::SupplierCommand::Unlink(_)) => Action::SupplierUnlink,
        Command::Supplier(supplier::SupplierCommand::Set(_)) => Action::SupplierSet,
        Command::Mdm(MdmCommand::Link(_)) => Action::MdmLink,
        Command::Mdm(MdmCommand::Rename(_)) => Action::MdmRename,
        Command::Mdm(MdmCommand::Set(_)) => Action::MdmSet,
        Command::Mdm(MdmCommand::Unlink(_)) => Action::MdmUnlink,
        Command::Mdm(MdmCommand::Token(_)) => Action::MdmToken,
        Command::Mdm(MdmCommand::Default(mdm::DefaultCommand::Set(_))) => Action::MdmDefaultSet,
        Command::Mdm(MdmCommand::Default(mdm::DefaultCommand::Unset(_))) => Action::MdmDefaultUnset,
        Command::Import(_) => Action::Import,
        Command::Device(DeviceCommand::Add(_)) => Action::DeviceAdd,
        Command::Device(DeviceCommand::Remove(_)) => Action::DeviceRemove,
        Command::Assign(_) => Action::Assign,
        Command::Reassign(_) => Action::Reassign,
        Command::Unassign(_) => Action::Unassign,
        Command::Release(_) => Action::Release,
        Command::Enroll(_) => Action::Enroll,
        Command::Unenroll(_) => Action::Unenroll,
        Command::Account(account::AccountCommand::Add(_)) => Action::AccountAdd,
        Command::Account(account::AccountCommand::Import(_)) => Action::AccountImport,
        Command::Account(account::AccountCommand::Remove(_)) => Action::AccountRemove,
        Command::Domain(domain::DomainCommand::Add(_)) => Action::DomainAdd,
        Command::Domain(domain::DomainCommand::Verify(_)) => Action::DomainVerify,
        Command::Domain(domain::DomainCommand::Set(_)) => Action::DomainSet,
        Command::Domain(domain::DomainCommand::Remove(_)) => Action::DomainRemove,
        Command::Remote(remote::RemoteCommand::Set(_)) => Action::RemoteSet,
        Command::Remote(remote::RemoteCommand::Unset) => Action::RemoteUnset,
        _ => return None,
    })
}

/// Whether a command was asked for a dry run (`--dry-run`), for the result document of a
/// failure `dispatch` prints. A mutating command with `--dry-run` belongs here.
fn dry_run_of(command: &Command) -> bool {
    use device::DeviceCommand;
    use mdm::MdmCommand;
    match command {
        Command::Import(a) => a.dry_run,
        Command::Device(DeviceCommand::Add(a)) => a.dry_run,
        Command::Mdm(MdmCommand::Unlink(a)) => a.dry_run,
        Command::Assign(a) => a.change.dry_run,
        Command::Reassign(a) => a.change.dry_run,
        Command::Unassign(a) => a.change.dry_run,
        Command::Release(a) => a.change.dry_run,
        _ => false,
    }
}

/// Runs one subcommand. A mutating command that fails before it has printed its result (no
/// ledger, an unreadable file, an unknown service, no selector, a confirmation it cannot ask
/// for or that was refused) still prints one in the machine formats, with the error as its
/// problem and the `dryRun` it was asked for, so a script reading `-o json` always gets exactly
/// one result document. (A malformed command line never gets here: clap refused it.)
pub fn dispatch(ctx: &Ctx, command: Command) -> Result<()> {
    let action = action_of(&command);
    let dry_run = dry_run_of(&command);
    let outcome = run_command(ctx, command);
    if let (Err(e), Some(action)) = (&outcome, action) {
        let documented = e.chain().any(|c| c.is::<Reported>());
        if !documented && !ctx.out.format.is_table() {
            let mut result = action.result(dry_run);
            result.problems.push(crate::result::Problem {
                serial_number: None,
                line: None,
                field: None,
                message: format!("{e:#}"),
            });
            ctx.out.result(&result)?;
        }
    }
    outcome
}

fn run_command(ctx: &Ctx, command: Command) -> Result<()> {
    match command {
        Command::Init(a) => init::run(ctx, a),
        Command::Org(c) => org::run(ctx, c),
        Command::Supplier(c) => supplier::run(ctx, c),
        Command::Mdm(c) => mdm::run(ctx, c),
        Command::Import(a) => import::run(ctx, a),
        Command::Device(c) => device::run(ctx, c),
        Command::Assign(a) => assign::run(ctx, a),
        Command::Reassign(a) => reassign::run(ctx, a),
        Command::Unassign(a) => unassign::run(ctx, a),
        Command::Release(a) => release::run(ctx, a),
        Command::Enroll(a) => enroll::run(ctx, a),
        Command::Unenroll(a) => unenroll::run(ctx, a),
        Command::Account(c) => account::run(ctx, c),
        Command::Domain(c) => domain::run(ctx, c),
        Command::Discovery(c) => discovery::run(ctx, c),
        Command::Sandbox(c) => sandbox::run(ctx, c),
        Command::Remote(c) => remote::run(ctx, c),
        Command::Sync(a) => sync::run(ctx, a),
        Command::Report(c) => report::run(ctx, c),
        Command::Export(a) => export::run(ctx, a),
        Command::Activity(c) => activity::run(ctx, c),
        Command::Completions(a) => completions::run(ctx, a),
        Command::Demo(a) => demo::run(ctx, a),
    }
}

/// Runs a mutating command as one activity in one transaction (`activity::run`), then prints
/// its result. `body` fills the result; a partial result exits 3, a refused one 1.
pub fn mutate(
    ctx: &Ctx,
    ledger: &mut Ledger,
    action: Action,
    parameters: serde_json::Value,
    dry_run: bool,
    body: impl FnOnce(&Transaction<'_>, i64, &mut CommandResult) -> Result<()>,
) -> Result<CommandResult> {
    let ran = run_activity(
        ctx,
        ledger,
        action,
        parameters,
        dry_run,
        |tx, id, result| body(tx, id, result).map(|()| Flow::Done),
    )?;
    print(ctx, ran)
}

/// `activity::run` with this run's actor and time.
pub fn run_activity(
    ctx: &Ctx,
    ledger: &mut Ledger,
    action: Action,
    parameters: serde_json::Value,
    dry_run: bool,
    body: impl FnOnce(&Transaction<'_>, i64, &mut CommandResult) -> Result<Flow>,
) -> Result<Ran> {
    let now = format_timestamp(ctx.now);
    let request = crate::activity::Request {
        action,
        actor: &ctx.actor,
        now: &now,
        parameters,
        dry_run,
    };
    crate::activity::run(ledger, request, body)
}

/// Prints how an activity ended and turns it into the command's exit: a refusal exits 1, a
/// partial result 3; nothing to do is a success.
pub fn print(ctx: &Ctx, ran: Ran) -> Result<CommandResult> {
    match ran {
        Ran::Refused(result) => Err(refuse(ctx, result)),
        Ran::NothingToDo(result) => {
            ctx.out.result(&result)?;
            Ok(result)
        }
        Ran::DryRun(result) => {
            ctx.out.result(&result)?;
            exit_of(result)
        }
        Ran::Committed(result) => {
            if let Err(e) = ctx.out.result(&result) {
                // The change is committed: never exit 1 ("nothing was changed") for it. A
                // closed pipe ends quietly, as for any successful command; any other failure
                // to print says where the result is.
                if !crate::error::is_broken_pipe(&e) {
                    let id = result.activity_id.unwrap_or_default();
                    ctx.out.warn(format!(
                        "the change was committed as activity {id}, but its result could not \
                         be printed ({e:#}); see it with `abmctl activity show {id}`"
                    ));
                }
            }
            exit_of(result)
        }
    }
}

/// The exit a printed result calls for: 0, or 3 for a partial one.
fn exit_of(result: CommandResult) -> Result<CommandResult> {
    match result.exit() {
        Exit::Success => Ok(result),
        code => Err(anyhow::Error::new(Reported(code))),
    }
}

/// Prints a refused result (nothing was changed: no activity, no changes counted) and returns
/// the error that exits 1 with `<action> refused: N problems found`.
pub fn refuse(ctx: &Ctx, result: CommandResult) -> anyhow::Error {
    let result = crate::activity::refused(result);
    // Refused is a failure whether or not its document could be printed: a closed pipe must
    // not turn it into a quiet exit 0.
    let _ = ctx.out.result(&result);
    let n = plural(result.problems_found(), "problem", "problems");
    anyhow::Error::new(Reported(Exit::Failure)).context(format!(
        "{} refused: {n} found; nothing was changed",
        result.action
    ))
}

pub use crate::result::plural;
