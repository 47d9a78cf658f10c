-- 0005: Step 5, enrollment (SPEC §1.6): verified domains, Managed Apple Accounts, and when a
-- device first enrolled (its 30-day provisional period starts then, Apple's rule for devices
-- added with Apple Configurator). The enrollment itself lives in the devices columns of 0001
-- (enrollment_status, enrollment_method, enrolled_user, enrolled_at, personal).

-- When the device first enrolled; kept when it is unenrolled, so that enrolling again does
-- not restart its provisional period.
ALTER TABLE devices ADD COLUMN first_enrolled_at TEXT;

-- Domains of the organisation. `name` is the lower-case FQDN without a trailing dot; each FQDN
-- is its own domain (Apple's rule). The reserved domain (`<slug>.appleaccount.com`) is made
-- when the ledger is, needs no verification and cannot be removed. Other domains are pending
-- until their TXT record `apple-domain-verification=<token>` is found, within 14 days of
-- being added (`verify_by`); after that they expire and must be added again.
CREATE TABLE domains (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE,
    reserved            INTEGER NOT NULL DEFAULT 0 CHECK (reserved IN (0, 1)),
    token               TEXT,
    added_at            TEXT NOT NULL,
    verify_by           TEXT,
    verified_at         TEXT,
    -- Whether Apple's fallback ("alternate") service discovery is used for this domain.
    alternate_discovery INTEGER NOT NULL DEFAULT 0 CHECK (alternate_discovery IN (0, 1)),
    CHECK (reserved = 1 OR (token IS NOT NULL AND verify_by IS NOT NULL))
);
CREATE UNIQUE INDEX domains_one_reserved ON domains (reserved) WHERE reserved = 1;

-- Managed Apple Accounts (`user@domain`, stored lower-case), each on a domain of the
-- organisation. `service_id` routes the account's account-driven enrollments to a service
-- other than its family's default; unlinking that service puts them back on the default.
-- `enrollment` is what service discovery offers the account: account-driven User Enrollment
-- (`user`, BYOD, Apple's `mdm-byod`) or Device Enrollment (`device`, `mdm-adde`).
CREATE TABLE accounts (
    id                   INTEGER PRIMARY KEY,
    managed_apple_account TEXT NOT NULL UNIQUE,
    name                 TEXT,
    domain_id            INTEGER NOT NULL REFERENCES domains (id),
    service_id           INTEGER REFERENCES services (id) ON DELETE SET NULL,
    enrollment           TEXT NOT NULL DEFAULT 'user' CHECK (enrollment IN ('user', 'device')),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
CREATE INDEX accounts_domain ON accounts (domain_id);
CREATE INDEX accounts_service ON accounts (service_id) WHERE service_id IS NOT NULL;
CREATE INDEX devices_enrolled_user ON devices (enrolled_user) WHERE enrolled_user IS NOT NULL;
