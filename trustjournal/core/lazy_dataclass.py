"""Dataclasses whose methods are written the first time they are needed.

Python 3.11 writes and compiles the methods of a dataclass (six of them for a frozen
one) as the class statement runs: about a millisecond a class. The window imports some
forty of them on its way to a usable journal, and most are never made in a session
(a worry, a promise, a backup's facts, a plain file found beside an encrypted journal).

`lazy_dataclass` takes `frozen` and `slots` as `dataclasses.dataclass` does and gives the
same class, except that the standard decorator runs on first use: when the class is
first made, compared, hashed or shown, or asked for its fields (`dataclasses.fields`,
`replace`, `asdict`, `is_dataclass` and `__match_args__` all count). From then on every
method is the one `dataclasses.dataclass` wrote; a test compares each record of the
package with the standard decorator's class.

Limits, all checked when the class is decorated: no base class, and no `__init__`,
`__repr__`, `__eq__` (or, frozen, `__setattr__` and `__delattr__`) of the class's own.
A frozen class refuses every assignment with FrozenInstanceError, as the standard one
does for its fields.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T", bound=type)

# One lock for every class: writing one class's methods never waits for another's.
_LOCK = threading.RLock()
_WRITTEN_LATER = ("__dataclass_fields__", "__dataclass_params__", "__match_args__")
_OWN_NOT_ALLOWED = ("__init__", "__repr__", "__eq__")
_NOT_COPIED = ("__dict__", "__weakref__", "__module__", "__qualname__", "__annotations__",
               "__slots__", "__getstate__", "__setstate__")
_EVERY: list[_Later] = []


@overload
def lazy_dataclass(cls: T, /) -> T: ...


@overload
def lazy_dataclass(*, frozen: bool = False, slots: bool = False) -> Callable[[T], T]: ...


@dataclass_transform()
def lazy_dataclass(cls: Any = None, /, *, frozen: bool = False,
                   slots: bool = False) -> Any:
    """`dataclasses.dataclass(frozen=..., slots=...)`, its methods written on first use."""
    def wrap(cls: T) -> T:
        return _Later(cls, frozen=frozen, slots=slots).cls  # type: ignore[return-value]

    return wrap if cls is None else wrap(cls)


def decorated() -> list[type]:
    """Every class decorated so far (the tests settle each one)."""
    return [later.cls for later in _EVERY]


def settle(cls: type) -> None:
    """Write a decorated class's methods now (a no-op once written)."""
    for later in _EVERY:
        if later.cls is cls:
            later.settle()
            return
    raise ValueError(f"{cls.__qualname__} is not a lazy_dataclass")


def _frozen_setattr(self: object, name: str, value: object) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: object, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


def _slots_getstate(self: Any) -> list[Any]:
    # A frozen class with slots is copied and pickled field by field, as the standard
    # decorator's own (its __setstate__ cannot assign through the frozen __setattr__).
    return [getattr(self, name) for name in self.__slots__]


def _slots_setstate(self: Any, state: list[Any]) -> None:
    for name, value in zip(self.__slots__, state, strict=True):
        object.__setattr__(self, name, value)


class _Later:
    """One class waiting for its methods: the class as written, and the stand-ins."""

    def __init__(self, cls: type, *, frozen: bool, slots: bool) -> None:
        name = cls.__qualname__
        if cls.__bases__ != (object,):
            raise TypeError(f"{name}: lazy_dataclass takes classes without a base class")
        written = {key: value for key, value in cls.__dict__.items()
                   if key not in ("__dict__", "__weakref__")}
        own = [method for method in _OWN_NOT_ALLOWED if method in written]
        if frozen:
            own += [method for method in ("__setattr__", "__delattr__") if method in written]
        if own:
            raise TypeError(f"{name}: lazy_dataclass writes {', '.join(own)} itself")
        self.written = written
        self.frozen = frozen
        self.slots = slots
        self.done = False
        _EVERY.append(self)
        if slots:
            fields = tuple(written.get("__annotations__", {}))
            body = {key: value for key, value in written.items() if key not in fields}
            body["__slots__"] = fields
            body["__qualname__"] = name
            cls = type(cls.__name__, (), body)
        self.cls = cls
        # The class statement's implicit `__hash__ = None` (it wrote __eq__) is not its own.
        own_hash = "__hash__" in written and written["__hash__"] is not None
        for method in ("__init__", "__repr__", "__eq__"):
            setattr(cls, method, self._stand_in(method))
        if frozen:
            if not own_hash:
                cls.__hash__ = self._stand_in("__hash__")  # type: ignore[method-assign]
            cls.__setattr__ = _frozen_setattr  # type: ignore[method-assign,assignment]
            cls.__delattr__ = _frozen_delattr  # type: ignore[method-assign,assignment]
            if slots:
                cls.__getstate__ = _slots_getstate  # type: ignore[attr-defined]
                cls.__setstate__ = _slots_setstate  # type: ignore[attr-defined]
        elif not own_hash:
            cls.__hash__ = None  # type: ignore[assignment]  # eq without frozen: unhashable
        for attribute in _WRITTEN_LATER:
            setattr(cls, attribute, _Pending(self, attribute))

    def _stand_in(self, method: str) -> Callable[..., Any]:
        def stand_in(instance: Any, *args: Any, **kwargs: Any) -> Any:
            self.settle()
            return getattr(self.cls, method)(instance, *args, **kwargs)

        stand_in.__name__ = method
        stand_in.__qualname__ = f"{self.cls.__qualname__}.{method}"
        return stand_in

    def settle(self) -> None:
        """Let `dataclasses.dataclass` write the methods (on a twin of the class as
        written), then put them on the class in place of the stand-ins."""
        with _LOCK:
            if self.done:
                return
            twin = type(self.cls.__name__, (),
                        {**self.written, "__qualname__": self.cls.__qualname__})
            # With slots the standard decorator writes __init__ differently (it sets a
            # field that is not an argument of __init__ but has a default), so the twin
            # gets slots too.
            twin = dataclasses.dataclass(twin, frozen=self.frozen, slots=self.slots)
            made = twin.__dict__
            fields = made["__dataclass_fields__"]
            if self.slots and tuple(fields) != self.cls.__slots__:
                raise TypeError(f"{self.cls.__qualname__}: its fields {tuple(fields)} are "
                                f"not its annotations {self.cls.__slots__}")
            for key, value in made.items():
                if key in _NOT_COPIED or (self.slots and key in fields):
                    continue  # with slots, defaults live in __init__ (as the standard's do)
                if self.frozen and key in ("__setattr__", "__delattr__"):
                    continue  # ours refuse on any instance, with no reference to the twin
                if key in self.written and self.written[key] is value:
                    continue
                setattr(self.cls, key, value)
            if not self.slots:
                # A field made with default_factory keeps no class attribute.
                for key in fields:
                    if key in self.written and key not in made:
                        delattr(self.cls, key)
            self.done = True


class _Pending:
    """A class attribute the standard decorator writes: asking for it settles the class."""

    def __init__(self, later: _Later, name: str) -> None:
        self.later = later
        self.name = name

    def __get__(self, instance: object, owner: type) -> Any:
        self.later.settle()
        return getattr(owner if instance is None else instance, self.name)
