//! `abmctl mdm set`: change a service's certificate, enrollment URL or release permission.

use std::path::PathBuf;

use anyhow::Result;
use clap::builder::{EnumValueParser, TypedValueParser as _};
use clap::{ArgAction, Args, ValueEnum};
use serde_json::json;

use super::link::check_url;
use crate::context::Ctx;
use crate::error::usage;
use crate::formats::certificate::read_certificate;
use crate::ledger::services;
use crate::model::format_timestamp;

/// Arguments of `mdm set`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  abmctl mdm set \"Main MDM\" --certificate new-public.pem\n  \
abmctl mdm set Lab --release off --no-enrollment-url"
)]
pub struct SetArgs {
    /// The service's name (any case)
    pub name: String,
    /// A new public-key certificate, PEM or DER (X.509)
    #[arg(long, value_name = "FILE")]
    pub certificate: Option<PathBuf>,
    /// A new enrollment URL (https)
    #[arg(long, value_name = "URL", conflicts_with = "no_enrollment_url")]
    pub enrollment_url: Option<String>,
    /// Remove the enrollment URL
    #[arg(long, action = ArgAction::SetTrue)]
    pub no_enrollment_url: bool,
    /// Whether the service may release devices
    #[arg(
        long,
        value_name = "on|off",
        ignore_case = true,
        value_parser = EnumValueParser::<OnOff>::new().map(|v| v == OnOff::On)
    )]
    pub release: Option<bool>,
}

/// A switch's value (`--release on|off`); a closed set, so the completions offer it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnOff {
    /// Allowed
    #[value(alias = "yes", alias = "true")]
    On,
    /// Not allowed
    #[value(alias = "no", alias = "false")]
    Off,
}

/// Runs `mdm set`.
pub fn run(ctx: &Ctx, args: SetArgs) -> Result<()> {
    if args.certificate.is_none()
        && args.enrollment_url.is_none()
        && !args.no_enrollment_url
        && args.release.is_none()
    {
        return Err(usage(
            "nothing to set: give --certificate, --enrollment-url, --no-enrollment-url or --release",
        ));
    }
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
    let service = crate::rules::services::find(ledger.conn(), &args.name)?;
    let now = format_timestamp(ctx.now);
    let params = json!({
        "name": service.name,
        "certificate": args.certificate.as_ref().map(|p| p.display().to_string()),
        "enrollmentUrl": url,
        "noEnrollmentUrl": args.no_enrollment_url,
        "release": args.release,
    });
    super::super::mutate(
        ctx,
        &mut ledger,
        crate::activity::Action::MdmSet,
        params,
        false,
        |tx, _, result| {
            let mut what = Vec::new();
            if let Some(c) = &certificate {
                services::set_certificate(tx, service.id, &c.der, &c.subject, &c.not_after, &now)?;
                what.push("certificate".to_string());
            }
            if url.is_some() || args.no_enrollment_url {
                services::set_enrollment_url(tx, service.id, url.as_deref(), &now)?;
                what.push("enrollment URL".to_string());
            }
            if let Some(allow) = args.release {
                services::set_allow_release(tx, service.id, allow, &now)?;
                what.push(format!(
                    "release permission ({})",
                    if allow { "on" } else { "off" }
                ));
            }
            result.summary.push(format!(
                "Updated the {} of {}.",
                what.join(", "),
                service.name
            ));
            Ok(())
        },
    )?;
    Ok(())
}
