#!/usr/bin/env bash
# run_fuzz.sh TARGET SECONDS WORKDIR DICT SEED_DIR...: one fuzz target for SECONDS on the corpus
# in WORKDIR/corpus (fresh, unless RAPPORT_FUZZ_KEEP=1 keeps what earlier runs found; the seed
# folders are only read), crash inputs in WORKDIR/artifacts. Exits non-zero when libFuzzer finds
# a problem; its report names the input.
#   RAPPORT_FUZZ_TIMEOUT: seconds one input may take before it counts as a hang (default 60, for
#   the unoptimised sanitizer build; tests/fuzz/long_run.sh uses 20 with an optimised one).
set -uo pipefail
target="$1" seconds="$2" work="$3" dict="$4"
shift 4
[ "${RAPPORT_FUZZ_KEEP:-0}" = 1 ] || rm -rf "$work/corpus"
mkdir -p "$work/corpus" "$work/artifacts"
# -rss_limit_mb: a run growing past this is a memory bomb (the commands stay under 1 GB; the
# sanitizers and libFuzzer's own corpus add the rest). -max_len lets mutations grow deep and long
# shapes (100,000 brackets) beyond the seeds.
exec "$target" -max_total_time="$seconds" -timeout="${RAPPORT_FUZZ_TIMEOUT:-60}" -rss_limit_mb=3072 -max_len=262144 \
  -dict="$dict" -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus" "$@" </dev/null
