//! `abmctl mdm link`: link a device management service, and the URL check `mdm set` shares.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use serde_json::json;

use crate::context::Ctx;
use crate::formats::certificate::read_certificate;
use crate::ledger::services::{self, NewService};
use crate::model::format_timestamp;

/// Arguments of `mdm link`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  abmctl mdm link \"Main MDM\" --certificate mdm-public.pem \\\n      \
--enrollment-url https://mdm.example.com/enroll\n  abmctl mdm link Lab --no-release"
)]
pub struct LinkArgs {
    /// The service's name: unique regardless of case; not `Unassigned` or `Reassigned`
    pub name: String,
    /// The service's public-key certificate, PEM or DER (X.509), from the MDM vendor
    #[arg(long, value_name = "FILE")]
    pub certificate: Option<PathBuf>,
    /// The service's enrollment URL (https)
    #[arg(long, value_name = "URL")]
    pub enrollment_url: Option<String>,
    /// Do not allow this service to release devices (allowed by default, as in Apple Business)
    #[arg(long)]
    pub no_release: bool,
}

/// Checks an enrollment URL: absolute https (http only for loopback, for testing).
pub fn check_url(raw: &str) -> Result<String> {
    let parsed = url::Url::parse(raw.trim())
        .map_err(|e| crate::error::usage(format!("--enrollment-url `{raw}` is not a URL: {e}")))?;
    let loopback = matches!(parsed.host_str(), Some("localhost" | "127.0.0.1" | "[::1]"));
    if parsed.scheme() != "https" && !(parsed.scheme() == "http" && loopback) {
        anyhow::bail!("--enrollment-url `{raw}` must use https");
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        anyhow::bail!("--enrollment-url `{raw}` has no host");
    }
    Ok(parsed.to_string())
}

/// Runs `mdm link`.
pub fn run(ctx: &Ctx, args: LinkArgs) -> Result<()> {
    let certificate = args
        .certificate
        .as_deref()
        .map(read_certificate)
        .transpose()?;
    if let Some(why) = certificate
        .as_ref()
        .and_then(|c| crate::rules::services::certificate_warning(&c.not_after, ctx.now))
    {
        ctx.out.warn(why);
    }
    let url = args.enrollment_url.as_deref().map(check_url).transpose()?;
    let mut ledger = ctx.ledger()?;
    crate::rules::services::check_new_name(ledger.conn(), &args.name, None)?;
    let name = args.name.trim().to_string();
    let now = format_timestamp(ctx.now);
    let expires = format_timestamp(crate::rules::services::token_expiry(ctx.now)?);
    let params = json!({
        "name": name,
        "certificate": args.certificate.as_ref().map(|p| p.display().to_string()),
        "enrollmentUrl": url,
        "allowRelease": !args.no_release,
    });
    super::super::mutate(
        ctx,
        &mut ledger,
        crate::activity::Action::MdmLink,
        params,
        false,
        |tx, _, result| {
            let new = NewService {
                name: &name,
                certificate: certificate
                    .as_ref()
                    .map(|c| (c.der.as_slice(), c.subject.as_str(), c.not_after.as_str())),
                enrollment_url: url.as_deref(),
                allow_release: !args.no_release,
                token_issued_at: &now,
                token_expires_at: &expires,
            };
            services::insert(tx, &new, &now)?;
            result.requested = 1;
            result.count(crate::result::Outcome::Changed);
            result.summary.push(format!(
                "Linked device management service {name}; its server token expires {expires}."
            ));
            Ok(())
        },
    )?;
    Ok(())
}
