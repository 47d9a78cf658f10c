//! `abmctl report …`: the questions admins ask of their fleet — how many devices in each
//! state, what is still unassigned, how far each order and supplier is assigned, and which
//! server tokens are about to expire (with `--check` for cron), how far enrollment has got.
//! Read-only.

mod sync;
mod tokens;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::context::Ctx;
use crate::ledger::devices::{self, DeviceFilter};
use crate::ledger::reports::{
    self, AssignmentProgress, EnrollmentRow, OrderRow, SummaryRow, SupplierRow,
};
use crate::output::Row;

/// Reports on the fleet.
#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Devices counted by status, product family and service
    #[command(after_help = "Example:\n  abmctl report summary -o csv")]
    Summary,
    /// Unassigned devices, oldest first
    #[command(after_help = "Example:\n  abmctl report unassigned --family iPad -o jsonl")]
    Unassigned(UnassignedArgs),
    /// Assignment progress of each order, newest first
    #[command(
        after_help = "Example:\n  abmctl report orders -o json | jq '.[] | select(.assignedPercent < 100)'"
    )]
    Orders,
    /// Assignment progress of each supplier, linked or not
    #[command(after_help = "Example:\n  abmctl report suppliers")]
    Suppliers,
    /// Services whose server token expires soon (exit 1 with --check when any do)
    Tokens(tokens::TokensArgs),
    /// The enrollment funnel per service and family: not enrolled, enrolled, stale, personal
    ///
    /// Assigned devices are counted under their service; unassigned ones under no service
    /// (an unassigned device that was enrolled shows as stale). Pending and released devices
    /// are left out.
    #[command(
        after_help = "Example:\n  abmctl report enrollment -o json | jq '.[] | select(.notEnrolled > 0)'"
    )]
    Enrollment,
    /// The last sync: when, how it ended, and what is still pending
    #[command(after_help = "Example:\n  abmctl report sync -o json | jq .pendingChanges")]
    Sync,
}

/// Arguments of `report`: the report to print, `summary` when none is named.
#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(subcommand)]
    pub command: Option<ReportCommand>,
}

/// Arguments of `report unassigned`.
#[derive(Debug, Args)]
pub struct UnassignedArgs {
    /// Only this product family (can be repeated)
    #[arg(long, value_name = "F")]
    pub family: Vec<crate::model::ProductFamily>,
    /// At most N devices
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

impl Row for SummaryRow {
    fn headers() -> &'static [&'static str] {
        &["status", "productFamily", "assignedServer", "devices"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.status.clone(),
            self.product_family.clone(),
            self.assigned_server.clone().unwrap_or_default(),
            self.devices.to_string(),
        ]
    }
}

fn progress_cells(p: &AssignmentProgress) -> [String; 6] {
    [
        p.devices.to_string(),
        p.assigned.to_string(),
        p.unassigned.to_string(),
        p.pending.to_string(),
        p.released.to_string(),
        format!("{:.1}", p.assigned_percent),
    ]
}

impl Row for OrderRow {
    fn headers() -> &'static [&'static str] {
        &[
            "orderNumber",
            "orderDateTime",
            "purchaseSourceType",
            "purchaseSourceId",
            "devices",
            "assigned",
            "unassigned",
            "pending",
            "released",
            "assignedPercent",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let mut cells = vec![
            self.order_number.clone(),
            self.order_date_time.clone().unwrap_or_default(),
            self.purchase_source_type.clone(),
            self.purchase_source_id.clone().unwrap_or_default(),
        ];
        cells.extend(progress_cells(&self.progress));
        cells
    }
    /// The order (number, supplier, date) and how far it is assigned; the source type and
    /// the assigned, pending and released counts are in `-o wide`.
    fn table_columns() -> &'static [&'static str] {
        &[
            "orderNumber",
            "purchaseSourceId",
            "orderDateTime",
            "devices",
            "unassigned",
            "assignedPercent",
        ]
    }
}

impl Row for SupplierRow {
    fn headers() -> &'static [&'static str] {
        &[
            "purchaseSourceType",
            "purchaseSourceId",
            "name",
            "linked",
            "devices",
            "assigned",
            "unassigned",
            "pending",
            "released",
            "assignedPercent",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let mut cells = vec![
            self.purchase_source_type.clone(),
            self.purchase_source_id.clone().unwrap_or_default(),
            self.name.clone().unwrap_or_default(),
            self.linked.to_string(),
        ];
        cells.extend(progress_cells(&self.progress));
        cells
    }
    /// The supplier and how far its devices are assigned; the source type and the assigned
    /// and released counts are in `-o wide`.
    fn table_columns() -> &'static [&'static str] {
        &[
            "purchaseSourceId",
            "name",
            "linked",
            "devices",
            "unassigned",
            "pending",
            "assignedPercent",
        ]
    }
}

impl Row for EnrollmentRow {
    fn headers() -> &'static [&'static str] {
        &[
            "assignedServer",
            "productFamily",
            "devices",
            "notEnrolled",
            "enrolled",
            "stale",
            "personal",
            "enrolledPercent",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.assigned_server.clone().unwrap_or_default(),
            self.product_family.clone(),
            self.devices.to_string(),
            self.not_enrolled.to_string(),
            self.enrolled.to_string(),
            self.stale.to_string(),
            self.personal.to_string(),
            format!("{:.1}", self.enrolled_percent),
        ]
    }
}

/// Runs `report`.
pub fn run(ctx: &Ctx, args: ReportArgs) -> Result<()> {
    let command = args.command.unwrap_or(ReportCommand::Summary);
    let ledger = ctx.ledger()?;
    let conn = ledger.conn();
    let printed = match command {
        ReportCommand::Summary => ctx.out.list(reports::summary(conn)?.into_iter().map(Ok))?,
        ReportCommand::Unassigned(args) => {
            let filter = DeviceFilter {
                statuses: vec![crate::model::DeviceStatus::Unassigned],
                families: args.family.clone(),
                limit: args.limit,
                oldest_first: true,
                ..DeviceFilter::default()
            };
            devices::with_rows(conn, &filter, |rows| ctx.out.list(rows))?
        }
        ReportCommand::Orders => ctx.out.list(reports::orders(conn)?.into_iter().map(Ok))?,
        ReportCommand::Suppliers => ctx
            .out
            .list(reports::suppliers(conn)?.into_iter().map(Ok))?,
        ReportCommand::Tokens(args) => return tokens::run(ctx, conn, args),
        ReportCommand::Sync => return sync::run(ctx, conn),
        ReportCommand::Enrollment => ctx
            .out
            .list(reports::enrollment(conn)?.into_iter().map(Ok))?,
    };
    if printed == 0 {
        ctx.out.status("Nothing to report.");
    }
    Ok(())
}
