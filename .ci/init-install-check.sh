#!/usr/bin/env bash
# The install steps of the CI files `sip init` writes, run here against this
# build's artefacts laid out as a release ($SIP_RELEASE_URL/v$SIP_VERSION/):
# they install the pinned version, reuse what the cache kept, and refuse a
# tarball whose SHA-256 does not match SHA256SUMS.
#   .ci/init-install-check.sh SIP DIST
set -euo pipefail
cd "$(dirname "$0")/.."
sip=$(realpath "$1")
dist=$(realpath "$2")
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
venv=$(bash .ci/python-tools.sh)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/release/v$version"
cp "$dist"/*.tar.gz "$dist"/SHA256SUMS "$work/release/v$version/"
"$sip" -q init "$work/repo"
# The scripts as the CI services run them.
"$venv/bin/python" - "$work" <<'PY'
import sys
from pathlib import Path
from ruamel.yaml import YAML

work = Path(sys.argv[1])
yaml = YAML(typ="safe")
github = yaml.load((work / "repo/.github/workflows/sip.yml").read_text())
for job in ("check", "due"):
    steps = [s for s in github["jobs"][job]["steps"] if s.get("name") == "Install sip"]
    assert len(steps) == 1, job
    (work / f"github-{job}.sh").write_text(steps[0]["run"])
    checkout = github["jobs"][job]["steps"][0]
    assert checkout["with"]["fetch-depth"] == 0, checkout
assert github["env"]["SIP_VERSION"], github["env"]
gitlab = yaml.load((work / "repo/.gitlab-ci.yml").read_text())
assert str(gitlab["variables"]["GIT_DEPTH"]) == "0", gitlab["variables"]
(work / "gitlab.sh").write_text("\n".join(gitlab[".sip"]["before_script"]) + "\n")
PY

github() { # JOB: runs the job's install step as GitHub's runner does (bash -e -o pipefail)
  mkdir -p "$work/home" "$work/runner-temp"
  : > "$work/github-path"
  env -i PATH=/usr/bin:/bin HOME="$work/home" RUNNER_TEMP="$work/runner-temp" \
    GITHUB_PATH="$work/github-path" SIP_VERSION="$version" \
    SIP_RELEASE_URL="file://$work/release" SIP_GIT="" \
    bash --noprofile --norc -e -o pipefail "$work/github-$1.sh"
}
github check
installed=$(cat "$work/github-path")
[ "$installed" = "$work/home/.cache/sip/$version/bin" ]
"$installed/sip" --version | grep -qF "sip $version"
# What the cache restores is used as it is: no download.
mv "$work/release" "$work/release.away"
github due
mv "$work/release.away" "$work/release"

# GitLab: the before_script in the project folder, then the job's sip.
mkdir -p "$work/project"
(cd "$work/project" && env -i PATH=/usr/bin:/bin HOME="$work/home" CI_PROJECT_DIR="$work/project" \
  SIP_VERSION="$version" SIP_RELEASE_URL="file://$work/release" SIP_GIT="" \
  bash --noprofile --norc -c ". '$work/gitlab.sh' && sip --version" | grep -qF "sip $version")

# A tarball that is not the one SHA256SUMS names is refused.
rm -rf "$work/home/.cache/sip"
tarball=$(ls "$work/release/v$version"/*.tar.gz)
printf 'tampered' >> "$tarball"
if github check >"$work/refused.txt" 2>&1; then
  echo "init-install-check: a tarball with the wrong checksum was installed" >&2
  exit 1
fi
grep -q "FAILED" "$work/refused.txt"
test ! -e "$work/home/.cache/sip/$version/bin/sip"
echo "init-install-check: GitHub and GitLab install steps install sip $version, reuse the cache, refuse a bad checksum"
