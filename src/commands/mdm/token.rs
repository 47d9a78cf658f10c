//! `abmctl mdm token`: record that a new server token was downloaded for a service.

use anyhow::Result;
use clap::Args;
use serde_json::json;

use crate::context::Ctx;
use crate::ledger::services;
use crate::model::{format_timestamp, parse_timestamp};

/// Arguments of `mdm token`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  abmctl mdm token \"Main MDM\"\n  abmctl mdm token \"Main MDM\" --issued 2026-03-01"
)]
pub struct TokenArgs {
    /// The service's name (any case)
    pub name: String,
    /// When the token was issued (RFC 3339 or YYYY-MM-DD; default: now). It expires a year later
    #[arg(long, value_name = "DATE")]
    pub issued: Option<String>,
}

/// Runs `mdm token`.
pub fn run(ctx: &Ctx, args: TokenArgs) -> Result<()> {
    let issued = match &args.issued {
        Some(d) => parse_timestamp(d).map_err(|e| crate::error::usage(format!("--issued: {e}")))?,
        None => ctx.now,
    };
    if issued > ctx.now {
        anyhow::bail!("--issued: {} is in the future", format_timestamp(issued));
    }
    let expires = crate::rules::services::token_expiry(issued)?;
    let mut ledger = ctx.ledger()?;
    let service = crate::rules::services::find(ledger.conn(), &args.name)?;
    let (issued, expires, now) = (
        format_timestamp(issued),
        format_timestamp(expires),
        format_timestamp(ctx.now),
    );
    if crate::rules::services::days_left(&expires, ctx.now) < 0 {
        ctx.out.warn(format!(
            "a token issued {issued} expired on {expires} already: check --issued"
        ));
    } else if expires < service.token_expires_at {
        // Timestamps are stored as RFC 3339 UTC, so they compare as text.
        ctx.out.warn(format!(
            "the new token expires {expires}, before the current one ({}): check --issued",
            service.token_expires_at
        ));
    }
    let params = json!({ "name": service.name, "issued": issued });
    super::super::mutate(
        ctx,
        &mut ledger,
        crate::activity::Action::MdmToken,
        params,
        false,
        |tx, _, result| {
            services::set_token(tx, service.id, &issued, &expires, &now)?;
            result.requested = 1;
            result.count(crate::result::Outcome::Changed);
            let days = crate::rules::services::days_left(&expires, ctx.now);
            result.summary.push(format!(
                "Recorded a new server token for {}: it expires {expires} ({days} days left).",
                service.name
            ));
            Ok(())
        },
    )?;
    Ok(())
}
