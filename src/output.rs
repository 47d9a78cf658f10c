//! Everything the user sees: data on stdout (table, json, jsonl, csv), status lines, warnings,
//! progress bars and prompts on stderr, colour decided once.
//!
//! This is the only module allowed to write to the terminal (clippy's `print_stdout` and
//! `print_stderr` are denied, and `clippy.toml` disallows `std::io::stdout`/`stderr`, outside
//! the two handles taken below). It knows nothing of the ledger: commands hand it rows.

use std::io::{self, IsTerminal, Write};

use anyhow::Result;
use serde::Serialize;

use crate::error::{self, Exit};

/// The data format of stdout (`-o`, `ABMCTL_OUTPUT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// Aligned table for people (the default)
    Table,
    /// One JSON document: an array for lists, an object for one record
    Json,
    /// One JSON object per line, streamed
    Jsonl,
    /// A header row, then one row per record
    Csv,
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
/// import format's convention), so `device list -o csv` can be imported again.
pub trait Row: Serialize {
    /// Column names for CSV (the JSON keys).
    fn headers() -> &'static [&'static str];
    /// Cell values for CSV, in header order.
    fn cells(&self) -> Vec<String>;
    /// Columns shown in a table, as indexes into `headers()`; all of them by default.
    fn table_columns() -> Option<&'static [usize]> {
        None
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
            OutputFormat::Table => {
                let mut table = self.table();
                for (h, c) in T::headers().iter().zip(record.cells()) {
                    table.add_row(vec![(*h).to_string(), cell(&c)]);
                }
                writeln!(out, "{table}")?;
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
            OutputFormat::Table => {
                let columns: Vec<usize> = T::table_columns()
                    .map(<[usize]>::to_vec)
                    .unwrap_or_else(|| (0..T::headers().len()).collect());
                let mut table = self.table();
                table.set_header(columns.iter().map(|&i| T::headers()[i]));
                for row in rows {
                    let cells = row?.cells();
                    table.add_row(columns.iter().map(|&i| cell(&cells[i])));
                    n += 1;
                }
                if n > 0 {
                    writeln!(out, "{table}")?;
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

    fn table(&self) -> comfy_table::Table {
        let mut table = comfy_table::Table::new();
        table.load_preset(comfy_table::presets::UTF8_FULL_CONDENSED);
        if !self.color {
            table.force_no_tty();
        }
        table
    }

    /// Prints the result of a mutating command: the JSON document in json/jsonl/csv modes,
    /// one human sentence per outcome on stderr in table mode.
    pub fn result(&self, result: &crate::result::CommandResult) -> Result<()> {
        match self.format {
            OutputFormat::Table => {
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
                    let more = result.problems.len() - MAX_PROBLEMS_SHOWN;
                    let _ = writeln!(
                        stderr,
                        "{prefix} … and {more} more (`-o json` lists every problem)"
                    );
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
        self.bar(
            Some(len),
            what,
            "{msg} [{bar:30}] {percent:>3}% {human_pos}/{human_len} ({per_sec}, {eta})",
        )
    }

    /// A progress bar over bytes read (`import`); a spinner with the bytes read when the size
    /// is unknown (stdin).
    pub fn progress_bytes(&self, len: Option<u64>, what: &str) -> indicatif::ProgressBar {
        match len {
            Some(len) => self.bar(
                Some(len),
                what,
                "{msg} [{bar:30}] {percent:>3}% {bytes}/{total_bytes} ({bytes_per_sec}, {eta})",
            ),
            None => self.bar(None, what, "{spinner} {msg} {bytes} read ({bytes_per_sec})"),
        }
    }

    fn bar(&self, len: Option<u64>, what: &str, template: &str) -> indicatif::ProgressBar {
        if self.quiet || self.verbose() || !stderr().is_terminal() {
            return indicatif::ProgressBar::hidden();
        }
        let bar = indicatif::ProgressBar::with_draw_target(
            len,
            indicatif::ProgressDrawTarget::stderr_with_hz(8),
        );
        if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(what.to_string());
        bar
    }

    /// Asks a yes/no question, or fails with a usage error naming `flag` when no prompt is
    /// possible (stdin or stderr not a terminal, or `--no-input`).
    pub fn confirm(&self, question: &str, flag: &str) -> Result<bool> {
        if self.no_input || !io::stdin().is_terminal() || !stderr().is_terminal() {
            return Err(error::usage(format!(
                "this needs confirmation and no prompt is possible here; pass {flag} to confirm"
            )));
        }
        Ok(dialoguer::Confirm::new()
            .with_prompt(question)
            .default(false)
            .interact()?)
    }
}

/// Decides colour once: `--color` > `NO_COLOR` > `CLICOLOR_FORCE` > stderr is a terminal (and
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
