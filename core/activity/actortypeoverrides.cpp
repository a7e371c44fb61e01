// SPDX-License-Identifier: Apache-2.0
#include "actortypeoverrides.h"

#include "policy/globpattern.h"

Result<ActorTypeOverrides> ActorTypeOverrides::fromSettings(const QJsonObject& settings)
{
    ActorTypeOverrides overrides;
    const QJsonValue value = settings.value(QLatin1String(kSettingKey));
    if (value.isUndefined() || value.isNull()) {
        return overrides;
    }
    const QJsonObject rules = value.toObject();
    if (!value.isObject() || rules.size() > kMaxPatterns) {
        return Error{ErrorKind::Invalid,
                     tr("The setting \"%1\" is an object of at most %2 principal patterns, each naming "
                        "agent, human, service or system.")
                         .arg(QLatin1String(kSettingKey))
                         .arg(kMaxPatterns)};
    }
    // QJsonObject keeps keys sorted; the more specific (longer) pattern is tried first so that
    // "role/ci-*" can make an exception within "role/*".
    QStringList patterns = rules.keys();
    std::stable_sort(patterns.begin(), patterns.end(), [](const QString& a, const QString& b) {
        return a.size() > b.size();
    });
    for (const QString& pattern : std::as_const(patterns)) {
        const std::optional<ActorType> type = ActorTypes::fromKey(rules.value(pattern).toString());
        if (pattern.trimmed().isEmpty() || pattern.size() > 512 || !type) {
            return Error{ErrorKind::Invalid,
                         tr("In \"%1\", the pattern \"%2\" must name agent, human, service or system.")
                             .arg(QLatin1String(kSettingKey), pattern.left(80))};
        }
        overrides.m_rules.append({pattern, *type});
    }
    return overrides;
}

void ActorTypeOverrides::apply(Event& event) const
{
    for (const auto& [pattern, type] : m_rules) {
        if (GlobPattern::matches(pattern, event.principal) ||
            (!event.principalValue.isEmpty() && GlobPattern::matches(pattern, event.principalValue))) {
            event.actorType = type;
            return;
        }
    }
}
