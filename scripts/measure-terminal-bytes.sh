#!/usr/bin/env bash
# Measures the bytes clusterdash writes to a real terminal (a tmux pane, captured with
# pipe-pane): the first frame, a tab switch (key 2), a year change (Left) and ten idle
# seconds, at 80x24 and 120x40, with the release binary on the shipped dataset.
#
#   scripts/measure-terminal-bytes.sh            # builds the release binary first
#
# Needs tmux. Prints one line per size: first frame, tab switch, year change, idle.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin="$PWD/target/release/clusterdash"
sock="bytes-$$"
t() { tmux -L "$sock" -f /dev/null "$@"; }
trap 't kill-server 2>/dev/null || true' EXIT
settle() { sleep "${SETTLE:-1.5}"; }
size_of() { stat -c %s "$1"; }

printf '%-8s %12s %12s %12s %12s\n' size first-frame tab-switch year-change idle-10s
for size in 80x24 120x40; do
    w=${size%x*}; h=${size#*x}
    out=$(mktemp)
    # The program starts after a short sleep, so the capture is attached before its first byte.
    t new-session -d -s m -x "$w" -y "$h" "sleep 0.5; env TERM=xterm-256color LANG=C.UTF-8 $bin datasets/basque-clusters"
    t pipe-pane -t m -o "cat >> $out"
    for _ in $(seq 100); do t capture-pane -p -t m | grep -q Scorecard && break; sleep 0.1; done
    settle; first=$(size_of "$out")
    t send-keys -t m 2; settle; tab=$(( $(size_of "$out") - first ))
    t send-keys -t m Left; settle; year=$(( $(size_of "$out") - first - tab ))
    before=$(size_of "$out"); sleep 10; idle=$(( $(size_of "$out") - before ))
    t send-keys -t m q; sleep 0.5
    t kill-server 2>/dev/null || true
    printf '%-8s %12s %12s %12s %12s\n' "$size" "$first" "$tab" "$year" "$idle"
    rm -f "$out"
done
