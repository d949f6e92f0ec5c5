"""Annotates a checked memo (``claimtrack check``, not written yet): it only claims .md memos."""

from pathlib import Path

import claimtrack


@claimtrack.hookimpl
def claimtrack_annotate(memo_path, report, output_path, config):
    if Path(memo_path).suffix != ".md":
        return None
    out = Path(output_path or Path(memo_path).with_suffix(".annotated.md"))
    out.write_text(Path(memo_path).read_text(encoding="utf-8") + f"\n\n<!-- checked: {report!r} -->\n",
                   encoding="utf-8")
    return [str(out)]
