//! abmctl's one integration-test binary: one module per area, a shared harness in `common`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

mod activity;
mod assign;
mod defaults;
mod demo;
mod device;
mod export;
mod generated;
mod import;
mod mdm;
mod org;
mod output;
mod report;
mod supplier;
