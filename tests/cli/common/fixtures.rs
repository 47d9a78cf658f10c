//! Builders of valid (and deliberately invalid) test data: serial numbers, IMEIs with a correct
//! Luhn check digit, EIDs valid mod 97, order files, and a real certificate.
//!
//! The check-digit rules are written out here from their standards (3GPP TS 23.003 Annex B for
//! the IMEI, ISO/IEC 7064 MOD 97-10 for the EID), not borrowed from `src/model.rs`, so that a
//! mistake in the product's validator cannot hide behind the same mistake in the fixtures.

/// A 12-character serial number, distinct for each `n` (upper-case letters and digits).
pub fn serial(n: u32) -> String {
    format!("C02T{n:08}")
}

/// The Luhn check digit of an IMEI body (14 digits): double every second digit counting from
/// the right of the body, sum the digits, and pick the digit that makes a multiple of 10.
pub fn luhn_digit(body: &str) -> u32 {
    let sum: u32 = body
        .chars()
        .rev()
        .enumerate()
        .map(|(i, c)| {
            let d = c.to_digit(10).expect("IMEI bodies are digits");
            if i % 2 == 0 {
                let twice = d * 2;
                twice / 10 + twice % 10
            } else {
                d
            }
        })
        .sum();
    (10 - sum % 10) % 10
}

/// A valid IMEI (15 digits, correct Luhn check digit), distinct for each `n`.
pub fn imei(n: u64) -> String {
    let body = format!("35{n:012}");
    format!("{body}{}", luhn_digit(&body))
}

/// An IMEI whose check digit is wrong.
pub fn bad_imei(n: u64) -> String {
    let good = imei(n);
    let last = good
        .chars()
        .last()
        .and_then(|c| c.to_digit(10))
        .unwrap_or(0);
    format!("{}{}", &good[..14], (last + 1) % 10)
}

/// The value of a decimal string mod 97, digit by digit.
fn mod97(digits: &str) -> u32 {
    digits
        .chars()
        .fold(0, |r, c| (r * 10 + c.to_digit(10).expect("digits")) % 97)
}

/// A valid EID: 32 digits whose value mod 97 is 1 (ISO/IEC 7064 MOD 97-10 check digits
/// `98 - (body × 100 mod 97)` after a 30-digit body), distinct for each `n`.
pub fn eid(n: u64) -> String {
    let body = format!("89049032{n:022}");
    let check = 98 - (mod97(&body) * 100) % 97;
    let eid = format!("{body}{check:02}");
    assert_eq!(mod97(&eid), 1, "fixture EID {eid} is not valid");
    eid
}

/// An EID that fails the mod-97 check.
pub fn bad_eid(n: u64) -> String {
    let good = eid(n);
    let last: u32 = good[30..].parse().expect("digits");
    format!("{}{:02}", &good[..30], (last + 1) % 100)
}

/// The header of the csv order files the tests write (Apple attribute names).
pub const ORDER_HEADER: &str = "serialNumber,productFamily,deviceModel,orderNumber,orderDateTime,\
purchaseSourceType,purchaseSourceId,imei,eid";

/// One row of a csv order file; `Dev::apple(serial, family)` is a valid direct-purchase row.
#[derive(Debug, Clone)]
pub struct Dev {
    pub serial: String,
    pub family: String,
    pub model: String,
    pub order: String,
    pub date: String,
    pub source_type: String,
    pub source_id: String,
    pub imei: String,
    pub eid: String,
}

impl Dev {
    /// A device of order `ORD-1`, bought from Apple Customer Number 12345.
    pub fn apple(serial: impl Into<String>, family: &str) -> Dev {
        Dev {
            serial: serial.into(),
            family: family.to_string(),
            model: String::new(),
            order: "ORD-1".to_string(),
            date: "2026-09-20T08:30:00Z".to_string(),
            source_type: "APPLE".to_string(),
            source_id: "12345".to_string(),
            imei: String::new(),
            eid: String::new(),
        }
    }

    /// A device of order `R-1`, bought from reseller `number`.
    pub fn reseller(serial: impl Into<String>, family: &str, number: &str) -> Dev {
        Dev {
            order: "R-1".to_string(),
            source_type: "RESELLER".to_string(),
            source_id: number.to_string(),
            ..Dev::apple(serial, family)
        }
    }

    /// The same device with another order number.
    pub fn order(mut self, order: &str) -> Dev {
        self.order = order.to_string();
        self
    }

    /// The same device with a model name (quoted as CSV needs).
    pub fn model(mut self, model: &str) -> Dev {
        self.model = model.to_string();
        self
    }

    /// The CSV line (no line end), in [`ORDER_HEADER`] order.
    pub fn line(&self) -> String {
        [
            &self.serial,
            &self.family,
            &self.model,
            &self.order,
            &self.date,
            &self.source_type,
            &self.source_id,
            &self.imei,
            &self.eid,
        ]
        .iter()
        .map(|v| quote(v))
        .collect::<Vec<_>>()
        .join(",")
    }
}

/// Quotes a CSV cell when it needs it.
pub fn quote(v: &str) -> String {
    if v.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v.to_string()
    }
}

/// A csv order file: [`ORDER_HEADER`] then one line per device, `\n` line ends.
pub fn order_csv(devices: &[Dev]) -> String {
    let mut out = String::from(ORDER_HEADER);
    out.push('\n');
    for d in devices {
        out.push_str(&d.line());
        out.push('\n');
    }
    out
}

/// `n` valid Apple-direct iPads of order `order`, serials `serial(first..first+n)`.
pub fn ipads(first: u32, n: u32, order: &str) -> Vec<Dev> {
    (first..first + n)
        .map(|i| Dev::apple(serial(i), "iPad").order(order))
        .collect()
}

/// A real self-signed X.509 certificate (P-256, CN=abmctl-test, valid until
/// 2036-11-24T13:32:53Z), made with
/// `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650
/// -subj /CN=abmctl-test -keyout /dev/null -out cert.pem`.
pub const CERT_PEM: &str = "-----BEGIN CERTIFICATE-----
MIIBgTCCASegAwIBAgIUKZLyaruslD8kd8apfGNIAxdxcPQwCgYIKoZIzj0EAwIw
FjEUMBIGA1UEAwwLYWJtY3RsLXRlc3QwHhcNMjYxMTI3MTMzMjUzWhcNMzYxMTI0
MTMzMjUzWjAWMRQwEgYDVQQDDAthYm1jdGwtdGVzdDBZMBMGByqGSM49AgEGCCqG
SM49AwEHA0IABDwtWai5uPlWUg8y696C0ch/AEcIL35ubS5KvStvTU4jiepp+0Fv
2SPl3ope/bqTwq6Sha2n/fndNQ21zH59R+WjUzBRMB0GA1UdDgQWBBSZcL0cT1Q5
YNrTdM3VW55AULvJUDAfBgNVHSMEGDAWgBSZcL0cT1Q5YNrTdM3VW55AULvJUDAP
BgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIFwVzhyIwwqQIw0p8O4W
6IquS3beWfCe49SmLqePYubDAiEAj5i7iA/4Dl7qr7jSjSgvPl5a7upuCdlV67Jd
fuc0nhM=
-----END CERTIFICATE-----
";

/// The same certificate in DER form (`openssl x509 -outform der | xxd -p`).
pub const CERT_DER_HEX: &str = "3082018130820127a00302010202142992f26abbac943f2477c6a97c6348\
03177170f4300a06082a8648ce3d04030230163114301206035504030c0b61626d63746c2d74657374301e170d3236\
313132373133333235335a170d3336313132343133333235335a30163114301206035504030c0b61626d63746c2d74\
6573743059301306072a8648ce3d020106082a8648ce3d030107034200043c2d59a8b9b8f956520f32ebde82d1c87f\
0047082f7e6e6d2e4abd2b6f4d4e2389ea69fb416fd923e5de8a5efdba93c2ae9285ada7fdf9dd350db5cc7e7d47e5\
a3533051301d0603551d0e041604149970bd1c4f543960dad374cdd55b9e4050bbc950301f0603551d230418301680\
149970bd1c4f543960dad374cdd55b9e4050bbc950300f0603551d130101ff040530030101ff300a06082a8648ce3d\
040302034800304502205c15ce1c88c30a90230d29f0ee16e88aae4b76de59f09ee3d4a62ea78f62e6c30221008f98\
bb880ff80e5eeaafb8d28d282f3e5e5aeeea6e09d955ebb25d7ee7349e13";

/// The certificate's subject and expiry, as `mdm show` should print them.
pub const CERT_SUBJECT: &str = "CN=abmctl-test";
pub const CERT_NOT_AFTER: &str = "2036-11-24T13:32:53Z";

/// Decodes [`CERT_DER_HEX`].
pub fn cert_der() -> Vec<u8> {
    let hex = CERT_DER_HEX.as_bytes();
    hex.chunks(2)
        .map(|pair| {
            u8::from_str_radix(std::str::from_utf8(pair).expect("ascii"), 16).expect("hex digits")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fixtures themselves: known-good values from the standards' own examples.
    #[test]
    fn fixture_check_digits_match_published_examples() {
        // The worked example of 3GPP TS 23.003 Annex B: IMEI 260531793113837.
        assert_eq!(luhn_digit("26053179311383"), 7);
        assert_eq!(luhn_digit("35209900176144"), 0);
        assert_ne!(imei(1), bad_imei(1));
        // An Apple EID quoted in Apple's documentation.
        assert_eq!(mod97("89049037640158663184237812557346"), 1);
        assert_ne!(mod97(&bad_eid(3)), 1);
        assert_eq!(cert_der().len(), 389);
    }
}
