"""Session 22 (events3): security forces freeing a captive are the rescue (`security_operation`)
beside the kidnapping; captors or an armed group releasing their hostages are the kidnapping's own
release, no operation (corpus/README.md conventions; the class of train p-064, zg-025 and zg-018).
Sentences written for these tests."""
from __future__ import annotations

PUBLISHED = "2025-03-10"


def _types(events) -> list[str]:
    return sorted(e.type for e in events)


def test_police_freeing_a_kidnapped_man_is_the_rescue_beside_the_kidnapping(extract):
    text = ("Agentes de la unidad antisecuestros liberaron el sábado en una finca de Pueblo Viejo a un "
            "ganadero de 61 años, secuestrado el martes en su casa de Tenosique por una banda local.")
    types = _types(extract(text, published=PUBLISHED))
    assert "security_operation" in types
    assert "kidnapping" in types


def test_an_armed_group_releasing_its_hostages_is_no_operation(extract):
    text = ("La guerrilla liberó el sábado en una vereda de Tame a los tres contratistas que había "
            "secuestrado hace dos semanas.")
    types = _types(extract(text, published=PUBLISHED))
    assert "security_operation" not in types
    assert "kidnapping" in types


def test_a_release_after_a_ransom_is_no_operation(extract):
    text = ("Los soldados retenidos por la banda fueron liberados el sábado tras el pago de una suma que la "
            "familia no quiso revelar; los captores liberaron también al conductor.")
    assert "security_operation" not in _types(extract(text, published=PUBLISHED))


def test_a_rescue_of_a_man_deprived_of_liberty_without_article(extract):
    text = ("Policías de la unidad contra extorsiones rescataron el domingo en Cofradía a un comerciante que "
            "había sido privado de libertad dos días antes por pandilleros.")
    assert "security_operation" in _types(extract(text, published=PUBLISHED))
