#!/bin/sh
# Install OCR support for scanned PDFs: the Tesseract binary with its Vietnamese
# and English data (Debian/Ubuntu packages). notice-parser calls `tesseract`
# through subprocess; without it, scanned PDFs fail with "no text layer".
set -e
if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx vie; then
    echo "tesseract with Vietnamese data is already installed"
    exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng
tesseract --version | head -1
tesseract --list-langs
