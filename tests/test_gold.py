"""The extractor against the gold claims: the shared seeds and the five fixture clusters."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES

from claimtrack import cli


def extract_json(paths: list[Path], out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    rc = cli.main(["extract", *map(str, paths), "--format", "json"])
    captured = capsys.readouterr()
    assert rc == 0, captured.err
    assert captured.err == ""
    out.write_text(captured.out, encoding="utf-8")


def score(scorer: Path, gold: Path, sources: Path, report: Path) -> str:
    proc = subprocess.run([sys.executable, str(scorer), str(gold), str(sources), str(report)],
                          capture_output=True, text=True, timeout=300)
    lines = proc.stdout.strip().splitlines()
    assert lines, proc.stderr
    missing = "\n".join(line for line in lines[:-1] if not line.startswith("ok"))
    return lines[-1] + ("\n" + missing if missing else "")


def test_seed_gold(shared_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip(f"no seed articles in {shared_dir / 'seeds'}")
    report = tmp_path / "seeds.json"
    extract_json(seeds, report, capsys)
    result = score(shared_dir / "tools" / "score_claims.py", shared_dir / "gold" / "seeds-claims.json",
                   shared_dir / "seeds", report)
    last = result.splitlines()[0]
    assert last.startswith("claims-score:"), result
    assert "found=44/44" in last, result


# Known misses, left honest in the gold (see fixtures/README.md).
XFAIL_CLUSTERS: dict[str, str] = {}


@pytest.mark.parametrize("cluster", [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=XFAIL_CLUSTERS[c]))
                                     if c in XFAIL_CLUSTERS else c
                                     for c in ["quake", "deal", "race", "science", "election", "court", "outbreak"]])
def test_fixture_gold(cluster: str, shared_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    articles = sorted((FIXTURES / "articles").glob(f"{cluster}-*.txt"))
    assert len(articles) == 3
    report = tmp_path / f"{cluster}.json"
    extract_json(articles, report, capsys)
    result = score(shared_dir / "tools" / "score_claims.py", FIXTURES / "gold" / f"{cluster}-claims.json",
                   FIXTURES / "articles", report)
    last = result.splitlines()[0]
    assert last.startswith("claims-score:"), result
    assert "recall=1.00" in last, result


MEMO_SOURCES = {"seeds": None, "quake": "quake", "deal": "deal", "race": "race", "science": "science",
                "election": "election", "court": "court", "outbreak": "outbreak", "storm": "storm", "ipo": "ipo",
                "swim": "swim", "asteroid": "asteroid"}
# The bar is accuracy 1.00 with no false alarms on every memo; these are the floors the
# engine reaches today, so that a change that loses ground fails here.
MEMO_FLOORS = {"seeds": 1.0, "quake": 1.0, "deal": 1.0, "race": 1.0, "science": 0.95, "election": 0.93, "court": 1.0,
               "outbreak": 1.0,
               # written as unseen probes, then partly fixed for (first scores in fixtures/README.md)
               "storm": 1.0, "ipo": 0.85, "swim": 0.85, "asteroid": 0.92}


@pytest.mark.parametrize("memo", sorted(MEMO_SOURCES))
def test_memo_gold(memo: str, shared_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cluster = MEMO_SOURCES[memo]
    sources = ([str(shared_dir / "seeds")] if cluster is None
               else sorted(str(p) for p in (FIXTURES / "articles").glob(f"{cluster}-*.txt")))
    report = tmp_path / "report.json"
    docx_path = FIXTURES / "memos" / f"{memo}-memo.docx"
    rc = cli.main(["check", str(docx_path), "--sources", *sources, "-o", str(tmp_path / "out.docx"),
                   "--report", str(report), "--summary", "none"])
    assert rc in (0, 1), capsys.readouterr().err
    proc = subprocess.run([sys.executable, str(shared_dir / "tools" / "score.py"), "memo",
                           str(FIXTURES / "memos" / f"{memo}-memo.gold.json"), str(docx_path), str(report)],
                          capture_output=True, text=True, timeout=300)
    last = proc.stdout.strip().splitlines()[-1]
    fields = dict(kv.split("=") for kv in last.split()[1:])
    assert float(fields["accuracy"]) >= MEMO_FLOORS[memo], proc.stdout
    assert fields["false_alarms"] == "0", proc.stdout



# The public accuracy benchmarks (issue 4), so that a date, quote or figure rule that loses ground on them fails
# here; the data sits beside the project, and without it the test is skipped. TempEval and the figure suites meet
# their targets (``--check`` compares the unrounded figures with them); PolNeAR's overlap does not, and is held
# to a floor at today's printed figure.
BENCH_CHECKS = {"tempeval": ["--check"], "figures": ["--check"], "polnear": []}
BENCH_FLOORS = {"polnear": {"overlap_f1": 0.796, "speaker_acc": 0.90}}


@pytest.mark.parametrize("bench", sorted(BENCH_CHECKS))
def test_accuracy_benchmarks_hold_their_targets(shared_dir: Path, bench: str) -> None:
    if not (shared_dir / "benchmarks").is_dir():
        pytest.skip(f"no benchmark data in {shared_dir / 'benchmarks'}")
    script = Path(__file__).resolve().parents[1] / "benchmarks" / f"{bench}.py"
    proc = subprocess.run([sys.executable, str(script), *BENCH_CHECKS[bench]], capture_output=True, text=True,
                          timeout=600)
    last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr
    assert proc.returncode == 0, last
    printed = dict(field.split("=", 1) for field in last.split()[1:])
    for name, floor in BENCH_FLOORS.get(bench, {}).items():
        assert float(printed[name]) >= floor, last
