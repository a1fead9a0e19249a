#!/usr/bin/env bash
# Installs the Debian 12 packages Live Applier needs to build, test and run.
# Idempotent: packages already installed are skipped, and apt is not touched at
# all when nothing is missing.
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config git ca-certificates
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libssl-dev libsqlite3-dev libyaml-cpp-dev libcli11-dev libspdlog-dev libfmt-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libjwt-dev libargon2-dev libpoppler-cpp-dev zlib1g-dev
  # The sanitizer build (scripts/sanitize.sh): libFuzzer and the sanitizer runtimes. Clang 16,
  # not Debian's default 14, because 14 cannot compile libstdc++'s std::expected.
  clang-16 libclang-rt-16-dev
  chromium firefox-esr fonts-liberation
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
