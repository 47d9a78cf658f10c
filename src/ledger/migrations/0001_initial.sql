-- 0001: the first ledger: the organisation, its suppliers and device management services, its
-- devices, and the append-only activity log. Column names follow Apple's attributes in
-- snake_case; the views at the end use Apple's camelCase names, as the JSON output does, so
-- `sqlite3 ledger.sqlite3 'SELECT * FROM devices_v'` reads like `abmctl device list -o json`.

-- One ledger file is one organisation: exactly one row.
CREATE TABLE org (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    name       TEXT NOT NULL,
    org_id     TEXT NOT NULL,   -- the Organization ID given to resellers
    created_at TEXT NOT NULL
);

-- Step 1: suppliers. `number` is the Apple Customer Number (without leading zeros, Apple's
-- rule) or the Reseller Number. Unlinking deletes the row; devices keep their source id.
CREATE TABLE suppliers (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('apple', 'reseller')),
    number    TEXT NOT NULL,
    carrier   INTEGER NOT NULL DEFAULT 0 CHECK (carrier IN (0, 1)),
    name      TEXT,
    linked_at TEXT NOT NULL,
    UNIQUE (kind, number)
);

-- Step 2: device management services. `name_key` is the case-folded name: names are unique
-- case-insensitively (Apple's rule).
CREATE TABLE services (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT NOT NULL,
    name_key              TEXT NOT NULL UNIQUE,
    remote_id             TEXT UNIQUE,      -- the Apple Business mdmServers id, once synced
    certificate_der       BLOB,
    certificate_subject   TEXT,
    certificate_not_after TEXT,
    enrollment_url        TEXT,
    allow_release         INTEGER NOT NULL DEFAULT 1 CHECK (allow_release IN (0, 1)),
    token_issued_at       TEXT NOT NULL,
    token_expires_at      TEXT NOT NULL,    -- one year after issue (Apple's rule)
    linked_at             TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);

-- Step 3: devices. One row per serial number. Multi-valued attributes (imei, meid,
-- ethernet_mac_address) are stored `;`-joined, as in the import CSV.
CREATE TABLE devices (
    id                          INTEGER PRIMARY KEY,
    serial_number               TEXT NOT NULL,
    product_family              TEXT NOT NULL,
    device_model                TEXT,
    product_type                TEXT,
    device_capacity             TEXT,
    color                       TEXT,
    part_number                 TEXT,
    order_number                TEXT,
    order_date_time             TEXT,
    purchase_source_type        TEXT NOT NULL,
    purchase_source_id          TEXT,
    imei                        TEXT,
    meid                        TEXT,
    eid                         TEXT,
    wifi_mac_address            TEXT,
    bluetooth_mac_address       TEXT,
    ethernet_mac_address        TEXT,
    status                      TEXT NOT NULL
        CHECK (status IN ('PENDING', 'UNASSIGNED', 'ASSIGNED', 'RELEASED')),
    service_id                  INTEGER REFERENCES services (id) DEFERRABLE INITIALLY DEFERRED,
    assigned_at                 TEXT,
    added_to_org_date_time      TEXT NOT NULL,
    released_from_org_date_time TEXT,
    enrollment_status           TEXT,    -- NULL = NOT_ENROLLED; ENROLLED | STALE
    enrollment_method           TEXT,
    enrolled_user               TEXT,
    enrolled_at                 TEXT,
    personal                    INTEGER NOT NULL DEFAULT 0,
    pending_sync                INTEGER NOT NULL DEFAULT 0,
    -- The activity that brought the device in, and its status then. An import does not write
    -- an activity_items row per new device (a million-row import would write every device
    -- twice); `activity show` derives those rows from these two columns instead.
    added_activity_id           INTEGER NOT NULL,
    added_status                TEXT NOT NULL,
    CHECK ((status = 'ASSIGNED') = (service_id IS NOT NULL))
);
CREATE UNIQUE INDEX devices_serial ON devices (serial_number);
CREATE INDEX devices_order ON devices (order_number);
CREATE INDEX devices_service ON devices (service_id) WHERE service_id IS NOT NULL;

-- The activity log (SPEC §1.7): one row per command that changed the ledger. Append-only.
CREATE TABLE activities (
    id                 INTEGER PRIMARY KEY,
    action             TEXT NOT NULL,
    actor              TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    parameters         TEXT NOT NULL,    -- JSON object of the command's arguments
    requested          INTEGER NOT NULL DEFAULT 0,
    changed            INTEGER NOT NULL DEFAULT 0,
    unchanged          INTEGER NOT NULL DEFAULT 0,
    queued             INTEGER NOT NULL DEFAULT 0,
    failed             INTEGER NOT NULL DEFAULT 0,
    skipped            INTEGER NOT NULL DEFAULT 0,
    remote_activity_id TEXT
);
CREATE INDEX activities_created ON activities (created_at);

-- Per-device results of an activity (beyond the arrivals derived from `devices`).
CREATE TABLE activity_items (
    activity_id   INTEGER NOT NULL REFERENCES activities (id),
    seq           INTEGER NOT NULL,
    serial_number TEXT,
    line          TEXT,
    before        TEXT,
    after         TEXT,
    outcome       TEXT NOT NULL
        CHECK (outcome IN ('changed', 'unchanged', 'failed', 'skipped', 'queued')),
    field         TEXT,
    message       TEXT,
    PRIMARY KEY (activity_id, seq)
) WITHOUT ROWID;
CREATE INDEX activity_items_serial ON activity_items (serial_number);

-- Devices as the JSON output shows them.
CREATE VIEW devices_v AS
SELECT d.serial_number               AS serialNumber,
       d.product_family              AS productFamily,
       d.device_model                AS deviceModel,
       d.product_type                AS productType,
       d.device_capacity             AS deviceCapacity,
       d.color                       AS color,
       d.part_number                 AS partNumber,
       d.order_number                AS orderNumber,
       d.order_date_time             AS orderDateTime,
       d.purchase_source_type        AS purchaseSourceType,
       d.purchase_source_id          AS purchaseSourceId,
       d.imei                        AS imei,
       d.meid                        AS meid,
       d.eid                         AS eid,
       d.wifi_mac_address            AS wifiMacAddress,
       d.bluetooth_mac_address       AS bluetoothMacAddress,
       d.ethernet_mac_address        AS ethernetMacAddress,
       d.status                      AS status,
       s.name                        AS assignedServer,
       d.added_to_org_date_time      AS addedToOrgDateTime,
       d.released_from_org_date_time AS releasedFromOrgDateTime,
       coalesce(d.enrollment_status, 'NOT_ENROLLED') AS enrollmentStatus,
       d.enrollment_method           AS enrollmentMethod,
       d.enrolled_user               AS enrolledUser,
       d.personal                    AS personal,
       d.pending_sync                AS pendingSync
FROM devices d
LEFT JOIN services s ON s.id = d.service_id;
