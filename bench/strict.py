"""Imported by every scoring script: a failing extraction component stops the measure instead of scoring a document
whose events or relations silently went missing (the pipeline skips a failed component with an [E402] warning, which a
user's run should survive but a benchmark must not: dates4 saw a NameError score every document as eventless)."""
import os

os.environ.setdefault("FOOTHOLD_STRICT", "1")
