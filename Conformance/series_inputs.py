#!/usr/bin/env python3
"""Inputs for a series export (issue #22): the sample (令和6年度 予算案), the same ministry's
budget request for that year (its titles say 概算要求 instead of 予算(案)) and the next year's
draft (every 令和N shifted by one). Usage: series_inputs.py SAMPLE OUTDIR"""
import re
import sys
from pathlib import Path


def main() -> None:
    sample_path, outdir = Path(sys.argv[1]), Path(sys.argv[2])
    text = sample_path.read_text(encoding="utf-8")
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / "soumu-r6-yosan-an.txt").write_text(text, encoding="utf-8")
    request = re.sub(r"予算[(（]案[)）]の概要", "概算要求の概要", text)
    (outdir / "soumu-r6-gaisan-yokyu.txt").write_text(request, encoding="utf-8")
    next_year = re.sub(r"令和(\d+)年", lambda m: "令和%d年" % (int(m.group(1)) + 1), text)
    (outdir / "soumu-r7-yosan-an.txt").write_text(next_year, encoding="utf-8")


if __name__ == "__main__":
    main()
