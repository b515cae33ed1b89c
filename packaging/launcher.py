"""Entry point of the PyInstaller build: the same main() as the installed scripts."""

import sys

from trustjournal.app import main

if __name__ == "__main__":
    sys.exit(main())
