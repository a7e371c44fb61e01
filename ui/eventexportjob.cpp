// SPDX-License-Identifier: Apache-2.0
#include "eventexportjob.h"

#include "workspace/workspace.h"

#include <QSaveFile>

EventExportJob::EventExportJob(
    QString databasePath, EventQuery query, EventExporter::Format format, QString target, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_query(std::move(query))
    , m_format(format)
    , m_target(std::move(target))
{
}

EventExportJob::~EventExportJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void EventExportJob::start()
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("EventExport"));
    m_thread->start();
}

void EventExportJob::run()
{
    // Signals from this thread reach the job's receivers queued, on their own thread.
    const auto finish = [this](qint64 written, const QString& error, bool cancelled) {
        Q_EMIT finished(written, error, cancelled);
    };
    auto opened = Workspace::open(m_databasePath);
    if (!opened) {
        finish(0, opened.error().message, false);
        return;
    }
    Workspace& workspace = *opened.value();
    auto total = workspace.events().count(m_query);
    if (!total) {
        finish(0, total.error().message, false);
        return;
    }
    Q_EMIT counted(total.value());
    QSaveFile file(m_target);
    if (!file.open(QIODevice::WriteOnly)) {
        finish(0, tr("Cannot write %1: %2").arg(m_target, file.errorString()), false);
        return;
    }
    // Activity names agents, resources and tokens: for the owner's eyes only, like the workspace.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    EventExporter::Options options;
    options.stop = [this] { return m_cancelled.load(); };
    options.progress = [this](qint64 written) { Q_EMIT progressed(written); };
    auto written =
        EventExporter(workspace.events(), workspace.agents(), m_format).write(m_query, file, options);
    if (!written) {
        file.cancelWriting();
        finish(0, written.error().message, false);
        return;
    }
    if (m_cancelled) {
        file.cancelWriting();
        finish(written.value(), QString(), true);
        return;
    }
    if (!file.commit()) {
        finish(0, tr("Cannot write %1: %2").arg(m_target, file.errorString()), false);
        return;
    }
    finish(written.value(), QString(), false);
}
