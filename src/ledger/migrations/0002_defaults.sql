-- 0002: default assignment (Step 4): at most one device management service per product family
-- (Apple's MdmServer.defaultProductFamilies, one service per family). A device that arrives is
-- assigned to its family's default; devices already in the ledger are not touched.
CREATE TABLE service_defaults (
    product_family TEXT PRIMARY KEY,   -- output spelling: iPhone, iPad, Mac, AppleTV, Watch, Vision, iPod
    service_id     INTEGER NOT NULL REFERENCES services (id),
    set_at         TEXT NOT NULL
);
