//! The `csv` format: a comma-separated file whose header row uses Apple's camelCase device
//! attribute names (`serialNumber`, `deviceModel`, `imei`, ...), matched case-insensitively.
//!
//! This file owns only the header-name-to-field mapping, which is the attribute table's (Apple's
//! names and their aliases) plus the other columns `device list -o csv` prints; the streaming,
//! blank-row and field-count handling are in `table.rs`. It must NOT validate values and must
//! NOT look at data rows.

use super::table::{Column, Slot};
use crate::model::attributes::Attr;

/// The column that identifies a row and, when present, marks a header as this format.
pub(super) const SERIAL_COLUMN: &str = Attr::SerialNumber.apple_name();

/// The columns of `device list -o csv` that are not Apple attributes: the ledger's enrollment
/// and sync state. An import knows them and leaves them (enrollment is its own step), so that a
/// list abmctl printed imports again without a warning. The round-trip test
/// `readers::device_list_csv_imports_again_without_warnings` keeps this in step with the printed
/// device.
const DEVICE_LIST_STATE: [&str; 5] = [
    "enrollmentStatus",
    "enrollmentMethod",
    "enrolledUser",
    "personal",
    "pendingSync",
];

/// Maps a header name, already trimmed and ASCII-lowercased, to its field.
pub(super) fn column(lower: &str) -> Column {
    match Attr::from_csv_header(lower) {
        Some(attr) => Column::Field(Slot::Attr(attr)),
        None if DEVICE_LIST_STATE
            .iter()
            .any(|name| name.eq_ignore_ascii_case(lower)) =>
        {
            Column::Ignored
        }
        None => Column::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use crate::formats::{FileFormat, FormatError, RawDevice, read_all};
    use crate::model::attributes::Attr;

    fn devices(records: Vec<Result<RawDevice, FormatError>>) -> Vec<RawDevice> {
        records.into_iter().map(|r| r.unwrap()).collect()
    }

    #[test]
    fn every_attribute_is_mapped_case_insensitively() {
        let header = [
            "SERIALNUMBER",
            "productfamily",
            "DeviceModel",
            "productType",
            "deviceCapacity",
            "COLOR",
            "partNumber",
            "orderNumber",
            "orderDateTime",
            "purchaseSourceType",
            "purchasesourceid",
            "IMEI",
            "meid",
            "eid",
            "wifiMacAddress",
            "bluetoothMacAddress",
            "ethernetMacAddress",
            "addedToOrgDateTime",
            "releasedFromOrgDateTime",
            "Status",
            "assignedServer",
        ];
        assert_eq!(header.len(), Attr::COUNT);
        let row = [
            " C02X ",
            "iPhone",
            "\"iPhone 15, Pro\"",
            "\"iPhone16,1\"",
            "128GB",
            "Black",
            "MTP03LL/A",
            "O-1",
            "2024-01-02T03:04:05Z",
            "APPLE",
            "0012345",
            "350000000000001; 350000000000002 ;",
            "",
            "8904",
            "aa:bb",
            "cc:dd",
            "ee:01;;ee:02",
            "2024-02-01T00:00:00Z",
            "  ",
            "ASSIGNED",
            "MDM One",
        ];
        let input = format!("{}\n{}\n", header.join(","), row.join(","));
        let (reader, records) = read_all(&input);
        assert_eq!(reader.format(), FileFormat::Csv);
        assert!(reader.unknown_columns().is_empty());
        assert_eq!(
            devices(records),
            vec![
                RawDevice {
                    line: 2,
                    ..RawDevice::default()
                }
                .with(Attr::SerialNumber, &["C02X"])
                .with(Attr::ProductFamily, &["iPhone"])
                .with(Attr::DeviceModel, &["iPhone 15, Pro"])
                .with(Attr::ProductType, &["iPhone16,1"])
                .with(Attr::DeviceCapacity, &["128GB"])
                .with(Attr::Color, &["Black"])
                .with(Attr::PartNumber, &["MTP03LL/A"])
                .with(Attr::OrderNumber, &["O-1"])
                .with(Attr::OrderDateTime, &["2024-01-02T03:04:05Z"])
                .with(Attr::PurchaseSourceType, &["APPLE"])
                .with(Attr::PurchaseSourceId, &["0012345"])
                .with(Attr::Imei, &["350000000000001", "350000000000002"])
                .with(Attr::Eid, &["8904"])
                .with(Attr::WifiMacAddress, &["aa:bb"])
                .with(Attr::BluetoothMacAddress, &["cc:dd"])
                .with(Attr::EthernetMacAddress, &["ee:01", "ee:02"])
                .with(Attr::AddedToOrgDateTime, &["2024-02-01T00:00:00Z"])
                .with(Attr::AssignedServer, &["MDM One"])
                .with(Attr::Status, &["ASSIGNED"])
            ]
        );
    }

    #[test]
    fn wrong_field_count_is_reported_and_reading_continues() {
        let input = "serialNumber,color,status\nA,Red\nB,Blue,x,y\nC,Green,ok\n";
        let (_, records) = read_all(input);
        assert_eq!(records.len(), 3);
        assert_eq!(
            records[0],
            Err(FormatError {
                line: 2,
                field: None,
                path: None,
                message: "row has 2 fields but the header has 3".into(),
            })
        );
        assert_eq!(
            records[1].as_ref().unwrap_err().message,
            "row has 4 fields but the header has 3"
        );
        assert_eq!(records[1].as_ref().unwrap_err().line, 3);
        let good = records[2].as_ref().unwrap();
        assert_eq!((good.line, good.serial_number.as_deref()), (4, Some("C")));
    }

    #[test]
    fn empty_lines_are_skipped_and_line_numbers_kept() {
        // Blank lines, whitespace-only lines and rows of bare commas (Excel leftovers) all skip.
        let input = "\r\n\r\nserialNumber,color\r\n\r\nA,Red\r\n   \r\n,\r\n\n\nB,Blue";
        let (_, records) = read_all(input);
        let lines: Vec<_> = devices(records)
            .iter()
            .map(|d| (d.line, d.serial_number.clone().unwrap()))
            .collect();
        assert_eq!(lines, vec![(5, "A".to_owned()), (10, "B".to_owned())]);
    }

    #[test]
    fn quoted_newlines_keep_later_line_numbers_right() {
        let input = "serialNumber,color\n\"A\",\"two\nlines\"\n\n\"B\",\"x\r\ny\r\nz\"\nC,\"unterminated\n\nD,e\n";
        let (_, records) = read_all(input);
        assert_eq!(records.len(), 3);
        let a = records[0].as_ref().unwrap();
        assert_eq!((a.line, a.color.as_deref()), (2, Some("two\nlines")));
        assert_eq!(records[1].as_ref().unwrap().line, 5);
        // The unterminated quote would swallow the rest into one cell: a problem on the line
        // it started, not a device.
        let c = records[2].as_ref().unwrap_err();
        assert_eq!(c.line, 8);
        assert!(c.message.starts_with("unterminated quote"), "{c}");
    }

    #[test]
    fn unknown_duplicate_and_blank_header_columns() {
        let input = "serialNumber,notes,color,Color,,imei,IMEI\nA,n,Red,Blue,,1,2\n";
        let (reader, records) = read_all(input);
        assert_eq!(reader.unknown_columns(), ["notes", "Color"]);
        let device = &devices(records)[0];
        assert_eq!(device.color.as_deref(), Some("Red"));
        assert_eq!(device.imei, ["1", "2"]);
    }

    #[test]
    fn purchase_source_uid_is_an_alias() {
        let (_, records) = read_all("serialNumber,purchaseSourceUid\nA,R-1\n");
        assert_eq!(
            devices(records)[0].purchase_source_id.as_deref(),
            Some("R-1")
        );
    }

    #[test]
    fn invalid_utf8_cell_names_its_column_and_reading_continues() {
        let mut input = b"serialNumber,color\nA,".to_vec();
        input.extend_from_slice(b"R\xE9d\nB,Blue\n");
        let mut reader =
            crate::formats::Reader::new(Box::new(std::io::Cursor::new(input)), None).unwrap();
        let err = reader.next_record().unwrap().unwrap_err();
        assert_eq!((err.line, err.field.as_deref()), (2, Some("color")));
        assert_eq!(reader.next_record().unwrap().unwrap().line, 3);
        assert!(reader.next_record().is_none());
    }

    #[test]
    fn last_row_without_a_newline() {
        let (_, records) = read_all("serialNumber\nA\nB");
        let lines: Vec<u64> = devices(records).iter().map(|d| d.line).collect();
        assert_eq!(lines, [2, 3]);
        let (_, records) = read_all("serialNumber\r\nA\r\n\r\nB\r");
        let lines: Vec<u64> = devices(records).iter().map(|d| d.line).collect();
        assert_eq!(lines, [2, 4]);
    }

    #[test]
    fn header_only_file_has_no_records() {
        let (_, records) = read_all("serialNumber\r\n");
        assert!(records.is_empty());
    }
}
