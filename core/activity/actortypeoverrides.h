// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/event.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

// A connector's corrections to how its records' actors are told apart, from its "actor_types"
// setting: {"arn:aws:iam::*:role/ci-*": "agent", "system:serviceaccount:ops:*": "human"}. A
// connector knows the principals of its backend only by their shape; the people who run it know
// which role is a pipeline and which a person. An actor made anything but an agent is recorded,
// never made a shadow agent; one made an agent is, when it is not registered.
class ActorTypeOverrides final
{
    Q_DECLARE_TR_FUNCTIONS(ActorTypeOverrides)

public:
    static constexpr const char* kSettingKey = "actor_types";
    static constexpr int kMaxPatterns = 256;

    // None when the setting is absent; an error that names the pattern when it is malformed.
    static Result<ActorTypeOverrides> fromSettings(const QJsonObject& settings);

    // The longest pattern that matches the principal, or the principal as an agent would list it,
    // decides.
    void apply(Event& event) const;
    bool isEmpty() const { return m_rules.isEmpty(); }

private:
    QList<std::pair<QString, ActorType>> m_rules;
};
