#!/usr/bin/env bash
# The benchmark suite at one scale: import rate, reindex rate, cold start, idle memory, HTTP load on
# each public endpoint next to a static file served by the same server (this machine's limit), SQL
# queries per request, the in-process search benchmark (indexing rate, query latency, index size) and
# the BenchmarkDotNet cases (item JSON, validation, GraphQL list execution, Liquid pages).
#   bench/run.sh --items 1k|10k|100k [--duration 10] [--skip-reindex] [--small]
# --small (what CI runs): 1k items, 2 s per URL; fails on errors and crashes, never on numbers.
# Results go to bench/results/<items>.md and into the table of bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

items=1k; duration=10; small=0; reindex=1
while [ $# -gt 0 ]; do
  case "$1" in
    --items) items=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --skip-reindex) reindex=0; shift ;;
    --small) small=1; items=1k; duration=2; shift ;;
    *) echo "usage: bench/run.sh --items 1k|10k|100k [--duration SECONDS] [--skip-reindex] [--small]" >&2; exit 2 ;;
  esac
done

command -v wrk >/dev/null || { apt-get install -y -q wrk >/dev/null 2>&1 || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }; }

work=$(mktemp -d /tmp/efus-bench.XXXXXX)
port=$((20000 + RANDOM % 20000))
base="http://127.0.0.1:$port"
server_pid=""; started_seconds=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "bench: building (Release)"
dotnet build src/Efus.Cms.Web -c Release --nologo -v quiet >/dev/null
dotnet build bench/Efus.Cms.DataGenerator -c Release --nologo -v quiet >/dev/null
dotnet build bench/Efus.Cms.Bench -c Release --nologo -v quiet >/dev/null
dotnet build bench/Efus.Cms.Benchmarks -c Release --nologo -v quiet >/dev/null
web=(dotnet src/Efus.Cms.Web/bin/Release/net10.0/Efus.Cms.Web.dll)
data="$work/data"
recipe="$work/synthetic.recipe.json"

echo "bench: generating $items synthetic items"
dotnet bench/Efus.Cms.DataGenerator/bin/Release/net10.0/Efus.Cms.DataGenerator.dll --items "$items" --seed 42 --out "$recipe" >/dev/null

start_server() {  # sets server_pid and started_seconds (start to /health 200); extra NAME=VALUE settings for the server's environment
  local t0; t0=$(date +%s.%N)
  env Logging__LogLevel__Default=Warning "$@" "${web[@]}" --urls "$base" --Cms:DataPath="$data" >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 6000); do
    if curl -sf "$base/health" >/dev/null 2>&1; then started_seconds=$(printf "%.1f" "$(echo "$(date +%s.%N) - $t0" | bc)"); return 0; fi
    kill -0 "$server_pid" 2>/dev/null || { echo "bench: the server died:" >&2; tail -20 "$work/server.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "bench: /health did not answer within 600 s" >&2; exit 1
}
stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }
rss_mb() { awk -v k="$2" '$1 == k":" {printf "%.0f", $2/1024}' "/proc/$1/status"; }

start_server; setup_seconds=$started_seconds; stop_server
echo "bench: first start (setup recipe) to /health: ${setup_seconds}s"

/usr/bin/time -v "${web[@]}" import "$recipe" --Cms:DataPath="$data" --Cms:Recipes:MaxFileSize=2147483648 >"$work/import.out" 2>"$work/import.time" \
  || { echo "bench: the import failed:" >&2; tail -5 "$work/import.out" >&2; grep -v '^\s' "$work/import.time" | tail -5 >&2; exit 1; }
imported=$(awk '/^Imported/ {for (i=1;i<=NF;i++) if ($(i+1)=="items" && $(i+2)=="created,") print $i}' "$work/import.out")
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/import.time")
import_rss=$(awk '/Maximum resident set size/ {printf "%.0f", $6/1024}' "$work/import.time")
import_rate=$(echo "scale=0; $imported / $wall" | bc)
echo "bench: imported $imported items in ${wall}s ($import_rate items/s, peak ${import_rss} MB)"

# The whole search index rebuilt from the database through the command line (what `reindex` costs an admin).
# --skip-reindex (a busy machine at 100k): the site then indexes the items itself after its start, while the load runs.
if [ "$reindex" = 1 ]; then
  "${web[@]}" reindex Search --Cms:DataPath="$data" >"$work/reindex.out" 2>&1 || { echo "bench: reindex failed:" >&2; tail -5 "$work/reindex.out" >&2; exit 1; }
else
  echo "Rebuilt Search: skipped" >"$work/reindex.out"
fi
reindex_line=$(grep -o 'Rebuilt Search: [0-9,]* documents from [0-9,]* tasks in [0-9.]* s' "$work/reindex.out" | tail -1 || true)
reindexed=$(awk '{gsub(",",""); print $3}' <<<"$reindex_line")
reindex_seconds=$(awk '{print $(NF-1)}' <<<"$reindex_line")
reindex_rate=$(echo "scale=0; ${reindexed:-0} / ${reindex_seconds:-1}" | bc 2>/dev/null || echo 0)
echo "bench: reindexed ${reindexed:-?} documents in ${reindex_seconds:-?}s ($reindex_rate documents/s)"

start_server; cold_seconds=$started_seconds
sleep 3
idle_rss=$(rss_mb "$server_pid" VmRSS)
echo "bench: cold start with the data to /health: ${cold_seconds}s, idle ${idle_rss} MB"

detail_path=$(grep -m1 -Eo '"Path":"fiches-de-pratique/[^"]+"' "$recipe" | head -1 | cut -d'"' -f4 || true)
item_id=$(grep -m1 -Eo '"ContentItemId":"[0-9a-z]{26}","ContentItemVersionId":"[0-9a-z]{26}","ContentType":"PracticeSheet","DisplayText":"[^"]*","Latest":true,"Published":true' "$recipe" | head -1 | cut -d'"' -f4 || true)
# The theme's fingerprinted stylesheet is served from memory like a static file; robots.txt is a page now.
static_url=$(curl -s "$base/" | grep -o '/assets/site.css?v=[0-9a-f]*' | head -1 || true)
for candidate in /favicon.ico /css/site.css /lib/site.css; do
  [ -n "$static_url" ] && break
  if curl -sf -o /dev/null "$base$candidate"; then static_url=$candidate; break; fi
done

cat >"$work/graphql.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"{ practiceSheet(first: 20) { contentItemId displayText city country year summary themes { termContentItems { displayText } } } }"}'
LUA
cat >"$work/graphql-search.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"{ search(query: \\\"sécurité\\\", first: 10) { total facets { types { value count } } hits { score highlights item { displayText } } } }"}'
LUA

declare -a names=() urls=() scripts=() shown=()
add() { names+=("$1"); urls+=("$2"); scripts+=("${3:-}"); local u=${4:-$2}; shown+=("${u%%\?*}"); }
[ -n "$static_url" ] && add "static file" "$static_url"
# An Authorization header makes the EfusPublic output-cache policy skip the cache: the page is rendered each time.
add "home, cached" "/"
add "home, rendered" "/" "uncached"
add "detail (practice sheet), cached" "/$detail_path" "" "/fiches-de-pratique/{slug}"
add "detail (practice sheet), rendered" "/$detail_path" "uncached" "/fiches-de-pratique/{slug}"
add "REST item" "/api/content/$item_id" "" "/api/content/{id}"
curl -sf -o /dev/null "$base/fiches-de-pratique" && add "listing, cached" "/fiches-de-pratique"
curl -sf -o /dev/null "$base/fiches-de-pratique" && add "listing, rendered" "/fiches-de-pratique" "uncached"
curl -sf -o /dev/null "$base/api/search?q=securite" && add "/api/search" "/api/search?q=s%C3%A9curit%C3%A9"
curl -sf -o /dev/null "$base/search?q=securite" && add "search page" "/search?q=s%C3%A9curit%C3%A9"
if curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$base/api/graphql"; then
  add "GraphQL list (20)" "/api/graphql" "$work/graphql.lua"
  add "GraphQL search" "/api/graphql" "$work/graphql-search.lua"
fi

table="$work/table.md"
static_rps=""
errors_total=0
{
  echo "| endpoint | req/s | p50 | p99 | errors | ratio to static |"
  echo "|---|---|---|---|---|---|"
} >"$table"
for i in "${!names[@]}"; do
  args=(-t2 -c32 -d"${duration}s" --latency)
  case "${scripts[$i]}" in
    "") ;;
    uncached) args+=(-H "Authorization: Bearer bench-uncached") ;;
    *) args+=(-s "${scripts[$i]}") ;;
  esac
  wrk "${args[@]}" "$base${urls[$i]}" >"$work/wrk.out" 2>&1 || true
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk.out")
  p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.out")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.out")
  # Errors are failed requests (non-2xx/3xx, connect/read/write errors); a timeout (no answer within wrk's
  # 2 s) is a measure of a loaded machine, shown next to them but never failing the run.
  errors=$(awk '/Non-2xx or 3xx/ {s+=$NF} /Socket errors/ {gsub(",",""); s+=$4+$6+$8} END {print s+0}' "$work/wrk.out")
  timeouts=$(awk '/Socket errors/ {gsub(",",""); s+=$10} END {print s+0}' "$work/wrk.out")
  errors_total=$((errors_total + errors))
  [ "$timeouts" -gt 0 ] && errors="$errors ($timeouts timeouts)"
  [ "${names[$i]}" = "static file" ] && static_rps=$rps
  ratio="—"; [ -n "$static_rps" ] && [ "${rps:-0}" -gt 0 ] && ratio=$(printf "%.3f" "$(echo "scale=4; $rps / $static_rps" | bc)")
  echo "| ${names[$i]} (\`${shown[$i]}\`) | ${rps:-0} | ${p50:-—} | ${p99:-—} | $errors | $ratio |" >>"$table"
  echo "bench: ${names[$i]}: ${rps:-0} req/s, p50 ${p50:-?}, p99 ${p99:-?}, $errors errors"
done
peak_rss=$(rss_mb "$server_pid" VmHWM)
stop_server

# SQL queries per request: the server again, logging each command EF runs, one request per page.
start_server "Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information"
logged() {  # EF commands in the log, leaving out the search indexer's polls (task log, index requests and settings)
  awk -v q="'" '/Executed DbCommand/ { if (open && !skip) n++; open = 1; skip = index($0, "@name=" q "?" q " (Size = 19)") > 0; next }
    /IndexingTasks/ { skip = 1 } END { if (open && !skip) n++; print n + 0 }' "$work/server.log"
}
settle() {  # the console logger writes from a queue: wait until the log stops growing
  local n; n=$(logged); sleep 0.5
  while [ "$(logged)" != "$n" ]; do n=$(logged); sleep 0.5; done
}
sql_count() {  # URL [curl args…]: the commands the request ran (the second request, once caches are warm)
  local url=$1; shift
  curl -s -o /dev/null "$@" "$base$url"; settle
  local before; before=$(logged)
  curl -s -o /dev/null "$@" "$base$url"; settle
  echo $(( $(logged) - before ))
}
sql_table="$work/sql.md"
{
  echo "| request | SQL queries |"
  echo "|---|---|"
  echo "| home, rendered | $(sql_count / -H 'Authorization: Bearer bench-uncached') |"
  echo "| detail (practice sheet), rendered | $(sql_count "/$detail_path" -H 'Authorization: Bearer bench-uncached') |"
  echo "| listing, rendered | $(sql_count /fiches-de-pratique -H 'Authorization: Bearer bench-uncached') |"
  echo "| REST item | $(sql_count "/api/content/$item_id") |"
  if curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$base/api/graphql"; then
    echo "| GraphQL list (20 practice sheets, 6 fields, their themes' names) | $(sql_count /api/graphql -X POST -H 'Content-Type: application/json' -d "$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$work/graphql.lua")") |"
  fi
} >"$sql_table"
stop_server
cat "$sql_table"

# Search in process (Lucene, no database): indexing rate, query latency with facets and highlighting, index size.
search_queries=2000; [ "$small" = 1 ] && search_queries=200
dotnet bench/Efus.Cms.Bench/bin/Release/net10.0/Efus.Cms.Bench.dll search --items "$items" --queries "$search_queries" | tee "$work/search.out"
search_rate=$(grep -o '^Indexed [0-9,]* items in [0-9.]* s .*: [0-9,]* items/s' "$work/search.out" | grep -o '[0-9,]* items/s$' || true)
search_size=$(grep -o '^Index size on disk: .*' "$work/search.out" | sed 's/^Index size on disk: //' || true)
search_latency=$(grep -o 'p50 [0-9.]* ms, p95 [0-9.]* ms, p99 [0-9.]* ms' "$work/search.out" || true)
[ -n "$search_rate" ] && [ -n "$search_latency" ] || { echo "bench: the search benchmark printed no figures" >&2; exit 1; }

# The per-operation costs in process (BenchmarkDotNet, with allocations); --small runs each once (--dry).
echo "bench: in-process benchmarks (BenchmarkDotNet)"
bdn_args=(--filter '*' --artifacts "$work/bdn"); [ "$small" = 1 ] && bdn_args+=(--dry)
dotnet bench/Efus.Cms.Benchmarks/bin/Release/net10.0/Efus.Cms.Benchmarks.dll "${bdn_args[@]}" >"$work/bdn.out" 2>&1 \
  || { echo "bench: BenchmarkDotNet failed:" >&2; tail -20 "$work/bdn.out" >&2; exit 1; }
bdn_table="$work/bdn.md"
python3 - "$work/bdn/results" "$bdn_table" <<'PY' || { echo "bench: a BenchmarkDotNet benchmark failed:" >&2; grep -iE 'exception|error' "$work/bdn.out" | head -5 >&2; exit 1; }
import csv, pathlib, sys
rows = []
for report in sorted(pathlib.Path(sys.argv[1]).glob("*-report.csv")):
    group = report.name.removesuffix("-report.csv").split(".")[-1]
    for row in csv.DictReader(report.open(encoding="utf-8")):
        rows.append((f"`{group}.{row['Method']}`", row["Mean"], row.get("Allocated", "—")))
if not rows or any(mean in ("NA", "") for _, mean, _ in rows):
    sys.exit(1)
with open(sys.argv[2], "w", encoding="utf-8") as table:
    table.write("| benchmark | mean | allocated |\n|---|---|---|\n")
    table.writelines(f"| {name} | {mean} | {allocated} |\n" for name, mean, allocated in rows)
PY
cat "$bdn_table"

result="bench/results/$items.md"
{
  echo "### $items synthetic items — $(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m)"
  echo
  echo "| measure | value |"
  echo "|---|---|"
  echo "| first start on an empty database (setup recipe) to /health | ${setup_seconds} s |"
  echo "| import of the synthetic recipe (\`import\`, one transaction) | $imported items in ${wall} s = **$import_rate items/s**, peak ${import_rss} MB |"
  if [ "$reindex" = 1 ]; then
    echo "| \`reindex Search\` from the database | ${reindexed:-?} documents in ${reindex_seconds:-?} s = **$reindex_rate documents/s** |"
  else
    echo "| \`reindex Search\` from the database | skipped (\`--skip-reindex\`): the site indexed the items itself during the load |"
  fi
  echo "| cold start with the data to /health | ${cold_seconds} s |"
  echo "| idle memory after start / server peak during the load | ${idle_rss} MB / ${peak_rss} MB |"
  echo "| search in process: indexing (\`bench/Efus.Cms.Bench search\`, goal ≥ 4,000 items/s) | **${search_rate}** |"
  echo "| search in process: query with facets and highlighting (goal p50 ≤ 5 ms, p99 ≤ 20 ms) | ${search_latency} |"
  echo "| search index size on disk | ${search_size} |"
  echo
  echo "HTTP load: wrk, 2 threads, 32 connections, ${duration} s per endpoint, same server and run. \"rendered\" sends an"
  echo "\`Authorization\` header, which the output cache never serves: the page is built each time."
  echo
  cat "$table"
  echo
  echo "SQL queries per request (EF's command log, one warm request each):"
  echo
  cat "$sql_table"
  echo
  bdn_runs="one launch, 3 warm-up and 10 measured iterations"; [ "$small" = 1 ] && bdn_runs="each run once (--dry: cold figures)"
  echo "In process (\`bench/Efus.Cms.Benchmarks\`, BenchmarkDotNet, $bdn_runs; the seeded site, not the synthetic items):"
  echo
  cat "$bdn_table"
} >"$work/result.md"
if [ "$small" = 0 ]; then
  cp "$work/result.md" "$result"
  python3 bench/readme_results.py  # the README: the scale curve and every scale's latest run
fi
cat "$work/result.md"
if [ "$errors_total" -gt 0 ]; then echo "bench: $errors_total failed requests" >&2; exit 1; fi
