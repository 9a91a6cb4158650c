"""The objects alive when a document's extraction starts, kept out of the cycle collector's full scans.

A full (oldest-generation) collection walks every tracked object of the process: the loaded spaCy model, the
lexicons and word lists read at the first document, some 200k objects. The rules make about a million short-lived
Token objects per 10k-word report, so such a scan came once or twice in every extraction of the seed (about 0.2-0.5
s on a loaded machine, perf4's `gc.callbacks` count). `settle_heap()`, called as each document's extraction starts,
collects what is garbage now and moves every object still alive to the permanent generation (`gc.freeze`): the
scans during the extraction then walk only what this document made. Frozen objects are still freed by reference
counting when dropped; only a reference cycle among them would wait for `gc.unfreeze()`. Nothing extracted changes.
Example: in a process extracting two documents, the second extraction's full collections no longer read the model.
"""

from __future__ import annotations

import gc


def settle_heap() -> None:
    """Collect the garbage there is, then freeze every object still alive (see the module docstring)."""
    if not gc.isenabled():
        return                       # the caller turned the collector off: leave its heap as it is
    gc.collect()
    gc.freeze()
