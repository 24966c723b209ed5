#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to Partita on its built-in demo cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/debian-deps.sh
cmake --preset default
cmake --build --preset default
exec build/app/partita --demo "$@"
