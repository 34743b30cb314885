#!/bin/sh
# Deploy/install.sh DESTDIR [PREFIX] — builds the release binary (the Swift runtime and
# Foundation linked in with --static-swift-stdlib) and installs it under DESTDIR/PREFIX (PREFIX
# default /usr/local) with everything it reads at run time. One script for every way the tool
# is installed: `make install PREFIX=… DESTDIR=…` runs it, the Containerfile's build stage runs
# it (DESTDIR=/staging, then copied to /), and `make image` offline runs it on the host into
# .build-image/staging, which the Containerfile copies instead (build argument PREBUILT):
#
#   PREFIX/lib/budget-etl/bin/budget-etl                     the binary (stripped)
#   PREFIX/lib/budget-etl/bin/budget-etl_BudgetXML.resources  XSD (SwiftPM resource bundles are
#   PREFIX/lib/budget-etl/bin/budget-etl_BudgetLoad.resources JSON-LD context  found beside it)
#   PREFIX/lib/budget-etl/Mappings/                          mapping tables (ResourceLocator finds
#   PREFIX/lib/budget-etl/Inputs/<sample>                    them above the binary's real path)
#   PREFIX/bin/budget-etl -> ../lib/budget-etl/bin/budget-etl
#
# SWIFT (default swift) and SWIFT_SCRATCH (default .build) choose the toolchain and build
# folder; the build is incremental, so `make install` after `make image` builds nothing again.
set -eu
destdir=${1?usage: Deploy/install.sh DESTDIR [PREFIX]}
prefix=${2:-/usr/local}
case $prefix in /*) ;; *) echo "install.sh: PREFIX must be absolute: $prefix" >&2; exit 2 ;; esac
case $destdir in /* | '') ;; *) destdir=$(pwd)/$destdir ;; esac
cd "$(dirname "$0")/.."
swift=${SWIFT:-swift}
build="$swift build -c release --static-swift-stdlib --scratch-path ${SWIFT_SCRATCH:-.build}"
$build --product budget-etl
bin=$($build --show-bin-path)
home=$destdir$prefix/lib/budget-etl
sample=$(sed -n 's/.*sampleInput = "\(.*\)".*/\1/p' Sources/BudgetETL/ResourceLocator.swift)

rm -rf "$home"   # only the tool's own folder: PREFIX itself is shared (/usr/local)
mkdir -p "$home/bin" "$home/$(dirname "$sample")" "$destdir$prefix/bin"
cp "$bin/budget-etl" "$home/bin/budget-etl"
strip "$home/bin/budget-etl"   # binutils: debug symbols are not needed at run time
for bundle in "$bin"/budget-etl_*.resources; do
  cp -R "$bundle" "$home/bin/"
done
cp -R Mappings "$home/Mappings"
cp "$sample" "$home/$sample"
chmod -R u=rwX,go=rX "$home"
ln -sfn ../lib/budget-etl/bin/budget-etl "$destdir$prefix/bin/budget-etl"
echo "install.sh: budget-etl $("$home/bin/budget-etl" --version) in $destdir$prefix (bin/budget-etl, lib/budget-etl/)"
