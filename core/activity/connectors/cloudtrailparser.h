// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activity/jsonreader.h"
#include "activity/recordparser.h"
#include "result.h"

// AWS CloudTrail: a log file's {"Records": [...]}, one event object, or a line of
// `aws cloudtrail lookup-events` output (the event inside "CloudTrailEvent" as a string).
class CloudTrailParser final : public RecordParser
{
    Q_DECLARE_TR_FUNCTIONS(CloudTrailParser)

public:
    QString format() const override { return QStringLiteral("cloudtrail"); }
    ParsedRecord parse(const QByteArray& bytes) const override;
    std::string_view recordsKey() const override { return "Records"; }
    // A trail delivers AccountID_CloudTrail_Region_Time_Id.json.gz; its digests (signed hashes of
    // the log files, not activity) sit in CloudTrail-Digest/ and carry that in their names.
    QStringList fileNamePatterns() const override
    {
        return {QStringLiteral("*.json.gz"), QStringLiteral("*.json"), QStringLiteral("*.jsonl")};
    }
    QStringList excludedNamePatterns() const override
    {
        return {QStringLiteral("CloudTrail-Digest"), QStringLiteral("*_CloudTrail-Digest_*")};
    }
    ParsedRecord parseElement(const QByteArray& bytes) const override;

    // One CloudTrail event to an event, or why not.
    static Result<Event> map(JsonReader::Object record);
    static QString actionFor(const QString& eventName, const QString& service);
};
