#!/usr/bin/env bash
# Per-user install of the Linux archive: unpack Pneumoscan-*.tar.gz, then run this script from the
# unpacked folder's parent (or pass the folder). Installs to ~/.local/opt/Pneumoscan with a menu entry.
set -euo pipefail
SRC="${1:-Pneumoscan}"
DEST="$HOME/.local/opt/Pneumoscan"
rm -rf "$DEST"; mkdir -p "$(dirname "$DEST")" "$HOME/.local/share/applications" "$HOME/.local/bin"
cp -R "$SRC" "$DEST"
ln -sf "$DEST/Pneumoscan" "$HOME/.local/bin/pneumoscan"
ln -sf "$DEST/pneumoscan-predict" "$HOME/.local/bin/pneumoscan-predict"
sed "s|^Exec=Pneumoscan|Exec=$DEST/Pneumoscan|" "$(dirname "$0")/pneumoscan.desktop" > "$HOME/.local/share/applications/pneumoscan.desktop"
"$DEST/Pneumoscan" --self-test
