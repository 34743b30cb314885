#!/usr/bin/env bash
# `make rootfs-test`: proves, without a container engine, that the image of Containerfile runs.
#  1. A minimal Debian root file system of the Containerfile's release (mmdebstrap
#     --variant=minbase, what debian:<release>-slim is made of) with exactly the packages of
#     Deploy/runtime-packages.txt.
#  2. Deploy/install.sh lays the release binary and its resources into it, and
#     Deploy/setup-runtime.sh creates the user and volumes inside it: the Containerfile's steps.
#  3. Inside it (chroot, uid 10001, an empty environment, working directory /data): ldd finds
#     every shared library; `budget-etl run` exports the sample (and a PDF, once the repository
#     has one) and `budget-etl validate` accepts the export. Outside: xmllint validates
#     budget.xml against the XSD, and the files equal those the same binary writes on the host.
#  4. The scripts of the Kubernetes Jobs (Deploy/kubernetes/), run in it as the pods would: N
#     shards, then the merge and catalog, give the same files as one full run.
# Needs root (chroot, mount /proc). The base root file system is cached under .build-rootfs/
# by release and package list; ROOTFS_REFRESH=1 rebuilds it. DEBIAN_MIRROR picks a mirror.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=.build-rootfs
ROOT=$WORK/root
USERSPEC=10001:10001
SUITE=$(sed -n 's/^ARG DEBIAN_IMAGE=debian:\([a-z]*\)-slim$/\1/p' Containerfile)
PACKAGES=$(sed 's/#.*//' Deploy/runtime-packages.txt | xargs | tr ' ' ',')
DOC=jp-soumu-2024-proposal
START=$SECONDS

step() { printf '\n== rootfs-test [%4ds] %s\n' $((SECONDS - START)) "$*"; }
fail() { echo "rootfs-test: FAILED: $*" >&2; exit 1; }

# Run a command inside the root file system as the image's user, with the image's environment.
as_user() {
  chroot --userspec="$USERSPEC" "$ROOT" /usr/bin/env -i --chdir=/data \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/nonexistent "$@"
}

# The steps this test repeats are the ones the Containerfile runs: fail if they drift apart.
check_containerfile() {
  local line
  for line in 'RUN Deploy/install.sh /staging' 'COPY --from=build /staging/ /' \
    'sed '"'"'s/#.*//'"'"' /tmp/deploy/runtime-packages.txt' 'sh /tmp/deploy/setup-runtime.sh' \
    'USER 10001:10001' 'ENTRYPOINT ["budget-etl"]' 'VOLUME ["/data/in", "/data/out"]'; do
    grep -qF -- "$line" Containerfile || fail "Containerfile no longer has: $line"
  done
}

base_rootfs() {
  local key base
  key=$(printf '%s\n' "$SUITE" "$PACKAGES" minbase | sha256sum | cut -c1-12)
  base=$WORK/base-$SUITE-$key
  if [[ -n "${ROOTFS_REFRESH:-}" || ! -f "$base/.complete" ]]; then
    step "mmdebstrap $SUITE minbase + $PACKAGES (cached in $base)" >&2
    rm -rf "$base" "$base.tmp"
    mmdebstrap --variant=minbase --include="$PACKAGES" "$SUITE" "$base.tmp" ${DEBIAN_MIRROR:-} \
      >"$WORK/mmdebstrap.log" 2>&1 || { tail -20 "$WORK/mmdebstrap.log" >&2; fail "mmdebstrap"; }
    mv "$base.tmp" "$base" && touch "$base/.complete"
  fi
  echo "$base"
}

prepare_root() {
  mkdir -p "$WORK"
  local base
  base=$(base_rootfs)
  step "fresh copy of $base, Deploy/install.sh, Deploy/setup-runtime.sh"
  ! mountpoint -q "$ROOT/proc" || umount "$ROOT/proc"   # left by an interrupted run
  rm -rf "$ROOT"
  cp -a "$base" "$ROOT"
  SWIFT_SCRATCH=$WORK/swift Deploy/install.sh "$ROOT"
  cp Deploy/setup-runtime.sh "$ROOT/tmp/setup-runtime.sh"
  chroot "$ROOT" /bin/sh /tmp/setup-runtime.sh
  rm "$ROOT/tmp/setup-runtime.sh"
  mount -t proc proc "$ROOT/proc"   # as a container has; Foundation reads /proc/self/exe
  trap 'umount "$ROOT/proc"' EXIT
}

check_libraries() {
  step "shared libraries inside the root file system"
  local lib out
  for lib in /usr/bin/pdftotext /opt/budget-etl/bin/budget-etl; do
    out=$(as_user ldd "$lib") || fail "ldd $lib"
    echo "$lib:"; echo "$out"
    ! grep -q 'not found' <<<"$out" || fail "$lib: a shared library is missing from Deploy/runtime-packages.txt"
  done
  ! grep -q 'libswift\|libFoundation' <<<"$out" \
    || fail "the binary links the Swift runtime dynamically (expected --static-swift-stdlib)"
  [[ "$(as_user id -u)" == 10001 ]] || fail "not running as uid 10001"
}

# run_export NAME INPUT: copies INPUT into /data/in/NAME, exports it into /data/out/NAME as the
# image's user, validates the export inside; prints the exported document folders.
run_export() {
  local name=$1 input=$2 code=0
  step "budget-etl run /data/in/$name --out /data/out/$name (uid 10001)"
  install -d -o 10001 -g 10001 "$ROOT/data/in/$name"
  install -o 10001 -g 10001 -m 0644 "$input" "$ROOT/data/in/$name/"
  as_user budget-etl run "/data/in/$name" --out "/data/out/$name" || code=$?
  [[ $code == 0 ]] || fail "budget-etl run $name exited $code"
  local docs
  docs=$(cd "$ROOT/data/out/$name" && ls -d */ | tr -d /)
  [[ -n "$docs" ]] || fail "no document exported from $input"
  for doc in $docs; do
    as_user budget-etl validate "/data/out/$name/$doc" || fail "budget-etl validate $name/$doc"
    xmllint --noout --schema Sources/BudgetXML/Schema/budget-1.0.xsd "$ROOT/data/out/$name/$doc/budget.xml" \
      || fail "xmllint: $name/$doc/budget.xml"
    [[ "$(stat -c %u "$ROOT/data/out/$name/$doc/items.csv")" == 10001 ]] || fail "$doc not written by uid 10001"
  done
}

check_sample() {
  run_export sample "$(sample_path)"
  local out=$ROOT/data/out/sample/$DOC
  for file in items.csv observations.csv budget.xml budget.jsonld manifest.json; do
    [[ -s "$out/$file" ]] || fail "$DOC/$file missing"
  done
  step "the same binary on the host writes the same files"
  rm -rf "$WORK/host-out"
  "$WORK/swift/release/budget-etl" run "$ROOT/data/in/sample" --out "$WORK/host-out" --quiet
  diff -r "$WORK/host-out/$DOC" "$out" || fail "the export inside the root file system differs from the host's"
  echo "identical: $DOC written inside the root file system and on the host"
  step "budget-etl run with no input exports the bundled sample (resources found from PATH)"
  as_user budget-etl run --out /tmp/bundled --quiet || fail "budget-etl run (bundled sample)"
  diff -r "$out" "$ROOT/tmp/bundled/$DOC" || fail "bundled sample export differs"
  echo "identical: $DOC from /data/in and from the bundled sample"
}

# A PDF of the sample (a fixture named sample*.pdf; other PDFs may be broken on purpose), once
# the repository has PDF input: poppler's pdftotext runs inside the image.
check_pdf() {
  local pdf
  pdf=$(find Tests Inputs -name 'sample*.pdf' 2>/dev/null | sort | head -1)
  if [[ -z "$pdf" ]]; then
    step "PDF: no PDF fixture in the repository yet, PDF run skipped (pdftotext is in the root: $(as_user pdftotext -v 2>&1 | head -1))"
    return
  fi
  run_export pdf "$pdf"
}

# The shard Job's N pods, then the catalog Job, on a 12-document corpus, as in the cluster.
check_kubernetes_jobs() {
  local shard catalog shards k
  shard=$(Deploy/check-manifests.sh --script Deploy/kubernetes/budget-etl-sharded.yaml)
  catalog=$(Deploy/check-manifests.sh --script Deploy/kubernetes/budget-etl-catalog.yaml)
  shards=$(grep -o 'JOB_COMPLETION_INDEX/[0-9]*' <<<"$shard" | cut -d/ -f2)
  step "Kubernetes: budget-etl-sharded.yaml's $shards pods, then budget-etl-catalog.yaml (uid 10001)"
  rm -rf "$WORK/corpus" "${ROOT:?}"/data/in/* "$ROOT"/data/out/*
  python3 Bench/gen_corpus.py "$(sample_path)" Mappings/organizations.tsv "$WORK/corpus" 12 >/dev/null
  install -o 10001 -g 10001 -m 0644 "$WORK"/corpus/12/* "$ROOT/data/in/"
  for ((k = 0; k < shards; k++)); do
    as_user JOB_COMPLETION_INDEX=$k /bin/sh -ec "$shard" 2>"$WORK/shard-$k.log" \
      || { cat "$WORK/shard-$k.log"; fail "shard $k"; }
    echo "shard $k: $(find "$ROOT/data/shards/$k" -name manifest.json | wc -l) document(s)"
  done
  as_user PRUNE=false /bin/sh -ec "$catalog" || fail "catalog job"
  as_user budget-etl run /data/in --out /tmp/full --quiet || fail "full run"
  diff -r --exclude=run-report.json --exclude=.budget-etl.lock "$ROOT/tmp/full" "$ROOT/data/out" \
    || fail "shards merged by the catalog job differ from one full run"
  echo "identical: /data/out after $shards shards and the merge, and one full run ($(ls -d "$ROOT"/data/out/*/ | wc -l) documents)"
}

sample_path() { sed -n 's/.*sampleInput = "\(.*\)".*/\1/p' Sources/BudgetETL/ResourceLocator.swift; }

[[ $(id -u) == 0 ]] || fail "needs root (mmdebstrap, chroot, mount /proc); CI runs as root"
[[ -n "$SUITE" ]] || fail "no 'ARG DEBIAN_IMAGE=debian:<release>-slim' in Containerfile"
check_containerfile
prepare_root
check_libraries
check_sample
check_pdf
check_kubernetes_jobs
du -shx "$ROOT" | sed 's/^/root file system: /'
du -shx "$ROOT/opt/budget-etl" | sed 's/^/budget-etl files: /'
step "passed"
