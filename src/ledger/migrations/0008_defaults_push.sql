-- 0008: with a remote set, `mdm default set/unset` change a service's family defaults locally
-- and mark it here; the next sync sends them (`PATCH /v1/mdmServers/{id}`, Business 2.1+) and
-- clears the mark. A pull does not overwrite the defaults of a marked service.
ALTER TABLE services ADD COLUMN defaults_pending INTEGER NOT NULL DEFAULT 0
    CHECK (defaults_pending IN (0, 1));
