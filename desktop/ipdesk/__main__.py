"""``python -m ipdesk``: the same as the ``ipdesk`` command."""

import sys

from ipdesk.cli.main import main

sys.exit(main())
