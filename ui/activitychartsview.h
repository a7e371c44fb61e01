// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/eventquery.h"
#include "model/eventsummary.h"

#include <QWidget>

#include <functional>

class EventReader;
class QChart;
class QChartView;
class QLabel;
class QToolButton;

// The Activity page's charts for the current filter: events over time stacked by outcome, and the
// ten agents and ten resources with the most events. They are counted on a reader thread of their
// own, only while the charts are on screen. Clicking a bar narrows the timeline to it; from the
// keyboard, Tab reaches each list, the arrows move along its bars and Enter narrows.
class ActivityChartsView final : public QWidget
{
    Q_OBJECT

public:
    using AgentNames = std::function<QString(qint64)>;
    ActivityChartsView(const QString& databasePath, AgentNames agentNames, QWidget* parent = nullptr);
    ~ActivityChartsView() override;

    // The filter changed: counted again now if shown, else when next shown.
    void setQuery(const EventQuery& query);
    // New events arrived: counted again if shown, at most every few seconds.
    void eventsStored();
    const EventSummary& summary() const { return m_summary; }
    bool counting() const { return m_counting; }
    QChart* timeChart() const { return m_time; }
    QChart* agentsChart() const { return m_agents; }
    QChart* resourcesChart() const { return m_resources; }
    QChartView* agentsView() const { return m_agentsView; }
    QChartView* resourcesView() const { return m_resourcesView; }
    // The bar the keyboard is on in a top list (0: the busiest), or -1.
    int currentBar(const QChartView* view) const;

Q_SIGNALS:
    void counted(); // the charts show the current filter
    void agentChosen(qint64 agentId);
    void resourceChosen(const QString& resource);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void count();
    void draw();
    void drawTime();
    void drawTop(QChart* chart, const QStringList& labels, const QList<qint64>& counts, int kind);
    void styleChart(QChart* chart);
    void setCurrentBar(int kind, int index);
    void choose(int kind, int index);

    EventReader* m_reader;
    AgentNames m_agentNames;
    EventQuery m_query;
    EventSummary m_summary;
    bool m_stale = true;
    bool m_counting = false;
    QLabel* m_status;
    QToolButton* m_refresh;
    QChart* m_time;
    QChart* m_agents;
    QChart* m_resources;
    QChartView* m_timeView;
    QChartView* m_agentsView;
    QChartView* m_resourcesView;
    class QTimer* m_liveTimer;
    int m_current[2] = {-1, -1}; // by kind: top agents, top resources
};
