"""A date after the publication is no time the story runs on from (issue 8, dates7): "there will be no combat forces
in the country by December 31, 2021. The government reaffirmed its commitment to protect them." in a July 2021
statement: the reaffirmation is the statement's, not the deadline's. Read by `timing.sentence_time` (the running
date of the paragraph); the act whose own sentence tells such a date is dated by the other rules.
"""

from __future__ import annotations


def after_publication(date, dater) -> bool:
    """``date`` lies after the publication date, compared at the coarser of the two precisions; never when the
    document date is only the end of a period its title names (the page came out after it)."""
    published = dater.published
    if published is None or dater.period_end or not published.iso or not date.iso:
        return False
    n = min(len(date.iso), len(published.iso))
    return n >= 4 and date.iso[:n] > published.iso[:n]
