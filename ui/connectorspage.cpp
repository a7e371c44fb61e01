// SPDX-License-Identifier: Apache-2.0
#include "connectorspage.h"

#include "activity/connectormanager.h"
#include "activity/connectorservice.h"
#include "connectordialog.h"
#include "theme.h"
#include "workspace/workspace.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

enum Column
{
    NameColumn,
    FormatColumn,
    StateColumn,
    ReadColumn,
    StoredColumn,
    AnswersColumn,
    DuplicatesColumn,
    QuarantinedColumn,
    SourceColumn,
    ColumnCount
};

QTableWidgetItem* cell(const QString& text, qint64 id)
{
    auto* item = new QTableWidgetItem(text);
    item->setData(kIdRole, id);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QTableWidgetItem* number(qint64 value, qint64 id)
{
    QTableWidgetItem* item = cell(QLocale().toString(value), id);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

ConnectorsPage::ConnectorsPage(Workspace& workspace, ConnectorManager& manager, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_manager(manager)
    , m_table(new QTableWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_toggle(new QPushButton(tr("&Disable"), this))
    , m_restart(new QPushButton(tr("&Start again"), this))
    , m_token(new QPushButton(tr("New &token…"), this))
    , m_quarantine(new QTableWidget(this))
    , m_raw(new QPlainTextEdit(this))
    , m_reingest(new QPushButton(tr("&Re-ingest with the current settings"), this))
    , m_quarantineTitle(new QLabel(this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("connectorsPage"));
    m_table->setObjectName(QStringLiteral("connectorsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Name"),
                                        tr("Format"),
                                        tr("State"),
                                        tr("Read"),
                                        tr("Stored"),
                                        tr("Answers"),
                                        tr("Duplicates"),
                                        tr("Quarantined"),
                                        tr("Reads from")});
    m_table->horizontalHeaderItem(AnswersColumn)
        ->setToolTip(tr("Answers to calls stored before (an MCP server's responses), kept with their call: "
                        "not events of their own."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Connectors"));

    auto* add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addConnector"));
    m_edit->setObjectName(QStringLiteral("editConnector"));
    m_toggle->setObjectName(QStringLiteral("toggleConnector"));
    m_restart->setObjectName(QStringLiteral("restartConnector"));
    m_token->setObjectName(QStringLiteral("connectorToken"));
    m_token->setToolTip(tr("Make a new bearer token for this receiver; it is shown once."));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {add, m_edit, m_toggle, m_restart, m_token}) {
        buttons->addWidget(button);
    }
    buttons->addStretch();

    m_quarantine->setObjectName(QStringLiteral("quarantineTable"));
    m_quarantine->setColumnCount(3);
    m_quarantine->setHorizontalHeaderLabels({tr("Received"), tr("Where"), tr("Why")});
    m_quarantine->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_quarantine->setSelectionMode(QAbstractItemView::SingleSelection);
    m_quarantine->verticalHeader()->hide();
    m_quarantine->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_quarantine->setWordWrap(false);
    m_quarantine->setAccessibleName(tr("Quarantined records of the selected connector"));
    m_raw->setObjectName(QStringLiteral("quarantineRaw"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_raw->setAccessibleName(tr("The quarantined record as received"));
    m_reingest->setObjectName(QStringLiteral("reingest"));
    m_quarantineTitle->setObjectName(QStringLiteral("quarantineTitle"));

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto* quarantineHeader = new QHBoxLayout;
    quarantineHeader->addWidget(m_quarantineTitle, 1);
    quarantineHeader->addWidget(m_reingest);
    lowerLayout->addLayout(quarantineHeader);
    auto* quarantineSplit = new QSplitter(Qt::Horizontal, lower);
    quarantineSplit->addWidget(m_quarantine);
    quarantineSplit->addWidget(m_raw);
    quarantineSplit->setStretchFactor(0, 3);
    quarantineSplit->setStretchFactor(1, 2);
    lowerLayout->addWidget(quarantineSplit, 1);

    auto* upper = new QWidget(this);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(buttons);
    upperLayout->addWidget(m_table, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(add, &QPushButton::clicked, this, &ConnectorsPage::addConnector);
    connect(m_edit, &QPushButton::clicked, this, &ConnectorsPage::editSelected);
    connect(m_toggle, &QPushButton::clicked, this, &ConnectorsPage::toggleSelected);
    connect(m_restart, &QPushButton::clicked, this, [this] {
        if (ConnectorRunner* runner = m_manager.runner(selectedId())) {
            runner->start();
        }
    });
    connect(m_token, &QPushButton::clicked, this, &ConnectorsPage::newToken);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConnectorsPage::showQuarantine);
    connect(m_table, &QTableWidget::itemActivated, this, &ConnectorsPage::editSelected);
    connect(m_quarantine, &QTableWidget::itemSelectionChanged, this, &ConnectorsPage::showRaw);
    connect(m_reingest, &QPushButton::clicked, this, &ConnectorsPage::reingestSelected);
    // A state changes rarely and shows at once; counts change with every batch and show at most
    // once a second.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(1000);
    connect(m_refresh, &QTimer::timeout, this, &ConnectorsPage::reload);
    connect(&m_manager, &ConnectorManager::stateChanged, this, &ConnectorsPage::reload);
    connect(&m_manager, &ConnectorManager::stored, m_refresh, qOverload<>(&QTimer::start));
    reload();
}

qint64 ConnectorsPage::selectedId() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(kIdRole).toLongLong();
}

void ConnectorsPage::reload()
{
    const qint64 keep = selectedId();
    auto connectors = m_workspace.connectors().list();
    if (!connectors) {
        Q_EMIT statusMessage(connectors.error().message);
        return;
    }
    const QColor error = Theme::errorColor(QGuiApplication::palette());
    m_table->setRowCount(int(connectors->size()));
    int row = 0;
    int selectRow = -1;
    for (const Connector& c : connectors.value()) {
        QString state;
        QString detail;
        const ConnectorRunner* runner = m_manager.runner(c.id);
        if (!c.enabled) {
            state = tr("Disabled");
        } else if (!runner) {
            state = ConnectorRunner::runsLive(c) ? tr("Stopped") : tr("Run from the command line");
            detail = ConnectorRunner::runsLive(c) ? QString() : tr("It has no file or folder to follow.");
        } else if (runner->state() == ConnectorRunner::State::Running && !runner->message().isEmpty()) {
            // A poller whose endpoint failed for now: still running, trying again at each interval.
            state = tr("Retrying: %1").arg(runner->message());
            detail = runner->message();
        } else if (runner->state() == ConnectorRunner::State::Running) {
            state = tr("Running");
        } else if (runner->state() == ConnectorRunner::State::Failed) {
            state = tr("Failed: %1").arg(runner->message());
            detail = runner->message();
        } else {
            state = tr("Stopped");
        }
        QString source = c.settings.value(QStringLiteral("path")).toString();
        if (c.kind == QStringLiteral("http")) {
            source = c.settings.value(QStringLiteral("url")).toString();
        }
        if (c.settings.value(QStringLiteral("receiver")).toBool()) {
            const bool tls = !c.settings.value(QStringLiteral("tls_cert")).toString().isEmpty();
            source =
                (tls ? tr("OTLP/HTTPS on %1:%2, token or SVID") : tr("OTLP/HTTP on %1:%2, token"))
                    .arg(c.settings.value(QStringLiteral("address")).toString(QStringLiteral("127.0.0.1")))
                    .arg(c.settings.value(QStringLiteral("port")).toInt(4318));
        }
        m_table->setItem(row, NameColumn, cell(c.name, c.id));
        m_table->setItem(row, FormatColumn, cell(c.kind, c.id));
        QTableWidgetItem* stateItem = cell(state, c.id);
        stateItem->setToolTip(detail.isEmpty() ? c.lastError : detail);
        if (runner && !runner->message().isEmpty()) {
            stateItem->setForeground(error);
        }
        m_table->setItem(row, StateColumn, stateItem);
        m_table->setItem(row, ReadColumn, number(c.counts.read, c.id));
        m_table->setItem(row, StoredColumn, number(c.counts.stored, c.id));
        m_table->setItem(row, AnswersColumn, number(c.counts.answers, c.id));
        m_table->setItem(row, DuplicatesColumn, number(c.counts.duplicates, c.id));
        QTableWidgetItem* quarantined = number(c.counts.quarantined, c.id);
        if (c.counts.quarantined > 0) {
            quarantined->setForeground(error);
        }
        m_table->setItem(row, QuarantinedColumn, quarantined);
        m_table->setItem(row, SourceColumn, cell(source, c.id));
        if (c.id == keep) {
            selectRow = row;
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    if (selectRow >= 0) {
        m_table->selectRow(selectRow);
    } else if (m_table->rowCount() > 0 && keep == 0) {
        m_table->selectRow(0);
    }
    showQuarantine();
}

void ConnectorsPage::showQuarantine()
{
    const qint64 id = selectedId();
    auto connector = m_workspace.connectors().byId(id);
    m_edit->setEnabled(bool(connector));
    m_toggle->setEnabled(bool(connector));
    m_toggle->setText(connector && !connector->enabled ? tr("E&nable") : tr("&Disable"));
    const ConnectorRunner* runner = m_manager.runner(id);
    m_restart->setEnabled(runner && runner->state() != ConnectorRunner::State::Running);
    m_token->setEnabled(connector && connector->settings.value(QStringLiteral("receiver")).toBool());
    m_quarantine->setRowCount(0);
    m_raw->clear();
    if (!connector) {
        m_quarantineTitle->setText(tr("Select a connector to see the records it set aside."));
        m_reingest->setEnabled(false);
        return;
    }
    auto records = m_workspace.connectors().quarantined(id, true, 1000);
    if (!records) {
        m_quarantineTitle->setText(records.error().message);
        return;
    }
    m_quarantineTitle->setText(
        records->isEmpty()
            ? tr("%1 has nothing in quarantine.").arg(connector->name)
            : tr("Quarantined by %1, waiting for a fix: %L2").arg(connector->name).arg(records->size()));
    m_reingest->setEnabled(!records->isEmpty());
    m_quarantine->setRowCount(int(records->size()));
    int row = 0;
    for (const QuarantinedRecord& r : records.value()) {
        m_quarantine->setItem(
            row, 0, cell(QLocale().toString(r.receivedAt.toLocalTime(), QLocale::ShortFormat), r.id));
        m_quarantine->setItem(row, 1, cell(r.location, r.id));
        QTableWidgetItem* why = cell(r.reason, r.id);
        why->setToolTip(r.reason);
        m_quarantine->setItem(row, 2, why);
        ++row;
    }
    m_quarantine->resizeColumnToContents(0);
    m_quarantine->resizeColumnToContents(1);
    m_quarantine->setColumnWidth(1, qMin(m_quarantine->columnWidth(1), 320));
}

void ConnectorsPage::showRaw()
{
    const QList<QTableWidgetItem*> selected = m_quarantine->selectedItems();
    if (selected.isEmpty()) {
        m_raw->clear();
        return;
    }
    auto record = m_workspace.connectors().quarantinedById(selected.first()->data(kIdRole).toLongLong());
    if (!record) {
        m_raw->setPlainText(record.error().message);
        return;
    }
    // Shown as text, never interpreted; a record kept in part says so.
    QString text = QString::fromUtf8(record->raw);
    if (record->rawSize > record->raw.size()) {
        text.prepend(tr("[The first %L1 of %L2 bytes]").arg(record->raw.size()).arg(record->rawSize) +
                     QStringLiteral("\n"));
    }
    m_raw->setPlainText(text);
}

void ConnectorsPage::addConnector()
{
    ConnectorDialog dialog(m_workspace, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_manager.sync();
    reload();
    Q_EMIT statusMessage(tr("Connector %1 added.").arg(dialog.saved().name));
}

void ConnectorsPage::editSelected()
{
    auto connector = m_workspace.connectors().byId(selectedId());
    if (!connector) {
        return;
    }
    ConnectorDialog dialog(m_workspace, connector.value(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_manager.sync();
    reload();
    Q_EMIT statusMessage(tr("Connector %1 changed.").arg(connector->name));
}

void ConnectorsPage::toggleSelected()
{
    auto connector = m_workspace.connectors().byId(selectedId());
    if (!connector) {
        return;
    }
    if (const Status s = ConnectorService(m_workspace).setEnabled(connector->name, !connector->enabled); !s) {
        QMessageBox::warning(this, tr("Connector"), s.error().message);
        return;
    }
    m_manager.sync();
    reload();
}

void ConnectorsPage::reingestSelected()
{
    const qint64 id = selectedId();
    auto records = m_workspace.connectors().quarantined(id, true, 100000);
    if (!records) {
        Q_EMIT statusMessage(records.error().message);
        return;
    }
    auto done = ConnectorService(m_workspace).reingest(records.value());
    if (!done) {
        QMessageBox::warning(this, tr("Re-ingest"), done.error().message);
        return;
    }
    Q_EMIT statusMessage(
        tr("Re-ingested %1 records; %2 still do not map.").arg(done->reingested).arg(done->stillQuarantined));
    reload();
}

void ConnectorsPage::newToken()
{
    auto connector = m_workspace.connectors().byId(selectedId());
    if (!connector) {
        return;
    }
    auto token = ConnectorService(m_workspace).rotateToken(connector->name);
    if (!token) {
        QMessageBox::warning(this, tr("New token"), token.error().message);
        return;
    }
    m_manager.sync(); // the receiver starts again with the new digest
    QMessageBox box(
        QMessageBox::Information,
        tr("New token"),
        tr("Clients of %1 send this bearer token. It is shown once: Steward keeps only its SHA-256, "
           "and the previous token no longer works.")
            .arg(connector->name),
        QMessageBox::Ok,
        this);
    box.setInformativeText(token.value());
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
    reload();
}
