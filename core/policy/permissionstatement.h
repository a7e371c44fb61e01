// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

// Data classification, in order: a ceiling allows its level and everything below it.
enum class Classification
{
    Public,
    Internal,
    Confidential,
    Restricted
};

namespace Classifications {
QString key(Classification level);
std::optional<Classification> fromKey(QStringView key);
} // namespace Classifications

// One permission, written and shown as one line so that a person can read it in a review:
//
//     read,list  s3://finance-reports/2026/**  classification<=confidential  for 8h
//     execute    mcp://github/create_pull_request  sensitive
//     get        k8s://prod/payments/secrets/*  not-after 2026-12-01T00:00Z
//
// actions × resource pattern × constraints. parse() and toString() are the only grammar: every
// statement prints in one canonical form (single spaces, constraints in a fixed order) that
// parses back to an equal statement.
struct PermissionStatement
{
    Q_DECLARE_TR_FUNCTIONS(PermissionStatement)

public:
    static constexpr qsizetype kMaxLength = 4096;
    static constexpr int kMaxWildcards = 16;

    QStringList actions; // normalized verbs, or native actions with `*` globs (s3:Get*, tools/call)
    QString resource;    // a URI; `*` within a segment, `**` across segments
    std::optional<Classification> classificationCeiling;
    qint64 durationSeconds = 0; // "for 8h": from the grant's start; 0 when unbounded
    QDateTime notBefore;        // invalid when unbounded
    QDateTime notAfter;
    int ratePerMinute = 0;  // 0 when unlimited
    bool sensitive = false; // each use needs a token minted for that task moments before

    // Errors carry the 1-based column they point at.
    static Result<PermissionStatement> parse(QStringView text);
    // One statement per non-empty line; an error's message names the line as well.
    static Result<QList<PermissionStatement>> parseLines(QStringView text);
    QString toString() const;

    static const QStringList& verbs();
    static const QStringList& kubernetesVerbs();
    static bool isAdminVerb(QStringView action);

    bool allowsAction(QStringView action) const;
    bool matchesResource(QStringView uri) const;
    // Whether everything `narrower` permits, this permits too (used for a token's scope
    // against its grant).
    bool covers(const PermissionStatement& narrower) const;

    // How much a statement reaches, for a request's risk.
    struct Breadth
    {
        int singleWildcards = 0;
        int multiWildcards = 0;
        bool anyAction = false;      // `*` or a native glob with nothing before the star
        bool adminVerb = false;      // admin, delete, or a native *:* / iam:*
        bool writeVerb = false;      // write, create, send, execute
        bool restrictedData = false; // a ceiling of restricted, or no ceiling at all
        bool sensitive = false;
    };
    Breadth breadth() const;

    friend bool operator==(const PermissionStatement&, const PermissionStatement&) = default;
};
