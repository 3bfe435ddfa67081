#!/usr/bin/env bash
# What a person would print: every example rendered to HTML in both languages
# (with the letter to the person where a follow-up is to come, and `sip
# stats`'s HTML report on them),
# validated by the Nu HTML Checker (vnu), checked for accessibility by
# axe-core and for reflow at 200% zoom in Debian's Chromium, and printed to
# an A4 PDF. Installs Chromium, a Java runtime and the npm packages
# (tests/html/package-lock.json) when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v java >/dev/null || missing+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# vnu-jar's install script would download a Java runtime; the system one is used.
(cd tests/html && npm ci --ignore-scripts --no-audit --no-fund --silent)

out=target/render
rm -rf "$out" && mkdir -p "$out"
for plan in examples/plans/*.sip.yaml; do
  name=$(basename "$plan" .sip.yaml)
  for lang in sv en; do
    target/release/sip -q --as-of 2026-11-27 render "$plan" --lang "$lang" -o "$out/$name.$lang.html"
  done
done
# The letters to the person (sip render --letter), for the examples that
# have a follow-up to come on the check date, in both languages.
for name in 2026-0101 2026-0102 2026-0103; do
  for lang in sv en; do
    target/release/sip -q --as-of 2026-11-27 render "examples/plans/$name.sip.yaml" --letter \
      --lang "$lang" -o "$out/letter-$name.$lang.html"
  done
done
# A right-to-left page: a repository that adds an Arabic catalogue, and a
# plan whose person reads Arabic (dir="rtl", the rest of the labels Swedish),
# the plan and the letter.
rtl=target/render-rtl
rm -rf "$rtl" && mkdir -p "$rtl/plans" "$rtl/templates/labels"
git init -q "$rtl"
printf "/rendered/\n" > "$rtl/.gitignore"
sed 's/^  language: sv/  language: ar/' examples/plans/2026-0102.sip.yaml > "$rtl/plans/2026-0102.sip.yaml"
grep -q '^  language: ar' "$rtl/plans/2026-0102.sip.yaml"
cp tests/html/rtl/ar.ftl "$rtl/templates/labels/ar.ftl"
(cd "$rtl" && "$OLDPWD/target/release/sip" -q --as-of 2026-11-27 render plans/2026-0102.sip.yaml -o rendered/rtl.ar.html)
grep -q '<html lang="ar" dir="rtl">' "$rtl/rendered/rtl.ar.html"
cp "$rtl/rendered/rtl.ar.html" "$out/2026-0102.ar.html"
(cd "$rtl" && "$OLDPWD/target/release/sip" -q --as-of 2026-11-27 render plans/2026-0102.sip.yaml --letter -o rendered/letter-rtl.ar.html)
grep -q '<html lang="ar" dir="rtl">' "$rtl/rendered/letter-rtl.ar.html"
cp "$rtl/rendered/letter-rtl.ar.html" "$out/letter-2026-0102.ar.html"
# The analyst's report: sip stats over the examples, by lead, small numbers
# shown and suppressed, in both languages.
for lang in sv en; do
  target/release/sip -q --as-of 2026-11-27 stats examples/plans --lang "$lang" --by lead \
    --format html -o "$out/stats.$lang.html"
  target/release/sip -q --as-of 2026-11-27 stats examples/plans --lang "$lang" --min-cell 0 \
    --format html -o "$out/stats-all.$lang.html"
done
echo "vnu: $(ls "$out"/*.html | wc -l) files"
java -jar tests/html/node_modules/vnu-jar/build/dist/vnu.jar --also-check-css "$out"/*.html && echo "vnu: no errors or warnings"
node tests/html/check.mjs "$out/browser" "$out"/*.html
