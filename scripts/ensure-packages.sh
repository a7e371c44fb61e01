#!/usr/bin/env bash
# Installs the Debian 12 packages Steward needs to build, test and run, if any are missing.
# As root it runs apt-get; otherwise it prints the exact command to run and fails.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-translations-l10n libgl-dev
    libssl-dev openssl
    fonts-dejavu-core
    desktop-file-utils appstream dpkg-dev file
    clang-format libsqlite3-dev libsimdjson-dev zlib1g-dev
    python3 python3-jwt python3-cryptography
    qt6-networkauth-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring libsecret-tools dbus-daemon
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Steward needs these Debian packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
    echo "Install them with:"
    echo "    sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
