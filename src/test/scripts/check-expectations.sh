#!/usr/bin/env bash
# Checks the built CLI jar against the hand-made expectation files in src/test/resources/expected/
# (PolNeAR dev articles, read and annotated by hand in the seed article's form; needs ../shared).
# Runs the jar once over all those articles with their publication dates, then check_seed.py on each,
# and sums the share of fields right over all articles, in total and per field.
# Usage: src/test/scripts/check-expectations.sh [-v]   (-v: print check_seed.py's lines for every quote)
# JAR=path/to/cli.jar checks another build (default: the newest jar in target/).
# EXPECTED_DIR=folder checks another set of expectation files (default: src/test/resources/expected);
# EXPECTED_DIR=src/test/resources/expected-ggt checks the GGT dev articles' files.
# A file's "texts" names the folder of ../shared/data its document is in (default polnear/dev/text). Files
# whose article must not be copied into the repository (GGT) pick the words out by offsets into the article
# ("contains_at": [start, end], also "also_contains_at", "not_contains_at", "exact_at"): they are turned into the
# check_seed.py form (the words themselves) in a temporary folder before checking.
set -euo pipefail
cd "$(dirname "$0")/../../.."
shared=../shared
jar=${JAR:-$(ls -t target/quote-attribution-*-cli.jar | head -1)}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$out/expected"
python3 - "$shared/data" "$out/expected" "${EXPECTED_DIR:-src/test/resources/expected}"/*.expected.json <<'EOF'
import json, os, sys
data, into = sys.argv[1], sys.argv[2]
for path in sys.argv[3:]:
    e = json.load(open(path, encoding="utf-8"))
    text = open(os.path.join(data, e.get("texts", "polnear/dev/text"), e["document"]), encoding="utf-8").read()
    for entry in e["quotes"] + e.get("not_quotes", []):
        for key in [k for k in entry if k.endswith("_at")]:
            start, end = entry.pop(key)
            entry[key[:-3]] = text[start:end]
    json.dump(e, open(os.path.join(into, os.path.basename(path)), "w", encoding="utf-8"), ensure_ascii=False)
EOF
expected=("$out"/expected/*.expected.json)

# one JVM for all articles: the dates TSV the CLI reads, and the article paths
printf 'filename\tpublication_date\n' > "$out/dates.tsv"
articles=()
for e in "${expected[@]}"; do
  read -r doc date texts < <(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["document"], d["publication_date"], d.get("texts", "polnear/dev/text"))' "$e")
  printf '%s\t%s\n' "${doc%.txt}" "$date" >> "$out/dates.tsv"
  articles+=("$shared/data/$texts/$doc")
done
java -jar "$jar" --dates "$out/dates.tsv" --out "$out/json" "${articles[@]}"

for e in "${expected[@]}"; do
  doc=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["document"])' "$e")
  result="$out/json/${doc%.txt}.json"
  if [[ "${1:-}" == "-v" ]]; then
    echo "== ${doc%.txt}"
    python3 "$shared/eval/check_seed.py" "$e" "$result" || true
  else
    printf '%-56s ' "${doc%.txt}"
    python3 "$shared/eval/check_seed.py" "$e" "$result" | tail -1 || true
  fi
done

# per-field sums, with check_seed.py's own matching (find, check_fields), over the required quotes
python3 - "$shared/eval" "$out/json" "${expected[@]}" <<'EOF'
import json, sys, os
sys.path.insert(0, sys.argv[1])
from check_seed import find, check_fields
right, total = {}, {}
for path in sys.argv[3:]:
    e_doc = json.load(open(path, encoding="utf-8"))
    out = json.load(open(os.path.join(sys.argv[2], e_doc["document"][:-4] + ".json"), encoding="utf-8"))
    for e in e_doc["quotes"]:
        if e.get("optional"):
            continue
        q = find(e, out.get("quotes", []))
        fields = [("found", q is not None)]
        fields += check_fields(e, q) if q is not None else [(name, False) for name, _, _ in check_fields(e, {})]
        for name, good, *_ in fields:
            total[name] = total.get(name, 0) + 1
            right[name] = right.get(name, 0) + bool(good)
all_right, all_total = sum(right.values()), sum(total.values())
print(f"expectations: {len(sys.argv) - 3} articles, {all_right}/{all_total} fields right "
      f"({100.0 * all_right / all_total:.1f}%)")
for name in ["found", "type", "speaker", "role", "date", "source"]:
    if name in total:
        print(f"  {name:8s} {right[name]:4d}/{total[name]:<4d} ({100.0 * right[name] / total[name]:.1f}%)")
EOF
