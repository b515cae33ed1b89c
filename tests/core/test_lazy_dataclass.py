"""lazy_dataclass: the standard dataclass's behaviour, its methods written on first use."""

from __future__ import annotations

import copy
import dataclasses
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import FrozenInstanceError, dataclass, field
from typing import Any

import pytest

from trustjournal.core import lazy_dataclass as lazy_module
from trustjournal.core.lazy_dataclass import lazy_dataclass

# Module level, so pickle finds them by name.


@lazy_dataclass(frozen=True, slots=True)
class Point:
    """A point."""

    x: int
    y: int = 0
    tags: tuple[str, ...] = ()

    def moved(self, dx: int) -> Point:
        return dataclasses.replace(self, x=self.x + dx)


@lazy_dataclass(frozen=True)
class Named:
    name: str
    notes: list[str] = field(default_factory=list)
    size: int = field(default=3)


@lazy_dataclass
class Counter:
    count: int = 0
    seen: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.seen.append(self.count)


@lazy_dataclass(frozen=True, slots=True)
class WithHidden:
    name: str
    extra: int | None = field(default=None, init=False, compare=False, repr=False)


@lazy_dataclass(frozen=True, slots=True)
class Finding:
    instance: str
    other: int = 0


def _body() -> type:
    class Item:
        __module__ = __name__
        __qualname__ = "Item"
        __annotations__ = {"name": "str", "size": "int", "parts": "list[int]"}
        size = 3
        parts = field(default_factory=list)

        def double(self) -> int:
            return self.size * 2

    return Item


def _twins(frozen: bool, slots: bool) -> tuple[type, type]:
    """The same class body under the standard decorator and under ours."""
    return (dataclass(frozen=frozen, slots=slots)(_body()),
            lazy_dataclass(frozen=frozen, slots=slots)(_body()))


def _pending(cls: type) -> bool:
    return isinstance(cls.__dict__["__dataclass_fields__"], lazy_module._Pending)


KINDS = [(True, True), (True, False), (False, False), (False, True)]


@pytest.mark.parametrize(("frozen", "slots"), KINDS)
def test_behaves_as_the_standard_dataclass(frozen: bool, slots: bool) -> None:
    standard, ours = _twins(frozen, slots)
    assert _pending(ours)
    a, b = standard("a", 4), ours("a", 4)
    assert not _pending(ours)
    assert repr(a) == repr(b) == "Item(name='a', size=4, parts=[])"
    assert b == ours("a", 4) and b != ours("a", 5) and b != a  # another class is never equal
    assert ours("z") == ours("z", 3, []) == ours(name="z", parts=[])
    assert b.double() == 8
    assert [f.name for f in dataclasses.fields(b)] == ["name", "size", "parts"]
    assert dataclasses.asdict(b) == dataclasses.asdict(a) == {"name": "a", "size": 4,
                                                              "parts": []}
    assert dataclasses.replace(b, size=9) == ours("a", 9)
    assert ours.__match_args__ == standard.__match_args__
    assert ours.__dataclass_params__.frozen is frozen
    assert ours.__doc__ == standard.__doc__ and ours.__doc__.startswith("Item(name")
    assert ours("x").parts is not ours("x").parts  # a new list each time
    assert hasattr(b, "__dict__") is hasattr(a, "__dict__") is (not slots)
    assert set(vars(ours)) == set(vars(standard))
    if frozen:
        assert hash(ours("a", 4, (1,))) == hash(standard("a", 4, (1,)))
        for item in (a, b):
            with pytest.raises(FrozenInstanceError):
                item.size = 1  # type: ignore[misc]
            with pytest.raises(FrozenInstanceError):
                del item.size  # type: ignore[misc]
        with pytest.raises(FrozenInstanceError):
            b.other = 1  # type: ignore[attr-defined]
    else:
        assert ours.__hash__ is None and standard.__hash__ is None
        b.size = 1
        assert b == ours("a", 1)
    if slots:
        with pytest.raises((AttributeError, TypeError)):
            b.other = 1  # type: ignore[attr-defined]


def test_the_class_is_made_without_writing_methods() -> None:
    _standard, ours = _twins(True, True)
    assert _pending(ours)
    stand_in = ours.__dict__["__init__"]
    assert stand_in.__code__.co_varnames[:1] == ("instance",)
    # Asking for the fields is a use: the methods are written then.
    assert dataclasses.is_dataclass(ours)
    assert not _pending(ours)
    written = ours.__dict__["__init__"]
    assert written is not stand_in
    assert written.__code__.co_varnames[:4] == ("self", "name", "size", "parts")
    assert written.__qualname__ == "Item.__init__"


FIRST_USES: list[Callable[[type], object]] = [
    lambda c: c("n"), lambda c: dataclasses.fields(c), lambda c: c.__match_args__,
    lambda c: c.__dataclass_params__, lambda c: dataclasses.is_dataclass(c),
    lambda c: c.__doc__]


@pytest.mark.parametrize("first_use", FIRST_USES)
def test_each_way_in_writes_the_methods(first_use: Callable[[type], object]) -> None:
    _standard, ours = _twins(True, True)
    first_use(ours)
    assert not _pending(ours)
    assert ours("n") == ours("n")


@pytest.mark.parametrize("use", [lambda a, b: a == b, lambda a, b: hash(a) == hash(b),
                                 lambda a, b: repr(a) == repr(b)])
def test_an_instance_made_without_init_settles_on_first_compare(
        use: Callable[[Any, Any], bool]) -> None:
    # As ProgressData.from_columns makes its data: object.__new__, then the fields.
    _standard, ours = _twins(True, True)
    made = [object.__new__(ours) for _ in range(2)]
    for item in made:
        for name, value in (("name", "a"), ("size", 1), ("parts", ())):
            object.__setattr__(item, name, value)
    assert _pending(ours)
    assert use(*made)
    assert made[0] == ours("a", 1, ())


def test_a_field_named_instance_is_passed_by_name() -> None:
    assert Finding(instance="i", other=2) == Finding("i", 2)


def test_pattern_matching_by_position() -> None:
    match Point(1, 2):
        case Point(x, y):
            assert (x, y) == (1, 2)
        case _:
            pytest.fail("no match")


def test_defaults_factories_and_post_init() -> None:
    assert Point(1) == Point(1, 0, ())
    assert Point(1).moved(2) == Point(3)
    one, two = Named("a"), Named("a")
    assert one.notes == [] and one.notes is not two.notes
    counter = Counter(5)
    assert counter.seen == [5] and Counter().seen == [0]
    # The class values are the standard's before first use as after.
    assert "seen" not in Counter.__dict__ and "notes" not in Named.__dict__
    assert Counter.__dict__["count"] == 0 and Named.__dict__["size"] == 3
    # A field __init__ does not take, with a default, is set (there is no class value
    # to fall back on with slots).
    assert WithHidden("a").extra is None and repr(WithHidden("a")) == "WithHidden(name='a')"
    with pytest.raises(TypeError):
        Point()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Point(1, 2, (), 4)  # type: ignore[call-arg]


def test_copy_and_pickle() -> None:
    point = Point(1, 2, ("a",))
    assert copy.copy(point) == point and copy.deepcopy(point) == point
    assert pickle.loads(pickle.dumps(point)) == point
    named = Named("a", ["b"])
    assert pickle.loads(pickle.dumps(named)) == named
    assert copy.deepcopy(named).notes is not named.notes


_PICKLED = """
import pickle, sys
from trustjournal.core import lazy_dataclass as lazy

@lazy.lazy_dataclass(frozen=True, slots=True)
class Record:
    name: str
    size: int = 0

if sys.argv[1] == "dump":
    sys.stdout.write(pickle.dumps(Record("a", 7)).hex())
else:
    assert isinstance(Record.__dict__["__dataclass_fields__"], lazy._Pending)
    item = pickle.loads(bytes.fromhex(sys.argv[2]))
    assert item == Record("a", 7), item
    assert repr(item) == "Record(name='a', size=7)"
    sys.stdout.write("read")
"""


def test_unpickling_into_a_class_never_used() -> None:
    # Written by one process, read by another where the class has not been used yet.
    def run(*args: str) -> str:
        done = subprocess.run([sys.executable, "-c", _PICKLED, *args], capture_output=True,
                              text=True, timeout=60, check=False)
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout

    assert run("load", run("dump")) == "read"


def test_a_subclass_keeps_its_own_attributes() -> None:
    class Tagged(Point):
        pass

    tagged = Tagged(1)
    tagged.note = "kept"  # type: ignore[attr-defined]  # not a field: the subclass's own
    assert tagged.note == "kept"  # type: ignore[attr-defined]
    with pytest.raises(FrozenInstanceError):
        tagged.x = 2  # type: ignore[misc]
    assert copy.copy(Tagged(4)) == Tagged(4)


def _made_at_once(cls: type, threads: int = 8) -> tuple[list[object], list[BaseException]]:
    """Make cls("t", 1) on `threads` threads released at the same moment."""
    start = threading.Barrier(threads)
    made: list[object] = []
    failed: list[BaseException] = []

    def make() -> None:
        start.wait()
        try:
            made.append(cls("t", 1))
        except BaseException as exc:  # reported by the caller
            failed.append(exc)

    running = [threading.Thread(target=make) for _ in range(threads)]
    for thread in running:
        thread.start()
    for thread in running:
        thread.join()
    return made, failed


@pytest.mark.parametrize(("frozen", "slots"), KINDS)
def test_first_use_from_many_threads_at_once(frozen: bool, slots: bool) -> None:
    for _round in range(20):
        _standard, ours = _twins(frozen, slots)
        made, failed = _made_at_once(ours)
        assert not failed
        assert made == [ours("t", 1)] * 8


def _refused(body: str, decorator: Any = lazy_dataclass) -> type[BaseException]:
    namespace: dict[str, Any] = {"lazy_dataclass": decorator, "field": field}
    try:
        exec(body, namespace)  # the class statements below, nothing else
    except (TypeError, ValueError) as exc:
        return type(exc)
    pytest.fail(f"accepted:\n{body}")


REFUSED = [
    "class Base: pass\n@lazy_dataclass(frozen=True)\nclass C(Base):\n    x: int",
    "import abc\n@lazy_dataclass\nclass C(metaclass=abc.ABCMeta):\n    x: int",
    "@lazy_dataclass(frozen=True)\nclass C:\n    x: int\n    def __repr__(self): return ''",
    "@lazy_dataclass(frozen=True)\nclass C:\n    x: int\n    __hash__ = None",
    "@lazy_dataclass\nclass C:\n    x: int\n    __match_args__ = ('x',)",
    "@lazy_dataclass\nclass C:\n    __slots__ = ('x',)\n    x: int",
    "@lazy_dataclass(frozen=True)\nclass C:\n    x: int\n"
    "    def __setattr__(self, n, v): pass",
    "import typing\n@lazy_dataclass(slots=True)\nclass C:\n    x: int\n"
    "    LIMIT: typing.ClassVar[int] = 5",
    "import dataclasses\n@lazy_dataclass\nclass C:\n    x: dataclasses.InitVar[int]",
    "@lazy_dataclass\nclass C:\n    x: list = []",
    "@lazy_dataclass\nclass C:\n    x: int = 0\n    y: int",
    "@lazy_dataclass\nclass C:\n    x: int = field(default=0)\n    y: int",
]


@pytest.mark.parametrize("body", REFUSED)
def test_what_it_refuses_as_the_class_is_decorated(body: str) -> None:
    assert _refused(body) in (TypeError, ValueError)


@pytest.mark.parametrize("body", REFUSED[-3:])
def test_the_standard_refuses_these_too(body: str) -> None:
    assert _refused(body, dataclass) is _refused(body)


_COMPARE_ALL = """
import dataclasses, importlib, inspect, pkgutil
import trustjournal
from trustjournal.core import lazy_dataclass as lazy
for module in pkgutil.walk_packages(trustjournal.__path__, "trustjournal."):
    if ".migrations" not in module.name and not module.name.endswith("__main__"):
        importlib.import_module(module.name)
later = [item for item in lazy._EVERY if item.cls.__module__.startswith("trustjournal.")]
OURS_ONLY = {"__setattr__", "__delattr__", "__getstate__", "__setstate__"}
def code(fn):
    fn = inspect.unwrap(fn)
    made = fn.__code__
    return (made.co_code, made.co_consts, made.co_varnames, made.co_flags, made.co_filename,
            fn.__annotations__)
for item in later:
    cls = item.cls
    item.settle()
    twin = type(cls.__name__, (), {**item.written, "__qualname__": cls.__qualname__})
    std = dataclasses.dataclass(twin, frozen=item.frozen, slots=item.slots)
    ours, theirs = vars(cls), vars(std)
    assert set(ours) == set(theirs), (cls, set(ours) ^ set(theirs))
    for key, value in theirs.items():
        if key in OURS_ONLY or key in ("__dict__", "__weakref__"):
            continue
        if inspect.isfunction(value):
            assert code(ours[key]) == code(value), (cls, key)
        elif key == "__dataclass_fields__":
            assert [(f.name, f.type, f.default, f.default_factory, f.init, f.repr,
                     f.compare) for f in ours[key].values()] == [
                    (f.name, f.type, f.default, f.default_factory, f.init, f.repr,
                     f.compare) for f in value.values()], cls
        elif key == "__dataclass_params__":
            assert repr(ours[key]) == repr(value), cls
        elif not inspect.ismemberdescriptor(value):
            assert ours[key] is value or ours[key] == value, (cls, key)
print(len(later))
"""


def test_every_record_in_the_package_is_the_standard_decorators() -> None:
    # Each record of the package, once used, has the methods, fields and class values
    # the standard decorator gives the same body (and whatever it would refuse is found
    # here, not the first time the record is made). In a process of its own: it imports
    # every module of the package.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _COMPARE_ALL], capture_output=True,
                          text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.split()[-1]) > 100
