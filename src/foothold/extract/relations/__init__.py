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
  against Y", "an anti-Iranian movement") give allied_with / opposes;
- verbs and their dependents ("X, who heads Y", "X views A as its adversaries",
  "X receives weapons from Y", "A was attacked by B", "the war between A and B").

The vocabulary (titles, cue phrases, demonyms) lives in data/roles.yaml.
Every relation keeps the exact original evidence span and this component's name.

Modules, one mechanism each:
  lexicon          roles.yaml loaded, validated, indexed for phrase matching
  index            actor mentions laid on tokens (references)
  sentence         token access and noun-phrase navigation shared by the readers
  titles           title phrases bound to their holders (title_phrases parses a phrase, the
                   words before the title in title_modifiers; title_relations turns it into
                   leads / member_of)
  part_of          possessives, "of", state bodies (a country inside the name too), "part of",
                   unit chains, units written against their body ("IRGC-Qods Force"), "militants from"
  inclusion        "X includes / X, including A, B and C"
  alignment        "pro-Iranian X", "Iranian-backed X", "anti-American", "the Coalition to Defeat ISIS"
  examples         actors named as examples of an aligned group ("Iran-backed militias such as X", "X and other
                   Iran-aligned factions")
  cues             cue phrases: allied_with / opposes / led by
  delegations      a delegation's leader serves its sender ("the Peruvian delegation was led by X")
  apposed          a cue's common-noun object named in apposition ("the support of the main party, X")
  opening_pronoun  "Its support for X" opening a sentence: the subject of the sentence before
  listed_partners  "affiliates of X, among them A and B": allies of X, not its parts
  relative_heads   "whose founders include X", "which X founded", "whose commission is led by X"
  called           "X, which the Pentagon called Iran-backed"; the word lists of described ties
  purposes         "attacked X in what it calls support for Y"
  respective       "his Ugandan and Tanzanian counterparts, A and B": one state each, in order
  umbrella         "X, which groups several militias including A": A part_of X
  self_described   "X has described itself as the armed wing of Y": X part_of Y
  verbs            verbs and predicate nouns read through the dependency parse ("Iran funds X",
                   "X, an Iranian proxy", "the Maduro regime")
  ties             ties as analyses state them: dependence ("X relies on Y"), backing verbs in any tense and
                   relative clause ("the movement that X armed"), "answer to", rivals, partner nouns before the
                   name ("Russia's closest partner, Armenia"), heads with a phrase between ("Hamas's leader in
                   Gaza, X"), "whose leader X", "the party of opposition leader X"
  known            the country a bare head or minister serves, from the Phoenix actor dictionary
                   ("President Joe Biden" → the United States, when the document names it)
  shapes           ties by shape on unseen text: stances ("stood with", "fought alongside"), outlets spoken
                   through, unit anaphors, named group nouns, partners listed after their scene
  issuer           the state a release speaks for and its bare-titled officials
  apposed_unit_in  "X, the strongest faction in Y": X part_of Y
  fired_at_owned   "X fired missiles at two bases of Y", "X said its jets struck a camp of Y": X opposes Y
  people_listed_with_body  "A and B of ORG", "two ORG journalists, A and B": each a member of ORG
  founded_by       "X was founded by PERSON": the founder leads X
  named_kind       "Israel's Mossad intelligence agency": the noun after a name says it is a state body
  judged_acts      "X called the attack a violation of Y's sovereignty": X names the act, did not do it
  named_pacts      "A, B and C formed the Alliance of X": each part_of the named alliance
  possessed_support  "France's support for Armenia", "Rwanda's backing of the M23": allied_with
  relative_conflicts  "the war in Sudan, which broke out between A and B": A opposes B
  apposed_anchor   "X, the strongest faction in Y, said its ...": "its" is X's
  person_possessor "his ally X", "his party, Y": "his"/"her" is the one person named before it
  scene_list       "militia groups in Iraq and Syria, including X": the group's place list read over
  whose_party      "X, whose Y party leads the coalition": X member_of Y
  led_participle   "the council, chaired since 2011 by X": words between the participle and its "by"
  anaphor_owner    "head of the movement's political office", "the party's ..., its former leader X"
  singular_relative "A and B, who chairs X": the singular relative verb is B's alone
  trade_partners   "its second trading partner": commerce, no alliance
  region_heads     "X, the Kurdistan region's prime minister": X leads the place
  unit_named_after "The UN mission in Iraq, UNAMI": the named unit part_of the owner
  copula_relative  "X is a national who owns Y": the relative tells of the copula's subject
  state_names      "the Russian Federation": a formal state name, no demonym
  clause_subject   ", and X vowed ...": a body opening its own clause ends a title's list of bodies
  party_of_body    "X, the political party of Y": X part_of the organisation Y
  definite_possessor "Russia, the bloc's patron": "the bloc" is the organisation whose name holds the noun
  punished_deed    "designated X for assisting Y": the deed is X's, not the punisher's
  reader           one sentence through every reader; found: dedupe + assembly
  pair_features    two actors of one sentence as name-free features (path, words between, types, cues)
  learned_model    the learned model under data/relmodel/, checked against its recorded sha256
  learned          the step after the rules: model-scored ties for pairs no rule tied (FOOTHOLD_LEARNED_RELATIONS)
  extractor        the pipeline component
"""

from .extractor import RelationExtractor
from .lexicon import ROLES_PATH, RoleLexicon, load_roles

__all__ = ["RelationExtractor", "RoleLexicon", "ROLES_PATH", "load_roles"]
