//! The device filters shared by `device list` and `export` (SPEC §2), resolved into the
//! ledger's `DeviceFilter`. Shared flags live here so that no command imports another.

use anyhow::Result;
use clap::builder::{EnumValueParser, TypedValueParser as _};
use clap::{Args, ValueEnum};
use rusqlite::Connection;

use crate::error::with_hint;
use crate::ledger::devices::DeviceFilter;
use crate::model::{self, DeviceStatus, EnrollmentStatus, ProductFamily, format_timestamp};
use crate::rules;

/// The device filters of `device list` and `export` (SPEC §2).
#[derive(Debug, Args)]
pub struct DeviceFilterArgs {
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
    #[arg(
        long,
        value_name = "yes|no|stale",
        ignore_case = true,
        value_parser = EnumValueParser::<Enrolled>::new().map(Enrolled::status)
    )]
    pub enrolled: Option<EnrollmentStatus>,
    /// Personal (BYOD, account-driven User Enrollment) devices only (yes), or organisation
    /// devices only (no)
    #[arg(long, value_name = "yes|no", value_parser = parse_yes_no)]
    pub personal: Option<bool>,
    /// Only devices added to the organisation on or after DATE (RFC 3339 or YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub added_since: Option<String>,
    /// At most N devices
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

/// The values of `--enrolled` (a closed set, so the completions offer them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Enrolled {
    /// Enrolled in the service the device is assigned to
    Yes,
    /// Not enrolled
    No,
    /// Enrolled in a service it has since been moved away from (re-enrollment required)
    Stale,
}

impl Enrolled {
    fn status(self) -> EnrollmentStatus {
        match self {
            Enrolled::Yes => EnrollmentStatus::Enrolled,
            Enrolled::No => EnrollmentStatus::NotEnrolled,
            Enrolled::Stale => EnrollmentStatus::Stale,
        }
    }
}

fn parse_yes_no(s: &str) -> Result<bool, String> {
    match s.to_ascii_lowercase().as_str() {
        "yes" => Ok(true),
        "no" => Ok(false),
        _ => Err(format!("`{s}` is not yes or no")),
    }
}

impl DeviceFilterArgs {
    /// The ledger filter these flags describe (shared by `device list` and `export`). A
    /// service, supplier or order that does not exist is refused, naming those that do.
    pub fn to_filter(&self, conn: &Connection) -> Result<DeviceFilter> {
        let args = self;
        for name in &args.service {
            rules::services::find(conn, name)?;
        }
        rules::names::check_suppliers(conn, &args.supplier)?;
        let suppliers: Vec<String> = args
            .supplier
            .iter()
            .flat_map(|s| rules::suppliers::number_keys(s))
            .collect();
        let orders: Vec<String> = args.order.iter().map(|o| o.trim().to_string()).collect();
        if let Some((_, message)) = rules::names::order_problems(conn, &orders, &suppliers)?
            .into_iter()
            .next()
        {
            return Err(with_hint(
                format!("--order {message}"),
                "see the orders with `abmctl report orders`",
            ));
        }
        let added_since = args
            .added_since
            .as_deref()
            .map(|d| {
                model::parse_timestamp(d)
                    .map(format_timestamp)
                    .map_err(|e| crate::error::usage(format!("--added-since: {e}")))
            })
            .transpose()?;
        Ok(DeviceFilter {
            families: args.family.clone(),
            statuses: args.status.clone(),
            services: args.service.clone(),
            orders,
            suppliers,
            serials: args.serial.iter().map(|s| model::serial_key(s)).collect(),
            enrollment: args.enrolled.into_iter().collect(),
            personal: args.personal,
            added_since,
            limit: args.limit,
            oldest_first: false,
        })
    }
}
