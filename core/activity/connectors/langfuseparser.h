// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activity/recordparser.h"

// Langfuse trace exports: {"trace": {...}, "observations": [...]}. Each observation is a span; the
// OpenTelemetry attributes the framework wrote sit in its metadata, itself a JSON string, under
// "attributes" and "resourceAttributes". An observation at level ERROR failed.
class LangfuseParser final : public RecordParser
{
    Q_DECLARE_TR_FUNCTIONS(LangfuseParser)

public:
    QString format() const override { return QStringLiteral("langfuse"); }
    ParsedRecord parse(const QByteArray& bytes) const override;
};
