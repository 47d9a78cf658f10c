//! Shared streaming engine for the two comma-separated formats (csv and abm-export): reads the
//! header row once, maps each header column to a [`Slot`] of [`RawDevice`], then turns each data
//! row into a record by indexing a reused [`ByteRecord`].
//!
//! It owns CSV tokenising (via the `csv` crate, over `row_guard.rs`, which checks the quoting,
//! line ends and row size of the bytes as they stream), blank-row skipping, the field-count
//! check, the cell bound, UTF-8 checks and per-row line numbers. It must NOT know any format's
//! column names (those live in `csv.rs` and `abm_export.rs`), must NOT validate values, and must
//! NOT buffer more than one row: a million-row file has to go through in bounded memory and well
//! under a second.

use ::csv::{ByteRecord, ReaderBuilder, Terminator};
use anyhow::bail;

use super::row_guard::{self, RowGuard};
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

/// The tokeniser plus what it takes to give each record its exact starting line.
pub(super) struct Tokens {
    reader: ::csv::Reader<RowGuard>,
    /// The crate's line counter before the last read: everything between it and the counter
    /// after the read was consumed by that one record.
    line_before: u64,
}

/// What [`Tokens::read`] found.
enum Found {
    /// A record, now in the buffer, that starts on this line.
    Record(u64),
    /// A record whose quoting is broken (so it may hold several rows, or a row may be cut):
    /// the problem, at the line where the broken quoted cell began.
    Broken(FormatError),
    /// The end of the input.
    End,
}

impl Tokens {
    /// Reads the next record into `record`. An error ends the input: an I/O error, or the
    /// guard's stop at a row over the limit.
    fn read(&mut self, record: &mut ByteRecord) -> Result<Found, FormatError> {
        self.line_before = self.reader.position().line();
        match self.reader.read_byte_record(record) {
            Ok(false) => Ok(Found::End),
            Ok(true) => {
                let end = self.reader.position().byte();
                Ok(match self.reader.get_mut().take_fault(end) {
                    None => Found::Record(self.start_line(record)),
                    Some(fault) => Found::Broken(FormatError {
                        line: fault.line,
                        field: None,
                        path: None,
                        message: fault.message(),
                    }),
                })
            }
            Err(err) => Err(match self.reader.get_mut().take_stop() {
                Some(stop) => stop,
                None => FormatError {
                    line: self.line_before,
                    field: None,
                    path: None,
                    message: format!("cannot read the input: {err}"),
                },
            }),
        }
    }

    /// 1 when the record just read ended with its line end, 0 when the input ended it.
    ///
    /// The crate returns a terminated record as soon as it sees its `\n`, without reading
    /// further, so the only record without a terminator is one cut off by the end of input —
    /// which is exactly when the source has reported its end while reading it.
    fn terminator(&self) -> u64 {
        u64::from(!self.reader.get_ref().at_eof())
    }

    /// The 1-based line on which `record`, just read, starts.
    ///
    /// The crate's own record position is taken *before* skipping blank lines, so it can be
    /// behind. Instead count back from where the record ended: the terminator is `\n` only
    /// (the guard turns a lone `\r` into one; the `\r` of a CRLF is trailing whitespace of the
    /// last cell, which is trimmed), and the newlines inside quoted cells are in the record's
    /// bytes.
    fn start_line(&self, record: &ByteRecord) -> u64 {
        let end = self.reader.position().line();
        let terminator = self.terminator();
        if end.saturating_sub(self.line_before) <= terminator {
            // The usual one-line record: no blank lines skipped, no newline inside a cell, so
            // there is no need to scan it.
            return self.line_before;
        }
        let inside = super::count_newlines(record.as_slice());
        end.saturating_sub(inside + terminator).max(1)
    }

    /// The line on which the record just read ends.
    fn end_line(&self) -> u64 {
        (self.reader.position().line()).saturating_sub(self.terminator())
    }
}

/// Opens the CSV tokeniser over `source` and reads the header row (the first non-blank row).
pub(super) fn read_header(source: Source) -> anyhow::Result<(Tokens, Header)> {
    // Headers are handled here rather than by the crate so that detection can look at them
    // first, and `flexible` so that a short or long row is our per-row FormatError instead of
    // a crate error.
    let reader = ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .terminator(Terminator::Any(b'\n'))
        .buffer_capacity(row_guard::BUFFER)
        .from_reader(RowGuard::new(source));
    let mut tokens = Tokens {
        reader,
        line_before: 1,
    };
    let mut record = ByteRecord::new();
    let line = loop {
        match tokens.read(&mut record).map_err(anyhow::Error::new)? {
            Found::End => bail!("the input has no header row"),
            Found::Broken(problem) => return Err(anyhow::Error::new(problem)),
            Found::Record(line) if !is_blank(&record) => break line,
            Found::Record(_) => {}
        }
    };
    let names = record
        .iter()
        .map(|name| std::str::from_utf8(name).map(|name| name.trim().to_owned()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| FormatError {
            line,
            field: None,
            path: None,
            message: "the header row is not valid UTF-8; save the file as UTF-8 (Excel: \"CSV \
                      UTF-8\")"
                .into(),
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
            let line = match self.tokens.read(&mut self.record) {
                Ok(Found::Record(line)) => line,
                Ok(Found::Broken(problem)) => return Some(Err(problem)),
                Ok(Found::End) => {
                    self.done = true;
                    return None;
                }
                Err(problem) => {
                    // An I/O error or a row over the limit: the tokeniser cannot be trusted to
                    // resync after either, so stop.
                    self.done = true;
                    return Some(Err(problem));
                }
            };
            // Excel leaves rows of bare commas behind deleted data; they are empty lines too.
            if is_blank(&self.record) {
                continue;
            }
            if self.record.len() != self.width {
                let mut message = format!(
                    "row has {} fields but the header has {}",
                    self.record.len(),
                    self.width
                );
                let end = self.tokens.end_line();
                if end > line {
                    message.push_str(&format!(
                        " (a quoted cell with line breaks makes lines {line}-{end} one row)"
                    ));
                }
                return Some(Err(FormatError {
                    line,
                    field: None,
                    path: None,
                    message,
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
        // No cell of a row shorter than the limit can be over it: check cells only otherwise.
        let long = self.record.as_slice().len() > super::CELL_LIMIT;
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
                        path: None,
                        message: "not valid UTF-8; save the file as UTF-8 (Excel: \"CSV UTF-8\")"
                            .into(),
                    })?
                }
            };
            if long && value.len() > super::CELL_LIMIT {
                return Err(FormatError {
                    line,
                    field: Some(column.name.clone()),
                    path: None,
                    message: super::cell_too_long(),
                });
            }
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
