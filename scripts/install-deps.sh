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

if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-deps.sh: all ${#packages[@]} packages already installed"
    exit 0
fi

echo "install-deps.sh: installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt_opts=(-y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
apt-get update -q
apt-get install "${apt_opts[@]}" --no-install-recommends "${missing[@]}" </dev/null

# Check the tools the build and tests call.
for tool in gcc make pkg-config pg_config pg_virtualenv psql python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "install-deps.sh: $tool still not found after install" >&2
        exit 1
    fi
done
if ! pkg-config --exists icu-uc; then
    echo "install-deps.sh: pkg-config cannot find icu-uc" >&2
    exit 1
fi
echo "install-deps.sh: done"
