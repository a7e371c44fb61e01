// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QFile>

// Distinct Kubernetes audit events made from one real sample (exec_pod.json), one per line: the
// auditID becomes PREFIX and a number, FROM to TO. For tests of growing, rotating and live logs.
inline QByteArray k8sAuditLines(const QByteArray& prefix, int from, int to)
{
    QFile file(QStringLiteral(STEWARD_TEST_DATA_DIR "/activity/k8s/exec_pod.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("the k8s sample is missing");
    }
    const QByteArray line = file.readAll().trimmed();
    QByteArray out;
    for (int i = from; i < to; ++i) {
        QByteArray copy = line;
        out +=
            copy.replace("ca1ed9f4-7bf4-4c85-81a8-1b11253d1ba6", QByteArray(prefix + QByteArray::number(i))) +
            '\n';
    }
    return out;
}

// Appends to a file as a logger would; false when it could not.
inline bool appendToFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::Append) && file.write(bytes) == bytes.size();
}
