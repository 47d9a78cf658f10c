//! The Apple device attributes, declared once. [`Attr`] is the table the rest of abmctl iterates:
//! the import formats (csv header names and aliases, abm-export columns, api-json keys) follow
//! it. The same declaration builds the record that carries attribute values as read from a
//! file, [`RawDevice`].
//!
//! Adding an attribute Apple introduces is one line in the `attributes!` table below. This file
//! holds no SQL and does no I/O: the format readers build their header mappings from it.

/// How many values an attribute holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One value.
    One,
    /// A list: `;`-separated in a csv cell, an array in JSON, stored `;`-joined in the ledger.
    Many,
}

/// Which record an attribute belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The serial number, which identifies the device.
    Identity,
    /// What a supplier's order says about the device, compared and merged when an order is
    /// imported again.
    Order,
    /// The ledger's own state (dates, service, status): files carry it, the ledger sets it.
    State,
}

/// One row of the attribute table.
#[derive(Debug)]
pub struct AttrDef {
    /// Apple's name for it (`orgDevices`): the JSON key, the csv header, the field problems name.
    pub apple: &'static str,
    /// The snake_case name: the record field, and the `devices` column of identity and order
    /// attributes.
    pub column: &'static str,
    /// One value or a list.
    pub kind: Kind,
    /// The record it belongs to.
    pub part: Part,
    /// Other names a csv header or an api-json document may use for it.
    pub aliases: &'static [&'static str],
    /// Its abm-export columns. A list spreads over them, the last one taking the rest.
    pub abm: &'static [&'static str],
}

/// The field type of a [`RawDevice`] attribute of this kind.
macro_rules! raw_type {
    (One) => { Option<String> };
    (Many) => { Vec<String> };
}

/// A [`RawDevice`] field as a [`Raw`].
macro_rules! raw_ref {
    (One, $field:expr) => {
        Raw::One($field.as_deref())
    };
    (Many, $field:expr) => {
        Raw::Many(&$field)
    };
}

/// A [`RawDevice`] field as a [`RawMut`].
macro_rules! raw_mut {
    (One, $field:expr) => {
        RawMut::One(&mut $field)
    };
    (Many, $field:expr) => {
        RawMut::Many(&mut $field)
    };
}

/// One [`AttrDef`] from a table line.
macro_rules! def {
    ($field:ident, $apple:literal, $kind:ident, $part:ident, [$($alias:literal),*],
     [$($abm:literal),*]) => {
        AttrDef {
            apple: $apple,
            column: stringify!($field),
            kind: Kind::$kind,
            part: Part::$part,
            aliases: &[$($alias),*],
            abm: &[$($abm),*],
        }
    };
}

/// Declares the attributes: [`Attr`], its table and [`RawDevice`]. A line is
/// `Variant(field, "appleName", kind, [aliases], [abm-export columns])`.
macro_rules! attributes {
    (
        identity {
            $($iv:ident($if:ident, $ia:literal, $ik:ident, $($idef:tt)*),)*
        }
        order {
            $($ov:ident($of:ident, $oa:literal, $ok:ident, $($odef:tt)*),)*
        }
        state {
            $($sv:ident($sf:ident, $sa:literal, $sk:ident, $($sdef:tt)*),)*
        }
    ) => {
        /// An Apple device attribute; [`Attr::def`] says everything abmctl knows about it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Attr {
            $(#[doc = concat!("`", $ia, "`")] $iv,)*
            $(#[doc = concat!("`", $oa, "`")] $ov,)*
            $(#[doc = concat!("`", $sa, "`")] $sv,)*
        }

        /// The table, in [`Attr`] order.
        static DEFS: [AttrDef; Attr::COUNT] = [
            $(def!($if, $ia, $ik, Identity, $($idef)*),)*
            $(def!($of, $oa, $ok, Order, $($odef)*),)*
            $(def!($sf, $sa, $sk, State, $($sdef)*),)*
        ];

        impl Attr {
            /// How many attributes there are.
            pub const COUNT: usize = [$($ia,)* $($oa,)* $($sa,)*].len();

            /// Every attribute, in table order.
            pub const ALL: [Attr; Attr::COUNT] = [$(Attr::$iv,)* $(Attr::$ov,)* $(Attr::$sv,)*];

            /// The order attributes, in table order.
            pub const ORDER: [Attr; [$($oa),*].len()] = [$(Attr::$ov),*];

            /// The attribute Apple calls `name` (exact spelling, as in JSON).
            pub fn from_apple(name: &str) -> Option<Attr> {
                match name {
                    $($ia => Some(Attr::$iv),)*
                    $($oa => Some(Attr::$ov),)*
                    $($sa => Some(Attr::$sv),)*
                    _ => None,
                }
            }
        }

        /// One device row as found in a file: trimmed strings, nothing validated. Empty cells
        /// are None / an empty list. Each attribute is a field named as its `devices` column.
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct RawDevice {
            /// 1-based line where the record starts in the file.
            pub line: u64,
            $(#[doc = concat!("`", $ia, "`")] pub $if: raw_type!($ik),)*
            $(#[doc = concat!("`", $oa, "`")] pub $of: raw_type!($ok),)*
            $(#[doc = concat!("`", $sa, "`")] pub $sf: raw_type!($sk),)*
        }

        impl RawDevice {
            /// The value read for `attr`.
                        pub fn cell(&self, attr: Attr) -> Raw<'_> {
                match attr {
                    $(Attr::$iv => raw_ref!($ik, self.$if),)*
                    $(Attr::$ov => raw_ref!($ok, self.$of),)*
                    $(Attr::$sv => raw_ref!($sk, self.$sf),)*
                }
            }

            /// Where the value read for `attr` goes.
                        pub fn cell_mut(&mut self, attr: Attr) -> RawMut<'_> {
                match attr {
                    $(Attr::$iv => raw_mut!($ik, self.$if),)*
                    $(Attr::$ov => raw_mut!($ok, self.$of),)*
                    $(Attr::$sv => raw_mut!($sk, self.$sf),)*
                }
            }
        }
    };
}

// Variant: field, Apple name, kind, aliases, abm-export columns.
attributes! {
    identity {
        SerialNumber(serial_number, "serialNumber", One, [], ["SERIAL_NO"]),
    }
    order {
        ProductFamily(product_family, "productFamily", One, [], ["PRODUCT_FAMILY"]),
        DeviceModel(device_model, "deviceModel", One, [], ["MODEL_NAME"]),
        ProductType(product_type, "productType", One, [], ["PRODUCT_TYPE"]),
        DeviceCapacity(device_capacity, "deviceCapacity", One, [], ["DEVICE_CAPACITY"]),
        Color(color, "color", One, [], ["COLOR"]),
        PartNumber(part_number, "partNumber", One, [], ["PART_NUMBER"]),
        OrderNumber(order_number, "orderNumber", One, [], ["ORDER_NUMBER"]),
        OrderDateTime(order_date_time, "orderDateTime", One, [], ["ORDER_DATE"]),
        // abm-export has both purchase-source attributes in one column, `PURCHASE_SOURCE`.
        PurchaseSourceType(purchase_source_type, "purchaseSourceType", One, [], []),
        // `purchaseSourceUid` appears in Apple's own examples for the same attribute.
        PurchaseSourceId(purchase_source_id, "purchaseSourceId", One, ["purchaseSourceUid"], []),
        Imei(imei, "imei", Many, [], ["IMEI", "IMEI2"]),
        Meid(meid, "meid", Many, [], ["MEID"]),
        Eid(eid, "eid", One, [], ["EID"]),
        WifiMacAddress(wifi_mac_address, "wifiMacAddress", One, [], ["WIFI_MAC_ADDRESS"]),
        BluetoothMacAddress(bluetooth_mac_address, "bluetoothMacAddress", One, [],
            ["BLUETOOTH_MAC_ADDRESS"]),
        EthernetMacAddress(ethernet_mac_address, "ethernetMacAddress", Many, [],
            ["ETHERNET_MAC_ADDRESS_1", "ETHERNET_MAC_ADDRESS_2", "ETHERNET_MAC_ADDRESS_3"]),
    }
    state {
        AddedToOrgDateTime(added_to_org_date_time, "addedToOrgDateTime", One, [],
            ["DATE_ADDED_TO_ORGANIZATION"]),
        ReleasedFromOrgDateTime(released_from_org_date_time, "releasedFromOrgDateTime", One, [],
            ["DATE_REMOVED_FROM_ORGANIZATION"]),
        // A service name: the ledger keeps the service's row id. abm-export writes `Unassigned`
        // for none.
        AssignedServer(assigned_server, "assignedServer", One, [], ["MDM_SERVER"]),
        Status(status, "status", One, [], ["STATUS"]),
    }
}

impl Attr {
    /// Everything abmctl knows about this attribute.
    pub const fn def(self) -> &'static AttrDef {
        &DEFS[self as usize]
    }

    /// Apple's name for it: the JSON key, csv header and problem field.
    pub const fn apple_name(self) -> &'static str {
        self.def().apple
    }

    /// One value or a list.
    pub const fn kind(self) -> Kind {
        self.def().kind
    }

    /// The attribute whose csv header is `name`: Apple's name or an alias, in any ASCII case.
    pub fn from_csv_header(name: &str) -> Option<Attr> {
        let is = |n: &&str| n.eq_ignore_ascii_case(name);
        Attr::ALL
            .into_iter()
            .find(|a| is(&a.apple_name()) || a.def().aliases.iter().any(is))
    }

    /// The attribute one of whose abm-export columns is `name`, in any ASCII case.
    pub fn from_abm_column(name: &str) -> Option<Attr> {
        Attr::ALL
            .into_iter()
            .find(|a| a.def().abm.iter().any(|n| n.eq_ignore_ascii_case(name)))
    }
}

/// An attribute's value in a [`RawDevice`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Raw<'a> {
    /// A single-valued attribute.
    One(Option<&'a str>),
    /// A list attribute.
    Many(&'a [String]),
}

/// Where an attribute's value in a [`RawDevice`] goes.
#[derive(Debug)]
pub enum RawMut<'a> {
    /// A single-valued attribute.
    One(&'a mut Option<String>),
    /// A list attribute.
    Many(&'a mut Vec<String>),
}

impl RawDevice {
    /// Takes the value of a single-valued attribute out of the row (None for a list).
    pub fn take_text(&mut self, attr: Attr) -> Option<String> {
        match self.cell_mut(attr) {
            RawMut::One(value) => value.take(),
            RawMut::Many(_) => None,
        }
    }

    /// Records `value` for `attr` as given: it replaces a single value, and is appended to a
    /// list.
    pub fn push(&mut self, attr: Attr, value: String) {
        match self.cell_mut(attr) {
            RawMut::One(slot) => *slot = Some(value),
            RawMut::Many(list) => list.push(value),
        }
    }
}

#[cfg(test)]
impl RawDevice {
    /// `self` with `values` given for `attr`, stored as they are (no trimming or splitting).
    pub fn with(mut self, attr: Attr, values: &[&str]) -> RawDevice {
        for value in values {
            self.push(attr, (*value).to_string());
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_attr_order_and_names_are_unique() {
        let mut apple = std::collections::HashSet::new();
        let mut columns = std::collections::HashSet::new();
        for (i, attr) in Attr::ALL.into_iter().enumerate() {
            assert_eq!(attr as usize, i);
            assert!(
                apple.insert(attr.apple_name().to_ascii_lowercase()),
                "{attr:?}"
            );
            assert!(columns.insert(attr.def().column), "{attr:?}");
            assert_eq!(Attr::from_apple(attr.apple_name()), Some(attr));
        }
        assert_eq!(Attr::COUNT, 21);
        assert_eq!(Attr::from_apple("wifimacaddress"), None);
    }

    #[test]
    fn column_names_are_apple_names_in_snake_case() {
        for attr in Attr::ALL {
            let snake: String = (attr.apple_name().chars())
                .flat_map(|c| match c.is_ascii_uppercase() {
                    true => vec!['_', c.to_ascii_lowercase()],
                    false => vec![c],
                })
                .collect();
            assert_eq!(attr.def().column, snake);
        }
    }

    #[test]
    fn every_attribute_maps_from_its_csv_names_and_abm_columns() {
        for attr in Attr::ALL {
            let def = attr.def();
            for name in std::iter::once(&def.apple).chain(def.aliases) {
                assert_eq!(Attr::from_csv_header(name), Some(attr), "{name}");
                let upper = name.to_ascii_uppercase();
                assert_eq!(Attr::from_csv_header(&upper), Some(attr), "{upper}");
            }
            for column in def.abm {
                assert_eq!(Attr::from_abm_column(column), Some(attr), "{column}");
                let lower = column.to_ascii_lowercase();
                assert_eq!(Attr::from_abm_column(&lower), Some(attr), "{lower}");
            }
            // Only a list spreads over several abm-export columns.
            assert!(def.abm.len() <= 1 || def.kind == Kind::Many, "{attr:?}");
        }
        // The two attributes of the portal's combined `PURCHASE_SOURCE` column have none.
        let none: Vec<Attr> = (Attr::ALL.into_iter())
            .filter(|a| a.def().abm.is_empty())
            .collect();
        assert_eq!(none, [Attr::PurchaseSourceType, Attr::PurchaseSourceId]);
        assert_eq!(
            Attr::from_csv_header("purchasesourceuid"),
            Some(Attr::PurchaseSourceId)
        );
        assert_eq!(Attr::from_csv_header("serial_no"), None);
        assert_eq!(Attr::from_abm_column("serialNumber"), None);
    }

    #[test]
    fn parts_and_kinds() {
        let part = |p: Part| -> Vec<Attr> {
            (Attr::ALL.into_iter())
                .filter(|a| a.def().part == p)
                .collect()
        };
        assert_eq!(part(Part::Identity), [Attr::SerialNumber]);
        assert_eq!(part(Part::Order), Attr::ORDER);
        assert_eq!(
            part(Part::State),
            [
                Attr::AddedToOrgDateTime,
                Attr::ReleasedFromOrgDateTime,
                Attr::AssignedServer,
                Attr::Status
            ]
        );
        let many: Vec<Attr> = (Attr::ALL.into_iter())
            .filter(|a| a.kind() == Kind::Many)
            .collect();
        assert_eq!(many, [Attr::Imei, Attr::Meid, Attr::EthernetMacAddress]);
    }

    #[test]
    fn raw_device_cells_follow_the_table() {
        let mut raw = RawDevice::default();
        for attr in Attr::ALL {
            raw.push(attr, attr.apple_name().to_string());
        }
        for attr in Attr::ALL {
            let name = attr.apple_name();
            match raw.cell(attr) {
                Raw::One(value) => {
                    assert_eq!((attr.kind(), value), (Kind::One, Some(name)));
                }
                Raw::Many(list) => {
                    assert_eq!((attr.kind(), list), (Kind::Many, &[name.to_string()][..]));
                }
            }
        }
        assert_eq!(raw.wifi_mac_address.as_deref(), Some("wifiMacAddress"));
        assert_eq!(raw.imei, ["imei"]);
        assert_eq!(raw.status.as_deref(), Some("status"));
        assert_eq!(raw.take_text(Attr::Color).as_deref(), Some("color"));
        assert_eq!(raw.color, None);
        assert_eq!(raw.take_text(Attr::Imei), None);
        raw.push(Attr::Imei, "2".into());
        assert_eq!(raw.imei, ["imei", "2"]);
    }
}
