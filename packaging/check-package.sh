#!/usr/bin/env bash
# Builds the Debian package of DARTS Studio (CPack) and checks it: the files it holds, the run-time
# dependencies dpkg-shlibdeps found, the desktop file, the AppStream metainfo, the session MIME type,
# that the packaged programs run, that the Python module imports from the unpacked package and
# searches, and that `cmake --install` puts the same files in place.
#
#   bash packaging/check-package.sh [BUILD_DIR]     (default: build; configured here if it is not yet)
#
# Needs the packages of packaging/install-build-deps.sh (dpkg-dev, desktop-file-utils, appstream,
# shared-mime-info, libglib2.0-bin). Ends with status 1 if any check failed.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
id=io.github.dartsstudio.DartsStudio
sizes=(16 32 48 64 128 256)
failed=0
checks=0
pass() { checks=$((checks + 1)); echo "  ok    $*"; }
fail() { checks=$((checks + 1)); failed=$((failed + 1)); echo "  FAIL  $*"; }
check() {  # check "what" command...: passes when the command succeeds
  local what=$1
  shift
  if "$@" >/dev/null 2>&1; then pass "$what"; else fail "$what"; fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== Building the package"
[ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build"
cmake --build "$build" --parallel 2 --target darts-studio darts-cli darts_python
rm -f "$build"/darts-studio_*.deb
(cd "$build" && cpack -G DEB)
debs=("$build"/darts-studio_*.deb)
deb=${debs[0]}
[ -f "$deb" ] || { echo "no package was built" >&2; exit 1; }

echo
echo "== dpkg-deb --info $(basename "$deb")"
dpkg-deb --info "$deb"
echo
echo "== dpkg-deb --contents (files)"
dpkg-deb --contents "$deb" | awk '$1 !~ /^d/ {print "  " $NF}'

echo
echo "== Control fields"
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = darts-studio ] && pass "Package: darts-studio" || fail "Package is '$(field Package)'"
[ "$(field Section)" = science ] && pass "Section: science" || fail "Section is '$(field Section)'"
[[ "$(field Version)" == 0.1.0-* ]] && pass "Version: $(field Version)" || fail "Version is '$(field Version)'"
[ -n "$(field Maintainer)" ] && pass "Maintainer: $(field Maintainer)" || fail "no Maintainer"
[ -n "$(field Homepage)" ] && pass "Homepage: $(field Homepage)" || fail "no Homepage"

echo
echo "== Depends (from dpkg-shlibdeps)"
# The package names alone, one a line: "libqt6core6 (>= 6.4.0), libgvc6" -> libqt6core6, libgvc6.
depends=$(field Depends | tr ',' '\n' | sed -e 's/(.*)//' -e 's/[[:space:]]//g' | grep -v '^$' || true)
recommends=$(field Recommends)
for package in qt6-wayland python3-numpy python3-sklearn; do
  grep -Eq "(^|, )$package(,|$| )" <<<"$recommends" && pass "recommends $package" || fail "no $package in Recommends: $recommends"
done
grep -Eq 'python3 \(<< 3\.[0-9]+\)' <<<"$recommends" && pass "recommends the Python the module was built for" ||
  fail "Recommends names no Python version: $recommends"

for pattern in 'libqt6core6' 'libqt6gui6' 'libqt6widgets6' 'libqt6svg6' 'libqcustomplot.*-qt6' 'libgvc6' \
  'libcgraph6' 'libginac[0-9]+' 'libstdc\+\+6' 'libc6'; do
  match=$(grep -Ex "$pattern" <<<"$depends" | head -n 1 || true)
  [ -n "$match" ] && pass "depends on $match" || fail "no dependency matching $pattern in: $(field Depends)"
done

echo
echo "== Files in the package"
dpkg-deb --contents "$deb" | awk '{print $NF}' | sed -e 's|^\./|/|' >"$work/deb-files"
expected=(
  /usr/bin/darts-studio
  /usr/bin/darts-cli
  "/usr/share/applications/$id.desktop"
  "/usr/share/metainfo/$id.metainfo.xml"
  "/usr/share/mime/packages/$id.xml"
  "/usr/share/icons/hicolor/scalable/apps/$id.svg"
  /usr/share/doc/darts-studio/copyright
  /usr/lib/python3/dist-packages/darts_studio/__init__.py
  /usr/lib/python3/dist-packages/darts_studio/_regressor.py
)
for size in "${sizes[@]}"; do expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"); done
for file in "${expected[@]}"; do
  check "$file" grep -qxF "$file" "$work/deb-files"
done
check "the Python extension /usr/lib/python3/dist-packages/darts_studio/_core.cpython-*.so" \
  grep -Eqx '/usr/lib/python3/dist-packages/darts_studio/_core\.cpython-[0-9]+-.*\.so' "$work/deb-files"

echo
echo "== The unpacked package (dpkg -x)"
root="$work/root"
dpkg -x "$deb" "$root"
share="$root/usr/share"
check "darts-cli --version runs and says 0.1.0" bash -c "'$root/usr/bin/darts-cli' --version | grep -q 0.1.0"
check "darts-studio --version runs and says 0.1.0" \
  bash -c "QT_QPA_PLATFORM=offscreen '$root/usr/bin/darts-studio' --version 2>/dev/null | grep -q 0.1.0"
# The module from the unpacked tree, not from the build folder: it imports, searches and draws its graph.
packaged_python="$root/usr/lib/python3/dist-packages"
check "python3: darts_studio imports from the package and fits the seed example" \
  env -u PYTHONPATH PYTHONPATH="$packaged_python" PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 -c "
import darts_studio
assert darts_studio.__file__.startswith('$packaged_python'), darts_studio.__file__
assert darts_studio.__version__ == '0.1.0'
X, y, params = darts_studio.load_example('seed')
model = darts_studio.DARTSRegressor(**dict(params, max_epochs=5), progress_bar=False).fit(X, y)
assert model.equations()[0].startswith('k1 = ') and '<svg' in model.visualize_model().svg()
"
# The PNGs are the size their folder names (PNG header: width and height at bytes 16-23).
for size in "${sizes[@]}"; do
  png="$share/icons/hicolor/${size}x${size}/apps/$id.png"
  actual=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3 * 256 + $4 "x" $7 * 256 + $8}')
  [ "$actual" = "${size}x${size}" ] && pass "icon ${size}x${size} is ${actual}" || fail "icon ${size}x${size} is ${actual}"
done

desktop="$share/applications/$id.desktop"
echo "-- desktop-file-validate $id.desktop"
if desktop-file-validate "$desktop"; then pass "desktop-file-validate"; else fail "desktop-file-validate"; fi
check "desktop file: Exec=darts-studio %f" grep -qx 'Exec=darts-studio %f' "$desktop"
check "desktop file: Icon=$id" grep -qx "Icon=$id" "$desktop"
check "desktop file: MimeType has the session type" grep -Eq '^MimeType=(.*;)?application/x-darts-session;' "$desktop"
check "desktop file: MimeType has text/csv" grep -Eq '^MimeType=(.*;)?text/csv;' "$desktop"

echo "-- appstreamcli validate --no-net $id.metainfo.xml"
if appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml"; then
  pass "appstreamcli validate"
else
  fail "appstreamcli validate"
fi
# The metainfo together with the desktop file and icons it refers to.
if appstreamcli validate-tree --no-net "$root" >"$work/tree.log" 2>&1; then
  pass "appstreamcli validate-tree"
else
  cat "$work/tree.log"
  fail "appstreamcli validate-tree"
fi
check "metainfo: id $id" grep -q "<id>$id</id>" "$share/metainfo/$id.metainfo.xml"
check "metainfo: launchable $id.desktop" grep -q ">$id.desktop</launchable>" "$share/metainfo/$id.metainfo.xml"

echo "-- the session MIME type, as the desktop will see it (update-mime-database, gio)"
cp -r "$share/mime" "$work/mime"
update-mime-database "$work/mime" >/dev/null 2>&1
mkdir -p "$work/data/mime-only"
ln -s "$work/mime" "$work/data/mime-only/mime"
"$root/usr/bin/darts-cli" fit --example seed --max-epochs 1 --save "$work/run.darts" >/dev/null
cp "$work/run.darts" "$work/run-without-suffix"
content_type() {
  XDG_DATA_HOME="$work/no-home" XDG_DATA_DIRS="$work/data/mime-only:/usr/share" \
    gio info -a standard::content-type "$1" | sed -n 's/.*standard::content-type: //p'
}
[ "$(content_type "$work/run.darts")" = application/x-darts-session ] &&
  pass "a .darts file is application/x-darts-session (glob)" ||
  fail "a .darts file is '$(content_type "$work/run.darts")'"
[ "$(content_type "$work/run-without-suffix")" = application/x-darts-session ] &&
  pass "a session without its suffix is application/x-darts-session (magic)" ||
  fail "a session without its suffix is '$(content_type "$work/run-without-suffix")'"

echo
echo "== cmake --install into a temporary prefix"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
(cd "$work/prefix" && find . -type f | sed -e 's|^\.|/usr|' | sort) >"$work/installed-files"
grep -v '/$' "$work/deb-files" | sort >"$work/deb-only-files"
if diff -u "$work/deb-only-files" "$work/installed-files"; then
  pass "cmake --install puts the package's $(wc -l <"$work/installed-files") files in place"
else
  fail "cmake --install and the package differ (above)"
fi

echo
if ((failed > 0)); then
  echo "check-package: $failed of $checks checks FAILED ($deb)"
  exit 1
fi
echo "check-package: all $checks checks passed ($deb)"
