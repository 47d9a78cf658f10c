//! `abmctl domain verify`: look a pending domain's TXT record up in DNS and mark it verified
//! when it is there. The query is made before the ledger is written to (a slow resolver must
//! not hold the ledger's write lock).

use anyhow::Result;
use clap::Args;
use serde_json::json;

use crate::activity::{Action, Flow};
use crate::context::Ctx;
use crate::ledger::domains;
use crate::model::{DomainStatus, format_timestamp};
use crate::result::Outcome;
use crate::rules::domains::{self as rules, Verification};

/// Arguments of `domain verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The domain (any case)
    pub domain: String,
    /// Ask this nameserver (IP or IP:PORT, port 53 by default) instead of the system resolver
    #[arg(long, value_name = "ADDR", value_parser = crate::dns::parse_nameserver)]
    pub nameserver: Option<std::net::SocketAddr>,
    /// Query and report what would happen without changing the ledger
    #[arg(long)]
    pub dry_run: bool,
}

/// Runs `domain verify`.
pub fn run(ctx: &Ctx, args: VerifyArgs) -> Result<()> {
    let name = super::parse(&args.domain)?;
    let mut ledger = ctx.ledger()?;
    let domain = rules::find(ledger.conn(), &name)?;
    let status = rules::status(&domain, ctx.now);
    // Only a pending domain is looked up: a verified one has nothing to prove, an expired
    // one must be added again first.
    let found = match (status, domain.token.as_deref()) {
        (DomainStatus::Pending, Some(token)) => {
            let records = crate::dns::txt(&name, args.nameserver)?;
            Some((token.to_string(), rules::judge(token, &records)))
        }
        _ => None,
    };
    let now = format_timestamp(ctx.now);
    let params = json!({
        "domain": name,
        "nameserver": args.nameserver.map(|a| a.to_string()),
    });
    let ran = super::super::run_activity(
        ctx,
        &mut ledger,
        Action::DomainVerify,
        params,
        args.dry_run,
        |tx, _, result| {
            result.requested = 1;
            let current = domains::find(tx, &name)?;
            match (&found, current) {
                (_, None) => {
                    super::problem(result, "domain", format!("{name} was removed meanwhile"))
                }
                (None, Some(d)) if rules::status(&d, ctx.now) == DomainStatus::Verified => {
                    result.count(Outcome::Unchanged);
                    result
                        .summary
                        .push(format!("{name} is already verified; nothing to do."));
                }
                (None, Some(d)) => super::problem(
                    result,
                    "domain",
                    format!(
                        "{name} was not verified within {} days (by {}): add it again \
                         (`abmctl domain add {name}`) and publish the new record",
                        rules::VERIFY_DAYS,
                        d.verify_by.unwrap_or_default()
                    ),
                ),
                (Some((token, _)), Some(d)) if d.token.as_deref() != Some(token.as_str()) => {
                    super::problem(
                        result,
                        "domain",
                        format!("{name} was added again meanwhile: verify it again"),
                    );
                }
                (Some((_, Verification::Missing(message))), Some(_)) => {
                    super::problem(result, "txtRecord", format!("{name}: {message}"));
                }
                (Some((_, Verification::Found)), Some(d)) => {
                    domains::set_verified(tx, d.id, &now)?;
                    result.count(Outcome::Changed);
                    result.summary.push(format!(
                        "Verified {name}: Managed Apple Accounts can be added on it."
                    ));
                }
            }
            Ok(Flow::Done)
        },
    )?;
    super::super::print(ctx, ran)?;
    Ok(())
}
