#!/usr/bin/env bash
# The Debian package on a clean Debian 12 (bookworm): debootstrap a minbase system into a
# scratch folder, then inside it (chroot) `apt-get install ./socket-playground_*.deb` must
# bring every dependency from the archive, the installed app must print its version, run a
# demo headless, and draw a view offscreen into a PNG; `apt-get remove` must add no file and
# leave none that names the package (its own, and the caches its postinst refreshed), and
# purge must make dpkg forget it. Opt-in: it needs root and the network (Debian's
# archive), so no CTest runs it; `scripts/package --check-clean` does.
#
#   tests/package/clean_debian.sh [PATH/TO/socket-playground_*.deb]
#   SPG_DEBIAN_MIRROR=http://... tests/package/clean_debian.sh    # another mirror
#   SPG_KEEP_CHROOT=1 ...                                        # keep the system to look at
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
deb="${1:-}"
if [[ -z "$deb" ]]; then
    deb="$(ls "$root"/build/package/socket-playground_*.deb 2>/dev/null | head -n 1 || true)"
fi
[[ -f "$deb" ]] || { echo "clean_debian: no .deb (run scripts/package first)" >&2; exit 2; }
[[ "$(id -u)" -eq 0 ]] || { echo "clean_debian: needs root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null 2>&1 ||
    { echo "clean_debian: needs debootstrap (apt-get install debootstrap)" >&2; exit 2; }
mirror="${SPG_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

sys="$(mktemp -d /var/tmp/spg-bookworm.XXXXXX)"
cleanup()
{
    mountpoint -q "$sys/proc" && umount "$sys/proc"
    if [[ -n "${SPG_KEEP_CHROOT:-}" ]]; then
        echo "clean_debian: kept $sys"
    else
        # --one-file-system: never into a mount that outlived umount.
        rm -rf --one-file-system "$sys"
    fi
}
trap cleanup EXIT

failures=0
fail()
{
    echo "FAIL: $*"
    failures=$((failures + 1))
}
# A command inside the clean system, as root with a plain environment and no display.
inside() { chroot "$sys" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }
# The system's files, less what apt, dpkg and the kernel change on their own (package
# lists, caches, logs, /proc, /tmp) and root's home (the app's and fontconfig's caches are
# the user's, which no package removes).
file_list()
{
    inside find / -xdev \( -path /proc -o -path /tmp -o -path /var/cache -o -path /var/lib/apt \
        -o -path /var/lib/dpkg -o -path /var/log -o -path /root -o -path /run \) -prune \
        -o -print | LC_ALL=C sort
}

echo "clean_debian: debootstrap --variant=minbase bookworm from $mirror"
debootstrap --variant=minbase bookworm "$sys" "$mirror" >"$sys.debootstrap.log" 2>&1 ||
    { tail -n 20 "$sys.debootstrap.log"; exit 1; }
rm -f "$sys.debootstrap.log"
mount -t proc proc "$sys/proc"
cp "$deb" "$sys/tmp/"
pkg="/tmp/$(basename "$deb")"
inside apt-get update -q >/dev/null
file_list >"$sys/tmp/before.txt"

# --- Install: every Depends from the archive -----------------------------------------
if ! inside apt-get install -y -q "$pkg" >"$sys/tmp/install.log" 2>&1; then
    tail -n 30 "$sys/tmp/install.log"
    fail "apt-get install $pkg"
fi
echo "clean_debian: apt-get install: $(grep -E '^[0-9]+ upgraded' "$sys/tmp/install.log" || true)"
inside dpkg-query -W -f='${Status}\n' socket-playground | grep -qx 'install ok installed' ||
    fail "socket-playground is not installed"
inside test -s /usr/share/doc/socket-playground/copyright || fail "no copyright file"

# --- Run ----------------------------------------------------------------------------
version="$(inside socket-playground --version 2>&1)" || true
want="socket-playground $(dpkg-deb -f "$deb" Version)"
[[ "$version" == "$want" ]] || fail "--version printed \"$version\", not \"$want\""
# ldd names a library the package does not depend on as "not found".
missing="$(inside ldd /usr/bin/socket-playground | grep 'not found' || true)"
[[ -z "$missing" ]] || fail "libraries not found: $missing"
if ! inside socket-playground --demo tcp-server-client --run >"$sys/tmp/run.out" 2>"$sys/tmp/run.err"; then
    cat "$sys/tmp/run.err"
    fail "--demo tcp-server-client --run"
fi
grep -Eq '^[0-9]+ calls, [0-9]+ expectations held, 0 failed$' "$sys/tmp/run.err" ||
    fail "the demo's summary is not '... 0 failed': $(tail -n 1 "$sys/tmp/run.err")"
if ! inside env QT_QPA_PLATFORM=offscreen socket-playground --demo tcp-server-client \
    --export-view sequence --out /tmp/ladder.png >"$sys/tmp/view.out" 2>&1; then
    cat "$sys/tmp/view.out"
    fail "--export-view sequence --out ladder.png"
fi
# A PNG of some size: the signature, then the IHDR's width and height.
size="$(od -An -tu1 -j16 -N8 "$sys/tmp/ladder.png" 2>/dev/null |
    awk '{print ($1*16777216+$2*65536+$3*256+$4) "x" ($5*16777216+$6*65536+$7*256+$8)}' || true)"
[[ "$(head -c 4 "$sys/tmp/ladder.png" 2>/dev/null | od -An -c | tr -d ' ')" == '211PNG' ]] ||
    fail "ladder.png is not a PNG"
[[ "$size" =~ ^[0-9]{3,}x[0-9]{3,}$ ]] || fail "ladder.png is $size"
echo "clean_debian: ran $version; the ladder is $size"
cp "$sys/tmp/ladder.png" "${SPG_CLEAN_LADDER_OUT:-/dev/null}" 2>/dev/null || true

# --- Remove: nothing of the package left -----------------------------------------------
# The system as the package left it, then after `apt-get remove`: no path may appear, and
# none may remain that names socket-playground (its files, and what its postinst made:
# the MIME database's entry for .spg files, icon and menu caches).
file_list >"$sys/tmp/installed.txt"
grep -q socket-playground "$sys/tmp/installed.txt" || fail "the file list shows no installed file"
inside apt-get remove -y -q socket-playground >"$sys/tmp/remove.log" 2>&1 || fail "apt-get remove"
file_list >"$sys/tmp/removed.txt"
added="$(comm -13 "$sys/tmp/installed.txt" "$sys/tmp/removed.txt")"
[[ -z "$added" ]] || fail "apt-get remove added: $added"
left="$(grep -i 'socket-playground\|socketplayground' "$sys/tmp/removed.txt" || true)"
[[ -z "$left" ]] || fail "apt-get remove left: $left"
# A package with a postrm stays known to dpkg as "rc" (removed, its postrm kept for a purge)
# without a file on disk; purge forgets it.
status="$(inside dpkg-query -W -f='${db:Status-Abbrev}' socket-playground 2>/dev/null || true)"
[[ "$status" == "rc"* || "$status" == "un"* || -z "$status" ]] ||
    fail "dpkg lists socket-playground as \"$status\" after remove"
inside apt-get purge -y -q socket-playground >"$sys/tmp/purge.log" 2>&1 || fail "apt-get purge"
status="$(inside dpkg-query -W -f='${db:Status-Abbrev}' socket-playground 2>/dev/null || true)"
[[ "$status" == "un"* || -z "$status" ]] || fail "dpkg lists socket-playground as \"$status\" after purge"
# The dependencies go too; what their own maintainer scripts leave (systemd's
# /etc/machine-id, say) is theirs, so it is shown, not failed.
inside apt-get autoremove --purge -y -q >"$sys/tmp/autoremove.log" 2>&1 || fail "apt-get autoremove"
file_list >"$sys/tmp/after.txt"
kept="$(comm -13 "$sys/tmp/before.txt" "$sys/tmp/after.txt")"
if [[ -n "$kept" ]]; then
    echo "clean_debian: left by the dependencies after autoremove --purge (not this package's):"
    echo "$kept" | sed 's/^/  /'
fi
grep -qi 'socket-playground\|socketplayground' "$sys/tmp/after.txt" && fail "autoremove left our files"

if [[ $failures -ne 0 ]]; then
    echo "clean_debian: $failures check(s) failed"
    exit 1
fi
echo "clean_debian: passed on Debian $(cat "$sys/etc/debian_version") ($(date -u +%Y-%m-%d))"
