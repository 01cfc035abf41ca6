"""Reports from each of the 15 Spanish-speaking countries of issue 11, in several registers
(wire, local press, communiqué, bulletin without accents ending in a list of places in
capitals, social-media post): type, actors, country and admin1 as a human coder codes them.
The sentences and their coding are data of our own: tests/data/world/<cc>.yaml."""
from __future__ import annotations

import pytest

import cronica

from world_cases import check, country_files, load, params

COUNTRIES = {"PE", "CO", "MX", "VE", "EC", "GT", "HN", "SV", "NI", "PY", "CL", "BO", "AR", "ES", "CU"}


def test_every_country_has_ten_sentences_in_several_registers():
    seen = {}
    for name in country_files():
        cc, cases = load(name)
        seen[cc] = cases
    assert set(seen) == COUNTRIES
    for cc, cases in seen.items():
        assert len(cases) >= 10, cc
        assert len({c["register"] for c in cases}) >= 3, cc
    registers = {c["register"] for cases in seen.values() for c in cases}
    assert registers == {"wire", "local", "communique", "bulletin", "social"}


@pytest.mark.parametrize("case", params(country_files()))
def test_report_is_coded_as_a_coder_codes_it(case):
    check(cronica.extract(case["text"]), case)
