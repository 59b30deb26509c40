#!/usr/bin/env bash
# Reads that do not grow with the data: how many requests per second the member list, the home page and one
# member's page serve with N member structures, for each N given (default: 10 and 1000).
#
# For each N it starts the packaged application (one instance per N, side by side on PORT, PORT+1, ...) on a
# throw-away embedded PostgreSQL (a fresh PLOUCS_DATA_DIR),
# logs in as the first coordinator, registers N member structures THROUGH THE APPLICATION (the real form POST of
# /cooperation/members, valid SIRETs, communes of the reference), sets the year's dues, records a payment for one
# member in four and logs engagement hours for one member in four (also through the forms), then measures each page
# with wrk on loopback (one thread, a few connections, the coordinator's session cookie), the sizes in turns and
# ROUNDS times (the best round kept, as the machine may be shared), and prints a table.
#
# Usage:   bench/reads.sh [N ...]              e.g. bench/reads.sh 10 1000
# Options (environment):
#   BUILD=0          do not rebuild app/target/ploucs.jar (built with ./mvnw -pl app -am package -DskipTests)
#   JAR=...          the application jar to run (default app/target/ploucs.jar)
#   DURATION=15s     how long wrk measures each page (after a 5 s warm-up)
#   CONNECTIONS=4    wrk connections (one thread)
#   PORT=18089       the port of the first application (the next sizes take the next ports)
#   ROUNDS=3         measurements of each page at each size, in turns; the best is kept
#   SEED_PARALLEL=4  form posts sent at a time while seeding
#   JAVA_OPTS=       options for the applications' JVMs
# Needs: java 17, curl, wrk (Debian/Ubuntu: apt-get install -y wrk).
set -euo pipefail

cd "$(dirname "$0")/.."
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(10 1000)
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-4}
PORT=${PORT:-18089}
BASE="http://127.0.0.1:$PORT"
PASSWORD="bench-$(date +%s)-secret"
JAR=${JAR:-app/target/ploucs.jar}

for tool in curl wrk java; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (wrk: apt-get install -y wrk)" >&2; exit 1; }
done

if [ "${BUILD:-1}" = 1 ] || [ ! -f "$JAR" ]; then
    echo "building $JAR ..." >&2
    ./mvnw -B -q -pl app -am package -DskipTests >&2
fi

WORK=$(mktemp -d /tmp/ploucs-bench.XXXXXX)
APP_PIDS=()
stop_apps() {
    for pid in "${APP_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
}
trap 'stop_apps; rm -rf "$WORK"' EXIT

# A valid SIRET, unique for each number: "7", the number on 12 digits, and the Luhn check digit.
siret() {
    local digits sum=0 i d
    digits=$(printf '7%012d' "$1")
    for ((i = 0; i < ${#digits}; i++)); do
        d=${digits:${#digits}-1-i:1}
        if ((i % 2 == 0)); then
            d=$((d * 2)); ((d > 9)) && d=$((d - 9))
        fi
        sum=$((sum + d))
    done
    echo "$digits$(((10 - sum % 10) % 10))"
}

COMMUNES=("Mont-de-Marsan" "Dax" "Morcenx-la-Nouvelle" "Pau" "Bayonne" "Biarritz")
LEGAL_FORMS=(ASSOCIATION_LOI_1901 SCOP SCIC SAS_ESUS)
YEAR=$(date +%Y)
TODAY=$(date +%F)

csrf_of() { # the CSRF token of a page of the session
    curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'
}

post() { # post PATH DATA... -> prints the HTTP status and the Location header
    local path=$1; shift
    local args=()
    for field in "$@"; do args+=(--data-urlencode "$field"); done
    # Only the login changes the session cookie; the other posts (some sent in parallel) leave the jar alone.
    local write=()
    [ "$path" = /login ] && write=(-c "$JAR_COOKIES")
    curl -s -o /dev/null -b "$JAR_COOKIES" "${write[@]}" -w '%{http_code} %{redirect_url}' \
        --data-urlencode "_csrf=$CSRF" "${args[@]}" "$BASE$path"
}

start_and_seed() { # start_and_seed INDEX N: an application of its own, on PORT+INDEX, seeded with N members
    local index=$1 N=$2 i result start
    local port=$((PORT + index))
    BASE="http://127.0.0.1:$port"
    DATA="$WORK/data-$N"
    JAR_COOKIES="$WORK/cookies-$N"
    mkdir -p "$DATA"
    echo "== N=$N: starting the application on port $port (data in $DATA)" >&2
    # shellcheck disable=SC2086
    PLOUCS_DATA_DIR="$DATA" PLOUCS_ADMIN_PASSWORD="$PASSWORD" \
        java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$port" --ploucs.dues.reminder-cron=- >"$WORK/app-$N.log" 2>&1 &
    APP_PIDS+=($!)
    for _ in $(seq 1 300); do
        curl -s -o /dev/null -w '%{http_code}' "$BASE/login" | grep -q 200 && break
        kill -0 "${APP_PIDS[-1]}" 2>/dev/null || { cat "$WORK/app-$N.log" >&2; exit 1; }
        sleep 1
    done

    CSRF=$(csrf_of /login)
    result=$(post /login "username=coordination" "password=$PASSWORD")
    [[ $result == 302* && $result != *error* ]] || { echo "login refused: $result" >&2; exit 1; }
    SESSIONS[$index]=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR_COOKIES" | tail -1)
    CSRF=$(csrf_of /cooperation/members/new)

    echo "== N=$N: registering $N member structures through the form" >&2
    local members=() posts=()
    start=$(date +%s)
    # SEED_PARALLEL form posts at a time (the same session), so that seeding 1,000 takes minutes, not a quarter hour.
    for ((i = 1; i <= N; i++)); do
        post /cooperation/members \
            "name=$(shuf -n1 -e Atelier Recyclerie Jardins Coop Fabrique Ressourcerie) $(printf '%05d' "$i")" \
            "legalForm=${LEGAL_FORMS[i % ${#LEGAL_FORMS[@]}]}" "siret=$(siret "$i")" \
            "commune=${COMMUNES[i % ${#COMMUNES[@]}]}" "joinedOn=2024-01-15" \
            "representativeName=Personne $i" "representativeEmail=contact$i@example.org" \
            "representativePhone=05 58 00 00 00" >"$WORK/member-$N-$i" &
        posts+=($!)
        if ((${#posts[@]} >= ${SEED_PARALLEL:-4})); then
            wait "${posts[@]}"; posts=()
        fi
    done
    ((${#posts[@]} == 0)) || wait "${posts[@]}"
    for ((i = 1; i <= N; i++)); do
        result=$(cat "$WORK/member-$N-$i")
        [[ $result == 302*/cooperation/members/* ]] || { echo "member $i refused: $result" >&2; exit 1; }
        members+=("${result##*/}")
    done
    echo "   registered in $(($(date +%s) - start)) s" >&2

    echo "== N=$N: dues of $YEAR, a payment and engagement hours for one member in four" >&2
    result=$(post "/cooperation/dues/$YEAR/settings" "amount=50" "reminderDaysBefore=30" "generalAssemblyOn=$YEAR-06-30")
    [[ $result == 302* ]] || { echo "dues settings refused: $result" >&2; exit 1; }
    for ((i = 0; i < N; i += 4)); do
        result=$(post "/cooperation/dues/$YEAR/payments" "memberId=${members[i]}" "amount=50" "paidOn=$TODAY" \
            "means=TRANSFER" "reference=VIR-$i")
        [[ $result == 302* ]] || { echo "payment refused: $result" >&2; exit 1; }
        result=$(post "/cooperation/members/${members[i]}/engagement" "source=OTHER" "date=$TODAY" "hours=3" \
            "description=Atelier $i")
        [[ $result == 302* ]] || { echo "engagement refused: $result" >&2; exit 1; }
    done

    MEMBER_PAGES[$index]="/cooperation/members/${members[0]}"
    for page in /cooperation/members / "${MEMBER_PAGES[$index]}"; do
        result=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=${SESSIONS[$index]}" "$BASE$page")
        [ "$result" = 200 ] || { echo "$page answered $result" >&2; exit 1; }
    done
}

measure() { # measure INDEX PATH -> "req/s avg-latency"
    local out base="http://127.0.0.1:$((PORT + $1))"
    out=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -H "Cookie: JSESSIONID=${SESSIONS[$1]}" "$base$2")
    if grep -q "Non-2xx" <<<"$out"; then
        echo "warning: $2 answered non-2xx responses:" >&2; echo "$out" >&2
    fi
    printf '%s %s' "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" "$(awk '/Latency/ {print $2; exit}' <<<"$out")"
}

SESSIONS=()
MEMBER_PAGES=()
for index in "${!SIZES[@]}"; do
    start_and_seed "$index" "${SIZES[$index]}"
done

# The machine may be shared: the sizes are measured in turns, ROUNDS times, and the best round of each is kept,
# so that a burst of someone else's work weighs on every size alike rather than on one.
ROUNDS=${ROUNDS:-3}
declare -A BEST
for page in member-list home member-page; do
    for index in "${!SIZES[@]}"; do
        case $page in
            member-list) path=/cooperation/members ;;
            home) path=/ ;;
            member-page) path=${MEMBER_PAGES[$index]} ;;
        esac
        wrk -t1 -c"$CONNECTIONS" -d5s -H "Cookie: JSESSIONID=${SESSIONS[$index]}" \
            "http://127.0.0.1:$((PORT + index))$path" >/dev/null # warm-up
    done
    for ((round = 1; round <= ROUNDS; round++)); do
        for index in "${!SIZES[@]}"; do
            case $page in
                member-list) path=/cooperation/members ;;
                home) path=/ ;;
                member-page) path=${MEMBER_PAGES[$index]} ;;
            esac
            echo "== measuring $page at N=${SIZES[$index]}, round $round" >&2
            read -r rps latency <<<"$(measure "$index" "$path")"
            key="$index $page"
            if [ -z "${BEST[$key]:-}" ] || awk -v a="$rps" -v b="${BEST[$key]%% *}" 'BEGIN {exit !(a > b)}'; then
                BEST[$key]="$rps $latency"
            fi
        done
    done
done

echo
echo "PLOUCS reads, $(date -u '+%F %H:%M UTC'), $(nproc) cores (load average $(cut -d' ' -f1-3 /proc/loadavg)),"
echo "wrk -t1 -c$CONNECTIONS -d$DURATION, best of $ROUNDS rounds"
printf '%-12s' page; for N in "${SIZES[@]}"; do printf '%26s' "N=$N req/s (latency)"; done
[ ${#SIZES[@]} -ge 2 ] && printf '%10s' "ratio"
echo
for page in member-list home member-page; do
    printf '%-12s' "$page"
    for index in "${!SIZES[@]}"; do
        read -r rps latency <<<"${BEST[$index $page]}"
        printf '%26s' "$rps ($latency)"
    done
    if [ ${#SIZES[@]} -ge 2 ]; then
        first=${BEST[0 $page]%% *}; last=${BEST[$((${#SIZES[@]} - 1)) $page]%% *}
        printf '%10s' "$(awk -v a="$last" -v b="$first" 'BEGIN {printf "%.2f", a / b}')"
    fi
    echo
done
