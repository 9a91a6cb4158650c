"""One sentence read by every mechanism, in order (titles first: they mark holders others use)."""

from __future__ import annotations

from .alignment import AlignmentReading
from .chambers import ChamberReading
from .cues import CueReading
from .inclusion import InclusionReading
from .monitor import MonitorReading
from .outlet_staff import OutletStaff
from .ownership import OwnershipReading
from .part_of import PartOfReading
from .plural_apposition import PluralApposition
from .purposes import PurposeReading
from .rejection import RejectionReading
from .relative_heads import RelativeHeads
from .reports import ReportReading
from .respective import RespectiveTitles
from .self_described import SelfDescribed
from .shapes import ShapeReading
from .subordinates import SubordinateReading
from .ties import TieReading
from .titles import TitleReading
from .verbs import VerbReading
from .wire import WireReading


class SentenceReader(OwnershipReading, TitleReading, PartOfReading, InclusionReading, AlignmentReading, CueReading, TieReading,
                     ReportReading, MonitorReading, VerbReading, WireReading, ShapeReading,
                     RejectionReading, ChamberReading, RelativeHeads, PurposeReading, RespectiveTitles,
                     SelfDescribed, SubordinateReading, OutletStaff,
                     PluralApposition):
    def read(self) -> None:
        self.read_titles()
        self.read_respective_titles()
        self.read_part_of()
        self.read_inclusions()
        self.read_alignment_modifiers()
        self.read_name_purposes()
        self.read_cues()
        self.read_verbs()
        self.read_ties()
        self.read_subordinates()
        self.read_outlet_staff()
        self.read_plural_appositions()
        self.read_relative_heads()
        self.read_support_purposes()
        self.read_self_described()
        self.read_reports()
        self.read_wire()
        self.read_monitor_ties()
        self.read_shapes()
        self.read_rejections()
        self.read_chamber_members()
        self.read_ownership()

