"""foothold: source-traced models of conflict and influence arenas."""

__version__ = "0.1.0"
