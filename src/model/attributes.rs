//! The Apple device attributes, declared once. [`Attr`] is the table the rest of abmctl iterates:
//! the import formats (csv header names and aliases, abm-export columns, api-json keys), the
//! import's validation, the ledger's columns and the printed device all follow it. The same
//! declaration builds the two records that carry attribute values: [`RawDevice`], a row as read
//! from a file, and [`OrderAttrs`], what a supplier's order says about a device, as the ledger
//! stores it.
//!
//! Adding an attribute Apple introduces is one line in the `attributes!` table below (and a
//! migration adding its column). This file holds no SQL and does no I/O: the ledger builds its
//! statements from the table, the format readers their header mappings.

use rusqlite::types::ToSql;

use super::{ProductFamily, PurchaseSourceType, format_timestamp, parse_order_date};
use super::{parse_eid, parse_imei, parse_mac, parse_meid};

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
    /// What a supplier's order says about the device: a field of [`OrderAttrs`], compared and
    /// merged when an order is imported again.
    Order,
    /// The ledger's own state (dates, service, status): files carry it, the ledger sets it.
    State,
}

/// How an import checks an attribute's value.
#[derive(Debug, Clone, Copy)]
pub enum Check {
    /// Free text, kept as given.
    Text,
    /// Normalised by this validator; its `Err` is the problem reported for the field.
    Value(fn(&str) -> Result<String, String>),
    /// Checked by `import::validate` itself, together with what it depends on: the serial's
    /// length warning, the closed sets, and a purchase source id that depends on its type.
    Rule,
    /// Not taken from a row by an import: the ledger sets it when the device arrives.
    Ledger,
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
    /// How an import checks it.
    pub check: Check,
    /// Other names a csv header or an api-json document may use for it.
    pub aliases: &'static [&'static str],
    /// Its abm-export columns. A list spreads over them, the last one taking the rest.
    pub abm: &'static [&'static str],
}

/// The type of an [`OrderAttrs`] field holding text: None when no order said it.
pub type Text = Option<String>;

/// An order date normalised to RFC 3339 UTC, refusing dates before Apple's cut-off.
fn order_date(s: &str) -> Result<String, String> {
    parse_order_date(s).map(format_timestamp)
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
    ($field:ident, $apple:literal, $kind:ident, $part:ident, $check:ident $(($f:path))?,
     [$($alias:literal),*], [$($abm:literal),*]) => {
        AttrDef {
            apple: $apple,
            column: stringify!($field),
            kind: Kind::$kind,
            part: Part::$part,
            check: Check::$check $(($f))?,
            aliases: &[$($alias),*],
            abm: &[$($abm),*],
        }
    };
}

/// Declares the attributes: [`Attr`], its table, [`RawDevice`] and [`OrderAttrs`]. A line is
/// `Variant(field, "appleName", kind, check, [aliases], [abm-export columns])`; an order
/// attribute's field also names its stored type (`Text`, or the closed set it is).
macro_rules! attributes {
    (
        identity {
            $($iv:ident($if:ident, $ia:literal, $ik:ident, $($idef:tt)*),)*
        }
        order {
            $($ov:ident($of:ident: $ot:ident, $oa:literal, $ok:ident, $($odef:tt)*),)*
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

            /// The order attributes (the fields of [`OrderAttrs`]), in table order.
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
            /// abm-export `DATE_ASSIGNED_TO_MDM_SERVER`: when the device was assigned to its
            /// service (no Apple attribute: the portal's export alone has it).
            pub assigned_date_time: Option<String>,
            /// In api-json, where the device resource is in the document.
            pub path: Option<crate::formats::JsonPath>,
            $(#[doc = concat!("`", $ia, "`")] pub $if: raw_type!($ik),)*
            $(#[doc = concat!("`", $oa, "`")] pub $of: raw_type!($ok),)*
            $(#[doc = concat!("`", $sa, "`")] pub $sf: raw_type!($sk),)*
        }

        impl RawDevice {
            /// The value read for `attr`.
            #[inline]
            pub fn cell(&self, attr: Attr) -> Raw<'_> {
                match attr {
                    $(Attr::$iv => raw_ref!($ik, self.$if),)*
                    $(Attr::$ov => raw_ref!($ok, self.$of),)*
                    $(Attr::$sv => raw_ref!($sk, self.$sf),)*
                }
            }

            /// Where the value read for `attr` goes.
            #[inline]
            pub fn cell_mut(&mut self, attr: Attr) -> RawMut<'_> {
                match attr {
                    $(Attr::$iv => raw_mut!($ik, self.$if),)*
                    $(Attr::$ov => raw_mut!($ok, self.$of),)*
                    $(Attr::$sv => raw_mut!($sk, self.$sf),)*
                }
            }
        }

        /// The attributes a supplier's order carries, in stored form: text as validated (lists
        /// `;`-joined), the closed sets typed. The import compares them to decide between new,
        /// unchanged and updated.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct OrderAttrs {
            $(#[doc = concat!("`", $oa, "`")] pub $of: $ot,)*
        }

        impl OrderAttrs {
            /// A device of this family and purchase source that no order says more about.
            pub fn new(
                product_family: ProductFamily,
                purchase_source_type: PurchaseSourceType,
            ) -> OrderAttrs {
                OrderAttrs {
                    $($of: Stored::empty(product_family, purchase_source_type),)*
                }
            }

            /// The stored text of `attr` (a closed set's spelling; a list `;`-joined). None
            /// when no order said it, or when `attr` is not an order attribute.
            #[inline]
            pub fn text(&self, attr: Attr) -> Option<&str> {
                match attr {
                    $(Attr::$ov => self.$of.text(),)*
                    _ => None,
                }
            }

            /// The field of a text attribute; None for the closed sets and the attributes that
            /// are not order attributes.
            #[inline]
            pub fn text_mut(&mut self, attr: Attr) -> Option<&mut Text> {
                match attr {
                    $(Attr::$ov => self.$of.text_mut(),)*
                    _ => None,
                }
            }

            /// The values in [`Attr::ORDER`] order, to bind to a statement's parameters.
            #[inline]
            pub fn sql_values(&self) -> [&dyn ToSql; Attr::ORDER.len()] {
                [$(&self.$of),*]
            }

            /// Reads the attributes from `Attr::ORDER.len()` columns of `row`, in
            /// [`Attr::ORDER`] order, starting at column `first`.
            pub fn from_row(
                row: &rusqlite::Row<'_>,
                first: usize,
            ) -> rusqlite::Result<OrderAttrs> {
                let mut column = first;
                Ok(OrderAttrs {
                    $($of: {
                        column += 1;
                        row.get(column - 1)?
                    },)*
                })
            }

            /// Takes what `new` says into `self`, for the attributes that are `required` or not,
            /// pushing the Apple name of each one that changed.
            fn absorb(
                &mut self,
                new: &OrderAttrs,
                required: bool,
                changed: &mut Vec<&'static str>,
            ) {
                $(
                    if <$ot as Stored>::REQUIRED == required && self.$of.absorb(&new.$of) {
                        changed.push($oa);
                    }
                )*
            }
        }
    };
}

// Variant: field (stored as), Apple name, kind, import check, aliases, abm-export columns.
attributes! {
    identity {
        SerialNumber(serial_number, "serialNumber", One, Rule, [], ["SERIAL_NO"]),
    }
    order {
        ProductFamily(product_family: ProductFamily, "productFamily", One, Rule, [],
            ["PRODUCT_FAMILY"]),
        DeviceModel(device_model: Text, "deviceModel", One, Text, [], ["MODEL_NAME"]),
        ProductType(product_type: Text, "productType", One, Text, [], ["PRODUCT_TYPE"]),
        DeviceCapacity(device_capacity: Text, "deviceCapacity", One, Text, [], ["DEVICE_CAPACITY"]),
        Color(color: Text, "color", One, Text, [], ["COLOR"]),
        PartNumber(part_number: Text, "partNumber", One, Text, [], ["PART_NUMBER"]),
        OrderNumber(order_number: Text, "orderNumber", One, Text, [], ["ORDER_NUMBER"]),
        OrderDateTime(order_date_time: Text, "orderDateTime", One, Value(order_date), [],
            ["ORDER_DATE"]),
        // abm-export has both purchase-source attributes in one column, `PURCHASE_SOURCE`.
        PurchaseSourceType(purchase_source_type: PurchaseSourceType, "purchaseSourceType", One,
            Rule, [], []),
        // `purchaseSourceUid` appears in Apple's own examples for the same attribute.
        PurchaseSourceId(purchase_source_id: Text, "purchaseSourceId", One, Rule,
            ["purchaseSourceUid"], []),
        Imei(imei: Text, "imei", Many, Value(parse_imei), [], ["IMEI", "IMEI2"]),
        Meid(meid: Text, "meid", Many, Value(parse_meid), [], ["MEID"]),
        Eid(eid: Text, "eid", One, Value(parse_eid), [], ["EID"]),
        WifiMacAddress(wifi_mac_address: Text, "wifiMacAddress", One, Value(parse_mac), [],
            ["WIFI_MAC_ADDRESS"]),
        BluetoothMacAddress(bluetooth_mac_address: Text, "bluetoothMacAddress", One,
            Value(parse_mac), [], ["BLUETOOTH_MAC_ADDRESS"]),
        EthernetMacAddress(ethernet_mac_address: Text, "ethernetMacAddress", Many,
            Value(parse_mac), [],
            ["ETHERNET_MAC_ADDRESS_1", "ETHERNET_MAC_ADDRESS_2", "ETHERNET_MAC_ADDRESS_3"]),
    }
    state {
        AddedToOrgDateTime(added_to_org_date_time, "addedToOrgDateTime", One, Ledger, [],
            ["DATE_ADDED_TO_ORGANIZATION"]),
        ReleasedFromOrgDateTime(released_from_org_date_time, "releasedFromOrgDateTime", One,
            Ledger, [], ["DATE_REMOVED_FROM_ORGANIZATION"]),
        // A service name: the ledger keeps the service's row id. abm-export writes `Unassigned`
        // for none.
        AssignedServer(assigned_server, "assignedServer", One, Ledger, [], ["MDM_SERVER"]),
        Status(status, "status", One, Ledger, [], ["STATUS"]),
    }
}

impl Attr {
    /// Everything abmctl knows about this attribute.
    #[inline]
    pub const fn def(self) -> &'static AttrDef {
        &DEFS[self as usize]
    }

    /// Apple's name for it: the JSON key, csv header and problem field.
    #[inline]
    pub const fn apple_name(self) -> &'static str {
        self.def().apple
    }

    /// One value or a list.
    #[inline]
    pub const fn kind(self) -> Kind {
        self.def().kind
    }

    /// The order attributes an import normalises with a validator ([`Check::Value`]), in
    /// table order.
    pub const CHECKED: [Attr; order_count(false)] = order_where(false);

    /// The order attributes an import keeps as given ([`Check::Text`]), in table order.
    pub const FREE_TEXT: [Attr; order_count(true)] = order_where(true);

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

/// Whether an order attribute is kept as given (true) or normalised by a validator (false);
/// None when an import checks it otherwise.
const fn is_free_text(attr: Attr) -> Option<bool> {
    match attr.def().check {
        Check::Text => Some(true),
        Check::Value(_) => Some(false),
        Check::Rule | Check::Ledger => None,
    }
}

/// How many order attributes are free text (or, with `false`, normalised by a validator).
const fn order_count(text: bool) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < Attr::ORDER.len() {
        if matches!(is_free_text(Attr::ORDER[i]), Some(t) if t == text) {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The order attributes that are free text (or, with `false`, normalised by a validator).
const fn order_where<const N: usize>(text: bool) -> [Attr; N] {
    let mut out = [Attr::SerialNumber; N];
    let (mut n, mut i) = (0, 0);
    while i < Attr::ORDER.len() {
        if matches!(is_free_text(Attr::ORDER[i]), Some(t) if t == text) {
            out[n] = Attr::ORDER[i];
            n += 1;
        }
        i += 1;
    }
    out
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
    #[inline]
    pub fn take_text(&mut self, attr: Attr) -> Option<String> {
        match self.cell_mut(attr) {
            RawMut::One(value) => value.take(),
            RawMut::Many(_) => None,
        }
    }

    /// Records `value` for `attr` as given: it replaces a single value, and is appended to a
    /// list.
    #[inline]
    pub fn push(&mut self, attr: Attr, value: String) {
        match self.cell_mut(attr) {
            RawMut::One(slot) => *slot = Some(value),
            RawMut::Many(list) => list.push(value),
        }
    }
}

/// The values of a list attribute stored `;`-joined, skipping empty pieces.
pub fn pieces(stored: Option<&str>) -> impl Iterator<Item = &str> {
    stored
        .unwrap_or_default()
        .split(';')
        .filter(|piece| !piece.is_empty())
}

/// How a field of [`OrderAttrs`] behaves: free text, or a closed set every order carries.
trait Stored {
    /// Whether every order carries it. Merging compares these first, so that an activity's
    /// `updated …` message names them first.
    const REQUIRED: bool;

    /// The value of a record that knows only its family and purchase source.
    fn empty(family: ProductFamily, source: PurchaseSourceType) -> Self;

    /// The stored text.
    fn text(&self) -> Option<&str>;

    /// The field itself, for text.
    fn text_mut(&mut self) -> Option<&mut Text>;

    /// Takes what a newer order says; true when that changed it. An order that leaves a text
    /// attribute empty keeps what the ledger has.
    fn absorb(&mut self, new: &Self) -> bool;
}

impl Stored for Text {
    const REQUIRED: bool = false;

    fn empty(_: ProductFamily, _: PurchaseSourceType) -> Self {
        None
    }

    fn text(&self) -> Option<&str> {
        self.as_deref()
    }

    fn text_mut(&mut self) -> Option<&mut Text> {
        Some(self)
    }

    fn absorb(&mut self, new: &Self) -> bool {
        let changed = new.is_some() && self != new;
        if changed {
            self.clone_from(new);
        }
        changed
    }
}

impl Stored for ProductFamily {
    const REQUIRED: bool = true;

    fn empty(family: ProductFamily, _: PurchaseSourceType) -> Self {
        family
    }

    fn text(&self) -> Option<&str> {
        Some(self.as_str())
    }

    fn text_mut(&mut self) -> Option<&mut Text> {
        None
    }

    fn absorb(&mut self, new: &Self) -> bool {
        std::mem::replace(self, *new) != *new
    }
}

impl Stored for PurchaseSourceType {
    const REQUIRED: bool = true;

    fn empty(_: ProductFamily, source: PurchaseSourceType) -> Self {
        source
    }

    fn text(&self) -> Option<&str> {
        Some(self.as_str())
    }

    fn text_mut(&mut self) -> Option<&mut Text> {
        None
    }

    fn absorb(&mut self, new: &Self) -> bool {
        std::mem::replace(self, *new) != *new
    }
}

/// Merges an order's attributes into what the ledger holds: text the order leaves empty keeps
/// its value. Returns the merged attributes and the Apple names of those that changed: product
/// family and purchase source type first, then the others in table order.
pub fn merge(old: &OrderAttrs, new: &OrderAttrs) -> (OrderAttrs, Vec<&'static str>) {
    let mut merged = old.clone();
    let mut changed = Vec::new();
    merged.absorb(new, true, &mut changed);
    merged.absorb(new, false, &mut changed);
    (merged, changed)
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
    fn parts_kinds_and_checks() {
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
        // The ledger sets the state, and only the state.
        for attr in Attr::ALL {
            let ledger = matches!(attr.def().check, Check::Ledger);
            assert_eq!(ledger, attr.def().part == Part::State, "{attr:?}");
        }
        let checked = [
            Attr::OrderDateTime,
            Attr::Imei,
            Attr::Meid,
            Attr::Eid,
            Attr::WifiMacAddress,
            Attr::BluetoothMacAddress,
            Attr::EthernetMacAddress,
        ];
        assert_eq!(Attr::CHECKED, checked);
        let free = [
            Attr::DeviceModel,
            Attr::ProductType,
            Attr::DeviceCapacity,
            Attr::Color,
            Attr::PartNumber,
            Attr::OrderNumber,
        ];
        assert_eq!(Attr::FREE_TEXT, free);
        let Check::Value(mac) = Attr::WifiMacAddress.def().check else {
            panic!("wifiMacAddress is checked as a MAC address");
        };
        assert_eq!(mac("aabbcc0deeff"), Ok("AA:BB:CC:0D:EE:FF".to_string()));
        let Check::Value(date) = Attr::OrderDateTime.def().check else {
            panic!("orderDateTime is checked as a date");
        };
        assert_eq!(date("2024-01-02"), Ok("2024-01-02T00:00:00Z".to_string()));
        assert!(date("2011-02-28").is_err());
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

    fn order() -> OrderAttrs {
        OrderAttrs::new(ProductFamily::IPhone, PurchaseSourceType::Apple)
    }

    #[test]
    fn order_attrs_text_follows_the_table() {
        let mut attrs = order();
        for attr in Attr::ORDER {
            if let Some(field) = attrs.text_mut(attr) {
                *field = Some(attr.def().column.to_string());
            }
        }
        for attr in Attr::ORDER {
            let want = match attr {
                Attr::ProductFamily => "iPhone",
                Attr::PurchaseSourceType => "APPLE",
                other => other.def().column,
            };
            assert_eq!(attrs.text(attr), Some(want), "{attr:?}");
        }
        assert_eq!(attrs.wifi_mac_address.as_deref(), Some("wifi_mac_address"));
        assert_eq!(attrs.order_number.as_deref(), Some("order_number"));
        for attr in [Attr::SerialNumber, Attr::Status, Attr::AssignedServer] {
            assert_eq!(attrs.text(attr), None);
            assert!(attrs.text_mut(attr).is_none());
        }
        assert!(attrs.text_mut(Attr::ProductFamily).is_none());
    }

    #[test]
    fn order_attrs_round_trip_through_sqlite() -> rusqlite::Result<()> {
        let conn = rusqlite::Connection::open_in_memory()?;
        let mut attrs = OrderAttrs::new(ProductFamily::AppleTv, PurchaseSourceType::Reseller);
        attrs.color = Some("Black".into());
        attrs.imei = Some("1;2".into());
        let marks = vec!["?"; Attr::ORDER.len()].join(", ");
        let mut stmt = conn.prepare(&format!("SELECT 'x', {marks}"))?;
        let back = stmt.query_row(rusqlite::params_from_iter(attrs.sql_values()), |r| {
            OrderAttrs::from_row(r, 1)
        })?;
        assert_eq!(back, attrs);
        Ok(())
    }

    #[test]
    fn merge_keeps_what_the_order_leaves_empty() {
        let mut old = order();
        old.color = Some("Red".into());
        old.order_number = Some("O-1".into());
        old.eid = Some("E".into());
        let mut new = OrderAttrs::new(ProductFamily::IPad, PurchaseSourceType::Reseller);
        new.color = Some("Blue".into());
        new.order_number = Some("O-1".into());
        new.imei = Some("1".into());
        let (merged, changed) = merge(&old, &new);
        // The closed sets first, then table order.
        assert_eq!(
            changed,
            ["productFamily", "purchaseSourceType", "color", "imei"]
        );
        assert_eq!(merged.product_family, ProductFamily::IPad);
        assert_eq!(merged.purchase_source_type, PurchaseSourceType::Reseller);
        assert_eq!(merged.color.as_deref(), Some("Blue"));
        assert_eq!(merged.eid.as_deref(), Some("E"));
        assert_eq!(merged.imei.as_deref(), Some("1"));
        assert_eq!(merge(&merged, &new), (merged.clone(), vec![]));
        assert_eq!(
            merge(&merged, &order()).1,
            ["productFamily", "purchaseSourceType"]
        );
    }

    #[test]
    fn pieces_skip_empty_ones() {
        let got: Vec<&str> = pieces(Some("a;;b;")).collect();
        assert_eq!(got, ["a", "b"]);
        assert_eq!(pieces(None).count(), 0);
        assert_eq!(pieces(Some("")).count(), 0);
    }
}
