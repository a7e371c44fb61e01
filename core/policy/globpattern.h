// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringView>

// The wildcards of permission statements: `*` matches within one path segment (never a `/`),
// `**` matches across segments. Everything else is literal.
namespace GlobPattern {

bool matches(QStringView pattern, QStringView text);

// Whether every string `narrower` matches is also matched by `pattern`, deciding only from the
// patterns (sound: true means contained). A `*` in narrower is covered by `*` or `**`; a `**`
// only by `**`.
bool covers(QStringView pattern, QStringView narrower);

struct Wildcards
{
    int single = 0;
    int multi = 0;
};
Wildcards count(QStringView pattern);

} // namespace GlobPattern
