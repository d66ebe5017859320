#!/bin/sh
# benign look-alike: a build script kept in a site's folder; it runs fixed commands on the site's
# own files and reads no request
set -e
cd "$(dirname "$0")/.."
for f in css/*.scss; do
    sassc "$f" "${f%.scss}.css"
done
exec find js -name '*.js' -newer build.stamp -print
