#!/usr/bin/env bash
# `make image-test [IMAGE=…]` (after `make image`, which it depends on): runs the image as the
# Kubernetes Jobs of Deploy/kubernetes/ run it and checks what a user would otherwise find first.
#  1. Its configuration: user 10001:10001, entry point budget-etl, default command, volumes; the
#     OCI labels version (= ToolInfo.version = `budget-etl --version` in the image), revision
#     (= git HEAD), source and licenses; its size (IMAGE_MAX_MB); the OCI archive holds it.
#  2. Its contents: every shared library of the binary and of pdftotext found, the Swift runtime
#     linked in, and nothing the run time does not need: no compiler, linker or headers, no
#     package lists or downloaded packages, no build context.
#  3. The default command on the sample as the image's user, the input folder mounted read-only
#     and the output folder writable, the root file system read-only, all capabilities dropped
#     (the pods' securityContext); `budget-etl validate` accepts the export inside, xmllint
#     validates budget.xml against the XSD outside, and the files equal those the same binary
#     writes on the host. A PDF of the sample, once the repository has one (pdftotext inside).
#     With no input, `run` exports the bundled sample (resources found from PATH).
#  4. The scripts of budget-etl-sharded.yaml's N pods, then budget-etl-catalog.yaml's, on a
#     12-document corpus, as uid 10001 on one shared /data: the merge equals one full run.
# Engines: podman (with runc where installed: crun cannot set rlimits in CI's sandbox) or docker.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
WORK=.build-image/test
VERSION=$(sed -n 's/.*static let version = "\(.*\)"/\1/p' Sources/BudgetETL/ToolInfo.swift)
IMAGE=${1:-budget-etl:$VERSION}
ARCHIVE=${IMAGE_ARCHIVE:-.build-image/budget-etl-$VERSION.oci.tar}
IMAGE_MAX_MB=${IMAGE_MAX_MB:-250}
DOC=jp-soumu-2024-proposal
UIDGID=10001:10001
START=$SECONDS
step() { printf '\n== image-test [%4ds] %s\n' $((SECONDS - START)) "$*"; }
fail() { echo "image-test: FAILED: $*" >&2; exit 1; }
sample_path() { sed -n 's/.*sampleInput = "\(.*\)".*/\1/p' Sources/BudgetETL/ResourceLocator.swift; }

engine=${ENGINE:-}
if [[ -z $engine ]]; then
  if docker info >/dev/null 2>&1; then engine=docker; else engine=podman; fi
fi
command -v "$engine" >/dev/null || fail "$engine is missing (make image installs podman)"
# What every container of the test gets: the pods' securityContext, no network.
run_opts=(--rm --network none --read-only --cap-drop ALL --security-opt no-new-privileges)
if [[ $engine == podman ]]; then
  ! command -v runc >/dev/null || run_opts+=(--runtime runc)
  run_opts+=(--ulimit "nofile=$(ulimit -n):$(ulimit -n)" --ulimit "nproc=4096:4096")
else
  run_opts+=(--tmpfs /tmp)
fi
container() { "$engine" run "${run_opts[@]}" "$@"; }
shell() { container --entrypoint /bin/sh "$IMAGE" -ec "$1"; }
inspect() { "$engine" image inspect --format "$1" "$IMAGE"; }

check_config() {
  step "configuration, labels, size, OCI archive of $IMAGE"
  "$engine" image inspect "$IMAGE" >/dev/null 2>&1 || fail "no image $IMAGE: run make image"
  local user entrypoint cmd volumes label value size mb version
  user=$(inspect '{{.Config.User}}'); entrypoint=$(inspect '{{json .Config.Entrypoint}}')
  cmd=$(inspect '{{json .Config.Cmd}}'); volumes=$(inspect '{{json .Config.Volumes}}')
  [[ $user == "$UIDGID" ]] || fail "user is '$user', not $UIDGID (Deploy/setup-runtime.sh, the manifests' runAsUser)"
  [[ $entrypoint == '["budget-etl"]' ]] || fail "entry point $entrypoint"
  [[ $cmd == '["run","/data/in","--out","/data/out"]' ]] || fail "default command $cmd"
  [[ $volumes == *'"/data/in"'* && $volumes == *'"/data/out"'* ]] || fail "volumes $volumes"
  echo "user $user, entry point $entrypoint, command $cmd, volumes /data/in /data/out"
  for label in version revision source licenses; do
    value=$(inspect "{{index .Config.Labels \"org.opencontainers.image.$label\"}}")
    [[ -n $value && $value != '<no value>' ]] || fail "label org.opencontainers.image.$label is missing"
    echo "org.opencontainers.image.$label=$value"
    case $label in
      version) [[ $value == "$VERSION" ]] || fail "label version $value, ToolInfo.version $VERSION" ;;
      revision) [[ $value == "$(git rev-parse HEAD)" ]] || fail "label revision $value is not git HEAD (rebuild: make image)" ;;
    esac
  done
  grep -qx "ARG VERSION=$VERSION" Containerfile || fail "Containerfile's ARG VERSION default is not $VERSION"
  version=$(container "$IMAGE" --version) || fail "$IMAGE --version"
  [[ $version == "$VERSION" ]] || fail "entry point --version printed '$version', not $VERSION"
  echo "entry point: budget-etl --version = $version"
  size=$(inspect '{{.Size}}'); mb=$((size / 1000000))
  echo "size: $mb MB (limit IMAGE_MAX_MB=$IMAGE_MAX_MB)"
  ((mb <= IMAGE_MAX_MB)) || fail "image is $mb MB, over $IMAGE_MAX_MB MB"
  [[ -f $ARCHIVE ]] || fail "no OCI archive $ARCHIVE"
  python3 - "$ARCHIVE" "$(inspect '{{.Id}}')" "$VERSION" <<'EOF' || fail "OCI archive $ARCHIVE"
import json, sys, tarfile
archive, image_id, version = sys.argv[1], sys.argv[2].removeprefix('sha256:'), sys.argv[3]
with tarfile.open(archive) as t:
    blob = lambda digest: json.load(t.extractfile('blobs/sha256/' + digest.split(':')[1]))
    layout = json.load(t.extractfile('oci-layout'))
    index = json.load(t.extractfile('index.json'))
    manifest = blob(index['manifests'][0]['digest'])
    config = blob(manifest['config']['digest'])
    for layer in manifest['layers']:
        t.getmember('blobs/sha256/' + layer['digest'].split(':')[1])
assert layout['imageLayoutVersion'] == '1.0.0', layout
assert manifest['config']['digest'] == 'sha256:' + image_id, (manifest['config'], image_id)
assert config['config']['Labels']['org.opencontainers.image.version'] == version
print(f"OCI archive: {archive}, manifest {index['manifests'][0]['digest']}, "
      f"{len(manifest['layers'])} layers, config = image {image_id[:12]}")
EOF
}

check_contents() {
  step "contents: libraries, nothing but the run time"
  shell '
    for f in /usr/local/lib/budget-etl/bin/budget-etl /usr/bin/pdftotext; do
      echo "$f:"; ldd "$f" | tee /tmp/ldd
      ! grep -q "not found" /tmp/ldd || { echo "$f: a library is missing from Deploy/runtime-packages.txt"; exit 1; }
    done
    ! ldd /usr/local/lib/budget-etl/bin/budget-etl | grep -q "libswift\|libFoundation" \
      || { echo "the Swift runtime is linked dynamically (expected --static-swift-stdlib)"; exit 1; }
    [ "$(readlink -f "$(command -v budget-etl)")" = /usr/local/lib/budget-etl/bin/budget-etl ]
  ' || fail "contents: libraries"
  # The file list of the image's root file system (as root sees it: apt's folders are 0700).
  local ctr files=$WORK/files.txt found
  ctr=$("$engine" create "$IMAGE")
  "$engine" export "$ctr" | tar -t | sed 's|^\./||; s|^|/|' | sort >"$files"
  "$engine" rm "$ctr" >/dev/null
  found=$(grep -E '^/usr/(local/)?s?bin/(swift|swiftc|gcc|cc|c\+\+|g\+\+|clang|ld|as|strip|make|pkg-config|git)$|^/usr/include/.|^/var/lib/apt/lists/.*[^/]$|^/var/cache/apt/.*\.(deb|bin)$|^/(src|staging|tmp/deploy|opt/swift)/' \
    "$files" | grep -v '/lock$' || true)
  [[ -z $found ]] || { echo "$found" | head -20; fail "the image holds what the run time does not need (above)"; }
  echo "$(wc -l <"$files") files: no compiler, linker, headers, package lists, downloaded packages or build context"
}

# run_default NAME INPUT...: the default command, input read-only, output writable; validate.
run_default() {
  local name=$1 code=0 docs doc
  shift
  rm -rf "${WORK:?}/$name" && mkdir -p "$WORK/$name/in" "$WORK/$name/out"
  cp "$@" "$WORK/$name/in/" && chmod -R a+rX "$WORK/$name/in"
  chown 10001:10001 "$WORK/$name/out"   # as fsGroup gives the pods their volume
  step "$name: default command, /data/in read-only, /data/out writable, image user"
  container -v "$PWD/$WORK/$name/in:/data/in:ro" -v "$PWD/$WORK/$name/out:/data/out" "$IMAGE" \
    || code=$?
  [[ $code == 0 ]] || fail "$name: the default command exited $code"
  # Document exports are the folders with a budget.xml (all/ and series/ are the archive's).
  docs=$(cd "$WORK/$name/out" && for d in */; do if [[ -f $d/budget.xml ]]; then echo "${d%/}"; fi; done)
  [[ -n $docs ]] || fail "$name: nothing exported"
  for doc in $docs; do
    container -v "$PWD/$WORK/$name/out:/data/out:ro" "$IMAGE" validate "/data/out/$doc" \
      || fail "budget-etl validate $name/$doc"
    xmllint --noout --schema Sources/BudgetXML/Schema/budget-1.3.xsd "$WORK/$name/out/$doc/budget.xml" \
      || fail "xmllint $name/$doc/budget.xml"
    [[ $(stat -c %u "$WORK/$name/out/$doc/items.csv") == 10001 ]] || fail "$doc not written by uid 10001"
  done
}

check_sample() {
  run_default sample "$(sample_path)"
  local host=.build-image/staging/usr/local/bin/budget-etl
  step "the same binary on the host writes the same files"
  rm -rf "$WORK/host-out"
  "$host" run "$WORK/sample/in" --out "$WORK/host-out" --quiet
  diff -r "$WORK/host-out/$DOC" "$WORK/sample/out/$DOC" || fail "the export in the image differs from the host's"
  echo "identical: $DOC written in the image and on the host"
  step "run with no input exports the bundled sample (resources found from PATH)"
  container "$IMAGE" run --out /tmp/bundled --quiet || fail "budget-etl run (bundled sample)"
  echo "the bundled sample exported"
  local pdf
  pdf=$(find Tests Inputs -name 'sample*.pdf' 2>/dev/null | sort | head -1)
  if [[ -n $pdf ]]; then
    run_default pdf "$pdf"
  else
    step "PDF: no sample*.pdf fixture in the repository yet; pdftotext in the image: $(container --entrypoint pdftotext "$IMAGE" -v 2>&1 | head -1)"
  fi
}

check_kubernetes_jobs() {
  local shard catalog shards k data=$WORK/k8s/data
  shard=$(Deploy/check-manifests.sh --script Deploy/kubernetes/budget-etl-sharded.yaml)
  catalog=$(Deploy/check-manifests.sh --script Deploy/kubernetes/budget-etl-catalog.yaml)
  shards=$(grep -o 'JOB_COMPLETION_INDEX/[0-9]*' <<<"$shard" | cut -d/ -f2)
  step "Kubernetes: budget-etl-sharded.yaml's $shards pods, then budget-etl-catalog.yaml (uid 10001)"
  rm -rf "${WORK:?}/k8s" && mkdir -p "$data/in" "$data/out" "$WORK/k8s/corpus"
  python3 Bench/gen_corpus.py "$(sample_path)" Mappings/organizations.tsv "$WORK/k8s/corpus" 12 >/dev/null
  cp "$WORK"/k8s/corpus/12/* "$data/in/" && chmod -R a+rX "$data/in"
  chown 10001:10001 "$data" "$data/out"
  # One volume at /data, as the pods mount their claim; /data/in and /data/out are the image's
  # VOLUMEs, which Kubernetes ignores but an engine would give anonymous volumes: mounted from
  # the same folder (the input read-only).
  local pod=(--user "$UIDGID" -v "$PWD/$data:/data" -v "$PWD/$data/in:/data/in:ro"
    -v "$PWD/$data/out:/data/out" --entrypoint /bin/sh)
  for ((k = 0; k < shards; k++)); do
    container "${pod[@]}" -e "JOB_COMPLETION_INDEX=$k" "$IMAGE" -ec "$shard" 2>"$WORK/k8s/shard-$k.log" \
      || { cat "$WORK/k8s/shard-$k.log"; fail "shard $k"; }
    echo "shard $k: $(find "$data/shards/$k" -name manifest.json | wc -l) document(s)"
  done
  container "${pod[@]}" -e PRUNE=false "$IMAGE" -ec "$catalog" || fail "catalog job"
  container "${pod[@]}" "$IMAGE" -ec 'budget-etl run /data/in --out /tmp/full --quiet
    diff -r --exclude=run-report.json --exclude=.budget-etl.lock /tmp/full /data/out' \
    || fail "shards merged by the catalog job differ from one full run"
  echo "identical: /data/out after $shards shards and the merge, and one full run ($(ls -d "$data"/out/*/ | wc -l) documents)"
}

mkdir -p "$WORK"
check_config
check_contents
check_sample
check_kubernetes_jobs
step "passed: $IMAGE ($engine)"
