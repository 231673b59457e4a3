#!/usr/bin/env bash
# Builds the Debian package (preset `package`: release, no tests or benchmarks), installs it with
# apt-get (as root, like CI) and exercises the INSTALLED programs outside the source tree: the
# desktop integration validates, every program answers --help, gridtwin-cli writes the white paper
# of the reference site and gridtwin renders screenshots offscreen. Fails on the first problem.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(pwd)

fail() { echo "package-check: FAILED: $*" >&2; exit 1; }
# File exists and holds at least $2 bytes.
need_size() {
  [ -f "$1" ] || fail "$1 was not written"
  local n
  n=$(stat -c %s "$1")
  [ "$n" -ge "$2" ] || fail "$1 has $n bytes, expected at least $2"
  echo "package-check: $1: $n bytes"
}

start=$(date +%s)
cmake --preset package >/dev/null
cmake --build --preset package
debs=(build/package/gridtwin_*.deb)
[ -f "${debs[0]}" ] || fail "no build/package/gridtwin_*.deb"
deb=${debs[0]}
echo "package-check: built $deb in $(( $(date +%s) - start )) s"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q --reinstall "./$deb"

files=$(dpkg -L gridtwin)
for f in /usr/bin/gridtwin /usr/bin/gridtwin-cli /usr/bin/gridtwin-devsim \
         /usr/share/applications/org.gridtwin.GridTwin.desktop \
         /usr/share/metainfo/org.gridtwin.GridTwin.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/gridtwin.svg \
         /usr/share/man/man1/gridtwin.1.gz /usr/share/man/man1/gridtwin-cli.1.gz \
         /usr/share/man/man1/gridtwin-devsim.1.gz \
         /usr/share/gridtwin/weather/pvlib_tmy_45.000_8.000_2005_2023.csv \
         /usr/share/doc/gridtwin/copyright; do
  grep -qx "$f" <<<"$files" || fail "the package lacks $f"
done
for size in 16 22 24 32 48 64 128 256 512; do
  grep -qx "/usr/share/icons/hicolor/${size}x${size}/apps/gridtwin.png" <<<"$files" ||
    fail "the package lacks the ${size}x${size} icon"
done
for m in gridtwin gridtwin-cli gridtwin-devsim; do gzip -t "/usr/share/man/man1/$m.1.gz"; done
desktop-file-validate /usr/share/applications/org.gridtwin.GridTwin.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.gridtwin.GridTwin.metainfo.xml

# Run where the source tree is out of reach of relative paths.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export QT_QPA_PLATFORM=offscreen
/usr/bin/gridtwin-cli --help | grep -q "report" || fail "gridtwin-cli --help does not list report"
/usr/bin/gridtwin-devsim --help | grep -q -- "--port" || fail "gridtwin-devsim --help"
/usr/bin/gridtwin --help | grep -q -- "--screenshot" || fail "gridtwin --help"

/usr/bin/gridtwin-cli report --site demo --out "$work/report.pdf" --ledger "$work/ledger.csv" |
  tee "$work/report.txt"
need_size "$work/report.pdf" 50000
pages=$(pdfinfo "$work/report.pdf" | awk '/^Pages:/ {print $2}')
[ "${pages:-0}" -ge 10 ] || fail "report.pdf has ${pages:-no} pages, expected at least 10"
# 8760 hours of 2025 plus the header.
lines=$(wc -l <"$work/ledger.csv")
[ "$lines" -ge 8761 ] || fail "ledger.csv has $lines lines, expected at least 8761"

# A report of recorded data lands in that project file's audit log.
/usr/bin/gridtwin-cli simulate --site demo --db "$work/project.sqlite" --db-site reference >/dev/null
/usr/bin/gridtwin-cli report --db "$work/project.sqlite" --db-site reference --out "$work/recorded.pdf" >/dev/null
/usr/bin/gridtwin-cli versions --db "$work/project.sqlite" --audit | grep -q "generate_report.*recorded.pdf" ||
  fail "the report of recorded data is not in the project file's audit log"

/usr/bin/gridtwin --screenshot "$work/console.png" --after 3600
need_size "$work/console.png" 30000
/usr/bin/gridtwin --screenshot "$work/settings-zh.png" --screen settings --lang zh_CN
need_size "$work/settings-zh.png" 5000
[ "$(head -c 8 "$work/console.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
  fail "console.png is no PNG"

cd "$src"
echo "package-check: OK ($deb, report $pages pages, total $(( $(date +%s) - start )) s)"
