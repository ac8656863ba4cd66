#!/usr/bin/env bash
# install-deps.sh - install, as root on Debian 12, what diplo_extract needs to
# build and test.  Installs only packages that are missing; safe to run again.
#
#   bash scripts/install-deps.sh            # build + demo
#   bash scripts/install-deps.sh --tests    # also valgrind, clang (fuzzing), ODBC and JDBC clients
#
# The system PostgreSQL cluster is never started: servers are throwaway ones
# made by pg_virtualenv.  A /usr/sbin/policy-rc.d that forbids starting
# services (containers, chroots) is fine.
set -euo pipefail

want_tests=0
for arg in "$@"; do
    case "$arg" in
        --tests) want_tests=1 ;;
        -h|--help)
            sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
            exit 0 ;;
        *) echo "install-deps.sh: unknown option: $arg" >&2; exit 2 ;;
    esac
done

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps.sh: run as root (apt-get install needs it)" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
    echo "install-deps.sh: apt-get/dpkg not found; this script is for Debian 12" >&2
    exit 1
fi
if [ -r /etc/os-release ]; then
    # shellcheck disable=SC1091
    . /etc/os-release
    if [ "${ID:-}" != debian ] || [ "${VERSION_ID:-}" != 12 ]; then
        echo "install-deps.sh: warning: made for Debian 12, this is ${PRETTY_NAME:-unknown}" >&2
    fi
fi

# What each package is for:
#   build-essential          gcc, make, libc headers
#   pkg-config               finds ICU's compiler flags (Makefile)
#   postgresql-15            the server; pg_regress, pg_isolation_regress
#                            come with postgresql-client-15 (a dependency)
#   postgresql-server-dev-15 pg_config and PGXS
#   postgresql-common        pg_virtualenv (throwaway servers)
#   libicu-dev               Unicode segmentation, case folding
#   iso-codes                ISO 3166 / 4217 names for the lexicon tools
#   python3                  lexicon tools and the quality scorer
#   libhunspell-dev          hunspell, for the lexicon tools (word forms of place names)
#   hunspell-ru              Russian dictionary (lexicon tools: given names, word forms)
packages=(
    build-essential
    pkg-config
    postgresql-15
    postgresql-server-dev-15
    postgresql-common
    libicu-dev
    iso-codes
    python3
    libhunspell-dev
    hunspell-ru
)
if [ "$want_tests" -eq 1 ]; then
    #   valgrind               memory checks of the engine
    #   clang, libclang-rt-14-dev  libFuzzer and sanitizers
    #   unixodbc, odbc-postgresql  ODBC client (isql) and psqlODBC, for the BI views test
    #   openjdk-17-jdk-headless, libpostgresql-jdbc-java  Java and pgjdbc, the same over JDBC
    packages+=(valgrind clang libclang-rt-14-dev unixodbc odbc-postgresql
               openjdk-17-jdk-headless libpostgresql-jdbc-java)
fi

missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
    case "$status" in
        ii*) ;;
        *) missing+=("$pkg") ;;
    esac
done

# The npm client fetches the OpenCorpora dictionary (below).  Debian's nodejs
# and npm are installed only when no npm is found (a nodejs of another origin
# may already carry its own npm, and Debian's npm would conflict with it).
if ! command -v npm >/dev/null 2>&1; then
    for pkg in nodejs npm; do
        status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
        case "$status" in
            ii*) ;;
            *) missing+=("$pkg") ;;
        esac
    done
fi

# The OpenCorpora morphological dictionary (src/engine/ocdict.c): dicts/ of
# the npm package az 0.2.3, fetched with the npm client, its sha256 checked,
# unpacked to $DIPLO_OPENCORPORA or the default below, which the engine
# reads too (src/engine/ocdict.h).  Data: OpenCorpora, CC BY-SA 3.0; az: MIT.
oc_dir=${DIPLO_OPENCORPORA:-/usr/local/share/diplo_extract/opencorpora}
oc_sha=868de433b36150fa271aa7a93f5a7289bc91372a512a7463d00fa2a4e0d3ffe0
install_opencorpora() {
    local tmp f
    if [ "$(cat "$oc_dir/az-0.2.3.sha256" 2>/dev/null)" = "$oc_sha" ]; then
        echo "install-deps.sh: OpenCorpora dictionary already in $oc_dir"
        return 0
    fi
    tmp=$(mktemp -d)
    echo "install-deps.sh: fetching az@0.2.3 (OpenCorpora dictionary) for $oc_dir"
    # A machine that cannot reach the npm registry still builds and runs:
    # the engine works without the dictionary (and its unit tests say they
    # skip); DIPLO_REQUIRE_OPENCORPORA=1 makes this an error.  A tarball
    # whose checksum differs is always an error.
    if ! (cd "$tmp" && npm pack --loglevel=error az@0.2.3 >npm.log 2>&1); then
        grep -m 3 -i "err" "$tmp/npm.log" >&2 || true
        rm -rf "$tmp"
        if [ "${DIPLO_REQUIRE_OPENCORPORA:-0}" = 1 ]; then
            echo "install-deps.sh: cannot fetch az@0.2.3 with npm" >&2
            return 1
        fi
        echo "install-deps.sh: WARNING: cannot fetch az@0.2.3 with npm; the engine runs without the OpenCorpora dictionary" >&2
        return 0
    fi
    if [ "$(sha256sum "$tmp/az-0.2.3.tgz" | cut -d' ' -f1)" != "$oc_sha" ]; then
        echo "install-deps.sh: az-0.2.3.tgz has sha256 $(sha256sum "$tmp/az-0.2.3.tgz" | cut -d' ' -f1), not $oc_sha" >&2
        rm -rf "$tmp"
        return 1
    fi
    tar -xzf "$tmp/az-0.2.3.tgz" -C "$tmp" package/dicts package/README.md
    mkdir -p "$oc_dir"
    for f in words.dawg prediction-suffixes-0.dawg prediction-suffixes-1.dawg \
             prediction-suffixes-2.dawg paradigms.array suffixes.json \
             gramtab-opencorpora-int.json p_t_given_w.intdawg meta.json; do
        install -m 0644 "$tmp/package/dicts/$f" "$oc_dir/$f"
    done
    install -m 0644 "$tmp/package/README.md" "$oc_dir/README-az.md"
    printf '%s\n' "$oc_sha" > "$oc_dir/az-0.2.3.sha256"
    rm -rf "$tmp"
}

if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-deps.sh: all ${#packages[@]} packages already installed"
    install_opencorpora
    exit 0
fi

echo "install-deps.sh: installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt_opts=(-y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
apt-get update -q
apt-get install "${apt_opts[@]}" --no-install-recommends "${missing[@]}" </dev/null

# Check the tools the build and tests call.
for tool in gcc make pkg-config pg_config pg_virtualenv psql python3 npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "install-deps.sh: $tool still not found after install" >&2
        exit 1
    fi
done
if ! pkg-config --exists icu-uc; then
    echo "install-deps.sh: pkg-config cannot find icu-uc" >&2
    exit 1
fi
install_opencorpora
echo "install-deps.sh: done"
