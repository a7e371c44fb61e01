// SPDX-License-Identifier: Apache-2.0
#include "spiffeid.h"

namespace {

bool isLowerAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

QString describe(QChar c)
{
    if (c.isPrint() && !c.isSpace()) {
        return QStringLiteral("\u201c%1\u201d").arg(c);
    }
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

Status SpiffeId::validateTrustDomain(const QString& trustDomain)
{
    if (trustDomain.isEmpty()) {
        return Error{ErrorKind::Invalid,
                     tr("The trust domain is empty. Use a domain you control, such as acme.example.")};
    }
    if (trustDomain.size() > kMaxTrustDomainLength) {
        return Error{ErrorKind::Invalid,
                     tr("The trust domain is %1 characters long; at most %2 are allowed.")
                         .arg(trustDomain.size())
                         .arg(kMaxTrustDomainLength)};
    }
    for (qsizetype i = 0; i < trustDomain.size(); ++i) {
        const QChar c = trustDomain.at(i);
        if (!isLowerAlnum(c) && c != u'.' && c != u'-' && c != u'_') {
            return Error{ErrorKind::Invalid,
                         tr("The trust domain may hold only lower-case letters, digits, dots, dashes and "
                            "underscores; %1 at position %2 is not allowed.")
                             .arg(describe(c))
                             .arg(i + 1)};
        }
    }
    if (trustDomain.startsWith(u'.') || trustDomain.endsWith(u'.') ||
        trustDomain.contains(QStringLiteral(".."))) {
        return Error{ErrorKind::Invalid,
                     tr("The trust domain may not start or end with a dot or hold two dots in a row.")};
    }
    return {};
}

Status SpiffeId::validateAgentName(const QString& name)
{
    if (name.isEmpty()) {
        return Error{ErrorKind::Invalid, tr("The agent name is empty.")};
    }
    if (name.size() > kMaxAgentNameLength) {
        return Error{ErrorKind::Invalid,
                     tr("The agent name is %1 characters long; at most %2 are allowed.")
                         .arg(name.size())
                         .arg(kMaxAgentNameLength)};
    }
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!isLowerAlnum(c) && c != u'.' && c != u'-' && c != u'_') {
            return Error{ErrorKind::Invalid,
                         tr("The agent name may hold only lower-case letters, digits, dots, dashes and "
                            "underscores; %1 at position %2 is not allowed.")
                             .arg(describe(c))
                             .arg(i + 1)};
        }
    }
    if (!isLowerAlnum(name.front()) || !isLowerAlnum(name.back())) {
        return Error{ErrorKind::Invalid, tr("The agent name must start and end with a letter or a digit.")};
    }
    return {};
}

QString SpiffeId::forAgent(const QString& trustDomain, const QString& name)
{
    return QStringLiteral("spiffe://%1/agent/%2").arg(trustDomain, name);
}

QString SpiffeId::agentName(const QString& trustDomain, const QString& spiffeId)
{
    const QString prefix = QStringLiteral("spiffe://%1/agent/").arg(trustDomain);
    if (!spiffeId.startsWith(prefix)) {
        return {};
    }
    const QString name = spiffeId.mid(prefix.size());
    return validateAgentName(name) ? name : QString();
}
