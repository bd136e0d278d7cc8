#!/bin/bash
# Load time and peak memory of the same 5 million values from CSV and from Parquet, side by
# side: `clusterdash generate` writes 5M values as one CSV file per cluster (520 clusters),
# pyarrow converts each to Parquet (its default Snappy), and also all of them to one long
# values.parquet with a cluster_id column (parquet_long), and `clusterdash check` loads each
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
mkdir -p "$work/parquet/values" "$work/parquet_long"
cp "$work"/csv/*.csv "$work/parquet/"
cp "$work"/csv/*.csv "$work/parquet_long/"
python3 - "$work/csv/values" "$work/parquet/values" "$work/parquet_long/values.parquet" <<'PY'
import pathlib, sys
import pyarrow as pa, pyarrow.csv as pc, pyarrow.parquet as pq
src, out, long = sys.argv[1:]
tables = []
for path in sorted(pathlib.Path(src).glob("*.csv")):
    table = pc.read_csv(path)
    pq.write_table(table, pathlib.Path(out) / f"{path.stem}.parquet")
    ids = pa.array([path.stem] * table.num_rows, pa.string())
    tables.append(table.add_column(0, "cluster_id", ids))
pq.write_table(pa.concat_tables(tables, promote_options="permissive"), long)
PY
echo "machine: $(nproc) cores, clusterdash $(git rev-parse --short HEAD), $runs runs each"
for kind in csv parquet parquet_long; do
    values=$($bin check "$work/$kind" | awk '/^rows:/ { print $2 }')
    size=$(du -sb "$work/$kind/values"* | awk '{ printf "%.0f MB", $1 / 1e6 }')
    seconds=() kilobytes=()
    for _ in $(seq "$runs"); do
        out=$( { /usr/bin/time -f '%e %M' $bin check "$work/$kind" >/dev/null; } 2>&1 | tail -1)
        seconds+=("${out% *}") kilobytes+=("${out#* }")
    done
    median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
    echo "$kind: $values values in $size; check median $(median "${seconds[@]}") s, peak memory median $(( $(median "${kilobytes[@]}") / 1024 )) MB (runs: ${seconds[*]} s)"
done
