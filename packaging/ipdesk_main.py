"""Entry script for the frozen (PyInstaller) build: the same `ipdesk` command as the wheel installs."""

import sys

from ipdesk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
