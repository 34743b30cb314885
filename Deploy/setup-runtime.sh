#!/bin/sh
# Run as root inside the run-time root file system, after the packages of runtime-packages.txt
# are installed: by the Containerfile (RUN; `make image-test` checks the result). Creates the
# non-root user the image runs as — uid/gid 10001, fixed so Kubernetes can check runAsNonRoot
# and fsGroup can give it the volumes — and the documented volumes /data/in and /data/out.
set -eu
groupadd --gid 10001 budget-etl
useradd --uid 10001 --gid 10001 --home-dir /nonexistent --no-create-home --no-log-init \
  --shell /usr/sbin/nologin budget-etl
install -d -o 10001 -g 10001 -m 0755 /data /data/in /data/out
