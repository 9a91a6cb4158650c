"""Errors with a stable code and the fix in the text (spaCy style).

Every user-facing failure is a FootholdError: the CLI prints one line
``path: [E101] reason. fix`` and exits non-zero; the API returns the same
code in its JSON error shape.
"""

from __future__ import annotations


class FootholdError(Exception):
    code = "E000"

    def __init__(self, message: str, *, path: str | None = None, fix: str | None = None):
        self.message = message
        self.path = path
        self.fix = fix
        super().__init__(self.line())

    def line(self) -> str:
        where = f"{self.path}: " if self.path else ""
        fix = f" {self.fix}" if self.fix else ""
        return f"{where}[{self.code}] {self.message}.{fix}"

    def to_dict(self) -> dict:
        return {"error": {"code": self.code, "message": self.message, "path": self.path, "fix": self.fix}}


class InputError(FootholdError):
    """A file that cannot be read as a document."""
    code = "E101"


class NotFoundError(InputError):
    code = "E102"


class EmptyDocumentError(InputError):
    code = "E103"


class BinaryDocumentError(InputError):
    code = "E104"


class UnsupportedFormatError(InputError):
    code = "E105"


class CorruptDocumentError(InputError):
    code = "E106"


class UnreadablePathError(InputError):
    """A path in a batch that cannot be walked or read as a regular file (loop, FIFO, unreadable folder)."""
    code = "E107"


class ClusterError(FootholdError):
    """Distributed extraction (Dask) cannot run as asked."""
    code = "E150"


class SchedulerError(ClusterError):
    """The Dask scheduler named by --scheduler cannot be reached."""
    code = "E150"


class WorkerLostError(ClusterError):
    """A document whose extraction never came back: its worker died (more often than the scheduler retries)."""
    code = "E151"


class BadClusterOptionError(ClusterError):
    """--workers / --scheduler values that mean nothing."""
    code = "E152"


class ClusterStartError(ClusterError):
    """Local Dask workers could not start, or workers could not load foothold's pipeline."""
    code = "E153"


class OutputFolderError(ClusterError):
    """`extract --out DIR`: the folder cannot be created or written."""
    code = "E154"


class SpillError(FootholdError):
    """A long document's records cannot be kept in the temporary folder (full disk, no permission)."""
    code = "E160"


class BadParameterError(FootholdError):
    """A request or command-line parameter that passes its pattern but means nothing (2020-02-30)."""
    code = "E140"


class BadCursorError(BadParameterError):
    """A page cursor that no list gave out (store.paging)."""
    code = "E330"


class LimitError(InputError):
    """An input over one of foothold's size, depth or expansion limits (a memory bomb, a runaway query)."""
    code = "E141"


class DataFileError(FootholdError):
    """A bundled or user data file (actor dictionary, gold file) is invalid."""
    code = "E201"


class StoreError(FootholdError):
    code = "E301"


class MissingStoreError(StoreError):
    """A read command pointed at a store that does not exist (a mistyped --db)."""
    code = "E310"


class ReadOnlyStoreError(StoreError):
    code = "E311"


class MigrationIntegrityError(StoreError):
    """A schema upgrade that would leave rows pointing at rows that are not there (rolled back)."""
    code = "E320"


class NulCharacterError(FootholdError):
    """A request or value holding a NUL character (U+0000): PostgreSQL cannot store or compare one,
    so it is refused the same way on every backend."""
    code = "E321"


class ServeError(FootholdError):
    """The workbench cannot listen where asked (port in use, no such address)."""
    code = "E601"


class UnknownActorError(FootholdError):
    code = "E302"


class UnknownRecordError(FootholdError):
    """A document or event id that is not in the store (the workbench answers 404)."""
    code = "E305"


class FetchError(InputError):
    """A URL that gave no document: unreachable, an HTTP error, a timeout, too big, not a page."""
    code = "E120"


class HttpStatusError(FetchError):
    code = "E121"


class FetchTimeoutError(FetchError):
    code = "E122"


class TooLargeError(FetchError):
    code = "E123"


class NotADocumentError(FetchError):
    """The server answered with something that is not a page or document (an image, a binary file)."""
    code = "E124"


class FeedError(InputError):
    """A feed that cannot be read as RSS or Atom."""
    code = "E130"


class RuleError(DataFileError):
    """A watch rule file that is not valid (names the file, the rule, the field and the fix)."""
    code = "E240"


class RuleCapabilityError(RuleError):
    """A watch rule that needs an analysis this installation does not have (channels, proxies)."""
    code = "E250"


class WebhookError(FootholdError):
    """The watch webhook did not accept an alert."""
    code = "E260"


class ReviewError(FootholdError):
    """An analyst correction that cannot be made (store.review): the API answers 400."""
    code = "E700"
    http_status = 400


class UnknownFactError(ReviewError):
    """A correction naming a mention, event, relation, citation or correction that is not in the store (404)."""
    code = "E701"
    http_status = 404


class BadCorrectionError(ReviewError):
    """A correction whose kind, type, mode, date or span means nothing (400)."""
    code = "E702"


class AlreadyUndoneError(ReviewError):
    """Undoing a correction that was already undone (409)."""
    code = "E703"
    http_status = 409


class EditRoleError(ReviewError):
    """A write to the workbench without the editor role (403)."""
    code = "E704"
    http_status = 403


class GoldExportError(ReviewError):
    """`foothold gold export`: a document that is not in the store, or an output folder that cannot be written."""
    code = "E705"


class RelationModelError(FootholdError):
    """The learned relation model shipped under data/relmodel/ is missing, corrupt or not the recorded file."""
    code = "E410"
