#!/usr/bin/env bash
# Load benchmark of the REST API with wrk (Debian: apt-get install wrk), not a test.
#
#   scripts/bench-api.sh [ACCOUNTS] [PRINCIPALS_PER_ACCOUNT] [DURATION]
#
# Generates a synthetic organization (./accessgraph synth), ingests it into a fresh embedded Neo4j,
# serves it on 127.0.0.1, then runs wrk with 32 connections against node detail, blast radius and
# paths, each cycling over $SOURCES (200) principals that can escalate, printing p50/p95/p99 and
# errors for each (after a 10 s warm-up run per endpoint, WARMUP). Defaults: 20 accounts x 1,000 principals, 30 s.
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
# Sources and targets from the graph itself: up to $SOURCES distinct principals with an escalation
# path to an admin (most of them multi-hop), each with its target. Every wrk connection cycles
# through all of them, so the figures are not those of one hot node.
sources="${SOURCES:-200}"
api "/api/escalations?maxHops=8" > "$work/escalations.json"
python3 - "$work" "$sources" <<'PY'
import json, sys, urllib.parse
work, limit = sys.argv[1], int(sys.argv[2])
escalations = json.load(open(f"{work}/escalations.json"))["escalations"]
escalations.sort(key=lambda e: (-min(e["hops"], 3), e["principal"]))
seen, picked = set(), []
for e in escalations:
    if e["principal"] not in seen:
        seen.add(e["principal"])
        picked.append(e)
step = max(1, len(picked) // limit)
picked = picked[::step][:limit]
q = lambda v: urllib.parse.quote(v, safe="")
def write(name, paths):
    with open(f"{work}/{name}.paths", "w") as f:
        f.write("\n".join(paths) + "\n")
write("node", [f"/api/node?id={q(e['principal'])}" for e in picked])
write("blast", [f"/api/blast-radius?from={q(e['principal'])}" for e in picked])
write("paths", [f"/api/paths?from={q(e['principal'])}&to={q(e['target'])}&k=3" for e in picked])
print(f"{len(picked)} sources of {len(seen)} principals that can escalate; hops "
      f"{min(e['hops'] for e in picked)}-{max(e['hops'] for e in picked)}")
PY

lua="$work/report.lua"
cat > "$lua" <<'LUA'
-- wrk -s report.lua URL -- FILE: cycles through the request paths in FILE, one per line
local paths, next_path = {}, 1
init = function(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  -- threads start at different places in the list
  next_path = (math.random(#paths))
end
request = function()
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format("GET", path)
end
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
  local name="$1" file="$work/$2.paths"
  api "$(head -n 1 "$file")" >/dev/null
  # warm-up, not reported: the JIT compiles the request path and the permission summaries of the
  # sources are computed once, as on a server that has been answering for a while
  wrk -t"$threads" -c"$connections" -d"${WARMUP:-10s}" -s "$lua" \
    -H "Authorization: Bearer $token" "$base" -- "$file" >/dev/null
  echo "== $name: $(wc -l < "$file") URLs, wrk -t$threads -c$connections -d$duration --latency -s report.lua -H 'Authorization: Bearer …' '$base' -- $2.paths"
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$lua" \
    -H "Authorization: Bearer $token" "$base" -- "$file" | tail -n 1
}

bench "node detail" node
bench "blast radius" blast
bench "paths (k=3)" paths
