"""A further operation told without a date of its own is another incident: it takes the
publication month, not the first operation's day (sentences written for these tests)."""
import copy

import pytest
import yaml

import cronica
from cronica.errors import DataFileError
from cronica.time.lexicon import DATA_FILE, parse_lexicon

RAW = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))


def dates(text, published):
    return sorted((e.type, e.date.value) for e in cronica.extract(text, published=published))


@pytest.mark.parametrize("second", [
    "En un segundo procedimiento, en un peaje de Tumbes, los agentes incautaron 30 kilos de cocaína.",
    "Además se realizaron otras dos operaciones en el terminal terrestre, donde se incautaron 12 kilos de marihuana.",
    "El jefe policial informó también sobre otro operativo en el que se incautaron 40 kilos de marihuana en Piura.",
])
def test_an_undated_further_operation_takes_the_publication_month(second):
    text = ("La Policía incautó el lunes 200 kilos de cocaína en una camioneta en la carretera "
            "Panamericana, en Sullana. " + second)
    got = dates(text, "2023-05-11")
    assert ("seizure", "2023-05-08") in got
    assert ("seizure", "2023-05") in got


def test_a_further_operation_with_its_own_day_keeps_it():
    text = ("La Policía incautó el lunes 200 kilos de cocaína en una camioneta en Sullana. "
            "En una segunda intervención, el martes, los agentes incautaron 30 kilos de marihuana en Paita.")
    assert dates(text, "2023-05-11") == [("seizure", "2023-05-08"), ("seizure", "2023-05-09")]


def test_one_operation_told_again_keeps_the_story_day():
    text = ("La Policía incautó el lunes 200 kilos de cocaína en una camioneta en Sullana. "
            "En el operativo los agentes también incautaron dos pistolas.")
    assert {d for _, d in dates(text, "2023-05-11")} == {"2023-05-08"}


@pytest.mark.parametrize("key", ["other_incident_ordinals", "operation_nouns"])
def test_operation_words_must_be_lowercase_words(key):
    raw = copy.deepcopy(RAW)
    raw[key].append("Operativo")
    with pytest.raises(DataFileError, match=key):
        parse_lexicon(raw, DATA_FILE)
