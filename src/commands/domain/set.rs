//! `abmctl domain set`: a verified domain's settings — whether Apple's fallback (alternate)
//! service discovery is used for it.

use anyhow::Result;
use clap::Args;
use serde_json::json;

use crate::activity::Action;
use crate::context::Ctx;
use crate::ledger::domains;
use crate::model::DomainStatus;
use crate::result::Outcome;

/// Arguments of `domain set`.
#[derive(Debug, Args)]
pub struct SetArgs {
    /// The domain (any case)
    pub domain: String,
    /// Whether a device whose discovery request fails (HTTP 404) asks Apple instead, which
    /// redirects it to the URL the device management service registered with Apple (iOS
    /// 18.2, macOS 15.2 and later); off for a newly verified domain, always on for the
    /// reserved domain
    #[arg(long, value_name = "on|off", value_parser = parse_on_off, action = clap::ArgAction::Set)]
    pub alternate_discovery: bool,
    /// Report what would happen without changing the ledger (same checks, same result)
    #[arg(long)]
    pub dry_run: bool,
}

fn parse_on_off(s: &str) -> Result<bool, String> {
    match s.to_ascii_lowercase().as_str() {
        "on" | "yes" | "true" => Ok(true),
        "off" | "no" | "false" => Ok(false),
        _ => Err(format!("`{s}` is not on or off")),
    }
}

/// Runs `domain set`.
pub fn run(ctx: &Ctx, args: SetArgs) -> Result<()> {
    let name = super::parse(&args.domain)?;
    let mut ledger = ctx.ledger()?;
    let domain = crate::rules::domains::find(ledger.conn(), &name)?;
    let on = args.alternate_discovery;
    let word = if on { "on" } else { "off" };
    super::super::mutate(
        ctx,
        &mut ledger,
        Action::DomainSet,
        json!({ "domain": name, "alternateDiscovery": on }),
        args.dry_run,
        |tx, _, result| {
            result.requested = 1;
            let status = crate::rules::domains::status(&domain, ctx.now);
            if domain.reserved && !on {
                let why = format!(
                    "{name} is the reserved domain: its accounts are discovered through Apple \
                     only, so alternate discovery stays on"
                );
                super::problem(result, "alternateDiscovery", why);
            } else if status != DomainStatus::Verified {
                let why =
                    format!("{name} is {status}: verify it first (`abmctl domain verify {name}`)");
                super::problem(result, "domain", why);
            } else if domain.alternate_discovery == on {
                result.count(Outcome::Unchanged);
                result.summary.push(format!(
                    "Alternate discovery is already {word} for {name}; nothing to do."
                ));
            } else {
                domains::set_alternate_discovery(tx, domain.id, on)?;
                result.count(Outcome::Changed);
                result
                    .summary
                    .push(format!("Set alternate discovery {word} for {name}."));
            }
            Ok(())
        },
    )?;
    Ok(())
}
