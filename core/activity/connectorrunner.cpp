// SPDX-License-Identifier: Apache-2.0
#include "connectorrunner.h"

#include "connectorsecret.h"
#include "filesource.h"
#include "httppoller.h"
#include "identity/passphrasekeychain.h"
#include "otlpreceiver.h"
#include "recordparser.h"
#include "workspace/workspace.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

ConnectorRunner::ConnectorRunner(QString databasePath, Connector connector, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_connector(std::move(connector))
{
}

ConnectorRunner::~ConnectorRunner()
{
    stop();
}

bool ConnectorRunner::runsLive(const Connector& connector)
{
    if (connector.kind == QStringLiteral("http")) {
        return true;
    }
    if (connector.kind == QStringLiteral("otlp") &&
        connector.settings.value(QStringLiteral("receiver")).toBool()) {
        return true;
    }
    return !connector.settings.value(QStringLiteral("path")).toString().isEmpty();
}

void ConnectorRunner::start()
{
    if (m_thread && m_state == State::Running) {
        return;
    }
    if (m_thread) {
        // A run that ended by itself: its thread is finishing, if it has not yet.
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_stop = false;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("Connector %1").arg(m_connector.id));
    m_state = State::Running;
    m_message.clear();
    Q_EMIT stateChanged(m_state, m_message);
    m_thread->start();
}

void ConnectorRunner::stop()
{
    if (!m_thread) {
        return;
    }
    m_stop = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    // The thread's last word arrives queued; what the caller sees now is that it stopped.
    if (m_state == State::Running) {
        m_state = State::Stopped;
        Q_EMIT stateChanged(m_state, QString());
    }
}

// Runs on the runner's thread: the state is delivered to this object's own thread.
void ConnectorRunner::finish(State state, const QString& message)
{
    QMetaObject::invokeMethod(
        this,
        [this, state, message] {
            // A thread that ended by itself (a failure) is cleaned up here, so it can be started again.
            if (m_thread && m_thread->isFinished()) {
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
            }
            if (m_state == state && m_message == message) {
                return;
            }
            m_state = state;
            m_message = message;
            Q_EMIT stateChanged(state, message);
        },
        Qt::QueuedConnection);
}

void ConnectorRunner::run()
{
    auto opened = Workspace::open(m_databasePath);
    if (!opened) {
        finish(State::Failed, opened.error().message);
        return;
    }
    Workspace& workspace = *opened.value();
    // The connector as it is stored now: another run may have moved its cursor since it was listed.
    auto fresh = workspace.connectors().byId(m_connector.id);
    const auto runAs = [&](const Connector& connector) -> Status {
        if (connector.kind == QStringLiteral("http")) {
            return runPoller(workspace, connector);
        }
        if (connector.settings.value(QStringLiteral("receiver")).toBool()) {
            return runReceiver(workspace, connector);
        }
        return runFiles(workspace, connector);
    };
    const Status done = fresh ? runAs(fresh.value()) : Status(fresh.error());
    if (!done) {
        // Kept for the Connectors page and `connector show`; the failure itself is reported either way.
        const Status kept =
            workspace.connectors().setLastError(m_connector.id, done.error().message, workspace.now());
        Q_UNUSED(kept)
        finish(State::Failed, done.error().message);
        return;
    }
    finish(State::Stopped, QString());
}

void ConnectorRunner::reportSince(IngestCounts& last, const IngestCounts& total)
{
    Q_EMIT stored(m_connector.id,
                  total.read - last.read,
                  total.stored - last.stored,
                  total.duplicates - last.duplicates,
                  total.quarantined - last.quarantined);
    last = total;
}

Status ConnectorRunner::runFiles(Workspace& workspace, const Connector& connector)
{
    auto parser = RecordParser::forConnector(connector.kind, connector.settings);
    if (!parser) {
        return parser.error();
    }
    IngestCounts last;
    FileSource::Options options;
    options.stop = [this] { return m_stop.load(); };
    options.progress = [this, &last](const IngestCounts& total) { reportSince(last, total); };
    FileSource source(workspace, connector, *parser.value(), options);
    auto done = source.follow(connector.settings.value(QStringLiteral("path")).toString(), m_intervalMs);
    return done ? Status() : Status(done.error());
}

Status ConnectorRunner::runPoller(Workspace& workspace, const Connector& connector)
{
    auto parser = RecordParser::forConnector(connector.kind, connector.settings);
    if (!parser) {
        return parser.error();
    }
    // Nobody can be asked from this thread: the passphrase comes from where it can be had unattended.
    auto secret = ConnectorSecret::read(workspace, connector, [&workspace]() -> Result<SecretBytes> {
        QByteArray fromEnvironment = qgetenv("STEWARD_PASSPHRASE");
        if (!fromEnvironment.isEmpty()) {
            return SecretBytes(std::move(fromEnvironment));
        }
        auto remembered = PassphraseKeychain::read(workspace.id());
        if (!remembered) {
            return Error{ErrorKind::Refused,
                         tr("remember it in the system keychain (steward-cli keychain remember) or set "
                            "STEWARD_PASSPHRASE, so that the console can run the connector")};
        }
        return remembered;
    });
    if (!secret) {
        return secret.error();
    }
    IngestCounts last;
    bool troubled = false;
    HttpPoller::Options options;
    options.stop = [this] { return m_stop.load(); };
    options.progress = [this, &last, &troubled, &workspace](const IngestCounts& total) {
        if (troubled) {
            // The endpoint answers again: the trouble is over, for the page and for `connector show`.
            troubled = false;
            const Status cleared =
                workspace.connectors().setLastError(m_connector.id, QString(), workspace.now());
            Q_UNUSED(cleared)
            finish(State::Running, QString());
        }
        reportSince(last, total);
    };
    options.transientFailure = [this, &workspace, &troubled](const QString& message) {
        troubled = true;
        // Still running: the status says what went wrong until the next poll goes through.
        const Status kept = workspace.connectors().setLastError(m_connector.id, message, workspace.now());
        Q_UNUSED(kept)
        finish(State::Running, message);
    };
    HttpPoller poller(workspace, connector, *parser.value(), std::move(secret).value(), options);
    auto done = poller.follow(HttpPollSettings::fromJson(connector.settings)->intervalSeconds * 1000);
    return done ? Status() : Status(done.error());
}

Status ConnectorRunner::runReceiver(Workspace& workspace, const Connector& connector)
{
    OtlpReceiver::Options options;
    const QString address = connector.settings.value(QStringLiteral("address")).toString();
    if (!address.isEmpty()) {
        options.address = QHostAddress(address);
    }
    options.port = static_cast<quint16>(connector.settings.value(QStringLiteral("port")).toInt(4318));
    OtlpReceiver receiver(workspace, connector, options);
    if (const Status listening = receiver.listen(); !listening) {
        return listening;
    }
    QObject::connect(&receiver, &OtlpReceiver::stored, &receiver, [this](const IngestCounts& batch) {
        Q_EMIT stored(m_connector.id, batch.read, batch.stored, batch.duplicates, batch.quarantined);
    });
    QEventLoop loop;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &loop, [this, &loop] {
        if (m_stop) {
            loop.quit();
        }
    });
    watch.start(100);
    loop.exec();
    return {};
}
