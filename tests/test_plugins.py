"""Plugins as a user meets them: -p NAME, --plugin FILE, -p no:NAME, `claimtrack plugins`, entry points,
a plugin that raises (with and without --strict), a misspelt hook and a module that does not exist."""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLES, run, write_article

from claimtrack import hookspecs
from claimtrack.plugins import AUTOLOAD_ENV, hook_names

BUILTIN = ("dates", "figures", "quotes")
# the hooks each built-in checker implements: figures also pairs two ages of one person no event ties
BUILTIN_HOOKS = {"dates": ["claimtrack_compare"], "figures": ["claimtrack_compare", "claimtrack_same_fact"],
                 "quotes": ["claimtrack_compare"]}


@pytest.fixture()
def call_dates(tmp_path: Path) -> list[str]:
    """Two reports of one phone call, dated one day apart: a date conflict for the built-in checkers."""
    a = write_article(tmp_path / "herald.txt", "Phone call\n\nAntony Blinken spoke with Qin Gang by phone on June 13, "
                      "officials said.\n")
    b = write_article(tmp_path / "ledger.txt", "Phone call\n\nAntony Blinken spoke with Qin Gang by phone on June 14, "
                      "according to the ministry.\n")
    return [str(a), str(b)]


@pytest.fixture()
def seeds(shared_dir: Path) -> list[str]:
    paths = sorted(str(p) for p in (shared_dir / "seeds").glob("*.txt"))
    if not paths:
        pytest.skip(f"no seed articles in {shared_dir / 'seeds'}")
    return paths


@pytest.fixture()
def seed_conflict(shared_dir: Path) -> tuple[str, str]:
    """The source ids (file stems) of the one planted seed conflict, a date conflict."""
    gold = json.loads((shared_dir / "gold" / "seeds-crosscheck.json").read_text(encoding="utf-8"))
    [conflict] = gold["conflicts"]
    assert conflict["kind"] == "date"
    return Path(conflict["a"]["file"]).stem, Path(conflict["b"]["file"]).stem


def has_conflict_between(data: dict, ids: tuple[str, str], kind: str = "date") -> bool:
    return any(g["kind"] == kind and set(ids) <= {c["source"] for c in g["claims"]} for g in data["conflicts"])


def crosscheck_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[dict, str]:
    rc, out, err = run(capsys, "crosscheck", *argv, "--format", "json")
    assert rc == 0, err
    return json.loads(out), err


def plugins_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, dict]:
    rc, out, err = run(capsys, "plugins", "--format", "json", *argv)
    assert rc == 0, err
    return {p["name"]: p for p in json.loads(out)["plugins"]}


# ----------------------------------------------------------------------------- a checker of one's own
def test_custom_checker_by_name(samples: Path, call_dates: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    data, err = crosscheck_json(capsys, *call_dates)
    assert [g["kind"] for g in data["conflicts"]] == ["date"], "test premise: a date conflict without the plugin"

    data, err = crosscheck_json(capsys, *call_dates, "-p", "ct_sample_checker")
    assert err == ""
    assert data["conflicts"] == []
    [agreement] = [g for g in data["agreements"] if g["kind"] == "date"]
    assert agreement["relation"] == "compatible"
    assert [p["checker"] for p in agreement["pairs"]] == ["ct_sample_checker"]
    assert "time-zone difference" in agreement["message"]
    assert sorted(c["text"] for c in agreement["claims"]) == ["June 13", "June 14"]


def test_custom_checker_is_listed(samples: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listed = plugins_json(capsys, "-p", "ct_sample_checker")
    assert listed["ct_sample_checker"] == {"name": "ct_sample_checker", "origin": "-p ct_sample_checker",
                                           "hooks": ["claimtrack_compare"]}
    assert set(BUILTIN) <= set(listed)


def test_custom_checker_from_file(call_dates: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    path = str(SAMPLES / "ct_sample_checker.py")
    data, err = crosscheck_json(capsys, *call_dates, "--plugin", path)
    assert data["conflicts"] == []
    [agreement] = [g for g in data["agreements"] if g["kind"] == "date"]
    assert [p["checker"] for p in agreement["pairs"]] == ["ct_sample_checker"]

    listed = plugins_json(capsys, f"--plugin={path}")
    assert listed["ct_sample_checker"]["origin"] == f"--plugin {path}"
    assert listed["ct_sample_checker"]["hooks"] == ["claimtrack_compare"]


def test_plugin_file_that_does_not_exist(tmp_path: Path, call_dates: list[str],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.py"
    rc, out, err = run(capsys, "crosscheck", *call_dates, "--plugin", str(missing))
    assert rc == 2
    assert err.splitlines() == [f"claimtrack: error: --plugin {missing}: no such file"]


# ----------------------------------------------------------------------------- -p no:NAME
def test_disable_dates_checker(seeds: list[str], seed_conflict: tuple[str, str],
                               capsys: pytest.CaptureFixture[str]) -> None:
    data, err = crosscheck_json(capsys, *seeds)
    assert has_conflict_between(data, seed_conflict), "test premise: the seed date conflict is found"

    data, err = crosscheck_json(capsys, *seeds, "-p", "no:dates")
    assert not has_conflict_between(data, seed_conflict)
    assert [g for g in data["conflicts"] if g["kind"] == "date"] == []
    checkers = {p["checker"] for g in data["conflicts"] + data["agreements"] for p in g["pairs"]}
    assert "dates" not in checkers


def test_disabled_plugin_is_not_listed(capsys: pytest.CaptureFixture[str]) -> None:
    listed = plugins_json(capsys, "-p", "no:dates")
    assert "dates" not in listed
    assert {"figures", "quotes"} <= set(listed)


# ----------------------------------------------------------------------------- claimtrack plugins
def test_plugins_lists_builtin_checkers(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(capsys, "plugins")
    assert rc == 0, err
    lines = out.splitlines()
    for name in BUILTIN:
        [at] = [i for i, line in enumerate(lines) if line.split()[:1] == [name]]
        assert f"entry point claimtrack_{name} (claimtrack " in lines[at]
        assert lines[at + 1].replace(",", "").split() == ["hooks:", *BUILTIN_HOOKS[name]]


def test_plugins_json(capsys: pytest.CaptureFixture[str]) -> None:
    listed = plugins_json(capsys)
    for name in BUILTIN:
        assert listed[name]["origin"].startswith(f"entry point claimtrack_{name} (claimtrack ")
        assert listed[name]["hooks"] == BUILTIN_HOOKS[name]
    for p in listed.values():
        assert set(p) == {"name", "origin", "hooks"}
        assert all(h in hook_names() for h in p["hooks"])


def test_plugins_hooks_lists_every_hook(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(capsys, "plugins", "--hooks")
    assert rc == 0, err
    lines = out.splitlines()
    for hook in hook_names():
        at = [i for i, line in enumerate(lines) if line.startswith(f"{hook}(")]
        assert len(at) == 1, f"{hook} is not listed once by `claimtrack plugins --hooks`"
        summary = inspect.getdoc(getattr(hookspecs, hook)).splitlines()[0]
        assert lines[at[0] + 1].strip() == summary


# ----------------------------------------------------------------------------- entry points
MYPLUG = '''\
"""A third-party plugin, installed as the distribution myplug 1.0."""

import sys

import claimtrack


@claimtrack.hookimpl
def claimtrack_report(result, config):
    print(f"myplug: saw {len(result.conflicts)} conflict(s)", file=sys.stderr)
'''


@pytest.fixture()
def installed_myplug(tmp_path: Path) -> Path:
    """A fake installed distribution ``myplug`` declaring ``myplug = myplug_mod`` in the claimtrack group."""
    site = tmp_path / "site"
    info = site / "myplug-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: myplug\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[claimtrack]\nmyplug = myplug_mod\n", encoding="utf-8")
    (site / "myplug_mod.py").write_text(MYPLUG, encoding="utf-8")
    return site


def claimtrack_subprocess(site: Path, *argv: str, disable_autoload: bool = False) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), *filter(None, [env.get("PYTHONPATH")])])
    env.pop(AUTOLOAD_ENV, None)
    if disable_autoload:
        env[AUTOLOAD_ENV] = "1"
    return subprocess.run([sys.executable, "-m", "claimtrack.cli", *argv], capture_output=True, text=True,
                          env=env, timeout=120)


def test_entry_point_plugin_is_loaded(installed_myplug: Path, call_dates: list[str]) -> None:
    proc = claimtrack_subprocess(installed_myplug, "plugins", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    listed = {p["name"]: p for p in json.loads(proc.stdout)["plugins"]}
    assert listed["myplug"] == {"name": "myplug", "origin": "entry point myplug_mod (myplug 1.0)",
                                "hooks": ["claimtrack_report"]}
    assert set(BUILTIN) <= set(listed)

    proc = claimtrack_subprocess(installed_myplug, "plugins")
    assert proc.returncode == 0, proc.stderr
    assert "entry point myplug_mod (myplug 1.0)" in proc.stdout

    proc = claimtrack_subprocess(installed_myplug, "crosscheck", *call_dates, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines() == ["myplug: saw 1 conflict(s)"]
    assert len(json.loads(proc.stdout)["conflicts"]) == 1


def test_entry_point_plugin_can_be_blocked(installed_myplug: Path, call_dates: list[str]) -> None:
    proc = claimtrack_subprocess(installed_myplug, "crosscheck", *call_dates, "-p", "no:myplug")
    assert proc.returncode == 0, proc.stderr
    assert "myplug" not in proc.stderr


def test_disable_autoload_skips_other_distributions(installed_myplug: Path, call_dates: list[str]) -> None:
    proc = claimtrack_subprocess(installed_myplug, "plugins", "--format", "json", disable_autoload=True)
    assert proc.returncode == 0, proc.stderr
    listed = {p["name"]: p for p in json.loads(proc.stdout)["plugins"]}
    assert "myplug" not in listed
    for name in BUILTIN:  # claimtrack's own entry points still load
        assert listed[name]["origin"].startswith(f"entry point claimtrack_{name} ")

    proc = claimtrack_subprocess(installed_myplug, "crosscheck", *call_dates, disable_autoload=True)
    assert proc.returncode == 0, proc.stderr
    assert "myplug" not in proc.stderr
    assert "CONFLICTS (1)" in proc.stdout


# ----------------------------------------------------------------------------- a plugin that raises
def test_raising_plugin_keeps_other_results(samples: Path, seeds: list[str], seed_conflict: tuple[str, str],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(capsys, "crosscheck", *seeds, "--format", "json", "-p", "ct_raising")
    assert rc == 0, err
    data = json.loads(out)
    assert has_conflict_between(data, seed_conflict), "the other checkers' results are lost"
    assert data["plugin_errors"], "JSON plugin_errors does not list the failing plugin"
    for entry in data["plugin_errors"]:
        assert "'ct_raising'" in entry and "claimtrack_compare" in entry and "ValueError" in entry
    warnings = err.splitlines()
    assert warnings and all(line.startswith("claimtrack: warning:") for line in warnings)
    assert all("ct_raising" in line and "claimtrack_compare" in line for line in warnings)


def test_raising_plugin_warns_once(samples: Path, seeds: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(capsys, "crosscheck", *seeds, "-p", "ct_raising")
    assert rc == 0, err
    assert "CONFLICTS (1)" in out
    warnings = err.splitlines()
    assert len(warnings) == 1, f"expected one warning line for the failing plugin, got {len(warnings)}:\n{err}"
    assert warnings[0].startswith("claimtrack: warning: plugin 'ct_raising' failed in claimtrack_compare")


def test_raising_plugin_with_strict(samples: Path, seeds: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(capsys, "crosscheck", *seeds, "--format", "json", "-p", "ct_raising", "--strict")
    assert rc == 2
    assert out == ""
    assert err.splitlines() == ["claimtrack: error: plugin 'ct_raising' failed in claimtrack_compare: "
                                "ValueError: ct_raising cannot compare anything"]


# ----------------------------------------------------------------------------- plugins claimtrack refuses
@pytest.mark.parametrize("how", ["-p", "--plugin"])
def test_misspelt_hook_is_an_error(how: str, samples: Path, call_dates: list[str],
                                   capsys: pytest.CaptureFixture[str]) -> None:
    plugin = "ct_misspelt" if how == "-p" else str(SAMPLES / "ct_misspelt.py")
    rc, out, err = run(capsys, "crosscheck", *call_dates, how, plugin)
    assert rc == 2
    assert out == ""
    [line] = err.splitlines()
    assert line.startswith("claimtrack: error: ")
    assert "'ct_misspelt'" in line
    assert "claimtrack_compair" in line


def test_unknown_plugin_module(call_dates: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(capsys, "crosscheck", *call_dates, "-p", "does_not_exist")
    assert rc == 2
    assert out == ""
    [line] = err.splitlines()
    assert line.startswith("claimtrack: error: -p does_not_exist:")
    assert "No module named 'does_not_exist'" in line
    assert "Traceback" not in err
