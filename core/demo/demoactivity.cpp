// SPDX-License-Identifier: Apache-2.0
#include "demoactivity.h"

#include "activity/connectorservice.h"
#include "activity/filesource.h"
#include "activity/recordparser.h"
#include "model/spiffeid.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <zlib.h>

namespace {

constexpr qint64 kSecond = 1'000'000'000LL;

struct Actor
{
    QString name;
    QString otelId;
    QString awsRole;    // arn:aws:iam::ACCOUNT:role/...
    QString k8sAccount; // system:serviceaccount:NS:NAME
    QString spiffe;
};

QByteArray hex(QRandomGenerator& random, int digits)
{
    static const char* kHex = "0123456789abcdef";
    QByteArray out(digits, '0');
    for (int i = 0; i < digits; ++i) {
        out[i] = kHex[random.bounded(16)];
    }
    return out;
}

QByteArray uuid(QRandomGenerator& random)
{
    const QByteArray h = hex(random, 32);
    return h.left(8) + '-' + h.mid(8, 4) + "-4" + h.mid(13, 3) + '-' + h.mid(16, 4) + '-' + h.mid(20, 12);
}

QByteArray iso(qint64 ns)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toLatin1();
}

QByteArray q(const QString& text)
{
    QByteArray out = text.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + out + '"';
}

template<typename T, std::size_t N>
const T& pick(QRandomGenerator& random, const T (&items)[N])
{
    return items[random.bounded(static_cast<quint32>(N))];
}

// A time in the window, busier on weekdays and working hours, as agents driven by people are.
qint64 when(QRandomGenerator& random, qint64 start, qint64 span)
{
    for (;;) {
        const qint64 t = start + static_cast<qint64>(random.generateDouble() * double(span));
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(t / 1'000'000, Qt::UTC);
        const int hour = at.time().hour();
        const bool weekend = at.date().dayOfWeek() >= 6;
        const int weight = (hour >= 8 && hour < 19 ? 10 : 3) / (weekend ? 3 : 1);
        if (int(random.bounded(10)) < weight) {
            return t;
        }
    }
}

class Writer
{
public:
    explicit Writer(const QString& path)
        : m_file(path)
    {
    }
    bool open() { return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate); }
    void line(const QByteArray& bytes)
    {
        m_buffer += bytes;
        m_buffer += '\n';
        if (m_buffer.size() > (4 << 20)) {
            flush();
        }
    }
    bool flush()
    {
        const bool ok = m_file.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
        return ok;
    }
    QString error() const { return m_file.errorString(); }

private:
    QFile m_file;
    QByteArray m_buffer;
};

const char* kBuckets[] = {
    "acme-support-kb", "acme-invoices", "acme-ml-datasets", "acme-reports", "acme-tickets"};
const char* kSecretBuckets[] = {"acme-payroll-exports", "acme-security-audit"}; // outside any approval
const char* kS3Reads[] = {"GetObject", "GetObject", "GetObject", "HeadObject", "ListObjectsV2"};
const char* kS3Writes[] = {"PutObject", "PutObject", "DeleteObject", "CopyObject"};
// Each call with the request parameters CloudTrail records for it, naming what it acted on.
const char* kOtherCalls[][3] = {
    {"dynamodb.amazonaws.com", "Query", R"({"tableName":"customer-profiles"})"},
    {"dynamodb.amazonaws.com", "Query", R"({"tableName":"agent-sessions"})"},
    {"dynamodb.amazonaws.com", "PutItem", R"({"tableName":"agent-sessions"})"},
    {"sqs.amazonaws.com",
     "SendMessage",
     R"({"queueUrl":"https://sqs.us-east-1.amazonaws.com/210987654321/refund-requests"})"},
    {"secretsmanager.amazonaws.com", "GetSecretValue", R"({"secretId":"prod/warehouse-readonly"})"},
    {"bedrock.amazonaws.com", "InvokeModel", R"({"modelId":"anthropic.claude-3-5-sonnet-20240620-v1:0"})"},
    {"lambda.amazonaws.com",
     "Invoke20150331",
     R"({"functionName":"arn:aws:lambda:us-east-1:210987654321:function:pdf-render"})"}};
const char* kK8sResources[] = {"pods", "pods", "configmaps", "deployments", "services", "jobs", "events"};
const char* kK8sVerbs[] = {"get", "get", "list", "watch", "create", "patch", "delete"};
const char* kTools[] = {"search_tickets",
                        "get_customer",
                        "lookup_invoice",
                        "send_email",
                        "query_warehouse",
                        "create_ticket",
                        "read_file",
                        "run_sql",
                        "fetch_url",
                        "summarize_document"};
const char* kModels[] = {"gpt-4o", "gpt-4o-mini", "claude-sonnet-4", "gemini-2.0-flash", "llama-3.1-70b"};
const char* kMcpTools[][2] = {{"github", "search_code"},
                              {"github", "create_pull_request"},
                              {"jira", "create_issue"},
                              {"jira", "search_issues"},
                              {"slack", "post_message"},
                              {"slack", "read_channel"},
                              {"filesystem", "read_file"},
                              {"filesystem", "write_file"},
                              {"postgres", "query"},
                              {"postgres", "execute"}};

} // namespace

Result<IngestCounts> DemoActivity::generate(Workspace& workspace, const Options& options)
{
    QRandomGenerator random(options.seed);
    const QDateTime end = options.end.isValid() ? options.end : workspace.now();
    const qint64 endNs = end.toMSecsSinceEpoch() * 1'000'000LL;
    const qint64 span = qint64(qMax(1, options.days)) * 86400 * kSecond;
    const qint64 startNs = endNs - span;

    // Who acts: the inventory's agents with their principals, and a few nobody registered.
    QList<Actor> actors;
    QList<Actor> withOtel; // agents that report traces under their gen_ai.agent.id
    QList<Actor> withAws;
    QList<Actor> withK8s;
    const Status listed =
        workspace.agents().forEach({}, 1'000'000, AgentRepository::Details::With, [&](const Agent& agent) {
            if (agent.status == AgentStatus::Retired) {
                return true;
            }
            Actor actor;
            actor.name = agent.name;
            actor.spiffe = SpiffeId::forAgent(workspace.trustDomain(), agent.name);
            for (const Principal& p : agent.principals) {
                switch (p.kind) {
                case PrincipalKind::OtelAgentId:
                    actor.otelId = p.value;
                    break;
                case PrincipalKind::AwsRole:
                    actor.awsRole = p.value;
                    break;
                case PrincipalKind::KubernetesServiceAccount:
                    actor.k8sAccount = p.value;
                    break;
                }
            }
            actors.append(actor);
            if (!actor.otelId.isEmpty()) {
                withOtel.append(actor);
            }
            if (!actor.awsRole.isEmpty()) {
                withAws.append(actor);
            }
            if (!actor.k8sAccount.isEmpty()) {
                withK8s.append(actor);
            }
            return true;
        });
    if (!listed) {
        return listed.error();
    }
    // Unregistered principals, found only in the logs.
    Actor strayAws;
    strayAws.name = QStringLiteral("etl-nightly");
    strayAws.awsRole = QStringLiteral("arn:aws:iam::210987654321:role/etl-nightly");
    withAws.append(strayAws);
    Actor strayK8s;
    strayK8s.name = QStringLiteral("scraper-bot");
    strayK8s.k8sAccount = QStringLiteral("system:serviceaccount:research:scraper-bot");
    withK8s.append(strayK8s);
    Actor strayOtel;
    strayOtel.name = QStringLiteral("pricing-copilot");
    strayOtel.otelId = QStringLiteral("pricing-copilot-7f3a");
    strayOtel.spiffe = QStringLiteral("spiffe://partner.example/agent/pricing-copilot");
    actors.append(strayOtel);
    withOtel.append(strayOtel);
    if (actors.isEmpty()) {
        return Error{ErrorKind::Refused,
                     tr("The workspace has no agents to make activity for; run the demo first.")};
    }

    const QString folder = options.folder.isEmpty()
                               ? QFileInfo(workspace.path()).absolutePath() + QLatin1Char('/') +
                                     QFileInfo(workspace.path()).completeBaseName() +
                                     QStringLiteral("-activity")
                               : options.folder;
    if (!QDir().mkpath(folder)) {
        return Error{ErrorKind::Storage, tr("Cannot create %1.").arg(folder)};
    }
    const qint64 total = qMax<qint64>(100, options.events);
    const qint64 otlpSpans = total * 45 / 100;
    const qint64 cloudTrail = total * 25 / 100;
    const qint64 k8s = total * 20 / 100;
    const qint64 mcpCalls = total - otlpSpans - cloudTrail - k8s;
    qint64 written = 0;
    const auto report = [&](qint64 step) {
        written += step;
        if (options.progress && (written % 10000 < step || written == total)) {
            options.progress(tr("Writing the activity files"), written, total);
        }
    };

    // OpenTelemetry: the collector's file exporter, one trace per line. An invocation calls its model,
    // then tools, and now and then a sub-agent that does the same.
    {
        Writer out(folder + QStringLiteral("/otel-collector.jsonl"));
        if (!out.open()) {
            return Error{ErrorKind::Storage, tr("Cannot write %1: %2").arg(folder, out.error())};
        }
        qint64 spans = 0;
        while (spans < otlpSpans) {
            const Actor& actor = withOtel.at(int(random.bounded(quint32(withOtel.size()))));
            const QByteArray agentId = actor.otelId.toUtf8();
            const QByteArray trace = hex(random, 32);
            const QByteArray session = uuid(random);
            qint64 t = when(random, startNs, span);
            QByteArray list;
            int count = 0;
            const auto add = [&](const QByteArray& spanId,
                                 const QByteArray& parent,
                                 const QByteArray& name,
                                 qint64 begin,
                                 qint64 finish,
                                 const QByteArray& attributes,
                                 bool failed) {
                if (count++ > 0) {
                    list += ',';
                }
                list += "{\"traceId\":\"" + trace + "\",\"spanId\":\"" + spanId + "\"";
                if (!parent.isEmpty()) {
                    list += ",\"parentSpanId\":\"" + parent + "\"";
                }
                list += ",\"name\":" + q(QString::fromUtf8(name)) + ",\"kind\":1,\"startTimeUnixNano\":\"" +
                        QByteArray::number(begin) + "\",\"endTimeUnixNano\":\"" + QByteArray::number(finish) +
                        "\",\"attributes\":[" + attributes +
                        "],\"status\":{\"code\":" + (failed ? "2" : "1") + "}}";
            };
            const auto attr = [](const char* key, const QByteArray& value) -> QByteArray {
                return "{\"key\":\"" + QByteArray(key) +
                       "\",\"value\":{\"stringValue\":" + q(QString::fromUtf8(value)) + "}}";
            };
            const std::function<void(const QByteArray&, const QByteArray&, const QByteArray&, int)> invoke =
                [&](const QByteArray& parent, const QByteArray& id, const QByteArray& name, int depth) {
                    const QByteArray root = hex(random, 16);
                    const qint64 begin = t;
                    const QByteArray common = attr("gen_ai.agent.id", id) + ',' +
                                              attr("gen_ai.agent.name", name) + ',' +
                                              attr("gen_ai.conversation.id", session);
                    const int steps = 2 + int(random.bounded(5));
                    for (int step = 0; step < steps; ++step) {
                        const QByteArray child = hex(random, 16);
                        const qint64 s = t + qint64(random.bounded(400)) * 1'000'000;
                        const qint64 e = s + qint64(200 + random.bounded(3000)) * 1'000'000;
                        t = e;
                        const bool failed = random.bounded(100) < 4;
                        if (step % 2 == 0) {
                            const QByteArray model = pick(random, kModels);
                            add(child,
                                root,
                                "chat " + model,
                                s,
                                e,
                                common + ',' + attr("gen_ai.operation.name", "chat") + ',' +
                                    attr("gen_ai.request.model", model),
                                failed);
                        } else if (depth == 0 && random.bounded(100) < 12) {
                            // Delegation to another agent, with a call chain of its own.
                            const Actor& helper = withOtel.at(int(random.bounded(quint32(withOtel.size()))));
                            invoke(root, helper.otelId.toUtf8(), helper.name.toUtf8(), 1);
                        } else {
                            const QByteArray tool = pick(random, kTools);
                            add(child,
                                root,
                                "execute_tool " + tool,
                                s,
                                e,
                                common + ',' + attr("gen_ai.operation.name", "execute_tool") + ',' +
                                    attr("gen_ai.tool.name", tool) + ',' +
                                    attr("gen_ai.tool.call.id", "call_" + hex(random, 24)),
                                failed);
                        }
                    }
                    add(root,
                        parent,
                        "invoke_agent " + name,
                        begin,
                        t + 50'000'000,
                        common + ',' + attr("gen_ai.operation.name", "invoke_agent"),
                        false);
                };
            invoke(QByteArray(), agentId, actor.name.toUtf8(), 0);
            out.line(
                "{\"resourceSpans\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\",\"value\":{"
                "\"stringValue\":" +
                q(actor.name) + "}}]},\"scopeSpans\":[{\"scope\":{\"name\":\"steward.demo\"},\"spans\":[" +
                list + "]}]}]}");
            spans += count;
            report(count);
        }
        if (!out.flush()) {
            return Error{ErrorKind::Storage, tr("Cannot write %1: %2").arg(folder, out.error())};
        }
    }

    // CloudTrail: one gzip file a day, laid out as CloudTrail delivers to S3.
    {
        const QByteArray account = "210987654321";
        const int days = qMax(1, options.days);
        const qint64 perDay = (cloudTrail + days - 1) / days;
        qint64 left = cloudTrail;
        for (int day = 0; day < days && left > 0; ++day) {
            const qint64 dayStart = startNs + qint64(day) * 86400 * kSecond;
            const QDate date = QDateTime::fromMSecsSinceEpoch(dayStart / 1'000'000, Qt::UTC).date();
            const QString dir =
                folder + QStringLiteral("/cloudtrail/AWSLogs/%1/CloudTrail/us-east-1/%2")
                             .arg(QString::fromLatin1(account), date.toString(QStringLiteral("yyyy/MM/dd")));
            QDir().mkpath(dir);
            const qint64 n = qMin(perDay, left);
            QList<std::pair<qint64, QByteArray>> records;
            records.reserve(n);
            for (qint64 i = 0; i < n; ++i) {
                const Actor& actor = withAws.at(int(random.bounded(quint32(withAws.size()))));
                const qint64 t = when(random, dayStart, 86400 * kSecond);
                const QByteArray role = actor.awsRole.toUtf8();
                const QByteArray roleName = role.mid(role.lastIndexOf('/') + 1);
                const QByteArray session = actor.name.toUtf8() + '-' + hex(random, 6);
                QByteArray source = "s3.amazonaws.com";
                QByteArray name;
                QByteArray params;
                QByteArray error;
                const quint32 roll = random.bounded(100);
                if (roll < 70) {
                    const bool sensitive = random.bounded(100) < 3;
                    const QByteArray bucket =
                        sensitive ? pick(random, kSecretBuckets) : pick(random, kBuckets);
                    name = roll < 55 ? pick(random, kS3Reads) : pick(random, kS3Writes);
                    params = "{\"bucketName\":\"" + bucket + "\",\"key\":\"" + hex(random, 8) + "/" +
                             hex(random, 12) + ".json\"}";
                    if (sensitive || random.bounded(100) < 2) {
                        error = "AccessDenied";
                    }
                } else {
                    const auto& call = pick(random, kOtherCalls);
                    source = call[0];
                    name = call[1];
                    params = call[2];
                    if (random.bounded(100) < 3) {
                        error = random.bounded(2) ? "AccessDenied" : "ThrottlingException";
                    }
                }
                QByteArray r =
                    "{\"eventVersion\":\"1.09\",\"userIdentity\":{\"type\":\"AssumedRole\",\"principalId\":"
                    "\"AROA" +
                    hex(random, 16).toUpper() + ":" + session + "\",\"arn\":\"arn:aws:sts::" + account +
                    ":assumed-role/" + roleName + "/" + session + "\",\"accountId\":\"" + account +
                    "\",\"accessKeyId\":\"ASIA" + hex(random, 16).toUpper() +
                    "\",\"sessionContext\":{\"sessionIssuer\":{\"type\":\"Role\",\"principalId\":\"AROA" +
                    hex(random, 16).toUpper() + "\",\"arn\":\"" + role + "\",\"accountId\":\"" + account +
                    "\",\"userName\":\"" + roleName + "\"}}},\"eventTime\":\"" + iso(t).left(19) +
                    "Z\",\"eventSource\":\"" + source + "\",\"eventName\":\"" + name +
                    "\",\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"10.20." +
                    QByteArray::number(random.bounded(256)) + "." + QByteArray::number(random.bounded(256)) +
                    "\",\"userAgent\":\"Boto3/1.34\",\"requestParameters\":" + params;
                if (!error.isEmpty()) {
                    r +=
                        ",\"errorCode\":\"" + error + "\",\"errorMessage\":\"" +
                        (error == "AccessDenied" ? QByteArray("User is not authorized to perform this action")
                                                 : QByteArray("Rate exceeded")) +
                        "\"";
                }
                r += ",\"requestID\":\"" + hex(random, 16).toUpper() + "\",\"eventID\":\"" + uuid(random) +
                     "\",\"readOnly\":" +
                     (name.startsWith("Get") || name.startsWith("List") || name.startsWith("Head") ||
                              name == "Query"
                          ? "true"
                          : "false") +
                     ",\"eventType\":\"AwsApiCall\",\"managementEvent\":false,\"recipientAccountId\":\"" +
                     account + "\",\"eventCategory\":\"Data\"}";
                records.append({t, r});
            }
            std::sort(records.begin(), records.end(), [](const auto& a, const auto& b) {
                return a.first < b.first;
            });
            QByteArray document = "{\"Records\":[";
            for (qsizetype i = 0; i < records.size(); ++i) {
                if (i > 0) {
                    document += ',';
                }
                document += records[i].second;
            }
            document += "]}";
            const QString file = dir + QStringLiteral("/%1_CloudTrail_us-east-1_%2T0000Z_%3.json.gz")
                                           .arg(QString::fromLatin1(account),
                                                date.toString(QStringLiteral("yyyyMMdd")),
                                                QString::fromLatin1(hex(random, 16)));
            gzFile gz = gzopen(QFile::encodeName(file).constData(), "wb6");
            if (!gz || gzwrite(gz, document.constData(), unsigned(document.size())) != int(document.size())) {
                if (gz) {
                    gzclose(gz);
                }
                return Error{ErrorKind::Storage, tr("Cannot write %1.").arg(file)};
            }
            gzclose(gz);
            left -= n;
            report(n);
        }
    }

    // Kubernetes: the API server's audit log, in time order, one event per line.
    {
        Writer out(folder + QStringLiteral("/kube-audit.log"));
        if (!out.open()) {
            return Error{ErrorKind::Storage, tr("Cannot write %1: %2").arg(folder, out.error())};
        }
        QList<qint64> times;
        times.reserve(k8s);
        for (qint64 i = 0; i < k8s; ++i) {
            times.append(when(random, startNs, span));
        }
        std::sort(times.begin(), times.end());
        for (qint64 i = 0; i < k8s; ++i) {
            const Actor& actor = withK8s.at(int(random.bounded(quint32(withK8s.size()))));
            const QByteArray account = actor.k8sAccount.toUtf8();
            const QByteArray ns = account.split(':').value(2);
            QByteArray verb = pick(random, kK8sVerbs);
            QByteArray resource = pick(random, kK8sResources);
            QByteArray targetNs = ns;
            QByteArray subresource;
            int code = verb == "create" ? 201 : 200;
            const quint32 roll = random.bounded(1000);
            if (roll < 25) {
                // Reaching for secrets elsewhere: refused by RBAC.
                resource = "secrets";
                targetNs = random.bounded(2) ? "kube-system" : "payments";
                verb = "get";
                code = 403;
            } else if (roll < 40) {
                resource = "pods";
                subresource = "exec";
                verb = "create";
                code = 101;
            } else if (roll < 55) {
                code = random.bounded(2) ? 404 : 409;
            }
            const QByteArray name = resource == "secrets"
                                        ? QByteArray("db-credentials")
                                        : QByteArray(actor.name.toUtf8() + "-" + hex(random, 5));
            const QByteArray at = iso(times[i]);
            QByteArray line =
                "{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/"
                "v1\",\"level\":\"Metadata\",\"auditID\":\"" +
                uuid(random) + "\",\"stage\":\"ResponseComplete\",\"requestURI\":\"/api/v1/namespaces/" +
                targetNs + "/" + resource + "/" + name +
                (subresource.isEmpty() ? QByteArray() : "/" + subresource) + "\",\"verb\":\"" + verb +
                "\",\"user\":{\"username\":\"" + account + "\",\"uid\":\"" + uuid(random) +
                "\",\"groups\":[\"system:serviceaccounts\",\"system:serviceaccounts:" + ns +
                "\",\"system:authenticated\"],\"extra\":{\"authentication.kubernetes.io/"
                "credential-id\":[\"JTI=" +
                uuid(random) + "\"],\"authentication.kubernetes.io/pod-name\":[\"" + actor.name.toUtf8() +
                "-" + hex(random, 5) + "\"]}},\"sourceIPs\":[\"10.0." +
                QByteArray::number(random.bounded(256)) + "." + QByteArray::number(random.bounded(256)) +
                "\"],\"userAgent\":\"agent-runtime/1.4\",\"objectRef\":{\"resource\":\"" + resource +
                "\",\"namespace\":\"" + targetNs + "\",\"name\":\"" + name + "\",\"apiVersion\":\"v1\"" +
                (subresource.isEmpty() ? QByteArray() : ",\"subresource\":\"" + subresource + "\"") +
                "},\"responseStatus\":{\"metadata\":{},\"code\":" + QByteArray::number(code) +
                "},\"requestReceivedTimestamp\":\"" + at + "\",\"stageTimestamp\":\"" + at +
                "\",\"annotations\":{\"authorization.k8s.io/decision\":\"" +
                (code == 403 ? "forbid" : "allow") + "\"}}";
            out.line(line);
            report(1);
        }
        if (!out.flush()) {
            return Error{ErrorKind::Storage, tr("Cannot write %1: %2").arg(folder, out.error())};
        }
    }

    // MCP: a gateway's traffic log, each tools/call with its answer, in time order.
    {
        Writer out(folder + QStringLiteral("/mcp-gateway.jsonl"));
        if (!out.open()) {
            return Error{ErrorKind::Storage, tr("Cannot write %1: %2").arg(folder, out.error())};
        }
        QList<qint64> times;
        times.reserve(mcpCalls);
        for (qint64 i = 0; i < mcpCalls; ++i) {
            times.append(when(random, startNs, span));
        }
        std::sort(times.begin(), times.end());
        for (qint64 i = 0; i < mcpCalls; ++i) {
            const Actor& actor = actors.at(int(random.bounded(quint32(actors.size()))));
            const auto& tool = pick(random, kMcpTools);
            const QByteArray session = "mcp-" + hex(random, 12);
            const QByteArray envelope = "\"session\":\"" + session +
                                        "\",\"client\":{\"id\":" + q(actor.spiffe) + "},\"server\":\"" +
                                        tool[0] + "\"";
            const qint64 t = times[i];
            out.line("{\"time\":\"" + iso(t) + "\"," + envelope +
                     ",\"direction\":\"client_to_server\",\"message\":{\"jsonrpc\":\"2.0\",\"id\":" +
                     QByteArray::number(i) + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool[1] +
                     "\",\"arguments\":{}}}}");
            const quint32 roll = random.bounded(100);
            QByteArray answer;
            if (roll < 3) {
                answer = "\"error\":{\"code\":-32001,\"message\":\"Access denied by gateway policy\"}";
            } else if (roll < 7) {
                answer = "\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"Tool "
                         "failed\"}],\"isError\":true}";
            } else {
                answer = "\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"ok\"}],\"isError\":false}";
            }
            out.line("{\"time\":\"" + iso(t + qint64(50 + random.bounded(2000)) * 1'000'000) + "\"," +
                     envelope +
                     ",\"direction\":\"server_to_client\",\"message\":{\"jsonrpc\":\"2.0\",\"id\":" +
                     QByteArray::number(i) + "," + answer + "}}");
            report(1);
        }
        if (!out.flush()) {
            return Error{ErrorKind::Storage, tr("Cannot write %1: %2").arg(folder, out.error())};
        }
    }

    // Read through the real connectors, as a person would point them at these files.
    struct Source
    {
        const char* name;
        const char* kind;
        QString path;
        QJsonObject extra;
    };
    const Source sources[] = {
        {"demo: OpenTelemetry collector", "otlp", folder + QStringLiteral("/otel-collector.jsonl"), {}},
        {"demo: CloudTrail", "cloudtrail", folder + QStringLiteral("/cloudtrail"), {}},
        {"demo: Kubernetes audit",
         "k8s",
         folder + QStringLiteral("/kube-audit.log"),
         QJsonObject{{QStringLiteral("cluster"), QStringLiteral("prod-eu")}}},
        {"demo: MCP gateway", "mcp", folder + QStringLiteral("/mcp-gateway.jsonl"), {}},
    };
    IngestCounts all;
    qint64 read = 0;
    const qint64 expected = otlpSpans + cloudTrail + k8s + mcpCalls * 2;
    for (const Source& source : sources) {
        QJsonObject settings = source.extra;
        settings.insert(QStringLiteral("path"), source.path);
        auto connector = ConnectorService(workspace).ensure(
            QString::fromLatin1(source.name), QString::fromLatin1(source.kind), settings);
        if (!connector) {
            return connector.error();
        }
        auto parser = RecordParser::forConnector(connector->kind, connector->settings);
        if (!parser) {
            return parser.error();
        }
        FileSource::Options ingest;
        const qint64 before = read;
        ingest.progress = [&](const IngestCounts& sofar) {
            read = before + sofar.read;
            if (options.progress) {
                options.progress(tr("Reading it through the connectors"), qMin(read, expected), expected);
            }
        };
        FileSource files(workspace, connector.value(), *parser.value(), ingest);
        auto counts = files.ingest(source.path);
        if (!counts) {
            return counts.error();
        }
        all += counts.value();
        read = before + counts->read;
    }
    return all;
}
