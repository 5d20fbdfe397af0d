"""The cluster runner: ``python3 -m terrascope_processing.spark composite|statistics|histogram``.

The same core as the QGIS algorithms (``core.jobs``, ``core.joboutput``) on Apache Spark: run it with
``spark-submit`` (``--master local[N]`` or ``--master yarn``), the plugin zip or the core zip of
``scripts/package.sh`` as ``--py-files``. The master is never set here. Only this package imports
pyspark; QGIS never imports it.
"""
