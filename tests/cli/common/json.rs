//! The JSON contract of SPEC §3, written out on the test side: the result document of every
//! mutating command, the device object, activities and their items, suppliers, services and
//! the organisation.
//!
//! Every struct denies unknown fields, and every nullable field uses `required` so that a key
//! that goes missing fails as loudly as one that appears: scripts rely on both.

use serde::{Deserialize, Deserializer};

/// A nullable key that must be present (serde would otherwise treat a missing `Option` field
/// as null).
pub fn required<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d)
}

/// The result document every mutating command prints (SPEC §3).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ResultDoc {
    #[serde(deserialize_with = "required")]
    pub activity_id: Option<i64>,
    pub action: String,
    pub dry_run: bool,
    pub requested: u64,
    pub changed: u64,
    pub unchanged: u64,
    pub queued: u64,
    pub failed: u64,
    pub skipped: u64,
    pub problems: Vec<Problem>,
}

/// One problem of a result: by serial or line, and field.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Problem {
    #[serde(default)]
    pub serial_number: Option<String>,
    #[serde(default)]
    pub line: Option<String>,
    #[serde(default)]
    pub field: Option<String>,
    pub message: String,
}

/// The device object of `device list` / `device show` (SPEC §3, Apple's attribute names).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Device {
    pub serial_number: String,
    pub product_family: String,
    #[serde(deserialize_with = "required")]
    pub device_model: Option<String>,
    #[serde(deserialize_with = "required")]
    pub product_type: Option<String>,
    #[serde(deserialize_with = "required")]
    pub device_capacity: Option<String>,
    #[serde(deserialize_with = "required")]
    pub color: Option<String>,
    #[serde(deserialize_with = "required")]
    pub part_number: Option<String>,
    #[serde(deserialize_with = "required")]
    pub order_number: Option<String>,
    #[serde(deserialize_with = "required")]
    pub order_date_time: Option<String>,
    pub purchase_source_type: String,
    #[serde(deserialize_with = "required")]
    pub purchase_source_id: Option<String>,
    pub imei: Vec<String>,
    pub meid: Vec<String>,
    #[serde(deserialize_with = "required")]
    pub eid: Option<String>,
    #[serde(deserialize_with = "required")]
    pub wifi_mac_address: Option<String>,
    #[serde(deserialize_with = "required")]
    pub bluetooth_mac_address: Option<String>,
    pub ethernet_mac_address: Vec<String>,
    pub status: String,
    #[serde(deserialize_with = "required")]
    pub assigned_server: Option<String>,
    pub added_to_org_date_time: String,
    #[serde(deserialize_with = "required")]
    pub released_from_org_date_time: Option<String>,
    pub enrollment_status: String,
    #[serde(deserialize_with = "required")]
    pub enrollment_method: Option<String>,
    #[serde(deserialize_with = "required")]
    pub enrolled_user: Option<String>,
    pub personal: bool,
    pub pending_sync: bool,
    /// `device show` only: why the remote did not take the device's pending change.
    #[serde(default)]
    pub sync_error: Option<String>,
}

/// The device object's keys, in the order `-o csv` prints its columns.
pub const DEVICE_KEYS: &[&str] = &[
    "serialNumber",
    "productFamily",
    "deviceModel",
    "productType",
    "deviceCapacity",
    "color",
    "partNumber",
    "orderNumber",
    "orderDateTime",
    "purchaseSourceType",
    "purchaseSourceId",
    "imei",
    "meid",
    "eid",
    "wifiMacAddress",
    "bluetoothMacAddress",
    "ethernetMacAddress",
    "status",
    "assignedServer",
    "addedToOrgDateTime",
    "releasedFromOrgDateTime",
    "enrollmentStatus",
    "enrollmentMethod",
    "enrolledUser",
    "personal",
    "pendingSync",
];

/// An activity of `activity list`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Activity {
    pub id: i64,
    pub action: String,
    pub actor: String,
    pub created_date_time: String,
    pub parameters: serde_json::Value,
    pub requested: u64,
    pub changed: u64,
    pub unchanged: u64,
    pub queued: u64,
    pub failed: u64,
    pub skipped: u64,
    #[serde(deserialize_with = "required")]
    pub remote_activity_id: Option<String>,
}

/// `activity show ID -o json`: the activity and its per-device items.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ActivityDetail {
    pub id: i64,
    pub action: String,
    pub actor: String,
    pub created_date_time: String,
    pub parameters: serde_json::Value,
    pub requested: u64,
    pub changed: u64,
    pub unchanged: u64,
    pub queued: u64,
    pub failed: u64,
    pub skipped: u64,
    #[serde(deserialize_with = "required")]
    pub remote_activity_id: Option<String>,
    pub items: Vec<Item>,
}

/// One per-device result of an activity.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Item {
    #[serde(deserialize_with = "required")]
    pub serial_number: Option<String>,
    #[serde(deserialize_with = "required")]
    pub line: Option<String>,
    #[serde(deserialize_with = "required")]
    pub before: Option<String>,
    #[serde(deserialize_with = "required")]
    pub after: Option<String>,
    pub outcome: String,
    #[serde(deserialize_with = "required")]
    pub field: Option<String>,
    #[serde(deserialize_with = "required")]
    pub message: Option<String>,
}

/// A supplier of `supplier list`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Supplier {
    pub id: String,
    pub kind: String,
    pub carrier: bool,
    #[serde(deserialize_with = "required")]
    pub name: Option<String>,
    pub linked_date_time: String,
    pub device_count: i64,
}

/// A device management service of `mdm list` / `mdm show`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Service {
    pub server_name: String,
    pub device_count: i64,
    pub enable_mdm_disown_flag: bool,
    pub token_issued_date_time: String,
    pub token_expires_date_time: String,
    pub token_days_left: i64,
    #[serde(deserialize_with = "required")]
    pub certificate_subject: Option<String>,
    #[serde(deserialize_with = "required")]
    pub certificate_expires_date_time: Option<String>,
    #[serde(deserialize_with = "required")]
    pub enrollment_url: Option<String>,
    pub created_date_time: String,
}

/// The organisation of `org show` and `init`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Org {
    pub name: String,
    pub organization_id: String,
    pub created_date_time: String,
    #[serde(deserialize_with = "required")]
    pub reserved_domain: Option<String>,
    pub ledger_path: String,
}

/// One organisation of `org list`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OrgEntry {
    pub org: String,
    pub name: String,
    pub organization_id: String,
    pub device_count: i64,
    pub token_expires_date_time: Option<String>,
    pub token_days_left: Option<i64>,
    pub last_sync_date_time: Option<String>,
    pub ledger_path: String,
}

/// The result of a successful command that changed `changed` devices of `requested`.
pub fn ok_result(action: &str, activity_id: i64, requested: u64, changed: u64) -> ResultDoc {
    ResultDoc {
        activity_id: Some(activity_id),
        action: action.to_string(),
        dry_run: false,
        requested,
        changed,
        unchanged: 0,
        queued: 0,
        failed: 0,
        skipped: 0,
        problems: Vec::new(),
    }
}

impl Item {
    /// The item on one line, `serial line before→after outcome field: message` with `-` for
    /// null, for compact assertions on a whole item list.
    pub fn brief(&self) -> String {
        let o = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".to_string());
        format!(
            "{} {} {}→{} {} {}: {}",
            o(&self.serial_number),
            o(&self.line),
            o(&self.before),
            o(&self.after),
            self.outcome,
            o(&self.field),
            o(&self.message)
        )
    }
}

/// Every item of `items`, [`Item::brief`].
pub fn briefs(items: &[Item]) -> Vec<String> {
    items.iter().map(Item::brief).collect()
}

/// One family's default service of `mdm default list`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DefaultEntry {
    pub product_family: String,
    pub default_product_family: String,
    pub server_name: String,
}

/// One row of `report summary`: devices of one status, family and service.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SummaryRow {
    pub status: String,
    pub product_family: String,
    #[serde(deserialize_with = "required")]
    pub assigned_server: Option<String>,
    pub devices: i64,
}

/// One order of `report orders`, with its assignment progress.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OrderReport {
    pub order_number: String,
    #[serde(deserialize_with = "required")]
    pub order_date_time: Option<String>,
    pub purchase_source_type: String,
    #[serde(deserialize_with = "required")]
    pub purchase_source_id: Option<String>,
    pub devices: i64,
    pub assigned: i64,
    pub unassigned: i64,
    pub pending: i64,
    pub released: i64,
    pub assigned_percent: f64,
}

/// One purchase source of `report suppliers`, with its assignment progress.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SupplierReport {
    pub purchase_source_type: String,
    #[serde(deserialize_with = "required")]
    pub purchase_source_id: Option<String>,
    #[serde(deserialize_with = "required")]
    pub name: Option<String>,
    pub linked: bool,
    pub devices: i64,
    pub assigned: i64,
    pub unassigned: i64,
    pub pending: i64,
    pub released: i64,
    pub assigned_percent: f64,
}

/// A domain of `domain list`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainDoc {
    pub domain: String,
    pub status: String,
    pub reserved: bool,
    #[serde(deserialize_with = "required")]
    pub txt_record: Option<String>,
    #[serde(deserialize_with = "required")]
    pub verify_by: Option<String>,
    #[serde(deserialize_with = "required")]
    pub verified_date_time: Option<String>,
    pub alternate_discovery: bool,
    pub accounts: i64,
    pub added_date_time: String,
}

/// A Managed Apple Account of `account list`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AccountDoc {
    pub managed_apple_account: String,
    #[serde(deserialize_with = "required")]
    pub name: Option<String>,
    pub domain: String,
    #[serde(deserialize_with = "required")]
    pub server_name: Option<String>,
    pub enrollment: String,
    pub personal_devices: i64,
    pub created_date_time: String,
}

/// One row of `report enrollment`: the funnel of one service and family.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EnrollmentReport {
    #[serde(deserialize_with = "required")]
    pub assigned_server: Option<String>,
    pub product_family: String,
    pub devices: i64,
    pub not_enrolled: i64,
    pub enrolled: i64,
    pub stale: i64,
    pub personal: i64,
    pub enrolled_percent: f64,
}

/// The service discovery document (Apple's keys).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiscoveryDoc {
    #[serde(rename = "Servers")]
    pub servers: Vec<DiscoveryServer>,
}

/// One server of the discovery document.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiscoveryServer {
    #[serde(rename = "Version")]
    pub version: String,
    #[serde(rename = "BaseURL")]
    pub base_url: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The harness's own contract checks: a nullable key that is missing, and a key nobody
    /// expects, both fail to parse.
    #[test]
    fn missing_and_unknown_keys_fail() {
        let full = r#"{"serialNumber":"S","line":null,"before":null,"after":"UNASSIGNED",
            "outcome":"changed","field":null,"message":null}"#;
        let item: Item = serde_json::from_str(full).expect("a complete item parses");
        assert_eq!(item.brief(), "S - -→UNASSIGNED changed -: -");
        let missing = full.replace(r#""line":null,"#, "");
        let err = serde_json::from_str::<Item>(&missing).expect_err("missing `line` must fail");
        assert!(err.to_string().contains("missing field `line`"), "{err}");
        let extra = full.replace(r#""field":null"#, r#""field":null,"extra":1"#);
        let err = serde_json::from_str::<Item>(&extra).expect_err("`extra` must fail");
        assert!(err.to_string().contains("unknown field `extra`"), "{err}");
    }
}
