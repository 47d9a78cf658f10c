//! "One command = one activity in one transaction" (SPEC §1.7, §4): the runner every change to
//! the ledger goes through — commands today, sync and the sandbox server next.
//!
//! It opens the transaction, records the activity, lets the body fill the result, and ends in a
//! typed [`Ran`]: committed, rolled back for a dry run, refused with every problem, or nothing
//! to do. It never prints (commands print the outcome; sync and the sandbox don't) and holds no
//! SQL (`ledger::activities` has it). The activity's name is written once, in [`Action`].

use anyhow::Result;
use rusqlite::Transaction;

use crate::ledger::{Ledger, activities};
use crate::result::CommandResult;

/// Every kind of activity the log records, by the name scripts filter on
/// (`activity list --action`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// `org set`.
    OrgSet,
    /// `supplier link`.
    SupplierLink,
    /// `supplier unlink`.
    SupplierUnlink,
    /// `supplier set`.
    SupplierSet,
    /// `mdm link`.
    MdmLink,
    /// `mdm rename`.
    MdmRename,
    /// `mdm set`.
    MdmSet,
    /// `mdm unlink`.
    MdmUnlink,
    /// `mdm token`.
    MdmToken,
    /// `mdm default set`.
    MdmDefaultSet,
    /// `mdm default unset`.
    MdmDefaultUnset,
    /// `import`.
    Import,
    /// `device add` (Apple Configurator).
    DeviceAdd,
    /// `assign`.
    Assign,
    /// `reassign`.
    Reassign,
    /// `unassign`.
    Unassign,
    /// `release`.
    Release,
    /// `enroll`.
    Enroll,
    /// `unenroll`.
    Unenroll,
    /// `device remove` (within a Configurator add's provisional period).
    DeviceRemove,
    /// `account add`.
    AccountAdd,
    /// `account import`.
    AccountImport,
    /// `account remove`.
    AccountRemove,
    /// `domain add`.
    DomainAdd,
    /// `domain verify`.
    DomainVerify,
    /// `domain set`.
    DomainSet,
    /// `domain remove`.
    DomainRemove,
    /// `sync`: what a pull found changed remotely, and the pushed changes confirmed or failed.
    Sync,
    /// `remote set`.
    RemoteSet,
    /// `remote unset`.
    RemoteUnset,
}

impl Action {
    /// The name in the activity log and in result documents.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::OrgSet => "org.set",
            Action::SupplierLink => "supplier.link",
            Action::SupplierUnlink => "supplier.unlink",
            Action::SupplierSet => "supplier.set",
            Action::MdmLink => "mdm.link",
            Action::MdmRename => "mdm.rename",
            Action::MdmSet => "mdm.set",
            Action::MdmUnlink => "mdm.unlink",
            Action::MdmToken => "mdm.token",
            Action::MdmDefaultSet => "mdm.default.set",
            Action::MdmDefaultUnset => "mdm.default.unset",
            Action::Import => "import",
            Action::DeviceAdd => "device.add",
            Action::Assign => "assign",
            Action::Reassign => "reassign",
            Action::Unassign => "unassign",
            Action::Release => "release",
            Action::Enroll => "enroll",
            Action::Unenroll => "unenroll",
            Action::DeviceRemove => "device.remove",
            Action::AccountAdd => "account.add",
            Action::AccountImport => "account.import",
            Action::AccountRemove => "account.remove",
            Action::DomainAdd => "domain.add",
            Action::DomainVerify => "domain.verify",
            Action::DomainSet => "domain.set",
            Action::DomainRemove => "domain.remove",
            Action::Sync => "sync",
            Action::RemoteSet => "remote.set",
            Action::RemoteUnset => "remote.unset",
        }
    }

    /// An empty result document for this action.
    pub fn result(self, dry_run: bool) -> CommandResult {
        CommandResult::new(self.as_str(), dry_run)
    }
}

/// What to run: the activity's action, who runs it and when, what it was asked.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    /// The action recorded.
    pub action: Action,
    /// Who is acting (`$ABMCTL_ACTOR`, else the OS user).
    pub actor: &'a str,
    /// The activity's time, RFC 3339.
    pub now: &'a str,
    /// The parameters recorded with the activity.
    pub parameters: serde_json::Value,
    /// Roll back at the end, whatever happens (`--dry-run`).
    pub dry_run: bool,
}

/// What the body says once it has filled the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    /// Record the activity (and commit, unless a dry run).
    Done,
    /// Nothing was selected: record no activity and roll back.
    NothingToDo,
}

/// How a run ended. Every variant carries the result document to print.
#[derive(Debug, Clone)]
pub enum Ran {
    /// Committed as activity `result.activity_id`.
    Committed(CommandResult),
    /// Ran to the end and rolled back on purpose (`--dry-run`); `dryRun` is true.
    DryRun(CommandResult),
    /// Problems with explicitly named input, and no `--skip-invalid`: rolled back, no activity,
    /// no change counted; every problem is in the result.
    Refused(CommandResult),
    /// Nothing matched: rolled back, no activity (`activityId` null).
    NothingToDo(CommandResult),
}

impl Ran {
    /// The result document, owned.
    pub fn into_result(self) -> CommandResult {
        match self {
            Ran::Committed(r) | Ran::DryRun(r) | Ran::Refused(r) | Ran::NothingToDo(r) => r,
        }
    }
}

/// Runs `body` as one activity in one transaction.
///
/// `body` gets the transaction, the new activity's id and the result to fill. When it counts
/// failures (explicit input it could not apply, without `--skip-invalid`) everything is rolled
/// back and the run is [`Ran::Refused`]. An `Err` from `body` rolls back too and is returned as
/// it is: a fault, not a refusal.
pub fn run(
    ledger: &mut Ledger,
    request: Request<'_>,
    body: impl FnOnce(&Transaction<'_>, i64, &mut CommandResult) -> Result<Flow>,
) -> Result<Ran> {
    let Request {
        action,
        actor,
        now,
        parameters,
        dry_run,
    } = request;
    // Refusals and empty selections roll back like a dry run: the transaction is discarded.
    ledger.transact(|tx| {
        let id = activities::start(tx, action.as_str(), actor, now, &parameters)?;
        let mut result = action.result(dry_run);
        result.activity_id = Some(id);
        let flow = body(tx, id, &mut result)?;
        // Refused: explicit input failed, or `--skip-invalid` skipped everything and applied
        // nothing (that is a failure too, not a partial success).
        let applied = result.changed + result.unchanged + result.queued;
        if result.failed > 0 || (result.skipped > 0 && applied == 0) {
            return Ok((Ran::Refused(refused(result)), false));
        }
        if flow == Flow::NothingToDo {
            result.activity_id = None;
            return Ok((Ran::NothingToDo(result), false));
        }
        activities::finish(tx, id, &result)?;
        Ok(if dry_run {
            (Ran::DryRun(result), false)
        } else {
            (Ran::Committed(result), true)
        })
    })
}

/// A refused result: nothing was changed, so no activity and no change is counted.
pub fn refused(mut result: CommandResult) -> CommandResult {
    result.activity_id = None;
    result.changed = 0;
    result.unchanged = 0;
    result.queued = 0;
    result.summary.clear();
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::result::Outcome;

    fn ledger() -> Ledger {
        Ledger::open_in_memory(jiff::Timestamp::UNIX_EPOCH).unwrap()
    }

    fn request(dry_run: bool) -> Request<'static> {
        Request {
            action: Action::OrgSet,
            actor: "test",
            now: "2026-01-01T00:00:00Z",
            parameters: serde_json::json!({}),
            dry_run,
        }
    }

    /// Renames the organisation inside the body, so each ending can be told apart by whether
    /// the rename stayed.
    fn rename(tx: &Transaction<'_>) -> Result<()> {
        crate::ledger::org::set_name(tx, "Renamed")
    }

    fn name(ledger: &Ledger) -> String {
        crate::ledger::org::get(ledger.conn()).unwrap().name
    }

    fn activity_count(ledger: &Ledger) -> usize {
        activities::list(ledger.conn(), &Default::default())
            .unwrap()
            .len()
    }

    #[test]
    fn committed_records_one_activity_and_keeps_the_change() -> Result<()> {
        let mut l = ledger();
        let ran = run(&mut l, request(false), |tx, _, r| {
            rename(tx)?;
            r.count(Outcome::Changed);
            Ok(Flow::Done)
        })?;
        assert!(matches!(&ran, Ran::Committed(r) if r.activity_id.is_some() && r.changed == 1));
        assert_eq!((name(&l), activity_count(&l)), ("Renamed".to_string(), 1));
        Ok(())
    }

    #[test]
    fn dry_run_rolls_back_but_reports_the_same_counts() -> Result<()> {
        let mut l = ledger();
        let before = name(&l);
        let ran = run(&mut l, request(true), |tx, _, r| {
            rename(tx)?;
            r.count(Outcome::Changed);
            Ok(Flow::Done)
        })?;
        assert!(matches!(&ran, Ran::DryRun(r) if r.dry_run && r.changed == 1));
        assert_eq!((name(&l), activity_count(&l)), (before, 0));
        Ok(())
    }

    #[test]
    fn a_failure_refuses_and_rolls_back() -> Result<()> {
        let mut l = ledger();
        let before = name(&l);
        let ran = run(&mut l, request(false), |tx, _, r| {
            rename(tx)?;
            r.count(Outcome::Changed);
            r.count(Outcome::Failed);
            Ok(Flow::Done)
        })?;
        match ran {
            Ran::Refused(r) => assert_eq!((r.activity_id, r.changed, r.failed), (None, 0, 1)),
            other => panic!("expected a refusal, got {other:?}"),
        }
        assert_eq!((name(&l), activity_count(&l)), (before, 0));
        Ok(())
    }

    #[test]
    fn nothing_to_do_records_nothing() -> Result<()> {
        let mut l = ledger();
        let ran = run(&mut l, request(false), |_, _, _| Ok(Flow::NothingToDo))?;
        assert!(matches!(&ran, Ran::NothingToDo(r) if r.activity_id.is_none()));
        assert_eq!(activity_count(&l), 0);
        Ok(())
    }

    #[test]
    fn an_error_rolls_back_and_is_returned() {
        let mut l = ledger();
        let before = name(&l);
        let ran = run(&mut l, request(false), |tx, _, _| {
            rename(tx)?;
            anyhow::bail!("disk on fire")
        });
        assert_eq!(
            ran.err().map(|e| e.to_string()),
            Some("disk on fire".into())
        );
        assert_eq!((name(&l), activity_count(&l)), (before, 0));
    }
}
