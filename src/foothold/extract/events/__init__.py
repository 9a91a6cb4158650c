"""PLOVER events: who did what to whom, when and where, traced to the sentence that says so."""
from .extractor import EventExtractor

__all__ = ["EventExtractor"]
