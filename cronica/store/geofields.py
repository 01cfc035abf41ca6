"""Place fields the store writes, kept canonical and consistent through the gazetteer
(a data lookup, cronica/geo/gazetteer.py; never the pipeline):

* ``canonical_country``: one spelling per country, the gazetteer's (the name the
  extraction writes, ISO 3166 short name as ACLED spells it: "Mexico", "Peru"), whatever
  an imported record or an analyst wrote ("México", "PERÚ", "España"), with its ISO number.
* ``point_divisions``: the country and first/second-level divisions of a coordinate
  pair, from the nearest gazetteer points (reverse lookup), or nothing (cleared) when no
  point lies within ``MAX_KM`` — for an analyst's coordinate edit.
"""
from __future__ import annotations

import math
from functools import lru_cache
from typing import Any, NamedTuple, Optional

from cronica.geo.distance import great_circle_km

#: A coordinate farther than this from every gazetteer point gets no derived division.
MAX_KM = 50.0
_CELL = 1.0  # degrees: the grid of the point index


@lru_cache(maxsize=1)
def _country_names() -> dict[int, str]:
    from cronica.geo.gazetteer import open_gazetteer

    return {int(e.iso): e.country for e in open_gazetteer().iter_kind("country")
            if e.iso is not None and e.country}


@lru_cache(maxsize=4096)
def canonical_country(name: Optional[str], iso: Optional[int] = None) -> tuple[Optional[str], Optional[int], bool]:
    """(country, iso, known): the gazetteer's spelling of the country ``name`` (any
    language, case or accents its country entries know) or, when the name is not a
    country the gazetteer knows, of ``iso``; an unknown name is kept as written (trimmed)
    with ``known`` False. A name naming one country wins over a different ``iso``."""
    from cronica.geo.gazetteer import open_gazetteer

    iso = int(iso) if iso is not None else None
    name = name.strip() if isinstance(name, str) else name
    if name:
        hits = {int(e.iso): e.country for e in open_gazetteer().lookup(name)
                if e.kind == "country" and e.iso is not None}
        if iso in hits:
            return hits[iso], iso, True
        if len(hits) == 1:
            (n, c), = hits.items()
            return c, n, True
    # (the table of every country takes half a CPU-second to build: only when the name
    # alone does not say — before, a process's first ingest built it for any record)
    names = _country_names()
    if name:
        if iso in names:
            return names[iso], iso, True
        return name, iso, False
    if iso in names:
        return names[iso], iso, True
    return None, iso, iso is None


class _Point(NamedTuple):
    lat: float
    lon: float
    name: str
    gid: str
    country: Optional[str]
    iso: Optional[int]
    admin1: Optional[str]
    admin2: Optional[str]


@lru_cache(maxsize=1)
def _point_index() -> dict[tuple[int, int], list[_Point]]:
    """Every gazetteer place with coordinates and a country, by 1-degree cell."""
    from cronica.geo.gazetteer import open_gazetteer

    gaz = open_gazetteer()
    cells: dict[tuple[int, int], list[_Point]] = {}
    for kind in ("town", "admin3", "admin2", "admin1", "base"):
        for e in gaz.iter_kind(kind):
            if e.lat is None or e.lon is None or not e.country or e.cue_only:
                continue
            a2 = e.admin2 if kind != "admin1" else None
            p = _Point(e.lat, e.lon, e.name, e.gid, e.country, e.iso, e.admin1, a2)
            cells.setdefault(_cell(e.lat, e.lon), []).append(p)
    return cells


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(math.floor(lat / _CELL)), int(math.floor(lon / _CELL))


def _near(lat: float, lon: float) -> list[tuple[float, _Point]]:
    """Gazetteer points within MAX_KM of (lat, lon), nearest first."""
    cells = _point_index()
    ci, cj = _cell(lat, lon)
    reach_lat = int(math.ceil(MAX_KM / 111.0 / _CELL))
    reach_lon = int(math.ceil(MAX_KM / (111.0 * max(0.05, math.cos(math.radians(lat)))) / _CELL))
    out = []
    for di in range(-reach_lat, reach_lat + 1):
        for dj in range(-reach_lon, reach_lon + 1):
            j = (cj + dj + 180) % 360 - 180  # across the antimeridian
            for p in cells.get((ci + di, j), ()):
                d = great_circle_km(lat, lon, p.lat, p.lon)
                if d <= MAX_KM:
                    out.append((d, p))
    out.sort(key=lambda x: (x[0], x[1].gid))
    return out


def point_divisions(lat: float, lon: float) -> tuple[dict[str, Any], str]:
    """Country, iso, admin1 and admin2 of a point (admin3 and the gazetteer id always
    cleared: a moved point is no longer that entry) and a note saying where they came
    from: the country of the nearest gazetteer point within MAX_KM, the first-level
    division of the nearest point of that country that names one, the second-level
    division of the nearest point of that division that names one. Nothing within
    MAX_KM: all cleared, and the note says so."""
    out: dict[str, Any] = {"country": None, "iso": None, "admin1": None, "admin2": None,
                           "admin3": None, "gazetteer_id": None}
    near = _near(lat, lon)
    if not near:
        return out, (f"no gazetteer place within {MAX_KM:g} km of {lat:g}, {lon:g}: "
                     "country and divisions cleared")
    d0, p0 = near[0]
    out.update(country=p0.country, iso=p0.iso)
    said = [f"country from {p0.name} ({p0.gid}, {d0:.1f} km)"]
    a1 = next(((d, p) for d, p in near if p.admin1 and p.iso == p0.iso), None)
    if a1:
        out["admin1"] = a1[1].admin1
        said.append(f"admin1 from {a1[1].name} ({a1[1].gid}, {a1[0]:.1f} km)")
        a2 = next(((d, p) for d, p in near if p.admin2 and p.iso == p0.iso
                   and p.admin1 == out["admin1"]), None)
        if a2:
            out["admin2"] = a2[1].admin2
            said.append(f"admin2 from {a2[1].name} ({a2[1].gid}, {a2[0]:.1f} km)")
    cleared = [k for k in ("admin1", "admin2") if out[k] is None]
    note = ("coordinates edited: nearest gazetteer points (reverse lookup): " + "; ".join(said)
            + "; admin3 and gazetteer id cleared" + (f"; no {', '.join(cleared)} found, cleared" if cleared else ""))
    return out, note


__all__ = ["MAX_KM", "canonical_country", "point_divisions"]
