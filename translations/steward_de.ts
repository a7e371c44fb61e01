<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentCommand</name>
    <message>
        <source>agent needs a command: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an agent command; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A readable name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agent is for (required when adding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accountable owner, by email or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent framework, such as LangGraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model it runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk tier: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an environment; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a risk tier; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward-cli agent add NAME: register an agent; it starts active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s name, part of its SPIFFE ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name it has in a backend, KIND=VALUE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent add takes exactly one agent name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent add needs --owner: every agent has an accountable owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward-cli agent list: the agents, filtered and sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text found in names, purpose, principals, tags or the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only agents of this owner (email or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only agents in this status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only agents in this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only agents of this risk tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order by: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent list takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid value for --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RISK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FRAMEWORK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIFFE ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward-cli agent show AGENT: one agent with its principals and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, SPIFFE ID or principal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent show takes exactly one agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward-cli agent edit AGENT: change an agent&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a principal, KIND=VALUE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a principal, KIND=VALUE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a tag (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent edit takes exactly one agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 has no principal %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward-cli agent %1 AGENT: change the agent&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1 takes exactly one agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 is %2, not suspended; use &quot;agent activate&quot; to register it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 is suspended; use &quot;agent reactivate&quot; to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentDetailsPanel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reac&amp;tivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIFFE ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an agent to see its owner, principals and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: assign an accountable owner before activating this agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last %1 · registered %2 · changed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign an owner first (Edit).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <source>Edit agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice-reconciler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in lists; the name if left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agent does and why it needs access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claude-sonnet-4.5, gpt-4.1, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, such as
aws-role=arn:aws:iam::123456789012:role/agent
k8s-sa=system:serviceaccount:payments:agent
otel-agent-id=asst_123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by spaces or commas, such as pci customer-facing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent&apos;s name is part of its SPIFFE ID and never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New o&amp;wner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIFFE ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rincipals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the accountable owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spiffe://%1/agent/…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentLifecycle</name>
    <message>
        <source>Agent %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 is retired, and a retired agent stays retired so that its history keeps its meaning. Register a new agent instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only discovery in activity logs marks an agent as shadow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 cannot go back to requested; file a new request instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 is %2 and has never been active, so it cannot be suspended. Activate it or retire it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 has no accountable owner. Assign an owner before activating it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentRepository</name>
    <message>
        <source>save agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the status of agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 was changed by someone else meanwhile. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The principal %1 could not be saved for agent %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the tags of agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent is known by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the agents&apos; principals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the agents&apos; tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the status history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is accountable for this agent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentTypes</name>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IAM role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenTelemetry agent ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All risk tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, purpose, principals, tags, owners (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by risk tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an agent (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner (shadow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 agents match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>steward-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: steward-cli [--workspace FILE] [--lang LANG] COMMAND [options]

Steward&apos;s command line: the agent inventory of one workspace.

Commands:
  init --trust-domain D        Create a workspace.
  summary                      What the workspace holds.
  demo [--agents N]            Fill a new workspace with demo data.
  agent add NAME --owner O --purpose P [options]
  agent list [--status S] [--owner O] [--env E] [--risk R] [--search T]
  agent show AGENT
  agent edit AGENT [options]
  agent suspend|retire|reactivate|activate AGENT [--reason R]
  owner add --name N --email E --team T
  owner list

Every read command takes --json; COMMAND --help lists its options.
The workspace is --workspace FILE, else $STEWARD_WORKSPACE, else %1.

Exit codes: 0 done, 1 usage error, 2 not found, 3 refused, 4 workspace error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1. Check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workspace file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Steward workspace. Create one with &quot;steward-cli init --trust-domain DOMAIN&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file. Name the workspace file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workspace %1: permission denied. Check the file&apos;s owner and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace at %1. Create one with &quot;steward-cli init --trust-domain DOMAIN&quot; or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of Steward (schema %2; this version reads up to schema %3). Open it with that version or upgrade Steward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Steward workspace, or it is damaged (%2). Restore it from a backup or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Steward workspace. Choose a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 has no valid schema version; it is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configure the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the workspace to schema %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a workspace setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo can hold 0 to %1 agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace already holds %1 agents; demo data goes into a new, empty workspace only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: discovered in activity logs, never registered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryRules</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” is not valid: use up to %2 lower-case letters, digits, colons, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent may carry at most %1 tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A principal must be 1 to %1 printable characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IAM role ARN such as arn:aws:iam::123456789012:role/invoice-agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Kubernetes service account such as system:serviceaccount:payments:invoice-agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OpenTelemetry agent ID may not start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent may have at most %1 principals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The principal %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a principal as KIND=VALUE, where KIND is one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a principal kind; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryService</name>
    <message>
        <source>An owner with the email %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no owner %1. Add the owner first (&quot;steward-cli owner add&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every registered agent needs an accountable owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner chosen for the agent does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The principal %1 already belongs to agent %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered in activity; never registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent named %1 already exists (%2). Agent names are never reused, even after retirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 is retired; its record is kept as it was and cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Console sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent inventory: owners, principals, status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agents · %2 active · %3 suspended · %4 shadow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;A governance console for AI agents: inventory, identity, approvals, activity and accountability, on zero-trust principles.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorRepository</name>
    <message>
        <source>save the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no operator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the operators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerCommand</name>
    <message>
        <source>owner needs a command: add or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an owner command; use add or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward-cli owner add: record an accountable owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner add takes --name, --email and --team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added owner %1 &lt;%2&gt; (%3), id %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward-cli owner list: the accountable owners and how many agents each has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGENTS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>New owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the accountable person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team, such as Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An owner is the person accountable for what an agent does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerRepository</name>
    <message>
        <source>save the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no owner %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the owners&apos; agents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpiffeId</name>
    <message>
        <source>The trust domain is empty. Use a domain you control, such as acme.example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust domain is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust domain may hold only lower-case letters, digits, dots, dashes and underscores; %1 at position %2 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust domain may not start or end with a dot or hold two dots in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent name is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent name may hold only lower-case letters, digits, dots, dashes and underscores; %1 at position %2 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent name must start and end with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>&amp;Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend &lt;b&gt;%1&lt;/b&gt;? It keeps its identity and history, but it stays inactive until someone reactivates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire &lt;b&gt;%1&lt;/b&gt;? Retiring is final: the agent can never be active again. Its record and history are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate &lt;b&gt;%1&lt;/b&gt;? It becomes active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate &lt;b&gt;%1&lt;/b&gt;? It becomes a registered, active agent owned by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, kept in the agent&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace %1 has no trust domain; it was never initialised. Run &quot;steward-cli init --trust-domain DOMAIN&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; an existing workspace is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>steward-cli init: create a workspace for one trust domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPIFFE trust domain, such as acme.example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes --trust-domain DOMAIN and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace %1 for trust domain %2; %3 is its first admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward-cli summary: what the workspace holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust domain:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadow agents act without being registered: review them with &quot;steward-cli agent list --status shadow&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward-cli demo: fill a new workspace with reproducible demo owners and agents. The workspace is created if it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many agents (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed (default 20261126).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust domain of a new workspace (default acme.example).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agents and --seed take whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source><byte value="xd"/>Generating agents: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled %1 with %2 demo agents (seed %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Steward workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acme.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace holds one trust domain: its agents, owners and history, in one file that only you can read. Create one, or open an existing workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open existing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward workspaces (*.steward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward workspaces (*.steward);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Steward: the governance console for AI agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language, such as de (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system (default), light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to a PNG file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
