"""`python -m foothold` runs the command line."""

from .cli import app

app(prog_name="foothold")
