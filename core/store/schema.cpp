// SPDX-License-Identifier: Apache-2.0
#include "schema.h"

namespace {

// ${ID} is the surrogate key: INTEGER PRIMARY KEY on SQLite, an identity column on PostgreSQL.
// ${WITHOUT_ROWID} clusters a table by its primary key on SQLite; PostgreSQL has no such clause.
QList<Migration> buildMigrations()
{
    QList<Migration> list;

    list.append(Migration{
        1,
        QStringLiteral("Workspace metadata, owners, operators and the agent inventory"),
        {
            QStringLiteral("CREATE TABLE meta ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE owners ("
                           " id ${ID},"
                           " name TEXT NOT NULL,"
                           " email TEXT NOT NULL UNIQUE,"
                           " team TEXT NOT NULL,"
                           " created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE operators ("
                           " id ${ID},"
                           " username TEXT NOT NULL UNIQUE,"
                           " display_name TEXT NOT NULL,"
                           " role TEXT NOT NULL CHECK (role IN ('viewer', 'approver', 'admin')),"
                           " created_at BIGINT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE agents ("
                " id ${ID},"
                " name TEXT NOT NULL UNIQUE,"
                " spiffe_id TEXT NOT NULL UNIQUE,"
                " display_name TEXT NOT NULL,"
                " purpose TEXT NOT NULL,"
                " owner_id BIGINT REFERENCES owners(id),"
                " framework TEXT NOT NULL,"
                " model TEXT NOT NULL,"
                " environment TEXT NOT NULL CHECK (environment IN ('dev', 'staging', 'prod')),"
                " risk_tier TEXT NOT NULL CHECK (risk_tier IN ('low', 'medium', 'high', 'critical')),"
                " status TEXT NOT NULL"
                "   CHECK (status IN ('requested', 'active', 'suspended', 'retired', 'shadow')),"
                " created_at BIGINT NOT NULL,"
                " updated_at BIGINT NOT NULL,"
                " last_seen_at BIGINT,"
                // Only an agent discovered in logs may lack an accountable owner.
                " CHECK (owner_id IS NOT NULL OR status = 'shadow'))"),
            QStringLiteral("CREATE INDEX agents_owner ON agents(owner_id)"),
            QStringLiteral("CREATE INDEX agents_status ON agents(status)"),
            QStringLiteral("CREATE INDEX agents_environment ON agents(environment)"),
            QStringLiteral("CREATE INDEX agents_risk ON agents(risk_tier)"),
            QStringLiteral("CREATE INDEX agents_display_name ON agents(display_name)"),
            QStringLiteral("CREATE INDEX agents_last_seen ON agents(last_seen_at)"),
            // Clustered by agent: reading an agent's principals and tags is one range scan.
            QStringLiteral("CREATE TABLE agent_principals ("
                           " agent_id BIGINT NOT NULL REFERENCES agents(id),"
                           " kind TEXT NOT NULL CHECK (kind IN ('aws-role', 'k8s-sa', 'otel-agent-id')),"
                           " value TEXT NOT NULL,"
                           " PRIMARY KEY (agent_id, kind, value))${WITHOUT_ROWID}"),
            // A principal names one agent only: that is how activity finds its agent.
            QStringLiteral("CREATE UNIQUE INDEX agent_principals_value ON agent_principals(kind, value)"),
            QStringLiteral("CREATE TABLE agent_tags ("
                           " agent_id BIGINT NOT NULL REFERENCES agents(id),"
                           " tag TEXT NOT NULL,"
                           " PRIMARY KEY (agent_id, tag))${WITHOUT_ROWID}"),
            QStringLiteral("CREATE TABLE agent_status_history ("
                           " id ${ID},"
                           " agent_id BIGINT NOT NULL REFERENCES agents(id),"
                           " from_status TEXT,"
                           " to_status TEXT NOT NULL,"
                           " reason TEXT NOT NULL,"
                           " operator TEXT NOT NULL,"
                           " changed_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX agent_status_history_agent ON agent_status_history(agent_id)"),
        },
        {
            // Substring search over names, purpose, principals, tags and the owner, by trigram:
            // filtering 100,000 agents reads the index instead of every row.
            QStringLiteral("CREATE VIRTUAL TABLE agent_search USING fts5(text, tokenize = 'trigram')"),
        }});

    list.append(Migration{
        2,
        QStringLiteral("Signing keys, the certificate authority and the credential inventory"),
        {
            // The workspace's token signing keys; the private half only ever as encrypted PKCS#8.
            QStringLiteral("CREATE TABLE signing_keys ("
                           " id ${ID},"
                           " kid TEXT NOT NULL UNIQUE,"
                           " algorithm TEXT NOT NULL CHECK (algorithm IN ('EdDSA', 'ES256')),"
                           " public_jwk TEXT NOT NULL,"
                           " encrypted_key TEXT NOT NULL,"
                           " state TEXT NOT NULL CHECK (state IN ('current', 'previous', 'retired')),"
                           " created_at BIGINT NOT NULL,"
                           " retired_at BIGINT)"),
            // Every credential issued or observed: never a private key, never a token's signature.
            QStringLiteral(
                "CREATE TABLE credentials ("
                " id ${ID},"
                " agent_id BIGINT REFERENCES agents(id),"
                " kind TEXT NOT NULL CHECK (kind IN ('x509-svid', 'jwt', 'static-api-key', 'oauth-client')),"
                " identifier TEXT NOT NULL,"
                " fingerprint TEXT NOT NULL,"
                " audience TEXT NOT NULL,"
                " scope TEXT NOT NULL,"
                " task TEXT NOT NULL,"
                " issuer_key TEXT NOT NULL,"
                " issued_at BIGINT NOT NULL,"
                " expires_at BIGINT,"
                " revoked_at BIGINT,"
                " revocation_reason TEXT NOT NULL,"
                " UNIQUE (kind, identifier))"),
            // The workspace CA: a root and its issuing intermediates, keys encrypted like the signing keys.
            QStringLiteral("CREATE TABLE certificate_authorities ("
                           " id ${ID},"
                           " role TEXT NOT NULL CHECK (role IN ('root', 'intermediate')),"
                           " certificate TEXT NOT NULL,"
                           " encrypted_key TEXT NOT NULL,"
                           " state TEXT NOT NULL CHECK (state IN ('current', 'previous', 'retired')),"
                           " not_after BIGINT NOT NULL,"
                           " created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX credentials_agent ON credentials(agent_id)"),
            QStringLiteral("CREATE INDEX credentials_expires ON credentials(expires_at)"),
        },
        {}});

    list.append(Migration{
        3,
        QStringLiteral("Issued certificates kept with their inventory record, for renewal"),
        {
            // The certificate itself is public; keeping it lets an SVID be renewed for the key the
            // agent already proved it holds, without a new CSR.
            QStringLiteral("ALTER TABLE credentials ADD COLUMN certificate TEXT NOT NULL DEFAULT ''"),
        },
        {}});

    list.append(Migration{
        4,
        QStringLiteral("Operator signing keys and the hash-chained audit trail"),
        {
            QStringLiteral("ALTER TABLE operators ADD COLUMN email TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE operators ADD COLUMN key_id TEXT NOT NULL DEFAULT ''"),
            // The private half only as encrypted PKCS#8, under the operator's own passphrase.
            QStringLiteral("ALTER TABLE operators ADD COLUMN encrypted_key TEXT NOT NULL DEFAULT ''"),
            // Every key that ever signed an entry or checkpoint, kept so old entries still verify.
            QStringLiteral("CREATE TABLE audit_keys ("
                           " key_id TEXT PRIMARY KEY,"
                           " holder TEXT NOT NULL,"
                           " public_key TEXT NOT NULL,"
                           " created_at BIGINT NOT NULL)${WITHOUT_ROWID}"),
            QStringLiteral("CREATE TABLE audit_entries ("
                           " seq BIGINT PRIMARY KEY,"
                           " at BIGINT NOT NULL,"
                           " operator TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " object_type TEXT NOT NULL,"
                           " object_id TEXT NOT NULL,"
                           " payload TEXT NOT NULL,"
                           " payload_digest TEXT NOT NULL,"
                           " previous_hash TEXT NOT NULL,"
                           " entry_hash TEXT NOT NULL,"
                           " key_id TEXT NOT NULL,"
                           " signature TEXT NOT NULL)${WITHOUT_ROWID}"),
            QStringLiteral("CREATE INDEX audit_entries_object ON audit_entries(object_type, object_id)"),
            QStringLiteral("CREATE INDEX audit_entries_operator ON audit_entries(operator)"),
            QStringLiteral("CREATE INDEX audit_entries_action ON audit_entries(action)"),
            QStringLiteral("CREATE TABLE audit_checkpoints ("
                           " seq BIGINT PRIMARY KEY,"
                           " entry_hash TEXT NOT NULL,"
                           " at BIGINT NOT NULL,"
                           " key_id TEXT NOT NULL,"
                           " signature TEXT NOT NULL)${WITHOUT_ROWID}"),
        },
        {}});

    list.append(Migration{
        5,
        QStringLiteral("Requests, signed decisions and grants"),
        {
            QStringLiteral(
                "CREATE TABLE requests ("
                " id ${ID},"
                " kind TEXT NOT NULL CHECK (kind IN ('identity', 'permission', 'renewal', 'elevation')),"
                " agent_id BIGINT NOT NULL REFERENCES agents(id),"
                " requester TEXT NOT NULL,"
                " justification TEXT NOT NULL,"
                " task TEXT NOT NULL,"
                " statements TEXT NOT NULL,"
                " duration_seconds BIGINT NOT NULL,"
                " standing INTEGER NOT NULL,"
                " renews_grant_id BIGINT,"
                " risk TEXT NOT NULL CHECK (risk IN ('low', 'medium', 'high', 'critical')),"
                // 0 low .. 3 critical: the queue sorts by it without a CASE over every row.
                " risk_rank INTEGER NOT NULL,"
                " risk_reasons TEXT NOT NULL,"
                " state TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'denied', 'expired', "
                "'withdrawn')),"
                " created_at BIGINT NOT NULL,"
                " expires_at BIGINT NOT NULL,"
                " decided_at BIGINT)"),
            QStringLiteral("CREATE INDEX requests_queue ON requests(state, risk_rank, created_at)"),
            QStringLiteral("CREATE INDEX requests_agent ON requests(agent_id)"),
            QStringLiteral("CREATE TABLE decisions ("
                           " id ${ID},"
                           " request_id BIGINT NOT NULL REFERENCES requests(id),"
                           " operator TEXT NOT NULL,"
                           " decision TEXT NOT NULL CHECK (decision IN ('approve', 'deny')),"
                           " reason TEXT NOT NULL,"
                           " signed_payload TEXT NOT NULL,"
                           " key_id TEXT NOT NULL,"
                           " signature TEXT NOT NULL,"
                           " decided_at BIGINT NOT NULL,"
                           // One person counts once.
                           " UNIQUE (request_id, operator))"),
            QStringLiteral("CREATE TABLE grants ("
                           " id ${ID},"
                           " request_id BIGINT NOT NULL REFERENCES requests(id),"
                           " agent_id BIGINT NOT NULL REFERENCES agents(id),"
                           " statements TEXT NOT NULL,"
                           " task TEXT NOT NULL,"
                           " valid_from BIGINT NOT NULL,"
                           " valid_until BIGINT NOT NULL,"
                           " approvers TEXT NOT NULL,"
                           " standing INTEGER NOT NULL,"
                           " state TEXT NOT NULL CHECK (state IN ('active', 'expired', 'revoked')),"
                           " revoked_at BIGINT,"
                           " revocation_reason TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX grants_agent ON grants(agent_id, state)"),
            QStringLiteral("CREATE INDEX grants_expiry ON grants(state, valid_until)"),
            QStringLiteral("ALTER TABLE credentials ADD COLUMN grant_id BIGINT"),
        },
        {}});

    list.append(
        Migration{6,
                  QStringLiteral("Activity: connectors, events with their raw records, and quarantine"),
                  {
                      QStringLiteral("CREATE TABLE connectors ("
                                     " id ${ID},"
                                     " name TEXT NOT NULL UNIQUE,"
                                     " kind TEXT NOT NULL,"
                                     " settings TEXT NOT NULL,"
                                     " enabled INTEGER NOT NULL,"
                                     " cursor TEXT NOT NULL,"
                                     " read_count BIGINT NOT NULL,"
                                     " stored_count BIGINT NOT NULL,"
                                     " duplicate_count BIGINT NOT NULL,"
                                     " quarantined_count BIGINT NOT NULL,"
                                     " last_error TEXT NOT NULL,"
                                     " created_at BIGINT NOT NULL,"
                                     " updated_at BIGINT NOT NULL)"),
                      // Only what the timeline filters and shows; the raw record lives apart so that a scan
                      // over millions of events reads small rows.
                      QStringLiteral("CREATE TABLE events ("
                                     " id ${ID},"
                                     " event_key BLOB NOT NULL UNIQUE,"
                                     " time_ns BIGINT NOT NULL,"
                                     " connector_id BIGINT NOT NULL REFERENCES connectors(id),"
                                     " source TEXT NOT NULL,"
                                     " native_id TEXT NOT NULL,"
                                     " agent_id BIGINT REFERENCES agents(id),"
                                     " principal TEXT NOT NULL,"
                                     " action TEXT NOT NULL,"
                                     " native_action TEXT NOT NULL,"
                                     " resource TEXT NOT NULL,"
                                     " outcome INTEGER NOT NULL CHECK (outcome BETWEEN 0 AND 3),"
                                     " trace_id TEXT NOT NULL,"
                                     " span_id TEXT NOT NULL,"
                                     " parent_span_id TEXT NOT NULL,"
                                     " task TEXT NOT NULL,"
                                     " token_id TEXT NOT NULL,"
                                     " credential_kind TEXT NOT NULL,"
                                     " classification TEXT NOT NULL,"
                                     " bytes BIGINT NOT NULL)"),
                      QStringLiteral("CREATE INDEX events_time ON events(time_ns)"),
                      QStringLiteral("CREATE INDEX events_agent ON events(agent_id, time_ns)"),
                      QStringLiteral("CREATE INDEX events_trace ON events(trace_id) WHERE trace_id <> ''"),
                      QStringLiteral("CREATE TABLE event_raw ("
                                     " event_id ${ID},"
                                     " raw BLOB NOT NULL)"),
                      QStringLiteral("CREATE TABLE quarantine ("
                                     " id ${ID},"
                                     " connector_id BIGINT NOT NULL REFERENCES connectors(id),"
                                     " received_at BIGINT NOT NULL,"
                                     " location TEXT NOT NULL,"
                                     " reason TEXT NOT NULL,"
                                     " raw BLOB NOT NULL,"
                                     " raw_size BIGINT NOT NULL,"
                                     " reingested_at BIGINT)"),
                      QStringLiteral("CREATE INDEX quarantine_connector ON quarantine(connector_id, id)"),
                  },
                  {}});

    // A connector's secret (an HTTP poller's token or client secret) when it is kept in the workspace
    // rather than the system keychain: sealed under the workspace passphrase, never in plain text.
    list.append(Migration{7,
                          QStringLiteral("Connector secrets sealed under the workspace passphrase"),
                          {
                              QStringLiteral("CREATE TABLE connector_secrets ("
                                             " connector_id BIGINT PRIMARY KEY REFERENCES connectors(id),"
                                             " sealed BLOB NOT NULL,"
                                             " updated_at BIGINT NOT NULL)"),
                          },
                          {}});

    // Timeline filters saved by name for everyone working in the workspace, as the JSON of an
    // EventFilter: names rather than ids, and a relative period kept relative.
    list.append(Migration{8,
                          QStringLiteral("Saved timeline filters"),
                          {
                              QStringLiteral("CREATE TABLE saved_filters ("
                                             " name TEXT PRIMARY KEY,"
                                             " filter TEXT NOT NULL,"
                                             " saved_by TEXT NOT NULL,"
                                             " updated_at BIGINT NOT NULL)"),
                          },
                          {}});

    // Text filters over millions of events: a trigram index of the principal, native action and
    // resource that narrows a search to the events holding every trigram of the text. Contentless
    // and without positions (a candidate is confirmed against the event itself), so it costs a
    // fraction of the events table; built behind ingest up to the event id in meta
    // event_text_upto, so that ingest keeps its rate.
    list.append(Migration{9,
                          QStringLiteral("Trigram index for the timeline's text filter"),
                          {},
                          {
                              QStringLiteral("CREATE VIRTUAL TABLE event_text USING fts5(principal, "
                                             "native_action, resource, content = '', detail = none, "
                                             "columnsize = 0, tokenize = 'trigram')"),
                          }});

    // Where a file connector left each file, one row per file, so that a commit touches only the
    // files of its batch (a cursor holding every file was rewritten whole on each commit). The
    // inode finds a file read before under another name (rotated).
    list.append(Migration{
        10,
        QStringLiteral("Per-file progress of file connectors; quarantine dismissal; answers counted apart"),
        {
            QStringLiteral("CREATE TABLE connector_files ("
                           " connector_id BIGINT NOT NULL REFERENCES connectors(id),"
                           " path TEXT NOT NULL,"
                           " inode BIGINT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " PRIMARY KEY (connector_id, path))${WITHOUT_ROWID}"),
            QStringLiteral("CREATE INDEX connector_files_inode ON connector_files(inode)"),
            // A quarantined record someone judged not worth reading again: who, when and why, kept
            // with it (and in the audit trail) until it is purged.
            QStringLiteral("ALTER TABLE quarantine ADD COLUMN dismissed_at BIGINT"),
            QStringLiteral("ALTER TABLE quarantine ADD COLUMN dismissed_by TEXT"),
            QStringLiteral("ALTER TABLE quarantine ADD COLUMN dismiss_reason TEXT"),
            // Answers to stored calls were counted as stored events; they are counted apart.
            QStringLiteral("ALTER TABLE connectors ADD COLUMN answer_count BIGINT NOT NULL DEFAULT 0"),
        },
        {
            // The files a cursor held until now move to the table.
            QStringLiteral("INSERT INTO connector_files (connector_id, path, inode, state)"
                           " SELECT c.id, f.key, coalesce(json_extract(f.value, '$.inode'), 0), f.value"
                           " FROM connectors c, json_each(c.cursor, '$.files') f"
                           " WHERE json_valid(c.cursor) AND json_type(f.value) = 'object'"),
            QStringLiteral("UPDATE connectors SET cursor = json_remove(cursor, '$.files')"
                           " WHERE json_valid(cursor) AND json_type(cursor, '$.files') IS NOT NULL"),
            // Last seen was never kept by ingest: it becomes the newest event's time (never ahead
            // of now), and only ever moves forward from here.
            QStringLiteral(
                "UPDATE agents SET last_seen_at = (SELECT min(max(e.time_ns) / 1000000,"
                " CAST(strftime('%s', 'now') AS INTEGER) * 1000) FROM events e WHERE e.agent_id = agents.id)"
                " WHERE EXISTS (SELECT 1 FROM events e WHERE e.agent_id = agents.id) AND (last_seen_at IS "
                "NULL"
                " OR last_seen_at < (SELECT min(max(e.time_ns) / 1000000,"
                " CAST(strftime('%s', 'now') AS INTEGER) * 1000) FROM events e WHERE e.agent_id = "
                "agents.id))"),
        }});

    // A shadow agent is discovered by a connector's records, not by the operator whose ingest
    // happened to be running: its first history row names the connector. Rows from before this
    // version stay without one; which connector found them was never recorded.
    list.append(
        Migration{11,
                  QStringLiteral("The connector that discovered an agent, in its status history"),
                  {
                      QStringLiteral("ALTER TABLE agent_status_history ADD COLUMN connector_id BIGINT "
                                     "REFERENCES connectors(id)"),
                  },
                  {}});

    // Facts an investigation searches on beyond the columns (source address, user agent, error,
    // region and account, what a request created), one JSON object per event. The text index
    // covers them too, so it is built again from the start, behind ingest as always.
    list.append(Migration{
        12,
        QStringLiteral("Searchable event attributes"),
        {
            QStringLiteral("ALTER TABLE events ADD COLUMN attributes TEXT NOT NULL DEFAULT '{}'"),
            QStringLiteral("DELETE FROM meta WHERE key = 'event_text_upto'"),
        },
        {
            // What the connectors of earlier versions already read but did not keep: CloudTrail's
            // and Kubernetes' own fields, from the raw records. Nulls are left out on reading.
            QStringLiteral(
                "UPDATE events SET attributes = (SELECT json_object('source_ip', json_extract(r.raw, "
                "'$.sourceIPAddress'), 'user_agent', json_extract(r.raw, '$.userAgent'), 'error_code', "
                "json_extract(r.raw, '$.errorCode'), 'error_message', json_extract(r.raw, '$.errorMessage'), "
                "'region', json_extract(r.raw, '$.awsRegion'), 'account', json_extract(r.raw, "
                "'$.recipientAccountId')) FROM event_raw r WHERE r.event_id = events.id AND "
                "json_valid(r.raw))"
                " WHERE source = 'cloudtrail' AND EXISTS (SELECT 1 FROM event_raw r WHERE r.event_id = "
                "events.id AND json_valid(r.raw))"),
            QStringLiteral(
                "UPDATE events SET attributes = (SELECT json_object('source_ip', json_extract(r.raw, "
                "'$.sourceIPs[0]'), 'user_agent', json_extract(r.raw, '$.userAgent'), 'on_behalf_of', "
                "json_extract(r.raw, '$.impersonatedUser.username')) FROM event_raw r WHERE r.event_id = "
                "events.id AND json_valid(r.raw))"
                " WHERE source = 'k8s' AND EXISTS (SELECT 1 FROM event_raw r WHERE r.event_id = events.id "
                "AND "
                "json_valid(r.raw))"),
            QStringLiteral("DROP TABLE event_text"),
            QStringLiteral("CREATE VIRTUAL TABLE event_text USING fts5(principal, native_action, resource, "
                           "attributes, content = '', detail = none, columnsize = 0, tokenize = 'trigram')"),
        }});

    return list;
}

} // namespace

namespace Schema {

const QList<Migration>& migrations()
{
    static const QList<Migration> list = buildMigrations();
    return list;
}

QString forSqlite(QString statement)
{
    return statement.replace(QStringLiteral("${ID}"), QStringLiteral("INTEGER PRIMARY KEY"))
        .replace(QStringLiteral("${WITHOUT_ROWID}"), QStringLiteral(" WITHOUT ROWID"));
}

} // namespace Schema
