"""The plugin manager: where plugins come from, and calling them one at a time.

Plugins come from, in this order: claimtrack's own defaults (``claimtrack.defaults``), the
``claimtrack`` entry-point group (the built-in checkers in ``plugins/`` are registered there too,
exactly like a third-party package), ``-p NAME`` (an importable module) and ``--plugin FILE``.
``-p no:NAME`` blocks a plugin by name, as in pytest. Setting ``CLAIMTRACK_DISABLE_PLUGIN_AUTOLOAD``
skips the entry points of other distributions; claimtrack's own built-in plugins still load.

pluggy aborts a hook call at the first exception, which would let one broken plugin hide every
other plugin's results; ``Plugins.call`` therefore calls each implementation on its own and
records failures as ``PluginError`` (fatal with ``--strict``).
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import importlib.util
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pluggy

from . import hookspecs
from .errors import ClaimtrackError

hookimpl = pluggy.HookimplMarker("claimtrack")

ENTRY_POINT_GROUP = "claimtrack"
AUTOLOAD_ENV = "CLAIMTRACK_DISABLE_PLUGIN_AUTOLOAD"
HOOK_PREFIX = "claimtrack_"
OWN_DISTRIBUTION = "claimtrack"


@dataclass
class PluginError:
    """A plugin that raised: which one, in which hook, and what it said."""

    plugin: str
    hook: str
    error: BaseException
    count: int = 1

    def __str__(self) -> str:
        times = f" ({self.count} calls)" if self.count > 1 else ""
        return f"plugin '{self.plugin}' failed in {self.hook}{times}: {type(self.error).__name__}: {self.error}"


@dataclass
class Config:
    """What a run knows: its parsed options and its plugins."""

    plugins: Plugins
    options: argparse.Namespace = field(default_factory=argparse.Namespace)
    #: the sources of the current command, by id, so that checkers can read a claim's sentence
    sources: dict[str, Any] = field(default_factory=dict)

    def getoption(self, name: str, default: Any = None) -> Any:
        return getattr(self.options, name, default)

    def compare(self, a: Any, b: Any) -> Any:
        """The first checker plugin's Comparison of two claims, with ``checker`` naming that plugin, or None."""
        cmp, checker = self.plugins.call("claimtrack_compare", firstresult=True, a=a, b=b, config=self)
        if cmp is not None:
            cmp.checker = cmp.checker or checker
        return cmp

    def sentence_of(self, claim: Any) -> str:
        """The sentence a claim stands in (a table row read as ``row_sentence``), or its own text when
        its source is unknown."""
        source = self.sources.get(claim.source)
        if source is None:
            return claim.text
        sentence = source.text[claim.sentence[0]:claim.sentence[1]]
        return row_sentence(sentence, claim.start - claim.sentence[0]) if "\t" in sentence else sentence

    def published_of(self, claim: Any) -> Any:
        """The date a claim's source was published (a ``datetime.date``), or None when it is unknown."""
        return getattr(self.sources.get(claim.source), "published", None)


_NUMBER_WORD = re.compile(r"\S*\d\S*")


def row_sentence(row: str, at: int) -> str:
    """A table row (cells joined by tabs) as the sentence of the claim at ``at`` in a later cell.

    The row's label says what the cell's figure measures, as the words before a figure do in a
    sentence ("Annual cost savings by 2028<tab>$530 million"): its numbers, which would end those words,
    are blanked, and its capital dropped unless its next word has one too ("Jared Okafor" stays a
    name). Same length, so offsets into the row stay offsets into the result."""
    tab = row.find("\t")
    if at <= tab:
        return row
    label = _NUMBER_WORD.sub(lambda m: " " * len(m.group()), row[:tab])
    words = label.split(maxsplit=2)
    if words and (len(words) < 2 or words[1][:1].islower()):
        first = label.index(words[0])
        label = label[:first] + label[first].lower() + label[first + 1:]
    return label + row[tab:]


class _Manager(pluggy.PluginManager):
    """A pluggy manager that, like pytest, treats any ``claimtrack_*`` function as a hook implementation,
    so that a misspelt hook name is caught by ``check_pending`` instead of being silently ignored."""

    def parse_hookimpl_opts(self, plugin: Any, name: str):  # type: ignore[override]
        opts = super().parse_hookimpl_opts(plugin, name)
        if opts is None and name.startswith(HOOK_PREFIX) and callable(getattr(plugin, name, None)):
            opts = {"tryfirst": False, "trylast": False, "optionalhook": False, "hookwrapper": False,
                    "wrapper": False, "specname": None}
        return opts


class Plugins:
    """claimtrack's plugins, with where each came from."""

    def __init__(self) -> None:
        self.pm = _Manager("claimtrack")
        self.pm.add_hookspecs(hookspecs)
        self.origins: dict[str, str] = {}
        self.errors: list[PluginError] = []
        self.strict = False

    # ------------------------------------------------------------------ registration
    def register(self, plugin: Any, name: str, origin: str) -> None:
        if self.pm.is_blocked(name) or self.pm.has_plugin(name):
            return
        try:
            self.pm.register(plugin, name=name)
        except pluggy.PluginValidationError as e:
            raise ClaimtrackError(f"plugin '{name}' ({origin}) is invalid: {e}") from None
        self.origins[name] = origin
        self._check_unknown_hooks(name)

    def _check_unknown_hooks(self, name: str) -> None:
        try:
            self.pm.check_pending()
        except pluggy.PluginValidationError as e:
            plugin = self.pm.get_plugin(name)
            self.pm.unregister(name=name)
            self.origins.pop(name, None)
            unknown = sorted(n for n in dir(plugin) if n.startswith(HOOK_PREFIX) and not hasattr(hookspecs, n))
            raise ClaimtrackError(
                f"plugin '{name}' implements unknown hook(s) {', '.join(unknown) or str(e)}; "
                f"see `claimtrack plugins --hooks` for the hooks claimtrack calls") from None

    def block(self, name: str) -> None:
        self.pm.set_blocked(name)

    def load_defaults(self) -> None:
        from . import defaults

        self.register(defaults, "claimtrack.defaults", "claimtrack (built in)")

    def load_entry_points(self) -> None:
        autoload = not os.environ.get(AUTOLOAD_ENV)
        for ep in sorted(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            dist = ep.dist.name if ep.dist is not None else "?"
            if not autoload and dist.lower() != OWN_DISTRIBUTION:
                continue
            if self.pm.is_blocked(ep.name) or self.pm.has_plugin(ep.name):
                continue
            try:
                plugin = ep.load()
            except Exception as e:  # a broken third-party package must not take claimtrack down
                raise ClaimtrackError(f"plugin '{ep.name}' (entry point of {dist}) failed to import: "
                                      f"{type(e).__name__}: {e}") from None
            version = ep.dist.version if ep.dist is not None else ""
            self.register(plugin, ep.name, f"entry point {ep.value} ({dist} {version})".strip())

    def load_module(self, modname: str) -> None:
        """``-p NAME``: import a module by name and register it under that name."""
        if self.pm.is_blocked(modname) or self.pm.has_plugin(modname):
            return
        try:
            module = importlib.import_module(modname)
        except ImportError as e:
            raise ClaimtrackError(f"-p {modname}: cannot import plugin module: {e}") from None
        self.register(module, modname, f"-p {modname}")

    def load_file(self, path: str) -> None:
        """``--plugin FILE``: import a Python file and register it under its stem."""
        p = Path(path)
        if not p.is_file():
            raise ClaimtrackError(f"--plugin {path}: no such file")
        name = p.stem
        if self.pm.is_blocked(name):
            return
        spec = importlib.util.spec_from_file_location(f"claimtrack_plugin_{name}", p)
        if spec is None or spec.loader is None:
            raise ClaimtrackError(f"--plugin {path}: not a Python file")
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except Exception as e:
            raise ClaimtrackError(f"--plugin {path}: failed to import: {type(e).__name__}: {e}") from None
        self.register(module, name, f"--plugin {path}")

    # ------------------------------------------------------------------ calling
    def _impls(self, hook: str) -> list:
        # pluggy calls implementations in reverse registration order, honouring tryfirst/trylast
        return list(reversed(getattr(self.pm.hook, hook).get_hookimpls()))

    def implements(self, hook: str) -> bool:
        """Whether any registered plugin implements ``hook`` (a hot loop can skip a hook nobody answers)."""
        return bool(self._impls(hook))

    def call(self, hook: str, *, firstresult: bool = False, **kwargs: Any) -> Any:
        """Call ``hook`` on every plugin, one at a time; a plugin that raises is recorded, not fatal.

        Returns the list of non-None results, or the first one (or None) when ``firstresult``.
        """
        results = []
        for impl in self._impls(hook):
            args = {name: kwargs[name] for name in impl.argnames if name in kwargs}
            try:
                value = impl.function(**args)
            except ClaimtrackError:
                raise
            except Exception as e:
                err = PluginError(impl.plugin_name, hook, e)
                if self.strict:
                    raise ClaimtrackError(str(err)) from e
                self._record(err)
                continue
            if value is None:
                continue
            if firstresult:
                return value, impl.plugin_name
            results.append(value)
        return (None, None) if firstresult else results

    def _record(self, err: PluginError) -> None:
        """Keep the first failure of each plugin in each hook, and count the repeats."""
        for known in self.errors:
            if known.plugin == err.plugin and known.hook == err.hook:
                known.count += 1
                return
        self.errors.append(err)

    def first(self, hook: str, **kwargs: Any) -> Any:
        """The first non-None result of a first-result hook."""
        return self.call(hook, firstresult=True, **kwargs)[0]

    # ------------------------------------------------------------------ introspection
    def describe(self) -> list[dict[str, Any]]:
        """Every registered plugin: name, origin and the hooks it implements."""
        out = []
        for name, plugin in self.pm.list_name_plugin():
            if plugin is None:
                continue
            hooks = sorted(h.name for h in self.pm.get_hookcallers(plugin) or [])
            out.append({"name": name, "origin": self.origins.get(name, "?"), "hooks": hooks})
        return out


def preparse(argv: Sequence[str]) -> tuple[list[str], list[str], list[str]]:
    """The ``-p NAME``, ``-p no:NAME`` and ``--plugin FILE`` options of a command line, found before
    it is parsed, because plugins may add options of their own (pytest does the same)."""
    modules: list[str] = []
    blocked: list[str] = []
    files: list[str] = []
    args = list(argv)
    i = 0
    while i < len(args):
        a = args[i]
        value = None
        if a in ("-p", "--plugin") and i + 1 < len(args):
            value = args[i + 1]
            i += 1
        elif a.startswith("-p") and len(a) > 2:
            value, a = a[2:], "-p"
        elif a.startswith("--plugin="):
            value, a = a.split("=", 1)[1], "--plugin"
        if value is not None:
            if a == "--plugin":
                files.append(value)
            elif value.startswith("no:"):
                blocked.append(value[3:])
            else:
                modules.append(value)
        i += 1
    return modules, blocked, files


def get_plugins(argv: Sequence[str] = (), *, autoload: bool = True) -> Plugins:
    """A plugin manager loaded as the command line asks: defaults, entry points, -p and --plugin."""
    modules, blocked, files = preparse(argv)
    plugins = Plugins()
    for name in blocked:
        plugins.block(name)
    plugins.load_defaults()
    if autoload:
        plugins.load_entry_points()
    for m in modules:
        plugins.load_module(m)
    for f in files:
        plugins.load_file(f)
    return plugins


def hook_names() -> list[str]:
    return sorted(n for n in dir(hookspecs) if n.startswith(HOOK_PREFIX))

