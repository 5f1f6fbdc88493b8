#!/usr/bin/env bash
# The QR code of the join address decodes back to the URL printed on the `join:` line (zbarimg
# from zbar-tools, an independent decoder). Without zbarimg it did not run (exit 77).
#
# usage: tests/phones/phone_qr.sh PHONE_HOST SOURCE_DIR OUT_DIR
set -u
HOST_BIN=${1:?usage: phone_qr.sh PHONE_HOST SOURCE_DIR OUT_DIR}
SOURCE=${2:?}
OUT=${3:?}
rm -rf "$OUT" && mkdir -p "$OUT"
command -v zbarimg >/dev/null || { echo "phone QR: zbarimg is missing (Debian package zbar-tools, in TEST_PACKAGES)"; exit 77; }
status=0
for host in 127.0.0.1 0.0.0.0; do
    "$HOST_BIN" "$SOURCE/scenarios/sample-coffee-break.json" --host "$host" --port 18960 --qr-pbm "$OUT/qr-$host.pbm" >"$OUT/host-$host.out" 2>&1 &
    pid=$!
    for _ in $(seq 1 50); do grep -q '^trainer: ' "$OUT/host-$host.out" 2>/dev/null && break; sleep 0.1; done
    kill "$pid"; wait "$pid" 2>/dev/null
    url=$(sed -n 's/^join: //p' "$OUT/host-$host.out")
    decoded=$(zbarimg --raw -q "$OUT/qr-$host.pbm" 2>>"$OUT/zbarimg.err") # stderr: harmless dbus noise
    if [ -n "$url" ] && [ "$decoded" = "$url" ]; then
        echo "  ok   listening on $host: the QR code reads $decoded"
    else
        echo "  FAIL listening on $host: the QR code reads '$decoded', the join line says '$url'"
        status=1
    fi
    case "$host:$url" in
        0.0.0.0:http://127.0.0.1:*) grep -q '^note: ' "$OUT/host-$host.out" && echo "  ok   no LAN address: it says so" ||
            { echo "  FAIL no LAN address and no note"; status=1; } ;;
        0.0.0.0:http://0.0.0.0:*) echo "  FAIL the join URL names 0.0.0.0"; status=1 ;;
    esac
done
exit $status
