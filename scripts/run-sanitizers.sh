#!/usr/bin/env bash
# Builds everything again with Clang, AddressSanitizer and UBSan, plus the
# libFuzzer harnesses, in build-sanitize/; runs the whole test suite in that
# build, then fuzzes each harness for FUZZ_SECONDS (default 60). Any error a
# sanitizer reports fails the run. run-tests.sh calls this after the normal
# suite; extra arguments go to ctest.
source "$(dirname "$0")/common.sh"

ensure_packages "$WEBHOOKSTUDIO_ROOT/scripts/packages-build.txt" \
    "$WEBHOOKSTUDIO_ROOT/scripts/packages-test.txt" \
    "$WEBHOOKSTUDIO_ROOT/scripts/packages-sanitize.txt"
ensure_node_peers

export WEBHOOKSTUDIO_BUILD_DIR="${WEBHOOKSTUDIO_SANITIZE_BUILD_DIR:-$WEBHOOKSTUDIO_ROOT/build-sanitize}"
export WEBHOOKSTUDIO_CMAKE_ARGS="-DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DWEBHOOKSTUDIO_FUZZ=ON"
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$WEBHOOKSTUDIO_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"

echo "== Sanitized build (Clang, ASan, UBSan, libFuzzer) in $WEBHOOKSTUDIO_BUILD_DIR"
configure_and_build

echo "== The test suite under ASan and UBSan"
# The packaging and translation tests check files, not code: left to the
# normal run.
(cd "$WEBHOOKSTUDIO_BUILD_DIR" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure \
    --parallel "$(nproc)" -E '^(DebianPackageTest|TranslationsTest)$' "$@")

echo "== Fuzzing, ${FUZZ_SECONDS:-60} s each"
"$WEBHOOKSTUDIO_ROOT/scripts/run-fuzzers.sh" "$WEBHOOKSTUDIO_BUILD_DIR" "${FUZZ_SECONDS:-60}"
