"""One exception tree for Cronica (like httpx): catch ``CronicaError`` to catch them all."""
from __future__ import annotations


class CronicaError(Exception):
    """Base of every error Cronica raises on purpose."""


class InputError(CronicaError):
    """A document could not be read or is not usable (empty, binary, bad JSON...)."""

    def __init__(self, message: str, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class ModelError(CronicaError):
    """The spaCy model or a lexicon could not be loaded."""


class DataFileError(CronicaError):
    """A bundled or user data file (lexicon, gazetteer, taxonomy) is invalid."""


class GazetteerError(CronicaError):
    """The gazetteer is missing or could not be built."""


class StoreError(CronicaError):
    """The event store failed (connection, schema version, constraint)."""


class SchemaVersionError(StoreError):
    """The database has a schema this version of Cronica does not know."""
