#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to the whole test suite: installs dependencies, builds,
# then CTest starts the real 3-node Kafka cluster (jars from Maven Central, cached) for the
# integration tests and stops it afterwards. Extra arguments go to ctest (e.g. -L unit).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/debian-deps.sh
cmake --preset default
cmake --build --preset default
tests/cluster/cluster.sh libs >/dev/null # fetch the Kafka jars before the clock of any test starts
ctest --preset default "$@"
