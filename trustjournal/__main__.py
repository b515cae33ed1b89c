import sys

from trustjournal.app import main

sys.exit(main())
