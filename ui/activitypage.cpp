// SPDX-License-Identifier: Apache-2.0
#include "activitypage.h"

#include "activity/recordparser.h"
#include "activitytablemodel.h"
#include "eventexportjob.h"
#include "inventory/inventoryservice.h"
#include "store/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kEventIdRole = Qt::UserRole + 1;
}

ActivityPage::ActivityPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ActivityTableModel(workspace, this))
    , m_text(new QLineEdit(this))
    , m_agent(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_trace(new QTreeWidget(this))
    , m_debounce(new QTimer(this))
    , m_export(new QToolButton(this))
    , m_live(new QToolButton(this))
    , m_liveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("activityPage"));
    m_text->setObjectName(QStringLiteral("activityText"));
    m_text->setPlaceholderText(tr("Principal, action or resource contains…"));
    m_text->setClearButtonEnabled(true);
    m_agent->setObjectName(QStringLiteral("activityAgent"));
    m_agent->setPlaceholderText(tr("Agent name"));
    m_agent->setClearButtonEnabled(true);
    m_outcome->setObjectName(QStringLiteral("activityOutcome"));
    m_outcome->addItem(tr("Any outcome"));
    for (EventOutcome outcome :
         {EventOutcome::Success, EventOutcome::Failure, EventOutcome::Denied, EventOutcome::Unknown}) {
        m_outcome->addItem(EventOutcomes::label(outcome), static_cast<int>(outcome));
    }
    m_source->setObjectName(QStringLiteral("activitySource"));
    m_source->addItem(tr("Any source"));
    for (const QString& format : RecordParser::formats()) {
        m_source->addItem(format, format);
    }
    m_status->setObjectName(QStringLiteral("activityStatus"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_text, 3);
    filters->addWidget(m_agent, 2);
    filters->addWidget(m_outcome);
    filters->addWidget(m_source);
    filters->addWidget(m_status);
    filters->addStretch();
    filters->addWidget(m_live);
    filters->addWidget(m_export);

    // Live: new events flow in on top while this is on.
    m_live->setObjectName(QStringLiteral("activityLive"));
    m_live->setText(tr("&Live"));
    m_live->setCheckable(true);
    m_live->setChecked(true);
    m_live->setToolTip(tr("Show new events as the connectors store them"));
    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(500);
    connect(m_liveTimer, &QTimer::timeout, this, &ActivityPage::showNewer);
    connect(m_live, &QToolButton::toggled, this, [this](bool on) {
        if (on) {
            showNewer();
        }
    });

    // Export: the filtered timeline (Ctrl+Shift+E) or the selected event's trace (Ctrl+Shift+T).
    m_export->setObjectName(QStringLiteral("activityExport"));
    m_export->setText(tr("&Export"));
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(m_export);
    QAction* exportTimeline = exportMenu->addAction(tr("Export the filtered timeline…"));
    exportTimeline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction* exportTrace = exportMenu->addAction(tr("Export the selected event's trace…"));
    exportTrace->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    for (QAction* action : {exportTimeline, exportTrace}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_export->setMenu(exportMenu);
    connect(exportTimeline, &QAction::triggered, this, [this] { chooseExport(false); });
    connect(exportTrace, &QAction::triggered, this, [this] { chooseExport(true); });

    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ActivityTableModel::ResourceColumn,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(false);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(ActivityTableModel::TimeColumn,
                            metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59:59.999")) + 16);
    const int x = metrics.horizontalAdvance(QLatin1Char('x'));
    m_table->setColumnWidth(ActivityTableModel::AgentColumn, x * 22);
    // The resource is the widest and most telling field: the short ones give it their room.
    m_table->setColumnWidth(ActivityTableModel::ActionColumn, x * 10);
    m_table->setColumnWidth(ActivityTableModel::OutcomeColumn, x * 9);
    m_table->setColumnWidth(ActivityTableModel::SourceColumn, x * 10);
    m_table->setAccessibleName(tr("Activity"));

    m_detail->setObjectName(QStringLiteral("activityDetail"));
    m_detail->setOpenLinks(false);
    m_trace->setObjectName(QStringLiteral("traceTree"));
    m_trace->setHeaderLabels({tr("Trace"), tr("Outcome"), tr("Time")});
    m_trace->setAccessibleName(tr("Trace of the selected event"));
    m_trace->header()->setStretchLastSection(false);
    m_trace->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_trace->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_trace->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_detail);
    right->addWidget(m_trace);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    // Typing waits for a pause before querying; choosing from a list applies at once.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ActivityPage::applyFilters);
    connect(m_text, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_agent, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, &ActivityPage::applyFilters);
    connect(m_agent, &QLineEdit::returnPressed, this, &ActivityPage::applyFilters);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &ActivityPage::applyFilters);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ActivityPage::applyFilters);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ActivityPage::showSelected);
    connect(m_trace, &QTreeWidget::itemActivated, this, &ActivityPage::openTraceItem);
    connect(m_model, &ActivityTableModel::loaded, this, &ActivityPage::pageLoaded);
    connect(m_model, &ActivityTableModel::loadingChanged, this, &ActivityPage::loadingChanged);

    reload();
}

void ActivityPage::reload()
{
    applyFilters();
}

void ActivityPage::showAgent(const QString& name)
{
    m_agent->setText(name);
    applyFilters();
}

void ActivityPage::eventsStored()
{
    // Batches arrive many times a second from busy connectors; the view catches up twice a second.
    if (m_live->isChecked() && !m_liveTimer->isActive()) {
        m_liveTimer->start();
    }
}

void ActivityPage::showNewer()
{
    if (!isVisible()) {
        return; // read when the page is opened
    }
    QScrollBar* bar = m_table->verticalScrollBar();
    const bool atTop = bar->value() == bar->minimum();
    const int before = bar->value();
    const int added = m_model->fetchNewer();
    if (added > 0 && !atTop) {
        // Scrolled away: the rows being read stay where they are.
        bar->setValue(before + added);
    }
    if (added > 0) {
        m_status->setText(tr("Live: %L1 new").arg(added));
    }
}

void ActivityPage::chooseExport(bool traceOnly)
{
    const auto event = m_model->event(m_table->currentIndex().row());
    if (traceOnly && (!event || event->traceId.isEmpty())) {
        QMessageBox::information(this,
                                 tr("Export trace"),
                                 tr("The selected event is not part of a trace. Select an event that is, "
                                    "or export the filtered timeline."));
        return;
    }
    const QString csv = tr("CSV (*.csv)");
    const QString jsonl = tr("JSON lines (*.jsonl)");
    const QString ocsf = tr("OCSF API Activity, JSON lines (*.ocsf.jsonl)");
    QString filter = ocsf;
    const QString path =
        QFileDialog::getSaveFileName(this,
                                     traceOnly ? tr("Export trace") : tr("Export timeline"),
                                     traceOnly ? QStringLiteral("trace-%1.ocsf.jsonl").arg(event->traceId)
                                               : QStringLiteral("activity.ocsf.jsonl"),
                                     QStringList{ocsf, jsonl, csv}.join(QStringLiteral(";;")),
                                     &filter);
    if (path.isEmpty()) {
        return;
    }
    const EventExporter::Format format = filter == csv     ? EventExporter::Format::Csv
                                         : filter == jsonl ? EventExporter::Format::JsonLines
                                                           : EventExporter::Format::Ocsf;
    exportTo(path, format, traceOnly);
}

void ActivityPage::exportTo(const QString& path, EventExporter::Format format, bool traceOnly)
{
    if (m_job) {
        Q_EMIT exportFinished(0, tr("An export is already running."));
        return;
    }
    EventQuery query = m_model->query();
    if (traceOnly) {
        const auto event = m_model->event(m_table->currentIndex().row());
        if (!event || event->traceId.isEmpty()) {
            Q_EMIT exportFinished(0, tr("The selected event is not part of a trace."));
            return;
        }
        query = EventQuery();
        query.traceId = event->traceId;
    }
    m_job = new EventExportJob(m_workspace.database().path(), query, format, path, this);
    m_progress = new QProgressDialog(tr("Exporting events…"), tr("Cancel"), 0, 0, this);
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &EventExportJob::cancel);
    connect(m_job, &EventExportJob::counted, m_progress, [this](qint64 total) {
        // The bar counts in thousands so that a very large export still fits an int.
        m_progress->setMaximum(int(qMax<qint64>(1, (total + 999) / 1000)));
    });
    connect(m_job, &EventExportJob::progressed, m_progress, [this](qint64 written) {
        m_progress->setValue(int((written + 999) / 1000));
        m_progress->setLabelText(tr("Exported %L1 events…").arg(written));
    });
    connect(m_job,
            &EventExportJob::finished,
            this,
            [this, path](qint64 written, const QString& error, bool cancelled) {
                m_progress->deleteLater();
                m_progress = nullptr;
                m_job->deleteLater();
                m_job = nullptr;
                if (!error.isEmpty()) {
                    m_status->setText(tr("Export failed: %1").arg(error));
                } else if (cancelled) {
                    m_status->setText(tr("Export cancelled; no file was written."));
                } else {
                    m_status->setText(
                        tr("Exported %L1 events to %2.").arg(written).arg(QDir::toNativeSeparators(path)));
                }
                Q_EMIT exportFinished(cancelled ? 0 : written, cancelled ? tr("Cancelled") : error);
            });
    m_job->start();
}

void ActivityPage::applyFilters()
{
    m_debounce->stop();
    m_notice.clear();
    EventQuery query;
    query.text = m_text->text().trimmed();
    if (m_outcome->currentIndex() > 0) {
        query.outcome = static_cast<EventOutcome>(m_outcome->currentData().toInt());
    }
    query.source = m_source->currentData().toString();
    const QString agent = m_agent->text().trimmed();
    if (!agent.isEmpty()) {
        auto found = InventoryService(m_workspace).findAgent(agent);
        if (!found) {
            // No agent of that name: no events, rather than everyone's.
            m_notice = tr("No agent %1").arg(agent);
            query = EventQuery();
            query.agentId = -1;
        } else {
            query.agentId = found->id;
        }
    }
    m_awaitingFirstPage = true;
    m_model->setQuery(query);
}

void ActivityPage::loadingChanged(bool loading)
{
    if (loading) {
        m_status->setText(tr("Searching…"));
    }
}

void ActivityPage::pageLoaded(const QString& error)
{
    if (!error.isEmpty()) {
        m_status->setText(tr("Could not read events: %1").arg(error));
        m_awaitingFirstPage = false;
        return;
    }
    if (!m_model->loading()) {
        m_status->clear();
    }
    if (!m_awaitingFirstPage) {
        return;
    }
    m_awaitingFirstPage = false;
    if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    } else {
        m_status->setText(m_notice.isEmpty() ? tr("No events") : m_notice);
        m_detail->setHtml(tr("<p>No event matches.</p>"));
        m_trace->clear();
    }
}

void ActivityPage::showSelected()
{
    const auto event = m_model->event(m_table->currentIndex().row());
    if (!event) {
        return;
    }
    showEvent(*event);
    showTrace(*event);
}

void ActivityPage::showEvent(const Event& shown)
{
    auto full = m_workspace.events().byId(shown.id); // with its raw record
    const Event& e = full ? full.value() : shown;
    const QString agent = e.agentId ? m_model->agentName(e.agentId) : tr("none registered");
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='4'>")
                       .arg(QStringLiteral("%1 %2").arg(e.action, e.resource).toHtmlEscaped());
    html += row(tr("Time"), ActivityTableModel::timeText(e.timeNs));
    html += row(tr("Agent"), agent);
    html += row(tr("Principal"), e.principal);
    html += row(tr("Native action"), e.nativeAction);
    html += row(tr("Outcome"), EventOutcomes::label(e.outcome));
    html += row(tr("Source"), QStringLiteral("%1 · %2").arg(e.source, e.nativeId));
    if (!e.traceId.isEmpty()) {
        html += row(tr("Trace"), QStringLiteral("%1 / %2").arg(e.traceId, e.spanId));
    }
    if (!e.task.isEmpty()) {
        html += row(tr("Task or session"), e.task);
    }
    if (!e.credentialKind.isEmpty()) {
        html += row(tr("Credential"),
                    e.tokenId.isEmpty() ? e.credentialKind
                                        : QStringLiteral("%1 (%2)").arg(e.credentialKind, e.tokenId));
    }
    html += QStringLiteral("</table>");
    if (!e.raw.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(e.raw);
        const QByteArray pretty = document.isNull() ? e.raw : document.toJson(QJsonDocument::Indented);
        html += QStringLiteral("<h4>%1</h4><pre>%2</pre>")
                    .arg(tr("Raw record").toHtmlEscaped(), QString::fromUtf8(pretty).toHtmlEscaped());
    }
    m_detail->setHtml(html);
}

void ActivityPage::showTrace(const Event& event)
{
    m_trace->clear();
    if (event.traceId.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_trace, {tr("Not part of a trace")});
        none->setDisabled(true);
        return;
    }
    auto spans = m_workspace.events().trace(event.traceId, 5000);
    if (!spans) {
        new QTreeWidgetItem(m_trace, {spans.error().message});
        return;
    }
    QHash<QString, QTreeWidgetItem*> bySpan;
    QList<std::pair<QTreeWidgetItem*, QString>> pending;
    for (const Event& span : spans.value()) {
        const QString who = span.agentId ? m_model->agentName(span.agentId) : span.principal;
        auto* item =
            new QTreeWidgetItem({QStringLiteral("%1 %2 · %3").arg(span.nativeAction, span.resource, who),
                                 EventOutcomes::label(span.outcome),
                                 ActivityTableModel::timeText(span.timeNs)});
        item->setData(0, kEventIdRole, span.id);
        item->setToolTip(0, QStringLiteral("%1 %2").arg(span.action, span.resource));
        bySpan.insert(span.spanId, item);
        pending.append({item, span.parentSpanId});
    }
    QTreeWidgetItem* current = nullptr;
    for (const auto& [item, parent] : std::as_const(pending)) {
        if (QTreeWidgetItem* up = bySpan.value(parent); up && up != item) {
            up->addChild(item);
        } else {
            m_trace->addTopLevelItem(item);
        }
        if (item->data(0, kEventIdRole).toLongLong() == event.id) {
            current = item;
        }
    }
    m_trace->expandAll();
    if (current) {
        m_trace->setCurrentItem(current);
        QFont bold = current->font(0);
        bold.setBold(true);
        current->setFont(0, bold);
    }
}

void ActivityPage::openTraceItem(QTreeWidgetItem* item)
{
    if (!item) {
        return;
    }
    auto event = m_workspace.events().byId(item->data(0, kEventIdRole).toLongLong());
    if (event) {
        showEvent(event.value());
    }
}
