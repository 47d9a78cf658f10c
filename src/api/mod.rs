//! The Apple Business API's vocabulary, shared by the sandbox server and the sync client: the
//! wire types (`wire`), the paths and constants below, and the ES256 client assertion (`jwt`).
//!
//! No I/O here: no sockets, files or ledger. Facts come from
//! `reference/apple-business-api.md` (cited by section).

pub mod activity_log;
pub mod jwt;
pub mod wire;

/// The `aud` of a client assertion Apple accepts (§2.1; note the `/v2/`, absent from the token
/// endpoint's own URL).
pub const APPLE_AUDIENCE: &str = "https://account.apple.com/auth/oauth2/v2/token";

/// Apple's token endpoint (§2.2).
pub const APPLE_TOKEN_URL: &str = "https://account.apple.com/auth/oauth2/token";

/// The token endpoint's path, on Apple's host and on the sandbox's.
pub const TOKEN_PATH: &str = "/auth/oauth2/token";

/// `client_assertion_type` of the token request (§2.2).
pub const CLIENT_ASSERTION_TYPE: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/// `grant_type` of the token request (§2.2).
pub const GRANT_TYPE: &str = "client_credentials";

/// How long an access token lives, in seconds (§2.2).
pub const TOKEN_LIFETIME_SECS: i64 = 3600;

/// The longest an assertion may live: `exp` less than 180 days after `iat` (§2.1).
pub const MAX_ASSERTION_SECS: i64 = 180 * 86_400;

/// A list's page size when `limit` is not given (§3, inferred from Apple's examples).
pub const DEFAULT_LIMIT: u32 = 100;

/// The largest `limit` every list endpoint accepts (§3).
pub const MAX_LIMIT: u32 = 1000;

/// The API's two scopes (§2.2, §10).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// `business.api`, served at `api-business.apple.com`.
    Business,
    /// `school.api`, served at `api-school.apple.com`.
    School,
}

impl Scope {
    /// The `scope` value of a token request.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Business => "business.api",
            Scope::School => "school.api",
        }
    }

    /// The scope a `scope` value names.
    pub fn parse(text: &str) -> Option<Scope> {
        match text {
            "business.api" => Some(Scope::Business),
            "school.api" => Some(Scope::School),
            _ => None,
        }
    }

    /// The prefix of the client ids Apple issues in this scope (`SCHOOLAPI.` is unconfirmed, §2).
    pub fn client_id_prefix(self) -> &'static str {
        match self {
            Scope::Business => "BUSINESSAPI.",
            Scope::School => "SCHOOLAPI.",
        }
    }
}

/// Resource type names (§1).
pub mod types {
    /// `orgDevices`.
    pub const ORG_DEVICES: &str = "orgDevices";
    /// `mdmServers`.
    pub const MDM_SERVERS: &str = "mdmServers";
    /// `orgDeviceActivities`.
    pub const ORG_DEVICE_ACTIVITIES: &str = "orgDeviceActivities";
}

/// The attributes and relationships `fields[orgDevices]` may name (§4.1).
pub const ORG_DEVICE_FIELDS: &[&str] = &[
    "serialNumber",
    "addedToOrgDateTime",
    "releasedFromOrgDateTime",
    "updatedDateTime",
    "deviceModel",
    "productFamily",
    "productType",
    "deviceCapacity",
    "partNumber",
    "orderNumber",
    "color",
    "status",
    "orderDateTime",
    "imei",
    "meid",
    "eid",
    "purchaseSourceId",
    "purchaseSourceType",
    "wifiMacAddress",
    "bluetoothMacAddress",
    "ethernetMacAddress",
    "assignedServer",
    "appleCareCoverage",
];

/// The attributes and relationships `fields[mdmServers]` may name (§5.2).
pub const MDM_SERVER_FIELDS: &[&str] = &[
    "serverName",
    "enableMdmDisownFlag",
    "defaultProductFamilies",
    "status",
    "serverType",
    "deviceCount",
    "lastConnectedDateTime",
    "lastConnectedIp",
    "createdDateTime",
    "updatedDateTime",
    "devices",
];

/// The attributes `fields[orgDeviceActivities]` may name (§6.2).
pub const ORG_DEVICE_ACTIVITY_FIELDS: &[&str] = &[
    "status",
    "subStatus",
    "createdDateTime",
    "completedDateTime",
    "downloadUrl",
];
