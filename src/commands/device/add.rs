//! `abmctl device add`: Apple Configurator's manual add (source MANUALLY_ADDED; not for Apple
//! Watch). A device already in the organisation is unchanged; a released one comes back.

use anyhow::Result;
use clap::Args;
use serde_json::json;

use crate::context::Ctx;
use crate::error::add_hint;
use crate::formats::RawDevice;
use crate::import::validate;
use crate::ledger::activities::{ItemWriter, NewItem};
use crate::ledger::devices;
use crate::model::attributes::Attr;
use crate::model::{ProductFamily, PurchaseSourceType, format_timestamp};
use crate::result::{Outcome, Problem};
use crate::rules::arrival::{self, Arrivals, Decision, Incoming, Source, Stamp};

/// Arguments of `device add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The serial number
    pub serial: String,
    /// Product family (any case; Apple Watch cannot be added by hand)
    #[arg(long, value_name = "F")]
    pub family: ProductFamily,
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
    let family: ProductFamily = args.family;
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
        // The source is always MANUALLY_ADDED here: a problem with it is the family's.
        if field == Attr::PurchaseSourceType.apple_name() {
            return "--family";
        }
        (given.iter())
            .find(|(attr, ..)| attr.apple_name() == field)
            .map_or("argument", |(_, flag, _)| *flag)
    };
    let row = match validate(raw, &mut warnings) {
        Ok(row) => row,
        Err(rejected) => {
            let problems = rejected.1;
            let mut result = crate::activity::Action::DeviceAdd.result(args.dry_run);
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
            let refused = super::super::refuse(ctx, result);
            // Every problem is listed; the one about the family also says what to do instead.
            return Err(match arrival::configurator_refusal(family) {
                Some(_) => add_hint(
                    refused,
                    "Apple Watch arrives only in orders from Apple or a reseller: import the order",
                ),
                None => refused,
            });
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
        crate::activity::Action::DeviceAdd,
        params,
        args.dry_run,
        |tx, id, result| {
            result.requested = 1;
            let existing = devices::existing(tx, &row.serial)?;
            let arrivals = Arrivals::load(tx)?;
            let decision = arrivals.decide(Source::Configurator, existing.as_ref(), &row.attrs);
            let incoming = Incoming {
                serial: &row.serial,
                attrs: &row.attrs,
            };
            let stamp = Stamp {
                now: &now,
                activity_id: id,
            };
            arrival::carry_out(tx, incoming, existing.as_ref(), &decision, stamp)?;
            let serial = Some(row.serial.as_str());
            match (&decision, &existing) {
                (Decision::New(arrival), _) => {
                    let assigned = match arrival.service_id {
                        Some(_) => format!("; {}", arrival.label),
                        None => String::new(),
                    };
                    result.count(Outcome::Changed);
                    result.summary.push(format!(
                        "Added {} ({family}) to the organisation{assigned}.",
                        row.serial
                    ));
                }
                (
                    Decision::Readmitted {
                        arrival, message, ..
                    },
                    Some(existing),
                ) => {
                    let item = NewItem {
                        serial_number: serial,
                        before: Some(existing.status.as_str()),
                        after: Some(arrival.label),
                        message: Some(message),
                        ..Default::default()
                    };
                    ItemWriter::new(id).push(tx, Outcome::Changed, &item)?;
                    result.count(Outcome::Changed);
                    result
                        .summary
                        .push(format!("Added {} to the organisation again.", row.serial));
                }
                (Decision::Refused(reason), _) => {
                    result.failed = 1;
                    result.problems.push(Problem {
                        serial_number: Some(row.serial.clone()),
                        line: None,
                        field: Some("--family".to_string()),
                        message: reason.clone(),
                    });
                }
                (_, existing) => {
                    let status = existing.as_ref().map(|e| e.status.as_str());
                    let item = NewItem {
                        serial_number: serial,
                        before: status,
                        after: status,
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
