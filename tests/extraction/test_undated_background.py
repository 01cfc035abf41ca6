"""An incident an undated chronicle gives no date at all, and no victim figure, is its setting, not
an incident: a text that dates the incidents it tells by their own words ("El 4 de mayo de 1990,
...") tells its background undated (assemble._without_undated_background). Sentences written for
these tests (CC0)."""

CHRONICLE = (
    "Historia del valle alto\n"
    "El valle alto es una región de la sierra donde operó un frente guerrillero entre 1984 y 1996.\n"
    "El 4 de mayo de 1990, una columna del frente emboscó a una patrulla militar cerca de San Rafael; "
    "murieron tres soldados.\n"
    "En agosto de 1992, guerrilleros del frente secuestraron al alcalde de San Rafael en su finca.\n"
    "Durante esos años el Ejército instaló bases en los pueblos de la sierra.\n"
    "Antes de eso, una columna había asesinado a dos campesinos en la quebrada.\n")


def _told(evs):
    return [(e.type, e.date.value if e.date else None, e.evidence.text[:40]) for e in evs]


def test_an_undated_chronicle_drops_the_incidents_it_gives_no_date(extract):
    evs = extract(CHRONICLE)
    assert all(e.date is not None and e.date.value for e in evs if not (e.killed and e.killed.best)), _told(evs)
    assert not any("instaló bases" in e.evidence.text for e in evs), _told(evs)
    assert any(e.type == "ambush" and e.date.value == "1990-05-04" for e in evs), _told(evs)
    assert any(e.type == "kidnapping" and e.date.value == "1992-08" for e in evs), _told(evs)


def test_an_undated_incident_with_its_victims_counted_stays(extract):
    evs = extract(CHRONICLE)
    assert any("dos campesinos" in e.evidence.text and e.killed and e.killed.best == 2 for e in evs), _told(evs)


def test_a_text_that_dates_one_incident_only_keeps_its_undated_ones(extract):
    one = CHRONICLE.replace("En agosto de 1992, g", "G")
    assert any("instaló bases" in e.evidence.text for e in extract(one)), _told(extract(one))


def test_a_published_text_dates_every_incident_and_keeps_them(extract):
    evs = extract(CHRONICLE, published="2020-01-01")
    assert any("instaló bases" in e.evidence.text for e in evs), _told(evs)


class _Told:
    """A draft as the filter reads it: its best date and how the text gave it, no figures."""

    def __init__(self, date, via):
        self.date, self.via, self.mentions = date, via, []

    def best_date(self):
        return self.date, self.via


def _kept(drafts):
    from cronica.extraction.assemble import _without_undated_background

    return [(d.date, d.via) for d in _without_undated_background(drafts)]


def test_a_story_told_mostly_undated_keeps_its_undated_incidents():
    # a year named once above a story told day by day ("El día 12", "Dos días más tarde")
    drafts = [_Told("1995-03", "sentence"), _Told("1995-04", "clause")] + [_Told(None, "none") for _ in range(3)]
    assert len(_kept(drafts)) == 5


def test_a_chronicle_dating_its_incidents_drops_the_undated_one():
    drafts = [_Told("1995-03", "sentence"), _Told(None, "none"), _Told("1996-04-02", "clause"),
              _Told("1996-05", "story")]
    assert _kept(drafts) == [("1995-03", "sentence"), ("1996-04-02", "clause"), ("1996-05", "story")]
