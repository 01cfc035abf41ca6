"""The temporal vocabulary file stays valid (like dateparser's language-data tests)."""
from __future__ import annotations

import copy
import datetime as dt

import pytest
import yaml

from cronica.errors import DataFileError
from cronica.time import Timeline
from cronica.time.lexicon import DATA_FILE, load_lexicon, load_lexicon_file, parse_lexicon

RAW = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))


def test_bundled_file_loads():
    lex = load_lexicon_file(DATA_FILE)
    assert sorted(set(lex.months.values())) == list(range(1, 13))
    assert sorted(set(lex.weekdays.values())) == list(range(7))
    assert set(range(1, 32)) <= set(lex.numbers.values())


def test_file_starts_with_a_provenance_header():
    head = DATA_FILE.read_text(encoding="utf-8").splitlines()[:15]
    assert all(line.startswith("#") for line in head[:5])
    assert any("Provenance" in line for line in head)


def test_no_word_is_both_a_month_and_something_else():
    lex = load_lexicon()
    names = set(lex.months) | set(lex.month_abbreviations)
    assert not names & set(lex.weekdays)
    assert not names & set(lex.numbers)
    assert not set(lex.weekdays) & set(lex.numbers)


def test_every_month_name_and_weekday_is_recognised():
    lex = load_lexicon()
    for word, month in lex.months.items():
        [m] = Timeline(f"Ocurrió el 3 de {word} de 2011.", None).mentions
        assert m.value.value == f"2011-{month:02d}-03", word
    for word, month in lex.month_abbreviations.items():
        [m] = Timeline(f"LIMA, 3 {word.capitalize()}. 2011 (EFE) -", None).mentions
        assert m.value.value == f"2011-{month:02d}-03", word
    for word, wd in lex.weekdays.items():
        [m] = Timeline(f"Fue atacado el {word}.", "2012-04-22").mentions  # a Sunday
        assert m.value.start.weekday() == wd, word


def test_every_number_word_counts_days():
    lex = load_lexicon()
    for word, n in lex.numbers.items():
        if n > 31:
            continue
        [m] = Timeline(f"Hace {word} días fue atacado.", "2012-04-30").mentions
        assert m.value.start == dt.date(2012, 4, 30) - dt.timedelta(days=n), word


def _broken(mutate):
    raw = copy.deepcopy(RAW)
    mutate(raw)
    return raw


@pytest.mark.parametrize("mutate,message", [
    (lambda r: r.pop("months"), "'months'"),
    (lambda r: r["months"].pop("julio"), "twelve months"),
    (lambda r: r["months"].__setitem__("Julio", 7), "lowercase"),
    (lambda r: r["months"].__setitem__("enero", 13), "outside"),
    (lambda r: r["weekdays"].pop("domingo"), "seven days"),
    (lambda r: r["units"].__setitem__("quincena", "fortnight"), "expected one of"),
    (lambda r: r["bound_words"].append("desde"), "duplicated"),
    (lambda r: r["period_part_bounds"]["month"].__setitem__("mid", [20, 11]), "period_part_bounds"),
    (lambda r: r.__setitem__("schema_version", 2), "schema_version"),
    (lambda r: r.__setitem__("year_min", 99), "year_min"),
    (lambda r: r["numbers"].pop("quince"), "1..31"),
])
def test_broken_data_is_refused_with_a_clear_message(mutate, message):
    with pytest.raises(DataFileError, match=message) as err:
        parse_lexicon(_broken(mutate))
    assert "\n" not in str(err.value)


def test_unreadable_or_invalid_yaml(tmp_path):
    bad = tmp_path / "time.yaml"
    bad.write_text("months: [unclosed", encoding="utf-8")
    with pytest.raises(DataFileError, match="invalid YAML"):
        load_lexicon_file(bad)
    with pytest.raises(DataFileError, match="cannot read"):
        load_lexicon_file(tmp_path / "missing.yaml")
