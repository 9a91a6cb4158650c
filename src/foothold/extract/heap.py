"""The objects alive when a process's first documents start, kept out of the cycle collector's full scans.

A full (oldest-generation) collection walks every tracked object of the process: the loaded spaCy model, the
lexicons and word lists read at the first document, some 200k objects. The rules make about a million short-lived
Token objects per 10k-word report, so such a scan came once or twice in every extraction of the seed (about 0.2-0.5
s on a loaded machine, perf4's `gc.callbacks` count). `settle_heap()`, called as each document's extraction starts,
collects what is garbage now and moves every object still alive to the permanent generation (`gc.freeze`): the
scans during the extraction then walk only what this document made. Nothing extracted changes.

It freezes twice per process at most (`FREEZES`): before the first document (the model) and before the second (the
lexicons the first one loaded). Frozen objects are still freed by reference counting when dropped, but a reference
cycle among them waits for `gc.unfreeze()`; freezing at every document would also freeze what a long-lived caller
(the web app, a worker) holds at that moment and later drops in a cycle, a leak growing with the documents read.
Example: in a process extracting three documents, the second and third extractions' full collections no longer
read the model or the lexicons.
"""

from __future__ import annotations

import gc

FREEZES = 2
_frozen = 0


def settle_heap() -> None:
    """Collect the garbage there is, then freeze every object still alive (see the module docstring)."""
    global _frozen
    if _frozen >= FREEZES or not gc.isenabled():
        return                       # done for this process, or the caller turned the collector off
    gc.collect()
    gc.freeze()
    _frozen += 1
