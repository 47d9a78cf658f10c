//! The bytes under the csv tokeniser, checked as they stream past: [`RowGuard`] sits between the
//! input and the `csv` crate's reader of the two comma-separated formats and
//!
//! - reads a lone CR as a line end (Excel's "CSV (Macintosh)" ends lines with CR only; a CRLF is
//!   left as it is), so that every row is found and every line numbered;
//! - follows the quoting the way the crate does, and notes each quoted cell that is not closed
//!   properly (text after its closing quote, or no closing quote before the end of the input).
//!   The crate accepts both silently — it glues the text on, or swallows the rest of the file
//!   into one cell — which can merge two rows into one device and drop the other;
//! - refuses a row longer than [`ROW_LIMIT`] (line breaks inside quoted cells included) before
//!   the crate has buffered more than that, so `/dev/zero` or a one-line 200 MB file costs at
//!   most the limit in memory.
//!
//! It must NOT tokenise (the crate does) nor know any format's columns; `table.rs` asks it, after
//! each record, whether that record held a quoting fault, and after an I/O error whether the
//! guard stopped the input on purpose.

use std::collections::VecDeque;
use std::io::{self, Read};

use super::{FormatError, Source};

/// The most bytes one row of a csv or abm-export file may take, including the line breaks
/// inside its quoted cells. Real rows are a few hundred bytes; a header of ten thousand columns
/// is about 150 KiB.
pub const ROW_LIMIT: u64 = 1 << 20;

/// The crate's read buffer. Smaller than [`ROW_LIMIT`], so that the rows that begin and end
/// inside one read are shorter than the limit and only the row still open at the end of a read
/// needs measuring.
pub(super) const BUFFER: usize = 64 * 1024;

const _: () = assert!((BUFFER as u64) < ROW_LIMIT);

/// Where the quote state machine is, mirroring the crate's (RFC 4180 with `""` for a quote).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quote {
    /// Outside quotes: a `"` opens a quoted cell only as the cell's first byte.
    Out,
    /// Inside a quoted cell.
    In,
    /// Just after a `"` inside a quoted cell: `"` again is an escaped quote, a comma or line
    /// end closes the cell, anything else is a fault.
    Closing,
}

/// A quoted cell that was not closed properly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Fault {
    /// Stream offset of the quote that opened the cell: the record holding it is the faulty one.
    pub(super) offset: u64,
    /// The line that quote is on.
    pub(super) line: u64,
    /// What went wrong.
    pub(super) kind: FaultKind,
}

/// How a quoted cell went wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FaultKind {
    /// The closing quote, on this line, is followed by more text.
    TextAfterQuote { closed_on: u64 },
    /// The input ended, on this line, inside the quoted cell.
    Unterminated { input_ends_on: u64 },
}

impl Fault {
    /// The problem, for a human.
    pub(super) fn message(&self) -> String {
        match self.kind {
            FaultKind::TextAfterQuote { closed_on } if closed_on > self.line => format!(
                "unbalanced quotes: the quoted cell that starts on this line ends on line \
                 {closed_on} with more text after its closing quote, so lines {}-{closed_on} \
                 were read as one row; write a quote inside a quoted cell as \"\"",
                self.line
            ),
            FaultKind::TextAfterQuote { .. } => "unbalanced quotes: text follows the closing \
                 quote of a quoted cell; write a quote inside a quoted cell as \"\""
                .to_string(),
            FaultKind::Unterminated { input_ends_on } => format!(
                "unterminated quote: the quoted cell that starts on this line is never closed, \
                 so everything up to the end of the input (line {input_ends_on}) was read as one \
                 row"
            ),
        }
    }
}

/// The input of the csv tokeniser, checked as it streams (see the module comment).
pub(super) struct RowGuard {
    source: Source,
    /// Stream offset of the next byte handed to the crate.
    offset: u64,
    /// Line of the next byte handed to the crate.
    line: u64,
    /// The last byte handed to the crate (`\n` before the first: the input starts a cell).
    last: u8,
    quote: Quote,
    /// Offset and line of the quote that opened the current quoted cell.
    opened: (u64, u64),
    /// Offset and line where the row being read began.
    row: (u64, u64),
    /// A byte read from the source but not handed on yet: the CR that ended a read, or the
    /// byte after a CR that was a whole read.
    ahead: Option<u8>,
    /// The source has reported its end.
    eof: bool,
    faults: VecDeque<Fault>,
    /// Why the guard stopped the input (a row over the limit); reading is over after it.
    stopped: Option<FormatError>,
}

impl RowGuard {
    /// Guards `source`, which starts at line 1.
    pub(super) fn new(source: Source) -> RowGuard {
        RowGuard {
            source,
            offset: 0,
            line: 1,
            last: b'\n',
            quote: Quote::Out,
            opened: (0, 1),
            row: (0, 1),
            ahead: None,
            eof: false,
            faults: VecDeque::new(),
            stopped: None,
        }
    }

    /// Whether the source has reported its end.
    pub(super) fn at_eof(&self) -> bool {
        self.eof
    }

    /// The fault of the record that ends at stream offset `end`, if it has one; faults of that
    /// record beyond the first are dropped (one problem a row).
    pub(super) fn take_fault(&mut self, end: u64) -> Option<Fault> {
        let mut first = None;
        while self.faults.front().is_some_and(|f| f.offset < end) {
            let fault = self.faults.pop_front();
            first = first.or(fault);
        }
        first
    }

    /// Why the guard stopped the input, once it has.
    pub(super) fn take_stop(&mut self) -> Option<FormatError> {
        self.stopped.take()
    }

    /// Fills `buf` (not empty) from the source, the byte read ahead first; 0 at the end of the
    /// input. A lone CR becomes `\n`; a CRLF is left as it is (its CR is whitespace at the end
    /// of a cell, which is trimmed, or part of a quoted cell). A CR that ends a read is held
    /// back until the byte after it is known.
    fn fill(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let mut n = 0;
        if let (Some(byte), Some(first)) = (self.ahead, buf.first_mut()) {
            *first = byte;
            self.ahead = None;
            n = 1;
        }
        let mut ended = false;
        if let Some(rest) = buf.get_mut(n..).filter(|rest| !rest.is_empty()) {
            let got = read_retrying(&mut self.source, rest)?;
            ended = got == 0;
            n += got;
        }
        let Some(filled) = buf.get_mut(..n) else {
            return Ok(0);
        };
        if filled.last() == Some(&b'\r') && !ended {
            if n > 1 {
                self.ahead = Some(b'\r');
                n -= 1;
            } else {
                let mut one = [0u8; 1];
                if read_retrying(&mut self.source, &mut one)? == 1 {
                    self.ahead = Some(one[0]);
                }
            }
        }
        let Some(filled) = buf.get_mut(..n) else {
            return Ok(0);
        };
        let mut from = 0;
        while let Some(k) = filled
            .get(from..)
            .and_then(|rest| memchr::memchr(b'\r', rest))
        {
            let cr = from + k;
            let next = filled.get(cr + 1).copied().or(self.ahead);
            if next != Some(b'\n')
                && let Some(byte) = filled.get_mut(cr)
            {
                *byte = b'\n';
            }
            from = cr + 1;
        }
        Ok(n)
    }

    /// Follows the quoting and the rows through `bytes`, the next bytes handed to the crate.
    /// Every CR in them is the first half of a CRLF by now.
    fn scan(&mut self, bytes: &[u8]) {
        let base = self.offset;
        let mut i = 0;
        // One step per quote or line end: a memchr2 jump over everything else, which is
        // nearly all of a file.
        while let Some(rest) = bytes.get(i..).filter(|rest| !rest.is_empty()) {
            if self.quote == Quote::Closing {
                match rest.first() {
                    Some(b'"') => {
                        self.quote = Quote::In;
                        i += 1;
                        continue;
                    }
                    // Closed (a CR is the first half of a CRLF). The byte itself is read
                    // again outside the quotes.
                    Some(b',' | b'\n' | b'\r') | None => {}
                    Some(_) => self.faults.push_back(Fault {
                        offset: self.opened.0,
                        line: self.opened.1,
                        kind: FaultKind::TextAfterQuote {
                            closed_on: self.line,
                        },
                    }),
                }
                self.quote = Quote::Out;
            }
            let Some(k) = memchr::memchr2(b'"', b'\n', rest) else {
                break;
            };
            let at = i + k;
            i = at + 1;
            if bytes.get(at) == Some(&b'\n') {
                self.line += 1;
                if self.quote == Quote::Out {
                    // A row ends here.
                    let end = base + at as u64;
                    if end - self.row.0 > ROW_LIMIT {
                        self.stop(self.row.1);
                    }
                    self.row = (end + 1, self.line);
                }
                continue;
            }
            if self.quote == Quote::In {
                self.quote = Quote::Closing;
                continue;
            }
            let prev = match at.checked_sub(1) {
                Some(p) => bytes.get(p).copied().unwrap_or(b'\n'),
                None => self.last,
            };
            // Only a quote that begins a cell opens one; elsewhere it is text.
            if prev == b',' || prev == b'\n' {
                self.quote = Quote::In;
                self.opened = (base + at as u64, self.line);
            }
        }
        self.offset = base + bytes.len() as u64;
        if let Some(&last) = bytes.last() {
            self.last = last;
        }
        if self.offset - self.row.0 > ROW_LIMIT {
            self.stop(self.row.1);
        }
    }

    /// Stops the input at a row over the limit that begins on `line`.
    fn stop(&mut self, line: u64) {
        if self.stopped.is_some() {
            return;
        }
        let mut message = format!("too long (limit {} per row)", super::size(ROW_LIMIT));
        if self.quote != Quote::Out {
            message.push_str(&format!(
                ": the quoted cell that starts on line {} is not closed",
                self.opened.1
            ));
        }
        self.stopped = Some(FormatError {
            line,
            field: None,
            path: None,
            message,
        });
    }

    /// Notes the end of the input: a quoted cell still open is a fault.
    fn end(&mut self) {
        self.eof = true;
        if self.quote == Quote::In {
            self.faults.push_back(Fault {
                offset: self.opened.0,
                line: self.opened.1,
                kind: FaultKind::Unterminated {
                    input_ends_on: self.line,
                },
            });
            self.quote = Quote::Out;
        }
    }
}

impl Read for RowGuard {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.stopped.is_some() {
            return Err(io::Error::other(
                "the input was stopped at a row over the limit",
            ));
        }
        if buf.is_empty() {
            return Ok(0);
        }
        let n = self.fill(buf)?;
        if n == 0 {
            self.end();
            return Ok(0);
        }
        self.scan(buf.get(..n).unwrap_or_default());
        if self.stopped.is_some() {
            return Err(io::Error::other(
                "the input was stopped at a row over the limit",
            ));
        }
        Ok(n)
    }
}

/// `read`, retried when a signal interrupts it: the crate does not retry, and a signal must not
/// end the import.
fn read_retrying(source: &mut Source, buf: &mut [u8]) -> io::Result<usize> {
    loop {
        match source.read(buf) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            other => return other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feeds `input` through a guard in reads of `chunk` bytes; returns what came out and the
    /// guard.
    fn run(input: &[u8], chunk: usize) -> (Vec<u8>, RowGuard) {
        let source: Source =
            io::Cursor::new(Vec::new()).chain(Box::new(io::Cursor::new(input.to_vec())));
        let mut guard = RowGuard::new(source);
        let mut out = Vec::new();
        let mut buf = vec![0; chunk];
        loop {
            match guard.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => out.extend_from_slice(&buf[..n]),
                Err(_) => break,
            }
        }
        (out, guard)
    }

    #[test]
    fn a_lone_cr_is_a_line_end_and_crlf_is_kept_whatever_the_reads() {
        for chunk in [1, 2, 3, 7, 64] {
            let (out, _) = run(b"a,b\rc,d\r\ne\r\r\nf\r", chunk);
            assert_eq!(out, b"a,b\nc,d\r\ne\n\r\nf\n", "reads of {chunk}");
        }
    }

    #[test]
    fn faults_name_the_line_the_quoted_cell_began() {
        for chunk in [1, 5, 64] {
            let input = b"h\n\"ok\",\"a \"\"b\"\"\"\n\"x\ny\"\r\nA,\"MacBook,O1\nB,\"Mac mini\",O2\nC,\"open\n\n";
            let (_, guard) = run(input, chunk);
            let faults: Vec<(u64, FaultKind)> =
                guard.faults.into_iter().map(|f| (f.line, f.kind)).collect();
            assert_eq!(
                faults,
                [
                    (5, FaultKind::TextAfterQuote { closed_on: 6 }),
                    (7, FaultKind::Unterminated { input_ends_on: 9 }),
                ],
                "reads of {chunk}"
            );
        }
    }

    #[test]
    fn a_fault_belongs_to_the_record_holding_its_opening_quote() {
        let (_, mut guard) = run(b"a\nb,\"x\"y\n", 64);
        assert_eq!(guard.take_fault(4), None);
        assert_eq!(guard.take_fault(5).map(|f| f.offset), Some(4));
        assert_eq!(guard.take_fault(u64::MAX), None);
    }

    #[test]
    fn a_quote_inside_an_unquoted_cell_is_text() {
        let (_, mut guard) = run(b"a,15\" MacBook,b\"\"c\n\"q\"\n", 64);
        assert_eq!(guard.take_fault(u64::MAX), None);
    }

    #[test]
    fn a_row_over_the_limit_stops_the_input_at_its_line() {
        let mut input = b"h\n\n".to_vec();
        input.extend(std::iter::repeat_n(b'x', ROW_LIMIT as usize + 1));
        let (out, mut guard) = run(&input, BUFFER);
        assert!(out.len() as u64 <= ROW_LIMIT + BUFFER as u64);
        let stop = guard.take_stop().unwrap();
        assert_eq!(
            (stop.line, stop.message.as_str()),
            (3, "too long (limit 1 MiB per row)")
        );
        // Exactly at the limit is fine, blank lines do not add up.
        let mut input = b"\n".repeat(2 * ROW_LIMIT as usize);
        input.extend(std::iter::repeat_n(b'x', ROW_LIMIT as usize));
        input.push(b'\n');
        let (_, mut guard) = run(&input, BUFFER);
        assert_eq!(guard.take_stop(), None);
        // A quoted cell that never closes is stopped too, and says so.
        let mut input = b"h\n\"".to_vec();
        input.extend(b"x\n".repeat(ROW_LIMIT as usize));
        let (_, mut guard) = run(&input, BUFFER);
        let stop = guard.take_stop().unwrap();
        assert_eq!(stop.line, 2);
        assert!(
            stop.message
                .ends_with("the quoted cell that starts on line 2 is not closed")
        );
    }
}
