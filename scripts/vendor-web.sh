#!/usr/bin/env bash
# Vendors the workbench's front-end libraries from npm into src/Parley.Web/wwwroot/lib, each with its licence.
# Versions are pinned here; the copied files are committed, so building and serving need no network.
# Run it again only to change a version: bash scripts/vendor-web.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dest="src/Parley.Web/wwwroot/lib"
packages=(
  "vis-timeline@8.5.4"
  "vis-data@8.0.5"
  "moment@2.31.0"
  "leaflet@1.9.4"
  "cytoscape@3.34.4"
  "topojson-client@3.1.0"
  "world-atlas@2.0.2"
)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for spec in "${packages[@]}"; do
  name="${spec%@*}"
  mkdir -p "$work/$name"
  (cd "$work/$name" && npm pack --silent "$spec" > tarball && tar xzf "$(cat tarball)")
done

# copy NAME FILE... : files of one package (relative to its root) into $dest/NAME, licence files included.
copy() {
  local name="$1"; shift
  local from="$work/$name/package" to="$dest/$name"
  rm -rf "$to" && mkdir -p "$to"
  for file in "$@"; do
    mkdir -p "$to/$(dirname "$file")"
    cp "$from/$file" "$to/$file"
  done
  find "$from" -maxdepth 1 -iname 'LICEN[CS]E*' ! -name '*.js' ! -name '*.mjs' -exec cp {} "$to/" \;
  [ -n "$(find "$to" -maxdepth 1 -iname 'LICEN[CS]E*')" ] || { echo "no licence file in $name" >&2; exit 1; }
  (cd "$from" && node -e 'const p=require("./package.json"); console.log(p.name+"@"+p.version+" ("+p.license+")")') > "$to/VERSION"
}

# The 'peer' builds: the 'standalone' one injects a <style> element, which the workbench's CSP refuses.
copy vis-timeline peer/umd/vis-timeline-graph2d.min.js styles/vis-timeline-graph2d.min.css
copy vis-data peer/umd/vis-data.js
copy moment min/moment.min.js
copy leaflet dist/leaflet.js dist/leaflet.css
copy cytoscape dist/cytoscape.min.js
copy topojson-client dist/topojson-client.min.js
copy world-atlas countries-50m.json
echo "vendored into $dest:" && cat "$dest"/*/VERSION
