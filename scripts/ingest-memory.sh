#!/usr/bin/env bash
# Does a large input folder ingest in bounded memory? For each size (MB, default 1024), writes a scale corpus of
# that size (`parley bench corpus`: JSONL articles recombined from data/samples, plus LARGE plain-text articles
# just under the 20 MB document limit), ingests it with `parley ingest` into a fresh SQLite store under
# /usr/bin/time -v, and prints MB, documents, wall and CPU seconds, MB/s and the peak resident memory of the
# ingest process. Peak memory that stays flat as the size grows is the point; wall-clock figures are noisy on a
# shared machine, CPU seconds less so.
#   scripts/ingest-memory.sh [--large N] [MB...]          e.g. scripts/ingest-memory.sh --large 2 100 300 1024
# Work files go to $PARLEY_INGEST_MEMORY_WORK (default /tmp/parley-ingest-memory), removed after each size
# unless PARLEY_INGEST_MEMORY_KEEP=1. Not part of .ci/run: it is a long run.
set -euo pipefail
cd "$(dirname "$0")/.."
large=0
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --large) large="${2:?--large needs a number}"; shift 2;;
    ''|*[!0-9]*) echo "ingest-memory.sh: '$1' is not a size in MB; usage: scripts/ingest-memory.sh [--large N] [MB...]" >&2; exit 2;;
    *) sizes+=("$1"); shift;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(1024)
[ -x /usr/bin/time ] || { echo "ingest-memory.sh: needs /usr/bin/time (Debian package 'time')" >&2; exit 2; }
work="${PARLEY_INGEST_MEMORY_WORK:-${TMPDIR:-/tmp}/parley-ingest-memory}"
if ! log="$(dotnet build src/Parley.Cli -c Release -nologo 2>&1)"; then echo "$log" >&2; exit 2; fi
parley=(dotnet "$PWD/src/Parley.Cli/bin/Release/net10.0/parley.dll")

rows=()
for mb in "${sizes[@]}"; do
  corpus="$work/corpus-$mb" db="$work/store-$mb.db"
  rm -rf "$corpus" "$db" "$db"-* "$db".ingest-lock
  mkdir -p "$work"
  "${parley[@]}" bench corpus --out "$corpus" --mb "$mb" --large "$large" >&2
  onDisk=$(du -sb "$corpus" | cut -f1)
  echo "== ingesting $((onDisk / 1000000)) MB..." >&2
  /usr/bin/time -v -o "$work/time-$mb.txt" "${parley[@]}" ingest "$corpus" --db "$db" --json > "$work/summary-$mb.json" ||
    { echo "ingest of $corpus failed (exit $?); see $work/summary-$mb.json" >&2; exit 1; }
  field() { grep -F "$1" "$work/time-$mb.txt" | sed 's/.*: //'; }
  json() { grep -E "\"$1\":" "$work/summary-$mb.json" | sed 's/.*: //; s/,$//'; }
  wall=$(field "Elapsed (wall clock)" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  cpu=$(awk -v u="$(field "User time")" -v s="$(field "System time")" 'BEGIN { print u + s }')
  rss=$(field "Maximum resident set size")
  rows+=("$(awk -v mb="$onDisk" -v docs="$(json new)" -v failed="$(json failed)" -v wall="$wall" -v cpu="$cpu" -v rss="$rss" \
    'BEGIN { printf "%8.0f %8d %6d %8.0f %8.0f %7.2f %7.2f %9.0f", mb / 1e6, docs, failed, wall, cpu, mb / 1e6 / wall, mb / 1e6 / cpu, rss / 1024 }')")
  [ "${PARLEY_INGEST_MEMORY_KEEP:-0}" = 1 ] || rm -rf "$corpus" "$db" "$db"-* "$db".ingest-lock
done
printf '%8s %8s %6s %8s %8s %7s %7s %9s\n' MB docs failed wall_s cpu_s MB/s MB/cpu-s peak_RSS_MiB
printf '%s\n' "${rows[@]}"
