#!/usr/bin/env python3
"""Generate deterministic N-device order files for abmctl's import benchmark.

    python3 benches/gen_orders.py N [--format csv|abm-export|api-json] [--seed S]
                                    [--order-size K] [--start-index I] [-o FILE]
    python3 benches/gen_orders.py --self-check

Output is a pure function of the arguments: the same arguments give byte-identical
output on any machine (Python 3.11+, standard library only, no clock, no hash
randomisation). Rows are streamed, so memory stays flat whatever N is.

Identity and randomness are kept apart on purpose:

* Identifiers (serial number, order number, IMEI, EID, MEID, MAC addresses) are
  a keyed permutation of the device's *global index* (`--start-index` + row
  number), never of the seed. Two files whose index ranges don't overlap can
  therefore never share a serial, an order number or an IMEI, and can be
  imported into one ledger. Generating the same range with another `--seed`
  gives the same serials with different attributes: an "update" workload.
* Everything else (families, models, dates, suppliers, which identifiers a
  device has) comes from `random.Random` seeded per order with (seed, index of
  the order's first device), so a range split at order boundaries into several
  files gives the same devices as one big file.

Formats (see benches/README.md):
  csv         Apple attribute names as header; imei, meid and ethernetMacAddress
              joined with ';'; RFC 4180 quoting; LF line ends.
  abm-export  the ABM web export columns (SERIAL_NO, ... ETHERNET_MAC_ADDRESS_1).
  api-json    `GET /v1/orgDevices` response pages of at most 1000 devices; more
              than one page is written as a JSON array of pages.
"""

from __future__ import annotations

import argparse
import base64
import bisect
import calendar
import csv
import io
import json
import os
import random
import sys
import time
import zlib

# --------------------------------------------------------------------------
# Fixed parameters
# --------------------------------------------------------------------------

CSV_HEADER = (
    "serialNumber,productFamily,deviceModel,productType,deviceCapacity,color,"
    "partNumber,orderNumber,orderDateTime,purchaseSourceType,purchaseSourceId,"
    "imei,meid,eid,wifiMacAddress,bluetoothMacAddress,ethernetMacAddress"
).split(",")

ABM_HEADER = (
    "SERIAL_NO,PRODUCT_FAMILY,MODEL_NAME,PRODUCT_TYPE,PART_NUMBER,DEVICE_CAPACITY,"
    "COLOR,PURCHASE_SOURCE,ORDER_NUMBER,ORDER_DATE,DATE_ADDED_TO_ORGANIZATION,"
    "MDM_SERVER,IMEI,IMEI2,MEID,EID,WIFI_MAC_ADDRESS,BLUETOOTH_MAC_ADDRESS,"
    "ETHERNET_MAC_ADDRESS_1"
).split(",")

FORMATS = ("csv", "abm-export", "api-json")

API_BASE = "https://api-business.apple.com/v1"
API_PAGE_LIMIT = 1000  # Apple's maximum `limit` on /v1/orgDevices

# Suppliers: Apple Customer Numbers and Reseller Numbers the benchmark links.
APPLE_CUSTOMER_NUMBERS = ("100001", "100002")
RESELLER_NUMBERS = ("R1000", "R2000", "R3000")
P_APPLE = 0.60

# Order dates: uniform over [2012-01-01T00:00:00Z, 2026-06-30T23:59:59Z]
# (always after Apple's 2011-03-01 cut-off).
ORDER_T0 = calendar.timegm((2012, 1, 1, 0, 0, 0))
ORDER_T1 = calendar.timegm((2026, 6, 30, 23, 59, 59))
# Devices show up in the organisation 1 hour to 21 days after the order.
ADDED_DELAY = (3600, 21 * 86400)

# Shares of product families (sum to 1).
FAMILY_SHARE = {
    "iPhone": 0.45,
    "iPad": 0.25,
    "Mac": 0.20,
    "AppleTV": 0.05,
    "Vision": 0.03,
    "Watch": 0.02,
}

P_EID_IPHONE = 0.30        # share of all iPhones with an EID (eSIM models only)
P_EID_IPAD_CELL = 0.40     # share of eSIM-capable cellular iPads with an EID
P_MEID_IPHONE = 0.25       # share of CDMA-era iPhones with a MEID
P_MEID_IPAD_CELL = 0.20    # share of CDMA-era cellular iPads with a MEID
P_WIFI_NON_MAC = 0.60      # share of non-Mac devices reporting Wi-Fi/Bluetooth MACs
P_ETH_SOMETIMES = 0.50     # iMac (24-inch): Ethernet is in some power adapters
P_SERIAL_12 = 10           # percent of serials with 12 characters (others 10)

# Identifiers are permutations of the global index; MAC addresses are the
# tightest domain (16 OUIs x 2^24 addresses, 4 per device).
MAX_INDEX = 1 << 26

# Apple OUIs (IEEE registry, Apple, Inc.); only their look matters here.
APPLE_OUIS = (
    "00:1C:B3", "28:CF:E9", "3C:07:54", "40:6C:8F", "60:FB:42", "70:56:81",
    "78:CA:39", "88:66:5A", "98:01:A7", "A4:5E:60", "AC:BC:32", "BC:92:6B",
    "C8:2A:14", "D0:23:DB", "DC:A9:04", "F0:18:98",
)

# --------------------------------------------------------------------------
# Device catalogue: family -> [(deviceModel, productType, capacities, colours,
# weight, flags)]. Flags: cell (has a modem: IMEI), dual (two IMEIs), esim (may
# have an EID), cdma (may have a MEID), ethN (N built-in Ethernet ports),
# eth? (Ethernet on some units).
# --------------------------------------------------------------------------

_IPHONE = [
    ("iPhone 5s", "iPhone6,1", "16GB 32GB 64GB", "SPACE GRAY|SILVER|GOLD", 2, "cell cdma"),
    ("iPhone 6", "iPhone7,2", "16GB 64GB 128GB", "SPACE GRAY|SILVER|GOLD", 3, "cell cdma"),
    ("iPhone 7", "iPhone9,1", "32GB 128GB 256GB", "BLACK|JET BLACK|SILVER|GOLD|ROSE GOLD", 4, "cell cdma"),
    ("iPhone 8", "iPhone10,1", "64GB 256GB", "SPACE GRAY|SILVER|GOLD", 4, "cell cdma"),
    ("iPhone X", "iPhone10,3", "64GB 256GB", "SPACE GRAY|SILVER", 3, "cell cdma"),
    ("iPhone XR", "iPhone11,8", "64GB 128GB 256GB", "BLACK|WHITE|BLUE|YELLOW|CORAL|(PRODUCT)RED", 5, "cell dual esim cdma"),
    ("iPhone 11", "iPhone12,1", "64GB 128GB 256GB", "BLACK|WHITE|PURPLE|GREEN|YELLOW|(PRODUCT)RED", 7, "cell dual esim cdma"),
    ("iPhone SE (2nd generation)", "iPhone12,8", "64GB 128GB 256GB", "BLACK|WHITE|(PRODUCT)RED", 6, "cell dual esim cdma"),
    ("iPhone 12", "iPhone13,2", "64GB 128GB 256GB", "BLACK|WHITE|BLUE|GREEN|PURPLE|(PRODUCT)RED", 8, "cell dual esim cdma"),
    ("iPhone 13", "iPhone14,5", "128GB 256GB 512GB", "MIDNIGHT|STARLIGHT|BLUE|PINK|GREEN|(PRODUCT)RED", 9, "cell dual esim"),
    ("iPhone 13 Pro", "iPhone14,2", "128GB 256GB 512GB 1TB", "GRAPHITE|GOLD|SILVER|SIERRA BLUE|ALPINE GREEN", 4, "cell dual esim"),
    ("iPhone SE (3rd generation)", "iPhone14,6", "64GB 128GB 256GB", "MIDNIGHT|STARLIGHT|(PRODUCT)RED", 6, "cell dual esim"),
    ("iPhone 14", "iPhone14,7", "128GB 256GB 512GB", "MIDNIGHT|STARLIGHT|BLUE|PURPLE|YELLOW|(PRODUCT)RED", 9, "cell dual esim"),
    ("iPhone 14 Pro", "iPhone15,2", "128GB 256GB 512GB 1TB", "SPACE BLACK|SILVER|GOLD|DEEP PURPLE", 4, "cell dual esim"),
    ("iPhone 15", "iPhone15,4", "128GB 256GB 512GB", "BLACK|BLUE|GREEN|YELLOW|PINK", 10, "cell dual esim"),
    ("iPhone 15 Pro", "iPhone16,1", "128GB 256GB 512GB 1TB", "BLACK TITANIUM|WHITE TITANIUM|BLUE TITANIUM|NATURAL TITANIUM", 5, "cell dual esim"),
    ("iPhone 15 Pro Max", "iPhone16,2", "256GB 512GB 1TB", "BLACK TITANIUM|WHITE TITANIUM|BLUE TITANIUM|NATURAL TITANIUM", 3, "cell dual esim"),
    ("iPhone 16", "iPhone17,3", "128GB 256GB 512GB", "BLACK|WHITE|PINK|TEAL|ULTRAMARINE", 10, "cell dual esim"),
    ("iPhone 16 Pro", "iPhone17,1", "128GB 256GB 512GB 1TB", "BLACK TITANIUM|WHITE TITANIUM|NATURAL TITANIUM|DESERT TITANIUM", 5, "cell dual esim"),
    ("iPhone 16e", "iPhone17,5", "128GB 256GB 512GB", "BLACK|WHITE", 6, "cell dual esim"),
]

# Each iPad model comes as a Wi-Fi and a Wi-Fi + Cellular productType: about
# half of the iPads have a modem.
_IPAD_MODELS = [
    ("iPad Air 2", "iPad5,3", "iPad5,4", "16GB 64GB 128GB", "SPACE GRAY|SILVER|GOLD", 2, "cdma"),
    ("iPad (6th generation)", "iPad7,5", "iPad7,6", "32GB 128GB", "SPACE GRAY|SILVER|GOLD", 4, "cdma"),
    ("iPad (9th generation)", "iPad12,1", "iPad12,2", "64GB 256GB", "SPACE GRAY|SILVER", 9, "esim"),
    ("iPad (10th generation)", "iPad13,18", "iPad13,19", "64GB 256GB", "BLUE|PINK|YELLOW|SILVER", 9, "esim"),
    ("iPad Air (5th generation)", "iPad13,16", "iPad13,17", "64GB 256GB", "SPACE GRAY|STARLIGHT|PINK|PURPLE|BLUE", 5, "esim"),
    ("iPad mini (6th generation)", "iPad14,1", "iPad14,2", "64GB 256GB", "SPACE GRAY|PINK|PURPLE|STARLIGHT", 4, "esim"),
    ("iPad Pro 11-inch (4th generation)", "iPad14,3", "iPad14,4", "128GB 256GB 512GB 1TB 2TB", "SPACE GRAY|SILVER", 3, "esim"),
    ("iPad Pro 12.9-inch (6th generation)", "iPad14,5", "iPad14,6", "128GB 256GB 512GB 1TB 2TB", "SPACE GRAY|SILVER", 2, "esim"),
    ("iPad Air 11-inch (M2)", "iPad14,8", "iPad14,9", "128GB 256GB 512GB 1TB", "SPACE GRAY|BLUE|PURPLE|STARLIGHT", 4, "esim"),
    ("iPad Pro 11-inch (M4)", "iPad16,3", "iPad16,4", "256GB 512GB 1TB 2TB", "SPACE BLACK|SILVER", 3, "esim"),
]
_IPAD = []
for _m, _wifi, _cell, _caps, _cols, _w, _fl in _IPAD_MODELS:
    _IPAD.append((_m, _wifi, _caps, _cols, _w, ""))
    _IPAD.append((_m, _cell, _caps, _cols, _w, "cell " + _fl))

_MAC = [
    ("MacBook Air (13-inch, Early 2015)", "MacBookAir7,2", "128GB 256GB", "SILVER", 2, ""),
    ("MacBook Pro (Retina, 13-inch, Early 2015)", "MacBookPro12,1", "128GB 256GB 512GB", "SILVER", 2, ""),
    ("MacBook Pro (13-inch, 2017, Two Thunderbolt 3 ports)", "MacBookPro14,1", "128GB 256GB", "SPACE GRAY|SILVER", 3, ""),
    ("MacBook Pro (15-inch, 2017)", "MacBookPro14,3", "256GB 512GB", "SPACE GRAY|SILVER", 2, ""),
    ("MacBook Air (M1, 2020)", "MacBookAir10,1", "256GB 512GB", "SPACE GRAY|SILVER|GOLD", 9, ""),
    ("MacBook Pro (14-inch, 2021)", "MacBookPro18,3", "512GB 1TB", "SPACE GRAY|SILVER", 5, ""),
    ("MacBook Pro (16-inch, 2021)", "MacBookPro18,1", "512GB 1TB", "SPACE GRAY|SILVER", 3, ""),
    ("MacBook Air (M2, 2022)", "Mac14,2", "256GB 512GB 1TB", "MIDNIGHT|STARLIGHT|SPACE GRAY|SILVER", 8, ""),
    ("MacBook Pro (14-inch, M3, Nov 2023)", "Mac15,3", "512GB 1TB", "SPACE GRAY|SILVER", 5, ""),
    ("MacBook Air (13-inch, M3, 2024)", "Mac15,12", "256GB 512GB 1TB", "MIDNIGHT|STARLIGHT|SPACE GRAY|SILVER", 7, ""),
    ("MacBook Air (15-inch, M3, 2024)", "Mac15,13", "256GB 512GB 1TB", "MIDNIGHT|STARLIGHT|SPACE GRAY|SILVER", 4, ""),
    ('iMac 21.5"', "iMac16,2", "1TB", "SILVER", 2, "eth1"),
    ('iMac 27"', "iMac17,1", "1TB 2TB", "SILVER", 1, "eth1"),
    ("iMac (24-inch, M1, 2021)", "iMac21,1", "256GB 512GB", "BLUE|GREEN|PINK|SILVER|YELLOW|ORANGE|PURPLE", 4, "eth?"),
    ("Mac mini (2018)", "Macmini8,1", "128GB 256GB 512GB", "SPACE GRAY", 2, "eth1"),
    ("Mac mini (M2, 2023)", "Mac14,3", "256GB 512GB", "SILVER", 3, "eth1"),
    ("Mac mini (2024)", "Mac16,10", "256GB 512GB", "SILVER", 3, "eth1"),
    ("Mac Studio (2022)", "Mac13,1", "512GB 1TB", "SILVER", 2, "eth1"),
    ("Mac Pro (2019)", "MacPro7,1", "256GB 1TB 2TB", "SILVER", 1, "eth2"),
]

_APPLETV = [
    ("Apple TV HD", "AppleTV5,3", "32GB 64GB", "", 2, "eth1"),
    ("Apple TV 4K (2nd generation)", "AppleTV11,1", "32GB 64GB", "BLACK", 4, "eth1"),
    ("Apple TV 4K (3rd generation) Wi-Fi", "AppleTV14,1", "64GB", "BLACK", 3, ""),
    ("Apple TV 4K (3rd generation) Wi-Fi + Ethernet", "AppleTV14,1", "128GB", "BLACK", 4, "eth1"),
]

_VISION = [
    ("Apple Vision Pro", "RealityDevice14,1", "256GB 512GB 1TB", "SILVER", 1, ""),
]

_WATCH = [
    ("Apple Watch SE (2nd generation) (GPS) 40mm", "Watch6,10", "32GB", "MIDNIGHT|STARLIGHT|SILVER", 3, ""),
    ("Apple Watch SE (2nd generation) (GPS + Cellular) 44mm", "Watch6,13", "32GB", "MIDNIGHT|STARLIGHT|SILVER", 2, "cell esim"),
    ("Apple Watch Series 9 (GPS) 41mm", "Watch7,1", "64GB", "MIDNIGHT|STARLIGHT|SILVER|PINK|(PRODUCT)RED", 3, ""),
    ("Apple Watch Series 9 (GPS + Cellular) 45mm", "Watch7,4", "64GB", "MIDNIGHT|STARLIGHT|SILVER|PINK|(PRODUCT)RED", 2, "cell esim"),
    ("Apple Watch Ultra 2", "Watch7,5", "64GB", "NATURAL|BLACK", 1, "cell esim"),
]

CATALOG = {
    "iPhone": _IPHONE,
    "iPad": _IPAD,
    "Mac": _MAC,
    "AppleTV": _APPLETV,
    "Vision": _VISION,
    "Watch": _WATCH,
}

# Variant kinds (how identifiers are drawn), computed once per variant.
K_NONE, K_IPHONE, K_IPAD_CELL, K_WATCH_CELL = 0, 1, 2, 3


def _part_number(model: str, ptype: str, cap: str, colour: str) -> str:
    """A plausible part number (`MQ0T3LL/A` shape), stable per configuration."""
    h = zlib.crc32(f"{model}|{ptype}|{cap}|{colour}".encode())
    s = ""
    for _ in range(3):
        h, r = divmod(h, 36)
        s += _B36[r]
    return f"M{s}{2 + h % 2}LL/A"


_B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _build_variants():
    """Flatten the catalogue into (cumulative weight list, variant list).

    One uniform draw then picks family, model, capacity and colour at once.
    A variant is (family, model, productType, capacity, colour, partNumber,
    kind, dual, esim, cdma, eth) where eth is 0, 1, 2 or -1 (sometimes 1).
    """
    variants, weights = [], []
    for family, share in FAMILY_SHARE.items():
        models = CATALOG[family]
        wsum = sum(m[4] for m in models)
        for model, ptype, caps, cols, w, flags in models:
            fl = set(flags.split())
            caps_l = caps.split()
            cols_l = cols.split("|")
            cap_w = [len(caps_l) - k for k in range(len(caps_l))]  # smaller sizes sell more
            cw_sum = sum(cap_w)
            if "cell" in fl:
                kind = {"iPhone": K_IPHONE, "iPad": K_IPAD_CELL, "Watch": K_WATCH_CELL}[family]
            else:
                kind = K_NONE
            eth = -1 if "eth?" in fl else (2 if "eth2" in fl else (1 if "eth1" in fl else 0))
            for cap, cwt in zip(caps_l, cap_w):
                for col in cols_l:
                    variants.append((
                        family, model, ptype, cap, col,
                        _part_number(model, ptype, cap, col),
                        kind, "dual" in fl, "esim" in fl, "cdma" in fl, eth,
                    ))
                    weights.append(share * (w / wsum) * (cwt / cw_sum) / len(cols_l))
    cum, acc = [], 0.0
    for w in weights:
        acc += w
        cum.append(acc)
    cum[-1] = 1.0 + 1e-12  # guard against rounding at the top end
    return cum, variants


VARIANT_CUM, VARIANTS = _build_variants()

# Share of iPhones that can carry an EID; scale so ~30% of all iPhones do.
_iphone_w = sum(
    c - (VARIANT_CUM[k - 1] if k else 0.0)
    for k, (c, v) in enumerate(zip(VARIANT_CUM, VARIANTS)) if v[0] == "iPhone"
)
_esim_w = sum(
    c - (VARIANT_CUM[k - 1] if k else 0.0)
    for k, (c, v) in enumerate(zip(VARIANT_CUM, VARIANTS)) if v[0] == "iPhone" and v[8]
)
P_EID_ESIM_IPHONE = min(1.0, P_EID_IPHONE * _iphone_w / _esim_w)

# --------------------------------------------------------------------------
# Check digits
# --------------------------------------------------------------------------


def luhn_check_digit(body: str) -> str:
    """Luhn check digit over `body` (3GPP TS 23.003 Annex B for IMEIs).

    The rightmost digit of the body is doubled, then every second digit to its
    left; the digits of the products and the undoubled digits are summed.
    """
    total = 0
    double = True
    for ch in reversed(body):
        d = ord(ch) - 48
        if double:
            d *= 2
            if d > 9:
                d -= 9
        total += d
        double = not double
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return len(number) >= 2 and number.isdigit() and luhn_check_digit(number[:-1]) == number[-1]


def eid_check_digits(body30: str) -> str:
    """The 2 check digits that make the 32-digit EID satisfy n mod 97 == 1."""
    return "%02d" % (98 - (int(body30) * 100) % 97)


def eid_valid(eid: str) -> bool:
    return len(eid) == 32 and eid.isdigit() and int(eid) % 97 == 1


# --------------------------------------------------------------------------
# Keyed permutations (identifiers from the global index)
# --------------------------------------------------------------------------


def _mix(r: int, k: int) -> int:
    h = ((r ^ k) * 0x9E3779B1) & 0xFFFFFFFF
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    return h


def permute(x: int, a: int, b: int, keys) -> tuple[int, int]:
    """A bijection of [0, a*b): an alternating Feistel network.

    x is split as L*b + R (L < a, R < b); each round maps (L, R) to
    (R, (L + F(R)) mod a) and swaps the radices, which is invertible for any
    round function F. With a != b the number of rounds must be even so the
    result lands in the same split. Returns the (L, R) halves of the image.
    """
    L, R = divmod(x, b)
    for k in keys:
        h = ((R ^ k) * 0x9E3779B1) & 0xFFFFFFFF  # _mix(R, k), inlined for speed
        h ^= h >> 16
        h = (h * 0x85EBCA6B) & 0xFFFFFFFF
        L, R = R, (L + (h ^ (h >> 13))) % a
        a, b = b, a
    return L, R


_K_SERIAL10 = (0x1F3A5C7E, 0x2B4D6F81, 0x3C5E7092, 0x4D6F81A3)
_K_SERIAL12 = (0x5E7092B4, 0x6F81A3C5, 0x7092B4D6, 0x81A3C5E7)
_K_SERLEN = 0x92B4D6F8
_K_ORDER = (0xA3C5E709, 0xB4D6F81A, 0xC5E7092B, 0xD6F81A3C)
_K_IMEI = (0xE7092B4D, 0xF81A3C5E, 0x092B4D6F, 0x1A3C5E70)
_K_EID = (0x2B4D6F82, 0x3C5E7093, 0x4D6F81A4, 0x5E7092B5)
_K_MEID = (0x6F81A3C6, 0x7092B4D7, 0x81A3C5E8, 0x92B4D6F9)
_K_MAC = (0xA3C5E70A, 0xB4D6F81B, 0xC5E7092C, 0xD6F81A3D)

_B36_2 = [a + b for a in _B36 for b in _B36]                 # 36^2 = 1296
_B36_3 = [a + b + c for a in _B36 for b in _B36 for c in _B36]  # 36^3 = 46656
_HEX2 = ["%02X" % k for k in range(256)]
_D5 = 36 ** 5
_D6 = 36 ** 6


def serial_for(i: int) -> str:
    """The serial of global index i: 10 characters, or 12 for ~10% of indices.

    Each length has its own bijection of the index, so serials never collide.
    """
    if _mix(i, _K_SERLEN) % 100 < P_SERIAL_12:
        L, R = permute(i, _D6, _D6, _K_SERIAL12)
        return _B36_3[L // 46656] + _B36_3[L % 46656] + _B36_3[R // 46656] + _B36_3[R % 46656]
    L, R = permute(i, _D5, _D5, _K_SERIAL10)
    return _B36_2[L // 46656] + _B36_3[L % 46656] + _B36_2[R // 46656] + _B36_3[R % 46656]


def order_number_for(first_index: int) -> str:
    """10-digit order number (no leading zero) from the order's first index."""
    L, R = permute(first_index, 90000, 100000, _K_ORDER)
    return str(1_000_000_000 + L * 100000 + R)


def _luhn_part(digits: str, doubled) -> int:
    t = 0
    for ch, dbl in zip(digits, doubled):
        d = (ord(ch) - 48) * (2 if dbl else 1)
        t += d - 9 if d > 9 else d
    return t


# Luhn doubles every second digit of the 14-digit body "35" + L + R, starting
# with the rightmost. Split L and R (6 digits each) into 3-digit groups: the
# low group of each has its 1st and 3rd digit doubled, the high group its
# middle digit; the prefix "35" adds 3 + (2*5 - 9) = 4. Tables of the 1000
# group sums make the check digit four look-ups.
_LUHN3_ENDS = [_luhn_part("%03d" % k, (True, False, True)) for k in range(1000)]
_LUHN3_MID = [_luhn_part("%03d" % k, (False, True, False)) for k in range(1000)]


def imei_for(i: int, slot: int) -> str:
    """IMEI `slot` (0 or 1) of index i: TAC starting 35, unique SNR, Luhn digit."""
    L, R = permute(2 * i + slot, 1_000_000, 1_000_000, _K_IMEI)
    # Luhn over "35" + L + R from 3-digit partial sums (see _LUHN3_*).
    t = 4 + _LUHN3_MID[L // 1000] + _LUHN3_ENDS[L % 1000] + _LUHN3_MID[R // 1000] + _LUHN3_ENDS[R % 1000]
    return "35%06d%06d%d" % (L, R, (10 - t % 10) % 10)


def eid_for(i: int) -> str:
    """32-digit EID (SGP.02 style, 89 049 ...), check digits per ISO 7064 MOD 97-10."""
    L, R = permute(i, 1_000_000_000, 1_000_000_000, _K_EID)
    body = "890490320000%09d%09d" % (L, R)
    return body + eid_check_digits(body)


def hex_meid_for(i: int) -> str:
    """14-hex-digit MEID in the A1 (globally administered) range."""
    L, R = permute(i, 65536, 65536, _K_MEID)
    return "A10000%04X%04X" % (L, R)


def mac_for(i: int, k: int) -> str:
    """MAC address k (0 Wi-Fi, 1 Bluetooth, 2-3 Ethernet) of index i."""
    L, R = permute(4 * i + k, 16384, 16384, _K_MAC)
    v = (L << 14) | R  # 28 bits: 4 pick the OUI, 24 the address
    return "%s:%s:%s:%s" % (APPLE_OUIS[v >> 24], _HEX2[(v >> 16) & 255],
                            _HEX2[(v >> 8) & 255], _HEX2[v & 255])


def rfc3339(t: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


# --------------------------------------------------------------------------
# Device stream
# --------------------------------------------------------------------------


class Order:
    __slots__ = ("number", "date", "added", "added_api", "source_type", "source_id")


def iter_devices(n: int, seed: int, order_size: int, start_index: int):
    """Yield (order, device) for n devices starting at global index start_index.

    device = (serial, family, model, productType, capacity, colour, partNumber,
              imeis, meids, eid, wifi, bluetooth, ethernets)
    Lists are tuples; absent single values are "".
    """
    cum, variants = VARIANT_CUM, VARIANTS
    bis = bisect.bisect_right
    for first in range(start_index, start_index + n, order_size):
        last = min(first + order_size, start_index + n)
        rng = random.Random("abmctl-bench/%d/%d" % (seed, first))
        rnd = rng.random
        o = Order()
        o.number = order_number_for(first)
        t = rng.randint(ORDER_T0, ORDER_T1)
        o.date = rfc3339(t)
        added = t + rng.randint(*ADDED_DELAY)
        o.added = rfc3339(added)
        o.added_api = o.added[:-1] + ".%03dZ" % rng.randrange(1000)
        if rnd() < P_APPLE:
            o.source_type = "APPLE"
            o.source_id = APPLE_CUSTOMER_NUMBERS[rng.randrange(len(APPLE_CUSTOMER_NUMBERS))]
        else:
            o.source_type = "RESELLER"
            o.source_id = RESELLER_NUMBERS[rng.randrange(len(RESELLER_NUMBERS))]
        for i in range(first, last):
            (family, model, ptype, cap, col, part, kind, dual, esim, cdma, eth) = \
                variants[bis(cum, rnd())]
            imeis = meids = eths = ()
            eid = wifi = bt = ""
            if kind == K_IPHONE:
                imeis = (imei_for(i, 0), imei_for(i, 1)) if dual else (imei_for(i, 0),)
                if esim and rnd() < P_EID_ESIM_IPHONE:
                    eid = eid_for(i)
                if cdma and rnd() < P_MEID_IPHONE:
                    # Apple's CDMA iPhones report the IMEI's first 14 digits as MEID.
                    meids = (imeis[0][:14],)
            elif kind == K_IPAD_CELL:
                imeis = (imei_for(i, 0),)
                if esim and rnd() < P_EID_IPAD_CELL:
                    eid = eid_for(i)
                if cdma and rnd() < P_MEID_IPAD_CELL:
                    meids = (hex_meid_for(i),)
            elif kind == K_WATCH_CELL:
                imeis = (imei_for(i, 0),)
                eid = eid_for(i)
            if family == "Mac" or rnd() < P_WIFI_NON_MAC:
                wifi = mac_for(i, 0)
                bt = mac_for(i, 1)
            if eth:
                if eth == 1 or (eth == -1 and rnd() < P_ETH_SOMETIMES):
                    eths = (mac_for(i, 2),)
                elif eth == 2:
                    eths = (mac_for(i, 2), mac_for(i, 3))
            yield o, (serial_for(i), family, model, ptype, cap, col, part,
                      imeis, meids, eid, wifi, bt, eths)


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------


def write_csv(out, devices) -> None:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_HEADER)
    row = w.writerow
    join = ";".join
    for o, d in devices:
        row((d[0], d[1], d[2], d[3], d[4], d[5], d[6], o.number, o.date,
             o.source_type, o.source_id, join(d[7]), join(d[8]), d[9], d[10],
             d[11], join(d[12])))


def write_abm_export(out, devices) -> None:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(ABM_HEADER)
    row = w.writerow
    for o, d in devices:
        src = ("Apple (%s)" if o.source_type == "APPLE" else "Reseller (%s)") % o.source_id
        imeis, meids, eths = d[7], d[8], d[12]
        row((d[0], d[1], d[2], d[3], d[6], d[4], d[5], src, o.number, o.date,
             o.added, "",
             imeis[0] if imeis else "", imeis[1] if len(imeis) > 1 else "",
             meids[0] if meids else "", d[9], d[10], d[11],
             eths[0] if eths else ""))


def _cursor(seed: int, offset: int) -> str:
    return base64.urlsafe_b64encode(b"abmctl-bench:%d:%d" % (seed, offset)).decode().rstrip("=")


def write_api_json(out, devices, n: int, seed: int, start_index: int,
                   page_size: int = API_PAGE_LIMIT) -> None:
    """Pages shaped like Apple's `GET /v1/orgDevices` (one device per line)."""
    dumps = json.JSONEncoder(separators=(",", ":")).encode
    pages = max(1, -(-n // page_size))
    many = pages > 1
    coll = API_BASE + "/orgDevices"
    if many:
        out.write("[\n")
    it = iter(devices)
    for p in range(pages):
        count = min(page_size, n - p * page_size)
        self_link = (f"{coll}?limit={page_size}" if p == 0 else
                     f"{coll}?cursor={_cursor(seed, start_index + p * page_size)}&limit={page_size}")
        out.write('{"data":[')
        for k in range(count):
            o, d = next(it)
            serial = d[0]
            a = {
                "serialNumber": serial,
                "addedToOrgDateTime": o.added_api,
                "updatedDateTime": o.added_api,
                "deviceModel": d[2],
                "productFamily": d[1],
                "productType": d[3],
                "deviceCapacity": d[4],
                "partNumber": d[6],
                "orderNumber": o.number,
                "color": d[5],
                "status": "UNASSIGNED",
                "orderDateTime": o.date,
            }
            # Apple omits fields a device doesn't have rather than sending null.
            if d[7]:
                a["imei"] = list(d[7])
            if d[8]:
                a["meid"] = list(d[8])
            if d[9]:
                a["eid"] = d[9]
            a["purchaseSourceId"] = o.source_id
            a["purchaseSourceType"] = o.source_type
            if d[10]:
                a["wifiMacAddress"] = d[10]
                a["bluetoothMacAddress"] = d[11]
            if d[12]:
                a["ethernetMacAddress"] = list(d[12])
            dev = f"{coll}/{serial}"
            item = {
                "type": "orgDevices",
                "id": serial,
                "attributes": a,
                "relationships": {
                    "assignedServer": {"links": {
                        "self": f"{dev}/relationships/assignedServer",
                        "related": f"{dev}/assignedServer"}},
                    "appleCareCoverage": {"links": {
                        "related": f"{dev}/appleCareCoverage"}},
                },
                "links": {"self": dev},
            }
            out.write(("\n" if k == 0 else ",\n") + dumps(item))
        links = {"self": self_link}
        paging = {"limit": page_size}
        if p + 1 < pages:  # the last page has neither `next` nor `nextCursor`
            cur = _cursor(seed, start_index + (p + 1) * page_size)
            links["next"] = f"{coll}?cursor={cur}&limit={page_size}"
            paging["nextCursor"] = cur
        out.write("\n],\n" if count else "],\n")
        out.write(' "links":%s,\n "meta":%s}' % (dumps(links), dumps({"paging": paging})))
        out.write((",\n" if p + 1 < pages else "\n"))
    if many:
        out.write("]\n")


def generate(out, n: int, fmt: str = "csv", seed: int = 1, order_size: int = 1000,
             start_index: int = 0, page_size: int = API_PAGE_LIMIT) -> None:
    """Write n devices in `fmt` to the text stream `out` (opened with newline='')."""
    if n < 0:
        raise ValueError("N must be >= 0")
    if order_size < 1:
        raise ValueError("--order-size must be >= 1")
    if start_index < 0 or start_index + n > MAX_INDEX:
        raise ValueError(f"--start-index + N must be within [0, {MAX_INDEX}]")
    if not 1 <= page_size <= API_PAGE_LIMIT:
        raise ValueError(f"--page-size must be within [1, {API_PAGE_LIMIT}]")
    devices = iter_devices(n, seed, order_size, start_index)
    if fmt == "csv":
        write_csv(out, devices)
    elif fmt == "abm-export":
        write_abm_export(out, devices)
    elif fmt == "api-json":
        write_api_json(out, devices, n, seed, start_index, page_size)
    else:
        raise ValueError(f"unknown format {fmt!r}")


def generate_text(n: int, **kw) -> str:
    buf = io.StringIO(newline="")
    generate(buf, n, **kw)
    return buf.getvalue()


# --------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------


def _parse_args(argv):
    p = argparse.ArgumentParser(
        prog="gen_orders.py",
        description="Generate a deterministic N-device order file for abmctl import benchmarks.")
    p.add_argument("n", metavar="N", type=int, nargs="?", help="number of devices")
    p.add_argument("--format", choices=FORMATS, default="csv", help="output format (default: csv)")
    p.add_argument("--seed", type=int, default=1, help="random seed for attributes (default: 1); "
                   "identifiers depend only on the index")
    p.add_argument("--order-size", type=int, default=1000, metavar="K",
                   help="devices per order; the last order may be smaller (default: 1000)")
    p.add_argument("--start-index", type=int, default=0, metavar="I",
                   help="global index of the first device; files with disjoint "
                   "[I, I+N) ranges share no serial (default: 0)")
    p.add_argument("--page-size", type=int, default=API_PAGE_LIMIT, metavar="P",
                   help="api-json: devices per page, at most 1000 (default: 1000)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--self-check", action="store_true",
                   help="run the generator's tests (benches/test_gen_orders.py) and exit")
    a = p.parse_args(argv)
    if not a.self_check and a.n is None:
        p.error("N is required")
    return a


def main(argv=None) -> int:
    a = _parse_args(sys.argv[1:] if argv is None else argv)
    if a.self_check:
        import unittest
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import test_gen_orders
        suite = unittest.defaultTestLoader.loadTestsFromModule(test_gen_orders)
        ok = unittest.TextTestRunner(verbosity=1).run(suite).wasSuccessful()
        return 0 if ok else 1
    kw = dict(fmt=a.format, seed=a.seed, order_size=a.order_size,
              start_index=a.start_index, page_size=a.page_size)
    try:
        if a.output:
            tmp = a.output + ".tmp"
            with open(tmp, "w", encoding="utf-8", newline="", buffering=1 << 20) as f:
                generate(f, a.n, **kw)
            os.replace(tmp, a.output)
        else:
            out = open(sys.stdout.fileno(), "w", encoding="utf-8", newline="",
                       buffering=1 << 20, closefd=False)
            try:
                generate(out, a.n, **kw)
                out.flush()
            except BrokenPipeError:
                # `gen_orders.py N | head`: stop quietly, like other CLI tools.
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
                return 0
    except ValueError as e:
        print(f"gen_orders.py: error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
