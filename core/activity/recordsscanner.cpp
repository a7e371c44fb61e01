// SPDX-License-Identifier: Apache-2.0
#include "recordsscanner.h"

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

std::optional<qsizetype> RecordsScanner::arrayStart(QByteArrayView head, QByteArrayView key)
{
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < head.size() && isSpace(head[i])) {
            ++i;
        }
        return i < head.size();
    };
    const auto expect = [&](QByteArrayView text) {
        if (!skipSpace() || head.size() - i < text.size() || head.sliced(i, text.size()) != text) {
            return false;
        }
        i += text.size();
        return true;
    };
    if (head.startsWith("\xEF\xBB\xBF")) {
        i = 3;
    }
    const QByteArray quoted = '"' + key.toByteArray() + '"';
    if (!expect("{") || !expect(quoted) || !expect(":") || !expect("[")) {
        return std::nullopt;
    }
    return i;
}

RecordsScanner::Step RecordsScanner::scan(const char* data, qsizetype from, qsizetype size)
{
    for (qsizetype i = from; i < size; ++i) {
        const char c = data[i];
        switch (m_state) {
        case State::Done:
            return {Found::ArrayEnds, i};
        case State::Between:
        case State::AfterComma:
            if (isSpace(c)) {
                continue;
            }
            if (c == ',') {
                if (m_state != State::Between || !m_sawRecord) {
                    return {Found::Malformed, i};
                }
                m_state = State::AfterComma;
                continue;
            }
            if (c == ']') {
                if (m_state == State::AfterComma) {
                    return {Found::Malformed, i};
                }
                m_state = State::Done;
                return {Found::ArrayEnds, i + 1};
            }
            if (m_state == State::Between && m_sawRecord) {
                return {Found::Malformed, i}; // two records without a comma between them
            }
            m_state = State::InRecord;
            m_depth = 0;
            m_inString = false;
            m_escaped = false;
            m_scalar = c != '{' && c != '[';
            return {Found::RecordStarts, i};
        case State::InRecord:
            if (m_inString) {
                if (m_escaped) {
                    m_escaped = false;
                } else if (c == '\\') {
                    m_escaped = true;
                } else if (c == '"') {
                    m_inString = false;
                    if (m_scalar) {
                        m_state = State::Between;
                        m_sawRecord = true;
                        return {Found::RecordEnds, i + 1};
                    }
                }
                continue;
            }
            if (c == '"') {
                m_inString = true;
                continue;
            }
            if (m_scalar) {
                // A number or literal ends where a separator begins.
                if (c == ',' || c == ']' || isSpace(c)) {
                    m_state = State::Between;
                    m_sawRecord = true;
                    return {Found::RecordEnds, i};
                }
                continue;
            }
            if (c == '{' || c == '[') {
                ++m_depth;
            } else if (c == '}' || c == ']') {
                if (--m_depth == 0) {
                    m_state = State::Between;
                    m_sawRecord = true;
                    return {Found::RecordEnds, i + 1};
                }
            }
            continue;
        }
    }
    return {Found::NeedMore, size};
}
