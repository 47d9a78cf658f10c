//! Sync's rules (SPEC §5): what the remote's state of a device means for the ledger on a pull,
//! which orgDeviceActivity a pending change needs on a push, and when a pushed change counts
//! as confirmed. Pure functions: the pull and the push (`crate::sync`) carry them out.

use crate::model::{DeviceStatus, EnrollmentStatus};

/// What the remote says of a device's assignment, as a pull read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemoteView {
    /// Listed by the organisation's devices, on this service (None: on none).
    On(Option<String>),
    /// Listed as ASSIGNED, but on no service the linkages named.
    OnUnknown,
    /// Not listed: the organisation no longer has it (released, or never had it).
    Gone,
}

/// What a pull does to a device the ledger already holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pulled {
    /// The ledger already says what the remote says.
    Same,
    /// A local change waits to be pushed: the pull leaves the device's standing alone.
    KeepPending,
    /// The remote moved it (in the web portal, by another tool): to this service (None: off
    /// any). `stale` when an enrollment in its old service becomes stale.
    Move {
        /// The service it is on now (the remote's id).
        to: Option<String>,
        /// Its enrollment goes stale.
        stale: bool,
    },
    /// Released, or still waiting for its supplier, locally, but in the organisation remotely:
    /// it arrives again.
    Readmit {
        /// The service it is on (the remote's id).
        to: Option<String>,
    },
}

/// A device as a pull compares it: its local standing and the remote id of its service.
#[derive(Debug, Clone, Copy)]
pub struct Local<'a> {
    /// Local status.
    pub status: DeviceStatus,
    /// The remote id of its local service (None when unassigned, or on a service the remote
    /// does not know).
    pub service_remote_id: Option<&'a str>,
    /// Assigned locally to a service that has no remote id.
    pub on_local_only_service: bool,
    /// A local change waits to be pushed.
    pub pending: bool,
    /// Its enrollment.
    pub enrollment: Option<EnrollmentStatus>,
}

/// What a pull that found the device listed (`view` is not [`RemoteView::Gone`]) does to it.
pub fn pulled(local: &Local<'_>, view: &RemoteView) -> Pulled {
    if local.pending {
        return Pulled::KeepPending;
    }
    let remote = match view {
        RemoteView::On(server) => server.clone(),
        // Assigned to a service the pull could not see: nothing to compare with.
        RemoteView::OnUnknown | RemoteView::Gone => return Pulled::Same,
    };
    match local.status {
        DeviceStatus::Released | DeviceStatus::Pending => Pulled::Readmit { to: remote },
        DeviceStatus::Assigned | DeviceStatus::Unassigned => {
            let here = local.service_remote_id.map(str::to_string);
            if here == remote && !local.on_local_only_service {
                return Pulled::Same;
            }
            // Moving off a service makes an enrollment there stale (SPEC §1.5).
            let was_on_a_service = local.status == DeviceStatus::Assigned;
            Pulled::Move {
                to: remote,
                stale: was_on_a_service && local.enrollment == Some(EnrollmentStatus::Enrolled),
            }
        }
    }
}

/// The orgDeviceActivity a pending device needs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Needed {
    /// `ASSIGN_DEVICES` to this service.
    Assign(String),
    /// `UNASSIGN_DEVICES` from this service.
    Unassign(String),
    /// `RELEASE_DEVICES`.
    Release,
    /// Nothing: the remote already has it as the ledger says.
    Nothing,
    /// It cannot be pushed: why.
    Impossible(String),
}

impl Needed {
    /// The activity type and the service it names.
    pub fn activity(&self) -> Option<(&'static str, Option<&str>)> {
        match self {
            Needed::Assign(s) => Some(("ASSIGN_DEVICES", Some(s))),
            Needed::Unassign(s) => Some(("UNASSIGN_DEVICES", Some(s))),
            Needed::Release => Some(("RELEASE_DEVICES", None)),
            Needed::Nothing | Needed::Impossible(_) => None,
        }
    }
}

/// A pending device as the push sees it.
#[derive(Debug, Clone, Copy)]
pub struct Pending<'a> {
    /// Its local (wanted) status.
    pub status: DeviceStatus,
    /// Its local service's remote id.
    pub service_remote_id: Option<&'a str>,
    /// Its local service's name (for messages).
    pub service_name: Option<&'a str>,
    /// The service the remote had it on, as last seen.
    pub remote_server_id: Option<&'a str>,
    /// Whether a pull has ever seen it remotely.
    pub seen_remotely: bool,
    /// The school scope (no RELEASE_DEVICES there).
    pub school: bool,
}

/// The activity a pending device needs.
pub fn needed(p: &Pending<'_>) -> Needed {
    match p.status {
        DeviceStatus::Assigned => match p.service_remote_id {
            Some(id) if p.remote_server_id == Some(id) && p.seen_remotely => Needed::Nothing,
            Some(id) => Needed::Assign(id.to_string()),
            None => Needed::Impossible(format!(
                "its service {} is not in Apple Business yet: create it there (the next sync \
                 links it) or assign the device to a service that is",
                p.service_name.unwrap_or("?")
            )),
        },
        DeviceStatus::Unassigned => match p.remote_server_id {
            Some(id) => Needed::Unassign(id.to_string()),
            None if p.seen_remotely => Needed::Nothing,
            None => Needed::Impossible(
                "Apple Business has never listed this device, so there is nothing to unassign \
                 there"
                    .to_string(),
            ),
        },
        DeviceStatus::Released if p.school => Needed::Impossible(
            "Apple School Manager has no RELEASE_DEVICES: release the device in the web portal"
                .to_string(),
        ),
        DeviceStatus::Released => Needed::Release,
        DeviceStatus::Pending => Needed::Impossible(
            "it is pending (its supplier is not linked) and cannot be pushed".to_string(),
        ),
    }
}

/// Whether the remote now has a pending device as the ledger wants it.
pub fn confirmed(status: DeviceStatus, service_remote_id: Option<&str>, view: &RemoteView) -> bool {
    match (status, view) {
        (DeviceStatus::Assigned, RemoteView::On(Some(on))) => service_remote_id == Some(on),
        (DeviceStatus::Unassigned, RemoteView::On(None)) => true,
        (DeviceStatus::Released, RemoteView::Gone) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(status: DeviceStatus, service: Option<&str>) -> Local<'_> {
        Local {
            status,
            service_remote_id: service,
            on_local_only_service: false,
            pending: false,
            enrollment: None,
        }
    }

    /// A device moved in the web portal moves; one with a local change waiting is left alone;
    /// a released one that is listed again comes back.
    #[test]
    fn pull_follows_the_remote_except_for_pending_changes() {
        let on = |s: &str| RemoteView::On(Some(s.to_string()));
        let a = local(DeviceStatus::Assigned, Some("A"));
        assert_eq!(pulled(&a, &on("A")), Pulled::Same);
        assert_eq!(
            pulled(&a, &on("B")),
            Pulled::Move {
                to: Some("B".into()),
                stale: false
            }
        );
        let enrolled = Local {
            enrollment: Some(EnrollmentStatus::Enrolled),
            ..a
        };
        assert_eq!(
            pulled(&enrolled, &RemoteView::On(None)),
            Pulled::Move {
                to: None,
                stale: true
            }
        );
        let pending = Local { pending: true, ..a };
        assert_eq!(pulled(&pending, &on("B")), Pulled::KeepPending);
        let released = local(DeviceStatus::Released, None);
        assert_eq!(
            pulled(&released, &RemoteView::On(None)),
            Pulled::Readmit { to: None }
        );
        assert_eq!(pulled(&a, &RemoteView::OnUnknown), Pulled::Same);
        let local_only = Local {
            on_local_only_service: true,
            ..local(DeviceStatus::Assigned, None)
        };
        assert_eq!(
            pulled(&local_only, &RemoteView::On(None)),
            Pulled::Move {
                to: None,
                stale: false
            }
        );
    }

    /// Each pending state needs its activity; what the remote already has needs none.
    #[test]
    fn push_needs() {
        let p = Pending {
            status: DeviceStatus::Assigned,
            service_remote_id: Some("S1"),
            service_name: Some("Main"),
            remote_server_id: None,
            seen_remotely: true,
            school: false,
        };
        assert_eq!(needed(&p), Needed::Assign("S1".into()));
        let there = Pending {
            remote_server_id: Some("S1"),
            ..p
        };
        assert_eq!(needed(&there), Needed::Nothing);
        let unassign = Pending {
            status: DeviceStatus::Unassigned,
            remote_server_id: Some("S0"),
            ..p
        };
        assert_eq!(needed(&unassign), Needed::Unassign("S0".into()));
        let release = Pending {
            status: DeviceStatus::Released,
            ..p
        };
        assert_eq!(needed(&release), Needed::Release);
        assert!(matches!(
            needed(&Pending {
                school: true,
                ..release
            }),
            Needed::Impossible(_)
        ));
        assert!(matches!(
            needed(&Pending {
                service_remote_id: None,
                ..p
            }),
            Needed::Impossible(_)
        ));
    }

    /// Confirmed only when the remote shows the wanted state.
    #[test]
    fn confirmation_needs_the_remote_state() {
        let on = |s: Option<&str>| RemoteView::On(s.map(str::to_string));
        assert!(confirmed(DeviceStatus::Assigned, Some("A"), &on(Some("A"))));
        assert!(!confirmed(
            DeviceStatus::Assigned,
            Some("A"),
            &on(Some("B"))
        ));
        assert!(!confirmed(
            DeviceStatus::Assigned,
            Some("A"),
            &RemoteView::Gone
        ));
        assert!(confirmed(DeviceStatus::Unassigned, None, &on(None)));
        assert!(confirmed(DeviceStatus::Released, None, &RemoteView::Gone));
        assert!(!confirmed(DeviceStatus::Released, None, &on(None)));
    }
}
