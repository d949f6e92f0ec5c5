"""``python -m claimtrack``: the same command line as the ``claimtrack`` script."""

import sys

from .cli import main

sys.exit(main())
