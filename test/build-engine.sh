# build-engine.sh - sourced by test/sanitize.sh and test/valgrind.sh: builds
# the engine's unit tests and the command-line driver into one directory with
# the given compiler and flags.
#
#   build_engine OUTDIR CC FLAG...   ->  OUTDIR/run_unit, OUTDIR/diplo-extract

build_engine() {
    local out=$1 cc=$2
    shift 2
    local icu_cflags icu_libs
    # shellcheck disable=SC2207
    icu_cflags=($(pkg-config --cflags icu-uc))
    # shellcheck disable=SC2207
    icu_libs=($(pkg-config --libs icu-uc))
    echo "==> build with $cc $*"
    "$cc" "$@" "${icu_cflags[@]}" -Isrc/engine -o "$out/run_unit" \
        src/engine/*.c test/unit/*.c "${icu_libs[@]}"
    "$cc" "$@" "${icu_cflags[@]}" -Isrc/engine -o "$out/diplo-extract" \
        src/engine/*.c src/cli/main.c "${icu_libs[@]}"
}
