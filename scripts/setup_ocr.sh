#!/bin/sh
# Install OCR support for scanned PDFs: the Tesseract binary with its Vietnamese
# and English data (Debian/Ubuntu packages tesseract-ocr, tesseract-ocr-vie,
# tesseract-ocr-eng). notice-parser calls `tesseract` through subprocess; without
# it, scanned PDFs fail with "no text layer ... install OCR support with
# scripts/setup_ocr.sh". Safe to run again: it does nothing when OCR is ready.
set -e
PACKAGES="tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng"

ocr_ready() {
    command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx vie
}

if ocr_ready; then
    echo "tesseract with Vietnamese data is already installed"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "no apt-get: install Tesseract with its Vietnamese data (vie) with your system's" \
         "package manager, then check that 'tesseract --list-langs' lists vie" >&2
    exit 1
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
    # Without root, sudo must work without a password prompt hanging a script.
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO="sudo"
    else
        echo "installing packages needs root; run as root (or with sudo):" >&2
        echo "    apt-get update && apt-get install -y --no-install-recommends $PACKAGES" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086  # the package list is split on purpose
$SUDO apt-get install -y -q --no-install-recommends $PACKAGES
if ! ocr_ready; then
    echo "tesseract installed but 'tesseract --list-langs' does not list vie" >&2
    exit 1
fi
tesseract --version | head -1
echo "OCR ready: tesseract with Vietnamese data"
