"""Actor mentions (the `foothold.actors.v1` component): one module a concept.

`extractor` runs the stages; `spans`, `joining`, `extending` repair the NER's entities; `classify` types them;
`recovered`, `states`, `people`, `places`, `acronyms`, `roles`, `bodies` find names the NER misses or mistypes;
`filters` and `headings` drop its false positives; `widening` makes a mention span the phrase its name heads;
`aliases` reads names declared to be one actor's.
"""

from .acronyms import _english_in_capitals
from .extractor import ActorExtractor

__all__ = ["ActorExtractor", "_english_in_capitals"]
