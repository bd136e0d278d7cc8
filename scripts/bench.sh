#!/usr/bin/env bash
# Measures the dashboard at scale, as a person meets it, in a real pseudo-terminal.
#
#   scripts/bench.sh [RUNS]        (default 5 runs per dataset)
#
# Builds the release binary and examples/measure_dashboard.rs, generates the scale
# datasets with `clusterdash generate` into a temporary folder (removed at the end,
# never committed), then for the shipped dataset, 1 million values (one long
# values.csv, and the same as a file per cluster) and 5 million values (one long
# values.csv) prints, over RUNS runs: the median and the spread (min-max) of the time
# from process start to the first frame and to the full Overview, the latency of a
# filter, year and tab change (key sent to the change on screen, median of 6 each run),
# the peak memory (VmHWM) and the CPU used in 3 s of idling after load; and, for the
# times, the ratio to `wc -l` on the same files (the floor for reading them).
# Criterion benches of the parts: `cargo bench` (see benches/).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

cargo build --release --locked --bin clusterdash --example measure_dashboard >&2
bin=target/release/clusterdash
measure=target/release/examples/measure_dashboard
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "clusterdash $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $runs runs each, terminal 120x40"
echo

scale="--indicators 60 --from 2001 --to 2025 --frequency monthly"
# shellcheck disable=SC2086
$bin generate --out "$work/1m" --clusters 80 $scale --long >/dev/null
# shellcheck disable=SC2086
$bin generate --out "$work/1m-split" --clusters 80 $scale >/dev/null
# shellcheck disable=SC2086
$bin generate --out "$work/5m" --clusters 400 $scale --long >/dev/null

# median, min and max of the numbers given as arguments
stats() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%s %s %s", m, v[1], v[NR] }'
}

# the median time of `wc -l` over the dataset's files, in milliseconds
wc_floor() {
    local files times=()
    mapfile -t files < <(find "$1" -name '*.csv' | sort)
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        wc -l "${files[@]}" >/dev/null
        end=$(date +%s%N)
        times+=("$(awk -v d=$((end - start)) 'BEGIN { printf "%.1f", d / 1e6 }')")
    done
    stats "${times[@]}" | cut -d' ' -f1
}

report() {
    local name=$1 dir=$2
    shift 2
    local rows size floor
    rows=$(find "$dir" -name 'values*.csv' -o -path '*/values/*.csv' | xargs cat | grep -vc '^period\|^cluster_id' || true)
    size=$(du -sb "$dir" | awk '{ printf "%.0f MB", $1 / 1e6 }')
    floor=$(wc_floor "$dir")
    echo "== $name: $rows values, $size; wc -l median ${floor} ms"
    printf '%-20s %10s %21s %12s\n' measure median "spread (min-max)" "x wc -l"
    while IFS=$'\t' read -r what values; do
        # shellcheck disable=SC2086
        read -r median low high <<<"$(stats $values)"
        local ratio=""
        case $what in
            *_ms) ratio=$(awk -v m="$median" -v f="$floor" 'BEGIN { if (f > 0) printf "%.1f", m / f }') ;;
        esac
        printf '%-20s %10s %21s %12s\n' "$what" "$median" "$low-$high" "$ratio"
    done < <("$measure" "$bin" "$dir" "$runs" --watch off "$@")
    echo
}

report shipped datasets/basque-clusters
report "1M long" "$work/1m" 
report "1M per cluster" "$work/1m-split" 
report "5M long" "$work/5m" 
