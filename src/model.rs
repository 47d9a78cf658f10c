//! The ledger's vocabulary: the enums for product family, device status,
//! purchase source, enrollment status and enrollment method, and the
//! validators that turn raw import text (serials, IMEI, MEID, EID, MAC
//! addresses, Apple Customer / Reseller Numbers, order dates) into the one
//! normalised form the ledger stores. Every validator returns `Err(reason)`
//! where `reason` reads well after `file:line: field: ` — lower-case start,
//! no trailing period, the bad value quoted in backticks. They run once per
//! field of every imported row, so they avoid regexes and allocate at most
//! the returned `String`. The device attributes themselves are declared once, in
//! [`attributes`].

pub mod attributes;

use jiff::Timestamp;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// Lower-cases ASCII `s` (trimmed) into `buf`, dropping ` `, `-` and `_`,
/// so that `APPLE_TV`, `apple-tv` and `Apple TV` all compare as `appletv`
/// without allocating. `None` for non-ASCII or over-long input, which no
/// accepted spelling is.
fn fold<'a>(s: &str, buf: &'a mut [u8; 24]) -> Option<&'a str> {
    let mut n = 0;
    for b in s.trim().bytes() {
        if matches!(b, b' ' | b'-' | b'_') {
            continue;
        }
        if !b.is_ascii() {
            return None;
        }
        *buf.get_mut(n)? = b.to_ascii_lowercase();
        n += 1;
    }
    std::str::from_utf8(buf.get(..n)?).ok()
}

/// Defines a closed string enum with `ALL`, `as_str`, `parse` (matching the
/// folded spellings listed per variant), `Display`, `FromStr`, and serde
/// impls that write `as_str` and read anything `parse` accepts.
macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        $name:ident[$n:literal], $what:literal {
            $( $(#[$vmeta:meta])* $var:ident = $s:literal [$($alias:literal),+], )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $var, )+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; $n] = [$($name::$var),+];

            /// The canonical spelling the ledger writes.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( $name::$var => $s, )+
                }
            }

            /// Parses any accepted spelling: case-insensitive, ignoring
            /// surrounding whitespace and any ` `, `-` or `_`.
            pub fn parse(s: &str) -> Option<$name> {
                let mut buf = [0u8; 24];
                match fold(s, &mut buf)? {
                    $( $($alias)|+ => Some($name::$var), )+
                    _ => None,
                }
            }

            /// The canonical spellings joined for error messages.
            fn expected() -> String {
                Self::ALL.map($name::as_str).join(", ")
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                // `pad` so table code can use `{:<12}` on these.
                f.pad(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<$name, String> {
                $name::parse(s).ok_or_else(|| {
                    format!(
                        "unknown {} `{}` (expected one of: {})",
                        $what,
                        echo(s.trim()),
                        $name::expected()
                    )
                })
            }
        }

        impl clap::builder::ValueParserFactory for $name {
            type Parser = ClosedSetParser<$name>;
            fn value_parser() -> ClosedSetParser<$name> {
                ClosedSetParser(std::marker::PhantomData)
            }
        }

        impl ClosedSet for $name {
            fn canonical() -> &'static [&'static str] {
                const NAMES: [&str; $n] = [$($s),+];
                &NAMES
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::Borrowed(
                    rusqlite::types::ValueRef::Text(self.as_str().as_bytes()),
                ))
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(
                value: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<$name> {
                // The canonical spelling first: that is what the ledger writes.
                let text = value.as_str()?;
                $name::ALL
                    .into_iter()
                    .find(|v| v.as_str() == text)
                    .or_else(|| $name::parse(text))
                    .ok_or_else(|| {
                        rusqlite::types::FromSqlError::Other(
                            format!("unknown {} `{text}` in the ledger", $what).into(),
                        )
                    })
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
                ser.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(de: D) -> Result<$name, D::Error> {
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        write!(f, "one of: {}", $name::expected())
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$name, E> {
                        v.parse().map_err(E::custom)
                    }
                }
                de.deserialize_str(V)
            }
        }
    };
}

/// A closed set of values with canonical spellings, for [`ClosedSetParser`].
pub trait ClosedSet: FromStr<Err = String> + Clone + Send + Sync + 'static {
    /// The canonical spellings, in declaration order.
    fn canonical() -> &'static [&'static str];
}

/// The clap parser of a closed set: accepts every spelling `parse` does (any case, Apple's
/// other spellings), and tells clap the canonical values so that `--help` lists them and the
/// shell completions offer them (a plain `ValueEnum` would match its names only).
#[derive(Debug)]
pub struct ClosedSetParser<T>(std::marker::PhantomData<T>);

impl<T> ClosedSetParser<T> {
    /// The parser of `T`.
    pub fn new() -> Self {
        ClosedSetParser(std::marker::PhantomData)
    }
}

impl<T> Default for ClosedSetParser<T> {
    fn default() -> Self {
        ClosedSetParser::new()
    }
}

impl<T> Clone for ClosedSetParser<T> {
    fn clone(&self) -> Self {
        ClosedSetParser(std::marker::PhantomData)
    }
}

impl<T: ClosedSet> clap::builder::TypedValueParser for ClosedSetParser<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        // clap's own FromStr adapter, for its usual "invalid value" message.
        let from_str: fn(&str) -> Result<T, String> = str::parse;
        from_str.parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            T::canonical()
                .iter()
                .map(|s| clap::builder::PossibleValue::new(*s)),
        ))
    }
}

string_enum! {
    /// Apple product family. Canonical spelling follows Apple Business's
    /// device list; `parse` also takes the API enum (`APPLE_TV`), marketing
    /// names (`Apple Vision Pro`, `iPod touch`) and the service-discovery
    /// name (`RealityDevice`). Bare `tv` is deliberately not accepted.
    ProductFamily[7], "product family" {
        /// iPhone.
        IPhone = "iPhone" ["iphone"],
        /// iPad.
        IPad = "iPad" ["ipad"],
        /// Mac.
        Mac = "Mac" ["mac"],
        /// Apple TV.
        AppleTv = "AppleTV" ["appletv"],
        /// Apple Watch.
        Watch = "Watch" ["watch", "applewatch"],
        /// Apple Vision Pro.
        Vision = "Vision" ["vision", "visionpro", "applevisionpro", "realitydevice"],
        /// iPod touch.
        IPod = "iPod" ["ipod", "ipodtouch"],
    }
}

impl ProductFamily {
    /// Apple's `MdmServerProductFamily` spelling (Apple Business API
    /// reference: `IPHONE`, `IPAD`, `MAC`, `APPLE_TV`, `WATCH`, `VISION`,
    /// `IPOD`).
    pub fn api_name(self) -> &'static str {
        match self {
            ProductFamily::IPhone => "IPHONE",
            ProductFamily::IPad => "IPAD",
            ProductFamily::Mac => "MAC",
            ProductFamily::AppleTv => "APPLE_TV",
            ProductFamily::Watch => "WATCH",
            ProductFamily::Vision => "VISION",
            ProductFamily::IPod => "IPOD",
        }
    }

    /// The model-family name used in MDM service discovery, where Apple
    /// Vision Pro reports itself as `RealityDevice`.
    pub fn discovery_name(self) -> &'static str {
        match self {
            ProductFamily::Vision => "RealityDevice",
            other => other.as_str(),
        }
    }
}

string_enum! {
    /// Where a device sits in the ledger. `ASSIGNED`/`UNASSIGNED` are the
    /// values of Apple's `OrgDevice` `status` attribute; `PENDING` and
    /// `RELEASED` are the ledger's own states around them.
    DeviceStatus[4], "device status" {
        /// Recorded but not yet settled in the organisation.
        Pending = "PENDING" ["pending"],
        /// In the organisation, not assigned to a device management service.
        Unassigned = "UNASSIGNED" ["unassigned"],
        /// Assigned to a device management service.
        Assigned = "ASSIGNED" ["assigned"],
        /// Released from the organisation (Apple's `RELEASE_DEVICES`).
        Released = "RELEASED" ["released"],
    }
}

string_enum! {
    /// How a device was added to the organisation (Apple Business API
    /// reference, `AuditEventPurchaseSourceType`).
    PurchaseSourceType[3], "purchase source type" {
        /// Bought directly from Apple under an Apple Customer Number.
        Apple = "APPLE" ["apple"],
        /// Bought from an Apple Authorized Reseller or carrier.
        Reseller = "RESELLER" ["reseller"],
        /// Added by hand with Apple Configurator.
        ManuallyAdded = "MANUALLY_ADDED" ["manuallyadded", "manual"],
    }
}

string_enum! {
    /// Whether the device management service has seen the device enroll.
    EnrollmentStatus[3], "enrollment status" {
        /// Never enrolled.
        NotEnrolled = "NOT_ENROLLED" ["notenrolled"],
        /// Enrolled and checking in.
        Enrolled = "ENROLLED" ["enrolled"],
        /// Enrolled in a service the device is no longer assigned to: re-enrollment required
        /// (the device keeps its old enrollment until it is erased).
        Stale = "STALE" ["stale"],
    }
}

string_enum! {
    /// How the device enrolled in device management.
    EnrollmentMethod[4], "enrollment method" {
        /// Automated Device Enrollment.
        Automated = "automated" ["automated"],
        /// Profile-based user enrollment.
        User = "user" ["user"],
        /// Account-driven device enrollment.
        AccountDevice = "account-device" ["accountdevice"],
        /// Account-driven user enrollment.
        AccountUser = "account-user" ["accountuser"],
    }
}

string_enum! {
    /// What service discovery offers a Managed Apple Account: account-driven User Enrollment
    /// (BYOD, Apple's `mdm-byod`) or account-driven Device Enrollment (`mdm-adde`).
    AccountEnrollment[2], "account enrollment" {
        /// Account-driven User Enrollment: the user's own device (BYOD).
        User = "user" ["user", "byod", "mdmbyod"],
        /// Account-driven Device Enrollment: an organisation device already in use.
        Device = "device" ["device", "adde", "mdmadde"],
    }
}

impl AccountEnrollment {
    /// The `Version` of the service discovery document (Apple's account-driven enrollment
    /// flow): `mdm-byod` for User Enrollment, `mdm-adde` for Device Enrollment.
    pub fn discovery_version(self) -> &'static str {
        match self {
            AccountEnrollment::User => "mdm-byod",
            AccountEnrollment::Device => "mdm-adde",
        }
    }
}

string_enum! {
    /// Where a domain of the organisation stands (Apple's domain verification).
    DomainStatus[3], "domain status" {
        /// Added; its TXT record is not yet found, and the 14 days are not over.
        Pending = "PENDING" ["pending"],
        /// Verified (or the organisation's reserved domain, which needs no verification).
        Verified = "VERIFIED" ["verified"],
        /// Not verified within 14 days: it must be added again.
        Expired = "EXPIRED" ["expired"],
    }
}

/// Validates a domain name: an FQDN of at least two labels, letters, digits and hyphens (no
/// label starting or ending with a hyphen, 1–63 characters each, 253 in all), stored
/// lower-case without a trailing dot. Internationalised names are taken in their ASCII
/// (`xn--`) form only.
pub fn parse_domain(s: &str) -> Result<String, String> {
    let t = s.trim();
    let name = t.strip_suffix('.').unwrap_or(t).to_ascii_lowercase();
    let bad = |why: &str| Err(invalid(t, "domain name", why));
    if name.is_empty() {
        return Err("domain name is empty".to_string());
    }
    if !name.is_ascii() {
        return bad("use its ASCII (xn--) form");
    }
    if name.len() > 253 {
        return bad("longer than 253 characters");
    }
    let labels: Vec<&str> = name.split('.').collect();
    if labels.len() < 2 {
        return bad("expected a fully qualified name such as example.com");
    }
    for label in &labels {
        if label.is_empty() || label.len() > 63 {
            return bad("each part between dots must be 1-63 characters");
        }
        if !label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return bad("only letters, digits, hyphens and dots are allowed");
        }
        if label.starts_with('-') || label.ends_with('-') {
            return bad("a part cannot start or end with a hyphen");
        }
    }
    if labels
        .last()
        .is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit()))
    {
        return bad("an IP address is not a domain");
    }
    Ok(name)
}

/// A validated Managed Apple Account (`user@domain`): stored lower-case (Apple's account
/// names are case-insensitive), with its domain part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManagedAppleAccount {
    /// The whole account, lower-case.
    pub id: String,
    /// Its domain (everything after the last `@`, as the device splits it).
    pub domain: String,
}

/// Validates a Managed Apple Account: `user@domain`, split at the **last** `@` as Apple's
/// devices do; the user part 1–64 characters without spaces or control characters, the
/// domain an FQDN ([`parse_domain`]).
pub fn parse_managed_apple_account(s: &str) -> Result<ManagedAppleAccount, String> {
    let t = s.trim();
    let what = "Managed Apple Account";
    let Some((user, domain)) = t.rsplit_once('@') else {
        return Err(invalid(t, what, "expected user@domain"));
    };
    if user.is_empty() || user.chars().count() > 64 {
        return Err(invalid(
            t,
            what,
            "the part before @ must be 1-64 characters",
        ));
    }
    if user.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(invalid(
            t,
            what,
            "no spaces or control characters are allowed",
        ));
    }
    let domain = parse_domain(domain).map_err(|e| invalid(t, what, e))?;
    Ok(ManagedAppleAccount {
        id: format!("{}@{domain}", user.to_lowercase()),
        domain,
    })
}

/// The parent domain of every organisation's reserved domain (Apple Business).
pub const RESERVED_PARENT: &str = "appleaccount.com";

/// The organisation's reserved domain, made from its name when the ledger is created:
/// `<slug>.appleaccount.com`, the slug being the name's letters and digits, lower-case, with
/// accents dropped (`Better Bag Ltd.` → `betterbagltd`), at most 40 of them. A name with no
/// letter or digit gives `org<organization id>`. (Apple adds a number on a collision with
/// another organisation's; one ledger cannot know of one.)
pub fn reserved_domain(org_name: &str, organization_id: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut slug: String = org_name
        .nfkd()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .take(40)
        .collect();
    if slug.is_empty() {
        slug = format!("org{}", organization_id.to_ascii_lowercase());
    }
    format!("{slug}.{RESERVED_PARENT}")
}

/// The common "`value` is not a valid thing: why" error shape.
fn invalid(value: &str, what: &str, why: impl fmt::Display) -> String {
    format!("`{}` is not a valid {what}: {why}", echo(value))
}

/// The longest part of a bad value echoed back in a message: enough to recognise it, never
/// megabytes of it.
pub const MAX_ECHO: usize = 64;

/// `value` cut to [`MAX_ECHO`] characters (with `…`) for quoting in a message.
pub fn echo(value: &str) -> std::borrow::Cow<'_, str> {
    match value.char_indices().nth(MAX_ECHO) {
        Some((end, _)) => std::borrow::Cow::Owned(format!("{}…", &value[..end])),
        None => std::borrow::Cow::Borrowed(value),
    }
}

/// A validated serial number, with a warning when its length is unusual.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Serial {
    /// Trimmed, upper-cased serial.
    pub value: String,
    /// Set when the length is valid but outside the usual 10–12.
    pub warning: Option<String>,
}

/// Validates a serial number: ASCII letters and digits, 8–14 characters,
/// stored upper-case. Legacy serials are 11 or 12 characters and Apple
/// moved to randomised serials in 2021 (our reference notes give 8–14), so
/// lengths outside 10–12 are kept but flagged.
pub fn parse_serial(s: &str) -> Result<Serial, String> {
    let t = s.trim();
    if t.is_empty() {
        return Err("serial number is empty".to_string());
    }
    if !t.bytes().all(|b| b.is_ascii_alphanumeric()) {
        let why = "only letters and digits are allowed";
        return Err(invalid(t, "serial number", why));
    }
    let len = t.len();
    if !(8..=14).contains(&len) {
        let why = format!("expected 8-14 characters, got {len}");
        return Err(invalid(t, "serial number", why));
    }
    let value = t.to_ascii_uppercase();
    let warning = (!(10..=12).contains(&len)).then(|| {
        format!("`{value}` has an unusual length for a serial number ({len}; usually 10-12)")
    });
    Ok(Serial { value, warning })
}

/// The form a serial number is looked up by: as `parse_serial` stores it, or, when it is
/// not a valid serial at all, trimmed and upper-cased (the lookup then finds nothing).
pub fn serial_key(raw: &str) -> String {
    parse_serial(raw)
        .map(|s| s.value)
        .unwrap_or_else(|_| raw.trim().to_uppercase())
}

/// Luhn check digit for `digits` (ASCII), doubling every second digit from
/// the left as 3GPP TS 23.003 Annex B does for the 14-digit IMEI body.
fn luhn_check_digit(digits: &[u8]) -> u8 {
    let sum: u32 = (digits.iter().enumerate())
        .map(|(i, b)| u32::from(b - b'0') << (i % 2)) // double odd positions
        .map(|d| d / 10 + d % 10) // digit sum: 2*7 = 14 counts as 1 + 4
        .sum();
    // `sum % 10` < 10, so the result fits a u8 digit 0-9.
    ((10 - sum % 10) % 10) as u8
}

/// Validates an IMEI: exactly 15 digits after trimming, the last being the
/// Luhn check digit over the first 14 (3GPP TS 23.003 Annex B). Internal
/// spaces or dashes are refused, not stripped.
pub fn parse_imei(s: &str) -> Result<String, String> {
    let t = s.trim();
    let b = t.as_bytes();
    if b.len() != 15 || !b.iter().all(u8::is_ascii_digit) {
        return Err(invalid(t, "IMEI", "expected 15 digits"));
    }
    let want = luhn_check_digit(&b[..14]);
    if b[14] - b'0' != want {
        return Err(format!(
            "`{t}` fails the IMEI Luhn check (check digit should be {want})"
        ));
    }
    Ok(t.to_string())
}

/// Validates an MEID: 14 hex digits, stored upper-case. A 15th hex
/// character (the optional MEID check digit) is accepted and dropped
/// without being verified, so the ledger always stores the 14-digit form.
pub fn parse_meid(s: &str) -> Result<String, String> {
    let t = s.trim();
    let b = t.as_bytes();
    if !(b.len() == 14 || b.len() == 15) || !b.iter().all(u8::is_ascii_hexdigit) {
        let why = "expected 14 hex digits (optionally plus a check digit)";
        return Err(invalid(t, "MEID", why));
    }
    Ok(t[..14].to_ascii_uppercase())
}

/// The value of the ASCII decimal `digits` mod 97, one digit at a time so
/// a 32-digit EID never needs a bigint (the remainder stays below 97).
fn mod97(digits: &[u8]) -> u32 {
    digits
        .iter()
        .fold(0, |r, d| (r * 10 + u32::from(d - b'0')) % 97)
}

/// Validates an EID: exactly 32 decimal digits whose value mod 97 is 1
/// (ISO/IEC 7064 MOD 97-10, as used for eUICC identifiers). The remainder
/// is accumulated digit by digit, so no bigint is needed. The `89` prefix
/// is not required.
pub fn parse_eid(s: &str) -> Result<String, String> {
    let t = s.trim();
    let b = t.as_bytes();
    if b.len() != 32 || !b.iter().all(u8::is_ascii_digit) {
        return Err(invalid(t, "EID", "expected 32 digits"));
    }
    let rem = mod97(b);
    if rem != 1 {
        return Err(format!(
            "`{t}` fails the EID check (mod 97 is {rem}, expected 1)"
        ));
    }
    Ok(t.to_string())
}

/// Validates a MAC address in `aa:bb:cc:dd:ee:ff`, `aa-bb-cc-dd-ee-ff`,
/// `aabb.ccdd.eeff` or bare 12-hex-digit form (any case) and returns it as
/// `AA:BB:CC:DD:EE:FF`. Mixed separators are refused.
pub fn parse_mac(s: &str) -> Result<String, String> {
    let t = s.trim();
    let b = t.as_bytes();
    let why = "expected six hex pairs like AA:BB:CC:DD:EE:FF";
    let bad = || invalid(t, "MAC address", why);
    // Separator byte and the positions it must occupy, chosen by length;
    // every other position must be a hex digit, which leaves exactly 12.
    let (sep, seps): (u8, &[usize]) = match (b.len(), b.get(2)) {
        (17, Some(&c @ (b':' | b'-'))) => (c, &[2, 5, 8, 11, 14]),
        (14, _) => (b'.', &[4, 9]),
        (12, _) => (0, &[]),
        _ => return Err(bad()),
    };
    let mut hex = [0u8; 12];
    let mut n = 0;
    for (i, &c) in b.iter().enumerate() {
        if seps.contains(&i) {
            if c != sep {
                return Err(bad());
            }
        } else if let (true, Some(slot)) = (c.is_ascii_hexdigit(), hex.get_mut(n)) {
            *slot = c.to_ascii_uppercase();
            n += 1;
        } else {
            return Err(bad());
        }
    }
    let mut out = String::with_capacity(17);
    for (i, pair) in hex.chunks(2).enumerate() {
        if i > 0 {
            out.push(':');
        }
        out.extend(pair.iter().map(|&c| char::from(c)));
    }
    Ok(out)
}

/// Shared shape check for Apple Customer and Reseller Numbers.
fn check_account_number<'a>(s: &'a str, what: &str) -> Result<&'a str, String> {
    let t = s.trim();
    if t.is_empty() {
        return Err(format!("{what} is empty"));
    }
    if !t.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(invalid(t, what, "only letters and digits are allowed"));
    }
    if t.len() > 32 {
        return Err(invalid(
            t,
            what,
            format!("at most 32 characters, got {}", t.len()),
        ));
    }
    Ok(t)
}

/// Validates an Apple Customer Number and returns it upper-cased without
/// leading zeros: Apple's glossary says "When entering your Apple Customer
/// Number, omit any leading zeros", so `0001234` and `1234` are one account.
pub fn parse_customer_number(s: &str) -> Result<String, String> {
    let t = check_account_number(s, "Apple Customer Number")?;
    let stripped = t.trim_start_matches('0');
    if stripped.is_empty() {
        return Err(invalid(t, "Apple Customer Number", "it is all zeros"));
    }
    Ok(stripped.to_ascii_uppercase())
}

/// Validates a Reseller Number: letters and digits, 1–32 characters,
/// upper-cased. Leading zeros are kept because Apple's zero-stripping rule
/// is stated only for Apple Customer Numbers.
pub fn parse_reseller_number(s: &str) -> Result<String, String> {
    check_account_number(s, "Reseller Number").map(str::to_ascii_uppercase)
}

/// Earliest order date eligible for Apple Business ("You need to have
/// ordered the device after March 1, 2011", Apple Business requirements).
pub const ORDER_CUTOFF: &str = "2011-03-01";

/// `ORDER_CUTOFF` at midnight UTC, as seconds since the Unix epoch.
const ORDER_CUTOFF_TS: Timestamp = Timestamp::constant(1_298_937_600, 0);

/// Parses an RFC 3339 timestamp or a bare `YYYY-MM-DD` (midnight UTC), in files and flags alike.
///
/// RFC 3339 exactly (§5.6): `YYYY-MM-DDTHH:MM:SS`, an optional fraction of up to nine digits,
/// then `Z` or an offset `±HH:MM` of at most 23:59 (`-00:00` is UTC). `t` and `z` may be lower
/// case, as the RFC allows. Everything else jiff's parser would take is refused, because each
/// is a sign of a value that was not meant as this timestamp: a space for the `T`, no seconds,
/// the basic ISO 8601 form `20110815T070000Z`, an offset without a colon or beyond ±23:59
/// (`+25:00`), a trailing `[America/New_York]` annotation, no offset at all. The calendar is
/// checked too (`2026-02-30` is refused).
pub fn parse_timestamp(s: &str) -> Result<Timestamp, String> {
    let t = s.trim();
    let why = "expected RFC 3339 (e.g. 2025-04-30T22:05:14Z) or YYYY-MM-DD";
    rfc3339(t.as_bytes()).ok_or_else(|| invalid(t, "timestamp", why))
}

/// The instant `b` names, when it is RFC 3339's `full-date` or `date-time` (see
/// [`parse_timestamp`]). Read field by field and handed to jiff as numbers, which checks the
/// calendar: an order file has a date on every row, and this is several times cheaper than
/// jiff's own (more lenient) parser.
fn rfc3339(b: &[u8]) -> Option<Timestamp> {
    use jiff::civil::{Date, DateTime, Time};
    use jiff::tz::Offset;
    // The number the ASCII digits at `range` spell; None unless they are all digits.
    let num = |range: std::ops::Range<usize>| -> Option<i32> {
        (b.get(range)?.iter()).try_fold(0i32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + i32::from(d - b'0'))
        })
    };
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    if !(at(4, b'-') && at(7, b'-')) {
        return None;
    }
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let date = Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()?;
    if b.len() == 10 {
        return Offset::UTC
            .to_timestamp(date.to_datetime(Time::midnight()))
            .ok();
    }
    if !(matches!(b.get(10), Some(b'T' | b't')) && at(13, b':') && at(16, b':')) {
        return None;
    }
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let mut i = 19;
    let mut nanos = 0i32;
    if at(i, b'.') {
        let digits = (b.get(i + 1..)?.iter())
            .take_while(|d| d.is_ascii_digit())
            .count();
        if !(1..=9).contains(&digits) {
            return None;
        }
        nanos = num(i + 1..i + 1 + digits)? * 10i32.pow(9 - digits as u32);
        i += 1 + digits;
    }
    let offset = match b.get(i..)? {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            let (h, m) = (num(i + 1..i + 3)?, num(i + 4..i + 6)?);
            if h > 23 || m > 59 {
                return None;
            }
            let seconds = h * 3600 + m * 60;
            if *sign == b'-' { -seconds } else { seconds }
        }
        _ => return None,
    };
    // A leap second (:60) is read as :59, as jiff's parser does.
    let time = Time::new(
        i8::try_from(hour).ok()?,
        i8::try_from(minute).ok()?,
        i8::try_from(if second == 60 { 59 } else { second }).ok()?,
        nanos,
    )
    .ok()?;
    let datetime = DateTime::from_parts(date, time);
    Offset::from_seconds(offset)
        .ok()?
        .to_timestamp(datetime)
        .ok()
}

/// Parses an order date as `parse_timestamp` does, refusing orders placed
/// before `ORDER_CUTOFF` (midnight UTC), which Apple Business won't accept.
pub fn parse_order_date(s: &str) -> Result<Timestamp, String> {
    let ts = parse_timestamp(s)?;
    if ts < ORDER_CUTOFF_TS {
        return Err(format!(
            "`{}` is too early: orders before {ORDER_CUTOFF} are not eligible for Apple Business",
            s.trim()
        ));
    }
    Ok(ts)
}

/// Formats `ts` as RFC 3339 in UTC with whole seconds, e.g.
/// `2026-11-27T13:07:00Z`; any sub-second part is truncated, not rounded.
pub fn format_timestamp(ts: Timestamp) -> String {
    // Precision 0 makes jiff drop the fraction entirely (truncating).
    format!("{ts:.0}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::IntoDeserializer;
    use serde::de::value::{Error as DeError, StrDeserializer};

    type R = Result<(), String>;

    /// The error of `r`, failing the test if it succeeded (the crate denies
    /// `unwrap_used`/`expect_used` in tests too).
    fn err<T: fmt::Debug>(r: Result<T, String>) -> String {
        match r {
            Ok(v) => panic!("expected an error, got {v:?}"),
            Err(e) => e,
        }
    }

    fn de<T: for<'de> Deserialize<'de>>(s: &str) -> Result<T, String> {
        let d: StrDeserializer<'_, DeError> = s.into_deserializer();
        T::deserialize(d).map_err(|e| e.to_string())
    }

    #[test]
    fn family_aliases() {
        use ProductFamily::*;
        let cases = [
            (IPhone, "iPhone|IPHONE|iphone| iPhone "),
            (IPad, "iPad|IPAD|  ipad  "),
            (Mac, "Mac|MAC|mac"),
            (AppleTv, "APPLE_TV|AppleTV|apple-tv|Apple TV|appletv"),
            (Watch, "Watch|WATCH|Apple Watch"),
            (
                Vision,
                "Vision|VISION|Vision Pro|Apple Vision Pro|RealityDevice",
            ),
            (IPod, "iPod|IPOD|iPod touch"),
        ];
        for (want, aliases) in cases {
            for s in aliases.split('|') {
                assert_eq!(ProductFamily::parse(s), Some(want), "{s}");
            }
        }
        for bad in "tv||iPhones|Apple|Ｍac|applewatchapplewatchapplewatch".split('|') {
            assert_eq!(ProductFamily::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn family_names() {
        use ProductFamily as F;
        let all = |f: fn(F) -> &'static str| F::ALL.map(f).join(",");
        assert_eq!(all(F::as_str), "iPhone,iPad,Mac,AppleTV,Watch,Vision,iPod");
        let api = "IPHONE,IPAD,MAC,APPLE_TV,WATCH,VISION,IPOD";
        assert_eq!(all(F::api_name), api);
        let disc = "iPhone,iPad,Mac,AppleTV,Watch,RealityDevice,iPod";
        assert_eq!(all(F::discovery_name), disc);
        for f in F::ALL {
            for s in [f.as_str(), f.api_name(), f.discovery_name()] {
                assert_eq!(F::parse(s), Some(f));
            }
        }
        let want = "unknown product family `foo` (expected one of: iPhone, iPad, Mac, \
                    AppleTV, Watch, Vision, iPod)";
        assert_eq!(err("foo".parse::<F>()), want);
        assert_eq!(format!("{:<8}|", F::Mac), "Mac     |");
    }

    #[test]
    fn other_enums() {
        for v in DeviceStatus::ALL {
            assert_eq!(DeviceStatus::parse(v.as_str()), Some(v));
            assert_eq!(DeviceStatus::parse(&v.as_str().to_lowercase()), Some(v));
        }
        assert_eq!(DeviceStatus::Unassigned.to_string(), "UNASSIGNED");
        assert_eq!(DeviceStatus::parse("gone"), None);

        use PurchaseSourceType as P;
        assert_eq!(P::parse("APPLE"), Some(P::Apple));
        assert_eq!(P::parse("reseller"), Some(P::Reseller));
        for s in "MANUALLY_ADDED|Manually Added|manually-added|manual".split('|') {
            assert_eq!(P::parse(s), Some(P::ManuallyAdded), "{s}");
        }
        assert_eq!(P::ManuallyAdded.as_str(), "MANUALLY_ADDED");

        use EnrollmentStatus as S;
        assert_eq!(S::parse("not_enrolled"), Some(S::NotEnrolled));
        assert_eq!(S::parse("Stale"), Some(S::Stale));
        assert_eq!(S::NotEnrolled.as_str(), "NOT_ENROLLED");

        use EnrollmentMethod as M;
        assert_eq!(M::parse("ACCOUNT_DEVICE"), Some(M::AccountDevice));
        assert_eq!(M::parse("account-user"), Some(M::AccountUser));
        assert_eq!(M::parse("Automated"), Some(M::Automated));
        assert_eq!(M::AccountDevice.as_str(), "account-device");
        let e = err("dep".parse::<M>());
        assert!(e.ends_with("(expected one of: automated, user, account-device, account-user)"));
    }

    #[test]
    fn domains_and_managed_apple_accounts() -> R {
        assert_eq!(parse_domain(" Example.COM. ")?, "example.com");
        assert_eq!(
            parse_domain("accounts.example.co.uk")?,
            "accounts.example.co.uk"
        );
        assert_eq!(
            parse_domain("xn--bcher-kva.example")?,
            "xn--bcher-kva.example"
        );
        for bad in [
            "",
            "localhost",
            "a..b",
            "-a.com",
            "a-.com",
            "a_b.com",
            "bücher.de",
            "1.2.3.4",
        ] {
            assert!(parse_domain(bad).is_err(), "{bad}");
        }
        assert!(parse_domain(&format!("{}.com", "a".repeat(64))).is_err());
        let a = parse_managed_apple_account(" Jo.Bloggs@Example.com ")?;
        assert_eq!(
            (a.id.as_str(), a.domain.as_str()),
            ("jo.bloggs@example.com", "example.com")
        );
        // Split at the last @, as devices split it.
        let a = parse_managed_apple_account("odd@name@example.com")?;
        assert_eq!(a.domain, "example.com");
        for bad in [
            "jo",
            "@example.com",
            "jo bloggs@example.com",
            "jo@localhost",
        ] {
            assert!(parse_managed_apple_account(bad).is_err(), "{bad}");
        }
        Ok(())
    }

    #[test]
    fn reserved_domains_are_made_from_the_name() {
        assert_eq!(
            reserved_domain("Better Bag Ltd.", "ABC"),
            "betterbagltd.appleaccount.com"
        );
        assert_eq!(
            reserved_domain("Café Zürich", "ABC"),
            "cafezurich.appleaccount.com"
        );
        assert_eq!(
            reserved_domain("!!!", "85308B65"),
            "org85308b65.appleaccount.com"
        );
        let long = reserved_domain(&"x".repeat(100), "A");
        assert_eq!(long, format!("{}.appleaccount.com", "x".repeat(40)));
        assert_eq!(AccountEnrollment::User.discovery_version(), "mdm-byod");
        assert_eq!(AccountEnrollment::Device.discovery_version(), "mdm-adde");
    }

    #[test]
    fn closed_sets_round_trip_through_sqlite() -> rusqlite::Result<()> {
        let conn = rusqlite::Connection::open_in_memory()?;
        for f in ProductFamily::ALL {
            let back: ProductFamily = conn.query_row("SELECT ?1", [f], |r| r.get(0))?;
            let text: String = conn.query_row("SELECT ?1", [f], |r| r.get(0))?;
            assert_eq!((back, text.as_str()), (f, f.as_str()));
        }
        let s: DeviceStatus = conn.query_row("SELECT 'released'", [], |r| r.get(0))?;
        assert_eq!(s, DeviceStatus::Released);
        let bad = conn.query_row("SELECT 'GONE'", [], |r| r.get::<_, DeviceStatus>(0));
        assert!(bad.is_err());
        Ok(())
    }

    #[test]
    fn serde_deserialize() -> R {
        assert_eq!(de::<ProductFamily>("apple-tv")?, ProductFamily::AppleTv);
        let m: EnrollmentMethod = de("ACCOUNT_USER")?;
        assert_eq!(m, EnrollmentMethod::AccountUser);
        let e = err(de::<DeviceStatus>("nope"));
        assert!(e.starts_with("unknown device status `nope`"), "{e}");
        Ok(())
    }

    #[test]
    fn serials() -> R {
        assert!(parse_serial("ABCDEFG").is_err()); // 7
        let s = parse_serial("abcd1234")?; // 8
        assert_eq!(s.value, "ABCD1234");
        let w = s.warning.unwrap_or_default();
        assert_eq!(
            w,
            "`ABCD1234` has an unusual length for a serial number (8; usually 10-12)"
        );
        let s = parse_serial("  c02xl0gyjgh5 ")?; // 12, legacy
        assert_eq!((s.value.as_str(), s.warning), ("C02XL0GYJGH5", None));
        assert_eq!(parse_serial("H4T3X9L2QW")?.warning, None); // 10
        assert!(parse_serial("ABCDEFGHIJKLMN")?.warning.is_some()); // 14
        assert_eq!(
            err(parse_serial("ABCDEFGHIJKLMNO")), // 15
            "`ABCDEFGHIJKLMNO` is not a valid serial number: expected 8-14 characters, got 15"
        );
        assert!(err(parse_serial("C02XL0-GYJGH")).contains("letters and digits"));
        assert!(parse_serial("C02XL0 GYJGH").is_err());
        assert!(parse_serial("C02XLÖGYJGH").is_err());
        assert_eq!(err(parse_serial("   ")), "serial number is empty");
        Ok(())
    }

    #[test]
    fn long_values_are_echoed_cut() {
        let long = "A".repeat(10_000);
        let e = err(parse_serial(&long));
        assert!(e.len() < 200, "{}", e.len());
        assert!(e.starts_with(&format!(
            "`{}…` is not a valid serial number",
            "A".repeat(64)
        )));
        assert!(err(long.parse::<ProductFamily>()).len() < 250);
        assert_eq!(echo("short"), "short");
    }

    #[test]
    fn imei() -> R {
        assert_eq!(parse_imei("260531793113837")?, "260531793113837"); // TS 23.003
        assert_eq!(parse_imei(" 123456789012347\t")?, "123456789012347");
        assert_eq!(parse_imei("352099001761440")?, "352099001761440"); // check 0
        assert_eq!(
            err(parse_imei("123456789012345")),
            "`123456789012345` fails the IMEI Luhn check (check digit should be 7)"
        );
        let e = err(parse_imei("352099001761441"));
        assert!(e.ends_with("(check digit should be 0)"), "{e}");
        let e = err(parse_imei("12345"));
        assert_eq!(e, "`12345` is not a valid IMEI: expected 15 digits");
        for bad in "26053179311383 2605317931138370 26-053179311383 26053179311383A".split(' ') {
            assert!(parse_imei(bad).is_err(), "{bad}");
        }
        Ok(())
    }

    #[test]
    fn meid() -> R {
        assert_eq!(parse_meid("a10000009296f2")?, "A10000009296F2");
        assert_eq!(parse_meid(" A10000009296F2 ")?, "A10000009296F2");
        assert_eq!(parse_meid("A10000009296F2B")?, "A10000009296F2"); // 15th dropped
        for bad in "A10000009296F A10000009296F2B3 G10000009296F2 A10000009296F2-".split(' ') {
            assert!(parse_meid(bad).is_err(), "{bad}");
        }
        Ok(())
    }

    #[test]
    fn eid() -> R {
        let apple = "89049037640158663184237812557346";
        assert_eq!(parse_eid(apple)?, apple);
        assert_eq!(parse_eid(&format!(" {apple} "))?, apple);
        // ISO 7064 MOD 97-10 check digits for a 30-digit body: 98 - (body*100 mod 97).
        let with_check =
            |body: &str| format!("{body}{:02}", 98 - mod97(body.as_bytes()) * 100 % 97);
        for body in "890490321234567890123456789012 100000000000000000000000000000".split(' ') {
            let eid = with_check(body);
            assert_eq!(parse_eid(&eid)?, eid); // second one: no `89` prefix needed
        }
        let want = "89049032123456789012345678901203";
        assert_eq!(with_check("890490321234567890123456789012"), want);
        assert!(parse_eid("10000000000000000000000000000024").is_ok());
        assert!(parse_eid("10000000000000000000000000000025").is_err());
        assert_eq!(
            err(parse_eid("89049032123456789012345678901204")),
            "`89049032123456789012345678901204` fails the EID check (mod 97 is 2, expected 1)"
        );
        assert!(parse_eid("8904903764015866318423781255734").is_err()); // 31
        assert!(parse_eid("8904903764015866318423781255734A").is_err());
        Ok(())
    }

    #[test]
    fn mac() -> R {
        let good = "aa:bb:cc:0d:ee:ff|AA-BB-CC-0D-EE-FF|aabb.cc0d.eeff|aabbcc0deeff| AaBbCc0DeEfF ";
        for s in good.split('|') {
            assert_eq!(parse_mac(s)?, "AA:BB:CC:0D:EE:FF", "{s}");
        }
        let bad = "aa:bb:cc-0d:ee:ff|aa:bb:cc:0d:ee|aa:bb:cc:0d:ee:fg|aabb.cc0d:eeff|aabbcc0deef\
                   |a:b:c:d:e:f|aa.bb.cc.0d.ee.ff|aabbcc0deeff0|aa:bb:cc:dd:ee:ff:|";
        for s in bad.split('|') {
            assert!(parse_mac(s).is_err(), "{s}");
        }
        assert!(err(parse_mac("zz")).starts_with("`zz` is not a valid MAC address"));
        Ok(())
    }

    #[test]
    fn account_numbers() -> R {
        assert_eq!(parse_customer_number(" 0001234567 ")?, "1234567");
        assert_eq!(parse_customer_number("1234567")?, "1234567");
        assert_eq!(parse_customer_number("00ab12")?, "AB12");
        assert!(err(parse_customer_number("0000")).contains("all zeros"));
        assert!(parse_customer_number("").is_err());
        assert!(parse_customer_number("12-34").is_err());
        assert!(parse_customer_number(&"1".repeat(32)).is_ok());
        assert!(parse_customer_number(&"1".repeat(33)).is_err());
        assert_eq!(parse_reseller_number(" 00ab12 ")?, "00AB12");
        assert_eq!(parse_reseller_number("0")?, "0");
        assert!(parse_reseller_number("ab 12").is_err());
        assert!(parse_reseller_number(&"A".repeat(33)).is_err());
        assert_eq!(err(parse_reseller_number("  ")), "Reseller Number is empty");
        Ok(())
    }

    #[test]
    fn timestamps() -> R {
        let ts = |s: &str| parse_timestamp(s).map(format_timestamp);
        assert_eq!(ts("2011-08-15T07:00:00Z")?, "2011-08-15T07:00:00Z");
        assert_eq!(ts("2025-04-30T22:05:14.192Z")?, "2025-04-30T22:05:14Z");
        let nines = "2025-04-30T22:05:14.999999999Z";
        assert_eq!(ts(nines)?, "2025-04-30T22:05:14Z");
        assert_eq!(ts("2026-11-27T15:07:00+02:00")?, "2026-11-27T13:07:00Z");
        assert_eq!(ts("2026-11-27T08:07:00-05:00")?, "2026-11-27T13:07:00Z");
        assert_eq!(ts(" 2026-11-27 ")?, "2026-11-27T00:00:00Z");
        assert_eq!(ts("1999-01-01")?, "1999-01-01T00:00:00Z");
        assert_eq!(ts("2026-11-27t13:07:00.5z")?, "2026-11-27T13:07:00Z"); // RFC 3339 §5.6
        assert_eq!(ts("2026-11-27T13:07:00-00:00")?, "2026-11-27T13:07:00Z");
        assert_eq!(ts("2026-11-27T13:07:00+23:59")?, "2026-11-26T13:08:00Z");
        assert_eq!(ts("2016-12-31T23:59:60Z")?, "2016-12-31T23:59:59Z"); // a leap second
        assert_eq!(
            ts("2026-11-27T13:07:00.000000001Z")?,
            "2026-11-27T13:07:00Z"
        );
        // jiff would take each of these; RFC 3339 does not (issue 8 item 8).
        for bad in [
            "",
            "2026-11-27T13:07:00",
            "2026-02-30",
            "27/11/2026",
            "yesterday",
            "2026-11-27T13:07:00+25:00",
            "2026-11-27T13:07:00+01:60",
            "2026-11-27T15:07:00+01:00[America/New_York]",
            "2026-11-27T13:07:00Z[UTC]",
            "2026-11-27 13:07:00Z",
            "2026-11-27T13:07Z",
            "20261127T130700Z",
            "2026-11-27T13:07:00+0100",
            "2026-11-27T13:07:00+01",
            "2026-11-27T13:07:00.Z",
            "2026-11-27T13:07:00.1234567890Z",
            "2026-11-27T24:00:00Z",
            "+2026-11-27T13:07:00Z",
            "2026-1-27",
            "2026-11-27T13:07:61Z",
            "2026-00-10",
            "2026-11-27T13:07:00-24:00",
            "2026-11-27T13:07:00+01:00:00",
        ] {
            let e = err(parse_timestamp(bad));
            assert!(e.contains("is not a valid timestamp"), "{bad}: {e}");
        }
        Ok(())
    }

    #[test]
    fn order_cutoff() -> R {
        assert_eq!(ORDER_CUTOFF_TS, parse_timestamp(ORDER_CUTOFF)?);
        assert_eq!(
            err(parse_order_date("2011-02-28T23:59:59Z")),
            "`2011-02-28T23:59:59Z` is too early: orders before 2011-03-01 are not eligible \
             for Apple Business"
        );
        assert!(parse_order_date("2011-02-28T23:59:59.999Z").is_err());
        assert!(parse_order_date("2011-03-01T00:00:00Z").is_ok());
        assert!(parse_order_date("2011-03-01").is_ok());
        assert!(parse_order_date("2011-03-01T01:00:00+02:00").is_err()); // 23:00Z on 02-28
        assert!(parse_order_date("2025-04-30T22:05:14.192Z").is_ok());
        assert!(err(parse_order_date("nope")).contains("not a valid timestamp"));
        Ok(())
    }

    mod properties {
        //! Property tests of the validators (issue 8 item 13): any string in, no panic, a
        //! message of bounded length out (echoed values are cut), and an accepted value in the
        //! form the ledger stores, which the validator accepts again unchanged.
        use super::super::*;
        use proptest::prelude::*;

        /// A fixed text plus at most two echoed values of 64 characters (4 bytes each).
        const MAX_MESSAGE: usize = 800;

        /// Strings of any characters, and strings near each validator's shape.
        fn input() -> impl Strategy<Value = String> {
            prop_oneof![
                any::<String>(),
                "[0-9A-Fa-f:.\\- ]{0,40}",
                "[0-9]{10,40}",
                "[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{0,12})?)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?(\\[[A-Za-z/_]{0,20}\\])?)?",
                "[A-Za-z0-9]{0,20}",
            ]
        }

        fn bounded<T>(r: &Result<T, String>) -> Result<(), TestCaseError> {
            if let Err(e) = r {
                prop_assert!(e.len() <= MAX_MESSAGE, "{} bytes: {e}", e.len());
                prop_assert!(!e.is_empty());
            }
            Ok(())
        }

        proptest! {
            #[test]
            fn serial(s in input()) {
                let r = parse_serial(&s);
                bounded(&r)?;
                if let Ok(serial) = r {
                    prop_assert!((8..=14).contains(&serial.value.len()));
                    prop_assert!(serial.value.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase()));
                    prop_assert_eq!(parse_serial(&serial.value).map_err(TestCaseError::fail)?.value, serial.value);
                }
            }

            #[test]
            fn imei(s in input()) {
                let r = parse_imei(&s);
                bounded(&r)?;
                if let Ok(v) = r {
                    prop_assert!(v.len() == 15 && v.bytes().all(|b| b.is_ascii_digit()));
                    prop_assert_eq!(parse_imei(&v).map_err(TestCaseError::fail)?, v);
                }
            }

            #[test]
            fn meid(s in input()) {
                let r = parse_meid(&s);
                bounded(&r)?;
                if let Ok(v) = r {
                    prop_assert_eq!(v.len(), 14);
                    prop_assert_eq!(parse_meid(&v).map_err(TestCaseError::fail)?, v);
                }
            }

            #[test]
            fn eid(s in input()) {
                let r = parse_eid(&s);
                bounded(&r)?;
                if let Ok(v) = r {
                    prop_assert_eq!(mod97(v.as_bytes()), 1);
                    prop_assert_eq!(parse_eid(&v).map_err(TestCaseError::fail)?, v);
                }
            }

            #[test]
            fn mac(s in input()) {
                let r = parse_mac(&s);
                bounded(&r)?;
                if let Ok(v) = r {
                    prop_assert_eq!(v.len(), 17);
                    prop_assert_eq!(parse_mac(&v).map_err(TestCaseError::fail)?, v);
                }
            }

            #[test]
            fn supplier_numbers(s in input()) {
                bounded(&parse_customer_number(&s))?;
                bounded(&parse_reseller_number(&s))?;
                let _ = ProductFamily::parse(&s);
                bounded(&s.parse::<ProductFamily>())?;
            }

            #[test]
            fn timestamp(s in input()) {
                let r = parse_timestamp(&s);
                bounded(&r)?;
                bounded(&parse_order_date(&s))?;
                if let Ok(ts) = r {
                    // What the ledger stores is itself accepted, as the same instant (to the
                    // second: the stored form has no fraction).
                    let stored = format_timestamp(ts);
                    prop_assert_eq!(parse_timestamp(&stored).map_err(TestCaseError::fail)?.as_second(), ts.as_second());
                    prop_assert!(s.trim().len() == 10 || s.trim().len() >= 20);
                }
            }
        }
    }
}
