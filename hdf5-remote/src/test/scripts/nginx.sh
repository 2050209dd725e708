#!/usr/bin/env bash
# Starts nginx serving DIR on 127.0.0.1 (a free port), prints `PORT PID`, and leaves it running in the
# background; stop it with `kill PID`. Range requests, ETag and Last-Modified are nginx's defaults for files.
#   usage: nginx.sh DIR [DELAY_MS]   (DELAY_MS > 0: every response waits that long first, like a far server)
set -euo pipefail
dir=$(cd "$1" && pwd)
delay=${2:-0}
nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx" ] || { echo "nginx.sh: nginx not installed (apt-get install nginx-light)" >&2; exit 3; }
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
run=$(mktemp -d)
cat > "$run/nginx.conf" <<CONF
daemon off;
master_process off;
worker_processes 1;
pid $run/nginx.pid;
error_log $run/error.log;
events { worker_connections 512; }
http {
  access_log $run/access.log;
  client_body_temp_path $run; proxy_temp_path $run; fastcgi_temp_path $run; uwsgi_temp_path $run; scgi_temp_path $run;
  server { listen 127.0.0.1:$port; root $dir; location / { } }
}
CONF
"$nginx" -c "$run/nginx.conf" -p "$run" >"$run/stdout" 2>&1 &
pid=$!
for _ in $(seq 1 50); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "$port $pid $run"
    exit 0
  fi
  sleep 0.1
done
echo "nginx.sh: nginx did not start: $(cat "$run/error.log" "$run/stdout" 2>/dev/null | tail -n 3)" >&2
kill "$pid" 2>/dev/null || true
exit 1
