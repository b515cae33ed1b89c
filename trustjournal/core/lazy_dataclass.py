"""Dataclasses whose methods are written the first time they are needed.

Python 3.11 writes and compiles the methods of a dataclass (six of them for a frozen
one) as the class statement runs: about a millisecond a class. The window imports some
forty of them on its way to a usable journal, and fewer than half are made in a session
(a worry, a promise, a backup's facts, a plain file found beside an encrypted journal
are not, most days).

`lazy_dataclass` takes `frozen` and `slots` as `dataclasses.dataclass` does and gives the
same class, except that the standard decorator runs on first use: when the class is
first made, compared, hashed or shown, or asked for its fields, its parameters, its
`__match_args__` or its `__doc__` (`dataclasses.fields`, `replace`, `asdict` and
`is_dataclass` all ask). Then `dataclasses.dataclass` writes the methods, on a twin of
the class as its body wrote it, and they are put on the class in place of stand-ins; a
test compares each record of the package with the standard decorator's class.

What differs: before first use `inspect.signature(cls)` shows the stand-in's
`(*args, **kwargs)`; a frozen class refuses every assignment to one of its own
instances with FrozenInstanceError (the standard's slotted class lets a name that is no
field through to a TypeError). Refused as the class is decorated, as the standard
decorator refuses what it cannot make: a base class or a metaclass; a method or
attribute the decorator writes (`__init__`, `__repr__`, `__eq__`, `__hash__`,
`__match_args__`, `__slots__`, and for a frozen class `__setattr__` and `__delattr__`);
ClassVar, InitVar and KW_ONLY annotations; a mutable default; a field without a default
after one with a default.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T", bound=type)

# Held while a class's methods are written (one lock for all: it is rare and brief).
_LOCK = threading.RLock()
_WRITTEN_LATER = ("__dataclass_fields__", "__dataclass_params__", "__match_args__")
_OWN_NOT_ALLOWED = ("__init__", "__repr__", "__eq__", "__hash__", "__slots__",
                    *_WRITTEN_LATER)
_NOT_COPIED = ("__dict__", "__weakref__", "__module__", "__qualname__", "__annotations__",
               "__slots__", "__getstate__", "__setstate__", "__setattr__", "__delattr__")
_PSEUDO_FIELD = re.compile(r"\b(ClassVar|InitVar|KW_ONLY)\b")
_EVERY: list[_Later] = []  # every class decorated (the tests compare each with the standard)
_ABSENT = object()


@overload
def lazy_dataclass(cls: T, /) -> T: ...


@overload
def lazy_dataclass(*, frozen: bool = False, slots: bool = False) -> Callable[[T], T]: ...


@dataclass_transform(field_specifiers=(dataclasses.field, dataclasses.Field))
def lazy_dataclass(cls: Any = None, /, *, frozen: bool = False,
                   slots: bool = False) -> Any:
    """`dataclasses.dataclass(frozen=..., slots=...)`, its methods written on first use."""
    def wrap(cls: T) -> T:
        return _Later(cls, frozen=frozen, slots=slots).cls  # type: ignore[return-value]

    return wrap if cls is None else wrap(cls)


def _check(cls: type, written: dict[str, Any], *, frozen: bool) -> None:
    """Refuse, now, what the standard decorator would refuse or this one cannot keep."""
    name = cls.__qualname__
    if cls.__bases__ != (object,) or type(cls) is not type:
        raise TypeError(f"{name}: lazy_dataclass takes classes without a base class or "
                        "a metaclass")
    own = [key for key in _OWN_NOT_ALLOWED if key in written]
    if frozen:
        own += [key for key in ("__setattr__", "__delattr__") if key in written]
    if own:
        raise TypeError(f"{name}: lazy_dataclass writes {', '.join(own)} itself")
    defaulted = None
    for field_name, annotation in written.get("__annotations__", {}).items():
        if _PSEUDO_FIELD.search(str(annotation)):
            raise TypeError(f"{name}.{field_name}: lazy_dataclass takes no ClassVar, "
                            "InitVar or KW_ONLY annotations")
        value = written.get(field_name, dataclasses.MISSING)
        if isinstance(value, dataclasses.Field):
            has_default = (value.default is not dataclasses.MISSING
                           or value.default_factory is not dataclasses.MISSING)
            if not value.init:
                continue  # not an argument of __init__: no order to keep
        else:
            has_default = value is not dataclasses.MISSING
            if has_default and type(value).__hash__ is None:
                raise ValueError(f"mutable default {type(value)} for field {field_name} "
                                 "is not allowed: use default_factory")
        if has_default:
            defaulted = field_name
        elif defaulted is not None:
            raise TypeError(f"non-default argument {field_name!r} follows default "
                            f"argument {defaulted!r}")


def _frozen_methods(cls: type) -> tuple[Callable[..., None], Callable[..., None]]:
    """__setattr__ and __delattr__ of a frozen class, as the standard decorator's."""
    def __setattr__(self: Any, name: str, value: object) -> None:
        if type(self) is cls or name in cls.__dataclass_fields__:  # type: ignore[attr-defined]
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in cls.__dataclass_fields__:  # type: ignore[attr-defined]
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _slots_getstate(self: Any) -> list[Any]:
    # A frozen class with slots is copied and pickled field by field, as the standard
    # decorator's (unpickling cannot assign through the frozen __setattr__).
    return [getattr(self, field.name) for field in dataclasses.fields(self)]


def _slots_setstate(self: Any, state: list[Any]) -> None:
    for field, value in zip(dataclasses.fields(self), state, strict=False):
        object.__setattr__(self, field.name, value)


class _Later:
    """One class waiting for its methods: the class as written, and the stand-ins."""

    def __init__(self, cls: type, *, frozen: bool, slots: bool) -> None:
        written = {key: value for key, value in cls.__dict__.items()
                   if key not in ("__dict__", "__weakref__")}
        _check(cls, written, frozen=frozen)
        self.written = written
        self.frozen = frozen
        self.slots = slots
        self.done = False
        fields = tuple(written.get("__annotations__", {}))
        if slots:
            body = {key: value for key, value in written.items() if key not in fields}
            body["__slots__"] = fields
            body["__qualname__"] = cls.__qualname__
            cls = type(cls.__name__, (), body)
        else:
            # The class values the standard decorator leaves: a field's default, none for
            # a default_factory (the twin is made from `written`, which keeps the Field).
            for key in fields:
                value = written.get(key)
                if isinstance(value, dataclasses.Field):
                    if value.default is dataclasses.MISSING:
                        delattr(cls, key)
                    else:
                        setattr(cls, key, value.default)
        self.cls = cls
        for method in ("__init__", "__repr__", "__eq__"):
            setattr(cls, method, self._stand_in(method))
        if frozen:
            cls.__hash__ = self._stand_in("__hash__")  # type: ignore[method-assign]
            cls.__setattr__, cls.__delattr__ = _frozen_methods(cls)  # type: ignore[method-assign]
            if slots:
                cls.__getstate__ = _slots_getstate  # type: ignore[attr-defined]
                cls.__setstate__ = _slots_setstate  # type: ignore[attr-defined]
        else:
            cls.__hash__ = None  # type: ignore[assignment]  # eq without frozen: unhashable
        for attribute in _WRITTEN_LATER:
            setattr(cls, attribute, _Pending(self, attribute))
        if written.get("__doc__") is None:  # the standard writes one from the signature
            cls.__doc__ = _Pending(self, "__doc__")  # type: ignore[assignment]
        _EVERY.append(self)

    def _stand_in(self, method: str) -> Callable[..., Any]:
        def stand_in(instance: Any, /, *args: Any, **kwargs: Any) -> Any:
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
            # The decorator compiles each method's source with its module's `exec`: for
            # the time it runs here, that is one that keeps the compiled code between
            # runs (method_code.py). Whatever else calls the decorator meanwhile gets
            # the same code it would have compiled itself.
            from trustjournal.core import method_code

            code = method_code.for_module(self.cls.__module__)
            before = vars(dataclasses).get("exec", _ABSENT)
            setattr(dataclasses, "exec", code.exec)  # noqa: B010
            try:
                # With slots the standard decorator writes __init__ differently (it sets
                # a field that is not an argument of __init__ but has a default), so the
                # twin gets slots too.
                twin = dataclasses.dataclass(twin, frozen=self.frozen, slots=self.slots)
            finally:
                if before is _ABSENT:
                    delattr(dataclasses, "exec")
                else:
                    setattr(dataclasses, "exec", before)  # noqa: B010
            made = twin.__dict__
            fields = made["__dataclass_fields__"]
            for key, value in made.items():
                if key in _NOT_COPIED or (self.slots and key in fields):
                    continue  # with slots, defaults live in __init__ (as the standard's do)
                if key in self.written and self.written[key] is value:
                    continue
                setattr(self.cls, key, value)
            self.done = True


class _Pending:
    """A class attribute the standard decorator writes: asking for it settles the class."""

    def __init__(self, later: _Later, name: str) -> None:
        self.later = later
        self.name = name

    def __get__(self, instance: object, owner: type) -> Any:
        self.later.settle()
        if isinstance(owner.__dict__.get(self.name), _Pending):
            raise AttributeError(self.name)  # never written: no endless asking
        return getattr(owner if instance is None else instance, self.name)
