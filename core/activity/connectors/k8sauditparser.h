// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activity/jsonreader.h"
#include "activity/recordparser.h"
#include "result.h"

// Kubernetes audit: audit.k8s.io/v1 and v1beta1 Events (one per line, or an EventList).
// Resources become k8s://CLUSTER/NAMESPACE/RESOURCE/NAME, with "_" for cluster-scoped objects; the
// cluster is the connector's setting, since an audit event does not name its own cluster.
class K8sAuditParser final : public RecordParser
{
    Q_DECLARE_TR_FUNCTIONS(K8sAuditParser)

public:
    explicit K8sAuditParser(QString cluster = QStringLiteral("cluster"))
        : m_cluster(std::move(cluster))
    {
    }
    QString format() const override { return QStringLiteral("k8s"); }
    ParsedRecord parse(const QByteArray& bytes) const override;
    // An EventList (kubectl's output, an API server's export) can hold a whole day on one line;
    // its items are read one by one, as CloudTrail's Records are.
    std::string_view recordsKey() const override { return "items"; }

    Result<Event> map(JsonReader::Object audit, const QByteArray& raw) const;

private:
    QString m_cluster;
};
