// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activity/recordparser.h"

// OpenTelemetry traces as OTLP/JSON (an ExportTraceServiceRequest: a file, a line of the
// collector's file exporter, or an OTLP/HTTP body). Spans follow the GenAI conventions where they
// can: invoke_agent and create_agent name the agent, execute_tool the tool; a span without its
// own gen_ai.agent.id belongs to the agent of its nearest ancestor that has one.
class OtlpParser final : public RecordParser
{
    Q_DECLARE_TR_FUNCTIONS(OtlpParser)

public:
    QString format() const override { return QStringLiteral("otlp"); }
    ParsedRecord parse(const QByteArray& bytes) const override;
};
