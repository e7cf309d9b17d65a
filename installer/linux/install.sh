#!/bin/sh
# Install the Fallakte desktop bundle on Linux: program folder, command, menu entry and icons.
#
#   ./install.sh                   as a user: into ~/.local (no root needed)
#   sudo ./install.sh              for everyone: into /usr/local
#   ./install.sh --prefix DIR      anywhere else
#   ./install.sh --uninstall       remove the program again (add --prefix as when installing)
#
# Run it from the bundle folder (make bundle copies it there, next to the `fallakte` program).
# Installing a newer bundle over an older one replaces the program in place. The counsellor's
# encrypted data lives elsewhere (~/.local/share/Fallakte, see installer/README.md)
# and is never touched, not even by --uninstall: the next unlock migrates it if needed.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" = 0 ]; then prefix=/usr/local; else prefix="${HOME}/.local"; fi
action=install
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        --uninstall) action=uninstall; shift ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

program_dir="$prefix/lib/fallakte"
command="$prefix/bin/fallakte"
apps="$prefix/share/applications"
icons="$prefix/share/icons/hicolor"
sizes="16 24 32 48 64 128 256"

refresh() {
    # Menus and icon caches pick the change up; missing tools only delay that until next login.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$apps" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
    fi
}

if [ "$action" = uninstall ]; then
    rm -rf "$program_dir"
    rm -f "$command" "$apps/fallakte.desktop" "$icons/scalable/apps/fallakte.svg"
    for size in $sizes; do rm -f "$icons/${size}x${size}/apps/fallakte.png"; done
    refresh
    echo "Fallakte removed from $prefix (the data in the user data folder stays)."
    exit 0
fi

if [ ! -x "$here/fallakte" ] || [ ! -d "$here/_internal" ]; then
    echo "install.sh: run me from the bundle folder (dist/fallakte after make bundle)" >&2
    exit 1
fi
version=$("$here/fallakte" --version)
if [ "$here" = "$(cd "$program_dir" 2>/dev/null && pwd)" ]; then
    echo "install.sh: $version is already installed here; run the install.sh of a new bundle" >&2
    exit 1
fi

# Copy next to the old program first, then swap: a failed copy leaves the old one working.
mkdir -p "$prefix/lib" "$prefix/bin" "$apps"
rm -rf "$program_dir.new"
cp -R "$here" "$program_dir.new"
rm -rf "$program_dir.old"
if [ -e "$program_dir" ]; then mv "$program_dir" "$program_dir.old"; fi
mv "$program_dir.new" "$program_dir"
rm -rf "$program_dir.old"
ln -sf "$program_dir/fallakte" "$command"

# The menu entry starts the installed program by its full path: ~/.local/bin is not always on PATH.
sed -e "s|^Exec=.*|Exec=$program_dir/fallakte|" -e "s|^TryExec=.*|TryExec=$program_dir/fallakte|" \
    "$here/fallakte.desktop" > "$apps/fallakte.desktop"
chmod 644 "$apps/fallakte.desktop"
source_icons="$here/_internal/resources/icons"
for size in $sizes; do
    mkdir -p "$icons/${size}x${size}/apps"
    cp "$source_icons/fallakte-$size.png" "$icons/${size}x${size}/apps/fallakte.png"
done
mkdir -p "$icons/scalable/apps"
cp "$source_icons/fallakte.svg" "$icons/scalable/apps/fallakte.svg"
refresh
echo "$version installed in $program_dir; start it from the menu or with $command"
