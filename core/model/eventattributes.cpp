// SPDX-License-Identifier: Apache-2.0
#include "eventattributes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace {

QString cleaned(const QString& value)
{
    QString text = value.left(EventAttributes::kMaxValueLength);
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control) {
            c = u' ';
        }
    }
    return text.trimmed();
}

// A JSON string as QJsonDocument's compact form writes it: quotes, backslashes and control
// characters escaped, everything else as UTF-8.
void appendJsonString(QByteArray& out, QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<uchar>(c);
        if (u == '"' || u == '\\') {
            out += '\\';
            out += c;
        } else if (u >= 0x20) {
            out += c;
        } else {
            out += '\\';
            switch (u) {
            case '\b':
                out += 'b';
                break;
            case '\f':
                out += 'f';
                break;
            case '\n':
                out += 'n';
                break;
            case '\r':
                out += 'r';
                break;
            case '\t':
                out += 't';
                break;
            default:
                out += "u00";
                out += kHex[u >> 4];
                out += kHex[u & 0xf];
            }
        }
    }
    out += '"';
}

} // namespace

void EventAttributes::set(const QString& key, const QString& value)
{
    if (!isValidKey(key)) {
        return;
    }
    const QString text = cleaned(value);
    if (text.isEmpty()) {
        m_values.remove(key);
        return;
    }
    if (m_values.size() >= kMaxAttributes && !m_values.contains(key)) {
        return;
    }
    m_values.insert(key, text);
}

void EventAttributes::add(const QString& key, const QString& item)
{
    const QString text = cleaned(item);
    if (text.isEmpty()) {
        return;
    }
    const QString current = m_values.value(key);
    if (current.isEmpty()) {
        set(key, text);
        return;
    }
    if (current.split(kItemSeparator).contains(text)) {
        return;
    }
    set(key, current + kItemSeparator + text);
}

QByteArray EventAttributes::toJson() const
{
    return toJsonWith(QString(), QString());
}

QByteArray EventAttributes::toJsonWith(const QString& key, const QString& value) const
{
    // As set() would: a value past the limit of keys is not kept.
    const bool room = m_values.size() < kMaxAttributes || m_values.contains(key);
    const QString extra = room && isValidKey(key) ? cleaned(value) : QString();
    QByteArray out;
    out.reserve(64 + 48 * m_values.size());
    out += '{';
    bool first = true;
    const auto member = [&out, &first](const QString& name, const QString& text) {
        if (!first) {
            out += ',';
        }
        first = false;
        appendJsonString(out, name);
        out += ':';
        appendJsonString(out, text);
    };
    bool extraWritten = extra.isEmpty();
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (!extraWritten && key <= it.key()) {
            member(key, extra);
            extraWritten = true;
            if (key == it.key()) {
                continue; // the extra value replaces the kept one, as set() would
            }
        }
        member(it.key(), it.value());
    }
    if (!extraWritten) {
        member(key, extra);
    }
    out += '}';
    return out;
}

EventAttributes EventAttributes::fromJson(const QByteArray& json)
{
    EventAttributes attributes;
    if (json.isEmpty() || json == "{}") {
        return attributes;
    }
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString()) {
            attributes.set(it.key(), it.value().toString());
        }
    }
    return attributes;
}

bool EventAttributes::isValidKey(QStringView key)
{
    if (key.isEmpty() || key.size() > kMaxKeyLength || !(key.front() >= u'a' && key.front() <= u'z')) {
        return false;
    }
    return std::all_of(key.begin(), key.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

QStringList EventAttributes::knownKeys()
{
    return {QStringLiteral("actor_type"),  QStringLiteral("on_behalf_of"), QStringLiteral("source_ip"),
            QStringLiteral("user_agent"),  QStringLiteral("error_code"),   QStringLiteral("error_message"),
            QStringLiteral("region"),      QStringLiteral("account"),      QStringLiteral("shared_with"),
            QStringLiteral("role_ref"),    QStringLiteral("rule_verbs"),   QStringLiteral("rule_resources"),
            QStringLiteral("subjects"),    QStringLiteral("image"),        QStringLiteral("privileged"),
            QStringLiteral("host_path"),   QStringLiteral("host_network"), QStringLiteral("host_pid"),
            QStringLiteral("host_ipc"),    QStringLiteral("capabilities"), QStringLiteral("service_type"),
            QStringLiteral("run_as_user"), QStringLiteral("command")};
}

QString EventAttributes::describe(const QString& key)
{
    static const QHash<QString, const char*> descriptions{
        {QStringLiteral("actor_type"), QT_TR_NOOP("agent, human, service or system")},
        {QStringLiteral("on_behalf_of"), QT_TR_NOOP("the identity the actor impersonated or acted for")},
        {QStringLiteral("source_ip"), QT_TR_NOOP("the address the call came from")},
        {QStringLiteral("user_agent"), QT_TR_NOOP("the client or tool that made the call")},
        {QStringLiteral("error_code"), QT_TR_NOOP("the backend's error code or HTTP status")},
        {QStringLiteral("error_message"), QT_TR_NOOP("the backend's error message")},
        {QStringLiteral("region"), QT_TR_NOOP("the cloud region")},
        {QStringLiteral("account"), QT_TR_NOOP("the cloud account the call was made in")},
        {QStringLiteral("shared_with"), QT_TR_NOOP("accounts or groups a resource was shared with")},
        {QStringLiteral("role_ref"), QT_TR_NOOP("the role a binding grants (cluster-admin)")},
        {QStringLiteral("rule_verbs"), QT_TR_NOOP("the verbs a role's rules allow")},
        {QStringLiteral("rule_resources"), QT_TR_NOOP("the resources a role's rules cover")},
        {QStringLiteral("subjects"), QT_TR_NOOP("who a binding grants its role to")},
        {QStringLiteral("image"), QT_TR_NOOP("the container images of a workload")},
        {QStringLiteral("privileged"), QT_TR_NOOP("true when a container runs privileged")},
        {QStringLiteral("host_path"), QT_TR_NOOP("host folders mounted into a pod")},
        {QStringLiteral("host_network"), QT_TR_NOOP("true when a pod uses the node's network")},
        {QStringLiteral("host_pid"), QT_TR_NOOP("true when a pod sees the node's processes")},
        {QStringLiteral("host_ipc"), QT_TR_NOOP("true when a pod shares the node's IPC")},
        {QStringLiteral("capabilities"), QT_TR_NOOP("Linux capabilities a container adds")},
        {QStringLiteral("service_type"), QT_TR_NOOP("a service's type (NodePort, LoadBalancer)")},
        {QStringLiteral("run_as_user"), QT_TR_NOOP("the user id a container runs as")},
        {QStringLiteral("command"), QT_TR_NOOP("the command run in a container (exec)")},
    };
    const char* text = descriptions.value(key);
    return text ? tr(text) : QString();
}

QString EventAttributes::jsonEscaped(const QString& text)
{
    QByteArray json;
    appendJsonString(json, text);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

Result<AttributeMatch> AttributeMatch::parse(const QString& text)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    const qsizetype tilde = text.indexOf(QLatin1Char('~'));
    qsizetype at = equals;
    if (at < 0 || (tilde >= 0 && tilde < at)) {
        at = tilde;
    }
    if (at <= 0) {
        return Error{ErrorKind::Invalid,
                     tr("An attribute filter is key=value or key~text, such as user_agent~sqlmap.")};
    }
    AttributeMatch match;
    match.key = text.left(at).trimmed();
    // Cleaned as stored values are, so that what was typed can equal what was kept.
    match.value = cleaned(text.mid(at + 1));
    match.contains = text.at(at) == u'~';
    if (!EventAttributes::isValidKey(match.key)) {
        return Error{ErrorKind::Invalid,
                     tr("\"%1\" is not an attribute name: lower-case letters, digits and underscores.")
                         .arg(match.key.left(EventAttributes::kMaxKeyLength))};
    }
    if (match.value.isEmpty() || match.value.size() > EventAttributes::kMaxValueLength) {
        return Error{ErrorKind::Invalid,
                     tr("The value of the attribute filter on %1 is empty or longer than %2 characters.")
                         .arg(match.key)
                         .arg(EventAttributes::kMaxValueLength)};
    }
    return match;
}

QString AttributeMatch::toString() const
{
    return key + (contains ? QLatin1Char('~') : QLatin1Char('=')) + value;
}
