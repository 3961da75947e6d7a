#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds a private, position-independent static libprotobuf from Debian's
# own source package (the same version as the installed libprotobuf-dev,
# with Debian's security patches applied), for the C library and the Python
# extension. Debian's libprotobuf.a cannot go into a shared object (it uses
# local-exec TLS), and linking the shared libprotobuf.so registers
# planwerk's schema in the process-wide descriptor pool, where any other copy
# of the schema aborts the process ("File already exists in database").
#
# Prints the install prefix on stdout. Idempotent: a finished build is kept
# in ${PLANWERK_CACHE:-~/.cache/planwerk} and reused.
set -euo pipefail

version=$(dpkg-query -W -f='${Version}' libprotobuf-dev)
upstream=${version%%-*}
cache=${PLANWERK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/planwerk}
prefix="$cache/protobuf-$version-pic"
stamp="$prefix/.planwerk-built"
if [[ -f "$stamp" ]]; then
  echo "$prefix"
  exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/planwerk-protobuf.XXXXXX")
trap 'rm -rf "$work"' EXIT
log="$work/build.log"
{
  # apt-get source with a private source list: the machine's apt
  # configuration stays as it is.
  mkdir -p "$work/apt/sources.list.d" "$work/apt/lists/partial"
  cat >"$work/apt/sources.list.d/planwerk-src.sources" <<EOF
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  apt_opts=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$work/apt/sources.list.d"
    -o "Dir::State::Lists=$work/apt/lists" -o APT::Sandbox::User=root)
  apt-get "${apt_opts[@]}" update -qq
  (cd "$work" && apt-get "${apt_opts[@]}" source --download-only "protobuf=$version")
  (cd "$work" && dpkg-source -x --no-check ./*.dsc src)  # applies Debian's patches
  cmake -S "$work/src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_POSITION_INDEPENDENT_CODE=ON -DCMAKE_CXX_VISIBILITY_PRESET=hidden \
    -DCMAKE_VISIBILITY_INLINES_HIDDEN=ON -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_INSTALL_LIBDIR=lib \
    -Dprotobuf_BUILD_TESTS=OFF -Dprotobuf_BUILD_PROTOC_BINARIES=OFF -Dprotobuf_BUILD_LIBPROTOC=OFF \
    -Dprotobuf_BUILD_SHARED_LIBS=OFF -Dprotobuf_WITH_ZLIB=OFF
  cmake --build "$work/build" --target libprotobuf -j "$(nproc)"
  mkdir -p "$prefix/lib"
  cp "$work/build/libprotobuf.a" "$prefix/lib/"
  # The headers of exactly this source, so that they match the library.
  mkdir -p "$prefix/include"
  (cd "$work/src/src" && find google \( -name '*.h' -o -name '*.inc' \) -print0 | xargs -0 cp --parents -t "$prefix/include")
} >"$log" 2>&1 || {
  echo "build-protobuf: failed; the last lines of the log:" >&2
  tail -30 "$log" >&2
  exit 1
}
echo "$upstream" >"$stamp"
echo "$prefix"
