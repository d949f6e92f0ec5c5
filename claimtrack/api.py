"""The steps a command runs, with its plugins: load sources, extract claims, cross-check.

The CLI and the Python API share these functions, so what ``claimtrack crosscheck`` prints is
what ``claimtrack.crosscheck(paths)`` returns.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .conflicts import CrosscheckResult, crosscheck_claims
from .errors import ClaimtrackError, LoadError
from .extract.pipeline import extract_claims, infer_reference_dates
from .model import Claim, Source
from .plugins import Config, Plugins, get_plugins
from .sources import SUPPORTED_SUFFIXES


def default_config(plugins: Plugins | None = None) -> Config:
    """A Config with claimtrack's plugins loaded as the command line would load them with no options."""
    return Config(plugins or get_plugins())


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Files as given, and the supported files inside any folder, sorted for stable output."""
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out += sorted(str(f) for f in path.iterdir() if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            out.append(os.fspath(p))
    return out


def load_sources(paths: Iterable[str | os.PathLike[str]], config: Config, published: str | None = None) -> list[Source]:
    """Every file through the ``claimtrack_load_source`` hook, with unique ids and reference dates
    inferred, a dateline's year from the other sources (``infer_reference_dates``)."""
    sources: list[Source] = []
    seen: set[str] = set()
    for p in expand_paths(paths):
        src = config.plugins.first("claimtrack_load_source", path=p, published=published, config=config)
        if src is None:
            raise LoadError(p, "no plugin can read this file")
        base, n = src.id, 2
        while src.id in seen:  # the same file name in two folders
            src.id = f"{base}-{n}"
            n += 1
        seen.add(src.id)
        sources.append(src)
    if not sources:
        raise ClaimtrackError("no source files found (claimtrack reads .txt, .md, .docx, .html)")
    return infer_reference_dates(sources)


def claims_of(source: Source, config: Config, extracted: list[Claim] | None = None) -> list[Claim]:
    """The built-in extractor's claims (``extracted``, when already done) plus those of
    ``claimtrack_extract_claims`` plugins."""
    claims = extract_claims(source) if extracted is None else extracted
    extra = [c for batch in config.plugins.call("claimtrack_extract_claims", source=source, claims=list(claims))
             for c in batch]
    if not extra:
        return claims
    merged = sorted(claims + extra, key=lambda c: (c.start, c.end))
    for n, c in enumerate(merged, 1):
        c.id = f"{source.id}:{n}"
        c.source = source.id
    return merged


# Below this many sources, starting worker processes costs more than it saves.
PARALLEL_MIN_SOURCES = 200


def claims_of_all(sources: Sequence[Source], config: Config, workers: int | None = None) -> list[Claim]:
    """``claims_of`` every source, in source order. Many sources are extracted in worker processes
    (``workers``, else the ``--workers`` option, else one per CPU); plugins still run here, in this
    process, as they would one source at a time."""
    if workers is None:
        workers = config.getoption("workers") or os.cpu_count() or 1
    if workers < 2 or len(sources) < PARALLEL_MIN_SOURCES:
        return [c for s in sources for c in claims_of(s, config)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        extracted = list(pool.map(extract_claims, sources, chunksize=max(1, len(sources) // (workers * 4))))
    return [c for s, claims in zip(sources, extracted) for c in claims_of(s, config, claims)]


def crosscheck(paths: Sequence[str | os.PathLike[str]] | Sequence[Source], config: Config | None = None,
               published: str | None = None) -> CrosscheckResult:
    """Conflicts and agreements between the given sources (paths, folders, or loaded Sources)."""
    config = config or default_config()
    if paths and all(isinstance(p, Source) for p in paths):
        sources = infer_reference_dates(paths)  # type: ignore[arg-type]
    else:
        sources = load_sources(paths, config, published)  # type: ignore[arg-type]
    return crosscheck_claims(sources, claims_of_all(sources, config), config)
