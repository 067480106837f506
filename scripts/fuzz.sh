#!/usr/bin/env bash
# The long fuzz run: 100,000 generated inputs (or $1) over every reader, the date parser, the pack loader and the
# extraction pipeline.
# Prints accepted / rejected / crashed counts per target; a crashing input is saved to test/fuzz-corpus/TARGET/,
# which the test suite replays. Extra arguments go to the fuzzer (--target NAME, --size S).
set -euo pipefail
cd "$(dirname "$0")/.."
inputs="${1:-100000}"
shift || true
if ! log="$(dotnet build tools/Parley.Fuzz -c Release -nologo 2>&1)"; then echo "$log" >&2; exit 2; fi
exec dotnet tools/Parley.Fuzz/bin/Release/net10.0/parley-fuzz.dll --inputs "$inputs" "$@"
