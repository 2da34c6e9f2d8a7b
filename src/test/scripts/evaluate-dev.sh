#!/usr/bin/env bash
# Measures the built CLI jar on the PolNeAR dev split and the seed article (needs ../shared).
# Usage: scripts/evaluate-dev.sh [ERRORS]   (ERRORS: how many DIRECT-subset errors to print, default 0)
set -euo pipefail
cd "$(dirname "$0")/../../.."
shared=../shared
jar=$(ls -t target/quote-attribution-*-cli.jar | head -1)
out=$(mktemp -d)
java -jar "$jar" --beliefs --dates "$shared/data/polnear/metadata.tsv" --out "$out/dev" "$shared/data/polnear/dev/text"
python3 "$shared/eval/score.py" "$shared/data/polnear/dev" "$out/dev" --errors "${1:-0}"
java -jar "$jar" --date 2025-08-20 "$shared/examples/seed-article.txt" > "$out/seed.json"
python3 "$shared/eval/check_seed.py" "$shared/examples/seed-article.expected.json" "$out/seed.json" | tail -1
echo "output in $out"
