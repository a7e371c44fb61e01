// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QDateTime>

#include <algorithm>
#include <functional>
#include <vector>

// The demo's history, planned first and then replayed in time order, so that the audit trail
// it leaves reads forward in time the way a real workspace's would.
class DemoTimeline final
{
public:
    using Step = std::function<Status()>;

    void add(const QDateTime& at, Step step) { m_steps.push_back({at, m_steps.size(), std::move(step)}); }
    std::size_t size() const { return m_steps.size(); }

    // Runs every step with the clock set to its time; steps at the same time keep their order.
    Status replay(QDateTime& clock,
                  const std::function<void(std::size_t done, std::size_t total)>& progress = {})
    {
        std::sort(m_steps.begin(), m_steps.end(), [](const Planned& a, const Planned& b) {
            return a.at != b.at ? a.at < b.at : a.order < b.order;
        });
        for (std::size_t i = 0; i < m_steps.size(); ++i) {
            clock = m_steps[i].at;
            if (const Status done = m_steps[i].step(); !done) {
                return done;
            }
            if (progress) {
                progress(i + 1, m_steps.size());
            }
        }
        m_steps.clear();
        return {};
    }

private:
    struct Planned
    {
        QDateTime at;
        std::size_t order;
        Step step;
    };
    std::vector<Planned> m_steps;
};
