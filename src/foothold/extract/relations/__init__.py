"""Relations between actors: leads / member_of / part_of / allied_with / opposes.

Works sentence by sentence on the spaCy Doc (clean text) with the actor
mentions found upstream. Mentions are mapped onto tokens ("references"), and
a few linguistic mechanisms read relations off them:

- title phrases ("the Commander of the IRGC's Qods Force, Qasem Soleimani",
  "Iranian Foreign Minister Zarif", "Zarif, the Iranian Minister of ...")
  give leads / member_of between the title holder and the organisation,
  place or country the title names;
- possessives and "of" between organisations ("the IRGC's Qods Force",
  "the Committee of the Iraqi Parliament") and state bodies named with a
  demonym ("the Iraqi Army") give part_of;
- alignment words ("pro-Iranian X", "X, affiliated with Y", "campaign
  against Y") give allied_with / opposes.

The vocabulary (titles, cue phrases, demonyms) lives in data/roles.yaml.
Every relation keeps the exact original evidence span and this component's name.

Modules: lexicon (roles.yaml), index (mentions on tokens), sentence (shared
navigation), titles / part_of / alignment / cues (the readers), found
(dedupe + assembly), extractor (the pipeline component).
"""

from .extractor import RelationExtractor
from .lexicon import ROLES_PATH, RoleLexicon, load_roles

__all__ = ["RelationExtractor", "RoleLexicon", "ROLES_PATH", "load_roles"]
