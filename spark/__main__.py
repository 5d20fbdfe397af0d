"""``python3 -m terrascope_processing.spark ...``, and the script ``spark-submit`` runs (see ``cli``):
absolute imports, so it also runs as a file with the package zip as ``--py-files``."""

import sys

from terrascope_processing.spark.cli import main

sys.exit(main())
