// SPDX-License-Identifier: Apache-2.0
#include "activitytablemodel.h"

#include "activity/eventreader.h"
#include "theme.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>

ActivityTableModel::ActivityTableModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_reader(new EventReader(workspace.database().path(), this))
    , m_agentNames(workspace.agents())
{
    connect(m_reader, &EventReader::busyChanged, this, &ActivityTableModel::loadingChanged);
}

ActivityTableModel::~ActivityTableModel() = default;

bool ActivityTableModel::loading() const
{
    return m_reader->busy();
}

void ActivityTableModel::setQuery(const EventQuery& query)
{
    m_query = query;
    reload();
}

void ActivityTableModel::reload()
{
    // Views (and the model tester) may ask for more while the reset is being announced; they get
    // it after the reset, never inside it.
    m_resetting = true;
    beginResetModel();
    m_rows.clear();
    m_more = false;
    m_fetching = false;
    m_error.clear();
    endResetModel();
    m_resetting = false;
    EventQuery page = m_query;
    page.beforeTimeNs = 0;
    page.beforeId = 0;
    page.limit = kPageSize;
    m_reader->read(page, [this](Result<QList<Event>> rows) { firstPageRead(std::move(rows)); });
}

void ActivityTableModel::firstPageRead(Result<QList<Event>> rows)
{
    if (!rows) {
        m_error = rows.error().message;
        Q_EMIT loaded(m_error);
        return;
    }
    if (!rows->isEmpty()) {
        m_more = rows->size() == kPageSize;
        m_fetching = true; // a listener to the insertion gets the next page after it
        beginInsertRows({}, 0, int(rows->size() - 1));
        m_rows = std::move(rows).value();
        endInsertRows();
        m_fetching = false;
    }
    Q_EMIT loaded(QString());
}

int ActivityTableModel::fetchNewer()
{
    if (loading() || m_resetting) {
        return 0;
    }
    constexpr int kMostAtOnce = 1000;
    EventQuery newer = m_query;
    newer.beforeTimeNs = 0;
    newer.beforeId = 0;
    newer.limit = kMostAtOnce;
    QSet<qint64> shown;
    if (!m_rows.isEmpty()) {
        // The time range is read through the time index, so this costs what the new events cost.
        const qint64 top = m_rows.constFirst().timeNs;
        newer.fromNs = qMax(newer.fromNs, top);
        for (const Event& e : std::as_const(m_rows)) {
            if (e.timeNs != top) {
                break;
            }
            shown.insert(e.id);
        }
    }
    auto rows = m_workspace.events().page(newer);
    if (!rows) {
        return 0;
    }
    if (rows->size() == kMostAtOnce) {
        reload();
        return -1;
    }
    QList<Event> fresh;
    for (Event& e : rows.value()) {
        if (!shown.contains(e.id)) {
            fresh.append(std::move(e));
        }
    }
    if (fresh.isEmpty()) {
        return 0;
    }
    beginInsertRows({}, 0, int(fresh.size() - 1));
    m_rows = fresh + m_rows;
    endInsertRows();
    return int(fresh.size());
}

std::optional<Event> ActivityTableModel::event(int row) const
{
    return row >= 0 && row < m_rows.size() ? std::optional<Event>(m_rows[row]) : std::nullopt;
}

QString ActivityTableModel::agentName(qint64 agentId) const
{
    return m_agentNames.of(agentId);
}

QString ActivityTableModel::timeText(qint64 ns)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toLocalTime();
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

int ActivityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ActivityTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_resetting && !m_fetching;
}

void ActivityTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty()) {
        return;
    }
    EventQuery page = m_query;
    page.beforeTimeNs = m_rows.constLast().timeNs;
    page.beforeId = m_rows.constLast().id;
    page.limit = kPageSize;
    // Until the page arrives, nobody asks for it again.
    m_fetching = true;
    m_reader->read(page, [this](Result<QList<Event>> rows) { nextPageRead(std::move(rows)); });
}

void ActivityTableModel::nextPageRead(Result<QList<Event>> rows)
{
    if (!rows || rows->isEmpty()) {
        m_more = false;
        m_fetching = false;
        m_error = rows ? QString() : rows.error().message;
        Q_EMIT loaded(m_error);
        return;
    }
    m_more = rows->size() == kPageSize;
    // A listener to the insertion may ask for more again; the page it would get is this one.
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(rows.value());
    endInsertRows();
    m_fetching = false;
    Q_EMIT loaded(QString());
}

QVariant ActivityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Event& e = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return timeText(e.timeNs);
        case AgentColumn:
            return e.agentId ? agentName(e.agentId) : e.principal;
        case ActionColumn:
            return e.action;
        case ResourceColumn:
            return e.resource;
        case OutcomeColumn:
            return EventOutcomes::label(e.outcome);
        case SourceColumn:
            return e.source;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case AgentColumn:
            return e.agentId ? tr("%1, acting as %2").arg(agentName(e.agentId), e.principal)
                             : tr("%1 (no registered agent)").arg(e.principal);
        case ActionColumn:
            return e.nativeAction;
        case ResourceColumn:
            return e.resource;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn &&
        (e.outcome == EventOutcome::Denied || e.outcome == EventOutcome::Failure)) {
        return Theme::errorColor(QGuiApplication::palette());
    }
    return {};
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AgentColumn:
        return tr("Agent");
    case ActionColumn:
        return tr("Action");
    case ResourceColumn:
        return tr("Resource");
    case OutcomeColumn:
        return tr("Outcome");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}
