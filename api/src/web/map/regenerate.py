#!/usr/bin/env python3
"""Regenerates world.tsv beside this file: the world map's outlines as SVG
path data, one country a line, keyed by ISO 3166-1 alpha-2.

    python3 api/src/web/map/regenerate.py

It fetches two npm packages with `npm pack` (the npm registry is the only
network access it needs):
- `world-atlas` (Natural Earth's public-domain admin-0 countries as
  TopoJSON): the 110m outlines, and the 50m / 10m ones only to place a dot
  for the small countries the 110m data leaves out (Malta, Singapore, most
  island states);
- `i18n-iso-countries` (MIT): ISO numeric to alpha-2 codes.

The outlines are projected with Equal Earth onto a WIDTH-wide grid (the
Antarctic left out), each shared border simplified once (Douglas-Peucker on
the TopoJSON arcs, so neighbours still meet), rounded to whole units and
written as relative path commands. Every code of `domain/src/countries.rs`
gets a line: `CODE<TAB>d` (a path) or `CODE<TAB>@x,y` (a dot); a code found
in none of the three scales is listed on stderr and left out.
"""
import json
import math
import os
import subprocess
import sys
import tarfile
import tempfile

ATLAS = "world-atlas@2.0.2"
CODES = "i18n-iso-countries@7.14.0"
WIDTH = 1000
# How far (in grid units) a simplified border may stray from the original.
TOLERANCE = 0.5
# The southernmost latitude drawn (the Antarctic is not an IGF country).
SOUTH = -58.0
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))


def fetch(tmp, spec):
    name = spec.split("@")[0]
    version = spec.split("@")[1]
    subprocess.run(["npm", "pack", spec], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(tmp, name)
    with tarfile.open(os.path.join(tmp, f"{name}-{version}.tgz")) as t:
        t.extractall(out, filter="data")
    return os.path.join(out, "package")


# Equal Earth (Šavrič, Patterson, Jenny 2018).
A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2
X_MAX = 2 * math.sqrt(3) * math.pi / (3 * A1)  # x at the equator, 180°


def equal_earth(lon, lat):
    lam, phi = math.radians(lon), math.radians(lat)
    t = math.asin(M * math.sin(phi))
    t2, t6 = t * t, t ** 6
    x = 2 * math.sqrt(3) * lam * math.cos(t) / (3 * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


SCALE = WIDTH / (2 * X_MAX)
TOP = equal_earth(0, 84)[1]
BOTTOM = equal_earth(0, SOUTH)[1]
HEIGHT = round((TOP - BOTTOM) * SCALE)


def grid(lon, lat):
    x, y = equal_earth(lon, max(lat, SOUTH))
    return (x + X_MAX) * SCALE, (TOP - y) * SCALE


def decode_arcs(topo):
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(unwrap(pts))
    return arcs


def unwrap(pts):
    """An arc that crosses the antimeridian (Fiji, Chukotka) kept on the side
    where most of it lies, pressed against the map's edge there: no line
    drawn across the whole map."""
    out = []
    for x, y in pts:
        if out:
            while x - out[-1][0] > 180:
                x -= 360
            while out[-1][0] - x > 180:
                x += 360
        out.append((x, y))
    shift = 360 * round(sum(x for x, _ in out) / len(out) / 360)
    return [(min(180.0, max(-180.0, x - shift)), y) for x, y in out]


def simplify(pts, tol):
    """Douglas-Peucker, keeping both ends (they are where borders meet)."""
    if len(pts) < 3:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = pts[a], pts[b]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        far, at = 0.0, None
        for i in range(a + 1, b):
            px, py = pts[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else math.hypot(px - ax, py - ay)
            if d > far:
                far, at = d, i
        if at is not None and far > tol:
            keep[at] = True
            stack += [(a, at), (at, b)]
    return [p for p, k in zip(pts, keep) if k]


def ring_points(ring, arcs):
    pts = []
    for i in ring:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(arc if not pts else arc[1:])
    return pts


def area(pts):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]))) / 2


def polygons(geom):
    if geom["type"] == "Polygon":
        return [geom["arcs"]]
    if geom["type"] == "MultiPolygon":
        return geom["arcs"]
    return []


def path(geom, arcs):
    """SVG path data with relative, whole-unit moves; rings that round away
    to less than a unit of area are left out."""
    out = []
    for poly in polygons(geom):
        for ring in poly:
            pts = [(round(x), round(y)) for x, y in ring_points(ring, arcs)]
            dedup = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
            if len(dedup) > 1 and dedup[0] == dedup[-1]:
                dedup.pop()
            if len(dedup) < 3 or area(dedup) < 1:
                continue
            x0, y0 = dedup[0]
            s = f"M{x0} {y0}l"
            prev = dedup[0]
            steps = []
            for x, y in dedup[1:]:
                steps.append(f"{x - prev[0]} {y - prev[1]}")
                prev = (x, y)
            s += " ".join(steps).replace(" -", "-") + "z"
            out.append(s)
    return "".join(out)


def centre(geom, arcs):
    """The grid point at the middle of a country's largest polygon."""
    best, best_area = None, -1.0
    for poly in polygons(geom):
        pts = [grid(*p) for p in ring_points(poly[0], arcs)]
        a = area(pts)
        if a > best_area:
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            best, best_area = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2), a
    return best


def main():
    with open(os.path.join(ROOT, "domain", "src", "names", "countries.tsv"), encoding="utf-8") as f:
        # The Antarctic has no national initiative and is not drawn.
        wanted = [line.split("\t")[0] for line in f.read().splitlines()[1:] if line and not line.startswith("AQ")]
    with tempfile.TemporaryDirectory() as tmp:
        atlas = fetch(tmp, ATLAS)
        codes = fetch(tmp, CODES)
        with open(os.path.join(codes, "codes.json"), encoding="utf-8") as f:
            alpha2 = {num: a2 for a2, _, num, _ in json.load(f)}
        scales = {}
        for scale in ("110m", "50m", "10m"):
            with open(os.path.join(atlas, f"countries-{scale}.json"), encoding="utf-8") as f:
                scales[scale] = json.load(f)

    topo = scales["110m"]
    raw = decode_arcs(topo)
    projected = [simplify([grid(*p) for p in arc], TOLERANCE) for arc in raw]
    lines = {}
    for g in topo["objects"]["countries"]["geometries"]:
        code = alpha2.get(g.get("id"))
        if code in wanted:
            d = path(g, projected)
            if d:
                lines[code] = d
    for scale in ("50m", "10m"):
        t = scales[scale]
        arcs = decode_arcs(t)
        for g in t["objects"]["countries"]["geometries"]:
            code = alpha2.get(g.get("id"))
            if code in wanted and code not in lines:
                x, y = centre(g, arcs)
                lines[code] = f"@{round(x)},{round(y)}"
    missing = [c for c in wanted if c not in lines]
    if missing:
        print("no outline or place for: " + " ".join(missing), file=sys.stderr)
    with open(os.path.join(HERE, "world.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# Natural Earth via {ATLAS}, Equal Earth, {WIDTH}x{HEIGHT}; made by regenerate.py\n")
        for code in sorted(lines):
            f.write(f"{code}\t{lines[code]}\n")


if __name__ == "__main__":
    main()
