//! The sandbox's made-up organisation (`sandbox serve --devices N --seed S`): supplier order
//! rows in the `csv` import format, a pure function of `(n, seed)` — the same arguments give
//! byte-identical output — after `benches/gen_orders.py`'s ideas, in Rust.
//!
//! Identifiers (serial, IMEI, EID, MACs) come from the device's index through bijections, so
//! they never collide; everything else (families, models, suppliers, dates, which identifiers
//! a device has) from a PRNG seeded with `seed`. The quirks of real data are kept: serials of
//! 10 and 12 characters, some typed in lower case with spaces around, two IMEIs or none,
//! Macs with Ethernet MACs, orders mixing families, dates with and without a time.
//!
//! No I/O: rows are written to the `Write` given; the command imports them.

use std::io::Write;

use anyhow::Result;

/// The Apple Customer Numbers of direct orders (linked as suppliers).
pub const CUSTOMER_NUMBERS: [&str; 2] = ["100001", "100002"];
/// The reseller numbers (linked as suppliers).
pub const RESELLER_NUMBERS: [&str; 2] = ["R1000", "R2000"];
/// The device management services made.
pub const SERVICES: [&str; 3] = ["Main MDM", "Lab MDM", "Staff Macs"];

const HEADER: &str = "serialNumber,productFamily,deviceModel,productType,deviceCapacity,color,\
partNumber,orderNumber,orderDateTime,purchaseSourceType,purchaseSourceId,imei,meid,eid,\
wifiMacAddress,bluetoothMacAddress,ethernetMacAddress";

/// (family, model, productType, capacities, colours, cellular).
const MODELS: &[(&str, &str, &str, &str, &str, bool)] = &[
    (
        "iPhone",
        "iPhone 15",
        "iPhone15,4",
        "128GB 256GB",
        "BLACK|BLUE|PINK",
        true,
    ),
    (
        "iPhone",
        "iPhone 17 Pro",
        "iPhone18,1",
        "256GB 512GB",
        "SILVER|COSMIC ORANGE",
        true,
    ),
    (
        "iPhone",
        "iPhone SE (3rd generation)",
        "iPhone14,6",
        "64GB 128GB",
        "MIDNIGHT|RED",
        true,
    ),
    (
        "iPad",
        "iPad (10th generation)",
        "iPad13,18",
        "64GB 256GB",
        "BLUE|SILVER",
        false,
    ),
    (
        "iPad",
        "iPad (10th generation)",
        "iPad13,19",
        "64GB 256GB",
        "BLUE|SILVER",
        true,
    ),
    (
        "iPad",
        "iPad Air 11-inch (M2)",
        "iPad14,8",
        "128GB 256GB",
        "SPACE GRAY|STARLIGHT",
        false,
    ),
    (
        "Mac",
        "MacBook Air (M2, 2022)",
        "Mac14,2",
        "256GB 512GB",
        "MIDNIGHT|SILVER",
        false,
    ),
    (
        "Mac",
        "MacBook Pro (14-inch, 2021)",
        "MacBookPro18,3",
        "512GB 1TB",
        "SPACE GRAY",
        false,
    ),
    (
        "Mac",
        "Mac mini (M2, 2023)",
        "Mac14,3",
        "256GB 512GB",
        "SILVER",
        false,
    ),
    (
        "AppleTV",
        "Apple TV 4K (3rd generation)",
        "AppleTV14,1",
        "64GB 128GB",
        "",
        false,
    ),
    (
        "Watch",
        "Apple Watch Series 9",
        "Watch7,1",
        "64GB",
        "MIDNIGHT|STARLIGHT",
        true,
    ),
    (
        "Vision",
        "Apple Vision Pro",
        "RealityDevice14,1",
        "256GB",
        "",
        false,
    ),
];

/// A small, fast, deterministic PRNG (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn pick<'a>(&mut self, options: &'a str, sep: char) -> &'a str {
        let parts: Vec<&str> = options.split(sep).collect();
        parts
            .get(self.below(parts.len() as u64) as usize)
            .copied()
            .unwrap_or_default()
    }
}

/// splitmix64's finaliser: a bijection of u64.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

const B36: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

fn base36(mut v: u64, width: usize) -> String {
    let mut out = vec![b'0'; width];
    for slot in out.iter_mut().rev() {
        *slot = B36.get((v % 36) as usize).copied().unwrap_or(b'0');
        v /= 36;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The serial of device `i`: 12 characters, or 10 for one in ten. Multiplying by a number
/// prime to 36 modulo 36^k is a bijection, so serials never repeat.
pub fn serial(i: u64) -> String {
    const M9: u64 = 101_559_956_668_416; // 36^9
    const M7: u64 = 78_364_164_096; // 36^7
    const K: u64 = 0x9E37_79B1; // odd and not a multiple of 3: prime to 36
    if mix(i ^ 0x5E41).is_multiple_of(10) {
        format!("FK{}", base36(i.wrapping_mul(K) % M7, 7)) + &base36(i % 36, 1)
    } else {
        format!("C02{}", base36(i.wrapping_mul(K) % M9, 9))
    }
}

fn luhn(body: &str) -> u32 {
    let mut total = 0;
    for (k, ch) in body.bytes().rev().enumerate() {
        let mut d = u32::from(ch - b'0');
        if k % 2 == 0 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        total += d;
    }
    (10 - total % 10) % 10
}

fn imei(i: u64, slot: u64) -> String {
    let body = format!(
        "35{:012}",
        (2 * i + slot).wrapping_mul(7_919) % 1_000_000_000_000
    );
    let check = luhn(&body);
    format!("{body}{check}")
}

fn eid(i: u64) -> String {
    let body = format!(
        "890490320000{:018}",
        i.wrapping_mul(104_729) % 1_000_000_000_000_000_000
    );
    let n: u128 = body.parse().unwrap_or_default();
    format!("{body}{:02}", 98 - (n * 100) % 97)
}

fn mac(i: u64, k: u64) -> String {
    let v = (4 * i + k).wrapping_mul(0x9E37_79B1) & 0xFF_FFFF;
    format!(
        "F0:18:98:{:02X}:{:02X}:{:02X}",
        v >> 16,
        (v >> 8) & 0xFF,
        v & 0xFF
    )
}

/// Writes `n` devices as supplier orders (the `csv` import format), with the order numbers
/// written to `orders` (to assign some of them afterwards).
pub fn write_orders(
    n: u64,
    seed: u64,
    out: &mut impl Write,
    orders: &mut Vec<String>,
) -> Result<()> {
    let mut rng = Rng(seed ^ 0xABC7_1000);
    writeln!(out, "{HEADER}")?;
    let mut i = 0;
    let mut order_index = 0u64;
    while i < n {
        let size = (20 + rng.below(180)).min(n - i);
        order_index += 1;
        let order = format!(
            "{}",
            2_000_000_000 + mix(order_index ^ seed) % 1_000_000_000
        );
        orders.push(order.clone());
        let (source, supplier) = if rng.chance(60) {
            ("APPLE", CUSTOMER_NUMBERS[rng.below(2) as usize])
        } else {
            ("RESELLER", RESELLER_NUMBERS[rng.below(2) as usize])
        };
        let day = 1_500_000_000 + rng.below(270_000_000) as i64;
        let date = jiff::Timestamp::from_second(day).unwrap_or_default();
        // Real orders carry dates with and without a time of day.
        let order_date = if rng.chance(30) {
            date.strftime("%Y-%m-%d").to_string()
        } else {
            date.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
        };
        // An order mostly of one family, with a few of others.
        let main = rng.below(MODELS.len() as u64) as usize;
        for _ in 0..size {
            let model = if rng.chance(85) {
                MODELS[main]
            } else {
                MODELS[rng.below(MODELS.len() as u64) as usize]
            };
            let (family, name, product_type, capacities, colours, cellular) = model;
            let mut serial = serial(i);
            if rng.chance(2) {
                serial = format!(" {} ", serial.to_ascii_lowercase());
            }
            let (mut imeis, mut device_eid) = (String::new(), String::new());
            if cellular {
                imeis = imei(i, 0);
                if rng.chance(40) {
                    imeis = format!("{imeis};{}", imei(i, 1));
                }
                if rng.chance(50) {
                    device_eid = eid(i);
                }
            }
            let ethernet = if family == "Mac" && rng.chance(50) {
                mac(i, 2)
            } else {
                String::new()
            };
            let (wifi, bluetooth) = if rng.chance(80) {
                (mac(i, 0), mac(i, 1))
            } else {
                (String::new(), String::new())
            };
            writeln!(
                out,
                "{serial},{family},\"{name}\",\"{product_type}\",{},{},{},{order},{order_date},\
                 {source},{supplier},{imeis},,{device_eid},{wifi},{bluetooth},{ethernet}",
                rng.pick(capacities, ' '),
                rng.pick(colours, '|'),
                format_args!("M{}LL/A", base36(mix(i ^ 7) % 46_656, 3)),
            )?;
            i += 1;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same arguments give the same bytes; another seed other attributes, same serials.
    #[test]
    fn deterministic() {
        let make = |seed| {
            let mut out = Vec::new();
            write_orders(500, seed, &mut out, &mut Vec::new()).unwrap();
            String::from_utf8(out).unwrap()
        };
        assert_eq!(make(1), make(1));
        assert_ne!(make(1), make(2));
    }

    /// Serials are unique and valid; IMEIs pass Luhn, EIDs mod 97.
    #[test]
    fn identifiers_are_unique_and_valid() {
        let mut seen = std::collections::HashSet::new();
        for i in 0..200_000 {
            let s = serial(i);
            assert!(crate::model::parse_serial(&s).is_ok(), "{s}");
            assert!(seen.insert(s.clone()), "{s} repeats");
        }
        let imei = imei(42, 1);
        assert_eq!(luhn(&imei[..14]), u32::from(imei.as_bytes()[14] - b'0'));
        let eid: u128 = eid(42).parse().unwrap();
        assert_eq!(eid % 97, 1);
    }
}
