"""One event per incident (issues 10 and 12), session 19: a counted incident noun that its
sentence unpacks into members, each with its own day or place ("Dos explosiones ...: la primera
... en X y otra ... en Y", "dos ataques, el primero el ... y el segundo el ..."), gives one event
per member; a list with no day or place of its own, or no members told, stays one event.
Sentences written for these tests (CC0)."""
from cronica.extraction.enumeration import counted, enumerated_members

PUBLISHED = "2025-09-14"
MEMBERS = frozenset({"uno", "una", "otro", "otra", "primero", "primera", "segundo", "segunda"})


def kinds(evs):
    return sorted(e.type for e in evs)


def test_two_blasts_in_two_neighbourhoods_are_two_bombings(extract):
    text = ("Dos explosiones sacudieron anoche la ciudad de Cúcuta: la primera destruyó la vitrina de "
            "una farmacia en el barrio La Libertad y otra averió la puerta de un CAI en el barrio "
            "Motilones, con un policía herido.")
    evs = extract(text, published=PUBLISHED)
    assert kinds(evs) == ["bombing", "bombing"], [(e.type, e.evidence.text) for e in evs]
    # the wounded policeman is told in the second member's words only
    assert sorted(e.wounded.best if e.wounded else 0 for e in evs) == [0, 1]
    assert all(e.to_dict()["admin1"] == "Norte de Santander" for e in evs)


def test_each_member_keeps_its_own_target_and_a_zero_told_after_covers_both(extract):
    text = ("Dos explosiones en menos de dos horas anoche en Cúcuta: la primera rompió los vidrios de "
            "una farmacia del barrio La Libertad y otra dañó la puerta de un puesto policial en el "
            "barrio Motilones. No hubo heridos.")
    evs = extract(text, published=PUBLISHED)
    assert kinds(evs) == ["bombing", "bombing"], [(e.type, e.evidence.text) for e in evs]
    targets = [e.actor2.as_written for e in evs]
    assert any("farmacia" in t for t in targets) and any("puesto policial" in t for t in targets), targets
    assert all(e.wounded is not None and e.wounded.best == 0 for e in evs)


def test_two_attacks_with_their_own_days_are_two_events_with_those_days(extract):
    text = ("El detenido responde además por dos ataques contra una patrulla militar en el "
            "Catatumbo, el primero ocurrido el 4 de marzo de 2024 y el segundo el 19 de agosto de 2024.")
    evs = extract(text, published=PUBLISHED)
    attacks = [e for e in evs if e.type == "attack"]
    assert sorted(e.date.value for e in attacks) == ["2024-03-04", "2024-08-19"], \
        [(e.type, e.date.value if e.date else None) for e in evs]


def test_members_with_no_day_or_place_of_their_own_stay_one_event(extract):
    text = ("Dos ataques armados se registraron el sábado en Tumaco: uno contra la alcaldía y otro "
            "contra la casa de un concejal.")
    evs = extract(text, published=PUBLISHED)
    assert len([e for e in evs if e.type == "attack"]) == 1, [(e.type, e.evidence.text) for e in evs]


def test_a_count_without_members_stays_one_event(extract):
    text = "Dos explosiones se escucharon la madrugada del martes en el barrio Centro de Jamundí."
    assert kinds(extract(text, published=PUBLISHED)) == ["bombing"]


def test_members_are_found_after_a_counted_plural_noun_only(nlp):
    doc = nlp("Reportan tres incendios en la zona: uno en la vereda Alta, otro en la vereda Baja y el "
              "último en el casco urbano.")
    noun = next(t for t in doc if t.text == "incendios")
    assert counted(noun) == 3
    members = enumerated_members(noun, MEMBERS | {"ultimo"}, doc[:])
    assert [doc[m.token_i].text for m in members] == ["uno", "otro", "último"]
    assert doc.text[members[0].start:members[0].end] == "uno en la vereda Alta"


def test_a_determiner_or_a_partitive_is_no_member(nlp):
    doc = nlp("Hubo dos ataques en la zona, una patrulla resultó dañada y uno de los soldados quedó herido.")
    noun = next(t for t in doc if t.text == "ataques")
    assert enumerated_members(noun, MEMBERS, doc[:]) == []
