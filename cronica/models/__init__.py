"""Decision model files written by `cronica train` (JSON weights; see cronica/extraction/decide.py)."""
