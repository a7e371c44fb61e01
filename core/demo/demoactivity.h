// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/connector.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

class Workspace;

// A month of what the demo agents did, written as the backends write it (CloudTrail files in the
// S3 layout, a Kubernetes audit log, an OpenTelemetry collector's file export, an MCP gateway's
// traffic log) and read into the workspace through the real connectors, one per format. Traces run
// from an agent's invocation through its model calls, tool calls and sub-agents; some calls fail,
// some are refused, some agents reach for what they were never meant to touch, and a few
// principals that nobody registered turn up as shadow agents.
class DemoActivity final
{
    Q_DECLARE_TR_FUNCTIONS(DemoActivity)

public:
    struct Options
    {
        qint64 events = 1'000'000;
        int days = 30;
        quint32 seed = 20261126;
        QDateTime end;  // default: now
        QString folder; // where the files go; default: "<workspace>-activity" beside the workspace
        std::function<void(const QString& stage, qint64 done, qint64 total)> progress;
    };

    static Result<IngestCounts> generate(Workspace& workspace, const Options& options);
};
