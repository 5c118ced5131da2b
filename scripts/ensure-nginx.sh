#!/usr/bin/env bash
# The two-instance test serves deploy/nginx/chip-deals.conf with Debian's nginx.
set -euo pipefail
if [ -x "${NGINX_BIN:-/usr/sbin/nginx}" ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "nginx is missing: install Debian's nginx (apt-get install nginx) or set NGINX_BIN." >&2
  exit 1
fi
echo "Installing Debian's nginx for the two-instance test..."
apt-get update -qq
# Debian's package starts a server on port 80 after installing; this machine needs none.
made_policy=0
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && made_policy=1
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
if [ "$made_policy" -eq 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
