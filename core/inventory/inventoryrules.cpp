// SPDX-License-Identifier: Apache-2.0
#include "inventoryrules.h"

#include <algorithm>

#include <QLocale>
#include <QRegularExpression>

namespace {

// Control characters in a name end up in terminals and reports; a newline is allowed only
// where a person writes prose.
bool hasControl(const QString& value, bool allowNewlines)
{
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control && !(allowNewlines && (c == u'\n' || c == u'\t'))) {
            return true;
        }
    }
    return false;
}

Status
text(const QString& value, const QString& field, int maxLength, bool required, bool allowNewlines = false)
{
    if (required && InventoryRules::isBlank(value)) {
        return Error{ErrorKind::Invalid, InventoryRules::tr("%1 is required.").arg(field)};
    }
    if (value.size() > maxLength) {
        const QLocale locale;
        return Error{ErrorKind::Invalid,
                     InventoryRules::tr("%1 is %2 characters long; at most %3 are allowed.")
                         .arg(field, locale.toString(value.size()), locale.toString(maxLength))};
    }
    if (hasControl(value, allowNewlines)) {
        return Error{ErrorKind::Invalid, InventoryRules::tr("%1 contains control characters.").arg(field)};
    }
    return {};
}

} // namespace

Status InventoryRules::displayName(const QString& value)
{
    return text(value, tr("The display name"), kMaxDisplayName, true);
}

Status InventoryRules::purpose(const QString& value)
{
    return text(value, tr("The purpose"), kMaxPurpose, true, true);
}

Status InventoryRules::framework(const QString& value)
{
    return text(value, tr("The framework"), kMaxFrameworkOrModel, false);
}

Status InventoryRules::model(const QString& value)
{
    return text(value, tr("The model"), kMaxFrameworkOrModel, false);
}

Status InventoryRules::tag(const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9:._-]*$"));
    if (value.isEmpty() || value.size() > kMaxTagLength || !pattern.match(value).hasMatch()) {
        return Error{ErrorKind::Invalid,
                     tr("The tag \u201c%1\u201d is not valid: use up to %2 lower-case letters, digits, "
                        "colons, dots, dashes or underscores, starting with a letter or digit.")
                         .arg(value.left(kMaxTagLength))
                         .arg(kMaxTagLength)};
    }
    return {};
}

Status InventoryRules::tags(const QStringList& values)
{
    if (values.size() > kMaxTags) {
        return Error{ErrorKind::Invalid, tr("An agent may carry at most %1 tags.").arg(kMaxTags)};
    }
    for (const QString& value : values) {
        if (const Status s = tag(value); !s) {
            return s;
        }
    }
    if (QSet<QString>(values.cbegin(), values.cend()).size() != values.size()) {
        return Error{ErrorKind::Invalid, tr("A tag is listed twice.")};
    }
    return {};
}

Status InventoryRules::principal(const Principal& value)
{
    static const QRegularExpression awsRole(
        QStringLiteral("^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$"));
    static const QRegularExpression serviceAccount(QStringLiteral(
        "^system:serviceaccount:[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?:[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$"));
    if (value.value.isEmpty() || value.value.size() > kMaxPrincipalLength || hasControl(value.value, false)) {
        return Error{ErrorKind::Invalid,
                     tr("A principal must be 1 to %1 printable characters.").arg(kMaxPrincipalLength)};
    }
    switch (value.kind) {
    case PrincipalKind::AwsRole:
        if (!awsRole.match(value.value).hasMatch()) {
            return Error{ErrorKind::Invalid,
                         tr("\u201c%1\u201d is not an IAM role ARN such as "
                            "arn:aws:iam::123456789012:role/invoice-agent.")
                             .arg(value.value)};
        }
        break;
    case PrincipalKind::KubernetesServiceAccount:
        if (!serviceAccount.match(value.value).hasMatch()) {
            return Error{ErrorKind::Invalid,
                         tr("\u201c%1\u201d is not a Kubernetes service account such as "
                            "system:serviceaccount:payments:invoice-agent.")
                             .arg(value.value)};
        }
        break;
    case PrincipalKind::OtelAgentId:
        if (value.value.trimmed() != value.value) {
            return Error{ErrorKind::Invalid,
                         tr("An OpenTelemetry agent ID may not start or end with spaces.")};
        }
        break;
    }
    return {};
}

Status InventoryRules::principals(const QList<Principal>& values)
{
    if (values.size() > kMaxPrincipals) {
        return Error{ErrorKind::Invalid, tr("An agent may have at most %1 principals.").arg(kMaxPrincipals)};
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (const Status s = principal(values.at(i)); !s) {
            return s;
        }
        if (values.indexOf(values.at(i)) != i) {
            return Error{ErrorKind::Invalid, tr("The principal %1 is listed twice.").arg(values.at(i).value)};
        }
    }
    return {};
}

Status InventoryRules::reason(const QString& value)
{
    return text(value, tr("The reason"), kMaxReason, false, true);
}

bool InventoryRules::isBlank(QStringView value)
{
    // Spaces of any kind and invisible formatting (a zero-width space, a direction mark) say
    // nothing: a required text made of them is missing.
    return std::all_of(value.begin(), value.end(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Format;
    });
}

Status InventoryRules::revocationReason(const QString& value)
{
    return text(value, tr("The reason for a revocation"), kMaxReason, true, true);
}

Status InventoryRules::ownerName(const QString& value)
{
    return text(value, tr("The owner's name"), kMaxOwnerName, true);
}

Status InventoryRules::ownerEmail(const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (const Status s = text(value, tr("The owner's email"), kMaxEmail, true); !s) {
        return s;
    }
    if (!pattern.match(value).hasMatch()) {
        return Error{ErrorKind::Invalid, tr("\u201c%1\u201d is not an email address.").arg(value)};
    }
    return {};
}

Status InventoryRules::ownerTeam(const QString& value)
{
    return text(value, tr("The team"), kMaxTeam, true);
}

Result<Principal> InventoryRules::parsePrincipal(const QString& text)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    QStringList kinds;
    for (PrincipalKind kind : AgentTypes::principalKinds()) {
        kinds << AgentTypes::key(kind);
    }
    if (equals <= 0) {
        return Error{ErrorKind::Invalid,
                     tr("Write a principal as KIND=VALUE, where KIND is one of %1.")
                         .arg(kinds.join(QStringLiteral(", ")))};
    }
    const auto kind = AgentTypes::principalKindFromKey(text.left(equals));
    if (!kind) {
        return Error{ErrorKind::Invalid,
                     tr("\u201c%1\u201d is not a principal kind; use one of %2.")
                         .arg(text.left(equals), kinds.join(QStringLiteral(", ")))};
    }
    Principal principal{*kind, text.mid(equals + 1)};
    if (const Status s = InventoryRules::principal(principal); !s) {
        return s.error();
    }
    return principal;
}

QString InventoryRules::formatPrincipal(const Principal& principal)
{
    return AgentTypes::key(principal.kind) + QLatin1Char('=') + principal.value;
}

Status InventoryRules::agentFields(const Agent& draft)
{
    for (const Status& s : {displayName(draft.displayName),
                            purpose(draft.purpose),
                            framework(draft.framework),
                            model(draft.model),
                            principals(draft.principals),
                            tags(draft.tags)}) {
        if (!s) {
            return s;
        }
    }
    return {};
}
