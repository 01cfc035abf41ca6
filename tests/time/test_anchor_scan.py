"""The anchor scan of the time recogniser (the words every date expression holds) is written as a
trie: it finds what the flat alternation of the same words finds, at the same places."""
import random
import re

from cronica.time import recognise as R
from cronica.time.lexicon import load_lexicon

TEXTS = [
    "El martes 3 de marzo de 2020, hacia las 10.30 horas, una patrulla fue atacada; tres días después",
    "En la madrugada del domingo, a fines de mayo, hace dos semanas; el año pasado y en los años noventa.",
    "Ayer por la mañana, anteayer, mañana; el 1ro de enero; desde el 12 al 15 de junio; décadas atrás.",
    "Semanario, mesa, marzoa, amarzo, mesero, ayerno: palabras que empiezan o terminan como una fecha.",
]


def _flat_anchor(pats) -> re.Pattern:
    return re.compile(r"\d|" + R._LETTER_BEFORE + R._alt(pats.anchor_cats) + R._LETTER_AFTER)


def test_the_anchor_scan_finds_what_the_flat_alternation_finds():
    pats = R._patterns_for(load_lexicon())
    flat = _flat_anchor(pats)
    words = sorted(pats.anchor_cats)
    rng = random.Random(3)
    texts = [t.lower() for t in TEXTS]
    texts += [" ".join(rng.choice(words) + rng.choice(["", "s", "a", "1", "."]) for _ in range(40)) for _ in range(50)]
    for text in texts:
        assert [(m.span(), m.group()) for m in pats.anchor.finditer(text)] == \
            [(m.span(), m.group()) for m in flat.finditer(text)]
