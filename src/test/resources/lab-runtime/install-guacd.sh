#!/usr/bin/env bash
# Installs guacd 1.3.0 from Debian bullseye into PREFIX without touching the system's apt sources
# (the recipe of ../shared/RUNTIME.md), and the X/VNC packages the test lab machine needs.
# Usage: install-guacd.sh PREFIX   (as root)
set -euo pipefail
PREFIX="$(realpath -m "$1")"
if [[ -x "$PREFIX/usr/sbin/guacd" ]]; then
	exit 0
fi
WORK="$PREFIX.work"
mkdir -p "$WORK/lists/partial" "$WORK/cache/archives/partial" "$WORK/debs" "$PREFIX"
echo "deb http://deb.debian.org/debian bullseye main" > "$WORK/sources.list"
APT=(-o Dir::Etc::sourcelist="$WORK/sources.list" -o Dir::Etc::sourceparts=- -o Dir::State::Lists="$WORK/lists"
	-o Dir::Cache="$WORK/cache")
apt-get "${APT[@]}" update -q
PACKAGES=(guacd libguac19 libguac-client-vnc0 libguac-client-ssh0 libguac-client-rdp0 libguac-client-telnet0
	libssl1.1 libwebp6)
chown _apt "$WORK/debs" 2>/dev/null || true
(cd "$WORK/debs" && apt-get "${APT[@]}" download "${PACKAGES[@]}")
DEPS=()
for deb in "$WORK"/debs/*.deb; do
	dpkg -x "$deb" "$PREFIX"
	while read -r dep; do DEPS+=("$dep"); done < <(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed -E 's/\(.*\)//; s/\|.*//; s/ //g' | grep -v '^$')
done
NEEDED=()
for dep in $(printf '%s\n' "${DEPS[@]}" fontconfig fonts-dejavu-core | sort -u); do
	case " ${PACKAGES[*]} lsb-base ghostscript " in *" $dep "*) continue ;; esac
	dpkg -s "$dep" >/dev/null 2>&1 || NEEDED+=("$dep")
done
if ((${#NEEDED[@]})); then
	apt-get install -y -q --no-install-recommends "${NEEDED[@]}"
fi
"$PREFIX/usr/sbin/guacd" -v >/dev/null 2>&1 || LD_LIBRARY_PATH="$PREFIX/usr/lib/x86_64-linux-gnu" "$PREFIX/usr/sbin/guacd" -v
