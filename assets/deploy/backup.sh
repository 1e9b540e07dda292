#!/bin/sh
# Backup of a kinerja server's data directory (README "Running for an office", Backups).
#
# sled, kinerja's database, is a directory of files that change together: a copy taken while
# the server runs can be torn. kinerja has no online backup command, and `kinerja export ...`
# cannot run while `serve` holds the database (and does not export accounts, audit trail,
# drafts or quick notes). So: stop the service (sessions are told, drafts are written), copy
# the whole directory (database, host key, log), start it again. About a minute of downtime:
# run it at night, e.g. from root's crontab:
#   15 2 * * *  /usr/local/sbin/kinerja-backup
#
# The archives hold personal data and password hashes: they are written 0600 into a 0700
# directory. Copy them off the machine (another disk, the office NAS) too.
#
# Settings (environment): KINERJA_DATA (/var/lib/kinerja), KINERJA_BACKUPS
# (/var/backups/kinerja), KINERJA_KEEP (30 archives), KINERJA_SERVICE (kinerja).
set -eu

data=${KINERJA_DATA:-/var/lib/kinerja}
backups=${KINERJA_BACKUPS:-/var/backups/kinerja}
keep=${KINERJA_KEEP:-30}
service=${KINERJA_SERVICE:-kinerja}

umask 077
mkdir -p "$backups"
chmod 700 "$backups"
archive="$backups/kinerja-$(date +%Y%m%d-%H%M%S).tar.gz"

was_active=no
if systemctl is-active --quiet "$service" 2>/dev/null; then
    was_active=yes
    systemctl stop "$service"
fi
# Start the service again whatever happens to the copy.
restart() {
    if [ "$was_active" = yes ]; then
        systemctl start "$service"
    fi
}
trap restart EXIT

# While serve runs, serve.addr names it and its pid (a stopped server removes the file). A
# server still there (the stop did not finish, or one started by hand): do not copy. (The app
# or a command run by hand leaves no such file: do not run them during the backup.)
if [ -e "$data/serve.addr" ]; then
    pid=$(sed -n 2p "$data/serve.addr")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        echo "kinerja-backup: kinerja serve (pid $pid) still holds $data; not copying" >&2
        exit 1
    fi
fi

tar -C "$(dirname "$data")" -czf "$archive.part" "$(basename "$data")"
mv "$archive.part" "$archive"
trap - EXIT
restart
echo "kinerja-backup: $archive"

# Keep the newest $keep archives.
ls -1t "$backups"/kinerja-*.tar.gz 2>/dev/null | tail -n +"$((keep + 1))" | while read -r old; do
    rm -f -- "$old"
done
