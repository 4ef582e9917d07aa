#!/bin/sh
# ci-sanitize.sh [BUILD_DIR] - build aloud with AddressSanitizer and UBSan
# (-fno-sanitize-recover=all: any undefined behaviour fails) and run the
# whole test suite there: unit tests, golden pages, CLI and network tests,
# the bad-input suite and the fuzz corpus replay.
#
# BUILD_DIR defaults to build-asan in the source tree. Dependencies are
# assumed installed (scripts/install-deps.sh). Environment: JOBS (default
# 2), WERROR (ON/OFF, default ON), CTEST_ARGS (extra ctest arguments,
# e.g. "-L hostile").
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build-asan"}
jobs=${JOBS:-2}

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Debug \
      -DALOUD_SANITIZE=ON -DALOUD_WERROR="${WERROR:-ON}" >/dev/null
cmake --build "$build" -j "$jobs"

# Leaks are errors too; stop at the first report with a stack. (Not
# strict_string_checks: it makes every strcspn/strchr measure the whole
# string, which turns word-by-word scans of a 10 MB paragraph quadratic.)
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=0}
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS UBSAN_OPTIONS

cd "$build"
# shellcheck disable=SC2086
ctest --output-on-failure -j "$jobs" ${CTEST_ARGS:-}
