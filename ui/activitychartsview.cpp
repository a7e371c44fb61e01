// SPDX-License-Identifier: Apache-2.0
#include "activitychartsview.h"

#include "activity/eventreader.h"
#include "theme.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QLabel>
#include <QLineSeries>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

constexpr int kTopAgents = 0;
constexpr int kTopResources = 1;
constexpr qint64 kNanosPerMs = 1'000'000;
constexpr int kLabelLength = 48;

// Long resource URIs keep their ends, which say the most: the scheme and host, and the object.
QString elided(const QString& text)
{
    if (text.size() <= kLabelLength) {
        return text;
    }
    const int half = (kLabelLength - 1) / 2;
    return text.left(half) + QChar(0x2026) + text.right(kLabelLength - 1 - half);
}

QChartView* viewOf(QChart* chart, const QString& name, QWidget* parent)
{
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setObjectName(name);
    view->setMinimumHeight(160);
    return view;
}

} // namespace

ActivityChartsView::ActivityChartsView(const QString& databasePath, AgentNames agentNames, QWidget* parent)
    : QWidget(parent)
    , m_reader(new EventReader(databasePath, this))
    , m_agentNames(std::move(agentNames))
    , m_status(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_time(new QChart)
    , m_agents(new QChart)
    , m_resources(new QChart)
    , m_timeView(viewOf(m_time, QStringLiteral("chartTime"), this))
    , m_agentsView(viewOf(m_agents, QStringLiteral("chartAgents"), this))
    , m_resourcesView(viewOf(m_resources, QStringLiteral("chartResources"), this))
    , m_liveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("activityCharts"));
    m_status->setObjectName(QStringLiteral("chartsStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh->setObjectName(QStringLiteral("chartsRefresh"));
    m_refresh->setText(tr("&Recount"));
    m_refresh->setToolTip(tr("Count the filtered events again"));
    connect(m_refresh, &QToolButton::clicked, this, &ActivityChartsView::count);

    m_time->setTitle(tr("Events over time, by outcome"));
    m_agents->setTitle(tr("Agents with the most events"));
    m_resources->setTitle(tr("Resources with the most events"));
    m_timeView->setAccessibleName(tr("Events over time, by outcome"));
    m_agentsView->setAccessibleName(tr("Agents with the most events"));
    m_resourcesView->setAccessibleName(tr("Resources with the most events"));
    for (QChart* chart : {m_time, m_agents, m_resources}) {
        styleChart(chart);
    }
    // The top lists take the keyboard: arrows move along the bars, Enter narrows to one.
    for (QChartView* view : {m_agentsView, m_resourcesView}) {
        view->setFocusPolicy(Qt::StrongFocus);
        view->installEventFilter(this);
    }
    m_agentsView->setAccessibleDescription(tr("Up and Down choose an agent; Enter shows only its events"));
    m_resourcesView->setAccessibleDescription(
        tr("Up and Down choose a resource; Enter shows only the events on it"));
    m_agents->legend()->hide();
    m_resources->legend()->hide();
    m_time->legend()->setAlignment(Qt::AlignBottom);

    auto* header = new QHBoxLayout;
    header->addWidget(m_status, 1);
    header->addWidget(m_refresh);
    auto* tops = new QHBoxLayout;
    tops->addWidget(m_agentsView, 1);
    tops->addWidget(m_resourcesView, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_timeView, 1);
    layout->addLayout(tops, 1);

    // Live counts would rescan millions of events for each batch: at most one recount in five seconds.
    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(5000);
    connect(m_liveTimer, &QTimer::timeout, this, [this] {
        if (m_stale && isVisible()) {
            count();
        }
    });
    connect(m_reader, &EventReader::busyChanged, this, [this](bool busy) {
        m_counting = busy;
        if (busy) {
            m_status->setText(tr("Counting events…"));
        }
    });
}

ActivityChartsView::~ActivityChartsView() = default;

void ActivityChartsView::setQuery(const EventQuery& query)
{
    m_query = query;
    m_stale = true;
    if (isVisible()) {
        count();
    }
}

void ActivityChartsView::eventsStored()
{
    m_stale = true;
    if (isVisible() && !m_liveTimer->isActive()) {
        m_liveTimer->start();
    }
}

void ActivityChartsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        count();
    }
}

void ActivityChartsView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (QChart* chart : {m_time, m_agents, m_resources}) {
            styleChart(chart);
        }
        draw();
    }
}

void ActivityChartsView::styleChart(QChart* chart)
{
    chart->setTheme(Theme::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().base());
    chart->setTitleBrush(palette().text());
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
}

void ActivityChartsView::count()
{
    m_stale = false;
    m_reader->summarize(m_query, [this](Result<EventSummary> summary) {
        if (!summary) {
            m_status->setText(tr("Could not count events: %1").arg(summary.error().message));
            return;
        }
        m_summary = std::move(summary).value();
        draw();
        Q_EMIT counted();
    });
}

void ActivityChartsView::draw()
{
    if (m_counting) {
        return; // the answer on its way replaces this one
    }
    m_status->setText(m_summary.total == 0 ? tr("No event matches the filters.")
                                           : tr("%L1 events from %L2 agents or principals, on %L3 resources")
                                                 .arg(m_summary.total)
                                                 .arg(m_summary.distinctAgents)
                                                 .arg(m_summary.distinctResources));
    drawTime();
    QStringList agents;
    QList<qint64> agentCounts;
    for (const auto& [id, events] : std::as_const(m_summary.topAgents)) {
        agents << (id ? m_agentNames(id) : tr("(no registered agent)"));
        agentCounts << events;
    }
    drawTop(m_agents, agents, agentCounts, kTopAgents);
    QStringList resources;
    QList<qint64> resourceCounts;
    for (const auto& [resource, events] : std::as_const(m_summary.topResources)) {
        resources << (resource.isEmpty() ? tr("(no resource)") : resource);
        resourceCounts << events;
    }
    drawTop(m_resources, resources, resourceCounts, kTopResources);
}

void ActivityChartsView::drawTime()
{
    m_time->removeAllSeries();
    for (QAbstractAxis* axis : m_time->axes()) {
        m_time->removeAxis(axis);
        delete axis;
    }
    if (m_summary.buckets.isEmpty()) {
        return;
    }
    auto* x = new QDateTimeAxis;
    const qint64 span = m_summary.bucketNs * m_summary.buckets.size();
    x->setFormat(span > 2LL * 86400 * 1'000'000'000 ? QStringLiteral("MMM d")
                 : span > 3600LL * 1'000'000'000    ? QStringLiteral("MMM d HH:mm")
                                                    : QStringLiteral("HH:mm:ss"));
    x->setTickCount(7);
    x->setRange(QDateTime::fromMSecsSinceEpoch(m_summary.fromNs / kNanosPerMs),
                QDateTime::fromMSecsSinceEpoch((m_summary.fromNs + span) / kNanosPerMs));
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    m_time->addAxis(x, Qt::AlignBottom);
    m_time->addAxis(y, Qt::AlignLeft);

    // Stacked: each outcome's area lies on the sum of those drawn before it, step by step so that
    // each bucket reads as a bar.
    QList<qint64> below(m_summary.buckets.size(), 0);
    qint64 highest = 0;
    for (EventOutcome outcome :
         {EventOutcome::Success, EventOutcome::Failure, EventOutcome::Denied, EventOutcome::Unknown}) {
        const int index = static_cast<int>(outcome);
        qint64 total = 0;
        for (const auto& bucket : std::as_const(m_summary.buckets)) {
            total += bucket[index];
        }
        if (total == 0) {
            continue;
        }
        auto* upper = new QLineSeries;
        auto* base = new QLineSeries;
        for (qsizetype i = 0; i < m_summary.buckets.size(); ++i) {
            const qreal start = qreal((m_summary.fromNs + i * m_summary.bucketNs) / kNanosPerMs);
            const qreal end = qreal((m_summary.fromNs + (i + 1) * m_summary.bucketNs) / kNanosPerMs);
            const qint64 top = below[i] + m_summary.buckets[i][index];
            upper->append(start, qreal(top));
            upper->append(end, qreal(top));
            base->append(start, qreal(below[i]));
            base->append(end, qreal(below[i]));
            below[i] = top;
            highest = qMax(highest, top);
        }
        auto* area = new QAreaSeries(upper, base);
        // The area series does not own its lines.
        upper->setParent(area);
        base->setParent(area);
        area->setName(tr("%1 (%L2)").arg(EventOutcomes::label(outcome)).arg(total));
        const QColor color = Theme::outcomeColor(outcome, palette());
        QColor fill = color;
        fill.setAlpha(200);
        area->setBrush(fill);
        area->setPen(QPen(color, 1));
        m_time->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
    }
    y->setRange(0, qMax<qint64>(1, highest) * 1.05);
    y->applyNiceNumbers();
}

void ActivityChartsView::drawTop(QChart* chart,
                                 const QStringList& labels,
                                 const QList<qint64>& counts,
                                 int kind)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    if (labels.isEmpty()) {
        return;
    }
    auto* set = new QBarSet(tr("Events"));
    set->setColor(palette().color(QPalette::Highlight));
    QStringList shown;
    // Bars are drawn bottom up: the most events go last so that they sit on top.
    for (qsizetype i = labels.size() - 1; i >= 0; --i) {
        *set << qreal(counts[i]);
        // Equal labels would merge into one category; a zero-width space keeps them apart.
        QString label = elided(labels[i]);
        while (shown.contains(label)) {
            label += QChar(0x200B);
        }
        shown << label;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(shown);
    names->setGridLineVisible(false);
    auto* values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    values->setRange(0, qreal(counts.constFirst()) * 1.05);
    values->applyNiceNumbers();
    values->setTickCount(5);
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(values);
    const qsizetype n = labels.size();
    connect(set, &QBarSet::hovered, this, [chart, labels, counts, n](bool on, int index) {
        const qsizetype i = n - 1 - index;
        chart->setToolTip(on && i >= 0 && i < n ? tr("%1: %L2 events").arg(labels[i]).arg(counts[i])
                                                : QString());
    });
    connect(set, &QBarSet::clicked, this, [this, kind, n](int index) { choose(kind, int(n - 1 - index)); });
    set->setSelectedColor(palette().color(QPalette::Link));
    m_current[kind] = -1;
    QChartView* view = kind == kTopAgents ? m_agentsView : m_resourcesView;
    if (view->hasFocus()) {
        setCurrentBar(kind, 0);
    }
}

int ActivityChartsView::currentBar(const QChartView* view) const
{
    return view == m_agentsView      ? m_current[kTopAgents]
           : view == m_resourcesView ? m_current[kTopResources]
                                     : -1;
}

void ActivityChartsView::setCurrentBar(int kind, int index)
{
    QChart* chart = kind == kTopAgents ? m_agents : m_resources;
    const qsizetype n = kind == kTopAgents ? m_summary.topAgents.size() : m_summary.topResources.size();
    if (chart->series().isEmpty() || n == 0) {
        m_current[kind] = -1;
        return;
    }
    auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().constFirst());
    QBarSet* set = series ? series->barSets().value(0) : nullptr;
    if (!set) {
        return;
    }
    m_current[kind] = int(qBound<qsizetype>(0, qsizetype(index), n - 1));
    set->deselectAllBars();
    // Bars are drawn bottom up.
    set->selectBar(int(n - 1 - m_current[kind]));
    const QString label = kind == kTopAgents ? (m_summary.topAgents[m_current[kind]].first
                                                    ? m_agentNames(m_summary.topAgents[m_current[kind]].first)
                                                    : tr("(no registered agent)"))
                                             : m_summary.topResources[m_current[kind]].first;
    const qint64 events = kind == kTopAgents ? m_summary.topAgents[m_current[kind]].second
                                             : m_summary.topResources[m_current[kind]].second;
    m_status->setText(tr("%1: %L2 events").arg(label).arg(events));
}

void ActivityChartsView::choose(int kind, int index)
{
    if (kind == kTopAgents && index >= 0 && index < m_summary.topAgents.size()) {
        Q_EMIT agentChosen(m_summary.topAgents[index].first);
    } else if (kind == kTopResources && index >= 0 && index < m_summary.topResources.size()) {
        Q_EMIT resourceChosen(m_summary.topResources[index].first);
    }
}

bool ActivityChartsView::eventFilter(QObject* watched, QEvent* event)
{
    const int kind = watched == m_agentsView ? kTopAgents : watched == m_resourcesView ? kTopResources : -1;
    if (kind < 0) {
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() == QEvent::FocusIn && m_current[kind] < 0) {
        setCurrentBar(kind, 0);
    } else if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        switch (key) {
        case Qt::Key_Up:
        case Qt::Key_Down:
            setCurrentBar(kind, m_current[kind] + (key == Qt::Key_Down ? 1 : -1));
            return true;
        case Qt::Key_Home:
            setCurrentBar(kind, 0);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            choose(kind, m_current[kind]);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}
