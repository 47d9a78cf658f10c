//! The import engine (Step 3: devices arriving in supplier orders): validates every row of an
//! order file, decides new / unchanged / updated / pending for each device, and writes them in
//! one transaction.
//!
//! Imports into an empty ledger take a bulk path: the serial and order indexes are dropped, rows
//! appended in file order in multi-row statements, and the indexes rebuilt in one sorted pass
//! each (SQLite's sorter), which keeps a million-row import near the speed of `sqlite3
//! .import`. Parsing and validation run on a second thread. Duplicate serials inside the file
//! are caught, on both paths, by a set of 64-bit hashes of the serials seen.
//!
//! It owns the rules of arrival; it prints nothing (progress goes through a callback) and holds
//! no SQL of its own (`ledger::devices` has it).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, Hasher};

use anyhow::Result;
use rusqlite::Transaction;

use crate::formats::{JsonPath, RawDevice, place};
use crate::ledger::activities::{ItemWriter, NewItem};
use crate::ledger::devices::{self, Arrival, OrderAttrs};
use crate::model::attributes::{Attr, Check, Raw};
use crate::model::{self, DeviceStatus, ProductFamily, PurchaseSourceType};
use crate::result::{CommandResult, Outcome, Problem};
use crate::rules;
use crate::rules::arrival::{self, Arrivals, Decision, Incoming, Source, Stamp, Standing};
use crate::rules::assignment::state_label;

/// How an import treats invalid rows.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Import the valid rows and skip the rest (exit 3) instead of refusing the whole file.
    pub skip_invalid: bool,
    /// Adopt where each device stands (Apple Business's export: status, dates, service), for
    /// devices new to the ledger.
    pub adopt: bool,
}

/// A validated row: the serial and the attributes to store.
#[derive(Debug, Clone)]
pub struct ValidRow {
    /// Normalised serial number.
    pub serial: String,
    /// Normalised attributes.
    pub attrs: OrderAttrs,
    /// Where the device stands, when the import adopts it (boxed: most rows have none).
    pub standing: Option<Box<Standing>>,
}

/// A row that failed validation: the raw row back, with every (field, problem).
pub type Rejected = Box<(RawDevice, Vec<(&'static str, String)>)>;

/// Validates one raw row, reporting every problem, not just the first. On failure the raw row
/// comes back with the problems, for the caller to report.
///
/// The serial number, the closed sets and the purchase source id are checked here, in that
/// order; the other order attributes as the attribute table says, in table order.
pub fn validate(
    mut raw: RawDevice,
    warnings: &mut Vec<(&'static str, String)>,
) -> Result<ValidRow, Rejected> {
    let mut problems: Vec<(&'static str, String)> = Vec::new();
    let serial_field = Attr::SerialNumber.apple_name();
    let serial = match raw.serial_number.as_deref() {
        None => {
            problems.push((serial_field, "is missing".to_string()));
            String::new()
        }
        Some(s) => match model::parse_serial(s) {
            Ok(serial) => {
                if let Some(w) = serial.warning {
                    warnings.push((serial_field, w));
                }
                serial.value
            }
            Err(e) => {
                problems.push((serial_field, e));
                String::new()
            }
        },
    };
    let family_field = Attr::ProductFamily.apple_name();
    let family = match raw.product_family.as_deref() {
        None => {
            problems.push((family_field, "is missing".to_string()));
            None
        }
        Some(f) => keep(&mut problems, family_field, f.parse::<ProductFamily>()),
    };
    let type_field = Attr::PurchaseSourceType.apple_name();
    let source_type = match raw.purchase_source_type.as_deref() {
        None => {
            problems.push((
                type_field,
                "is missing (APPLE, RESELLER or MANUALLY_ADDED)".to_string(),
            ));
            None
        }
        Some(t) => keep(&mut problems, type_field, t.parse::<PurchaseSourceType>()),
    };
    let id_field = Attr::PurchaseSourceId.apple_name();
    let source_id = match (source_type, raw.purchase_source_id.as_deref()) {
        (Some(PurchaseSourceType::Apple), Some(id)) => {
            keep(&mut problems, id_field, model::parse_customer_number(id))
        }
        (Some(PurchaseSourceType::Reseller), Some(id)) => {
            keep(&mut problems, id_field, model::parse_reseller_number(id))
        }
        (Some(PurchaseSourceType::Apple | PurchaseSourceType::Reseller), None) => {
            problems.push((id_field, "is missing: an order needs the Apple Customer Number or Reseller Number it came from".to_string()));
            None
        }
        (_, id) => id.map(str::to_string),
    };
    if let (Some(f), Some(t)) = (family, source_type)
        && let Some(why) = arrival::source_refusal(f, t)
    {
        problems.push((type_field, why));
    }
    let mut attrs = match (family, source_type) {
        (Some(family), Some(source_type)) => Some(OrderAttrs::new(family, source_type)),
        _ => None,
    };
    for attr in Attr::CHECKED {
        let Check::Value(check) = attr.def().check else {
            continue;
        };
        let field = attr.apple_name();
        let value = match raw.cell(attr) {
            Raw::One(None) => continue,
            Raw::One(Some(value)) => keep(&mut problems, field, check(value)),
            Raw::Many(values) => list(&mut problems, field, values, check),
        };
        if let Some(slot) = attrs.as_mut().and_then(|a| a.text_mut(attr)) {
            *slot = value;
        }
    }
    let Some(mut attrs) = attrs.filter(|_| problems.is_empty()) else {
        return Err(Box::new((raw, problems)));
    };
    attrs.purchase_source_id = source_id;
    for attr in Attr::FREE_TEXT {
        if let Some(slot) = attrs.text_mut(attr) {
            *slot = raw.take_text(attr);
        }
    }
    Ok(ValidRow {
        serial,
        attrs,
        standing: None,
    })
}

/// Reads where a device stands from the state columns of Apple Business's export: None when
/// the row has no status (it then arrives as an order does); every problem otherwise, by field.
pub fn read_standing(raw: &RawDevice) -> Result<Option<Standing>, Vec<(&'static str, String)>> {
    let Some(status) = raw.status.as_deref() else {
        return Ok(None);
    };
    let mut problems = Vec::new();
    let status = keep(&mut problems, "status", status.parse::<DeviceStatus>());
    let mut date = |field: &'static str, value: &Option<String>| {
        let parsed = value
            .as_deref()
            .map(|v| model::parse_timestamp(v).map(model::format_timestamp));
        keep(&mut problems, field, parsed.transpose()).flatten()
    };
    let added = date(
        Attr::AddedToOrgDateTime.apple_name(),
        &raw.added_to_org_date_time,
    );
    let released = date(
        Attr::ReleasedFromOrgDateTime.apple_name(),
        &raw.released_from_org_date_time,
    );
    let assigned = date("DATE_ASSIGNED_TO_MDM_SERVER", &raw.assigned_date_time);
    let Some(status) = status.filter(|_| problems.is_empty()) else {
        return Err(problems);
    };
    if let Some(why) = raw
        .assigned_server
        .as_deref()
        .and_then(rules::services::name_refusal)
    {
        return Err(vec![(Attr::AssignedServer.apple_name(), why)]);
    }
    let standing = Standing {
        status,
        service: raw.assigned_server.clone(),
        added,
        released,
        assigned,
    };
    match arrival::standing_problems(&standing) {
        p if p.is_empty() => Ok(Some(standing)),
        p => Err(p),
    }
}

/// One input row after validation, which runs on the reader thread.
// Boxing the valid row would cost an allocation per row of a million-row import.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum Parsed {
    /// A valid row, with its warnings.
    Valid {
        /// 1-based line in the input.
        line: u64,
        /// In api-json, the device resource.
        path: Option<JsonPath>,
        /// The normalised row.
        row: ValidRow,
        /// Non-fatal remarks (field, text).
        warnings: Vec<(&'static str, String)>,
    },
    /// A row with problems (field, message); a structural problem has an empty field.
    Invalid {
        /// 1-based line in the input.
        line: u64,
        /// In api-json, the device resource.
        path: Option<JsonPath>,
        /// The row's serial number, when it had one.
        serial: Option<String>,
        /// Every problem found.
        problems: Vec<(String, String)>,
    },
}

/// Validates records on the reader thread, and catches serials that occur twice in the file.
///
/// Serials seen are kept as 64-bit hashes: 8 bytes a row instead of the serial itself keeps a
/// million-row import within its memory bar. Two different serials share a hash with
/// probability about n²/2⁶⁵ (3·10⁻⁸ for a million rows), an accepted risk of reporting a
/// false duplicate.
pub struct Parser {
    hasher: std::collections::hash_map::RandomState,
    seen: HashSet<u64>,
    adopt: bool,
}

impl Parser {
    /// A parser for one input; `expected_rows` sizes the duplicate set (0 when unknown);
    /// `adopt` reads where each device stands too (`read_standing`).
    pub fn new(expected_rows: usize, adopt: bool) -> Parser {
        Parser {
            hasher: std::collections::hash_map::RandomState::new(),
            seen: HashSet::with_capacity(expected_rows),
            adopt,
        }
    }

    /// Validates one record from a reader.
    pub fn parse(&mut self, record: Result<RawDevice, crate::formats::FormatError>) -> Parsed {
        let raw = match record {
            Ok(raw) => raw,
            Err(e) => {
                return Parsed::Invalid {
                    line: e.line,
                    path: e.path,
                    serial: None,
                    problems: vec![(e.field.unwrap_or_default(), e.message)],
                };
            }
        };
        let mut warnings = Vec::new();
        let (line, path) = (raw.line, raw.path);
        let standing = if self.adopt {
            read_standing(&raw)
        } else {
            Ok(None)
        };
        let validated = match (validate(raw, &mut warnings), standing) {
            (Ok(mut row), Ok(standing)) => {
                row.standing = standing.map(Box::new);
                Ok(row)
            }
            (Ok(row), Err(problems)) => {
                let raw = RawDevice {
                    serial_number: Some(row.serial),
                    ..RawDevice::default()
                };
                Err(Box::new((raw, problems)))
            }
            (Err(mut rejected), standing) => {
                rejected.1.extend(standing.err().unwrap_or_default());
                Err(rejected)
            }
        };
        match validated {
            Ok(row) => {
                let mut h = self.hasher.build_hasher();
                h.write(row.serial.as_bytes());
                if self.seen.insert(h.finish()) {
                    Parsed::Valid {
                        line,
                        path,
                        row,
                        warnings,
                    }
                } else {
                    let problem = format!("`{}` appears more than once in this file", row.serial);
                    Parsed::Invalid {
                        line,
                        path,
                        serial: Some(row.serial),
                        problems: vec![("serialNumber".to_string(), problem)],
                    }
                }
            }
            Err(rejected) => {
                let (raw, problems) = *rejected;
                Parsed::Invalid {
                    line,
                    path,
                    serial: raw
                        .serial_number
                        .as_deref()
                        .map(|s| s.trim().to_uppercase()),
                    problems: problems
                        .into_iter()
                        .map(|(f, m)| (f.to_string(), m))
                        .collect(),
                }
            }
        }
    }
}

fn keep<T>(
    problems: &mut Vec<(&'static str, String)>,
    field: &'static str,
    r: Result<T, String>,
) -> Option<T> {
    match r {
        Ok(v) => Some(v),
        Err(e) => {
            problems.push((field, e));
            None
        }
    }
}

fn list(
    problems: &mut Vec<(&'static str, String)>,
    field: &'static str,
    values: &[String],
    parse: fn(&str) -> Result<String, String>,
) -> Option<String> {
    if values.is_empty() {
        return None;
    }
    let mut out = String::new();
    for v in values {
        if let Some(ok) = keep(problems, field, parse(v)) {
            if !out.is_empty() {
                out.push(';');
            }
            out.push_str(&ok);
        }
    }
    Some(out)
}

/// The most problems an import's result lists. A file of a million bad rows must not hold a
/// million problems in memory (SPEC §6: under 64 MiB whatever the file); the rest are counted
/// in a last problem, and with `--skip-invalid` the activity log still has every skipped row.
pub const MAX_PROBLEMS: usize = 10_000;

/// The most row warnings kept for printing; the rest are counted.
pub const MAX_WARNINGS: usize = 20;

/// Rows per batch handed from the reader thread to the writer.
const BATCH: usize = 1024;

/// A sink for the import's progress: called with the rows read so far.
pub type OnRows<'a> = &'a mut dyn FnMut(u64);

/// What an import did, beyond the result's counts: for the human summary.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tally {
    /// Devices new to the ledger.
    pub added: u64,
    /// Of those, held as pending (supplier not linked).
    pub pending: u64,
    /// Existing devices whose order attributes changed.
    pub updated: u64,
    /// Released devices brought back by a new order.
    pub readmitted: u64,
    /// Devices assigned to their family's default service as they arrived.
    pub auto_assigned: u64,
    /// Devices adopted where Apple Business's export says they stand.
    pub adopted: u64,
    /// Services linked because the export names them.
    pub services_linked: u64,
}

impl Tally {
    fn count(&mut self, arrival: Arrival<'_>) {
        self.added += 1;
        match arrival.status {
            DeviceStatus::Pending => self.pending += 1,
            DeviceStatus::Assigned => self.auto_assigned += 1,
            DeviceStatus::Unassigned | DeviceStatus::Released => {}
        }
    }
}

/// One import in progress inside a transaction.
pub struct Importer<'t, 'c> {
    tx: &'t Transaction<'c>,
    items: ItemWriter,
    options: Options,
    arrivals: Arrivals,
    /// Service names by row id, for the activity log's state labels.
    names: HashMap<i64, String>,
    now: String,
    activity_id: i64,
    refused: bool,
    /// The result document being filled.
    pub result: CommandResult,
    /// The summary figures.
    pub tally: Tally,
    /// The first [`MAX_WARNINGS`] warnings (`file:line: field: text`), for the caller to print.
    pub warnings: Vec<String>,
    /// Warnings beyond those, counted.
    pub more_warnings: u64,
    /// Problems beyond the [`MAX_PROBLEMS`] the result lists, counted.
    unlisted: u64,
    /// How long each phase took, for `-v`.
    pub phases: Vec<(&'static str, std::time::Duration)>,
    bulk: Option<devices::BulkInsert<'t>>,
    /// Services named by adopted devices, by name key: (row id, `ASSIGNED (name)` label).
    adopted_services: HashMap<String, (i64, String)>,
}

impl<'t, 'c> Importer<'t, 'c> {
    /// Prepares an import recorded under `activity_id`.
    pub fn new(
        tx: &'t Transaction<'c>,
        options: Options,
        now: &str,
        activity_id: i64,
        result: CommandResult,
    ) -> Result<Self> {
        Ok(Importer {
            tx,
            items: ItemWriter::new(activity_id),
            options,
            arrivals: Arrivals::load(tx)?,
            names: crate::ledger::services::names(tx)?,
            now: now.to_string(),
            activity_id,
            refused: false,
            result,
            tally: Tally::default(),
            warnings: Vec::new(),
            more_warnings: 0,
            unlisted: 0,
            phases: Vec::new(),
            bulk: None,
            adopted_services: HashMap::new(),
        })
    }

    /// Reads `reader` on a second thread (parsing, validation, the duplicate check) while this
    /// one writes: the two halves of a large import take similar time, and a machine has a
    /// core for each. `expected_rows` sizes the duplicate set (0 when unknown).
    pub fn run_reader(
        &mut self,
        reader: crate::formats::Reader,
        expected_rows: usize,
        source: &str,
        progress: OnRows<'_>,
    ) -> Result<()> {
        use std::sync::mpsc;
        let adopt = self.options.adopt;
        std::thread::scope(|scope| {
            let (send, receive) = mpsc::sync_channel::<Vec<Parsed>>(4);
            let (recycle, recycled) = mpsc::channel::<Vec<Parsed>>();
            scope.spawn(move || {
                let mut parser = Parser::new(expected_rows, adopt);
                let mut batch = Vec::with_capacity(BATCH);
                for record in reader {
                    batch.push(parser.parse(record));
                    if batch.len() == BATCH {
                        let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                        if send.send(full).is_err() {
                            return; // the writer stopped on an error
                        }
                        // Free the batches the writer is done with, here on this thread.
                        while let Ok(done) = recycled.try_recv() {
                            drop(done);
                        }
                    }
                }
                let _ = send.send(batch);
            });
            let done = |batch: Vec<Parsed>| {
                // Once the reader has finished, the send fails and the batch drops here.
                let _ = recycle.send(batch);
            };
            self.run(receive.into_iter(), &done, source, progress)
        })
    }

    /// Imports every parsed row, arriving in batches from the reader thread; `source` names
    /// the input in problems (`file:line`).
    /// Each batch, once done, goes to `done` (the reader thread frees it: freeing a million
    /// rows' strings is work the writer need not do).
    pub fn run(
        &mut self,
        batches: impl Iterator<Item = Vec<Parsed>>,
        done: &dyn Fn(Vec<Parsed>),
        source: &str,
        progress: OnRows<'_>,
    ) -> Result<()> {
        let started = std::time::Instant::now();
        // Adopting an export sets each new device's dates and service after inserting it,
        // which needs the serial index: that import takes the indexed path.
        let bulk = !self.options.adopt && devices::count_all(self.tx)? == 0;
        if bulk {
            devices::drop_bulk_indexes(self.tx)?;
            self.bulk = Some(devices::BulkInsert::new(
                self.tx,
                &self.now,
                self.activity_id,
            )?);
        }
        for batch in batches {
            let mut chunk: Vec<&ValidRow> = Vec::with_capacity(devices::INSERT_BATCH);
            for parsed in &batch {
                self.result.requested += 1;
                let (line, path, row, warnings) = match parsed {
                    Parsed::Invalid {
                        line,
                        path,
                        serial,
                        problems,
                    } => {
                        let problems: Vec<(&str, String)> = problems
                            .iter()
                            .map(|(f, m)| (f.as_str(), m.clone()))
                            .collect();
                        let at = place(source, *line, *path);
                        self.reject(&at, serial.as_deref(), &problems)?;
                        continue;
                    }
                    Parsed::Valid {
                        line,
                        path,
                        row,
                        warnings,
                    } => (line, path, row, warnings),
                };
                for (field, w) in warnings {
                    if self.warnings.len() < MAX_WARNINGS {
                        let at = place(source, *line, *path);
                        self.warnings.push(format!("{at}: {field}: {w}"));
                    } else {
                        self.more_warnings += 1;
                    }
                }
                if self.refused {
                    // Already refused: keep reading to list every problem, stop writing.
                    continue;
                }
                if bulk {
                    chunk.push(row);
                    if chunk.len() == devices::INSERT_BATCH {
                        self.insert_chunk(&mut chunk)?;
                    }
                } else {
                    self.apply(&place(source, *line, *path), row)?;
                }
            }
            // The chunk borrows from this batch: flush it before the batch goes.
            if !self.refused {
                self.insert_chunk(&mut chunk)?;
            }
            drop(chunk);
            done(batch);
            progress(self.result.requested);
        }
        self.phases.push((
            if bulk { "rows (bulk path)" } else { "rows" },
            started.elapsed(),
        ));
        if self.unlisted > 0 {
            self.result.unlisted_problems = self.unlisted;
            self.result.problems.push(Problem {
                serial_number: None,
                line: None,
                field: None,
                message: format!(
                    "… and {} more problems, not listed: a result lists the first {MAX_PROBLEMS}",
                    self.unlisted
                ),
            });
        }
        self.bulk = None;
        if bulk {
            let started = std::time::Instant::now();
            devices::create_bulk_indexes(self.tx)?;
            self.phases.push(("indexes", started.elapsed()));
        }
        Ok(())
    }

    /// Inserts new devices in multi-row statements (the bulk path).
    fn insert_chunk(&mut self, rows: &mut Vec<&ValidRow>) -> Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        let mut batch = Vec::with_capacity(rows.len());
        for row in rows.iter() {
            let arrival = self.arrivals.arrival(&row.attrs);
            self.tally.count(arrival);
            self.result.count(Outcome::Changed);
            batch.push((row.serial.as_str(), &row.attrs, arrival));
        }
        if let Some(bulk) = self.bulk.as_mut() {
            bulk.insert(self.tx, &batch)?;
        }
        rows.clear();
        Ok(())
    }

    /// Applies one valid row through the indexed path: new, unchanged, updated, a released
    /// device coming back, or refused (another product family).
    fn apply(&mut self, at: &str, row: &ValidRow) -> Result<()> {
        let existing = devices::existing(self.tx, &row.serial)?;
        if let (None, Some(standing)) = (&existing, &row.standing) {
            return self.adopt(at, row, standing);
        }
        let decision = self
            .arrivals
            .decide(Source::Order, existing.as_ref(), &row.attrs);
        let incoming = Incoming {
            serial: &row.serial,
            attrs: &row.attrs,
        };
        let stamp = Stamp {
            now: &self.now,
            activity_id: self.activity_id,
        };
        arrival::carry_out(self.tx, incoming, existing.as_ref(), &decision, stamp)?;
        let Some(existing) = existing else {
            // New devices are counted, not itemised: their arrival is in the devices table.
            if let Decision::New(arrival) = decision {
                self.tally.count(arrival);
            }
            self.result.count(Outcome::Changed);
            return Ok(());
        };
        let name = existing
            .service_id
            .and_then(|id| self.names.get(&id))
            .map(String::as_str);
        let before = state_label(existing.status, name);
        let (outcome, after, message) = match decision {
            Decision::Unchanged(message) => (
                Outcome::Unchanged,
                before.clone(),
                message.map(str::to_string),
            ),
            Decision::Readmitted {
                arrival, message, ..
            } => {
                self.tally.readmitted += 1;
                let after = arrival.label.to_string();
                (Outcome::Changed, after, Some(message.to_string()))
            }
            Decision::Updated {
                changed, arrives, ..
            } => {
                self.tally.updated += 1;
                let mut message = format!("updated {}", changed.join(", "));
                let after = match arrives {
                    Some(arrival) => {
                        message.push_str("; its supplier is linked, so it is no longer pending");
                        arrival.label.to_string()
                    }
                    None => before.clone(),
                };
                (Outcome::Changed, after, Some(message))
            }
            Decision::Refused(reason) => {
                let problems = [("productFamily", reason)];
                return self.reject(at, Some(&row.serial), &problems);
            }
            // Only a device not in the ledger is new (handled above).
            Decision::New(_) => (Outcome::Unchanged, before.clone(), None),
        };
        let item = NewItem {
            serial_number: Some(&row.serial),
            line: Some(at),
            before: Some(&before),
            after: Some(&after),
            message: message.as_deref(),
            ..Default::default()
        };
        self.items.push(self.tx, outcome, &item)?;
        self.result.count(outcome);
        Ok(())
    }

    /// A device new to the ledger arrives where Apple Business's export says it stands: on
    /// the service it names (linked now if it is not yet, and recorded), released, or
    /// unassigned, with the export's dates.
    fn adopt(&mut self, at: &str, row: &ValidRow, standing: &Standing) -> Result<()> {
        let service = match &standing.service {
            Some(name) => match self.adopted_service(name)? {
                Ok(service) => Some(service),
                Err(why) => {
                    let problems = [(Attr::AssignedServer.apple_name(), why)];
                    return self.reject(at, Some(&row.serial), &problems);
                }
            },
            None => None,
        };
        let service = service.as_ref().map(|(id, label)| (*id, label.as_str()));
        let arrival = self.arrivals.adopted(&row.attrs, standing, service);
        let incoming = Incoming {
            serial: &row.serial,
            attrs: &row.attrs,
        };
        let stamp = Stamp {
            now: &self.now,
            activity_id: self.activity_id,
        };
        arrival::carry_out(self.tx, incoming, None, &Decision::New(arrival), stamp)?;
        let dates = devices::Dates {
            added: standing.added.as_deref(),
            released: standing.released.as_deref(),
            assigned: standing.assigned.as_deref(),
        };
        devices::set_dates(self.tx, &row.serial, &dates)?;
        self.tally.count(arrival);
        self.tally.adopted += 1;
        self.result.count(Outcome::Changed);
        Ok(())
    }

    /// The service an adopted device names, linking it (and recording that) the first time:
    /// (row id, label), or why the name cannot be a service.
    fn adopted_service(&mut self, name: &str) -> Result<Result<(i64, String), String>> {
        let key = crate::ledger::services::name_key(name);
        if let Some(found) = self.adopted_services.get(&key) {
            return Ok(Ok(found.clone()));
        }
        let (id, shown) = match crate::ledger::services::find(self.tx, name)? {
            Some(service) => (service.id, service.name),
            None => {
                let now: jiff::Timestamp = self.now.parse()?;
                match rules::services::link_named(self.tx, name, now) {
                    Ok(id) => {
                        let message = format!(
                            "linked device management service {}, named in MDM_SERVER",
                            name.trim()
                        );
                        let item = NewItem {
                            message: Some(&message),
                            ..Default::default()
                        };
                        self.items.push(self.tx, Outcome::Changed, &item)?;
                        self.tally.services_linked += 1;
                        self.names.insert(id, name.trim().to_string());
                        (id, name.trim().to_string())
                    }
                    // A name no service may have (reserved, control characters): the row's
                    // problem, not the import's failure.
                    Err(e) => return Ok(Err(format!("{e:#}"))),
                }
            }
        };
        let label = state_label(DeviceStatus::Assigned, Some(&shown));
        self.adopted_services.insert(key, (id, label.clone()));
        Ok(Ok((id, label)))
    }

    /// Records an invalid row: a problem per field, and (with `--skip-invalid`) skipped items.
    fn reject(
        &mut self,
        at: &str,
        serial: Option<&str>,
        problems: &[(&str, String)],
    ) -> Result<()> {
        for (field, message) in problems {
            let field = (!field.is_empty()).then(|| (*field).to_string());
            if self.options.skip_invalid {
                let item = NewItem {
                    serial_number: serial,
                    line: Some(at),
                    field: field.as_deref(),
                    message: Some(message),
                    ..Default::default()
                };
                self.items.push(self.tx, Outcome::Skipped, &item)?;
            }
            if self.result.problems.len() < MAX_PROBLEMS {
                self.result.problems.push(Problem {
                    serial_number: serial.map(str::to_string),
                    line: Some(at.to_string()),
                    field,
                    message: message.clone(),
                });
            } else {
                self.unlisted += 1;
            }
        }
        if self.options.skip_invalid {
            self.result.count(Outcome::Skipped);
        } else {
            self.result.count(Outcome::Failed);
            self.refused = true;
        }
        Ok(())
    }
}
