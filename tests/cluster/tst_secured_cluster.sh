#!/usr/bin/env bash
# Checks the secured listeners of a cluster started with PARTITA_CLUSTER_SECURITY=1, with kcat: the
# right credentials work on each, a wrong password, a missing client certificate, an untrusted CA, a
# certificate for another host and an expired one fail, and alice (no ACLs) is denied a topic.
# Needs the cluster's environment (PARTITA_CLUSTER_PORT_BASE, PARTITA_CLUSTER_DIR,
# PARTITA_CLUSTER_SECURITY=1); the CTest fixture secured_cluster sets it.
set -euo pipefail

SCRIPT=${PARTITA_CLUSTER_SCRIPT:-$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)/cluster.sh}
# A topic nobody creates: asking for it shows whether the authorizer let the user see it.
PROBE_TOPIC=partita-secured-probe

log() { printf '[secured] %s\n' "$*" >&2; }
die() { printf '[secured] ERROR: %s\n' "$*" >&2; exit 1; }

command -v kcat >/dev/null || die "kcat not found (install the Debian package kcat)"
command -v openssl >/dev/null || die "openssl not found (install the Debian package openssl)"

settings=$("$SCRIPT" security) || die "'$SCRIPT security' failed (is the cluster running with PARTITA_CLUSTER_SECURITY=1?)"
declare -A S
while IFS='=' read -r key value; do
  [[ -n $key ]] && S[$key]=$value
done <<<"$settings"

FAILURES=0
fail() { log "FAIL: $*"; FAILURES=$(( FAILURES + 1 )); }

# The last error line kcat printed, to quote in a failure.
last_error() { printf '%s\n' "$1" | grep -E '^%|ERROR' | tail -n 1; }

# kcat_meta SECONDS BOOTSTRAP ARGS...: kcat -L, output (stdout and stderr) on stdout. Failures are seen
# within the first second; the metadata timeout only bounds the wait for success.
kcat_meta() {
  local wait=$1 bootstrap=$2; shift 2
  timeout $(( wait + 10 )) kcat -L -m "$wait" -b "$bootstrap" "$@" 2>&1
}

# expect_ok NAME PATTERN BOOTSTRAP ARGS...: kcat gets metadata that contains PATTERN.
expect_ok() {
  local name=$1 pattern=$2 out; shift 2
  if ! out=$(kcat_meta 10 "$@"); then
    fail "$name: no metadata: $(last_error "$out")"
  elif [[ $out != *"$pattern"* ]]; then
    fail "$name: metadata without '$pattern': $(printf '%s' "$out" | tail -n 3)"
  else
    log "ok: $name"
  fi
}

# expect_fail NAME PATTERN BOOTSTRAP ARGS...: kcat gets no metadata and says PATTERN.
expect_fail() {
  local name=$1 pattern=$2 out; shift 2
  if out=$(kcat_meta 4 "$@"); then
    fail "$name: metadata came, a failure was expected"
  elif [[ $out != *"$pattern"* ]]; then
    fail "$name: failed without '$pattern': $(last_error "$out")"
  else
    log "ok: $name fails ($pattern)"
  fi
}

# expect_verify NAME CODE BOOTSTRAP ARGS...: openssl's verdict on the listener's certificate. librdkafka
# only says "certificate verify failed", whatever the reason.
expect_verify() {
  local name=$1 code=$2 bootstrap=$3 out; shift 3
  out=$(timeout 20 openssl s_client -connect "$bootstrap" -CAfile "${S[CA_FILE]}" "$@" </dev/null 2>&1 || true)
  if [[ $out == *"Verify return code: $code"* ]]; then
    log "ok: $name: openssl says $code"
  else
    fail "$name: expected verify code $code, got: $(printf '%s\n' "$out" | grep 'Verify return code' | tail -n 1)"
  fi
}

SASL_PLAINTEXT=(-X security.protocol=SASL_PLAINTEXT)
SSL=(-X security.protocol=SSL -X "ssl.ca.location=${S[CA_FILE]}")
SSL_OTHER_CA=(-X security.protocol=SSL -X "ssl.ca.location=${S[OTHER_CA_FILE]}")
CLIENT_CERT=(-X "ssl.certificate.location=${S[CLIENT_CERT_FILE]}" -X "ssl.key.location=${S[CLIENT_KEY_FILE]}"
             -X "ssl.key.password=${S[CLIENT_KEY_PASSWORD]}")
CLIENT_PLAIN_CERT=(-X "ssl.certificate.location=${S[CLIENT_CERT_FILE]}" -X "ssl.key.location=${S[CLIENT_PLAIN_KEY_FILE]}")
SASL_SSL=(-X security.protocol=SASL_SSL -X "ssl.ca.location=${S[CA_FILE]}")
SASL_SSL_OTHER_CA=(-X security.protocol=SASL_SSL -X "ssl.ca.location=${S[OTHER_CA_FILE]}")
ALICE=(-X "sasl.username=${S[ALICE_USER]}" -X "sasl.password=${S[ALICE_PASSWORD]}")
ADMIN=(-X "sasl.username=${S[ADMIN_USER]}" -X "sasl.password=${S[ADMIN_PASSWORD]}")
WRONG=(-X "sasl.username=${S[ALICE_USER]}" -X sasl.password=not-her-password)
INVALID_SCRAM="Authentication failed during authentication due to invalid credentials"
INVALID_PLAIN="Invalid username or password"
UNVERIFIED="certificate verify failed"

if [[ -n ${PARTITA_TEST_BOOTSTRAP:-} ]]; then
  expect_ok "PLAINTEXT" "3 brokers:" "$PARTITA_TEST_BOOTSTRAP"
fi

b=${S[SASL_PLAINTEXT_BOOTSTRAP]}
for mech in SCRAM-SHA-256 SCRAM-SHA-512 PLAIN; do
  expect_ok "SASL_PLAINTEXT $mech alice" "3 brokers:" "$b" "${SASL_PLAINTEXT[@]}" -X sasl.mechanism=$mech "${ALICE[@]}"
done
expect_ok "SASL_PLAINTEXT SCRAM-SHA-512 admin" "3 brokers:" "$b" "${SASL_PLAINTEXT[@]}" -X sasl.mechanism=SCRAM-SHA-512 "${ADMIN[@]}"
expect_fail "SASL_PLAINTEXT SCRAM-SHA-512 wrong password" "$INVALID_SCRAM" "$b" "${SASL_PLAINTEXT[@]}" -X sasl.mechanism=SCRAM-SHA-512 "${WRONG[@]}"
expect_fail "SASL_PLAINTEXT PLAIN wrong password" "$INVALID_PLAIN" "$b" "${SASL_PLAINTEXT[@]}" -X sasl.mechanism=PLAIN "${WRONG[@]}"
# The authorizer: alice has no ACLs, admin is a super user.
expect_ok "SASL_PLAINTEXT alice denied a topic" "Topic authorization failed" "$b" "${SASL_PLAINTEXT[@]}" \
    -X sasl.mechanism=SCRAM-SHA-256 "${ALICE[@]}" -t "$PROBE_TOPIC"
expect_ok "SASL_PLAINTEXT admin allowed a topic" "Unknown topic or partition" "$b" "${SASL_PLAINTEXT[@]}" \
    -X sasl.mechanism=SCRAM-SHA-256 "${ADMIN[@]}" -t "$PROBE_TOPIC"

b=${S[SSL_BOOTSTRAP]}
expect_ok "SSL client certificate, encrypted key" "3 brokers:" "$b" "${SSL[@]}" "${CLIENT_CERT[@]}"
expect_ok "SSL client certificate, unencrypted key" "3 brokers:" "$b" "${SSL[@]}" "${CLIENT_PLAIN_CERT[@]}"
expect_ok "SSL client certificate is a super user" "Unknown topic or partition" "$b" "${SSL[@]}" "${CLIENT_CERT[@]}" -t "$PROBE_TOPIC"
expect_fail "SSL without a client certificate" "bad certificate" "$b" "${SSL[@]}"
expect_fail "SSL untrusted CA" "$UNVERIFIED" "$b" "${SSL_OTHER_CA[@]}" "${CLIENT_CERT[@]}"

b=${S[SASL_SSL_BOOTSTRAP]}
expect_ok "SASL_SSL SCRAM-SHA-512 alice" "3 brokers:" "$b" "${SASL_SSL[@]}" -X sasl.mechanism=SCRAM-SHA-512 "${ALICE[@]}"
expect_ok "SASL_SSL PLAIN admin" "3 brokers:" "$b" "${SASL_SSL[@]}" -X sasl.mechanism=PLAIN "${ADMIN[@]}"
expect_fail "SASL_SSL SCRAM-SHA-512 wrong password" "$INVALID_SCRAM" "$b" "${SASL_SSL[@]}" -X sasl.mechanism=SCRAM-SHA-512 "${WRONG[@]}"
expect_fail "SASL_SSL SCRAM-SHA-256 not enabled" "Unsupported SASL mechanism" "$b" "${SASL_SSL[@]}" -X sasl.mechanism=SCRAM-SHA-256 "${ALICE[@]}"
expect_fail "SASL_SSL untrusted CA" "$UNVERIFIED" "$b" "${SASL_SSL_OTHER_CA[@]}" -X sasl.mechanism=SCRAM-SHA-512 "${ALICE[@]}"

b=${S[SSL_WRONG_HOST_BOOTSTRAP]}
expect_fail "SSL wrong host name" "$UNVERIFIED" "$b" "${SSL[@]}"
expect_ok "SSL wrong host name, no host name check" "1 brokers:" "$b" "${SSL[@]}" -X ssl.endpoint.identification.algorithm=none
expect_verify "SSL wrong host name" "64 (IP address mismatch)" "$b" -verify_ip "${b%:*}"

b=${S[SSL_EXPIRED_BOOTSTRAP]}
expect_fail "SSL expired certificate" "$UNVERIFIED" "$b" "${SSL[@]}"
expect_fail "SSL expired certificate, no host name check" "$UNVERIFIED" "$b" "${SSL[@]}" -X ssl.endpoint.identification.algorithm=none
expect_verify "SSL expired certificate" "10 (certificate has expired)" "$b" -verify_ip "${b%:*}"

(( FAILURES == 0 )) || die "$FAILURES check(s) failed"
log "all checks passed"
