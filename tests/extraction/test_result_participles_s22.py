"""Session 22 (events4): a seizure told by its result, a participle completing "quedar" or "resultar"
("En el lugar quedaron incautados dos fusiles"), is the act itself, as "fueron incautados" is; the tagger
reads the participle as an adjective object, which made it a bare generic noun (sentences written for
these tests; the class of corpus train c-124, zj-005). Damage told so ("las casas quedaron destruidas"
after a fire) stays no act of a force, and drivers "detenidos" in a jam no arrest
(test_recall_classes.py)."""
from __future__ import annotations

from tests.extraction.event_checks import told

PUBLISHED = "2025-06-20"  # a Friday


def _types(events) -> list[str]:
    return sorted(e.type for e in events)


def test_goods_that_remained_seized_after_a_clash_are_a_seizure(extract):
    text = ("Soldados del Ejército se enfrentaron el jueves con integrantes de una banda criminal en la vereda "
            "La Loma, en Tame, Arauca. En el combate murieron dos integrantes de la banda.\n"
            "En el lugar quedaron incautados tres fusiles, una pistola y 200 cartuchos.")
    events = extract(text, published=PUBLISHED)
    assert _types(events) == ["armed_clash", "seizure"], told(events)


def test_goods_told_as_remaining_seized_alone_are_a_seizure(extract):
    text = ("En una vivienda del barrio San Martín, en Cúcuta, quedaron decomisados el jueves 40 kilos de "
            "cocaína y dos pistolas, informó la Policía.")
    events = extract(text, published=PUBLISHED)
    assert _types(events) == ["seizure"], told(events)


def test_the_result_participle_passive_is_read_like_the_ser_passive(extract):
    with_ser = extract("En el lugar fueron incautados el jueves dos fusiles y 300 cartuchos, en Tame, Arauca.",
                       published=PUBLISHED)
    with_quedar = extract("En el lugar quedaron incautados el jueves dos fusiles y 300 cartuchos, en Tame, Arauca.",
                          published=PUBLISHED)
    assert _types(with_quedar) == _types(with_ser) == ["seizure"], (told(with_ser), told(with_quedar))


def test_houses_left_destroyed_by_a_fire_are_no_event(extract):
    text = ("Unas 200 viviendas quedaron destruidas el jueves por un incendio forestal que avanzó sobre los "
            "cerros de la ciudad, informaron los bomberos.")
    events = extract(text, published=PUBLISHED)
    assert events == [], told(events)
