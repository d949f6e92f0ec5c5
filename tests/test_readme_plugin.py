"""The plugin example of README.md ("Writing a plugin"), run as written, and its entry-point snippet."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from conftest import run

from claimtrack import cli

README = Path(__file__).resolve().parents[1] / "README.md"

# Two reports of one fire, in different words, with the same reference date: 118 against 121 homes is a
# count conflict for the built-in figures checker (neither number is a round one) and 2.5% apart.
FIRE_A = ("Brenton fire\n"
          "\n"
          "The fire destroyed 118 homes in Brenton on Tuesday, county officials said.\n")
FIRE_B = ("Homes lost in Brenton blaze\n"
          "\n"
          "Firefighters said the fire that swept through Brenton on Tuesday destroyed 121 homes before it was "
          "contained.\n")


def section(text: str, heading: str) -> str:
    at = text.index(heading)
    end = text.find("\n## ", at + len(heading))
    return text[at:end if end != -1 else len(text)]


def code_blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)


def tolerance_source() -> str:
    blocks = [b for b in code_blocks(section(README.read_text(encoding="utf-8"), "### Writing a plugin"), "python")
              if b.startswith("# tolerance.py\n")]
    assert len(blocks) == 1, "README.md has no single ```python block starting with '# tolerance.py'"
    return blocks[0]


@pytest.fixture()
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "tolerance.py").write_text(tolerance_source(), encoding="utf-8")
    sources = tmp_path / "sources"
    sources.mkdir()
    for name, text in (("gazette", FIRE_A), ("courier", FIRE_B)):
        (sources / f"{name}.txt").write_text(text, encoding="utf-8")
        (sources / f"{name}.meta.json").write_text(json.dumps({"published": "2023-06-14", "outlet": name.title()}),
                                                   encoding="utf-8")
    return tmp_path


def crosscheck(capsys: pytest.CaptureFixture[str], workdir: Path, *options: str) -> dict:
    rc, out, err = run(capsys, "crosscheck", str(workdir / "sources"), "--format", "json", *options)
    assert rc == 0, err
    assert err == ""
    return json.loads(out)


def count_groups(groups: list[dict]) -> list[dict]:
    return [g for g in groups if g["kind"] == "count"]


def homes(group: dict) -> list[str]:
    return sorted(c["text"] for c in group["claims"])


def test_the_example_is_valid_python() -> None:
    compile(tolerance_source(), "tolerance.py", "exec")


def test_without_the_plugin_the_counts_conflict(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = crosscheck(capsys, workdir)
    [conflict] = count_groups(data["conflicts"])
    assert homes(conflict) == ["118 homes", "121 homes"]
    assert [p["checker"] for p in conflict["pairs"]] == ["figures"]
    assert count_groups(data["agreements"]) == []


def test_with_the_plugin_the_counts_agree(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = crosscheck(capsys, workdir, "--plugin", str(workdir / "tolerance.py"))
    assert count_groups(data["conflicts"]) == []
    [agreement] = count_groups(data["agreements"])
    assert agreement["relation"] == "agree"
    assert homes(agreement) == ["118 homes", "121 homes"]
    assert "within 5%" in agreement["message"]
    assert [p["checker"] for p in agreement["pairs"]] == ["tolerance"]
    assert data["plugin_errors"] == []


def test_a_tighter_tolerance_brings_the_conflict_back(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = crosscheck(capsys, workdir, "--plugin", str(workdir / "tolerance.py"), "--count-tolerance", "0.01")
    [conflict] = count_groups(data["conflicts"])
    assert homes(conflict) == ["118 homes", "121 homes"]
    assert count_groups(data["agreements"]) == []


def test_the_plugin_by_module_name(workdir: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    """"once it is importable, with ``-p tolerance``"."""
    monkeypatch.syspath_prepend(str(workdir))
    monkeypatch.delitem(sys.modules, "tolerance", raising=False)
    data = crosscheck(capsys, workdir, "-p", "tolerance")
    [agreement] = count_groups(data["agreements"])
    assert "within 5%" in agreement["message"]
    assert [p["checker"] for p in agreement["pairs"]] == ["tolerance"]


def test_the_plugin_option_is_in_the_help(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    with pytest.raises(SystemExit) as exc:
        cli.main(["crosscheck", "--plugin", str(workdir / "tolerance.py"), "--help"])
    assert exc.value.code == 0
    assert "--count-tolerance" in capsys.readouterr().out


def test_entry_point_snippet_is_valid_toml() -> None:
    tomllib = pytest.importorskip("tomllib" if sys.version_info >= (3, 11) else "tomli")
    blocks = code_blocks(section(README.read_text(encoding="utf-8"), "### Writing a plugin"), "toml")
    assert len(blocks) == 1
    data = tomllib.loads(blocks[0])
    assert data == {"project": {"entry-points": {"claimtrack": {"tolerance": "tolerance"}}}}
    # the same table claimtrack's own checkers are declared in
    own = tomllib.loads((README.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert set(own["project"]["entry-points"]["claimtrack"]) == {"dates", "figures", "quotes", "docx"}
