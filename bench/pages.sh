#!/usr/bin/env bash
# The rendered public pages alone, next to the static file of the same server and run: quicker than
# bench/run.sh when working on the theme's speed. Needs a data folder that already holds the items
# (bench/run.sh's import, or `Efus.Cms.Web import` of the synthetic recipe); it is copied, never changed.
#   bench/pages.sh --data /tmp/efus-10k [--web path/to/Efus.Cms.Web.dll] [--duration 5] [--connections 32] [--detail /path]…
# Prints req/s, p50, p99 and the ratio to the static file, then the server's CPU time per request
# (user + system over the run, divided by the requests), which a shared machine distorts less, then the
# SQL queries of one warm request of each page (the server again, with EF's command log).
# Every rendered page is warmed up before the first is measured: the first page measured used to pay for
# the JIT's tiering of the code all pages share (in process, 2-4 times the CPU of the same page later).
set -euo pipefail
cd "$(dirname "$0")/.."

data=""; web="src/Efus.Cms.Web/bin/Release/net10.0/Efus.Cms.Web.dll"; duration=5; connections=32; details=()
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data=$2; shift 2 ;;
    --web) web=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --detail) details+=("$2"); shift 2 ;;
    *) echo "usage: bench/pages.sh --data FOLDER [--web DLL] [--duration SECONDS] [--connections N] [--detail PATH]…" >&2; exit 2 ;;
  esac
done
[ -d "$data" ] || { echo "bench: --data must be a data folder holding the imported items" >&2; exit 2; }
[ -f "$web" ] || { echo "bench: $web is missing (dotnet build src/Efus.Cms.Web -c Release)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }

work=$(mktemp -d /tmp/efus-pages.XXXXXX)
port=$((20000 + RANDOM % 20000))
base="http://127.0.0.1:$port"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cp -r "$data" "$work/data"

start_server() {  # extra NAME=VALUE settings for the server's environment
  env Logging__LogLevel__Default=Warning "$@" dotnet "$web" --urls "$base" --Cms:DataPath="$work/data" >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 3000); do
    curl -sf "$base/health" >/dev/null 2>&1 && return 0
    kill -0 "$server_pid" 2>/dev/null || { echo "bench: the server died:" >&2; tail -20 "$work/server.log" >&2; exit 1; }
    sleep 0.2
  done
}
start_server

detail=$(curl -s "$base/fiches-de-pratique" | grep -o 'href="/fiches-de-pratique/[^"?]*"' | head -1 | cut -d'"' -f2)
static=$(curl -s "$base/" | grep -o '/assets/site.css?v=[0-9a-f]*' | head -1)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
hz=$(getconf CLK_TCK)

printf "| endpoint | req/s | p50 | p99 | ratio to static | server CPU per request |\n|---|---|---|---|---|---|\n"
static_rps=""
run() {  # NAME URL [wrk args…]
  local name=$1 url=$2; shift 2
  wrk -t2 -c"$connections" -d3s "$@" "$base$url" >/dev/null 2>&1 || true   # warm-up (JIT tiering)
  local before; before=$(cpu_ticks)
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$@" "$base$url" >"$work/wrk.out" 2>&1 || true
  local ticks=$(( $(cpu_ticks) - before ))
  local rps requests p50 p99 ratio cpu
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk.out")
  requests=$(awk '/requests in/ {print $1}' "$work/wrk.out")
  p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.out")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.out")
  [ -z "$static_rps" ] && static_rps=$rps
  ratio=$(printf "%.3f" "$(echo "scale=4; $rps / $static_rps" | bc)")
  cpu=$(echo "scale=3; $ticks * 1000 / $hz / $requests" | bc)
  echo "| $name | $rps | $p50 | $p99 | $ratio | ${cpu} ms |"
}
uncached=(-H "Authorization: Bearer bench-uncached")
for url in "$detail" "${details[@]}" / /fiches-de-pratique; do
  wrk -t2 -c"$connections" -d3s "${uncached[@]}" "$base$url" >/dev/null 2>&1 || true
done
run "static file" "$static"
run "detail (newest practice sheet), rendered" "$detail" "${uncached[@]}"
for url in "${details[@]}"; do
  run "detail $url, rendered" "$url" "${uncached[@]}"
done
run "home, rendered" "/" "${uncached[@]}"
run "listing, rendered" "/fiches-de-pratique" "${uncached[@]}"
run "detail, cached" "$detail"

# SQL queries per request: the server again, logging each command EF runs, one warm request per page.
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
start_server "Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information"
# The output-cache follower's first pass (2 s after the start) re-reads the last tasks and moves the content
# generation, which empties what the pages keep: count after it.
sleep 3
logged() {  # EF commands in the log, leaving out the task-log followers' polls (as bench/run.sh counts them)
  awk -v q="'" '/Executed DbCommand/ { if (open && !skip) n++; open = 1; skip = index($0, "@name=" q "?" q " (Size = 19)") > 0; next }
    /IndexingTasks/ { skip = 1 } END { if (open && !skip) n++; print n + 0 }' "$work/server.log"
}
settle() {  # the console logger writes from a queue: wait until the log stops growing
  local n; n=$(logged); sleep 0.5
  while [ "$(logged)" != "$n" ]; do n=$(logged); sleep 0.5; done
}
sql_count() {  # URL: the commands the second rendered request ran, once caches are warm
  curl -s -o /dev/null "${uncached[@]}" "$base$1"; settle
  local before; before=$(logged)
  curl -s -o /dev/null "${uncached[@]}" "$base$1"; settle
  echo $(( $(logged) - before ))
}
printf "\n| page (rendered) | SQL queries |\n|---|---|\n"
for url in "$detail" "${details[@]}"; do echo "| detail $url | $(sql_count "$url") |"; done
echo "| home | $(sql_count /) |"
echo "| listing | $(sql_count /fiches-de-pratique) |"
