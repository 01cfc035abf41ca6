"""Session 17 (issue 12, actors): a label told before the people it stands for ("Los rehenes
fueron rescatados ...: se trata de tres técnicos de una empresa eléctrica"). Sentences written for
these tests (CC0)."""
from cronica.nlp.load import load_nlp
from cronica.extraction.actors import presented_after

PUBLISHED = "2024-05-16"
RESCUE = ("ARAUCA, 15 may (Agencia) - Los rehenes fueron rescatados el martes por tropas del Ejército en una "
          "vereda de Saravena: se trata de tres técnicos de una empresa eléctrica que el ELN había secuestrado "
          "el 2 de mayo.")


def test_the_people_presented_after_a_label():
    sent = next(iter(load_nlp()(RESCUE).sents))
    who = presented_after(sent, sent.text.index("rehenes"))
    assert who is not None and who.text.startswith("tres técnicos")


def test_no_people_in_a_judgement():
    text = "El ministro dijo que se trata de un ataque contra la democracia."
    sent = next(iter(load_nlp()(text).sents))
    assert presented_after(sent, 0) is None


def test_a_rescue_names_whom_it_freed(extract):
    found = [e for e in extract(RESCUE, published=PUBLISHED) if e.type == "security_operation"]
    assert found and found[0].actor2 is not None
    assert found[0].actor2.as_written.startswith("tres técnicos")
