//! `abmctl device list`: the fleet, filtered (SPEC §2), streamed to stdout. Its filters are
//! shared with `export`.

use anyhow::Result;
use clap::Args;

use super::normalize_serial;
use crate::context::Ctx;
use crate::ledger::devices::{self, Filter};
use crate::model::{self, DeviceStatus, EnrollmentStatus, ProductFamily, format_timestamp};

/// Filters of `device list` (SPEC §2).
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this product family (can be repeated)
    #[arg(long, value_name = "F")]
    pub family: Vec<ProductFamily>,
    /// Only this status: pending, unassigned, assigned, released (can be repeated)
    #[arg(long, value_name = "S")]
    pub status: Vec<DeviceStatus>,
    /// Only devices assigned to this service (can be repeated)
    #[arg(long, value_name = "NAME")]
    pub service: Vec<String>,
    /// Only devices of this order number (can be repeated)
    #[arg(long, value_name = "N")]
    pub order: Vec<String>,
    /// Only devices from this supplier's number (can be repeated)
    #[arg(long, value_name = "ID")]
    pub supplier: Vec<String>,
    /// Only this serial number (can be repeated)
    #[arg(long, value_name = "S")]
    pub serial: Vec<String>,
    /// Enrollment: yes, no or stale
    #[arg(long, value_name = "yes|no|stale", value_parser = parse_enrolled)]
    pub enrolled: Option<EnrollmentStatus>,
    /// Only devices added to the organisation on or after DATE (RFC 3339 or YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub added_since: Option<String>,
    /// At most N devices
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

fn parse_enrolled(s: &str) -> Result<EnrollmentStatus, String> {
    match s.to_ascii_lowercase().as_str() {
        "yes" => Ok(EnrollmentStatus::Enrolled),
        "no" => Ok(EnrollmentStatus::NotEnrolled),
        "stale" => Ok(EnrollmentStatus::Stale),
        _ => Err(format!("`{s}` is not yes, no or stale")),
    }
}

impl ListArgs {
    /// The ledger filter these flags describe (shared by `device list` and `export`).
    pub fn to_filter(&self) -> Result<Filter> {
        let args = self;
        let added_since = args
            .added_since
            .as_deref()
            .map(|d| {
                model::parse_timestamp(d)
                    .map(format_timestamp)
                    .map_err(|e| crate::error::usage(format!("--added-since: {e}")))
            })
            .transpose()?;
        Ok(Filter {
            families: args.family.iter().map(|f| f.as_str().to_string()).collect(),
            statuses: args.status.iter().map(|s| s.as_str().to_string()).collect(),
            services: args.service.clone(),
            orders: args.order.iter().map(|o| o.trim().to_string()).collect(),
            // A Customer Number matches with or without its leading zeros, as on `supplier unlink`.
            suppliers: args
                .supplier
                .iter()
                .flat_map(|s| {
                    let raw = s.trim().to_uppercase();
                    let stripped = model::parse_customer_number(&raw)
                        .ok()
                        .filter(|n| *n != raw);
                    std::iter::once(raw).chain(stripped)
                })
                .collect(),
            serials: args.serial.iter().map(|s| normalize_serial(s)).collect(),
            enrollment: args
                .enrolled
                .iter()
                .map(|e| e.as_str().to_string())
                .collect(),
            added_since,
            limit: args.limit,
            oldest_first: false,
        })
    }
}

/// Runs `device list`.
pub fn run(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let filter = args.to_filter()?;
    let ledger = ctx.ledger()?;
    // Rows stream from the query to stdout: a million-row list never sits in memory (a table
    // is the exception: it has to measure its columns).
    let printed = devices::with_rows(ledger.conn(), &filter, |rows| ctx.out.list(rows))?;
    if printed == 0 {
        ctx.out.status("No devices match.");
    }
    Ok(())
}
