// SPDX-License-Identifier: Apache-2.0
#include "riskassessment.h"

#include <algorithm>

namespace {
struct Reason
{
    int weight;
    QString text;
};
} // namespace

RiskTier RiskAssessment::levelFor(int score)
{
    return score <= 2   ? RiskTier::Low
           : score <= 5 ? RiskTier::Medium
           : score <= 8 ? RiskTier::High
                        : RiskTier::Critical;
}

RiskAssessment RiskAssessment::assess(const QList<PermissionStatement>& statements,
                                      qint64 durationSeconds,
                                      const Agent& agent,
                                      bool standing)
{
    RiskAssessment result;
    QList<Reason> reasons;
    const auto add = [&](int weight, const QString& text) {
        result.score += weight;
        reasons.append({weight, text});
    };

    for (const PermissionStatement& statement : statements) {
        const PermissionStatement::Breadth breadth = statement.breadth();
        const QString line = statement.toString();
        if (breadth.anyAction) {
            add(3, tr("\"%1\" allows every action.").arg(line));
        } else if (breadth.adminVerb) {
            add(3, tr("\"%1\" includes an administrative or destructive action.").arg(line));
        } else if (breadth.writeVerb) {
            add(1, tr("\"%1\" can change, create, send or run things.").arg(line));
        }
        if (breadth.multiWildcards > 0) {
            add(qMin(4, 2 * breadth.multiWildcards),
                tr("\"%1\" reaches everything below %2.")
                    .arg(line, statement.resource.left(statement.resource.indexOf(QStringLiteral("**")))));
        } else if (breadth.singleWildcards > 0) {
            add(qMin(2, breadth.singleWildcards), tr("\"%1\" uses wildcards.").arg(line));
        }
        if (!statement.classificationCeiling) {
            add(2, tr("\"%1\" has no classification ceiling, so it reaches restricted data.").arg(line));
        } else if (*statement.classificationCeiling == Classification::Restricted) {
            add(2, tr("\"%1\" reaches restricted data.").arg(line));
        } else if (*statement.classificationCeiling == Classification::Confidential) {
            add(1, tr("\"%1\" reaches confidential data.").arg(line));
        }
        if (breadth.sensitive) {
            add(2, tr("\"%1\" is sensitive: each use needs a freshly minted token.").arg(line));
        }
        result.sensitive = result.sensitive || breadth.sensitive;
        result.restrictedData = result.restrictedData || breadth.restrictedData;
    }

    if (standing) {
        add(4, tr("It asks for a standing grant, beyond the workspace's longest lifetime."));
    } else if (durationSeconds > 7 * 86400) {
        add(2, tr("It would last more than a week."));
    } else if (durationSeconds > 86400) {
        add(1, tr("It would last more than a day."));
    }

    switch (agent.riskTier) {
    case RiskTier::Low:
        break;
    case RiskTier::Medium:
        add(1, tr("The agent's own risk tier is medium."));
        break;
    case RiskTier::High:
        add(2, tr("The agent's own risk tier is high."));
        break;
    case RiskTier::Critical:
        add(4, tr("The agent's own risk tier is critical."));
        break;
    }
    if (agent.environment == Environment::Prod) {
        add(1, tr("The agent runs in production."));
    }

    std::stable_sort(
        reasons.begin(), reasons.end(), [](const Reason& a, const Reason& b) { return a.weight > b.weight; });
    for (const Reason& reason : std::as_const(reasons)) {
        result.reasons.append(reason.text);
    }
    result.level = levelFor(result.score);
    return result;
}
