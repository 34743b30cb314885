#!/usr/bin/env bash
# `make image [IMAGE=name:tag]`: builds Containerfile with the first working container engine
# (docker, podman, buildah). Without one it says so and fails: `make rootfs-test` is the proof
# that runs without an engine.
set -euo pipefail
cd "$(dirname "$0")/.."
image=${1:-budget-etl:0.1.0}
for engine in docker podman buildah; do
  command -v "$engine" >/dev/null 2>&1 || continue
  case $engine in
    docker) docker info >/dev/null 2>&1 || { echo "make image: docker client found, but no docker engine answers (docker info failed)" >&2; continue; } ;;
    podman) podman info >/dev/null 2>&1 || { echo "make image: podman found, but 'podman info' failed" >&2; continue; } ;;
  esac
  echo "make image: building $image with $engine"
  case $engine in
    buildah) exec buildah build -f Containerfile -t "$image" . ;;
    *) exec "$engine" build -f Containerfile -t "$image" . ;;
  esac
done
echo "make image: no working container engine here (docker, podman or buildah); the image was not built." >&2
echo "  Build it where one exists (Docs/operations.md), or run 'make rootfs-test' (root, no engine) to prove it here." >&2
exit 1
