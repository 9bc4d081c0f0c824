"""The frozen application's entry point (PyInstaller runs this file as ``__main__``).

Kept outside the package so that PyInstaller does not put ``src/kuntasome`` itself on the
search path, where the package's own modules would shadow top-level ones.
"""

import sys

from kuntasome.__main__ import main

sys.exit(main())
