// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activity/eventexporter.h"
#include "model/eventquery.h"

#include <QObject>
#include <QThread>

#include <atomic>

// An export of the timeline to a file, run on a thread of its own with its own connection to the
// workspace, so that writing millions of events leaves the window free. It reports how far it got,
// can be cancelled between pages, and never leaves a half-written file under the chosen name: it
// writes beside it and renames when done.
class EventExportJob final : public QObject
{
    Q_OBJECT

public:
    EventExportJob(QString databasePath,
                   EventQuery query,
                   EventExporter::Format format,
                   QString target,
                   QObject* parent = nullptr);
    ~EventExportJob() override;

    void start();
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    void counted(qint64 total);
    void progressed(qint64 written);
    // error is empty when the file was written; cancelled exports leave no file.
    void finished(qint64 written, const QString& error, bool cancelled);

private:
    void run();

    QString m_databasePath;
    EventQuery m_query;
    EventExporter::Format m_format;
    QString m_target;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
};
