<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityChartsView</name>
    <message>
        <source>&amp;Recount</source>
        <translation>Neu &amp;zählen</translation>
    </message>
    <message>
        <source>Count the filtered events again</source>
        <translation>Die gefilterten Ereignisse neu zählen</translation>
    </message>
    <message>
        <source>Events over time, by outcome</source>
        <translation>Ereignisse im Zeitverlauf, nach Ergebnis</translation>
    </message>
    <message>
        <source>Agents with the most events</source>
        <translation>Agenten mit den meisten Ereignissen</translation>
    </message>
    <message>
        <source>Resources with the most events</source>
        <translation>Ressourcen mit den meisten Ereignissen</translation>
    </message>
    <message>
        <source>Counting events…</source>
        <translation>Ereignisse werden gezählt…</translation>
    </message>
    <message>
        <source>Could not count events: %1</source>
        <translation>Ereignisse konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation>Kein Ereignis passt zu den Filtern.</translation>
    </message>
    <message>
        <source>%L1 events from %L2 agents or principals, on %L3 resources</source>
        <translation>%L1 Ereignisse von %L2 Agenten oder Principals, auf %L3 Ressourcen</translation>
    </message>
    <message>
        <source>(no registered agent)</source>
        <translation>(kein registrierter Agent)</translation>
    </message>
    <message>
        <source>(no resource)</source>
        <translation>(keine Ressource)</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>%1: %L2 events</source>
        <translation>%1: %L2 Ereignisse</translation>
    </message>
    <message>
        <source>Up and Down choose an agent; Enter shows only its events</source>
        <translation>Auf und Ab wählen einen Agenten; Eingabe zeigt nur seine Ereignisse</translation>
    </message>
    <message>
        <source>Up and Down choose a resource; Enter shows only the events on it</source>
        <translation>Auf und Ab wählen eine Ressource; Eingabe zeigt nur die Ereignisse darauf</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Agent name</source>
        <translation>Agentenname</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Jede Quelle</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Trace of the selected event</source>
        <translation>Trace des gewählten Ereignisses</translation>
    </message>
    <message>
        <source>No agent %1</source>
        <translation>Kein Agent %1</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Keine Ereignisse</translation>
    </message>
    <message>
        <source>&lt;p&gt;No event matches.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Ereignis passt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none registered</source>
        <translation>keiner registriert</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Native action</source>
        <translation>Native Aktion</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Task or session</source>
        <translation>Aufgabe oder Sitzung</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Berechtigungsnachweis</translation>
    </message>
    <message>
        <source>Raw record</source>
        <translation>Rohdatensatz</translation>
    </message>
    <message>
        <source>Not part of a trace</source>
        <translation>Gehört zu keinem Trace</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Could not read events: %1</source>
        <translation>Ereignisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export the filtered timeline…</source>
        <translation>Gefilterte Zeitleiste exportieren…</translation>
    </message>
    <message>
        <source>Export the selected event&apos;s trace…</source>
        <translation>Trace des ausgewählten Ereignisses exportieren…</translation>
    </message>
    <message>
        <source>Export trace</source>
        <translation>Trace exportieren</translation>
    </message>
    <message>
        <source>The selected event is not part of a trace. Select an event that is, or export the filtered timeline.</source>
        <translation>Das ausgewählte Ereignis gehört zu keinem Trace. Wählen Sie ein Ereignis, das zu einem gehört, oder exportieren Sie die gefilterte Zeitleiste.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>OCSF API Activity, JSON lines (*.ocsf.jsonl)</source>
        <translation>OCSF API Activity, JSON Lines (*.ocsf.jsonl)</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <source>The selected event is not part of a trace.</source>
        <translation>Das ausgewählte Ereignis gehört zu keinem Trace.</translation>
    </message>
    <message>
        <source>Exporting events…</source>
        <translation>Ereignisse werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exported %L1 events…</source>
        <translation>%L1 Ereignisse exportiert…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Exported %L1 events to %2.</source>
        <translation>%L1 Ereignisse nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>Show new events as the connectors store them</source>
        <translation>Neue Ereignisse zeigen, sobald die Connectoren sie speichern</translation>
    </message>
    <message>
        <source>Live: %L1 new</source>
        <translation>Live: %L1 neu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>Resource starts with…</source>
        <translation>Ressource beginnt mit…</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Zwischen…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Saved filters</source>
        <translation>&amp;Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Apply a saved filter, or save the current one for everyone in this workspace</source>
        <translation>Einen gespeicherten Filter anwenden oder den aktuellen für alle in diesem Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Save filters as…</source>
        <translation>Filter speichern unter…</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>Ereig&amp;nisse</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Diag&amp;ramme</translation>
    </message>
    <message>
        <source>The time range ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Jeder Eigentümer</translation>
    </message>
    <message>
        <source>No saved filters yet</source>
        <translation>Noch keine gespeicherten Filter</translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <translation>Gespeichert von %1</translation>
    </message>
    <message>
        <source>Delete a saved filter</source>
        <translation>Einen gespeicherten Filter löschen</translation>
    </message>
    <message>
        <source>Save filters</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name for these filters (everyone in this workspace will see it):</source>
        <translation>Name für diese Filter (alle in diesem Arbeitsbereich sehen ihn):</translation>
    </message>
    <message>
        <source>A filter named &quot;%1&quot; is saved already. Replace it?</source>
        <translation>Ein Filter namens „%1“ ist bereits gespeichert. Ersetzen?</translation>
    </message>
    <message>
        <source>The filters were not saved: %1</source>
        <translation>Die Filter wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the filters as &quot;%1&quot;.</source>
        <translation>Die Filter wurden als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete saved filter</source>
        <translation>Gespeicherten Filter löschen</translation>
    </message>
    <message>
        <source>Delete the saved filter &quot;%1&quot; for everyone in this workspace?</source>
        <translation>Den gespeicherten Filter „%1“ für alle in diesem Arbeitsbereich löschen?</translation>
    </message>
    <message>
        <source>Deleted the saved filter &quot;%1&quot;.</source>
        <translation>Der gespeicherte Filter „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Text, or an attribute such as user_agent~sqlmap…</source>
        <translation>Text oder ein Attribut wie user_agent~sqlmap…</translation>
    </message>
    <message>
        <source>Text in the principal, action, resource or any attribute.
key=value matches an attribute exactly, key~text when it contains the text; join several with &quot;; &quot;.

%1</source>
        <translation>Text im Principal, in der Aktion, der Ressource oder einem Attribut.
schlüssel=wert trifft ein Attribut genau, schlüssel~text, wenn es den Text enthält; mehrere mit „; “ verbinden.

%1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>%1, acting as %2</source>
        <translation>%1, handelnd als %2</translation>
    </message>
    <message>
        <source>%1 (no registered agent)</source>
        <translation>%1 (kein registrierter Agent)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>ActorTypeOverrides</name>
    <message>
        <source>The setting &quot;%1&quot; is an object of at most %2 principal patterns, each naming agent, human, service or system.</source>
        <translation>Die Einstellung „%1“ ist ein Objekt mit höchstens %2 Principal-Mustern, die jeweils agent, human, service oder system nennen.</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, the pattern &quot;%2&quot; must name agent, human, service or system.</source>
        <translation>In „%1“ muss das Muster „%2“ agent, human, service oder system nennen.</translation>
    </message>
</context>
<context>
    <name>ActorTypes</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>Cloud-Dienst</translation>
    </message>
    <message>
        <source>Platform component</source>
        <translation>Plattformkomponente</translation>
    </message>
</context>
<context>
    <name>AgentCommand</name>
    <message>
        <source>agent needs a command: %1.</source>
        <translation>agent braucht einen Befehl: %1.</translation>
    </message>
    <message>
        <source>“%1” is not an agent command; use one of %2.</source>
        <translation>„%1“ ist kein agent-Befehl; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>A readable name.</source>
        <translation>Ein lesbarer Name.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>What the agent is for (required when adding).</source>
        <translation>Wofür der Agent da ist (beim Hinzufügen erforderlich).</translation>
    </message>
    <message>
        <source>The accountable owner, by email or id.</source>
        <translation>Der verantwortliche Eigentümer, per E-Mail oder ID.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>The agent framework, such as LangGraph.</source>
        <translation>Das Agenten-Framework, etwa LangGraph.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The model it runs on.</source>
        <translation>Das Modell, auf dem er läuft.</translation>
    </message>
    <message>
        <source>Environment: %1.</source>
        <translation>Umgebung: %1.</translation>
    </message>
    <message>
        <source>env</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Risk tier: %1.</source>
        <translation>Risikostufe: %1.</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>“%1” is not an environment; use one of %2.</source>
        <translation>„%1“ ist keine Umgebung; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>“%1” is not a risk tier; use one of %2.</source>
        <translation>„%1“ ist keine Risikostufe; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>steward-cli agent add NAME: register an agent; it starts active.</source>
        <translation>steward-cli agent add NAME: einen Agenten registrieren; er beginnt aktiv.</translation>
    </message>
    <message>
        <source>The agent&apos;s name, part of its SPIFFE ID.</source>
        <translation>Der Name des Agenten, Teil seiner SPIFFE-ID.</translation>
    </message>
    <message>
        <source>A name it has in a backend, KIND=VALUE (repeatable).</source>
        <translation>Ein Name, den er in einem Backend trägt, ART=WERT (wiederholbar).</translation>
    </message>
    <message>
        <source>principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>A tag (repeatable).</source>
        <translation>Ein Tag (wiederholbar).</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>agent add takes exactly one agent name.</source>
        <translation>agent add erwartet genau einen Agentennamen.</translation>
    </message>
    <message>
        <source>agent add needs --owner: every agent has an accountable owner.</source>
        <translation>agent add braucht --owner: Jeder Agent hat einen verantwortlichen Eigentümer.</translation>
    </message>
    <message>
        <source>Registered %1 as %2.</source>
        <translation>%1 als %2 registriert.</translation>
    </message>
    <message>
        <source>steward-cli agent list: the agents, filtered and sorted.</source>
        <translation>steward-cli agent list: die Agenten, gefiltert und sortiert.</translation>
    </message>
    <message>
        <source>Text found in names, purpose, principals, tags or the owner.</source>
        <translation>Text in Namen, Zweck, Principals, Tags oder beim Eigentümer.</translation>
    </message>
    <message>
        <source>Only agents of this owner (email or id).</source>
        <translation>Nur Agenten dieses Eigentümers (E-Mail oder ID).</translation>
    </message>
    <message>
        <source>Only agents in this status: %1.</source>
        <translation>Nur Agenten in diesem Status: %1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only agents in this environment.</source>
        <translation>Nur Agenten in dieser Umgebung.</translation>
    </message>
    <message>
        <source>Only agents of this risk tier.</source>
        <translation>Nur Agenten dieser Risikostufe.</translation>
    </message>
    <message>
        <source>Order by: %1.</source>
        <translation>Sortieren nach: %1.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Reverse the order.</source>
        <translation>Reihenfolge umkehren.</translation>
    </message>
    <message>
        <source>At most this many agents.</source>
        <translation>Höchstens so viele Agenten.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>agent list takes options only.</source>
        <translation>agent list erwartet nur Optionen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for --%2.</source>
        <translation>„%1“ ist kein gültiger Wert für --%2.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>RISK</source>
        <translation>RISIKO</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>EIGENTÜMER</translation>
    </message>
    <message>
        <source>FRAMEWORK</source>
        <translation>FRAMEWORK</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>SPIFFE ID</source>
        <translation>SPIFFE-ID</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Risk tier</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Principals:</source>
        <translation>Principals:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>steward-cli agent show AGENT: one agent with its principals and history.</source>
        <translation>steward-cli agent show AGENT: ein Agent mit seinen Principals und seinem Verlauf.</translation>
    </message>
    <message>
        <source>Name, SPIFFE ID or principal.</source>
        <translation>Name, SPIFFE-ID oder Principal.</translation>
    </message>
    <message>
        <source>steward-cli agent edit AGENT: change an agent&apos;s details.</source>
        <translation>steward-cli agent edit AGENT: die Angaben eines Agenten ändern.</translation>
    </message>
    <message>
        <source>Add a principal, KIND=VALUE (repeatable).</source>
        <translation>Einen Principal hinzufügen, ART=WERT (wiederholbar).</translation>
    </message>
    <message>
        <source>Remove a principal, KIND=VALUE (repeatable).</source>
        <translation>Einen Principal entfernen, ART=WERT (wiederholbar).</translation>
    </message>
    <message>
        <source>Add a tag (repeatable).</source>
        <translation>Ein Tag hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <source>Remove a tag (repeatable).</source>
        <translation>Ein Tag entfernen (wiederholbar).</translation>
    </message>
    <message>
        <source>Agent %1 has no principal %2.</source>
        <translation>Agent %1 hat keinen Principal %2.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 geändert.</translation>
    </message>
    <message>
        <source>steward-cli agent %1 AGENT: change the agent&apos;s status.</source>
        <translation>steward-cli agent %1 AGENT: den Status des Agenten ändern.</translation>
    </message>
    <message>
        <source>Why, for the history.</source>
        <translation>Warum, für den Verlauf.</translation>
    </message>
    <message>
        <source>agent %1 takes exactly one agent.</source>
        <translation>agent %1 erwartet genau einen Agenten.</translation>
    </message>
    <message>
        <source>Agent %1 is %2, not suspended; use &quot;agent activate&quot; to register it.</source>
        <translation>Agent %1 ist %2, nicht gesperrt; registrieren Sie ihn mit „agent activate“.</translation>
    </message>
    <message>
        <source>Agent %1 is suspended; use &quot;agent reactivate&quot; to bring it back.</source>
        <translation>Agent %1 ist gesperrt; holen Sie ihn mit „agent reactivate“ zurück.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>connector %1</source>
        <translation>Connector %1</translation>
    </message>
</context>
<context>
    <name>AgentDetailsPanel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>S&amp;tilllegen…</translation>
    </message>
    <message>
        <source>Reac&amp;tivate…</source>
        <translation>&amp;Reaktivieren…</translation>
    </message>
    <message>
        <source>SPIFFE ID:</source>
        <translation>SPIFFE-ID:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigentümer:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Läuft auf:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Risk tier:</source>
        <translation>Risikostufe:</translation>
    </message>
    <message>
        <source>Principals:</source>
        <translation>Principals:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Seen:</source>
        <translation>Gesehen:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Select an agent to see its owner, principals and history.</source>
        <translation>Wählen Sie einen Agenten, um Eigentümer, Principals und Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Nobody: assign an accountable owner before activating this agent.</source>
        <translation>Niemand: Weisen Sie einen verantwortlichen Eigentümer zu, bevor Sie diesen Agenten aktivieren.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>last %1 · registered %2 · changed %3</source>
        <translation>zuletzt %1 · registriert %2 · geändert %3</translation>
    </message>
    <message>
        <source>Ac&amp;tivate…</source>
        <translation>&amp;Aktivieren…</translation>
    </message>
    <message>
        <source>Assign an owner first (Edit).</source>
        <translation>Weisen Sie zuerst einen Eigentümer zu (Bearbeiten).</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Akti&amp;vität</translation>
    </message>
    <message>
        <source>What this agent did, on the Activity page</source>
        <translation>Was dieser Agent tat, auf der Seite Aktivität</translation>
    </message>
    <message>
        <source>Discovered by connector %1</source>
        <translation>Entdeckt durch Connector %1</translation>
    </message>
    <message>
        <source>Recorded while %1 ran the ingest</source>
        <translation>Erfasst, während %1 den Import ausführte</translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <source>Edit agent %1</source>
        <translation>Agent %1 bearbeiten</translation>
    </message>
    <message>
        <source>New agent</source>
        <translation>Neuer Agent</translation>
    </message>
    <message>
        <source>invoice-reconciler</source>
        <translation>invoice-reconciler</translation>
    </message>
    <message>
        <source>Shown in lists; the name if left empty</source>
        <translation>Wird in Listen gezeigt; leer bedeutet: der Name</translation>
    </message>
    <message>
        <source>What the agent does and why it needs access</source>
        <translation>Was der Agent tut und warum er Zugriff braucht</translation>
    </message>
    <message>
        <source>claude-sonnet-4.5, gpt-4.1, …</source>
        <translation>claude-sonnet-4.5, gpt-4.1, …</translation>
    </message>
    <message>
        <source>One per line, such as
aws-role=arn:aws:iam::123456789012:role/agent
k8s-sa=system:serviceaccount:payments:agent
otel-agent-id=asst_123</source>
        <translation>Einer pro Zeile, etwa
aws-role=arn:aws:iam::123456789012:role/agent
k8s-sa=system:serviceaccount:payments:agent
otel-agent-id=asst_123</translation>
    </message>
    <message>
        <source>Separated by spaces or commas, such as pci customer-facing</source>
        <translation>Durch Leerzeichen oder Kommas getrennt, etwa pci customer-facing</translation>
    </message>
    <message>
        <source>An agent&apos;s name is part of its SPIFFE ID and never changes.</source>
        <translation>Der Name eines Agenten ist Teil seiner SPIFFE-ID und ändert sich nie.</translation>
    </message>
    <message>
        <source>New o&amp;wner…</source>
        <translation>Neuer &amp;Eigentümer…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>SPIFFE ID:</source>
        <translation>SPIFFE-ID:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Ei&amp;gentümer:</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Framework:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Risk tier:</source>
        <translation>&amp;Risikostufe:</translation>
    </message>
    <message>
        <source>P&amp;rincipals:</source>
        <translation>&amp;Principals:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Choose the accountable owner</source>
        <translation>Verantwortlichen Eigentümer wählen</translation>
    </message>
    <message>
        <source>spiffe://%1/agent/…</source>
        <translation>spiffe://%1/agent/…</translation>
    </message>
</context>
<context>
    <name>AgentIdentityPanel</name>
    <message>
        <source>URI SAN:</source>
        <translation>URI-SAN:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Kette:</translation>
    </message>
    <message>
        <source>Only active agents get an identity.</source>
        <translation>Nur aktive Agenten erhalten eine Identität.</translation>
    </message>
    <message>
        <source>%1 issued · %2 active · %3 expired · %4 revoked</source>
        <translation>%1 ausgestellt · %2 aktiv · %3 abgelaufen · %4 widerrufen</translation>
    </message>
    <message>
        <source>No SVID issued yet</source>
        <translation>Noch keine SVID ausgestellt</translation>
    </message>
    <message>
        <source>Issued by the current intermediate (%1), under the workspace root</source>
        <translation>Ausgestellt von der aktuellen Zwischen-CA (%1), unter der Wurzel des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Issued by an earlier intermediate (%1); renew it to move to the current one</source>
        <translation>Ausgestellt von einer früheren Zwischen-CA (%1); erneuern Sie sie, um zur aktuellen zu wechseln</translation>
    </message>
    <message>
        <source>Revoked %1 (%2)</source>
        <translation>Widerrufen %1 (%2)</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen %1</translation>
    </message>
    <message>
        <source>until %1 — expires in %2 min</source>
        <translation>bis %1 — läuft in %2 min ab</translation>
    </message>
    <message>
        <source>The agent&apos;s certificate signing request</source>
        <translation>Die Zertifikatsanforderung des Agenten</translation>
    </message>
    <message>
        <source>Signing requests (*.csr *.pem *.der);;All files (*)</source>
        <translation>Zertifikatsanforderungen (*.csr *.pem *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Revoke SVID</source>
        <translation>SVID widerrufen</translation>
    </message>
    <message>
        <source>Revoke SVID %1 of %2? Relying parties refuse it once they load the next CRL. Reason:</source>
        <translation>SVID %1 von %2 widerrufen? Vertrauende Dienste lehnen sie ab, sobald sie die nächste Sperrliste laden. Grund:</translation>
    </message>
    <message>
        <source>&amp;Mint token…</source>
        <translation>&amp;Token ausstellen…</translation>
    </message>
    <message>
        <source>&amp;Issue from CSR…</source>
        <translation>Aus CSR &amp;ausstellen…</translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation>&amp;Erneuern…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>A fresh SVID for the same agent and key, from the current intermediate</source>
        <translation>Eine neue SVID für denselben Agenten und Schlüssel, von der aktuellen Zwischen-CA</translation>
    </message>
    <message>
        <source>Save the SVID and its chain as PEM, for the agent</source>
        <translation>Die SVID mit ihrer Kette als PEM für den Agenten speichern</translation>
    </message>
    <message>
        <source>X.509-SVID</source>
        <translation>X.509-SVID</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Issue an SVID from the agent&apos;s own certificate signing request</source>
        <translation>Eine SVID aus der eigenen Zertifikatsanforderung des Agenten ausstellen</translation>
    </message>
    <message>
        <source>Renew SVID</source>
        <translation>SVID erneuern</translation>
    </message>
    <message>
        <source>Issue %1 a new SVID for the same key, valid for an hour from now? SVID %2 stays valid until it expires; revoke it if it must stop at once.</source>
        <translation>%1 eine neue SVID für denselben Schlüssel ausstellen, ab jetzt eine Stunde gültig? SVID %2 bleibt gültig, bis sie abläuft; widerrufen Sie sie, wenn sie sofort enden muss.</translation>
    </message>
    <message>
        <source>Steward did not keep this SVID&apos;s certificate; renew it to get one.</source>
        <translation>Steward hat das Zertifikat dieser SVID nicht aufbewahrt; erneuern Sie sie, um eines zu erhalten.</translation>
    </message>
    <message>
        <source>Save the SVID of %1</source>
        <translation>SVID von %1 speichern</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
</context>
<context>
    <name>AgentLifecycle</name>
    <message>
        <source>Agent %1 is already %2.</source>
        <translation>Agent %1 ist bereits %2.</translation>
    </message>
    <message>
        <source>Agent %1 is retired, and a retired agent stays retired so that its history keeps its meaning. Register a new agent instead.</source>
        <translation>Agent %1 ist stillgelegt, und ein stillgelegter Agent bleibt stillgelegt, damit sein Verlauf seine Bedeutung behält. Registrieren Sie stattdessen einen neuen Agenten.</translation>
    </message>
    <message>
        <source>Only discovery in activity logs marks an agent as shadow.</source>
        <translation>Nur die Entdeckung in Aktivitätsprotokollen kennzeichnet einen Agenten als Schatten-Agent.</translation>
    </message>
    <message>
        <source>Agent %1 cannot go back to requested; file a new request instead.</source>
        <translation>Agent %1 kann nicht zu „beantragt“ zurückkehren; stellen Sie stattdessen einen neuen Antrag.</translation>
    </message>
    <message>
        <source>Agent %1 is %2 and has never been active, so it cannot be suspended. Activate it or retire it.</source>
        <translation>Agent %1 ist %2 und war nie aktiv, daher kann er nicht gesperrt werden. Aktivieren Sie ihn oder legen Sie ihn still.</translation>
    </message>
    <message>
        <source>Agent %1 has no accountable owner. Assign an owner before activating it.</source>
        <translation>Agent %1 hat keinen verantwortlichen Eigentümer. Weisen Sie einen Eigentümer zu, bevor Sie ihn aktivieren.</translation>
    </message>
    <message>
        <source>Agent %1 has no accountable owner. Assign the owner who answers for it before retiring it, so that its history says who decided.</source>
        <translation>Agent %1 hat keinen verantwortlichen Eigentümer. Weisen Sie den Eigentümer zu, der für ihn einsteht, bevor Sie ihn stilllegen, damit sein Verlauf zeigt, wer entschieden hat.</translation>
    </message>
</context>
<context>
    <name>AgentRepository</name>
    <message>
        <source>save agent %1</source>
        <translation>Speichern von Agent %1</translation>
    </message>
    <message>
        <source>Agent %1 no longer exists.</source>
        <translation>Agent %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>update agent %1</source>
        <translation>Aktualisieren von Agent %1</translation>
    </message>
    <message>
        <source>change the status of agent %1</source>
        <translation>Ändern des Status von Agent %1</translation>
    </message>
    <message>
        <source>Agent %1 was changed by someone else meanwhile. Reload it and try again.</source>
        <translation>Agent %1 wurde inzwischen von jemand anderem geändert. Laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The principal %1 could not be saved for agent %2: %3</source>
        <translation>Der Principal %1 konnte für Agent %2 nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>save the tags of agent %1</source>
        <translation>Speichern der Tags von Agent %1</translation>
    </message>
    <message>
        <source>record the status change</source>
        <translation>Festhalten der Statusänderung</translation>
    </message>
    <message>
        <source>look up the principal</source>
        <translation>Nachschlagen des Principals</translation>
    </message>
    <message>
        <source>No agent is known by %1.</source>
        <translation>Kein Agent ist unter %1 bekannt.</translation>
    </message>
    <message>
        <source>read the agent</source>
        <translation>Lesen des Agenten</translation>
    </message>
    <message>
        <source>There is no agent %1.</source>
        <translation>Es gibt keinen Agenten %1.</translation>
    </message>
    <message>
        <source>count the agents</source>
        <translation>Zählen der Agenten</translation>
    </message>
    <message>
        <source>list the agents</source>
        <translation>Auflisten der Agenten</translation>
    </message>
    <message>
        <source>read the agents&apos; principals</source>
        <translation>Lesen der Principals der Agenten</translation>
    </message>
    <message>
        <source>read the agents&apos; tags</source>
        <translation>Lesen der Tags der Agenten</translation>
    </message>
    <message>
        <source>read the status history</source>
        <translation>Lesen des Statusverlaufs</translation>
    </message>
    <message>
        <source>index agent %1 for search</source>
        <translation>Indizieren von Agent %1 für die Suche</translation>
    </message>
    <message>
        <source>note when an agent was last seen</source>
        <translation>festhalten, wann ein Agent zuletzt gesehen wurde</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Eigentümer</translation>
    </message>
    <message>
        <source>Nobody is accountable for this agent yet.</source>
        <translation>Noch ist niemand für diesen Agenten verantwortlich.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>AgentTypes</name>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>Shadow</source>
        <translation>Schatten</translation>
    </message>
    <message>
        <source>AWS IAM role</source>
        <translation>AWS-IAM-Rolle</translation>
    </message>
    <message>
        <source>Kubernetes service account</source>
        <translation>Kubernetes-Dienstkonto</translation>
    </message>
    <message>
        <source>OpenTelemetry agent ID</source>
        <translation>OpenTelemetry-Agenten-ID</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>All risk tiers</source>
        <translation>Alle Risikostufen</translation>
    </message>
    <message>
        <source>Search names, purpose, principals, tags, owners (Ctrl+F)</source>
        <translation>Namen, Zweck, Principals, Tags, Eigentümer durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search agents</source>
        <translation>Agenten durchsuchen</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Nach Eigentümer filtern</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Filter by environment</source>
        <translation>Nach Umgebung filtern</translation>
    </message>
    <message>
        <source>Filter by risk tier</source>
        <translation>Nach Risikostufe filtern</translation>
    </message>
    <message>
        <source>&amp;New agent…</source>
        <translation>&amp;Neuer Agent…</translation>
    </message>
    <message>
        <source>Register an agent (Ctrl+N)</source>
        <translation>Einen Agenten registrieren (Strg+N)</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Eigentümer</translation>
    </message>
    <message>
        <source>No owner (shadow)</source>
        <translation>Kein Eigentümer (Schatten)</translation>
    </message>
    <message>
        <source>%1 of %2 agents match</source>
        <translation>%1 von %2 Agenten passen</translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation>Agenten: %1</translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation>%1 registriert.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Identit&amp;y</source>
        <translation>Identi&amp;tät</translation>
    </message>
</context>
<context>
    <name>ApprovalPolicy</name>
    <message>
        <source>%1 is a viewer; only approvers and admins decide requests.</source>
        <translation>%1 hat die Rolle viewer; nur approver und admin entscheiden über Anträge.</translation>
    </message>
    <message>
        <source>%1 filed this request; the requester never approves their own request.</source>
        <translation>%1 hat diesen Antrag gestellt; wer beantragt, genehmigt nie den eigenen Antrag.</translation>
    </message>
    <message>
        <source>%1 filed this request; withdraw it instead of denying it.</source>
        <translation>%1 hat diesen Antrag gestellt; ziehen Sie ihn zurück, statt ihn abzulehnen.</translation>
    </message>
    <message>
        <source>%1 already decided this request; one person counts once.</source>
        <translation>%1 hat über diesen Antrag bereits entschieden; jede Person zählt einmal.</translation>
    </message>
    <message>
        <source>an approval from someone other than the agent&apos;s owner</source>
        <translation>eine Genehmigung von jemand anderem als dem Verantwortlichen des Agenten</translation>
    </message>
    <message>
        <source>an admin&apos;s approval, which records the standing-grant exception</source>
        <translation>die Genehmigung eines Administrators, die die Ausnahme für die dauerhafte Berechtigung festhält</translation>
    </message>
    <message>
        <source>A request needs a duration, such as 8h or 7d.</source>
        <translation>Ein Antrag braucht eine Dauer, etwa 8h oder 7d.</translation>
    </message>
    <message>
        <source>Even a standing grant lasts at most %1 days.</source>
        <translation>Auch eine dauerhafte Berechtigung gilt höchstens %1 Tage.</translation>
    </message>
    <message>
        <source>1 more approval from a different approver</source>
        <translation>eine weitere Genehmigung von einer anderen Person</translation>
    </message>
    <message>
        <source>%1 more approvals from different approvers</source>
        <translation>%1 weitere Genehmigungen von verschiedenen Personen</translation>
    </message>
    <message>
        <source>A grant with sensitive statements lasts at most %1; ask for a standing grant if it must last longer, which needs an admin&apos;s approval.</source>
        <translation>Eine Berechtigung mit sensiblen Anweisungen gilt höchstens %1; beantragen Sie eine dauerhafte Berechtigung, wenn sie länger gelten muss; diese braucht die Genehmigung eines Administrators.</translation>
    </message>
    <message>
        <source>A grant lasts at most %1; ask for a standing grant if it must last longer, which needs an admin&apos;s approval.</source>
        <translation>Eine Berechtigung gilt höchstens %1; beantragen Sie eine dauerhafte Berechtigung, wenn sie länger gelten muss; diese braucht die Genehmigung eines Administrators.</translation>
    </message>
</context>
<context>
    <name>AttributeMatch</name>
    <message>
        <source>An attribute filter is key=value or key~text, such as user_agent~sqlmap.</source>
        <translation>Ein Attributfilter ist schlüssel=wert oder schlüssel~text, etwa user_agent~sqlmap.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attribute name: lower-case letters, digits and underscores.</source>
        <translation>„%1“ ist kein Attributname: Kleinbuchstaben, Ziffern und Unterstriche.</translation>
    </message>
    <message>
        <source>The value of the attribute filter on %1 is empty or longer than %2 characters.</source>
        <translation>Der Wert des Attributfilters auf %1 ist leer oder länger als %2 Zeichen.</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>%1 is not a Steward audit anchor: %2</source>
        <translation>%1 ist kein Steward-Audit-Anker: %2</translation>
    </message>
    <message>
        <source>it is over %1 bytes.</source>
        <translation>sie ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>sie ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>&quot;steward_audit_anchor&quot; is not 1.</source>
        <translation>„steward_audit_anchor“ ist nicht 1.</translation>
    </message>
    <message>
        <source>&quot;workspace_id&quot; is missing or too long.</source>
        <translation>„workspace_id“ fehlt oder ist zu lang.</translation>
    </message>
    <message>
        <source>&quot;workspace_path&quot; or &quot;trust_domain&quot; is missing or too long.</source>
        <translation>„workspace_path“ oder „trust_domain“ fehlt oder ist zu lang.</translation>
    </message>
    <message>
        <source>&quot;key_id&quot; is not a key id.</source>
        <translation>„key_id“ ist keine Schlüssel-ID.</translation>
    </message>
    <message>
        <source>&quot;sequence&quot; is not a positive whole number.</source>
        <translation>„sequence“ ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>&quot;entry_hash&quot; is not 64 lowercase hex digits.</source>
        <translation>„entry_hash“ besteht nicht aus 64 kleingeschriebenen Hex-Ziffern.</translation>
    </message>
    <message>
        <source>&quot;at&quot; is not an ISO 8601 time.</source>
        <translation>„at“ ist keine Zeitangabe nach ISO 8601.</translation>
    </message>
    <message>
        <source>&quot;signature&quot; is not base64.</source>
        <translation>„signature“ ist nicht base64.</translation>
    </message>
    <message>
        <source>Cannot read the audit anchor %1: %2</source>
        <translation>Der Audit-Anker %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditAnchorStore</name>
    <message>
        <source>The audit anchor %1 was signed by workspace key %2, not %3; it is kept.</source>
        <translation>Der Audit-Anker %1 wurde mit dem Workspace-Schlüssel %2 signiert, nicht mit %3; er bleibt erhalten.</translation>
    </message>
    <message>
        <source>Cannot create the audit anchor folder %1.</source>
        <translation>Der Ordner für Audit-Anker %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the audit anchor %1: %2</source>
        <translation>Der Audit-Anker %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The workspace&apos;s id is empty or longer than 64 characters; it cannot be anchored.</source>
        <translation>Die ID des Workspace ist leer oder länger als 64 Zeichen; er kann nicht verankert werden.</translation>
    </message>
    <message>
        <source>The audit anchor %1 is not a plain file; it is left as it is.</source>
        <translation>Der Audit-Anker %1 ist keine gewöhnliche Datei; er bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>intact: %1 entries, %2 signed by their operator, checkpointed through entry %3.</source>
        <translation>unversehrt: %1 Einträge, %2 von ihrem Bediener signiert, mit Prüfpunkt bis Eintrag %3.</translation>
    </message>
    <message>
        <source>The last %1 entries are not yet under a signed checkpoint; the next session with the workspace passphrase signs one.</source>
        <translation>Die letzten %1 Einträge stehen noch unter keinem signierten Prüfpunkt; die nächste Sitzung mit der Passphrase des Arbeitsbereichs signiert einen.</translation>
    </message>
    <message>
        <source>Workspace audit key: %1</source>
        <translation>Audit-Schlüssel des Arbeitsbereichs: %1</translation>
    </message>
    <message>
        <source>%1 at entry %2: %3</source>
        <translation>%1 bei Eintrag %2: %3</translation>
    </message>
    <message>
        <source>steward-cli audit list: the audit entries, oldest first.</source>
        <translation>steward-cli audit list: die Audit-Einträge, älteste zuerst.</translation>
    </message>
    <message>
        <source>Only this operator&apos;s entries.</source>
        <translation>Nur die Einträge dieses Bedieners.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Only entries about this object, as TYPE or TYPE:ID.</source>
        <translation>Nur Einträge zu diesem Objekt, als TYP oder TYP:ID.</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Only this action, such as agent.status_changed.</source>
        <translation>Nur diese Aktion, etwa agent.status_changed.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Only entries after this sequence number.</source>
        <translation>Nur Einträge nach dieser laufenden Nummer.</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>At most this many (default 200).</source>
        <translation>Höchstens so viele (Standard 200).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>audit list takes only options; --limit is a positive number.</source>
        <translation>audit list erwartet nur Optionen; --limit ist eine positive Zahl.</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <source>steward-cli audit export DIR: the trail as JSON lines with the public keys and a VERIFY.md that checks it with the openssl command and a shell alone.</source>
        <translation>steward-cli audit export ORDNER: das Protokoll als JSON-Zeilen mit den öffentlichen Schlüsseln und einer VERIFY.md, die es allein mit dem Befehl openssl und einer Shell prüft.</translation>
    </message>
    <message>
        <source>A new or empty folder.</source>
        <translation>Ein neuer oder leerer Ordner.</translation>
    </message>
    <message>
        <source>audit export takes exactly one folder.</source>
        <translation>audit export erwartet genau einen Ordner.</translation>
    </message>
    <message>
        <source>Wrote %1 audit entries to %2; see VERIFY.md there.</source>
        <translation>%1 Audit-Einträge nach %2 geschrieben; siehe VERIFY.md dort.</translation>
    </message>
    <message>
        <source>audit needs a command: verify, list, export or anchor.</source>
        <translation>audit braucht einen Befehl: verify, list, export oder anchor.</translation>
    </message>
    <message>
        <source>steward-cli audit anchor: print where the trail stands, signed by the workspace key, to keep outside the workspace. &quot;audit verify --anchor FILE&quot; later shows whether the entries it covers are all still there, unchanged.</source>
        <translation>steward-cli audit anchor: gibt aus, wo der Audit-Trail steht, signiert mit dem Workspace-Schlüssel, zur Aufbewahrung außerhalb des Workspace. „audit verify --anchor DATEI“ zeigt später, ob die Einträge, die er abdeckt, noch alle unverändert vorhanden sind.</translation>
    </message>
    <message>
        <source>Write the anchor to this file instead.</source>
        <translation>Den Anker stattdessen in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>audit anchor takes only options.</source>
        <translation>audit anchor nimmt nur Optionen.</translation>
    </message>
    <message>
        <source>The trail has no signed checkpoint yet. Create the certificate authority (&quot;ca init&quot;), or open the workspace with its passphrase, so that the workspace key signs one.</source>
        <translation>Der Audit-Trail hat noch keinen signierten Checkpoint. Legen Sie die Zertifizierungsstelle an („ca init“) oder öffnen Sie den Workspace mit seiner Passphrase, damit der Workspace-Schlüssel einen signiert.</translation>
    </message>
    <message>
        <source>Cannot write the anchor to %1: %2</source>
        <translation>Der Anker kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Anchored entry %1 in %2; keep it where this workspace&apos;s writers cannot change it.</source>
        <translation>Eintrag %1 in %2 verankert; bewahren Sie die Datei dort auf, wo niemand, der diesen Workspace schreiben kann, sie ändern kann.</translation>
    </message>
    <message>
        <source>steward-cli audit verify: walk the whole chain; name the first entry that was altered, deleted, inserted or reordered, and check it against the anchors kept outside it (this machine&apos;s, and each --anchor). Exit code 0 intact, 3 tampered.</source>
        <translation>steward-cli audit verify: prüft die ganze Kette, nennt den ersten geänderten, gelöschten, eingefügten oder umsortierten Eintrag und vergleicht sie mit den außerhalb aufbewahrten Ankern (denen dieses Rechners und jedem --anchor). Exit-Code 0 unversehrt, 3 manipuliert.</translation>
    </message>
    <message>
        <source>An anchor printed by &quot;audit anchor&quot; earlier; may be repeated.</source>
        <translation>Ein zuvor mit „audit anchor“ ausgegebener Anker; mehrfach möglich.</translation>
    </message>
    <message numerus="yes">
        <source>%n anchor(s) kept outside the workspace confirm it through entry %1.</source>
        <translation>
            <numerusform>%n außerhalb des Workspace aufbewahrter Anker bestätigt ihn bis Eintrag %1.</numerusform>
            <numerusform>%n außerhalb des Workspace aufbewahrte Anker bestätigen ihn bis Eintrag %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trail does not verify (%1 at entry %2: %3); no anchor is taken from it.</source>
        <translation>Der Audit-Trail besteht die Prüfung nicht (%1 bei Eintrag %2: %3); von ihm wird kein Anker genommen.</translation>
    </message>
    <message>
        <source>This machine kept no anchor of this workspace until now; one was taken at entry %1, trusting the file as it is. Anchors kept elsewhere (--anchor) check what came before.</source>
        <translation>Dieser Rechner hatte bisher keinen Anker dieses Workspace; bei Eintrag %1 wurde einer gesetzt, im Vertrauen auf die Datei, wie sie ist. Anderswo aufbewahrte Anker (--anchor) prüfen, was davor lag.</translation>
    </message>
    <message>
        <source>No anchor of this workspace is kept outside it, so a trail cut short with its checkpoints would not show. Check that %1 can be written, or keep one with &quot;audit anchor --out FILE&quot;.</source>
        <translation>Außerhalb dieses Workspace wird kein Anker aufbewahrt, daher fiele ein samt Checkpoints gekürzter Audit-Trail nicht auf. Prüfen Sie, ob %1 beschreibbar ist, oder bewahren Sie einen mit „audit anchor --out DATEI“ auf.</translation>
    </message>
</context>
<context>
    <name>AuditExporter</name>
    <message>
        <source>%1 is not empty; export into a new folder.</source>
        <translation>%1 ist nicht leer; exportieren Sie in einen neuen Ordner.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>read the audit checkpoints</source>
        <translation>die Audit-Prüfpunkte lesen</translation>
    </message>
    <message>
        <source>read the audit keys</source>
        <translation>die Audit-Schlüssel lesen</translation>
    </message>
    <message>
        <source>%1, so the trail was not exported: the workspace was altered outside Steward. Run &quot;steward-cli audit verify&quot;.</source>
        <translation>%1, daher wurde das Protokoll nicht exportiert: Der Arbeitsbereich wurde außerhalb von Steward verändert. Führen Sie „steward-cli audit verify“ aus.</translation>
    </message>
    <message>
        <source>Entry %1 names a signing key or a signature that is not well formed</source>
        <translation>Eintrag %1 nennt einen Signaturschlüssel oder eine Signatur, die nicht wohlgeformt ist</translation>
    </message>
    <message>
        <source>The checkpoint at entry %1 names a key or a signature that is not well formed</source>
        <translation>Der Prüfpunkt bei Eintrag %1 nennt einen Schlüssel oder eine Signatur, die nicht wohlgeformt ist</translation>
    </message>
    <message>
        <source>A stored audit key&apos;s id is not a key thumbprint</source>
        <translation>Die ID eines gespeicherten Protokollschlüssels ist kein Schlüssel-Fingerabdruck</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Object, as type or type:id</source>
        <translation>Objekt, als Typ oder Typ:ID</translation>
    </message>
    <message>
        <source>Action, such as request.approval</source>
        <translation>Aktion, etwa request.approval</translation>
    </message>
    <message>
        <source>Not verified in this session.</source>
        <translation>In dieser Sitzung nicht geprüft.</translation>
    </message>
    <message>
        <source>Select an entry to see what was signed.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was signiert wurde.</translation>
    </message>
    <message>
        <source>Entry %1, hashed and signed as:
%2

Entry hash: %3
Previous hash: %4
Signed by: %5

Details (SHA-256 %6):
%7</source>
        <translation>Eintrag %1, gehasht und signiert als:
%2

Hashwert des Eintrags: %3
Vorheriger Hashwert: %4
Signiert von: %5

Details (SHA-256 %6):
%7</translation>
    </message>
    <message>
        <source>nobody: the operator&apos;s key was locked</source>
        <translation>niemandem: der Schlüssel des Bedieners war gesperrt</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (Schlüssel %2)</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Intact: %1 entries, %2 signed by their operator, checkpointed through entry %3.</source>
        <translation>Unversehrt: %1 Einträge, %2 von ihrem Bediener signiert, mit Prüfpunkt bis Eintrag %3.</translation>
    </message>
    <message>
        <source>%1 at entry %2: %3</source>
        <translation>%1 bei Eintrag %2: %3</translation>
    </message>
    <message>
        <source>The anchors kept outside the file confirm it through entry %1.</source>
        <translation>Die außerhalb der Datei aufbewahrten Anker bestätigen ihn bis Eintrag %1.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The audit details of %1 are larger than %2 KB.</source>
        <translation>Die Audit-Details von %1 sind größer als %2 KB.</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>das Audit-Protokoll lesen</translation>
    </message>
    <message>
        <source>append to the audit trail</source>
        <translation>an das Audit-Protokoll anhängen</translation>
    </message>
    <message>
        <source>record the audit key</source>
        <translation>den Audit-Schlüssel speichern</translation>
    </message>
    <message>
        <source>The workspace has no audit key yet.</source>
        <translation>Der Arbeitsbereich hat noch keinen Audit-Schlüssel.</translation>
    </message>
    <message>
        <source>The workspace audit key is locked; the checkpoint waits for a session that has the passphrase.</source>
        <translation>Der Audit-Schlüssel des Arbeitsbereichs ist gesperrt; der Prüfpunkt wartet auf eine Sitzung mit der Passphrase.</translation>
    </message>
    <message>
        <source>record the audit checkpoint</source>
        <translation>den Audit-Prüfpunkt speichern</translation>
    </message>
    <message>
        <source>There is no audit entry %1.</source>
        <translation>Es gibt keinen Audit-Eintrag %1.</translation>
    </message>
    <message>
        <source>read the audit keys</source>
        <translation>die Audit-Schlüssel lesen</translation>
    </message>
    <message>
        <source>read the audit checkpoints</source>
        <translation>die Audit-Prüfpunkte lesen</translation>
    </message>
    <message>
        <source>Entry %1 is missing: entries %1 to %2 were deleted.</source>
        <translation>Eintrag %1 fehlt: die Einträge %1 bis %2 wurden gelöscht.</translation>
    </message>
    <message>
        <source>Entry %1 was altered: its details no longer match their digest.</source>
        <translation>Eintrag %1 wurde verändert: seine Details passen nicht mehr zu ihrem Hashwert.</translation>
    </message>
    <message>
        <source>Entry %1 was inserted: the entries after it were renumbered to make room.</source>
        <translation>Eintrag %1 wurde eingefügt: die folgenden Einträge wurden umnummeriert, um Platz zu schaffen.</translation>
    </message>
    <message>
        <source>Entry %1 was moved: it belongs after entry %2.</source>
        <translation>Eintrag %1 wurde verschoben: er gehört hinter Eintrag %2.</translation>
    </message>
    <message>
        <source>An entry before %1 was deleted and the rest renumbered.</source>
        <translation>Ein Eintrag vor %1 wurde gelöscht und der Rest umnummeriert.</translation>
    </message>
    <message>
        <source>Entry %1 was altered: it no longer matches its hash.</source>
        <translation>Eintrag %1 wurde verändert: er passt nicht mehr zu seinem Hashwert.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: something was inserted or rewritten between them.</source>
        <translation>Eintrag %1 folgt nicht auf Eintrag %2: dazwischen wurde etwas eingefügt oder neu geschrieben.</translation>
    </message>
    <message>
        <source>Entry %1 does not carry a valid signature of %2.</source>
        <translation>Eintrag %1 trägt keine gültige Signatur von %2.</translation>
    </message>
    <message>
        <source>The workspace&apos;s signed checkpoint at entry %1 does not match the trail.</source>
        <translation>Der signierte Prüfpunkt des Arbeitsbereichs bei Eintrag %1 passt nicht zum Protokoll.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 were deleted: a signed checkpoint covers them.</source>
        <translation>Die Einträge %1 bis %2 wurden gelöscht: ein signierter Prüfpunkt deckt sie ab.</translation>
    </message>
    <message>
        <source>%1 holds no key %2.</source>
        <translation>%1 besitzt keinen Schlüssel %2.</translation>
    </message>
    <message>
        <source>If this workspace was restored from an older copy or replaced on purpose, remove the anchor %1 to accept it.</source>
        <translation>Wenn dieser Workspace absichtlich aus einer älteren Kopie wiederhergestellt oder ersetzt wurde, entfernen Sie den Anker %1, um ihn anzunehmen.</translation>
    </message>
    <message>
        <source>The anchor %1 is of workspace %2, not %3. %4</source>
        <translation>Der Anker %1 gehört zum Workspace %2, nicht zu %3. %4</translation>
    </message>
    <message>
        <source>The workspace no longer holds key %1, which signed the anchor taken on %2 at entry %3: its keys were replaced. %4</source>
        <translation>Der Workspace enthält den Schlüssel %1 nicht mehr, der den am %2 bei Eintrag %3 gesetzten Anker signiert hat: seine Schlüssel wurden ersetzt. %4</translation>
    </message>
    <message>
        <source>The anchor %1 does not carry the workspace key&apos;s signature; it was altered.</source>
        <translation>Der Anker %1 trägt keine gültige Signatur des Workspace-Schlüssels; er wurde verändert.</translation>
    </message>
    <message>
        <source>The trail ends at entry %1, but on %2 it reached entry %3 (anchor %4): entries %5 to %3 and their checkpoints were deleted. %6</source>
        <translation>Der Audit-Trail endet bei Eintrag %1, reichte am %2 aber bis Eintrag %3 (Anker %4): Die Einträge %5 bis %3 und ihre Checkpoints wurden gelöscht. %6</translation>
    </message>
    <message>
        <source>Entry %1 is not the entry anchored on %2 (anchor %3): the trail was rewritten from there on. %4</source>
        <translation>Eintrag %1 ist nicht der am %2 verankerte Eintrag (Anker %3): Der Audit-Trail wurde ab dort neu geschrieben. %4</translation>
    </message>
    <message>
        <source>The trail no longer runs from anchored entry %1 to entry %2 unbroken; the anchor stays at entry %1. Run &quot;audit verify&quot;.</source>
        <translation>Der Audit-Trail läuft nicht mehr ununterbrochen vom verankerten Eintrag %1 bis Eintrag %2; der Anker bleibt bei Eintrag %1. Führen Sie „audit verify“ aus.</translation>
    </message>
    <message>
        <source>The workspace&apos;s id (%1) is not the one its first entry records (%2): it was edited in the file.</source>
        <translation>Die ID des Workspace (%1) ist nicht die, die sein erster Eintrag festhält (%2): Sie wurde in der Datei geändert.</translation>
    </message>
    <message>
        <source>Entry %1 brings a second key for %2; Steward makes one, so a key was swapped in behind its back.</source>
        <translation>Eintrag %1 bringt einen zweiten Schlüssel für %2; Steward erzeugt nur einen, also wurde ein Schlüssel an ihm vorbei ausgetauscht.</translation>
    </message>
    <message>
        <source>The workspace key the file names (%1) is not the one entry %2 created (%3): it was swapped.</source>
        <translation>Der Workspace-Schlüssel, den die Datei nennt (%1), ist nicht der, den Eintrag %2 erzeugt hat (%3): Er wurde ausgetauscht.</translation>
    </message>
    <message>
        <source>The checkpoint at entry %1, past the trail&apos;s end, was not signed by the workspace key: it was slipped in.</source>
        <translation>Der Checkpoint bei Eintrag %1 hinter dem Ende des Audit-Trails wurde nicht mit dem Workspace-Schlüssel signiert: Er wurde untergeschoben.</translation>
    </message>
    <message>
        <source>No checkpoint is signed over a trail that fails (%1 at entry %2: %3). Run &quot;audit verify&quot;.</source>
        <translation>Über einen Audit-Trail, der die Prüfung nicht besteht, wird kein Checkpoint signiert (%1 bei Eintrag %2: %3). Führen Sie „audit verify“ aus.</translation>
    </message>
    <message>
        <source>read the operators</source>
        <translation>die Operatoren lesen</translation>
    </message>
    <message>
        <source>The trail enrolls key %1 for %2, but the workspace&apos;s operators do not hold it: the enrolment was forged.</source>
        <translation>Der Audit-Trail registriert den Schlüssel %1 für %2, aber die Operatoren des Workspace haben ihn nicht: Die Registrierung wurde gefälscht.</translation>
    </message>
</context>
<context>
    <name>CaCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>ca needs a command: init, show or rotate.</source>
        <translation>ca braucht einen Befehl: init, show oder rotate.</translation>
    </message>
    <message>
        <source>steward-cli ca init: create the workspace&apos;s root and issuing CA.</source>
        <translation>steward-cli ca init: die Wurzel- und die ausstellende CA des Arbeitsbereichs anlegen.</translation>
    </message>
    <message>
        <source>steward-cli ca show: the CA certificates; --pem prints the chain.</source>
        <translation>steward-cli ca show: die CA-Zertifikate; --pem gibt die Kette aus.</translation>
    </message>
    <message>
        <source>steward-cli ca rotate: a new issuing intermediate under the same root.</source>
        <translation>steward-cli ca rotate: eine neue ausstellende Zwischen-CA unter derselben Wurzel.</translation>
    </message>
    <message>
        <source>Print the root and intermediate certificates as PEM.</source>
        <translation>Wurzel- und Zwischenzertifikat als PEM ausgeben.</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Wurzel</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Zwischen-CA</translation>
    </message>
    <message>
        <source>%1: %2
  serial %3
  valid %4 to %5
  SHA-256 %6</source>
        <translation>%1: %2
  Seriennummer %3
  gültig %4 bis %5
  SHA-256 %6</translation>
    </message>
    <message>
        <source>steward-cli svid issue: an X.509-SVID for an active agent from its own CSR.</source>
        <translation>steward-cli svid issue: eine X.509-SVID für einen aktiven Agenten aus seinem eigenen CSR.</translation>
    </message>
    <message>
        <source>The agent: name, SPIFFE ID or principal.</source>
        <translation>Der Agent: Name, SPIFFE-ID oder Principal.</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>The agent&apos;s certificate signing request (PEM or DER).</source>
        <translation>Die Zertifikatsanforderung des Agenten (PEM oder DER).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Lifetime, such as 1h (default) or 30m; at most 24h.</source>
        <translation>Lebensdauer, etwa 1h (Standard) oder 30m; höchstens 24h.</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Also allow TLS server authentication.</source>
        <translation>Auch TLS-Server-Authentisierung erlauben.</translation>
    </message>
    <message>
        <source>Write the certificate to this file instead of standard output.</source>
        <translation>Das Zertifikat in diese Datei schreiben statt in die Standardausgabe.</translation>
    </message>
    <message>
        <source>steward-cli svid revoke SERIAL: put the SVID on the next CRL.</source>
        <translation>steward-cli svid revoke SERIENNUMMER: die SVID auf die nächste Sperrliste setzen.</translation>
    </message>
    <message>
        <source>The certificate&apos;s serial number in hex.</source>
        <translation>Die Seriennummer des Zertifikats in Hex.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>svid revoke takes exactly one serial number.</source>
        <translation>svid revoke erwartet genau eine Seriennummer.</translation>
    </message>
    <message>
        <source>Revoked SVID %1; export a new CRL to publish it.</source>
        <translation>SVID %1 widerrufen; exportieren Sie eine neue Sperrliste, um das zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Cannot read the signing request %1.</source>
        <translation>Die Zertifikatsanforderung %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>crl needs a command: export.</source>
        <translation>crl braucht einen Befehl: export.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>In diese Datei schreiben statt in die Standardausgabe.</translation>
    </message>
    <message>
        <source>No CSR: generate the agent&apos;s key and write it once, with the SVID and chain, as an encrypted PKCS#12 to --out (its passphrase from STEWARD_BUNDLE_PASSPHRASE or a prompt).</source>
        <translation>Ohne CSR: den Schlüssel des Agenten erzeugen und ihn einmalig mit SVID und Kette als verschlüsseltes PKCS#12 nach --out schreiben (die Passphrase aus STEWARD_BUNDLE_PASSPHRASE oder einer Abfrage).</translation>
    </message>
    <message>
        <source>svid issue needs --agent and either --csr FILE or --generate-key with --out FILE; --ttl must be a duration such as 1h.</source>
        <translation>svid issue braucht --agent und entweder --csr DATEI oder --generate-key mit --out DATEI; --ttl muss eine Dauer wie 1h sein.</translation>
    </message>
    <message>
        <source>%1 exists; a key bundle is never written over a file.</source>
        <translation>%1 existiert; ein Schlüsselbündel überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <source>%1 exists or cannot be created; a key bundle is never written over a file.</source>
        <translation>%1 existiert oder kann nicht angelegt werden; ein Schlüsselbündel überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <source>Wrote the agent&apos;s key, SVID and chain to %1; Steward keeps no copy of the key.</source>
        <translation>Schlüssel, SVID und Kette des Agenten nach %1 geschrieben; Steward behält keine Kopie des Schlüssels.</translation>
    </message>
    <message>
        <source>steward-cli svid renew SERIAL: a fresh SVID for the same agent and key, from the current intermediate. The old one stays valid until it expires.</source>
        <translation>steward-cli svid renew SERIENNUMMER: eine neue SVID für denselben Agenten und Schlüssel, von der aktuellen Zwischen-CA. Die alte bleibt gültig, bis sie abläuft.</translation>
    </message>
    <message>
        <source>svid needs a command: issue, renew or revoke.</source>
        <translation>svid braucht einen Befehl: issue, renew oder revoke.</translation>
    </message>
    <message>
        <source>svid renew takes exactly one serial number; --ttl must be a duration such as 1h.</source>
        <translation>svid renew erwartet genau eine Seriennummer; --ttl muss eine Dauer wie 1h sein.</translation>
    </message>
    <message>
        <source>steward-cli crl export: a fresh CRL signed by the issuing CA (PEM, or DER with --der). After a rotation, PEM holds a second CRL, of the intermediate it replaced.</source>
        <translation>steward-cli crl export: eine frische Sperrliste, signiert von der ausstellenden CA (PEM, oder DER mit --der). Nach einer Rotation enthält PEM eine zweite Sperrliste, die der abgelösten Zwischen-CA.</translation>
    </message>
    <message>
        <source>Write DER instead of PEM: the current intermediate&apos;s CRL only.</source>
        <translation>DER statt PEM schreiben: nur die Sperrliste der aktuellen Zwischen-CA.</translation>
    </message>
    <message>
        <source>Why (required): the audit trail keeps it.</source>
        <translation>Warum (Pflicht): Der Audit-Trail bewahrt es auf.</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>The text is not a PEM certificate.</source>
        <translation>Der Text ist kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate carries no public key.</source>
        <translation>Das Zertifikat enthält keinen öffentlichen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>CertificateAuthority</name>
    <message>
        <source>Steward root CA</source>
        <translation>Steward root CA</translation>
    </message>
    <message>
        <source>Could not create the root certificate</source>
        <translation>Das Wurzelzertifikat konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Steward issuing CA</source>
        <translation>Steward issuing CA</translation>
    </message>
    <message>
        <source>Could not create the intermediate certificate</source>
        <translation>Das Zwischenzertifikat konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>The signing request does not name %1 in its subjectAltName (it names: %2).</source>
        <translation>Die Zertifikatsanforderung nennt %1 nicht in ihrem subjectAltName (sie nennt: %2).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>An SVID carries exactly one SAN, the agent&apos;s SPIFFE ID; the signing request also asks for: %1.</source>
        <translation>Eine SVID trägt genau einen SAN, die SPIFFE-ID des Agenten; die Anforderung verlangt zusätzlich: %1.</translation>
    </message>
    <message>
        <source>The signing request&apos;s key is not accepted: %1 Use an Ed25519 or ECDSA P-256 key.</source>
        <translation>Der Schlüssel der Anforderung wird nicht akzeptiert: %1 Verwenden Sie einen Ed25519- oder ECDSA-P-256-Schlüssel.</translation>
    </message>
    <message>
        <source>An SVID may live 1 minute to 24 hours; %1 seconds was asked for.</source>
        <translation>Eine SVID darf 1 Minute bis 24 Stunden gelten; verlangt wurden %1 Sekunden.</translation>
    </message>
    <message>
        <source>Could not issue the SVID</source>
        <translation>Die SVID konnte nicht ausgestellt werden</translation>
    </message>
    <message>
        <source>Could not build the CRL</source>
        <translation>Die Sperrliste konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Could not add a revoked certificate to the CRL</source>
        <translation>Ein widerrufenes Zertifikat konnte nicht in die Sperrliste aufgenommen werden</translation>
    </message>
    <message>
        <source>Could not sign the CRL</source>
        <translation>Die Sperrliste konnte nicht signiert werden</translation>
    </message>
    <message>
        <source>Could not encode the CRL</source>
        <translation>Die Sperrliste konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>Could not build the PKCS#12 bundle</source>
        <translation>Das PKCS#12-Bündel konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Could not encode the PKCS#12 bundle</source>
        <translation>Das PKCS#12-Bündel konnte nicht kodiert werden</translation>
    </message>
</context>
<context>
    <name>CertificateRequest</name>
    <message>
        <source>The signing request is over %1 bytes.</source>
        <translation>Die Zertifikatsanforderung ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The file is not a certificate signing request (PKCS#10, PEM or DER).</source>
        <translation>Die Datei ist keine Zertifikatsanforderung (PKCS#10, PEM oder DER).</translation>
    </message>
    <message>
        <source>The signing request&apos;s signature does not verify under its own key.</source>
        <translation>Die Signatur der Anforderung lässt sich mit ihrem eigenen Schlüssel nicht prüfen.</translation>
    </message>
    <message>
        <source>The signing request carries no public key.</source>
        <translation>Die Zertifikatsanforderung enthält keinen öffentlichen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>steward-cli: %1</source>
        <translation>steward-cli: %1</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The workspace passphrase is needed: set STEWARD_PASSPHRASE or run the command in a terminal.</source>
        <translation>Die Passphrase des Arbeitsbereichs wird gebraucht: Setzen Sie STEWARD_PASSPHRASE oder führen Sie den Befehl in einem Terminal aus.</translation>
    </message>
    <message>
        <source>Workspace passphrase: </source>
        <translation>Passphrase des Arbeitsbereichs: </translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>Es wurde keine Passphrase eingegeben.</translation>
    </message>
    <message>
        <source>Passphrase for the agent&apos;s PKCS#12 bundle: </source>
        <translation>Passphrase für das PKCS#12-Bündel des Agenten: </translation>
    </message>
    <message>
        <source>The bundle needs its own passphrase: set STEWARD_BUNDLE_PASSPHRASE or run the command in a terminal.</source>
        <translation>Das Bündel braucht eine eigene Passphrase: Setzen Sie STEWARD_BUNDLE_PASSPHRASE oder führen Sie den Befehl in einem Terminal aus.</translation>
    </message>
    <message>
        <source>The workspace passphrase is needed: set STEWARD_PASSPHRASE, remember it with &quot;steward-cli keychain remember&quot;, or run the command in a terminal.</source>
        <translation>Die Passphrase des Arbeitsbereichs wird gebraucht: setzen Sie STEWARD_PASSPHRASE, hinterlegen Sie sie mit „steward-cli keychain remember“ oder führen Sie den Befehl in einem Terminal aus.</translation>
    </message>
    <message>
        <source>Your signing passphrase: </source>
        <translation>Ihre Signatur-Passphrase: </translation>
    </message>
    <message>
        <source>Your signing passphrase is needed: set STEWARD_OPERATOR_PASSPHRASE or run the command in a terminal.</source>
        <translation>Ihre Signatur-Passphrase wird gebraucht: setzen Sie STEWARD_OPERATOR_PASSPHRASE oder führen Sie den Befehl in einem Terminal aus.</translation>
    </message>
    <message>
        <source>The connector&apos;s token or client secret: </source>
        <translation>Token oder Client-Secret des Connectors: </translation>
    </message>
    <message>
        <source>The connector&apos;s secret is needed: set STEWARD_CONNECTOR_SECRET, give --secret-file, or run the command in a terminal.</source>
        <translation>Das Secret des Connectors wird gebraucht: STEWARD_CONNECTOR_SECRET setzen, --secret-file angeben oder den Befehl in einem Terminal ausführen.</translation>
    </message>
</context>
<context>
    <name>ClientCertificateVerifier</name>
    <message>
        <source>The client certificate is too large.</source>
        <translation>Das Client-Zertifikat ist zu groß.</translation>
    </message>
    <message>
        <source>The client certificate cannot be read.</source>
        <translation>Das Client-Zertifikat kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The client sent no certificate, or a chain of more than %1.</source>
        <translation>Der Client hat kein Zertifikat gesendet oder eine Kette aus mehr als %1.</translation>
    </message>
    <message>
        <source>This workspace has no certificate authority yet, so no client certificate can be trusted.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Zertifizierungsstelle, daher kann keinem Client-Zertifikat vertraut werden.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up the certificate check.</source>
        <translation>OpenSSL konnte die Zertifikatsprüfung nicht einrichten.</translation>
    </message>
    <message>
        <source>The client certificate is not one this workspace issued for clients: %1.</source>
        <translation>Das Client-Zertifikat wurde nicht von diesem Arbeitsbereich für Clients ausgestellt: %1.</translation>
    </message>
    <message>
        <source>The client certificate does not name one SPIFFE ID of %1.</source>
        <translation>Das Client-Zertifikat nennt nicht genau eine SPIFFE-ID von %1.</translation>
    </message>
    <message>
        <source>The client certificate %1 is not on this workspace&apos;s record.</source>
        <translation>Das Client-Zertifikat %1 ist in diesem Arbeitsbereich nicht verzeichnet.</translation>
    </message>
    <message>
        <source>The client certificate %1 was revoked: %2</source>
        <translation>Das Client-Zertifikat %1 wurde widerrufen: %2</translation>
    </message>
    <message>
        <source>The client certificate&apos;s agent %1 is not active.</source>
        <translation>Der Agent %1 des Client-Zertifikats ist nicht aktiv.</translation>
    </message>
    <message>
        <source>The client certificate %1 is not the certificate this workspace issued under that serial.</source>
        <translation>Das Client-Zertifikat %1 ist nicht das Zertifikat, das dieser Arbeitsbereich unter dieser Seriennummer ausgestellt hat.</translation>
    </message>
</context>
<context>
    <name>CloudTrailParser</name>
    <message>
        <source>A CloudTrail Insights event describes unusual volumes of calls, not a call; it is not activity.</source>
        <translation>Ein CloudTrail-Insights-Ereignis beschreibt ungewöhnliche Aufrufmengen, keinen Aufruf; es ist keine Aktivität.</translation>
    </message>
    <message>
        <source>A CloudTrail record needs eventName and eventSource as strings.</source>
        <translation>Ein CloudTrail-Datensatz braucht eventName und eventSource als Zeichenketten.</translation>
    </message>
    <message>
        <source>The CloudTrail record&apos;s eventTime &quot;%1&quot; is not a time.</source>
        <translation>Die eventTime „%1“ des CloudTrail-Datensatzes ist keine Zeitangabe.</translation>
    </message>
    <message>
        <source>&quot;Records&quot; is not an array.</source>
        <translation>„Records“ ist kein Array.</translation>
    </message>
    <message>
        <source>&quot;CloudTrailEvent&quot; is not a JSON object: %1.</source>
        <translation>„CloudTrailEvent“ ist kein JSON-Objekt: %1.</translation>
    </message>
    <message>
        <source>Not CloudTrail: no &quot;Records&quot; array and no event.</source>
        <translation>Kein CloudTrail: weder ein „Records“-Array noch ein Ereignis.</translation>
    </message>
    <message>
        <source>A CloudTrail record is not a JSON object.</source>
        <translation>Ein CloudTrail-Datensatz ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>ein anderer JSON-Wert</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>--workspace needs a file name.</source>
        <translation>--workspace braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>„%1“ ist kein Befehl.</translation>
    </message>
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
  ca init | show [--pem] | rotate
  svid issue --agent A --csr FILE [--ttl 1h] [--out FILE]
  svid renew SERIAL [--ttl 1h] [--out FILE]
  svid revoke SERIAL --reason R
  crl export [--der] [--out FILE]
  jwks export | rotate [--algorithm eddsa|es256]
  token mint --agent A --aud X [--scope S] [--task T] [--ttl 15m]
  token verify FILE|- --aud X [--jwks FILE] [--iss I]
  token revoke JTI --reason R
  credential list [--agent A] [--kind K] [--status S] [--expiring-within D]
  credential record-static --agent A --key-id ID [--fingerprint HEX]
  keychain remember | forget | status
  operator add USER --role R [--email E] | list | enroll
  audit verify [--anchor FILE] | list [filters] | export DIR | anchor [--out FILE]
  request create --agent A --statement S --justification J --duration D [--task T]
  request list [--state S] | show ID | approve ID --reason R | deny ID --reason R | withdraw ID
  request rules [--quorum N] [--sensitive-quorum N] [--request-days D] [--grant-days D] [--sensitive-hours H]
  grant list [--agent A] [--state S] | show ID | revoke ID --reason R | expire
  ingest --format cloudtrail|k8s|otlp|otel-sdk|langfuse|mcp --file PATH | --dir PATH [--connector NAME] [--follow]
  events query | count [--agent A] [--owner E] [--action X] [--outcome O] [--last 24h] [--attr KEY=VALUE] [--saved NAME] ...
  events export --format csv|jsonl|ocsf [filters] [--out FILE]
  events filter list | save NAME [filters] | delete NAME
  events index | attributes
  connector list | show NAME | add NAME --format F [--path P] [--map FIELD=POINTER]... | edit NAME
  connector run NAME [--follow] | enable NAME | disable NAME
  quarantine list [--connector NAME] | show ID | reingest ID|--connector NAME | dismiss ID... --reason TEXT | purge
  serve otlp [--port 4318] [--new-token] [--tls-cert FILE --tls-key FILE]

Every read command takes --json; COMMAND --help lists its options.
The workspace is --workspace FILE, else $STEWARD_WORKSPACE, else %1.

Exit codes: 0 done, 1 usage error, 2 not found, 3 refused, 4 workspace error.
</source>
        <translation>Aufruf: steward-cli [--workspace DATEI] [--lang SPRACHE] BEFEHL [Optionen]

Die Befehlszeile von Steward: das Agenteninventar eines Arbeitsbereichs.

Befehle:
  init --trust-domain D        Einen Arbeitsbereich anlegen.
  summary                      Was der Arbeitsbereich enthält.
  demo [--agents N]            Einen neuen Arbeitsbereich mit Demodaten füllen.
  agent add NAME --owner E --purpose Z [Optionen]
  agent list [--status S] [--owner E] [--env U] [--risk R] [--search T]
  agent show AGENT
  agent edit AGENT [Optionen]
  agent suspend|retire|reactivate|activate AGENT [--reason G]
  owner add --name N --email E --team T
  owner list
  ca init | show [--pem] | rotate
  svid issue --agent A --csr DATEI [--ttl 1h] [--out DATEI]
  svid renew SERIENNUMMER [--ttl 1h] [--out DATEI]
  svid revoke SERIENNUMMER --reason G
  crl export [--der] [--out DATEI]
  jwks export | rotate [--algorithm eddsa|es256]
  token mint --agent A --aud X [--scope S] [--task T] [--ttl 15m]
  token verify DATEI|- --aud X [--jwks DATEI] [--iss I]
  token revoke JTI --reason G
  credential list [--agent A] [--kind K] [--status S] [--expiring-within D]
  credential record-static --agent A --key-id ID [--fingerprint HEX]
  keychain remember | forget | status
  operator add BENUTZER --role R [--email E] | list | enroll
  audit verify [--anchor DATEI] | list [Filter] | export ORDNER | anchor [--out DATEI]
  request create --agent A --statement S --justification B --duration D [--task T]
  request list [--state Z] | show ID | approve ID --reason G | deny ID --reason G | withdraw ID
  request rules [--quorum N] [--sensitive-quorum N] [--request-days T] [--grant-days T] [--sensitive-hours S]
  grant list [--agent A] [--state Z] | show ID | revoke ID --reason G | expire
  ingest --format cloudtrail|k8s|otlp|otel-sdk|langfuse|mcp --file PFAD | --dir PFAD [--connector NAME] [--follow]
  events query | count [--agent A] [--owner E] [--action X] [--outcome O] [--last 24h] [--attr KEY=VALUE] [--saved NAME] ...
  events export --format csv|jsonl|ocsf [Filter] [--out DATEI]
  events filter list | save NAME [Filter] | delete NAME
  events index | attributes
  connector list | show NAME | add NAME --format F [--path P] [--map FELD=POINTER]... | edit NAME
  connector run NAME [--follow] | enable NAME | disable NAME
  quarantine list [--connector NAME] | show ID | reingest ID|--connector NAME | dismiss ID... --reason TEXT | purge
  serve otlp [--port 4318] [--new-token] [--tls-cert DATEI --tls-key DATEI]

Jeder lesende Befehl versteht --json; BEFEHL --help zeigt seine Optionen.
Der Arbeitsbereich ist --workspace DATEI, sonst $STEWARD_WORKSPACE, sonst %1.

Exit-Codes: 0 erledigt, 1 Aufruffehler, 2 nicht gefunden, 3 abgelehnt, 4 Fehler im Arbeitsbereich.
</translation>
    </message>
</context>
<context>
    <name>ConnectorCommand</name>
    <message>
        <source>--map takes FIELD=POINTER, such as time=/ts; &quot;%1&quot; is not.</source>
        <translation>--map nimmt FELD=POINTER, etwa time=/ts; &quot;%1&quot; ist das nicht.</translation>
    </message>
    <message>
        <source>--setting takes KEY=VALUE, such as cluster=prod; &quot;%1&quot; is not.</source>
        <translation>--setting nimmt SCHLÜSSEL=WERT, etwa cluster=prod; &quot;%1&quot; ist das nicht.</translation>
    </message>
    <message>
        <source>connector needs a command: list, show NAME, add NAME --format F, edit NAME, secret NAME, run NAME, enable NAME or disable NAME.</source>
        <translation>connector braucht einen Befehl: list, show NAME, add NAME --format F, edit NAME, secret NAME, run NAME, enable NAME oder disable NAME.</translation>
    </message>
    <message>
        <source>steward-cli connector list: every connector with its counts.</source>
        <translation>steward-cli connector list: jeder Connector mit seinen Zählern.</translation>
    </message>
    <message>
        <source>steward-cli connector show NAME: a connector&apos;s settings, cursor and counts.</source>
        <translation>steward-cli connector show NAME: Einstellungen, Cursor und Zähler eines Connectors.</translation>
    </message>
    <message>
        <source>steward-cli connector add NAME --format F [--path P] [--map FIELD=POINTER]... [--setting KEY=VALUE]...</source>
        <translation>steward-cli connector add NAME --format F [--path P] [--map FELD=ZEIGER]... [--setting SCHLÜSSEL=WERT]...</translation>
    </message>
    <message>
        <source>steward-cli connector edit NAME [--path P] [--map FIELD=POINTER]... [--setting KEY=VALUE]...</source>
        <translation>steward-cli connector edit NAME [--path P] [--map FELD=ZEIGER]... [--setting SCHLÜSSEL=WERT]...</translation>
    </message>
    <message>
        <source>What the connector reads: %1.</source>
        <translation>Was der Connector liest: %1.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The file or folder the connector reads.</source>
        <translation>Die Datei oder der Ordner, den der Connector liest.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>For jsonl: the JSON pointer of an event field, such as time=/ts or principal=/actor/id.</source>
        <translation>Für jsonl: der JSON-Pointer eines Ereignisfelds, etwa time=/ts oder principal=/actor/id.</translation>
    </message>
    <message>
        <source>field=pointer</source>
        <translation>feld=pointer</translation>
    </message>
    <message>
        <source>Another setting, such as cluster=prod for k8s or principal_kind=agent-id for jsonl.</source>
        <translation>Eine weitere Einstellung, etwa cluster=prod für k8s oder principal_kind=agent-id für jsonl.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>schlüssel=wert</translation>
    </message>
    <message>
        <source>steward-cli connector secret NAME [--store keychain|workspace] [--secret-file PATH]: an HTTP poller&apos;s token or client secret.</source>
        <translation>steward-cli connector secret NAME [--store keychain|workspace] [--secret-file PFAD]: Token oder Client-Secret eines HTTP-Pollers.</translation>
    </message>
    <message>
        <source>keychain (the default when there is one) or workspace (sealed with the workspace passphrase).</source>
        <translation>keychain (Standard, wenn vorhanden) oder workspace (mit der Passphrase des Arbeitsbereichs versiegelt).</translation>
    </message>
    <message>
        <source>store</source>
        <translation>Ablage</translation>
    </message>
    <message>
        <source>Read the token or client secret from this file (- for standard input) rather than STEWARD_CONNECTOR_SECRET or a prompt.</source>
        <translation>Token oder Client-Secret aus dieser Datei lesen (- für die Standardeingabe) statt aus STEWARD_CONNECTOR_SECRET oder einer Abfrage.</translation>
    </message>
    <message>
        <source>steward-cli connector run NAME [--follow [--interval SECONDS]]: read or poll now.</source>
        <translation>steward-cli connector run NAME [--follow [--interval SEKUNDEN]]: jetzt lesen oder abfragen.</translation>
    </message>
    <message>
        <source>Keep reading as the files grow, until interrupted.</source>
        <translation>Weiterlesen, während die Dateien wachsen, bis zum Abbruch.</translation>
    </message>
    <message>
        <source>With --follow: seconds between looks (default 1).</source>
        <translation>Mit --follow: Sekunden zwischen zwei Blicken (Standard 1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>steward-cli connector %1 NAME</source>
        <translation>steward-cli connector %1 NAME</translation>
    </message>
    <message>
        <source>The connector.</source>
        <translation>Der Connector.</translation>
    </message>
    <message>
        <source>connector list takes no name.</source>
        <translation>connector list nimmt keinen Namen.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>eingeschaltet</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>connector add needs --format.</source>
        <translation>connector add braucht --format.</translation>
    </message>
    <message>
        <source>Added connector %1 (%2).</source>
        <translation>Connector %1 (%2) angelegt.</translation>
    </message>
    <message>
        <source>Changed connector %1 (%2).</source>
        <translation>Connector %1 (%2) geändert.</translation>
    </message>
    <message>
        <source>Connector %1 is disabled; enable it first.</source>
        <translation>Connector %1 ist deaktiviert; aktivieren Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Connector %1 has no path to read; give it one with connector edit %1 --path PATH.</source>
        <translation>Connector %1 hat keinen Pfad zum Lesen; geben Sie ihm einen mit connector edit %1 --path PFAD.</translation>
    </message>
    <message>
        <source>--interval is a number of seconds from 0.05 to 3600.</source>
        <translation>--interval ist eine Zahl von Sekunden zwischen 0,05 und 3600.</translation>
    </message>
    <message>
        <source>--store is keychain or workspace.</source>
        <translation>--store ist keychain oder workspace.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The secret of connector %1 is in the system keychain.</source>
        <translation>Das Secret von Connector %1 liegt in der Systemschlüsselverwaltung.</translation>
    </message>
    <message>
        <source>The secret of connector %1 is sealed in the workspace.</source>
        <translation>Das Secret von Connector %1 ist im Arbeitsbereich versiegelt.</translation>
    </message>
</context>
<context>
    <name>ConnectorDialog</name>
    <message>
        <source>Receive OTLP/HTTP traces while the console is open</source>
        <translation>OTLP/HTTP-Traces empfangen, solange die Konsole offen ist</translation>
    </message>
    <message>
        <source>Connector %1</source>
        <translation>Connector %1</translation>
    </message>
    <message>
        <source>New connector</source>
        <translation>Neuer Connector</translation>
    </message>
    <message>
        <source>AWS CloudTrail (files or an S3 folder layout)</source>
        <translation>AWS CloudTrail (Dateien oder S3-Ordnerstruktur)</translation>
    </message>
    <message>
        <source>Kubernetes audit log</source>
        <translation>Kubernetes-Audit-Log</translation>
    </message>
    <message>
        <source>OpenTelemetry (OTLP/JSON files, or a receiver)</source>
        <translation>OpenTelemetry (OTLP/JSON-Dateien oder ein Empfänger)</translation>
    </message>
    <message>
        <source>OpenTelemetry Python SDK span dumps</source>
        <translation>Span-Dumps des OpenTelemetry-Python-SDK</translation>
    </message>
    <message>
        <source>Langfuse trace exports</source>
        <translation>Langfuse-Trace-Exporte</translation>
    </message>
    <message>
        <source>MCP gateway traffic log</source>
        <translation>Verkehrsprotokoll eines MCP-Gateways</translation>
    </message>
    <message>
        <source>Any JSON lines log, with a field mapping</source>
        <translation>Beliebiges JSON-Lines-Log, mit Feldzuordnung</translation>
    </message>
    <message>
        <source>A file, or a folder read in name order</source>
        <translation>Eine Datei, oder ein Ordner, gelesen in Namensreihenfolge</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Datei…</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <source>&amp;Cluster name:</source>
        <translation>&amp;Clustername:</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>Auf &amp;Adresse hören:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>A JSON pointer for each field the log has, such as /actor/id. Only the time is required.</source>
        <translation>Ein JSON-Pointer für jedes Feld, das das Log hat, etwa /actor/id. Nur die Zeit ist Pflicht.</translation>
    </message>
    <message>
        <source>Not an agent&apos;s identity</source>
        <translation>Keine Identität eines Agenten</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>Agenten-ID</translation>
    </message>
    <message>
        <source>AWS role</source>
        <translation>AWS-Rolle</translation>
    </message>
    <message>
        <source>Kubernetes service account</source>
        <translation>Kubernetes-Servicekonto</translation>
    </message>
    <message>
        <source>Principal &amp;is:</source>
        <translation>Prinzipal &amp;ist:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Reads:</source>
        <translation>&amp;Liest:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Folder to read</source>
        <translation>Zu lesender Ordner</translation>
    </message>
    <message>
        <source>File to read</source>
        <translation>Zu lesende Datei</translation>
    </message>
    <message>
        <source>The settings are valid. A receiver is tested by sending it a trace.</source>
        <translation>Die Einstellungen sind gültig. Einen Empfänger testet man, indem man ihm einen Trace schickt.</translation>
    </message>
    <message>
        <source>The settings are valid; give a file or folder to test them on.</source>
        <translation>Die Einstellungen sind gültig; geben Sie eine Datei oder einen Ordner an, um sie daran zu testen.</translation>
    </message>
    <message>
        <source>From the first records: events %1, answers to calls %2, quarantined %3.</source>
        <translation>Aus den ersten Einträgen: Ereignisse %1, Antworten auf Aufrufe %2, in Quarantäne %3.</translation>
    </message>
    <message>
        <source>First: %1 %2 by %3.</source>
        <translation>Erstes: %1 %2 durch %3.</translation>
    </message>
    <message>
        <source>First reason: %1</source>
        <translation>Erster Grund: %1</translation>
    </message>
    <message>
        <source>/items, or empty when the page is the array</source>
        <translation>/items, oder leer, wenn die Seite das Array ist</translation>
    </message>
    <message>
        <source>/next, or empty to follow the Link header</source>
        <translation>/next, oder leer, um dem Link-Header zu folgen</translation>
    </message>
    <message>
        <source>cursor, when next is not a URL</source>
        <translation>cursor, wenn next keine URL ist</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials</source>
        <translation>OAuth 2.0 Client Credentials</translation>
    </message>
    <message>
        <source>PEM file of a private CA, if the endpoint uses one</source>
        <translation>PEM-Datei einer privaten CA, falls der Endpunkt eine verwendet</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Systemschlüsselverwaltung</translation>
    </message>
    <message>
        <source>Sealed in the workspace (needs its passphrase to run)</source>
        <translation>Im Arbeitsbereich versiegelt (braucht zum Ausführen dessen Passphrase)</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Records &amp;pointer:</source>
        <translation>&amp;Zeiger auf die Datensätze:</translation>
    </message>
    <message>
        <source>Ne&amp;xt page pointer:</source>
        <translation>Zeiger auf die nä&amp;chste Seite:</translation>
    </message>
    <message>
        <source>Cursor para&amp;meter:</source>
        <translation>Cursor-Para&amp;meter:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>S&amp;ecret:</translation>
    </message>
    <message>
        <source>&amp;Keep the secret in:</source>
        <translation>Secret aufbe&amp;wahren in:</translation>
    </message>
    <message>
        <source>Poll &amp;every:</source>
        <translation>Abfragen &amp;alle:</translation>
    </message>
    <message>
        <source>The client secret</source>
        <translation>Das Client-Secret</translation>
    </message>
    <message>
        <source>The bearer token</source>
        <translation>Das Bearer-Token</translation>
    </message>
    <message>
        <source>Unchanged; type to replace it</source>
        <translation>Unverändert; zum Ersetzen eintippen</translation>
    </message>
    <message>
        <source>A REST endpoint polled over HTTPS</source>
        <translation>Ein REST-Endpunkt, per HTTPS abgefragt</translation>
    </message>
    <message>
        <source>Give the token or client secret to test the endpoint.</source>
        <translation>Token oder Client-Secret angeben, um den Endpunkt zu testen.</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Es wurde keine Passphrase angegeben.</translation>
    </message>
    <message>
        <source>The connector is saved, but its secret is not: sealing it needs the workspace passphrase.</source>
        <translation>Der Connector ist gespeichert, sein Secret nicht: zum Versiegeln wird die Passphrase des Arbeitsbereichs gebraucht.</translation>
    </message>
    <message>
        <source>Recor&amp;ds format:</source>
        <translation>Format der &amp;Datensätze:</translation>
    </message>
    <message>
        <source>To&amp;ken URL:</source>
        <translation>To&amp;ken-URL:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>S&amp;cope:</translation>
    </message>
    <message>
        <source>CA fi&amp;le:</source>
        <translation>CA-Dat&amp;ei:</translation>
    </message>
    <message>
        <source>The test was stopped before %1 answered.</source>
        <translation>Der Test wurde beendet, bevor %1 antwortete.</translation>
    </message>
    <message>
        <source>Asking %1 for its first page… Stop ends the test.</source>
        <translation>%1 wird nach der ersten Seite gefragt … „Test beenden“ bricht ab.</translation>
    </message>
    <message>
        <source>S&amp;top test</source>
        <translation>&amp;Test beenden</translation>
    </message>
    <message>
        <source>AWS CloudTrail records</source>
        <translation>AWS-CloudTrail-Einträge</translation>
    </message>
    <message>
        <source>Kubernetes audit events</source>
        <translation>Kubernetes-Audit-Ereignisse</translation>
    </message>
    <message>
        <source>OTLP/JSON traces</source>
        <translation>OTLP/JSON-Traces</translation>
    </message>
    <message>
        <source>OpenTelemetry Python SDK spans</source>
        <translation>Spans des OpenTelemetry-Python-SDK</translation>
    </message>
    <message>
        <source>Langfuse traces</source>
        <translation>Langfuse-Traces</translation>
    </message>
    <message>
        <source>MCP gateway messages</source>
        <translation>Nachrichten eines MCP-Gateways</translation>
    </message>
</context>
<context>
    <name>ConnectorRepository</name>
    <message>
        <source>save the connector</source>
        <translation>den Connector speichern</translation>
    </message>
    <message>
        <source>read the connector</source>
        <translation>den Connector lesen</translation>
    </message>
    <message>
        <source>There is no connector %1.</source>
        <translation>Es gibt keinen Connector %1.</translation>
    </message>
    <message>
        <source>list the connectors</source>
        <translation>die Connectoren auflisten</translation>
    </message>
    <message>
        <source>save the connector&apos;s progress</source>
        <translation>den Fortschritt des Connectors speichern</translation>
    </message>
    <message>
        <source>save the connector&apos;s status</source>
        <translation>den Status des Connectors speichern</translation>
    </message>
    <message>
        <source>enable or disable the connector</source>
        <translation>den Connector ein- oder ausschalten</translation>
    </message>
    <message>
        <source>save the connector&apos;s settings</source>
        <translation>die Einstellungen des Connectors speichern</translation>
    </message>
    <message>
        <source>quarantine a record</source>
        <translation>einen Datensatz in Quarantäne nehmen</translation>
    </message>
    <message>
        <source>list quarantined records</source>
        <translation>Datensätze in Quarantäne auflisten</translation>
    </message>
    <message>
        <source>read a quarantined record</source>
        <translation>einen Datensatz in Quarantäne lesen</translation>
    </message>
    <message>
        <source>There is no quarantined record %1.</source>
        <translation>Es gibt keinen Datensatz %1 in Quarantäne.</translation>
    </message>
    <message>
        <source>mark a record re-ingested</source>
        <translation>einen Datensatz als erneut eingelesen markieren</translation>
    </message>
    <message>
        <source>replace the connector&apos;s secret</source>
        <translation>das Secret des Connectors ersetzen</translation>
    </message>
    <message>
        <source>save the connector&apos;s secret</source>
        <translation>das Secret des Connectors speichern</translation>
    </message>
    <message>
        <source>read the connector&apos;s secret</source>
        <translation>das Secret des Connectors lesen</translation>
    </message>
    <message>
        <source>The workspace keeps no secret for this connector.</source>
        <translation>Der Arbeitsbereich hält kein Secret für diesen Connector.</translation>
    </message>
    <message>
        <source>remove the connector&apos;s secret</source>
        <translation>das Secret des Connectors entfernen</translation>
    </message>
    <message>
        <source>read a file&apos;s progress</source>
        <translation>den Fortschritt einer Datei lesen</translation>
    </message>
    <message>
        <source>%1 has not been read yet.</source>
        <translation>%1 wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <source>The progress recorded for %1 is damaged.</source>
        <translation>Der für %1 gespeicherte Fortschritt ist beschädigt.</translation>
    </message>
    <message>
        <source>read the files&apos; progress</source>
        <translation>den Fortschritt der Dateien lesen</translation>
    </message>
    <message>
        <source>save a file&apos;s progress</source>
        <translation>den Fortschritt einer Datei speichern</translation>
    </message>
    <message>
        <source>count the files read</source>
        <translation>die gelesenen Dateien zählen</translation>
    </message>
    <message>
        <source>dismiss a quarantined record</source>
        <translation>einen Datensatz in Quarantäne verwerfen</translation>
    </message>
    <message>
        <source>Quarantined record %1 is no longer waiting.</source>
        <translation>Der Datensatz %1 in Quarantäne wartet nicht mehr.</translation>
    </message>
    <message>
        <source>purge the quarantine</source>
        <translation>die Quarantäne bereinigen</translation>
    </message>
</context>
<context>
    <name>ConnectorRunner</name>
    <message>
        <source>remember it in the system keychain (steward-cli keychain remember) or set STEWARD_PASSPHRASE, so that the console can run the connector</source>
        <translation>in der Systemschlüsselverwaltung merken (steward-cli keychain remember) oder STEWARD_PASSPHRASE setzen, damit die Konsole den Connector ausführen kann</translation>
    </message>
</context>
<context>
    <name>ConnectorSecret</name>
    <message>
        <source>The connector&apos;s secret is empty.</source>
        <translation>Das Secret des Connectors ist leer.</translation>
    </message>
    <message>
        <source>Connector %1 has no secret yet: set its token or client secret.</source>
        <translation>Connector %1 hat noch kein Secret: Token oder Client-Secret setzen.</translation>
    </message>
    <message>
        <source>The secret of connector %1 is kept in the system keychain, which did not give it: %2</source>
        <translation>Das Secret von Connector %1 liegt in der Systemschlüsselverwaltung, die es nicht herausgab: %2</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Es wurde keine Passphrase angegeben.</translation>
    </message>
    <message>
        <source>The secret of connector %1 is sealed with the workspace passphrase, which is needed to run it: %2</source>
        <translation>Das Secret von Connector %1 ist mit der Passphrase des Arbeitsbereichs versiegelt, die zum Ausführen nötig ist: %2</translation>
    </message>
</context>
<context>
    <name>ConnectorService</name>
    <message>
        <source>A connector needs a name of 1 to 200 characters.</source>
        <translation>Ein Connector braucht einen Namen mit 1 bis 200 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connector format; use one of %2.</source>
        <translation>„%1“ ist kein Connector-Format; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>There is already a connector named %1.</source>
        <translation>Es gibt bereits einen Connector namens %1.</translation>
    </message>
    <message>
        <source>Connector %1 reads %2, not %3.</source>
        <translation>Connector %1 liest %2, nicht %3.</translation>
    </message>
    <message>
        <source>Record %1 was kept only in part (%2 of %3 bytes); it cannot be read again.</source>
        <translation>Eintrag %1 wurde nur teilweise aufbewahrt (%2 von %3 Bytes); er kann nicht erneut gelesen werden.</translation>
    </message>
    <message>
        <source>Connector %1 reads files or listens; only an HTTP poller keeps a secret.</source>
        <translation>Connector %1 liest Dateien oder lauscht; nur ein HTTP-Poller hat ein Secret.</translation>
    </message>
    <message>
        <source>The workspace passphrase is wrong, so the secret was not sealed with it.</source>
        <translation>Die Passphrase des Arbeitsbereichs ist falsch; das Secret wurde nicht damit versiegelt.</translation>
    </message>
    <message>
        <source>Say why the records are dismissed (up to 1,000 characters): the audit trail keeps it.</source>
        <translation>Geben Sie an, warum die Datensätze verworfen werden (bis zu 1.000 Zeichen): der Prüfpfad bewahrt es auf.</translation>
    </message>
    <message>
        <source>Name at least one quarantined record to dismiss.</source>
        <translation>Nennen Sie mindestens einen Datensatz in Quarantäne, der verworfen werden soll.</translation>
    </message>
    <message>
        <source>A %1 connector has no setting &quot;%2&quot;. Its settings are: %3.</source>
        <translation>Ein %1-Connector hat keine Einstellung „%2“. Seine Einstellungen sind: %3.</translation>
    </message>
</context>
<context>
    <name>ConnectorsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>Neu &amp;starten</translation>
    </message>
    <message>
        <source>New &amp;token…</source>
        <translation>Neues &amp;Token…</translation>
    </message>
    <message>
        <source>&amp;Re-ingest with the current settings</source>
        <translation>Mit den aktuellen Einstellungen e&amp;rneut einlesen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <source>Reads from</source>
        <translation>Liest aus</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connectoren</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Make a new bearer token for this receiver; it is shown once.</source>
        <translation>Ein neues Bearer-Token für diesen Empfänger erzeugen; es wird einmal angezeigt.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Quarantined records of the selected connector</source>
        <translation>Einträge des ausgewählten Connectors in Quarantäne</translation>
    </message>
    <message>
        <source>The quarantined record as received</source>
        <translation>Der Eintrag in Quarantäne, wie er empfangen wurde</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Run from the command line</source>
        <translation>Über die Befehlszeile ausführen</translation>
    </message>
    <message>
        <source>It has no file or folder to follow.</source>
        <translation>Er hat keine Datei und keinen Ordner zum Verfolgen.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <source>Select a connector to see the records it set aside.</source>
        <translation>Wählen Sie einen Connector, um die Einträge zu sehen, die er beiseitegelegt hat.</translation>
    </message>
    <message>
        <source>%1 has nothing in quarantine.</source>
        <translation>%1 hat nichts in Quarantäne.</translation>
    </message>
    <message>
        <source>Quarantined by %1, waiting for a fix: %L2</source>
        <translation>Von %1 in Quarantäne, warten auf eine Korrektur: %L2</translation>
    </message>
    <message>
        <source>[The first %L1 of %L2 bytes]</source>
        <translation>[Die ersten %L1 von %L2 Bytes]</translation>
    </message>
    <message>
        <source>Connector %1 added.</source>
        <translation>Connector %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Connector %1 changed.</source>
        <translation>Connector %1 geändert.</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Re-ingest</source>
        <translation>Erneut einlesen</translation>
    </message>
    <message>
        <source>Re-ingested %1 records; %2 still do not map.</source>
        <translation>%1 Einträge erneut eingelesen; %2 lassen sich weiterhin nicht zuordnen.</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>Clients of %1 send this bearer token. It is shown once: Steward keeps only its SHA-256, and the previous token no longer works.</source>
        <translation>Clients von %1 senden dieses Bearer-Token. Es wird einmal angezeigt: Steward behält nur seinen SHA-256, und das bisherige Token gilt nicht mehr.</translation>
    </message>
    <message>
        <source>Retrying: %1</source>
        <translation>Neuer Versuch: %1</translation>
    </message>
    <message>
        <source>OTLP/HTTPS on %1:%2, token or SVID</source>
        <translation>OTLP/HTTPS auf %1:%2, Token oder SVID</translation>
    </message>
    <message>
        <source>OTLP/HTTP on %1:%2, token</source>
        <translation>OTLP/HTTP auf %1:%2, Token</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Answers to calls stored before (an MCP server&apos;s responses), kept with their call: not events of their own.</source>
        <translation>Antworten auf zuvor gespeicherte Aufrufe (die Antworten eines MCP-Servers), beim Aufruf aufbewahrt: keine eigenen Ereignisse.</translation>
    </message>
</context>
<context>
    <name>CredentialCommand</name>
    <message>
        <source>credential needs a command: list or record-static.</source>
        <translation>credential braucht einen Befehl: list oder record-static.</translation>
    </message>
    <message>
        <source>steward-cli credential list: certificates and tokens issued, static keys observed.</source>
        <translation>steward-cli credential list: ausgestellte Zertifikate und Tokens, beobachtete statische Schlüssel.</translation>
    </message>
    <message>
        <source>Only this agent&apos;s credentials.</source>
        <translation>Nur die Nachweise dieses Agenten.</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>x509-svid, jwt, static-api-key or oauth-client.</source>
        <translation>x509-svid, jwt, static-api-key oder oauth-client.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>active, expired or revoked.</source>
        <translation>active, expired oder revoked.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only active ones expiring within this duration, such as 10m.</source>
        <translation>Nur aktive, die innerhalb dieser Dauer ablaufen, etwa 10m.</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>--status is active, expired or revoked.</source>
        <translation>--status ist active, expired oder revoked.</translation>
    </message>
    <message>
        <source>--expiring-within takes a duration such as 10m.</source>
        <translation>--expiring-within erwartet eine Dauer wie 10m.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>IDENTIFIER</source>
        <translation>KENNUNG</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>steward-cli credential record-static: record a long-lived key an agent was seen using (its id and fingerprint, never the secret), so that it counts against the agent until it is retired.</source>
        <translation>steward-cli credential record-static: einen langlebigen Schlüssel erfassen, den ein Agent nachweislich benutzt (Kennung und Fingerabdruck, nie das Geheimnis), damit er dem Agenten angerechnet wird, bis er ausgemustert ist.</translation>
    </message>
    <message>
        <source>The agent that uses it.</source>
        <translation>Der Agent, der ihn benutzt.</translation>
    </message>
    <message>
        <source>The key&apos;s public identifier, such as an AWS access key id.</source>
        <translation>Die öffentliche Kennung des Schlüssels, etwa eine AWS-Access-Key-ID.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A SHA-256 fingerprint of the secret, in hex, if known.</source>
        <translation>Ein SHA-256-Fingerabdruck des Geheimnisses in Hex, falls bekannt.</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>When it expires (ISO 8601), if it does.</source>
        <translation>Wann er abläuft (ISO 8601), falls er abläuft.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>credential record-static needs --agent and a --key-id of 4 to 128 printable characters; --fingerprint is 64 hex digits.</source>
        <translation>credential record-static braucht --agent und eine --key-id aus 4 bis 128 druckbaren Zeichen; --fingerprint sind 64 Hex-Ziffern.</translation>
    </message>
    <message>
        <source>--expires takes an ISO 8601 time such as 2027-01-31T00:00:00Z.</source>
        <translation>--expires erwartet eine ISO-8601-Zeit wie 2027-01-31T00:00:00Z.</translation>
    </message>
    <message>
        <source>The static key %1 is already recorded.</source>
        <translation>Der statische Schlüssel %1 ist bereits erfasst.</translation>
    </message>
    <message>
        <source>Recorded static key %1 for %2.</source>
        <translation>Statischen Schlüssel %1 für %2 erfasst.</translation>
    </message>
    <message>
        <source>“%1” is not a credential kind.</source>
        <translation>„%1“ ist keine Nachweisart.</translation>
    </message>
</context>
<context>
    <name>CredentialRepository</name>
    <message>
        <source>save the signing key</source>
        <translation>Speichern des Signaturschlüssels</translation>
    </message>
    <message>
        <source>read the signing key</source>
        <translation>Lesen des Signaturschlüssels</translation>
    </message>
    <message>
        <source>The workspace has no signing key yet.</source>
        <translation>Der Arbeitsbereich hat noch keinen Signaturschlüssel.</translation>
    </message>
    <message>
        <source>read the signing keys</source>
        <translation>Lesen der Signaturschlüssel</translation>
    </message>
    <message>
        <source>retire the previous signing key</source>
        <translation>Stilllegen des vorigen Signaturschlüssels</translation>
    </message>
    <message>
        <source>keep the current signing key as previous</source>
        <translation>Aufbewahren des aktuellen Signaturschlüssels als vorigen</translation>
    </message>
    <message>
        <source>record the credential</source>
        <translation>Erfassen des Berechtigungsnachweises</translation>
    </message>
    <message>
        <source>read the credential</source>
        <translation>Lesen des Berechtigungsnachweises</translation>
    </message>
    <message>
        <source>No %1 credential %2 was issued in this workspace.</source>
        <translation>In diesem Arbeitsbereich wurde kein %1-Nachweis %2 ausgestellt.</translation>
    </message>
    <message>
        <source>revoke the credential</source>
        <translation>Widerrufen des Berechtigungsnachweises</translation>
    </message>
    <message>
        <source>Credential %1 was already revoked.</source>
        <translation>Der Nachweis %1 wurde bereits widerrufen.</translation>
    </message>
    <message>
        <source>revoke the agent&apos;s credentials</source>
        <translation>Widerrufen der Nachweise des Agenten</translation>
    </message>
    <message>
        <source>list the credentials</source>
        <translation>Auflisten der Berechtigungsnachweise</translation>
    </message>
    <message>
        <source>read the certificate authority</source>
        <translation>Lesen der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>The workspace has no certificate authority yet; create it with &quot;steward-cli ca init&quot;.</source>
        <translation>Der Arbeitsbereich hat noch keine Zertifizierungsstelle; legen Sie sie an mit „steward-cli ca init“.</translation>
    </message>
    <message>
        <source>retire the previous certificate authority</source>
        <translation>Stilllegen der vorigen Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>keep the current certificate authority as previous</source>
        <translation>Aufbewahren der aktuellen Zertifizierungsstelle als vorige</translation>
    </message>
    <message>
        <source>save the certificate authority</source>
        <translation>Speichern der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>read the certificate</source>
        <translation>das Zertifikat lesen</translation>
    </message>
    <message>
        <source>No SVID has the serial number %1.</source>
        <translation>Keine SVID hat die Seriennummer %1.</translation>
    </message>
</context>
<context>
    <name>CredentialTableModel</name>
    <message>
        <source>X.509-SVID</source>
        <translation>X.509-SVID</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Static API key</source>
        <translation>Statischer API-Schlüssel</translation>
    </message>
    <message>
        <source>OAuth client</source>
        <translation>OAuth-Client</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked %1: %2</source>
        <translation>Widerrufen %1: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Serial or ID</source>
        <translation>Seriennummer oder ID</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Only those expiring within</source>
        <translation>Nur die, die ablaufen in</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>X.509-SVIDs</source>
        <translation>X.509-SVIDs</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Static API keys</source>
        <translation>Statische API-Schlüssel</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation>Nachweise: %1</translation>
    </message>
    <message>
        <source>Revoke credential</source>
        <translation>Nachweis widerrufen</translation>
    </message>
    <message>
        <source>Revoke %1 of %2? It is refused from now on; an SVID is listed on the next CRL. Reason:</source>
        <translation>%1 von %2 widerrufen? Er wird ab jetzt abgelehnt; eine SVID kommt auf die nächste Sperrliste. Grund:</translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation>%1 widerrufen.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
</context>
<context>
    <name>CryptoSelfTest</name>
    <message>
        <source>The cryptographic self-test failed (%1). Steward issues nothing until the OpenSSL installation is repaired.</source>
        <translation>Der kryptografische Selbsttest ist fehlgeschlagen (%1). Steward stellt nichts aus, bis die OpenSSL-Installation repariert ist.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1. Check that you may write there.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot create the workspace file %1: %2.</source>
        <translation>Die Arbeitsbereichsdatei %1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Steward workspace. Create one with &quot;steward-cli init --trust-domain DOMAIN&quot;.</source>
        <translation>%1 ist leer: Das ist kein Steward-Arbeitsbereich. Legen Sie einen an mit „steward-cli init --trust-domain DOMAIN“.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file. Name the workspace file itself.</source>
        <translation>%1 ist ein Ordner, keine Arbeitsbereichsdatei. Geben Sie die Arbeitsbereichsdatei selbst an.</translation>
    </message>
    <message>
        <source>Cannot read the workspace %1: permission denied. Check the file&apos;s owner and permissions.</source>
        <translation>Der Arbeitsbereich %1 kann nicht gelesen werden: Zugriff verweigert. Prüfen Sie Besitzer und Rechte der Datei.</translation>
    </message>
    <message>
        <source>There is no workspace at %1. Create one with &quot;steward-cli init --trust-domain DOMAIN&quot; or choose another file.</source>
        <translation>Unter %1 gibt es keinen Arbeitsbereich. Legen Sie einen an mit „steward-cli init --trust-domain DOMAIN“ oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of Steward (schema %2; this version reads up to schema %3). Open it with that version or upgrade Steward.</source>
        <translation>Der Arbeitsbereich %1 wurde von einer neueren Steward-Version geschrieben (Schema %2; diese Version liest bis Schema %3). Öffnen Sie ihn mit jener Version oder aktualisieren Sie Steward.</translation>
    </message>
    <message>
        <source>%1 is not a Steward workspace, or it is damaged (%2). Restore it from a backup or choose another file.</source>
        <translation>%1 ist kein Steward-Arbeitsbereich oder beschädigt (%2). Stellen Sie ihn aus einer Sicherung wieder her oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Steward workspace. Choose a workspace file.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Steward-Arbeitsbereich. Wählen Sie eine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The workspace %1 has no valid schema version; it is damaged. Restore it from a backup.</source>
        <translation>Der Arbeitsbereich %1 hat keine gültige Schemaversion; er ist beschädigt. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>configure the workspace</source>
        <translation>Einrichten des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Cannot upgrade the workspace to schema %1 (%2): %3</source>
        <translation>Der Arbeitsbereich kann nicht auf Schema %1 aktualisiert werden (%2): %3</translation>
    </message>
    <message>
        <source>save a workspace setting</source>
        <translation>Speichern einer Einstellung des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>start a change</source>
        <translation>Beginnen einer Änderung</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>Speichern der Änderung</translation>
    </message>
    <message>
        <source>prepare a query</source>
        <translation>Vorbereiten einer Abfrage</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Fehler beim %1: %2</translation>
    </message>
    <message>
        <source>read the workspace setting %1</source>
        <translation>die Arbeitsbereich-Einstellung %1 lesen</translation>
    </message>
    <message>
        <source>The workspace has no setting %1.</source>
        <translation>Der Arbeitsbereich hat keine Einstellung %1.</translation>
    </message>
</context>
<context>
    <name>DemoActivity</name>
    <message>
        <source>The workspace has no agents to make activity for; run the demo first.</source>
        <translation>Der Arbeitsbereich hat keine Agenten, für die Aktivität entstehen könnte; führen Sie zuerst die Demo aus.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Writing the activity files</source>
        <translation>Die Aktivitätsdateien werden geschrieben</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Reading it through the connectors</source>
        <translation>Sie wird durch die Connectoren gelesen</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo can hold 0 to %1 agents.</source>
        <translation>Die Demo kann 0 bis %1 Agenten enthalten.</translation>
    </message>
    <message>
        <source>The workspace already holds %1 agents; demo data goes into a new, empty workspace only.</source>
        <translation>Der Arbeitsbereich enthält bereits %1 Agenten; Demodaten kommen nur in einen neuen, leeren Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Unknown: discovered in activity logs, never registered.</source>
        <translation>Unbekannt: in Aktivitätsprotokollen entdeckt, nie registriert.</translation>
    </message>
    <message>
        <source>The demo operators&apos; passphrase must be at least %1 characters.</source>
        <translation>Die Passphrase der Demo-Operatoren muss mindestens %1 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>DemoRequests</name>
    <message>
        <source>A new agent for the team&apos;s backlog; its permissions follow in their own requests.</source>
        <translation>Ein neuer Agent für den Rückstau des Teams; seine Berechtigungen folgen in eigenen Anträgen.</translation>
    </message>
</context>
<context>
    <name>EventAttributes</name>
    <message>
        <source>agent, human, service or system</source>
        <translation>agent, human, service oder system</translation>
    </message>
    <message>
        <source>the identity the actor impersonated or acted for</source>
        <translation>die Identität, als die oder für die der Akteur handelte</translation>
    </message>
    <message>
        <source>the address the call came from</source>
        <translation>die Adresse, von der der Aufruf kam</translation>
    </message>
    <message>
        <source>the client or tool that made the call</source>
        <translation>der Client oder das Werkzeug, das den Aufruf machte</translation>
    </message>
    <message>
        <source>the backend&apos;s error code or HTTP status</source>
        <translation>der Fehlercode oder HTTP-Status des Backends</translation>
    </message>
    <message>
        <source>the backend&apos;s error message</source>
        <translation>die Fehlermeldung des Backends</translation>
    </message>
    <message>
        <source>the cloud region</source>
        <translation>die Cloud-Region</translation>
    </message>
    <message>
        <source>the cloud account the call was made in</source>
        <translation>das Cloud-Konto, in dem der Aufruf erfolgte</translation>
    </message>
    <message>
        <source>accounts or groups a resource was shared with</source>
        <translation>Konten oder Gruppen, mit denen eine Ressource geteilt wurde</translation>
    </message>
    <message>
        <source>the role a binding grants (cluster-admin)</source>
        <translation>die Rolle, die eine Bindung gewährt (cluster-admin)</translation>
    </message>
    <message>
        <source>the verbs a role&apos;s rules allow</source>
        <translation>die Verben, die die Regeln einer Rolle erlauben</translation>
    </message>
    <message>
        <source>the resources a role&apos;s rules cover</source>
        <translation>die Ressourcen, die die Regeln einer Rolle abdecken</translation>
    </message>
    <message>
        <source>who a binding grants its role to</source>
        <translation>wem eine Bindung ihre Rolle gewährt</translation>
    </message>
    <message>
        <source>the container images of a workload</source>
        <translation>die Container-Images einer Arbeitslast</translation>
    </message>
    <message>
        <source>true when a container runs privileged</source>
        <translation>true, wenn ein Container privilegiert läuft</translation>
    </message>
    <message>
        <source>host folders mounted into a pod</source>
        <translation>Host-Ordner, die in einen Pod eingehängt sind</translation>
    </message>
    <message>
        <source>true when a pod uses the node&apos;s network</source>
        <translation>true, wenn ein Pod das Netzwerk des Knotens nutzt</translation>
    </message>
    <message>
        <source>true when a pod sees the node&apos;s processes</source>
        <translation>true, wenn ein Pod die Prozesse des Knotens sieht</translation>
    </message>
    <message>
        <source>true when a pod shares the node&apos;s IPC</source>
        <translation>true, wenn ein Pod die IPC des Knotens teilt</translation>
    </message>
    <message>
        <source>Linux capabilities a container adds</source>
        <translation>Linux-Capabilities, die ein Container hinzufügt</translation>
    </message>
    <message>
        <source>a service&apos;s type (NodePort, LoadBalancer)</source>
        <translation>der Typ eines Service (NodePort, LoadBalancer)</translation>
    </message>
    <message>
        <source>the user id a container runs as</source>
        <translation>die Benutzer-ID, als die ein Container läuft</translation>
    </message>
    <message>
        <source>the command run in a container (exec)</source>
        <translation>der in einem Container ausgeführte Befehl (exec)</translation>
    </message>
</context>
<context>
    <name>EventExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>EventExporter</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>EventFilter</name>
    <message>
        <source>The filter&apos;s &quot;%1&quot; must be text of at most %2 characters.</source>
        <translation>„%1“ im Filter muss Text mit höchstens %2 Zeichen sein.</translation>
    </message>
    <message>
        <source>The filter&apos;s outcome &quot;%1&quot; is not success, failure, denied or unknown.</source>
        <translation>Das Ergebnis „%1“ im Filter ist weder success, failure, denied noch unknown.</translation>
    </message>
    <message>
        <source>The filter&apos;s &quot;%1&quot; is not a time such as 2026-11-26T09:00:00Z.</source>
        <translation>„%1“ im Filter ist keine Zeit wie 2026-11-26T09:00:00Z.</translation>
    </message>
    <message>
        <source>The filter&apos;s &quot;last_seconds&quot; must be a whole number of seconds up to ten years.</source>
        <translation>„last_seconds“ im Filter muss eine ganze Zahl von Sekunden bis zu zehn Jahren sein.</translation>
    </message>
    <message>
        <source>A filter has no &quot;%1&quot;.</source>
        <translation>Ein Filter hat kein „%1“.</translation>
    </message>
    <message>
        <source>The filter&apos;s &quot;since&quot; must come before its &quot;until&quot;.</source>
        <translation>„since“ im Filter muss vor „until“ liegen.</translation>
    </message>
    <message>
        <source>The filter&apos;s &quot;attributes&quot; must be a list of at most %1 texts such as user_agent~sqlmap.</source>
        <translation>„attributes“ des Filters muss eine Liste von höchstens %1 Texten wie user_agent~sqlmap sein.</translation>
    </message>
    <message>
        <source>The filter&apos;s attribute &quot;%1&quot;: %2</source>
        <translation>Das Attribut „%1“ des Filters: %2</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>kein Text</translation>
    </message>
</context>
<context>
    <name>EventOutcomes</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Verweigert</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>The workspace&apos;s SQLite connection is not available.</source>
        <translation>Die SQLite-Verbindung des Arbeitsbereichs ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Could not prepare the event store: %1</source>
        <translation>Der Ereignisspeicher konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Could not store an event: %1</source>
        <translation>Ein Ereignis konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not store an event&apos;s raw record: %1</source>
        <translation>Der Rohdatensatz eines Ereignisses konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>read events</source>
        <translation>Ereignisse lesen</translation>
    </message>
    <message>
        <source>count events</source>
        <translation>Ereignisse zählen</translation>
    </message>
    <message>
        <source>read an event</source>
        <translation>ein Ereignis lesen</translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation>Es gibt kein Ereignis %1.</translation>
    </message>
    <message>
        <source>read a trace</source>
        <translation>einen Trace lesen</translation>
    </message>
    <message>
        <source>find a call</source>
        <translation>einen Aufruf suchen</translation>
    </message>
    <message>
        <source>settle a call</source>
        <translation>einen Aufruf abschließen</translation>
    </message>
    <message>
        <source>Stopped: a newer question was asked.</source>
        <translation>Abgebrochen: Es wurde eine neuere Frage gestellt.</translation>
    </message>
    <message>
        <source>Could not count events for the charts: %1</source>
        <translation>Ereignisse für die Diagramme konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>keep an answer with its call</source>
        <translation>eine Antwort bei ihrem Aufruf aufbewahren</translation>
    </message>
    <message>
        <source>find the agent of a trace</source>
        <translation>den Agenten eines Trace finden</translation>
    </message>
    <message>
        <source>No span of trace %1 names its agent.</source>
        <translation>Kein Span des Trace %1 nennt seinen Agenten.</translation>
    </message>
    <message>
        <source>attribute a trace to its agent</source>
        <translation>einen Trace seinem Agenten zuordnen</translation>
    </message>
    <message>
        <source>compare an event with the one stored under its id</source>
        <translation>ein Ereignis mit dem unter seiner ID gespeicherten vergleichen</translation>
    </message>
    <message>
        <source>The event stored under the id %1 disappeared while it was compared.</source>
        <translation>Das unter der ID %1 gespeicherte Ereignis verschwand während des Vergleichs.</translation>
    </message>
</context>
<context>
    <name>EventTextIndex</name>
    <message>
        <source>index events for text search</source>
        <translation>Ereignisse für die Textsuche indizieren</translation>
    </message>
    <message>
        <source>count the events not indexed yet</source>
        <translation>die noch nicht indizierten Ereignisse zählen</translation>
    </message>
    <message>
        <source>The text index&apos;s watermark &quot;%1&quot; is damaged; restore the workspace from a backup.</source>
        <translation>Die Marke des Textindex „%1“ ist beschädigt; stellen Sie den Arbeitsbereich aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>EventsCommand</name>
    <message>
        <source>Only this agent&apos;s events (name, SPIFFE ID or principal).</source>
        <translation>Nur Ereignisse dieses Agenten (Name, SPIFFE-ID oder Principal).</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Only the events of this owner&apos;s agents (e-mail).</source>
        <translation>Nur die Ereignisse der Agenten dieses Eigentümers (E-Mail).</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Only this normalized action, such as read or execute.</source>
        <translation>Nur diese normalisierte Aktion, etwa read oder execute.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>success, failure, denied or unknown.</source>
        <translation>success, failure, denied oder unknown.</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Only events from this format.</source>
        <translation>Nur Ereignisse aus diesem Format.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Only resources starting with this.</source>
        <translation>Nur Ressourcen, die so beginnen.</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>From this time (ISO 8601, inclusive).</source>
        <translation>Ab dieser Zeit (ISO 8601, einschließlich).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Up to this time (ISO 8601, exclusive).</source>
        <translation>Bis zu dieser Zeit (ISO 8601, ausschließlich).</translation>
    </message>
    <message>
        <source>Only the most recent period, such as 90m, 24h or 7d.</source>
        <translation>Nur der jüngste Zeitraum, etwa 90m, 24h oder 7d.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>--outcome is success, failure, denied or unknown.</source>
        <translation>--outcome ist success, failure, denied oder unknown.</translation>
    </message>
    <message>
        <source>--last is a period up to now: give it or --since and --until, not both.</source>
        <translation>--last ist ein Zeitraum bis jetzt: Geben Sie ihn oder --since und --until an, nicht beides.</translation>
    </message>
    <message>
        <source>--last takes a period such as 90m, 24h or 7d (at most 366d).</source>
        <translation>--last nimmt einen Zeitraum wie 90m, 24h oder 7d (höchstens 366d).</translation>
    </message>
    <message>
        <source>--%1 takes a time such as 2026-11-26T09:00:00Z.</source>
        <translation>--%1 erwartet eine Zeit wie 2026-11-26T09:00:00Z.</translation>
    </message>
    <message>
        <source>--since must come before --until.</source>
        <translation>--since muss vor --until liegen.</translation>
    </message>
    <message>
        <source>A filter option is longer than %1 characters.</source>
        <translation>Eine Filteroption ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>events filter needs a command: list, save or delete.</source>
        <translation>events filter braucht einen Befehl: list, save oder delete.</translation>
    </message>
    <message>
        <source>steward-cli events filter list: the saved timeline filters.</source>
        <translation>steward-cli events filter list: die gespeicherten Zeitleistenfilter.</translation>
    </message>
    <message>
        <source>steward-cli events filter save NAME [filters]: saves the filters under NAME for everyone in the workspace, the console included; a filter saved under NAME before is replaced.</source>
        <translation>steward-cli events filter save NAME [Filter]: speichert die Filter unter NAME für alle im Arbeitsbereich, die Konsole eingeschlossen; ein zuvor unter NAME gespeicherter Filter wird ersetzt.</translation>
    </message>
    <message>
        <source>steward-cli events filter delete NAME: deletes a saved filter.</source>
        <translation>steward-cli events filter delete NAME: löscht einen gespeicherten Filter.</translation>
    </message>
    <message>
        <source>events filter list takes no name.</source>
        <translation>events filter list erwartet keinen Namen.</translation>
    </message>
    <message>
        <source>events filter %1 takes one NAME.</source>
        <translation>events filter %1 erwartet einen NAMEN.</translation>
    </message>
    <message>
        <source>events filter save needs at least one filter, such as --outcome denied.</source>
        <translation>events filter save braucht mindestens einen Filter, etwa --outcome denied.</translation>
    </message>
    <message>
        <source>Saved the filter &quot;%1&quot;.</source>
        <translation>Der Filter „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>Deleted the saved filter &quot;%1&quot;.</source>
        <translation>Der gespeicherte Filter „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>No saved filters. Save one with &quot;steward-cli events filter save NAME --outcome denied&quot;.</source>
        <translation>Keine gespeicherten Filter. Speichern Sie einen mit „steward-cli events filter save NAME --outcome denied“.</translation>
    </message>
    <message>
        <source>steward-cli events index: brings the text search index up to the newest event. Ingest leaves the index alone to keep its rate; the console catches it up in the background by itself.</source>
        <translation>steward-cli events index: bringt den Textsuchindex auf den Stand des neuesten Ereignisses. Der Import lässt den Index aus, um seine Rate zu halten; die Konsole holt ihn von selbst im Hintergrund nach.</translation>
    </message>
    <message>
        <source>events index takes no arguments.</source>
        <translation>events index erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Indexed %1 of %2 events</source>
        <translation>%1 von %2 Ereignissen indiziert</translation>
    </message>
    <message>
        <source>The text index is up to date: %1 events added to it.</source>
        <translation>Der Textindex ist aktuell: %1 Ereignisse hinzugefügt.</translation>
    </message>
    <message>
        <source>steward-cli events query: activity, newest first.</source>
        <translation>steward-cli events query: Aktivität, neueste zuerst.</translation>
    </message>
    <message>
        <source>steward-cli events count: how many events match.</source>
        <translation>steward-cli events count: wie viele Ereignisse passen.</translation>
    </message>
    <message>
        <source>steward-cli events export: every matching event, newest first, as CSV, JSON lines or OCSF API Activity (class 6003) JSON lines.</source>
        <translation>steward-cli events export: alle passenden Ereignisse, neueste zuerst, als CSV, JSON Lines oder OCSF API Activity (Klasse 6003) in JSON Lines.</translation>
    </message>
    <message>
        <source>Start from this saved filter; the other options replace its parts.</source>
        <translation>Von diesem gespeicherten Filter ausgehen; die anderen Optionen ersetzen seine Teile.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Only this trace.</source>
        <translation>Nur dieser Trace.</translation>
    </message>
    <message>
        <source>trace id</source>
        <translation>Trace-ID</translation>
    </message>
    <message>
        <source>At most this many (default: all).</source>
        <translation>Höchstens so viele (Standard: alle).</translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation>Höchstens so viele (Standard 50).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>csv, jsonl or ocsf.</source>
        <translation>csv, jsonl oder ocsf.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Write to this file (default: standard output).</source>
        <translation>In diese Datei schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>events export needs --format csv, jsonl or ocsf.</source>
        <translation>events export braucht --format csv, jsonl oder ocsf.</translation>
    </message>
    <message>
        <source>events %1 takes only options; --limit is a positive number.</source>
        <translation>events %1 erwartet nur Optionen; --limit ist eine positive Zahl.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Auf die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 events</source>
        <translation>%1 Ereignisse exportiert</translation>
    </message>
    <message>
        <source>Exported %1 events to %2.</source>
        <translation>%1 Ereignisse nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Text in the principal, native action, resource or an attribute.</source>
        <translation>Text im Principal, in der nativen Aktion, der Ressource oder einem Attribut.</translation>
    </message>
    <message>
        <source>An attribute: key=value matches it exactly, key~text when it contains the text (user_agent~sqlmap, role_ref=cluster-admin). Repeatable; see `events attributes`.</source>
        <translation>Ein Attribut: schlüssel=wert trifft es genau, schlüssel~text, wenn es den Text enthält (user_agent~sqlmap, role_ref=cluster-admin). Wiederholbar; siehe `events attributes`.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>schlüssel=wert</translation>
    </message>
    <message>
        <source>At most %1 --attr filters.</source>
        <translation>Höchstens %1 --attr-Filter.</translation>
    </message>
    <message>
        <source>steward-cli events attributes: the attributes connectors keep, for --attr key=value or key~text.</source>
        <translation>steward-cli events attributes: die Attribute, die Connectoren behalten, für --attr schlüssel=wert oder schlüssel~text.</translation>
    </message>
    <message>
        <source>events attributes takes no arguments.</source>
        <translation>events attributes erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>events needs a command: query, count, export, filter, index or attributes.</source>
        <translation>events braucht einen Befehl: query, count, export, filter, index oder attributes.</translation>
    </message>
</context>
<context>
    <name>FileSource</name>
    <message>
        <source>Cannot open %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 expands to more than %2 bytes.</source>
        <translation>%1 entpackt sich zu mehr als %2 Bytes.</translation>
    </message>
    <message>
        <source>%1 is not valid gzip: %2.</source>
        <translation>%1 ist kein gültiges gzip: %2.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot seek in %1: %2</source>
        <translation>In %1 kann nicht positioniert werden: %2</translation>
    </message>
    <message>
        <source>The line is %1 bytes long; at most %2 are read.</source>
        <translation>Die Zeile ist %1 Bytes lang; gelesen werden höchstens %2.</translation>
    </message>
    <message>
        <source>The file is %1 bytes; a JSON document is read up to %2.</source>
        <translation>Die Datei hat %1 Bytes; ein JSON-Dokument wird bis %2 gelesen.</translation>
    </message>
    <message>
        <source>%1 is one JSON document of more than %2 bytes.</source>
        <translation>%1 ist ein einzelnes JSON-Dokument mit mehr als %2 Bytes.</translation>
    </message>
    <message>
        <source>The record is %1 bytes long; at most %2 are read.</source>
        <translation>Der Datensatz ist %1 Bytes lang; höchstens %2 werden gelesen.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; array is not well formed at byte %2; the rest of the file is set aside.</source>
        <translation>Das Array „%1“ ist bei Byte %2 nicht wohlgeformt; der Rest der Datei wird beiseitegelegt.</translation>
    </message>
    <message>
        <source>The file ends inside its &quot;%1&quot; array; it was cut short.</source>
        <translation>Die Datei endet innerhalb ihres Arrays „%1“; sie wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>There is no %1 file in %2 (files named %3).</source>
        <translation>In %2 gibt es keine %1-Datei (Dateien namens %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be %2</source>
        <translation>„%1“ kann nicht %2 sein</translation>
    </message>
    <message>
        <source>a file read by lines is never done: it may grow</source>
        <translation>eine zeilenweise gelesene Datei ist nie fertig: sie kann wachsen</translation>
    </message>
    <message>
        <source>its offset %1 is inside a line</source>
        <translation>ihr Offset %1 liegt innerhalb einer Zeile</translation>
    </message>
    <message>
        <source>its offset %1 is inside a record</source>
        <translation>ihr Offset %1 liegt innerhalb eines Datensatzes</translation>
    </message>
    <message>
        <source>The progress recorded for %1 is damaged: %2. Nothing was read; remove the connector&apos;s progress for the file to read it again from the start (its records are then counted as duplicates).</source>
        <translation>Der für %1 gespeicherte Fortschritt ist beschädigt: %2. Es wurde nichts gelesen; entfernen Sie den Fortschritt des Connectors für die Datei, um sie von vorn zu lesen (ihre Datensätze zählen dann als Duplikate).</translation>
    </message>
    <message>
        <source>%1 bytes follow the records array; at most %2 may close the document.</source>
        <translation>Auf das Datensatz-Array folgen %1 Bytes; höchstens %2 dürfen das Dokument abschließen.</translation>
    </message>
    <message>
        <source>What follows the records array is not the rest of the document (%1); it is set aside unread.</source>
        <translation>Was auf das Datensatz-Array folgt, ist nicht der Rest des Dokuments (%1); es wird ungelesen zurückgestellt.</translation>
    </message>
</context>
<context>
    <name>GrantCommand</name>
    <message>
        <source>grant needs a command: list, show, revoke or expire.</source>
        <translation>grant braucht einen Befehl: list, show, revoke oder expire.</translation>
    </message>
    <message>
        <source>steward-cli grant list: grants, newest first.</source>
        <translation>steward-cli grant list: Berechtigungen, neueste zuerst.</translation>
    </message>
    <message>
        <source>Only this agent&apos;s grants.</source>
        <translation>Nur die Berechtigungen dieses Agenten.</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>active, expired, revoked or all (default).</source>
        <translation>active, expired, revoked oder all (Standard).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>steward-cli grant show ID: one grant.</source>
        <translation>steward-cli grant show ID: eine Berechtigung.</translation>
    </message>
    <message>
        <source>The grant number.</source>
        <translation>Die Nummer der Berechtigung.</translation>
    </message>
    <message>
        <source>steward-cli grant revoke ID --reason R: end a grant now.</source>
        <translation>steward-cli grant revoke ID --reason G: eine Berechtigung sofort beenden.</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Warum (erforderlich).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>steward-cli grant expire: expire every grant and pending request whose time has come (the console does this on its own).</source>
        <translation>steward-cli grant expire: jede Berechtigung und jeden offenen Antrag ablaufen lassen, deren Zeit gekommen ist (die Konsole tut das von selbst).</translation>
    </message>
    <message>
        <source>Expired %1 requests and %2 grants.</source>
        <translation>%1 Anträge und %2 Berechtigungen sind abgelaufen.</translation>
    </message>
    <message>
        <source>Revoked grant %1.</source>
        <translation>Berechtigung %1 widerrufen.</translation>
    </message>
    <message>
        <source>--state is active, expired, revoked or all.</source>
        <translation>--state ist active, expired, revoked oder all.</translation>
    </message>
    <message>
        <source>grant revoke takes one grant number and --reason.</source>
        <translation>grant revoke erwartet eine Berechtigungsnummer und --reason.</translation>
    </message>
    <message>
        <source>grant show takes one grant number.</source>
        <translation>grant show erwartet eine Berechtigungsnummer.</translation>
    </message>
</context>
<context>
    <name>HttpPageClient</name>
    <message>
        <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 ist nicht lesbar oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The bearer token must be visible ASCII characters with no spaces (RFC 6750).</source>
        <translation>Das Bearer-Token muss aus sichtbaren ASCII-Zeichen ohne Leerzeichen bestehen (RFC 6750).</translation>
    </message>
    <message>
        <source>Stopped while asking for an access token.</source>
        <translation>Beim Anfordern eines Access-Tokens angehalten.</translation>
    </message>
    <message>
        <source>No access token from %1: %2</source>
        <translation>Kein Access-Token von %1: %2</translation>
    </message>
    <message>
        <source>Stopped while waiting for %1.</source>
        <translation>Beim Warten auf %1 angehalten.</translation>
    </message>
    <message>
        <source>The page at %1 is larger than %2 MiB; ask the endpoint for smaller pages (a limit in the URL).</source>
        <translation>Die Seite unter %1 ist größer als %2 MiB; beim Endpunkt kleinere Seiten anfordern (ein Limit in der URL).</translation>
    </message>
    <message>
        <source>TLS verification of %1 failed: %2. If the endpoint&apos;s certificate comes from a private CA, name that CA&apos;s certificate in the connector&apos;s CA file.</source>
        <translation>Die TLS-Prüfung von %1 ist fehlgeschlagen: %2. Stammt das Zertifikat des Endpunkts von einer privaten CA, deren Zertifikat als CA-Datei des Connectors angeben.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 is not on the endpoint&apos;s own host; the connector&apos;s credentials are not sent there.</source>
        <translation>%1 liegt nicht auf dem Host des Endpunkts; die Zugangsdaten des Connectors werden dort nicht hingeschickt.</translation>
    </message>
    <message>
        <source>%1 refused the connector&apos;s credentials (HTTP %2): set its token or client secret again, or check what it is allowed to read.</source>
        <translation>%1 hat die Zugangsdaten des Connectors abgelehnt (HTTP %2): Token oder Client-Secret neu setzen oder prüfen, was er lesen darf.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2; the next poll tries again.</source>
        <translation>%1 antwortete mit HTTP %2; die nächste Abfrage versucht es erneut.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <source>The page at %1 is not JSON: %2</source>
        <translation>Die Seite unter %1 ist kein JSON: %2</translation>
    </message>
    <message>
        <source>The page at %1 has no array of records at &quot;%2&quot;; check the records pointer.</source>
        <translation>Die Seite unter %1 hat kein Array von Datensätzen bei „%2“; den Zeiger auf die Datensätze prüfen.</translation>
    </message>
    <message>
        <source>The page at %1 points to its next page on another host (%2); the connector&apos;s credentials are not sent there.</source>
        <translation>Die Seite unter %1 verweist für die nächste Seite auf einen anderen Host (%2); die Zugangsdaten des Connectors werden dort nicht hingeschickt.</translation>
    </message>
</context>
<context>
    <name>HttpPollSettings</name>
    <message>
        <source>The %1 (%2) must be a full URL such as https://host/path.</source>
        <translation>Der %1 (%2) muss eine vollständige URL sein, etwa https://host/pfad.</translation>
    </message>
    <message>
        <source>The %1 must use https: a token is never sent without TLS.</source>
        <translation>Der %1 muss https verwenden: ein Token wird nie ohne TLS gesendet.</translation>
    </message>
    <message>
        <source>The %1 must not carry a user name or password; the secret is kept apart.</source>
        <translation>Der %1 darf keinen Benutzernamen und kein Passwort enthalten; das Secret wird getrennt aufbewahrt.</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>The records&apos; format (record_format) must be one of %1.</source>
        <translation>Das Format der Datensätze (record_format) muss eines von %1 sein.</translation>
    </message>
    <message>
        <source>The setting %1 is not a JSON pointer: write it as /field/inner (RFC 6901).</source>
        <translation>Die Einstellung %1 ist kein JSON-Zeiger: als /feld/inneres schreiben (RFC 6901).</translation>
    </message>
    <message>
        <source>The cursor&apos;s query parameter (cursor_param) must be 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Der Abfrageparameter des Cursors (cursor_param) muss aus 1 bis 64 Buchstaben, Ziffern, Punkten, Binde- oder Unterstrichen bestehen.</translation>
    </message>
    <message>
        <source>A cursor parameter needs the pointer (next) to the cursor in each page.</source>
        <translation>Ein Cursor-Parameter braucht den Zeiger (next) auf den Cursor in jeder Seite.</translation>
    </message>
    <message>
        <source>token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
    <message>
        <source>OAuth 2.0 needs a client ID (client_id) of up to 512 characters.</source>
        <translation>OAuth 2.0 braucht eine Client-ID (client_id) mit bis zu 512 Zeichen.</translation>
    </message>
    <message>
        <source>The authentication (auth) must be bearer or oauth2.</source>
        <translation>Die Authentifizierung (auth) muss bearer oder oauth2 sein.</translation>
    </message>
    <message>
        <source>The polling interval must be 1 to 86400 seconds.</source>
        <translation>Das Abfrageintervall muss 1 bis 86400 Sekunden betragen.</translation>
    </message>
</context>
<context>
    <name>IdentityService</name>
    <message>
        <source>The longest token lifetime must be between 60 and %1 seconds.</source>
        <translation>Die längste Token-Lebensdauer muss zwischen 60 und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <source>Agent %1 is %2; only active agents get tokens.</source>
        <translation>Agent %1 ist %2; nur aktive Agenten erhalten Tokens.</translation>
    </message>
    <message>
        <source>The workspace has no signing key; create one with &quot;steward-cli jwks rotate&quot;.</source>
        <translation>Der Arbeitsbereich hat keinen Signaturschlüssel; legen Sie einen an mit „steward-cli jwks rotate“.</translation>
    </message>
    <message>
        <source>The workspace already has a certificate authority; rotate its intermediate instead.</source>
        <translation>Der Arbeitsbereich hat bereits eine Zertifizierungsstelle; rotieren Sie stattdessen ihre Zwischen-CA.</translation>
    </message>
    <message>
        <source>Agent %1 is %2; only active agents get an identity.</source>
        <translation>Agent %1 ist %2; nur aktive Agenten erhalten eine Identität.</translation>
    </message>
    <message>
        <source>The bundle passphrase must be at least 8 characters.</source>
        <translation>Die Passphrase des Bündels muss mindestens 8 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>SVID %1 is revoked; its key may be compromised, so issue a new SVID from a new CSR.</source>
        <translation>SVID %1 ist widerrufen; ihr Schlüssel könnte kompromittiert sein, stellen Sie daher eine neue SVID aus einer neuen CSR aus.</translation>
    </message>
    <message>
        <source>SVID %1 was issued before Steward kept certificates, so its key is unknown; issue a new SVID from the agent&apos;s CSR.</source>
        <translation>SVID %1 wurde ausgestellt, bevor Steward Zertifikate aufbewahrte, daher ist ihr Schlüssel unbekannt; stellen Sie eine neue SVID aus der CSR des Agenten aus.</translation>
    </message>
    <message>
        <source>SVID %1 does not name exactly one SPIFFE ID.</source>
        <translation>SVID %1 nennt nicht genau eine SPIFFE-ID.</translation>
    </message>
    <message>
        <source>SVID %1 names %2, which now belongs to another agent; issue a new one.</source>
        <translation>SVID %1 nennt %2, die jetzt zu einem anderen Agenten gehört; stellen Sie eine neue aus.</translation>
    </message>
    <message>
        <source>Scope &quot;%1&quot;: %2</source>
        <translation>Umfang „%1“: %2</translation>
    </message>
    <message>
        <source>A token carries the permission statements it may use: give a scope from the agent&apos;s grant.</source>
        <translation>Ein Token trägt die Berechtigungsanweisungen, die es nutzen darf: geben Sie einen Umfang aus der Berechtigung des Agenten an.</translation>
    </message>
    <message>
        <source>The CRL of the intermediate replaced at the last rotation needs the workspace passphrase; unlocking keeps only the current one.</source>
        <translation>Die Sperrliste der bei der letzten Rotation abgelösten Zwischen-CA braucht die Passphrase des Arbeitsbereichs; das Entsperren hält nur die aktuelle bereit.</translation>
    </message>
    <message>
        <source>Whether the token was revoked could not be checked, so it is refused: %1</source>
        <translation>Ob das Token widerrufen wurde, ließ sich nicht prüfen, daher wird es abgewiesen: %1</translation>
    </message>
    <message>
        <source>The workspace&apos;s token keys could not be read, so no token is accepted: %1</source>
        <translation>Die Token-Schlüssel des Arbeitsbereichs ließen sich nicht lesen, daher wird kein Token angenommen: %1</translation>
    </message>
    <message>
        <source>The workspace&apos;s last CRL number &quot;%1&quot; is damaged, so no CRL can be numbered after it. Restore the workspace from a backup.</source>
        <translation>Die letzte CRL-Nummer des Arbeitsbereichs „%1“ ist beschädigt, daher kann keine CRL danach nummeriert werden. Stellen Sie den Arbeitsbereich aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The workspace&apos;s longest token lifetime &quot;%1&quot; is not a number, so no token is minted. Restore the workspace from a backup.</source>
        <translation>Die längste Token-Lebensdauer des Arbeitsbereichs „%1“ ist keine Zahl, daher wird kein Token ausgestellt. Stellen Sie den Arbeitsbereich aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>IngestCommand</name>
    <message>
        <source>steward-cli ingest: read activity files into the workspace. Each file resumes where the last run stopped; the same record read twice is stored once. Prints what was read, stored, found duplicate and quarantined.</source>
        <translation>steward-cli ingest: Aktivitätsdateien in den Arbeitsbereich einlesen. Jede Datei wird dort fortgesetzt, wo der letzte Lauf aufhörte; derselbe Datensatz wird nur einmal gespeichert. Gibt aus, was gelesen, gespeichert, als Duplikat erkannt und in Quarantäne genommen wurde.</translation>
    </message>
    <message>
        <source>The files&apos; format: %1.</source>
        <translation>Das Format der Dateien: %1.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>One file (JSON lines, a JSON document, or gzip).</source>
        <translation>Eine Datei (JSON Lines, ein JSON-Dokument oder gzip).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Records per transaction (default 1000).</source>
        <translation>Datensätze pro Transaktion (Standard 1000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format; use one of %2.</source>
        <translation>„%1“ ist kein Format; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>Read %1 records</source>
        <translation>%1 Datensätze gelesen</translation>
    </message>
    <message>
        <source>read %1, stored %2, duplicates %3, quarantined %4</source>
        <translation>gelesen %1, gespeichert %2, Duplikate %3, in Quarantäne %4</translation>
    </message>
    <message>
        <source>Stopped; the next run continues from here.</source>
        <translation>Angehalten; der nächste Lauf macht hier weiter.</translation>
    </message>
    <message>
        <source>The connector to record progress under (default: format and path); an existing connector brings its own format and settings.</source>
        <translation>Der Connector, unter dem der Fortschritt festgehalten wird (Standard: Format und Pfad); ein bestehender Connector bringt sein eigenes Format und seine Einstellungen mit.</translation>
    </message>
    <message>
        <source>Keep reading as the files grow and rotate, until interrupted.</source>
        <translation>Weiterlesen, während die Dateien wachsen und rotieren, bis zum Abbruch.</translation>
    </message>
    <message>
        <source>jsonl needs a mapping: create the connector first, with connector add NAME --format jsonl --map time=/ts ..., then ingest --connector NAME.</source>
        <translation>jsonl braucht eine Zuordnung: legen Sie zuerst den Connector an, mit connector add NAME --format jsonl --map time=/ts ..., dann ingest --connector NAME.</translation>
    </message>
    <message>
        <source>Connector %1 reads %2, not %3.</source>
        <translation>Connector %1 liest %2, nicht %3.</translation>
    </message>
    <message>
        <source>Following %1; Ctrl+C stops.</source>
        <translation>%1 wird verfolgt; Strg+C beendet.</translation>
    </message>
    <message>
        <source>Polling every %1 s; Ctrl+C stops.</source>
        <translation>Abfrage alle %1 s; Strg+C hält an.</translation>
    </message>
    <message>
        <source>Every file below this folder named as the format names its files, in name order.</source>
        <translation>Jede Datei unterhalb dieses Ordners, die so heißt, wie das Format seine Dateien benennt, in Namensreihenfolge.</translation>
    </message>
    <message>
        <source>With --dir: read the files whose names match this pattern instead (such as &apos;*.txt&apos;); may be given more than once.</source>
        <translation>Mit --dir: stattdessen die Dateien lesen, deren Namen zu diesem Muster passen (etwa &apos;*.txt&apos;); mehrfach angebbar.</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>ingest needs --format (or an existing --connector) and exactly one of --file or --dir; --glob goes with --dir.</source>
        <translation>ingest braucht --format (oder einen vorhandenen --connector) und genau eines von --file oder --dir; --glob gehört zu --dir.</translation>
    </message>
    <message numerus="yes">
        <source>Passed over %n file(s) not named as %1 files are; --glob reads others.</source>
        <translation>
            <numerusform>%n Datei übergangen, die nicht wie %1-Dateien benannt ist; --glob liest andere.</numerusform>
            <numerusform>%n Dateien übergangen, die nicht wie %1-Dateien benannt sind; --glob liest andere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every one of the %1 records read was quarantined: the input is probably not %2. Check the format, or see why with steward-cli quarantine list --connector %3.</source>
        <translation>Alle %1 gelesenen Datensätze kamen in Quarantäne: die Eingabe ist wahrscheinlich nicht %2. Prüfen Sie das Format, oder sehen Sie den Grund mit steward-cli quarantine list --connector %3.</translation>
    </message>
    <message>
        <source>read %1, stored %2, answers %3, duplicates %4, quarantined %5</source>
        <translation>gelesen %1, gespeichert %2, Antworten %3, Duplikate %4, in Quarantäne %5</translation>
    </message>
</context>
<context>
    <name>IngestPipeline</name>
    <message>
        <source>Unknown: first seen acting as %1 in %2 activity.</source>
        <translation>Unbekannt: zuerst gesehen als %1 in %2-Aktivität.</translation>
    </message>
    <message>
        <source>No free name for a shadow agent like %1.</source>
        <translation>Kein freier Name für einen Schatten-Agenten wie %1.</translation>
    </message>
    <message>
        <source>Its environment is unknown; taken as prod until its owner says.</source>
        <translation>Seine Umgebung ist unbekannt; sie gilt als prod, bis sein Verantwortlicher etwas anderes sagt.</translation>
    </message>
    <message>
        <source>Same id (%1) as stored event %2, but a different %3.</source>
        <translation>Dieselbe ID (%1) wie das gespeicherte Ereignis %2, aber abweichend: %3.</translation>
    </message>
</context>
<context>
    <name>InventoryRules</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 ist %2 Zeichen lang; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1 enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The display name</source>
        <translation>Der Anzeigename</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>Der Zweck</translation>
    </message>
    <message>
        <source>The framework</source>
        <translation>Das Framework</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>Das Modell</translation>
    </message>
    <message>
        <source>The tag “%1” is not valid: use up to %2 lower-case letters, digits, colons, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Das Tag „%1“ ist ungültig: Verwenden Sie bis zu %2 Kleinbuchstaben, Ziffern, Doppelpunkte, Punkte, Bindestriche oder Unterstriche, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>An agent may carry at most %1 tags.</source>
        <translation>Ein Agent darf höchstens %1 Tags tragen.</translation>
    </message>
    <message>
        <source>A tag is listed twice.</source>
        <translation>Ein Tag ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>A principal must be 1 to %1 printable characters.</source>
        <translation>Ein Principal muss aus 1 bis %1 druckbaren Zeichen bestehen.</translation>
    </message>
    <message>
        <source>“%1” is not an IAM role ARN such as arn:aws:iam::123456789012:role/invoice-agent.</source>
        <translation>„%1“ ist kein ARN einer IAM-Rolle wie arn:aws:iam::123456789012:role/invoice-agent.</translation>
    </message>
    <message>
        <source>“%1” is not a Kubernetes service account such as system:serviceaccount:payments:invoice-agent.</source>
        <translation>„%1“ ist kein Kubernetes-Dienstkonto wie system:serviceaccount:payments:invoice-agent.</translation>
    </message>
    <message>
        <source>An OpenTelemetry agent ID may not start or end with spaces.</source>
        <translation>Eine OpenTelemetry-Agenten-ID darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>An agent may have at most %1 principals.</source>
        <translation>Ein Agent darf höchstens %1 Principals haben.</translation>
    </message>
    <message>
        <source>The principal %1 is listed twice.</source>
        <translation>Der Principal %1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Der Grund</translation>
    </message>
    <message>
        <source>The owner&apos;s name</source>
        <translation>Der Name des Eigentümers</translation>
    </message>
    <message>
        <source>The owner&apos;s email</source>
        <translation>Die E-Mail des Eigentümers</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Das Team</translation>
    </message>
    <message>
        <source>Write a principal as KIND=VALUE, where KIND is one of %1.</source>
        <translation>Schreiben Sie einen Principal als ART=WERT, wobei ART eine von %1 ist.</translation>
    </message>
    <message>
        <source>“%1” is not a principal kind; use one of %2.</source>
        <translation>„%1“ ist keine Principal-Art; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>The reason for a revocation</source>
        <translation>Der Grund für einen Widerruf</translation>
    </message>
</context>
<context>
    <name>InventoryService</name>
    <message>
        <source>An owner with the email %1 already exists.</source>
        <translation>Ein Eigentümer mit der E-Mail %1 existiert bereits.</translation>
    </message>
    <message>
        <source>There is no owner %1. Add the owner first (&quot;steward-cli owner add&quot;).</source>
        <translation>Es gibt keinen Eigentümer %1. Legen Sie den Eigentümer zuerst an („steward-cli owner add“).</translation>
    </message>
    <message>
        <source>Every registered agent needs an accountable owner.</source>
        <translation>Jeder registrierte Agent braucht einen verantwortlichen Eigentümer.</translation>
    </message>
    <message>
        <source>The owner chosen for the agent does not exist.</source>
        <translation>Der für den Agenten gewählte Eigentümer existiert nicht.</translation>
    </message>
    <message>
        <source>The principal %1 already belongs to agent %2.</source>
        <translation>Der Principal %1 gehört bereits zu Agent %2.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Discovered in activity; never registered</source>
        <translation>In Aktivitäten entdeckt; nie registriert</translation>
    </message>
    <message>
        <source>An agent named %1 already exists (%2). Agent names are never reused, even after retirement.</source>
        <translation>Ein Agent namens %1 existiert bereits (%2). Agentennamen werden nie wiederverwendet, auch nicht nach der Stilllegung.</translation>
    </message>
    <message>
        <source>Agent %1 is retired; its record is kept as it was and cannot be edited.</source>
        <translation>Agent %1 ist stillgelegt; sein Eintrag bleibt unverändert erhalten und kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>There is no agent %1.</source>
        <translation>Es gibt keinen Agenten %1.</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Requested; waiting for approval</source>
        <translation>Beantragt; wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>Agent %1 was %2: %3</source>
        <translation>Agent %1 wurde %2: %3</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The record is not valid UTF-8.</source>
        <translation>Der Datensatz ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The record is nested more deeply than %1 levels.</source>
        <translation>Der Datensatz ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The record holds a number that is out of range.</source>
        <translation>Der Datensatz enthält eine Zahl außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The record is empty.</source>
        <translation>Der Datensatz ist leer.</translation>
    </message>
    <message>
        <source>The record is not JSON: %1.</source>
        <translation>Der Datensatz ist kein JSON: %1.</translation>
    </message>
</context>
<context>
    <name>JsonlParser</name>
    <message>
        <source>&quot;%1&quot; is not an event field; map any of %2.</source>
        <translation>&quot;%1&quot; ist kein Ereignisfeld; zuordnen lassen sich %2.</translation>
    </message>
    <message>
        <source>The mapping of %1 is not a JSON pointer: write it as /field/inner (RFC 6901), with ~1 for a slash and ~0 for a tilde inside a name.</source>
        <translation>Die Zuordnung von %1 ist kein JSON-Pointer: schreiben Sie sie als /feld/inneres (RFC 6901), mit ~1 für einen Schrägstrich und ~0 für eine Tilde in einem Namen.</translation>
    </message>
    <message>
        <source>The mapping needs a pointer for time, the one field every event has.</source>
        <translation>Die Zuordnung braucht einen Pointer für time, das eine Feld, das jedes Ereignis hat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a principal kind; use agent-id, aws-role or k8s-service-account.</source>
        <translation>&quot;%1&quot; ist keine Prinzipalart; verwenden Sie agent-id, aws-role oder k8s-service-account.</translation>
    </message>
    <message>
        <source>A JSON lines record is a JSON object.</source>
        <translation>Ein JSON-Lines-Eintrag ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>No time at %1: it must be RFC 3339 with a zone, or a number since 1970.</source>
        <translation>Keine Zeit bei %1: sie muss RFC 3339 mit Zone sein oder eine Zahl seit 1970.</translation>
    </message>
</context>
<context>
    <name>Jws</name>
    <message>
        <source>The token is %1 bytes; tokens over %2 bytes are refused unread.</source>
        <translation>Das Token ist %1 Bytes groß; Tokens über %2 Bytes werden ungelesen abgelehnt.</translation>
    </message>
    <message>
        <source>The token is not a JWS in compact form (header.payload.signature).</source>
        <translation>Das Token ist kein JWS in kompakter Form (Header.Nutzdaten.Signatur).</translation>
    </message>
    <message>
        <source>A part of the token is not valid base64url.</source>
        <translation>Ein Teil des Tokens ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The token header is not a JSON object.</source>
        <translation>Der Header des Tokens ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>K8sAuditParser</name>
    <message>
        <source>Not a Kubernetes audit Event (kind is not &quot;Event&quot;).</source>
        <translation>Kein Kubernetes-Audit-Event (kind ist nicht „Event“).</translation>
    </message>
    <message>
        <source>A Kubernetes audit Event needs auditID and verb as strings.</source>
        <translation>Ein Kubernetes-Audit-Event braucht auditID und verb als Zeichenketten.</translation>
    </message>
    <message>
        <source>The Kubernetes audit Event has no time.</source>
        <translation>Das Kubernetes-Audit-Event hat keine Zeit.</translation>
    </message>
    <message>
        <source>A Kubernetes audit record is a JSON object.</source>
        <translation>Ein Kubernetes-Audit-Datensatz ist ein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>KeyPair</name>
    <message>
        <source>The EC key is on curve %1; only P-256 is accepted.</source>
        <translation>Der EC-Schlüssel liegt auf der Kurve %1; nur P-256 wird akzeptiert.</translation>
    </message>
    <message>
        <source>The key is of type %1; only Ed25519 and ECDSA P-256 keys are accepted.</source>
        <translation>Der Schlüssel ist vom Typ %1; nur Ed25519- und ECDSA-P-256-Schlüssel werden akzeptiert.</translation>
    </message>
    <message>
        <source>Could not generate a key</source>
        <translation>Es konnte kein Schlüssel erzeugt werden</translation>
    </message>
    <message>
        <source>The JWK is on curve %1; only Ed25519 is accepted for OKP keys.</source>
        <translation>Der JWK liegt auf der Kurve %1; für OKP-Schlüssel wird nur Ed25519 akzeptiert.</translation>
    </message>
    <message>
        <source>The Ed25519 JWK&apos;s &quot;x&quot; is not 32 bytes of base64url.</source>
        <translation>„x“ des Ed25519-JWK sind nicht 32 Bytes base64url.</translation>
    </message>
    <message>
        <source>The Ed25519 public key is not valid</source>
        <translation>Der öffentliche Ed25519-Schlüssel ist ungültig</translation>
    </message>
    <message>
        <source>The Ed25519 JWK&apos;s &quot;d&quot; is not a valid private key.</source>
        <translation>„d“ des Ed25519-JWK ist kein gültiger privater Schlüssel.</translation>
    </message>
    <message>
        <source>The Ed25519 JWK&apos;s &quot;x&quot; does not belong to its &quot;d&quot;.</source>
        <translation>„x“ des Ed25519-JWK gehört nicht zu seinem „d“.</translation>
    </message>
    <message>
        <source>The JWK is on curve %1; only P-256 is accepted for EC keys.</source>
        <translation>Der JWK liegt auf der Kurve %1; für EC-Schlüssel wird nur P-256 akzeptiert.</translation>
    </message>
    <message>
        <source>The P-256 JWK&apos;s &quot;x&quot; and &quot;y&quot; must be 32 bytes of base64url each.</source>
        <translation>„x“ und „y“ des P-256-JWK müssen je 32 Bytes base64url sein.</translation>
    </message>
    <message>
        <source>The P-256 JWK&apos;s &quot;d&quot; is not 32 bytes of base64url.</source>
        <translation>„d“ des P-256-JWK sind nicht 32 Bytes base64url.</translation>
    </message>
    <message>
        <source>The P-256 JWK is not a valid key</source>
        <translation>Der P-256-JWK ist kein gültiger Schlüssel</translation>
    </message>
    <message>
        <source>The P-256 JWK&apos;s point is not on the curve or does not match its private key</source>
        <translation>Der Punkt des P-256-JWK liegt nicht auf der Kurve oder passt nicht zu seinem privaten Schlüssel</translation>
    </message>
    <message>
        <source>The JWK&apos;s key type &quot;%1&quot; is not accepted; use OKP (Ed25519) or EC (P-256).</source>
        <translation>Der Schlüsseltyp „%1“ des JWK wird nicht akzeptiert; verwenden Sie OKP (Ed25519) oder EC (P-256).</translation>
    </message>
    <message>
        <source>The private key is not encrypted; Steward only reads encrypted PKCS#8 keys.</source>
        <translation>Der private Schlüssel ist nicht verschlüsselt; Steward liest nur verschlüsselte PKCS#8-Schlüssel.</translation>
    </message>
    <message>
        <source>The private key could not be unlocked: the passphrase is wrong or the file is damaged.</source>
        <translation>Der private Schlüssel konnte nicht entsperrt werden: Die Passphrase ist falsch oder die Datei beschädigt.</translation>
    </message>
    <message>
        <source>The public key PEM could not be read</source>
        <translation>Das PEM des öffentlichen Schlüssels konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>A public key cannot sign.</source>
        <translation>Ein öffentlicher Schlüssel kann nicht signieren.</translation>
    </message>
    <message>
        <source>Could not sign</source>
        <translation>Signieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>A public key has no private part to encrypt.</source>
        <translation>Ein öffentlicher Schlüssel hat keinen privaten Teil, der verschlüsselt werden könnte.</translation>
    </message>
    <message>
        <source>A private key is never stored without a passphrase.</source>
        <translation>Ein privater Schlüssel wird nie ohne Passphrase gespeichert.</translation>
    </message>
    <message>
        <source>Could not prepare the key for encryption</source>
        <translation>Der Schlüssel konnte nicht für die Verschlüsselung vorbereitet werden</translation>
    </message>
    <message>
        <source>Could not encrypt the private key</source>
        <translation>Der private Schlüssel konnte nicht verschlüsselt werden</translation>
    </message>
    <message>
        <source>Could not write the encrypted private key</source>
        <translation>Der verschlüsselte private Schlüssel konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>KeySet</name>
    <message>
        <source>The JWKS is %1 bytes; at most %2 are read.</source>
        <translation>Das JWKS ist %1 Bytes groß; höchstens %2 werden gelesen.</translation>
    </message>
    <message>
        <source>The JWKS is not a JSON object: %1.</source>
        <translation>Das JWKS ist kein JSON-Objekt: %1.</translation>
    </message>
    <message>
        <source>The JWKS has no &quot;keys&quot; array.</source>
        <translation>Das JWKS hat kein „keys“-Array.</translation>
    </message>
    <message>
        <source>The JWKS holds more than %1 keys.</source>
        <translation>Das JWKS enthält mehr als %1 Schlüssel.</translation>
    </message>
    <message>
        <source>The JWKS holds no Ed25519 or P-256 key.</source>
        <translation>Das JWKS enthält keinen Ed25519- oder P-256-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>KeychainCommand</name>
    <message>
        <source>keychain needs a command: remember, forget or status.</source>
        <translation>keychain braucht einen Befehl: remember, forget oder status.</translation>
    </message>
    <message>
        <source>steward-cli keychain remember: keep the workspace passphrase in the system keychain, after checking that it opens the workspace keys.</source>
        <translation>steward-cli keychain remember: die Passphrase des Arbeitsbereichs im Schlüsselbund des Systems hinterlegen, nachdem geprüft wurde, dass sie die Schlüssel öffnet.</translation>
    </message>
    <message>
        <source>steward-cli keychain forget: remove the workspace passphrase from the system keychain.</source>
        <translation>steward-cli keychain forget: die Passphrase des Arbeitsbereichs aus dem Schlüsselbund des Systems entfernen.</translation>
    </message>
    <message>
        <source>steward-cli keychain status: whether a passphrase is remembered and still opens the keys.</source>
        <translation>steward-cli keychain status: ob eine Passphrase hinterlegt ist und die Schlüssel noch öffnet.</translation>
    </message>
    <message>
        <source>keychain %1 takes no arguments.</source>
        <translation>keychain %1 erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>The workspace has no keys yet, so the passphrase cannot be checked; run &quot;steward-cli ca init&quot; first.</source>
        <translation>Der Arbeitsbereich hat noch keine Schlüssel, die Passphrase kann also nicht geprüft werden; führen Sie zuerst „steward-cli ca init“ aus.</translation>
    </message>
    <message>
        <source>The passphrase of %1 is in the system keychain as &quot;%2&quot; under %3; commands no longer ask for it.</source>
        <translation>Die Passphrase von %1 liegt im Schlüsselbund des Systems als „%2“ unter %3; Befehle fragen nicht mehr danach.</translation>
    </message>
    <message>
        <source>The system keychain no longer holds the passphrase of %1.</source>
        <translation>Der Schlüsselbund des Systems enthält die Passphrase von %1 nicht mehr.</translation>
    </message>
    <message>
        <source>No passphrase is remembered for %1.</source>
        <translation>Für %1 ist keine Passphrase hinterlegt.</translation>
    </message>
    <message>
        <source>The remembered passphrase opens the keys of %1.</source>
        <translation>Die hinterlegte Passphrase öffnet die Schlüssel von %1.</translation>
    </message>
    <message>
        <source>The remembered passphrase does not open the keys of %1; run &quot;steward-cli keychain forget&quot;, then remember the current one.</source>
        <translation>Die hinterlegte Passphrase öffnet die Schlüssel von %1 nicht; führen Sie „steward-cli keychain forget“ aus und hinterlegen Sie dann die aktuelle.</translation>
    </message>
</context>
<context>
    <name>LangfuseParser</name>
    <message>
        <source>Not a Langfuse trace export: no &quot;observations&quot; list.</source>
        <translation>Kein Langfuse-Trace-Export: keine „observations“-Liste.</translation>
    </message>
    <message>
        <source>An observation is not a JSON object.</source>
        <translation>Eine Observation ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>An observation needs a 32-digit hex traceId and a 16-digit hex id.</source>
        <translation>Eine Observation braucht eine 32-stellige hexadezimale traceId und eine 16-stellige hexadezimale id.</translation>
    </message>
    <message>
        <source>An observation needs startTime as an ISO 8601 time.</source>
        <translation>Eine Observation braucht startTime als ISO-8601-Zeit.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Console sections</source>
        <translation>Bereiche der Konsole</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Agenten</translation>
    </message>
    <message>
        <source>&amp;New agent…</source>
        <translation>&amp;Neuer Agent…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>Auswahl &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>Ü&amp;ber Steward</translation>
    </message>
    <message>
        <source>%1 — Steward</source>
        <translation>%1 — Steward</translation>
    </message>
    <message>
        <source>Trust domain: %1</source>
        <translation>Vertrauensdomäne: %1</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>The agent inventory: owners, principals, status</source>
        <translation>Das Agenteninventar: Eigentümer, Principals, Status</translation>
    </message>
    <message>
        <source>%1 agents · %2 active · %3 suspended · %4 shadow</source>
        <translation>%1 Agenten · %2 aktiv · %3 gesperrt · %4 Schatten</translation>
    </message>
    <message>
        <source>About Steward</source>
        <translation>Über Steward</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;A governance console for AI agents: inventory, identity, approvals, activity and accountability, on zero-trust principles.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;Eine Governance-Konsole für KI-Agenten: Inventar, Identität, Freigaben, Aktivität und Verantwortlichkeit, nach Zero-Trust-Prinzipien.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Certificates and tokens issued, and static keys observed</source>
        <translation>Ausgestellte Zertifikate und Tokens sowie beobachtete statische Schlüssel</translation>
    </message>
    <message>
        <source>%1 requests and %2 grants reached their end and expired.</source>
        <translation>%1 Anträge und %2 Berechtigungen haben ihr Ende erreicht und sind abgelaufen.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>The signed, hash-chained record of every change</source>
        <translation>Die signierte, per Hash verkettete Aufzeichnung jeder Änderung</translation>
    </message>
    <message>
        <source>O&amp;perators and approval rules…</source>
        <translation>O&amp;peratoren und Genehmigungsregeln…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>What agents did, from the connected backends, with each trace</source>
        <translation>Was Agenten taten, aus den angebundenen Backends, mit jedem Trace</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connectoren</translation>
    </message>
    <message>
        <source>The backends Steward reads activity from, and what each set aside</source>
        <translation>Die Backends, aus denen Steward Aktivität liest, und was jedes beiseitegelegt hat</translation>
    </message>
    <message>
        <source>Live: %L1 events/s · connectors running: %2</source>
        <translation>Live: %L1 Ereignisse/s · laufende Connectoren: %2</translation>
    </message>
    <message>
        <source>Permission and identity requests waiting for your decision</source>
        <translation>Berechtigungs- und Identitätsanträge, die auf Ihre Entscheidung warten</translation>
    </message>
</context>
<context>
    <name>McpParser</name>
    <message>
        <source>An MCP traffic record is a JSON object.</source>
        <translation>Ein MCP-Verkehrseintrag ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>No JSON-RPC message in the record (looked for message, payload and body).</source>
        <translation>Im Eintrag ist keine JSON-RPC-Nachricht (gesucht wurde nach message, payload und body).</translation>
    </message>
    <message>
        <source>The message is a string but not JSON: %1</source>
        <translation>Die Nachricht ist eine Zeichenkette, aber kein JSON: %1</translation>
    </message>
    <message>
        <source>Not a JSON-RPC 2.0 message (it needs &quot;jsonrpc&quot;: &quot;2.0&quot;).</source>
        <translation>Keine JSON-RPC-2.0-Nachricht (sie braucht &quot;jsonrpc&quot;: &quot;2.0&quot;).</translation>
    </message>
    <message>
        <source>The record has no time (time or timestamp, RFC 3339 or a number since 1970).</source>
        <translation>Der Eintrag hat keine Zeit (time oder timestamp, RFC 3339 oder eine Zahl seit 1970).</translation>
    </message>
    <message>
        <source>A cancellation of request %1, which was not seen.</source>
        <translation>Ein Abbruch der Anfrage %1, die nicht gesehen wurde.</translation>
    </message>
    <message>
        <source>A tools/call request without params.name.</source>
        <translation>Eine tools/call-Anfrage ohne params.name.</translation>
    </message>
    <message>
        <source>unidentified MCP client</source>
        <translation>nicht identifizierter MCP-Client</translation>
    </message>
    <message>
        <source>A JSON-RPC message with neither method nor id.</source>
        <translation>Eine JSON-RPC-Nachricht ohne method und ohne id.</translation>
    </message>
    <message>
        <source>The response to request %1 in session &quot;%2&quot;, whose request was not seen; a response alone does not say what was called.</source>
        <translation>Die Antwort auf Anfrage %1 in Sitzung &quot;%2&quot;, deren Anfrage nicht gesehen wurde; eine Antwort allein sagt nicht, was aufgerufen wurde.</translation>
    </message>
    <message>
        <source>A JSON-RPC response needs a result or an error object.</source>
        <translation>Eine JSON-RPC-Antwort braucht ein result- oder ein error-Objekt.</translation>
    </message>
    <message>
        <source>An interim answer (%1) to request %2 in session &quot;%3&quot;, whose request was not seen.</source>
        <translation>Eine Zwischenantwort (%1) auf Anfrage %2 in Sitzung „%3“, deren Anfrage nicht gesehen wurde.</translation>
    </message>
</context>
<context>
    <name>MintTokenDialog</name>
    <message>
        <source>Mint a token for %1</source>
        <translation>Ein Token für %1 ausstellen</translation>
    </message>
    <message>
        <source>The service that will accept it, such as payments-api</source>
        <translation>Der Dienst, der es annehmen wird, etwa payments-api</translation>
    </message>
    <message>
        <source>One permission statement per line, such as
read s3://refunds/**</source>
        <translation>Eine Berechtigungsangabe pro Zeile, etwa
read s3://refunds/**</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The token appears here once; Steward keeps only its id and digest.</source>
        <translation>Das Token erscheint hier einmal; Steward behält nur seine ID und seinen Hash.</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Zielgruppe:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Berechtigungen:</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Lebensdauer:</translation>
    </message>
    <message>
        <source>&amp;Mint</source>
        <translation>Aus&amp;stellen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Grant %1 · task %2 · until %3</source>
        <translation>Berechtigung %1 · Aufgabe %2 · bis %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>No active grant: file a permission request first</source>
        <translation>Keine aktive Berechtigung: stellen Sie zuerst einen Berechtigungsantrag</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>&amp;Berechtigung:</translation>
    </message>
</context>
<context>
    <name>OAuth2ClientCredentials</name>
    <message>
        <source>The token endpoint&apos;s answer is larger than 64 KiB.</source>
        <translation>Die Antwort des Token-Endpunkts ist größer als 64 KiB.</translation>
    </message>
    <message>
        <source>The token endpoint could not be reached: %1</source>
        <translation>Der Token-Endpunkt ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The token endpoint refused the client (HTTP %1%2%3).</source>
        <translation>Der Token-Endpunkt hat den Client abgelehnt (HTTP %1%2%3).</translation>
    </message>
    <message>
        <source>The token endpoint did not answer with a bearer access token.</source>
        <translation>Der Token-Endpunkt antwortete nicht mit einem Bearer-Access-Token.</translation>
    </message>
</context>
<context>
    <name>OperatorCommand</name>
    <message>
        <source>operator needs a command: add, list or enroll.</source>
        <translation>operator braucht einen Befehl: add, list oder enroll.</translation>
    </message>
    <message>
        <source>steward-cli operator add USER --role viewer|approver|admin: let a person use the console (admins only).</source>
        <translation>steward-cli operator add BENUTZER --role viewer|approver|admin: einer Person die Konsole öffnen (nur Administratoren).</translation>
    </message>
    <message>
        <source>Their login name.</source>
        <translation>Der Anmeldename.</translation>
    </message>
    <message>
        <source>viewer, approver or admin.</source>
        <translation>viewer, approver oder admin.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Their full name.</source>
        <translation>Der vollständige Name.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Their email; the same as an owner&apos;s makes them that owner.</source>
        <translation>Die E-Mail-Adresse; dieselbe wie die eines Verantwortlichen macht sie zu diesem Verantwortlichen.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>steward-cli operator enroll: create your signing key, encrypted under your own passphrase (STEWARD_OPERATOR_PASSPHRASE or a prompt). Your decisions are signed with it.</source>
        <translation>steward-cli operator enroll: Ihren Signaturschlüssel erzeugen, verschlüsselt mit Ihrer eigenen Passphrase (STEWARD_OPERATOR_PASSPHRASE oder eine Abfrage). Ihre Entscheidungen werden damit signiert.</translation>
    </message>
    <message>
        <source>steward-cli operator list: the people who use this workspace.</source>
        <translation>steward-cli operator list: die Personen, die diesen Arbeitsbereich nutzen.</translation>
    </message>
    <message>
        <source>operator add takes one login name and --role viewer, approver or admin.</source>
        <translation>operator add erwartet einen Anmeldenamen und --role viewer, approver oder admin.</translation>
    </message>
    <message>
        <source>operator %1 takes no arguments.</source>
        <translation>operator %1 erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>Added %1 as %2; they create their signing key with &quot;steward-cli operator enroll&quot;.</source>
        <translation>%1 als %2 hinzugefügt; den Signaturschlüssel erzeugt die Person mit „steward-cli operator enroll“.</translation>
    </message>
    <message>
        <source>Created the signing key %1 for %2.</source>
        <translation>Signaturschlüssel %1 für %2 erzeugt.</translation>
    </message>
</context>
<context>
    <name>OperatorRepository</name>
    <message>
        <source>save the operator</source>
        <translation>Speichern des Operators</translation>
    </message>
    <message>
        <source>read the operator</source>
        <translation>Lesen des Operators</translation>
    </message>
    <message>
        <source>There is no operator %1.</source>
        <translation>Es gibt keinen Operator %1.</translation>
    </message>
    <message>
        <source>list the operators</source>
        <translation>Auflisten der Operatoren</translation>
    </message>
    <message>
        <source>save the operator&apos;s key</source>
        <translation>den Schlüssel des Bedieners speichern</translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>%1 is not an operator of this workspace; an admin adds operators with &quot;steward-cli operator add&quot;.</source>
        <translation>%1 ist kein Bediener dieses Arbeitsbereichs; Administratoren fügen Bediener mit „steward-cli operator add“ hinzu.</translation>
    </message>
    <message>
        <source>An operator name is a login name: lower-case letters, digits, _ . and -, starting with a letter or _.</source>
        <translation>Ein Bedienername ist ein Anmeldename: Kleinbuchstaben, Ziffern, _ . und -, beginnend mit einem Buchstaben oder _.</translation>
    </message>
    <message>
        <source>%1 is already an operator.</source>
        <translation>%1 ist bereits Bediener.</translation>
    </message>
    <message>
        <source>%1 already has a signing key.</source>
        <translation>%1 hat bereits einen Signaturschlüssel.</translation>
    </message>
    <message>
        <source>Your signing passphrase must be at least %1 characters.</source>
        <translation>Ihre Signatur-Passphrase muss mindestens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>%1 has no signing key yet; create it with &quot;steward-cli operator enroll&quot;.</source>
        <translation>%1 hat noch keinen Signaturschlüssel; erzeugen Sie ihn mit „steward-cli operator enroll“.</translation>
    </message>
    <message>
        <source>Your signing passphrase does not open your key.</source>
        <translation>Ihre Signatur-Passphrase öffnet Ihren Schlüssel nicht.</translation>
    </message>
    <message>
        <source>%1 has the %2 role; this needs the %3 role.</source>
        <translation>%1 hat die Rolle %2; dafür ist die Rolle %3 nötig.</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>&amp;Add operator</source>
        <translation>Operator &amp;hinzufügen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation>Regeln &amp;speichern</translation>
    </message>
    <message>
        <source>Saved; the change is in the audit trail.</source>
        <translation>Gespeichert; die Änderung steht im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Operators and approval rules</source>
        <translation>Operatoren und Genehmigungsregeln</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>login name, such as ann.lee</source>
        <translation>Anmeldename, etwa ann.lee</translation>
    </message>
    <message>
        <source>ann.lee@example.com</source>
        <translation>ann.lee@example.com</translation>
    </message>
    <message>
        <source>When it is an agent owner&apos;s email, the owner rule applies: an owner is never the only approver of their agent&apos;s sensitive or high-risk request.</source>
        <translation>Ist es die E-Mail eines Agenten-Eigentümers, gilt die Eigentümerregel: Ein Eigentümer ist nie der einzige Genehmiger eines sensiblen oder riskanten Antrags für seinen Agenten.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>New operator</source>
        <translation>Neuer Operator</translation>
    </message>
    <message>
        <source>Approvals for a request:</source>
        <translation>Genehmigungen für einen Antrag:</translation>
    </message>
    <message>
        <source>Approvals when sensitive, restricted, critical or standing:</source>
        <translation>Genehmigungen bei sensibel, streng vertraulich, kritisch oder dauerhaft:</translation>
    </message>
    <message>
        <source>A pending request expires after:</source>
        <translation>Ein offener Antrag verfällt nach:</translation>
    </message>
    <message>
        <source>Longest grant:</source>
        <translation>Längste Berechtigung:</translation>
    </message>
    <message>
        <source>Longest sensitive grant:</source>
        <translation>Längste sensible Berechtigung:</translation>
    </message>
    <message>
        <source>Approval rules</source>
        <translation>Genehmigungsregeln</translation>
    </message>
    <message>
        <source>Only an admin adds operators or changes the rules.</source>
        <translation>Nur ein Admin fügt Operatoren hinzu oder ändert die Regeln.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
</context>
<context>
    <name>OtelSdkParser</name>
    <message>
        <source>Not an OpenTelemetry SDK dump: no &quot;spans&quot; list.</source>
        <translation>Kein OpenTelemetry-SDK-Abzug: keine „spans“-Liste.</translation>
    </message>
    <message>
        <source>A span is not a JSON object.</source>
        <translation>Ein Span ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>A span needs context.trace_id and context.span_id as integers of at most 128 and 64 bits.</source>
        <translation>Ein Span braucht context.trace_id und context.span_id als ganze Zahlen von höchstens 128 und 64 Bit.</translation>
    </message>
    <message>
        <source>A span needs start_time as a positive number of nanoseconds.</source>
        <translation>Ein Span braucht start_time als positive Zahl von Nanosekunden.</translation>
    </message>
</context>
<context>
    <name>OtlpParser</name>
    <message>
        <source>Not OTLP/JSON traces: no &quot;resourceSpans&quot; array.</source>
        <translation>Keine OTLP/JSON-Traces: kein „resourceSpans“-Array.</translation>
    </message>
    <message>
        <source>A span needs a 32-digit hex traceId and a 16-digit hex spanId.</source>
        <translation>Ein Span braucht eine 32-stellige hexadezimale traceId und eine 16-stellige hexadezimale spanId.</translation>
    </message>
    <message>
        <source>A span needs startTimeUnixNano as a positive number of nanoseconds.</source>
        <translation>Ein Span braucht startTimeUnixNano als positive Zahl von Nanosekunden.</translation>
    </message>
    <message>
        <source>A span is not a JSON object.</source>
        <translation>Ein Span ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>OtlpReceiver</name>
    <message>
        <source>The receiver has no token; create one with &quot;steward-cli serve otlp --new-token&quot;.</source>
        <translation>Der Empfänger hat kein Token; erzeugen Sie eines mit „steward-cli serve otlp --new-token“.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <source>The request did not arrive within %1 ms.</source>
        <translation>Die Anfrage kam nicht innerhalb von %1 ms an.</translation>
    </message>
    <message>
        <source>The request headers exceed %1 bytes.</source>
        <translation>Die Kopfzeilen der Anfrage überschreiten %1 Bytes.</translation>
    </message>
    <message>
        <source>This is not an HTTP/1.1 request.</source>
        <translation>Dies ist keine HTTP/1.1-Anfrage.</translation>
    </message>
    <message>
        <source>Only POST is accepted.</source>
        <translation>Nur POST wird angenommen.</translation>
    </message>
    <message>
        <source>Traces are received at /v1/traces.</source>
        <translation>Traces werden unter /v1/traces empfangen.</translation>
    </message>
    <message>
        <source>A valid bearer token is required.</source>
        <translation>Ein gültiges Bearer-Token ist erforderlich.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length.</source>
        <translation>Senden Sie den Body mit einer Content-Length.</translation>
    </message>
    <message>
        <source>The Content-Length is not a number.</source>
        <translation>Die Content-Length ist keine Zahl.</translation>
    </message>
    <message>
        <source>The body is %1 bytes; at most %2 are accepted.</source>
        <translation>Der Body hat %1 Bytes; angenommen werden höchstens %2.</translation>
    </message>
    <message>
        <source>Only OTLP/JSON (application/json) is accepted.</source>
        <translation>Nur OTLP/JSON (application/json) wird angenommen.</translation>
    </message>
    <message>
        <source>The body expands to more than %1 bytes.</source>
        <translation>Der Body entpackt sich zu mehr als %1 Bytes.</translation>
    </message>
    <message>
        <source>The body is not valid gzip.</source>
        <translation>Der Body ist kein gültiges gzip.</translation>
    </message>
    <message>
        <source>Content-Encoding %1 is not supported; use gzip or none.</source>
        <translation>Content-Encoding %1 wird nicht unterstützt; verwenden Sie gzip oder keines.</translation>
    </message>
    <message>
        <source>The spans could not be stored: %1</source>
        <translation>Die Spans konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The receiver is listening already.</source>
        <translation>Der Empfänger lauscht bereits.</translation>
    </message>
    <message>
        <source>Cannot read the receiver&apos;s TLS certificate %1: %2</source>
        <translation>Das TLS-Zertifikat %1 des Empfängers kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate for the receiver.</source>
        <translation>%1 enthält kein PEM-Zertifikat für den Empfänger.</translation>
    </message>
    <message>
        <source>The receiver&apos;s TLS key %1 does not exist.</source>
        <translation>Der TLS-Schlüssel %1 des Empfängers existiert nicht.</translation>
    </message>
    <message>
        <source>The receiver&apos;s TLS key %1 can be read by others; make it owner-only (chmod 600) and start again.</source>
        <translation>Der TLS-Schlüssel %1 des Empfängers ist für andere lesbar; machen Sie ihn nur für den Eigentümer lesbar (chmod 600) und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Cannot read the receiver&apos;s TLS key %1: %2</source>
        <translation>Der TLS-Schlüssel %1 des Empfängers kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key for the receiver.</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-Schlüssel für den Empfänger.</translation>
    </message>
    <message>
        <source>The client certificate was refused: %1</source>
        <translation>Das Client-Zertifikat wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>A valid bearer token or a client certificate issued by the workspace CA is required.</source>
        <translation>Ein gültiges Bearer-Token oder ein von der Zertifizierungsstelle des Arbeitsbereichs ausgestelltes Client-Zertifikat ist erforderlich.</translation>
    </message>
    <message>
        <source>No valid credentials arrived within %1 ms.</source>
        <translation>Innerhalb von %1 ms kamen keine gültigen Anmeldedaten an.</translation>
    </message>
    <message>
        <source>The receiver is serving as many connections as it can; try again in %1 s.</source>
        <translation>Der Empfänger bedient so viele Verbindungen, wie er kann; versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <source>The receiver is receiving as many bytes of bodies as it can; try again in %1 s.</source>
        <translation>Der Empfänger nimmt so viele Bytes an Anfragekörpern an, wie er kann; versuchen Sie es in %1 s erneut.</translation>
    </message>
</context>
<context>
    <name>OwnerCommand</name>
    <message>
        <source>owner needs a command: add or list.</source>
        <translation>owner braucht einen Befehl: add oder list.</translation>
    </message>
    <message>
        <source>“%1” is not an owner command; use add or list.</source>
        <translation>„%1“ ist kein owner-Befehl; verwenden Sie add oder list.</translation>
    </message>
    <message>
        <source>steward-cli owner add: record an accountable owner.</source>
        <translation>steward-cli owner add: einen verantwortlichen Eigentümer erfassen.</translation>
    </message>
    <message>
        <source>The owner&apos;s full name.</source>
        <translation>Der vollständige Name des Eigentümers.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The owner&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Eigentümers.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>The owner&apos;s team.</source>
        <translation>Das Team des Eigentümers.</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>owner add takes --name, --email and --team.</source>
        <translation>owner add erwartet --name, --email und --team.</translation>
    </message>
    <message>
        <source>Added owner %1 &lt;%2&gt; (%3), id %4.</source>
        <translation>Eigentümer %1 &lt;%2&gt; (%3) angelegt, ID %4.</translation>
    </message>
    <message>
        <source>steward-cli owner list: the accountable owners and how many agents each has.</source>
        <translation>steward-cli owner list: die verantwortlichen Eigentümer und wie viele Agenten jeder hat.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <source>AGENTS</source>
        <translation>AGENTEN</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>New owner</source>
        <translation>Neuer Eigentümer</translation>
    </message>
    <message>
        <source>Full name of the accountable person</source>
        <translation>Vollständiger Name der verantwortlichen Person</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Team, such as Payments</source>
        <translation>Team, etwa Payments</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>An owner is the person accountable for what an agent does.</source>
        <translation>Ein Eigentümer ist die Person, die für das Handeln eines Agenten verantwortlich ist.</translation>
    </message>
</context>
<context>
    <name>OwnerRepository</name>
    <message>
        <source>save the owner</source>
        <translation>Speichern des Eigentümers</translation>
    </message>
    <message>
        <source>read the owner</source>
        <translation>Lesen des Eigentümers</translation>
    </message>
    <message>
        <source>There is no owner %1.</source>
        <translation>Es gibt keinen Eigentümer %1.</translation>
    </message>
    <message>
        <source>list the owners</source>
        <translation>Auflisten der Eigentümer</translation>
    </message>
    <message>
        <source>count the owners&apos; agents</source>
        <translation>Zählen der Agenten der Eigentümer</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems &amp;hinterlegen</translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation>Passphrase des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>The passphrase that protects the certificate authority and signing keys of %1:</source>
        <translation>Die Passphrase, die die Zertifizierungsstelle und die Signaturschlüssel von %1 schützt:</translation>
    </message>
    <message>
        <source>Keeps the passphrase in the Secret Service (GNOME Keyring, KWallet), unlocked with your login.</source>
        <translation>Bewahrt die Passphrase im Secret Service (GNOME Keyring, KWallet) auf, entsperrt mit Ihrer Anmeldung.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
</context>
<context>
    <name>PassphraseKeychain</name>
    <message>
        <source>No passphrase is remembered for this workspace.</source>
        <translation>Für diesen Arbeitsbereich ist keine Passphrase hinterlegt.</translation>
    </message>
    <message>
        <source>An empty passphrase is not remembered.</source>
        <translation>Eine leere Passphrase wird nicht hinterlegt.</translation>
    </message>
</context>
<context>
    <name>PermissionSentence</name>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>do anything</source>
        <translation>alles tun</translation>
    </message>
    <message>
        <source>everything under %1</source>
        <translation>alles unter %1</translation>
    </message>
    <message>
        <source>whatever matches %1</source>
        <translation>alles, was zu %1 passt</translation>
    </message>
    <message>
        <source>May %1 %2</source>
        <translation>Darf %2: %1</translation>
    </message>
    <message>
        <source>data up to %1</source>
        <translation>Daten bis Stufe %1</translation>
    </message>
    <message>
        <source>data of any classification, restricted included</source>
        <translation>Daten jeder Einstufung, restricted eingeschlossen</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>not before %1</source>
        <translation>nicht vor %1</translation>
    </message>
    <message>
        <source>not after %1</source>
        <translation>nicht nach %1</translation>
    </message>
    <message>
        <source>at most once a minute</source>
        <translation>höchstens einmal pro Minute</translation>
    </message>
    <message>
        <source>at most %1 times a minute</source>
        <translation>höchstens %1-mal pro Minute</translation>
    </message>
    <message>
        <source>each use with a freshly minted token</source>
        <translation>jede Nutzung mit einem frisch ausgestellten Token</translation>
    </message>
</context>
<context>
    <name>PermissionStatement</name>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>a statement is at most %1 characters long.</source>
        <translation>eine Anweisung ist höchstens %1 Zeichen lang.</translation>
    </message>
    <message>
        <source>expected actions, such as read,list, then a resource such as s3://bucket/**.</source>
        <translation>erwartet werden Aktionen wie read,list, dann eine Ressource wie s3://bucket/**.</translation>
    </message>
    <message>
        <source>expected a resource after the actions, such as s3://bucket/reports/**.</source>
        <translation>nach den Aktionen wird eine Ressource erwartet, etwa s3://bucket/reports/**.</translation>
    </message>
    <message>
        <source>not-after must be later than not-before.</source>
        <translation>not-after muss später als not-before sein.</translation>
    </message>
    <message>
        <source>a control character or line break is not allowed here.</source>
        <translation>ein Steuerzeichen oder Zeilenumbruch ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>an action is missing between commas.</source>
        <translation>zwischen den Kommas fehlt eine Aktion.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action; use one of %2, or a native action such as s3:GetObject or tools/call.</source>
        <translation>„%1“ ist keine Aktion; verwenden Sie eine von %2 oder eine native Aktion wie s3:GetObject oder tools/call.</translation>
    </message>
    <message>
        <source>the native action &quot;%1&quot; may hold only letters, digits and _ . : / * -.</source>
        <translation>die native Aktion „%1“ darf nur Buchstaben, Ziffern und _ . : / * - enthalten.</translation>
    </message>
    <message>
        <source>an action takes a single * only.</source>
        <translation>eine Aktion erlaubt nur ein einzelnes *.</translation>
    </message>
    <message>
        <source>the action &quot;%1&quot; is listed twice.</source>
        <translation>die Aktion „%1“ steht doppelt da.</translation>
    </message>
    <message>
        <source>the resource must be a URI with a scheme, such as s3://bucket/key, k8s://cluster/namespace/kind/name or mcp://server/tool.</source>
        <translation>die Ressource muss eine URI mit Schema sein, etwa s3://bucket/key, k8s://cluster/namespace/kind/name oder mcp://server/tool.</translation>
    </message>
    <message>
        <source>the resource names nothing after &quot;://&quot;.</source>
        <translation>die Ressource nennt nichts nach „://“.</translation>
    </message>
    <message>
        <source>use * within a segment or ** across segments, not ***.</source>
        <translation>verwenden Sie * innerhalb eines Segments oder ** über Segmente hinweg, nicht ***.</translation>
    </message>
    <message>
        <source>a resource takes at most %1 wildcards.</source>
        <translation>eine Ressource erlaubt höchstens %1 Platzhalter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice.</source>
        <translation>„%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>%1 needs %2 after it.</source>
        <translation>%1 braucht danach %2.</translation>
    </message>
    <message>
        <source>write classification&lt;=LEVEL, where LEVEL is public, internal, confidential or restricted.</source>
        <translation>schreiben Sie classification&lt;=STUFE, wobei STUFE public, internal, confidential oder restricted ist.</translation>
    </message>
    <message>
        <source>a duration such as 8h</source>
        <translation>eine Dauer wie 8h</translation>
    </message>
    <message>
        <source>a duration is a whole number with s, m, h or d, such as 30m or 8h, from 1 second to 366 days.</source>
        <translation>eine Dauer ist eine ganze Zahl mit s, m, h oder d, etwa 30m oder 8h, von 1 Sekunde bis 366 Tage.</translation>
    </message>
    <message>
        <source>a UTC time such as 2026-12-01T00:00Z</source>
        <translation>eine UTC-Zeit wie 2026-12-01T00:00Z</translation>
    </message>
    <message>
        <source>write the time in UTC as 2026-12-01T00:00Z or 2026-12-01T00:00:00Z.</source>
        <translation>schreiben Sie die Zeit in UTC als 2026-12-01T00:00Z oder 2026-12-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>write rate&lt;=N/min with N from 1 to 1000000.</source>
        <translation>schreiben Sie rate&lt;=N/min mit N von 1 bis 1000000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a constraint; use classification&lt;=LEVEL, for DURATION, not-before TIME, not-after TIME, rate&lt;=N/min or sensitive.</source>
        <translation>„%1“ ist keine Einschränkung; verwenden Sie classification&lt;=STUFE, for DAUER, not-before ZEIT, not-after ZEIT, rate&lt;=N/min oder sensitive.</translation>
    </message>
    <message>
        <source>Give at least one permission statement.</source>
        <translation>Geben Sie mindestens eine Berechtigungsanweisung an.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>QuarantineCommand</name>
    <message>
        <source>quarantine needs a command: list, show ID, reingest ID, dismiss ID or purge.</source>
        <translation>quarantine braucht einen Befehl: list, show ID, reingest ID, dismiss ID oder purge.</translation>
    </message>
    <message>
        <source>Only this connector&apos;s records.</source>
        <translation>Nur Datensätze dieses Connectors.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>steward-cli quarantine list [--connector NAME] [--all] [--limit N]: records that could not be used, with why; those waiting for a decision unless --all.</source>
        <translation>steward-cli quarantine list [--connector NAME] [--all] [--limit N]: Datensätze, die nicht verwendet werden konnten, mit Grund; ohne --all nur die, die auf eine Entscheidung warten.</translation>
    </message>
    <message>
        <source>Also records re-ingested or dismissed.</source>
        <translation>Auch erneut eingelesene oder verworfene Datensätze.</translation>
    </message>
    <message>
        <source>At most this many (default 100).</source>
        <translation>Höchstens so viele (Standard 100).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>steward-cli quarantine show ID: one record, with its bytes.</source>
        <translation>steward-cli quarantine show ID: ein Datensatz mit seinen Bytes.</translation>
    </message>
    <message>
        <source>A quarantined record&apos;s number.</source>
        <translation>Die Nummer eines Datensatzes in Quarantäne.</translation>
    </message>
    <message>
        <source>steward-cli quarantine reingest ID | --connector NAME: parses records again (after a fix) and stores what now maps; it counts as a new read.</source>
        <translation>steward-cli quarantine reingest ID | --connector NAME: liest Datensätze erneut (nach einer Korrektur) und speichert, was sich jetzt abbilden lässt; das zählt als neues Lesen.</translation>
    </message>
    <message>
        <source>steward-cli quarantine dismiss ID... | --connector NAME, --reason TEXT: sets records aside for good. They stay readable until purged; the audit trail keeps who dismissed them and why.</source>
        <translation>steward-cli quarantine dismiss ID... | --connector NAME, --reason TEXT: legt Datensätze endgültig beiseite. Sie bleiben lesbar, bis sie bereinigt werden; der Prüfpfad bewahrt, wer sie verworfen hat und warum.</translation>
    </message>
    <message>
        <source>Quarantined record numbers.</source>
        <translation>Nummern von Datensätzen in Quarantäne.</translation>
    </message>
    <message>
        <source>ID...</source>
        <translation>ID...</translation>
    </message>
    <message>
        <source>Why they are not worth reading again.</source>
        <translation>Warum es sich nicht lohnt, sie erneut zu lesen.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>steward-cli quarantine purge [--connector NAME]: deletes the records re-ingested or dismissed, with their bytes. Records still waiting are kept; the audit trail notes the purge.</source>
        <translation>steward-cli quarantine purge [--connector NAME]: löscht die erneut eingelesenen oder verworfenen Datensätze samt ihren Bytes. Noch wartende Datensätze bleiben; der Prüfpfad vermerkt die Bereinigung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record number.</source>
        <translation>„%1“ ist keine Datensatznummer.</translation>
    </message>
    <message>
        <source>quarantine %1 takes no record number.</source>
        <translation>quarantine %1 nimmt keine Datensatznummer.</translation>
    </message>
    <message>
        <source>quarantine show takes one record number.</source>
        <translation>quarantine show erwartet eine Datensatznummer.</translation>
    </message>
    <message>
        <source>quarantine reingest takes one record number, or --connector NAME.</source>
        <translation>quarantine reingest erwartet eine Datensatznummer oder --connector NAME.</translation>
    </message>
    <message>
        <source>quarantine dismiss takes record numbers, or --connector NAME.</source>
        <translation>quarantine dismiss nimmt Datensatznummern oder --connector NAME.</translation>
    </message>
    <message>
        <source>quarantine dismiss needs --reason: the audit trail keeps why.</source>
        <translation>quarantine dismiss braucht --reason: der Prüfpfad bewahrt den Grund.</translation>
    </message>
    <message>
        <source>--limit is a positive number.</source>
        <translation>--limit ist eine positive Zahl.</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n settled record(s); records still waiting are kept.</source>
        <translation>
            <numerusform>%n erledigter Datensatz bereinigt; noch wartende Datensätze bleiben.</numerusform>
            <numerusform>%n erledigte Datensätze bereinigt; noch wartende Datensätze bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>No record is waiting; nothing dismissed.</source>
        <translation>Kein Datensatz wartet; nichts verworfen.</translation>
    </message>
    <message numerus="yes">
        <source>Dismissed %n record(s).</source>
        <translation>
            <numerusform>%n Datensatz verworfen.</numerusform>
            <numerusform>%n Datensätze verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-ingested %1 of %2 records: read %3, stored %4, duplicates %5.</source>
        <translation>%1 von %2 Datensätzen erneut eingelesen: gelesen %3, gespeichert %4, Duplikate %5.</translation>
    </message>
</context>
<context>
    <name>RecordParser</name>
    <message>
        <source>&quot;%1&quot; is not a format; use one of %2.</source>
        <translation>&quot;%1&quot; ist kein Format; verwenden Sie eines von %2.</translation>
    </message>
</context>
<context>
    <name>RequestCommand</name>
    <message>
        <source>Request %1 (%2) for %3: %4, risk %5</source>
        <translation>Antrag %1 (%2) für %3: %4, Risiko %5</translation>
    </message>
    <message>
        <source>steward-cli request create: ask for permissions for an agent (or, with --kind identity, for a new agent). Reviewers approve or deny it.</source>
        <translation>steward-cli request create: Berechtigungen für einen Agenten beantragen (oder mit --kind identity einen neuen Agenten). Prüfende genehmigen oder lehnen ab.</translation>
    </message>
    <message>
        <source>permission (default), identity, renewal or elevation.</source>
        <translation>permission (Standard), identity, renewal oder elevation.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>The agent: name, SPIFFE ID or principal; for identity, the new agent&apos;s name.</source>
        <translation>Der Agent: Name, SPIFFE-ID oder Principal; bei identity der Name des neuen Agenten.</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>A permission statement; repeat for several.</source>
        <translation>Eine Berechtigungsanweisung; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Why the agent needs it (required).</source>
        <translation>Warum der Agent sie braucht (erforderlich).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The task or ticket it is for.</source>
        <translation>Die Aufgabe oder das Ticket, für das sie gilt.</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>How long, such as 8h or 7d.</source>
        <translation>Wie lange, etwa 8h oder 7d.</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Longer than the workspace allows: an exception an admin must approve.</source>
        <translation>Länger, als der Arbeitsbereich erlaubt: eine Ausnahme, die ein Administrator genehmigen muss.</translation>
    </message>
    <message>
        <source>renewal: the grant to renew.</source>
        <translation>renewal: die zu verlängernde Berechtigung.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>identity: the new agent&apos;s owner (email or id).</source>
        <translation>identity: der Verantwortliche des neuen Agenten (E-Mail oder ID).</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>identity: what the new agent does.</source>
        <translation>identity: was der neue Agent tut.</translation>
    </message>
    <message>
        <source>request create needs --agent and --justification; --kind is permission, identity, renewal or elevation; --duration is such as 8h or 7d.</source>
        <translation>request create braucht --agent und --justification; --kind ist permission, identity, renewal oder elevation; --duration ist etwa 8h oder 7d.</translation>
    </message>
    <message>
        <source>steward-cli request list: the queue, riskiest and oldest first.</source>
        <translation>steward-cli request list: die Warteschlange, riskanteste und älteste zuerst.</translation>
    </message>
    <message>
        <source>pending (default), approved, denied, expired, withdrawn or all.</source>
        <translation>pending (Standard), approved, denied, expired, withdrawn oder all.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Only this agent&apos;s requests.</source>
        <translation>Nur die Anträge dieses Agenten.</translation>
    </message>
    <message>
        <source>Only requests I filed.</source>
        <translation>Nur Anträge, die ich gestellt habe.</translation>
    </message>
    <message>
        <source>At most this many (default 200).</source>
        <translation>Höchstens so viele (Standard 200).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--state is pending, approved, denied, expired, withdrawn or all.</source>
        <translation>--state ist pending, approved, denied, expired, withdrawn oder all.</translation>
    </message>
    <message>
        <source>steward-cli request show ID: the request, its risk and its decisions.</source>
        <translation>steward-cli request show ID: der Antrag, sein Risiko und seine Entscheidungen.</translation>
    </message>
    <message>
        <source>The request number.</source>
        <translation>Die Nummer des Antrags.</translation>
    </message>
    <message>
        <source>request show takes one request number.</source>
        <translation>request show erwartet eine Antragsnummer.</translation>
    </message>
    <message>
        <source>Filed by %1: %2</source>
        <translation>Gestellt von %1: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>%1 of %2 approvals; waiting for %3.</source>
        <translation>%1 von %2 Genehmigungen; es fehlt %3.</translation>
    </message>
    <message>
        <source>steward-cli request approve ID --reason R: approve, signed with your key.</source>
        <translation>steward-cli request approve ID --reason G: genehmigen, signiert mit Ihrem Schlüssel.</translation>
    </message>
    <message>
        <source>steward-cli request deny ID --reason R: deny, signed with your key.</source>
        <translation>steward-cli request deny ID --reason G: ablehnen, signiert mit Ihrem Schlüssel.</translation>
    </message>
    <message>
        <source>Why (required; it is signed with the decision).</source>
        <translation>Warum (erforderlich; wird mit der Entscheidung signiert).</translation>
    </message>
    <message>
        <source>request %1 takes one request number and --reason.</source>
        <translation>request %1 erwartet eine Antragsnummer und --reason.</translation>
    </message>
    <message>
        <source>Recorded. Request %1 waits for %2.</source>
        <translation>Festgehalten. Antrag %1 wartet auf %2.</translation>
    </message>
    <message>
        <source>Request %1 is %2.</source>
        <translation>Antrag %1 ist %2.</translation>
    </message>
    <message>
        <source>Grant %1 is active until %2.</source>
        <translation>Berechtigung %1 ist aktiv bis %2.</translation>
    </message>
    <message>
        <source>steward-cli request withdraw ID: take back a pending request you filed.</source>
        <translation>steward-cli request withdraw ID: einen offenen eigenen Antrag zurückziehen.</translation>
    </message>
    <message>
        <source>Why, for the record.</source>
        <translation>Warum, für die Akten.</translation>
    </message>
    <message>
        <source>request withdraw takes one request number.</source>
        <translation>request withdraw erwartet eine Antragsnummer.</translation>
    </message>
    <message>
        <source>Withdrew request %1.</source>
        <translation>Antrag %1 zurückgezogen.</translation>
    </message>
    <message>
        <source>request needs a command: create, list, show, approve, deny, withdraw or rules.</source>
        <translation>request braucht einen Befehl: create, list, show, approve, deny, withdraw oder rules.</translation>
    </message>
    <message>
        <source>steward-cli request rules: show the approval rules, or change them (admins only; the change is audited).</source>
        <translation>steward-cli request rules: die Genehmigungsregeln anzeigen oder ändern (nur Admins; die Änderung wird protokolliert).</translation>
    </message>
    <message>
        <source>Approvals an ordinary request needs.</source>
        <translation>Genehmigungen, die ein gewöhnlicher Antrag braucht.</translation>
    </message>
    <message>
        <source>Approvals from different people a sensitive, restricted, critical or standing request needs (2 or more).</source>
        <translation>Genehmigungen verschiedener Personen, die ein sensibler, streng vertraulicher, kritischer oder dauerhafter Antrag braucht (2 oder mehr).</translation>
    </message>
    <message>
        <source>Days a pending request waits before it expires.</source>
        <translation>Tage, die ein offener Antrag wartet, bevor er verfällt.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>The longest grant, in days.</source>
        <translation>Die längste Berechtigung, in Tagen.</translation>
    </message>
    <message>
        <source>The longest sensitive grant, in hours.</source>
        <translation>Die längste sensible Berechtigung, in Stunden.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>request rules takes options only.</source>
        <translation>request rules erwartet nur Optionen.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation>--%1 erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>Approvals needed:            %1</source>
        <translation>Nötige Genehmigungen:        %1</translation>
    </message>
    <message>
        <source>  sensitive, restricted, critical or standing: %1 from different people</source>
        <translation>  sensibel, streng vertraulich, kritisch oder dauerhaft: %1 von verschiedenen Personen</translation>
    </message>
    <message>
        <source>Pending requests expire after %1 days.</source>
        <translation>Offene Anträge verfallen nach %1 Tagen.</translation>
    </message>
    <message>
        <source>Grants last at most %1 days; sensitive ones at most %2 hours.</source>
        <translation>Berechtigungen gelten höchstens %1 Tage, sensible höchstens %2 Stunden.</translation>
    </message>
    <message>
        <source>Give all five rules to set them again.</source>
        <translation>Geben Sie alle fünf Regeln an, um sie neu zu setzen.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>&amp;Standing grant (longer than the workspace allows; an admin must approve)</source>
        <translation>&amp;Dauerhafte Berechtigung (länger, als der Arbeitsbereich erlaubt; ein Administrator muss genehmigen)</translation>
    </message>
    <message>
        <source>Request permissions</source>
        <translation>Berechtigungen beantragen</translation>
    </message>
    <message>
        <source>Agent name, SPIFFE ID or principal</source>
        <translation>Name, SPIFFE-ID oder Principal des Agenten</translation>
    </message>
    <message>
        <source>One permission per line, such as
read,list s3://refunds/** classification&lt;=confidential</source>
        <translation>Eine Berechtigung pro Zeile, etwa
read,list s3://refunds/** classification&lt;=confidential</translation>
    </message>
    <message>
        <source>Why the agent needs this, for the reviewers</source>
        <translation>Warum der Agent das braucht, für die Prüfenden</translation>
    </message>
    <message>
        <source>Ticket or task id, such as FIN-7</source>
        <translation>Ticket- oder Aufgaben-ID, etwa FIN-7</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>&amp;Berechtigungen:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;File request</source>
        <translation>Antrag &amp;stellen</translation>
    </message>
</context>
<context>
    <name>RequestRepository</name>
    <message>
        <source>file the request</source>
        <translation>den Antrag stellen</translation>
    </message>
    <message>
        <source>read the request</source>
        <translation>den Antrag lesen</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Es gibt keinen Antrag %1.</translation>
    </message>
    <message>
        <source>update the request</source>
        <translation>den Antrag ändern</translation>
    </message>
    <message>
        <source>Request %1 is no longer pending.</source>
        <translation>Antrag %1 ist nicht mehr offen.</translation>
    </message>
    <message>
        <source>list the requests</source>
        <translation>die Anträge auflisten</translation>
    </message>
    <message>
        <source>count the requests</source>
        <translation>die Anträge zählen</translation>
    </message>
    <message>
        <source>find lapsed requests</source>
        <translation>abgelaufene Anträge finden</translation>
    </message>
    <message>
        <source>record the decision</source>
        <translation>die Entscheidung speichern</translation>
    </message>
    <message>
        <source>read the decisions</source>
        <translation>die Entscheidungen lesen</translation>
    </message>
    <message>
        <source>record the grant</source>
        <translation>die Berechtigung speichern</translation>
    </message>
    <message>
        <source>read the grant</source>
        <translation>die Berechtigung lesen</translation>
    </message>
    <message>
        <source>There is no grant %1.</source>
        <translation>Es gibt keine Berechtigung %1.</translation>
    </message>
    <message>
        <source>read the grants</source>
        <translation>die Berechtigungen lesen</translation>
    </message>
    <message>
        <source>update the grant</source>
        <translation>die Berechtigung ändern</translation>
    </message>
    <message>
        <source>Grant %1 is no longer active.</source>
        <translation>Berechtigung %1 ist nicht mehr aktiv.</translation>
    </message>
    <message>
        <source>find ended grants</source>
        <translation>beendete Berechtigungen finden</translation>
    </message>
    <message>
        <source>revoke the agent&apos;s grants</source>
        <translation>die Berechtigungen des Agenten widerrufen</translation>
    </message>
    <message>
        <source>find the agent&apos;s pending requests</source>
        <translation>die offenen Anträge des Agenten finden</translation>
    </message>
</context>
<context>
    <name>RequestService</name>
    <message>
        <source>Quorums run from 1 (2 for sensitive requests) to 5; requests live 1 to 90 days; grants at most 365 days, sensitive grants at most 7 days.</source>
        <translation>Quoren reichen von 1 (2 bei sensiblen Anträgen) bis 5; Anträge gelten 1 bis 90 Tage; Berechtigungen höchstens 365 Tage, sensible höchstens 7 Tage.</translation>
    </message>
    <message>
        <source>Say why: a request needs a justification for its reviewers.</source>
        <translation>Sagen Sie warum: ein Antrag braucht eine Begründung für die Prüfenden.</translation>
    </message>
    <message>
        <source>A justification is at most %1 characters.</source>
        <translation>Eine Begründung hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A task id is at most 200 characters.</source>
        <translation>Eine Aufgaben-ID hat höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>Grant %1 was revoked; file a new permission request.</source>
        <translation>Berechtigung %1 wurde widerrufen; stellen Sie einen neuen Berechtigungsantrag.</translation>
    </message>
    <message>
        <source>Agent %1 is %2; permissions are requested for active agents only.</source>
        <translation>Agent %1 ist %2; Berechtigungen werden nur für aktive Agenten beantragt.</translation>
    </message>
    <message>
        <source>Grant %1 belongs to another agent.</source>
        <translation>Berechtigung %1 gehört einem anderen Agenten.</translation>
    </message>
    <message>
        <source>Only %1, who filed request %2, or an admin can withdraw it.</source>
        <translation>Nur %1, der Antrag %2 gestellt hat, oder ein Administrator kann ihn zurückziehen.</translation>
    </message>
    <message>
        <source>%1: the signature does not verify</source>
        <translation>%1: die Signatur lässt sich nicht bestätigen</translation>
    </message>
    <message>
        <source>%1: the request changed after the decision</source>
        <translation>%1: der Antrag wurde nach der Entscheidung geändert</translation>
    </message>
    <message>
        <source>A decision is signed with your own key; unlock it first (&quot;steward-cli operator enroll&quot; creates it).</source>
        <translation>Eine Entscheidung wird mit Ihrem eigenen Schlüssel signiert; entsperren Sie ihn zuerst („steward-cli operator enroll“ erzeugt ihn).</translation>
    </message>
    <message>
        <source>Give a reason: it is signed with your decision.</source>
        <translation>Geben Sie einen Grund an: er wird mit Ihrer Entscheidung signiert.</translation>
    </message>
    <message>
        <source>Request %1 is %2; only pending requests are decided.</source>
        <translation>Antrag %1 ist %2; entschieden werden nur offene Anträge.</translation>
    </message>
    <message>
        <source>Identity request %1 approved</source>
        <translation>Identitätsantrag %1 genehmigt</translation>
    </message>
    <message>
        <source>Agent %1 is %2; the request cannot be approved.</source>
        <translation>Agent %1 ist %2; der Antrag kann nicht genehmigt werden.</translation>
    </message>
    <message>
        <source>Give a reason for revoking the grant.</source>
        <translation>Geben Sie einen Grund für den Widerruf der Berechtigung an.</translation>
    </message>
    <message>
        <source>Agent %1 has no active grant; file a permission request and have it approved.</source>
        <translation>Agent %1 hat keine aktive Berechtigung; stellen Sie einen Berechtigungsantrag und lassen Sie ihn genehmigen.</translation>
    </message>
    <message>
        <source>No active grant of %1 is for task %2.</source>
        <translation>Keine aktive Berechtigung von %1 gilt für Aufgabe %2.</translation>
    </message>
    <message>
        <source>No active grant of %1 covers &quot;%2&quot;.</source>
        <translation>Keine aktive Berechtigung von %1 deckt „%2“ ab.</translation>
    </message>
    <message>
        <source>Grant %1 is not an active grant of %2 that covers the scope.</source>
        <translation>Berechtigung %1 ist keine aktive Berechtigung von %2, die den Umfang abdeckt.</translation>
    </message>
    <message>
        <source>Grant %1 is not an active grant of %2 for task %3 that covers the scope.</source>
        <translation>Berechtigung %1 ist keine aktive Berechtigung von %2 für Aufgabe %3, die den Umfang abdeckt.</translation>
    </message>
    <message>
        <source>%1 holds a permission statement that does not read (&quot;%2&quot;: %3); the workspace may have been altered. Nothing was decided.</source>
        <translation>%1 enthält eine Berechtigungsangabe, die sich nicht lesen lässt („%2“: %3); der Arbeitsbereich wurde womöglich verändert. Es wurde nichts entschieden.</translation>
    </message>
    <message>
        <source>The approval rule %1 reads &quot;%2&quot;, which is not a number; an admin sets it again with &quot;request rules&quot;.</source>
        <translation>Die Genehmigungsregel %1 lautet „%2“, was keine Zahl ist; ein Administrator setzt sie mit „request rules“ neu.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Antrag %1</translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation>Berechtigung %1</translation>
    </message>
    <message>
        <source>Agent %1 is %2, so request %3 cannot be approved; deny it or have it withdrawn.</source>
        <translation>Agent %1 ist %2, daher kann Antrag %3 nicht genehmigt werden; lehnen Sie ihn ab oder lassen Sie ihn zurückziehen.</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>#%1 %2</source>
        <translation>Nr. %1 %2</translation>
    </message>
    <message>
        <source>(new agent)</source>
        <translation>(neuer Agent)</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 weitere)</translation>
    </message>
    <message>
        <source>under an hour</source>
        <translation>unter einer Stunde</translation>
    </message>
    <message>
        <source>Risk %1</source>
        <translation>Risiko %1</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Zurückziehen…</translation>
    </message>
    <message>
        <source>Which requests</source>
        <translation>Welche Anträge</translation>
    </message>
    <message>
        <source>My queue</source>
        <translation>Meine Warteschlange</translation>
    </message>
    <message>
        <source>All pending</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Filed by me</source>
        <translation>Von mir gestellt</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Neuer Antrag…</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 Antrag</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 Anträge</translation>
    </message>
    <message>
        <source>No request selected.</source>
        <translation>Kein Antrag ausgewählt.</translation>
    </message>
    <message>
        <source>Request %1 · %2 for %3</source>
        <translation>Antrag %1 · %2 für %3</translation>
    </message>
    <message>
        <source>Filed by %1 on %2 for task %3; %4 risk; %5.</source>
        <translation>Gestellt von %1 am %2 für Aufgabe %3; Risiko %4; %5.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>already granted</source>
        <translation>bereits gewährt</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>A new agent&apos;s identity; no permissions yet.</source>
        <translation>Die Identität eines neuen Agenten; noch keine Berechtigungen.</translation>
    </message>
    <message>
        <source>For %1, as a standing grant.</source>
        <translation>Für %1, als dauerhafte Berechtigung.</translation>
    </message>
    <message>
        <source>For %1.</source>
        <translation>Für %1.</translation>
    </message>
    <message>
        <source>Why it is %1 risk</source>
        <translation>Warum das Risiko %1 ist</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>%1 %2 on %3: %4</source>
        <translation>%1 hat am %3 %2: %4</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Does not count: %1</source>
        <translation>Zählt nicht: %1</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <source>%1 of %2 approvals; waiting for %3.</source>
        <translation>%1 von %2 Genehmigungen; es fehlt %3.</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Ihr Signaturschlüssel</translation>
    </message>
    <message>
        <source>Your own passphrase, which signs your decisions:</source>
        <translation>Ihre eigene Passphrase, mit der Ihre Entscheidungen signiert werden:</translation>
    </message>
    <message>
        <source>Approve request %1</source>
        <translation>Antrag %1 genehmigen</translation>
    </message>
    <message>
        <source>Deny request %1</source>
        <translation>Antrag %1 ablehnen</translation>
    </message>
    <message>
        <source>Approve what request %1 asks for %2? Your reason is signed with your decision:</source>
        <translation>Genehmigen, was Antrag %1 für %2 beantragt? Ihr Grund wird mit Ihrer Entscheidung signiert:</translation>
    </message>
    <message>
        <source>Deny request %1 for %2? Your reason is signed with your decision:</source>
        <translation>Antrag %1 für %2 ablehnen? Ihr Grund wird mit Ihrer Entscheidung signiert:</translation>
    </message>
    <message>
        <source>Give a reason: it is signed with your decision.</source>
        <translation>Geben Sie einen Grund an: er wird mit Ihrer Entscheidung signiert.</translation>
    </message>
    <message>
        <source>Request %1 approved: grant %2 is active until %3.</source>
        <translation>Antrag %1 genehmigt: Berechtigung %2 ist aktiv bis %3.</translation>
    </message>
    <message>
        <source>Recorded. Request %1 waits for %2.</source>
        <translation>Festgehalten. Antrag %1 wartet auf %2.</translation>
    </message>
    <message>
        <source>Request %1 is %2.</source>
        <translation>Antrag %1 ist %2.</translation>
    </message>
    <message>
        <source>Withdraw request %1</source>
        <translation>Antrag %1 zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw request %1? Reason, for the record:</source>
        <translation>Antrag %1 zurückziehen? Grund, für die Akten:</translation>
    </message>
    <message>
        <source>Filed request %1 (%2 risk).</source>
        <translation>Antrag %1 gestellt (Risiko %2).</translation>
    </message>
    <message>
        <source>%1 is a viewer; an admin can make you an approver.</source>
        <translation>%1 ist Betrachter; ein Admin kann Sie zum Genehmiger machen.</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signieren</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
</context>
<context>
    <name>RiskAssessment</name>
    <message>
        <source>&quot;%1&quot; allows every action.</source>
        <translation>„%1“ erlaubt jede Aktion.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; includes an administrative or destructive action.</source>
        <translation>„%1“ enthält eine administrative oder zerstörende Aktion.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can change, create, send or run things.</source>
        <translation>„%1“ kann etwas ändern, anlegen, senden oder ausführen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reaches everything below %2.</source>
        <translation>„%1“ reicht an alles unterhalb von %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses wildcards.</source>
        <translation>„%1“ verwendet Platzhalter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no classification ceiling, so it reaches restricted data.</source>
        <translation>„%1“ hat keine Obergrenze der Einstufung und reicht daher an Daten der Stufe restricted.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reaches restricted data.</source>
        <translation>„%1“ reicht an Daten der Stufe restricted.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reaches confidential data.</source>
        <translation>„%1“ reicht an vertrauliche Daten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is sensitive: each use needs a freshly minted token.</source>
        <translation>„%1“ ist sensibel: jede Nutzung braucht ein frisch ausgestelltes Token.</translation>
    </message>
    <message>
        <source>It asks for a standing grant, beyond the workspace&apos;s longest lifetime.</source>
        <translation>Er beantragt eine dauerhafte Berechtigung über die längste Laufzeit des Arbeitsbereichs hinaus.</translation>
    </message>
    <message>
        <source>It would last more than a week.</source>
        <translation>Er würde länger als eine Woche gelten.</translation>
    </message>
    <message>
        <source>It would last more than a day.</source>
        <translation>Er würde länger als einen Tag gelten.</translation>
    </message>
    <message>
        <source>The agent&apos;s own risk tier is medium.</source>
        <translation>Die Risikostufe des Agenten selbst ist mittel.</translation>
    </message>
    <message>
        <source>The agent&apos;s own risk tier is high.</source>
        <translation>Die Risikostufe des Agenten selbst ist hoch.</translation>
    </message>
    <message>
        <source>The agent&apos;s own risk tier is critical.</source>
        <translation>Die Risikostufe des Agenten selbst ist kritisch.</translation>
    </message>
    <message>
        <source>The agent runs in production.</source>
        <translation>Der Agent läuft in Produktion.</translation>
    </message>
</context>
<context>
    <name>SavedFilterRepository</name>
    <message>
        <source>The saved filter &quot;%1&quot; is damaged (%2); save it again.</source>
        <translation>Der gespeicherte Filter „%1“ ist beschädigt (%2); speichern Sie ihn erneut.</translation>
    </message>
    <message>
        <source>A filter&apos;s name is 1 to %1 characters, without line breaks or spaces at either end.</source>
        <translation>Der Name eines Filters hat 1 bis %1 Zeichen, ohne Zeilenumbrüche und ohne Leerzeichen an den Enden.</translation>
    </message>
    <message>
        <source>save the filter</source>
        <translation>den Filter speichern</translation>
    </message>
    <message>
        <source>list the saved filters</source>
        <translation>die gespeicherten Filter auflisten</translation>
    </message>
    <message>
        <source>read the saved filter</source>
        <translation>den gespeicherten Filter lesen</translation>
    </message>
    <message>
        <source>There is no saved filter &quot;%1&quot;.</source>
        <translation>Es gibt keinen gespeicherten Filter „%1“.</translation>
    </message>
    <message>
        <source>delete the saved filter</source>
        <translation>den gespeicherten Filter löschen</translation>
    </message>
    <message>
        <source>The saved filter &quot;%1&quot; is damaged (it matches every event); save it again.</source>
        <translation>Der gespeicherte Filter „%1“ ist beschädigt (er passt auf jedes Ereignis); speichern Sie ihn erneut.</translation>
    </message>
    <message>
        <source>A saved filter narrows the timeline; this one would match every event.</source>
        <translation>Ein gespeicherter Filter grenzt die Zeitleiste ein; dieser würde auf jedes Ereignis passen.</translation>
    </message>
</context>
<context>
    <name>SealedBox</name>
    <message>
        <source>A secret of more than 64 KiB is not sealed.</source>
        <translation>Ein Secret über 64 KiB wird nicht versiegelt.</translation>
    </message>
    <message>
        <source>A secret is not sealed under an empty passphrase.</source>
        <translation>Ein Secret wird nicht mit einer leeren Passphrase versiegelt.</translation>
    </message>
    <message>
        <source>OpenSSL could not derive a key to seal the secret.</source>
        <translation>OpenSSL konnte keinen Schlüssel zum Versiegeln ableiten.</translation>
    </message>
    <message>
        <source>OpenSSL could not seal the secret.</source>
        <translation>OpenSSL konnte das Secret nicht versiegeln.</translation>
    </message>
    <message>
        <source>The sealed secret does not open: the passphrase is wrong, or the secret was changed or moved.</source>
        <translation>Das versiegelte Secret lässt sich nicht öffnen: die Passphrase ist falsch, oder das Secret wurde verändert oder verschoben.</translation>
    </message>
    <message>
        <source>This is not a sealed secret that Steward wrote.</source>
        <translation>Dies ist kein von Steward versiegeltes Secret.</translation>
    </message>
    <message>
        <source>The sealed secret asks for key derivation costs out of range.</source>
        <translation>Das versiegelte Secret verlangt Kosten der Schlüsselableitung außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>OpenSSL could not derive the key of the sealed secret.</source>
        <translation>OpenSSL konnte den Schlüssel des versiegelten Secrets nicht ableiten.</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>serve needs a receiver: otlp.</source>
        <translation>serve braucht einen Empfänger: otlp.</translation>
    </message>
    <message>
        <source>steward-cli serve otlp: receive OpenTelemetry traces (OTLP/HTTP, JSON, gzip or plain) at POST /v1/traces until Ctrl+C. Clients send &quot;Authorization: Bearer TOKEN&quot;; --new-token makes a token and shows it once. With --tls-cert and --tls-key the receiver speaks HTTPS, and an agent may instead present an X.509-SVID issued by the workspace CA.</source>
        <translation>steward-cli serve otlp: OpenTelemetry-Traces (OTLP/HTTP, JSON, gzip oder unkomprimiert) unter POST /v1/traces empfangen, bis Strg+C gedrückt wird. Clients senden „Authorization: Bearer TOKEN“; --new-token erzeugt ein Token und zeigt es einmal an. Mit --tls-cert und --tls-key spricht der Empfänger HTTPS, und ein Agent kann stattdessen ein von der Zertifizierungsstelle des Arbeitsbereichs ausgestelltes X.509-SVID vorlegen.</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1).</source>
        <translation>Die Adresse, auf der gelauscht wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The port (default 4318).</source>
        <translation>Der Port (Standard 4318).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The connector to record under (default otlp-receiver).</source>
        <translation>Der Connector, unter dem festgehalten wird (Standard otlp-receiver).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Replace the bearer token and print the new one.</source>
        <translation>Das Bearer-Token ersetzen und das neue ausgeben.</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (and its chain); kept with the connector.</source>
        <translation>HTTPS mit diesem PEM-Zertifikat (und seiner Kette) anbieten; wird beim Connector gespeichert.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The certificate&apos;s unencrypted PEM key, readable by you alone.</source>
        <translation>Der unverschlüsselte PEM-Schlüssel des Zertifikats, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>Serve plain HTTP again (bearer tokens only).</source>
        <translation>Wieder einfaches HTTP anbieten (nur Bearer-Tokens).</translation>
    </message>
    <message>
        <source>The largest body accepted, in bytes (default 16 MiB).</source>
        <translation>Der größte angenommene Body, in Bytes (Standard 16 MiB).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Milliseconds a client has to send its whole request (default 10000).</source>
        <translation>Millisekunden, die ein Client für seine ganze Anfrage hat (Standard 10000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>serve otlp takes --address, --port, --max-body and --timeout as numbers and addresses.</source>
        <translation>serve otlp erwartet --address, --port, --max-body und --timeout als Zahlen und Adressen.</translation>
    </message>
    <message>
        <source>serve otlp takes --tls-cert and --tls-key together, or --no-tls.</source>
        <translation>serve otlp nimmt --tls-cert und --tls-key zusammen oder --no-tls.</translation>
    </message>
    <message>
        <source>Bearer token (shown once; Steward keeps only its SHA-256): %1</source>
        <translation>Bearer-Token (einmal angezeigt; Steward behält nur seinen SHA-256): %1</translation>
    </message>
    <message>
        <source>Receiving OTLP/JSON traces at %1://%2:%3/v1/traces; Ctrl+C stops.</source>
        <translation>OTLP/JSON-Traces werden unter %1://%2:%3/v1/traces empfangen; Strg+C beendet.</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <source>Create your signing key</source>
        <translation>Ihren Signaturschlüssel anlegen</translation>
    </message>
    <message>
        <source>Each decision you make is signed with your own key, so it provably comes from you. Choose a passphrase for it (at least %1 characters); Steward cannot recover it, and nobody else needs it.</source>
        <translation>Jede Ihrer Entscheidungen wird mit Ihrem eigenen Schlüssel signiert und stammt damit nachweislich von Ihnen. Wählen Sie eine Passphrase dafür (mindestens %1 Zeichen); Steward kann sie nicht wiederherstellen, und niemand sonst braucht sie.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Schlüssel anlegen</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; geben Sie sie erneut ein.</translation>
    </message>
</context>
<context>
    <name>SpiffeId</name>
    <message>
        <source>The trust domain is empty. Use a domain you control, such as acme.example.</source>
        <translation>Die Vertrauensdomäne ist leer. Verwenden Sie eine Domäne, die Sie kontrollieren, etwa acme.example.</translation>
    </message>
    <message>
        <source>The trust domain is %1 characters long; at most %2 are allowed.</source>
        <translation>Die Vertrauensdomäne ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The trust domain may hold only lower-case letters, digits, dots, dashes and underscores; %1 at position %2 is not allowed.</source>
        <translation>Die Vertrauensdomäne darf nur Kleinbuchstaben, Ziffern, Punkte, Bindestriche und Unterstriche enthalten; %1 an Position %2 ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The trust domain may not start or end with a dot or hold two dots in a row.</source>
        <translation>Die Vertrauensdomäne darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander enthalten.</translation>
    </message>
    <message>
        <source>The agent name is empty.</source>
        <translation>Der Agentenname ist leer.</translation>
    </message>
    <message>
        <source>The agent name is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Agentenname ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The agent name may hold only lower-case letters, digits, dots, dashes and underscores; %1 at position %2 is not allowed.</source>
        <translation>Der Agentenname darf nur Kleinbuchstaben, Ziffern, Punkte, Bindestriche und Unterstriche enthalten; %1 an Position %2 ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The agent name must start and end with a letter or a digit.</source>
        <translation>Der Agentenname muss mit einem Buchstaben oder einer Ziffer beginnen und enden.</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>S&amp;tilllegen</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <source>Suspend &lt;b&gt;%1&lt;/b&gt;? It keeps its identity and history, but it stays inactive until someone reactivates it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sperren? Der Agent behält Identität und Verlauf, bleibt aber inaktiv, bis jemand ihn reaktiviert.</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>%1 stilllegen</translation>
    </message>
    <message>
        <source>Retire &lt;b&gt;%1&lt;/b&gt;? Retiring is final: the agent can never be active again. Its record and history are kept.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; stilllegen? Die Stilllegung ist endgültig: Der Agent kann nie wieder aktiv werden. Eintrag und Verlauf bleiben erhalten.</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Reactivate &lt;b&gt;%1&lt;/b&gt;? It becomes active again.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; reaktivieren? Der Agent wird wieder aktiv.</translation>
    </message>
    <message>
        <source>Activate &lt;b&gt;%1&lt;/b&gt;? It becomes a registered, active agent owned by %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; aktivieren? Er wird ein registrierter, aktiver Agent mit %2 als Eigentümer.</translation>
    </message>
    <message>
        <source>Reason, kept in the agent&apos;s history</source>
        <translation>Grund, wird im Verlauf des Agenten festgehalten</translation>
    </message>
</context>
<context>
    <name>SystemKeychain</name>
    <message>
        <source>The system keychain is turned off (STEWARD_NO_KEYCHAIN).</source>
        <translation>Die Systemschlüsselverwaltung ist abgeschaltet (STEWARD_NO_KEYCHAIN).</translation>
    </message>
    <message>
        <source>The system keychain did not answer within a minute.</source>
        <translation>Die Systemschlüsselverwaltung hat nicht innerhalb einer Minute geantwortet.</translation>
    </message>
    <message>
        <source>The system keychain holds nothing under %1.</source>
        <translation>Die Systemschlüsselverwaltung hat nichts unter %1.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Die Systemschlüsselverwaltung ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>An empty secret is not stored.</source>
        <translation>Ein leeres Secret wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The secret is not valid UTF-8 text, so the keychain cannot hold it faithfully.</source>
        <translation>Das Secret ist kein gültiger UTF-8-Text, daher kann die Schlüsselverwaltung es nicht getreu aufbewahren.</translation>
    </message>
    <message>
        <source>The system keychain refused to store the secret: %1</source>
        <translation>Die Systemschlüsselverwaltung hat das Speichern des Secrets abgelehnt: %1</translation>
    </message>
    <message>
        <source>The system keychain could not forget the secret: %1</source>
        <translation>Die Systemschlüsselverwaltung konnte das Secret nicht vergessen: %1</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>token needs a command: mint, verify or revoke.</source>
        <translation>token braucht einen Befehl: mint, verify oder revoke.</translation>
    </message>
    <message>
        <source>steward-cli token mint: a short-lived token for an active agent, signed by the workspace.</source>
        <translation>steward-cli token mint: ein kurzlebiges Token für einen aktiven Agenten, signiert vom Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The agent: name, SPIFFE ID or principal.</source>
        <translation>Der Agent: Name, SPIFFE-ID oder Principal.</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>The audience: the service that will accept the token.</source>
        <translation>Die Zielgruppe: der Dienst, der das Token annehmen wird.</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>A permission statement (repeatable).</source>
        <translation>Eine Berechtigungsangabe (wiederholbar).</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>The task the token is for.</source>
        <translation>Die Aufgabe, für die das Token gilt.</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>The user the agent acts for (RFC 8693 &quot;act&quot;).</source>
        <translation>Der Benutzer, für den der Agent handelt (RFC 8693 „act“).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Lifetime, such as 15m (default) or 300s.</source>
        <translation>Lebensdauer, etwa 15m (Standard) oder 300s.</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>token mint needs --agent and --aud, and --ttl must be a duration such as 15m.</source>
        <translation>token mint braucht --agent und --aud, und --ttl muss eine Dauer wie 15m sein.</translation>
    </message>
    <message>
        <source>steward-cli token verify FILE|-: check a token. Prints &quot;accepted&quot;, or &quot;refused&quot; and one reason word (malformed, too_large, alg_not_allowed, unknown_kid, crit_unsupported, bad_signature, expired, not_yet_valid, missing_claim, wrong_issuer, wrong_audience, revoked, unknown_agent, agent_suspended, agent_retired, agent_inactive); exit code 0 or 3.</source>
        <translation>steward-cli token verify DATEI|-: ein Token prüfen. Gibt „accepted“ aus oder „refused“ und ein Grundwort (malformed, too_large, alg_not_allowed, unknown_kid, crit_unsupported, bad_signature, expired, not_yet_valid, missing_claim, wrong_issuer, wrong_audience, revoked, unknown_agent, agent_suspended, agent_retired, agent_inactive); Exit-Code 0 oder 3.</translation>
    </message>
    <message>
        <source>A file holding the token, or - for standard input.</source>
        <translation>Eine Datei mit dem Token oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>The audience the token must name.</source>
        <translation>Die Zielgruppe, die das Token nennen muss.</translation>
    </message>
    <message>
        <source>The issuer it must name (default: this workspace&apos;s trust domain).</source>
        <translation>Der Aussteller, den es nennen muss (Standard: die Vertrauensdomäne dieses Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Verify against another issuer&apos;s JWKS file instead of this workspace.</source>
        <translation>Gegen die JWKS-Datei eines anderen Ausstellers prüfen statt gegen diesen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>token verify takes one token file (or -) and --aud.</source>
        <translation>token verify erwartet eine Token-Datei (oder -) und --aud.</translation>
    </message>
    <message>
        <source>Cannot read the token from %1.</source>
        <translation>Das Token kann nicht aus %1 gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read the JWKS %1.</source>
        <translation>Das JWKS %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>steward-cli: %1</source>
        <translation>steward-cli: %1</translation>
    </message>
    <message>
        <source>steward-cli token revoke JTI: refuse this token from now on.</source>
        <translation>steward-cli token revoke JTI: dieses Token ab jetzt ablehnen.</translation>
    </message>
    <message>
        <source>The token&apos;s jti.</source>
        <translation>Die jti des Tokens.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>token revoke takes exactly one jti.</source>
        <translation>token revoke erwartet genau eine jti.</translation>
    </message>
    <message>
        <source>Revoked token %1.</source>
        <translation>Token %1 widerrufen.</translation>
    </message>
    <message>
        <source>steward-cli jwks rotate: a new token signing key; the old one stays published until the next rotation.</source>
        <translation>steward-cli jwks rotate: ein neuer Signaturschlüssel für Tokens; der alte bleibt bis zur nächsten Rotation veröffentlicht.</translation>
    </message>
    <message>
        <source>eddsa (default) or es256.</source>
        <translation>eddsa (Standard) oder es256.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>steward-cli jwks export: the public signing keys as a JWKS (RFC 7517).</source>
        <translation>steward-cli jwks export: die öffentlichen Signaturschlüssel als JWKS (RFC 7517).</translation>
    </message>
    <message>
        <source>jwks needs a command: export or rotate.</source>
        <translation>jwks braucht einen Befehl: export oder rotate.</translation>
    </message>
    <message>
        <source>--algorithm is eddsa or es256.</source>
        <translation>--algorithm ist eddsa oder es256.</translation>
    </message>
    <message>
        <source>The current signing key is now %1 (%2).</source>
        <translation>Der aktuelle Signaturschlüssel ist jetzt %1 (%2).</translation>
    </message>
    <message>
        <source>Why (required): the audit trail keeps it.</source>
        <translation>Warum (Pflicht): Der Audit-Trail bewahrt es auf.</translation>
    </message>
</context>
<context>
    <name>TokenIssuer</name>
    <message>
        <source>A token may live 1 to %1 seconds in this workspace; %2 was asked for.</source>
        <translation>Ein Token darf in diesem Arbeitsbereich 1 bis %1 Sekunden gelten; verlangt wurden %2.</translation>
    </message>
    <message>
        <source>A token needs an audience: the service that will accept it.</source>
        <translation>Ein Token braucht eine Zielgruppe: den Dienst, der es annehmen wird.</translation>
    </message>
    <message>
        <source>A token needs an issuer and a subject.</source>
        <translation>Ein Token braucht einen Aussteller und ein Subjekt.</translation>
    </message>
    <message>
        <source>The signing key has no private part.</source>
        <translation>Der Signaturschlüssel hat keinen privaten Teil.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; no token was minted.</source>
        <translation>Der Zufallszahlengenerator des Systems ist ausgefallen; es wurde kein Token ausgestellt.</translation>
    </message>
</context>
<context>
    <name>TokenVerifier</name>
    <message>
        <source>The token is over %1 bytes and was not read.</source>
        <translation>Das Token ist größer als %1 Bytes und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The algorithm &quot;%1&quot; is not allowed; only EdDSA and ES256 are.</source>
        <translation>Der Algorithmus „%1“ ist nicht erlaubt; nur EdDSA und ES256 sind es.</translation>
    </message>
    <message>
        <source>The token marks header extensions as critical; none are supported.</source>
        <translation>Das Token kennzeichnet Header-Erweiterungen als kritisch; keine wird unterstützt.</translation>
    </message>
    <message>
        <source>The token&apos;s key id &quot;%1&quot; names no known key.</source>
        <translation>Die Schlüssel-ID „%1“ des Tokens benennt keinen bekannten Schlüssel.</translation>
    </message>
    <message>
        <source>The token says %1 but key %2 is a %3 key.</source>
        <translation>Das Token gibt %1 an, aber Schlüssel %2 ist ein %3-Schlüssel.</translation>
    </message>
    <message>
        <source>The signature does not match the token.</source>
        <translation>Die Signatur passt nicht zum Token.</translation>
    </message>
    <message>
        <source>The token&apos;s claims are not a JSON object.</source>
        <translation>Die Claims des Tokens sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The claim &quot;exp&quot; is missing or not a time.</source>
        <translation>Der Claim „exp“ fehlt oder ist keine Zeitangabe.</translation>
    </message>
    <message>
        <source>The claim &quot;%1&quot; is not a time.</source>
        <translation>Der Claim „%1“ ist keine Zeitangabe.</translation>
    </message>
    <message>
        <source>The token expired at %1.</source>
        <translation>Das Token ist um %1 abgelaufen.</translation>
    </message>
    <message>
        <source>The token is not valid before its &quot;nbf&quot; time.</source>
        <translation>Das Token gilt nicht vor seiner „nbf“-Zeit.</translation>
    </message>
    <message>
        <source>The token claims to be issued in the future.</source>
        <translation>Das Token gibt an, in der Zukunft ausgestellt worden zu sein.</translation>
    </message>
    <message>
        <source>The token was issued by &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Das Token wurde von „%1“ ausgestellt, nicht von „%2“.</translation>
    </message>
    <message>
        <source>The token is not meant for the audience &quot;%1&quot;.</source>
        <translation>Das Token ist nicht für die Zielgruppe „%1“ bestimmt.</translation>
    </message>
    <message>
        <source>The token or its agent was revoked (%1).</source>
        <translation>Das Token oder sein Agent wurde widerrufen (%1).</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace %1 has no trust domain; it was never initialised. Run &quot;steward-cli init --trust-domain DOMAIN&quot;.</source>
        <translation>Der Arbeitsbereich %1 hat keine Vertrauensdomäne; er wurde nie eingerichtet. Führen Sie „steward-cli init --trust-domain DOMAIN“ aus.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; an existing workspace is never overwritten.</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Dateinamen; ein bestehender Arbeitsbereich wird nie überschrieben.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>steward-cli init: create a workspace for one trust domain.</source>
        <translation>steward-cli init: einen Arbeitsbereich für eine Vertrauensdomäne anlegen.</translation>
    </message>
    <message>
        <source>The SPIFFE trust domain, such as acme.example.</source>
        <translation>Die SPIFFE-Vertrauensdomäne, etwa acme.example.</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>init takes --trust-domain DOMAIN and nothing else.</source>
        <translation>init erwartet --trust-domain DOMÄNE und sonst nichts.</translation>
    </message>
    <message>
        <source>Created workspace %1 for trust domain %2; %3 is its first admin.</source>
        <translation>Arbeitsbereich %1 für die Vertrauensdomäne %2 angelegt; %3 ist sein erster Admin.</translation>
    </message>
    <message>
        <source>steward-cli summary: what the workspace holds.</source>
        <translation>steward-cli summary: was der Arbeitsbereich enthält.</translation>
    </message>
    <message>
        <source>summary takes no arguments.</source>
        <translation>summary erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Workspace:     %1</source>
        <translation>Arbeitsbereich:     %1</translation>
    </message>
    <message>
        <source>Trust domain:  %1</source>
        <translation>Vertrauensdomäne:   %1</translation>
    </message>
    <message>
        <source>Owners:        %1</source>
        <translation>Eigentümer:         %1</translation>
    </message>
    <message>
        <source>Agents:        %1</source>
        <translation>Agenten:            %1</translation>
    </message>
    <message>
        <source>Shadow agents act without being registered: review them with &quot;steward-cli agent list --status shadow&quot;.</source>
        <translation>Schatten-Agenten handeln, ohne registriert zu sein: Prüfen Sie sie mit „steward-cli agent list --status shadow“.</translation>
    </message>
    <message>
        <source>How many agents (default 60).</source>
        <translation>Wie viele Agenten (Standard 60).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>The random seed (default 20261126).</source>
        <translation>Der Startwert des Zufalls (Standard 20261126).</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Trust domain of a new workspace (default acme.example).</source>
        <translation>Vertrauensdomäne eines neuen Arbeitsbereichs (Standard acme.example).</translation>
    </message>
    <message>
        <source>Filled %1 with %2 demo agents (seed %3).</source>
        <translation>%1 mit %2 Demo-Agenten gefüllt (Startwert %3).</translation>
    </message>
    <message>
        <source>Its certificate authority and token signing key are encrypted under your passphrase.</source>
        <translation>Seine Zertifizierungsstelle und sein Token-Signaturschlüssel sind mit Ihrer Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <source>No passphrase was given, so it has no certificate authority yet: set STEWARD_PASSPHRASE and run &quot;steward-cli ca init&quot; and &quot;steward-cli jwks rotate&quot;.</source>
        <translation>Es wurde keine Passphrase angegeben, daher hat er noch keine Zertifizierungsstelle: Setzen Sie STEWARD_PASSPHRASE und führen Sie „steward-cli ca init“ und „steward-cli jwks rotate“ aus.</translation>
    </message>
    <message>
        <source>Writing the demo history: %1 of %2 steps</source>
        <translation>Demo-Verlauf wird geschrieben: Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Its operators (the demo owners and you) decided requests over the last %1 days; their signing keys are encrypted under the workspace passphrase.</source>
        <translation>Seine Operatoren (die Demo-Eigentümer und Sie) haben in den letzten %1 Tagen über Anträge entschieden; ihre Signaturschlüssel sind mit der Passphrase des Arbeitsbereichs verschlüsselt.</translation>
    </message>
    <message>
        <source>No passphrase was given, so it has no requests, grants or tokens: set STEWARD_PASSPHRASE and run the demo into a new workspace to see them.</source>
        <translation>Es wurde keine Passphrase angegeben, daher enthält er keine Anträge, Berechtigungen oder Tokens: Setzen Sie STEWARD_PASSPHRASE und erzeugen Sie die Demo in einem neuen Arbeitsbereich, um sie zu sehen.</translation>
    </message>
    <message>
        <source>steward-cli demo: fill a new workspace with reproducible demo owners and agents and, when the workspace passphrase is given, operators, 45 days of requests and signed decisions, grants and tokens. The workspace is created if it does not exist.</source>
        <translation>steward-cli demo: einen neuen Arbeitsbereich mit reproduzierbaren Demo-Eigentümern und -Agenten füllen und, wenn die Passphrase des Arbeitsbereichs angegeben ist, mit Operatoren, 45 Tagen an Anträgen und signierten Entscheidungen, Berechtigungen und Tokens. Der Arbeitsbereich wird angelegt, wenn es ihn nicht gibt.</translation>
    </message>
    <message>
        <source>Events of activity over the last 30 days, written in the backends&apos; own formats and read through the connectors (default 1000000; 0 for none).</source>
        <translation>Ereignisse der letzten 30 Tage, in den eigenen Formaten der Backends geschrieben und durch die Connectoren gelesen (Standard 1000000; 0 für keine).</translation>
    </message>
    <message>
        <source>--agents, --seed and --events take whole numbers (--events at most 100000000).</source>
        <translation>--agents, --seed und --events nehmen ganze Zahlen (--events höchstens 100000000).</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Activity of the last 30 days, read through four connectors: %1.</source>
        <translation>Aktivität der letzten 30 Tage, über vier Connectoren gelesen: %1.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Steward workspace</source>
        <translation>Steward-Arbeitsbereich</translation>
    </message>
    <message>
        <source>acme.example</source>
        <translation>acme.example</translation>
    </message>
    <message>
        <source>A workspace holds one trust domain: its agents, owners and history, in one file that only you can read. Create one, or open an existing workspace.</source>
        <translation>Ein Arbeitsbereich enthält eine Vertrauensdomäne: ihre Agenten, Eigentümer und ihren Verlauf, in einer Datei, die nur Sie lesen können. Legen Sie einen an oder öffnen Sie einen bestehenden.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Trust domain:</source>
        <translation>&amp;Vertrauensdomäne:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>&amp;Open existing…</source>
        <translation>Bestehenden ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Steward workspaces (*.steward)</source>
        <translation>Steward-Arbeitsbereiche (*.steward)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Steward workspaces (*.steward);;All files (*)</source>
        <translation>Steward-Arbeitsbereiche (*.steward);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Steward: the governance console for AI agents.</source>
        <translation>Steward: die Governance-Konsole für KI-Agenten.</translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation>Die zu öffnende Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The language, such as de (default: the system&apos;s).</source>
        <translation>Die Sprache, etwa de (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>system (default), light or dark.</source>
        <translation>system (Standard), light oder dark.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Save a picture of the window to a PNG file and quit.</source>
        <translation>Ein Bild des Fensters als PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>The page to open: agents (default), requests, credentials, audit, activity, charts (the activity charts) or connectors.</source>
        <translation>Die zu öffnende Seite: agents (Standard), requests, credentials, audit, activity, charts (die Aktivitätsdiagramme) oder connectors.</translation>
    </message>
</context>
</TS>
