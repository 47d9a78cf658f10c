//! What the names an admin types refer to: suppliers and orders named in filters and
//! selections (services are found by `rules::services::find`). A name that refers to nothing
//! is a typo, not an empty selection (SPEC §2): it is refused with the names that do exist.
//! Orders are keyed by supplier and number, as Apple keys them: an order number that two
//! suppliers share needs `--supplier` to say which.
//!
//! No SQL (the `ledger::` lookups have it) and no printing.

use anyhow::Result;
use rusqlite::Connection;

use crate::error::with_hint;
use crate::ledger::{devices, suppliers};
use crate::rules::suppliers::number_keys;

/// At most this many existing names are listed in a hint.
const HINT_NAMES: usize = 10;

/// "a, b, c and 4 more".
pub fn some_names(names: &[String]) -> String {
    let mut shown: Vec<&str> = names.iter().take(HINT_NAMES).map(String::as_str).collect();
    if names.len() > HINT_NAMES {
        let more = format!("and {} more", names.len() - HINT_NAMES);
        return format!("{}, {more}", shown.join(", "));
    }
    if shown.is_empty() {
        shown.push("none");
    }
    shown.join(", ")
}

/// Refuses supplier numbers that no linked supplier and no device has (with or without a
/// Customer Number's leading zeros).
pub fn check_suppliers(conn: &Connection, given: &[String]) -> Result<()> {
    if given.is_empty() {
        return Ok(());
    }
    let known = suppliers::known_numbers(conn)?;
    for raw in given {
        if !number_keys(raw).iter().any(|k| known.contains(k)) {
            return Err(with_hint(
                format!("no supplier has the number `{}`", raw.trim()),
                format!(
                    "the supplier numbers in this ledger: {}",
                    some_names(&known)
                ),
            ));
        }
    }
    Ok(())
}

/// What is wrong with each named order: not in the organisation, or the number of more than
/// one supplier's order (after narrowing to `supplier_keys`, when any are given). Returns
/// (order, message) pairs, in the order given.
pub fn order_problems(
    conn: &Connection,
    orders: &[String],
    supplier_keys: &[String],
) -> Result<Vec<(String, String)>> {
    if orders.is_empty() {
        return Ok(Vec::new());
    }
    let found = devices::order_suppliers(conn, orders)?;
    Ok(orders
        .iter()
        .filter_map(|order| {
            let message = order_problem(order, found.get(order), supplier_keys)?;
            Some((order.clone(), message))
        })
        .collect())
}

/// The problem with one order, given the suppliers its devices came from.
fn order_problem(
    order: &str,
    from: Option<&Vec<Option<String>>>,
    supplier_keys: &[String],
) -> Option<String> {
    let Some(from) = from else {
        return Some(format!(
            "`{order}`: no device of this order is in the organisation"
        ));
    };
    let narrowed: Vec<&str> = from
        .iter()
        .flatten()
        .map(String::as_str)
        .filter(|s| supplier_keys.is_empty() || supplier_keys.iter().any(|k| k == s))
        .collect();
    match narrowed.len() {
        0 if !supplier_keys.is_empty() => Some(format!(
            "`{order}`: no device of this order comes from the supplier given"
        )),
        0 | 1 => None,
        n => Some(format!(
            "`{order}`: {n} suppliers have an order with this number ({}); add --supplier to \
             say which",
            narrowed.join(", ")
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from(ids: &[&str]) -> Vec<Option<String>> {
        ids.iter().map(|s| Some(s.to_string())).collect()
    }

    #[test]
    fn orders_are_keyed_by_supplier_and_number() {
        assert!(
            order_problem("O1", None, &[])
                .unwrap()
                .contains("no device of this order")
        );
        assert_eq!(order_problem("O1", Some(&from(&["12345"])), &[]), None);
        let two = from(&["12345", "R1"]);
        let e = order_problem("O1", Some(&two), &[]).unwrap();
        assert_eq!(
            e,
            "`O1`: 2 suppliers have an order with this number (12345, R1); add --supplier to say \
             which"
        );
        assert_eq!(order_problem("O1", Some(&two), &["R1".to_string()]), None);
        let e = order_problem("O1", Some(&two), &["R9".to_string()]).unwrap();
        assert!(e.contains("supplier given"), "{e}");
        // Configurator adds have no supplier: they never make an order ambiguous.
        let manual = vec![None, Some("12345".to_string())];
        assert_eq!(order_problem("O1", Some(&manual), &[]), None);
    }

    #[test]
    fn hints_list_a_few_names() {
        assert_eq!(some_names(&[]), "none");
        let many: Vec<String> = (1..=12).map(|i| i.to_string()).collect();
        assert_eq!(
            some_names(&many),
            "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, and 2 more"
        );
    }
}
