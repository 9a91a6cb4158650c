"""Resolution: which mentions and names are one actor (within and across documents)."""
