"""terrascope:clusterjob through processing.run: the job folder it writes (zip, run.py, arguments, submit.sh)
carries the selection and settings to the runner's command line; the YARN variant's spark-submit command.
(The local variant runs for real in test_spark.py.)"""

import os
import stat
import subprocess
import zipfile
from datetime import datetime, timezone

import pytest
from qgis.core import QgsProcessingException

from terrascope_processing.core.masking import MaskSettings
from terrascope_processing.spark import cli

ALG = "terrascope:clusterjob"


def run(parameters):
    import processing

    return processing.run(ALG, parameters)


def read_arguments(folder):
    with open(os.path.join(folder, "arguments.txt"), encoding="utf-8") as stream:
        return stream.read().split("\n")[:-1]


def test_statistics_job_folder(provider, tmp_path):
    folder = tmp_path / "job"
    result = run({"INPUT": "/data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2;/data/other", "CONTENT": "NDVI_10M",
                  "START": "2023-04-01", "END": "2023-09-30", "TILES": "31UFS,31UES", "MAX_CLOUD": 80,
                  "COMMAND": 1, "STATISTICS": [1, 5, 6], "PERCENTILES": "10,90", "CLASSES": [3, 8, 9],
                  "DILATION": 40, "SCALE": False, "CLUSTER_OUTPUT": "/data/users/me/season", "OUTPUT": str(folder)})
    assert result["OUTPUT"] == str(folder) and result["SUBMIT"] == str(folder / "submit.sh")
    assert sorted(os.listdir(folder)) == ["arguments.txt", "run.py", "submit.sh", "terrascope_processing.zip"]
    assert os.stat(folder / "submit.sh").st_mode & stat.S_IXUSR
    with zipfile.ZipFile(folder / "terrascope_processing.zip") as archive:
        names = set(archive.namelist())
    assert {"terrascope_processing/core/jobs.py", "terrascope_processing/spark/cli.py",
            "terrascope_processing/metadata.txt"} <= names
    assert not any(name.startswith("terrascope_processing/algorithms") for name in names)

    args = cli.build_parser().parse_args(read_arguments(folder))
    settings = cli.settings_from(args)
    assert args.input == ["/data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2", "/data/other"]
    assert args.output == "/data/users/me/season"
    assert (settings.command, settings.statistics, settings.percentiles) == (
        "statistics", ("median", "count", "percentiles"), (10.0, 90.0))
    assert settings.masking == MaskSettings(classes=(3, 8, 9), dilation_m=40) and settings.physical is False
    filters = cli.filters_from(args)
    assert (filters["content"], filters["tiles"], filters["max_cloud"]) == ("NDVI_10M", "31UFS,31UES", 80.0)
    assert filters["start"] == datetime(2023, 4, 1, tzinfo=timezone.utc)
    assert filters["end"] == datetime(2023, 9, 30, 23, 59, 59, tzinfo=timezone.utc)


def test_histogram_job_with_extent_and_default_output(provider, tmp_path):
    folder = tmp_path / "job"
    run({"INPUT": "/archive", "EXTENT": "-1.5,5.5,49.5,51.5 [EPSG:4326]", "COMMAND": 2, "BINS": 20,
         "MINIMUM": -0.2, "CLASSES": [], "OUTPUT": str(folder)})
    args = cli.build_parser().parse_args(read_arguments(folder))
    settings = cli.settings_from(args)
    assert (settings.bins, settings.minimum, settings.maximum) == (20, -0.2, None)
    assert not settings.masking.active
    assert args.bbox == pytest.approx((-1.5, 49.5, 5.5, 51.5))
    assert args.output == str(folder / "output")


def test_a_bad_choice_is_refused(provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="percentiles"):
        run({"INPUT": "/archive", "COMMAND": 1, "STATISTICS": [6], "PERCENTILES": "", "OUTPUT": str(tmp_path / "job")})


def test_yarn_submission(provider, tmp_path):
    folder = tmp_path / "job"
    run({"INPUT": "/archive", "OUTPUT": str(folder), "CLUSTER_OUTPUT": "/shared/out"})
    fake = tmp_path / "spark-submit"
    fake.write_text('#!/bin/sh\nprintf "%s\\n" "$@"\n')
    fake.chmod(0o755)
    environment = dict(os.environ, SPARK_SUBMIT=str(fake), ENVIRONMENT="/home/me/env.tar.gz", EXECUTORS="10")
    printed = subprocess.run(["bash", str(folder / "submit.sh"), "yarn"], env=environment, capture_output=True,
                             text=True, check=True).stdout.split("\n")
    assert printed[:4] == ["--master", "yarn", "--deploy-mode", "cluster"]
    for expected in ("/home/me/env.tar.gz#environment", "spark.yarn.appMasterEnv.PYSPARK_PYTHON=./environment/bin/python",
                     "spark.yarn.executorEnv.PYSPARK_PYTHON=./environment/bin/python",
                     "spark.dynamicAllocation.maxExecutors=10", str(folder / "terrascope_processing.zip")):
        assert expected in printed
    assert printed[printed.index(str(folder / "run.py")) + 1:-1] == read_arguments(folder)
    assert "--master" not in open(folder / "run.py").read()  # the master comes from spark-submit only
    missing = subprocess.run(["bash", str(folder / "submit.sh"), "yarn"], capture_output=True, text=True,
                             env={key: value for key, value in environment.items() if key != "ENVIRONMENT"})
    assert missing.returncode != 0 and "ENVIRONMENT" in missing.stderr
