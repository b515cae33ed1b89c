"""method_code: records' compiled methods kept between runs, beside a module's own code."""

from __future__ import annotations

import dataclasses
import marshal
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from trustjournal.core import method_code
from trustjournal.core.lazy_dataclass import lazy_dataclass
from trustjournal.core.method_code import MethodCode

SOURCE = "def __create_fn__():\n def answer(x):\n  return x + 1\n return answer"


@pytest.fixture(autouse=True)
def _bytecode_may_be_written(monkeypatch) -> None:
    """As Python runs by default (a developer's shell may say otherwise)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def _run(code: MethodCode, source: str = SOURCE) -> object:
    space: dict[str, object] = {}
    code.exec(source, {}, space)
    return space["__create_fn__"]()  # type: ignore[operator]


def test_code_compiled_once_is_read_back_in_a_later_run(tmp_path: Path) -> None:
    path = str(tmp_path / "__pycache__" / "records.test.records")
    first = MethodCode(path)
    assert _run(first)(1) == 2  # type: ignore[operator]
    assert first.compiled == 1
    first.save()
    assert os.path.isfile(path)
    later = MethodCode(path)
    assert _run(later)(41) == 42  # type: ignore[operator]
    assert later.compiled == 0  # read, not compiled
    later.save()  # nothing new: nothing written
    assert sorted(os.listdir(tmp_path / "__pycache__")) == ["records.test.records"]


def test_other_source_is_compiled_and_kept_beside_the_first(tmp_path: Path) -> None:
    path = str(tmp_path / "kept.records")
    first = MethodCode(path)
    _run(first)
    first.save()
    changed = SOURCE.replace("x + 1", "x + 2")
    second = MethodCode(path)
    assert _run(second, changed)(1) == 3  # type: ignore[operator]
    assert second.compiled == 1
    second.save()
    third = MethodCode(path)
    assert _run(third)(1) == 2 and _run(third, changed)(1) == 3  # type: ignore[operator]
    assert third.compiled == 0


@pytest.mark.parametrize("content", [
    b"", b"not marshal data at all",
    marshal.dumps(("another Python", {SOURCE: compile(SOURCE, "<string>", "exec")})),
    marshal.dumps([method_code.STAMP, {}]),
    marshal.dumps((method_code.STAMP, {SOURCE: "not code"})),
], ids=["empty", "not-marshal", "other-python", "not-a-pair", "not-code"])
def test_a_file_it_did_not_write_itself_is_compiled_past(tmp_path: Path,
                                                         content: bytes) -> None:
    path = tmp_path / "odd.records"
    path.write_bytes(content)
    code = MethodCode(str(path))
    assert _run(code)(1) == 2  # type: ignore[operator]
    assert code.compiled == 1
    code.save()  # written again, whole, by this Python
    again = MethodCode(str(path))
    _run(again)
    assert again.compiled == 0


def test_nothing_is_written_when_python_is_told_not_to(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = tmp_path / "__pycache__" / "no.records"
    code = MethodCode(str(path))
    _run(code)
    code.save()
    assert not path.exists() and not path.parent.exists()


def test_a_place_it_cannot_write_is_no_error(tmp_path: Path) -> None:
    (tmp_path / "__pycache__").write_text("a file where the folder would go")
    code = MethodCode(str(tmp_path / "__pycache__" / "x.records"))
    _run(code)
    code.save()  # quietly not kept
    assert sorted(os.listdir(tmp_path)) == ["__pycache__"]


def test_compiled_as_the_decorators_own_exec_would() -> None:
    # As "<string>", and without this module's `from __future__ import annotations`
    # (with it, __init__'s annotations would become the names of the decorator's own
    # locals): the methods are the standard decorator's, flags and annotations too.
    body = {"__annotations__": {"x": "int", "y": "str"}, "y": "", "__qualname__": "T"}
    ours = lazy_dataclass(frozen=True)(type("T", (), dict(body)))
    assert ours(1) == ours(1, "")  # written now
    theirs = dataclasses.dataclass(type("T", (), dict(body)), frozen=True)
    for name in ("__init__", "__eq__"):
        mine, std = vars(ours)[name], vars(theirs)[name]
        assert mine.__code__.co_flags == std.__code__.co_flags, name
        assert mine.__code__.co_filename == std.__code__.co_filename == "<string>"
        assert mine.__annotations__ == std.__annotations__, name
    assert vars(ours)["__init__"].__annotations__ == {"x": "int", "y": "str",
                                                      "return": None}


def test_the_path_sits_beside_the_modules_compiled_code() -> None:
    tag = sys.implementation.cache_tag
    assert method_code.cache_path("/x/y/records.py") == f"/x/y/__pycache__/records.{tag}.records"
    assert method_code.cache_path(None) is None
    assert method_code.cache_path("/x/y/module.pyc") is None  # no source: nothing kept


def test_writing_a_record_leaves_the_standard_decorator_as_it_was() -> None:
    @lazy_dataclass(frozen=True, slots=True)
    class Fresh:
        a: int
        b: str = ""

    assert Fresh(1) == Fresh(1, "")
    assert "exec" not in vars(dataclasses)  # its module's `exec` is the builtin again


_RECORDS = '''
from __future__ import annotations
from trustjournal.core.lazy_dataclass import lazy_dataclass

@lazy_dataclass(frozen=True, slots=True)
class Card:
    title: str
    size: int = 1

@lazy_dataclass
class Tally:
    count: int = 0
'''

_USE = '''
import sys
sys.path.insert(0, sys.argv[1])
import kept_records as m
from trustjournal.core import method_code
card = m.Card("a")
assert card == m.Card("a", 1) and repr(card) == "Card(title='a', size=1)"
assert hash(card) == hash(m.Card("a")) and m.Tally().count == 0
print(method_code.for_module("kept_records").compiled, getattr(m.Card, "__match_args__"))
'''


def _use(folder: Path, **env: str) -> str:
    run_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run([sys.executable, "-c", _USE, str(folder)], capture_output=True,
                          text=True, env={**run_env, **env}, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def test_a_second_run_makes_its_records_without_compiling(tmp_path: Path) -> None:
    (tmp_path / "kept_records.py").write_text(textwrap.dedent(_RECORDS))
    compiled, match_args = _use(tmp_path).split(" ", 1)
    assert int(compiled) > 0 and match_args == "('title', 'size')"  # compiled, the first time
    kept = list((tmp_path / "__pycache__").glob("kept_records.*.records"))
    assert len(kept) == 1
    assert _use(tmp_path) == "0 ('title', 'size')"  # read back: nothing compiled
    # A changed record compiles what changed, and works as written now.
    (tmp_path / "kept_records.py").write_text(
        textwrap.dedent(_RECORDS).replace("    size: int = 1\n", "    size: int = 1\n"
                                          "    kind: str = 'x'\n"))
    changed = _USE.replace("repr(card) == \"Card(title='a', size=1)\"",
                           "repr(card) == \"Card(title='a', size=1, kind='x')\"")
    run_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run([sys.executable, "-c", changed, str(tmp_path)], capture_output=True,
                          text=True, env=run_env, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    compiled, _match = done.stdout.split(" ", 1)
    assert int(compiled) > 0 and "kind" in _match
