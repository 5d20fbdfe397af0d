"""Running a ``core.jobs`` plan on Spark: one Spark task per job task, results collected on the driver.

The session comes from ``SparkSession.builder.getOrCreate()``: the master, executors and memory are
``spark-submit``'s to set, never this code's. A task that fails (after Spark's retries) fails the job
with the task's own message (tile, window, file), not a Java stack trace.
"""

import re

from pyspark import __version__ as pyspark_version
from pyspark.sql import SparkSession

from ..core.errors import TerrascopeError
from ..core.joboutput import run_job

_TASK_ERROR = re.compile(r"(?:TaskError|TerrascopeError|RasterError|Cancelled): (.+)")


def spark_map(context):
    """A ``map_tasks(function, items)`` that runs each item as one Spark task and returns the results in
    order; a failure raises ``TerrascopeError`` with the failed task's message when there is one."""

    def map_tasks(function, items):
        items = list(items)
        if not items:
            return []
        try:
            return context.parallelize(items, len(items)).map(function).collect()
        except Exception as error:  # Py4JJavaError and friends: the Python traceback is in its text
            messages = _TASK_ERROR.findall(str(error))
            if messages:
                raise TerrascopeError(messages[-1].strip()) from None
            raise

    return map_tasks


def run_on_spark(plan, output_dir, log=None):
    """Run ``plan`` on the active Spark session (or a new one, stopped at the end) and write its
    outputs in ``output_dir``; returns the job description (job.json)."""
    existing = SparkSession.getActiveSession()
    spark = existing or SparkSession.builder.appName(f"terrascope {plan.settings.command}").getOrCreate()
    try:
        context = spark.sparkContext
        engine = {"name": "spark", "spark": pyspark_version, "master": context.master,
                  "default_parallelism": context.defaultParallelism, "application": context.applicationId}
        return run_job(plan, output_dir, spark_map(context), engine=engine, log=log)
    finally:
        if existing is None:
            spark.stop()
