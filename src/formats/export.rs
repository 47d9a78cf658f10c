//! The Apple Business web portal's device export, as `abmctl export` writes it: the column
//! names third-party parsers of real exports use (reference/abm-workflow.md §7; modelled, not
//! Apple-specified). `import --format abm-export` reads the same columns back, so an export
//! imported into the same ledger changes nothing.

use crate::ledger::devices::Device;

/// The export's columns, in order.
pub const COLUMNS: &[&str] = &[
    "SERIAL_NO",
    "PRODUCT_FAMILY",
    "MODEL_NAME",
    "PRODUCT_TYPE",
    "PART_NUMBER",
    "DEVICE_CAPACITY",
    "COLOR",
    "PURCHASE_SOURCE",
    "ORDER_NUMBER",
    "ORDER_DATE",
    "DATE_ADDED_TO_ORGANIZATION",
    "DATE_REMOVED_FROM_ORGANIZATION",
    "MDM_SERVER",
    "DATE_ASSIGNED_TO_MDM_SERVER",
    "STATUS",
    "IMEI",
    "IMEI2",
    "MEID",
    "EID",
    "WIFI_MAC_ADDRESS",
    "BLUETOOTH_MAC_ADDRESS",
    "ETHERNET_MAC_ADDRESS_1",
    "ETHERNET_MAC_ADDRESS_2",
    "ETHERNET_MAC_ADDRESS_3",
];

/// The PURCHASE_SOURCE cell: `Apple (12345)`, `Reseller (1A2B3C)`, `Manually Added`.
fn purchase_source(d: &Device) -> String {
    let id = d.purchase_source_id.as_deref().unwrap_or_default();
    match d.purchase_source_type.as_str() {
        "APPLE" => format!("Apple ({id})"),
        "RESELLER" => format!("Reseller ({id})"),
        _ => "Manually Added".to_string(),
    }
}

/// One device as an export row, in `COLUMNS` order.
pub fn row(d: &Device) -> Vec<String> {
    let o = |v: &Option<String>| v.clone().unwrap_or_default();
    let nth = |v: &[String], i: usize| v.get(i).cloned().unwrap_or_default();
    vec![
        d.serial_number.clone(),
        d.product_family.clone(),
        o(&d.device_model),
        o(&d.product_type),
        o(&d.part_number),
        o(&d.device_capacity),
        o(&d.color),
        purchase_source(d),
        o(&d.order_number),
        o(&d.order_date_time),
        d.added_to_org_date_time.clone(),
        o(&d.released_from_org_date_time),
        o(&d.assigned_server),
        o(&d.assigned_date_time),
        d.status.clone(),
        nth(&d.imei, 0),
        // Dual-SIM devices have two IMEIs; a third (never seen) would not fit ABM's columns.
        d.imei
            .get(1..)
            .map(|rest| rest.join(";"))
            .unwrap_or_default(),
        d.meid.join(";"),
        o(&d.eid),
        o(&d.wifi_mac_address),
        o(&d.bluetooth_mac_address),
        nth(&d.ethernet_mac_address, 0),
        nth(&d.ethernet_mac_address, 1),
        d.ethernet_mac_address
            .get(2..)
            .map(|rest| rest.join(";"))
            .unwrap_or_default(),
    ]
}
