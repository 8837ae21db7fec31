# Sourced by the scripts that need Debian packages (scripts/test.sh, bench/public-page.sh).
# install_debian_packages PACKAGE... installs those not installed yet, as root or through sudo,
# running 'apt-get update' once and only when something is missing.

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        echo "error: installing Debian packages needs root or sudo" >&2
        return 1
    fi
}

is_debian_package_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

install_debian_packages() {
    local missing=() package
    for package in "$@"; do
        is_debian_package_installed "$package" || missing+=("$package")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi

    echo "installing missing Debian packages: ${missing[*]}"
    # Debian starts a server's system service on install (redis-server would hold port 6379, nginx port 80);
    # our fixtures and scripts run their own, so a policy-rc.d answering 101 ("action forbidden") keeps it stopped.
    local policy=/usr/sbin/policy-rc.d own_policy=false status=0
    if [ ! -e "$policy" ]; then
        own_policy=true
        as_root sh -c "printf '#!/bin/sh\nexit 101\n' > $policy && chmod 755 $policy"
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -qq update &&
        as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -qq install -y --no-install-recommends "${missing[@]}" >/dev/null ||
        status=$?
    if $own_policy; then
        as_root rm -f "$policy"
    fi
    return $status
}
