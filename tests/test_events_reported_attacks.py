"""Another side's attack told by a speaker is the attack, not an accusation (events/reported_attacks.py; issue 8,
evtypes8). The eval makers code the act told and no ACCUSE beside it (news-dev 21); conduct that is no act of force
still accuses. Our own sentences, from arenas outside the development texts."""

from event_fixtures import wire_events

from foothold.extract.events.lexicon import load_lexicon
from foothold.extract.events.reported_attacks import told_attack

ACTORS = {"Armenia": ("armenia", "country"), "Azerbaijan": ("azerbaijan", "country"),
          "Azerbaijani": ("azerbaijan", "country"), "Jermuk": ("jermuk", "place")}


def types(got):
    return [t for t, _, _ in got]


def test_a_strike_told_by_the_struck_side_is_the_strike(tmp_path):
    got = wire_events(tmp_path, "Armenia said Azerbaijani drones had struck a school in Jermuk on Monday.\n", ACTORS)
    assert types(got) == ["ASSAULT"] and got[0][1] == ["azerbaijan"], got
    got = wire_events(tmp_path, "Armenia said Azerbaijani troops had shelled its border posts on Monday.\n", ACTORS)
    assert "ACCUSE" not in types(got) and "ASSAULT" in types(got), got


def test_conduct_that_is_no_act_of_force_still_accuses(tmp_path):
    # near miss: crossing a border is alleged conduct (plover.yaml alleged_conduct), not an attack told
    got = wire_events(tmp_path, "Armenia said Azerbaijani troops had crossed the border near Jermuk on Monday.\n",
                      ACTORS)
    assert ("ACCUSE", ["armenia"], ["azerbaijan", "jermuk"]) in got, got


class _Tok:
    def __init__(self, lemma, children=(), dep="ROOT", lower=None):
        self.lemma_, self.children, self.dep_, self.lower_ = lemma, list(children), dep, lower or lemma

    @property
    def subtree(self):
        yield self
        for c in self.children:
            yield from c.subtree


def test_blame_for_starting_it_is_no_attack_told():
    lex = load_lexicon()
    assert told_attack(lex, _Tok("shell"))
    assert not told_attack(lex, _Tok("shell", [_Tok("first", dep="advmod")]))     # "had shelled first": blame
    assert not told_attack(lex, _Tok("cross"))        # alleged conduct
    assert not told_attack(lex, _Tok("carry"))        # a light verb attributes a known act
