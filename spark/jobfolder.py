"""A ready job folder for the cluster: the code zip, the runner script, the arguments and ``submit.sh``.

Written by the Cluster job algorithm (terrascope:clusterjob) so that a selection prototyped in QGIS is
submitted in one step::

    job/terrascope_processing.zip   the package (core + spark), --py-files
    job/run.py                      the runner's entry script
    job/arguments.txt               the runner's arguments, one per line
    job/submit.sh                   ./submit.sh local | ./submit.sh yarn

No pyspark is needed to write it.
"""

import os
import shutil
import stat

from ..core.bundle import CLUSTER_ITEMS, write_zip

ZIP_NAME = "terrascope_processing.zip"
SCRIPT_NAME = "run.py"
ARGUMENTS_NAME = "arguments.txt"
SUBMIT_NAME = "submit.sh"

SUBMIT_SCRIPT = r"""#!/usr/bin/env bash
# Submit this Terrascope cluster job (written by QGIS, Terrascope > Cluster > Cluster job).
#   ./submit.sh local     on this machine: spark-submit --master local[$CORES] (default: all cores)
#   ./submit.sh yarn      on the Terrascope cluster (after kinit): YARN, cluster deploy mode, with a
#                         packed Python environment holding GDAL, numpy and lxml (conda-pack/venv-pack):
#                         ENVIRONMENT=/path/to/environment.tar.gz ./submit.sh yarn
# Settings through the environment: SPARK_SUBMIT (default spark-submit), CORES, PYSPARK_PYTHON (local;
# default python3), ENVIRONMENT, EXECUTORS (most executors, default 50), EXECUTOR_MEMORY (JVM heap,
# default 2g), PYTHON_MEMORY (per executor, default 2g), EXECUTOR_CORES (default 2).
# The runner's arguments are in arguments.txt, one per line; job.json in the output folder records the run.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
mapfile -t ARGUMENTS < "$HERE/arguments.txt"
SPARK_SUBMIT="${SPARK_SUBMIT:-spark-submit}"
case "${1:-local}" in
    local)
        export PYSPARK_PYTHON="${PYSPARK_PYTHON:-python3}"
        exec "$SPARK_SUBMIT" --master "local[${CORES:-*}]" --conf spark.ui.showConsoleProgress=true \
            --py-files "$HERE/terrascope_processing.zip" "$HERE/run.py" "${ARGUMENTS[@]}"
        ;;
    yarn)
        : "${ENVIRONMENT:?set ENVIRONMENT to a packed Python environment (.tar.gz) with GDAL, numpy and lxml}"
        exec "$SPARK_SUBMIT" --master yarn --deploy-mode cluster \
            --archives "$ENVIRONMENT#environment" \
            --conf spark.yarn.appMasterEnv.PYSPARK_PYTHON=./environment/bin/python \
            --conf spark.yarn.executorEnv.PYSPARK_PYTHON=./environment/bin/python \
            --conf spark.executor.cores="${EXECUTOR_CORES:-2}" \
            --conf spark.executor.memory="${EXECUTOR_MEMORY:-2g}" \
            --conf spark.executor.pyspark.memory="${PYTHON_MEMORY:-2g}" \
            --conf spark.dynamicAllocation.enabled=true --conf spark.shuffle.service.enabled=true \
            --conf spark.dynamicAllocation.maxExecutors="${EXECUTORS:-50}" \
            --conf spark.task.maxFailures=4 \
            --conf spark.python.worker.faulthandler.enabled=true \
            --py-files "$HERE/terrascope_processing.zip" "$HERE/run.py" "${ARGUMENTS[@]}"
        ;;
    *)
        echo "usage: $0 [local|yarn]" >&2
        exit 2
        ;;
esac
"""


def write_job_folder(folder, arguments, plugin_dir):
    """Write the job folder ``folder`` (created if needed) for the runner ``arguments`` (a list of
    strings without newlines), zipping the package from ``plugin_dir``. Returns the path of submit.sh."""
    if any("\n" in argument for argument in arguments):
        raise ValueError("a runner argument holds a line break")
    os.makedirs(folder, exist_ok=True)
    write_zip(plugin_dir, os.path.join(folder, ZIP_NAME), CLUSTER_ITEMS)
    shutil.copyfile(os.path.join(plugin_dir, "spark", "__main__.py"), os.path.join(folder, SCRIPT_NAME))
    with open(os.path.join(folder, ARGUMENTS_NAME), "w", encoding="utf-8") as stream:
        stream.write("".join(f"{argument}\n" for argument in arguments))
    submit = os.path.join(folder, SUBMIT_NAME)
    with open(submit, "w", encoding="utf-8") as stream:
        stream.write(SUBMIT_SCRIPT)
    os.chmod(submit, os.stat(submit).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return submit
