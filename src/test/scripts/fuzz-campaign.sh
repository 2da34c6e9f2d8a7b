#!/usr/bin/env bash
# A fuzzing campaign: the fuzz targets one after another, each for the minutes given, at the lowest priority.
#
#   src/test/scripts/fuzz-campaign.sh LOGDIR fuzz-text:30 fuzz-text-date:30 fuzz-html:30 fuzz-html-date:30
#
# Each name is a surefire execution of pom.xml (fuzz-text, fuzz-text-date, fuzz-html, fuzz-html-date,
# fuzz-dates-table). The campaign fuzzes the last commit (git archive HEAD into LOGDIR/tree, so that edits made
# while it runs do not reach it), keeps each target's generated corpus in LOGDIR/<target>/.cifuzz-corpus (a later
# campaign with the same LOGDIR goes on from it), writes Jazzer's output to LOGDIR/<target>-<n>.log and one line
# per run to LOGDIR/campaign.log. A finding stops libFuzzer: its crash-* file is moved to LOGDIR/findings/<target>/
# and the target is started again for the rest of its minutes. Copy a finding into the target's inputs folder
# (src/test/resources/org/quoteattribution/.../<Class>Inputs/<method>/) to keep it as a regression input.
set -u
logs=$(realpath -m "$1"); shift
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
mkdir -p "$logs/tree" "$logs/findings"
git -C "$repo" archive HEAD | tar -x -C "$logs/tree"
echo "$(date -u +%FT%TZ) campaign of $(git -C "$repo" rev-parse --short HEAD): $*" >> "$logs/campaign.log"
(cd "$logs/tree" && nice -n 19 mvn -B -q -o test-compile) >> "$logs/build.log" 2>&1 || {
    echo "$(date -u +%FT%TZ) build failed, see build.log" >> "$logs/campaign.log"; exit 1; }
for spec in "$@"; do
    target=${spec%%:*}
    deadline=$(( $(date +%s) + ${spec##*:} * 60 ))
    mkdir -p "$logs/$target" "$logs/findings/$target"
    run=0
    while (( $(date +%s) < deadline - 30 )); do
        run=$((run + 1))
        seconds=$(( deadline - $(date +%s) ))
        log="$logs/$target-$run.log"
        echo "$(date -u +%FT%TZ) $target run $run: $seconds s" >> "$logs/campaign.log"
        (cd "$logs/tree" && nice -n 19 mvn -B -o surefire:test@"$target" -Dfuzz.seconds="$seconds" \
            -Dfuzz.basedir="$logs/$target" -Dsurefire.failIfNoSpecifiedTests=false) > "$log" 2>&1
        status=$?
        found=$(find "$logs/$target" -maxdepth 1 -name 'crash-*' -o -maxdepth 1 -name 'timeout-*' -o -maxdepth 1 -name 'slow-unit-*' | wc -l)
        find "$logs/$target" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'slow-unit-*' \) \
            -exec mv {} "$logs/findings/$target/" \;
        echo "$(date -u +%FT%TZ) $target run $run: exit $status, $found finding(s); $(grep -a -E '^#[0-9]+' "$log" | tail -1)" \
            >> "$logs/campaign.log"
        if (( status != 0 && found == 0 )); then
            echo "$(date -u +%FT%TZ) $target stopped without a finding: see $log" >> "$logs/campaign.log"
            break
        fi
    done
done
echo "$(date -u +%FT%TZ) campaign done" >> "$logs/campaign.log"
