// SPDX-License-Identifier: Apache-2.0
#include "credentialspage.h"

#include "credentialtablemodel.h"
#include "identity/identityservice.h"
#include "reasondialog.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Often enough that "expires in" and the active/expired status stay true while the page is open.
constexpr int kClockMs = 15000;
} // namespace

CredentialsPage::CredentialsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new CredentialTableModel(workspace.credentials(), this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_expiringOnly(new QCheckBox(tr("Only those expiring within"), this))
    , m_expiringMinutes(new QSpinBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_revoke(new QPushButton(tr("&Revoke…"), this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("credentialsPage"));
    m_model->setClock([this] { return m_workspace.now(); });
    m_kind->setObjectName(QStringLiteral("credentialKindCombo"));
    m_kind->setAccessibleName(tr("Filter by kind"));
    m_kind->addItem(tr("All kinds"));
    m_kind->addItem(tr("X.509-SVIDs"), CredentialKinds::key(CredentialKind::X509Svid));
    m_kind->addItem(tr("Tokens"), CredentialKinds::key(CredentialKind::Jwt));
    m_kind->addItem(tr("Static API keys"), CredentialKinds::key(CredentialKind::StaticApiKey));
    m_status->setObjectName(QStringLiteral("credentialStatusCombo"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("Any status"), int(CredentialRepository::Filter::Status::Any));
    m_status->addItem(tr("Active"), int(CredentialRepository::Filter::Status::Active));
    m_status->addItem(tr("Expired"), int(CredentialRepository::Filter::Status::Expired));
    m_status->addItem(tr("Revoked"), int(CredentialRepository::Filter::Status::Revoked));
    m_expiringOnly->setObjectName(QStringLiteral("expiringOnlyCheck"));
    m_expiringMinutes->setObjectName(QStringLiteral("expiringMinutesSpin"));
    m_expiringMinutes->setRange(1, 24 * 60);
    m_expiringMinutes->setValue(15);
    m_expiringMinutes->setSuffix(tr(" min"));
    m_revoke->setObjectName(QStringLiteral("revokeCredentialButton"));
    m_count->setObjectName(QStringLiteral("credentialCountLabel"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_status);
    filters->addWidget(m_expiringOnly);
    filters->addWidget(m_expiringMinutes);
    filters->addStretch(1);
    filters->addWidget(m_revoke);

    m_table->setObjectName(QStringLiteral("credentialTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    const QList<std::pair<int, int>> widths = {{CredentialTableModel::KindColumn, 14},
                                               {CredentialTableModel::AgentColumn, 26},
                                               {CredentialTableModel::IdentifierColumn, 36},
                                               {CredentialTableModel::IssuedColumn, 20},
                                               {CredentialTableModel::ExpiresColumn, 14},
                                               {CredentialTableModel::StatusColumn, 10},
                                               {CredentialTableModel::AudienceColumn, 18}};
    for (const auto& [column, chars] : widths) {
        m_table->setColumnWidth(column, chars * charWidth + 16);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    for (QComboBox* combo : {m_kind, m_status}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &CredentialsPage::applyFilter);
    }
    connect(m_expiringOnly, &QCheckBox::toggled, this, &CredentialsPage::applyFilter);
    connect(m_expiringMinutes, &QSpinBox::valueChanged, this, &CredentialsPage::applyFilter);
    connect(m_revoke, &QPushButton::clicked, this, &CredentialsPage::revokeSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CredentialsPage::updateActions);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &CredentialsPage::updateActions);
    connect(m_model, &CredentialTableModel::loadFailed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Steward"), message);
    });
    connect(m_clock, &QTimer::timeout, m_model, &CredentialTableModel::refreshTimes);
    m_clock->start(kClockMs);
    applyFilter();
}

void CredentialsPage::applyFilter()
{
    CredentialRepository::Filter filter;
    filter.kind = m_kind->currentIndex() > 0 ? CredentialKinds::fromKey(m_kind->currentData().toString())
                                             : std::nullopt;
    filter.status = static_cast<CredentialRepository::Filter::Status>(m_status->currentData().toInt());
    filter.expiringWithinSeconds = m_expiringOnly->isChecked() ? m_expiringMinutes->value() * 60 : -1;
    m_model->setFilter(filter);
}

void CredentialsPage::reload()
{
    m_model->reload();
}

void CredentialsPage::updateActions()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const Credential* credential = current.isValid() ? m_model->credentialAt(current.row()) : nullptr;
    m_revoke->setEnabled(credential && !credential->isRevoked());
    m_count->setText(tr("Credentials: %1").arg(QLocale().toString(m_model->rowCount())));
}

void CredentialsPage::revokeSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const Credential* selected = current.isValid() ? m_model->credentialAt(current.row()) : nullptr;
    if (!selected || selected->isRevoked()) {
        return;
    }
    const Credential credential = *selected;
    ReasonDialog dialog(tr("Revoke credential"),
                        tr("Revoke %1 of %2? It is refused from now on; an SVID is listed on the next "
                           "CRL. Reason:")
                            .arg(credential.identifier, credential.agentName),
                        tr("&Revoke"),
                        true,
                        this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString reason = dialog.reason();
    IdentityService identity(m_workspace);
    const Status revoked = credential.kind == CredentialKind::Jwt
                               ? identity.revokeToken(credential.identifier, reason)
                           : credential.kind == CredentialKind::X509Svid
                               ? identity.revokeSvid(credential.identifier, reason)
                               : m_workspace.credentials().revoke(
                                     credential.kind, credential.identifier, reason, m_workspace.now());
    if (!revoked) {
        QMessageBox::warning(this, tr("Steward"), revoked.error().message);
        return;
    }
    m_model->reload();
    Q_EMIT statusMessage(tr("Revoked %1.").arg(credential.identifier));
}
