"""Find toponyms in plain Spanish text: gazetteer phrases, cue patterns, roles.

Works on strings; spaCy entity spans may be passed as hints. Three sources:

1. **Cued names**: "distrito de X", "la localidad de X", "provincia cusqueña de X",
   "región X", "zona llamada X", "base antinarcóticos de X" (cue nouns in
   ``data/geo/cues_es.yaml``). The name is the longest gazetteer match after the cue,
   or the capitalised run when the gazetteer does not know it (a local place: kept as
   written, resolved through the hierarchy around it).
2. **Gazetteer phrases** without a cue, accepted only when they cover the whole run of
   capitalised words they sit in ("Ántero Flores Aráoz" is a person, so "Flores" is not
   a place), are not a listed surname/common word, follow no person title ("el
   presidente Humala") and are not a speaker ("dijo Humala").
3. **Hints**: entity spans (spaCy LOC/GPE) whose text is a gazetteer name.

Each toponym gets a role: ``place``, ``reference`` ("a 350 km de Lima"),
``destination`` ("trasladados a Lima"), ``origin`` ("procedentes de Tingo María").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional, Sequence

import yaml

from cronica.errors import DataFileError
from cronica.geo.gazetteer import DATA_DIR, SPANISH_SPEAKING, Entry, Gazetteer, norm_key, strip_accents

_TOKEN = re.compile(r"\w+", re.UNICODE)
_ARTICLES = {"el", "la", "los", "las"}
_CONNECTORS = {"de", "del", "la", "las", "los", "el", "y"}
_STOP_CAPS = {"el", "la", "los", "las", "en", "un", "una", "unos", "unas", "de", "del", "desde",
              "durante", "tras", "segun", "con", "por", "para", "sin", "sobre", "entre", "hacia",
              "hasta", "ante", "bajo", "a", "al", "y", "e", "o", "u", "pero", "mientras", "cuando",
              "donde", "este", "esta", "estos", "estas", "ese", "esa", "aquel", "su", "sus", "lo",
              "que", "se", "no", "si", "ya", "asimismo", "ademas", "luego", "hoy", "ayer",
              "tambien", "ni", "como", "mas", "muy", "todo", "todos", "otro", "otra", "cada"}
# Words that may link written hierarchy levels: "X, en la provincia de Y (Z)".
_GAP_WORDS = {"en", "el", "la", "los", "las", "de", "del", "al", "a", "y", "e", "ubicado", "ubicada",
              "ubicados", "ubicadas", "situado", "situada", "localizado", "localizada", "perteneciente",
              "pertenecientes", "jurisdiccion", "que", "esta", "queda", "pertenece",
              # "X, en el norte de Guayaquil": the part of the town or department it lies in
              "norte", "sur", "este", "oeste", "centro", "oriente", "occidente", "noreste", "noroeste",
              "sureste", "suroeste", "nororiente", "noroccidente", "suroriente", "suroccidente"}
_SENT_END = re.compile(r"[.;:!?¿¡\n]")
#: what joins a place to the one before it as more of the same: a coordination ("desde Puno y
#: Cusco") or an apposition that places it ("al hospital de Machala, en la vecina provincia de El Oro")
_SAME_ROLE_GAP = re.compile(r"\s+[ye]\s+(?:(?:el|la|los|las)\s+)?|\s*,\s*(?:en\s+)?(?:(?:el|la|los|las)\s+)?"
                            r"(?:vecin[oa]s?\s+)?", re.IGNORECASE)


def _share_movement_roles(text: str, found: list["Toponym"]) -> None:
    """A place coordinated with, or set in apposition to, a place people came from or went to is
    such a place too: "vinieron desde Puno y Cusco", "agentes llegados desde Uncía y Oruro",
    "trasladados al hospital de Machala, en la vecina provincia de El Oro" (not the event's)."""
    for prev, t in zip(found, found[1:]):
        if prev.role in ("origin", "destination") and t.role == "place" and not t.extra.get("list") \
                and prev.end <= t.start and _SAME_ROLE_GAP.fullmatch(text, prev.end, t.start):
            t.role = prev.role


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    key: str
    cap: bool


@dataclass(slots=True)
class Toponym:
    """A recognised place name (before resolution)."""

    start: int  # span of the whole mention, cue included ("localidad de Sanabamba")
    end: int
    name_start: int  # span of the name itself ("Sanabamba")
    name_end: int
    entries: tuple[Entry, ...]
    cue: Optional[str] = None  # cue level (admin1/admin2/admin3/town/local/valley/base/road/river), 'en', or None
    role: str = "place"
    near: bool = False
    hint: bool = False
    chain: int = -1  # index of the written hierarchy this toponym belongs to
    extra: dict = field(default_factory=dict)


#: a capitalised street or square name ending in "de <city>" is located in a city this large
STREET_CITY = 100_000


class Lexicon:
    """The Spanish cue lexicon (``data/geo/cues_es.yaml``)."""

    def __init__(self, data: dict) -> None:
        try:
            self.cue_nouns: dict[tuple[str, ...], str] = {
                tuple(norm_key(k).split()): v for k, v in data["cue_nouns"].items()}
            self.cue_countries: dict[str, str] = {norm_key(k): str(v).upper()
                                                  for k, v in (data.get("cue_countries") or {}).items()}
            #: level nouns only some countries use ("cantón"): the countries a name after one is read in
            self.cue_used_in: dict[str, frozenset[str]] = {
                norm_key(k): frozenset(str(c).upper() for c in v) for k, v in (data.get("cue_used_in") or {}).items()}
            #: the noun each country uses for its second-level divisions (admin2_latam.tsv)
            self.admin2_nouns: dict[str, frozenset[str]] = {
                str(cc).upper(): frozenset(norm_key(w) for w in v) for cc, v in (data.get("admin2_nouns") or {}).items()}
            #: the same for first-level divisions ("provincia" in Argentina)
            self.admin1_nouns: dict[str, frozenset[str]] = {
                str(cc).upper(): frozenset(norm_key(w) for w in v) for cc, v in (data.get("admin1_nouns") or {}).items()}
            self.premodifiers = {norm_key(w) for w in data.get("cue_premodifiers", [])}
            self.town_area_words = {norm_key(w) for w in data.get("town_area_words", [])}
            self.town_naming_cues = {norm_key(w) for w in data.get("town_naming_cues", [])}
            #: institutions named after their department without "de" ("Región Policial La Libertad")
            self.jurisdiction_nouns = {tuple(norm_key(w).split()) for w in data.get("jurisdiction_nouns", [])}
            #: the first word of a division's own government body ("Gobernación del Cauca"): a vote for its country
            self.government_bodies = {norm_key(w) for w in data.get("government_bodies", [])}
            #: the first word of a town's own government ("el Ayuntamiento de Berriozar"): in that town
            self.town_bodies = {norm_key(w) for w in data.get("town_bodies", [])}
            #: "el abra de X", "el cerro X": a landform of the story's area, not a district elsewhere
            self.landforms = {norm_key(w) for w in data.get("landform_nouns", [])}
            #: "Durán, una ciudad de ...", "Jambaló es un municipio ...": a name said to be a place
            kinds = sorted({norm_key(w) for w in data.get("place_kind_nouns", [])}, key=len, reverse=True)
            self.said_kind = re.compile(r"(?:\s*,\s*|\s+es\s+)(?:la|el|una?)\s+(?:" + "|".join(map(re.escape, kinds))
                                        + r")\b") if kinds else None
            #: a post's opening call ("Ojo Cagua", "Atención Chocó"): not part of the name after it
            self.openers = {norm_key(w) for w in data.get("post_openers", [])}
            self.naming = [tuple(norm_key(w).split()) for w in data.get("naming_words", [])]
            self.near = [norm_key(w) for w in data.get("near_words", [])]
            self.reference = re.compile(data["reference_pattern"], re.I)
            self.destination = re.compile(data["destination_pattern"], re.I)
            self.origin = re.compile(data["origin_pattern"], re.I)
            #: "una patrulla de la base X": the unit's home base, where it came from
            self.home_base = re.compile(data.get("home_base_pattern") or r"(?!)", re.I)
            self.firm_name = re.compile(data["firm_name_pattern"], re.I)
            self.whereabouts = re.compile(data["whereabouts_pattern"], re.I)
            self.person_titles = {norm_key(w) for w in data.get("person_titles", [])}
            #: words written shortened with a period ("Av.", "coop.", "Dr."): that period ends no sentence
            self.abbreviations = {norm_key(w) for w in data.get("abbreviations", [])}
            self.street_titles = {norm_key(w) for w in data.get("street_name_titles", [])}
            #: "la esquina de X y Y": a street noun whose coordinated names are all streets
            self.crossings = {norm_key(w) for w in data.get("crossing_nouns", [])}
            #: "distrito limeño de": the first-level division a demonym between cue and "de" names
            self.division_demonyms = {norm_key(k): v for k, v in (data.get("division_demonyms") or {}).items()}
            self.speech = {norm_key(w) for w in data.get("speech_verbs", [])}
            self.not_places = {norm_key(w) for w in data.get("not_places", [])}
            #: place names that are also set phrases ("Gracias a Dios no hubo heridos"): no place opening a sentence
            self.phrase_names = {norm_key(w) for w in data.get("phrase_names", [])}
            self.person_starts = {norm_key(w) for w in data.get("person_name_starts", [])}
            #: "El hecho ocurrió en ...": a sentence that places the incident told before it
            self.placing_openers = tuple(sorted({norm_key(w) for w in data.get("placing_openers", [])},
                                                key=len, reverse=True))
            #: "la carretera entre X y Y", "la vía que une el distrito con X": a road named by its ends
            self.road_nouns = sorted({norm_key(w) for w in data.get("road_nouns", [])}, key=len, reverse=True)
            self.road_adjectives = sorted({norm_key(w) for w in data.get("road_adjectives", [])})
            self.road_linking_verbs = sorted({norm_key(w) for w in data.get("road_linking_verbs", [])})
            #: "condenó", "absolvió": a court's ruling, placed where the court sits
            self.ruling_verbs = frozenset(norm_key(w) for w in data.get("ruling_verbs", []))
            #: "en todo el país", "en varios departamentos": an act told of the whole country
            nat = sorted({norm_key(w) for w in data.get("national_words", [])}, key=len, reverse=True)
            self.national = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in nat)
                                       + r")\b") if nat else None
            demonyms = data.get("demonyms") or {}
            alts = {stem: cc for cc, stems in demonyms.items() for stem in stems}
            self.demonyms = {norm_key(stem): cc for stem, cc in alts.items()}
            self.demonym_re = re.compile(
                r"\b(" + "|".join(sorted((re.escape(norm_key(x)) for x in alts), key=len, reverse=True))
                + r")(?:o|a|os|as|e|es|)\b") if alts else None
        except (KeyError, TypeError, re.error) as exc:
            raise DataFileError(f"cues_es.yaml: {exc}") from exc
        self.max_cue = max(len(k) for k in self.cue_nouns)
        self.cue_first = {k[0] for k in self.cue_nouns if k}  # a cue's first word (a quick "no")


@lru_cache(maxsize=1)
def load_admin1_abbreviations() -> dict[str, tuple[str, str]]:
    """Dateline abbreviations of first-level divisions ("Gto", "Q. Roo") -> (country code,
    admin1 name), keys as ``_abbr_key`` writes them (data/geo/admin1_abbreviations.tsv)."""
    out: dict[str, tuple[str, str]] = {}
    try:
        lines = (DATA_DIR / "admin1_abbreviations.tsv").read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(f"admin1_abbreviations.tsv: {exc}") from exc
    for ln in lines:
        if not ln.strip() or ln.startswith("#"):
            continue
        row = ln.split("\t")
        if len(row) != 3 or not all(c.strip() for c in row):
            raise DataFileError(f"admin1_abbreviations.tsv: bad line {ln!r}")
        for ab in row[2].split("|"):
            out[_abbr_key(ab)] = (row[0], row[1])
    return out


def _abbr_key(s: str) -> str:
    return re.sub(r"[\s.]", "", norm_key(s))


#: ", Gto." / ", Q. Roo" / ", S.L.P." after a dateline city
_ABBR_AFTER = re.compile(r"[ \t]*,[ \t]*((?:[A-ZÁÉÍÓÚ][A-Za-záéíóú]{0,5}\.?[ \t]?){1,3})")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    try:
        data = yaml.safe_load((DATA_DIR / "cues_es.yaml").read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cues_es.yaml: {exc}") from exc
    return Lexicon(data)


def tokenize(text: str) -> list[Token]:
    """The words of ``text`` (runs of word characters) with their lookup keys; each distinct
    word's key and capital worked out once (``_WORD_KEYS``)."""
    out = []
    memo = _WORD_KEYS
    if len(memo) >= 100_000:  # bounded: a corpus has far fewer distinct words
        memo.clear()
    end = 0
    for w in _TOKEN.findall(text):
        start = text.index(w, end)  # (the match's start: only non-word characters lie between)
        end = start + len(w)
        got = memo.get(w)
        if got is None:
            got = memo[w] = (norm_key(w), w[0].isupper())
        out.append(Token(start, end, w, got[0], got[1]))
    return out


#: word -> (norm_key, starts with a capital), for ``tokenize``
_WORD_KEYS: dict[str, tuple[str, bool]] = {}



def _initials(name: str) -> str:
    """The initials of a place's name as the press writes them ("San Juan de Lurigancho": "SJL"):
    its capitalised words' first letters, at least three."""
    letters = "".join(w[0] for w in name.split() if w[:1].isupper())
    return strip_accents(letters) if len(letters) >= 3 else ""


def _tagged(text: str, tok: "Token") -> bool:
    """``tok`` is a post's hashtag ("#Culiacán")."""
    return tok.start > 0 and text[tok.start - 1] == "#"


#: a city this large called by a person's full name of three words or more is that city
PERSON_NAMED_CITY = 50_000


def _city_full_name(key: str, words: int, entries: tuple[Entry, ...]) -> bool:
    """"Pedro Juan Caballero", "José Leonardo Ortiz": a person's full name of three words or
    more that is exactly the name of a city of PERSON_NAMED_CITY people or more names the city
    (the news calls people by a first name and a surname: "Simón Bolívar", "Miguel Grau")."""
    return words >= 3 and any(e.kind == "town" and e.population >= PERSON_NAMED_CITY and norm_key(e.name) == key
                              for e in entries)


def _headline_slug(text: str, toks: list[Token], a: int, b: int) -> bool:
    """Whether the name ``toks[a:b]`` opens the text's headline as its place ("Rosario: vivir
    detrás de una persiana baleada", "Tingo María: caen tres sujetos"): nothing before it, a
    colon right after it."""
    return b > a and not text[:toks[a].start].strip() and text[toks[b - 1].end:toks[b - 1].end + 1] == ":"


def _name_start(toks: list[Token], after: int) -> Optional[int]:
    """Where a name written after a cue noun starts, its "de"/"del" and a lower-case article
    skipped ("provincia de la Convención" -> "Convención"); None when no capitalised word is there."""
    k = after
    if k < len(toks) and toks[k].key in ("de", "del"):
        k += 1
    if k < len(toks) and toks[k].key in _ARTICLES and not toks[k].cap:
        k += 1
    return k if k < len(toks) and toks[k].cap else None


class Recogniser:
    MAX_WORDS = 9

    def __init__(self, gazetteer: Gazetteer, lexicon: Optional[Lexicon] = None) -> None:
        self.gaz = gazetteer
        self.lex = lexicon or load_lexicon()
        #: the endings that put a place near the event ("cerca de", "cerca de la"), for ``_set_role``
        self._near_ends = tuple(x for w in self.lex.near for x in (w, w + " la", w + " el"))

    # ----------------------------------------------------------------- helpers
    def _gap(self, text: str, a: Token, b: Token) -> str:
        return text[a.end:b.start]

    def _longest(self, text: str, toks: list[Token], i: int, any_case_start: bool = False
                 ) -> tuple[int, tuple[Entry, ...]]:
        """Longest gazetteer name starting at token i: (end token index, entries)."""
        best_j, best = i, ()
        key = ""
        comma = False
        for j in range(i, min(len(toks), i + self.MAX_WORDS)):
            if j > i:
                gap = self._gap(text, toks[j - 1], toks[j])
                if _SENT_END.search(gap) or "(" in gap or ")" in gap or len(gap) > 3:
                    break
                comma = comma or "," in gap
            key = (key + " " + toks[j].key) if key else toks[j].key
            if toks[j].cap or j == i and any_case_start:
                hit = self.gaz.lookup_key(key)
                if comma:  # only our own names run over a comma ("Apurímac, Ene y Mantaro")
                    hit = tuple(e for e in hit if e.gid.startswith("cronica:"))
                if hit and (toks[i].cap or any_case_start or j > i):
                    best_j, best = j + 1, hit
            if not self.gaz.has_prefix(key):
                break
        return best_j, best

    def _bare_namesakes(self, text: str, toks: list[Token], after: int, full_end: int,
                        full: tuple[Entry, ...]) -> tuple[Entry, ...]:
        """"la ciudad de León", "la ciudad de Concepción": GeoNames lists "Ciudad de X" as another
        name of one city X only (Mexico's León, Chile's Concepción), but the phrase names any city
        X. The other towns and municipalities called X, for a story of another country to read
        (``Geocoder.places``); none for a city whose own name begins with "Ciudad" ("Ciudad
        Victoria", "Ciudad Juárez")."""
        if after >= len(toks) or toks[after].key not in ("de", "del"):
            return ()
        end, bare = self._longest(text, toks, after + 1) if after + 1 < full_end else (after + 1, ())
        if end != full_end:
            return ()
        ids = {e.id for e in full}
        return tuple(e for e in bare if e.id not in ids and e.kind in ("town", "admin3", "admin2"))

    def _name_after_cue_end(self, text: str, toks: list[Token], after: int) -> int:
        """Where the longest gazetteer name written after a cue noun ends (its "de"/"del" and
        article skipped), or ``after`` when none starts there. A cue-and-name alias such as
        "provincia de San Antonio" (Chile's) must not take the first words of a longer name
        that follows the same cue ("provincia de San Antonio de Putina", Peru's)."""
        k = _name_start(toks, after)
        if k is None:
            return after
        end, entries = self._longest(text, toks, k)
        return end if entries else after

    def _name_run_end(self, text: str, toks: list[Token], after: int) -> int:
        """Where the run of capitalised words written after a cue noun ends (its "de"/"del" and
        article skipped). A GeoNames town called "Colonia Insurgentes" is not "la colonia
        Insurgentes Norte" of another city, nor "Colonia San Juan" "la colonia San Juan de
        Retana": a cue-and-name alias must cover the whole name."""
        k = _name_start(toks, after)
        return after if k is None else self._cap_run_end(text, toks, k, hyphen=True)

    def _jurisdiction(self, toks: list[Token], s: int, a: int) -> bool:
        """Whether the capitalised words from ``s`` up to ``a`` end in an institution named after
        the unit it serves, written without "de" ("Región Policial La Libertad")."""
        return any(a - len(w) >= s and tuple(t.key for t in toks[a - len(w):a]) == w
                   for w in self.lex.jurisdiction_nouns)

    def _opens_jurisdiction(self, toks: list[Token], i: int) -> bool:
        """Whether the words from ``i`` are an institution's noun of ``jurisdiction_nouns``
        ("Región Policial", "Frente Policial") before the unit's capitalised name."""
        return any(tuple(t.key for t in toks[i:i + len(w)]) == w and i + len(w) < len(toks)
                   and toks[i + len(w)].cap for w in self.lex.jurisdiction_nouns)

    def _cap_run_end(self, text: str, toks: list[Token], i: int, hyphen: bool = False,
                     spaced_hyphen: bool = False) -> int:
        """End (exclusive token index) of the run of capitalised words starting at i. ``hyphen``:
        a hyphen joins the run ("Villa Nueva–Guatemala"); ``spaced_hyphen``: also one between
        spaces (a road between two towns, "la carretera Cochabamba - Santa Cruz")."""
        if _tagged(text, toks[i]):
            return i + 1  # a post's hashtag is a word of its own: "#Culiacán AHORITA", "#Aragua #Cagua"
        j = i + 1
        while j < len(toks):
            gap = self._gap(text, toks[j - 1], toks[j])
            if gap == " " or (hyphen and gap in ("-", "–")) or (spaced_hyphen and gap in (" - ", " – ")):
                if toks[j].cap:
                    j += 1
                    continue
                if toks[j].key in _CONNECTORS - {"y"}:
                    k = j
                    while k < len(toks) and toks[k].key in _CONNECTORS - {"y"} and \
                            self._gap(text, toks[k - 1], toks[k]) == " ":
                        k += 1
                    if k < len(toks) and toks[k].cap and self._gap(text, toks[k - 1], toks[k]) == " ":
                        j = k + 1
                        continue
            break
        return j

    def _person_name_words(self, toks: list[Token], s: int, run_end: int,
                           matches: list[tuple[int, int, tuple[Entry, ...]]], surnames: set) -> None:
        """A run of three or more capitalised words and nothing else, which the gazetteer does not
        cover, is a person's full name ("Wilmer Andrés Cortés Quiñones"): its place-named words
        after the first are the person's surnames, and the same word alone later is the person
        ("Cortés fue capturado"), not Honduras' department."""
        if run_end - s < 3 or any(not t.cap or t.key in _CONNECTORS for t in toks[s:run_end]):
            return
        for a, b, _ in matches:
            if a > s:
                surnames.add((" ".join(t.key for t in toks[a:b]), toks[a].start))

    def _abbreviated(self, text: str, tok: Token) -> bool:
        """``tok`` is a word written shortened with a period ("Av.", "coop.", "Dr.")."""
        return tok.key in self.lex.abbreviations and text[tok.end:tok.end + 1] == "."

    def _ends_sentence(self, text: str, toks: list[Token], k: int) -> bool:
        """The gap before token k ends a sentence; the period of "Av." or "coop." does not."""
        gap = self._gap(text, toks[k - 1], toks[k])
        if gap.strip() == "." and self._abbreviated(text, toks[k - 1]):
            return False
        return bool(_SENT_END.search(gap))

    def _after_street_title(self, text: str, toks: list[Token], j: int) -> int:
        """Where a street's name starts after a shortened title ("Av. Dr. Francia": at
        "Francia"), else ``j``."""
        if j + 1 < len(toks) and toks[j].key in self.lex.street_titles and toks[j + 1].cap \
                and self._abbreviated(text, toks[j]) and not self._ends_sentence(text, toks, j + 1):
            return j + 1
        return j

    def _cue_at(self, toks: list[Token], i: int) -> tuple[int, Optional[str]]:
        """A cue noun starting at token i: (index after the cue, level)."""
        if i >= len(toks) or toks[i].key not in self.lex.cue_first:
            return i, None
        for n in range(self.lex.max_cue, 0, -1):
            words = tuple(t.key for t in toks[i:i + n])
            if len(words) == n and words in self.lex.cue_nouns:
                return i + n, self.lex.cue_nouns[words]
        return i, None

    # ------------------------------------------------------------------- main
    # A bulletin's closing list of places in capitals, most general first, often unaccented:
    # "... ANTIOQUIA - CACERES - VEREDA EL OCHO" (department, municipality, hamlet).
    _CAPS_SEG = r"[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ0-9'.() ]*[A-ZÁÉÍÓÚÑÜ0-9)]"
    _PLACE_LIST = re.compile(rf"(?:^|(?<=[.:;,]))[ \t]*({_CAPS_SEG}(?:[ \t]*[-–—][ \t]*{_CAPS_SEG})+)[ \t]*\.?[ \t]*$",
                             re.M)

    def _place_list(self, text: str, toks: list[Token], taken: list[bool]) -> list[Toponym]:
        out: list[Toponym] = []
        for m in self._PLACE_LIST.finditer(text):
            segs = [(x.start(), x.end()) for x in re.finditer(self._CAPS_SEG, m.group(1))]
            base = m.start(1)
            cut = [x.end() for x in re.finditer(r"[.:;!?][ \t]+", m.group(1)[segs[0][0]:segs[0][1]])] if segs else []
            if cut:  # a report all in capitals ends where its list begins: "... EL CEDRO. ANTIOQUIA - SEGOVIA"
                segs[0] = (segs[0][0] + cut[-1], segs[0][1])
            found: list[Toponym] = []
            for k, (a, b) in enumerate(segs):
                a, b = base + a, base + b
                idx = [q for q, t in enumerate(toks) if a <= t.start and t.end <= b]
                if not idx:
                    continue
                i0, i1 = idx[0], idx[-1] + 1
                after, level = self._cue_at(toks, i0)
                if level is not None and any(e.kind != "country" for e in
                                             self.gaz.lookup_key(" ".join(t.key for t in toks[i0:i1]))):
                    after, level = i0, None  # "VALLE DEL CAUCA" is the department, not a valley of Cauca
                name_i = after if level is not None else i0
                while name_i < i1 and toks[name_i].key in ("de", "del", *_ARTICLES) and level is not None:
                    name_i += 1
                if name_i >= i1:
                    continue
                key = " ".join(t.key for t in toks[name_i:i1])
                entries = self.gaz.lookup_key(key) or (self.gaz.lookup_key(key.replace("nn", "n")) if "nn" in key else ())
                if level is None:
                    if k == 0 and not any(e.kind == "admin1" for e in entries):
                        break  # a list of places starts with a department ("ONU - OEA" is none)
                    level = "admin1" if k == 0 else ("town" if entries else "local")
                found.append(Toponym(toks[i0].start, toks[i1 - 1].end, toks[name_i].start, toks[i1 - 1].end,
                                     tuple(entries), cue=level, extra={"key": key, "list": True}))
            if len(found) >= 2:
                for t in found:
                    for q, tok in enumerate(toks):
                        if t.start <= tok.start and tok.end <= t.end:
                            taken[q] = True
                out.extend(found)
        return out

    def recognise(self, text: str, hints: Sequence = ()) -> list[Toponym]:
        toks = tokenize(text)
        n = len(toks)
        taken = [False] * n
        found: list[Toponym] = self._place_list(text, toks, taken)
        found += self._capitals(toks, taken)
        found += self._story_capitals(text, toks, taken)
        found += self._camel_hashtags(text, toks, taken)
        surnames: set[tuple[str, int]] = set()  # a person's last name and where the person is named

        # 1. cued names
        i = 0
        while i < n:
            if taken[i]:
                i += 1
                continue
            after, level = self._cue_at(toks, i)
            if level is None:
                i += 1
                continue
            cue_word = " ".join(t.key for t in toks[i:after])
            full_end, full = self._longest(text, toks, i, any_case_start=True)
            if full and full_end > after and self._name_after_cue_end(text, toks, after) <= full_end \
                    and not (level == "local" and self._name_run_end(text, toks, after) > full_end):
                namesakes = self._bare_namesakes(text, toks, after, full_end, full) if level == "town" else ()
                found.append(Toponym(toks[i].start, toks[full_end - 1].end, toks[i].start,
                                     toks[full_end - 1].end, full, cue=level, extra={"cue_word": cue_word}
                                     | ({"namesakes": namesakes} if namesakes else {})))
                for k in range(i, full_end):
                    taken[k] = True
                i = full_end
                continue
            if toks[i].cap and self._opens_jurisdiction(toks, i):
                i += 1  # "Región Policial La Libertad" heading a communiqué: the police unit (an
                continue  # institution located below), not a region called "Policial La Libertad"
            if toks[i].cap and not self._sentence_initial(text, toks, i) and not self._abbreviated(text, toks[after - 1]):
                k = after + 1 if after < n and toks[after].key in ("de", "del") else after
                if k < n and toks[k].key in _ARTICLES and not toks[k].cap:
                    k += 1
                name_end, named = self._longest(text, toks, k) if k < n and toks[k].cap else (k, ())
                named = tuple(e for e in named if e.kind != "country")
                if not (level in ("admin1", "admin2", "admin3", "town") and named
                        and (name_end >= n or not toks[name_end].cap)):
                    i += 1  # "Departamento de Estado", "Región Militar del Centro": an institution
                    continue  # ("Municipio de Jaral del Progreso" is the municipality)
            j = after
            # an adjective before "de": "región noramazónica de", "provincia cusqueña de"
            adjective = ""  # the word between cue noun and "de" ("cusqueña")
            if j + 1 < n and not toks[j].cap and toks[j].key not in _CONNECTORS and toks[j + 1].key in ("de", "del"):
                if level == "local" and toks[j].key in self.lex.town_area_words:
                    level = "town"  # "zona rural de Briceño": the municipality's own area
                adjective = toks[j].key
                j += 1
            naming = False
            here = toks[j].key if j < n else None
            for nw in self.lex.naming:  # "zona llamada Huajoto"
                if (not nw or nw[0] == here) and tuple(t.key for t in toks[j:j + len(nw)]) == nw:
                    j += len(nw)
                    naming = True
                    break
            if j < n and toks[j].key in ("de", "del"):
                j += 1
            if j < n and toks[j].key in _ARTICLES and not toks[j].cap:
                j += 1
            if j >= n or any(self._ends_sentence(text, toks, k) for k in range(i + 1, j + 1)):
                i += 1
                continue
            crossing = level == "street" and cue_word in self.lex.crossings  # "la esquina de X y Y"
            plural = crossing or (toks[after - 1].key.endswith("s") and level in ("admin1", "admin2", "admin3", "local"))
            joins = ("y", "e", "con") if crossing else ("y", "e")
            first = True
            while True:
                start = j
                if not toks[start].cap:
                    break
                if level in ("street", "road", "local"):
                    start = self._after_street_title(text, toks, start)  # "Av. Dr. Francia"
                end, entries = (start, ()) if naming or level in ("street", "river") else self._longest(text, toks, start)
                run_end = self._cap_run_end(text, toks, start, hyphen=level in ("road", "local", "street"),
                                            spaced_hyphen=level == "road")
                if run_end > end:
                    end, entries = run_end, ()
                name_key = " ".join(t.key for t in toks[start:end])
                if level not in ("street", "river", "admin1", "admin2", "admin3") and not any(e.cc == "PE" for e in entries) and (
                        name_key in self.lex.not_places or toks[start].key in self.lex.person_starts):
                    break  # "el sector Salud", "la zona de Víctor": not a place name
                cue_start = toks[i].start
                found.append(Toponym(cue_start if first else toks[start].start,
                                     toks[end - 1].end, toks[start].start, toks[end - 1].end, entries,
                                     cue=level, extra=({"group": cue_start} if plural else {})
                                     | ({"adjective": True, "adjective_key": adjective} if adjective else {})
                                     | {"cue_word": cue_word}))
                for k in range(i, end):
                    taken[k] = True
                j = end
                first = False
                if not plural or j >= n:
                    break
                gap = self._gap(text, toks[j - 1], toks[j])
                if gap.strip() == "," or (gap == " " and toks[j].key in joins and j + 1 < n):
                    if toks[j].key in joins:
                        j += 1
                    continue
                break
            i = max(i + 1, j)

        # 2. gazetteer phrases, whole capitalised runs
        i = 0
        while i < n:
            if taken[i] or not toks[i].cap:
                i += 1
                continue
            run_end = self._cap_run_end(text, toks, i)
            # an all-capital headline or a sentence-initial function word is not a name
            s = i
            if all(t.key in _STOP_CAPS for t in toks[i:run_end]):
                i = run_end
                continue
            while s < run_end and (toks[s].key in _STOP_CAPS or toks[s].key in self.lex.openers) and not self.gaz.lookup_key(
                    " ".join(t.key for t in toks[s:run_end])):
                s += 1
            matches: list[tuple[int, int, tuple[Entry, ...]]] = []
            k = s
            covered = True
            while k < run_end:
                if taken[k]:
                    covered = False
                    k += 1
                    continue
                e, entries = self._longest(text, toks, k)
                if entries and e <= max(run_end, e):
                    matches.append((k, e, entries))
                    k = e
                else:
                    if toks[k].cap:
                        covered = False
                    k += 1
            if covered and len(matches) > 1 and any(
                    self._gap(text, toks[b - 1], toks[a2]) == " "
                    for (_, b, _), (a2, _, _) in zip(matches, matches[1:])):
                covered = False  # "César Vilca", "Flores Hala": names side by side are a person
                a_last, b_last, _ = matches[-1]
                surnames.add((" ".join(t.key for t in toks[a_last:b_last]), toks[a_last].start))
            if covered and matches:
                for (a, b, entries) in matches:
                    if self._plausible(text, toks, a, b, entries):
                        extra = {"initial": True} if b - a == 1 and self._sentence_initial(text, toks, a) \
                            and not _headline_slug(text, toks, a, b) and not self._said_place(text, toks, b) else {}
                        # ("Rosario: ...": the headline's place; "Durán, una ciudad ...": a place said so)
                        extra["key"] = " ".join(t.key for t in toks[a:b])
                        found.append(Toponym(toks[a].start, toks[b - 1].end, toks[a].start,
                                             toks[b - 1].end, entries, cue=self._en_cue(toks, a), extra=extra))
                        for q in range(a, b):
                            taken[q] = True
            elif matches:
                self._person_name_words(toks, s, run_end, matches, surnames)
                # "Hospital Regional de Ayacucho", "Base Naval del Callao": an institution whose
                # name ends in "de/del <administrative unit>" is located there
                a, b, entries = matches[-1]
                units = tuple(e for e in entries if e.kind in ("admin1", "region")
                              or (e.kind == "valley" and e.gid.startswith("cronica:")))
                if not units and self._cue_at(toks, s)[1] == "street":
                    # "Las Ramblas de Barcelona", "el Malecón de Guayaquil": a street or square
                    # of a city is in that city
                    units = tuple(e for e in entries if e.kind == "town" and e.population >= STREET_CITY)
                if not units and toks[s].key in self.lex.town_bodies:
                    # "el Ayuntamiento de Berriozar", "la Municipalidad de Temuco": a town's own
                    # government sits in that town
                    units = tuple(e for e in entries if e.kind in ("town", "admin2", "admin3"))
                if b == run_end and a > s and (toks[a - 1].key in ("de", "del") or self._jurisdiction(toks, s, a)) \
                        and units \
                        and self._plausible(text, toks, a, b, units, institution=True):
                    found.append(Toponym(toks[a].start, toks[b - 1].end, toks[a].start, toks[b - 1].end,
                                         units, cue=None, extra={"key": " ".join(t.key for t in toks[a:b]),
                                                                 "institution": True,
                                                                 "institution_head": toks[s].key}))
                    for q in range(a, b):
                        taken[q] = True
            i = max(i + 1, run_end, *(b for _, b, _ in matches)) if matches else max(i + 1, run_end)

        # 3. hints (spaCy LOC/GPE spans) the gazetteer knows
        for h in hints:
            if any(t.start < h.end and h.start < t.end for t in found):
                continue
            entries = self.gaz.lookup(text[h.start:h.end])
            if not entries:
                continue
            inside = [q for q, t in enumerate(toks) if h.start <= t.start and t.end <= h.end]
            if not inside:
                continue
            a, b = inside[0], inside[-1] + 1
            if not self._plausible(text, toks, a, b, entries):
                continue
            if a >= 2 and toks[a - 1].key in ("de", "del") and toks[a - 2].cap and \
                    self._gap(text, toks[a - 2], toks[a - 1]) == " ":
                continue  # "La Cabaña del Toro": part of a longer name (a bar), not the town
            found.append(Toponym(h.start, h.end, h.start, h.end, entries, cue=self._en_cue(toks, a), hint=True))

        # one sense per discourse for people: "Santiago Maldonado ... Maldonado, de 28 años" is him
        if surnames:
            first = {}
            for key, pos in surnames:
                first[key] = min(pos, first.get(key, pos))
            found = [t for t in found
                     if not (t.cue is None and t.start > first.get(norm_key(text[t.name_start:t.name_end]), len(text)))]
        found.sort(key=lambda t: t.start)
        for t in found:
            t.extra.setdefault("key", norm_key(text[t.name_start:t.name_end]))
            if not t.extra.get("list"):
                self._set_role(text, t)
        _share_movement_roles(text, found)
        return found

    def _capitals(self, toks: list[Token], taken: list[bool]) -> list[Toponym]:
        """"la capital guatemalteca", "la capital mexicana": the country's capital city
        (data/geo/capitals.tsv), named by the demonym of its country."""
        out = []
        for i in range(1, len(toks) - 1):
            if toks[i].key != "capital" or toks[i - 1].key not in ("la", "su") or taken[i] or taken[i + 1]:
                continue
            m = self.lex.demonym_re.fullmatch(toks[i + 1].key) if self.lex.demonym_re is not None else None
            cc = self.lex.demonyms.get(m.group(1)) if m else None
            city = self.gaz.capital(cc) if cc else None
            if city is None:
                continue
            out.append(Toponym(toks[i].start, toks[i + 1].end, toks[i].start, toks[i + 1].end, (city,),
                               cue="town", extra={"cue_word": "capital", "key": norm_key(city.name)}))
            taken[i - 1] = taken[i] = taken[i + 1] = True
        return out

    #: words that may follow a bare "la capital" ("en la capital, donde...", "de la capital y sus
    #: alrededores"); an adjective or a complement makes it another capital ("la capital regional",
    #: "la capital del estado")
    _AFTER_BARE_CAPITAL = frozenset({"y", "e", "o", "en", "donde", "cuando", "que", "tras", "durante", "para",
                                     "por", "con", "a", "al", "el", "la", "los", "las", "hace", "este", "esta",
                                     "desde", "hasta", "sin", "se", "fue", "fueron", "informo", "segun"})
    #: "zona 18 de la capital": one of Guatemala City's numbered zones, a part of the capital
    _CAPITAL_ZONE = re.compile(r"zona\s+\d{1,2}\s+de\s+$", re.IGNORECASE)

    def _story_capitals(self, text: str, toks: list[Token], taken: list[bool]) -> list[Toponym]:
        """A bare "la capital" ("en el oriente de la capital", "zona 18 de la capital", "la
        capital del país"): the capital of the document's country, which the resolver fills in
        once that country is known (``story_capital``), and only when the text names no other
        place of that country (a regional story's "la capital" may be its state's)."""
        out: list[Toponym] = []
        if "la capital" not in text:  # (a lower-case "capital" only: "La Capital" is a name)
            return out
        for i in range(1, len(toks)):
            if toks[i].key != "capital" or toks[i - 1].key != "la" or toks[i].cap or taken[i]:
                continue
            if i >= 2 and toks[i - 2].key not in ("de", "en", "a", "hacia", "desde"):
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            end = toks[i].end
            if nxt is not None and self._gap(text, toks[i], nxt) == " ":
                if nxt.key in ("del", "de") and i + 2 < len(toks) and toks[i + 2].key in ("pais", "la"):
                    if toks[i + 2].key == "la" and not (i + 3 < len(toks) and toks[i + 3].key == "republica"):
                        continue
                    end = toks[i + 3].end if toks[i + 2].key == "la" else toks[i + 2].end
                elif nxt.key not in self._AFTER_BARE_CAPITAL:
                    continue
            start = toks[i - 1].start
            zone = self._CAPITAL_ZONE.search(text, max(0, start - 20), start)
            if zone is not None:
                start = zone.start()
            out.append(Toponym(start, end, toks[i].start, toks[i].end, (), cue="local",
                               extra={"story_capital": True, "key": "capital"}))
            taken[i - 1] = taken[i] = True
        return out

    _CAMEL_CUT = re.compile(r"(?<=[a-záéíóúñü])(?=[A-ZÁÉÍÓÚÑÜ])")

    def _camel_hashtags(self, text: str, toks: list[Token], taken: list[bool]) -> list[Toponym]:
        """A post's hashtag that writes a place's words run together ("#PuertoBerrío",
        "#SantaCruz", "#PinarDelRío"): that place, when the gazetteer knows a place of
        exactly those words (not "#SituaciónCuliacán", not "#HondurasSegura")."""
        out: list[Toponym] = []
        if "#" not in text:
            return out  # most documents have no hashtag: no walk over their words
        for i, tok in enumerate(toks):
            if taken[i] or not tok.cap or tok.start == 0 or text[tok.start - 1] != "#":
                continue
            words = self._CAMEL_CUT.sub(" ", tok.text)
            if " " not in words:
                continue
            key = norm_key(words)
            entries = tuple(self.gaz.lookup_key(key))
            if not any(norm_key(e.name) == key for e in entries):
                continue  # only another name of a place: the words are not a place's own
            out.append(Toponym(tok.start, tok.end, tok.start, tok.end, entries, cue=None,
                               extra={"key": key}))
            taken[i] = True
        return out

    def _said_place(self, text: str, toks: list[Token], b: int) -> bool:
        """Whether the name ending at token ``b`` is followed by what kind of place it is ("Durán,
        una ciudad de ...", "Jambaló es un municipio caucano"; ``place_kind_nouns``)."""
        said = self.lex.said_kind
        return said is not None and said.match(strip_accents(text[toks[b - 1].end:toks[b - 1].end + 40]).lower()) is not None

    def _sentence_initial(self, text: str, toks: list[Token], a: int) -> bool:
        if _tagged(text, toks[a]):
            return False  # a post's hashtag ("... #Guayaquil") is a tag, capitalised as a name
        if a == 0:
            return True
        gap = text[toks[a - 1].end:toks[a].start]
        return bool(_SENT_END.search(gap)) or gap.strip() in ("-", "—", "«", "\"", "“")

    def _en_cue(self, toks: list[Token], a: int) -> Optional[str]:
        k = a - 1
        while k >= 0 and toks[k].key in _ARTICLES:
            k -= 1
        if k >= 1 and toks[k].key in ("a", "al") and toks[k - 1].key == "frente":
            return "en"  # "frente a Bluefields", "frente al puerto de Tumaco": located there
        return "en" if k >= 0 and toks[k].key == "en" else None

    _PARTS = frozenset({"centro", "norte", "sur", "este", "oeste", "oriente", "occidente", "noreste", "noroeste",
                        "sureste", "suroeste", "afueras", "periferia", "casco", "barrios", "calles"})

    def _en_part_of(self, toks: list[Token], a: int) -> bool:
        """"en el centro de Asunción", "en las afueras de Concepción": a part of the town,
        located as plainly as "en Asunción"."""
        return a >= 2 and toks[a - 1].key in ("de", "del") and toks[a - 2].key in self._PARTS \
            and self._en_cue(toks, a - 2) is not None

    def _located_city(self, text: str, toks: list[Token], a: int, key: str, entries: tuple[Entry, ...],
                      b: int = 0) -> bool:
        """"en Asunción", "en el centro de Concepción", a post's "#Rosario", a headline's
        "Rosario: ...": a city of 100,000 or more of exactly that name, named as where something
        happens (a tag: in a Spanish-speaking country, "#Victoria" is no Canadian city)."""
        tagged = _tagged(text, toks[a])
        if not (tagged or self._en_cue(toks, a) or self._en_part_of(toks, a) or _headline_slug(text, toks, a, b)):
            return False
        return any(e.kind == "town" and e.population >= 100_000 and norm_key(e.name) == key
                   and (not tagged or e.cc in SPANISH_SPEAKING) for e in entries)

    def _plausible(self, text: str, toks: list[Token], a: int, b: int, entries: tuple[Entry, ...],
                   institution: bool = False) -> bool:
        """Filters for un-cued names: surnames, people's titles, speakers, acronyms. The
        division an institution is named after is no speaker: "el Gobierno de Navarra anunció"
        (``institution``)."""
        key = " ".join(t.key for t in toks[a:b])
        if self._in_quoted_name(text, toks[a].start, toks[b - 1].end):
            return False  # «La Cabaña del Toro»: a bar's name, not the town
        if self._is_dateline(text, toks[a].start, toks[b - 1].end) and any(
                e.kind in ("town", "admin1", "admin2", "country") for e in entries):
            return True  # "ROSARIO, 26 jun (EFE) -": where the story was filed
        before = self._gap(text, toks[a - 1], toks[a]).strip() if a > 0 else ""
        if key in self.lex.not_places and not self._located_city(text, toks, a, key, entries, b) \
                and not (before in ("(", ",") and a > 0 and toks[a - 1].cap
                         and any(e.kind in ("admin1", "admin2") and not e.cue_only for e in entries)):
            return False  # "Asunción" the name; "en Asunción" the capital ("#Rosario" too); "Azotey (Concepción)" the department
        if key in self.lex.phrase_names and self._sentence_initial(text, toks, a):
            return False  # "Gracias a Dios no hubo heridos"; not "en Gracias a Dios", "una pista de Gracias a Dios"
        if all(e.cue_only for e in entries):
            return False
        if b - a >= 2 and toks[a].key in self.lex.person_starts and \
                not any(e.gid.startswith(("cronica:", "cronica-zone:")) for e in entries) and not (
                    self._en_cue(toks, a) and any(norm_key(e.name) == key for e in entries)) and \
                not _city_full_name(key, b - a, entries):
            return False  # "Simón Bolívar", "Túpac Amaru": people before districts; "en Capitán Bado" is the town
        word = toks[a].text
        if b - a == 1 and word.isupper() and len(word) > 1 and not self._is_dateline(text, toks[a].start, toks[b - 1].end):
            # acronyms: only our own regions and countries ("ROSARIO, 26 jun (EFE) -", a
            # dateline at the start of a line, is the city)
            if not any(e.gid.startswith(("cronica:", "cronica-zone:", "iso:")) for e in entries) and \
                    not (_tagged(text, toks[a]) and any(e.kind == "admin1" for e in entries)) and \
                    not any(_initials(e.name) == word for e in entries if e.cc in SPANISH_SPEAKING):
                return False  # (a post tags a division by its short name: "#CABA"; "Canto Rey, SJL"
                # writes San Juan de Lurigancho by its initials)
        prev = a - 1
        if prev >= 0 and self._gap(text, toks[prev], toks[a]).strip() in ("", "'", "‘", "’", "\""):
            if toks[prev].key in self.lex.person_titles:
                return False
        if self.lex.firm_name.search(text[max(0, toks[a].start - 60):toks[a].start]):
            return False  # "la empresa de transportes Nuevo Amanecer": the firm's name
        # "dijo Humala" / "Humala dijo": a speaker
        nxt = toks[b] if b < len(toks) else None
        if institution:
            return True
        if nxt is not None and nxt.key in self.lex.speech and _SENT_END.search(text[toks[b - 1].end:nxt.start]) is None:
            # ("en San Pedro Sula, informó la policía": a place after "en" is not the speaker)
            # ("en el municipio de Tepalcatepec, Michoacán, informó la Sedena": the last member of a
            # written hierarchy, not the speaker; "las colonias X y Y, de Soyapango, informó": a complement)
            placed = self._en_cue(toks, a) or self._en_part_of(toks, a) or (
                a > 0 and ((before == "," and toks[a - 1].cap) or toks[a - 1].key in ("de", "del")))
            if not any(e.kind == "country" for e in entries) and not (
                    placed and "," in text[toks[b - 1].end:nxt.start]):
                return False
        k = prev
        while k >= 0 and toks[k].key in ("ademas", "tambien", "luego", "hoy", "ayer"):
            k -= 1
        if k >= 0 and toks[k].key in self.lex.speech and b < len(toks) and \
                re.match(r"\s*[,.;]", text[toks[b - 1].end:toks[b - 1].end + 2] or ""):
            return False
        return True

    _AGENCY = r"\((?:EFE|AFP|AP|Reuters|EUROPA PRESS|Andina|Xinhua|ANSA|DPA|Prensa Latina|Sputnik)\)"
    # "BOGOTÁ, 4 mar (AFP)", "LIMA.-", "QUITO (EFE)", and with the country: "BUENOS AIRES, Argentina (AP)"
    _DATELINE = re.compile(r"[ \t]*(?:,[ \t]*\d{1,2}[ \t]+(?:de[ \t]+)?[A-Za-zé]+\.?|\.?[ \t]*[-–—]|[ \t]*" + _AGENCY
                           + r"|,[ \t]*[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:[ \t]+[A-ZÁÉÍÓÚ][a-záéíóúñ]+)?[ \t]*(?:" + _AGENCY
                           + r"|\.?[ \t]*[-–—]|,[ \t]*\d{1,2}[ \t]+(?:de[ \t]+)?[A-Za-zé]+\.?[ \t]*\())", re.I)
    # ("HUEHUETENANGO, Guatemala, 19 oct (Agencia)": the city, its country, the day, the agency;
    # b-025, b-031, b-039, b-174, d-055, d-105, d-199, d-219, j-025)

    _OPEN_Q, _CLOSE_Q = "«“\"", "»”\""

    def _in_quoted_name(self, text: str, start: int, end: int) -> bool:
        """Whether [start, end) lies inside a longer quoted name ("el bar «El Rincón del Toro»")."""
        lo = max(0, start - 60)
        opened = max(text.rfind(q, lo, start) for q in self._OPEN_Q)
        if opened < 0 or any(text.find(q, opened + 1, start) >= 0 for q in "»”"):
            return False
        closes = [i for i in (text.find(q, end, end + 60) for q in self._CLOSE_Q) if i >= 0]
        if not closes:
            return False
        inner = text[opened + 1:min(closes)].strip()
        return inner != text[start:end] and len(inner.split()) > 1 and "," not in inner

    def _is_dateline(self, text: str, start: int, end: int) -> bool:
        """A name that opens a line and is followed (after its state's abbreviation, if
        any: "SALVATIERRA, Gto.-") by a day and month, an agency or a dash."""
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip():
            return False
        if self._DATELINE.match(text, end):
            return True
        return self._dateline_division(text, end) is not None

    def _dateline_division(self, text: str, end: int) -> Optional[tuple[str, str]]:
        """(country code, admin1) of a state abbreviation that follows a dateline city."""
        m = _ABBR_AFTER.match(text, end)
        if not m:
            return None
        abbrs = load_admin1_abbreviations()
        words = m.group(1).rstrip()
        # the longest prefix that is an abbreviation ("Q. Roo" before "Q.")
        for cut in range(len(words), 0, -1):
            if words[cut - 1] not in ". " and cut < len(words) and words[cut] not in ". ":
                continue
            hit = abbrs.get(_abbr_key(words[:cut]))
            if hit is not None:
                pos = m.start(1) + cut
                while pos < len(text) and text[pos] == ".":
                    pos += 1
                return hit if self._DATELINE.match(text, pos) else None
        return None

    def _set_role(self, text: str, t: Toponym) -> None:
        if self._is_dateline(text, t.start, t.end):
            t.role = "reference"  # a dateline ("Lima, 8 mar (EFE).-"): where the story was filed
            t.extra["dateline"] = True
            division = self._dateline_division(text, t.end)
            if division is not None:
                t.extra["division"] = division  # "SALVATIERRA, Gto.-": the city of Guanajuato
            return
        if t.start > 0 and text[t.start - 1] == "#":
            return  # a post's hashtag ("... #Tumaco #Nariño") tags the post's place: never a destination
        lo = max(0, t.start - 120)
        before = text[lo:t.start]
        m = None
        for m in _SENT_END.finditer(before):
            pass
        if m:
            before = before[m.end():]
        low = norm_key(before)
        if low.endswith(self._near_ends):
            t.near = True
        wm = None
        for wm in self.lex.whereabouts.finditer(before):
            pass
        if self.lex.reference.search(before):
            t.role = "reference"
        elif wm is not None and len(before) - wm.end() <= 60:
            t.role = "destination"  # "internados en el hospital de Huanta": where they are now
        elif self.lex.origin.search(before) or (t.cue == "base" and self.lex.home_base.search(before)):
            t.role = "origin"
        else:
            dm = None
            for dm in self.lex.destination.finditer(before):
                pass
            if dm and len(before) - dm.end() <= 70:
                tail = before[dm.end():]
                prep = re.search(r"\b(?:a|al|hacia|hasta|rumbo|destino|direcci[oó]n)\b", tail)
                if prep:
                    rest = re.sub(r"\b(?:ubicad|situad|localizad)\w*\s+en\b", " ", tail[prep.end():])
                    if not re.search(r"\ben\b", rest):
                        t.role = "destination"
