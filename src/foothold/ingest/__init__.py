"""Reading files into Documents: ``read_document(path)``, ``iter_paths(paths)``."""

from .document import Document, content_id
from .metadata import find_date, find_headings, find_title, parse_date_option
from .normalise import normalise
from .offsets import OffsetMap
from .readers import SUPPORTED_SUFFIXES, iter_paths, read_document

__all__ = ["Document", "content_id", "read_document", "SUPPORTED_SUFFIXES", "iter_paths", "normalise",
           "OffsetMap", "find_date", "find_headings", "find_title", "parse_date_option"]
