#!/usr/bin/env bash
# Installs the CJK font the weekly briefing embeds in its PDF (and draws its charts with), if it is missing.
# WenQuanYi Zen Hei has TrueType outlines, which PDF libraries can subset and embed; Noto CJK's are CFF.
# Needs root (or sudo) and apt the first time; afterwards it only checks that the file is there.
set -euo pipefail

BRIEFING_FONT="${YUQING_BRIEFING_FONT:-/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}"
BRIEFING_FONT_PACKAGE=fonts-wqy-zenhei

if [[ -f "$BRIEFING_FONT" ]]; then
  exit 0
fi
if [[ -n "${YUQING_BRIEFING_FONT:-}" ]]; then
  echo "error: YUQING_BRIEFING_FONT=$YUQING_BRIEFING_FONT does not exist" >&2
  exit 1
fi
as_root=()
if [[ "$(id -u)" -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "error: $BRIEFING_FONT is missing; install the Debian package $BRIEFING_FONT_PACKAGE as root" >&2; exit 1; }
  as_root=(sudo)
fi
echo "installing $BRIEFING_FONT_PACKAGE (the CJK font of the weekly briefing) ..."
export DEBIAN_FRONTEND=noninteractive
# The package lists of a fresh machine may be empty or stale; refresh them only when the package is unknown.
if ! apt-cache show "$BRIEFING_FONT_PACKAGE" >/dev/null 2>&1; then
  "${as_root[@]}" apt-get update -qq
fi
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "$BRIEFING_FONT_PACKAGE" >/dev/null
[[ -f "$BRIEFING_FONT" ]] || { echo "error: $BRIEFING_FONT_PACKAGE installed but $BRIEFING_FONT is still missing" >&2; exit 1; }
