"""A relative clause whose verb agrees with one antecedent (issue 8, relties4): "hosted by A's Prime Minister X and
B's Prime Minister Y, who chairs the Z" -- "chairs" is singular, so the clause is Y's alone, not every conjunct's
(verbs.subject_of read each conjunct of the antecedent as the clause's subject). A plural or tenseless verb ("who
chair", "who led") keeps every conjunct."""

from __future__ import annotations

SINGULAR_AUXILIARIES = {"is", "was", "has", "does"}


def singular_verb(verb) -> bool:
    """The verb, or its auxiliary, is a third-person singular form ("chairs", "has led", "was elected", "is
    leading")."""
    if verb.tag_ == "VBZ":
        return True
    return any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBZ" or c.lower_ in SINGULAR_AUXILIARIES)
               for c in verb.children)
