//! `abmctl mdm default list | set | unset`: default assignment by product family. A device
//! that arrives (order, Configurator add, supplier linked) goes to its family's default
//! service; devices already in the ledger are not touched (`assign --apply-defaults` does that).

use anyhow::Result;
use clap::{Args, Subcommand};
use serde::Serialize;
use serde_json::json;

use crate::context::Ctx;
use crate::ledger::defaults;
use crate::model::{ProductFamily, format_timestamp};
use crate::output::Row;

/// Default assignment by product family.
#[derive(Debug, Subcommand)]
pub enum DefaultCommand {
    /// List each family's default service
    #[command(after_help = "Example:\n  abmctl mdm default list -o json")]
    List,
    /// Make a service the default of a family (replacing any other: one per family)
    #[command(
        after_help = "Examples:\n  abmctl mdm default set iPhone \"Main MDM\"\n  abmctl mdm default set mac Lab"
    )]
    Set(SetArgs),
    /// Remove a family's default
    #[command(after_help = "Example:\n  abmctl mdm default unset iPad")]
    Unset(UnsetArgs),
}

/// Arguments of `mdm default set`.
#[derive(Debug, Args)]
pub struct SetArgs {
    /// Product family: iPhone, iPad, Mac, AppleTV, Watch, Vision, iPod (any case)
    pub family: ProductFamily,
    /// The service's name (any case)
    pub name: String,
}

/// Arguments of `mdm default unset`.
#[derive(Debug, Args)]
pub struct UnsetArgs {
    /// Product family
    pub family: ProductFamily,
}

/// One family's default, as printed.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct DefaultView {
    /// Product family (device-list spelling).
    pub product_family: String,
    /// Apple's MdmServerProductFamily spelling (`IPHONE`, `APPLE_TV`, …).
    pub default_product_family: String,
    /// The default service.
    pub server_name: String,
}

impl Row for DefaultView {
    fn headers() -> &'static [&'static str] {
        &["productFamily", "defaultProductFamily", "serverName"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.product_family.clone(),
            self.default_product_family.clone(),
            self.server_name.clone(),
        ]
    }
}

/// Runs `mdm default`.
pub fn run(ctx: &Ctx, command: DefaultCommand) -> Result<()> {
    let mut ledger = ctx.ledger()?;
    let now = format_timestamp(ctx.now);
    match command {
        DefaultCommand::List => {
            let rows = defaults::list(ledger.conn())?.into_iter().map(|d| {
                Ok(DefaultView {
                    product_family: d.family.as_str().to_string(),
                    default_product_family: d.family.api_name().to_string(),
                    server_name: d.service_name,
                })
            });
            if ctx.out.list(rows)? == 0 {
                ctx.out.status(
                    "No defaults are set. Set one with `abmctl mdm default set FAMILY NAME`.",
                );
            }
            Ok(())
        }
        DefaultCommand::Set(args) => {
            let service = crate::rules::services::find(ledger.conn(), &args.name)?;
            let family = args.family;
            let current = defaults::list(ledger.conn())?
                .into_iter()
                .find(|d| d.family == family);
            if current.as_ref().is_some_and(|d| d.service_id == service.id) {
                let mut result = crate::activity::Action::MdmDefaultSet.result(false);
                result.summary.push(format!(
                    "{} is already the default for {family}; nothing to do.",
                    service.name
                ));
                return ctx.out.result(&result);
            }
            let params = json!({ "family": family.as_str(), "name": service.name });
            super::super::mutate(
                ctx,
                &mut ledger,
                crate::activity::Action::MdmDefaultSet,
                params,
                false,
                |tx, _, result| {
                    defaults::set(tx, family, service.id, &now)?;
                    // With a remote set, the next sync sends both services' new families.
                    if crate::ledger::remote::get(tx)?.is_some() {
                        crate::ledger::remote::mark_defaults_pending(tx, service.id)?;
                        if let Some(old) = &current {
                            crate::ledger::remote::mark_defaults_pending(tx, old.service_id)?;
                        }
                    }
                    let was = current
                        .map(|d| format!(" (was {})", d.service_name))
                        .unwrap_or_default();
                    result.summary.push(format!(
                    "{family} devices that arrive from now on go to {}{was}. Devices already in the ledger are unchanged; `abmctl assign --apply-defaults` assigns them.",
                    service.name
                ));
                    Ok(())
                },
            )?;
            Ok(())
        }
        DefaultCommand::Unset(args) => {
            let family = args.family;
            let params = json!({ "family": family.as_str() });
            if !defaults::list(ledger.conn())?
                .iter()
                .any(|d| d.family == family)
            {
                let mut result = crate::activity::Action::MdmDefaultUnset.result(false);
                result
                    .summary
                    .push(format!("{family} has no default; nothing to do."));
                return ctx.out.result(&result);
            }
            super::super::mutate(
                ctx,
                &mut ledger,
                crate::activity::Action::MdmDefaultUnset,
                params,
                false,
                |tx, _, result| {
                    let was = defaults::list(tx)?.into_iter().find(|d| d.family == family);
                    defaults::unset(tx, family)?;
                    if let Some(old) = was
                        && crate::ledger::remote::get(tx)?.is_some()
                    {
                        crate::ledger::remote::mark_defaults_pending(tx, old.service_id)?;
                    }
                    result
                        .summary
                        .push(format!("{family} has no default service any more."));
                    Ok(())
                },
            )?;
            Ok(())
        }
    }
}
