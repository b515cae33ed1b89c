"""No file outside the data folder may record a path, a file name or a title.

The dialog flows (export to a file and to a folder, import, saving the recovery key) run
in a separate process with a fresh, empty HOME; then every file under HOME is listed and
read. Only the files the person chose themselves, and the data folder, may name them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

FLOW = Path(__file__).with_name("no_traces_flow.py")
# Words that appear only in chosen folder and file names and in the entry's title.
NEEDLES = ("Wombat", "Platypus", "Bilby", "Numbat", "Echidna", "Kiwi", "Quokka")


def run_flows(home: Path) -> dict[str, object]:
    home.mkdir()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "TRUSTJOURNAL_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(FLOW), str(home)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_dialog_flows_leave_nothing_that_names_a_path_or_title(tmp_path: Path) -> None:
    home = tmp_path / "fresh-home"
    result = run_flows(home)
    data = home / ".local" / "share" / "TrustJournal"
    chosen = {"Wombat place", "Bilby place", "Numbat place", "Kiwi place"}
    outside = [
        path for path in home.rglob("*")
        if path.is_file() and data not in path.parents
        and path.relative_to(home).parts[0] not in chosen
    ]
    for path in outside:
        blob = path.read_bytes()
        for needle in NEEDLES:
            assert needle not in str(path.relative_to(home)), path
            assert needle.encode() not in blob, f"{path} records {needle!r}"
    assert not any(p.name.startswith("QtProject") for p in outside)
    # The flows really ran: each chosen file exists, the import saw the export.
    written = set(result["written"])  # type: ignore[arg-type]
    assert "Wombat place/Platypus notes.json" in written
    assert "Wombat place/Platypus again.json" in written
    assert any(name.startswith("Bilby place/TrustJournal export ") for name in written)
    assert "Kiwi place/Kiwi key.txt" in written
    assert "already in your journal" in str(result["preview"])
    # The last folder is kept inside the journal, and the next dialog opens there.
    assert result["last_folder"] == str(home / "Numbat place")
    opened_in = result["opened_in"]
    assert opened_in[1] == str(home / "Wombat place")
    assert opened_in[2] == str(home / "Bilby place")
    assert opened_in[3] == str(home / "Wombat place")


def test_default_export_name_has_only_the_app_and_the_day() -> None:
    import datetime as dt

    from trustjournal.gui.export_dialog import default_export_name

    assert default_export_name(dt.date(2024, 3, 18)) == "TrustJournal export 2024-03-18"
