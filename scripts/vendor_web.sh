#!/usr/bin/env bash
# Vendors the page's JavaScript libraries and base map from the npm registry at pinned
# versions, with their licences, into cronica/web/static/vendor/ (committed, so the page
# works offline and nothing is fetched at run time). Re-run after changing a version:
#   scripts/vendor_web.sh
# Needs node/npm (a developer tool, not needed to install or run Cronica).
set -euo pipefail
cd "$(dirname "$0")/.."
LEAFLET=1.9.4            # BSD-2-Clause
MARKERCLUSTER=1.5.3      # MIT
TOPOJSON_CLIENT=3.1.0    # ISC
WORLD_ATLAS=2.0.2        # ISC; data: Natural Earth, public domain
dest=cronica/web/static/vendor
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
( cd "$tmp" && npm pack --silent "leaflet@$LEAFLET" "leaflet.markercluster@$MARKERCLUSTER" \
    "topojson-client@$TOPOJSON_CLIENT" "world-atlas@$WORLD_ATLAS" >/dev/null )
unpack() { mkdir -p "$tmp/$1" && tar xzf "$tmp/$2" -C "$tmp/$1" --strip-components=1; }
unpack leaflet "leaflet-$LEAFLET.tgz"
unpack markercluster "leaflet.markercluster-$MARKERCLUSTER.tgz"
unpack topojson "topojson-client-$TOPOJSON_CLIENT.tgz"
unpack atlas "world-atlas-$WORLD_ATLAS.tgz"
rm -rf "$dest"
mkdir -p "$dest/leaflet/images" "$dest/leaflet.markercluster" "$dest/topojson-client" "$dest/world-atlas"
cp "$tmp/leaflet/dist/leaflet.js" "$tmp/leaflet/dist/leaflet.css" "$tmp/leaflet/LICENSE" "$dest/leaflet/"
cp "$tmp/leaflet/dist/images/"*.png "$dest/leaflet/images/"
cp "$tmp/markercluster/dist/leaflet.markercluster.js" "$tmp/markercluster/dist/MarkerCluster.css" \
   "$tmp/markercluster/dist/MarkerCluster.Default.css" "$dest/leaflet.markercluster/"
cp "$tmp/markercluster/MIT-LICENCE.txt" "$dest/leaflet.markercluster/LICENSE"
cp "$tmp/topojson/dist/topojson-client.min.js" "$tmp/topojson/LICENSE" "$dest/topojson-client/"
cp "$tmp/atlas/countries-50m.json" "$tmp/atlas/LICENSE" "$dest/world-atlas/"
cat > "$dest/README.md" <<MD
# Vendored front-end libraries and base map

Written by \`scripts/vendor_web.sh\` from the npm registry; do not edit by hand.

| package | version | licence | files |
|---|---|---|---|
| leaflet | $LEAFLET | BSD-2-Clause (leaflet/LICENSE) | leaflet.js, leaflet.css, images/ |
| leaflet.markercluster | $MARKERCLUSTER | MIT (leaflet.markercluster/LICENSE) | leaflet.markercluster.js, MarkerCluster*.css |
| topojson-client | $TOPOJSON_CLIENT | ISC (topojson-client/LICENSE) | topojson-client.min.js |
| world-atlas | $WORLD_ATLAS | ISC (world-atlas/LICENSE); Natural Earth data, public domain | countries-50m.json |
MD
echo "vendored into $dest:" >&2
find "$dest" -type f | sort >&2
