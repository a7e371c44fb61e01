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
    const auto expect = [&](char c) {
        if (!skipSpace() || head[i] != c) {
            return false;
        }
        ++i;
        return true;
    };
    // Past a string whose opening quote is at i; the text between the quotes, escapes as written.
    const auto string = [&]() -> std::optional<QByteArrayView> {
        const qsizetype open = i++;
        for (; i < head.size(); ++i) {
            if (head[i] == '\\') {
                ++i;
            } else if (head[i] == '"') {
                ++i;
                return head.sliced(open + 1, i - open - 2);
            }
        }
        return std::nullopt;
    };
    // Past one value of another member: a string, a nested object or array, or a literal.
    const auto skipValue = [&]() -> bool {
        if (!skipSpace()) {
            return false;
        }
        if (head[i] == '"') {
            return string().has_value();
        }
        if (head[i] != '{' && head[i] != '[') {
            while (i < head.size() && head[i] != ',' && head[i] != '}' && !isSpace(head[i])) {
                ++i;
            }
            return i < head.size();
        }
        qsizetype depth = 0;
        while (i < head.size()) {
            const char c = head[i];
            if (c == '"') {
                if (!string()) {
                    return false;
                }
                continue;
            }
            ++i;
            if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return true;
            }
        }
        return false;
    };
    if (head.startsWith("\xEF\xBB\xBF")) {
        i = 3;
    }
    if (!expect('{')) {
        return std::nullopt;
    }
    // The records array may follow other members, as a Kubernetes EventList's "items" follows its
    // kind, apiVersion and metadata; they are skipped within the head.
    while (skipSpace() && head[i] == '"') {
        const auto name = string();
        if (!name || !expect(':')) {
            return std::nullopt;
        }
        if (*name == key) {
            return expect('[') ? std::optional(i) : std::nullopt;
        }
        if (!skipValue() || !expect(',')) {
            return std::nullopt;
        }
    }
    return std::nullopt;
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
