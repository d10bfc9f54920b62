"""`python -m crossroads`: the command line (cli.py)."""

import sys

from crossroads.cli import main

sys.exit(main())
