"""Bolivia's provinces and Argentina's departments and partidos (data/geo/admin2_latam.tsv).

Sentences written for these tests: a province or department named after its level noun, a
distinctive partido named alone in an Argentine story, and the homonyms the file must not take
(a foreign city, a person, another country's level noun).
"""
from __future__ import annotations

from collections import Counter

import pytest

from cronica.geo.gazetteer import DATA_DIR


def _rows() -> list[list[str]]:
    lines = (DATA_DIR / "admin2_latam.tsv").read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]


def test_header_names_its_sources_and_rows_are_well_formed():
    lines = (DATA_DIR / "admin2_latam.tsv").read_text(encoding="utf-8").splitlines()
    header = " ".join(ln for ln in lines if ln.startswith("#"))
    assert "INE Bolivia" in header and "INDEC" in header
    rows = _rows()
    assert all(len(r) in (4, 5) and r[3] in ("any", "cue") for r in rows)
    assert len({(r[0], r[1], r[2]) for r in rows}) == len(rows)


def test_bolivia_has_its_112_provinces_in_nine_departments():
    bo = [r for r in _rows() if r[0] == "BO"]
    assert len(bo) == 112
    per = Counter(r[1] for r in bo)
    assert per == {"La Paz": 20, "Cochabamba": 16, "Oruro": 16, "Potosí": 16, "Santa Cruz": 15,
                   "Chuquisaca": 10, "Beni": 8, "Tarija": 6, "Pando": 5}


@pytest.mark.parametrize("name, cc, admin1", [
    ("Omasuyos", "BO", "La Paz"),
    ("Ichilo", "BO", "Santa Cruz"),
    ("Nor Lípez", "BO", "Potosí"),
    ("Orán", "AR", "Salta"),
    ("Humahuaca", "AR", "Jujuy"),
    ("Oberá", "AR", "Misiones"),
    ("La Matanza", "AR", "Buenos Aires"),
])
def test_lookup_finds_the_division(gaz, name, cc, admin1):
    assert any(e.kind == "admin2" and e.cc == cc and e.admin1 == admin1 for e in gaz.lookup(name))


def test_a_cue_only_name_is_marked_so(gaz):
    murillo = [e for e in gaz.lookup("Murillo") if e.kind == "admin2" and e.cc == "BO"]
    assert murillo and all(e.cue_only for e in murillo)


@pytest.mark.parametrize("text, trigger, admin1, country", [
    # Bolivia: "provincia X", with and without "de"
    ("Comunarios bloquearon la carretera en la provincia Aroma y la policía boliviana los "
     "dispersó con gases.", "bloquearon", "La Paz", "Bolivia"),
    ("Dos erradicadores murieron en una emboscada en la provincia de Ichilo, Bolivia.", "emboscada",
     "Santa Cruz", "Bolivia"),
    ("Mineros cooperativistas se enfrentaron con la policía boliviana en la provincia Rafael Bustillo.",
     "enfrentaron", "Potosí", "Bolivia"),
    # Argentina: "departamento de X" is the province's second level
    ("Un gendarme fue baleado por contrabandistas en el departamento de Orán, en el norte argentino.",
     "baleado", "Salta", "Argentina"),
    ("Gendarmería Nacional detuvo a tres hombres con cocaína en el departamento Ledesma.", "detuvo",
     "Jujuy", "Argentina"),
    # a distinctive partido named alone in an Argentine story
    ("Vecinos cortaron el Camino de Cintura en San Justo, La Matanza, y la policía bonaerense los "
     "desalojó.", "cortaron", "Buenos Aires", "Argentina"),
])
def test_division_places_the_event(event_place, text, trigger, admin1, country):
    p = event_place(text, trigger)
    assert p is not None and (p.admin1, p.country) == (admin1, country)


def test_another_countrys_level_noun_does_not_take_the_division(event_place):
    # Cerrillos is a comuna of Santiago and a department of Salta: "comuna" is Chile's noun
    p = event_place("Carabineros detuvo a dos asaltantes en la comuna de Cerrillos tras una persecución.",
                    "detuvo")
    assert p is not None and p.country == "Chile"


def test_a_first_level_department_of_the_story_is_kept(event_place):
    # Paraguay's departamento de Concepción, not Misiones' or Corrientes' department of that name
    p = event_place("Un policía fue secuestrado por el EPP en el departamento de Concepción, Paraguay.",
                    "secuestrado")
    assert p is not None and (p.admin1, p.country) == ("Concepción", "Paraguay")


def test_a_person_named_like_a_province_is_no_place(geocoder):
    # "Murillo" is a province of La Paz only after "provincia"; here a surname
    idx = geocoder.places("El ministro boliviano Arturo Murillo declaró ante la fiscalía en La Paz.")
    assert not any(m.place is not None and m.place.admin2 == "Pedro Domingo Murillo" for m in idx.mentions)


def test_a_foreign_city_keeps_its_reading_in_its_own_story(event_place):
    # Oran, Algeria, named in an Algerian story is not Salta's department
    p = event_place("Un atentado con explosivos sacudió el puerto de Orán, en Argelia.", "atentado")
    assert p is None or p.country != "Argentina"


@pytest.mark.parametrize("text, trigger, admin1", [
    # a municipio only one state has
    ("Militares venezolanos destruyeron una pista clandestina en el municipio Jesús María Semprún.",
     "destruyeron", "Zulia"),
    # a municipio several states have, told apart by the story's other places
    ("La policía abatió a dos miembros de una banda en el barrio Carpintero de Petare, municipio Sucre, "
     "al este de Caracas.", "abatió", "Miranda"),
    ("Soldados venezolanos se enfrentaron a un grupo irregular cerca de Guasdualito, en el municipio Páez.",
     "enfrentaron", "Apure"),
    # Guárico's municipios (llanos stories name them with the noun, without the state)
    ("Efectivos del Ejército venezolano abatieron a dos hombres en el sector El Rosario, municipio José "
     "Tadeo Monagas.", "abatieron", "Guárico"),
    ("Un ganadero venezolano fue secuestrado en su finca del municipio Leonardo Infante.", "secuestrado",
     "Guárico"),
])
def test_venezuelan_municipio_places_the_event(event_place, text, trigger, admin1):
    p = event_place(text, trigger)
    assert p is not None and (p.admin1, p.country) == (admin1, "Venezuela")


def test_a_municipio_named_after_a_hero_needs_its_noun(geocoder):
    # "Sucre" named alone is no Venezuelan municipio (nor need it be the state)
    idx = geocoder.places("El mariscal Sucre venció en Ayacucho, recordó el presidente.")
    assert not any(m.place is not None and m.place.country == "Venezuela" and m.place.admin2 == "Sucre"
                   for m in idx.mentions)


def test_a_colombian_municipio_stays_colombian(event_place):
    # Colombia has a municipio Bolívar (Cauca); Venezuela's are read only in a Venezuelan story
    p = event_place("Dos soldados murieron en combates con el ELN en zona rural del municipio de Bolívar, "
                    "en el sur del Cauca.", "combates")
    assert p is not None and p.country == "Colombia"
