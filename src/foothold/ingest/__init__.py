"""Reading files into Documents: ``read_document(path)``."""

from .document import Document, content_id
from .readers import read_document, SUPPORTED_SUFFIXES, iter_paths

__all__ = ["Document", "content_id", "read_document", "SUPPORTED_SUFFIXES", "iter_paths"]
