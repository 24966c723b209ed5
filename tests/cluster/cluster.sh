#!/usr/bin/env bash
# Starts and stops a local 3-node Apache Kafka cluster (KRaft, combined
# broker+controller nodes) on 127.0.0.1 for the test suite.
# See README.md in this folder for ports, commands and environment variables.
set -euo pipefail

SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
POM="$SCRIPT_DIR/pom.xml"

POM_KAFKA_VERSION=$(sed -n 's:.*<kafka\.version>[[:space:]]*\([^<[:space:]]*\)[[:space:]]*</kafka\.version>.*:\1:p' "$POM" | head -n 1)
KAFKA_VERSION=${PARTITA_KAFKA_VERSION:-$POM_KAFKA_VERSION}
[[ $KAFKA_VERSION =~ ^([0-9]+)\.[0-9]+\.[0-9]+$ ]] \
  || { printf '[cluster] ERROR: Kafka version must look like 3.9.2 (got %s)\n' "'$KAFKA_VERSION'" >&2; exit 1; }
KAFKA_MAJOR=${BASH_REMATCH[1]}
(( KAFKA_MAJOR == 3 || KAFKA_MAJOR == 4 )) \
  || { printf '[cluster] ERROR: only Kafka 3.x and 4.x are supported (got %s)\n' "$KAFKA_VERSION" >&2; exit 1; }
# Kafka 3.x logs through slf4j + reload4j (log4j 1.2 syntax), 4.x through log4j2; the pom's
# profile of the same name brings the matching binding.
if (( KAFKA_MAJOR >= 4 )); then
  LOG_PROFILE=log4j2
  NODE_LOG_OPTS=(-Dlog4j2.configurationFile="$SCRIPT_DIR/log4j2.yaml")
  TOOLS_LOG_OPTS=(-Dlog4j2.configurationFile="$SCRIPT_DIR/tools-log4j2.yaml")
  JAVA_MIN=17 JAVA_MAX=25
else
  LOG_PROFILE=reload4j
  NODE_LOG_OPTS=(-Dlog4j.configuration="file:$SCRIPT_DIR/log4j.properties")
  TOOLS_LOG_OPTS=(-Dlog4j.configuration="file:$SCRIPT_DIR/tools-log4j.properties")
  JAVA_MIN=11 JAVA_MAX=21
fi

# PARTITA_CLUSTER_SECURITY=1 adds SASL and TLS listeners beside the PLAINTEXT one (see README.md).
SECURITY=${PARTITA_CLUSTER_SECURITY:-0}
[[ $SECURITY == 0 || $SECURITY == 1 ]] \
  || { printf '[cluster] ERROR: PARTITA_CLUSTER_SECURITY must be 0 or 1 (got %s)\n' "'$SECURITY'" >&2; exit 1; }
# Client port of node 1; node N uses PORT_BASE + (N-1)*100, its controller the port above and its
# JMX connector (PARTITA_CLUSTER_JMX=1) the one above that; the secured listeners follow (+3 to +7).
PORT_BASE=${PARTITA_CLUSTER_PORT_BASE:-19092}
PORT_TOP=$(( SECURITY == 1 ? 205 : 202 ))
[[ $PORT_BASE =~ ^[0-9]+$ ]] && (( PORT_BASE >= 1024 && PORT_BASE + PORT_TOP <= 65535 )) \
  || { printf '[cluster] ERROR: PARTITA_CLUSTER_PORT_BASE must be a port number 1024-%s (got %s)\n' "$(( 65535 - PORT_TOP ))" "'$PORT_BASE'" >&2; exit 1; }
JMX=${PARTITA_CLUSTER_JMX:-0}
[[ $JMX == 0 || $JMX == 1 ]] \
  || { printf '[cluster] ERROR: PARTITA_CLUSTER_JMX must be 0 or 1 (got %s)\n' "'$JMX'" >&2; exit 1; }
if [[ $PORT_BASE == 19092 ]]; then
  DEFAULT_CLUSTER_DIR=${TMPDIR:-/tmp}/partita-kafka-cluster
else
  DEFAULT_CLUSTER_DIR=${TMPDIR:-/tmp}/partita-kafka-cluster-$PORT_BASE
fi
CACHE_DIR=${PARTITA_CACHE_DIR:-${HOME:?HOME is not set}/.cache/partita}
KAFKA_HOME_DIR="$CACHE_DIR/kafka-$KAFKA_VERSION"
LIBS="$KAFKA_HOME_DIR/libs"
CLUSTER_DIR=${PARTITA_CLUSTER_DIR:-$DEFAULT_CLUSTER_DIR}
CLUSTER_DIR=$(realpath -m -- "$CLUSTER_DIR")
MARKER=".partita-kafka-cluster"
TLS_DIR="$CLUSTER_DIR/tls"

# Secured mode's credentials, fixed so that tests can name them (`cluster.sh security` prints them).
SCRAM_USERS=(admin alice)               # password: <user>-secret, for SCRAM-SHA-256/512 and PLAIN
BROKER_KEY_PASSWORD=broker-secret
CLIENT_KEY_PASSWORD=client-secret
CLIENT_CN=partita-test-client

READY_TIMEOUT=${PARTITA_CLUSTER_TIMEOUT:-180}          # start / start-node / wait-ready
STOP_TIMEOUT=${PARTITA_CLUSTER_STOP_TIMEOUT:-30}       # stop: graceful part, then kill -9
NODE_STOP_TIMEOUT=${PARTITA_NODE_STOP_TIMEOUT:-60}     # stop-node: graceful part, then kill -9
MVN_TIMEOUT=${PARTITA_MVN_TIMEOUT:-900}
KAFKA_JVM_OPTS=${PARTITA_KAFKA_JVM_OPTS:-"-Xms128m -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:TieredStopAtLevel=1 -Xss512k"}

NODES=(1 2 3)
HOST=127.0.0.1

# Keep the ports below Linux's ephemeral port range (32768 and up): a client redialling a stopped
# node's port from an ephemeral port can end up connected to itself and hold the port the node needs
# to restart.
broker_port() { echo $(( PORT_BASE + ($1 - 1) * 100 )); }
controller_port() { echo $(( PORT_BASE + 1 + ($1 - 1) * 100 )); }
jmx_port() { echo $(( PORT_BASE + 2 + ($1 - 1) * 100 )); }
sasl_port() { echo $(( PORT_BASE + 3 + ($1 - 1) * 100 )); }
ssl_port() { echo $(( PORT_BASE + 4 + ($1 - 1) * 100 )); }
sasl_ssl_port() { echo $(( PORT_BASE + 5 + ($1 - 1) * 100 )); }
# Node 1 only: TLS listeners whose certificate is wrong on purpose.
wrong_host_port() { echo $(( PORT_BASE + 6 )); }
expired_port() { echo $(( PORT_BASE + 7 )); }
# The ports node N listens on.
node_ports() {
  echo "$(broker_port "$1") $(controller_port "$1")"
  (( JMX == 1 )) && jmx_port "$1"
  if (( SECURITY == 1 )); then
    echo "$(sasl_port "$1") $(ssl_port "$1") $(sasl_ssl_port "$1")"
    (( $1 == 1 )) && echo "$(wrong_host_port) $(expired_port)"
  fi
  return 0
}
node_dir() { echo "$CLUSTER_DIR/node$1"; }

log() { printf '[cluster] %s\n' "$*" >&2; }
die() { printf '[cluster] ERROR: %s\n' "$*" >&2; exit 1; }

now() { date +%s; }

usage() {
  cat <<EOF
Usage: $(basename -- "$0") COMMAND

Commands:
  start          resolve the Kafka jars if needed, create a fresh cluster
                 (any cluster already running in the same folder is stopped
                 first), start nodes 1-3 and wait until all are ready
  stop           stop all nodes (kill -9 after ${STOP_TIMEOUT}s) and remove the
                 cluster folder; succeeds when nothing runs
  stop-node N... stop node N (1-3) gracefully and wait until it has exited
  kill-node N... kill node N with SIGKILL (a crash) and wait until it is gone
  pause-node N...
                 freeze node N with SIGSTOP (a hung JVM: its ports stay open but
                 it answers nothing)
  resume-node N...
                 SIGCONT to a paused node N, then wait until the cluster is ready
  start-node N...
                 start node N again on its existing data and wait until every
                 running node lists it in its metadata (give several ids to
                 start them together, e.g. to restore a controller quorum)
  status         print which nodes run (exit 0 if any runs, 3 if none)
  wait-ready     wait until every running node answers metadata listing all
                 running nodes
  wait-isr       wait until no partition is under-replicated (ISR = replicas)
  bootstrap      print the bootstrap servers of all three nodes
  security       print the secured listeners' bootstrap servers, certificate
                 files and credentials as KEY=value lines (a cluster started
                 with PARTITA_CLUSTER_SECURITY=1)
  libs           resolve the Kafka jars if needed and print their folder
  run-class CLASS [ARGS...]
                 run a Java main class with the Kafka jars on the class path,
                 e.g. org.apache.kafka.tools.TopicCommand --bootstrap-server ...
  jmx-count N OBJECT-NAME
                 print the sum of the Count attribute of node N's MBeans that
                 match OBJECT-NAME (a JMX pattern; 0 when none does) of a
                 cluster started with PARTITA_CLUSTER_JMX=1

Kafka $KAFKA_VERSION (PARTITA_KAFKA_VERSION), port base $PORT_BASE (PARTITA_CLUSTER_PORT_BASE),
JMX $JMX (PARTITA_CLUSTER_JMX), secured listeners $SECURITY (PARTITA_CLUSTER_SECURITY),
cluster folder: $CLUSTER_DIR (PARTITA_CLUSTER_DIR)
EOF
}

# ---------------------------------------------------------------- java / jars

JAVA=""
java_major() {
  local v
  v=$("$1" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  v=${v#1.}
  echo "${v%%[.+-]*}"
}

find_java() {
  [[ -n $JAVA ]] && return 0
  if [[ -n ${PARTITA_JAVA:-} ]]; then
    JAVA=$PARTITA_JAVA
    return 0
  fi
  # Kafka 3.9 runs on Java 11-21, Kafka 4.x brokers need 17 or newer; prefer the java on PATH
  # when it fits.
  local c major
  for c in "$(command -v java || true)" \
           /usr/lib/jvm/java-17-openjdk-*/bin/java \
           /usr/lib/jvm/java-21-openjdk-*/bin/java \
           /usr/lib/jvm/java-11-openjdk-*/bin/java; do
    [[ -n $c && -x $c ]] || continue
    major=$(java_major "$c")
    if [[ $major =~ ^[0-9]+$ ]] && (( major >= JAVA_MIN && major <= JAVA_MAX )); then
      JAVA=$c
      return 0
    fi
  done
  die "no Java $JAVA_MIN-$JAVA_MAX found for Kafka $KAFKA_VERSION (install openjdk-17-jre-headless or set PARTITA_JAVA)"
}

ensure_libs() {
  [[ -f $LIBS/.complete ]] && return 0
  command -v mvn >/dev/null || die "mvn not found (install maven) - needed once to fetch the Kafka jars"
  mkdir -p "$KAFKA_HOME_DIR"
  # Serialise concurrent resolutions of the same version.
  exec 9>"$KAFKA_HOME_DIR/.lock"
  flock 9
  if [[ ! -f $LIBS/.complete ]]; then
    log "fetching Kafka $KAFKA_VERSION jars into $LIBS"
    local tmp
    tmp=$(mktemp -d "$KAFKA_HOME_DIR/libs.tmp.XXXXXX")
    if ! timeout "$MVN_TIMEOUT" mvn -q -B --no-transfer-progress -Dstyle.color=never \
          -f "$POM" -Dkafka.version="$KAFKA_VERSION" -P "$LOG_PROFILE" dependency:copy-dependencies \
          -DincludeScope=runtime -DoutputDirectory="$tmp" 2>&1 \
        | sed -e 's/\x1b\[[0-9;]*m//g' -e '/^[[:space:]]*$/d' >&2; then
      rm -rf "$tmp"
      die "maven could not resolve the Kafka $KAFKA_VERSION jars (see above; is that version on Maven Central?)"
    fi
    [[ -f $tmp/kafka_2.13-$KAFKA_VERSION.jar ]] || { rm -rf "$tmp"; die "kafka_2.13-$KAFKA_VERSION.jar missing after resolution"; }
    touch "$tmp/.complete"
    rm -rf "$LIBS"
    mv "$tmp" "$LIBS"
  fi
  flock -u 9
  exec 9>&-
}

# ---------------------------------------------------------------- processes

# Prints the pid of node N's java process, or nothing.
node_pid() {
  local n=$1 dir pid cmd
  dir=$(node_dir "$n")
  if [[ -f $dir/pid ]]; then
    pid=$(<"$dir/pid")
    if [[ $pid =~ ^[0-9]+$ ]] && [[ -r /proc/$pid/cmdline ]]; then
      cmd=$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" || true)
      if [[ $cmd == *kafka.Kafka\ "$dir/server.properties"* ]]; then
        echo "$pid"
        return 0
      fi
    fi
  fi
  # Fallback when the pid file is gone or stale: look for exactly this node's
  # command line (its config file path is unique to this cluster folder).
  local pattern
  pattern=$(printf '%s' "kafka.Kafka $dir/server.properties" | sed 's/[][\\.*^$+?(){}|]/\\&/g')
  pgrep -f -- "$pattern" 2>/dev/null | head -n 1 || true
}

is_running() { [[ -n $(node_pid "$1") ]]; }

running_nodes() {
  local n out=()
  for n in "${NODES[@]}"; do
    is_running "$n" && out+=("$n")
  done
  echo "${out[*]:-}"
}

pid_alive() {
  # A zombie counts as gone.
  [[ -r /proc/$1/stat ]] || return 1
  local state
  state=$(sed -n 's/^[0-9]* (.*) \([A-Z]\).*/\1/p' "/proc/$1/stat" 2>/dev/null || true)
  [[ -n $state && $state != Z && $state != X ]]
}

# A node frozen by pause-node (SIGSTOP) is in state T.
pid_paused() {
  local state
  state=$(sed -n 's/^[0-9]* (.*) \([A-Za-z]\).*/\1/p' "/proc/$1/stat" 2>/dev/null || true)
  [[ $state == T ]]
}

node_paused() {
  local p
  p=$(node_pid "$1")
  [[ -n $p ]] && pid_paused "$p"
}

# Running nodes that are not paused: the ones that can answer requests.
active_nodes() {
  local n out=()
  for n in $(running_nodes); do
    node_paused "$n" || out+=("$n")
  done
  echo "${out[*]:-}"
}

# wait_pids_gone TIMEOUT PID... ; returns 0 when all exited.
wait_pids_gone() {
  local timeout=$1; shift
  local deadline=$(( $(now) + timeout )) p alive
  while :; do
    alive=0
    for p in "$@"; do pid_alive "$p" && alive=1; done
    (( alive == 0 )) && return 0
    (( $(now) >= deadline )) && return 1
    sleep 0.2
  done
}

# stop_pids GRACE_SECONDS PID... : TERM, wait, then KILL and wait.
stop_pids() {
  local grace=$1; shift
  (( $# == 0 )) && return 0
  local p left=()
  # A paused (SIGSTOPped) process would keep SIGTERM pending until it is continued.
  for p in "$@"; do kill -CONT "$p" 2>/dev/null || true; done
  for p in "$@"; do kill -TERM "$p" 2>/dev/null || true; done
  if wait_pids_gone "$grace" "$@"; then
    return 0
  fi
  for p in "$@"; do pid_alive "$p" && left+=("$p"); done
  log "still running after ${grace}s, sending SIGKILL to: ${left[*]}"
  for p in "${left[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
  wait_pids_gone 30 "${left[@]}" || die "processes did not exit even after SIGKILL: ${left[*]}"
  return 0
}

port_in_use() {
  (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null
}

# ---------------------------------------------------------------- config

write_node_config() {
  local n=$1 dir voters="" m listeners protocols
  dir=$(node_dir "$n")
  for m in "${NODES[@]}"; do
    voters+="${voters:+,}$m@$HOST:$(controller_port "$m")"
  done
  listeners="PLAINTEXT://$HOST:$(broker_port "$n"),CONTROLLER://$HOST:$(controller_port "$n")"
  protocols="PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"
  if (( SECURITY == 1 )); then
    listeners+=",SASL_PLAINTEXT://$HOST:$(sasl_port "$n"),SSL://$HOST:$(ssl_port "$n"),SASL_SSL://$HOST:$(sasl_ssl_port "$n")"
    protocols+=",SASL_PLAINTEXT:SASL_PLAINTEXT,SSL:SSL,SASL_SSL:SASL_SSL"
    if (( n == 1 )); then
      listeners+=",SSL_WRONG_HOST://$HOST:$(wrong_host_port),SSL_EXPIRED://$HOST:$(expired_port)"
      protocols+=",SSL_WRONG_HOST:SSL,SSL_EXPIRED:SSL"
    fi
  fi
  mkdir -p "$dir/data" "$dir/logs"
  cat >"$dir/server.properties" <<EOF
# Node $n of the Partita test cluster (generated by tests/cluster/cluster.sh).
node.id=$n
process.roles=broker,controller
# A static quorum: every node knows the three voters (Kafka 4.x still accepts it; a dynamic quorum,
# controller.quorum.bootstrap.servers, would need the voters formatted with --initial-controllers).
controller.quorum.voters=$voters

listeners=$listeners
advertised.listeners=$listeners
listener.security.protocol.map=$protocols
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER

log.dirs=$dir/data

num.partitions=1
default.replication.factor=1
min.insync.replicas=1
auto.create.topics.enable=false
delete.topic.enable=true

offsets.topic.replication.factor=3
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=3
transaction.state.log.min.isr=2
transaction.state.log.num.partitions=10
group.initial.rebalance.delay.ms=0

# Let the ISR shrink soon after a node stops.
replica.lag.time.max.ms=10000
# Leaders move only when a test stops a node, never later on the controller's own schedule.
auto.leader.rebalance.enable=false

# Small footprint for a 2-core test machine.
num.network.threads=2
num.io.threads=4
num.recovery.threads.per.data.dir=1
log.cleaner.dedupe.buffer.size=16777216
log.cleaner.threads=1
# The cleaner looks for logs to compact every second (15 s by default), so a compaction test waits
# seconds, not minutes.
log.cleaner.backoff.ms=1000
EOF
  (( SECURITY == 1 )) && write_security_config "$n" >>"$dir/server.properties"
  return 0
}

# The secured listeners' settings of node N (PARTITA_CLUSTER_SECURITY=1), on stdout.
write_security_config() {
  local n=$1 user plain_jaas="org.apache.kafka.common.security.plain.PlainLoginModule required"
  local scram_jaas="org.apache.kafka.common.security.scram.ScramLoginModule required;"
  for user in "${SCRAM_USERS[@]}"; do plain_jaas+=" user_$user=\"$user-secret\""; done
  plain_jaas+=";"
  cat <<EOF

# Secured listeners (PARTITA_CLUSTER_SECURITY=1). Inter-broker and controller traffic stays on
# PLAINTEXT. SCRAM credentials are stored in the cluster metadata at format time (--add-scram),
# PLAIN ones are the user_<name> entries of the listener's JAAS config.
listener.name.sasl_plaintext.sasl.enabled.mechanisms=SCRAM-SHA-256,SCRAM-SHA-512,PLAIN
listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config=$scram_jaas
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=$scram_jaas
listener.name.sasl_plaintext.plain.sasl.jaas.config=$plain_jaas
listener.name.sasl_ssl.sasl.enabled.mechanisms=SCRAM-SHA-512,PLAIN
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=$scram_jaas
listener.name.sasl_ssl.plain.sasl.jaas.config=$plain_jaas

# PEM files, no Java key stores. The key is PKCS#8 encrypted with PBE-SHA1-3DES: Java 17 cannot read
# OpenSSL's default PBES2 encryption.
ssl.keystore.type=PEM
ssl.keystore.location=$TLS_DIR/broker-keystore.pem
ssl.key.password=$BROKER_KEY_PASSWORD
ssl.truststore.type=PEM
ssl.truststore.location=$TLS_DIR/ca.pem
listener.name.ssl.ssl.client.auth=required
EOF
  if (( n == 1 )); then
    local name
    for name in wrong-host expired; do
      cat <<EOF
listener.name.ssl_${name//-/_}.ssl.keystore.type=PEM
listener.name.ssl_${name//-/_}.ssl.keystore.location=$TLS_DIR/$name-keystore.pem
listener.name.ssl_${name//-/_}.ssl.key.password=$BROKER_KEY_PASSWORD
EOF
    done
  fi
  cat <<EOF

# ANONYMOUS is every PLAINTEXT client, the other nodes included; alice has no ACLs.
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin;User:ANONYMOUS;User:CN=$CLIENT_CN
EOF
}

# The storage tool's arguments that store the SCRAM users (secured mode), on stdout, one a line.
scram_format_args() {
  (( SECURITY == 1 )) || return 0
  local mech user
  for mech in SCRAM-SHA-256 SCRAM-SHA-512; do
    for user in "${SCRAM_USERS[@]}"; do
      printf '%s\n' --add-scram "$mech=[name=\"$user\",password=\"$user-secret\"]"
    done
  done
}

# Makes the secured mode's certificates in TLS_DIR: a test CA, the brokers' certificate (127.0.0.1
# and localhost), one for a wrong host name and an expired one (node 1's problem listeners), a client
# certificate for the SSL listener's client authentication, and an unrelated CA.
make_tls() {
  command -v openssl >/dev/null || die "openssl not found (install the Debian package openssl)"
  local d=$TLS_DIR name
  mkdir -p "$d/newcerts"
  : >"$d/index.txt"
  echo 1000 >"$d/serial"
  printf '%s\n' "$BROKER_KEY_PASSWORD" >"$d/broker-key-password"
  printf '%s\n' "$CLIENT_KEY_PASSWORD" >"$d/client-key-password"
  # Our own config: nothing from the system's openssl.cnf, and `openssl ca` for the past dates.
  cat >"$d/openssl.cnf" <<EOF
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = unused
[ ca_ext ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ server_ext ]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, DNS:localhost
authorityKeyIdentifier = keyid
[ wrong_host_ext ]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:wrong-host.invalid
authorityKeyIdentifier = keyid
[ client_ext ]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = clientAuth
authorityKeyIdentifier = keyid
[ ca ]
default_ca = test_ca
[ test_ca ]
dir = $d
database = $d/index.txt
new_certs_dir = $d/newcerts
serial = $d/serial
certificate = $d/ca.pem
private_key = $d/ca.key
default_md = sha256
policy = any_name
unique_subject = no
email_in_dn = no
[ any_name ]
commonName = supplied
EOF
  export OPENSSL_CONF="$d/openssl.cnf"
  local ossl_log="$d/openssl.log"
  ossl() {
    openssl "$@" >>"$ossl_log" 2>&1 || { tail -n 20 "$ossl_log" >&2; die "openssl $1 failed (log: $ossl_log)"; }
  }
  # new_key NAME PASSWORD: NAME-plain.key and the encrypted NAME.key.
  new_key() {
    ossl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$d/$1-plain.key"
    ossl pkcs8 -topk8 -v1 PBE-SHA1-3DES -in "$d/$1-plain.key" -out "$d/$1.key" -passout "pass:$2"
  }
  # sign NAME CN EXTENSIONS [openssl ca date options]: NAME.pem, signed by the test CA.
  sign() {
    local name=$1 cn=$2 ext=$3; shift 3
    ossl req -new -key "$d/$name-plain.key" -subj "/CN=$cn" -out "$d/$name.csr"
    ossl ca -batch -notext -extensions "$ext" -in "$d/$name.csr" -out "$d/$name.pem" "$@"
  }

  ossl req -x509 -new -newkey rsa:2048 -noenc -keyout "$d/ca.key" -out "$d/ca.pem" -days 3650 \
      -subj "/CN=Partita Test CA" -extensions ca_ext
  ossl req -x509 -new -newkey rsa:2048 -noenc -keyout "$d/other-ca.key" -out "$d/other-ca.pem" -days 3650 \
      -subj "/CN=Partita Other CA" -extensions ca_ext
  for name in broker wrong-host expired; do new_key "$name" "$BROKER_KEY_PASSWORD"; done
  new_key client "$CLIENT_KEY_PASSWORD"
  sign broker localhost server_ext -days 3650
  sign wrong-host wrong-host.invalid wrong_host_ext -days 3650
  sign expired localhost server_ext -startdate 20200101000000Z -enddate 20210101000000Z
  sign client "$CLIENT_CN" client_ext -days 3650
  # A broker's PEM key store: the encrypted key, then its certificate chain.
  for name in broker wrong-host expired; do
    cat "$d/$name.key" "$d/$name.pem" "$d/ca.pem" >"$d/$name-keystore.pem"
  done
  rm -f "$d"/*.csr
  unset OPENSSL_CONF
  log "certificates made in $d"
}

new_cluster_id() {
  # A Kafka Uuid: 16 random bytes, URL-safe base64 without padding; avoid a
  # leading '-' which command line parsers would take for an option.
  local id
  while :; do
    id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
    [[ $id == -* || $id == AAAAAAAAAAAAAAAAAAAAA* ]] || break
  done
  echo "$id"
}

# Removes the cluster folder, refusing anything that does not look like ours.
remove_cluster_dir() {
  [[ -e $CLUSTER_DIR ]] || return 0
  case $CLUSTER_DIR in ""|/|/tmp|"$HOME") die "refusing to remove '$CLUSTER_DIR'";; esac
  if [[ -f $CLUSTER_DIR/$MARKER ]] || [[ -z $(ls -A -- "$CLUSTER_DIR" 2>/dev/null) ]]; then
    rm -rf -- "$CLUSTER_DIR"
  else
    die "$CLUSTER_DIR exists but is not a test cluster folder (no $MARKER); not removing it"
  fi
}

# ---------------------------------------------------------------- nodes

launch_node() {
  local n=$1 dir pid jmx_opts=()
  dir=$(node_dir "$n")
  find_java
  # The address JMX clients are told to call back (start_jmx); nothing else uses RMI.
  (( JMX == 1 )) && jmx_opts=(-Djava.rmi.server.hostname="$HOST")
  mkdir -p "$dir/logs"
  {
    printf '\n===== %s starting node %s =====\n' "$(date '+%F %T')" "$n"
  } >>"$dir/logs/stdout.log"
  # setsid: the node does not belong to the caller's process group or
  # terminal, so a Ctrl-C in a test run does not take the cluster down
  # half-way; `stop` ends it.
  # shellcheck disable=SC2086
  setsid "$JAVA" $KAFKA_JVM_OPTS \
      -Djava.awt.headless=true \
      "${NODE_LOG_OPTS[@]}" \
      "${jmx_opts[@]}" \
      -Dkafka.logs.dir="$dir/logs" \
      -cp "$LIBS/*" \
      kafka.Kafka "$dir/server.properties" \
      >>"$dir/logs/stdout.log" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$dir/pid"
  # Until the exec, the child still shows this script's command line; wait
  # for it so that node_pid recognises the node (or it has already died).
  local cmd _
  for _ in $(seq 1 100); do
    cmd=$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" || true)
    [[ -z $cmd || $cmd == *kafka.Kafka* ]] && break
    sleep 0.05
  done
  log "node $n started (Kafka $KAFKA_VERSION, pid $pid, broker $HOST:$(broker_port "$n"), controller $HOST:$(controller_port "$n"))"
}

# start_jmx N...: starts the JMX connector of each running node N on its JMX port, RMI registry and
# server on that one port of 127.0.0.1, through the attach mechanism (jcmd). The command line switches
# (-Dcom.sun.management.jmxremote.port=...) would also start the JDK's local connector, which listens on
# a random port on every interface.
start_jmx() {
  (( JMX == 1 )) || return 0
  find_java
  local jcmd n out
  jcmd=$(dirname -- "$(realpath -- "$JAVA")")/jcmd
  if [[ ! -x $jcmd ]]; then
    log "PARTITA_CLUSTER_JMX=1 needs jcmd next to $JAVA (install openjdk-17-jdk-headless)"
    return 1
  fi
  for n in "$@"; do
    if ! out=$("$jcmd" "$(node_pid "$n")" ManagementAgent.start \
          jmxremote.port="$(jmx_port "$n")" jmxremote.rmi.port="$(jmx_port "$n")" jmxremote.host="$HOST" \
          jmxremote.authenticate=false jmxremote.ssl=false 2>&1); then
      log "could not start the JMX connector of node $n on $HOST:$(jmx_port "$n"): $out"
      return 1
    fi
    log "node $n: JMX on $HOST:$(jmx_port "$n")"
  done
}

print_node_log_tail() {
  local n=$1 dir f
  dir=$(node_dir "$n")
  f="$dir/logs/server.log"
  if [[ -s $f ]] && grep -qE '^\[[^]]*\] (ERROR|FATAL) ' "$f"; then
    printf '[cluster] ----- last errors in %s -----\n' "$f" >&2
    grep -E '^\[[^]]*\] (ERROR|FATAL) ' "$f" | tail -n 10 >&2 || true
  fi
  for f in "$dir/logs/server.log" "$dir/logs/stdout.log"; do
    [[ -s $f ]] || continue
    printf '[cluster] ----- last 30 lines of %s -----\n' "$f" >&2
    tail -n 30 "$f" >&2 || true
  done
}

# Prints the broker ids listed in the metadata of the node at PORT, space
# separated, or fails when the node does not answer.
metadata_broker_ids() {
  local port=$1 json brokers
  json=$(kcat -L -b "$HOST:$port" -m 3 -J 2>/dev/null) || return 1
  brokers=$(printf '%s' "$json" | tr -d '\n' | sed -n 's/.*"brokers":\[\([^]]*\)\].*/\1/p')
  [[ -n $brokers ]] || return 1
  printf '%s' "$brokers" | grep -o '"id":[0-9]*' | cut -d: -f2 | sort -n | tr '\n' ' '
}

# node_ready N EXPECTED_IDS... : node N answers metadata listing every id.
node_ready() {
  local n=$1; shift
  local ids id port
  port=$(broker_port "$n")
  # Cheap check first: kcat would wait its full timeout on a closed port.
  port_in_use "$port" || return 1
  ids=" $(metadata_broker_ids "$port") " || return 1
  for id in "$@"; do
    [[ $ids == *" $id "* ]] || return 1
  done
}

# wait_ready TIMEOUT [NODE...]: wait until every given node (default: every
# running node) runs and answers metadata that lists all of them.
wait_ready() {
  local timeout=$1; shift
  local nodes=("$@")
  command -v kcat >/dev/null || die "kcat not found (install the Debian package kcat)"
  if (( ${#nodes[@]} == 0 )); then
    # A paused node answers nothing; wait for the others.
    read -r -a nodes <<<"$(active_nodes)"
    (( ${#nodes[@]} > 0 )) || die "no node is running (or all are paused)"
  fi
  local deadline=$(( $(now) + timeout )) n pending dead
  while :; do
    pending=()
    dead=()
    for n in "${nodes[@]}"; do
      if ! is_running "$n"; then
        dead+=("$n")
      elif ! node_ready "$n" "${nodes[@]}"; then
        pending+=("$n")
      fi
    done
    if (( ${#dead[@]} > 0 )); then
      for n in "${dead[@]}"; do print_node_log_tail "$n"; done
      log "node(s) ${dead[*]} exited unexpectedly (logs under $CLUSTER_DIR)"
      return 1
    fi
    if (( ${#pending[@]} == 0 )); then
      return 0
    fi
    if (( $(now) >= deadline )); then
      for n in "${pending[@]}"; do print_node_log_tail "$n"; done
      log "node(s) ${pending[*]} not ready after ${timeout}s (expected brokers ${nodes[*]} in metadata; logs under $CLUSTER_DIR)"
      return 1
    fi
    sleep 0.5
  done
}

check_node_arg() {
  [[ ${1:-} =~ ^[123]$ ]] || die "node must be 1, 2 or 3 (got '${1:-}')"
}

# ---------------------------------------------------------------- commands

cmd_stop() {
  local n pids=() p
  for n in "${NODES[@]}"; do
    p=$(node_pid "$n")
    [[ -n $p ]] && pids+=("$p")
  done
  if (( ${#pids[@]} == 1 )); then
    # A lone node has no controller quorum: its controlled shutdown would
    # wait for minutes. The data is deleted anyway.
    log "stopping 1 node (pid ${pids[*]}) with SIGKILL: no controller quorum left"
    stop_pids 0 "${pids[@]}"
  elif (( ${#pids[@]} > 0 )); then
    log "stopping ${#pids[@]} nodes (pids ${pids[*]})"
    stop_pids "$STOP_TIMEOUT" "${pids[@]}"
  fi
  if [[ -e $CLUSTER_DIR ]]; then
    remove_cluster_dir
    log "removed $CLUSTER_DIR"
  elif (( ${#pids[@]} == 0 )); then
    log "nothing to stop"
  fi
}

cmd_start() {
  command -v kcat >/dev/null || die "kcat not found (install the Debian package kcat)"
  ensure_libs
  find_java

  if [[ -n $(running_nodes) ]]; then
    log "a cluster is already running in $CLUSTER_DIR; stopping it first"
  fi
  cmd_stop

  local n p
  for n in "${NODES[@]}"; do
    for p in $(node_ports "$n"); do
      port_in_use "$p" && die "port $HOST:$p is already in use (another Kafka running?)"
    done
  done

  local started=$SECONDS
  mkdir -p "$CLUSTER_DIR"
  touch "$CLUSTER_DIR/$MARKER"
  local cluster_id
  cluster_id=$(new_cluster_id)
  echo "$cluster_id" >"$CLUSTER_DIR/cluster-id"
  (( SECURITY == 1 )) && make_tls

  # Format the storage of all nodes (in parallel: each is a JVM start).
  local fpids=() failed=0 scram_args
  mapfile -t scram_args < <(scram_format_args)
  for n in "${NODES[@]}"; do
    write_node_config "$n"
    timeout 120 "$JAVA" -Xmx256m -XX:TieredStopAtLevel=1 \
        "${TOOLS_LOG_OPTS[@]}" \
        -cp "$LIBS/*" kafka.tools.StorageTool format \
        --config "$(node_dir "$n")/server.properties" --cluster-id "$cluster_id" "${scram_args[@]}" \
        >"$(node_dir "$n")/logs/format.log" 2>&1 &
    fpids+=($!)
  done
  for n in "${NODES[@]}"; do
    if ! wait "${fpids[$((n - 1))]}"; then
      failed=1
      log "formatting the storage of node $n failed:"
      tail -n 40 "$(node_dir "$n")/logs/format.log" >&2 || true
    fi
  done
  (( failed == 0 )) || die "storage format failed (cluster id $cluster_id)"
  log "storage formatted in $((SECONDS - started))s (cluster id $cluster_id)"

  for n in "${NODES[@]}"; do
    launch_node "$n"
  done

  if ! wait_ready "$READY_TIMEOUT" "${NODES[@]}" || ! start_jmx "${NODES[@]}"; then
    log "start failed; stopping the nodes (logs kept in $CLUSTER_DIR, '$0 stop' removes them)"
    local pids=()
    for n in "${NODES[@]}"; do
      p=$(node_pid "$n"); [[ -n $p ]] && pids+=("$p")
    done
    stop_pids 5 "${pids[@]}" || true
    exit 1
  fi
  log "cluster ready in $((SECONDS - started))s: $(cmd_bootstrap)"
  if (( SECURITY == 1 )); then
    log "secured listeners: SASL_PLAINTEXT $(bootstrap_of sasl_port), SSL $(bootstrap_of ssl_port), SASL_SSL $(bootstrap_of sasl_ssl_port) ('$0 security' prints them and the files)"
  fi
}

cmd_stop_node() {
  (( $# >= 1 )) || die "stop-node needs a node id (1-3)"
  local a
  for a in "$@"; do check_node_arg "$a"; done
  for a in "$@"; do stop_one_node "$a"; done
}

stop_one_node() {
  local n=$1 p
  p=$(node_pid "$n")
  if [[ -z $p ]]; then
    log "node $n is not running"
    return 0
  fi
  local grace=$NODE_STOP_TIMEOUT running
  read -r -a running <<<"$(running_nodes)"
  if (( ${#running[@]} < 2 && grace > 10 )); then
    # Without a controller quorum the controlled shutdown cannot finish.
    log "node $n is the last one running (no controller quorum); SIGKILL after 10s"
    grace=10
  fi
  log "stopping node $n (pid $p)"
  kill -CONT "$p" 2>/dev/null || true # a paused node would not see the SIGTERM
  kill -TERM "$p" 2>/dev/null || true
  if ! wait_pids_gone "$grace" "$p"; then
    log "node $n did not exit within ${grace}s; sending SIGKILL"
    kill -KILL "$p" 2>/dev/null || true
    wait_pids_gone 30 "$p" || die "node $n (pid $p) did not exit even after SIGKILL"
  fi
  rm -f "$(node_dir "$n")/pid"
  log "node $n stopped"
}

cmd_kill_node() {
  (( $# >= 1 )) || die "kill-node needs a node id (1-3)"
  local a
  for a in "$@"; do check_node_arg "$a"; done
  for a in "$@"; do kill_one_node "$a"; done
}

kill_one_node() {
  local n=$1 p
  p=$(node_pid "$n")
  if [[ -z $p ]]; then
    log "node $n is not running"
    return 0
  fi
  kill -KILL "$p" 2>/dev/null || true
  wait_pids_gone 30 "$p" || die "node $n (pid $p) did not exit after SIGKILL"
  rm -f "$(node_dir "$n")/pid"
  log "node $n killed"
}

cmd_pause_node() {
  (( $# >= 1 )) || die "pause-node needs a node id (1-3)"
  local a p deadline
  for a in "$@"; do check_node_arg "$a"; done
  for a in "$@"; do
    p=$(node_pid "$a")
    [[ -n $p ]] || die "node $a is not running"
    kill -STOP "$p" 2>/dev/null || die "cannot send SIGSTOP to node $a (pid $p)"
    # SIGSTOP takes effect asynchronously; return once the process is frozen.
    deadline=$(( $(now) + 10 ))
    until pid_paused "$p"; do
      (( $(now) >= deadline )) && die "node $a (pid $p) did not stop within 10s"
      sleep 0.05
    done
    log "node $a paused (pid $p)"
  done
}

cmd_resume_node() {
  (( $# >= 1 )) || die "resume-node needs a node id (1-3)"
  local a p
  for a in "$@"; do check_node_arg "$a"; done
  for a in "$@"; do
    p=$(node_pid "$a")
    [[ -n $p ]] || die "node $a is not running"
    kill -CONT "$p" 2>/dev/null || die "cannot send SIGCONT to node $a (pid $p)"
    log "node $a resumed (pid $p)"
  done
  local started=$SECONDS
  wait_ready "$READY_TIMEOUT" || die "node(s) $* did not come back after SIGCONT"
  log "node(s) $* answer again after $((SECONDS - started))s"
}

# Prints the number of under-replicated partitions seen by the node at PORT.
under_replicated_count() {
  local json
  json=$(kcat -L -b "$HOST:$1" -m 3 -J 2>/dev/null) || return 1
  [[ $json == *'"topics":'* ]] || return 1
  printf '%s' "$json" | tr -d '\n' \
    | { grep -o '"replicas":\[[^]]*\],"isrs":\[[^]]*\]' || true; } \
    | awk '{ r = $0; sub(/,"isrs".*/, "", r); i = $0; sub(/.*"isrs"/, "", i);
             if (gsub(/"id"/, "", r) != gsub(/"id"/, "", i)) n++ }
           END { print n + 0 }'
}

cmd_wait_isr() {
  command -v kcat >/dev/null || die "kcat not found (install the Debian package kcat)"
  local nodes n count deadline=$(( $(now) + READY_TIMEOUT ))
  read -r -a nodes <<<"$(active_nodes)"
  (( ${#nodes[@]} > 0 )) || die "no node is running (or all are paused)"
  while :; do
    for n in "${nodes[@]}"; do
      count=$(under_replicated_count "$(broker_port "$n")") || continue
      if [[ $count == 0 ]]; then
        log "no under-replicated partitions"
        return 0
      fi
      break
    done
    (( $(now) >= deadline )) && die "partitions still under-replicated after ${READY_TIMEOUT}s (${count:-?} seen)"
    sleep 0.5
  done
}

# start-node N [N...]: all given nodes are launched before waiting, so that
# e.g. `start-node 1 2` can bring back a controller quorum.
cmd_start_node() {
  (( $# >= 1 )) || die "start-node needs a node id (1-3)"
  local n p launched=()
  for n in "$@"; do
    check_node_arg "$n"
    [[ -f $(node_dir "$n")/server.properties && -f $CLUSTER_DIR/$MARKER ]] \
      || die "no cluster data in $CLUSTER_DIR for node $n; run '$0 start' first"
  done
  ensure_libs
  for n in "$@"; do
    if is_running "$n"; then
      log "node $n is already running"
      continue
    fi
    for p in $(node_ports "$n"); do
      port_in_use "$p" && die "port $HOST:$p is already in use"
    done
    launch_node "$n"
    launched+=("$n")
  done
  local started=$SECONDS
  wait_ready "$READY_TIMEOUT" || die "node(s) $* did not rejoin the cluster"
  start_jmx "${launched[@]}" || die "node(s) ${launched[*]} run without JMX"
  log "node(s) $* back after $((SECONDS - started))s; running nodes: $(running_nodes)"
}

cmd_status() {
  local n p any=0
  for n in "${NODES[@]}"; do
    p=$(node_pid "$n")
    if [[ -n $p ]]; then
      any=1
      local what=running
      pid_paused "$p" && what=paused
      local extra=""
      (( JMX == 1 )) && extra=", JMX $HOST:$(jmx_port "$n")"
      (( SECURITY == 1 )) && extra+=", SASL_PLAINTEXT $(sasl_port "$n"), SSL $(ssl_port "$n"), SASL_SSL $(sasl_ssl_port "$n")"
      echo "node $n: $what (pid $p, broker $HOST:$(broker_port "$n"), controller $HOST:$(controller_port "$n")$extra)"
    else
      echo "node $n: stopped"
    fi
  done
  (( any == 1 )) || return 3
}

cmd_wait_ready() {
  wait_ready "$READY_TIMEOUT" || die "cluster not ready"
  log "ready: nodes $(running_nodes)"
}

cmd_bootstrap() { bootstrap_of broker_port; }

# bootstrap_of PORT_FUNCTION: the three nodes' HOST:port of one listener.
bootstrap_of() {
  local n servers=""
  for n in "${NODES[@]}"; do servers+="${servers:+,}$HOST:$("$1" "$n")"; done
  echo "$servers"
}

# KEY=value lines for tests of the secured mode: listeners, files, credentials.
cmd_security() {
  (( SECURITY == 1 )) || die "the cluster has no secured listeners without PARTITA_CLUSTER_SECURITY=1"
  [[ -f $TLS_DIR/ca.pem ]] || die "no certificates in $TLS_DIR; run '$0 start' first"
  cat <<EOF
SASL_PLAINTEXT_BOOTSTRAP=$(bootstrap_of sasl_port)
SSL_BOOTSTRAP=$(bootstrap_of ssl_port)
SASL_SSL_BOOTSTRAP=$(bootstrap_of sasl_ssl_port)
SSL_WRONG_HOST_BOOTSTRAP=$HOST:$(wrong_host_port)
SSL_EXPIRED_BOOTSTRAP=$HOST:$(expired_port)
CA_FILE=$TLS_DIR/ca.pem
OTHER_CA_FILE=$TLS_DIR/other-ca.pem
CLIENT_CERT_FILE=$TLS_DIR/client.pem
CLIENT_KEY_FILE=$TLS_DIR/client.key
CLIENT_KEY_PASSWORD=$CLIENT_KEY_PASSWORD
CLIENT_KEY_PASSWORD_FILE=$TLS_DIR/client-key-password
CLIENT_PLAIN_KEY_FILE=$TLS_DIR/client-plain.key
CLIENT_PRINCIPAL=User:CN=$CLIENT_CN
ADMIN_USER=admin
ADMIN_PASSWORD=admin-secret
ALICE_USER=alice
ALICE_PASSWORD=alice-secret
EOF
}

# The java command line of the command line tools (TOOL_JAVA, an array).
set_tool_java() {
  ensure_libs
  find_java
  TOOL_JAVA=("$JAVA" -Xmx256m -XX:TieredStopAtLevel=1 "${TOOLS_LOG_OPTS[@]}" -cp "$LIBS/*")
}

cmd_run_class() {
  (( $# >= 1 )) || die "run-class needs a class name"
  set_tool_java
  exec "${TOOL_JAVA[@]}" "$@"
}

cmd_jmx_count() {
  (( $# == 2 )) || die "jmx-count needs a node id (1-3) and an object name"
  check_node_arg "$1"
  is_running "$1" || die "node $1 is not running"
  set_tool_java
  local output
  # One line per matching MBean, "<object name>:Count=<value>", among JmxTool's other messages.
  if ! output=$("${TOOL_JAVA[@]}" org.apache.kafka.tools.JmxTool --one-time true --report-format properties \
        --jmx-url "service:jmx:rmi:///jndi/rmi://$HOST:$(jmx_port "$1")/jmxrmi" \
        --object-name "$2" --attributes Count 2>&1); then
    # Kafka registers a meter when it is first marked, e.g. a request's at its first request.
    if [[ $output == *"No matched attributes"* ]]; then
      echo 0
      return 0
    fi
    printf '%s\n' "$output" | tail -n 1 >&2 # the summary after the retries' stack traces
    die "JmxTool could not read node $1's MBeans on $HOST:$(jmx_port "$1") (was it started with PARTITA_CLUSTER_JMX=1?)"
  fi
  printf '%s\n' "$output" | awk -F'=' '/:Count=/ { sum += $NF } END { printf "%d\n", sum }'
}

main() {
  local cmd=${1:-}
  (( $# > 0 )) && shift
  case $cmd in
    start)       cmd_start ;;
    stop)        cmd_stop ;;
    stop-node)   cmd_stop_node "$@" ;;
    start-node)  cmd_start_node "$@" ;;
    kill-node)   cmd_kill_node "$@" ;;
    pause-node)  cmd_pause_node "$@" ;;
    resume-node) cmd_resume_node "$@" ;;
    status)      cmd_status ;;
    wait-ready)  cmd_wait_ready ;;
    wait-isr)    cmd_wait_isr ;;
    bootstrap)   cmd_bootstrap ;;
    security)    cmd_security ;;
    libs)        ensure_libs; echo "$LIBS" ;;
    run-class)   cmd_run_class "$@" ;;
    jmx-count)   cmd_jmx_count "$@" ;;
    -h|--help|help) usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
