//! Shared streaming engine for the two comma-separated formats (csv and abm-export): reads the
//! header row once, maps each header column to a [`Slot`] of [`RawDevice`], then turns each data
//! row into a record by indexing a reused [`ByteRecord`].
//!
//! It owns CSV tokenising (via the `csv` crate), blank-row skipping, the field-count check, UTF-8
//! checks and per-row line numbers. It must NOT know any format's column names (those live in
//! `csv.rs` and `abm_export.rs`), must NOT validate values, and must NOT buffer more than one row:
//! a million-row file has to go through in bounded memory and well under a second.

use std::io::{self, Read};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use ::csv::{ByteRecord, ReaderBuilder, Terminator};
use anyhow::{Context, anyhow, bail};

use super::{FormatError, RawDevice, Source, abm_export, clean, push_split};
use crate::model::attributes::{Attr, Kind, RawMut};

/// Where a header column's values go in a [`RawDevice`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Slot {
    /// The attribute's own field.
    Attr(Attr),
    /// abm-export `PURCHASE_SOURCE`: one cell that fills both purchase-source fields.
    AbmPurchaseSource,
    /// abm-export `MDM_SERVER`: `Unassigned` means no server.
    AbmMdmServer,
    /// abm-export `DATE_ASSIGNED_TO_MDM_SERVER`.
    AbmAssignedDate,
}

impl Slot {
    /// Multi-valued slots accumulate, so several columns (IMEI + IMEI2, ETHERNET_MAC_ADDRESS_1..3)
    /// may feed them; a second column for a single-valued slot would silently overwrite instead.
    fn is_multi(self) -> bool {
        matches!(self, Slot::Attr(attr) if attr.kind() == Kind::Many)
    }

    fn store(self, value: &str, device: &mut RawDevice) {
        match self {
            Slot::Attr(attr) => match device.cell_mut(attr) {
                RawMut::One(field) => *field = clean(value),
                RawMut::Many(list) => push_split(list, value),
            },
            Slot::AbmPurchaseSource => {
                let (kind, id) = abm_export::purchase_source(value);
                device.purchase_source_type = kind;
                device.purchase_source_id = id;
            }
            Slot::AbmMdmServer => device.assigned_server = abm_export::mdm_server(value),
            Slot::AbmAssignedDate => device.assigned_date_time = clean(value),
        }
    }
}

/// What a format makes of one header name.
pub(super) enum Column {
    /// Values go to this slot.
    Field(Slot),
    /// A known column abmctl deliberately does not import (e.g. abm-export `DEVICE_ID`).
    Ignored,
    /// Not a column of this format: reported through `Reader::unknown_columns`.
    Unknown,
}

/// The header row: trimmed names and the line it was found on.
pub(super) struct Header {
    pub(super) names: Vec<String>,
    pub(super) line: u64,
}

/// The source as the tokeniser sees it, flagging when the end of input has been reached.
///
/// The flag is what makes line numbers exact: see [`start_line`].
pub(super) struct Watched {
    source: Source,
    eof: Arc<AtomicBool>,
}

impl Read for Watched {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            match self.source.read(buf) {
                Ok(n) => {
                    if n == 0 && !buf.is_empty() {
                        self.eof.store(true, Ordering::Relaxed);
                    }
                    return Ok(n);
                }
                // The crate's buffer does not retry an interrupted read; a signal must not end
                // the import.
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }
}

/// The tokeniser plus what it takes to give each record its exact starting line.
pub(super) struct Tokens {
    reader: ::csv::Reader<Watched>,
    eof: Arc<AtomicBool>,
    /// The crate's line counter before the last read: everything between it and the counter
    /// after the read was consumed by that one record.
    line_before: u64,
}

impl Tokens {
    /// Reads the next record into `record`; false at the end of input.
    fn read(&mut self, record: &mut ByteRecord) -> ::csv::Result<bool> {
        self.line_before = self.reader.position().line();
        self.reader.read_byte_record(record)
    }

    /// The 1-based line on which `record`, just read, starts.
    ///
    /// The crate's own record position is taken *before* skipping blank lines, so it can be
    /// behind. Instead count back from where the record ended: the terminator is `\n` only
    /// (so it is always consumed with the record, and a `\r` before it is just trailing
    /// whitespace of the last cell, which is trimmed), the newlines inside quoted cells are in
    /// the record's bytes, and the only record without a terminator is one cut off by the end of
    /// input — which is exactly when the source has reported EOF while reading it (the crate
    /// returns a terminated record as soon as it sees `\n`, without reading further).
    fn start_line(&self, record: &ByteRecord) -> u64 {
        let end = self.reader.position().line();
        let terminator = u64::from(!self.eof.load(Ordering::Relaxed));
        if end.saturating_sub(self.line_before) <= terminator {
            // The usual one-line record: no blank lines skipped, no newline inside a cell, so
            // there is no need to scan it.
            return self.line_before;
        }
        let inside = count_newlines(record.as_slice());
        end.saturating_sub(inside + terminator).max(1)
    }
}

/// Counts `\n` in 255-byte blocks with a `u8` tally, which the compiler vectorises well.
fn count_newlines(bytes: &[u8]) -> u64 {
    bytes
        .chunks(255)
        .map(|block| u64::from(block.iter().map(|&b| u8::from(b == b'\n')).sum::<u8>()))
        .sum()
}

/// Opens the CSV tokeniser over `source` and reads the header row (the first non-blank row).
pub(super) fn read_header(source: Source) -> anyhow::Result<(Tokens, Header)> {
    // Headers are handled here rather than by the crate so that detection can look at them
    // first, and `flexible` so that a short or long row is our per-row FormatError instead of
    // a crate error.
    let eof = Arc::new(AtomicBool::new(false));
    let reader = ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .terminator(Terminator::Any(b'\n'))
        .buffer_capacity(64 * 1024)
        .from_reader(Watched {
            source,
            eof: Arc::clone(&eof),
        });
    let mut tokens = Tokens {
        reader,
        eof,
        line_before: 1,
    };
    let mut record = ByteRecord::new();
    loop {
        if !tokens
            .read(&mut record)
            .context("cannot read the header row")?
        {
            bail!("the input has no header row");
        }
        if !is_blank(&record) {
            break;
        }
    }
    let line = tokens.start_line(&record);
    let names = record
        .iter()
        .map(|name| std::str::from_utf8(name).map(|name| name.trim().to_owned()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| {
            anyhow!(
                "line {line}: the header row is not valid UTF-8; save the file as UTF-8 \
                 (Excel: \"CSV UTF-8\")"
            )
        })?;
    Ok((tokens, Header { names, line }))
}

/// One header column that feeds a slot.
struct Mapped {
    index: usize,
    slot: Slot,
    /// The header text, so per-field errors name the column the user actually wrote.
    name: String,
}

/// Header columns resolved to slots, computed once so rows never look names up.
pub(super) struct Mapping {
    columns: Vec<Mapped>,
    unknown: Vec<String>,
    has_serial: bool,
}

impl Mapping {
    /// Resolves every header name with `column`, which receives the name trimmed and
    /// ASCII-lowercased (header matching is case-insensitive in both formats).
    ///
    /// Blank header cells are skipped without a warning: spreadsheets add them for trailing
    /// empty columns. A repeated single-valued column is ignored and reported with the unknown
    /// ones, because letting the later one win would hide a mistake.
    pub(super) fn new(header: &Header, column: fn(&str) -> Column) -> Mapping {
        let mut columns: Vec<Mapped> = Vec::new();
        let mut unknown = Vec::new();
        for (index, name) in header.names.iter().enumerate() {
            if name.is_empty() {
                continue;
            }
            match column(&name.to_ascii_lowercase()) {
                Column::Field(slot) => {
                    if !slot.is_multi() && columns.iter().any(|c| c.slot == slot) {
                        unknown.push(name.clone());
                    } else {
                        columns.push(Mapped {
                            index,
                            slot,
                            name: name.clone(),
                        });
                    }
                }
                Column::Ignored => {}
                Column::Unknown => unknown.push(name.clone()),
            }
        }
        let has_serial = (columns.iter()).any(|c| c.slot == Slot::Attr(Attr::SerialNumber));
        Mapping {
            columns,
            unknown,
            has_serial,
        }
    }

    /// Whether some column feeds the serial number, without which rows cannot be identified.
    pub(super) fn has_serial(&self) -> bool {
        self.has_serial
    }

    /// Non-blank header names that were not used (unknown or duplicated), in header order.
    pub(super) fn unknown_columns(&self) -> &[String] {
        &self.unknown
    }
}

/// The data rows of a csv or abm-export file, read one at a time.
pub(super) struct TableRows {
    tokens: Tokens,
    /// Reused for every row so reading allocates nothing per row but the output strings.
    record: ByteRecord,
    columns: Vec<Mapped>,
    width: usize,
    last_line: u64,
    done: bool,
}

impl TableRows {
    /// Continues after `header` on the tokeniser `read_header` returned.
    pub(super) fn new(tokens: Tokens, header: Header, mapping: Mapping) -> TableRows {
        TableRows {
            tokens,
            record: ByteRecord::new(),
            columns: mapping.columns,
            width: header.names.len(),
            last_line: header.line,
            done: false,
        }
    }

    /// Next data row; blank rows are skipped, a malformed row is returned as an error and
    /// reading goes on with the following row. A read (I/O) error ends the stream.
    pub(super) fn next_record(&mut self) -> Option<Result<RawDevice, FormatError>> {
        loop {
            if self.done {
                return None;
            }
            match self.tokens.read(&mut self.record) {
                Ok(true) => {}
                Ok(false) => {
                    self.done = true;
                    return None;
                }
                Err(err) => {
                    // With byte records and `flexible`, only I/O errors reach here; the
                    // tokeniser cannot be trusted to resync after one, so stop.
                    self.done = true;
                    let line = err.position().map_or(self.last_line + 1, |p| p.line());
                    return Some(Err(FormatError {
                        line,
                        field: None,
                        message: format!("cannot read the input: {err}"),
                    }));
                }
            }
            let line = self.tokens.start_line(&self.record);
            self.last_line = line;
            // Excel leaves rows of bare commas behind deleted data; they are empty lines too.
            if is_blank(&self.record) {
                continue;
            }
            if self.record.len() != self.width {
                return Some(Err(FormatError {
                    line,
                    field: None,
                    message: format!(
                        "row has {} fields but the header has {}",
                        self.record.len(),
                        self.width
                    ),
                }));
            }
            return Some(self.convert(line));
        }
    }

    fn convert(&self, line: u64) -> Result<RawDevice, FormatError> {
        let mut device = RawDevice {
            line,
            ..RawDevice::default()
        };
        // One UTF-8 check for the whole row is much cheaper than one per cell; cells are then
        // sliced out of it by range (`get` also refuses a range that is not on a char boundary).
        // Only when that fails is each cell checked, to name the offending column.
        let whole = std::str::from_utf8(self.record.as_slice()).ok();
        for column in &self.columns {
            let fast = whole
                .zip(self.record.range(column.index))
                .and_then(|(whole, range)| whole.get(range));
            let value = match fast {
                Some(value) => value,
                None => {
                    let Some(bytes) = self.record.get(column.index) else {
                        continue;
                    };
                    std::str::from_utf8(bytes).map_err(|_| FormatError {
                        line,
                        field: Some(column.name.clone()),
                        message: "not valid UTF-8; save the file as UTF-8 (Excel: \"CSV UTF-8\")"
                            .into(),
                    })?
                }
            };
            column.slot.store(value, &mut device);
        }
        Ok(device)
    }
}

/// True when every cell is whitespace; stops at the first non-blank cell, so it is cheap on
/// ordinary rows.
fn is_blank(record: &ByteRecord) -> bool {
    record.iter().all(|field| field.trim_ascii().is_empty())
}
