-- 0007: what `abmctl sandbox serve` remembers beyond "what Apple has" (issue 10), so that a
-- sandbox restarted on this ledger still answers for what it issued: the API activities it
-- was asked for, with their CSV logs, and the access tokens it handed out. Only the sandbox
-- writes these tables; an admin's own ledger never has rows in them.

-- `POST /v1/orgDeviceActivities` requests (§6 of the API reference). `id` is the activity's
-- UUID. Times are RFC 3339 UTC with milliseconds. The activity runs from `created_at` to
-- `completes_at` (`--activity-delay`); the subStatus in between (PRE_PROCESSING, PROCESSING,
-- POST_PROCESSING) is read from the clock, so `status`/`sub_status` hold IN_PROGRESS/SUBMITTED
-- until the activity is applied, then its end (COMPLETED_WITH_SUCCESS, _WITH_FAILURE,
-- _WITH_ERROR, or FAILED/COMPLETED_POST_PROCESSING_FAILED). An activity whose `completes_at`
-- passed while no sandbox ran is applied when it is next read. `activity_id` is the ledger
-- activity that applied it (NULL when nothing was applied: every device failed).
CREATE TABLE sandbox_activities (
    id              TEXT PRIMARY KEY,
    activity_type   TEXT NOT NULL
                    CHECK (activity_type IN ('ASSIGN_DEVICES', 'UNASSIGN_DEVICES', 'RELEASE_DEVICES')),
    -- The `mdmServers` id asked for (32 hex characters); NULL for RELEASE_DEVICES.
    mdm_server_id   TEXT,
    -- The serial numbers as sent, a JSON array, in request order.
    devices         TEXT NOT NULL,
    -- Those `--activity-error-rate` fails (drawn when the activity was posted), a JSON array.
    failing_devices TEXT NOT NULL DEFAULT '[]',
    created_at      TEXT NOT NULL,
    completes_at    TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETED', 'FAILED')),
    sub_status      TEXT NOT NULL,
    completed_at    TEXT,
    -- The per-device CSV log behind `downloadUrl` (serial_number, operation_status,
    -- operation_substatus), once completed.
    log_csv         TEXT,
    activity_id     INTEGER REFERENCES activities (id),
    CHECK ((status = 'IN_PROGRESS') = (completed_at IS NULL))
);
CREATE INDEX sandbox_activities_in_progress ON sandbox_activities (completes_at)
    WHERE status = 'IN_PROGRESS';

-- Access tokens issued by the sandbox's token endpoint. Never the token itself: `token_hash`
-- is a keyed digest of it (src/sandbox/tokens.rs), so this table is no use to someone who
-- reads the ledger. `expires_at` is when the sandbox stops accepting it (`--token-lifetime`).
CREATE TABLE sandbox_tokens (
    token_hash  TEXT PRIMARY KEY,
    scope       TEXT NOT NULL CHECK (scope IN ('business.api', 'school.api')),
    issued_at   TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
CREATE INDEX sandbox_tokens_expires ON sandbox_tokens (expires_at);
