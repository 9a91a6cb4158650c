"""Analyses over the store (summaries now; networks and timelines later)."""

from .summary import build_summary

__all__ = ["build_summary"]
