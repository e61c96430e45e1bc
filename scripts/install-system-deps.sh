#!/usr/bin/env bash
# System packages treaty-kg needs that pip cannot install: a Java runtime for the HermiT
# reasoner (owlready2 runs it), Graphviz (`dot`) for `kg render` and Chromium for the tests that
# open the HTML view headless. Installs only what is missing; needs root (or sudo) for apt.
set -euo pipefail

missing=()
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# Text in rendered pictures and screenshots needs at least one font.
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install these packages with your system's package manager: ${missing[*]}" >&2
    exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
        echo "need root to install: ${missing[*]} (run: apt-get install ${missing[*]})" >&2
        exit 1
    fi
fi
echo "installing system packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
