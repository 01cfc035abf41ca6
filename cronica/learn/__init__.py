"""learn: the project's own annotated corpus and the trained decision layer.

* ``corpus.py``  read and validate ``corpus/*/{docs,gold}.jsonl`` (evidence verbatim)
* ``split.py``   the fixed train / dev / locked-test split (``corpus/splits.tsv``)
* ``align.py``   labels: the pipeline's candidates aligned with the gold events
* ``train.py``   fit the decision models (``cronica train``) and write ``cronica/models/``

The models are used at run time by ``cronica/extraction/decide.py``.
"""
