"""Bytes to text: refuse binary files, decode UTF-8 with explained fallbacks.

The text is what Python's text mode gives for the file (UTF-8, universal
newlines), so offsets agree with gold files written against ``read_text()``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import BinaryDocumentError, EmptyDocumentError

# Leading bytes of formats people rename or mistake for text.
MAGIC = (
    (b"%PDF-", "a PDF file", "Rename it with a .pdf suffix so foothold reads it as a PDF."),
    (b"PK\x03\x04", "a ZIP container (a .docx, .xlsx or .zip file)",
     "Export the document as .txt, .md, .html or .pdf first."),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file", "Export the document as .txt, .md, .html or .pdf first."),
    (b"{\\rtf", "an RTF file", "Export the document as .txt, .md, .html or .pdf first."),
    (b"\x89PNG", "a PNG image", "Run OCR on the image and ingest the resulting text."),
    (b"\xff\xd8\xff", "a JPEG image", "Run OCR on the image and ingest the resulting text."),
    (b"GIF8", "a GIF image", "Run OCR on the image and ingest the resulting text."),
)
FALLBACK_ENCODINGS = ("cp1252", "latin-1")   # latin-1 never fails: the last resort
SAMPLE = 65536
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.05   # real text has next to no control characters


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def utf16_without_bom(raw: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when ``raw`` is UTF-16 text that lacks its byte-order mark, else None.

    Text in a Latin-script language saved as UTF-16 has a NUL in nearly every other byte, always
    on the same side; binary data does not, and must still decode to printable text.
    """
    sample = raw[:SAMPLE - SAMPLE % 2]
    if len(sample) < 4 or len(raw) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for encoding, nuls, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls >= 0.6 * half and other <= 0.01 * half:
            try:
                text = sample.decode(encoding)
            except UnicodeDecodeError:
                return None
            if len(CONTROL_RE.findall(text)) <= MAX_CONTROL_SHARE * len(text):
                return encoding
    return None


def check_binary(raw: bytes, path: Path) -> None:
    """Raise BinaryDocumentError if ``raw`` is not text (a known format or NUL bytes)."""
    for magic, what, fix in MAGIC:
        if raw.startswith(magic):
            raise BinaryDocumentError(f"this is {what}, not text", path=str(path), fix=fix)
    if b"\x00" in raw[:SAMPLE] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) \
            and not utf16_without_bom(raw):
        raise BinaryDocumentError("the file contains NUL bytes, so it is binary, not text", path=str(path),
                                  fix="Export the document as .txt, .md, .html or .pdf first.")


def decode(raw: bytes, path: Path, *, declared: str | None = None) -> Decoded:
    """Decode ``raw`` (UTF-8, a declared charset, or a fallback with a warning)."""
    check_binary(raw, path)
    decoded = _decode(raw, declared)
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    sample = text[:SAMPLE]
    if sample and len(CONTROL_RE.findall(sample)) / len(sample) > MAX_CONTROL_SHARE:
        raise BinaryDocumentError("the file is mostly control characters, not text", path=str(path),
                                  fix="Export the document as .txt, .md, .html or .pdf first.")
    if not text.strip("\ufeff \t\n\x0b\x0c\u00a0\u200b"):
        raise EmptyDocumentError("the file is empty" if not raw else "the file contains only whitespace",
                                 path=str(path), fix="Check that the document was saved or exported completely.")
    decoded.text = text
    return decoded


def _decode(raw: bytes, declared: str | None) -> Decoded:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoded(raw.decode("utf-16"), "utf-16", ["The file is UTF-16; decoded it as such. "
                                                        "Offsets refer to the decoded text."])
    bomless = utf16_without_bom(raw) if b"\x00" in raw[:SAMPLE] else None
    if bomless:
        return Decoded(raw.decode(bomless), bomless, [f"The file is UTF-16 without a byte-order mark; decoded it "
                                                      f"as {bomless}. Offsets refer to the decoded text."])
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        problem = f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
    candidates = [declared] if declared and _known(declared) and codecs.lookup(declared).name != "utf-8" else []
    for encoding in (*candidates, *FALLBACK_ENCODINGS):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return Decoded(text, encoding, [f"The file is {problem}; decoded it as {encoding}. "
                                        "Check accented names, or re-save the file as UTF-8."])
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def _known(encoding: str) -> bool:
    try:
        codecs.lookup(encoding)
        return True
    except LookupError:
        return False
