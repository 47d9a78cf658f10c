//! The `abm-export` format: the device list exported from the Apple Business Manager web portal
//! (`SERIAL_NO`, `MODEL_NAME`, `PURCHASE_SOURCE`, `MDM_SERVER`, ...; names as used by third-party
//! parsers of that export), matched case-insensitively.
//!
//! This file owns the format's columns: [`LAYOUT`], the portal's column order, which
//! `abmctl export` writes and the reader maps back (an attribute's columns are the attribute
//! table's), and the two cell translations the portal needs: splitting `PURCHASE_SOURCE` text
//! into type + id, and reading `Unassigned` in `MDM_SERVER` as no server. It must NOT validate
//! values: text it does not recognise is passed on for the validator to report. Streaming and
//! row handling are in `table.rs`.

use super::clean;
use super::table::{Column, Slot};
use crate::model::attributes::Attr;

/// The column that identifies a row and, when present, marks a header as this format.
pub(super) const SERIAL_COLUMN: &str = Attr::SerialNumber.def().abm[0];

/// A column (or, for a list attribute, the run of columns) of the portal's export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Col {
    /// An attribute, in the columns the attribute table gives it.
    Attr(Attr),
    /// `PURCHASE_SOURCE`: the purchase source type and id in one cell, `Apple (12345)`.
    PurchaseSource,
    /// `DATE_ASSIGNED_TO_MDM_SERVER`: when the device was assigned to its service, which is no
    /// Apple attribute (an import adopting the export reads it back).
    AssignedDate,
}

impl Col {
    /// The column names, in order.
    pub const fn names(self) -> &'static [&'static str] {
        match self {
            Col::Attr(attr) => attr.def().abm,
            Col::PurchaseSource => &["PURCHASE_SOURCE"],
            Col::AssignedDate => &["DATE_ASSIGNED_TO_MDM_SERVER"],
        }
    }
}

/// The portal's export, column by column.
pub const LAYOUT: [Col; 21] = [
    Col::Attr(Attr::SerialNumber),
    Col::Attr(Attr::ProductFamily),
    Col::Attr(Attr::DeviceModel),
    Col::Attr(Attr::ProductType),
    Col::Attr(Attr::PartNumber),
    Col::Attr(Attr::DeviceCapacity),
    Col::Attr(Attr::Color),
    Col::PurchaseSource,
    Col::Attr(Attr::OrderNumber),
    Col::Attr(Attr::OrderDateTime),
    Col::Attr(Attr::AddedToOrgDateTime),
    Col::Attr(Attr::ReleasedFromOrgDateTime),
    Col::Attr(Attr::AssignedServer),
    Col::AssignedDate,
    Col::Attr(Attr::Status),
    Col::Attr(Attr::Imei),
    Col::Attr(Attr::Meid),
    Col::Attr(Attr::Eid),
    Col::Attr(Attr::WifiMacAddress),
    Col::Attr(Attr::BluetoothMacAddress),
    Col::Attr(Attr::EthernetMacAddress),
];

/// How many columns [`LAYOUT`] spans.
const WIDTH: usize = {
    let mut width = 0;
    let mut i = 0;
    while i < LAYOUT.len() {
        width += LAYOUT[i].names().len();
        i += 1;
    }
    width
};

/// The export's column names, in order.
pub const COLUMNS: &[&str] = &{
    let mut names = [""; WIDTH];
    let (mut n, mut i) = (0, 0);
    while i < LAYOUT.len() {
        let col = LAYOUT[i].names();
        let mut k = 0;
        while k < col.len() {
            names[n] = col[k];
            n += 1;
            k += 1;
        }
        i += 1;
    }
    names
};

/// Maps a header name, already trimmed and ASCII-lowercased, to its field.
pub(super) fn column(lower: &str) -> Column {
    let slot = match lower {
        "purchase_source" => Slot::AbmPurchaseSource,
        // Portal-internal id and assignment date: known, deliberately not imported.
        "device_id" => return Column::Ignored,
        "date_assigned_to_mdm_server" => Slot::AbmAssignedDate,
        // The unsuffixed name is accepted too, in case an export has a single Ethernet column.
        "ethernet_mac_address" => Slot::Attr(Attr::EthernetMacAddress),
        _ => match Attr::from_abm_column(lower) {
            Some(Attr::AssignedServer) => Slot::AbmMdmServer,
            Some(attr) => Slot::Attr(attr),
            None => return Column::Unknown,
        },
    };
    Column::Field(slot)
}

/// Splits portal text such as `Apple (0012345)`, `Apple Customer Number (12345)`,
/// `Reseller (1A2B3C)`, `Carrier (…)`, `Manually Added` or `Apple Configurator` into
/// `(purchase_source_type, purchase_source_id)`.
///
/// The id is the text inside the last parentheses, if any. Unrecognised text comes back whole as
/// the type (and no id) so that the validator reports it instead of it vanishing here.
pub(super) fn purchase_source(text: &str) -> (Option<String>, Option<String>) {
    let text = text.trim();
    if text.is_empty() {
        return (None, None);
    }
    let (label, id) = match last_parenthesised(text) {
        Some((open, close)) => (
            text.get(..open).unwrap_or_default(),
            text.get(open + 1..close).and_then(clean),
        ),
        None => (text, None),
    };
    let label = label.trim().to_ascii_lowercase();
    // A stray parenthesis left in the label (e.g. `Apple (12`) means the text is not in the
    // portal's shape; guessing would drop part of it.
    if label.contains(['(', ')']) {
        return (Some(text.to_owned()), None);
    }
    // Order matters: "Apple Configurator" must be tested before the plain "Apple" prefix.
    let kind = if label.starts_with("apple configurator")
        || label == "manually added"
        || label == "manually_added"
    {
        "MANUALLY_ADDED"
    } else if label == "apple" || label.starts_with("apple ") {
        "APPLE"
    } else if label == "reseller"
        || label.starts_with("reseller ")
        || label == "carrier"
        || label.starts_with("carrier ")
    {
        "RESELLER"
    } else {
        return (Some(text.to_owned()), None);
    };
    (Some(kind.to_owned()), id)
}

/// Byte positions of the `(` and `)` of the last parenthesised group, matched by nesting so that
/// `Carrier (AT&T (US))` yields `AT&T (US)` rather than a torn `US)`.
fn last_parenthesised(text: &str) -> Option<(usize, usize)> {
    let close = text.rfind(')')?;
    let mut depth = 0usize;
    for (index, c) in text.get(..close)?.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth == 0 => return Some((index, close)),
            '(' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// `MDM_SERVER` names the assigned service; the portal writes `Unassigned` (or nothing) when
/// there is none, which must not be taken for a server called "Unassigned".
pub(super) fn mdm_server(text: &str) -> Option<String> {
    clean(text).filter(|name| !name.eq_ignore_ascii_case("unassigned"))
}

#[cfg(test)]
mod tests {
    use super::{COLUMNS, Col, Column, LAYOUT, Slot, column, mdm_server, purchase_source};
    use crate::formats::{FileFormat, RawDevice, read_all};
    use crate::model::attributes::Attr;

    fn check(text: &str, kind: Option<&str>, id: Option<&str>) {
        let expected = (kind.map(str::to_owned), id.map(str::to_owned));
        assert_eq!(purchase_source(text), expected, "{text:?}");
    }

    #[test]
    fn purchase_source_variants() {
        check("Apple (0012345)", Some("APPLE"), Some("0012345"));
        check(
            " Apple Customer Number ( 12345 ) ",
            Some("APPLE"),
            Some("12345"),
        );
        check("Reseller (1A2B3C)", Some("RESELLER"), Some("1A2B3C"));
        check("reseller(1A2B3C)", Some("RESELLER"), Some("1A2B3C"));
        check("Carrier (9876)", Some("RESELLER"), Some("9876"));
        check("Carrier (AT&T (US))", Some("RESELLER"), Some("AT&T (US)"));
        check("Manually Added", Some("MANUALLY_ADDED"), None);
        check("Apple Configurator", Some("MANUALLY_ADDED"), None);
        check(
            "Apple Configurator 2 (Mac-01)",
            Some("MANUALLY_ADDED"),
            Some("Mac-01"),
        );
        check("Apple", Some("APPLE"), None);
        check("Apple ()", Some("APPLE"), None);
        check("Apple (12", Some("Apple (12"), None);
        check("", None, None);
        check("   ", None, None);
        // Unrecognised text is passed through whole for the validator to report.
        check("Applesauce (12)", Some("Applesauce (12)"), None);
        check("Distributor (42)", Some("Distributor (42)"), None);
    }

    #[test]
    fn mdm_server_unassigned_is_none() {
        assert_eq!(mdm_server("Unassigned"), None);
        assert_eq!(mdm_server(" UNASSIGNED "), None);
        assert_eq!(mdm_server(""), None);
        assert_eq!(mdm_server(" Jamf Pro "), Some("Jamf Pro".to_owned()));
    }

    #[test]
    fn full_export_row_is_mapped() {
        let input = "Serial_No,device_id,PRODUCT_FAMILY,MODEL_NAME,PRODUCT_TYPE,PART_NUMBER,\
                     DEVICE_CAPACITY,COLOR,PURCHASE_SOURCE,ORDER_NUMBER,ORDER_DATE,\
                     DATE_ADDED_TO_ORGANIZATION,DATE_REMOVED_FROM_ORGANIZATION,MDM_SERVER,\
                     DATE_ASSIGNED_TO_MDM_SERVER,STATUS,IMEI,IMEI2,MEID,EID,WIFI_MAC_ADDRESS,\
                     BLUETOOTH_MAC_ADDRESS,ETHERNET_MAC_ADDRESS_1,ETHERNET_MAC_ADDRESS_2,\
                     ETHERNET_MAC_ADDRESS_3,FAVOURITE_FRUIT\r\n\
                     DMPX1,123456,iPad,iPad Pro,iPad8\\,1,MXYZ2LL/A,256GB,Space Gray,\
                     Apple Customer Number (12345),ORD9,2023-05-06,2023-05-07,,Unassigned,\
                     2023-05-08,Unassigned,35111,35222,A100,89049,aa:01,aa:02,ee:01,,ee:03,Kiwi\r\n";
        // `iPad8\,1` is not CSV escaping: make the product type a quoted cell instead.
        let input = input.replace("iPad8\\,1", "\"iPad8,1\"");
        let (reader, records) = read_all(&input);
        assert_eq!(reader.format(), FileFormat::AbmExport);
        assert_eq!(reader.unknown_columns(), ["FAVOURITE_FRUIT"]);
        let devices: Vec<RawDevice> = records.into_iter().map(|r| r.unwrap()).collect();
        assert_eq!(
            devices,
            vec![
                RawDevice {
                    line: 2,
                    assigned_date_time: Some("2023-05-08".into()),
                    ..RawDevice::default()
                }
                .with(Attr::SerialNumber, &["DMPX1"])
                .with(Attr::ProductFamily, &["iPad"])
                .with(Attr::DeviceModel, &["iPad Pro"])
                .with(Attr::ProductType, &["iPad8,1"])
                .with(Attr::DeviceCapacity, &["256GB"])
                .with(Attr::Color, &["Space Gray"])
                .with(Attr::PartNumber, &["MXYZ2LL/A"])
                .with(Attr::OrderNumber, &["ORD9"])
                .with(Attr::OrderDateTime, &["2023-05-06"])
                .with(Attr::PurchaseSourceType, &["APPLE"])
                .with(Attr::PurchaseSourceId, &["12345"])
                .with(Attr::Imei, &["35111", "35222"])
                .with(Attr::Meid, &["A100"])
                .with(Attr::Eid, &["89049"])
                .with(Attr::WifiMacAddress, &["aa:01"])
                .with(Attr::BluetoothMacAddress, &["aa:02"])
                .with(Attr::EthernetMacAddress, &["ee:01", "ee:03"])
                .with(Attr::AddedToOrgDateTime, &["2023-05-07"])
                .with(Attr::Status, &["Unassigned"])
            ]
        );
    }

    #[test]
    fn export_columns_are_the_portal_layout() {
        assert_eq!(
            COLUMNS,
            [
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
            ]
        );
    }

    #[test]
    fn every_attribute_is_in_the_layout_once_and_reads_back() {
        for attr in Attr::ALL {
            let n = LAYOUT.iter().filter(|c| **c == Col::Attr(attr)).count();
            // The purchase-source attributes share the portal's `PURCHASE_SOURCE` column.
            let want = usize::from(!attr.def().abm.is_empty());
            assert_eq!(n, want, "{attr:?}");
        }
        for col in LAYOUT {
            for name in col.names() {
                let slot = match column(&name.to_ascii_lowercase()) {
                    Column::Field(slot) => Some(slot),
                    Column::Ignored => None,
                    Column::Unknown => panic!("{name} is not read back"),
                };
                let want = match col {
                    Col::Attr(Attr::AssignedServer) => Some(Slot::AbmMdmServer),
                    Col::Attr(attr) => Some(Slot::Attr(attr)),
                    Col::PurchaseSource => Some(Slot::AbmPurchaseSource),
                    Col::AssignedDate => Some(Slot::AbmAssignedDate),
                };
                assert_eq!(slot, want, "{name}");
            }
        }
    }
}
