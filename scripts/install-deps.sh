#!/bin/sh
# Install the Debian packages aloud needs to build, test and benchmark.
# Idempotent: apt-get install skips what is already there.
# Runs as root, or through sudo when it is available.
set -eu

SUDO=
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=sudo
    else
        echo "install-deps: run as root or install sudo" >&2
        exit 1
    fi
fi

PACKAGES="
    build-essential cmake pkg-config git ca-certificates
    libespeak-ng-dev espeak-ng-data espeak-ng
    libcurl4-openssl-dev libgumbo-dev libjson-c-dev libxml2-dev libsndfile1-dev libseccomp-dev
    libpcaudio-dev
    libavformat-dev libavcodec-dev libswresample-dev libavutil-dev
    python3 sox ffmpeg valgrind tmux parallel
    pulseaudio pulseaudio-utils
    clang libclang-rt-14-dev
"

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $PACKAGES
