//! The workflow rules of Apple Business, one file per step of Apple's workflow (SPEC §1).
//!
//! Each rule has exactly one home here, and commands, the sync client and the sandbox server
//! all call it. Rules decide and, where a step changes the ledger, carry the change out
//! through `ledger::` (which holds all SQL); they never print and do no other I/O.
//!
//! - [`suppliers`] — Step 1: linking and unlinking suppliers, Customer Number matching.
//! - [`services`] — Step 2: service names, server tokens, the unlink guard, "no assignment
//!   before a service is linked".
//! - [`arrival`] — Step 3: pending, default assignment at arrival, updates, readmission,
//!   Apple Configurator's rules.
//! - [`assignment`] — Step 4: assign, reassign, unassign, release.
//! - [`enrollment`] — Step 5: automated, user-initiated and account-driven enrollment,
//!   personal devices, the provisional period of Configurator adds.
//! - [`accounts`], [`domains`], [`discovery`] — Step 5's Managed Apple Accounts, verified
//!   domains, and the service discovery document of account-driven enrollment.
//! - [`mirror`] — sync: what a pull means for a device, what a push needs, when it is
//!   confirmed.

pub mod accounts;
pub mod arrival;
pub mod assignment;
pub mod discovery;
pub mod domains;
pub mod enrollment;
pub mod mirror;
pub mod names;
pub mod services;
pub mod suppliers;
