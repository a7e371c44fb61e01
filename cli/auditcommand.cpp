// SPDX-License-Identifier: Apache-2.0
#include "auditcommand.h"

#include "audit/auditexporter.h"
#include "audit/audittrail.h"
#include "clicontext.h"
#include "inventory/agentjson.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

int AuditCommand::run(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb == QStringLiteral("verify")) {
        return verify(context, args.mid(1));
    }
    if (verb == QStringLiteral("list")) {
        return list(context, args.mid(1));
    }
    if (verb == QStringLiteral("export")) {
        return exportTrail(context, args.mid(1));
    }
    if (verb == QStringLiteral("anchor")) {
        return anchor(context, args.mid(1));
    }
    return context.usage(tr("audit needs a command: verify, list, export or anchor."));
}

int AuditCommand::anchor(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("steward-cli audit anchor: print where the trail stands, signed by the workspace key, to keep "
           "outside the workspace. \"audit verify --anchor FILE\" later shows whether the entries it "
           "covers are all still there, unchanged."));
    parser.addOption({QStringLiteral("out"), tr("Write the anchor to this file instead."), tr("file")});
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("audit anchor"), &exitCode)) {
        return exitCode;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.usage(tr("audit anchor takes only options."), context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    // An anchor vouches for the trail up to it: one is not taken from a trail that fails.
    auto verified = opened.value()->audit().verify();
    if (!verified) {
        return context.fail(verified.error());
    }
    if (!verified->intact()) {
        return context.fail(
            Error{ErrorKind::Refused,
                  tr("The trail does not verify (%1 at entry %2: %3); no anchor is taken from it.")
                      .arg(verified->problem)
                      .arg(verified->badSequence)
                      .arg(verified->message)});
    }
    auto anchor = opened.value()->auditAnchor();
    if (!anchor) {
        return context.fail(anchor.error());
    }
    if (!anchor.value()) {
        return context.fail(Error{ErrorKind::NotFound,
                                  tr("The trail has no signed checkpoint yet. Create the certificate "
                                     "authority (\"ca init\"), or open the workspace with its "
                                     "passphrase, so that the workspace key signs one.")});
    }
    const QByteArray json = QJsonDocument(anchor.value()->toJson()).toJson();
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        context.out << QString::fromUtf8(json);
        return 0;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        return context.fail(
            Error{ErrorKind::Storage, tr("Cannot write the anchor to %1: %2").arg(out, file.errorString())});
    }
    context.out << tr("Anchored entry %1 in %2; keep it where this workspace's writers cannot change it.")
                       .arg(anchor.value()->sequence)
                       .arg(out)
                << Qt::endl;
    return 0;
}

int AuditCommand::verify(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("steward-cli audit verify: walk the whole chain; name the first entry that was altered, deleted, "
           "inserted or reordered, and check it against the anchors kept outside it (this machine's, "
           "and each --anchor). Exit code 0 intact, 3 tampered."));
    parser.addOption({QStringLiteral("anchor"),
                      tr("An anchor printed by \"audit anchor\" earlier; may be repeated."),
                      tr("file")});
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("audit verify"), &exitCode)) {
        return exitCode;
    }
    QList<AuditAnchor> anchors;
    for (const QString& file : parser.values(QStringLiteral("anchor"))) {
        auto anchor = AuditAnchor::readFile(file);
        if (!anchor) {
            return context.fail(anchor.error());
        }
        anchors.append(anchor.value());
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    auto verified = workspace.audit().verify({}, anchors);
    if (!verified) {
        return context.fail(verified.error());
    }
    const AuditTrail::Verification& v = verified.value();
    const qint64 unattested = v.entries - v.checkpointedThrough;
    const auto keyId = workspace.audit().workspaceKeyId();
    if (!keyId) {
        return context.fail(keyId.error());
    }
    if (context.json) {
        context.printJson(QJsonObject{
            {QStringLiteral("intact"), v.intact()},
            {QStringLiteral("entries"), v.entries},
            {QStringLiteral("signed_entries"), v.signedEntries},
            {QStringLiteral("checkpointed_through"), v.checkpointedThrough},
            {QStringLiteral("anchors"), v.anchors},
            {QStringLiteral("anchored_through"), v.anchoredThrough},
            {QStringLiteral("anchored_now"), workspace.anchoredAtOpen()},
            {QStringLiteral("problem"), v.intact() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.problem)},
            {QStringLiteral("entry"), v.intact() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.badSequence)},
            {QStringLiteral("message"), v.message},
            {QStringLiteral("workspace_key_id"),
             keyId ? QJsonValue(keyId.value()) : QJsonValue(QJsonValue::Null)},
        });
    } else if (v.intact()) {
        context.out << tr("intact: %1 entries, %2 signed by their operator, checkpointed through entry %3.")
                           .arg(v.entries)
                           .arg(v.signedEntries)
                           .arg(v.checkpointedThrough)
                    << Qt::endl;
        if (unattested > 0) {
            context.out
                << tr("The last %1 entries are not yet under a signed checkpoint; the next session with the "
                      "workspace passphrase signs one.")
                       .arg(unattested)
                << Qt::endl;
        }
        if (workspace.anchoredAtOpen()) {
            context.out << tr("This machine kept no anchor of this workspace until now; one was taken at "
                              "entry %1, trusting the file as it is. Anchors kept elsewhere (--anchor) "
                              "check what came before.")
                               .arg(v.anchoredThrough)
                        << Qt::endl;
        } else if (v.anchors > 0) {
            context.out << tr("%n anchor(s) kept outside the workspace confirm it through entry %1.",
                              nullptr,
                              int(v.anchors))
                               .arg(v.anchoredThrough)
                        << Qt::endl;
        } else if (v.checkpointedThrough > 0) {
            context.out << tr("No anchor of this workspace is kept outside it, so a trail cut short with its "
                              "checkpoints would not show. Check that %1 can be written, or keep one with "
                              "\"audit anchor --out FILE\".")
                               .arg(workspace.anchorStore().directory())
                        << Qt::endl;
        }
        if (keyId && !keyId->isEmpty()) {
            context.out << tr("Workspace audit key: %1").arg(keyId.value()) << Qt::endl;
        }
    } else {
        context.out << tr("%1 at entry %2: %3").arg(v.problem).arg(v.badSequence).arg(v.message) << Qt::endl;
    }
    return CliContext::code(v.intact() ? ExitCode::Ok : ExitCode::Refused);
}

int AuditCommand::list(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("steward-cli audit list: the audit entries, oldest first."));
    parser.addOptions({
        {QStringLiteral("operator"), tr("Only this operator's entries."), tr("user")},
        {QStringLiteral("object"), tr("Only entries about this object, as TYPE or TYPE:ID."), tr("object")},
        {QStringLiteral("action"), tr("Only this action, such as agent.status_changed."), tr("action")},
        {QStringLiteral("after"), tr("Only entries after this sequence number."), tr("sequence")},
        {QStringLiteral("limit"), tr("At most this many (default 200)."), tr("n"), QStringLiteral("200")},
    });
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("audit list"), &exitCode)) {
        return exitCode;
    }
    bool limitOk = false;
    AuditTrail::Filter filter;
    filter.operatorName = parser.value(QStringLiteral("operator"));
    filter.action = parser.value(QStringLiteral("action"));
    const QString object = parser.value(QStringLiteral("object"));
    filter.objectType = object.section(QLatin1Char(':'), 0, 0);
    filter.objectId = object.section(QLatin1Char(':'), 1);
    filter.afterSequence = parser.value(QStringLiteral("after")).toLongLong();
    filter.limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || filter.limit < 1 || !parser.positionalArguments().isEmpty()) {
        return context.usage(tr("audit list takes only options; --limit is a positive number."),
                             context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    auto entries = opened.value()->audit().list(filter);
    if (!entries) {
        return context.fail(entries.error());
    }
    if (context.json) {
        QJsonArray array;
        for (const AuditEntry& e : entries.value()) {
            array.append(QJsonObject{{QStringLiteral("sequence"), e.sequence},
                                     {QStringLiteral("at"), AgentJson::timestamp(e.at)},
                                     {QStringLiteral("operator"), e.operatorName},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("object_type"), e.objectType},
                                     {QStringLiteral("object_id"), e.objectId},
                                     {QStringLiteral("payload"), QJsonDocument::fromJson(e.payload).object()},
                                     {QStringLiteral("entry_hash"), e.entryHash},
                                     {QStringLiteral("signed"), !e.keyId.isEmpty()}});
        }
        context.printJson(array);
        return 0;
    }
    for (const AuditEntry& e : entries.value()) {
        context.out << QStringLiteral("%1\t%2\t%3\t%4\t%5:%6%7")
                           .arg(e.sequence)
                           .arg(
                               AgentJson::timestamp(e.at), e.operatorName, e.action, e.objectType, e.objectId)
                           .arg(e.keyId.isEmpty() ? QString() : QStringLiteral("\t") + tr("signed"))
                    << Qt::endl;
    }
    return 0;
}

int AuditCommand::exportTrail(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("steward-cli audit export DIR: the trail as JSON lines with the "
                                        "public keys and a VERIFY.md that checks "
                                        "it with the openssl command and a shell alone."));
    parser.addPositionalArgument(QStringLiteral("dir"), tr("A new or empty folder."));
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("audit export"), &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usage(tr("audit export takes exactly one folder."), context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    const QString folder = parser.positionalArguments().constFirst();
    auto written = AuditExporter::exportTo(opened.value()->audit(), folder);
    if (!written) {
        return context.fail(written.error());
    }
    context.out << tr("Wrote %1 audit entries to %2; see VERIFY.md there.")
                       .arg(written.value())
                       .arg(QDir::toNativeSeparators(folder))
                << Qt::endl;
    return 0;
}
