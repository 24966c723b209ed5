#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to the whole test suite: installs dependencies, builds,
# then CTest starts the real 3-node Kafka clusters (3.9 and 4.1; jars from Maven Central, cached) for
# the integration tests and stops them afterwards.
#
# The suite runs twice: with the default preset (build/), then with the asan preset (build-asan/,
# AddressSanitizer + UndefinedBehaviorSanitizer). Both must pass.
#   --no-asan    skip the asan run (quick local runs)
#   --asan-only  only the asan run
# Other arguments go to both ctest runs (e.g. -L unit, --timeout 900).
# PARTITA_TEST_PORT_BASE / PARTITA_TEST_KAFKA41_PORT_BASE / PARTITA_TEST_SECURED_PORT_BASE, when set,
# choose the test clusters' client ports (defaults 19092, 19592 and 20092), e.g. for a second checkout
# running its tests at the same time.
set -euo pipefail
cd "$(dirname "$0")/.."

presets=(default asan)
ctest_args=()
for arg in "$@"; do
    case $arg in
        --no-asan) presets=(default) ;;
        --asan-only) presets=(asan) ;;
        *) ctest_args+=("$arg") ;;
    esac
done

configure_args=()
[[ -n ${PARTITA_TEST_PORT_BASE:-} ]] && configure_args+=("-DPARTITA_TEST_PORT_BASE=$PARTITA_TEST_PORT_BASE")
[[ -n ${PARTITA_TEST_KAFKA41_PORT_BASE:-} ]] \
    && configure_args+=("-DPARTITA_TEST_KAFKA41_PORT_BASE=$PARTITA_TEST_KAFKA41_PORT_BASE")
[[ -n ${PARTITA_TEST_SECURED_PORT_BASE:-} ]] \
    && configure_args+=("-DPARTITA_TEST_SECURED_PORT_BASE=$PARTITA_TEST_SECURED_PORT_BASE")

packaging/debian-deps.sh

failed=()
for preset in "${presets[@]}"; do
    started=$SECONDS
    echo "===== preset $preset: configure and build ====="
    cmake --preset "$preset" "${configure_args[@]}"
    # Fetch the Kafka jars of both test clusters before the clock of any test starts.
    build_dir=$([[ $preset == default ]] && echo build || echo "build-$preset")
    second_version=$(sed -n 's/^PARTITA_TEST_KAFKA41_VERSION:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
    tests/cluster/cluster.sh libs >/dev/null
    PARTITA_KAFKA_VERSION=$second_version tests/cluster/cluster.sh libs >/dev/null
    cmake --build --preset "$preset"
    built=$SECONDS
    echo "===== preset $preset: tests ====="
    ctest --preset "$preset" "${ctest_args[@]}" || failed+=("$preset")
    echo "===== preset $preset: built in $((built - started))s, tests ran $((SECONDS - built))s ====="
done

if (( ${#failed[@]} > 0 )); then
    echo "tests failed with preset(s): ${failed[*]}" >&2
    exit 1
fi
