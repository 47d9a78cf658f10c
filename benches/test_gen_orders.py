"""Tests for benches/gen_orders.py.

Run with `python3 -m unittest discover -s benches` (or `python3 benches/gen_orders.py
--self-check`). They prove that the generated files are valid input for abmctl
(identifiers pass Apple's checks, serials are unique), deterministic, and shaped
as each import format expects.
"""

import collections
import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_orders as g  # noqa: E402

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen_orders.py")
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
RFC3339_MS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
MAC = re.compile(r"^[0-9A-F]{2}(:[0-9A-F]{2}){5}$")
MEID = re.compile(r"^[0-9A-F]{14}$")
SERIAL = re.compile(r"^[A-Z0-9]{10}([A-Z0-9]{2})?$")

_cache = {}


def rows(n, **kw):
    """Parsed CSV rows (dicts) of a generated file, cached per arguments."""
    key = (n, tuple(sorted(kw.items())))
    if key not in _cache:
        text = g.generate_text(n, **kw)
        _cache[key] = (text, list(csv.DictReader(io.StringIO(text, newline=""))))
    return _cache[key]


def sha(text):
    return hashlib.sha256(text.encode()).hexdigest()


class CheckDigits(unittest.TestCase):
    def test_luhn_matches_3gpp_example(self):
        # 3GPP TS 23.003 Annex B worked example.
        self.assertEqual(g.luhn_check_digit("26053179311383"), "7")
        self.assertTrue(g.luhn_valid("260531793113837"))
        # Apple's sample IMEI is a placeholder that fails Luhn (reference/abm-workflow.md §8).
        self.assertFalse(g.luhn_valid("123456789012345"))
        self.assertEqual(g.luhn_check_digit("12345678901234"), "7")

    def test_eid_check_digits(self):
        # Apple's sample EID passes MOD 97-10.
        self.assertTrue(g.eid_valid("89049037640158663184237812557346"))
        for body in ("0" * 30, "9" * 30, "890490320000000000000000000001"):
            eid = body + g.eid_check_digits(body)
            self.assertEqual(len(eid), 32)
            self.assertEqual(int(eid) % 97, 1)

    def test_permute_is_a_bijection(self):
        for a, b, keys in ((6, 10, (1, 2, 3, 4)), (7, 7, (5, 6, 7)), (90, 100, g._K_ORDER)):
            images = {g.permute(x, a, b, keys) for x in range(a * b)}
            self.assertEqual(len(images), a * b)
            self.assertTrue(all(0 <= L < a and 0 <= R < b for L, R in images))


class CsvFormat(unittest.TestCase):
    N = 20000

    def setUp(self):
        self.text, self.rows = rows(self.N)

    def test_header_and_line_ends(self):
        self.assertTrue(self.text.startswith(",".join(g.CSV_HEADER) + "\n"))
        self.assertNotIn("\r", self.text)
        self.assertEqual(len(self.rows), self.N)

    def test_quoting_round_trips(self):
        models = {r["deviceModel"] for r in self.rows}
        self.assertIn('iMac 21.5"', models)
        self.assertIn('"iMac 21.5""",', self.text)  # RFC 4180 doubled quote
        self.assertTrue(any("," in m for m in models))

    def test_serials_valid_and_unique(self):
        serials = [r["serialNumber"] for r in self.rows]
        self.assertEqual(len(set(serials)), len(serials))
        self.assertTrue(all(SERIAL.match(s) for s in serials))
        lengths = collections.Counter(len(s) for s in serials)
        self.assertEqual(set(lengths), {10, 12})
        self.assertGreater(lengths[10], 0.8 * self.N)

    def test_identifiers_valid(self):
        imeis, eids, meids, macs = [], [], [], []
        for r in self.rows:
            imeis += [x for x in r["imei"].split(";") if x]
            meids += [x for x in r["meid"].split(";") if x]
            eids += [r["eid"]] if r["eid"] else []
            macs += [m for m in (r["wifiMacAddress"], r["bluetoothMacAddress"]) if m]
            macs += [x for x in r["ethernetMacAddress"].split(";") if x]
        self.assertTrue(all(len(x) == 15 and g.luhn_valid(x) for x in imeis))
        self.assertTrue(all(g.eid_valid(x) for x in eids))
        self.assertTrue(all(MEID.match(x) for x in meids))
        self.assertTrue(any(re.search("[A-F]", x) for x in meids))  # some hex MEIDs
        self.assertTrue(all(MAC.match(x) for x in macs))
        for values in (imeis, eids, macs):
            self.assertEqual(len(set(values)), len(values))

    def test_family_mix_and_identifier_rules(self):
        fam = collections.Counter(r["productFamily"] for r in self.rows)
        for family, share in g.FAMILY_SHARE.items():
            self.assertAlmostEqual(fam[family] / self.N, share, delta=0.015, msg=family)
        iphones = [r for r in self.rows if r["productFamily"] == "iPhone"]
        self.assertTrue(all(1 <= len(r["imei"].split(";")) <= 2 for r in iphones))
        self.assertTrue(any(len(r["imei"].split(";")) == 2 for r in iphones))
        self.assertAlmostEqual(sum(bool(r["eid"]) for r in iphones) / len(iphones), 0.30, delta=0.03)
        self.assertTrue(any(r["meid"] for r in iphones))
        ipads = [r for r in self.rows if r["productFamily"] == "iPad"]
        self.assertAlmostEqual(sum(bool(r["imei"]) for r in ipads) / len(ipads), 0.5, delta=0.05)
        macs = [r for r in self.rows if r["productFamily"] == "Mac"]
        self.assertTrue(all(r["wifiMacAddress"] and r["bluetoothMacAddress"] for r in macs))
        self.assertTrue(all(not r["imei"] and not r["eid"] for r in macs))
        eth = collections.Counter(len(r["ethernetMacAddress"].split(";")) if r["ethernetMacAddress"] else 0
                                  for r in macs)
        self.assertGreater(eth[0], 0)
        self.assertGreater(eth[1], 0)
        self.assertGreater(eth[2], 0)

    def test_orders(self):
        by_order = collections.defaultdict(list)
        for r in self.rows:
            by_order[r["orderNumber"]].append(r)
        self.assertEqual(len(by_order), self.N // 1000)
        sources = collections.Counter()
        for number, rs in by_order.items():
            self.assertRegex(number, r"^\d{10}$")
            self.assertEqual(len(rs), 1000)
            self.assertEqual(len({(r["orderDateTime"], r["purchaseSourceType"], r["purchaseSourceId"])
                                  for r in rs}), 1)
            r = rs[0]
            self.assertRegex(r["orderDateTime"], RFC3339)
            self.assertTrue("2012-01-01T00:00:00Z" <= r["orderDateTime"] <= "2026-06-30T23:59:59Z")
            sources[(r["purchaseSourceType"], r["purchaseSourceId"])] += 1
        self.assertTrue(set(sources) <= {("APPLE", "100001"), ("APPLE", "100002"),
                                         ("RESELLER", "R1000"), ("RESELLER", "R2000"),
                                         ("RESELLER", "R3000")})

    def test_supplier_shares_over_many_orders(self):
        _, rs = rows(300, order_size=1)
        apple = sum(r["purchaseSourceType"] == "APPLE" for r in rs) / len(rs)
        self.assertAlmostEqual(apple, 0.6, delta=0.08)
        self.assertEqual({r["purchaseSourceId"] for r in rs},
                         {"100001", "100002", "R1000", "R2000", "R3000"})

    def test_last_order_may_be_smaller(self):
        _, rs = rows(2500, order_size=1000)
        sizes = collections.Counter(r["orderNumber"] for r in rs)
        self.assertEqual(sorted(sizes.values()), [500, 1000, 1000])


class Determinism(unittest.TestCase):
    def test_same_args_same_bytes(self):
        for fmt in g.FORMATS:
            a = g.generate_text(3000, fmt=fmt, seed=7, order_size=250, start_index=123)
            b = g.generate_text(3000, fmt=fmt, seed=7, order_size=250, start_index=123)
            self.assertEqual(sha(a), sha(b), fmt)

    def test_seed_changes_attributes_not_identities(self):
        a = rows(2000, seed=1)[1]
        b = rows(2000, seed=2)[1]
        self.assertEqual([r["serialNumber"] for r in a], [r["serialNumber"] for r in b])
        self.assertNotEqual([r["productFamily"] for r in a], [r["productFamily"] for r in b])

    def test_start_index_ranges_are_disjoint_and_compose(self):
        whole = rows(6000)[1]
        first = rows(3000)[1]
        second = rows(3000, start_index=3000)[1]
        s1 = {r["serialNumber"] for r in first}
        s2 = {r["serialNumber"] for r in second}
        self.assertFalse(s1 & s2)
        self.assertFalse({r["orderNumber"] for r in first} & {r["orderNumber"] for r in second})
        self.assertEqual(first + second, whole)  # split at order boundaries: same devices

    def test_cli_stdout_equals_file(self):
        out = subprocess.run([sys.executable, SCRIPT, "1500", "--format", "api-json"],
                             check=True, capture_output=True).stdout
        path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "gen_orders_test_%d.json" % os.getpid())
        try:
            subprocess.run([sys.executable, SCRIPT, "1500", "--format", "api-json", "-o", path],
                           check=True)
            with open(path, "rb") as f:
                self.assertEqual(f.read(), out)
        finally:
            if os.path.exists(path):
                os.remove(path)
        self.assertEqual(out.decode(), g.generate_text(1500, fmt="api-json"))

    def test_cli_rejects_bad_arguments(self):
        for args in (["-1"], ["10", "--order-size", "0"], ["10", "--format", "xml"],
                     ["10", "--start-index", str(g.MAX_INDEX)]):
            p = subprocess.run([sys.executable, SCRIPT] + args, capture_output=True)
            self.assertEqual(p.returncode, 2, args)


class AbmExportFormat(unittest.TestCase):
    def test_columns_and_values_match_csv(self):
        n = 3000
        text = g.generate_text(n, fmt="abm-export")
        self.assertTrue(text.startswith(",".join(g.ABM_HEADER) + "\n"))
        ex = list(csv.DictReader(io.StringIO(text, newline="")))
        base = rows(n)[1]
        self.assertEqual(len(ex), n)
        for e, c in zip(ex, base):
            self.assertEqual(e["SERIAL_NO"], c["serialNumber"])
            self.assertEqual(e["MODEL_NAME"], c["deviceModel"])
            self.assertEqual(e["PART_NUMBER"], c["partNumber"])
            self.assertEqual(e["ORDER_NUMBER"], c["orderNumber"])
            self.assertEqual(e["ORDER_DATE"], c["orderDateTime"])
            want = "Apple" if c["purchaseSourceType"] == "APPLE" else "Reseller"
            self.assertEqual(e["PURCHASE_SOURCE"], f"{want} ({c['purchaseSourceId']})")
            self.assertRegex(e["DATE_ADDED_TO_ORGANIZATION"], RFC3339)
            self.assertGreater(e["DATE_ADDED_TO_ORGANIZATION"], e["ORDER_DATE"])
            self.assertEqual(e["MDM_SERVER"], "")
            self.assertEqual(";".join(x for x in (e["IMEI"], e["IMEI2"]) if x), c["imei"])
            self.assertEqual(e["EID"], c["eid"])
            self.assertEqual(e["ETHERNET_MAC_ADDRESS_1"], c["ethernetMacAddress"].split(";")[0])


class ApiJsonFormat(unittest.TestCase):
    def test_pages(self):
        n = 2500
        pages = json.loads(g.generate_text(n, fmt="api-json"))
        self.assertIsInstance(pages, list)
        self.assertEqual([len(p["data"]) for p in pages], [1000, 1000, 500])
        for p, nxt in zip(pages, pages[1:]):
            self.assertEqual(p["links"]["next"], nxt["links"]["self"])
            self.assertIn(p["meta"]["paging"]["nextCursor"], p["links"]["next"])
            self.assertEqual(p["meta"]["paging"]["limit"], 1000)
        self.assertNotIn("next", pages[-1]["links"])
        self.assertNotIn("nextCursor", pages[-1]["meta"]["paging"])
        items = [d for p in pages for d in p["data"]]
        base = rows(n)[1]
        for d, c in zip(items, base):
            a = d["attributes"]
            self.assertEqual(d["type"], "orgDevices")
            self.assertEqual(d["id"], c["serialNumber"])
            self.assertEqual(a["serialNumber"], c["serialNumber"])
            self.assertTrue(d["links"]["self"].endswith("/v1/orgDevices/" + d["id"]))
            self.assertIn("assignedServer", d["relationships"])
            for k in ("productFamily", "deviceModel", "productType", "deviceCapacity", "color",
                      "partNumber", "orderNumber", "orderDateTime", "purchaseSourceType",
                      "purchaseSourceId", "eid", "wifiMacAddress", "bluetoothMacAddress"):
                self.assertEqual(a.get(k, ""), c[k], k)
            for k in ("imei", "meid", "ethernetMacAddress"):
                self.assertEqual(a.get(k, []), [x for x in c[k].split(";") if x], k)
            self.assertRegex(a["addedToOrgDateTime"], RFC3339_MS)

    def test_single_page_is_an_object(self):
        doc = json.loads(g.generate_text(1000, fmt="api-json"))
        self.assertIsInstance(doc, dict)
        self.assertEqual(len(doc["data"]), 1000)
        self.assertNotIn("next", doc["links"])
        empty = json.loads(g.generate_text(0, fmt="api-json"))
        self.assertEqual(empty["data"], [])


if __name__ == "__main__":
    unittest.main()
