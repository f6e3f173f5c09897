#!/usr/bin/env bash
# Whole-process figures for the README's sample and for long and many papers, measured with
# /usr/bin/time -v against pandoc (and LibreOffice, when installed), each the median of several
# runs, with the machine's load printed beside them.
#
#   tests/perf/whole-process.sh [BRIEFGEN] [--quick]
#
# BRIEFGEN is the binary to measure (default: a Native AOT build published to a temporary
# folder). --quick skips the 200× and 5,000-row papers.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

briefgen=${1:-}
quick=false
[ "${2:-}" = "--quick" ] || [ "${1:-}" = "--quick" ] && quick=true
[ "$briefgen" = "--quick" ] && briefgen=""
if [ -z "$briefgen" ]; then
  rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
  echo "publishing the Native AOT binary ($rid)…" >&2
  dotnet publish src/BriefingGen.Cli -c Release -r "$rid" -o "$work/aot" >/dev/null
  briefgen="$work/aot/briefgen"
fi
dotnet build tests/BriefingGen.Benchmarks -c Release -v q >/dev/null
scale() { dotnet tests/BriefingGen.Benchmarks/bin/Release/net10.0/BriefingGen.Benchmarks.dll "$@"; }

sample=templates/policy-brief/examples/norway-russia.yaml
runs=7

# measure NAME COMMAND…: runs the command $runs times; prints the median wall time, user+sys
# time and peak memory, and remembers the wall time as $last.
measure() {
  local name=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; return 1; }
    times+=("$(cat "$work/time")")
  done
  read -r last cpu peak < <(printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" 'NR == int((n + 1) / 2) {printf "%s %.2f %d\n", $1, $2 + $3, $4 / 1024}')
  printf '%-46s %8.3f s %8.2f s cpu %6d MB\n' "$name" "$last" "$cpu" "$peak"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "== the sample (median of $runs runs)"
measure "briefgen validate" "$briefgen" validate "$sample"; validate=$last
measure "briefgen render → .docx" "$briefgen" render "$sample" --format docx --out "$work/out"; docx=$last
measure "briefgen render → .pdf" "$briefgen" render "$sample" --format pdf --out "$work/out"; pdf=$last
measure "briefgen render → .docx + .pdf" "$briefgen" render "$sample" --out "$work/out"; both=$last
"$briefgen" render "$sample" --format md --out "$work/md" >/dev/null
if command -v pandoc >/dev/null; then
  measure "pandoc composed .md → .docx" pandoc "$work/md/norway-russia.md" -o "$work/pandoc.docx"; pandoc=$last
  echo "  briefgen .docx / pandoc .docx:           $(ratio "$docx" "$pandoc")×"
  echo "  briefgen .docx+.pdf / pandoc .docx:      $(ratio "$both" "$pandoc")×"
  if command -v soffice >/dev/null; then
    runs_saved=$runs; runs=3
    measure "LibreOffice pandoc's .docx → .pdf" soffice --headless --convert-to pdf --outdir "$work/lo" "$work/pandoc.docx"; office=$last
    runs=$runs_saved
    echo "  briefgen .docx+.pdf / (pandoc + LibreOffice): $(ratio "$both" "$(awk -v a="$pandoc" -v b="$office" 'BEGIN {print a + b}')")×"
  fi
fi

echo
echo "== 100 briefs → .docx + .pdf in one run"
mkdir -p "$work/batch"
for i in $(seq -w 1 100); do cp "$sample" "$work/batch/brief$i.yaml"; done
for jobs in 1 "$(nproc)"; do
  runs_saved=$runs; runs=3
  measure "--jobs $jobs" "$briefgen" render "$work"/batch/*.yaml --out "$work/batch-out" --quiet --jobs "$jobs"
  runs=$runs_saved
  echo "  $(awk -v w="$last" -v c="$cpu" 'BEGIN {printf "%.0f briefs a second, cpu/wall %.2f", 100 / w, c / w}')"
done

echo
echo "== longer papers: the sample's lists n times as long (one run each)"
printf '%-6s %6s %9s %8s %6s %9s %8s\n' "n" "pages" "pdf s" "pdf MB" "" "docx s" "docx MB"
sizes=(1 2 5 10 20 50 100)
$quick || sizes+=(200)
for n in "${sizes[@]}"; do
  scale scaled-sample "$n" "$work/scaled-$n.yaml"
  runs_saved=$runs; runs=1
  measure pdf "$briefgen" render "$work/scaled-$n.yaml" --format pdf --out "$work/scaled" >/dev/null; pdf_s=$last; pdf_mb=$peak
  measure docx "$briefgen" render "$work/scaled-$n.yaml" --format docx --out "$work/scaled" >/dev/null; docx_s=$last; docx_mb=$peak
  runs=$runs_saved
  pages=$(pdfinfo "$work/scaled/scaled-$n.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  printf '%-6s %6s %9.2f %8d %6s %9.2f %8d\n' "${n}×" "$pages" "$pdf_s" "$pdf_mb" "" "$docx_s" "$docx_mb"
done

if ! $quick; then
  echo
  echo "== 5,000 risks and 5,000 cooperation areas"
  scale sized-sample risks=5000,cooperation_areas=5000 "$work/rows5000.yaml"
  runs=1
  measure "→ .pdf" "$briefgen" render "$work/rows5000.yaml" --format pdf --out "$work/rows"
  echo "  $(pdfinfo "$work/rows/rows5000.pdf" | awk '/^Pages:/ {print $2}') pages"
  measure "→ .docx" "$briefgen" render "$work/rows5000.yaml" --format docx --out "$work/rows"
fi

echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
