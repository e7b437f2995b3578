#!/usr/bin/env python3
"""Writes the Teams app icons next to this script, using only the standard library.

color.png   192x192 RGB, opaque: a gold five-pointed star and ring on party red.
outline.png  32x32 RGBA: the same star in white on a transparent background
             (Teams requires white-on-transparent for the outline icon).
"""
import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
RED = (200, 16, 46)
GOLD = (255, 204, 0)
WHITE = (255, 255, 255)
SAMPLES = 4  # supersampling per axis, for smooth edges


def star(cx, cy, r_outer, r_inner):
    pts = []
    for i in range(10):
        r = r_outer if i % 2 == 0 else r_inner
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts


def inside(poly, x, y):
    hit = False
    j = len(poly) - 1
    for i in range(len(poly)):
        xi, yi = poly[i]
        xj, yj = poly[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit


def coverage(size, shape):
    """Fraction of each pixel covered by shape(x, y) -> bool, as a size x size grid."""
    grid = []
    n = SAMPLES * SAMPLES
    for py in range(size):
        row = []
        for px in range(size):
            c = sum(
                shape(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)
                for sy in range(SAMPLES)
                for sx in range(SAMPLES)
            )
            row.append(c / n)
        grid.append(row)
    return grid


def emblem(size):
    c = size / 2
    pts = star(c, c * 1.04, size * 0.30, size * 0.12)
    ring_out, ring_in = size * 0.44, size * 0.39

    def shape(x, y):
        d = math.hypot(x - c, y - c)
        return inside(pts, x, y) or ring_in <= d <= ring_out

    return coverage(size, shape)


def write_png(path, size, rows, color_type):
    raw = b"".join(b"\x00" + bytes(row) for row in rows)  # filter type 0 per row

    def chunk(tag, data):
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", size, size, 8, color_type, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", ihdr))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


def main():
    size = 192
    cov = emblem(size)
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            a = cov[y][x]
            row += [round(RED[k] * (1 - a) + GOLD[k] * a) for k in range(3)]
        rows.append(row)
    write_png(os.path.join(HERE, "color.png"), size, rows, 2)

    size = 32
    cov = emblem(size)
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            row += [*WHITE, round(255 * cov[y][x])]
        rows.append(row)
    write_png(os.path.join(HERE, "outline.png"), size, rows, 6)


if __name__ == "__main__":
    main()
