"""A principal's retinue: bare titles accompanying a head of state serve that head's state (relations/retinue.py)."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"kessler": ("person", ["Maria Kessler", "Kessler"]), "austria": ("country", ["Austria"]),
          "chile": ("country", ["Chile"]), "reiter": ("person", ["Jonas Reiter"]),
          "haupt": ("person", ["Clara Haupt"]), "pinera": ("person", ["Sebastian Pinera"])}


def test_ministers_accompanying_a_head_serve_the_heads_state():
    _, rels = extract("Chancellor Maria Kessler of Austria paid a state visit to Chile on 3 March 2019. "
                      "Kessler was accompanied by Foreign Minister Jonas Reiter and Finance Minister Clara Haupt. "
                      "She met President Sebastian Pinera in Santiago.", ACTORS)
    assert ("reiter", "member_of", "austria") in rels and ("haupt", "member_of", "austria") in rels
    assert ("reiter", "member_of", "chile") not in rels


def test_a_participle_of_accompanying_hangs_the_retinue_on_its_principal():
    _, rels = extract("Chancellor Maria Kessler of Austria, accompanied by Foreign Minister Jonas Reiter, "
                      "arrived in Chile on 3 March 2019 and met President Sebastian Pinera.", ACTORS)
    assert ("reiter", "member_of", "austria") in rels


def test_a_principal_with_no_state_found_scopes_nothing():
    # the host's state is named, but the accompanied person's state is nowhere told
    _, rels = extract("In Chile, Kessler was accompanied by Foreign Minister Jonas Reiter on 3 March 2019.", ACTORS)
    assert ("reiter", "member_of", "austria") not in rels
