#!/usr/bin/env bash
# `make image [IMAGE=name:tag] [BASE=debian|public]`: builds Containerfile, as published, with
# the first working container engine (docker where an engine answers, podman, buildah), saves
# the image as an OCI archive and prints its digest last.
#
# BASE=public: the Containerfile's own base images (pulled from the engine's registry) and its
#   Swift build stage; what a user with registry access gets from a plain `docker build`.
# BASE=debian (the default as root on a Debian host of the Containerfile's release, as on this
#   project's machines and CI, where no container registry is reachable): no image is pulled.
#   1. Deploy/install.sh builds the static release binary on the host and installs it into
#      .build-image/staging (the layout `make install` gives), passed as PREBUILT;
#   2. mmdebstrap makes the Debian root file system (minbase, documentation excluded as in the
#      slim images), cached in .build-image/ and imported as localhost/budget-etl-base:<key>,
#      passed as both SWIFT_IMAGE (the build stage only copies) and DEBIAN_IMAGE; the run-time
#      stage installs Deploy/runtime-packages.txt with apt-get from Debian's archive as usual.
# Either way: the labels' VERSION (ToolInfo.version) and REVISION (git HEAD), the OCI archive
# (IMAGE_ARCHIVE, default .build-image/budget-etl-<version>.oci.tar) and the digest.
# ENGINE=podman|buildah|docker picks the engine; DEBIAN_MIRROR a mirror for mmdebstrap.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
WORK=.build-image
VERSION=$(sed -n 's/.*static let version = "\(.*\)"/\1/p' Sources/BudgetETL/ToolInfo.swift)
image=${1:-budget-etl:$VERSION}
ARCHIVE=${IMAGE_ARCHIVE:-$WORK/budget-etl-$VERSION.oci.tar}
SUITE=$(sed -n 's/^ARG DEBIAN_IMAGE=debian:\([a-z]*\)-slim$/\1/p' Containerfile)
START=$SECONDS
step() { printf '== make image [%4ds] %s\n' $((SECONDS - START)) "$*"; }
fail() { echo "make image: $*" >&2; exit 1; }

pick_engine() {
  local engine
  for engine in ${ENGINE:-docker podman buildah}; do
    command -v "$engine" >/dev/null 2>&1 || continue
    case $engine in
      docker) docker info >/dev/null 2>&1 || { echo "make image: docker client found, but no docker engine answers (docker info failed)" >&2; continue; } ;;
      podman) podman info >/dev/null 2>&1 || { echo "make image: podman found, but 'podman info' failed" >&2; continue; } ;;
    esac
    echo "$engine"
    return
  done
  fail "no working container engine (docker, podman or buildah); on Debian: apt-get install podman runc (Deploy/ci-packages.txt)"
}

host_suite() { (. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}"); }

# The Debian root file system, as a tarball cached by release and options (make image-test and
# later runs reuse it), imported once into the engine's storage; prints the image name.
debian_base() {
  local options key tarball name
  options="--variant=minbase --hook-dir=/usr/share/mmdebstrap/hooks/merged-usr --dpkgopt=path-exclude=/usr/share/man/*
    --dpkgopt=path-exclude=/usr/share/doc/* --dpkgopt=path-include=/usr/share/doc/*/copyright
    --dpkgopt=path-exclude=/usr/share/info/* --dpkgopt=path-exclude=/usr/share/locale/*"
  key=$(printf '%s\n' "$SUITE" $options | sha256sum | cut -c1-12)
  tarball=$WORK/debian-$SUITE-$key.tar
  name=localhost/budget-etl-base:$SUITE-$key
  if [[ ! -f $tarball ]]; then
    command -v mmdebstrap >/dev/null || fail "mmdebstrap is missing: apt-get install mmdebstrap (or BASE=public)"
    step "mmdebstrap $SUITE (cached in $tarball)" >&2
    # shellcheck disable=SC2086  # options are words
    mmdebstrap $options "$SUITE" "$WORK/partial.tar" ${DEBIAN_MIRROR:-} </dev/null >"$WORK/mmdebstrap.log" 2>&1 \
      || { tail -20 "$WORK/mmdebstrap.log" >&2; fail "mmdebstrap failed (log: $WORK/mmdebstrap.log)"; }
    rm -rf "$tarball" && mv "$WORK/partial.tar" "$tarball"
  fi
  case $engine in
    podman) podman image exists "$name" || podman import -q "$tarball" "$name" >/dev/null ;;
    docker) docker image inspect "$name" >/dev/null 2>&1 || docker import "$tarball" "$name" >/dev/null ;;
    buildah)
      if ! buildah inspect --type image "$name" >/dev/null 2>&1; then
        local ctr
        ctr=$(buildah from scratch)
        buildah add --quiet "$ctr" "$tarball" / && buildah commit --quiet "$ctr" "$name" >/dev/null
        buildah rm "$ctr" >/dev/null
      fi ;;
  esac
  echo "$name"
}

if [[ -z ${ENGINE:-} && $(host_suite) == "$SUITE" ]] && ! docker info >/dev/null 2>&1; then
  sh Deploy/packages.sh Deploy/image-packages.txt   # podman, runc, mmdebstrap (root or sudo -n)
fi
engine=$(pick_engine)
if [[ -z ${BASE:-} ]]; then
  BASE=public
  [[ $(id -u) != 0 || $(host_suite) != "$SUITE" || $engine == docker ]] || BASE=debian
fi
args=(--build-arg "VERSION=$VERSION" --build-arg "REVISION=$(git rev-parse HEAD 2>/dev/null || echo unknown)")
[[ -z ${SOURCE:-} ]] || args+=(--build-arg "SOURCE=$SOURCE")
[[ -z ${LICENSES:-} ]] || args+=(--build-arg "LICENSES=$LICENSES")
mkdir -p "$WORK"
case $BASE in
  public) ;;
  debian)
    [[ $(host_suite) == "$SUITE" ]] || fail "BASE=debian needs a Debian $SUITE host (the binary is built here); use BASE=public"
    step "Deploy/install.sh $WORK/staging /usr/local (static release build, incremental)"
    rm -rf "$WORK/staging"
    Deploy/install.sh "$WORK/staging" /usr/local
    base=$(debian_base)
    step "base images: $base (Debian $SUITE from mmdebstrap)"
    [[ $engine == docker ]] || args+=(--pull=never)   # docker pulls only what is missing
    args+=(--build-arg "SWIFT_IMAGE=$base" --build-arg "DEBIAN_IMAGE=$base"
      --build-arg "PREBUILT=$WORK/staging")
    ;;
  *) fail "BASE must be debian or public, not $BASE" ;;
esac

step "$engine build -f Containerfile -t $image (BASE=$BASE)"
case $engine in
  # chroot isolation: RUN steps need no new namespaces or rlimits (the sandboxes of CI have none).
  podman) podman build --isolation chroot --layers "${args[@]}" -f Containerfile -t "$image" . ;;
  buildah) buildah build --isolation chroot --layers "${args[@]}" -f Containerfile -t "$image" . ;;
  docker) docker build "${args[@]}" -f Containerfile -t "$image" . ;;
esac

step "saving $ARCHIVE"
rm -f "$ARCHIVE"
case $engine in
  podman) podman save --format oci-archive -o "$ARCHIVE" "$image" ;;
  buildah) buildah push --quiet "$image" "oci-archive:$ARCHIVE:$image" ;;
  docker) docker save -o "$ARCHIVE" "$image" ;;
esac
case $engine in
  podman | docker) id=$($engine image inspect --format '{{.Id}}' "$image") ;;
  buildah) id=$(buildah inspect --type image --format '{{.FromImageID}}' "$image") ;;
esac
digest=$(python3 -c 'import json, sys, tarfile
with tarfile.open(sys.argv[1]) as t:
    print(json.load(t.extractfile("index.json"))["manifests"][0]["digest"])' "$ARCHIVE")
step "done: $image ($engine, BASE=$BASE), $(du -h "$ARCHIVE" | cut -f1) OCI archive $ARCHIVE"
echo "load it:  podman load -i $ARCHIVE   (or: skopeo copy oci-archive:$ARCHIVE docker://<registry>/budget-etl:$VERSION)"
echo "image ID: ${id#sha256:}"
echo "digest:   $digest"
