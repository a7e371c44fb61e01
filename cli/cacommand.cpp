// SPDX-License-Identifier: Apache-2.0
#include "cacommand.h"

#include "clicontext.h"
#include "identity/identityservice.h"
#include "inventory/agentjson.h"
#include "tokencommand.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace {

QJsonObject certificateJson(const Certificate& certificate)
{
    return QJsonObject{{QStringLiteral("subject"), certificate.subject()},
                       {QStringLiteral("serial"), certificate.serialHex()},
                       {QStringLiteral("not_before"), AgentJson::timestamp(certificate.notBefore())},
                       {QStringLiteral("not_after"), AgentJson::timestamp(certificate.notAfter())},
                       {QStringLiteral("sha256_fingerprint"), certificate.fingerprint()}};
}

} // namespace

int CaCommand::writeOutput(CliContext& context, const QString& outFile, const QByteArray& data)
{
    if (outFile.isEmpty()) {
        context.writeUtf8(data);
        return 0;
    }
    QFile file(outFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        return context.fail(
            Error{ErrorKind::Storage, tr("Cannot write %1: %2").arg(outFile, file.errorString())});
    }
    return 0;
}

int CaCommand::runCa(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb != QStringLiteral("init") && verb != QStringLiteral("show") &&
        verb != QStringLiteral("rotate")) {
        return context.usage(tr("ca needs a command: init, show or rotate."));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        verb == QStringLiteral("init")
            ? tr("steward-cli ca init: create the workspace's root and issuing CA.")
        : verb == QStringLiteral("show")
            ? tr("steward-cli ca show: the CA certificates; --pem prints the chain.")
            : tr("steward-cli ca rotate: a new issuing intermediate under the same root."));
    if (verb == QStringLiteral("show")) {
        parser.addOption({QStringLiteral("pem"), tr("Print the root and intermediate certificates as PEM.")});
    }
    int exitCode = 0;
    if (!context.parse(parser, args.mid(1), QStringLiteral("ca ") + verb, &exitCode)) {
        return exitCode;
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    IdentityService identity(*opened.value());
    if (verb != QStringLiteral("show")) {
        auto passphrase = context.passphrase(*opened.value());
        if (!passphrase) {
            return context.fail(passphrase.error());
        }
        const Status done = verb == QStringLiteral("init")
                                ? identity.initCertificateAuthority(passphrase.value())
                                : identity.rotateIntermediate(passphrase.value());
        if (!done) {
            return context.fail(done.error());
        }
    }
    auto chain = identity.chain();
    if (!chain) {
        return context.fail(chain.error());
    }
    if (verb == QStringLiteral("show") && parser.isSet(QStringLiteral("pem"))) {
        return writeOutput(context, QString(), QByteArray(chain->intermediate.toPem() + chain->root.toPem()));
    }
    if (context.json) {
        context.printJson(
            QJsonObject{{QStringLiteral("root"), certificateJson(chain->root)},
                        {QStringLiteral("intermediate"), certificateJson(chain->intermediate)}});
        return 0;
    }
    for (const auto& [label, certificate] :
         {std::pair{tr("Root"), chain->root}, std::pair{tr("Intermediate"), chain->intermediate}}) {
        context.out << tr("%1: %2\n  serial %3\n  valid %4 to %5\n  SHA-256 %6")
                           .arg(label,
                                certificate.subject(),
                                certificate.serialHex(),
                                AgentJson::timestamp(certificate.notBefore()),
                                AgentJson::timestamp(certificate.notAfter()),
                                certificate.fingerprint())
                    << Qt::endl;
    }
    return 0;
}

int CaCommand::runSvid(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    QCommandLineParser parser;
    if (verb == QStringLiteral("issue")) {
        parser.setApplicationDescription(
            tr("steward-cli svid issue: an X.509-SVID for an active agent from its own CSR."));
        parser.addOptions({
            {QStringLiteral("agent"), tr("The agent: name, SPIFFE ID or principal."), tr("agent")},
            {QStringLiteral("csr"), tr("The agent's certificate signing request (PEM or DER)."), tr("file")},
            {QStringLiteral("ttl"),
             tr("Lifetime, such as 1h (default) or 30m; at most 24h."),
             tr("duration"),
             QStringLiteral("1h")},
            {QStringLiteral("server-auth"), tr("Also allow TLS server authentication.")},
            {QStringLiteral("generate-key"),
             tr("No CSR: generate the agent's key and write it once, with the SVID and chain, as an "
                "encrypted PKCS#12 "
                "to --out (its passphrase from STEWARD_BUNDLE_PASSPHRASE or a prompt).")},
            {QStringLiteral("out"),
             tr("Write the certificate to this file instead of standard output."),
             tr("file")},
        });
    } else if (verb == QStringLiteral("renew")) {
        parser.setApplicationDescription(
            tr("steward-cli svid renew SERIAL: a fresh SVID for the same agent and key, from the current "
               "intermediate. The old one stays valid until it expires."));
        parser.addPositionalArgument(QStringLiteral("serial"), tr("The certificate's serial number in hex."));
        parser.addOptions({
            {QStringLiteral("ttl"),
             tr("Lifetime, such as 1h (default) or 30m; at most 24h."),
             tr("duration"),
             QStringLiteral("1h")},
            {QStringLiteral("out"),
             tr("Write the certificate to this file instead of standard output."),
             tr("file")},
        });
    } else if (verb == QStringLiteral("revoke")) {
        parser.setApplicationDescription(tr("steward-cli svid revoke SERIAL: put the SVID on the next CRL."));
        parser.addPositionalArgument(QStringLiteral("serial"), tr("The certificate's serial number in hex."));
        parser.addOption(
            {QStringLiteral("reason"), tr("Why (required): the audit trail keeps it."), tr("text")});
    } else {
        return context.usage(tr("svid needs a command: issue, renew or revoke."));
    }
    int exitCode = 0;
    if (!context.parse(parser, args.mid(1), QStringLiteral("svid ") + verb, &exitCode)) {
        return exitCode;
    }
    if (verb == QStringLiteral("revoke")) {
        if (parser.positionalArguments().size() != 1) {
            return context.usage(tr("svid revoke takes exactly one serial number."),
                                 context.helpText(parser));
        }
        auto opened = context.openWorkspace();
        if (!opened) {
            return context.fail(opened.error());
        }
        IdentityService identity(*opened.value());
        if (const Status revoked = identity.revokeSvid(parser.positionalArguments().constFirst(),
                                                       parser.value(QStringLiteral("reason")));
            !revoked) {
            return context.fail(revoked.error());
        }
        context.out << tr("Revoked SVID %1; export a new CRL to publish it.")
                           .arg(parser.positionalArguments().constFirst())
                    << Qt::endl;
        return 0;
    }
    if (verb == QStringLiteral("renew")) {
        return renewSvid(context, parser);
    }
    const auto ttl = TokenCommand::parseDuration(parser.value(QStringLiteral("ttl")));
    const bool generate = parser.isSet(QStringLiteral("generate-key"));
    if (!parser.isSet(QStringLiteral("agent")) || !ttl ||
        (generate ? !parser.isSet(QStringLiteral("out")) : !parser.isSet(QStringLiteral("csr")))) {
        return context.usage(
            tr("svid issue needs --agent and either --csr FILE or --generate-key with --out FILE; "
               "--ttl must be a duration such as 1h."),
            context.helpText(parser));
    }
    if (generate) {
        // Checked before issuing, so that a refused write never leaves an SVID whose key nobody holds.
        if (QFileInfo::exists(parser.value(QStringLiteral("out")))) {
            return context.fail(Error{ErrorKind::Refused,
                                      tr("%1 exists; a key bundle is never written over a file.")
                                          .arg(parser.value(QStringLiteral("out")))});
        }
        auto opened = context.openWorkspace();
        if (!opened) {
            return context.fail(opened.error());
        }
        auto passphrase = context.passphrase(*opened.value());
        if (!passphrase) {
            return context.fail(passphrase.error());
        }
        auto bundlePassphrase = context.bundlePassphrase();
        if (!bundlePassphrase) {
            return context.fail(bundlePassphrase.error());
        }
        IdentityService identity(*opened.value());
        auto bundle = identity.issueSvidBundle(parser.value(QStringLiteral("agent")),
                                               *ttl,
                                               parser.isSet(QStringLiteral("server-auth")),
                                               passphrase.value(),
                                               bundlePassphrase.value());
        if (!bundle) {
            return context.fail(bundle.error());
        }
        // The bundle holds a private key: owner-only from the moment it exists.
        QFile out(parser.value(QStringLiteral("out")));
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            return context.fail(
                Error{ErrorKind::Refused,
                      tr("%1 exists or cannot be created; a key bundle is never written over a file.")
                          .arg(out.fileName())});
        }
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        out.write(bundle.value());
        context.out << tr("Wrote the agent's key, SVID and chain to %1; Steward keeps no copy of the key.")
                           .arg(out.fileName())
                    << Qt::endl;
        return 0;
    }
    QFile csrFile(parser.value(QStringLiteral("csr")));
    if (!csrFile.open(QIODevice::ReadOnly)) {
        return context.fail(
            Error{ErrorKind::NotFound, tr("Cannot read the signing request %1.").arg(csrFile.fileName())});
    }
    const QByteArray csr = csrFile.read(CertificateRequest::kMaxBytes + 1);
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    auto passphrase = context.passphrase(*opened.value());
    if (!passphrase) {
        return context.fail(passphrase.error());
    }
    IdentityService identity(*opened.value());
    auto certificate = identity.issueSvid(parser.value(QStringLiteral("agent")),
                                          csr,
                                          *ttl,
                                          parser.isSet(QStringLiteral("server-auth")),
                                          passphrase.value());
    if (!certificate) {
        return context.fail(certificate.error());
    }
    if (context.json) {
        QJsonObject object = certificateJson(certificate.value());
        object.insert(QStringLiteral("pem"), QString::fromLatin1(certificate->toPem()));
        context.printJson(object);
        return 0;
    }
    return writeOutput(context, parser.value(QStringLiteral("out")), certificate->toPem());
}

int CaCommand::renewSvid(CliContext& context, const QCommandLineParser& parser)
{
    const auto ttl = TokenCommand::parseDuration(parser.value(QStringLiteral("ttl")));
    if (parser.positionalArguments().size() != 1 || !ttl) {
        return context.usage(
            tr("svid renew takes exactly one serial number; --ttl must be a duration such as 1h."),
            context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    auto passphrase = context.passphrase(*opened.value());
    if (!passphrase) {
        return context.fail(passphrase.error());
    }
    IdentityService identity(*opened.value());
    auto certificate =
        identity.renewSvid(parser.positionalArguments().constFirst(), *ttl, passphrase.value());
    if (!certificate) {
        return context.fail(certificate.error());
    }
    if (context.json) {
        QJsonObject object = certificateJson(certificate.value());
        object.insert(QStringLiteral("renews"), parser.positionalArguments().constFirst().toUpper());
        object.insert(QStringLiteral("pem"), QString::fromLatin1(certificate->toPem()));
        context.printJson(object);
        return 0;
    }
    return writeOutput(context, parser.value(QStringLiteral("out")), certificate->toPem());
}

int CaCommand::runCrl(CliContext& context, const QStringList& args)
{
    if (args.value(0) != QStringLiteral("export")) {
        return context.usage(tr("crl needs a command: export."));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("steward-cli crl export: a fresh CRL signed by the issuing CA (PEM, or DER with --der). "
           "After a rotation, PEM holds a second CRL, of the intermediate it replaced."));
    parser.addOptions(
        {{QStringLiteral("der"), tr("Write DER instead of PEM: the current intermediate's CRL only.")},
         {QStringLiteral("out"), tr("Write to this file instead of standard output."), tr("file")}});
    int exitCode = 0;
    if (!context.parse(parser, args.mid(1), QStringLiteral("crl export"), &exitCode)) {
        return exitCode;
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    auto passphrase = context.passphrase(*opened.value());
    if (!passphrase) {
        return context.fail(passphrase.error());
    }
    IdentityService identity(*opened.value());
    if (parser.isSet(QStringLiteral("der"))) {
        auto der = identity.crl(passphrase.value());
        if (!der) {
            return context.fail(der.error());
        }
        return writeOutput(context, parser.value(QStringLiteral("out")), der.value());
    }
    auto crls = identity.crls(passphrase.value());
    if (!crls) {
        return context.fail(crls.error());
    }
    QByteArray pem;
    for (const QByteArray& der : crls.value()) {
        pem += CertificateAuthority::crlDerToPem(der);
    }
    return writeOutput(context, parser.value(QStringLiteral("out")), pem);
}
