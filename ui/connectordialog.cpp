// SPDX-License-Identifier: Apache-2.0
#include "connectordialog.h"

#include "activity/connectors/jsonlparser.h"
#include "activity/connectorservice.h"
#include "activity/filesource.h"
#include "activity/httppoller.h"
#include "activity/recordparser.h"
#include "identity/systemkeychain.h"
#include "inlineerror.h"
#include "passphrasedialog.h"
#include "workspace/workspace.h"

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
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace {
enum Page
{
    NoOptions,
    KubernetesOptions,
    ReceiverOptions,
    MappingOptions,
    HttpOptions
};

// A long form that scrolls inside the dialog rather than growing it past the screen.
QScrollArea* scrolled(QWidget* form)
{
    auto* scroll = new QScrollArea(form->parentWidget());
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QLineEdit* namedEdit(QWidget* parent, const QString& name, const QString& placeholder = QString())
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}
} // namespace

QWidget* ConnectorDialog::httpOptions()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_http.url = namedEdit(page, QStringLiteral("httpUrl"), QStringLiteral("https://host/api/v1/logs"));
    m_http.recordFormat = new QComboBox(page);
    m_http.recordFormat->setObjectName(QStringLiteral("httpRecordFormat"));
    const QHash<QString, QString> recordLabels{
        {QStringLiteral("cloudtrail"), tr("AWS CloudTrail records")},
        {QStringLiteral("k8s"), tr("Kubernetes audit events")},
        {QStringLiteral("otlp"), tr("OTLP/JSON traces")},
        {QStringLiteral("otel-sdk"), tr("OpenTelemetry Python SDK spans")},
        {QStringLiteral("langfuse"), tr("Langfuse traces")},
        {QStringLiteral("mcp"), tr("MCP gateway messages")}};
    for (const QString& format : HttpPollSettings::recordFormats()) {
        // A JSON lines mapping is given with steward-cli connector add --setting pointer_FIELD=...
        if (format != QStringLiteral("jsonl")) {
            m_http.recordFormat->addItem(recordLabels.value(format, format), format);
        }
    }
    m_http.records =
        namedEdit(page, QStringLiteral("httpRecords"), tr("/items, or empty when the page is the array"));
    m_http.next =
        namedEdit(page, QStringLiteral("httpNext"), tr("/next, or empty to follow the Link header"));
    m_http.cursorParam =
        namedEdit(page, QStringLiteral("httpCursorParam"), tr("cursor, when next is not a URL"));
    m_http.auth = new QComboBox(page);
    m_http.auth->setObjectName(QStringLiteral("httpAuth"));
    m_http.auth->addItem(tr("Bearer token"), QStringLiteral("bearer"));
    m_http.auth->addItem(tr("OAuth 2.0 client credentials"), QStringLiteral("oauth2"));
    m_http.tokenUrl =
        namedEdit(page, QStringLiteral("httpTokenUrl"), QStringLiteral("https://host/oauth/token"));
    m_http.clientId = namedEdit(page, QStringLiteral("httpClientId"));
    m_http.scope = namedEdit(page, QStringLiteral("httpScope"));
    m_http.caFile = namedEdit(
        page, QStringLiteral("httpCaFile"), tr("PEM file of a private CA, if the endpoint uses one"));
    m_http.interval = new QSpinBox(page);
    m_http.interval->setObjectName(QStringLiteral("httpInterval"));
    m_http.interval->setRange(1, 86400);
    m_http.interval->setValue(60);
    m_http.interval->setSuffix(tr(" s"));
    m_http.secret = namedEdit(page, QStringLiteral("httpSecret"));
    m_http.secret->setEchoMode(QLineEdit::Password);
    m_http.store = new QComboBox(page);
    m_http.store->setObjectName(QStringLiteral("httpStore"));
    m_http.store->addItem(tr("System keychain"),
                          ConnectorSecret::storeName(ConnectorSecret::Store::Keychain));
    m_http.store->addItem(tr("Sealed in the workspace (needs its passphrase to run)"),
                          ConnectorSecret::storeName(ConnectorSecret::Store::Workspace));
    if (!SystemKeychain::isEnabled()) {
        m_http.store->setCurrentIndex(1);
    }
    form->addRow(tr("&URL:"), m_http.url);
    form->addRow(tr("Recor&ds format:"), m_http.recordFormat);
    form->addRow(tr("Records &pointer:"), m_http.records);
    form->addRow(tr("Ne&xt page pointer:"), m_http.next);
    form->addRow(tr("Cursor para&meter:"), m_http.cursorParam);
    form->addRow(tr("&Authentication:"), m_http.auth);
    form->addRow(tr("To&ken URL:"), m_http.tokenUrl);
    form->addRow(tr("Client &ID:"), m_http.clientId);
    form->addRow(tr("S&cope:"), m_http.scope);
    form->addRow(tr("&Secret:"), m_http.secret);
    form->addRow(tr("&Keep the secret in:"), m_http.store);
    form->addRow(tr("CA fi&le:"), m_http.caFile);
    form->addRow(tr("Poll &every:"), m_http.interval);
    const auto authChanged = [this] {
        const bool oauth = m_http.auth->currentData().toString() == QStringLiteral("oauth2");
        m_http.tokenUrl->setEnabled(oauth);
        m_http.clientId->setEnabled(oauth);
        m_http.scope->setEnabled(oauth);
        m_http.secret->setPlaceholderText(oauth ? tr("The client secret") : tr("The bearer token"));
        if (m_existing && ConnectorSecret::storeOf(*m_existing)) {
            m_http.secret->setPlaceholderText(tr("Unchanged; type to replace it"));
        }
    };
    connect(m_http.auth, &QComboBox::currentIndexChanged, this, authChanged);
    authChanged();
    return scrolled(page);
}

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
        {QStringLiteral("jsonl"), tr("Any JSON lines log, with a field mapping")},
        {QStringLiteral("http"), tr("A REST endpoint polled over HTTPS")}};
    for (const QString& format : RecordParser::connectorKinds()) {
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
    m_options->addWidget(scrolled(mapping));
    m_options->addWidget(httpOptions());

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("F&ormat:"), m_format);
    // A row whose field is a layout gets no buddy by itself: without one the mnemonic shows as "&".
    m_pathLabel = new QLabel(tr("&Reads:"), this);
    m_pathLabel->setBuddy(m_path);
    form->addRow(m_pathLabel, pathRow);
    m_form = form;

    m_result->setObjectName(QStringLiteral("connectorTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_testButton = buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(QStringLiteral("connectorTest"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_options, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ConnectorDialog::formatChanged);
    connect(file, &QPushButton::clicked, this, [this] { browse(false); });
    connect(folder, &QPushButton::clicked, this, [this] { browse(true); });
    connect(m_testButton, &QPushButton::clicked, this, [this] { testing() ? stopTest() : test(); });
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
        if (m_existing->kind == QStringLiteral("http")) {
            m_http.url->setText(s.value(QStringLiteral("url")).toString());
            m_http.recordFormat->setCurrentIndex(
                qMax(0, m_http.recordFormat->findData(s.value(QStringLiteral("record_format")).toString())));
            m_http.records->setText(s.value(QStringLiteral("records")).toString());
            m_http.next->setText(s.value(QStringLiteral("next")).toString());
            m_http.cursorParam->setText(s.value(QStringLiteral("cursor_param")).toString());
            m_http.auth->setCurrentIndex(
                qMax(0, m_http.auth->findData(s.value(QStringLiteral("auth")).toString())));
            m_http.tokenUrl->setText(s.value(QStringLiteral("token_url")).toString());
            m_http.clientId->setText(s.value(QStringLiteral("client_id")).toString());
            m_http.scope->setText(s.value(QStringLiteral("scope")).toString());
            m_http.caFile->setText(s.value(QStringLiteral("ca_file")).toString());
            m_http.interval->setValue(s.value(QStringLiteral("interval")).toInt(60));
            if (const auto store = ConnectorSecret::storeOf(*m_existing)) {
                m_http.store->setCurrentIndex(m_http.store->findData(ConnectorSecret::storeName(*store)));
            }
        }
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
                               : format == QStringLiteral("http")  ? HttpOptions
                                                                   : NoOptions);
    // A poller reads no files: its endpoint is on its own page.
    m_form->setRowVisible(m_pathLabel, format != QStringLiteral("http"));
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
    if (format == QStringLiteral("http")) {
        s.remove(QStringLiteral("path"));
        const auto text = [&s](const QString& key, const QLineEdit* edit) {
            s.remove(key);
            if (const QString value = edit->text().trimmed(); !value.isEmpty()) {
                s.insert(key, value);
            }
        };
        text(QStringLiteral("url"), m_http.url);
        s.insert(QStringLiteral("record_format"), m_http.recordFormat->currentData().toString());
        text(QStringLiteral("records"), m_http.records);
        text(QStringLiteral("next"), m_http.next);
        text(QStringLiteral("cursor_param"), m_http.cursorParam);
        s.insert(QStringLiteral("auth"), m_http.auth->currentData().toString());
        text(QStringLiteral("token_url"), m_http.tokenUrl);
        text(QStringLiteral("client_id"), m_http.clientId);
        text(QStringLiteral("scope"), m_http.scope);
        text(QStringLiteral("ca_file"), m_http.caFile);
        s.insert(QStringLiteral("interval"), m_http.interval->value());
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

ConnectorDialog::~ConnectorDialog()
{
    stopTest();
    if (m_testThread) {
        m_testThread->wait(); // it asks stop() every 100 ms
        delete m_testThread;
    }
}

void ConnectorDialog::test()
{
    if (testing()) {
        return;
    }
    const QString format = m_format->currentData().toString();
    auto parser = RecordParser::forConnector(format, settings());
    if (!parser) {
        showTestResult(parser.error().message);
        return;
    }
    if (format == QStringLiteral("http")) {
        startHttpTest(std::move(parser).value());
        return;
    }
    showTestResult(testFiles(*parser.value()));
}

QString ConnectorDialog::testFiles(const RecordParser& parser)
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        return m_format->currentData().toString() == QStringLiteral("otlp") && m_receiver->isChecked()
                   ? tr("The settings are valid. A receiver is tested by sending it a trace.")
                   : tr("The settings are valid; give a file or folder to test them on.");
    }
    auto sample = FileSource::sample(QDir::fromNativeSeparators(path), parser);
    if (!sample) {
        return sample.error().message;
    }
    return describeSample(sample.value());
}

void ConnectorDialog::startHttpTest(std::unique_ptr<RecordParser> parser)
{
    Connector probe = m_existing.value_or(Connector());
    probe.kind = QStringLiteral("http");
    probe.settings = settings();
    Result<SecretBytes> secret = SecretBytes(m_http.secret->text().toUtf8());
    if (m_http.secret->text().isEmpty()) {
        if (!m_existing) {
            showTestResult(tr("Give the token or client secret to test the endpoint."));
            return;
        }
        secret = ConnectorSecret::read(m_workspace, *m_existing, [this]() -> Result<SecretBytes> {
            SecretBytes passphrase = PassphraseDialog::obtain(m_workspace, this);
            if (passphrase.isEmpty()) {
                return Error{ErrorKind::Refused, tr("No passphrase was given.")};
            }
            return passphrase;
        });
        if (!secret) {
            showTestResult(secret.error().message);
            return;
        }
    }

    // The thread owns what it reads; the dialog reads the outcome once the thread has finished. The
    // URL is the one asked, even if the field changes meanwhile.
    const QString shown = QUrl(m_http.url->text().trimmed()).toDisplayString(QUrl::RemoveUserInfo);
    auto outcome = std::make_shared<std::optional<Result<ParsedRecord>>>();
    auto stop = std::make_shared<std::atomic<bool>>(false);
    auto key = std::make_shared<SecretBytes>(std::move(secret).value());
    std::shared_ptr<RecordParser> reader(std::move(parser));
    m_testStop = stop;
    m_testThread = QThread::create([probe, key, reader, stop, outcome] {
        *outcome = HttpPoller::sample(probe, std::move(*key), *reader, [stop] { return stop->load(); });
    });
    connect(m_testThread, &QThread::finished, this, [this, outcome, stop, shown] {
        const Result<ParsedRecord>& sample = outcome->value(); // set before the thread finishes
        httpTestFinished(sample         ? describeSample(sample.value())
                         : stop->load() ? tr("The test was stopped before %1 answered.").arg(shown)
                                        : sample.error().message);
    });

    m_result->setText(tr("Asking %1 for its first page… Stop ends the test.").arg(shown));
    m_testButton->setText(tr("S&top test"));
    m_testThread->start();
}

void ConnectorDialog::stopTest()
{
    if (m_testStop) {
        m_testStop->store(true);
    }
}

void ConnectorDialog::httpTestFinished(const QString& result)
{
    m_testThread->wait();
    delete m_testThread;
    m_testThread = nullptr;
    m_testStop.reset();
    m_testButton->setText(tr("&Test"));
    showTestResult(result);
}

void ConnectorDialog::showTestResult(const QString& result)
{
    m_result->setText(result);
    Q_EMIT testFinished(result);
}

QString ConnectorDialog::describeSample(const ParsedRecord& sample) const
{
    const ParsedRecord* s = &sample;
    QString text = tr("From the first records: events %1, answers to calls %2, quarantined %3.")
                       .arg(s->events.size())
                       .arg(s->completions.size())
                       .arg(s->rejected.size());
    if (!s->events.isEmpty()) {
        const Event& e = s->events.first();
        text += QLatin1Char(' ') + tr("First: %1 %2 by %3.").arg(e.action, e.resource, e.principal);
    }
    if (!s->rejected.isEmpty()) {
        text += QLatin1Char(' ') + tr("First reason: %1").arg(s->rejected.first().reason);
    }
    return text;
}

void ConnectorDialog::done(int result)
{
    // A test still waiting for an endpoint ends with the dialog, not after it.
    stopTest();
    QDialog::done(result);
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
    if (m_saved.kind == QStringLiteral("http") && !m_http.secret->text().isEmpty()) {
        const auto store = ConnectorSecret::storeFromName(m_http.store->currentData().toString());
        SecretBytes passphrase;
        if (store == ConnectorSecret::Store::Workspace) {
            passphrase = PassphraseDialog::obtain(m_workspace, this);
            if (passphrase.isEmpty()) {
                InlineError::show(
                    m_error,
                    Error{ErrorKind::Refused,
                          tr("The connector is saved, but its secret is not: sealing it needs the "
                             "workspace passphrase.")});
                m_existing = m_saved;
                return;
            }
        }
        SecretBytes typed(m_http.secret->text().toUtf8());
        const Status kept = service.setSecret(m_saved.name, typed, *store, passphrase);
        if (!InlineError::show(m_error, kept)) {
            m_existing = m_saved; // saved already: OK again only retries the secret
            return;
        }
        m_http.secret->clear();
    }
    QDialog::accept();
}
