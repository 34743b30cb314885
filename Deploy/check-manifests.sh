#!/usr/bin/env bash
# `make k8s-check`: Deploy/kubernetes/ against the Kubernetes 1.30 schemas, rejecting unknown
# fields (kubernetes-validate --strict, pinned in Deploy/requirements.txt, installed into the
# git-ignored .build-k8s/venv), then the consistency checks of Deploy/check_manifests.py.
# `--script MANIFEST` prints the shell script a Job runs (for `make image-test`).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.build-k8s/venv
if [[ ! -f $VENV/.installed || Deploy/requirements.txt -nt $VENV/.installed ]]; then
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check -r Deploy/requirements.txt
  touch "$VENV/.installed"
fi
[[ ${1:-} != --script ]] || exec "$VENV/bin/python" Deploy/check_manifests.py "$@"
"$VENV/bin/kubernetes-validate" --strict --kubernetes-version 1.30.0 Deploy/kubernetes/*.yaml
"$VENV/bin/python" Deploy/check_manifests.py Deploy/kubernetes Deploy/setup-runtime.sh
