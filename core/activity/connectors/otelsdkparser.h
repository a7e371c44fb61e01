// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activity/recordparser.h"

// The OpenTelemetry Python SDK's span dumps (ReadableSpan.to_json, as any-agent and others save
// traces): {"spans": [...]} or a list of spans, with trace and span ids as decimal integers of up
// to 128 bits. Those overflow every JSON number type, so they are read as text before parsing and
// turned into the usual hex ids.
class OtelSdkParser final : public RecordParser
{
    Q_DECLARE_TR_FUNCTIONS(OtelSdkParser)

public:
    QString format() const override { return QStringLiteral("otel-sdk"); }
    ParsedRecord parse(const QByteArray& bytes) const override;

    // Bare integers beyond 64 bits, outside strings, become strings: exact, and parseable.
    static QByteArray quoteLongIntegers(const QByteArray& json);
    // A decimal integer below 2^(4·digits) as lower-case hex of that many digits; empty if not.
    static QString decimalToHex(const QString& decimal, int digits);
};
