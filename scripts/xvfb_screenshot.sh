#!/usr/bin/env bash
# Run Pneumoscan in a real X window on a virtual screen and take a screenshot.
#   scripts/xvfb_screenshot.sh OUT.png SECONDS COMMAND...
# e.g. scripts/xvfb_screenshot.sh /tmp/shot.png 20 .venv/bin/python -m desktop --demo
# Needs Debian's xvfb, xauth, imagemagick and Qt's xcb libraries (see ../shared/STACK_NOTES.md).
set -euo pipefail
OUT="$1"; WAIT="$2"; shift 2
DISPLAY_NUM=:97
Xvfb "$DISPLAY_NUM" -screen 0 1600x1000x24 >/dev/null 2>&1 &
XPID=$!
trap 'kill $XPID 2>/dev/null || true' EXIT
sleep 1
export DISPLAY="$DISPLAY_NUM"
unset QT_QPA_PLATFORM
START=$(date +%s.%N)
"$@" > /tmp/pneumoscan_xvfb.log 2>&1 &
APID=$!
sleep "$WAIT"
import -window root "$OUT"
kill $APID 2>/dev/null || true
wait $APID 2>/dev/null || true
echo "screenshot $OUT after ${WAIT}s"
