#!/usr/bin/env bash
# `cmake --install` into a scratch prefix, checked as a distribution would: every file in
# its GNUInstallDirs place, the desktop file, metainfo, MIME XML and man page each passed
# through its own validator, the man page's options equal to --help's, the license (the
# metainfo's project_license, the DEP-5 copyright file the Debian package ships), and no cache
# written (update-mime-database and friends belong to the package's postinst). Each kind of
# check is also fed a broken input and must fail. Exit 77 when a validator is missing
# (scripts/test installs them).
#
#   test_install.sh CMAKE BUILD_DIR APP_ID SOURCE_DIR
set -uo pipefail

# shellcheck source=common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"

cmake="${1:?usage: test_install.sh CMAKE BUILD_DIR APP_ID}"
build="${2:?usage: test_install.sh CMAKE BUILD_DIR APP_ID}"
id="${3:?usage: test_install.sh CMAKE BUILD_DIR APP_ID SOURCE_DIR}"
source_dir="${4:?usage: test_install.sh CMAKE BUILD_DIR APP_ID SOURCE_DIR}"
for tool in desktop-file-validate appstreamcli xmllint groff python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (scripts/test installs it)"
        exit 77
    fi
done
# The DEP-5 reader is Debian's own (python3-debian), for the system's python3, which a
# pyenv or venv python3 earlier on PATH does not see.
if ! /usr/bin/python3 -c 'import debian.copyright' >/dev/null 2>&1; then
    echo "SKIP: python3-debian is not installed (scripts/test installs it)"
    exit 77
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/prefix"

if ! "$cmake" --install "$build" --prefix "$prefix" >"$tmp/out" 2>"$tmp/err"; then
    fail "cmake --install failed"
    finish_checks test_install
fi

# --- The tree ---------------------------------------------------------------------------

# The files a desktop needs, under root $1; prints each one missing.
missing_files()
{
    local root="$1" f size
    local want=(bin/socket-playground "share/applications/$id.desktop"
        share/doc/socket-playground/copyright
        share/icons/hicolor/scalable/apps/socket-playground.svg
        share/mime/packages/socket-playground-scenario.xml
        "share/metainfo/$id.metainfo.xml" share/man/man1/socket-playground.1)
    for size in 16 32 48 64 128 256; do
        want+=("share/icons/hicolor/${size}x$size/apps/socket-playground.png")
    done
    for f in "${want[@]}"; do
        [[ -s "$root/$f" ]] || echo "$f"
    done
    [[ -x "$root/bin/socket-playground" ]] || echo "bin/socket-playground (not executable)"
}

# The caches a package's postinst builds; an install must not write them.
caches_written()
{
    find "$1" \( -name mime.cache -o -name mimeinfo.cache -o -name icon-theme.cache \
        -o -name globs2 \) -print
}

# Each PNG is a PNG of its directory's size (bytes 16..23 of the IHDR chunk).
wrong_png_sizes()
{
    python3 - "$1" <<'PY'
import pathlib, struct, sys
for png in sorted(pathlib.Path(sys.argv[1]).glob('share/icons/hicolor/*x*/apps/*.png')):
    data = png.read_bytes()
    want = int(png.parts[-3].split('x')[0])
    w, h = struct.unpack('>II', data[16:24]) if data[:8] == b'\x89PNG\r\n\x1a\n' else (0, 0)
    if (w, h) != (want, want):
        print(f'{png}: {w}x{h}, not {want}x{want}')
PY
}

gone="$(missing_files "$prefix")"
[[ -z "$gone" ]] || fail "the install tree lacks: $gone"
written="$(caches_written "$prefix")"
[[ -z "$written" ]] || fail "the install ran a cache update: $written"
bad="$(wrong_png_sizes "$prefix")"
[[ -z "$bad" ]] || fail "icon sizes: $bad"

# Wrong answers: a tree without one icon size, a tree with a MIME cache, a mislabelled PNG.
cp -a "$prefix" "$tmp/broken"
rm "$tmp/broken/share/icons/hicolor/48x48/apps/socket-playground.png"
[[ "$(missing_files "$tmp/broken")" == *48x48* ]] || fail "a missing 48 px icon went unnoticed"
touch "$tmp/broken/share/mime/mime.cache"
[[ -n "$(caches_written "$tmp/broken")" ]] || fail "a written mime.cache went unnoticed"
cp "$prefix/share/icons/hicolor/16x16/apps/socket-playground.png" \
    "$tmp/broken/share/icons/hicolor/32x32/apps/socket-playground.png"
[[ "$(wrong_png_sizes "$tmp/broken")" == *32x32* ]] || fail "a 16 px PNG in 32x32 went unnoticed"

# --- The desktop file -------------------------------------------------------------------

desktop="$prefix/share/applications/$id.desktop"
desktop-file-validate "$desktop" >"$tmp/out" 2>&1 || fail "desktop-file-validate rejects $id.desktop"
grep -qx 'Exec=socket-playground %f' "$desktop" || fail "the desktop file does not run socket-playground %f"
grep -qx 'MimeType=text/x-socket-playground-scenario;' "$desktop" ||
    fail "the desktop file does not claim .spg files"
# A wrong answer: no Name and a category nobody knows.
grep -v '^Name=' "$desktop" | sed 's/^Categories=.*/Categories=Sockets;/' >"$tmp/broken.desktop"
desktop-file-validate "$tmp/broken.desktop" >/dev/null 2>&1 &&
    fail "desktop-file-validate accepted a desktop file without Name"

# --- The AppStream metainfo -------------------------------------------------------------

metainfo="$prefix/share/metainfo/$id.metainfo.xml"
appstreamcli validate --no-net "$metainfo" >"$tmp/out" 2>&1 || fail "appstreamcli rejects the metainfo"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
    fail "the metainfo does not launch $id.desktop"
# A wrong answer: a release with a date that is not one.
sed 's/date="[^"]*"/date="the 28th"/' "$metainfo" >"$tmp/broken.metainfo.xml"
appstreamcli validate --no-net "$tmp/broken.metainfo.xml" >/dev/null 2>&1 &&
    fail "appstreamcli accepted a release dated \"the 28th\""
grep -q '<project_license>MIT</project_license>' "$metainfo" ||
    fail "the metainfo does not state the project's license (MIT)"
# A wrong answer: a license that is no SPDX expression.
sed 's#<project_license>MIT</project_license>#<project_license>Free as in beer</project_license>#' \
    "$metainfo" >"$tmp/broken.metainfo.xml"
appstreamcli validate --no-net "$tmp/broken.metainfo.xml" >/dev/null 2>&1 &&
    fail "appstreamcli accepted the project_license \"Free as in beer\""

# --- The license: LICENSE, and the package's DEP-5 copyright file -----------------------

# Prints what is wrong with copyright file $1 against LICENSE $2, nothing when it is right:
# python3-debian's strict DEP-5 reader must accept it, one Files: * paragraph must name the
# Expat (MIT) license and LICENSE's copyright holder, and the license's text must be
# LICENSE's, word for word.
copyright_problems()
{
    /usr/bin/python3 - "$1" "$2" <<'PY'
import re, sys
from debian.copyright import Copyright, NotMachineReadableError
try:
    with open(sys.argv[1], encoding='utf-8') as f:
        c = Copyright(f, strict=True)
except (NotMachineReadableError, ValueError) as e:
    sys.exit(print(f'not DEP-5: {e}'))
license_text = open(sys.argv[2], encoding='utf-8').read()
holder = re.search(r'^Copyright \(c\) (.+)$', license_text, re.M).group(1)
body = license_text.split(holder, 1)[1].split()
files = c.find_files_paragraph('usr/bin/socket-playground')
if files is None or list(files.files) != ['*']:
    print('no Files: * paragraph')
elif files.license.synopsis != 'Expat':
    print(f'Files: * has License: {files.license.synopsis}, not Expat')
elif holder not in files.copyright:
    print(f'Files: * does not name {holder!r}')
else:
    standalone = [p for p in c.all_license_paragraphs() if p.license.synopsis == 'Expat']
    text = files.license.text or (standalone[0].license.text if standalone else '')
    if text.split() != body:
        print('the Expat license text differs from LICENSE')
PY
}
copyright="$prefix/share/doc/socket-playground/copyright"
bad="$(copyright_problems "$copyright" "$source_dir/LICENSE")"
[[ -z "$bad" ]] || fail "share/doc/socket-playground/copyright: $bad"
# Wrong answers: no Format line, another license, a word of the text changed.
grep -v '^Format:' "$copyright" >"$tmp/broken.copyright"
[[ -n "$(copyright_problems "$tmp/broken.copyright" "$source_dir/LICENSE")" ]] ||
    fail "a copyright file without Format: passed"
sed 's/^License: Expat$/License: GPL-3+/' "$copyright" >"$tmp/broken.copyright"
[[ -n "$(copyright_problems "$tmp/broken.copyright" "$source_dir/LICENSE")" ]] ||
    fail "a copyright file naming GPL-3+ passed"
sed 's/WITHOUT WARRANTY/WITH WARRANTY/' "$copyright" >"$tmp/broken.copyright"
[[ -n "$(copyright_problems "$tmp/broken.copyright" "$source_dir/LICENSE")" ]] ||
    fail "a copyright file with a changed license text passed"

# --- The MIME type ----------------------------------------------------------------------

mime="$prefix/share/mime/packages/socket-playground-scenario.xml"
xmllint --noout "$mime" 2>"$tmp/err" || fail "the MIME XML is not well-formed"
grep -q '<glob pattern="\*.spg"/>' "$mime" || fail "the MIME type has no *.spg glob"
sed 's#</mime-type>##' "$mime" >"$tmp/broken-mime.xml"
xmllint --noout "$tmp/broken-mime.xml" 2>/dev/null && fail "xmllint accepted an unclosed mime-type"

# --- The man page -----------------------------------------------------------------------

page="$prefix/share/man/man1/socket-playground.1"
# groff's own warnings (-ww) about the page, nothing drawn (-z).
groff_warnings() { groff -man -ww -z "$1" 2>&1; }
warned="$(groff_warnings "$page")"
[[ -z "$warned" ]] || fail "groff warns about the man page: $warned"
printf '.TH X 1\n.SH NAME\nx\n.XX oops\n' >"$tmp/broken.1"
[[ -n "$(groff_warnings "$tmp/broken.1")" ]] || fail "groff did not warn about an unknown macro"

# The option table's terms, in order: from --help (its third paragraph, terms at column 2
# or 4) and from the page (the .B line after each .TP). A second reading of both texts,
# not the app's own converter.
help_terms()
{
    python3 -c '
import re, sys
table = re.split(r"\n\s*\n", sys.stdin.read())[2]
for line in table.splitlines():
    m = re.match(r" {2,4}(\S.*?)(?: {2,}|$)", line)
    if m:
        print(m.group(1))'
}
man_terms()
{
    python3 -c '
import sys
lines = sys.stdin.read().splitlines()
for before, line in zip(lines, lines[1:]):
    if before == ".TP" and line.startswith(".B "):
        print(line[3:].replace("\\-", "-").replace("\\e", "\\").replace("\\&", ""))' <"$1"
}
env -u DISPLAY -u WAYLAND_DISPLAY "$prefix/bin/socket-playground" --help >"$tmp/help.txt" 2>"$tmp/err" ||
    fail "the installed socket-playground --help failed"
help_terms <"$tmp/help.txt" >"$tmp/help.terms"
man_terms "$page" >"$tmp/man.terms"
[[ $(grep -c -- '^--' "$tmp/help.terms") -ge 15 ]] || fail "found too few options in --help"
diff "$tmp/help.terms" "$tmp/man.terms" >"$tmp/out" || fail "the man page's options differ from --help's"
# A wrong answer: the page without its --strsize entry.
grep -v -- '^\.B \\-\\-strsize' "$page" >"$tmp/short.1"
man_terms "$tmp/short.1" | diff -q "$tmp/help.terms" - >/dev/null &&
    fail "a man page without --strsize matched --help"
# man itself renders the page, and every option shows.
if command -v man >/dev/null 2>&1; then
    MANWIDTH=120 man -l "$page" 2>"$tmp/err" | col -b >"$tmp/man.txt"
    [[ -s "$tmp/err" ]] && fail "man -l complained"
    grep -q -- '--export-pcap FILE' "$tmp/man.txt" || fail "man -l did not show --export-pcap"
fi

finish_checks test_install
