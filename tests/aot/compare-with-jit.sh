#!/usr/bin/env bash
# Publishes briefgen as a Native AOT binary and checks it writes the same bytes as the JIT build
# for every golden case and every shipped example, in every format. Prints one line per output
# and ends with "aot: N passed, N failed". Usage: tests/aot/compare-with-jit.sh [WORK_DIR]
set -uo pipefail
cd "$(dirname "$0")/../.."
work=${1:-$(mktemp -d)}
mkdir -p "$work"

rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
echo "== dotnet publish (Native AOT, $rid)"
if ! dotnet publish src/BriefingGen.Cli -c Release -r "$rid" -o "$work/aot" -warnaserror >"$work/publish.log" 2>&1; then
  grep -E "warning|error" "$work/publish.log" | sort -u | head -20
  echo "aot: 0 passed, 1 failed"
  exit 1
fi
# Trim and AOT analysis warnings are errors above; this also catches any a package reports.
if grep -qE "warning (IL|CS)[0-9]+" "$work/publish.log"; then
  grep -E "warning (IL|CS)[0-9]+" "$work/publish.log" | sort -u | head -20
  echo "aot: 0 passed, 1 failed"
  exit 1
fi
dotnet build src/BriefingGen.Cli -c Release -o "$work/jit" -v q >"$work/build.log" 2>&1 || {
  tail -20 "$work/build.log"; echo "aot: 0 passed, 1 failed"; exit 1; }

passed=0 failed=0
inputs=(tests/BriefingGen.Tests/Cases/*/data.yaml templates/*/examples/*.yaml templates/*/examples/*.json)
for input in "${inputs[@]}"; do
  [ -f "$input" ] || continue
  for format in docx pdf md html html-email text eml; do
    rm -rf "$work/out-aot" "$work/out-jit"
    "$work/aot/briefgen" render "$input" --format "$format" --out "$work/out-aot" >/dev/null 2>"$work/aot.err"
    aot_status=$?
    dotnet "$work/jit/briefgen.dll" render "$input" --format "$format" --out "$work/out-jit" >/dev/null 2>"$work/jit.err"
    jit_status=$?
    if [ "$aot_status" -ne 0 ] || [ "$jit_status" -ne 0 ]; then
      echo "FAIL $input ($format): exit $aot_status (aot) / $jit_status (jit)"
      cat "$work/aot.err" "$work/jit.err" | head -5
      failed=$((failed + 1))
    elif diff -r -q "$work/out-aot" "$work/out-jit" >/dev/null; then
      echo "ok   $input ($format)"
      passed=$((passed + 1))
    else
      echo "FAIL $input ($format): the AOT binary wrote different bytes"
      failed=$((failed + 1))
    fi
  done
done
echo "aot: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
