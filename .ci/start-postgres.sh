#!/usr/bin/env bash
# Starts the PostgreSQL cluster the store tests run against (no Docker here): loopback only,
# password auth for TCP, database efus_test. Run as root; safe to run again.
# Tests read EFUS_TEST_POSTGRES (default Host=127.0.0.1;Username=postgres;Password=postgres;Database=efus_test).
set -euo pipefail
cd /  # su postgres cannot read every working directory

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if [[ "$version" != "15" ]]; then
  echo "start-postgres: expected PostgreSQL 15, found $version; using it" >&2
fi

if ! pg_lsclusters --no-header | awk '{print $1, $2}' | grep -qx "$version main"; then
  pg_createcluster "$version" main --port 5432
fi

# pg_conftool writes listen_addresses with broken quoting; a conf.d file is read by the stock config.
conf_dir="/etc/postgresql/$version/main/conf.d"
mkdir -p "$conf_dir"
cat > "$conf_dir/ci.conf" <<CONF
listen_addresses = '127.0.0.1'
port = 5432
CONF

if ! pg_ctlcluster "$version" main status >/dev/null 2>&1; then
  pg_ctlcluster "$version" main start
fi

for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p 5432; then
    break
  fi
  sleep 0.5
done
pg_isready -h 127.0.0.1 -p 5432

# TCP on 127.0.0.1 uses scram-sha-256 in the stock pg_hba.conf, so the test user needs a password.
su postgres -c "psql -q -v ON_ERROR_STOP=1 -c \"ALTER USER postgres PASSWORD 'postgres'\""
if ! su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'efus_test'\"" | grep -qx 1; then
  su postgres -c "createdb efus_test"
fi

echo "start-postgres: PostgreSQL $version ready on 127.0.0.1:5432 (database efus_test)"
