"""Tab completion scripts, run in the real shells (bash, fish and zsh: CI installs them)."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from trustjournal import cli


def script(shell: str) -> str:
    out = io.StringIO()
    assert cli.run(cli.parse(["completion", shell]), out=out) == 0
    return out.getvalue()


def bash_complete(tmp_path: Path, words: list[str]) -> list[str]:
    """What bash offers for the last word of `words`, as if Tab were pressed there."""
    source = tmp_path / "completion.bash"
    source.write_text(script("bash"), "utf-8")
    quoted = " ".join(f"'{w}'" for w in words)
    program = (f"source '{source}'; COMP_WORDS=({quoted}); COMP_CWORD={len(words) - 1}; "
               "_trustjournal; printf '%s\\n' \"${COMPREPLY[@]}\"")
    done = subprocess.run(["bash", "--norc", "-c", program], capture_output=True, text=True,
                          timeout=30, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return [line for line in done.stdout.splitlines() if line]


def test_bash_completes_commands_options_values_and_paths(tmp_path: Path) -> None:
    (tmp_path / "journals").mkdir()
    (tmp_path / "journal-notes.txt").write_text("x")
    assert bash_complete(tmp_path, ["trustjournal", "ex"]) == ["export"]
    assert set(bash_complete(tmp_path, ["trustjournal", "s"])) == {"search", "stats", "show"}
    assert bash_complete(tmp_path, ["trustjournal", "add", "--ti"]) == ["--title"]
    assert "--for-good" in bash_complete(tmp_path, ["trustjournal", "delete", "--"])
    formats = bash_complete(tmp_path, ["trustjournal", "export", "--format", ""])
    assert {"json", "markdown", "csv", "pdf"} <= set(formats)
    assert set(bash_complete(tmp_path, ["trustjournal", "stats", "--week-start", ""])) == {
        "mon", "sun", "sat"}
    # --data-dir wants a folder, import a file or folder; a date gets nothing offered.
    assert bash_complete(tmp_path, ["trustjournal", "--data-dir", "jour"]) == ["journals"]
    assert bash_complete(tmp_path, ["trustjournal", "list", "--data-dir", "jour"]) == [
        "journals"]
    assert set(bash_complete(tmp_path, ["trustjournal", "import", "jour"])) == {
        "journals", "journal-notes.txt"}
    assert bash_complete(tmp_path, ["trustjournal", "add", "--date", "20"]) == []
    # A value given to a program option is not taken for the command.
    assert bash_complete(tmp_path, ["trustjournal", "--data-dir", "journals", "li"]) == ["list"]
    assert bash_complete(tmp_path, ["trustjournal", "completion", "f"]) == ["fish"]


def test_fish_completes_commands_options_and_values(tmp_path: Path) -> None:
    source = tmp_path / "trustjournal.fish"
    source.write_text(script("fish"), "utf-8")

    def complete(line: str) -> list[str]:
        done = subprocess.run(
            ["fish", "--no-config", "-c", f"source '{source}'; complete -C '{line}'"],
            capture_output=True, text=True, timeout=30, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        return [row.split("\t")[0] for row in done.stdout.splitlines()]

    assert complete("trustjournal exp") == ["export"]
    assert "--title" in complete("trustjournal add --ti")
    assert {"mon", "sun", "sat"} <= set(complete("trustjournal stats --week-start "))
    assert "--for-good" in complete("trustjournal delete --")
    assert complete("trustjournal-cli exp") == ["export"]


def test_zsh_registers_the_completion_for_both_programs(tmp_path: Path) -> None:
    source = tmp_path / "completion.zsh"
    source.write_text(script("zsh"), "utf-8")
    done = subprocess.run(
        ["zsh", "-f", "-c", f"source '{source}'; print -r -- $_comps[trustjournal]; "
         "print -r -- $_comps[trustjournal-cli]"],
        capture_output=True, text=True, timeout=30, env={"HOME": str(tmp_path),
                                                       "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 2 and all("_trustjournal" in line for line in lines), done.stdout


def test_a_new_command_completes_without_editing_a_script() -> None:
    # The scripts are read from the parser: every command in it is offered.
    parser = cli.build_parser()
    names = next(a for a in parser._actions if a.dest == "command").choices
    bash, fish = script("bash"), script("fish")
    for name in names:
        assert f" {name}" in bash and f"-a {name}" in fish
