#!/bin/sh
# The whole test suite on a fresh machine: install what aloud needs, build
# it warning-free (-Werror), run every ctest test and the mutation check
# (scripts/mutate.sh: deliberate bugs the tests must catch), then the
# AddressSanitizer + UBSan build and the valgrind check. CI (.ci/run) runs
# exactly this.
set -eu
cd "$(dirname "$0")/.."
./scripts/install-deps.sh

echo "== Build (-Wall -Wextra -Werror)"
./scripts/build.sh build -DALOUD_WERROR=ON
echo "== Tests"
ctest --test-dir build --output-on-failure -j2 --timeout 600
echo "== Mutation check (deliberate bugs the tests must catch)"
./scripts/mutate.sh

if [ -x scripts/ci-sanitize.sh ]; then
    echo "== AddressSanitizer + UBSan build and tests"
    ./scripts/ci-sanitize.sh build-asan
fi
if [ -x scripts/ci-valgrind.sh ]; then
    echo "== valgrind"
    ./scripts/ci-valgrind.sh build
fi

# The seed article, when the shared fixtures are next to the checkout.
if [ -x ../shared/bench/score-extract ]; then
    echo "== Seed fixture"
    ../shared/bench/score-extract seed './build/aloud --json {}'
fi
echo "== All tests passed"
