//! Everything the user sees: data on stdout (table, json, jsonl, csv), status lines, warnings,
//! progress bars and prompts on stderr, colour decided once.
//!
//! This is the only module allowed to write to the terminal (clippy's `print_stdout` and
//! `print_stderr` are denied, and `clippy.toml` disallows `std::io::stdout`/`stderr`, outside
//! the two handles taken below). It knows nothing of the ledger: commands hand it rows.

use std::io::{self, IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};

use anyhow::Result;
use serde::Serialize;
use unicode_width::{UnicodeWidthChar as _, UnicodeWidthStr as _};

use crate::error::{self, Exit};

/// The data format of stdout (`-o`, `ABMCTL_OUTPUT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// Aligned table for people (the default): a few columns, long cells cut to the width
    Table,
    /// Aligned table of every column (the fields of json and csv), nothing cut
    Wide,
    /// One JSON document: an array for lists, an object for one record
    Json,
    /// One JSON object per line, streamed
    Jsonl,
    /// A header row, then one row per record
    Csv,
}

impl OutputFormat {
    /// True for the formats for people (`table`, `wide`): mutating commands print sentences on
    /// stderr rather than a result document.
    pub fn is_table(self) -> bool {
        matches!(self, OutputFormat::Table | OutputFormat::Wide)
    }
}

/// When to use colour (`--color`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise
    Auto,
    /// Always colour
    Always,
    /// Never colour
    Never,
}

/// A record that can be shown as a table row and a CSV row as well as JSON.
///
/// CSV columns are the JSON keys, in the same order, with list values joined by `;` (the
/// import format's convention), so `device list -o csv` can be imported again. `-o wide` shows
/// every one of them; `-o table` the few of [`Row::table_columns`], chosen so that a list of
/// typical data fits 80 columns (SPEC §3).
pub trait Row: Serialize {
    /// Column names for CSV (the JSON keys).
    fn headers() -> &'static [&'static str];
    /// Cell values for CSV, in header order.
    fn cells(&self) -> Vec<String>;
    /// The keys (of `headers()`) a table shows, in order; all of them by default.
    fn table_columns() -> &'static [&'static str] {
        Self::headers()
    }
}

/// The resolved output settings and the handles to write through.
#[derive(Debug, Clone)]
pub struct Output {
    /// The format of stdout data.
    pub format: OutputFormat,
    quiet: bool,
    verbosity: u8,
    color: bool,
    no_input: bool,
    /// The width tables are cut to: `COLUMNS`, else the terminal's when stdout is one; none
    /// when stdout is a file or a pipe (nothing is cut there).
    width: Option<u16>,
}

impl Output {
    /// Resolves the output settings; colour per `color_enabled`. `verbosity` is how many `-v`
    /// were given.
    pub fn new(
        format: OutputFormat,
        color: ColorChoice,
        quiet: bool,
        verbosity: u8,
        no_input: bool,
    ) -> Self {
        Output {
            format,
            quiet,
            verbosity,
            color: color_enabled(color),
            no_input,
            width: table_width(std::env::var("COLUMNS").ok().as_deref()),
        }
    }

    /// True when `-q` was given.
    pub fn quiet(&self) -> bool {
        self.quiet
    }

    /// True when at least one `-v` was given.
    pub fn verbose(&self) -> bool {
        self.verbosity >= 1
    }

    /// A status line on stderr ("Linked supplier 12345."), silenced by `-q`.
    pub fn status(&self, message: impl AsRef<str>) {
        if !self.quiet {
            let _ = writeln!(stderr().lock(), "{}", printable(message.as_ref()));
        }
    }

    /// A verbose trace line on stderr (`-v`).
    pub fn trace(&self, message: impl AsRef<str>) {
        if self.verbose() {
            let _ = writeln!(stderr().lock(), "{}", printable(message.as_ref()));
        }
    }

    /// A warning on stderr; `-q` silences it (warnings are status, not errors).
    pub fn warn(&self, message: impl AsRef<str>) {
        if !self.quiet {
            let prefix = self.paint("warning:", "33");
            let _ = writeln!(stderr().lock(), "{prefix} {}", printable(message.as_ref()));
        }
    }

    fn paint(&self, text: &str, code: &str) -> String {
        if self.color {
            format!("\x1b[1;{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// Prints one record (`show` commands): a two-column table, a JSON object, or one CSV row.
    pub fn record<T: Row>(&self, record: &T) -> Result<()> {
        let mut out = stdout().lock();
        match self.format {
            OutputFormat::Json => {
                serde_json::to_writer_pretty(&mut out, record)?;
                writeln!(out)?;
            }
            OutputFormat::Jsonl => {
                serde_json::to_writer(&mut out, record)?;
                writeln!(out)?;
            }
            OutputFormat::Csv => {
                let mut w = csv::Writer::from_writer(&mut out);
                w.write_record(T::headers())?;
                w.write_record(record.cells())?;
                w.flush()?;
            }
            OutputFormat::Table | OutputFormat::Wide => {
                // One field a line, under its JSON key: every field, in both table formats.
                let rows = (T::headers().iter().zip(record.cells()))
                    .map(|(h, c)| vec![(*h).to_string(), cell(&c)])
                    .collect();
                self.table(&mut out, None, rows)?;
            }
        }
        out.flush()?;
        Ok(())
    }

    /// Prints a document that has a wire form of its own (the service discovery document):
    /// in table mode its exact compact JSON, byte for byte what a server sends (so `> file`
    /// saves it); pretty JSON with `-o json`, one line with `-o jsonl`, one row with `-o csv`.
    pub fn document<T: Row>(&self, document: &T) -> Result<()> {
        if self.format != OutputFormat::Table {
            return self.record(document);
        }
        let mut out = stdout().lock();
        serde_json::to_writer(&mut out, document)?;
        writeln!(out)?;
        out.flush()?;
        Ok(())
    }

    /// Prints one record with a streamed list under `key` (json only: `activity show`).
    pub fn record_with_list<T: Serialize, I: Serialize>(
        &self,
        record: &T,
        key: &str,
        items: impl IntoIterator<Item = Result<I>>,
    ) -> Result<()> {
        let mut out = io::BufWriter::new(stdout().lock());
        let head = serde_json::to_string_pretty(record)?;
        let head = head
            .trim_end()
            .strip_suffix('}')
            .unwrap_or(&head)
            .trim_end();
        let sep = if head.ends_with('{') { "" } else { "," };
        write!(out, "{head}{sep}\n  {}: [", serde_json::to_string(key)?)?;
        let mut first = true;
        for item in items {
            out.write_all(if first { b"\n    " } else { b",\n    " })?;
            serde_json::to_writer(&mut out, &item?)?;
            first = false;
        }
        out.write_all(if first { b"]\n}\n" } else { b"\n  ]\n}\n" })?;
        out.flush()?;
        Ok(())
    }

    /// Prints a list, streaming rows for json, jsonl and csv; a table is built then printed.
    pub fn list<T: Row>(&self, rows: impl IntoIterator<Item = Result<T>>) -> Result<usize> {
        let mut out = io::BufWriter::with_capacity(64 * 1024, stdout().lock());
        let mut n = 0usize;
        match self.format {
            OutputFormat::Json => {
                out.write_all(b"[")?;
                for row in rows {
                    let row = row?;
                    out.write_all(if n == 0 { b"\n  " } else { b",\n  " })?;
                    serde_json::to_writer(&mut out, &row)?;
                    n += 1;
                }
                out.write_all(if n == 0 { b"]\n" } else { b"\n]\n" })?;
            }
            OutputFormat::Jsonl => {
                for row in rows {
                    serde_json::to_writer(&mut out, &row?)?;
                    out.write_all(b"\n")?;
                    n += 1;
                }
            }
            OutputFormat::Csv => {
                let mut w = csv::Writer::from_writer(&mut out);
                w.write_record(T::headers())?;
                for row in rows {
                    w.write_record(row?.cells())?;
                    n += 1;
                }
                w.flush()?;
            }
            OutputFormat::Table | OutputFormat::Wide => {
                let headers = T::headers();
                let columns: Vec<usize> = if self.format == OutputFormat::Wide {
                    (0..headers.len()).collect()
                } else {
                    (T::table_columns().iter())
                        .filter_map(|key| headers.iter().position(|h| h == key))
                        .collect()
                };
                let header = columns.iter().map(|&i| label(headers[i])).collect();
                let mut table = Vec::new();
                for row in rows {
                    let cells = row?.cells();
                    table.push(
                        (columns.iter())
                            .map(|&i| cells.get(i).map_or_else(String::new, |c| cell(c)))
                            .collect(),
                    );
                    n += 1;
                }
                if n > 0 {
                    self.table(&mut out, Some(header), table)?;
                }
            }
        }
        out.flush()?;
        Ok(n)
    }

    /// Writes CSV with its own columns whatever `-o` says (`export` writes ABM's format).
    pub fn csv(
        &self,
        headers: &[&str],
        rows: impl IntoIterator<Item = Result<Vec<String>>>,
    ) -> Result<usize> {
        let mut w =
            csv::Writer::from_writer(io::BufWriter::with_capacity(64 * 1024, stdout().lock()));
        w.write_record(headers)?;
        let mut n = 0;
        for row in rows {
            w.write_record(row?)?;
            n += 1;
        }
        w.flush()?;
        Ok(n)
    }

    /// Writes a table in the house style: no borders, columns two spaces apart (as kubectl's),
    /// no trailing spaces. In `table` format with a known width, cells are cut with `…` so
    /// that each row fits on one line ([`fit`]); `wide` cuts nothing.
    fn table(
        &self,
        out: &mut impl Write,
        header: Option<Vec<String>>,
        mut rows: Vec<Vec<String>>,
    ) -> Result<()> {
        if let (OutputFormat::Table, Some(width)) = (self.format, self.width) {
            fit(header.as_deref(), &mut rows, usize::from(width));
        }
        let mut table = comfy_table::Table::new();
        table.load_preset(comfy_table::presets::NOTHING);
        // Width and colour are decided here, not by comfy-table's terminal detection.
        table.force_no_tty();
        if let Some(header) = header {
            table.set_header(header);
        }
        table.add_rows(rows);
        let last = table.column_count().saturating_sub(1);
        for column in table.column_iter_mut() {
            column.set_padding((0, if column.index == last { 0 } else { GAP as u16 }));
        }
        for line in table.lines() {
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }

    /// Prints the result of a mutating command: the JSON document in json/jsonl/csv modes,
    /// one human sentence per outcome on stderr in table mode.
    pub fn result(&self, result: &crate::result::CommandResult) -> Result<()> {
        match self.format {
            OutputFormat::Table | OutputFormat::Wide => {
                for line in result.sentences() {
                    self.status(line);
                }
                // A file with a wrong header can have a problem on every row: a person reads
                // the first ones; `-o json` lists them all.
                let prefix = self.paint("problem:", "31");
                let mut stderr = stderr().lock();
                for p in result.problems.iter().take(MAX_PROBLEMS_SHOWN) {
                    let _ = writeln!(stderr, "{prefix} {}", printable(&p.to_string()));
                }
                if result.problems.len() > MAX_PROBLEMS_SHOWN {
                    // Counted in all, those a result could not list included.
                    let more = result.problems_found() - MAX_PROBLEMS_SHOWN as u64;
                    let listed = if result.unlisted_problems > 0 {
                        "`-o json` lists the first of them"
                    } else {
                        "`-o json` lists every problem"
                    };
                    let _ = writeln!(stderr, "{prefix} … and {more} more ({listed})");
                }
                Ok(())
            }
            OutputFormat::Json => {
                let mut out = stdout().lock();
                serde_json::to_writer_pretty(&mut out, result)?;
                writeln!(out)?;
                Ok(())
            }
            OutputFormat::Jsonl => {
                let mut out = stdout().lock();
                serde_json::to_writer(&mut out, result)?;
                writeln!(out)?;
                Ok(())
            }
            OutputFormat::Csv => {
                let mut w = csv::Writer::from_writer(stdout().lock());
                w.write_record(crate::result::CommandResult::CSV_HEADERS)?;
                w.write_record(result.csv_cells())?;
                w.flush()?;
                Ok(())
            }
        }
    }

    /// A progress bar on stderr for `len` steps, hidden unless stderr is a terminal and not
    /// quiet or verbose (so it never interleaves with traces or lands in a log file).
    pub fn progress(&self, len: u64, what: &str) -> indicatif::ProgressBar {
        self.bar(stderr_bar_target(), Some(len), what)
    }

    /// A progress bar over bytes read (`import`); a spinner with the bytes read when the size
    /// is unknown (stdin).
    pub fn progress_bytes(&self, len: Option<u64>, what: &str) -> indicatif::ProgressBar {
        let bar = self.bar(stderr_bar_target(), len, what);
        bar.set_style(bar_style(if len.is_some() {
            BYTES_TEMPLATE
        } else {
            SPINNER_TEMPLATE
        }));
        bar
    }

    fn bar(
        &self,
        target: indicatif::ProgressDrawTarget,
        len: Option<u64>,
        what: &str,
    ) -> indicatif::ProgressBar {
        if self.quiet || self.verbose() || !stderr().is_terminal() {
            return indicatif::ProgressBar::hidden();
        }
        let bar = indicatif::ProgressBar::with_draw_target(len, target);
        bar.set_style(bar_style(STEPS_TEMPLATE));
        bar.set_message(what.to_string());
        if let Ok(mut bars) = BARS.lock() {
            bars.retain(|b| !b.is_finished());
            bars.push(bar.clone());
        }
        guard_interrupts();
        bar
    }

    /// Asks a yes/no question, or fails with a usage error naming `flag` when no prompt is
    /// possible (stdin or stderr not a terminal, or `--no-input`). Ctrl-C at the prompt ends
    /// the process as an interrupt (exit 130) with the cursor the prompt hid shown again.
    pub fn confirm(&self, question: &str, flag: &str) -> Result<bool> {
        if self.no_input || !io::stdin().is_terminal() || !stderr().is_terminal() {
            return Err(error::usage(format!(
                "this needs confirmation and no prompt is possible here; pass {flag} to confirm"
            )));
        }
        guard_interrupts();
        PROMPTING.store(true, Ordering::SeqCst);
        let answer = dialoguer::Confirm::new()
            .with_prompt(question)
            .default(false)
            .interact();
        // dialoguer reads keys in raw mode, where Ctrl-C is a key: it raises SIGINT itself and
        // returns this, leaving the cursor it hid hidden.
        if let Err(dialoguer::Error::IO(e)) = &answer
            && e.kind() == io::ErrorKind::Interrupted
        {
            interrupted();
        }
        PROMPTING.store(false, Ordering::SeqCst);
        Ok(answer?)
    }
}

/// Where progress bars draw: stderr, redrawn at most 8 times a second.
fn stderr_bar_target() -> indicatif::ProgressDrawTarget {
    let term = Margin(dialoguer::console::Term::buffered_stderr());
    indicatif::ProgressDrawTarget::term_like_with_hz(Box::new(term), 8)
}

/// A terminal that tells progress bars it is two columns narrower than it is. A bar the full
/// width of the terminal leaves the cursor in its last column, where the `^C` the terminal
/// echoes on Ctrl-C wraps to a new line; the bar's line could then not be cleared.
#[derive(Debug)]
struct Margin<T>(T);

impl<T: indicatif::TermLike> indicatif::TermLike for Margin<T> {
    fn width(&self) -> u16 {
        self.0.width().saturating_sub(2)
    }
    fn height(&self) -> u16 {
        self.0.height()
    }
    fn move_cursor_up(&self, n: usize) -> io::Result<()> {
        self.0.move_cursor_up(n)
    }
    fn move_cursor_down(&self, n: usize) -> io::Result<()> {
        self.0.move_cursor_down(n)
    }
    fn move_cursor_right(&self, n: usize) -> io::Result<()> {
        self.0.move_cursor_right(n)
    }
    fn move_cursor_left(&self, n: usize) -> io::Result<()> {
        self.0.move_cursor_left(n)
    }
    fn write_line(&self, s: &str) -> io::Result<()> {
        self.0.write_line(s)
    }
    fn write_str(&self, s: &str) -> io::Result<()> {
        self.0.write_str(s)
    }
    fn clear_line(&self) -> io::Result<()> {
        self.0.clear_line()
    }
    fn flush(&self) -> io::Result<()> {
        self.0.flush()
    }
}

/// The layout of a bar over steps (devices): the bar takes the width the rest leaves, so the
/// line fits the terminal; counts and rate are whole numbers (`38,093/s`).
const STEPS_TEMPLATE: &str =
    "{msg} [{wide_bar}] {percent:>3}% {human_pos}/{human_len} {rate} {eta}";
/// A bar over the bytes of a file (`import FILE`).
const BYTES_TEMPLATE: &str = "{msg} [{wide_bar}] {percent:>3}% {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} {eta}";
/// A spinner over bytes of unknown length (`import -`).
const SPINNER_TEMPLATE: &str = "{spinner} {msg} {binary_bytes} read, {binary_bytes_per_sec}";

/// A bar style from one of the templates above, with `{rate}`: steps a second, rounded.
fn bar_style(template: &str) -> indicatif::ProgressStyle {
    let rate = |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
        let per_sec = state.per_sec();
        let per_sec = if per_sec.is_finite() && per_sec > 0.0 {
            per_sec.round() as u64
        } else {
            0
        };
        let _ = write!(w, "{}/s", indicatif::HumanCount(per_sec));
    };
    indicatif::ProgressStyle::with_template(template)
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
        .with_key("rate", rate)
        .progress_chars("=> ")
}

/// The progress bars shown, so that an interrupt can clear them.
static BARS: Mutex<Vec<indicatif::ProgressBar>> = Mutex::new(Vec::new());

/// True while a prompt waits for its answer: its line is ended if the user interrupts.
static PROMPTING: AtomicBool = AtomicBool::new(false);

/// From the first progress bar or prompt on, Ctrl-C (SIGINT) restores the terminal before
/// the process ends (issue #7: a bar left half-drawn, a cursor left hidden). Commands that
/// show neither keep the default handling.
fn guard_interrupts() {
    static GUARD: OnceLock<()> = OnceLock::new();
    GUARD.get_or_init(|| {
        #[cfg(unix)]
        if let Ok(mut signals) = signal_hook::iterator::Signals::new([signal_hook::consts::SIGINT])
        {
            std::thread::spawn(move || {
                if signals.forever().next().is_some() {
                    interrupted();
                }
            });
        }
    });
}

/// Restores the terminal — clears the progress bars, ends a prompt's line, shows the cursor —
/// then ends the process as SIGINT's default action would, so that the shell sees exit status
/// 130 ("interrupted", SPEC §4) and a script running abmctl stops too. A transaction under
/// way is not committed: the ledger is as before the command, as after `kill -9`.
fn interrupted() -> ! {
    static RESTORED: std::sync::Once = std::sync::Once::new();
    RESTORED.call_once(|| {
        if let Ok(mut bars) = BARS.lock() {
            for bar in bars.drain(..) {
                bar.finish_and_clear();
            }
        }
        let mut err = stderr();
        if err.is_terminal() {
            let end_line = if PROMPTING.load(Ordering::SeqCst) {
                "\n"
            } else {
                ""
            };
            // Show the cursor (DECTCEM), which dialoguer hides while it waits for a key.
            let _ = write!(err, "{end_line}\x1b[?25h");
            let _ = err.flush();
        }
    });
    #[cfg(unix)]
    let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
    std::process::exit(130)
}

/// The longest run of text printed for people in one message or cell: an echoed value (a
/// 15 MB "serial") is cut here rather than flooding the terminal.
pub const MAX_PRINTED: usize = 2000;

/// `text` made safe for a terminal: control characters (C0 but newline and tab, DEL, C1) are
/// shown escaped (`\u{1b}`), so a stored or echoed value can't retitle or recolour the admin's
/// terminal, and text past [`MAX_PRINTED`] characters is cut with `…`. JSON and CSV output are
/// data and keep values as they are.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && c != '\n' && c != '\t';
    let long = text.len() > MAX_PRINTED && text.chars().nth(MAX_PRINTED).is_some();
    if !long && !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i == MAX_PRINTED {
            out.push('…');
            break;
        }
        if unsafe_char(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A table cell: [`printable`], with newlines and tabs escaped too (they would break rows).
fn cell(text: &str) -> String {
    printable(text).replace('\n', "\\n").replace('\t', "\\t")
}

/// The spaces between two table columns.
const GAP: usize = 2;

/// Cuts the cells of `rows` so that the table fits `width` columns: columns narrower than a
/// fair share of the width keep theirs, the wider ones share the rest equally (so one long
/// model name or URL is cut, not every column), a column is never cut narrower than its
/// heading, and a cut cell ends in `…`. Cutting, not wrapping, keeps one record a line.
fn fit(header: Option<&[String]>, rows: &mut [Vec<String>], width: usize) {
    let n = header
        .map(<[String]>::len)
        .or_else(|| rows.first().map(Vec::len))
        .unwrap_or(0);
    if n == 0 {
        return;
    }
    let mut natural = vec![0usize; n];
    let mut least = vec![1usize; n];
    for (i, h) in header.into_iter().flatten().enumerate() {
        least[i] = h.width().max(1);
        natural[i] = least[i];
    }
    for row in rows.iter() {
        for (i, c) in row.iter().enumerate().take(n) {
            natural[i] = natural[i].max(c.width());
        }
    }
    let room = width.saturating_sub(GAP * (n - 1));
    if natural.iter().sum::<usize>() <= room {
        return;
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| natural[i]);
    let mut widths = natural.clone();
    let mut left = room;
    for (k, &i) in order.iter().enumerate() {
        let share = left / (n - k);
        widths[i] = natural[i].min(share).max(least[i]);
        left = left.saturating_sub(widths[i]);
    }
    for row in rows.iter_mut() {
        for (c, &w) in row.iter_mut().zip(&widths) {
            if c.width() > w {
                *c = cut(c, w);
            }
        }
    }
}

/// `text` cut to `width` terminal columns, ending in `…`.
fn cut(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// The width to cut tables to: `COLUMNS` when set to a number (scripts and tests choose it),
/// else the terminal's when stdout is a terminal, else none.
fn table_width(columns: Option<&str>) -> Option<u16> {
    match columns.and_then(|c| c.trim().parse::<u16>().ok()) {
        Some(width) if width > 0 => Some(width),
        // comfy-table asks the terminal only when stdout is one.
        _ => comfy_table::Table::new().width(),
    }
}

/// A table column's heading: a short upper-case label for a JSON key (`serialNumber` is
/// SERIAL), so that a concise table fits 80 columns. Keys without one of their own are spelt
/// out (`productType` is PRODUCT TYPE), `…DateTime` said as the event (`linkedDateTime` is
/// LINKED).
fn label(key: &str) -> String {
    let short = match key {
        "serialNumber" => "SERIAL",
        "productFamily" => "FAMILY",
        "deviceModel" => "MODEL",
        "assignedServer" | "serverName" => "SERVICE",
        "enrollmentStatus" => "ENROLLMENT",
        "orderNumber" => "ORDER",
        "orderDateTime" => "ORDER DATE",
        "purchaseSourceType" => "SOURCE",
        "purchaseSourceId" => "SUPPLIER",
        "deviceCount" => "DEVICES",
        "tokenDaysLeft" => "DAYS LEFT",
        "enableMdmDisownFlag" => "CAN RELEASE",
        "enrollmentUrl" => "ENROLLMENT URL",
        "defaultProductFamily" => "API FAMILY",
        "organizationId" => "ORGANIZATION ID",
        "assignedPercent" => "ASSIGNED %",
        _ => "",
    };
    if !short.is_empty() {
        return short.to_string();
    }
    let key = key.strip_suffix("DateTime").unwrap_or(key);
    let mut out = String::with_capacity(key.len() + 4);
    for c in key.chars() {
        if c.is_uppercase() && !out.is_empty() {
            out.push(' ');
        }
        out.extend(c.to_uppercase());
    }
    out
}

/// Decides colour once: `--color` > `NO_COLOR` > `CLICOLOR_FORCE` > stderr is a terminal (and
/// `TERM` is not `dumb`).
pub fn color_enabled(choice: ColorChoice) -> bool {
    let env_set = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty());
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto if env_set("NO_COLOR") => false,
        ColorChoice::Auto if env_set("CLICOLOR_FORCE") => true,
        ColorChoice::Auto => {
            stderr().is_terminal() && std::env::var("TERM").map_or(true, |t| t != "dumb")
        }
    }
}

/// The process's stdout. This module is the only one allowed to take it (`clippy.toml`
/// disallows `std::io::stdout` elsewhere), so data reaches stdout through `Output` alone.
#[allow(clippy::disallowed_methods)]
fn stdout() -> io::Stdout {
    io::stdout()
}

/// The process's stderr, taken here only (as [`stdout`]): status, warnings, errors, progress.
#[allow(clippy::disallowed_methods)]
fn stderr() -> io::Stderr {
    io::stderr()
}

/// Problems printed in table mode; the rest are counted.
const MAX_PROBLEMS_SHOWN: usize = 50;

/// Prints an error chain to stderr in the house style and returns its exit code.
pub fn report_error(err: &anyhow::Error, color: bool) -> Exit {
    let code = error::exit_code(err);
    if matches!(code, Exit::Success) {
        return code;
    }
    let mut stderr = stderr().lock();
    let prefix = if color {
        "\x1b[1;31mabmctl: error:\x1b[0m"
    } else {
        "abmctl: error:"
    };
    let mut hints = Vec::new();
    let mut first = true;
    for cause in err.chain() {
        if let Some(h) = cause.downcast_ref::<error::Hint>() {
            hints.push(h.0.clone());
            continue;
        }
        if let Some(h) = cause.downcast_ref::<error::Hinted>() {
            hints.push(h.hint.clone());
            continue;
        }
        // rusqlite's SQLite failure has SQLite's own error as its source, which says the same
        // again with the code number ("Error code 5: database is locked").
        if cause.is::<error::Reported>() || cause.is::<rusqlite::ffi::Error>() {
            continue;
        }
        if let Some(busy) = cause.downcast_ref::<error::LedgerBusy>() {
            hints.push(busy.hint());
        }
        if first {
            let _ = writeln!(stderr, "{prefix} {}", printable(&cause.to_string()));
            first = false;
        } else {
            let _ = writeln!(stderr, "  caused by: {}", printable(&cause.to_string()));
        }
    }
    for h in hints {
        let _ = writeln!(stderr, "hint: {}", printable(&h));
    }
    code
}

/// Writes raw text to stdout (completions, generated documents).
pub fn raw_stdout(bytes: &[u8]) -> Result<()> {
    let mut out = stdout().lock();
    out.write_all(bytes)?;
    out.flush()?;
    Ok(())
}

/// Writes a line to stderr without the status/quiet rules (used by `main` for clap's errors).
pub fn eprint_raw(text: &str) {
    let _ = stderr().lock().write_all(text.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `verbose()` is any `-v`; `verbosity()` is how many.
    #[test]
    fn printable_escapes_control_characters_and_cuts_long_text() {
        assert_eq!(printable("plain"), "plain");
        assert_eq!(printable("a\x1b]0;pwned\x07b"), "a\\u{1b}]0;pwned\\u{7}b");
        assert_eq!(printable("line\nnext\ttab"), "line\nnext\ttab");
        assert_eq!(printable("\u{9b}31m\x7f\0"), "\\u{9b}31m\\u{7f}\\u{0}");
        assert_eq!(cell("a\nb"), "a\\nb");
        let long = "x".repeat(MAX_PRINTED + 5);
        let cut = printable(&long);
        assert_eq!(cut.chars().count(), MAX_PRINTED + 1);
        assert!(cut.ends_with('…'));
        assert_eq!(
            printable(&"é".repeat(MAX_PRINTED)).chars().count(),
            MAX_PRINTED
        );
    }

    /// Every key a table shows is one of the row's keys (a typo would drop the column).
    #[test]
    fn table_columns_are_keys() {
        fn check<T: Row>() {
            for key in T::table_columns() {
                assert!(T::headers().contains(key), "{key} is not a key");
            }
        }
        check::<crate::ledger::devices::Device>();
        check::<crate::ledger::activities::Activity>();
        check::<crate::ledger::activities::Item>();
        check::<crate::views::ServiceView>();
        check::<crate::ledger::suppliers::Supplier>();
        check::<crate::views::OrgView>();
        check::<crate::views::OrgListEntry>();
        check::<crate::ledger::reports::SummaryRow>();
        check::<crate::ledger::reports::OrderRow>();
        check::<crate::ledger::reports::SupplierRow>();
    }

    /// Headings: a short label, or the key spelt out.
    #[test]
    fn labels() {
        assert_eq!(label("serialNumber"), "SERIAL");
        assert_eq!(label("productType"), "PRODUCT TYPE");
        assert_eq!(label("linkedDateTime"), "LINKED");
        assert_eq!(label("addedToOrgDateTime"), "ADDED TO ORG");
        assert_eq!(label("imei"), "IMEI");
    }

    fn rows(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    /// A table that fits is left alone; one that doesn't has its widest columns cut to share
    /// what the narrow ones leave, each cut cell ending in `…`, never narrower than its heading.
    #[test]
    fn fit_cuts_the_widest_columns() {
        let header = rows(&[&["A", "MODEL", "URL"]]).remove(0);
        let original = rows(&[&["x", "MacBook Air (M2)", "https://mdm.example.com/enroll"]]);
        let mut table = original.clone();
        // 1 + 16 + 30 and two gaps of 2 = 51.
        fit(Some(&header), &mut table, 51);
        assert_eq!(table, original);
        fit(Some(&header), &mut table, 40);
        // 40 - 4 = 36: A keeps 1; MODEL is under half the 35 left and keeps its 16; URL
        // gets the 19 that remain.
        assert_eq!(
            table,
            rows(&[&["x", "MacBook Air (M2)", "https://mdm.exampl…"]])
        );
        let mut table = original.clone();
        fit(Some(&header), &mut table, 12);
        // Too narrow for the headings: cut to them, the line is longer than asked.
        assert_eq!(table, rows(&[&["x", "MacB…", "ht…"]]));
        assert_eq!(cut("iPad Air 11-inch", 6), "iPad …");
        assert_eq!(cut("日本語テキスト", 5), "日本…");
    }

    /// A terminal of `width` columns that keeps what is drawn on it.
    #[derive(Debug, Clone)]
    struct Screen {
        width: u16,
        text: std::sync::Arc<Mutex<String>>,
    }

    impl indicatif::TermLike for Screen {
        fn width(&self) -> u16 {
            self.width
        }
        fn move_cursor_up(&self, _: usize) -> io::Result<()> {
            Ok(())
        }
        fn move_cursor_down(&self, _: usize) -> io::Result<()> {
            Ok(())
        }
        fn move_cursor_right(&self, _: usize) -> io::Result<()> {
            Ok(())
        }
        fn move_cursor_left(&self, _: usize) -> io::Result<()> {
            Ok(())
        }
        fn write_line(&self, s: &str) -> io::Result<()> {
            self.write_str(&format!("{s}\n"))
        }
        fn write_str(&self, s: &str) -> io::Result<()> {
            self.text.lock().unwrap().push_str(s);
            Ok(())
        }
        fn clear_line(&self) -> io::Result<()> {
            self.write_str("\n")
        }
        fn flush(&self) -> io::Result<()> {
            Ok(())
        }
    }

    /// The bars of `import` and of bulk changes fit an 80-column terminal with room for the
    /// `^C` of an interrupt, however big the numbers, and print a whole rate (`38,093/s`, not
    /// `38,092.5103/s`).
    #[test]
    fn progress_bars_fit_and_round_their_rate() {
        for (template, len, what) in [
            (STEPS_TEMPLATE, 1_000_000, "reassign"),
            (BYTES_TEMPLATE, 1_500_000_000, "Importing"),
        ] {
            let screen = Screen {
                width: 80,
                text: Default::default(),
            };
            let target = indicatif::ProgressDrawTarget::term_like(Box::new(Margin(screen.clone())));
            let bar = indicatif::ProgressBar::with_draw_target(Some(len), target);
            bar.set_style(bar_style(template));
            bar.set_message(what);
            for step in 1..=5u64 {
                std::thread::sleep(std::time::Duration::from_millis(3));
                bar.set_position(len / 7 * step + 12_345);
            }
            bar.force_draw();
            let text = screen.text.lock().unwrap().clone();
            let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
            assert!(!lines.is_empty(), "nothing drawn");
            for line in &lines {
                assert!(line.starts_with(what), "{line}");
                assert!(line.chars().count() <= 78, "{} columns: {line}", line.len());
            }
            if template == STEPS_TEMPLATE {
                let last = lines[lines.len() - 1];
                let rate = last
                    .split_whitespace()
                    .find(|w| w.ends_with("/s"))
                    .unwrap_or_default();
                let digits = rate.trim_end_matches("/s");
                assert!(
                    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == ','),
                    "{last}"
                );
            }
        }
    }

    #[test]
    fn verbosity_levels() {
        let out = |level| Output::new(OutputFormat::Json, ColorChoice::Never, false, level, true);
        let levels: Vec<(bool, u8)> = [0, 1, 2]
            .into_iter()
            .map(|l| (out(l).verbose(), out(l).verbosity))
            .collect();
        assert_eq!(levels, [(false, 0), (true, 1), (true, 2)]);
    }
}
