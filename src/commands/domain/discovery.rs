//! `abmctl domain discovery`: the service discovery document a domain must serve for a user
//! and a device family (the body of `/.well-known/com.apple.remotemanagement`).

use anyhow::Result;
use clap::Args;

use crate::context::Ctx;
use crate::error::with_hint;
use crate::model::ProductFamily;
use crate::rules::discovery::{self, Answer, Request};

/// Arguments of `domain discovery`.
#[derive(Debug, Args)]
pub struct DiscoveryArgs {
    /// The domain (any case)
    pub domain: String,
    /// The user signing in (`user-identifier`): a Managed Apple Account on the domain
    #[arg(long, value_name = "ID")]
    pub user: Option<String>,
    /// The device's family (`model-family`; Apple's RealityDevice is Vision)
    #[arg(long, value_name = "F")]
    pub family: Option<ProductFamily>,
}

/// Runs `domain discovery`.
pub fn run(ctx: &Ctx, args: DiscoveryArgs) -> Result<()> {
    let name = super::parse(&args.domain)?;
    let ledger = ctx.ledger()?;
    let request = Request {
        domain: &name,
        user: args.user.as_deref(),
        family: args.family,
    };
    match discovery::answer(ledger.conn(), request, ctx.now)? {
        Answer::Found(document, _) => ctx.out.document(&document),
        Answer::NotFound(why) => Err(with_hint(
            format!("no service discovery document for this request: {why}"),
            "a device asking for it gets HTTP 404 and falls back to Apple's alternate \
             discovery (when it is on: `abmctl domain set DOMAIN --alternate-discovery on`)",
        )),
    }
}
