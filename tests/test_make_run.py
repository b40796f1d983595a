"""`make run PORT=8001` serves on that port, and the links in its emails point to it (SITE_URL)."""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], "SITE_URL=http://127.0.0.1:8000 .venv/bin/python manage.py runserver 127.0.0.1:8000"),
        (["PORT=8001"], "SITE_URL=http://127.0.0.1:8001 .venv/bin/python manage.py runserver 127.0.0.1:8001"),
        (
            ["PORT=8001", "SITE_URL=https://tracker.example.org"],
            "SITE_URL=https://tracker.example.org .venv/bin/python manage.py runserver 127.0.0.1:8001",
        ),
    ],
)
def test_make_run_takes_a_port_and_links_emails_to_it(args, expected):
    # --no-print-directory: under `make test` the nested make would otherwise print "Leaving directory" last
    command = ["make", "--no-print-directory", "-n", "run", *args]
    dry_run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    assert dry_run.stdout.strip().splitlines()[-1] == expected
