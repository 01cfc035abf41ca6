"""Bulletins whose entries run over several sentences and close their line with a list of
places in capitals: the list is the place of the whole entry, not only of the sentence right
before it, and an entry's hamlet is not placed by the previous entry's list.

Sentences written for these tests.
"""
from __future__ import annotations

BULLETIN = (
    "Informe mensual de casos\n"
    "03/02/2026. Agentes de civil detuvieron a un dirigente sindical en la plaza Central. Su familia lo busco "
    "en dos fiscalias y nadie le dio razon. ANTIOQUIA - CACERES - VEREDA EL OCHO\n"
    "05/02/2026. Hombres armados asesinaron a un campesino en la finca Los Naranjales. Los vecinos culpan a un "
    "grupo que cobra extorsiones. CAUCA - EL TAMBO - VEREDA LA ALEJANDRIA\n"
)


def test_the_list_closing_an_entry_places_its_first_sentence(event_place):
    p = event_place(BULLETIN, "detuvieron")
    assert p is not None and (p.admin1, p.country) == ("Antioquia", "Colombia")


def test_an_entrys_hamlet_lies_in_its_own_list_not_the_previous_one(event_place):
    p = event_place(BULLETIN, "asesinaron")
    assert p is not None and (p.admin1, p.country) == ("Cauca", "Colombia")
