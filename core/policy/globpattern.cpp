// SPDX-License-Identifier: Apache-2.0
#include "globpattern.h"

#include <vector>

namespace {

// A pattern element: a literal character, `*` or `**`.
enum class Kind : char
{
    Literal,
    Single,
    Multi
};
struct Element
{
    Kind kind;
    QChar c;
};

std::vector<Element> compile(QStringView pattern)
{
    std::vector<Element> elements;
    elements.reserve(size_t(pattern.size()));
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == QLatin1Char('*')) {
            const bool multi = i + 1 < pattern.size() && pattern[i + 1] == QLatin1Char('*');
            elements.push_back({multi ? Kind::Multi : Kind::Single, QChar()});
            if (multi) {
                ++i;
            }
        } else {
            elements.push_back({Kind::Literal, pattern[i]});
        }
    }
    return elements;
}

// Matches pattern elements against text elements. With `wildText`, the text's own wildcards
// must be absorbed by pattern wildcards at least as wide (containment); otherwise the text is
// literal. Failed (pattern, text) positions are remembered, so the work is at most their product.
class Matcher
{
public:
    Matcher(std::vector<Element> pattern, std::vector<Element> text)
        : m_p(std::move(pattern))
        , m_t(std::move(text))
    {
    }

    bool run(size_t pi, size_t ti)
    {
        while (pi < m_p.size()) {
            const Element& p = m_p[pi];
            if (p.kind == Kind::Literal) {
                if (ti == m_t.size() || m_t[ti].kind != Kind::Literal || m_t[ti].c != p.c) {
                    return false;
                }
                ++pi;
                ++ti;
                continue;
            }
            return star(pi, ti);
        }
        return ti == m_t.size();
    }

private:
    bool star(size_t pi, size_t ti)
    {
        if (m_failed.empty()) {
            m_failed.assign((m_p.size() + 1) * (m_t.size() + 1), false);
        }
        const size_t key = pi * (m_t.size() + 1) + ti;
        if (m_failed[key]) {
            return false;
        }
        const bool multi = m_p[pi].kind == Kind::Multi;
        // The star takes text elements [ti, k) for growing k, as far as it may reach.
        for (size_t k = ti;; ++k) {
            if (run(pi + 1, k)) {
                return true;
            }
            if (k == m_t.size()) {
                break;
            }
            const Element& t = m_t[k];
            const bool crossesSegment =
                t.kind == Kind::Multi || (t.kind == Kind::Literal && t.c == QLatin1Char('/'));
            if (!multi && crossesSegment) {
                break;
            }
        }
        m_failed[key] = true;
        return false;
    }

    std::vector<Element> m_p;
    std::vector<Element> m_t;
    std::vector<bool> m_failed;
};

std::vector<Element> literal(QStringView text)
{
    std::vector<Element> elements;
    elements.reserve(size_t(text.size()));
    for (QChar c : text) {
        elements.push_back({Kind::Literal, c});
    }
    return elements;
}

} // namespace

namespace GlobPattern {

bool matches(QStringView pattern, QStringView text)
{
    if (!pattern.contains(QLatin1Char('*'))) {
        return pattern == text;
    }
    Matcher matcher(compile(pattern), literal(text));
    return matcher.run(0, 0);
}

bool covers(QStringView pattern, QStringView narrower)
{
    if (!pattern.contains(QLatin1Char('*'))) {
        return pattern == narrower;
    }
    Matcher matcher(compile(pattern), compile(narrower));
    return matcher.run(0, 0);
}

Wildcards count(QStringView pattern)
{
    Wildcards counted;
    for (const Element& element : compile(pattern)) {
        if (element.kind == Kind::Single) {
            ++counted.single;
        } else if (element.kind == Kind::Multi) {
            ++counted.multi;
        }
    }
    return counted;
}

} // namespace GlobPattern
