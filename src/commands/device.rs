//! `abmctl device add | list | show`: devices in the ledger. `add` is Apple Configurator's
//! manual add (source MANUALLY_ADDED).

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::json;

use crate::context::Ctx;
use crate::error::with_hint;
use crate::formats::RawDevice;
use crate::import::validate;
use crate::ledger::activities::{ItemWriter, NewItem};
use crate::ledger::devices::{self, Filter};
use crate::model::{self, DeviceStatus, EnrollmentStatus, ProductFamily, format_timestamp};
use crate::result::{Outcome, Problem};

/// Add, list and show devices.
#[derive(Debug, Subcommand)]
pub enum DeviceCommand {
    /// Add a device with Apple Configurator (not for Apple Watch)
    ///
    /// The device arrives as MANUALLY_ADDED and UNASSIGNED. Adding a device already in the
    /// organisation changes nothing; adding a released one brings it back.
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
}

/// Arguments of `device add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The serial number
    pub serial: String,
    /// Product family: iPhone, iPad, Mac, AppleTV, Vision, iPod (any case)
    #[arg(long, value_name = "F")]
    pub family: String,
    /// Marketing model name (deviceModel)
    #[arg(long, value_name = "M")]
    pub model: Option<String>,
    /// Model identifier such as iPhone14,3 (productType)
    #[arg(long, value_name = "T")]
    pub product_type: Option<String>,
    /// Storage capacity, e.g. 256GB
    #[arg(long)]
    pub capacity: Option<String>,
    /// Colour, e.g. SILVER (`--color` is the global colour-output option)
    #[arg(long, value_name = "COLOR")]
    pub device_color: Option<String>,
    /// Part number
    #[arg(long)]
    pub part_number: Option<String>,
    /// IMEI (can be repeated)
    #[arg(long)]
    pub imei: Vec<String>,
    /// MEID (can be repeated)
    #[arg(long)]
    pub meid: Vec<String>,
    /// eSIM EID
    #[arg(long)]
    pub eid: Option<String>,
    /// Wi-Fi MAC address
    #[arg(long, value_name = "MAC")]
    pub wifi_mac: Option<String>,
    /// Bluetooth MAC address
    #[arg(long, value_name = "MAC")]
    pub bluetooth_mac: Option<String>,
    /// Ethernet MAC address (can be repeated)
    #[arg(long, value_name = "MAC")]
    pub ethernet_mac: Vec<String>,
    /// Report what would happen without changing the ledger
    #[arg(long)]
    pub dry_run: bool,
}

/// Filters of `device list` (SPEC §2).
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this product family (can be repeated)
    #[arg(long, value_name = "F", value_parser = parse_family)]
    pub family: Vec<ProductFamily>,
    /// Only this status: pending, unassigned, assigned, released (can be repeated)
    #[arg(long, value_name = "S", value_parser = parse_status)]
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

/// Arguments of `device show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The serial number (any case)
    pub serial: String,
}

fn parse_family(s: &str) -> Result<ProductFamily, String> {
    s.parse()
}
fn parse_status(s: &str) -> Result<DeviceStatus, String> {
    s.parse()
}
fn parse_enrolled(s: &str) -> Result<EnrollmentStatus, String> {
    match s.to_ascii_lowercase().as_str() {
        "yes" => Ok(EnrollmentStatus::Enrolled),
        "no" => Ok(EnrollmentStatus::NotEnrolled),
        "stale" => Ok(EnrollmentStatus::Stale),
        _ => Err(format!("`{s}` is not yes, no or stale")),
    }
}

/// Runs `device`.
pub fn run(ctx: &Ctx, command: DeviceCommand) -> Result<()> {
    match command {
        DeviceCommand::Add(a) => add(ctx, a),
        DeviceCommand::List(a) => list(ctx, a),
        DeviceCommand::Show(a) => show(ctx, a),
    }
}

fn normalize_serial(raw: &str) -> String {
    model::parse_serial(raw)
        .map(|s| s.value)
        .unwrap_or_else(|_| raw.trim().to_uppercase())
}

fn show(ctx: &Ctx, args: ShowArgs) -> Result<()> {
    let ledger = ctx.ledger()?;
    let serial = normalize_serial(&args.serial);
    match devices::get(ledger.conn(), &serial)? {
        Some(d) => ctx.out.record(&d),
        None => Err(with_hint(
            format!("no device with serial number `{serial}` is in the ledger"),
            "look for it with `abmctl device list --status pending` (held orders) or import its order",
        )),
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

fn list(ctx: &Ctx, args: ListArgs) -> Result<()> {
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

fn add(ctx: &Ctx, args: AddArgs) -> Result<()> {
    let family: ProductFamily = args
        .family
        .parse()
        .map_err(|e: String| crate::error::usage(format!("--family: {e}")))?;
    if family == ProductFamily::Watch {
        // Apple Configurator cannot add Apple Watch (Apple's manual-add list, reference §3).
        return Err(with_hint(
            "Apple Watch cannot be added with Apple Configurator",
            "Apple Watch arrives only in orders from Apple or a reseller: import the order",
        ));
    }
    let raw = RawDevice {
        line: 0,
        serial_number: Some(args.serial.clone()),
        product_family: Some(family.as_str().to_string()),
        device_model: args.model.clone(),
        product_type: args.product_type.clone(),
        device_capacity: args.capacity.clone(),
        color: args.device_color.clone(),
        part_number: args.part_number.clone(),
        purchase_source_type: Some("MANUALLY_ADDED".to_string()),
        imei: args.imei.clone(),
        meid: args.meid.clone(),
        eid: args.eid.clone(),
        wifi_mac_address: args.wifi_mac.clone(),
        bluetooth_mac_address: args.bluetooth_mac.clone(),
        ethernet_mac_address: args.ethernet_mac.clone(),
        ..Default::default()
    };
    let mut warnings = Vec::new();
    let flag = |field: &str| match field {
        "serialNumber" => "SERIAL",
        "imei" => "--imei",
        "meid" => "--meid",
        "eid" => "--eid",
        "wifiMacAddress" => "--wifi-mac",
        "bluetoothMacAddress" => "--bluetooth-mac",
        "ethernetMacAddress" => "--ethernet-mac",
        _ => "argument",
    };
    let row = match validate(raw, &mut warnings) {
        Ok(row) => row,
        Err(rejected) => {
            let problems = rejected.1;
            let mut result = crate::result::CommandResult::new("device.add", args.dry_run);
            result.requested = 1;
            result.failed = 1;
            for (field, message) in &problems {
                result.problems.push(Problem {
                    serial_number: Some(args.serial.trim().to_uppercase()),
                    line: None,
                    field: Some(flag(field).to_string()),
                    message: message.clone(),
                });
            }
            ctx.out.result(&result)?;
            let n = super::plural(problems.len() as u64, "problem", "problems");
            return Err(
                anyhow::Error::new(crate::error::Reported(crate::error::Exit::Failure)).context(
                    format!("device.add refused: {n} found; nothing was changed"),
                ),
            );
        }
    };
    for (field, w) in warnings {
        ctx.out.warn(format!("{}: {w}", flag(field)));
    }
    let mut ledger = ctx.ledger()?;
    let now = format_timestamp(ctx.now);
    let params = json!({ "serialNumber": row.serial, "productFamily": family.as_str() });
    super::mutate(
        ctx,
        &mut ledger,
        "device.add",
        params,
        args.dry_run,
        |tx, id, result| {
            result.requested = 1;
            let serial = Some(row.serial.as_str());
            // A Configurator add is an arrival: the family's default service applies.
            let defaults = crate::import::load_defaults(tx)?;
            let arrival = crate::import::arrival(&row.attrs, &[], &defaults);
            let assigned = match arrival.service_id {
                Some(_) => format!("; {}", arrival.label),
                None => String::new(),
            };
            match devices::existing(tx, &row.serial)? {
                None => {
                    devices::insert(tx, &row.serial, &row.attrs, arrival, &now, id)?;
                    result.count(Outcome::Changed);
                    result.summary.push(format!(
                        "Added {} ({}) to the organisation{assigned}.",
                        row.serial,
                        family.as_str()
                    ));
                }
                Some(existing) if existing.status == DeviceStatus::Released.as_str() => {
                    devices::update_attrs(tx, existing.id, &row.attrs)?;
                    devices::readmit(tx, existing.id, arrival, &now)?;
                    let item = NewItem {
                        serial_number: serial,
                        before: Some("RELEASED"),
                        after: Some(arrival.label),
                        message: Some("added again with Apple Configurator"),
                        ..Default::default()
                    };
                    ItemWriter::new(id).push(tx, Outcome::Changed, &item)?;
                    result.count(Outcome::Changed);
                    result
                        .summary
                        .push(format!("Added {} to the organisation again.", row.serial));
                }
                Some(existing) => {
                    let item = NewItem {
                        serial_number: serial,
                        before: Some(&existing.status),
                        after: Some(&existing.status),
                        message: Some("already in the organisation"),
                        ..Default::default()
                    };
                    ItemWriter::new(id).push(tx, Outcome::Unchanged, &item)?;
                    result.count(Outcome::Unchanged);
                    result.summary.push(format!(
                        "{} is already in the organisation; nothing to do.",
                        row.serial
                    ));
                }
            }
            Ok(())
        },
    )?;
    Ok(())
}
