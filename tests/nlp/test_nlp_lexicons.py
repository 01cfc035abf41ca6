"""The language data files stay valid (like dateparser's language-data tests)."""
import re

import pytest
import yaml

from cronica.errors import DataFileError
from cronica.model import EVENT_TYPES
from cronica.nlp.lexicons import fold, load_actors, load_numbers, load_triggers
from cronica.nlp.inflect import match_key
from cronica.taxonomy import codes_for
from cronica.extraction.triggers import load_filters
from importlib import resources

from cronica.nlp.lexicons import actor_files

DATA_FILES = ["es/triggers.yaml", "es/numbers.yaml", "es/filters.yaml", "es/unaccented.yaml", "es/recase.yaml", "es/segmentation.yaml", "es/labels.yaml",
              "taxonomy.yaml"] + \
    [f"es/{name}" for name in actor_files()]


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_files_have_a_provenance_header(name):
    text = resources.files("cronica.data").joinpath(name).read_text("utf-8")
    header = "\n".join(line for line in text.splitlines()[:15] if line.startswith("#"))
    assert re.search(r"Source|Sources", header), f"{name} needs a header saying where its facts come from"
    yaml.safe_load(text)


# types no shipped trigger gives: `threat` is told as `other` with the variant `threat` (the annotated
# type, same ACLED sub-event); the type stays for user lexicons and events stored before
LEXICON_ONLY_TYPES = {"threat"}


def test_triggers_load_and_cover_every_type():
    lex = load_triggers()
    covered = {t.type for t in lex.tokens} | {p.type for p in lex.phrases}
    assert covered == set(EVENT_TYPES) - LEXICON_ONLY_TYPES
    for fam, order in lex.precedence.items():
        assert len(set(order)) == len(order)


def test_trigger_patterns_match_their_words():
    lex = load_triggers()
    by_type = {}
    for t in lex.tokens:
        by_type.setdefault(t.type, []).append(t.form)
    samples = {"ambush": "emboscada", "armed_clash": "enfrentamiento", "attack": "atentado", "bombing": "explosión",
               "killing": "asesinato", "kidnapping": "secuestro", "disappearance": "desaparición",
               "arrest": "captura", "seizure": "incautó", "security_operation": "operativo", "protest": "paro",
               "designation": "designó", "other": "sentenció"}
    samples.update({"sexual_violence": "violaron", "looting": "saquearon", "property_destruction": "vandalizaron",
                    "agreement": "tregua"})
    for etype, word in samples.items():
        # the lexicon matches folded forms: lower case, no accents
        assert any(p.match(match_key(word)) for p in by_type[etype]), (etype, word)


def test_actor_aliases_normalise():
    actors = load_actors()
    # "SL" is guarded: Sendero Luminoso in a Peruvian incident or next to a cue, nothing alone
    assert actors.lookup("SL", "PE").name == "Sendero Luminoso"
    assert actors.lookup("SL", context="Sendero Luminoso (SL) atacó").name == "Sendero Luminoso"
    assert actors.lookup("SL") is None
    assert actors.lookup("remanente senderista").name == "Sendero Luminoso"
    assert actors.lookup("camarada José").name == "Víctor Quispe Palomino"
    assert actors.lookup("Dircote").inter == 1
    # a capitalised alias does not match a common noun: "sendero" is a path
    assert actors.lookup("sendero") is None
    for entry in actors.entries:
        assert entry.inter in range(1, 9)


def test_user_lexicon_takes_precedence(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("# Source: my notes\nactors:\n  - name: Frente Norte\n    inter: 2\n    aliases: [Frente Norte, FN-X]\n",
                 encoding="utf-8")
    actors = load_actors((str(f),))
    assert actors.lookup("FN-X").name == "Frente Norte"
    assert actors.lookup("MPCP").name == "Militarizado Partido Comunista del Perú"


def test_bad_user_lexicon_is_a_clear_error(tmp_path):
    f = tmp_path / "bad.yaml"
    f.write_text("actors:\n  - inter: 9\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="bad.yaml"):
        load_actors((str(f),))


def test_numbers_and_filters_load():
    assert load_numbers().units["cuatro"] == 4
    assert "convocar" in load_filters().announce_verbs


def test_taxonomy_maps_every_type():
    for t in EVENT_TYPES:
        codes = codes_for(t)
        assert codes.event_type and codes.sub_event_type
    assert codes_for("attack", target_inter=7).event_type == "Violence against civilians"
    assert codes_for("attack", target_inter=1).event_type == "Battles"


def test_fold():
    assert fold("Junín") == "junin"


def test_fold_in_place_writes_one_folded_character_for_each():
    """``_fold_in_place`` (``str.translate`` over a table filled on demand) writes, for every character,
    its ``fold`` when that is one character, else its lower case when that is one, else itself: the
    same length and offsets as the text, accents and capitals dropped."""
    from cronica.nlp.lexicons import _fold_in_place, fold

    def one_by_one(text):
        out = []
        for c in text:
            f = fold(c)
            out.append(f if len(f) == 1 else (c.lower() if len(c.lower()) == 1 else c))
        return "".join(out)

    text = "".join(chr(i) for i in range(0x3000)) + "İstanbul ǅ ﬁn Ⅻ ẞ ΐ Ñuñoa ÁVILA, Perú"
    assert _fold_in_place(text) == one_by_one(text) and len(_fold_in_place(text)) == len(text)
    assert _fold_in_place("La POLICÍA de Añaza") == "la policia de anaza"
