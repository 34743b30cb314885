#!/bin/sh
# Deploy/install.sh DEST_ROOT — builds the release binary (Swift runtime and Foundation linked
# in with --static-swift-stdlib) and lays it out under DEST_ROOT with everything it reads at
# run time. The Containerfile's build stage runs it (DEST_ROOT=/staging, then copied to /) and
# `make rootfs-test` runs it into its Debian root file system, so both get the same files:
#
#   /opt/budget-etl/bin/budget-etl                     the binary
#   /opt/budget-etl/bin/budget-etl_BudgetXML.resources  XSD (SwiftPM resource bundles are
#   /opt/budget-etl/bin/budget-etl_BudgetLoad.resources JSON-LD context  found beside the binary)
#   /opt/budget-etl/Mappings/                           mapping tables (ResourceLocator finds
#   /opt/budget-etl/Inputs/<sample>                     them above the binary's real path)
#   /usr/local/bin/budget-etl -> /opt/budget-etl/bin/budget-etl
#
# SWIFT (default swift) and SWIFT_SCRATCH (default .build) choose the toolchain and build folder.
set -eu
dest=${1:?usage: Deploy/install.sh DEST_ROOT}
case $dest in /*) ;; *) dest=$(pwd)/$dest ;; esac
cd "$(dirname "$0")/.."
swift=${SWIFT:-swift}
build="$swift build -c release --static-swift-stdlib --scratch-path ${SWIFT_SCRATCH:-.build}"
$build --product budget-etl
bin=$($build --show-bin-path)
prefix=/opt/budget-etl
sample=$(sed -n 's/.*sampleInput = "\(.*\)".*/\1/p' Sources/BudgetETL/ResourceLocator.swift)

rm -rf "$dest$prefix"
mkdir -p "$dest$prefix/bin" "$dest$prefix/$(dirname "$sample")" "$dest/usr/local/bin"
cp "$bin/budget-etl" "$dest$prefix/bin/budget-etl"
strip "$dest$prefix/bin/budget-etl"   # binutils: debug symbols are not needed at run time
for bundle in "$bin"/budget-etl_*.resources; do
  cp -R "$bundle" "$dest$prefix/bin/"
done
cp -R Mappings "$dest$prefix/Mappings"
cp "$sample" "$dest$prefix/$sample"
chmod -R u=rwX,go=rX "$dest$prefix"
ln -sfn "$prefix/bin/budget-etl" "$dest/usr/local/bin/budget-etl"
