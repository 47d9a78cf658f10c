-- 0006: remote sync with the Apple Business API (SPEC §5): the one remote of this ledger, its
-- cached access token, the checkpoint of a pull in progress, the push intents that make a
-- crash after a POST harmless, and the history `report sync` shows.

-- The remote (one per ledger). The private key stays in its file; only its path is kept. The
-- access token is cached here (the ledger is 0600) so that a nightly cron does not ask Apple
-- for a token per command; it is never printed.
CREATE TABLE remote (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    client_id        TEXT NOT NULL,
    key_id           TEXT NOT NULL,
    private_key_path TEXT NOT NULL,
    scope            TEXT NOT NULL CHECK (scope IN ('business', 'school')),
    base_url         TEXT NOT NULL,
    token_url        TEXT NOT NULL,
    set_at           TEXT NOT NULL,
    access_token     TEXT,
    token_fetched_at TEXT,
    token_expires_at TEXT
);

-- What the remote says of each device: the pull that last returned it (NULL: Apple never has,
-- e.g. a device added locally), its service there (mdmServers id) as last seen, and why its
-- last push failed (shown by `device show`; cleared when the device is confirmed).
ALTER TABLE devices ADD COLUMN remote_seen_pull INTEGER;
ALTER TABLE devices ADD COLUMN remote_server_id TEXT;
ALTER TABLE devices ADD COLUMN sync_error TEXT;
CREATE INDEX devices_pending_sync ON devices (pending_sync) WHERE pending_sync = 1;

-- Pulls: one row each, numbered; `finished_at` is NULL while one is under way (at most one).
-- `phase`, `server_id` and `cursor` are the checkpoint: the next page to ask for. A killed
-- sync resumes there; `sync --full` abandons it and starts a new pull.
CREATE TABLE pulls (
    id          INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES activities (id),
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    phase       TEXT NOT NULL CHECK (phase IN ('links', 'devices', 'done', 'abandoned')),
    server_id   TEXT,
    cursor      TEXT,
    pages       INTEGER NOT NULL DEFAULT 0,
    devices     INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX pulls_one_open ON pulls ((1)) WHERE finished_at IS NULL;

-- The device linkages of each service read by the pull under way (serial → mdmServers id):
-- `GET /v1/orgDevices` does not say which service a device is on.
CREATE TABLE pull_links (
    serial_number TEXT PRIMARY KEY,
    server_id     TEXT NOT NULL
) WITHOUT ROWID;

-- Push intents: one orgDeviceActivity to send. Written before the POST ('prepared'); the
-- remote activity id is stored right after it ('sent'); 'done' once its devices are settled.
-- A 'prepared' intent found by a later sync may or may not have reached Apple: its devices'
-- remote state is checked before anything is sent again.
CREATE TABLE push_intents (
    id                 INTEGER PRIMARY KEY,
    activity_type      TEXT NOT NULL
        CHECK (activity_type IN ('ASSIGN_DEVICES', 'UNASSIGN_DEVICES', 'RELEASE_DEVICES')),
    server_id          TEXT,
    state              TEXT NOT NULL CHECK (state IN ('prepared', 'sent', 'done')),
    created_at         TEXT NOT NULL,
    remote_activity_id TEXT,
    sent_at            TEXT,
    status             TEXT,
    sub_status         TEXT,
    finished_at        TEXT
);
CREATE INDEX push_intents_open ON push_intents (state) WHERE state <> 'done';

CREATE TABLE push_intent_devices (
    intent_id     INTEGER NOT NULL REFERENCES push_intents (id),
    serial_number TEXT NOT NULL,
    outcome       TEXT,    -- SUCCESS | FAILED, from the activity's log
    message       TEXT,
    PRIMARY KEY (intent_id, serial_number)
) WITHOUT ROWID;

-- One row per `sync` run, for `report sync`.
CREATE TABLE sync_runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    outcome     TEXT,       -- ok | partial | failed | interrupted
    exit_code   INTEGER,
    summary     TEXT        -- the result document, JSON
);
