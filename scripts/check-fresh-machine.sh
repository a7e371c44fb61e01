#!/usr/bin/env bash
# Proves the README's quick start on a fresh Debian 12: builds a minimal bookworm root with
# mmdebstrap, copies this checkout into it, and runs the README's two commands there exactly as
# written (./test.sh, then ./run.sh with no display), timing each step.
#
#   scripts/check-fresh-machine.sh            both commands, in full
#   scripts/check-fresh-machine.sh --cli-only packages, configure and the steward-cli build only
#   scripts/check-fresh-machine.sh --keep     leave the root in place and print where it is
#
# Run it whenever the package list, a find_package call or a run-time dependency changes. It
# needs root (mmdebstrap, chroot and mounts) and Debian's mirror; it installs mmdebstrap itself.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=full
keep=0
for argument in "$@"; do
    case "$argument" in
    --cli-only) mode=cli ;;
    --keep) keep=1 ;;
    *)
        echo "Unknown option $argument; use --cli-only or --keep." >&2
        exit 2
        ;;
    esac
done

if [ "$(id -u)" -ne 0 ]; then
    echo "check-fresh-machine.sh builds and enters a Debian root, which needs root: run it with sudo." >&2
    exit 1
fi
if ! command -v mmdebstrap >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap >/dev/null ||
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap; }
fi

work=$(mktemp -d "${TMPDIR:-/var/tmp}/steward-fresh.XXXXXX")
cleanup() {
    if [ "$keep" = 1 ]; then
        echo "The fresh root is kept at $work/root"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

seconds() { date +%s; }
timings=()
step() {
    local name=$1 started
    shift
    started=$(seconds)
    echo "== fresh machine: $name =="
    "$@"
    timings+=("$(printf '%-34s %5d s' "$name" $(($(seconds) - started)))")
}

step "minimal bookworm root (minbase)" \
    mmdebstrap --quiet --variant=minbase bookworm "$work/root"

# The checkout as a clone would have it: tracked and new files, nothing ignored (no build/).
mkdir "$work/root/src"
git ls-files -z --cached --others --exclude-standard |
    while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done |
    tar --null -T - -cf - | tar -xf - -C "$work/root/src"
# What a Debian installer leaves and minbase does not: a resolver and the loopback names.
cp /etc/resolv.conf "$work/root/etc/resolv.conf"
printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' > "$work/root/etc/hosts"

# Inside the root: a login's environment and nothing of this machine's. Mounts live in a mount
# namespace of their own, so they vanish with it, however the run ends.
in_root() {
    unshare --mount --propagation private -- /bin/bash -euc '
        root=$1
        shift
        mount -t proc proc "$root/proc"
        mount -t sysfs sysfs "$root/sys"
        mount --rbind /dev "$root/dev"
        exec chroot "$root" /usr/bin/env -i HOME=/root USER=root LOGNAME=root LANG=C.UTF-8 \
            PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
            /bin/bash -euc "cd /src && $1"
    ' in_root "$work/root" "$1"
}

if [ "$mode" = cli ]; then
    step "packages (scripts/ensure-packages.sh)" in_root "scripts/ensure-packages.sh"
    step "configure and build steward-cli" \
        in_root "cmake --preset dev >/dev/null && cmake --build --preset dev --target steward-cli"
    step "steward-cli runs" in_root "build/dev/app/steward-cli --version"
else
    step "./test.sh" in_root "./test.sh"
    step "./run.sh (no display)" in_root "./run.sh"
fi

echo
echo "The README's quick start passed on a fresh Debian 12 root:"
printf '  %s\n' "${timings[@]}"
