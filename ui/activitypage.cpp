// SPDX-License-Identifier: Apache-2.0
#include "activitypage.h"

#include "activity/eventfilterresolver.h"
#include "activity/recordparser.h"
#include "activitychartsview.h"
#include "activitytablemodel.h"
#include "eventexportjob.h"
#include "inventory/inventoryservice.h"
#include "namedialog.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
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
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kEventIdRole = Qt::UserRole + 1;
constexpr int kCustomRange = -1;
constexpr qint64 kNanosPerMs = 1'000'000;

// The normalized verbs the connectors produce, offered first; any other can be typed.
const QStringList kActions = {QStringLiteral("read"),
                              QStringLiteral("list"),
                              QStringLiteral("write"),
                              QStringLiteral("create"),
                              QStringLiteral("delete"),
                              QStringLiteral("execute"),
                              QStringLiteral("admin"),
                              QStringLiteral("authenticate"),
                              QStringLiteral("connect"),
                              QStringLiteral("send"),
                              QStringLiteral("subscribe"),
                              QStringLiteral("sample"),
                              QStringLiteral("elicit")};
} // namespace

ActivityPage::ActivityPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ActivityTableModel(workspace, this))
    , m_text(new QLineEdit(this))
    , m_agent(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_resource(new QLineEdit(this))
    , m_range(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_saved(new QToolButton(this))
    , m_views(new QTabWidget(this))
    , m_charts(new ActivityChartsView(
          workspace.database().path(), [this](qint64 id) { return m_model->agentName(id); }, this))
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
    m_text->setPlaceholderText(tr("Text, or an attribute such as user_agent~sqlmap…"));
    QStringList keys;
    for (const QString& key : EventAttributes::knownKeys()) {
        keys << QStringLiteral("%1: %2").arg(key, EventAttributes::describe(key));
    }
    m_text->setToolTip(tr("Text in the principal, action, resource or any attribute.\n"
                          "key=value matches an attribute exactly, key~text when it contains the text; "
                          "join several with \"; \".\n\n%1")
                           .arg(keys.join(QLatin1Char('\n'))));
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
    m_owner->setObjectName(QStringLiteral("activityOwner"));
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_owner->setMinimumContentsLength(14);
    fillOwners();
    m_action->setObjectName(QStringLiteral("activityAction"));
    m_action->setAccessibleName(tr("Action"));
    m_action->setEditable(true);
    m_action->setInsertPolicy(QComboBox::NoInsert);
    m_action->addItem(QString());
    m_action->addItems(kActions);
    m_action->lineEdit()->setPlaceholderText(tr("Any action"));
    m_action->lineEdit()->setClearButtonEnabled(true);
    m_resource->setObjectName(QStringLiteral("activityResource"));
    m_resource->setPlaceholderText(tr("Resource starts with…"));
    m_resource->setClearButtonEnabled(true);
    m_range->setObjectName(QStringLiteral("activityRange"));
    m_range->setAccessibleName(tr("Time range"));
    m_range->addItem(tr("Any time"), 0);
    m_range->addItem(tr("Last hour"), 3600);
    m_range->addItem(tr("Last 24 hours"), 86400);
    m_range->addItem(tr("Last 7 days"), 7 * 86400);
    m_range->addItem(tr("Last 30 days"), 30 * 86400);
    m_range->addItem(tr("Between…"), kCustomRange);
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setTimeSpec(Qt::LocalTime);
        edit->setVisible(false);
    }
    m_from->setObjectName(QStringLiteral("activityFrom"));
    m_from->setAccessibleName(tr("From"));
    m_to->setObjectName(QStringLiteral("activityTo"));
    m_to->setAccessibleName(tr("Until"));

    m_saved->setObjectName(QStringLiteral("activitySaved"));
    m_saved->setText(tr("&Saved filters"));
    m_saved->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_saved->setPopupMode(QToolButton::InstantPopup);
    m_saved->setToolTip(tr("Apply a saved filter, or save the current one for everyone in this workspace"));
    auto* savedMenu = new QMenu(m_saved);
    m_saved->setMenu(savedMenu);
    connect(savedMenu, &QMenu::aboutToShow, this, &ActivityPage::fillSavedMenu);
    QAction* saveAs = new QAction(tr("Save filters as…"), this);
    saveAs->setObjectName(QStringLiteral("activitySaveFilter"));
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    saveAs->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAs);
    connect(saveAs, &QAction::triggered, this, &ActivityPage::askToSave);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_text, 3);
    filters->addWidget(m_agent, 2);
    filters->addWidget(m_owner, 2);
    filters->addWidget(m_action, 1);
    filters->addWidget(m_resource, 2);
    auto* more = new QHBoxLayout;
    more->addWidget(m_outcome);
    more->addWidget(m_source);
    more->addWidget(m_range);
    more->addWidget(m_from);
    more->addWidget(m_to);
    more->addWidget(m_saved);
    more->addWidget(m_status, 1);
    more->addWidget(m_live);
    more->addWidget(m_export);

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
    m_views->setObjectName(QStringLiteral("activityViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_table, tr("E&vents"));
    m_views->addTab(m_charts, tr("&Charts"));
    connect(m_charts, &ActivityChartsView::agentChosen, this, [this](qint64 id) {
        if (id > 0) {
            showAgent(m_model->agentName(id));
        }
    });
    connect(m_charts, &ActivityChartsView::resourceChosen, this, [this](const QString& resource) {
        m_resource->setText(resource);
        applyFilters();
    });

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_views);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(more);
    layout->addWidget(split, 1);

    // Typing waits for a pause before querying; choosing from a list applies at once.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ActivityPage::applyFilters);
    connect(m_text, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_agent, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_resource, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_action, &QComboBox::editTextChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QLineEdit* edit : {m_text, m_agent, m_resource}) {
        connect(edit, &QLineEdit::returnPressed, this, &ActivityPage::applyFilters);
    }
    connect(m_owner, &QComboBox::currentIndexChanged, this, &ActivityPage::applyFilters);
    connect(m_range, &QComboBox::currentIndexChanged, this, &ActivityPage::rangeChanged);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_to, &QDateTimeEdit::dateTimeChanged, m_debounce, qOverload<>(&QTimer::start));
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
    if (m_live->isChecked()) {
        m_charts->eventsStored();
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

EventFilter ActivityPage::filter() const
{
    EventFilter filter;
    filter.setSearch(m_text->text());
    if (m_text->text() == m_loadedSearch.search()) {
        // As a saved filter put it: its text and attributes both, which one field cannot tell apart.
        filter.text = m_loadedSearch.text;
        filter.attributes = m_loadedSearch.attributes;
    }
    filter.agent = m_agent->text().trimmed();
    filter.owner = m_owner->currentData().toString();
    filter.action = m_action->currentText().trimmed();
    filter.resourcePrefix = m_resource->text().trimmed();
    if (m_outcome->currentIndex() > 0) {
        filter.outcome = static_cast<EventOutcome>(m_outcome->currentData().toInt());
    }
    filter.source = m_source->currentData().toString();
    const qint64 range = m_range->currentData().toLongLong();
    if (range == kCustomRange) {
        filter.fromNs = m_from->dateTime().toMSecsSinceEpoch() * kNanosPerMs;
        filter.toNs = m_to->dateTime().toMSecsSinceEpoch() * kNanosPerMs;
    } else {
        filter.lastSeconds = range;
    }
    return filter;
}

void ActivityPage::setFilter(const EventFilter& filter)
{
    // Every widget first, then one query: each of them would otherwise ask for its own.
    const QSignalBlocker blockers[] = {QSignalBlocker(m_text),
                                       QSignalBlocker(m_agent),
                                       QSignalBlocker(m_owner),
                                       QSignalBlocker(m_action),
                                       QSignalBlocker(m_resource),
                                       QSignalBlocker(m_outcome),
                                       QSignalBlocker(m_source),
                                       QSignalBlocker(m_range),
                                       QSignalBlocker(m_from),
                                       QSignalBlocker(m_to)};
    m_loadedSearch = filter;
    m_text->setText(filter.search());
    m_agent->setText(filter.agent);
    int owner = m_owner->findData(filter.owner);
    if (owner < 0) {
        // An owner saved in the filter who is no longer listed: kept, so the filter still means them.
        m_owner->addItem(filter.owner, filter.owner);
        owner = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(filter.owner.isEmpty() ? 0 : owner);
    m_action->setEditText(filter.action);
    m_resource->setText(filter.resourcePrefix);
    m_outcome->setCurrentIndex(filter.outcome ? m_outcome->findData(static_cast<int>(*filter.outcome)) : 0);
    const int source = m_source->findData(filter.source);
    m_source->setCurrentIndex(qMax(0, source));
    if (filter.fromNs || filter.toNs) {
        m_range->setCurrentIndex(m_range->findData(kCustomRange));
        const QDateTime now = m_workspace.now();
        m_from->setDateTime(filter.fromNs ? QDateTime::fromMSecsSinceEpoch(filter.fromNs / kNanosPerMs)
                                          : now.addDays(-30));
        m_to->setDateTime(filter.toNs ? QDateTime::fromMSecsSinceEpoch(filter.toNs / kNanosPerMs) : now);
    } else {
        const int range = m_range->findData(filter.lastSeconds);
        if (range >= 0) {
            m_range->setCurrentIndex(range);
        } else {
            // A period the list does not offer (saved from the command line): shown as its dates.
            m_range->setCurrentIndex(m_range->findData(kCustomRange));
            const QDateTime now = m_workspace.now();
            m_from->setDateTime(now.addSecs(-filter.lastSeconds));
            m_to->setDateTime(now);
        }
    }
    const bool custom = m_range->currentData().toLongLong() == kCustomRange;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    applyFilters();
}

void ActivityPage::rangeChanged()
{
    const bool custom = m_range->currentData().toLongLong() == kCustomRange;
    if (custom && !m_from->isVisible()) {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        const QDateTime now = m_workspace.now();
        m_from->setDateTime(now.addDays(-1));
        m_to->setDateTime(now);
    }
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    applyFilters();
}

void ActivityPage::applyFilters()
{
    m_debounce->stop();
    m_notice.clear();
    const EventFilter current = filter();
    auto resolved = EventFilterResolver::resolve(
        current, m_workspace, m_workspace.now().toMSecsSinceEpoch() * kNanosPerMs);
    EventQuery query;
    if (resolved) {
        query = resolved.value();
    } else {
        // No agent or owner of that name: no events, rather than everyone's.
        const bool noAgent =
            !current.agent.isEmpty() && !InventoryService(m_workspace).findAgent(current.agent);
        m_notice = noAgent ? tr("No agent %1").arg(current.agent) : resolved.error().message;
        query.agentId = -1;
    }
    if (query.fromNs && query.toNs && query.fromNs >= query.toNs) {
        m_notice = tr("The time range ends before it starts.");
        query = EventQuery();
        query.agentId = -1;
    }
    m_awaitingFirstPage = true;
    m_model->setQuery(query);
    m_charts->setQuery(query);
}

void ActivityPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fillOwners(); // owners are added on the Agents page
}

void ActivityPage::fillOwners()
{
    const QString current = m_owner->currentData().toString();
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Any owner"), QString());
    auto owners = m_workspace.owners().list();
    if (owners) {
        for (const Owner& owner : owners.value()) {
            m_owner->addItem(QStringLiteral("%1 <%2>").arg(owner.name, owner.email), owner.email);
        }
    }
    int index = m_owner->findData(current);
    if (index < 0 && !current.isEmpty()) {
        m_owner->addItem(current, current);
        index = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(qMax(0, index));
}

void ActivityPage::fillSavedMenu()
{
    QMenu* menu = m_saved->menu();
    menu->clear();
    auto saved = m_workspace.savedFilters().list();
    if (!saved) {
        QAction* error = menu->addAction(saved.error().message);
        error->setEnabled(false);
    } else if (saved->isEmpty()) {
        QAction* none = menu->addAction(tr("No saved filters yet"));
        none->setEnabled(false);
    }
    const EventFilter current = filter();
    if (saved) {
        for (const SavedFilter& entry : saved.value()) {
            // Names are typed by people: '&' is shown, not taken for a mnemonic.
            QString label = entry.name;
            label.replace(QLatin1Char('&'), QStringLiteral("&&"));
            QAction* apply = menu->addAction(label);
            if (!entry.damage.isEmpty()) {
                apply->setEnabled(false);
                apply->setToolTip(entry.damage);
                continue;
            }
            apply->setCheckable(true);
            apply->setChecked(entry.filter == current);
            apply->setToolTip(tr("Saved by %1").arg(entry.savedBy));
            connect(apply, &QAction::triggered, this, [this, filter = entry.filter] { setFilter(filter); });
        }
    }
    menu->setToolTipsVisible(true);
    menu->addSeparator();
    for (QAction* action : actions()) {
        if (action->objectName() == QStringLiteral("activitySaveFilter")) {
            menu->addAction(action);
        }
    }
    if (saved && !saved->isEmpty()) {
        QMenu* remove = menu->addMenu(tr("Delete a saved filter"));
        for (const SavedFilter& entry : saved.value()) {
            QString label = entry.name;
            label.replace(QLatin1Char('&'), QStringLiteral("&&"));
            connect(remove->addAction(label), &QAction::triggered, this, [this, name = entry.name] {
                askToDelete(name);
            });
        }
    }
}

Status ActivityPage::applySaved(const QString& name)
{
    auto saved = m_workspace.savedFilters().byName(name);
    if (!saved) {
        return saved.error();
    }
    setFilter(saved->filter);
    return {};
}

Status ActivityPage::saveFilter(const QString& name)
{
    SavedFilter saved;
    saved.name = name;
    saved.filter = filter();
    saved.savedBy = m_workspace.operatorName();
    saved.updatedAt = m_workspace.now();
    return m_workspace.savedFilters().save(saved);
}

void ActivityPage::askToSave()
{
    NameDialog dialog(tr("Save filters"),
                      tr("Name for these filters (everyone in this workspace will see it):"),
                      tr("&Save"),
                      this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString name = dialog.name();
    if (m_workspace.savedFilters().byName(name)) {
        const auto answer =
            QMessageBox::question(this,
                                  tr("Save filters"),
                                  tr("A filter named \"%1\" is saved already. Replace it?").arg(name),
                                  QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    if (auto saved = saveFilter(name); !saved) {
        QMessageBox::warning(
            this, tr("Save filters"), tr("The filters were not saved: %1").arg(saved.error().message));
        return;
    }
    m_status->setText(tr("Saved the filters as \"%1\".").arg(name));
}

void ActivityPage::askToDelete(const QString& name)
{
    const auto answer =
        QMessageBox::question(this,
                              tr("Delete saved filter"),
                              tr("Delete the saved filter \"%1\" for everyone in this workspace?").arg(name),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (auto removed = m_workspace.savedFilters().remove(name); !removed) {
        QMessageBox::warning(this, tr("Delete saved filter"), removed.error().message);
        return;
    }
    m_status->setText(tr("Deleted the saved filter \"%1\".").arg(name));
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
    showEventDetail(*event);
    showTrace(*event);
}

void ActivityPage::showEventDetail(const Event& shown)
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
    if (e.actorType != ActorType::Unknown) {
        html += row(tr("Actor"), ActorTypes::label(e.actorType));
    }
    // Attribute names are the ones filters use (user_agent~…), so they are shown as they are.
    for (auto it = e.attributes.values().cbegin(); it != e.attributes.values().cend(); ++it) {
        if (it.key() != QStringLiteral("actor_type")) {
            html += row(it.key(), it.value());
        }
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
        showEventDetail(event.value());
    }
}
