"""Every ACLED sub-event type (the codebook's 25) reached from Spanish sentences of our own,
each coded in full (type, sub-event, actors, country, admin1) as a human coder codes it.
The sentences and their coding are data: tests/data/world/subevents.yaml."""
from __future__ import annotations

import pytest

import cronica
from cronica.taxonomy import acled_sub_event_types

from world_cases import check, load, params


def test_every_acled_sub_event_type_has_a_sentence():
    _, cases = load("subevents.yaml")
    assert {c["sub_event"] for c in cases} == {s for _, _, s in acled_sub_event_types()}
    assert len({s for _, _, s in acled_sub_event_types()}) == 25


@pytest.mark.parametrize("case", params(["subevents.yaml"]))
def test_sub_event_is_coded_as_a_coder_codes_it(case):
    check(cronica.extract(case["text"]), case)
