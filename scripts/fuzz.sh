#!/usr/bin/env bash
# Builds the fuzzers (if needed) and runs one for a given time on its committed seed corpus.
#   scripts/fuzz.sh TARGET [SECONDS]     TARGET: fuzz-frames, fuzz-requests or fuzz-imports; SECONDS: default 600
# New inputs and any crash, leak or timeout go to a scratch directory (FUZZ_WORK, default /tmp/cyphub-fuzz/TARGET),
# never to Fuzz/Corpus. Prints executions, executions per second and findings; exits 1 if there was a finding.
# Extra libFuzzer flags: FUZZ_FLAGS="-max_len=8192". Reproduce a finding: Fuzz/.build/release/TARGET FILE
set -euo pipefail
cd "$(dirname "$0")/.."

target="${1:-}"
seconds="${2:-600}"
case "$target" in
    fuzz-frames | fuzz-requests | fuzz-imports) ;;
    *)
        echo "usage: scripts/fuzz.sh fuzz-frames|fuzz-requests|fuzz-imports [SECONDS]" >&2
        exit 2
        ;;
esac

echo "== build (release, -sanitize=fuzzer,address)"
swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer,address 2>&1 \
    | grep -v "Cannot export local symbol '__asan_extra_spill_area'"

work="${FUZZ_WORK:-/tmp/cyphub-fuzz/$target}"
mkdir -p "$work/corpus" "$work/findings"
log="$work/fuzz.log"
# The import fuzzer's host keeps its database in TMPDIR: memory-backed when there is one.
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then export TMPDIR=/dev/shm; fi
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

echo "== $target for ${seconds}s (corpus Fuzz/Corpus/$target, new inputs and findings in $work)"
before=$(find "$work/findings" -type f | wc -l)
status=0
# Hangs: any input running over 10 s is a finding (-timeout=10).
# shellcheck disable=SC2086
Fuzz/.build/release/"$target" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$work/findings/" ${FUZZ_FLAGS:-} "$work/corpus" "Fuzz/Corpus/$target" >"$log" 2>&1 || status=$?

executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
findings=$(( $(find "$work/findings" -type f | wc -l) - before ))
echo "target:      $target"
echo "duration:    ${seconds}s requested"
echo "executions:  ${executions:-unknown}"
echo "exec/s:      ${rate:-unknown}"
echo "coverage:    $(grep -o 'cov: [0-9]*' "$log" | tail -1)"
echo "findings:    $findings (libFuzzer status $status; log $log)"
if [ "$findings" -gt 0 ] || [ "$status" -ne 0 ]; then
    find "$work/findings" -type f | sed "s/^/  /"
    grep -m1 -A12 "ERROR:\|Fatal error\|==ERROR\|deadly signal" "$log" || tail -30 "$log"
    exit 1
fi
