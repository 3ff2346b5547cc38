"""``python -m generator`` is the ``timeline`` command."""

import sys

from generator.cli import main

sys.exit(main())
