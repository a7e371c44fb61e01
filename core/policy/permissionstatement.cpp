// SPDX-License-Identifier: Apache-2.0
#include "permissionstatement.h"

#include "globpattern.h"

#include <QRegularExpression>

namespace {

struct Token
{
    QStringView text;
    int column = 0; // 1-based
};

// The bare detail; parse() and parseLines() say where.
Error errorAt(int column, const QString& message)
{
    return Error{ErrorKind::Invalid, message, column};
}

const QRegularExpression& nativeAction()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.:/*-]+$"));
    return re;
}

const QRegularExpression& schemePrefix()
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    return re;
}

const QRegularExpression& timestamp()
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2}))?Z$"));
    return re;
}

QString printDuration(qint64 seconds)
{
    const std::pair<qint64, char> units[] = {{86400, 'd'}, {3600, 'h'}, {60, 'm'}, {1, 's'}};
    for (const auto& [size, unit] : units) {
        if (seconds % size == 0) {
            return QString::number(seconds / size) + QLatin1Char(unit);
        }
    }
    Q_UNREACHABLE();
}

QString printTime(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().second() == 0 ? QStringLiteral("yyyy-MM-ddTHH:mm")
                                                 : QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QLatin1Char('Z');
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(PermissionStatement)

public:
    explicit Parser(QStringView text)
        : m_text(text)
    {
    }

    Result<PermissionStatement> run()
    {
        if (m_text.size() > PermissionStatement::kMaxLength) {
            return errorAt(
                int(PermissionStatement::kMaxLength) + 1,
                tr("a statement is at most %1 characters long.").arg(PermissionStatement::kMaxLength));
        }
        if (const Status split = tokenize(); !split) {
            return split.error();
        }
        if (m_tokens.isEmpty()) {
            return errorAt(
                1, tr("expected actions, such as read,list, then a resource such as s3://bucket/**."));
        }
        PermissionStatement statement;
        if (const Status actions = parseActions(m_tokens[0], statement); !actions) {
            return actions.error();
        }
        if (m_tokens.size() < 2) {
            return errorAt(int(m_text.size()) + 1,
                           tr("expected a resource after the actions, such as s3://bucket/reports/**."));
        }
        if (const Status resource = parseResource(m_tokens[1], statement); !resource) {
            return resource.error();
        }
        for (qsizetype i = 2; i < m_tokens.size(); ++i) {
            if (const Status constraint = parseConstraint(i, statement); !constraint) {
                return constraint.error();
            }
        }
        if (statement.notBefore.isValid() && statement.notAfter.isValid() &&
            statement.notAfter <= statement.notBefore) {
            return errorAt(m_notAfterColumn, tr("not-after must be later than not-before."));
        }
        return statement;
    }

private:
    Status tokenize()
    {
        qsizetype start = -1;
        for (qsizetype i = 0; i <= m_text.size(); ++i) {
            const bool end = i == m_text.size();
            const QChar c = end ? QChar() : m_text[i];
            const bool space = !end && (c == QLatin1Char(' ') || c == QLatin1Char('\t'));
            if (!end && !space && (c.category() == QChar::Other_Control || c.isSpace())) {
                return errorAt(int(i) + 1, tr("a control character or line break is not allowed here."));
            }
            if (end || space) {
                if (start >= 0) {
                    m_tokens.append(Token{m_text.sliced(start, i - start), int(start) + 1});
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        return {};
    }

    Status parseActions(const Token& token, PermissionStatement& statement)
    {
        int column = token.column;
        for (QStringView action : token.text.split(QLatin1Char(','))) {
            if (action.isEmpty()) {
                return errorAt(column, tr("an action is missing between commas."));
            }
            QString normalized = action.toString();
            const bool native = action.contains(QLatin1Char(':')) || action.contains(QLatin1Char('/')) ||
                                action.contains(QLatin1Char('*')) ||
                                PermissionStatement::kubernetesVerbs().contains(action);
            if (!native) {
                normalized = normalized.toLower();
                if (!PermissionStatement::verbs().contains(normalized)) {
                    return errorAt(
                        column,
                        tr("\"%1\" is not an action; use one of %2, or a native action such as "
                           "s3:GetObject or tools/call.")
                            .arg(action.toString(), PermissionStatement::verbs().join(QStringLiteral(", "))));
                }
            } else if (!nativeAction().match(normalized).hasMatch()) {
                return errorAt(column,
                               tr("the native action \"%1\" may hold only letters, digits and _ . : / * -.")
                                   .arg(action.toString()));
            } else if (normalized.contains(QStringLiteral("**"))) {
                return errorAt(column, tr("an action takes a single * only."));
            }
            if (statement.actions.contains(normalized)) {
                return errorAt(column, tr("the action \"%1\" is listed twice.").arg(normalized));
            }
            statement.actions.append(normalized);
            column += int(action.size()) + 1;
        }
        return {};
    }

    Status parseResource(const Token& token, PermissionStatement& statement)
    {
        const auto scheme = schemePrefix().match(token.text);
        if (!scheme.hasMatch()) {
            return errorAt(token.column,
                           tr("the resource must be a URI with a scheme, such as s3://bucket/key, "
                              "k8s://cluster/namespace/kind/name or mcp://server/tool."));
        }
        const qsizetype rest = scheme.capturedLength(0);
        if (rest == token.text.size()) {
            return errorAt(token.column + int(rest), tr("the resource names nothing after \"://\"."));
        }
        const qsizetype stars = token.text.indexOf(QStringLiteral("***"));
        if (stars >= 0) {
            return errorAt(token.column + int(stars),
                           tr("use * within a segment or ** across segments, not ***."));
        }
        statement.resource =
            scheme.captured(1).toLower() + token.text.sliced(scheme.capturedLength(1)).toString();
        const GlobPattern::Wildcards wildcards = GlobPattern::count(statement.resource);
        if (wildcards.single + wildcards.multi > PermissionStatement::kMaxWildcards) {
            return errorAt(
                token.column,
                tr("a resource takes at most %1 wildcards.").arg(PermissionStatement::kMaxWildcards));
        }
        return {};
    }

    Status parseConstraint(qsizetype& i, PermissionStatement& statement)
    {
        const Token& token = m_tokens[i];
        const QStringView text = token.text;
        const auto repeated = [&](bool already) -> Status {
            return already ? Status(errorAt(token.column, tr("\"%1\" is given twice.").arg(text.toString())))
                           : Status();
        };
        const auto argument = [&](const QString& what) -> Result<Token> {
            if (i + 1 >= m_tokens.size()) {
                return errorAt(int(m_text.size()) + 1,
                               tr("%1 needs %2 after it.").arg(text.toString(), what));
            }
            return m_tokens[++i];
        };

        if (text.startsWith(QStringLiteral("classification"))) {
            if (const Status once = repeated(statement.classificationCeiling.has_value()); !once) {
                return once;
            }
            const QStringView prefix = u"classification<=";
            const auto level =
                text.startsWith(prefix) ? Classifications::fromKey(text.sliced(prefix.size())) : std::nullopt;
            if (!level) {
                return errorAt(
                    token.column,
                    tr("write classification<=LEVEL, where LEVEL is public, internal, confidential or "
                       "restricted."));
            }
            statement.classificationCeiling = level;
            return {};
        }
        if (text == u"for") {
            if (const Status once = repeated(statement.durationSeconds != 0); !once) {
                return once;
            }
            auto value = argument(tr("a duration such as 8h"));
            if (!value) {
                return value.error();
            }
            static const QRegularExpression duration(QStringLiteral("^(\\d{1,7})([smhd])$"));
            const auto match = duration.match(value->text);
            const qint64 unit = !match.hasMatch()               ? 0
                                : match.capturedView(2) == u"s" ? 1
                                : match.capturedView(2) == u"m" ? 60
                                : match.capturedView(2) == u"h" ? 3600
                                                                : 86400;
            const qint64 seconds = unit * (match.hasMatch() ? match.capturedView(1).toLongLong() : 0);
            if (seconds <= 0 || seconds > 366 * 86400) {
                return errorAt(
                    value->column,
                    tr("a duration is a whole number with s, m, h or d, such as 30m or 8h, from 1 second to "
                       "366 days."));
            }
            statement.durationSeconds = seconds;
            return {};
        }
        if (text == u"not-before" || text == u"not-after") {
            const bool before = text == u"not-before";
            if (const Status once =
                    repeated(before ? statement.notBefore.isValid() : statement.notAfter.isValid());
                !once) {
                return once;
            }
            auto value = argument(tr("a UTC time such as 2026-12-01T00:00Z"));
            if (!value) {
                return value.error();
            }
            const auto match = timestamp().match(value->text);
            const QDateTime time = match.hasMatch() ? QDateTime(QDate(match.capturedView(1).toInt(),
                                                                      match.capturedView(2).toInt(),
                                                                      match.capturedView(3).toInt()),
                                                                QTime(match.capturedView(4).toInt(),
                                                                      match.capturedView(5).toInt(),
                                                                      match.capturedView(6).toInt()),
                                                                Qt::UTC)
                                                    : QDateTime();
            if (!time.isValid() || (match.hasMatch() && !QTime::isValid(match.capturedView(4).toInt(),
                                                                        match.capturedView(5).toInt(),
                                                                        match.capturedView(6).toInt()))) {
                return errorAt(value->column,
                               tr("write the time in UTC as 2026-12-01T00:00Z or 2026-12-01T00:00:00Z."));
            }
            (before ? statement.notBefore : statement.notAfter) = time;
            if (!before) {
                m_notAfterColumn = token.column;
            }
            return {};
        }
        if (text.startsWith(QStringLiteral("rate"))) {
            if (const Status once = repeated(statement.ratePerMinute != 0); !once) {
                return once;
            }
            static const QRegularExpression rate(QStringLiteral("^rate<=(\\d{1,7})/min$"));
            const auto match = rate.match(text);
            const int perMinute = match.hasMatch() ? match.capturedView(1).toInt() : 0;
            if (perMinute <= 0 || perMinute > 1'000'000) {
                return errorAt(token.column, tr("write rate<=N/min with N from 1 to 1000000."));
            }
            statement.ratePerMinute = perMinute;
            return {};
        }
        if (text == u"sensitive") {
            if (const Status once = repeated(statement.sensitive); !once) {
                return once;
            }
            statement.sensitive = true;
            return {};
        }
        return errorAt(
            token.column,
            tr("\"%1\" is not a constraint; use classification<=LEVEL, for DURATION, not-before TIME, "
               "not-after TIME, rate<=N/min or sensitive.")
                .arg(text.toString()));
    }

    QStringView m_text;
    QList<Token> m_tokens;
    int m_notAfterColumn = 0;
};

bool actionCovered(const QString& broad, const QString& narrow)
{
    return broad == QLatin1String("*") || broad == narrow ||
           (broad.contains(QLatin1Char('*')) && GlobPattern::covers(broad, narrow));
}

} // namespace

namespace Classifications {

QString key(Classification level)
{
    switch (level) {
    case Classification::Public:
        return QStringLiteral("public");
    case Classification::Internal:
        return QStringLiteral("internal");
    case Classification::Confidential:
        return QStringLiteral("confidential");
    case Classification::Restricted:
        return QStringLiteral("restricted");
    }
    Q_UNREACHABLE();
}

std::optional<Classification> fromKey(QStringView key)
{
    for (Classification level : {Classification::Public,
                                 Classification::Internal,
                                 Classification::Confidential,
                                 Classification::Restricted}) {
        if (key == Classifications::key(level)) {
            return level;
        }
    }
    return std::nullopt;
}

} // namespace Classifications

const QStringList& PermissionStatement::verbs()
{
    static const QStringList list{QStringLiteral("read"),
                                  QStringLiteral("list"),
                                  QStringLiteral("write"),
                                  QStringLiteral("create"),
                                  QStringLiteral("delete"),
                                  QStringLiteral("execute"),
                                  QStringLiteral("send"),
                                  QStringLiteral("admin"),
                                  QStringLiteral("authenticate")};
    return list;
}

const QStringList& PermissionStatement::kubernetesVerbs()
{
    // Kubernetes' own verbs read as native actions, as audit logs and RBAC write them.
    static const QStringList list{QStringLiteral("get"),
                                  QStringLiteral("watch"),
                                  QStringLiteral("update"),
                                  QStringLiteral("patch"),
                                  QStringLiteral("deletecollection"),
                                  QStringLiteral("impersonate"),
                                  QStringLiteral("bind"),
                                  QStringLiteral("escalate")};
    return list;
}

bool PermissionStatement::isAdminVerb(QStringView action)
{
    return action == u"admin" || action == u"delete" || action == u"*" || action.endsWith(u":*") ||
           action.startsWith(u"iam:") || action == u"deletecollection" || action == u"impersonate" ||
           action == u"bind" || action == u"escalate";
}

Result<PermissionStatement> PermissionStatement::parse(QStringView text)
{
    auto parsed = Parser(text).run();
    if (!parsed) {
        Error error = parsed.error();
        error.message = tr("Column %1: %2").arg(error.column).arg(error.message);
        return error;
    }
    return parsed;
}

Result<QList<PermissionStatement>> PermissionStatement::parseLines(QStringView text)
{
    QList<PermissionStatement> statements;
    int lineNumber = 0;
    for (QStringView line : text.split(QLatin1Char('\n'))) {
        ++lineNumber;
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty()) {
            continue;
        }
        auto statement = Parser(line).run();
        if (!statement) {
            Error error = statement.error();
            error.message = tr("Line %1, column %2: %3").arg(lineNumber).arg(error.column).arg(error.message);
            return error;
        }
        statements.append(std::move(statement).value());
    }
    if (statements.isEmpty()) {
        return Error{ErrorKind::Invalid, tr("Give at least one permission statement.")};
    }
    return statements;
}

QString PermissionStatement::toString() const
{
    QString text = actions.join(QLatin1Char(',')) + QLatin1Char(' ') + resource;
    if (classificationCeiling) {
        text += QStringLiteral(" classification<=") + Classifications::key(*classificationCeiling);
    }
    if (durationSeconds > 0) {
        text += QStringLiteral(" for ") + printDuration(durationSeconds);
    }
    if (notBefore.isValid()) {
        text += QStringLiteral(" not-before ") + printTime(notBefore);
    }
    if (notAfter.isValid()) {
        text += QStringLiteral(" not-after ") + printTime(notAfter);
    }
    if (ratePerMinute > 0) {
        text += QStringLiteral(" rate<=%1/min").arg(ratePerMinute);
    }
    if (sensitive) {
        text += QStringLiteral(" sensitive");
    }
    return text;
}

bool PermissionStatement::allowsAction(QStringView action) const
{
    for (const QString& allowed : actions) {
        if (allowed == QLatin1String("*") || allowed == action ||
            (allowed.contains(QLatin1Char('*')) && GlobPattern::matches(allowed, action))) {
            return true;
        }
    }
    return false;
}

bool PermissionStatement::matchesResource(QStringView uri) const
{
    return GlobPattern::matches(resource, uri);
}

bool PermissionStatement::covers(const PermissionStatement& narrower) const
{
    for (const QString& action : narrower.actions) {
        if (std::none_of(actions.cbegin(), actions.cend(), [&](const QString& broad) {
                return actionCovered(broad, action);
            })) {
            return false;
        }
    }
    if (!GlobPattern::covers(resource, narrower.resource)) {
        return false;
    }
    if (classificationCeiling &&
        (!narrower.classificationCeiling || *narrower.classificationCeiling > *classificationCeiling)) {
        return false;
    }
    if (durationSeconds > 0 &&
        (narrower.durationSeconds == 0 || narrower.durationSeconds > durationSeconds)) {
        return false;
    }
    if (notBefore.isValid() && (!narrower.notBefore.isValid() || narrower.notBefore < notBefore)) {
        return false;
    }
    if (notAfter.isValid() && (!narrower.notAfter.isValid() || narrower.notAfter > notAfter)) {
        return false;
    }
    if (ratePerMinute > 0 && (narrower.ratePerMinute == 0 || narrower.ratePerMinute > ratePerMinute)) {
        return false;
    }
    return !sensitive || narrower.sensitive;
}

PermissionStatement::Breadth PermissionStatement::breadth() const
{
    Breadth breadth;
    const GlobPattern::Wildcards wildcards = GlobPattern::count(resource);
    breadth.singleWildcards = wildcards.single;
    breadth.multiWildcards = wildcards.multi;
    for (const QString& action : actions) {
        breadth.anyAction =
            breadth.anyAction || action == QLatin1String("*") || action.endsWith(QLatin1String(":*"));
        breadth.adminVerb = breadth.adminVerb || isAdminVerb(action);
        breadth.writeVerb = breadth.writeVerb || action == QLatin1String("write") ||
                            action == QLatin1String("update") || action == QLatin1String("patch") ||
                            action == QLatin1String("create") || action == QLatin1String("send") ||
                            action == QLatin1String("execute");
    }
    breadth.restrictedData = !classificationCeiling || *classificationCeiling == Classification::Restricted;
    breadth.sensitive = sensitive;
    return breadth;
}
