//! The Apple Business web portal's device export, as `abmctl export` writes it: the column
//! names third-party parsers of real exports use (reference/abm-workflow.md §7; modelled, not
//! Apple-specified). The columns are the abm-export format's layout (`abm_export::LAYOUT`), which
//! `import --format abm-export` reads back, so an export imported into the same ledger changes
//! nothing.

use super::abm_export::{Col, LAYOUT};
use crate::ledger::devices::Device;
use crate::model::PurchaseSourceType;
use crate::model::attributes::{Kind, pieces};

pub use super::abm_export::COLUMNS;

/// The PURCHASE_SOURCE cell: `Apple (12345)`, `Reseller (1A2B3C)`, `Manually Added`.
fn purchase_source(d: &Device) -> String {
    let id = d.attrs.purchase_source_id.as_deref().unwrap_or_default();
    match d.attrs.purchase_source_type {
        PurchaseSourceType::Apple => format!("Apple ({id})"),
        PurchaseSourceType::Reseller => format!("Reseller ({id})"),
        PurchaseSourceType::ManuallyAdded => "Manually Added".to_string(),
    }
}

/// One device as an export row, in `COLUMNS` order.
pub fn row(d: &Device) -> Vec<String> {
    let mut out = Vec::with_capacity(COLUMNS.len());
    for col in LAYOUT {
        match col {
            Col::Attr(attr) if attr.kind() == Kind::Many => {
                // One value a column, the last column taking the rest: dual-SIM devices have
                // two IMEIs, and a third (never seen) would not fit ABM's columns.
                let mut values = pieces(d.text(attr));
                for _ in 1..col.names().len() {
                    out.push(values.next().unwrap_or_default().to_string());
                }
                out.push(values.collect::<Vec<_>>().join(";"));
            }
            Col::Attr(attr) => out.push(d.text(attr).unwrap_or_default().to_string()),
            Col::PurchaseSource => out.push(purchase_source(d)),
            Col::AssignedDate => out.push(d.assigned_date_time.clone().unwrap_or_default()),
        }
    }
    out
}
