// SPDX-License-Identifier: Apache-2.0
#include "auditpage.h"

#include "audittablemodel.h"
#include "theme.h"
#include "workspace/workspace.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

AuditPage::AuditPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new AuditTableModel(workspace.audit(), this))
    , m_operator(new QLineEdit(this))
    , m_object(new QLineEdit(this))
    , m_action(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_verify(new QPushButton(tr("&Verify the chain"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_operator->setObjectName(QStringLiteral("auditOperatorEdit"));
    m_operator->setPlaceholderText(tr("Operator"));
    m_object->setObjectName(QStringLiteral("auditObjectEdit"));
    m_object->setPlaceholderText(tr("Object, as type or type:id"));
    m_action->setObjectName(QStringLiteral("auditActionEdit"));
    m_action->setPlaceholderText(tr("Action, such as request.approval"));
    for (QLineEdit* edit : {m_operator, m_object, m_action}) {
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::editingFinished, this, &AuditPage::applyFilter);
    }
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("verifyStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Not verified in this session."));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_operator);
    filters->addWidget(m_object);
    filters->addWidget(m_action);
    auto* verification = new QHBoxLayout;
    verification->addWidget(m_verify);
    verification->addWidget(m_progress);
    verification->addWidget(m_status, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(verification);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showSelected);
    reload();
}

AuditPage::~AuditPage()
{
    if (m_worker) {
        m_worker->wait(); // it holds its own connection to the file; let it finish with it
    }
}

void AuditPage::reload()
{
    applyFilter();
}

void AuditPage::applyFilter()
{
    AuditTrail::Filter filter;
    filter.operatorName = m_operator->text().trimmed();
    filter.objectType = m_object->text().trimmed().section(QLatin1Char(':'), 0, 0);
    filter.objectId = m_object->text().trimmed().section(QLatin1Char(':'), 1);
    filter.action = m_action->text().trimmed();
    m_model->setFilter(filter);
    showSelected();
}

void AuditPage::showSelected()
{
    const auto entry = m_model->entry(m_table->selectionModel()->currentIndex().row());
    if (!entry) {
        m_detail->setPlainText(tr("Select an entry to see what was signed."));
        return;
    }
    const QByteArray details = QJsonDocument::fromJson(entry->payload).toJson(QJsonDocument::Indented);
    m_detail->setPlainText(
        tr("Entry %1, hashed and signed as:\n%2\n\nEntry hash: %3\nPrevious hash: %4\nSigned by: %5\n\n"
           "Details (SHA-256 %6):\n%7")
            .arg(entry->sequence)
            .arg(QString::fromUtf8(entry->canonical(m_workspace.trustDomain())),
                 entry->entryHash,
                 entry->previousHash,
                 entry->keyId.isEmpty() ? tr("nobody: the operator's key was locked")
                                        : tr("%1 (key %2)").arg(entry->operatorName, entry->keyId),
                 entry->payloadDigest,
                 QString::fromUtf8(details)));
}

void AuditPage::verify()
{
    if (m_worker) {
        return;
    }
    m_verify->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Verifying…"));
    QPointer<AuditPage> self(this);
    const QString path = m_workspace.path();
    // A connection of its own: a database connection belongs to the thread that opened it.
    m_worker = QThread::create([self, path] {
        auto opened = Workspace::open(path);
        if (!opened) {
            const QString message = opened.error().message;
            QMetaObject::invokeMethod(qApp, [self, message] {
                if (self) {
                    self->finished(false, false, message);
                }
            });
            return;
        }
        auto result = opened.value()->audit().verify([self](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(qApp, [self, done, total] {
                if (self) {
                    self->m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
                    self->m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
                }
            });
        });
        const bool ok = result.ok();
        const bool intact = ok && result->intact();
        QString text =
            !ok      ? result.error().message
            : intact ? AuditPage::tr(
                           "Intact: %1 entries, %2 signed by their operator, checkpointed through entry %3.")
                           .arg(result->entries)
                           .arg(result->signedEntries)
                           .arg(result->checkpointedThrough)
                     : AuditPage::tr("%1 at entry %2: %3")
                           .arg(result->problem)
                           .arg(result->badSequence)
                           .arg(result->message);
        if (intact && result->anchors > 0) {
            text += QLatin1Char(' ') +
                    AuditPage::tr("The anchors kept outside the file confirm it through entry %1.")
                        .arg(result->anchoredThrough);
        }
        QMetaObject::invokeMethod(qApp, [self, ok, intact, text] {
            if (self) {
                self->finished(ok, intact, text);
            }
        });
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start();
}

void AuditPage::finished(bool ok, bool intact, const QString& text)
{
    if (m_worker) {
        m_worker->wait();
        m_worker = nullptr;
    }
    m_progress->setVisible(false);
    m_verify->setEnabled(true);
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     ok && intact ? Theme::statusColor(AgentStatus::Active, this->palette())
                                  : Theme::errorColor(this->palette()));
    m_status->setPalette(palette);
    Q_EMIT verified(ok && intact);
}
