#!/usr/bin/env bash
# Per-user install of the Linux archive: tar xJf Pneumoscan-*.tar.xz && Pneumoscan/install.sh
# Installs to ~/.local/opt/Pneumoscan with a menu entry and commands in ~/.local/bin, then self-tests.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
DEST="$HOME/.local/opt/Pneumoscan"
rm -rf "$DEST"; mkdir -p "$(dirname "$DEST")" "$HOME/.local/share/applications" "$HOME/.local/bin"
cp -R "$SRC" "$DEST"
ln -sf "$DEST/Pneumoscan" "$HOME/.local/bin/pneumoscan"
ln -sf "$DEST/pneumoscan-predict" "$HOME/.local/bin/pneumoscan-predict"
ln -sf "$DEST/pneumoscan-node" "$HOME/.local/bin/pneumoscan-node"
sed "s|^Exec=Pneumoscan|Exec=$DEST/Pneumoscan|" "$SRC/pneumoscan.desktop" > "$HOME/.local/share/applications/pneumoscan.desktop"
"$DEST/Pneumoscan" --self-test
