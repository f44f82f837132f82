#!/usr/bin/env bash
# Load benchmark of the REST API with wrk (Debian: apt-get install wrk), not a test.
#
#   scripts/bench-api.sh [ACCOUNTS] [PRINCIPALS_PER_ACCOUNT] [DURATION]
#
# Generates a synthetic organization (./accessgraph synth), ingests it into a fresh embedded Neo4j,
# serves it on 127.0.0.1, then runs wrk with 32 connections against node detail, blast radius and
# paths, printing p50/p95/p99 and errors for each. Defaults: 20 accounts x 1,000 principals, 30 s.
# Work files live in ${BENCH_DIR:-target/bench-api}; the jar is ${ACCESSGRAPH_JAR:-api/target/accessgraph.jar}.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
accounts="${1:-20}"
principals="${2:-1000}"
duration="${3:-30s}"
threads="${WRK_THREADS:-2}"
connections=32
port="${BENCH_PORT:-18080}"
work="${BENCH_DIR:-$root/target/bench-api}"
jar="${ACCESSGRAPH_JAR:-$root/api/target/accessgraph.jar}"
token="bench-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
[ -f "$jar" ] || { echo "no $jar: build it with ./mvnw -pl api package -DskipTests (or ./accessgraph --version)" >&2; exit 1; }
run() { java ${ACCESSGRAPH_JAVA_OPTS:--Xmx4g} -jar "$jar" "$@"; }

org="$work/org-${accounts}x${principals}"
data="$work/data-${accounts}x${principals}"
if [ ! -f "$org/org.json" ]; then
  rm -rf "$org" && mkdir -p "$org"
  run synth --accounts "$accounts" --principals-per-account "$principals" --out "$org"
fi
if [ ! -d "$data/neo4j" ]; then
  echo "ingesting $org ..."
  /usr/bin/time -f "ingest: %e s, max RSS %M KB" java ${ACCESSGRAPH_JAVA_OPTS:--Xmx4g} -jar "$jar" \
    ingest --from "$org" --data-dir "$data"
fi

# java itself in the background (not through a function), so $! is the server and the trap stops it
ACCESSGRAPH_API_TOKEN="$token" java ${ACCESSGRAPH_JAVA_OPTS:--Xmx4g} -jar "$jar" \
  serve --data-dir "$data" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 300); do
  curl -fsS "$base/api/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fsS "$base/api/health" >/dev/null || { cat "$work/serve.log" >&2; exit 1; }
# wait until the snapshot, policy engine and indexes of the graph are built (health "ready")
for _ in $(seq 1 600); do
  curl -fsS "$base/api/health" | grep -q '"ready":true' && break
  sleep 1
done

api() { curl -fsS -H "Authorization: Bearer $token" "$base$1"; }
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe=""))' "$1"; }
# Sources and targets from the graph itself: escalation paths give a principal with a path to an
# admin.
escalations="$(api "/api/escalations?maxHops=8")"
pick() { python3 -c "import json,sys; e=json.load(sys.stdin)['escalations']; e=[x for x in e if x['hops']>=2] or e; print(e[len(e)//2]['$1'])"; }
from="$(echo "$escalations" | pick principal)"
to="$(echo "$escalations" | pick target)"
echo "source: $from"
echo "target: $to"

lua="$work/report.lua"
cat > "$lua" <<'LUA'
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("requests %d, %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d (non-2xx %d)\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, errors, summary.errors.status))
end
LUA

bench() {
  local name="$1" path="$2"
  api "$path" >/dev/null
  echo "== $name: wrk -t$threads -c$connections -d$duration --latency -H 'Authorization: Bearer …' '$base$path'"
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$lua" \
    -H "Authorization: Bearer $token" "$base$path" | tail -n 1
}

bench "node detail" "/api/node?id=$(enc "$from")"
bench "blast radius" "/api/blast-radius?from=$(enc "$from")"
bench "paths (k=3)" "/api/paths?from=$(enc "$from")&to=$(enc "$to")&k=3"
