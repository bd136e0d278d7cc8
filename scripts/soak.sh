#!/usr/bin/env bash
# The long soak of issue 8: the dashboard open in a pseudo-terminal for SECONDS (default
# 600) while a writer rewrites its dataset in every way (tests/soak.rs), three times:
#   1. --watch events on the local disk,
#   2. --watch poll on the local disk,
#   3. --watch poll through an sshfs (FUSE) mount of the folder the writer writes,
#      served by an sshd on 127.0.0.1 that this script starts and stops.
# The figures of each run (writes, versions seen on screen, longest key answer, resident
# memory over time) are appended to soak-report.txt (or $REPORT).
#
#   scripts/soak.sh [SECONDS] [all|events|poll|sshfs]
#
# Needs: cargo, and for the third run sshfs, sshd and ssh-keygen (Debian: apt-get install
# sshfs openssh-server) and /dev/fuse. Without them the third run is skipped, and says so.
# Not run by CI: the suite runs the same test for a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-600}
WHICH=${2:-all}
REPORT=${REPORT:-$PWD/soak-report.txt}
export CLUSTERDASH_SOAK_SECS=$SECONDS_TO_RUN CLUSTERDASH_SOAK_REPORT=$REPORT
# Built once and run from copies, so that the tree may be rebuilt while a long soak runs.
BUILT=$(mktemp -d)
SOAK_TEST=$(cargo test --locked --test soak --no-run 2>&1 | grep -o 'target/debug/deps/soak-[0-9a-f]*' | tail -1)
cp "$SOAK_TEST" "$BUILT/soak"
cp target/debug/clusterdash "$BUILT/clusterdash"
trap 'rm -rf "$BUILT"' EXIT
export CLUSTERDASH_BIN=$BUILT/clusterdash
run() { "$BUILT/soak" --nocapture --test-threads 1 "$@"; }

echo "# soak $(date -u +%FT%TZ), $SECONDS_TO_RUN s per run, $(uname -sr), $(nproc) cores" >>"$REPORT"
case $WHICH in all|events) CLUSTERDASH_SOAK_WATCH=events run the_dashboard_holds ;; esac
case $WHICH in all|poll) CLUSTERDASH_SOAK_WATCH=poll run the_dashboard_holds ;; esac
case $WHICH in all|sshfs) ;; *) exit 0 ;; esac

SSHD=$(command -v sshd || echo /usr/sbin/sshd)
if ! command -v sshfs >/dev/null || [ ! -x "$SSHD" ] || [ ! -e /dev/fuse ]; then
  echo "sshfs run skipped: needs sshfs, sshd and /dev/fuse" | tee -a "$REPORT"
  exit 0
fi
WORK=$(mktemp -d)
SERVED=$WORK/served MOUNT=$WORK/mount
mkdir -p "$SERVED" "$MOUNT" "$WORK/ssh"
chmod 700 "$WORK/ssh"
ssh-keygen -q -t ed25519 -N '' -f "$WORK/ssh/host_key"
ssh-keygen -q -t ed25519 -N '' -f "$WORK/ssh/client_key"
cat "$WORK/ssh/client_key.pub" >"$WORK/ssh/authorized_keys"
chmod 600 "$WORK/ssh/authorized_keys"
PORT=${SOAK_SSH_PORT:-2222}
mkdir -p /run/sshd 2>/dev/null || true
"$SSHD" -f /dev/null -D -e -p "$PORT" -o ListenAddress=127.0.0.1 \
  -o HostKey="$WORK/ssh/host_key" -o AuthorizedKeysFile="$WORK/ssh/authorized_keys" \
  -o PasswordAuthentication=no -o StrictModes=no -o PidFile="$WORK/sshd.pid" \
  -o Subsystem="sftp internal-sftp" 2>"$WORK/sshd.log" &
SSHD_PID=$!
cleanup() {
  fusermount3 -u "$MOUNT" 2>/dev/null || fusermount -u "$MOUNT" 2>/dev/null || umount "$MOUNT" 2>/dev/null || true
  kill "$SSHD_PID" 2>/dev/null || true
  rm -rf "$WORK" "$BUILT"
}
trap cleanup EXIT
sleep 1
# SSHFS_OPTIONS: more mount options, e.g. "-o dir_cache=no" (sshfs caches file
# attributes for 20 s by default, so a poll sees a change up to 20 s late).
# shellcheck disable=SC2086
sshfs ${SSHFS_OPTIONS:-} -p "$PORT" -o IdentityFile="$WORK/ssh/client_key" -o StrictHostKeyChecking=no \
  -o UserKnownHostsFile=/dev/null -o reconnect "$(id -un)@127.0.0.1:$SERVED" "$MOUNT"
echo "sshfs $(sshfs --version 2>&1 | grep -i 'sshfs version'), options: ${SSHFS_OPTIONS:-default}" | tee -a "$REPORT"
mount | grep -F "$MOUNT" | tee -a "$REPORT"
CLUSTERDASH_SOAK_WATCH=poll CLUSTERDASH_SOAK_WRITE_DIR=$SERVED CLUSTERDASH_SOAK_READ_DIR=$MOUNT \
  run the_dashboard_holds
