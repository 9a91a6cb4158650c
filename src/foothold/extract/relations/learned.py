"""The learned relation step: ties between two actors of one sentence that no rule read (issue 8 §3).

Runs after the rules (and after events, which read the rules' relations): for each pair of actors named in one
sentence and left untied by the rules in either direction, the model of `learned_model.py` scores the pair's
features (`pair_features.py`); the likeliest predicate is added when its probability reaches the model's threshold.
The rules' relations are never changed. Each added relation names this step and its model's version as extractor.
"""

from __future__ import annotations

from ...model import Relation
from ...settings import LEARNED_RELATIONS
from .index import TokenIndex
from .lexicon import load_roles
from .learned_model import RelationModel, load_model
from .pair_features import Candidate, document_candidates

INDEX_KEY = "relation_index"     # ctx.data key where the rules' component leaves its TokenIndex


class LearnedRelations:
    """Adds model-scored ties between actors the rules left untied."""
    name = "foothold.relations.learned.v1"
    requires = ("doc", "actors", "mentions", "relations")
    provides = ("relations",)

    def __init__(self, model: RelationModel | None = None, enabled: bool | None = None):
        self._model = model
        self.enabled = LEARNED_RELATIONS.value() == "1" if enabled is None else enabled

    @property
    def model(self) -> RelationModel:
        if self._model is None:
            self._model = load_model()
        # the model's version joins the step's name, so that the extraction's list of extractors names what each
        # added relation records as its extractor
        self.name = f"{type(self).name}+model.{self._model.version}"
        return self._model

    def __call__(self, ctx) -> None:
        if not self.enabled or len(ctx.actors) < 2:
            return
        lex = load_roles()
        idx = ctx.data.get(INDEX_KEY) or TokenIndex(ctx, lex)
        tied = {frozenset((r.subject, r.object)) for r in ctx.relations}
        self.model                                   # loaded (and the step named) before any relation is made
        chosen = self.best_untied(document_candidates(ctx, idx, lex, skip=tied), tied, idx.types)
        for cand, predicate, p in chosen.values():
            start, end = idx.original(min(cand.subject.start, cand.object.start),
                                      max(cand.subject.end, cand.object.end))
            ctx.relations.append(Relation(subject=cand.subject.actor, predicate=predicate, object=cand.object.actor,
                                          evidence=ctx.document.text[start:end], start=start, end=end,
                                          extractor=self.name, confidence=round(p, 3)))

    def best_untied(self, candidates: list[Candidate], tied: set, types: dict) -> dict:
        """Per untied pair of actors (either direction), the candidate scored highest above the threshold."""
        chosen: dict[frozenset, tuple[Candidate, str, float]] = {}
        for cand in candidates:
            key = frozenset((cand.subject.actor, cand.object.actor))
            if key in tied:
                continue
            predicate, p = self.model.best(cand.features)
            if p < self.model.threshold or not admissible(predicate, types.get(cand.subject.actor),
                                                          types.get(cand.object.actor)):
                continue
            if key not in chosen or p > chosen[key][2]:
                chosen[key] = (cand, predicate, p)
        return chosen


def admissible(predicate: str, subject_type: str | None, object_type: str | None) -> bool:
    """The rules' own filters (found.Found.add): a place takes no side and contains no body; a person is
    no one's part and leads or belongs to no person."""
    if predicate in ("allied_with", "opposes") and "place" in (subject_type, object_type):
        return False
    if predicate == "part_of" and (object_type in ("place", "person") or subject_type == "person"):
        return False
    if predicate in ("leads", "member_of") and object_type == "person":
        return False
    return True
