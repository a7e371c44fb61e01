// SPDX-License-Identifier: Apache-2.0
#include "request.h"

namespace {
template<typename E, size_t N>
std::optional<E> lookup(const QString& key, const std::pair<E, const char*> (&table)[N])
{
    for (const auto& [value, name] : table) {
        if (key == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}
template<typename E, size_t N>
QString name(E value, const std::pair<E, const char*> (&table)[N])
{
    for (const auto& [candidate, text] : table) {
        if (candidate == value) {
            return QString::fromLatin1(text);
        }
    }
    Q_UNREACHABLE();
}

const std::pair<RequestKind, const char*> kKinds[] = {{RequestKind::Identity, "identity"},
                                                      {RequestKind::Permission, "permission"},
                                                      {RequestKind::Renewal, "renewal"},
                                                      {RequestKind::Elevation, "elevation"}};
const std::pair<RequestState, const char*> kStates[] = {{RequestState::Pending, "pending"},
                                                        {RequestState::Approved, "approved"},
                                                        {RequestState::Denied, "denied"},
                                                        {RequestState::Expired, "expired"},
                                                        {RequestState::Withdrawn, "withdrawn"}};
const std::pair<GrantState, const char*> kGrantStates[] = {
    {GrantState::Active, "active"}, {GrantState::Expired, "expired"}, {GrantState::Revoked, "revoked"}};
} // namespace

namespace RequestKinds {
QString key(RequestKind kind)
{
    return name(kind, kKinds);
}
std::optional<RequestKind> fromKey(const QString& key)
{
    return lookup(key, kKinds);
}
QString key(RequestState state)
{
    return name(state, kStates);
}
std::optional<RequestState> stateFromKey(const QString& key)
{
    return lookup(key, kStates);
}
QString key(GrantState state)
{
    return name(state, kGrantStates);
}
std::optional<GrantState> grantStateFromKey(const QString& key)
{
    return lookup(key, kGrantStates);
}
} // namespace RequestKinds
