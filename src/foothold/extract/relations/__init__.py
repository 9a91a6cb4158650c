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

Modules, one mechanism each:
  lexicon          roles.yaml loaded, validated, indexed for phrase matching
  index            actor mentions laid on tokens (references)
  sentence         token access and noun-phrase navigation shared by the readers
  titles           title phrases bound to their holders (title_phrases parses a phrase,
                   title_relations turns it into leads / member_of)
  part_of          possessives, "of", state bodies, "part of", unit chains, "militants from"
  inclusion        "X includes / X, including A, B and C"
  alignment        "pro-Iranian X", "Iranian-backed X"
  cues             cue phrases: allied_with / opposes / led by
  reader           one sentence through every reader; found: dedupe + assembly
  extractor        the pipeline component
"""

from .extractor import RelationExtractor
from .lexicon import ROLES_PATH, RoleLexicon, load_roles

__all__ = ["RelationExtractor", "RoleLexicon", "ROLES_PATH", "load_roles"]
