#!/usr/bin/env bash
# `make bench`: release build, deterministic synthetic corpus (once), end-to-end and per-stage
# timings; prints a table and writes Bench/results/latest.json. See Docs/performance.md.
#   BENCH_RUNS=3       runs per measurement (median)
#   BENCH_SIZES=10,100,1000
#   BENCH_REPEAT=30    in-process repetitions of bench-stages
#   BUDGET_ETL_BIN=... use this binary instead of building into .build-bench-rel
#   BENCH_RACE_DOCS=200  documents in the race against ../shared/bench/python_baseline.py
#   BENCH_RECORD=1     append the summary row to the per-commit table of Docs/performance.md
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
SIZES=${BENCH_SIZES:-10,100,1000}
if [[ -z "${BUDGET_ETL_BIN:-}" ]]; then
  # Linked as deployed (Deploy/install.sh): a dynamically linked Foundation alone costs a
  # process ~15 ms of CPU at start-up, the static one ~3 ms.
  "$SWIFT" build -c release --static-swift-stdlib --scratch-path .build-bench-rel --product budget-etl >&2
  BUDGET_ETL_BIN="$(pwd)/.build-bench-rel/release/budget-etl"
fi
SAMPLE=Inputs/soumu-r6-yosan-an-gaiyo.txt
CORPUS=Bench/corpus
STAMP=$(cat Bench/gen_corpus.py "$SAMPLE" Mappings/organizations.tsv | sha256sum | cut -c1-16)-$SIZES
# Nothing is removed before or during the race (issue #24, perf9): ext4 bills every inode created
# within 60-360 s of a removal in the same flex group for the freed inodes it scans past
# (recently_deleted; Docs/performance.md, "The csv path's sys time"), so the race runs first,
# what must go (a stale corpus, the race's outputs) is moved into SCRATCH (a rename frees no
# inode), and SCRATCH is removed when everything else is done.
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/budget-etl-bench-scratch-XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT
if [[ "$(cat "$CORPUS/.stamp" 2>/dev/null)" != "$STAMP" ]]; then
  echo "generating the corpus in $CORPUS ($SIZES documents)" >&2
  if [[ -e "$CORPUS" ]]; then mv "$CORPUS" "$SCRATCH/old-corpus"; fi
  python3 Bench/gen_corpus.py "$SAMPLE" Mappings/organizations.tsv "$CORPUS" ${SIZES//,/ }
  echo "$STAMP" > "$CORPUS/.stamp"
fi
# Issue #14: the race against the quick Python script (skipped, saying so, without ../shared/bench),
# first; its figures wait in SCRATCH for bench.py's, then are merged and printed with the targets.
RACE=(python3 Bench/race.py "$BUDGET_ETL_BIN" ../shared/bench "$SAMPLE" "$CORPUS/race-${BENCH_RACE_DOCS:-200}")
"${RACE[@]}" "$SCRATCH/race.json" --runs "${BENCH_RUNS:-3}" --documents "${BENCH_RACE_DOCS:-200}" \
  --scratch "$SCRATCH"
python3 Bench/bench.py "$BUDGET_ETL_BIN" "$CORPUS" "$SAMPLE" Bench/results/latest.json \
  --runs "${BENCH_RUNS:-3}" --sizes "$SIZES" --repeat "${BENCH_REPEAT:-30}"
"${RACE[@]}" Bench/results/latest.json --merge-from "$SCRATCH/race.json" \
  ${BENCH_RECORD:+--record Docs/performance.md}
# Issue #10: one input of 1, 5 and 20 MB of three kinds: time and peak RSS (< 200 MB).
python3 Bench/large_inputs.py "$BUDGET_ETL_BIN" "$SAMPLE" Bench/results/large-inputs.json
# Issue #20: hostile shapes (one-cell lines, tables without a header, a megabyte of figures
# run together, …) at n and 4n: the extract's CPU time ratio per shape (linear ~4).
python3 Bench/hostile.py "$BUDGET_ETL_BIN" Bench/results/hostile.json
