<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AclText</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClusterAction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeConfigs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlterConfigs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IdempotentWrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is denied %2 on %3 %4 (%5) from %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may %2 on %3 %4 (%5) from %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowseOptions</name>
    <message>
        <source>The topic to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only this partition (may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to start in each partition: beginning, end, an offset, @timestamp (ms), or -N for the last N messages (default: beginning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to stop: end (as it was at the start), @timestamp (ms), or never (keep following; default: end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many messages in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read_committed (default; stops at open transactions) or read_uncommitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--topic is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--partition needs a partition number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from takes beginning, end, an offset, @timestamp or -N, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until takes end, never or @timestamp, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count needs a number of messages, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--isolation takes read_committed or read_uncommitted, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection stage by stage: name resolution, TCP connection, TLS handshake, SASL authentication and metadata; each within --timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientConfigImport</name>
    <message>
        <source>sasl.jaas.config: not a JAAS login line (LoginModule required key=&quot;value&quot; …;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sasl.jaas.config option %1: no librdkafka equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sasl.jaas.config: OAUTHBEARER through OIDC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssl.truststore.password: a PEM trust store has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssl.truststore.location: librdkafka cannot read a %1 trust store; convert it to PEM with
  %2
and choose ca.pem as the CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssl.keystore.location: librdkafka cannot read a %1 key store; convert it to PKCS#12 with
  %2
and import again with ssl.keystore.type=PKCS12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssl.endpoint.identification.algorithm: &quot;%1&quot; is neither https nor empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: librdkafka refuses its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a librdkafka property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterAdmin</name>
    <message>
        <source>This cluster has no authorizer (authorizer.class.name is not set), so it has no ACLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 got no answer within %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster has no topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic %1 has no partition %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1-%2 has no leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader of %1-%2, broker %3, did not answer ListOffsets within %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ListOffsets for %1-%2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeConfigs answered for %1 resources, not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ACL filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: this connection is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic name cannot be &quot;.&quot; or &quot;..&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic name can have at most %1 characters; this one has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic name &quot;%1&quot; is illegal: it may hold only ASCII letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; collides with the existing topic &quot;%2&quot;: metric names do not tell &apos;.&apos; from &apos;_&apos;, so Kafka refuses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric names do not tell &apos;.&apos; from &apos;_&apos;, so topics with either can collide: use one of them, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication factor %1 needs as many brokers, but the cluster has %2: each replica of a partition needs a broker of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset %1 is beyond the end of %2-%3, which holds offsets %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the configuration of %1: the broker does not show the value of %2, which writing the other entries would remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ACL: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterEventText</name>
    <message>
        <source>Brokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders and ISR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1 went down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1 is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost its leader (broker %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a leader again: broker %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader of %1 moved from broker %2 to broker %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISR of %1 shrank from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISR of %1 grew from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Topic %1 was created with %n partition(s)</source>
        <translation>
            <numerusform>Topic %1 was created with %n partition</numerusform>
            <numerusform>Topic %1 was created with %n partitions</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic %1 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic %1 grew from %2 to %3 partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 went from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 went from %2 to %3 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict of group %1 went from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 moved back on %2 from offset %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print JSON instead of tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up when the cluster does not answer within this many seconds (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `partita-cli %1 --help` for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigDocumentation</name>
    <message>
        <source>delete: old segments are removed by time or size. compact: only the newest record of each key is kept. Both may be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a segment is kept before it is deleted, in milliseconds; -1 keeps it for ever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size a partition may grow to before its oldest segments are deleted; -1 for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many replicas must have a write before a producer with acks=all hears it succeeded; with fewer in sync such writes fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of a log segment file; retention and compaction work on whole segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this time a segment is rolled even when not full, so that retention or compaction can act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest record batch the topic accepts, after compression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the broker stores batches: producer keeps what the producer sent; gzip, snappy, lz4 or zstd recompresses; uncompressed stores them plain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreateTime keeps the producer&apos;s timestamp; LogAppendTime stamps each record as the broker appends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long tombstones (records with a null value) of a compacted topic are kept, so that consumers see the deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record stays uncompacted for at least this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of a log not yet compacted above which the cleaner compacts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets a replica that is not in sync become leader when no in-sync one is left: the partition comes back sooner, but records can be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With tiered storage: how long segments stay on the broker&apos;s disk before only the remote copy is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forces an fsync after this many records; Kafka relies on replication instead by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many partitions an automatically created topic gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication factor of automatically created topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a producer or consumer asking for an unknown topic creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brokers&apos; default retention.ms, in hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the broker keeps its partitions on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addresses the broker accepts connections on, by listener name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addresses the broker tells clients to connect to; wrong ones are the usual cause of clients that reach the bootstrap server but nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s rack, which replica placement spreads across.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionErrors</name>
    <message>
        <source>Authentication failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve broker address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All brokers down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap unreachable (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bootstrap server \1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broker \2 (\1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broker \1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL handshake failed: the broker refused the client certificate, or wants one: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SASL user; the password is read from PARTITA_SASL_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra librdkafka property key=value; may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse every command that would change the cluster (such as replay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap servers, host:port[,host:port...]; may be left to --command-config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client configuration file: a Java client.properties, as Kafka&apos;s own tools take, or a kcat/librdkafka configuration. The options below override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAINTEXT (default), SSL, SASL_PLAINTEXT or SASL_SSL, in any case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 or OAUTHBEARER (an unsecured token for the --sasl-username principal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate file (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client private key file (PEM); its password is read from PARTITA_SSL_KEY_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept broker certificates that do not name the host (test clusters only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--command-config %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--command-config ignores %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bootstrap HOST:PORT is required (or bootstrap.servers in --command-config)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>no answer from the resolver within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker&apos;s certificate expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker&apos;s certificate is valid only from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host-name mismatch: the certificate names %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untrusted certificate: %1 (is the CA file the one that signed it?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the client certificate %1 or its key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the client key %1: wrong key password, or not a PEM key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no handshake within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bootstrap server given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate trusted and names the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate trusted; host name not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 brokers, %2 topics, cluster %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the bootstrap servers answered; do the brokers advertise addresses this machine can reach?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SASL authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>an empty entry (check for stray commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no port (expected host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has port %2 outside 1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap servers: empty; enter host:port, e.g. localhost:9092</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap servers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security protocol: &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SASL mechanism: &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SASL username: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra properties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra properties, line %1: &quot;%2&quot; is not key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; does not exist or is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host-name verification is off: any server with a certificate from a trusted CA can pose as these brokers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SASL username: empty; OAUTHBEARER needs the principal of its token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL client certificate and key: give both or neither</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsumeCommand</name>
    <message>
        <source>Print a topic&apos;s messages as JSON Lines or CSV, without joining a group or committing offsets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jsonl (default) or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes jsonl or csv, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) written</source>
        <translation>
            <numerusform>%n message written</numerusform>
            <numerusform>%n messages written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>interrupted after %n message(s)</source>
        <translation>
            <numerusform>interrupted after %n message</numerusform>
            <numerusform>interrupted after %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsumerOffsetsText</name>
    <message>
        <source>%1 counts %2 elements, more than the bytes left can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes follow the last field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed %1 at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a varint longer than 5 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is null, which it may not be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the length %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 bytes, only %3 are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1 version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>__consumer_offsets key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A __consumer_offsets record of type %1, neither an offset commit (0, 1) nor group metadata (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key tells the value&apos;s type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset commit value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group metadata value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Broker %1 is down: partitions name it as a replica, but it is missing from the cluster metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end offsets&apos; history cannot tell yet, and the oldest unread message was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least this long: estimated from the end offsets&apos; history, which does not reach back far enough (or a lagging partition&apos;s time lag is unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated from the end offsets&apos; history: how long ago the end was where the group is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact: the age of the oldest unread message, by the timestamp its producer set (CreateTime), so as right as the producer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact: the age of the oldest unread message, by the timestamp the broker set when it appended it (LogAppendTime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact: no message is waiting to be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupClient</name>
    <message>
        <source>%1 got no answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>described as dead although it has committed offsets: it probably uses the new consumer protocol (KIP-848), which this client cannot describe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this cluster cannot list groups (librdkafka&apos;s mock cluster); only the groups watched by hand are polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this cluster cannot describe groups (librdkafka&apos;s mock cluster), so the state and members are unknown; lag comes from committed offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and it has no committed offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed by the broker and has no committed offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: this connection is read-only, so offsets cannot be reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: this cluster cannot describe groups, so it cannot be checked that the group has no running consumers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupService</name>
    <message>
        <source>The helper sent an answer that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group poll is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: this connection is read-only, so offsets cannot be reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restarted after a librdkafka failure: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restarted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The offsets may or may not have been reset: preview again to see them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupWorker</name>
    <message>
        <source>The helper could not read the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group polling cannot serve requests of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset resets cannot serve requests of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helper could not read the connection settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsCommand</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) without a commit</source>
        <translation>
            <numerusform>%n partition without a commit</numerusform>
            <numerusform>%n partitions without a commit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) with unknown end offsets</source>
        <translation>
            <numerusform>%n partition with unknown end offsets</numerusform>
            <numerusform>%n partitions with unknown end offsets</numerusform>
        </translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total lag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this group (may be repeated). Also works when the broker does not allow listing groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time lag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print consumer groups with their state and, per partition, the committed offset, the end offset, the lag, the time lag and the verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll this many times and judge each partition over those polls (default 1: too few for any verdict but OK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between the polls of --samples (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--samples needs a whole number of polls, at least 1, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval needs a positive number of seconds, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>interrupted after %n poll(s)</source>
        <translation>
            <numerusform>interrupted after %n poll</numerusform>
            <numerusform>interrupted after %n polls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message numerus="yes">
        <source>It hosts %n partition replica(s)</source>
        <translation>
            <numerusform>It hosts %n partition replica</numerusform>
            <numerusform>It hosts %n partition replicas</numerusform>
        </translation>
    </message>
    <message>
        <source>; other brokers lead all of their partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Last seen at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no replica is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>replicas on broker(s) %1</source>
        <translation>
            <numerusform>replicas on broker %1</numerusform>
            <numerusform>replicas on brokers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n partition(s) without a leader</source>
        <translation>
            <numerusform>%1: %n partition without a leader</numerusform>
            <numerusform>%1: %n partitions without a leader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partition(s) %1 offline: producing and reading fail until a replica is back (%2)</source>
        <translation>
            <numerusform>Partition %1 offline: producing and reading fail until a replica is back (%2)</numerusform>
            <numerusform>Partitions %1 offline: producing and reading fail until a replica is back (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>broker %1 (partition(s) %2)</source>
        <translation>
            <numerusform>broker %1 (partition %2)</numerusform>
            <numerusform>broker %1 (partitions %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Replicas out of sync or down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>. Partition(s) %1 down to the leader alone: losing it makes them offline</source>
        <translation>
            <numerusform>. Partition %1 down to the leader alone: losing it makes it offline</numerusform>
            <numerusform>. Partitions %1 down to the leader alone: losing it makes them offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n partition(s) under-replicated</source>
        <translation>
            <numerusform>%1: %n partition under-replicated</numerusform>
            <numerusform>%1: %n partitions under-replicated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Broker %1 leads %2 of the %n partition(s) it is the preferred leader of</source>
        <translation>
            <numerusform>Broker %1 leads %2 of the %n partition it is the preferred leader of</numerusform>
            <numerusform>Broker %1 leads %2 of the %n partitions it is the preferred leader of</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) could move back to it, as it is in their in-sync replicas: a preferred leader election does that (kafka-leader-election --election-type preferred), as does auto.leader.rebalance.enable at its next check</source>
        <translation>
            <numerusform>%n partition could move back to it, as it is in their in-sync replicas: a preferred leader election does that (kafka-leader-election --election-type preferred), as does auto.leader.rebalance.enable at its next check</numerusform>
            <numerusform>%n partitions could move back to it, as it is in their in-sync replicas: a preferred leader election does that (kafka-leader-election --election-type preferred), as does auto.leader.rebalance.enable at its next check</numerusform>
        </translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n partition(s) of those without a leader</source>
        <translation>
            <numerusform>; %n partition of those without a leader</numerusform>
            <numerusform>; %n partitions of those without a leader</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n partition(s) under min.insync.replicas</source>
        <translation>
            <numerusform>%1: %n partition under min.insync.replicas</numerusform>
            <numerusform>%1: %n partitions under min.insync.replicas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partition(s) %1 have fewer than %2 in-sync replicas on online brokers: producers with acks=all fail there until replicas catch up</source>
        <translation>
            <numerusform>Partition %1 has fewer than %2 in-sync replicas on online brokers: producers with acks=all fail there until replicas catch up</numerusform>
            <numerusform>Partitions %1 have fewer than %2 in-sync replicas on online brokers: producers with acks=all fail there until replicas catch up</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message numerus="yes">
        <source>No findings: %n broker(s) up, every partition led and with all its replicas in sync.</source>
        <translation>
            <numerusform>No findings: %n broker up, every partition led and with all its replicas in sync.</numerusform>
            <numerusform>No findings: %n brokers up, every partition led and with all its replicas in sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the cluster&apos;s health findings (brokers down, partitions without a leader or under-replicated, leadership not back on its preferred leaders) and exit with 1 when any is at or above a severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The least severity that makes the exit code 1: critical, warning (default) or notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-at takes critical, warning or notice, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The history cannot be kept: Qt&apos;s SQLite driver is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be kept: the folder of %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history in %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the lag and offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downsample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep within its bound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KafkaConfig</name>
    <message>
        <source>Property &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create Kafka client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create Kafka client: the client key cannot be read: wrong key password, or not a PEM key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPartitioning</name>
    <message>
        <source>murmur2, the default of Java clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC32, the default of librdkafka clients (consistent_random)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagVerdict</name>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 message</numerusform>
            <numerusform>%1 messages</numerusform>
        </translation>
    </message>
    <message>
        <source>no samples yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group has not committed an offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partition&apos;s watermarks are unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag %1 may be only transaction markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough history yet (%1 of %2 samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed offset moved back from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed offset stuck at %1 for %2 while %3 arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed offset stuck at %1 for %2 with %3 waiting and none arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a partition and its verdict</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REWIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed offset reset from %1 to %2 while the group was empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no members; lag %1 and rising from %2 over %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no members; lag %1 and not rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag up about %1 over %2, now %3; the group read %4 while %5 arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag %1 is not rising; the group read %2 while %3 arrived in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n other partition(s) %2 too)</source>
        <comment>a partition&apos;s verdict</comment>
        <translation>
            <numerusform>%1 (%n other partition %2 too)</numerusform>
            <numerusform>%1 (%n other partitions %2 too)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDecoderText</name>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>int32 (big-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>int64 (big-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uint32 (big-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uint64 (big-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>__consumer_offsets record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JSON object or array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not %1: it takes %2 bytes, these are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A __consumer_offsets value needs its key, and the key is null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageFilterText</name>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageReader</name>
    <message>
        <source>Cannot read the partitions of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Topic %1 has no partition %2: it has %n partition(s)</source>
        <translation>
            <numerusform>Topic %1 has no partition %2: it has %n partition</numerusform>
            <numerusform>Topic %1 has no partition %2: it has %n partitions</numerusform>
        </translation>
    </message>
    <message>
        <source>offset %1 is out of range: partition %2 holds offsets %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset %1 is out of range for %2-%3: it holds offsets %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset %1 is out of range in every partition of %2; for example %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start reading %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset %1 is no longer in the partition (removed by retention?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer for %1 s reading partition %2 from broker %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition %1 waits at its last stable offset %2: a transaction is open up to offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s: cannot read the partitions of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition %1 has no leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broker %1 did not answer within %2 s: where to read partition %3 is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the offsets of partition %1 from broker %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the offsets of partition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read any partition of %1; for example %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageReplayer</name>
    <message>
        <source>No target topic: name one, or a header that names each message&apos;s topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the partitions of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not acknowledged within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header %1 names a target topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Topic %1 has no partition %2: it has %n partition(s)</source>
        <translation>
            <numerusform>Topic %1 has no partition %2: it has %n partition</numerusform>
            <numerusform>Topic %1 has no partition %2: it has %n partitions</numerusform>
        </translation>
    </message>
    <message>
        <source>the producer for %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the producer&apos;s queue stayed full for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: this connection is read-only, so messages cannot be replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageWriter</name>
    <message>
        <source>Cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffsetResetter</name>
    <message>
        <source>Group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Group %1 has %n active member(s): stop its consumers before resetting its offsets, or they will overwrite them</source>
        <translation>
            <numerusform>Group %1 has %n active member: stop its consumers before resetting its offsets, or they will overwrite them</numerusform>
            <numerusform>Group %1 has %n active members: stop its consumers before resetting its offsets, or they will overwrite them</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1 has no offsets on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offsets of %1 are unknown right now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset %1 is out of range for %2, which holds offsets %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 has no committed offsets to reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartitionLag</name>
    <message>
        <source>no commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired (%1 lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplayCommand</name>
    <message>
        <source>the topics header %1 names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce a topic&apos;s messages again, with their keys, values and headers, to a topic of the same cluster or to the topic a header of each message names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic to produce to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce each message to the topic its header of this name names (dead-letter redrive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the messages&apos; timestamps (default: the time of replay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the messages&apos; partitions (default: by key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --to-topic or --to-topic-from-header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to-topic and --to-topic-from-header need a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of %1 replayed to %2: %3 sent, %4 acknowledged, %5 failed</source>
        <translation>
            <numerusform>%n message of %1 replayed to %2: %3 sent, %4 acknowledged, %5 failed</numerusform>
            <numerusform>%n messages of %1 replayed to %2: %3 sent, %4 acknowledged, %5 failed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent, %2 acknowledged, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicaCellPainter</name>
    <message>
        <source>Not a replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-sync follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-sync follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline replica</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicaLegend</name>
    <message>
        <source>Serves reads and writes for the partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caught up with the leader (in the ISR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned but lagging behind (not in the ISR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to a broker that is down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotClient</name>
    <message>
        <source>Request timed out: no metadata from %1 within %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader broker %1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broker %1 did not answer ListOffsets within %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ListOffsets to broker %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watermarks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n broker(s) online</source>
        <translation>
            <numerusform>%n broker online</numerusform>
            <numerusform>%n brokers online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Broker(s) %1 is/are down</source>
        <translation>
            <numerusform>Broker %1 is down</numerusform>
            <numerusform>Brokers %1 are down</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>Print brokers, controller, topics and partitions (leader, replicas, ISR, watermarks) of a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotPrinter</name>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n partition</numerusform>
            <numerusform>%n partitions</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KRaft quorum (%1; active controller not visible to clients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voters not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voters %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper mode, controller %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata mode unknown, controller unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1/%n broker(s) online</source>
        <translation>
            <numerusform>%1/%n broker online</numerusform>
            <numerusform>%1/%n brokers online</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 under-replicated, %2 offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeLagEstimator</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerProcess</name>
    <message>
        <source>Cannot start the %1 helper %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected frame of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was aborted (SIGABRT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was killed (SIGKILL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed with a segmentation fault (SIGSEGV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed with a bus error (SIGBUS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed with an arithmetic error (SIGFPE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed on an illegal instruction (SIGILL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was terminated (SIGTERM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost its pipe to this program (SIGPIPE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was ended by signal %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 helper (pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an unexpected message (type %2, id %3) and was killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a malformed message (%2) and was killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; its last output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited unexpectedly with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s and was killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a frame announced %1 bytes, more than the %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input ended inside a frame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita</name>
    <message>
        <source>Desktop monitor for Apache Kafka clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in demo cluster (librdkafka mock) and watch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the plaintext cluster at &lt;host:port[,...]&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every &lt;seconds&gt; (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the window to &lt;file&gt; (PNG) after the first refresh, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: wait for &lt;count&gt; refreshes first, e.g. for some lag history (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and --bootstrap exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs a cluster: add --demo or --bootstrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval wants a positive number of seconds, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--refreshes wants a positive whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the demo cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &lt;view&gt; first: overview, topics, topology, groups, messages or events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window at &lt;width&gt;x&lt;height&gt; pixels, e.g. 1024x640.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size wants &lt;width&gt;x&lt;height&gt;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita-cli</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: partita-cli &lt;command&gt; [options]

commands:
  snapshot   brokers, controller, topics and partitions of a cluster
  groups     consumer groups with committed offsets and lag per partition
  health     the cluster&apos;s health findings, with an exit code for scripts
  consume    a topic&apos;s messages as JSON Lines or CSV
  replay     produce a topic&apos;s messages again, to another topic or the one a header names
  check      test the connection stage by stage and name the stage that fails

Run `partita-cli &lt;command&gt; --help` for a command&apos;s options, `partita-cli --version` for the version.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita-worker</name>
    <message>
        <source>usage: partita-worker ROLE
Started by Partita, which talks to it over stdin and stdout; not meant to be run by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::AclDialog</name>
    <message>
        <source>New ACL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Control Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal, e.g. User:alice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource name (matching ACLs, wildcards and prefixes too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing ACLs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ACL(s) match</source>
        <translation>
            <numerusform>%n ACL match</numerusform>
            <numerusform>%n ACLs match</numerusform>
        </translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ACLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n ACL(s)?

%1</source>
        <translation>
            <numerusform>Delete %n ACL?

%1</numerusform>
            <numerusform>Delete %n ACLs?

%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n ACL(s)…</source>
        <translation>
            <numerusform>Deleting %n ACL…</numerusform>
            <numerusform>Deleting %n ACLs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ACL(s) deleted</source>
        <translation>
            <numerusform>%n ACL deleted</numerusform>
            <numerusform>%n ACLs deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>partita::AclEditDialog</name>
    <message>
        <source>New ACL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create ACL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:alice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* for any host, else the client&apos;s IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders, or * for every one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Principal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resource type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ttern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per&amp;mission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A principal has a type: User:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create this ACL?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the ACL…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::AclModel</name>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Literal: that name only. Prefixed: every name that starts with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::AddPartitionsDialog</name>
    <message>
        <source>Add Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partitions after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producers that partition by key will send most keys to another partition than before: the order of one key&apos;s messages holds no longer across the change, and consumers that keep state per key may see it split. Kafka cannot remove partitions again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding partitions to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::AdminActions</name>
    <message>
        <source>&amp;New Topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Partitions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;Records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &amp;Configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Broker Configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ACLs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic %1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic %1 has %2 partitions now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s) deleted from %2</source>
        <translation>
            <numerusform>%1 message deleted from %2</numerusform>
            <numerusform>%1 messages deleted from %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration of %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::BrokerModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions this broker leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition replicas this broker hosts, leaders included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the cluster controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; a controller voter of the KRaft quorum (which voter is active is not visible to clients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Msgs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages produced per second to the partitions this broker leads, between the last two refreshes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::ClusterSession</name>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::ConfigDialog</name>
    <message>
        <source>Configuration of Topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only values not at Kafka&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker configuration is shown only; change it with kafka-configs or in server.properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only connection: the configuration is shown only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reset to the default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::ConfigEntryModel</name>
    <message>
        <source>(sensitive, not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: cannot be changed while the broker runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive: the broker never shows its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this broker, at runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all brokers, at runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broker&apos;s server.properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the value comes from: the topic, a broker, or Kafka&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::ConnectionDialog</name>
    <message>
        <source>Connect to Kafka Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host1:9092,host2:9092</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># librdkafka properties, one key=value per line
socket.timeout.ms=10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read-only: refuse offset resets and deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For clusters that must not be changed by accident: Partita still shows everything and previews resets, but refuses to change anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bootstrap servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SASL &amp;mechanism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra properties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the connection profile &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a profile name to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems below to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these settings as profile &quot;%1&quot; (without the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot connect yet:&lt;/b&gt;&lt;ul style=&quot;margin: 0&quot;&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;To connect:&lt;/b&gt;&lt;ul style=&quot;margin: 0&quot;&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the settings from a Java client.properties (as Kafka&apos;s tools take with --command-config) or a kcat/librdkafka configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for brokers that require one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never saved; only for an encrypted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the brokers&apos; host names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that each broker&apos;s certificate names the host connected to. Turn off only for test clusters whose certificates do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL Client Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL Client Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client cer&amp;tificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Client Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client configurations (*.properties *.conf *.config);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed to librdkafka as an extra property: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported. Not every key became a field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready to connect, but:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never saved with the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by the desktop&apos;s Secret Service, never in Partita&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember t&amp;he passwords in the desktop keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember t&amp;he passwords until Partita quits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::ConnectionStatusWidget</name>
    <message>
        <source>Polling the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale: refreshed %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshed %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last snapshot taken at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Details: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::ConnectionTestPanel</name>
    <message>
        <source>Tries name resolution, TCP, TLS, SASL and metadata in turn and says which stage fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stage passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Conn&amp;ection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::CreateTopicDialog</name>
    <message>
        <source>New Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. orders.v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most the %n broker(s) the cluster has</source>
        <translation>
            <numerusform>At most the %n broker the cluster has</numerusform>
            <numerusform>At most the %n brokers the cluster has</numerusform>
        </translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replication factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic named %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::DeleteRecordsDialog</name>
    <message>
        <source>Delete Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages before offset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1 (offsets %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumers that have not read these messages yet will never see them. The partitions and their offsets stay; the first offset moves up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to delete: those offsets hold no messages any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s) will be deleted.</source>
        <translation>
            <numerusform>%1 message will be deleted.</numerusform>
            <numerusform>%1 messages will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 Message(s)</source>
        <translation>
            <numerusform>Delete %1 Message</numerusform>
            <numerusform>Delete %1 Messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 message(s) from %2? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %1 message from %2? This cannot be undone.</numerusform>
            <numerusform>Delete %1 messages from %2? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %1 message(s)…</source>
        <translation>
            <numerusform>Deleting %1 message…</numerusform>
            <numerusform>Deleting %1 messages…</numerusform>
        </translation>
    </message>
    <message>
        <source>Partition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::DeleteTopicDialog</name>
    <message>
        <source>Delete Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and its %n message(s) in %2 partition(s) will be deleted for every producer and consumer. This cannot be undone.</source>
        <translation>
            <numerusform>%1 and its %n message (in %2 partitions) will be deleted for every producer and consumer. This cannot be undone.</numerusform>
            <numerusform>%1 and its %n messages (in %2 partitions) will be deleted for every producer and consumer. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and every message in its %2 partition(s) will be deleted for every producer and consumer. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the topic&apos;s name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::DemoCluster</name>
    <message>
        <source>Cannot create the mock cluster&apos;s client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start librdkafka&apos;s mock cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo producer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mock cluster did not describe the demo topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::DemoMenu</name>
    <message>
        <source>&amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to stop mock broker %1; its partitions get new leaders on the next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::EventModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::EventsPage</name>
    <message>
        <source>All times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened yet: events appear here as the polls see brokers, leaders, ISR, topics and groups change, and stay across restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::GroupMemberModel</name>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static member, group instance id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>client id on host</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>member label and what tells it apart</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>topic: its partitions</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::GroupModel</name>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Summed over %n partition(s)</source>
        <translation>
            <numerusform>Summed over %n partition</numerusform>
            <numerusform>Summed over %n partitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) expired:</source>
        <translation>
            <numerusform>%n partition expired:</numerusform>
            <numerusform>%n partitions expired:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retention deleted %1 message(s) before the group read them (they count as lag)</source>
        <translation>
            <numerusform>retention deleted %1 message before the group read them (they count as lag)</numerusform>
            <numerusform>retention deleted %1 messages before the group read them (they count as lag)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) without a committed offset, not counted</source>
        <translation>
            <numerusform>%n partition without a committed offset, not counted</numerusform>
            <numerusform>%n partitions without a committed offset, not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) with unknown watermarks, not counted</source>
        <translation>
            <numerusform>%n partition with unknown watermarks, not counted</numerusform>
            <numerusform>%n partitions with unknown watermarks, not counted</numerusform>
        </translation>
    </message>
    <message>
        <source>Watched by hand: the broker does not list this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lag %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages between the committed offsets and the partition ends, summed over the group&apos;s partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worst partition&apos;s verdict over the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time lag of the partition furthest behind: the age of its oldest unread message, ≈ where estimated from the end offsets&apos; history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::GroupPartitionModel</name>
    <message>
        <source>The committed offset was read after the end offset: the group is caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has not committed an offset for this partition, so neither 0 nor the whole log would be true</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retention deleted %1 message(s) before the group read them; the lag of %2 counts them</source>
        <translation>
            <numerusform>Retention deleted %1 message before the group read them; the lag of %2 counts them</numerusform>
            <numerusform>Retention deleted %1 messages before the group read them; the lag of %2 counts them</numerusform>
        </translation>
    </message>
    <message>
        <source>The partition&apos;s watermarks could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s committed offset: the next message it will read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the committed offset failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No committed offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High watermark: the offset the next message written will get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest retained offset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages between the committed offset and the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health over the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned to any member of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member the partition is assigned to: client id, host and, where those do not tell it apart, the start of its member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age of the oldest message the group has not read; ≈ where estimated from how long ago the end of the partition was where the group is now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::GroupsPage</name>
    <message>
        <source>Stop Watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Offsets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll a group by its id, also when the broker does not list it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop polling the selected group by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch Consumer Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group id to poll, also when the broker does not list it (for example when listing groups is not allowed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a group to reset its committed offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Group %1 has %n active member(s): stop its consumers first, or they would overwrite the new offsets</source>
        <translation>
            <numerusform>Group %1 has %n active member: stop its consumers first, or they would overwrite the new offsets</numerusform>
            <numerusform>Group %1 has %n active members: stop its consumers first, or they would overwrite the new offsets</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the committed offsets of group %1 (the selected partitions, or all of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Read-only connection: resets are unavailable; a reset can only be previewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview Offset Reset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer groups could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — showing the poll from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading consumer groups… The first poll can take a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker did not list its consumer groups: %1. Add groups by hand with “Watch Group…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster has no consumer groups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::HealthFindingModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::JobPanel</name>
    <message>
        <source>Show failures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::KeychainSecretStore</name>
    <message>
        <source>The desktop keychain cannot be used (%1): passwords are kept until Partita quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Secret Service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::LagChart</name>
    <message>
        <source>Total lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag by partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no partitions with offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lag measured for %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1 more (pick them in
the partition table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
Lag: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag of %1 on %2, %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Others (mean of %n partition(s))</source>
        <comment>lag chart: partitions without a line</comment>
        <translation>
            <numerusform>Others (mean of %n partition)</numerusform>
            <numerusform>Others (mean of %n partitions)</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 partitions lagging most
of %2; Others: the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to pan, scroll to zoom time (Ctrl: lag), double-click to follow; click lines or legend entries to pick partitions; Shift+drag a time range for its events, marked as dashed lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far back the chart reaches in the lasting history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Partita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Demo cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Built-in demo cluster&lt;/b&gt; (librdkafka mock) — bootstrap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &lt;b&gt;%1&lt;/b&gt; — bootstrap %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — &lt;i&gt;read-only&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Partita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Partita %1&lt;/h3&gt;&lt;p&gt;A desktop monitor for Apache Kafka clusters: brokers, topics, partitions and where every replica lives.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;librdkafka %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in demo cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cluster could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::MessageDetail</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value as hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1, offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(null key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(null value: a tombstone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a message to see it in full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::MessageExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1: %2 of %3 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting to %1: %n message(s)</source>
        <translation>
            <numerusform>Exporting to %1: %n message</numerusform>
            <numerusform>Exporting to %1: %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1</source>
        <translation>
            <numerusform>Exported %n message to %1</numerusform>
            <numerusform>Exported %n messages to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled after %n message(s): %1 was not written</source>
        <translation>
            <numerusform>Export cancelled after %n message: %1 was not written</numerusform>
            <numerusform>Export cancelled after %n messages: %1 was not written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export failed after %n message(s): %1. %2 was not written</source>
        <translation>
            <numerusform>Export failed after %n message: %1. %2 was not written</numerusform>
            <numerusform>Export failed after %n messages: %1. %2 was not written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>partita::MessageReplay</name>
    <message>
        <source>the topics header %1 names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent, %2 acknowledged, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaying %n message(s) to %1: %2</source>
        <translation>
            <numerusform>Replaying %n message to %1: %2</numerusform>
            <numerusform>Replaying %n messages to %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaying to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replayed %n message(s) to %1: %2</source>
        <translation>
            <numerusform>Replayed %n message to %1: %2</numerusform>
            <numerusform>Replayed %n messages to %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replay to %1 broke off after %n message(s): %2. %3</source>
        <translation>
            <numerusform>Replay to %1 broke off after %n message: %2. %3</numerusform>
            <numerusform>Replay to %1 broke off after %n messages: %2. %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replay to %1 cancelled after %n message(s): %2</source>
        <translation>
            <numerusform>Replay to %1 cancelled after %n message: %2</numerusform>
            <numerusform>Replay to %1 cancelled after %n messages: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Partition %1, offset %2, to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::MessageTableModel</name>
    <message>
        <source>Set by the producer (CreateTime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the broker when it appended the message (LogAppendTime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tombstone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes of key, value and headers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::MessagesPage</name>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions to read, e.g. &quot;0, 2&quot;; empty for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest per partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (new messages only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at a timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms or 2026-12-02T10:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read_committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read_uncommitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read_committed hides aborted transactions and stops at open ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the messages read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a topic to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions are numbers separated by commas, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time is milliseconds since 1970 or a date such as 2026-12-02T10:00, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start offset is a number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of newest messages is a number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop time is milliseconds since 1970 or a date such as 2026-12-02T10:00, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading from the end to the end shows nothing: choose &quot;Keep following&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read</source>
        <translation>
            <numerusform>%n message read</numerusform>
            <numerusform>%n messages read</numerusform>
        </translation>
    </message>
    <message>
        <source>, filtering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n match(es)</source>
        <translation>
            <numerusform>, %n match</numerusform>
            <numerusform>, %n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a topic and where to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding where to start in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading: %1, %2 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following new messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the messages with this key: reads only the partition the key maps to, as long as the topic has the partition count it had when they were produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Java partitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>librdkafka partitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partitioner of the producer that wrote the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the key column and the detail show keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the value column and the detail show values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages shown (as filtered)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole range, read again from the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write messages to a JSON Lines or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is running: wait for it or cancel it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range to export needs an end: choose &quot;Stop at the end&quot; or a timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the messages to export first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages shown to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; maps to partition %2 under %3: only that partition is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replay is running: wait for it or cancel it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range to replay needs an end: choose &quot;Stop at the end&quot; or a timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the messages to replay first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages shown to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected message(s) of %1</source>
        <translation>
            <numerusform>%n selected message of %1</numerusform>
            <numerusform>%n selected messages of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>all partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partitions %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is read-only: replaying would write to the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce messages again, to the same topic or another</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n message(s) of %1 the table shows</source>
        <translation>
            <numerusform>The %n message of %1 the table shows</numerusform>
            <numerusform>The %n messages of %1 the table shows</numerusform>
        </translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages of %1 (%2), read again from the cluster: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how far reading has come in each partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 messages/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::OffsetResetDialog</name>
    <message numerus="yes">
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n partition</numerusform>
            <numerusform>%n partitions</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Offsets of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where consumer group &lt;b&gt;%1&lt;/b&gt; should continue reading, preview the change, then apply it. Nothing changes before you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only connection.&lt;/b&gt; You can preview a reset, but Partita will not apply it. Connect with a profile that is not read-only to reset offsets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the oldest message each partition still keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end: skip everything not consumed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All partitions the group has offsets for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the &amp;selected partitions (none selected on the Groups page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the &amp;selected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the cluster what the reset would change, without changing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New offset minus committed: negative re-reads messages, positive skips them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Reset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Preview to see the offsets the group would get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed before the cluster answered: the offsets may or may not have been reset. Check the group before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed before the cluster answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the committed offsets of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the committed offsets of group “%1” on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its consumers continue from the new offsets the next time they start. The old offsets are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the new offsets of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>moves back %1 offset(s) (those messages are read again)</source>
        <translation>
            <numerusform>moves back %1 offset (those messages are read again)</numerusform>
            <numerusform>moves back %1 offsets (those messages are read again)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moves ahead %1 offset(s) (those messages are skipped)</source>
        <translation>
            <numerusform>moves ahead %1 offset (those messages are skipped)</numerusform>
            <numerusform>moves ahead %1 offsets (those messages are skipped)</numerusform>
        </translation>
    </message>
    <message>
        <source>keeps the committed offsets as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of %1: the group %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> This connection is read-only, so it cannot be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nothing has changed yet: press Apply Reset to write these offsets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offsets were not reset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: group %1 continues from the new offsets on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the new offsets: wait for the cluster&apos;s answer before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice changed: press Preview again before applying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is read-only: offset resets are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview first: Apply writes exactly the previewed offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the previewed offsets for group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::OverviewPage</name>
    <message>
        <source>Cluster ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brokers online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under-replicated partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller a broker names in its Metadata answer is shown only in ZooKeeper mode: in KRaft mode it is a random live broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KRaft quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters not named in the broker configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active controller not visible to clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster keeps its metadata in a KRaft controller quorum. Kafka does not tell clients which voter is the active controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster keeps its metadata in ZooKeeper, but the controller the brokers name is not one of them, or the cluster is migrating to KRaft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster keeps its metadata in ZooKeeper; the brokers name the active controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata mode unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No broker configuration could be read (DescribeConfigs not supported, as on the demo cluster, not allowed, or not answered yet), so KRaft and ZooKeeper mode cannot be told apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a finding to see what it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet: findings appear after the first refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n internal topic(s)</source>
        <translation>
            <numerusform>and %n internal topic</numerusform>
            <numerusform>and %n internal topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), the most severe first:</source>
        <translation>
            <numerusform>%n finding:</numerusform>
            <numerusform>%n findings, the most severe first:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to report: %n broker(s) up, every partition led and with all its replicas in sync, no consumer group stopped, stalled or falling behind.</source>
        <translation>
            <numerusform>Nothing to report: %n broker up, every partition led and with all its replicas in sync, no consumer group stopped, stalled or falling behind.</numerusform>
            <numerusform>Nothing to report: %n brokers up, every partition led and with all its replicas in sync, no consumer group stopped, stalled or falling behind.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Not connected&lt;/h3&gt;&lt;p&gt;Connect to a Kafka cluster, or look around on the built-in demo cluster: three brokers, a topic receiving web clicks and three consumer groups reading it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::PartitionModel</name>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under-replicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leader: the partition can be neither read nor written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas not in sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas on down brokers: %1 (the ISR lists them until Kafka fences the broker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-sync replicas: those caught up with the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High minus low watermark: the messages retained, except on compacted topics and where transaction markers take offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Msgs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages produced per second between the last two refreshes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::PayloadView</name>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the first %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: as written, since JSON this large is not indented</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::ReadProgressModel</name>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for an open transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the end, following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker read from, as metadata named it when reading started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages read from the partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next offset to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition&apos;s end when reading started: the last stable offset under read_committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offsets read of those from the start to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::ReplayDialog</name>
    <message>
        <source>To the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the topic named in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the original timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the original partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each message goes to the topic its header of this name names (dead-letter redrive); a message without that header is a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise each message is stamped when it is produced again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise the partition is chosen by key; a partition the target topic does not have is a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the header that names each message&apos;s topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the topic to produce to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce every message of the range to topic %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce every message of the range, each to the topic its header %1 names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Produce %n message(s) to topic %1.</source>
        <translation>
            <numerusform>Produce %n message to topic %1.</numerusform>
            <numerusform>Produce %n messages to topic %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Produce %n message(s), each to the topic its header %1 names.</source>
        <translation>
            <numerusform>Produce %n message, each to the topic its header %1 names.</numerusform>
            <numerusform>Produce %n messages, each to the topic its header %1 names.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are added to what the cluster holds; nothing there is changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::ScreenshotJob</name>
    <message numerus="yes">
        <source>%n refresh(es) short after %1 s</source>
        <translation>
            <numerusform>%n refresh short after %1 s</numerusform>
            <numerusform>%n refreshes short after %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot take the screenshot: no cluster is watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot take the screenshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::SessionSecretStore</name>
    <message>
        <source>Passwords are kept until Partita quits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::StaleBanner</name>
    <message>
        <source>&lt;b&gt;Cluster unreachable&lt;/b&gt; since %1 — showing the last data from %2 (%3 old). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::ThroughputChart</name>
    <message>
        <source>Messages/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per second: no topic selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per second of %1: not enough history yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per second of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per second of %1 (peak %2 off the scale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::TopicModel</name>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication factor: the largest replica set of any partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under-replicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions with fewer in-sync replicas than replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions without a leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: no partition watermarks could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High minus low watermark, summed over partitions: the messages retained, except on compacted topics and where transaction markers take offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Msgs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages produced per second between the last two refreshes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::TopicsPage</name>
    <message>
        <source>Show internal topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter topics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions: no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions: no topic selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::TopologyModel</name>
    <message>
        <source>L</source>
        <comment>topology cell: the leader replica</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <comment>topology cell: an in-sync follower</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F!</source>
        <comment>topology cell: a follower out of sync</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1: leader of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1: in-sync follower of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1: follower of %2, out of sync (not in ISR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1: replica of %2, offline: broker %1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1 (down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n partition(s))</source>
        <comment>topology: a topic&apos;s header row</comment>
        <translation>
            <numerusform>%1 %2 (%n partition)</numerusform>
            <numerusform>%1 %2 (%n partitions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show the partitions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to hide the partitions of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partita::TopologyView</name>
    <message>
        <source>Filter topics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln partition(s)</source>
        <translation>
            <numerusform>%Ln partition</numerusform>
            <numerusform>%Ln partitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln broker(s)</source>
        <translation>
            <numerusform>%Ln broker</numerusform>
            <numerusform>%Ln brokers</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse messages of %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show internal topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>__consumer_offsets and the other topics Kafka keeps for itself, listed after all others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
