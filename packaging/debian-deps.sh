#!/usr/bin/env bash
# Installs Partita's build, run and test dependencies on Debian 12 (bookworm).
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config clang-format
    qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite librdkafka-dev libqcustomplot-dev
    # the desktop keychain for connection passwords (a Secret Service such as gnome-keyring at run time)
    qtkeychain-qt6-dev
    # lupdate/lrelease and the CMake LinguistTools package that compiles the translations
    qt6-l10n-tools qt6-tools-dev
    # the real test cluster (Apache Kafka from Maven Central; the JDK's jcmd starts its brokers' JMX
    # connectors) and its readiness probe
    openjdk-17-jdk-headless maven kcat
    # certificates for the secured test cluster
    openssl
    # screenshots under a virtual X server
    xvfb xauth
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

run_as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
echo "Installing: ${missing[*]}"
run_as_root apt-get update
run_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
