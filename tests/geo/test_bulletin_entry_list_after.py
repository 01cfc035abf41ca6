"""A bulletin entry whose own list of places in capitals follows it ("... ¶ JUNIN - SATIPO - CN
X") places the entry's local place the gazetteer does not know, not the list of the entry before
it (session 23, helper where11; the class of train q-006: corpus/README.md, a bulletin entry's
trailing list places every incident the entry tells unless the entry names another division).
Sentences written for the tests."""
from __future__ import annotations

from cronica.model import Span

BULLETIN = (
    "Alertas de la semana - selva central\n"
    "Ataque a dirigente. El 3 de marzo de 2026 un dirigente asháninka fue baleado cerca de la comunidad nativa "
    "Cheni Alto cuando volvía de su chacra.\n"
    "JUNIN - SATIPO - RIO TAMBO - CN CHENI ALTO\n"
    "Quema de local. El 9 de marzo de 2026 desconocidos incendiaron el local comunal de la comunidad nativa "
    "Nuevo Amanecer Yurúa por oponerse a la tala ilegal.\n"
    "UCAYALI - ATALAYA - TAHUANIA - CN NUEVO AMANECER YURUA\n"
)


def _places(geocoder, text, triggers):
    idx = geocoder.places(text)
    out = []
    for trigger in triggers:  # in the order of the text, as the pipeline asks
        i = text.index(trigger)
        start = text.rfind("\n", 0, i) + 1
        end = text.find(".", i) + 1
        out.append(idx.place_for(Span(i, i + len(trigger), trigger), Span(start, end, text[start:end])))
    return out


def test_each_entry_takes_the_list_that_closes_it(geocoder):
    first, second = _places(geocoder, BULLETIN, ["baleado", "incendiaron"])
    assert first is not None and (first.country, first.admin1) == ("Peru", "Junín")
    assert second is not None and (second.country, second.admin1) == ("Peru", "Ucayali")


def test_an_entry_that_names_its_own_division_keeps_it(geocoder):
    text = BULLETIN.replace("Nuevo Amanecer Yurúa por", "Nuevo Amanecer, en el distrito de Pangoa, por")
    _, second = _places(geocoder, text, ["baleado", "incendiaron"])
    assert second is not None and (second.country, second.admin1) == ("Peru", "Junín")
