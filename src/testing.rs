//! A hidden hook for the crash harness (issue 12): `ABMCTL_CRASH_AT=POINT` makes the process
//! die on the spot, as a `kill -9` would, when it reaches `POINT` — so that a test can land a
//! crash exactly between a push's POST and the storing of its activity id (`push-posted`), or
//! just before the POST (`push-prepared`). Unset, it does nothing.

/// Dies at once when `ABMCTL_CRASH_AT` names `point`.
pub fn hook(point: &str) {
    if std::env::var_os("ABMCTL_CRASH_AT").is_some_and(|v| v == point) {
        // No unwinding, no destructors, no flush: what a SIGKILL leaves.
        std::process::abort();
    }
}
