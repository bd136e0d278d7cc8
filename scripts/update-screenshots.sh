#!/usr/bin/env bash
# Regenerates every file in screenshots/ with `clusterdash snapshot`, from the views
# listed in screenshots/views.txt: a text capture and an SVG picture of each, at 120x40,
# on the shipped dataset. The test `screenshots_are_up_to_date` fails when they are stale.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
bin=target/debug/clusterdash
grep -v '^#' screenshots/views.txt | while read -r name view; do
    [ -n "$name" ] || continue
    for format in txt svg; do
        "$bin" snapshot datasets/basque-clusters --lang en --view "$view" --size 120x40 --format "$format" -o "screenshots/$name.$format"
    done
    echo "screenshots/$name.txt and .svg"
done
