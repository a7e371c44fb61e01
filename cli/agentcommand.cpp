// SPDX-License-Identifier: Apache-2.0
#include "agentcommand.h"

#include "clicontext.h"
#include "inventory/agentjson.h"
#include "inventory/inventoryrules.h"
#include "inventory/inventoryservice.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace {

QString keysOf(const QStringList& keys)
{
    return keys.join(QStringLiteral(", "));
}

template<typename Enum>
QStringList allKeys(const QList<Enum>& values)
{
    QStringList keys;
    for (Enum value : values) {
        keys << AgentTypes::key(value);
    }
    return keys;
}

const QList<std::pair<QString, AgentQuery::SortKey>>& sortKeys()
{
    static const QList<std::pair<QString, AgentQuery::SortKey>> keys = {
        {QStringLiteral("name"), AgentQuery::SortKey::Name},
        {QStringLiteral("display-name"), AgentQuery::SortKey::DisplayName},
        {QStringLiteral("owner"), AgentQuery::SortKey::Owner},
        {QStringLiteral("environment"), AgentQuery::SortKey::Environment},
        {QStringLiteral("risk"), AgentQuery::SortKey::RiskTier},
        {QStringLiteral("status"), AgentQuery::SortKey::Status},
        {QStringLiteral("framework"), AgentQuery::SortKey::Framework},
        {QStringLiteral("last-seen"), AgentQuery::SortKey::LastSeen},
        {QStringLiteral("created"), AgentQuery::SortKey::Created},
    };
    return keys;
}

} // namespace

int AgentCommand::run(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QStringLiteral("add")) {
        return add(context, rest);
    }
    if (verb == QStringLiteral("list")) {
        return list(context, rest);
    }
    if (verb == QStringLiteral("show")) {
        return show(context, rest);
    }
    if (verb == QStringLiteral("edit")) {
        return edit(context, rest);
    }
    if (verb == QStringLiteral("suspend")) {
        return transition(context, verb, AgentStatus::Suspended, rest);
    }
    if (verb == QStringLiteral("retire")) {
        return transition(context, verb, AgentStatus::Retired, rest);
    }
    if (verb == QStringLiteral("reactivate") || verb == QStringLiteral("activate")) {
        return transition(context, verb, AgentStatus::Active, rest);
    }
    const QString commands = QStringLiteral("add, list, show, edit, suspend, retire, reactivate, activate");
    return context.usage(
        verb.isEmpty() ? tr("agent needs a command: %1.").arg(commands)
                       : tr("\u201c%1\u201d is not an agent command; use one of %2.").arg(verb, commands));
}

std::variant<AgentCommand::Target, int> AgentCommand::resolveTarget(CliContext& context,
                                                                    QCommandLineParser& parser,
                                                                    const QStringList& args,
                                                                    const QString& command)
{
    parser.addPositionalArgument(QStringLiteral("agent"), tr("Name, SPIFFE ID or principal."));
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("agent ") + command, &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usage(tr("agent %1 takes exactly one agent.").arg(command), context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Target target;
    target.workspace = std::move(opened).value();
    target.service = std::make_unique<InventoryService>(*target.workspace);
    auto agent = target.service->findAgent(parser.positionalArguments().constFirst());
    if (!agent) {
        return context.fail(agent.error());
    }
    target.agent = std::move(agent).value();
    return target;
}

void AgentCommand::addFieldOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("display-name"), tr("A readable name."), tr("text")},
        {QStringLiteral("purpose"), tr("What the agent is for (required when adding)."), tr("text")},
        {QStringLiteral("owner"), tr("The accountable owner, by email or id."), tr("owner")},
        {QStringLiteral("framework"), tr("The agent framework, such as LangGraph."), tr("name")},
        {QStringLiteral("model"), tr("The model it runs on."), tr("name")},
        {QStringLiteral("env"),
         tr("Environment: %1.").arg(keysOf(allKeys(AgentTypes::environments()))),
         tr("env")},
        {QStringLiteral("risk"),
         tr("Risk tier: %1.").arg(keysOf(allKeys(AgentTypes::riskTiers()))),
         tr("tier")},
    });
}

Status AgentCommand::applyFields(const QCommandLineParser& parser, InventoryService& service, Agent& draft)
{
    const auto set = [&parser](const char* name, QString& field) {
        if (parser.isSet(QString::fromLatin1(name))) {
            field = parser.value(QString::fromLatin1(name));
        }
    };
    set("display-name", draft.displayName);
    set("purpose", draft.purpose);
    set("framework", draft.framework);
    set("model", draft.model);
    if (parser.isSet(QStringLiteral("owner"))) {
        auto owner = service.findOwner(parser.value(QStringLiteral("owner")));
        if (!owner) {
            // A missing owner is a refusal of the change, not a lookup of the agent.
            return Error{owner.error().kind == ErrorKind::NotFound ? ErrorKind::Invalid : owner.error().kind,
                         owner.error().message};
        }
        draft.ownerId = owner->id;
    }
    if (parser.isSet(QStringLiteral("env"))) {
        const auto environment = AgentTypes::environmentFromKey(parser.value(QStringLiteral("env")));
        if (!environment) {
            return Error{
                ErrorKind::Invalid,
                tr("\u201c%1\u201d is not an environment; use one of %2.")
                    .arg(parser.value(QStringLiteral("env")), keysOf(allKeys(AgentTypes::environments())))};
        }
        draft.environment = *environment;
    }
    if (parser.isSet(QStringLiteral("risk"))) {
        const auto risk = AgentTypes::riskTierFromKey(parser.value(QStringLiteral("risk")));
        if (!risk) {
            return Error{
                ErrorKind::Invalid,
                tr("\u201c%1\u201d is not a risk tier; use one of %2.")
                    .arg(parser.value(QStringLiteral("risk")), keysOf(allKeys(AgentTypes::riskTiers())))};
        }
        draft.riskTier = *risk;
    }
    return {};
}

int AgentCommand::add(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("steward-cli agent add NAME: register an agent; it starts active."));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The agent's name, part of its SPIFFE ID."));
    addFieldOptions(parser);
    parser.addOptions({
        {QStringLiteral("principal"),
         tr("A name it has in a backend, KIND=VALUE (repeatable)."),
         tr("principal")},
        {QStringLiteral("tag"), tr("A tag (repeatable)."), tr("tag")},
    });
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("agent add"), &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usage(tr("agent add takes exactly one agent name."), context.helpText(parser));
    }
    if (!parser.isSet(QStringLiteral("owner"))) {
        return context.usage(tr("agent add needs --owner: every agent has an accountable owner."),
                             context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    InventoryService service(*opened.value());
    Agent draft;
    draft.name = parser.positionalArguments().constFirst();
    if (const Status applied = applyFields(parser, service, draft); !applied) {
        return context.fail(applied.error());
    }
    for (const QString& text : parser.values(QStringLiteral("principal"))) {
        auto principal = InventoryRules::parsePrincipal(text);
        if (!principal) {
            return context.fail(principal.error());
        }
        draft.principals.append(principal.value());
    }
    draft.tags = parser.values(QStringLiteral("tag"));
    auto agent = service.addAgent(draft);
    if (!agent) {
        return context.fail(agent.error());
    }
    if (context.json) {
        context.printJson(AgentJson::agent(agent.value()));
    } else {
        context.out << tr("Registered %1 as %2.").arg(agent->name, agent->spiffeId) << Qt::endl;
    }
    return 0;
}

int AgentCommand::list(CliContext& context, const QStringList& args)
{
    QStringList sortNames;
    for (const auto& [name, key] : sortKeys()) {
        sortNames << name;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("steward-cli agent list: the agents, filtered and sorted."));
    parser.addOptions({
        {QStringLiteral("search"),
         tr("Text found in names, purpose, principals, tags or the owner."),
         tr("text")},
        {QStringLiteral("owner"), tr("Only agents of this owner (email or id)."), tr("owner")},
        {QStringLiteral("status"),
         tr("Only agents in this status: %1.").arg(keysOf(allKeys(AgentTypes::statuses()))),
         tr("status")},
        {QStringLiteral("env"), tr("Only agents in this environment."), tr("env")},
        {QStringLiteral("risk"), tr("Only agents of this risk tier."), tr("tier")},
        {QStringLiteral("sort"),
         tr("Order by: %1.").arg(keysOf(sortNames)),
         tr("key"),
         QStringLiteral("name")},
        {QStringLiteral("desc"), tr("Reverse the order.")},
        {QStringLiteral("limit"), tr("At most this many agents."), tr("count")},
    });
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("agent list"), &exitCode)) {
        return exitCode;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.usage(tr("agent list takes options only."), context.helpText(parser));
    }
    AgentQuery query;
    query.text = parser.value(QStringLiteral("search"));
    query.descending = parser.isSet(QStringLiteral("desc"));
    const auto badValue = [&](const QString& option) {
        return context.usage(
            tr("\u201c%1\u201d is not a valid value for --%2.").arg(parser.value(option), option),
            context.helpText(parser));
    };
    if (parser.isSet(QStringLiteral("status"))) {
        query.status = AgentTypes::statusFromKey(parser.value(QStringLiteral("status")));
        if (!query.status) {
            return badValue(QStringLiteral("status"));
        }
    }
    if (parser.isSet(QStringLiteral("env"))) {
        query.environment = AgentTypes::environmentFromKey(parser.value(QStringLiteral("env")));
        if (!query.environment) {
            return badValue(QStringLiteral("env"));
        }
    }
    if (parser.isSet(QStringLiteral("risk"))) {
        query.riskTier = AgentTypes::riskTierFromKey(parser.value(QStringLiteral("risk")));
        if (!query.riskTier) {
            return badValue(QStringLiteral("risk"));
        }
    }
    const qsizetype sortIndex = sortNames.indexOf(parser.value(QStringLiteral("sort")));
    if (sortIndex < 0) {
        return badValue(QStringLiteral("sort"));
    }
    query.sortKey = sortKeys().at(sortIndex).second;
    qint64 limit = std::numeric_limits<qint64>::max();
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit < 0) {
            return badValue(QStringLiteral("limit"));
        }
    }

    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    if (parser.isSet(QStringLiteral("owner"))) {
        InventoryService service(workspace);
        auto owner = service.findOwner(parser.value(QStringLiteral("owner")));
        if (!owner) {
            return context.fail(owner.error());
        }
        query.ownerId = owner->id;
    }

    QTextStream& out = context.out;
    if (context.json) {
        out << '[';
    } else {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                   .arg(tr("NAME"), -30)
                   .arg(tr("STATUS"), -10)
                   .arg(tr("ENV"), -8)
                   .arg(tr("RISK"), -9)
                   .arg(tr("OWNER"), -28)
                   .arg(tr("FRAMEWORK"))
            << '\n';
    }
    qint64 printed = 0;
    QByteArray json;
    const Status listed =
        workspace.agents().forEach(query, limit, AgentRepository::Details::With, [&](const Agent& agent) {
            if (context.json) {
                json.append(printed == 0 ? "\n" : ",\n");
                AgentJson::appendAgent(json, agent);
                if (json.size() > 1 << 16) {
                    context.writeUtf8(json);
                    json.clear();
                }
            } else {
                out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                           .arg(agent.name, -30)
                           .arg(AgentTypes::key(agent.status), -10)
                           .arg(AgentTypes::key(agent.environment), -8)
                           .arg(AgentTypes::key(agent.riskTier), -9)
                           .arg(agent.ownerId ? agent.ownerEmail : tr("(none)"), -28)
                           .arg(agent.framework)
                    << '\n';
            }
            ++printed;
            return true;
        });
    context.writeUtf8(json);
    if (!listed) {
        out.flush();
        return context.fail(listed.error());
    }
    if (context.json) {
        out << (printed == 0 ? "]\n" : "\n]\n");
    }
    out.flush();
    return 0;
}

void AgentCommand::printAgent(CliContext& context, const Agent& agent, const QList<StatusChange>& history)
{
    if (context.json) {
        QJsonObject object = AgentJson::agent(agent);
        QJsonArray changes;
        for (const StatusChange& change : history) {
            changes.append(AgentJson::statusChange(change));
        }
        object.insert(QStringLiteral("history"), changes);
        context.printJson(object);
        return;
    }
    const QLocale locale;
    const auto time = [&locale](const QDateTime& t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : tr("never");
    };
    QTextStream& out = context.out;
    const auto row = [&out](const QString& label, const QString& value) {
        out << QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -14).arg(value) << '\n';
    };
    row(tr("Name"), agent.name);
    row(tr("SPIFFE ID"), agent.spiffeId);
    row(tr("Display name"), agent.displayName);
    row(tr("Status"), AgentTypes::label(agent.status));
    row(tr("Owner"),
        agent.ownerId ? QStringLiteral("%1 <%2>, %3").arg(agent.ownerName, agent.ownerEmail, agent.ownerTeam)
                      : tr("none"));
    row(tr("Purpose"), agent.purpose);
    row(tr("Framework"), agent.framework);
    row(tr("Model"), agent.model);
    row(tr("Environment"), AgentTypes::label(agent.environment));
    row(tr("Risk tier"), AgentTypes::label(agent.riskTier));
    row(tr("Tags"), agent.tags.join(QStringLiteral(", ")));
    row(tr("Created"), time(agent.createdAt));
    row(tr("Updated"), time(agent.updatedAt));
    row(tr("Last seen"), time(agent.lastSeenAt));
    out << tr("Principals:") << '\n';
    for (const Principal& principal : agent.principals) {
        out << QStringLiteral("  %1  %2").arg(AgentTypes::key(principal.kind), -14).arg(principal.value)
            << '\n';
    }
    out << tr("History:") << '\n';
    for (const StatusChange& change : history) {
        out << QStringLiteral("  %1  %2 \u2192 %3  %4  %5")
                   .arg(time(change.changedAt),
                        change.from ? AgentTypes::key(*change.from) : QStringLiteral("-"),
                        AgentTypes::key(change.to),
                        change.connectorName.isEmpty() ? change.operatorName
                                                       : tr("connector %1").arg(change.connectorName),
                        change.reason)
            << '\n';
    }
    out.flush();
}

int AgentCommand::show(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("steward-cli agent show AGENT: one agent with its principals and history."));
    auto resolved = resolveTarget(context, parser, args, QStringLiteral("show"));
    if (const int* exitCode = std::get_if<int>(&resolved)) {
        return *exitCode;
    }
    Target& target = std::get<Target>(resolved);
    auto history = target.workspace->agents().history(target.agent.id);
    if (!history) {
        return context.fail(history.error());
    }
    printAgent(context, target.agent, history.value());
    return 0;
}

int AgentCommand::edit(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("steward-cli agent edit AGENT: change an agent's details."));
    addFieldOptions(parser);
    parser.addOptions({
        {QStringLiteral("add-principal"), tr("Add a principal, KIND=VALUE (repeatable)."), tr("principal")},
        {QStringLiteral("remove-principal"),
         tr("Remove a principal, KIND=VALUE (repeatable)."),
         tr("principal")},
        {QStringLiteral("add-tag"), tr("Add a tag (repeatable)."), tr("tag")},
        {QStringLiteral("remove-tag"), tr("Remove a tag (repeatable)."), tr("tag")},
    });
    auto resolved = resolveTarget(context, parser, args, QStringLiteral("edit"));
    if (const int* exitCode = std::get_if<int>(&resolved)) {
        return *exitCode;
    }
    Target& target = std::get<Target>(resolved);
    InventoryService& service = *target.service;
    Agent draft = target.agent;
    if (const Status applied = applyFields(parser, service, draft); !applied) {
        return context.fail(applied.error());
    }
    for (const QString& text : parser.values(QStringLiteral("remove-principal"))) {
        auto principal = InventoryRules::parsePrincipal(text);
        if (!principal) {
            return context.fail(principal.error());
        }
        if (draft.principals.removeAll(principal.value()) == 0) {
            return context.fail(
                Error{ErrorKind::Invalid, tr("Agent %1 has no principal %2.").arg(draft.name, text)});
        }
    }
    for (const QString& text : parser.values(QStringLiteral("add-principal"))) {
        auto principal = InventoryRules::parsePrincipal(text);
        if (!principal) {
            return context.fail(principal.error());
        }
        if (!draft.principals.contains(principal.value())) {
            draft.principals.append(principal.value());
        }
    }
    for (const QString& tag : parser.values(QStringLiteral("remove-tag"))) {
        draft.tags.removeAll(tag);
    }
    for (const QString& tag : parser.values(QStringLiteral("add-tag"))) {
        if (!draft.tags.contains(tag)) {
            draft.tags.append(tag);
        }
    }
    auto agent = service.editAgent(draft.id, draft);
    if (!agent) {
        return context.fail(agent.error());
    }
    if (context.json) {
        context.printJson(AgentJson::agent(agent.value()));
    } else {
        context.out << tr("Updated %1.").arg(agent->name) << Qt::endl;
    }
    return 0;
}

int AgentCommand::transition(CliContext& context,
                             const QString& verb,
                             AgentStatus to,
                             const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("steward-cli agent %1 AGENT: change the agent's status.").arg(verb));
    parser.addOption({QStringLiteral("reason"), tr("Why, for the history."), tr("text")});
    auto resolved = resolveTarget(context, parser, args, verb);
    if (const int* exitCode = std::get_if<int>(&resolved)) {
        return *exitCode;
    }
    Target& target = std::get<Target>(resolved);
    const Agent* current = &target.agent;
    // reactivate brings back a suspended agent; activate registers a requested or shadow one.
    if (verb == QStringLiteral("reactivate") && current->status != AgentStatus::Suspended &&
        current->status != AgentStatus::Active) {
        return context.fail(Error{ErrorKind::Refused,
                                  tr("Agent %1 is %2, not suspended; use \"agent activate\" to register it.")
                                      .arg(current->name, AgentTypes::label(current->status).toLower())});
    }
    if (verb == QStringLiteral("activate") && current->status == AgentStatus::Suspended) {
        return context.fail(Error{
            ErrorKind::Refused,
            tr("Agent %1 is suspended; use \"agent reactivate\" to bring it back.").arg(current->name)});
    }
    auto agent = target.service->changeStatus(current->id, to, parser.value(QStringLiteral("reason")));
    if (!agent) {
        return context.fail(agent.error());
    }
    if (context.json) {
        context.printJson(AgentJson::agent(agent.value()));
    } else {
        context.out << tr("%1 is now %2.").arg(agent->name, AgentTypes::label(agent->status).toLower())
                    << Qt::endl;
    }
    return 0;
}
