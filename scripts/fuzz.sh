#!/usr/bin/env bash
# Builds the libFuzzer targets (one per record parser) with Clang and runs each for a while,
# starting from the real samples in tests/testdata/activity. Not part of CI: run it by hand.
#   scripts/fuzz.sh [seconds per parser, default 180] [parser ...]
# Crashes are kept in build/fuzz/findings/<parser>/; a run that finds one exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-180}"
shift || true
parsers=("$@")
[ ${#parsers[@]} -gt 0 ] || parsers=(cloudtrail k8s otlp otel-sdk langfuse mcp jsonl)

scripts/ensure-packages.sh
if ! command -v clang++ >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y --no-install-recommends clang
    else
        echo "Install Clang first: sudo apt-get install clang" >&2
        exit 1
    fi
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

data=tests/testdata/activity
status=0
for parser in "${parsers[@]}"; do
    target="build/fuzz/fuzz/fuzz_${parser//-/_}"
    corpus="build/fuzz/corpus/$parser"
    findings="build/fuzz/findings/$parser"
    mkdir -p "$corpus" "$findings"
    # The seeds: every sample of the format, whole files and single lines.
    case "$parser" in
        otel-sdk) seeds="$data/otel-sdk" ;;
        otlp) seeds="$data/otel" ;;
        *) seeds="$data/$parser" ;;
    esac
    if [ -d "$seeds" ]; then
        find "$seeds" -type f -size -1024k -exec cp -n {} "$corpus/" \; 2>/dev/null || true
    fi
    echo "== $parser: $seconds s"
    if ! "$target" "$corpus" -max_total_time="$seconds" -max_len=1048576 -timeout=10 \
        -artifact_prefix="$findings/" -print_final_stats=1; then
        echo "!! $parser: a finding is in $findings" >&2
        status=1
    fi
done
exit $status
