//! One module per subcommand (a folder for a group with sub-verbs). Each holds its clap
//! `Args` and a `run(ctx, args)` that validates, opens one transaction, calls `ledger::…`, and
//! hands the result to `output`. No SQL here.

pub mod activity;
pub mod assign;
pub mod completions;
pub mod demo;
pub mod device;
pub mod export;
pub mod import;
pub mod mdm;
pub mod org;
pub mod reassign;
pub mod release;
pub mod report;
pub mod selection;
pub mod supplier;
pub mod unassign;

use anyhow::Result;
use rusqlite::Transaction;

use crate::cli::Command;
use crate::context::Ctx;
use crate::error::{Exit, Reported};
use crate::ledger::{Ledger, activities};
use crate::model::format_timestamp;
use crate::result::CommandResult;

/// The activity name of a command that changes the ledger; None for read-only commands.
fn action_of(command: &Command) -> Option<&'static str> {
    use device::DeviceCommand;
    use mdm::MdmCommand;
    Some(match command {
        Command::Org(org::OrgCommand::Set(_)) => "org.set",
        Command::Supplier(supplier::SupplierCommand::Link(_)) => "supplier.link",
        Command::Supplier(supplier::SupplierCommand::Unlink(_)) => "supplier.unlink",
        Command::Mdm(MdmCommand::Link(_)) => "mdm.link",
        Command::Mdm(MdmCommand::Rename(_)) => "mdm.rename",
        Command::Mdm(MdmCommand::Set(_)) => "mdm.set",
        Command::Mdm(MdmCommand::Unlink(_)) => "mdm.unlink",
        Command::Mdm(MdmCommand::Token(_)) => "mdm.token",
        Command::Mdm(MdmCommand::Default(mdm::DefaultCommand::Set(_))) => "mdm.default.set",
        Command::Mdm(MdmCommand::Default(mdm::DefaultCommand::Unset(_))) => "mdm.default.unset",
        Command::Import(_) => "import",
        Command::Device(DeviceCommand::Add(_)) => "device.add",
        Command::Assign(_) => "assign",
        Command::Reassign(_) => "reassign",
        Command::Unassign(_) => "unassign",
        Command::Release(_) => "release",
        _ => return None,
    })
}

/// Runs one subcommand. A mutating command that fails before it has printed its result (an
/// unreadable file, an unknown service) still prints one in the machine formats, with the
/// error as its problem, so a script reading `-o json` always gets a result document.
pub fn dispatch(ctx: &Ctx, command: Command) -> Result<()> {
    let action = action_of(&command);
    let outcome = run_command(ctx, command);
    if let (Err(e), Some(action)) = (&outcome, action) {
        let documented = e.chain().any(|c| c.is::<Reported>());
        let usage = crate::error::exit_code(e) == Exit::Usage;
        if !documented && !usage && ctx.out.format != crate::output::Format::Table {
            let mut result = CommandResult::new(action, false);
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
        Command::Org(c) => org::run(ctx, c),
        Command::Supplier(c) => supplier::run(ctx, c),
        Command::Mdm(c) => mdm::run(ctx, c),
        Command::Import(a) => import::run(ctx, a),
        Command::Device(c) => device::run(ctx, c),
        Command::Assign(a) => assign::run(ctx, a),
        Command::Reassign(a) => reassign::run(ctx, a),
        Command::Unassign(a) => unassign::run(ctx, a),
        Command::Release(a) => release::run(ctx, a),
        Command::Report(c) => report::run(ctx, c),
        Command::Export(a) => export::run(ctx, a),
        Command::Activity(c) => activity::run(ctx, c),
        Command::Completions(a) => completions::run(ctx, a),
        Command::Demo(a) => demo::run(ctx, a),
        Command::GenerateAssets(a) => completions::generate_assets(ctx, a),
    }
}

/// A refusal found inside a transaction: the result (with every problem) to print after the
/// rollback.
#[derive(Debug)]
struct Refused(CommandResult);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} refused", self.0.action)
    }
}
impl std::error::Error for Refused {}

/// A command that found nothing to act on: rolled back so that no empty activity is recorded,
/// and its result printed with `activityId: null`; exit 0.
#[derive(Debug)]
pub struct NothingToDo(pub CommandResult);

impl std::fmt::Display for NothingToDo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: nothing to do", self.0.action)
    }
}
impl std::error::Error for NothingToDo {}

/// Runs a mutating command as one activity in one transaction, then prints its result.
///
/// `body` fills the result; when it reports failures (and `--skip-invalid` is off, i.e. the
/// body counted them as `failed`) everything is rolled back, the result is printed with
/// `activityId: null`, and the command exits 1. A partial result exits 3.
pub fn mutate(
    ctx: &Ctx,
    ledger: &mut Ledger,
    action: &str,
    parameters: serde_json::Value,
    dry_run: bool,
    body: impl FnOnce(&Transaction<'_>, i64, &mut CommandResult) -> Result<()>,
) -> Result<CommandResult> {
    let now = format_timestamp(ctx.now);
    let outcome = ledger.write(dry_run, |tx| {
        let id = activities::start(tx, action, &ctx.actor, &now, &parameters)?;
        let mut result = CommandResult::new(action, dry_run);
        result.activity_id = Some(id);
        body(tx, id, &mut result)?;
        if result.failed > 0 {
            return Err(anyhow::Error::new(Refused(result)));
        }
        activities::finish(tx, id, &result)?;
        Ok(result)
    });
    match outcome {
        Ok(result) => {
            ctx.out.result(&result)?;
            match result.exit() {
                Exit::Success => Ok(result),
                code => Err(anyhow::Error::new(Reported(code))),
            }
        }
        Err(e) => match e.downcast::<Refused>() {
            Ok(Refused(result)) => Err(refuse(ctx, result)),
            Err(e) => match e.downcast::<NothingToDo>() {
                Ok(NothingToDo(mut result)) => {
                    result.activity_id = None;
                    ctx.out.result(&result)?;
                    Ok(result)
                }
                Err(e) => Err(e),
            },
        },
    }
}

/// Prints a refused result (nothing was changed: no activity, no changes counted) and returns
/// the error that exits 1 with `<action> refused: N problems found`.
pub fn refuse(ctx: &Ctx, mut result: CommandResult) -> anyhow::Error {
    result.activity_id = None;
    result.changed = 0;
    result.unchanged = 0;
    result.queued = 0;
    result.summary.clear();
    if let Err(e) = ctx.out.result(&result) {
        return e;
    }
    let n = plural(result.problems.len() as u64, "problem", "problems");
    anyhow::Error::new(Reported(Exit::Failure)).context(format!(
        "{} refused: {n} found; nothing was changed",
        result.action
    ))
}

/// "1 device" / "2 devices".
pub fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
