//! `GET /v1/orgDevices/{id}/appleCareCoverage` (§4.4 of the reference): the AppleCare coverage
//! of one device. The ledger knows nothing of coverage, so the sandbox makes it up, the same
//! way every time from the serial number and the date the device was added to the
//! organisation: every device has Apple's one-year Limited Warranty from that date; about a
//! quarter also have AppleCare+ paid up front (three years, an agreement number); about a
//! quarter an AppleCare+ subscription (for Business on the business scope, `abe-<serial>`, some
//! of them cancelled). A record is ACTIVE until its end, INACTIVE after; and, as live users
//! report, some devices with nothing active answer an empty list rather than INACTIVE records.

use std::collections::HashSet;
use std::sync::Arc;

use axum::extract::{Path, Query, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use jiff::{Timestamp, ToSpan as _, tz::TimeZone};

use super::Sandbox;
use super::routes::{
    Params, authorize, cursor, fields, json, limit, list_document, log, org_device_named,
};
use crate::api::Scope;
use crate::api::wire::{
    APPLE_CARE_COVERAGE, APPLE_CARE_COVERAGE_FIELDS, AppleCareCoverage,
    AppleCareCoverageAttributes, Resource,
};
use crate::model::format_timestamp;

/// One coverage record, before `fields` narrows it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Coverage {
    id: String,
    description: &'static str,
    payment_type: &'static str,
    agreement_number: Option<String>,
    start: Timestamp,
    end: Option<Timestamp>,
    renewable: bool,
    canceled: Option<Timestamp>,
}

impl Coverage {
    fn active(&self, now: Timestamp) -> bool {
        self.start <= now && self.end.is_none_or(|end| now < end)
    }
}

/// FNV-1a: a stable number from a serial (not `DefaultHasher`, whose output may change).
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// `start` plus `months`, in UTC (a year is twelve months, whatever its days).
fn plus_months(start: Timestamp, months: i64) -> Timestamp {
    start
        .to_zoned(TimeZone::UTC)
        .checked_add(months.months())
        .map_or(start, |z| z.timestamp())
}

/// The coverage of the device `serial` added to the organisation at `added`, in id order.
fn coverage_of(serial: &str, added: Timestamp, scope: Scope, now: Timestamp) -> Vec<Coverage> {
    let h = fnv(serial);
    let mut all = vec![Coverage {
        id: serial.to_string(),
        description: "Limited Warranty",
        payment_type: "NONE",
        agreement_number: None,
        start: added,
        end: Some(plus_months(added, 12)),
        renewable: false,
        canceled: None,
    }];
    match (h % 4, scope) {
        (0, _) => {
            let number = format!("AC{:010}", (h >> 8) % 10_000_000_000);
            all.push(Coverage {
                id: number.clone(),
                description: "AppleCare+",
                payment_type: "PAID_UP_FRONT",
                agreement_number: Some(number),
                start: added,
                end: Some(plus_months(added, 36)),
                renewable: false,
                canceled: None,
            });
        }
        (1, Scope::Business) => {
            // One in two subscriptions was cancelled six months in; the others run on.
            let canceled = (h % 8 == 5).then(|| plus_months(added, 6));
            all.push(Coverage {
                id: format!("abe-{serial}"),
                description: "AppleCare+ for Business",
                payment_type: "ABE_SUBSCRIPTION",
                agreement_number: None,
                start: added,
                end: canceled,
                renewable: canceled.is_none(),
                canceled,
            });
        }
        (1, Scope::School) => {
            let number = format!("AS{:010}", (h >> 8) % 10_000_000_000);
            all.push(Coverage {
                id: number.clone(),
                description: "AppleCare+",
                payment_type: "SUBSCRIPTION",
                agreement_number: Some(number),
                start: added,
                end: Some(plus_months(added, 12)),
                renewable: true,
                canceled: None,
            });
        }
        _ => {}
    }
    // "An expired device returns an INACTIVE record, but an empty data array also occurs."
    if h.is_multiple_of(2) && !all.iter().any(|c| c.active(now)) {
        all.clear();
    }
    all.sort_by(|a, b| a.id.cmp(&b.id));
    all
}

fn resource(c: &Coverage, fields: Option<&HashSet<String>>, now: Timestamp) -> AppleCareCoverage {
    let want = |name: &str| fields.is_none_or(|f| f.contains(name));
    let attributes = AppleCareCoverageAttributes {
        status: want("status").then(|| if c.active(now) { "ACTIVE" } else { "INACTIVE" }.into()),
        payment_type: want("paymentType").then(|| c.payment_type.to_string()),
        description: want("description").then(|| c.description.to_string()),
        agreement_number: want("agreementNumber").then(|| c.agreement_number.clone()),
        start_date_time: want("startDateTime").then(|| format_timestamp(c.start)),
        end_date_time: want("endDateTime").then(|| c.end.map(format_timestamp)),
        is_renewable: want("isRenewable").then_some(c.renewable),
        is_canceled: want("isCanceled").then_some(c.canceled.is_some()),
        contract_cancel_date_time: want("contractCancelDateTime")
            .then(|| c.canceled.map(format_timestamp)),
    };
    Resource {
        kind: APPLE_CARE_COVERAGE.to_string(),
        id: c.id.clone(),
        attributes: Some(attributes),
        relationships: None,
        links: None,
    }
}

/// `GET /v1/orgDevices/{id}/appleCareCoverage`: paged like every list (`limit` up to 1000,
/// a cursor), `fields[appleCareCoverage]` honoured; an unknown device is Apple's 404.
pub(super) async fn apple_care_coverage(
    State(sandbox): State<Arc<Sandbox>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
    Query(params): Query<Params>,
) -> Response {
    let answer = async {
        authorize(&sandbox, &headers).await?;
        let limit = limit(&params)?;
        let after = cursor(&params)?;
        let fields = fields(&params, APPLE_CARE_COVERAGE, APPLE_CARE_COVERAGE_FIELDS)?;
        let device = org_device_named(&sandbox, &id).await?;
        let now = Timestamp::now();
        let added = device
            .added_to_org_date_time
            .parse()
            .unwrap_or(Timestamp::UNIX_EPOCH);
        let page: Vec<Coverage> =
            coverage_of(&device.serial_number, added, sandbox.config.scope, now)
                .into_iter()
                .filter(|c| c.id > after)
                .take(limit as usize + 1)
                .collect();
        let base = &sandbox.config.base_url;
        let path = format!("/v1/orgDevices/{}/appleCareCoverage", device.serial_number);
        let document = list_document(base, &path, &raw, &params, limit, page, |c| {
            (c.id.clone(), resource(c, fields.as_ref(), now))
        });
        Ok(json(StatusCode::OK, &document))
    }
    .await;
    log(
        &sandbox,
        "GET /v1/orgDevices/{id}/appleCareCoverage",
        answer,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    /// The same serial and date give the same coverage; the warranty is a year from the date
    /// added, ACTIVE within it and INACTIVE (or no record at all) after it; every kind of
    /// coverage occurs across serials.
    #[test]
    fn coverage_is_deterministic_and_follows_the_clock() {
        let added = ts("2025-03-01T10:00:00Z");
        let soon = ts("2025-06-01T00:00:00Z");
        let later = ts("2030-01-01T00:00:00Z");
        let mut kinds = HashSet::new();
        let mut empty_later = 0;
        for n in 0..200 {
            let serial = format!("C02X{n:08}");
            let now = coverage_of(&serial, added, Scope::Business, soon);
            assert_eq!(now, coverage_of(&serial, added, Scope::Business, soon));
            let warranty = now.iter().find(|c| c.id == serial).expect("a warranty");
            assert_eq!(warranty.end, Some(ts("2026-03-01T10:00:00Z")));
            assert!(warranty.active(soon));
            kinds.extend(now.iter().map(|c| c.payment_type));
            let after = coverage_of(&serial, added, Scope::Business, later);
            if after.is_empty() {
                empty_later += 1;
            } else {
                assert!(after.iter().any(|c| !c.active(later)));
            }
        }
        assert_eq!(
            kinds,
            HashSet::from(["NONE", "PAID_UP_FRONT", "ABE_SUBSCRIPTION"])
        );
        assert!(empty_later > 0 && empty_later < 200, "{empty_later}");
        let school: HashSet<&str> = (0..200)
            .flat_map(|n| coverage_of(&format!("C02X{n:08}"), added, Scope::School, soon))
            .map(|c| c.payment_type)
            .collect();
        assert!(!school.contains("ABE_SUBSCRIPTION"));
        assert!(school.contains("SUBSCRIPTION"));
    }
}
