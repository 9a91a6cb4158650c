"""One sentence read by every mechanism, in order (titles first: they mark holders others use)."""

from __future__ import annotations

from .alignment import AlignmentReading
from .apposed_conjuncts import ApposedConjuncts
from .apposed_state_body import ApposedStateBody
from .apposed_unit_in import ApposedUnitIn
from .chambers import ChamberReading
from .collective_names import CollectiveNames
from .control import ControlReading
from .court_judges import CourtJudges
from .cues import CueReading
from .described_body_names import DescribedBodyNames
from .fired_at_owned import FiredAtOwned
from .founded_by import FoundedBy
from .inclusion import InclusionReading
from .led_participle import LedParticiple
from .membership_verbs import MembershipVerbs
from .missions import MissionReading
from .monitor import MonitorReading
from .of_conjuncts import OfConjuncts
from .organ_members import OrganMembers
from .outlet_staff import OutletStaff
from .ownership import OwnershipReading
from .part_of import PartOfReading
from .participle_conjuncts import ParticipleConjuncts
from .people_listed_with_body import PeopleListedWithBody
from .person_possessor import PersonOwnedGroups
from .plural_apposition import PluralApposition
from .principal_staff import PrincipalStaff
from .possessed_support import PossessedSupport
from .purposes import PurposeReading
from .region_heads import RegionHeads
from .relative_conflicts import RelativeConflicts
from .rejection import RejectionReading
from .relative_heads import RelativeHeads
from .reports import ReportReading
from .respective import RespectiveTitles
from .self_described import SelfDescribed
from .shapes import ShapeReading
from .state_owned import StateOwned
from .subordinates import SubordinateReading
from .ties import TieReading
from .titles import TitleReading
from .unit_named_after import UnitNamedAfter
from .verbs import VerbReading
from .whose_party import WhoseParty
from .wire import WireReading


class SentenceReader(UnitNamedAfter, RegionHeads, LedParticiple, WhoseParty, PersonOwnedGroups, PossessedSupport, FiredAtOwned, PeopleListedWithBody, RelativeConflicts, FoundedBy, OwnershipReading, TitleReading, PartOfReading, InclusionReading, AlignmentReading, CueReading, TieReading,
                     ReportReading, MonitorReading, VerbReading, WireReading, ShapeReading,
                     RejectionReading, ChamberReading, RelativeHeads, PurposeReading, RespectiveTitles,
                     SelfDescribed, SubordinateReading, OutletStaff,
                     PluralApposition, MembershipVerbs, MissionReading, StateOwned, ControlReading,
                     ParticipleConjuncts, OfConjuncts, OrganMembers, ApposedStateBody,
                     CollectiveNames, ApposedConjuncts, ApposedUnitIn, PrincipalStaff, DescribedBodyNames, CourtJudges):
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
        self.read_membership_verbs()        # relrecall4: shapes of their own, then the tie repeated over "and of"
        self.read_missions()
        self.read_state_owned()
        self.read_control()
        self.read_participle_conjuncts()
        self.read_of_conjuncts()
        self.read_organ_members()
        self.read_apposed_state_bodies()
        self.read_described_body_names()    # relties9
        self.read_court_judges()            # relties9
        self.read_collective_names()
        self.read_apposed_conjuncts()
        self.read_apposed_units_in()
        self.read_fire_at_owned()
        self.read_people_listed_with_body()
        self.read_relative_conflicts()
        self.read_founded_by()
        self.read_possessed_support()
        self.read_person_owned_groups()
        self.read_whose_parties()
        self.read_led_participles()
        self.read_region_heads()
        self.read_units_named_after()
        self.read_principal_staff()         # relties7: last, over the ties the sentence's readers found

