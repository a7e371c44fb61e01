// SPDX-License-Identifier: Apache-2.0
#include "agentspage.h"

#include "agentdetailspanel.h"
#include "agentdialog.h"
#include "agentidentitypanel.h"
#include "agenttablemodel.h"
#include "inventory/inventoryservice.h"
#include "statuschangedialog.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// Long enough to coalesce typing, short enough to feel immediate.
constexpr int kSearchDelayMs = 120;

template<typename Enum>
QComboBox*
makeFilter(QWidget* parent, const QString& objectName, const QString& allLabel, const QList<Enum>& values)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(allLabel);
    for (Enum value : values) {
        combo->addItem(AgentTypes::label(value), AgentTypes::key(value));
    }
    return combo;
}

} // namespace

AgentsPage::AgentsPage(InventoryService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new AgentTableModel(service.workspace().agents(), this))
    , m_search(new QLineEdit(this))
    , m_ownerFilter(new QComboBox(this))
    , m_statusFilter(
          makeFilter(this, QStringLiteral("statusFilterCombo"), tr("All statuses"), AgentTypes::statuses()))
    , m_environmentFilter(makeFilter(
          this, QStringLiteral("environmentFilterCombo"), tr("All environments"), AgentTypes::environments()))
    , m_riskFilter(
          makeFilter(this, QStringLiteral("riskFilterCombo"), tr("All risk tiers"), AgentTypes::riskTiers()))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_details(new AgentDetailsPanel(this))
    , m_identity(new AgentIdentityPanel(service.workspace(), this))
    , m_detailTabs(new QTabWidget(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("agentsPage"));
    m_search->setObjectName(QStringLiteral("agentSearchEdit"));
    m_search->setPlaceholderText(tr("Search names, purpose, principals, tags, owners (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search agents"));
    m_ownerFilter->setObjectName(QStringLiteral("ownerFilterCombo"));
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 24);
    // Owner names can be long; the other filters are sized to their longest choice.
    m_ownerFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ownerFilter->setMinimumContentsLength(24);
    for (QComboBox* combo : {m_statusFilter, m_environmentFilter, m_riskFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    m_ownerFilter->setAccessibleName(tr("Filter by owner"));
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_environmentFilter->setAccessibleName(tr("Filter by environment"));
    m_riskFilter->setAccessibleName(tr("Filter by risk tier"));
    m_count->setObjectName(QStringLiteral("agentCountLabel"));
    reloadOwners();

    auto* newButton = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New agent…"), this);
    newButton->setObjectName(QStringLiteral("newAgentButton"));
    newButton->setToolTip(tr("Register an agent (Ctrl+N)"));

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(newButton);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_ownerFilter);
    filterRow->addWidget(m_statusFilter);
    filterRow->addWidget(m_environmentFilter);
    filterRow->addWidget(m_riskFilter);
    filterRow->addStretch(1);

    m_table->setObjectName(QStringLiteral("agentTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AgentTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights keep scrolling through 100,000 rows from measuring each one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    const QList<std::pair<int, int>> widths = {{AgentTableModel::NameColumn, 26},
                                               {AgentTableModel::DisplayNameColumn, 26},
                                               {AgentTableModel::OwnerColumn, 18},
                                               {AgentTableModel::StatusColumn, 11},
                                               {AgentTableModel::EnvironmentColumn, 12},
                                               {AgentTableModel::RiskColumn, 9},
                                               {AgentTableModel::FrameworkColumn, 22}};
    for (const auto& [column, chars] : widths) {
        m_table->setColumnWidth(column, chars * charWidth + 16);
    }

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(searchRow);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);

    m_splitter->setObjectName(QStringLiteral("agentsSplitter"));
    m_splitter->addWidget(left);
    m_detailTabs->setObjectName(QStringLiteral("agentDetailTabs"));
    m_detailTabs->addTab(m_details, tr("&Details"));
    m_detailTabs->addTab(m_identity, tr("Identit&y"));
    m_splitter->addWidget(m_detailTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({760, 440});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &AgentsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &AgentsPage::applyFilter);
    for (QComboBox* combo : {m_ownerFilter, m_statusFilter, m_environmentFilter, m_riskFilter}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &AgentsPage::applyFilter);
    }
    connect(newButton, &QPushButton::clicked, this, &AgentsPage::newAgent);
    connect(&m_service, &InventoryService::ownersChanged, this, &AgentsPage::reloadOwners);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AgentsPage::showSelection);
    connect(m_table, &QTableView::activated, this, &AgentsPage::editSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AgentsPage::updateCount);
    connect(m_model, &AgentTableModel::loadFailed, this, &AgentsPage::showError);
    connect(m_details, &AgentDetailsPanel::editRequested, this, &AgentsPage::editSelected);
    connect(m_details, &AgentDetailsPanel::activityRequested, this, &AgentsPage::activityRequested);
    connect(m_details, &AgentDetailsPanel::statusChangeRequested, this, &AgentsPage::changeSelectedStatus);
    connect(m_identity, &AgentIdentityPanel::credentialsChanged, this, &AgentsPage::credentialsChanged);
    // Escape in the search field clears it, the way a filter box usually behaves.
    auto* clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_search);
    clearSearch->setContext(Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, m_search, &QLineEdit::clear);

    updateCount();
    // Open on the first agent, so the details panel shows something useful from the start.
    if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    }
}

void AgentsPage::reloadOwners()
{
    const QVariant current = m_ownerFilter->currentData();
    const QSignalBlocker blocker(m_ownerFilter);
    m_ownerFilter->clear();
    m_ownerFilter->addItem(tr("All owners"));
    m_ownerFilter->addItem(tr("No owner (shadow)"), -1);
    if (auto owners = m_service.workspace().owners().list()) {
        for (const Owner& owner : owners.value()) {
            m_ownerFilter->addItem(QStringLiteral("%1 (%2)").arg(owner.name, owner.team), owner.id);
        }
    }
    const int index = current.isValid() ? m_ownerFilter->findData(current) : 0;
    m_ownerFilter->setCurrentIndex(qMax(0, index));
}

void AgentsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AgentsPage::applyFilter()
{
    m_searchDelay->stop();
    AgentQuery query = m_model->query();
    query.text = m_search->text();
    query.ownerId = 0;
    query.status.reset();
    const qint64 owner =
        m_ownerFilter->currentData().isValid() ? m_ownerFilter->currentData().toLongLong() : 0;
    if (owner > 0) {
        query.ownerId = owner;
    } else if (owner < 0) {
        query.status = AgentStatus::Shadow;
    }
    if (m_statusFilter->currentIndex() > 0) {
        query.status = AgentTypes::statusFromKey(m_statusFilter->currentData().toString());
    }
    query.environment = m_environmentFilter->currentIndex() > 0
                            ? AgentTypes::environmentFromKey(m_environmentFilter->currentData().toString())
                            : std::nullopt;
    query.riskTier = m_riskFilter->currentIndex() > 0
                         ? AgentTypes::riskTierFromKey(m_riskFilter->currentData().toString())
                         : std::nullopt;
    const qint64 selected = selectedAgentId();
    m_model->setQuery(query);
    selectAgent(selected);
}

void AgentsPage::updateCount()
{
    const QLocale locale;
    if (m_model->query().isFiltered()) {
        m_count->setText(
            tr("%1 of %2 agents match")
                .arg(locale.toString(m_model->rowCount()), locale.toString(m_model->totalAgents())));
    } else {
        m_count->setText(tr("Agents: %1").arg(locale.toString(m_model->rowCount())));
    }
}

qint64 AgentsPage::selectedAgentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(AgentTableModel::AgentIdRole).toLongLong() : 0;
}

void AgentsPage::selectAgent(qint64 id)
{
    const int row = id ? m_model->cachedRowOf(id) : -1;
    if (row < 0) {
        m_table->selectionModel()->clear();
        showSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    showSelection();
}

void AgentsPage::showSelection()
{
    const qint64 id = selectedAgentId();
    if (id == 0) {
        m_details->showAgent(std::nullopt, {});
        m_identity->showAgent(std::nullopt);
        return;
    }
    auto agent = m_service.workspace().agents().byId(id);
    auto history = m_service.workspace().agents().history(id);
    if (!agent || !history) {
        showError(!agent ? agent.error().message : history.error().message);
        m_details->showAgent(std::nullopt, {});
        return;
    }
    m_details->showAgent(agent.value(), history.value());
    m_identity->showAgent(agent.value());
}

void AgentsPage::newAgent()
{
    AgentDialog dialog(m_service, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    afterChange(dialog.agent().id, tr("Registered %1.").arg(dialog.agent().name));
}

void AgentsPage::editSelected()
{
    const std::optional<Agent>& agent = m_details->agent();
    if (!agent || agent->status == AgentStatus::Retired) {
        return;
    }
    AgentDialog dialog(m_service, agent, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    afterChange(agent->id, tr("Saved %1.").arg(agent->name));
}

void AgentsPage::changeSelectedStatus(AgentStatus to)
{
    const std::optional<Agent> agent = m_details->agent();
    if (!agent) {
        return;
    }
    StatusChangeDialog dialog(*agent, to, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto changed = m_service.changeStatus(agent->id, to, dialog.reason());
    if (!changed) {
        showError(changed.error().message);
        return;
    }
    afterChange(agent->id, tr("%1 is now %2.").arg(agent->name, AgentTypes::label(to).toLower()));
}

void AgentsPage::afterChange(qint64 agentId, const QString& message)
{
    refreshSelecting(agentId);
    Q_EMIT inventoryChanged();
    Q_EMIT statusMessage(message);
}

void AgentsPage::reload()
{
    refreshSelecting(selectedAgentId());
}

void AgentsPage::refreshSelecting(qint64 agentId)
{
    m_model->refresh();
    // Fetch the page holding the agent so that it can be selected again if the filter still shows it.
    for (int row = 0; row < m_model->rowCount(); row += AgentTableModel::kPageSize) {
        m_model->agentAt(row);
        if (m_model->cachedRowOf(agentId) >= 0 || row >= AgentTableModel::kPageSize * 4) {
            break;
        }
    }
    selectAgent(agentId);
}

void AgentsPage::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Steward"), message);
}
