//! `abmctl completions SHELL`, and the maintainers' `abmctl generate-assets` that writes the
//! committed `completions/` and `man/` files from the clap model (a test checks they are
//! current).
//!
//! `generate-assets` is not part of the clap model: `main_entry` hands it to
//! [`generate_assets_main`] before parsing, so no help, completion script or man page offers it
//! (clap_complete lists hidden subcommands).

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use clap::{Args, CommandFactory, Parser, ValueEnum};
use clap_complete::Shell;

use crate::cli::Cli;
use crate::context::Ctx;
use crate::output;

/// The shells completions are generated for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShellArg {
    /// GNU Bash
    Bash,
    /// Z shell
    Zsh,
    /// fish
    Fish,
    /// Elvish
    Elvish,
    /// PowerShell
    Powershell,
}

impl ShellArg {
    fn shell(self) -> Shell {
        match self {
            ShellArg::Bash => Shell::Bash,
            ShellArg::Zsh => Shell::Zsh,
            ShellArg::Fish => Shell::Fish,
            ShellArg::Elvish => Shell::Elvish,
            ShellArg::Powershell => Shell::PowerShell,
        }
    }
    /// The committed file's name under `completions/`.
    pub fn file_name(self) -> &'static str {
        match self {
            ShellArg::Bash => "abmctl.bash",
            ShellArg::Zsh => "_abmctl",
            ShellArg::Fish => "abmctl.fish",
            ShellArg::Elvish => "abmctl.elv",
            ShellArg::Powershell => "_abmctl.ps1",
        }
    }
}

/// Arguments of `completions`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  abmctl completions bash > ~/.local/share/bash-completion/completions/abmctl\n  \
abmctl completions zsh > ~/.zfunc/_abmctl"
)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum, ignore_case = true)]
    pub shell: ShellArg,
}

/// The first argument that runs `generate-assets` instead of the command model.
pub const GENERATE_ASSETS: &str = "generate-assets";

/// Write completions/ and man/ from the command model (for maintainers)
#[derive(Debug, Parser)]
#[command(name = "generate-assets", bin_name = "abmctl generate-assets")]
pub struct GenerateAssetsArgs {
    /// The repository root to write `completions/` and `man/` into
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

/// The completion script for `shell`.
pub fn completion_script(shell: ShellArg) -> Vec<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell.shell(), &mut Cli::command(), "abmctl", &mut buf);
    buf
}

/// Every man page: (file name, roff), one per command and subcommand.
pub fn man_pages() -> Result<Vec<(String, Vec<u8>)>> {
    let mut cmd = Cli::command();
    cmd.build();
    let mut pages = Vec::new();
    collect_pages(&cmd, "abmctl", &mut pages)?;
    Ok(pages)
}

fn collect_pages(
    cmd: &clap::Command,
    name: &str,
    pages: &mut Vec<(String, Vec<u8>)>,
) -> Result<()> {
    if cmd.is_hide_set() {
        return Ok(());
    }
    pages.push((format!("{name}.1"), man_page(cmd, name)?));
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        collect_pages(sub, &format!("{name}-{}", sub.get_name()), pages)?;
    }
    Ok(())
}

/// The man page of `cmd`, named `name` (`abmctl-mdm-link`). clap_mangen renders all of it but
/// the text after the options (`after_help`): it would fill and justify that as one paragraph,
/// so `curl -s URL | abmctl import -` came out reflowed across lines. [`after_help_roff`]
/// renders it instead, its examples verbatim.
fn man_page(cmd: &clap::Command, name: &str) -> Result<Vec<u8>> {
    let after_help = cmd
        .get_after_long_help()
        .or_else(|| cmd.get_after_help())
        .map(|t| t.to_string());
    let page_cmd = cmd
        .clone()
        .name(name.to_string())
        .after_help(None::<&str>)
        .after_long_help(None::<&str>);
    let mut buf = Vec::new();
    clap_mangen::Man::new(page_cmd).render(&mut buf)?;
    let Some(after_help) = after_help else {
        return Ok(buf);
    };
    let page = String::from_utf8(buf)?;
    let extra = after_help_roff(&after_help);
    // After the options and subcommands, before VERSION, where clap_mangen puts it.
    Ok(match page.find("\n.SH VERSION\n") {
        Some(at) => format!("{}\n{extra}{}", &page[..at], &page[at + 1..]),
        None => format!("{page}{extra}"),
    }
    .into_bytes())
}

/// `after_help` text as man page sections: paragraphs under NOTES, then the `Example:` /
/// `Examples:` blocks under EXAMPLES. Indented lines (examples, a continued command line) are
/// kept verbatim in no-fill mode (`.nf`/`.fi`); the rest is filled as ordinary text.
pub fn after_help_roff(text: &str) -> String {
    let blocks: Vec<(bool, Vec<&str>)> = text
        .split("\n\n")
        .map(|block| {
            let mut lines: Vec<&str> = block.lines().filter(|l| !l.trim().is_empty()).collect();
            let examples = lines
                .first()
                .is_some_and(|l| matches!(l.trim_end(), "Example:" | "Examples:"));
            if examples {
                lines.remove(0);
            }
            (examples, lines)
        })
        .filter(|(_, lines)| !lines.is_empty())
        .collect();
    let mut roff = roff::Roff::new();
    for (heading, examples) in [("NOTES", false), ("EXAMPLES", true)] {
        let mut section = blocks.iter().filter(|(e, _)| *e == examples).peekable();
        if section.peek().is_some() {
            roff.control("SH", [heading]);
        }
        for (_, lines) in section {
            roff.control("PP", []);
            let mut verbatim = false;
            for line in lines {
                let indented = line.starts_with([' ', '\t']);
                if indented != verbatim {
                    roff.control(if indented { "nf" } else { "fi" }, []);
                    verbatim = indented;
                }
                roff.text([roff::roman(*line)]);
            }
            if verbatim {
                roff.control("fi", []);
            }
        }
    }
    // `render` starts with the preamble that defines `\*(Aq` (the apostrophe); the page
    // clap_mangen wrote already has it.
    let rendered = roff.render();
    match rendered.split_once(".el .ds Aq '\n") {
        Some((preamble, body)) if preamble.starts_with(".ie ") => body.to_string(),
        _ => rendered,
    }
}

/// Runs `completions`.
pub fn run(_ctx: &Ctx, args: CompletionsArgs) -> Result<()> {
    output::raw_stdout(&completion_script(args.shell))
}

/// Runs `abmctl generate-assets ARGS…` (`args` starts with `generate-assets`) and returns the
/// exit code: 0, 2 for a malformed command line, 1 when a file cannot be written.
pub fn generate_assets_main(args: &[std::ffi::OsString]) -> i32 {
    let args = match GenerateAssetsArgs::try_parse_from(args) {
        Ok(args) => args,
        Err(e) => {
            let code = e.exit_code();
            if code == 0 {
                // `--help` is data, on stdout.
                let _ = e.print();
            } else {
                output::eprint_raw(&format!("abmctl: {}", e.render()));
            }
            return code;
        }
    };
    match generate_assets(&args.root) {
        Ok(message) => {
            output::eprint_raw(&format!("{message}\n"));
            0
        }
        Err(e) => output::report_error(&e, false) as i32,
    }
}

/// Writes `completions/` and `man/` under `root`; returns the sentence that says so.
fn generate_assets(root: &Path) -> Result<String> {
    let completions = root.join("completions");
    let man = root.join("man");
    write_dir(
        &completions,
        ShellArg::value_variants()
            .iter()
            .map(|s| (s.file_name().to_string(), completion_script(*s))),
    )?;
    write_dir(&man, man_pages()?)?;
    Ok(format!(
        "Wrote {} and {}.",
        completions.display(),
        man.display()
    ))
}

fn write_dir(dir: &Path, files: impl IntoIterator<Item = (String, Vec<u8>)>) -> Result<()> {
    if dir.exists() {
        std::fs::remove_dir_all(dir).with_context(|| format!("cannot clear {}", dir.display()))?;
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for (name, bytes) in files {
        let path = dir.join(name);
        std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}
