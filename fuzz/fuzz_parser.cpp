// SPDX-License-Identifier: Apache-2.0
// Feeds arbitrary bytes to one record parser (chosen at build time) as a line or document from a
// log would reach it. Whatever the bytes, the parser must return: events, answers or rejections,
// each rejection with a reason and no more of the record than the quarantine keeps.
#include "activity/filesource.h"
#include "activity/recordparser.h"
#include "model/connector.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

namespace {

const RecordParser& parser()
{
    // A mapping that reaches into nested objects and arrays, for the JSON lines parser.
    static const auto made = RecordParser::forConnector(
        QStringLiteral(STEWARD_FUZZ_FORMAT),
        QJsonDocument::fromJson(R"({"mapping": {"time": "/t", "id": "/id", "principal": "/who/0/name",
            "native_action": "/op", "resource": "/res", "outcome": "/status/code", "bytes": "/n",
            "trace_id": "/trace"}, "principal_kind": "agent-id"})")
            .object());
    if (!made) {
        std::abort();
    }
    return *made.value();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const ParsedRecord parsed = FileSource::parseBytes(parser(), bytes);
    for (const ParsedRecord::Rejected& rejected : parsed.rejected) {
        if (rejected.reason.isEmpty() || rejected.raw.size() > QuarantinedRecord::kMaxRawBytes) {
            std::abort();
        }
    }
    for (const Event& event : parsed.events) {
        if (event.source.isEmpty() || event.key().size() != 16) {
            std::abort();
        }
    }
    return 0;
}
