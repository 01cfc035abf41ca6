"""NLP stage: spaCy model loading (with an entity ruler fed by our lexicons) and lexicon files."""
