#!/usr/bin/env bash
# Rewrites the expected hyphenations in <language>.txt with TeX's own hyphenator: LuaTeX (Debian's
# texlive-binaries) loads the shipped pattern file with \patterns and \hyphenation, exactly as TeX
# Live does, and hyphenates each word with the language's \lefthyphenmin and \righthyphenmin.
# To add a word, add it on its own line, unhyphenated, to each list it belongs to, and run this.
set -euo pipefail
cd "$(dirname "$0")"
patterns=../../../../src/BriefingGen.Pdf/Text/Hyphenation/Patterns
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp reference.tex reference.lua "$patterns"/*.tex "$work"/
for spec in "en-gb 2 3" "en-us 2 3" "nb 2 2" "nn 2 2" "ru 2 2"; do
  read -r language left right <<<"$spec"
  tr -d '-' <"$language.txt" >"$work/words-$language.txt"
  (cd "$work" && REFARGS="hyph-$language.tex|words-$language.txt|$left|$right|out-$language.txt" \
    luatex --ini --interaction=nonstopmode reference.tex >/dev/null)
  cp "$work/out-$language.txt" "$language.txt"
done
