#!/usr/bin/env bash
# The coverage-guided fuzz run: afl-fuzz (Debian's afl++) drives SharpFuzz-instrumented readers.
#   scripts/sharpfuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 300 s each for html md jsonl feed date)
# Installs afl++ with apt when afl-fuzz is missing and the SharpFuzz tool from .config/dotnet-tools.json, publishes
# tools/Parley.SharpFuzz, instruments the assemblies under test (Parley.Ingest with the readers and the date parser,
# Parley.Core, AngleSharp, YamlDotNet), seeds afl with the target's built-in seeds, test/fuzz-corpus/TARGET and
# data/samples, and runs one afl-fuzz per target for the time given. A crash is what it is for scripts/fuzz.sh:
# an exception escaping the target (the readers turn what they refuse into a failure naming the input). Each
# crashing input is copied to test/fuzz-corpus/TARGET/ (replayed by the test suite) and replayed here to show
# its exception. Prints execs, execs/s, corpus size, coverage, crashes and hangs per target; exit code 1 when
# anything crashed. Not part of .ci/run: it is the long run. Work files go to $PARLEY_SHARPFUZZ_WORK
# (default /tmp/parley-sharpfuzz).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
seconds="${1:-300}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(html md jsonl feed date)
case "$seconds" in ''|*[!0-9]*) echo "sharpfuzz.sh: SECONDS_PER_TARGET must be a number, not '$seconds'" >&2; exit 2;; esac
work="${PARLEY_SHARPFUZZ_WORK:-${TMPDIR:-/tmp}/parley-sharpfuzz}"

if ! command -v afl-fuzz >/dev/null; then
  echo "installing afl++ (apt)..." >&2
  as_root=(); [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  "${as_root[@]}" apt-get install -y afl++ >/dev/null || { "${as_root[@]}" apt-get update >/dev/null && "${as_root[@]}" apt-get install -y afl++ >/dev/null; }
fi
dotnet tool restore >/dev/null

# Two builds: the uninstrumented one writes seeds and replays crashes (instrumented code only runs under afl).
quiet() { local log; if ! log="$("$@" 2>&1)"; then echo "$log" >&2; exit 2; fi; }
quiet dotnet build tools/Parley.SharpFuzz -c Release -nologo
plain="$repo/tools/Parley.SharpFuzz/bin/Release/net10.0/parley-sharpfuzz.dll"
rm -rf "$work/bin"
quiet dotnet publish tools/Parley.SharpFuzz -c Release -nologo -o "$work/bin"
for assembly in Parley.Ingest Parley.Core AngleSharp YamlDotNet; do
  quiet dotnet sharpfuzz "$work/bin/$assembly.dll"
done

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
stat() { grep -E "^$2 " "$1/default/fuzzer_stats" | sed 's/.*: //'; }
crashed=0
summary=()
for target in "${targets[@]}"; do
  seeds="$work/seeds/$target" findings="$work/findings/$target"
  rm -rf "$seeds" "$findings"; mkdir -p "$work/findings"
  quiet dotnet "$plain" "$target" --seeds "$seeds"   # also checks the target's name
  # Earlier crashes and the demo articles (written for the repo) seed it too; afl wants small seeds.
  samples=("test/fuzz-corpus/$target"); [ "$target" != md ] || samples+=(data/samples)
  find "${samples[@]}" -type f -size -64k ! -name '*.txt' 2>/dev/null | while read -r file; do cp "$file" "$seeds/"; done || true
  echo "== $target: afl-fuzz for $seconds s, $(ls "$seeds" | wc -l) seeds" >&2
  afl-fuzz -i "$seeds" -o "$findings" -t 5000 -m none -V "$seconds" -- dotnet "$work/bin/parley-sharpfuzz.dll" "$target" > "$work/$target.log" 2>&1 ||
    { echo "afl-fuzz failed for $target; its log:" >&2; tail -30 "$work/$target.log" >&2; exit 2; }
  crashes=0
  for input in "$findings"/default/crashes/id:*; do
    [ -e "$input" ] || continue
    crashes=$((crashes + 1))
    saved="test/fuzz-corpus/$target/$(sha256sum "$input" | cut -c1-16).bin"
    mkdir -p "test/fuzz-corpus/$target" && cp "$input" "$saved"
    echo "$target: crash saved to $saved" >&2
    dotnet "$plain" "$target" --replay "$saved" >&2 || true
  done
  crashed=$((crashed + crashes))
  summary+=("$(printf '%-6s %12s %9s %8s %9s %8s %6s' "$target" "$(stat "$findings" execs_done)" "$(stat "$findings" execs_per_sec)" \
    "$(stat "$findings" corpus_count)" "$(stat "$findings" bitmap_cvg)" "$crashes" "$(stat "$findings" saved_hangs)")")
done
printf '%-6s %12s %9s %8s %9s %8s %6s\n' target execs execs/s corpus coverage crashes hangs
printf '%s\n' "${summary[@]}"
[ "$crashed" -eq 0 ]
