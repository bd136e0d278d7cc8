#!/bin/bash
# Load time and peak memory of the same 5 million values from CSV and from Parquet, side by
# side: `clusterdash generate` writes 5M values as one CSV file per cluster (520 clusters),
# pyarrow converts each to Parquet (its default Snappy), and `clusterdash check` loads each
# dataset whole (every file read and checked, the cube built), RUNS times each.
# Needs pyarrow (pip install pyarrow) and GNU time (/usr/bin/time). Not run by CI.
#   scripts/bench-parquet.sh [RUNS]
set -euo pipefail
runs=${1:-5}
cd "$(dirname "$0")/.."
cargo build --release --locked --bin clusterdash >&2
bin=target/release/clusterdash
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
$bin generate --out "$work/csv" --clusters 520 --indicators 60 --from 2001 --to 2025 --frequency monthly >/dev/null
mkdir -p "$work/parquet/values"
cp "$work"/csv/*.csv "$work/parquet/"
python3 - "$work/csv/values" "$work/parquet/values" <<'PY'
import pathlib, sys
import pyarrow.csv as pc, pyarrow.parquet as pq
src, out = map(pathlib.Path, sys.argv[1:])
for path in sorted(src.glob("*.csv")):
    pq.write_table(pc.read_csv(path), out / f"{path.stem}.parquet")
PY
echo "machine: $(nproc) cores, clusterdash $(git rev-parse --short HEAD), $runs runs each"
for kind in csv parquet; do
    values=$($bin check "$work/$kind" | awk '/^rows:/ { print $2 }')
    size=$(du -sb "$work/$kind/values" | awk '{ printf "%.0f MB", $1 / 1e6 }')
    seconds=() kilobytes=()
    for _ in $(seq "$runs"); do
        out=$( { /usr/bin/time -f '%e %M' $bin check "$work/$kind" >/dev/null; } 2>&1 | tail -1)
        seconds+=("${out% *}") kilobytes+=("${out#* }")
    done
    median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
    echo "$kind: $values values in $size; check median $(median "${seconds[@]}") s, peak memory median $(( $(median "${kilobytes[@]}") / 1024 )) MB (runs: ${seconds[*]} s)"
done
