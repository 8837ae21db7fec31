#!/usr/bin/env bash
# Benchmark of maintenance-notification parsing (a script, not a test): notifications parsed per second over the
# shared corpus, single thread, Release build. Goal: >= 2,000/s.
#
#   bench/parse.sh [ROUNDS]     # default 50 rounds over the 81 corpus files
#
# Runs `StatusDashboard parse --repeat ROUNDS` on every corpus file: the files are read into memory once, parsed
# once for the output, then ROUNDS-1 more times on one thread; the command reports that in-process rate (process
# start, file reads and JSON printing excluded) on stderr. In the same rounds it times MIME decoding alone (MimeKit, the
# part every parse starts with) and prints the ratio of the two rates: on a loaded machine the rates fall, the ratio
# stays. The runtime compiles fully optimised code from the start (DOTNET_TieredCompilation=0): with tiered compilation
# a run of 20 rounds measures mostly the JIT's warm-up (about 290/s where 200 rounds reach 1,000/s), not the parsers a
# long-running service runs. The corpus is SDB_CORPUS_PATH, else shared/corpus/maintenance above the repository.
set -euo pipefail

ROUNDS="${1:-50}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS="${SDB_CORPUS_PATH:-}"
if [ -z "$CORPUS" ]; then
    dir="$ROOT"
    while [ "$dir" != / ]; do
        if [ -d "$dir/shared/corpus/maintenance" ]; then CORPUS="$dir/shared/corpus/maintenance"; break; fi
        dir="$(dirname "$dir")"
    done
fi
[ -n "$CORPUS" ] && [ -d "$CORPUS" ] || { echo "bench/parse.sh: corpus not found; set SDB_CORPUS_PATH" >&2; exit 1; }

echo "== building Release"
dotnet build "$ROOT/StatusDashboard" -c Release -v quiet -nologo >/dev/null

mapfile -t FILES < <(find "$CORPUS" -name '*.eml' -o -name '*.ics' | sort)
echo "== parsing ${#FILES[@]} files x $ROUNDS rounds, one thread"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# A throw-away instance folder: parse needs no database and must not touch the real one.
(cd "$WORK" && DOTNET_gcServer=0 DOTNET_TieredCompilation=0 dotnet "$ROOT/StatusDashboard/bin/Release/net10.0/StatusDashboard.dll" \
    parse --repeat "$ROUNDS" "${FILES[@]}" >"$WORK/out.jsonl" 2>"$WORK/err.txt") || true
rate_line="$(grep '^parsed .* per second' "$WORK/err.txt" || true)"
[ -n "$rate_line" ] || { cat "$WORK/err.txt" >&2; exit 1; }
rate="$(sed -E 's/.*: ([0-9]+) per second/\1/' <<<"$rate_line")"
echo "$rate_line"
grep -E '^(decoded alone|parse rate / decode rate)' "$WORK/err.txt"
echo "parsed without error: $(grep -c '"error":null' "$WORK/out.jsonl") of ${#FILES[@]} files"
if [ "$rate" -ge 2000 ]; then verdict="meets"; else verdict="misses"; fi
echo "result: $rate notifications/s (goal >= 2,000/s: $verdict)"
