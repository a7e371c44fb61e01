// SPDX-License-Identifier: Apache-2.0
#include "connectordialog.h"

#include "activity/connectors/jsonlparser.h"
#include "activity/connectorservice.h"
#include "activity/filesource.h"
#include "activity/recordparser.h"
#include "inlineerror.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
enum Page
{
    NoOptions,
    KubernetesOptions,
    ReceiverOptions,
    MappingOptions
};
} // namespace

ConnectorDialog::ConnectorDialog(Workspace& workspace, std::optional<Connector> existing, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_existing(std::move(existing))
    , m_name(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_options(new QStackedWidget(this))
    , m_cluster(new QLineEdit(this))
    , m_receiver(new QCheckBox(tr("Receive OTLP/HTTP traces while the console is open"), this))
    , m_address(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_principalKind(new QComboBox(this))
    , m_result(new QLabel(this))
    , m_error(InlineError::create(this, QStringLiteral("connectorError")))
{
    setObjectName(QStringLiteral("connectorDialog"));
    setWindowTitle(m_existing ? tr("Connector %1").arg(m_existing->name) : tr("New connector"));
    m_name->setObjectName(QStringLiteral("connectorName"));
    m_format->setObjectName(QStringLiteral("connectorFormat"));
    const QHash<QString, QString> labels{
        {QStringLiteral("cloudtrail"), tr("AWS CloudTrail (files or an S3 folder layout)")},
        {QStringLiteral("k8s"), tr("Kubernetes audit log")},
        {QStringLiteral("otlp"), tr("OpenTelemetry (OTLP/JSON files, or a receiver)")},
        {QStringLiteral("otel-sdk"), tr("OpenTelemetry Python SDK span dumps")},
        {QStringLiteral("langfuse"), tr("Langfuse trace exports")},
        {QStringLiteral("mcp"), tr("MCP gateway traffic log")},
        {QStringLiteral("jsonl"), tr("Any JSON lines log, with a field mapping")}};
    for (const QString& format : RecordParser::formats()) {
        m_format->addItem(labels.value(format, format), format);
    }
    m_path->setObjectName(QStringLiteral("connectorPath"));
    m_path->setPlaceholderText(tr("A file, or a folder read in name order"));
    auto* file = new QPushButton(tr("&File…"), this);
    auto* folder = new QPushButton(tr("F&older…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(file);
    pathRow->addWidget(folder);

    // Per format.
    m_options->addWidget(new QWidget(this));
    auto* k8s = new QWidget(this);
    auto* k8sForm = new QFormLayout(k8s);
    k8sForm->setContentsMargins(0, 0, 0, 0);
    m_cluster->setObjectName(QStringLiteral("connectorCluster"));
    m_cluster->setPlaceholderText(QStringLiteral("cluster"));
    k8sForm->addRow(tr("&Cluster name:"), m_cluster);
    m_options->addWidget(k8s);
    auto* receiver = new QWidget(this);
    auto* receiverForm = new QFormLayout(receiver);
    receiverForm->setContentsMargins(0, 0, 0, 0);
    m_receiver->setObjectName(QStringLiteral("connectorReceiver"));
    m_address->setText(QStringLiteral("127.0.0.1"));
    m_port->setRange(1, 65535);
    m_port->setValue(4318);
    receiverForm->addRow(m_receiver);
    receiverForm->addRow(tr("Listen on &address:"), m_address);
    receiverForm->addRow(tr("&Port:"), m_port);
    m_options->addWidget(receiver);
    auto* mapping = new QWidget(this);
    auto* mappingForm = new QFormLayout(mapping);
    mappingForm->setContentsMargins(0, 0, 0, 0);
    mappingForm->addRow(new QLabel(tr("A JSON pointer for each field the log has, such as /actor/id. "
                                      "Only the time is required."),
                                   this));
    for (const QString& field : JsonlParser::fieldNames()) {
        auto* pointer = new QLineEdit(this);
        pointer->setObjectName(QStringLiteral("pointer_") + field);
        m_pointers.append(pointer);
        mappingForm->addRow(field + QLatin1Char(':'), pointer);
    }
    m_principalKind->addItem(tr("Not an agent's identity"), QString());
    m_principalKind->addItem(tr("Agent id"), QStringLiteral("agent-id"));
    m_principalKind->addItem(tr("AWS role"), QStringLiteral("aws-role"));
    m_principalKind->addItem(tr("Kubernetes service account"), QStringLiteral("k8s-service-account"));
    mappingForm->addRow(tr("Principal &is:"), m_principalKind);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(mapping);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_options->addWidget(scroll);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Reads:"), pathRow);

    m_result->setObjectName(QStringLiteral("connectorTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* testButton = buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    testButton->setObjectName(QStringLiteral("connectorTest"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_options, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ConnectorDialog::formatChanged);
    connect(file, &QPushButton::clicked, this, [this] { browse(false); });
    connect(folder, &QPushButton::clicked, this, [this] { browse(true); });
    connect(testButton, &QPushButton::clicked, this, [this] { m_result->setText(test()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_existing) {
        const QJsonObject s = m_existing->settings;
        m_name->setText(m_existing->name);
        m_name->setEnabled(false);
        m_format->setCurrentIndex(m_format->findData(m_existing->kind));
        m_format->setEnabled(false);
        m_path->setText(s.value(QStringLiteral("path")).toString());
        m_cluster->setText(s.value(QStringLiteral("cluster")).toString());
        m_receiver->setChecked(s.value(QStringLiteral("receiver")).toBool());
        if (s.contains(QStringLiteral("address"))) {
            m_address->setText(s.value(QStringLiteral("address")).toString());
        }
        m_port->setValue(s.value(QStringLiteral("port")).toInt(4318));
        const QJsonObject map = s.value(QStringLiteral("mapping")).toObject();
        const QStringList fields = JsonlParser::fieldNames();
        for (int i = 0; i < fields.size(); ++i) {
            m_pointers[i]->setText(map.value(fields[i]).toString());
        }
        m_principalKind->setCurrentIndex(
            qMax(0, m_principalKind->findData(s.value(QStringLiteral("principal_kind")).toString())));
    }
    formatChanged();
    resize(620, 560);
}

void ConnectorDialog::formatChanged()
{
    const QString format = m_format->currentData().toString();
    m_options->setCurrentIndex(format == QStringLiteral("k8s")     ? KubernetesOptions
                               : format == QStringLiteral("otlp")  ? ReceiverOptions
                               : format == QStringLiteral("jsonl") ? MappingOptions
                                                                   : NoOptions);
}

void ConnectorDialog::browse(bool folder)
{
    const QString start = m_path->text().isEmpty() ? QDir::homePath() : m_path->text();
    const QString chosen = folder ? QFileDialog::getExistingDirectory(this, tr("Folder to read"), start)
                                  : QFileDialog::getOpenFileName(this, tr("File to read"), start);
    if (!chosen.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(chosen));
    }
}

QJsonObject ConnectorDialog::settings() const
{
    // What the form does not show (a receiver's token digest) is kept as it was.
    QJsonObject s = m_existing ? m_existing->settings : QJsonObject();
    const QString format = m_format->currentData().toString();
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        s.remove(QStringLiteral("path"));
    } else {
        s.insert(QStringLiteral("path"), QDir::fromNativeSeparators(path));
    }
    if (format == QStringLiteral("k8s")) {
        const QString cluster = m_cluster->text().trimmed();
        s.remove(QStringLiteral("cluster"));
        if (!cluster.isEmpty()) {
            s.insert(QStringLiteral("cluster"), cluster);
        }
    }
    if (format == QStringLiteral("otlp")) {
        s.insert(QStringLiteral("receiver"), m_receiver->isChecked());
        s.insert(QStringLiteral("address"), m_address->text().trimmed());
        s.insert(QStringLiteral("port"), m_port->value());
    }
    if (format == QStringLiteral("jsonl")) {
        QJsonObject map;
        const QStringList fields = JsonlParser::fieldNames();
        for (int i = 0; i < fields.size(); ++i) {
            if (const QString pointer = m_pointers[i]->text().trimmed(); !pointer.isEmpty()) {
                map.insert(fields[i], pointer);
            }
        }
        s.insert(QStringLiteral("mapping"), map);
        const QString kind = m_principalKind->currentData().toString();
        s.remove(QStringLiteral("principal_kind"));
        if (!kind.isEmpty()) {
            s.insert(QStringLiteral("principal_kind"), kind);
        }
    }
    return s;
}

QString ConnectorDialog::test()
{
    const QString format = m_format->currentData().toString();
    auto parser = RecordParser::forConnector(format, settings());
    if (!parser) {
        return parser.error().message;
    }
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        return format == QStringLiteral("otlp") && m_receiver->isChecked()
                   ? tr("The settings are valid. A receiver is tested by sending it a trace.")
                   : tr("The settings are valid; give a file or folder to test them on.");
    }
    auto sample = FileSource::sample(QDir::fromNativeSeparators(path), *parser.value());
    if (!sample) {
        return sample.error().message;
    }
    QString text = tr("From the first records: events %1, answers to calls %2, quarantined %3.")
                       .arg(sample->events.size())
                       .arg(sample->completions.size())
                       .arg(sample->rejected.size());
    if (!sample->events.isEmpty()) {
        const Event& e = sample->events.first();
        text += QLatin1Char(' ') + tr("First: %1 %2 by %3.").arg(e.action, e.resource, e.principal);
    }
    if (!sample->rejected.isEmpty()) {
        text += QLatin1Char(' ') + tr("First reason: %1").arg(sample->rejected.first().reason);
    }
    return text;
}

void ConnectorDialog::accept()
{
    ConnectorService service(m_workspace);
    auto saved = m_existing ? service.updateSettings(m_existing->name, settings())
                            : service.add(m_name->text(), m_format->currentData().toString(), settings());
    if (!InlineError::show(m_error, saved ? Status() : Status(saved.error()))) {
        return;
    }
    m_saved = saved.value();
    QDialog::accept();
}
