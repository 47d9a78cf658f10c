//! The Apple Business API's JSON bodies as serde types (§1, §3–§7 of the reference): the
//! sandbox serialises them and the sync client deserialises the same structs.
//!
//! Apple omits attributes rather than sending null (§4.3), so every attribute is an `Option`
//! skipped when absent, and decoding ignores fields it does not know (Apple adds attributes
//! without a new version).

use serde::{Deserialize, Serialize};

/// A JSON:API resource: `{type, id, attributes, relationships, links}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Resource<A, R = Relationships> {
    /// The resource type (`orgDevices`, `mdmServers`, …).
    #[serde(rename = "type")]
    pub kind: String,
    /// Its id (a serial number, 32 hex characters, a UUID).
    pub id: String,
    /// Its attributes: only those asked for by `fields[…]`, only those it has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<A>,
    /// Its relationships.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationships: Option<R>,
    /// `links.self`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<Links>,
}

/// A page of a list: `{data:[…], links, meta:{paging}}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListDocument<T> {
    /// The items of this page.
    pub data: Vec<T>,
    /// `self`, and `next` unless this is the last page.
    pub links: Links,
    /// `paging`.
    #[serde(default)]
    pub meta: Meta,
}

/// One resource: `{data, links:{self}}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document<T> {
    /// The resource.
    pub data: T,
    /// `self`.
    pub links: Links,
}

/// Document, resource and relationship links. Absent ones are omitted.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Links {
    /// `self`.
    #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
    /// `related`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related: Option<String>,
    /// `next`: the next page; absent on the last one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// `first`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first: Option<String>,
}

impl Links {
    /// Links with only `self`.
    pub fn to_self(url: String) -> Links {
        Links {
            self_: Some(url),
            ..Links::default()
        }
    }
}

/// `meta` of a list.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// `paging`.
    #[serde(default)]
    pub paging: Paging,
}

/// `PagingInformation.Paging` (§3): the absence of `nextCursor` ends the list.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Paging {
    /// The page size asked for (or the default).
    pub limit: u32,
    /// The cursor of the next page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// The number of items in the whole list (optional; Apple is not seen sending it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<u64>,
}

/// A resource linkage `{type, id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Linkage {
    /// The resource type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Its id.
    pub id: String,
}

/// A relationship: its links (and, in requests, its linkage data).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Relationship {
    /// `self`/`related`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<Links>,
}

/// The relationships of the resources this API serves; absent ones are omitted.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Relationships {
    /// `orgDevices`: `assignedServer`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_server: Option<Relationship>,
    /// `orgDevices`: `appleCareCoverage`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apple_care_coverage: Option<Relationship>,
    /// `mdmServers`: `devices`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub devices: Option<Relationship>,
}

/// `OrgDevice.Attributes` (§4.3). Lists are arrays; `purchaseSourceUid`, the name in Apple's
/// own examples, is read as `purchaseSourceId`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)]
pub struct OrgDeviceAttributes {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added_to_org_date_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub released_from_org_date_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_date_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_family: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_capacity: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_date_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imei: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meid: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eid: Option<String>,
    #[serde(
        default,
        alias = "purchaseSourceUid",
        skip_serializing_if = "Option::is_none"
    )]
    pub purchase_source_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_source_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wifi_mac_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bluetooth_mac_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ethernet_mac_address: Option<Vec<String>>,
}

/// `MdmServer.Attributes` (§5.2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)]
pub struct MdmServerAttributes {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_mdm_disown_flag: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_product_families: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_connected_date_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_connected_ip: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_date_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_date_time: Option<String>,
}

/// An `orgDevices` resource.
pub type OrgDevice = Resource<OrgDeviceAttributes>;
/// An `mdmServers` resource.
pub type MdmServer = Resource<MdmServerAttributes>;

/// `PATCH /v1/mdmServers/{id}`'s body (§5.4, Business 2.1+): only the attributes sent change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MdmServerUpdateRequest {
    /// The service and its new attributes.
    pub data: MdmServerUpdateData,
}

/// `MdmServerUpdateRequest.Data`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MdmServerUpdateData {
    /// `mdmServers`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The service's id.
    pub id: String,
    /// The attributes to change (`serverName`, `defaultProductFamilies`).
    pub attributes: MdmServerAttributes,
}
/// `GET /v1/orgDevices`.
pub type OrgDevicesResponse = ListDocument<OrgDevice>;
/// `GET /v1/mdmServers`.
pub type MdmServersResponse = ListDocument<MdmServer>;
/// `GET /v1/mdmServers/{id}/relationships/devices`.
pub type LinkagesResponse = ListDocument<Linkage>;

/// `ErrorResponse` (§7): one or more errors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorResponse {
    /// The errors.
    pub errors: Vec<ApiError>,
}

/// `ErrorResponse.Errors` (§7).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiError {
    /// The instance id to quote to Apple.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The HTTP status, as a string.
    pub status: String,
    /// Machine-readable, `.`-separated levels.
    pub code: String,
    /// A summary.
    #[serde(default)]
    pub title: String,
    /// What was wrong.
    #[serde(default)]
    pub detail: String,
    /// The query parameter or body member at fault.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<ErrorSource>,
}

/// Where an error lies: a JSON pointer into the body, or a query parameter (§7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ErrorSource {
    /// An RFC 6901 pointer into the request body.
    Pointer(String),
    /// A query parameter.
    Parameter(String),
}

/// The token endpoint's success body (§2.2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TokenResponse {
    /// The opaque bearer token.
    pub access_token: String,
    /// `Bearer`.
    pub token_type: String,
    /// Seconds until it expires (3600).
    pub expires_in: i64,
    /// The scope granted.
    pub scope: String,
}

/// An OAuth error body (§2.2): `{"error":"invalid_client"}` and the optional fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OAuthError {
    /// `invalid_request`, `invalid_client`, `invalid_grant`, `unsupported_grant_type`,
    /// `invalid_scope`.
    pub error: String,
    /// Why, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_description: Option<String>,
}

/// `POST /v1/orgDeviceActivities`'s body (§6.1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrgDeviceActivityCreateRequest {
    /// The activity to create.
    pub data: OrgDeviceActivityCreateData,
}

/// `OrgDeviceActivityCreateRequest.Data`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrgDeviceActivityCreateData {
    /// `orgDeviceActivities`.
    #[serde(rename = "type")]
    pub kind: String,
    /// `activityType` (and the migration metadata, unused here).
    pub attributes: OrgDeviceActivityCreateAttributes,
    /// `devices` and `mdmServer`.
    pub relationships: OrgDeviceActivityCreateRelationships,
}

/// The attributes of a new activity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrgDeviceActivityCreateAttributes {
    /// `ASSIGN_DEVICES`, `UNASSIGN_DEVICES`, `RELEASE_DEVICES`, the migration types.
    pub activity_type: String,
}

/// The relationships of a new activity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrgDeviceActivityCreateRelationships {
    /// The devices: `{data:[{type:"orgDevices", id}]}`.
    pub devices: ToMany,
    /// The service: `{data:{type:"mdmServers", id}}` (required to assign).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mdm_server: Option<ToOne>,
}

/// A to-many relationship's linkages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToMany {
    /// The linkages.
    pub data: Vec<Linkage>,
}

/// A to-one relationship's linkage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToOne {
    /// The linkage.
    pub data: Linkage,
}

/// `OrgDeviceActivity.Attributes` (§6.2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)]
pub struct OrgDeviceActivityAttributes {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_date_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_date_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub download_url: Option<String>,
}

/// An `orgDeviceActivities` resource.
pub type OrgDeviceActivity = Resource<OrgDeviceActivityAttributes>;

/// The resource type of a device's AppleCare coverage (§1, §4.4). (Beside its type here rather
/// than in `api::types`, so that this addition touches one file.)
pub const APPLE_CARE_COVERAGE: &str = "appleCareCoverage";

/// The attributes `fields[appleCareCoverage]` may name (§4.4).
pub const APPLE_CARE_COVERAGE_FIELDS: &[&str] = &[
    "status",
    "paymentType",
    "description",
    "agreementNumber",
    "startDateTime",
    "endDateTime",
    "isRenewable",
    "isCanceled",
    "contractCancelDateTime",
];

/// `AppleCareCoverage.Attributes` (§4.4). `agreementNumber`, `endDateTime` and
/// `contractCancelDateTime` are documented as "or null", so they are double options: `None`
/// absent (not asked for by `fields`), `Some(None)` an explicit `null`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)]
pub struct AppleCareCoverageAttributes {
    /// `ACTIVE` or `INACTIVE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// `ABE_SUBSCRIPTION`, `PAID_UP_FRONT`, `SUBSCRIPTION` or `NONE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_type: Option<String>,
    /// "Limited Warranty", "AppleCare+", "AppleCare+ for Business", …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub agreement_number: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date_time: Option<String>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_date_time: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_renewable: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_canceled: Option<bool>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub contract_cancel_date_time: Option<Option<String>>,
}

/// Reads a present member as `Some`, `null` included (`Some(None)`); an absent one stays
/// `None` through `#[serde(default)]`.
fn nullable<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

/// An `appleCareCoverage` resource (Apple's examples have no `links` on it).
pub type AppleCareCoverage = Resource<AppleCareCoverageAttributes>;
/// `GET /v1/orgDevices/{id}/appleCareCoverage`.
pub type AppleCareCoverageResponse = ListDocument<AppleCareCoverage>;

#[cfg(test)]
mod tests {
    use super::*;

    /// Apple's 404 example (§7) reads, and absent fields are omitted when written.
    #[test]
    fn error_body_round_trips() {
        let text = r#"{"errors":[{"id":"d41f0ce2","status":"404","code":"NOT_FOUND","title":"The specified resource doesn't exist","detail":"There is no resource of type 'orgDevices' with id 'X'"}]}"#;
        let body: ErrorResponse = serde_json::from_str(text).unwrap();
        assert_eq!(body.errors[0].code, "NOT_FOUND");
        assert_eq!(serde_json::to_string(&body).unwrap(), text);
        let with_source = ApiError {
            source: Some(ErrorSource::Parameter("limit".into())),
            ..body.errors[0].clone()
        };
        let json = serde_json::to_value(&with_source).unwrap();
        assert_eq!(json["source"]["parameter"], "limit");
    }

    /// A coverage's nullable attributes: `null` reads as `Some(None)` and is written back as
    /// `null`; an absent one stays absent.
    #[test]
    fn coverage_nulls_are_kept_apart_from_absence() {
        let text =
            r#"{"status":"ACTIVE","agreementNumber":null,"endDateTime":"2027-01-01T00:00:00Z"}"#;
        let attrs: AppleCareCoverageAttributes = serde_json::from_str(text).unwrap();
        assert_eq!(attrs.agreement_number, Some(None));
        assert_eq!(
            attrs.end_date_time,
            Some(Some("2027-01-01T00:00:00Z".into()))
        );
        assert_eq!(attrs.contract_cancel_date_time, None);
        assert_eq!(serde_json::to_string(&attrs).unwrap(), text);
    }

    /// A device page from Apple's example: `purchaseSourceUid` is read as the id, unknown
    /// attributes are ignored, absent ones stay absent when written back.
    #[test]
    fn device_page_reads_apple_example() {
        let text = r#"{"data":[{"type":"orgDevices","id":"XABC","attributes":{"serialNumber":"XABC","purchaseSourceUid":"-208","imei":["1"],"brandNew":true},"relationships":{"assignedServer":{"links":{"self":"s","related":"r"}}},"links":{"self":"u"}}],"links":{"self":"p","next":"n"},"meta":{"paging":{"limit":1,"nextCursor":"c"}}}"#;
        let page: OrgDevicesResponse = serde_json::from_str(text).unwrap();
        let device = &page.data[0];
        let attrs = device.attributes.as_ref().unwrap();
        assert_eq!(attrs.purchase_source_id.as_deref(), Some("-208"));
        assert_eq!(page.meta.paging.next_cursor.as_deref(), Some("c"));
        let back = serde_json::to_value(device).unwrap();
        assert_eq!(back["attributes"]["purchaseSourceId"], "-208");
        assert!(back["attributes"].get("color").is_none());
    }
}
