#!/usr/bin/env bash
# Regenerates the .docx fixtures of test/fixtures/docx from their sources (src/*.fodt, our own text) and
# LibreOffice's plain-text rendering of each .docx (which shows list numbers as Word does). The test
# (test/import/libreoffice.test.ts) compares our import with the committed .txt, so CI needs no LibreOffice.
# Needs soffice (apt-get install libreoffice-writer-nogui).
set -euo pipefail
cd "$(dirname "$0")/../test/fixtures/docx"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
lo() { soffice "-env:UserInstallation=file://$profile" --headless "$@" >/dev/null; }
for src in src/*.fodt; do
  name="$(basename "$src" .fodt)"
  lo --convert-to "docx:MS Word 2007 XML" --outdir . "$src"
  lo --convert-to "txt:Text (encoded):UTF8" --outdir . "$name.docx"
  # The rendering's byte order mark and carriage returns are not content.
  sed -i -e '1s/^\xEF\xBB\xBF//' -e 's/\r$//' "$name.txt"
  echo "wrote $name.docx and $name.txt"
done
