// SPDX-License-Identifier: Apache-2.0
#include "requestcommand.h"

#include "clicontext.h"
#include "inventory/inventoryservice.h"
#include "tokencommand.h"
#include "workflow/operatorservice.h"
#include "workflow/requestjson.h"
#include "workflow/requestservice.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace {

void printRequest(CliContext& context, const Request& r)
{
    context.out << RequestCommand::tr("Request %1 (%2) for %3: %4, risk %5")
                       .arg(r.id)
                       .arg(RequestKinds::key(r.kind),
                            r.agentName,
                            RequestKinds::key(r.state),
                            AgentTypes::key(r.risk))
                << Qt::endl;
    for (const QString& statement : r.statements) {
        context.out << QStringLiteral("  ") << statement << Qt::endl;
    }
}

std::optional<qint64> requestId(const QCommandLineParser& parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    return ok && parser.positionalArguments().size() == 1 && id > 0 ? std::optional<qint64>(id)
                                                                    : std::nullopt;
}

} // namespace

int RequestCommand::run(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb == QStringLiteral("create")) {
        return create(context, args.mid(1));
    }
    if (verb == QStringLiteral("list")) {
        return list(context, args.mid(1));
    }
    if (verb == QStringLiteral("show")) {
        return show(context, args.mid(1));
    }
    if (verb == QStringLiteral("approve") || verb == QStringLiteral("deny")) {
        return decide(context, args.mid(1), verb == QStringLiteral("approve"));
    }
    if (verb == QStringLiteral("withdraw")) {
        return withdraw(context, args.mid(1));
    }
    if (verb == QStringLiteral("rules")) {
        return rules(context, args.mid(1));
    }
    return context.usage(
        tr("request needs a command: create, list, show, approve, deny, withdraw or rules."));
}

int RequestCommand::create(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "steward-cli request create: ask for permissions for an agent (or, with --kind identity, for a new "
        "agent). Reviewers approve or deny it."));
    parser.addOptions({
        {QStringLiteral("kind"),
         tr("permission (default), identity, renewal or elevation."),
         tr("kind"),
         QStringLiteral("permission")},
        {QStringLiteral("agent"),
         tr("The agent: name, SPIFFE ID or principal; for identity, the new agent's name."),
         tr("agent")},
        {QStringLiteral("statement"), tr("A permission statement; repeat for several."), tr("statement")},
        {QStringLiteral("justification"), tr("Why the agent needs it (required)."), tr("text")},
        {QStringLiteral("task"), tr("The task or ticket it is for."), tr("task")},
        {QStringLiteral("duration"), tr("How long, such as 8h or 7d."), tr("duration")},
        {QStringLiteral("standing"),
         tr("Longer than the workspace allows: an exception an admin must approve.")},
        {QStringLiteral("grant"), tr("renewal: the grant to renew."), tr("id")},
        {QStringLiteral("owner"), tr("identity: the new agent's owner (email or id)."), tr("owner")},
        {QStringLiteral("purpose"), tr("identity: what the new agent does."), tr("text")},
    });
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("request create"), &exitCode)) {
        return exitCode;
    }
    const auto kind = RequestKinds::fromKey(parser.value(QStringLiteral("kind")));
    const QString durationText = parser.value(QStringLiteral("duration"));
    const auto duration =
        durationText.isEmpty() ? std::optional<qint64>(0) : TokenCommand::parseLongDuration(durationText);
    if (!kind || !parser.isSet(QStringLiteral("agent")) || !duration ||
        !parser.positionalArguments().isEmpty()) {
        return context.usage(
            tr("request create needs --agent and --justification; --kind is permission, identity, "
               "renewal or elevation; --duration is such as 8h or 7d."),
            context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    RequestService::Draft draft;
    draft.kind = *kind;
    draft.agent = parser.value(QStringLiteral("agent"));
    draft.justification = parser.value(QStringLiteral("justification"));
    draft.task = parser.value(QStringLiteral("task"));
    draft.statements = parser.values(QStringLiteral("statement")).join(QLatin1Char('\n'));
    draft.durationSeconds = *duration;
    draft.standing = parser.isSet(QStringLiteral("standing"));
    draft.renewsGrantId = parser.value(QStringLiteral("grant")).toLongLong();
    if (draft.kind == RequestKind::Identity) {
        auto owner = InventoryService(workspace).findOwner(parser.value(QStringLiteral("owner")));
        if (!owner) {
            return context.fail(owner.error());
        }
        draft.newAgent.name = draft.agent;
        draft.newAgent.ownerId = owner->id;
        draft.newAgent.purpose = parser.value(QStringLiteral("purpose"));
    }
    auto filed = RequestService(workspace).file(draft);
    if (!filed) {
        return context.fail(filed.error());
    }
    if (context.json) {
        context.printJson(RequestJson::request(filed.value()));
    } else {
        printRequest(context, filed.value());
        for (const QString& reason : filed->riskReasons) {
            context.out << QStringLiteral("  - ") << reason << Qt::endl;
        }
    }
    return 0;
}

int RequestCommand::list(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("steward-cli request list: the queue, riskiest and oldest first."));
    parser.addOptions({
        {QStringLiteral("state"),
         tr("pending (default), approved, denied, expired, withdrawn or all."),
         tr("state"),
         QStringLiteral("pending")},
        {QStringLiteral("agent"), tr("Only this agent's requests."), tr("agent")},
        {QStringLiteral("mine"), tr("Only requests I filed.")},
        {QStringLiteral("limit"), tr("At most this many (default 200)."), tr("n"), QStringLiteral("200")},
    });
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("request list"), &exitCode)) {
        return exitCode;
    }
    const QString stateText = parser.value(QStringLiteral("state"));
    const auto state = RequestKinds::stateFromKey(stateText);
    if ((!state && stateText != QStringLiteral("all")) || !parser.positionalArguments().isEmpty()) {
        return context.usage(tr("--state is pending, approved, denied, expired, withdrawn or all."),
                             context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    (void)RequestService(workspace).expire(); // the queue shows what is still decidable
    RequestRepository::Filter filter;
    filter.state = state;
    filter.limit = parser.value(QStringLiteral("limit")).toInt();
    if (parser.isSet(QStringLiteral("mine"))) {
        filter.requester = workspace.operatorName();
    }
    if (parser.isSet(QStringLiteral("agent"))) {
        auto agent = InventoryService(workspace).findAgent(parser.value(QStringLiteral("agent")));
        if (!agent) {
            return context.fail(agent.error());
        }
        filter.agentId = agent->id;
    }
    auto requests = workspace.requests().list(filter);
    if (!requests) {
        return context.fail(requests.error());
    }
    if (context.json) {
        QJsonArray array;
        for (const Request& r : requests.value()) {
            array.append(RequestJson::request(r));
        }
        context.printJson(array);
        return 0;
    }
    for (const Request& r : requests.value()) {
        context.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                           .arg(r.id)
                           .arg(AgentTypes::key(r.risk),
                                RequestKinds::key(r.state),
                                r.agentName,
                                r.requester,
                                r.statements.join(QStringLiteral("; ")))
                    << Qt::endl;
    }
    return 0;
}

int RequestCommand::show(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("steward-cli request show ID: the request, its risk and its decisions."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The request number."));
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("request show"), &exitCode)) {
        return exitCode;
    }
    const auto id = requestId(parser);
    if (!id) {
        return context.usage(tr("request show takes one request number."), context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    RequestService service(*opened.value());
    auto request = opened.value()->requests().byId(*id);
    if (!request) {
        return context.fail(request.error());
    }
    auto review = service.review(request.value());
    if (!review) {
        return context.fail(review.error());
    }
    if (context.json) {
        QJsonObject object = RequestJson::request(request.value());
        QJsonArray decisions;
        for (const Decision& d : review->decisions) {
            decisions.append(RequestJson::decision(d));
        }
        object.insert(QStringLiteral("decisions"), decisions);
        object.insert(QStringLiteral("approvals"), review->tally.approvals);
        object.insert(QStringLiteral("required_approvals"), review->tally.required);
        object.insert(QStringLiteral("waiting_for"), review->tally.waitingFor);
        object.insert(QStringLiteral("invalid_decisions"), QJsonArray::fromStringList(review->invalid));
        context.printJson(object);
        return 0;
    }
    printRequest(context, request.value());
    context.out << tr("Filed by %1: %2").arg(request->requester, request->justification) << Qt::endl;
    for (const QString& reason : request->riskReasons) {
        context.out << QStringLiteral("  - ") << reason << Qt::endl;
    }
    for (const Decision& d : review->decisions) {
        context.out
            << tr("%1 %2: %3").arg(d.operatorName, d.approve ? tr("approved") : tr("denied"), d.reason)
            << Qt::endl;
    }
    if (request->state == RequestState::Pending) {
        context.out << tr("%1 of %2 approvals; waiting for %3.")
                           .arg(review->tally.approvals)
                           .arg(review->tally.required)
                           .arg(review->tally.waitingFor)
                    << Qt::endl;
    }
    return 0;
}

int RequestCommand::decide(CliContext& context, const QStringList& args, bool approve)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        approve ? tr("steward-cli request approve ID --reason R: approve, signed with your key.")
                : tr("steward-cli request deny ID --reason R: deny, signed with your key."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The request number."));
    parser.addOption(
        {QStringLiteral("reason"), tr("Why (required; it is signed with the decision)."), tr("text")});
    const QString verb = approve ? QStringLiteral("approve") : QStringLiteral("deny");
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("request ") + verb, &exitCode)) {
        return exitCode;
    }
    const auto id = requestId(parser);
    if (!id || !parser.isSet(QStringLiteral("reason"))) {
        return context.usage(tr("request %1 takes one request number and --reason.").arg(verb),
                             context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    auto passphrase = context.operatorPassphrase();
    if (!passphrase) {
        return context.fail(passphrase.error());
    }
    auto key = OperatorService(workspace).unlock(passphrase.value());
    if (!key) {
        return context.fail(key.error());
    }
    auto outcome =
        RequestService(workspace).decide(*id, approve, parser.value(QStringLiteral("reason")), key.value());
    if (!outcome) {
        return context.fail(outcome.error());
    }
    if (context.json) {
        QJsonObject object = RequestJson::request(outcome->request);
        object.insert(QStringLiteral("approvals"), outcome->tally.approvals);
        object.insert(QStringLiteral("required_approvals"), outcome->tally.required);
        object.insert(QStringLiteral("waiting_for"), outcome->tally.waitingFor);
        object.insert(QStringLiteral("grant"),
                      outcome->grant ? QJsonValue(RequestJson::grant(*outcome->grant, workspace.now()))
                                     : QJsonValue(QJsonValue::Null));
        context.printJson(object);
        return 0;
    }
    if (outcome->request.state == RequestState::Pending) {
        context.out << tr("Recorded. Request %1 waits for %2.").arg(*id).arg(outcome->tally.waitingFor)
                    << Qt::endl;
    } else {
        context.out << tr("Request %1 is %2.").arg(*id).arg(RequestKinds::key(outcome->request.state))
                    << Qt::endl;
    }
    if (outcome->grant) {
        context.out << tr("Grant %1 is active until %2.")
                           .arg(outcome->grant->id)
                           .arg(outcome->grant->validUntil.toUTC().toString(Qt::ISODate))
                    << Qt::endl;
    }
    return 0;
}

int RequestCommand::withdraw(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("steward-cli request withdraw ID: take back a pending request you filed."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The request number."));
    parser.addOption({QStringLiteral("reason"), tr("Why, for the record."), tr("text")});
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("request withdraw"), &exitCode)) {
        return exitCode;
    }
    const auto id = requestId(parser);
    if (!id) {
        return context.usage(tr("request withdraw takes one request number."), context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    auto withdrawn = RequestService(*opened.value()).withdraw(*id, parser.value(QStringLiteral("reason")));
    if (!withdrawn) {
        return context.fail(withdrawn.error());
    }
    if (context.json) {
        context.printJson(RequestJson::request(withdrawn.value()));
    } else {
        context.out << tr("Withdrew request %1.").arg(*id) << Qt::endl;
    }
    return 0;
}

int RequestCommand::rules(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("steward-cli request rules: show the approval rules, or change them (admins only; the change is "
           "audited)."));
    const QCommandLineOption quorum(
        QStringLiteral("quorum"), tr("Approvals an ordinary request needs."), tr("n"));
    const QCommandLineOption sensitiveQuorum(QStringLiteral("sensitive-quorum"),
                                             tr("Approvals from different people a sensitive, restricted, "
                                                "critical or standing request needs (2 or "
                                                "more)."),
                                             tr("n"));
    const QCommandLineOption requestDays(
        QStringLiteral("request-days"), tr("Days a pending request waits before it expires."), tr("days"));
    const QCommandLineOption grantDays(
        QStringLiteral("grant-days"), tr("The longest grant, in days."), tr("days"));
    const QCommandLineOption sensitiveHours(
        QStringLiteral("sensitive-hours"), tr("The longest sensitive grant, in hours."), tr("hours"));
    parser.addOptions({quorum, sensitiveQuorum, requestDays, grantDays, sensitiveHours});
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("request rules"), &exitCode)) {
        return exitCode;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.usage(tr("request rules takes options only."), context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    RequestService service(*opened.value());
    const auto stored = service.settings();
    ApprovalSettings settings = stored ? stored.value() : ApprovalSettings();
    bool changed = false;
    int given = 0;
    const std::pair<const QCommandLineOption*, int*> fields[] = {
        {&quorum, &settings.defaultQuorum},
        {&sensitiveQuorum, &settings.sensitiveQuorum},
        {&requestDays, &settings.requestTtlDays},
        {&grantDays, &settings.maxGrantDays},
        {&sensitiveHours, &settings.maxSensitiveGrantHours},
    };
    for (const auto& [option, field] : fields) {
        if (!parser.isSet(*option)) {
            continue;
        }
        bool ok = false;
        *field = parser.value(*option).toInt(&ok);
        if (!ok) {
            return context.usage(tr("--%1 takes a whole number.").arg(option->names().constFirst()),
                                 context.helpText(parser));
        }
        changed = true;
        ++given;
    }
    // Rules that cannot be read are never shown as the defaults: an admin repairs them by giving
    // every one of them.
    if (!stored && given < int(std::size(fields))) {
        Error error = stored.error();
        error.message += QLatin1Char(' ') + tr("Give all five rules to set them again.");
        return context.fail(error);
    }
    if (changed) {
        if (const Status saved = service.setSettings(settings); !saved) {
            return context.fail(saved.error());
        }
    }
    if (context.json) {
        context.printJson(
            QJsonObject{{QStringLiteral("default_quorum"), settings.defaultQuorum},
                        {QStringLiteral("sensitive_quorum"), settings.sensitiveQuorum},
                        {QStringLiteral("request_ttl_days"), settings.requestTtlDays},
                        {QStringLiteral("grant_max_days"), settings.maxGrantDays},
                        {QStringLiteral("grant_max_sensitive_hours"), settings.maxSensitiveGrantHours}});
        return 0;
    }
    QTextStream& out = context.out;
    out << tr("Approvals needed:            %1").arg(settings.defaultQuorum) << Qt::endl;
    out << tr("  sensitive, restricted, critical or standing: %1 from different people")
               .arg(settings.sensitiveQuorum)
        << Qt::endl;
    out << tr("Pending requests expire after %1 days.").arg(settings.requestTtlDays) << Qt::endl;
    out << tr("Grants last at most %1 days; sensitive ones at most %2 hours.")
               .arg(settings.maxGrantDays)
               .arg(settings.maxSensitiveGrantHours)
        << Qt::endl;
    return 0;
}
