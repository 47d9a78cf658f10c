//! `abmctl device add`: Apple Configurator's manual add (source MANUALLY_ADDED; not for Apple
//! Watch). A device already in the organisation is unchanged; a released one comes back.

use anyhow::Result;
use clap::Args;
use serde_json::json;

use crate::context::Ctx;
use crate::error::with_hint;
use crate::formats::RawDevice;
use crate::import::validate;
use crate::ledger::activities::{ItemWriter, NewItem};
use crate::ledger::devices;
use crate::model::attributes::Attr;
use crate::model::{DeviceStatus, ProductFamily, PurchaseSourceType, format_timestamp};
use crate::result::{Outcome, Problem};

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

/// Runs `device add`.
pub fn run(ctx: &Ctx, args: AddArgs) -> Result<()> {
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
    // Each attribute the flags give, with its flag: a refused value names the flag.
    let one = |value: &Option<String>| Vec::from_iter(value.clone());
    let given = [
        (Attr::SerialNumber, "SERIAL", vec![args.serial.clone()]),
        (Attr::ProductFamily, "--family", vec![family.to_string()]),
        (Attr::DeviceModel, "--model", one(&args.model)),
        (Attr::ProductType, "--product-type", one(&args.product_type)),
        (Attr::DeviceCapacity, "--capacity", one(&args.capacity)),
        (Attr::Color, "--device-color", one(&args.device_color)),
        (Attr::PartNumber, "--part-number", one(&args.part_number)),
        (Attr::Imei, "--imei", args.imei.clone()),
        (Attr::Meid, "--meid", args.meid.clone()),
        (Attr::Eid, "--eid", one(&args.eid)),
        (Attr::WifiMacAddress, "--wifi-mac", one(&args.wifi_mac)),
        (
            Attr::BluetoothMacAddress,
            "--bluetooth-mac",
            one(&args.bluetooth_mac),
        ),
        (
            Attr::EthernetMacAddress,
            "--ethernet-mac",
            args.ethernet_mac.clone(),
        ),
    ];
    let mut raw = RawDevice::default();
    let source = PurchaseSourceType::ManuallyAdded.as_str().to_string();
    raw.push(Attr::PurchaseSourceType, source);
    for (attr, _, values) in &given {
        for value in values {
            raw.push(*attr, value.clone());
        }
    }
    let mut warnings = Vec::new();
    let flag = |field: &str| {
        (given.iter())
            .find(|(attr, ..)| attr.apple_name() == field)
            .map_or("argument", |(_, flag, _)| *flag)
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
            return Err(super::super::refuse(ctx, result));
        }
    };
    for (field, w) in warnings {
        ctx.out.warn(format!("{}: {w}", flag(field)));
    }
    let mut ledger = ctx.ledger()?;
    let now = format_timestamp(ctx.now);
    let params = json!({ "serialNumber": row.serial, "productFamily": family.as_str() });
    super::super::mutate(
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
                Some(existing) if existing.attrs.product_family != family => {
                    result.failed = 1;
                    result.problems.push(Problem {
                        serial_number: Some(row.serial.clone()),
                        line: None,
                        field: Some("--family".to_string()),
                        message: format!(
                            "is already in the organisation with product family {}, not {}",
                            existing.attrs.product_family,
                            family.as_str()
                        ),
                    });
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
