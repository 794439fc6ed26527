#!/usr/bin/env bash
# Validates manifest.xml (and dist/manifest.xml, when a build wrote one) against Microsoft's XSD
# schemas, offline: `office-addin-manifest validate` needs an online service.
# Usage: scripts/validate-manifest.sh [SCHEMA_DIR]   (default ../shared/manifest-schemas)
set -euo pipefail

cd "$(dirname "$0")/.."
schema_dir="${1:-../shared/manifest-schemas}"
schema="$schema_dir/OfficeAppManifestV1_1.xsd"

if ! command -v xmllint >/dev/null 2>&1; then
  echo "validate-manifest: xmllint not found; install it with: apt-get install -y libxml2-utils" >&2
  exit 2
fi
if [[ ! -f "$schema" ]]; then
  echo "validate-manifest: no schema at $schema; pass the schema folder as the first argument" >&2
  exit 2
fi

manifests=(manifest.xml)
if [[ -f dist/manifest.xml ]]; then
  manifests+=(dist/manifest.xml)
fi
for manifest in "${manifests[@]}"; do
  xmllint --noout --nonet --schema "$schema" "$manifest"
done
