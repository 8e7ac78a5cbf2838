<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutBox</name>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>memory only (%1)</source>
        <translation>nur im Arbeitsspeicher (%1)</translation>
    </message>
    <message>
        <source>About Webhook Studio</source>
        <translation>Über Webhook Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Webhook Studio %1&lt;/h3&gt;&lt;p&gt;Design, test and export the webhooks of AI voice-calling campaigns.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Webhook Studio %1&lt;/h3&gt;&lt;p&gt;Webhooks von KI-Anrufkampagnen entwerfen, testen und exportieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1, running on Qt %2, on %3 (%4).&lt;/p&gt;&lt;p&gt;Data and history: %5&lt;br&gt;Settings: %6&lt;br&gt;Secrets: %7&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erstellt mit Qt %1, läuft mit Qt %2 auf %3 (%4).&lt;/p&gt;&lt;p&gt;Daten und Verlauf: %5&lt;br&gt;Einstellungen: %6&lt;br&gt;Geheimnisse: %7&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot; kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot; kann nicht gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>AttemptListModel</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>BurstDialog</name>
    <message>
        <source>Send a Burst</source>
        <translation>Serie senden</translation>
    </message>
    <message>
        <source>&amp;Deliveries:</source>
        <translation>&amp;Zustellungen:</translation>
    </message>
    <message>
        <source>&amp;At once:</source>
        <translation>&amp;Gleichzeitig:</translation>
    </message>
    <message>
        <source>How many deliveries may be in flight at the same time</source>
        <translation>Wie viele Zustellungen gleichzeitig laufen dürfen</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Send %1 with &quot;%2&quot; many times, each a new event with its own id, to see how the endpoint holds up. Bursts are summed up here and not kept in the history.</source>
        <translation>Sendet %1 über &quot;%2&quot; viele Male, jeweils als neues Ereignis mit eigener ID, um die Belastbarkeit des Endpunkts zu prüfen. Serien werden hier zusammengefasst und nicht im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Success rate %1 %.</source>
        <translation>Erfolgsquote %1 %.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>CampaignController</name>
    <message>
        <source>&amp;Sample Data…</source>
        <translation>&amp;Beispieldaten…</translation>
    </message>
    <message>
        <source>The values previews and test sends use</source>
        <translation>Die Werte für Vorschauen und Testsendungen</translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation>Kampagne bearbeiten</translation>
    </message>
    <message>
        <source>Edit Sample Data</source>
        <translation>Beispieldaten bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Environments…</source>
        <translation>&amp;Umgebungen…</translation>
    </message>
    <message>
        <source>The environments (Local, Staging, Production) and their variables</source>
        <translation>Die Umgebungen (Local, Staging, Production) und ihre Variablen</translation>
    </message>
    <message>
        <source>Use Own Sample of %1</source>
        <translation>Eigenes Beispiel für %1 verwenden</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Campaign and Data Model</source>
        <translation>Kampagne und Datenmodell</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>Kampagnen&amp;name:</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Kampagnenname</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Campaign description</source>
        <translation>Kampagnenbeschreibung</translation>
    </message>
    <message>
        <source>&amp;Contact Fields</source>
        <translation>&amp;Kontaktfelder</translation>
    </message>
    <message>
        <source>&amp;Agent Outcomes</source>
        <translation>A&amp;gentenergebnisse</translation>
    </message>
    <message>
        <source>D&amp;ynamic Variables</source>
        <translation>D&amp;ynamische Variablen</translation>
    </message>
    <message>
        <source>&amp;Post-Call Outcomes</source>
        <translation>&amp;Ergebnisse nach dem Anruf</translation>
    </message>
    <message>
        <source>&amp;Environments</source>
        <translation>&amp;Umgebungen</translation>
    </message>
</context>
<context>
    <name>CampaignSession</name>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: webhook-studio-cli COMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation>Aufruf: webhook-studio-cli BEFEHL [OPTIONEN] [ARGUMENTE]</translation>
    </message>
    <message>
        <source>Design, test and export the webhooks of AI voice-calling campaigns, headless.</source>
        <translation>Webhooks von KI-Telefonkampagnen entwerfen, testen und exportieren – ohne grafische Oberfläche.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <source>Run &quot;webhook-studio-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Die Optionen eines Befehls zeigt &quot;webhook-studio-cli BEFEHL --help&quot; an.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Run &quot;webhook-studio-cli %1 --help&quot; for usage.</source>
        <translation>Die Verwendung zeigt &quot;webhook-studio-cli %1 --help&quot; an.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The campaign environment {{variables}} resolve from (default: its first).</source>
        <translation>Die Kampagnenumgebung, aus der {{Variablen}} aufgelöst werden (Standard: ihre erste).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>%1: --environment: the campaign has no environments.</source>
        <translation>%1: --environment: Die Kampagne hat keine Umgebungen.</translation>
    </message>
    <message>
        <source>%1: --environment: the campaign has no environment &quot;%2&quot;; it has %3.</source>
        <translation>%1: --environment: Die Kampagne hat keine Umgebung &quot;%2&quot;; sie hat %3.</translation>
    </message>
</context>
<context>
    <name>CurlExport</name>
    <message>
        <source>No webhook fires on the chosen event, so there is no command to export.</source>
        <translation>Beim gewählten Ereignis wird kein Webhook ausgelöst, daher gibt es keinen Befehl zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>CurlImportDialog</name>
    <message>
        <source>Import a cURL Command</source>
        <translation>cURL-Befehl importieren</translation>
    </message>
    <message>
        <source>Paste a curl command, as copied from a terminal, documentation or a browser&apos;s developer tools (bash or cmd style). It becomes a new webhook that sends the same request.</source>
        <translation>Fügen Sie einen curl-Befehl ein, wie er aus einem Terminal, einer Dokumentation oder den Entwicklertools eines Browsers kopiert wurde (bash- oder cmd-Syntax). Daraus entsteht ein neuer Webhook, der dieselbe Anfrage sendet.</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <source>curl -X POST https://api.example.com/hooks -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;ok&quot;: true}&apos;</source>
        <translation>curl -X POST https://api.example.com/hooks -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;ok&quot;: true}&apos;</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Importprobleme</translation>
    </message>
    <message>
        <source>&amp;Add Webhook</source>
        <translation>Webhook &amp;hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Sends %1 %2 with %n header(s) and %3.</source>
        <translation>
            <numerusform>Sendet %1 %2 mit %n Header und %3.</numerusform>
            <numerusform>Sendet %1 %2 mit %n Headern und %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>no body</source>
        <translation>ohne Body</translation>
    </message>
    <message numerus="yes">
        <source>a body of %n character(s)</source>
        <translation>
            <numerusform>einem Body mit %n Zeichen</numerusform>
            <numerusform>einem Body mit %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>This command cannot be imported:</source>
        <translation>Dieser Befehl kann nicht importiert werden:</translation>
    </message>
</context>
<context>
    <name>CurlImporter</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>%1 is not known here and was ignored.</source>
        <translation>%1 ist hier unbekannt und wurde ignoriert.</translation>
    </message>
    <message>
        <source>Webhooks send GET, POST, PUT or DELETE; this HEAD request was imported as GET.</source>
        <translation>Webhooks senden GET, POST, PUT oder DELETE; diese HEAD-Anfrage wurde als GET importiert.</translation>
    </message>
    <message>
        <source>%1 %2 names a cookie file, which was not read.</source>
        <translation>%1 %2 verweist auf eine Cookie-Datei, die nicht gelesen wurde.</translation>
    </message>
    <message>
        <source>Webhooks never follow redirects: an answer of 3xx counts as a failed attempt.</source>
        <translation>Webhooks folgen nie Weiterleitungen: Eine Antwort mit 3xx gilt als fehlgeschlagener Versuch.</translation>
    </message>
    <message>
        <source>Multipart forms (%1) cannot be imported: a webhook sends a JSON, form-encoded or text body.</source>
        <translation>Multipart-Formulare (%1) können nicht importiert werden: Ein Webhook sendet einen JSON-, Formular- oder Text-Body.</translation>
    </message>
    <message>
        <source>%1 changes how curl connects and was ignored: webhooks are sent with the app&apos;s own network settings.</source>
        <translation>%1 ändert, wie curl die Verbindung herstellt, und wurde ignoriert: Webhooks werden mit den Netzwerkeinstellungen der App gesendet.</translation>
    </message>
    <message>
        <source>%1 %2 reads a file (or standard input), which cannot be imported; paste its content instead.</source>
        <translation>%1 %2 liest eine Datei (oder die Standardeingabe) und kann nicht importiert werden; fügen Sie stattdessen deren Inhalt ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header: expected Name: value.</source>
        <translation>&quot;%1&quot; ist kein Header: erwartet wird Name: Wert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation>&quot;%1&quot; ist kein gültiger Header-Name.</translation>
    </message>
    <message>
        <source>%1 gives no password (curl would ask for one); an empty password was imported.</source>
        <translation>%1 enthält kein Passwort (curl würde danach fragen); es wurde ein leeres Passwort importiert.</translation>
    </message>
    <message>
        <source>%1 %2 is not a number of seconds.</source>
        <translation>%1 %2 ist keine gültige Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>%1 %2 is outside the %3 to %4 seconds an attempt may take; the nearest was used.</source>
        <translation>%1 %2 liegt außerhalb der zulässigen %3 bis %4 Sekunden pro Versuch; der nächstliegende Wert wurde verwendet.</translation>
    </message>
    <message>
        <source>%1 %2 is not a number of retries.</source>
        <translation>%1 %2 ist keine gültige Anzahl Wiederholungen.</translation>
    </message>
    <message>
        <source>Only the first URL was imported; %1 was left out.</source>
        <translation>Nur die erste URL wurde importiert; %1 wurde weggelassen.</translation>
    </message>
    <message>
        <source>Webhooks send GET, POST, PUT or DELETE; %1 cannot be imported.</source>
        <translation>Webhooks senden GET, POST, PUT oder DELETE; %1 kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>The command has no URL.</source>
        <translation>Der Befehl enthält keine URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>&quot;%1&quot; ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>Imported webhook</source>
        <translation>Importierter Webhook</translation>
    </message>
    <message>
        <source>A webhook with a body always sends a Content-Type; this one sends text/plain.</source>
        <translation>Ein Webhook mit Body sendet immer einen Content-Type; dieser sendet text/plain.</translation>
    </message>
    <message>
        <source>A webhook&apos;s attempt timeout covers connecting and the whole answer; it was set to the connect timeout of %1 s.</source>
        <translation>Das Zeitlimit pro Versuch umfasst den Verbindungsaufbau und die gesamte Antwort; es wurde auf das Verbindungszeitlimit von %1 s gesetzt.</translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation>%1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>This is not a curl command: it starts with &quot;%1&quot;.</source>
        <translation>Dies ist kein curl-Befehl: Er beginnt mit &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>DataSourceCatalog</name>
    <message>
        <source>Default Value</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>A fixed text. Left empty, the variable&apos;s own name is used.</source>
        <translation>Ein fester Text. Bleibt er leer, wird der Name der Variablen verwendet.</translation>
    </message>
    <message>
        <source>Contact Field</source>
        <translation>Kontaktfeld</translation>
    </message>
    <message>
        <source>Information about the person called, as the campaign&apos;s contact list holds it.</source>
        <translation>Angaben zur angerufenen Person aus der Kontaktliste der Kampagne.</translation>
    </message>
    <message>
        <source>Agent Outcome Field</source>
        <translation>Agentenergebnisfeld</translation>
    </message>
    <message>
        <source>What the AI agent determined during the call.</source>
        <translation>Was der KI-Agent während des Anrufs ermittelt hat.</translation>
    </message>
    <message>
        <source>Call Log Field</source>
        <translation>Anrufprotokollfeld</translation>
    </message>
    <message>
        <source>Metadata of the call: ids, numbers, duration, status, summary, recording, transcript, sentiment.</source>
        <translation>Metadaten des Anrufs: IDs, Nummern, Dauer, Status, Zusammenfassung, Aufzeichnung, Transkript, Stimmung.</translation>
    </message>
    <message>
        <source>Dynamic Variable</source>
        <translation>Dynamische Variable</translation>
    </message>
    <message>
        <source>Per-call variables the campaign passes to the agent.</source>
        <translation>Variablen pro Anruf, die die Kampagne an den Agenten übergibt.</translation>
    </message>
    <message>
        <source>Post-Call Outcome</source>
        <translation>Ergebnis nach dem Anruf</translation>
    </message>
    <message>
        <source>Results extracted from the call after it ended.</source>
        <translation>Ergebnisse, die nach Ende des Anrufs aus dem Gespräch extrahiert wurden.</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>The time of the delivery or of the call&apos;s milestones.</source>
        <translation>Zeitpunkt der Zustellung oder der Meilensteine des Anrufs.</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>Anruf-ID</translation>
    </message>
    <message>
        <source>Unique id of the call.</source>
        <translation>Eindeutige ID des Anrufs.</translation>
    </message>
    <message>
        <source>Call SID</source>
        <translation>Anruf-SID</translation>
    </message>
    <message>
        <source>The telephony provider&apos;s id of the call.</source>
        <translation>ID des Anrufs beim Telefonieanbieter.</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Firmen-ID</translation>
    </message>
    <message>
        <source>The account that owns the campaign.</source>
        <translation>Das Konto, dem die Kampagne gehört.</translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation>Kampagnen-ID</translation>
    </message>
    <message>
        <source>The campaign that placed the call.</source>
        <translation>Die Kampagne, die den Anruf getätigt hat.</translation>
    </message>
    <message>
        <source>AI Agent ID</source>
        <translation>KI-Agenten-ID</translation>
    </message>
    <message>
        <source>The AI agent that spoke.</source>
        <translation>Der KI-Agent, der das Gespräch geführt hat.</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>The contact that was called.</source>
        <translation>Der angerufene Kontakt.</translation>
    </message>
    <message>
        <source>Call From</source>
        <translation>Anruf von</translation>
    </message>
    <message>
        <source>The calling number, in E.164 format.</source>
        <translation>Die anrufende Nummer im E.164-Format.</translation>
    </message>
    <message>
        <source>Call To</source>
        <translation>Anruf an</translation>
    </message>
    <message>
        <source>The called number, in E.164 format.</source>
        <translation>Die angerufene Nummer im E.164-Format.</translation>
    </message>
    <message>
        <source>Call Duration</source>
        <translation>Anrufdauer</translation>
    </message>
    <message>
        <source>Seconds from answer to hang-up; 0 for a call that never connected.</source>
        <translation>Sekunden vom Annehmen bis zum Auflegen; 0 bei einem Anruf, der nie verbunden wurde.</translation>
    </message>
    <message>
        <source>Call Status</source>
        <translation>Anrufstatus</translation>
    </message>
    <message>
        <source>Call Direction</source>
        <translation>Anrufrichtung</translation>
    </message>
    <message>
        <source>outbound or inbound.</source>
        <translation>outbound oder inbound.</translation>
    </message>
    <message>
        <source>Call Rating</source>
        <translation>Anrufbewertung</translation>
    </message>
    <message>
        <source>The call&apos;s quality rating from 1 to 5.</source>
        <translation>Die Qualitätsbewertung des Anrufs von 1 bis 5.</translation>
    </message>
    <message>
        <source>Call Summary</source>
        <translation>Anrufzusammenfassung</translation>
    </message>
    <message>
        <source>A short summary of the conversation.</source>
        <translation>Eine kurze Zusammenfassung des Gesprächs.</translation>
    </message>
    <message>
        <source>Recording URL</source>
        <translation>Aufzeichnungs-URL</translation>
    </message>
    <message>
        <source>Where the call&apos;s audio recording can be downloaded.</source>
        <translation>Wo die Audioaufzeichnung des Anrufs heruntergeladen werden kann.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>The conversation, one turn a line, each starting with its speaker.</source>
        <translation>Das Gespräch, ein Redebeitrag pro Zeile, jeweils beginnend mit der sprechenden Person.</translation>
    </message>
    <message>
        <source>Sentiment Analysis</source>
        <translation>Stimmungsanalyse</translation>
    </message>
    <message>
        <source>The caller&apos;s overall sentiment: positive, neutral, negative or unknown.</source>
        <translation>Die Gesamtstimmung des Gesprächspartners: positive, neutral, negative oder unknown.</translation>
    </message>
    <message>
        <source>Agent Task Status</source>
        <translation>Aufgabenstatus des Agenten</translation>
    </message>
    <message>
        <source>Whether the agent completed its task: completed, partial or failed.</source>
        <translation>Ob der Agent seine Aufgabe erfüllt hat: completed, partial oder failed.</translation>
    </message>
    <message>
        <source>Agent Task Feedback</source>
        <translation>Aufgabenfeedback des Agenten</translation>
    </message>
    <message>
        <source>The agent&apos;s own account of how the task went.</source>
        <translation>Die eigene Einschätzung des Agenten, wie die Aufgabe verlaufen ist.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>When the call was queued (ISO-8601, UTC).</source>
        <translation>Wann der Anruf in die Warteschlange gestellt wurde (ISO-8601, UTC).</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>When the callee answered (ISO-8601, UTC).</source>
        <translation>Wann die angerufene Person abgenommen hat (ISO-8601, UTC).</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>When the call ended (ISO-8601, UTC).</source>
        <translation>Wann der Anruf beendet wurde (ISO-8601, UTC).</translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>Zustellzeitpunkt</translation>
    </message>
    <message>
        <source>When the delivery is made (ISO-8601, UTC).</source>
        <translation>Wann die Zustellung erfolgt (ISO-8601, UTC).</translation>
    </message>
    <message>
        <source>Delivery time (Unix seconds)</source>
        <translation>Zustellzeitpunkt (Unix-Sekunden)</translation>
    </message>
    <message>
        <source>When the delivery is made, in seconds since 1970.</source>
        <translation>Wann die Zustellung erfolgt, in Sekunden seit 1970.</translation>
    </message>
    <message>
        <source>Delivery time (Unix milliseconds)</source>
        <translation>Zustellzeitpunkt (Unix-Millisekunden)</translation>
    </message>
    <message>
        <source>When the delivery is made, in milliseconds since 1970.</source>
        <translation>Wann die Zustellung erfolgt, in Millisekunden seit 1970.</translation>
    </message>
    <message>
        <source>Call created</source>
        <translation>Anruf erstellt</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>Anruf begonnen</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Anruf beendet</translation>
    </message>
    <message>
        <source>Environment Variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>A value of the chosen environment (Local, Staging, Production), such as its base URL or token.</source>
        <translation>Ein Wert der gewählten Umgebung (Local, Staging, Production), etwa ihre Basis-URL oder ihr Token.</translation>
    </message>
    <message>
        <source>As Twilio spells it: queued, ringing, in-progress, completed, busy, failed, no-answer or canceled.</source>
        <translation>In Twilios Schreibweise: queued, ringing, in-progress, completed, busy, failed, no-answer oder canceled.</translation>
    </message>
    <message>
        <source>Answered By</source>
        <translation>Angenommen von</translation>
    </message>
    <message>
        <source>Who picked up, as answering-machine detection decided: human, machine, machine_end_beep (after the beep) or unknown.</source>
        <translation>Wer abgenommen hat, wie die Anrufbeantworter-Erkennung entschied: human, machine, machine_end_beep (nach dem Piepton) oder unknown.</translation>
    </message>
    <message>
        <source>End Reason</source>
        <translation>Grund des Endes</translation>
    </message>
    <message>
        <source>Who ended the call and why: user_hangup, agent_hangup, voicemail_reached, max_duration_reached, call_transfer, no_answer or error.</source>
        <translation>Wer den Anruf beendet hat und warum: user_hangup, agent_hangup, voicemail_reached, max_duration_reached, call_transfer, no_answer oder error.</translation>
    </message>
    <message>
        <source>Call Cost</source>
        <translation>Anrufkosten</translation>
    </message>
    <message>
        <source>What the call cost (telephony, speech and model), in the call&apos;s currency.</source>
        <translation>Was der Anruf gekostet hat (Telefonie, Sprache und Modell), in der Währung des Anrufs.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>The ISO 4217 code of the cost&apos;s currency.</source>
        <translation>Der ISO-4217-Code der Währung der Kosten.</translation>
    </message>
    <message>
        <source>Response Latency (median)</source>
        <translation>Antwortlatenz (Median)</translation>
    </message>
    <message>
        <source>Milliseconds from the end of the caller&apos;s speech to the agent&apos;s first audio, median over the call.</source>
        <translation>Millisekunden vom Ende der Rede des Angerufenen bis zum ersten Ton des Agenten, Median über den Anruf.</translation>
    </message>
    <message>
        <source>Response Latency (90th percentile)</source>
        <translation>Antwortlatenz (90. Perzentil)</translation>
    </message>
    <message>
        <source>The same, at the 90th percentile: the slow answers.</source>
        <translation>Dasselbe beim 90. Perzentil: die langsamen Antworten.</translation>
    </message>
    <message>
        <source>Transcript Turns</source>
        <translation>Transkript-Wortwechsel</translation>
    </message>
    <message>
        <source>The conversation as a list of turns: role (agent or user), text, and start_seconds and end_seconds from the answer.</source>
        <translation>Das Gespräch als Liste von Wortwechseln: role (agent oder user), text sowie start_seconds und end_seconds ab der Annahme.</translation>
    </message>
    <message>
        <source>Event Payload Field</source>
        <translation>Ereignis-Payload-Feld</translation>
    </message>
    <message>
        <source>A field of an event body you brought as that event&apos;s sample (Campaign › Sample Data › Own Payloads), by its JSON path.</source>
        <translation>Ein Feld eines Ereignis-Bodys, den Sie als Beispiel dieses Ereignisses mitgebracht haben (Kampagne › Beispieldaten › Eigene Payloads), benannt nach seinem JSON-Pfad.</translation>
    </message>
</context>
<context>
    <name>DataSourceModel</name>
    <message>
        <source>Literal value</source>
        <translation>Fester Wert</translation>
    </message>
    <message>
        <source>A fixed text you type in the mapping table.</source>
        <translation>Ein fester Text, den Sie in der Zuordnungstabelle eingeben.</translation>
    </message>
    <message>
        <source>Empty on %1. %2</source>
        <translation>Bei %1 leer. %2</translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>In your own sample of %1.</source>
        <translation>In Ihrem eigenen Beispiel für %1.</translation>
    </message>
    <message>
        <source>Only your own sample of %1 has it.</source>
        <translation>Nur Ihr eigenes Beispiel für %1 enthält es.</translation>
    </message>
</context>
<context>
    <name>DataSourcePanel</name>
    <message>
        <source>&amp;Fields — drag one onto the URL, a header or the body</source>
        <translation>&amp;Felder — auf die URL, einen Header oder den Body ziehen</translation>
    </message>
    <message>
        <source>Filter fields</source>
        <translation>Felder filtern</translation>
    </message>
    <message>
        <source>Data sources and fields</source>
        <translation>Datenquellen und Felder</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Gave up: the total timeout of %1 passed.</source>
        <translation>Aufgegeben: Das Gesamtzeitlimit von %1 ist abgelaufen.</translation>
    </message>
    <message>
        <source>The response body is larger than the cap of %1 bytes; it was cut off there.</source>
        <translation>Der Antwort-Body überschreitet die Obergrenze von %1 Byte und wurde dort abgeschnitten.</translation>
    </message>
    <message>
        <source>Stopped after %1: the total timeout of %2 was reached.</source>
        <translation>Nach %1 beendet: Das Gesamtzeitlimit von %2 wurde erreicht.</translation>
    </message>
    <message>
        <source>No complete response within the attempt timeout of %1.</source>
        <translation>Keine vollständige Antwort innerhalb des Zeitlimits pro Versuch von %1.</translation>
    </message>
    <message>
        <source>Connection refused by %1: nothing listens there.</source>
        <translation>Verbindung von %1 abgelehnt: Dort wartet kein Dienst auf Verbindungen.</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>Der Host %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>TLS certificate errors: %1.</source>
        <translation>TLS-Zertifikatfehler: %1.</translation>
    </message>
    <message>
        <source>Network error: %1.</source>
        <translation>Netzwerkfehler: %1.</translation>
    </message>
    <message>
        <source>All %1 attempts failed; the last: %2</source>
        <translation>Alle %1 Versuche sind fehlgeschlagen; der letzte: %2</translation>
    </message>
    <message>
        <source>backoff</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>The server asked to retry after %1, which is past the total timeout of %2.</source>
        <translation>Der Server verlangt eine Wiederholung nach %1, also erst nach Ablauf des Gesamtzeitlimits von %2.</translation>
    </message>
    <message>
        <source>Retry-After</source>
        <translation>Retry-After</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): the next would start after the total timeout of %1.</source>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben: Der nächste würde erst nach Ablauf des Gesamtzeitlimits von %1 beginnen.</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben: Der nächste würde erst nach Ablauf des Gesamtzeitlimits von %1 beginnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The compressed body ended early: its last part never arrived.</source>
        <translation>Der komprimierte Body endete zu früh: Sein letzter Teil kam nie an.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1. The client certificate offered: %2.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: %1. Angebotenes Client-Zertifikat: %2.</translation>
    </message>
    <message>
        <source>%1 The server&apos;s certificate: %2.</source>
        <translation>%1 Zertifikat des Servers: %2.</translation>
    </message>
</context>
<context>
    <name>DeliveryActions</name>
    <message>
        <source>Event to send</source>
        <translation>Zu sendendes Ereignis</translation>
    </message>
    <message>
        <source>The event a test send renders (the preview shows it)</source>
        <translation>Das Ereignis, mit dem eine Testsendung gerendert wird (siehe Vorschau)</translation>
    </message>
    <message>
        <source>Nothing Was Sent</source>
        <translation>Nichts gesendet</translation>
    </message>
    <message>
        <source>The request cannot be sent yet:</source>
        <translation>Die Anfrage kann noch nicht gesendet werden:</translation>
    </message>
    <message>
        <source>This delivery cannot be sent again: its request was not kept.</source>
        <translation>Diese Zustellung kann nicht erneut gesendet werden: Ihre Anfrage wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Sending %1 with &quot;%2&quot;…</source>
        <translation>%1 wird mit &quot;%2&quot; gesendet…</translation>
    </message>
    <message>
        <source>Delivered %1 on attempt %2 after %3.</source>
        <translation>%1 bei Versuch %2 nach %3 zugestellt.</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Nicht zugestellt: %1</translation>
    </message>
</context>
<context>
    <name>DeliveryBurst</name>
    <message numerus="yes">
        <source>%n delivery(s)</source>
        <translation>
            <numerusform>%n Zustellung</numerusform>
            <numerusform>%n Zustellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>with concurrency %1 in %2 (%3 per second): %4 delivered, %5 failed.</source>
        <translation>mit Parallelität %1 in %2 (%3 pro Sekunde): %4 zugestellt, %5 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Latency: p50 %1, p90 %2, p99 %3, max %4.</source>
        <translation>Latenz: p50 %1, p90 %2, p99 %3, max. %4.</translation>
    </message>
</context>
<context>
    <name>DeliveryController</name>
    <message>
        <source>A delivery is still running; cancel it or wait for it to finish.</source>
        <translation>Es läuft noch eine Zustellung; brechen Sie sie ab oder warten Sie, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The TLS files of the environment &quot;%1&quot;: %2</source>
        <translation>Die TLS-Dateien der Umgebung &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>DeliveryHistory</name>
    <message>
        <source>There is no place to keep the history</source>
        <translation>Es gibt keinen Speicherort für den Verlauf</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is not a history database</source>
        <translation>%1 ist keine Verlaufsdatenbank</translation>
    </message>
    <message>
        <source>%1 was written by a newer Webhook Studio (history version %2)</source>
        <translation>%1 wurde von einer neueren Version von Webhook Studio geschrieben (Verlaufsversion %2)</translation>
    </message>
    <message>
        <source>Cannot prepare %1</source>
        <translation>%1 kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Cannot store the delivery</source>
        <translation>Die Zustellung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read the history</source>
        <translation>Der Verlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Delivery %1 is no longer in the history</source>
        <translation>Zustellung %1 ist nicht mehr im Verlauf</translation>
    </message>
    <message>
        <source>Delivery %1 in the history cannot be read</source>
        <translation>Zustellung %1 im Verlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot trim the history</source>
        <translation>Der Verlauf kann nicht gekürzt werden</translation>
    </message>
    <message>
        <source>Cannot clear the history</source>
        <translation>Der Verlauf kann nicht geleert werden</translation>
    </message>
</context>
<context>
    <name>DeliveryJson</name>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
</context>
<context>
    <name>DeliveryPreparer</name>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation>&quot;%1&quot; ist keine http://- oder https://-URL mit Host.</translation>
    </message>
    <message>
        <source>The value of the secret &quot;%1&quot; header was not kept; store it as a ${NAME} reference to send this request again.</source>
        <translation>Der Wert des geheimen Headers &quot;%1&quot; wurde nicht gespeichert; hinterlegen Sie ihn als ${NAME}-Verweis, um diese Anfrage erneut zu senden.</translation>
    </message>
    <message>
        <source>The secret %1 of the &quot;%2&quot; header has no value (%3); the reference is sent as it is.</source>
        <translation>Das Geheimnis %1 des Headers &quot;%2&quot; hat keinen Wert (%3); der Verweis wird unverändert gesendet.</translation>
    </message>
    <message>
        <source>The signing secret was not kept; store it as a ${NAME} reference to send this request again.</source>
        <translation>Das Signaturgeheimnis wurde nicht gespeichert; hinterlegen Sie es als ${NAME}-Verweis, um diese Anfrage erneut zu senden.</translation>
    </message>
    <message>
        <source>The signing secret %1 has no value: %2.</source>
        <translation>Das Signaturgeheimnis %1 hat keinen Wert: %2.</translation>
    </message>
    <message>
        <source>The signing secret is not usable: %1</source>
        <translation>Das Signaturgeheimnis ist nicht verwendbar: %1</translation>
    </message>
</context>
<context>
    <name>DeliverySchedule</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>now</source>
        <translation>sofort</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n attempt(s): %1; each may take %2; gives up after %3.</source>
        <translation>
            <numerusform>Bis zu %n Versuch: %1; je Versuch höchstens %2; Abbruch nach %3.</numerusform>
            <numerusform>Bis zu %n Versuche: %1; je Versuch höchstens %2; Abbruch nach %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The total timeout leaves no room for the last %n retry(s).</source>
        <translation>
            <numerusform>Das Gesamtzeitlimit lässt keinen Raum für die letzte Wiederholung.</numerusform>
            <numerusform>Das Gesamtzeitlimit lässt keinen Raum für die letzten %n Wiederholungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Webhook Studio campaigns (*.webhooks.json);;JSON files (*.json);;All files (*)</source>
        <translation>Kampagnen von Webhook Studio (*.webhooks.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>Unsaved work from an earlier session could not be read; it is kept in %1.</source>
        <translation>Nicht gespeicherte Arbeit aus einer früheren Sitzung konnte nicht gelesen werden; sie bleibt in %1 erhalten.</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to &quot;%1&quot;. Save to keep them.</source>
        <translation>Die nicht gespeicherten Änderungen an &quot;%1&quot; wurden wiederhergestellt. Speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to &quot;%1&quot;; the earlier copy is kept, as a new one could not be written: %2</source>
        <translation>Die nicht gespeicherten Änderungen an &quot;%1&quot; wurden wiederhergestellt; die frühere Kopie bleibt erhalten, da keine neue geschrieben werden konnte: %2</translation>
    </message>
    <message>
        <source>Save Campaign</source>
        <translation>Kampagne speichern</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved.</source>
        <translation>&quot;%1&quot; enthält ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>Cannot Open Campaign</source>
        <translation>Kampagne kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened. The current campaign is unchanged.</source>
        <translation>&quot;%1&quot; konnte nicht geöffnet werden. Die aktuelle Kampagne bleibt unverändert.</translation>
    </message>
    <message>
        <source>Open Campaign</source>
        <translation>Kampagne öffnen</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Die Datei ist kein gültiges JSON: %1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a campaign file.</source>
        <translation>&quot;%1&quot; ist ein Ordner, keine Kampagnendatei.</translation>
    </message>
    <message>
        <source>The file is %1; campaign files over %2 are refused.</source>
        <translation>Die Datei ist %1 groß; Kampagnendateien über %2 werden abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot open the file: %1.</source>
        <translation>Die Datei kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>The file is larger than %1; campaign files that large are refused.</source>
        <translation>Die Datei ist größer als %1; so große Kampagnendateien werden abgelehnt.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file must hold a JSON object; it holds %1.</source>
        <translation>Die Datei muss ein JSON-Objekt enthalten; sie enthält %1.</translation>
    </message>
    <message>
        <source>This is not a Webhook Studio campaign: format is &quot;%1&quot;, expected &quot;%2&quot;.</source>
        <translation>Dies ist keine Kampagne von Webhook Studio: Das Format ist &quot;%1&quot;, erwartet wurde &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Required field is missing (expected the format version, %1).</source>
        <translation>Ein Pflichtfeld fehlt (erwartet wird die Formatversion, %1).</translation>
    </message>
    <message>
        <source>This file was made by a newer Webhook Studio (format version %1; this version reads up to %2). Update Webhook Studio to open it.</source>
        <translation>Diese Datei wurde mit einer neueren Version von Webhook Studio erstellt (Formatversion %1; diese Version liest bis %2). Aktualisieren Sie Webhook Studio, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Format version %1 does not exist; versions start at 1.</source>
        <translation>Formatversion %1 gibt es nicht; Versionen beginnen bei 1.</translation>
    </message>
    <message>
        <source>a status code or &quot;2xx&quot;</source>
        <translation>ein Statuscode oder &quot;2xx&quot;</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>This value looks like a secret; it is replaced by %1: save the campaign to remove it from the file.</source>
        <translation>Dieser Wert sieht wie ein Geheimnis aus; er wird durch %1 ersetzt: Speichern Sie die Kampagne, um ihn aus der Datei zu entfernen.</translation>
    </message>
</context>
<context>
    <name>DocumentValidator</name>
    <message>
        <source>The campaign has no name.</source>
        <translation>Die Kampagne hat keinen Namen.</translation>
    </message>
    <message>
        <source>The campaign has %1 webhooks; at most %2 are supported.</source>
        <translation>Die Kampagne hat %1 Webhooks; unterstützt werden höchstens %2.</translation>
    </message>
    <message>
        <source>The field has no name.</source>
        <translation>Das Feld hat keinen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid field name: use letters, digits and underscores, starting with a letter or underscore.</source>
        <translation>&quot;%1&quot; ist kein gültiger Feldname: Verwenden Sie Buchstaben, Ziffern und Unterstriche, beginnend mit einem Buchstaben oder Unterstrich.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is declared twice.</source>
        <translation>Das Feld &quot;%1&quot; ist doppelt deklariert.</translation>
    </message>
    <message>
        <source>The sample value of &quot;%1&quot; is not a %2.</source>
        <translation>Der Beispielwert von &quot;%1&quot; ist kein Wert vom Typ %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a call-log field; its sample value is never used.</source>
        <translation>&quot;%1&quot; ist kein Anrufprotokollfeld; sein Beispielwert wird nie verwendet.</translation>
    </message>
    <message>
        <source>The webhook has no name.</source>
        <translation>Der Webhook hat keinen Namen.</translation>
    </message>
    <message>
        <source>Another webhook is already named &quot;%1&quot;; names must be unique.</source>
        <translation>Ein anderer Webhook heißt bereits &quot;%1&quot;; Namen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>&quot;%1&quot; ist keine gültige ID: Verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Another webhook already has the id &quot;%1&quot;.</source>
        <translation>Ein anderer Webhook hat bereits die ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No event is selected, so this webhook never fires.</source>
        <translation>Kein Ereignis ausgewählt, daher wird dieser Webhook nie ausgelöst.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event; known events are: %2.</source>
        <translation>&quot;%1&quot; ist kein Ereignis; bekannte Ereignisse: %2.</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; is listed twice.</source>
        <translation>Das Ereignis &quot;%1&quot; ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>Die URL ist leer.</translation>
    </message>
    <message>
        <source>The URL contains white space or a control character; encode it (a space is %20).</source>
        <translation>Die URL enthält Leerraum oder ein Steuerzeichen; kodieren Sie es (ein Leerzeichen ist %20).</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>Die URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The URL scheme &quot;%1&quot; is not supported; use http:// or https://.</source>
        <translation>Das URL-Schema &quot;%1&quot; wird nicht unterstützt; verwenden Sie http:// oder https://.</translation>
    </message>
    <message>
        <source>The URL has no host.</source>
        <translation>Die URL hat keinen Host.</translation>
    </message>
    <message>
        <source>The URL is malformed: %1.</source>
        <translation>Die URL ist fehlerhaft: %1.</translation>
    </message>
    <message>
        <source>The header has no name.</source>
        <translation>Der Header hat keinen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~ only, without spaces or colons.</source>
        <translation>&quot;%1&quot; ist kein gültiger Header-Name: Verwenden Sie nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~, ohne Leerzeichen oder Doppelpunkte.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is sent more than once.</source>
        <translation>Der Header &quot;%1&quot; wird mehrfach gesendet.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; contains %2 at position %3; header values must stay on one line.</source>
        <translation>Der Wert von &quot;%1&quot; enthält %2 an Position %3; Header-Werte müssen in einer Zeile bleiben.</translation>
    </message>
    <message>
        <source>The secret value of &quot;%1&quot; is held in plain text; it is saved as a ${NAME} reference, never as the value itself.</source>
        <translation>Der geheime Wert von &quot;%1&quot; liegt im Klartext vor; gespeichert wird er als ${NAME}-Verweis, nie als Wert selbst.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a credential; mark it secret so it stays out of saved files and exports.</source>
        <translation>&quot;%1&quot; sieht nach Zugangsdaten aus; markieren Sie den Wert als geheim, damit er nicht in gespeicherte Dateien und Exporte gelangt.</translation>
    </message>
    <message>
        <source>A %1 request normally has no body; many servers and proxies drop it.</source>
        <translation>Eine %1-Anfrage hat normalerweise keinen Body; viele Server und Proxys verwerfen ihn.</translation>
    </message>
    <message>
        <source>The timeout must be between %1 and %2; it is %3.</source>
        <translation>Das Zeitlimit muss zwischen %1 und %2 liegen; es beträgt %3.</translation>
    </message>
    <message>
        <source>The total timeout must be between %1 and %2; it is %3.</source>
        <translation>Das Gesamtzeitlimit muss zwischen %1 und %2 liegen; es beträgt %3.</translation>
    </message>
    <message>
        <source>The total timeout (%1) is shorter than one attempt&apos;s timeout (%2); an attempt could never use its full time.</source>
        <translation>Das Gesamtzeitlimit (%1) ist kürzer als das Zeitlimit pro Versuch (%2); ein Versuch könnte seine Zeit nie voll ausschöpfen.</translation>
    </message>
    <message>
        <source>The retry limit must be between %1 and %2; it is %3.</source>
        <translation>Das Wiederholungslimit muss zwischen %1 und %2 liegen; es beträgt %3.</translation>
    </message>
    <message>
        <source>A first attempt that times out leaves no time for a retry within the total timeout of %1; raise the total timeout or lower the attempt timeout.</source>
        <translation>Überschreitet der erste Versuch sein Zeitlimit, bleibt innerhalb des Gesamtzeitlimits von %1 keine Zeit für eine Wiederholung; erhöhen Sie das Gesamtzeitlimit oder verringern Sie das Zeitlimit pro Versuch.</translation>
    </message>
    <message>
        <source>TLS certificate errors are ignored for this webhook; anyone on the network path can read and change its requests.</source>
        <translation>TLS-Zertifikatfehler werden für diesen Webhook ignoriert; jeder auf dem Netzwerkpfad kann seine Anfragen mitlesen und verändern.</translation>
    </message>
    <message>
        <source>The first retry delay must be between 0 s and %1.</source>
        <translation>Die Wartezeit vor der ersten Wiederholung muss zwischen 0 s und %1 liegen.</translation>
    </message>
    <message>
        <source>The backoff multiplier must be between %1 and %2; it is %3.</source>
        <translation>Der Backoff-Multiplikator muss zwischen %1 und %2 liegen; er beträgt %3.</translation>
    </message>
    <message>
        <source>The longest retry delay must be between 0 s and %1.</source>
        <translation>Die längste Wartezeit zwischen Wiederholungen muss zwischen 0 s und %1 liegen.</translation>
    </message>
    <message>
        <source>The longest retry delay (%1) is shorter than the first one (%2), so every wait is %1.</source>
        <translation>Die längste Wartezeit (%1) ist kürzer als die erste (%2), daher beträgt jede Wartezeit %1.</translation>
    </message>
    <message>
        <source>The jitter is a fraction between 0 and 1; it is %1.</source>
        <translation>Der Jitter ist ein Anteil zwischen 0 und 1; er beträgt %1.</translation>
    </message>
    <message>
        <source>%1 is not an HTTP status code; use a code from 100 to 599, or &quot;2xx&quot;.</source>
        <translation>%1 ist kein HTTP-Statuscode; verwenden Sie einen Code von 100 bis 599 oder &quot;2xx&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name: start with a letter or underscore, then letters, digits, underscores or dots.</source>
        <translation>&quot;%1&quot; ist kein gültiger Variablenname: Beginnen Sie mit einem Buchstaben oder Unterstrich, danach folgen Buchstaben, Ziffern, Unterstriche oder Punkte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in variable and cannot be mapped.</source>
        <translation>&quot;%1&quot; ist eine integrierte Variable und kann nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>The variable &quot;%1&quot; is mapped twice.</source>
        <translation>Die Variable &quot;%1&quot; ist doppelt zugeordnet.</translation>
    </message>
    <message>
        <source>Choose a %1 for &quot;%2&quot;.</source>
        <translation>Wählen Sie für &quot;%2&quot; einen Eintrag aus: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; maps to the %2 &quot;%3&quot;, which the campaign does not declare.</source>
        <translation>&quot;%1&quot; ist &quot;%3&quot; (%2) zugeordnet, doch die Kampagne deklariert dieses Feld nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; maps to the %2 &quot;%3&quot;, which does not exist.</source>
        <translation>&quot;%1&quot; ist &quot;%3&quot; (%2) zugeordnet, doch dieses Feld gibt es nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty on %2: %3</source>
        <translation>&quot;%1&quot; ist bei %2 leer: %3</translation>
    </message>
    <message>
        <source>Signing needs a secret: a ${NAME} reference to a whsec_ key.</source>
        <translation>Signieren erfordert ein Geheimnis: einen ${NAME}-Verweis auf einen whsec_-Schlüssel.</translation>
    </message>
    <message>
        <source>The signing secret is held in plain text; it is saved as a ${NAME} reference, never as the value itself.</source>
        <translation>Das Signaturgeheimnis liegt im Klartext vor; gespeichert wird es als ${NAME}-Verweis, nie als Wert selbst.</translation>
    </message>
    <message>
        <source>The environment has no name.</source>
        <translation>Die Umgebung hat keinen Namen.</translation>
    </message>
    <message>
        <source>There are two environments named &quot;%1&quot;.</source>
        <translation>Es gibt zwei Umgebungen namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; lacks &quot;%2&quot;, which &quot;%3&quot; defines; a webhook that uses it fails there.</source>
        <translation>Der Umgebung &quot;%1&quot; fehlt &quot;%2&quot;, das &quot;%3&quot; definiert; ein Webhook, der es verwendet, scheitert dort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in variable; an environment cannot define it.</source>
        <translation>&quot;%1&quot; ist eine eingebaute Variable; eine Umgebung kann sie nicht definieren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is defined twice in the environment &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; ist in der Umgebung &quot;%2&quot; zweimal definiert.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; of &quot;%2&quot; is held in plain text until the campaign is saved; then it goes to the keychain and the file keeps a ${NAME} reference.</source>
        <translation>Das Geheimnis &quot;%1&quot; von &quot;%2&quot; liegt im Klartext vor, bis die Kampagne gespeichert wird; dann kommt es in den Schlüsselbund und die Datei behält einen ${NAME}-Verweis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event; run &quot;webhook-studio-cli events&quot; for the list.</source>
        <translation>„%1“ ist kein Ereignis; die Liste zeigt „webhook-studio-cli events“.</translation>
    </message>
    <message>
        <source>%1 already has an own sample; an event has at most one.</source>
        <translation>%1 hat bereits ein eigenes Beispiel; ein Ereignis hat höchstens eines.</translation>
    </message>
    <message>
        <source>only another event&apos;s own sample has it.</source>
        <translation>nur das eigene Beispiel eines anderen Ereignisses enthält es.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>EnvironmentEditor</name>
    <message>
        <source>Each environment gives values to the same variables: {{base_url}} in a URL, header or body resolves from the environment chosen in the toolbar. A value may use {{local_receiver}}. Secrets stay in the system keychain, one per environment.</source>
        <translation>Jede Umgebung gibt denselben Variablen Werte: {{base_url}} in einer URL, einem Header oder Body wird aus der in der Werkzeugleiste gewählten Umgebung aufgelöst. Ein Wert darf {{local_receiver}} verwenden. Geheimnisse bleiben im Schlüsselbund des Systems, eines je Umgebung.</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add an environment with the variables of the selected one, values empty</source>
        <translation>Eine Umgebung mit den Variablen der gewählten hinzufügen, Werte leer</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Du&amp;plizieren</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Variables of the environment</source>
        <translation>Variablen der Umgebung</translation>
    </message>
    <message>
        <source>Add &amp;Variable</source>
        <translation>&amp;Variable hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Variable</source>
        <translation>Variable &amp;entfernen</translation>
    </message>
    <message>
        <source>HTTPS in this environment</source>
        <translation>HTTPS in dieser Umgebung</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>CA-&amp;Bundle:</translation>
    </message>
    <message>
        <source>PEM file of CAs to trust beside the system&apos;s (an internal CA); relative to the campaign file</source>
        <translation>PEM-Datei mit CAs, denen zusätzlich zu denen des Systems vertraut wird (eine interne CA); relativ zur Kampagnendatei</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>For servers that ask for one (mutual TLS): PEM, with its key unless one is given below, or PKCS#12 (.p12, .pfx)</source>
        <translation>Für Server, die eines verlangen (gegenseitiges TLS): PEM, mit seinem Schlüssel, sofern unten keiner angegeben ist, oder PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The certificate&apos;s PEM key, when it is not in the certificate&apos;s file</source>
        <translation>Der PEM-Schlüssel des Zertifikats, wenn er nicht in dessen Datei steht</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Of the key or the PKCS#12 file; kept in the system keychain</source>
        <translation>Des Schlüssels oder der PKCS#12-Datei; im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>New Environment</source>
        <translation>Neue Umgebung</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Kept in the system keychain; type to replace it</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Datei wählen</translation>
    </message>
</context>
<context>
    <name>EnvironmentInliner</name>
    <message>
        <source>A secret of the environment &quot;%1&quot; stands here; secrets can only stand in header values.</source>
        <translation>Hier steht ein Geheimnis der Umgebung &quot;%1&quot;; Geheimnisse dürfen nur in Header-Werten stehen.</translation>
    </message>
    <message>
        <source>{{%1}} is not defined in the environment &quot;%2&quot;, so the exported config would hold it unresolved: define &quot;%3&quot; there.</source>
        <translation>{{%1}} ist in der Umgebung &quot;%2&quot; nicht definiert, die exportierte Konfiguration enthielte es also unaufgelöst: Definieren Sie &quot;%3&quot; dort.</translation>
    </message>
</context>
<context>
    <name>EnvironmentSecretResolver</name>
    <message>
        <source>set the environment variable %1</source>
        <translation>setzen Sie die Umgebungsvariable %1</translation>
    </message>
</context>
<context>
    <name>EnvironmentSwitch</name>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>The environment {{variables}} resolve from in previews, sends and exports</source>
        <translation>Die Umgebung, aus der {{Variablen}} in Vorschau, Senden und Exporten aufgelöst werden</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Keine Umgebung</translation>
    </message>
    <message>
        <source>Edit Environments…</source>
        <translation>Umgebungen bearbeiten…</translation>
    </message>
</context>
<context>
    <name>EnvironmentVariableModel</name>
    <message>
        <source>Kept in the system keychain as %1; type to replace it.</source>
        <translation>Im Schlüsselbund des Systems als %1 aufbewahrt; zum Ersetzen tippen.</translation>
    </message>
    <message>
        <source>Goes to the system keychain when you press OK; the file keeps a reference.</source>
        <translation>Kommt beim Klick auf OK in den Schlüsselbund des Systems; die Datei behält einen Verweis.</translation>
    </message>
    <message>
        <source>A secret is kept in the keychain, per environment, and masked everywhere.</source>
        <translation>Ein Geheimnis wird je Umgebung im Schlüsselbund aufbewahrt und überall maskiert.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>EventCatalog</name>
    <message>
        <source>Call started</source>
        <translation>Anruf begonnen</translation>
    </message>
    <message>
        <source>Triggered when a call begins.</source>
        <translation>Wird ausgelöst, wenn ein Anruf beginnt.</translation>
    </message>
    <message>
        <source>The call log as known when the callee answers.</source>
        <translation>Das Anrufprotokoll zum Zeitpunkt, an dem die angerufene Person abnimmt.</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Anruf beendet</translation>
    </message>
    <message>
        <source>Triggered when a call completes.</source>
        <translation>Wird ausgelöst, wenn ein Anruf endet.</translation>
    </message>
    <message>
        <source>The full call log with summary, sentiment, recording and transcript, the agent&apos;s outcomes and the post-call outcomes.</source>
        <translation>Das vollständige Anrufprotokoll mit Zusammenfassung, Stimmung, Aufzeichnung und Transkript, den Agentenergebnissen und den Ergebnissen nach dem Anruf.</translation>
    </message>
    <message>
        <source>Call failed</source>
        <translation>Anruf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Triggered when a call fails to connect.</source>
        <translation>Wird ausgelöst, wenn ein Anruf nicht zustande kommt.</translation>
    </message>
    <message>
        <source>The call log with the failure reason (busy, no answer, invalid number).</source>
        <translation>Das Anrufprotokoll mit dem Fehlergrund (besetzt, nicht angenommen, ungültige Nummer).</translation>
    </message>
    <message>
        <source>Voicemail detected</source>
        <translation>Mailbox erkannt</translation>
    </message>
    <message>
        <source>Triggered when a voicemail is detected.</source>
        <translation>Wird ausgelöst, wenn eine Mailbox erkannt wird.</translation>
    </message>
    <message>
        <source>The call log and how the voicemail was recognised.</source>
        <translation>Das Anrufprotokoll und wie die Mailbox erkannt wurde.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Provides real-time or complete call transcripts.</source>
        <translation>Liefert Anruftranskripte in Echtzeit oder vollständig.</translation>
    </message>
    <message>
        <source>The transcript so far as turns with roles and times.</source>
        <translation>Das bisherige Transkript als Redebeiträge mit Rollen und Zeiten.</translation>
    </message>
    <message>
        <source>Intent detected</source>
        <translation>Absicht erkannt</translation>
    </message>
    <message>
        <source>Triggered when the AI identifies a specific intent.</source>
        <translation>Wird ausgelöst, wenn die KI eine bestimmte Absicht erkennt.</translation>
    </message>
    <message>
        <source>The intent&apos;s name, its confidence and the utterance it came from.</source>
        <translation>Name und Konfidenz der Absicht sowie die Äußerung, aus der sie stammt.</translation>
    </message>
    <message>
        <source>Entity captured</source>
        <translation>Entität erfasst</translation>
    </message>
    <message>
        <source>Triggered when the AI captures important information.</source>
        <translation>Wird ausgelöst, wenn die KI wichtige Informationen erfasst.</translation>
    </message>
    <message>
        <source>The entity&apos;s type, its value and the utterance it came from.</source>
        <translation>Typ und Wert der Entität sowie die Äußerung, aus der sie stammt.</translation>
    </message>
    <message>
        <source>Campaign started</source>
        <translation>Kampagne gestartet</translation>
    </message>
    <message>
        <source>Triggered when a campaign is activated.</source>
        <translation>Wird ausgelöst, wenn eine Kampagne aktiviert wird.</translation>
    </message>
    <message>
        <source>The campaign, its schedule and its contact count.</source>
        <translation>Die Kampagne, ihr Zeitplan und die Anzahl ihrer Kontakte.</translation>
    </message>
    <message>
        <source>Campaign paused</source>
        <translation>Kampagne pausiert</translation>
    </message>
    <message>
        <source>Triggered when a campaign is paused.</source>
        <translation>Wird ausgelöst, wenn eine Kampagne pausiert wird.</translation>
    </message>
    <message>
        <source>The campaign, who paused it and the counters so far.</source>
        <translation>Die Kampagne, wer sie pausiert hat, und die bisherigen Zählerstände.</translation>
    </message>
    <message>
        <source>Campaign completed</source>
        <translation>Kampagne abgeschlossen</translation>
    </message>
    <message>
        <source>Triggered when a campaign finishes.</source>
        <translation>Wird ausgelöst, wenn eine Kampagne abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The campaign and its final counters.</source>
        <translation>Die Kampagne und ihre endgültigen Zählerstände.</translation>
    </message>
    <message>
        <source>Quota reached</source>
        <translation>Kontingent erreicht</translation>
    </message>
    <message>
        <source>Triggered when a campaign reaches defined limits.</source>
        <translation>Wird ausgelöst, wenn eine Kampagne festgelegte Grenzen erreicht.</translation>
    </message>
    <message>
        <source>The campaign, the quota that was reached and its limit.</source>
        <translation>Die Kampagne, das erreichte Kontingent und sein Limit.</translation>
    </message>
    <message>
        <source>Call events</source>
        <translation>Anrufereignisse</translation>
    </message>
    <message>
        <source>Conversation events</source>
        <translation>Gesprächsereignisse</translation>
    </message>
    <message>
        <source>Campaign events</source>
        <translation>Kampagnenereignisse</translation>
    </message>
</context>
<context>
    <name>EventPayload</name>
    <message>
        <source>The payload is %1; an own sample can be at most %2.</source>
        <translation>Die Payload ist %1 groß; ein eigenes Beispiel darf höchstens %2 groß sein.</translation>
    </message>
    <message>
        <source>The payload is empty: an event body is a JSON object.</source>
        <translation>Die Payload ist leer: Ein Ereignis-Body ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The payload is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Die Payload ist kein gültiges JSON: %1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <source>An event body is a JSON object; this is %1.</source>
        <translation>Ein Ereignis-Body ist ein JSON-Objekt; dies ist %1.</translation>
    </message>
    <message>
        <source>The payload has %1 fields; an own sample can have at most %2.</source>
        <translation>Die Payload hat %1 Felder; ein eigenes Beispiel darf höchstens %2 haben.</translation>
    </message>
</context>
<context>
    <name>EventSampleDialog</name>
    <message>
        <source>Own Sample Payload</source>
        <translation>Eigene Beispiel-Payload</translation>
    </message>
    <message>
        <source>A real body of the event, as your platform sends it. Its fields become mappable under Event Payload Field; its call, contact and outcome values replace the built-in sample&apos;s for this event. Values under secret-looking keys (token, password, api_key, …) are replaced by &lt;redacted&gt; and never saved.</source>
        <translation>Ein echter Body des Ereignisses, wie Ihre Plattform ihn sendet. Seine Felder werden unter „Ereignis-Payload-Feld“ zuordenbar; seine Anruf-, Kontakt- und Ergebniswerte ersetzen für dieses Ereignis die des eingebauten Beispiels. Werte unter geheim aussehenden Schlüsseln (token, password, api_key, …) werden durch &lt;redacted&gt; ersetzt und nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Event body</source>
        <translation>Ereignis-Body</translation>
    </message>
    <message>
        <source>Paste the JSON body here, e.g. {&quot;event&quot;: &quot;call_ended&quot;, &quot;call&quot;: {…}}</source>
        <translation>Fügen Sie den JSON-Body hier ein, z. B. {&quot;event&quot;: &quot;call_ended&quot;, &quot;call&quot;: {…}}</translation>
    </message>
    <message>
        <source>pasted</source>
        <translation>eingefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to map.</source>
        <translation>
            <numerusform>%n Feld zum Zuordnen.</numerusform>
            <numerusform>%n Felder zum Zuordnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redacted, as they look like secrets: %1.</source>
        <translation>Geschwärzt, da sie wie Geheimnisse aussehen: %1.</translation>
    </message>
</context>
<context>
    <name>EventSelectionModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Subscribe to %1</source>
        <translation>%1 abonnieren</translation>
    </message>
    <message>
        <source>Unsubscribe from %1</source>
        <translation>%1 abbestellen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Triggered when</source>
        <translation>Ausgelöst, wenn</translation>
    </message>
</context>
<context>
    <name>EventsCommand</name>
    <message>
        <source>List the events that can fire a webhook, with what each carries.</source>
        <translation>Listet die Ereignisse auf, die einen Webhook auslösen können, und was jedes davon mitliefert.</translation>
    </message>
    <message>
        <source>Print the events as JSON.</source>
        <translation>Gibt die Ereignisse als JSON aus.</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Import cURL Command</source>
        <translation>cURL-Befehl importieren</translation>
    </message>
    <message>
        <source>Paste cURL Command</source>
        <translation>cURL-Befehl einfügen</translation>
    </message>
    <message>
        <source>The curl command&apos;s request is now this webhook&apos;s.</source>
        <translation>Dieser Webhook verwendet jetzt die Anfrage des curl-Befehls.</translation>
    </message>
    <message>
        <source>The curl command&apos;s request is now this webhook&apos;s. %1</source>
        <translation>Dieser Webhook verwendet jetzt die Anfrage des curl-Befehls. %1</translation>
    </message>
    <message>
        <source>Import Production Config</source>
        <translation>Produktionskonfiguration importieren</translation>
    </message>
    <message>
        <source>Production configs (*.production.json);;JSON files (*.json);;All files (*)</source>
        <translation>Produktionskonfigurationen (*.production.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Imported %1. Production configs carry no sample data; save it as a campaign to keep it.</source>
        <translation>%1 importiert. Produktionskonfigurationen enthalten keine Beispieldaten; speichern Sie den Import als Kampagne, um ihn zu behalten.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export: refused: the campaign has errors (--draft exports it anyway, marked as a draft).</source>
        <translation>export: abgelehnt: Die Kampagne enthält Fehler (mit --draft wird sie trotzdem exportiert, als Entwurf markiert).</translation>
    </message>
    <message>
        <source>export: production must provide these secrets: %1</source>
        <translation>export: Die Produktion muss diese Geheimnisse bereitstellen: %1</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Only this webhook (curl).</source>
        <translation>Nur dieser Webhook (curl).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only this event (curl); by default each the webhook fires on.</source>
        <translation>Nur dieses Ereignis (curl); standardmäßig jedes, bei dem der Webhook ausgelöst wird.</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EREIGNIS</translation>
    </message>
    <message>
        <source>Export even with errors, marked as a draft (production).</source>
        <translation>Auch mit Fehlern exportieren, als Entwurf markiert (production).</translation>
    </message>
    <message>
        <source>What {{local_receiver}} stands for (default %1).</source>
        <translation>Wofür {{local_receiver}} steht (Standard: %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Write here (atomically) instead of standard output.</source>
        <translation>In diese Datei (atomar) schreiben statt in die Standardausgabe.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <source>The campaign file.</source>
        <translation>Die Kampagnendatei.</translation>
    </message>
    <message>
        <source>export: name one campaign FILE.</source>
        <translation>export: Geben Sie genau eine Kampagnen-DATEI an.</translation>
    </message>
    <message>
        <source>export: no webhook is named &quot;%1&quot;.</source>
        <translation>export: Es gibt keinen Webhook namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>export: &quot;%1&quot; is not an event.</source>
        <translation>export: &quot;%1&quot; ist kein Ereignis.</translation>
    </message>
    <message>
        <source>export: with the values of the environment &quot;%1&quot;.</source>
        <translation>export: mit den Werten der Umgebung &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>export: with -o FILE, the Postman environment (the local receiver and the secrets to set) is written beside the collection.</source>
        <translation>export: Mit -o DATEI wird die Postman-Umgebung (der lokale Empfänger und die zu setzenden Geheimnisse) neben die Collection geschrieben.</translation>
    </message>
    <message>
        <source>export: Postman environment &quot;%1&quot; written to %2.</source>
        <translation>export: Postman-Umgebung &quot;%1&quot; nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Export the campaign for production (checked JSON without secrets), as curl commands, as a Postman collection, as an OpenAPI 3.1 contract or as JSON Schemas of its payloads. Exits 1 when the export is refused.</source>
        <translation>Die Kampagne für die Produktion exportieren (geprüftes JSON ohne Geheimnisse), als curl-Befehle, als Postman-Sammlung, als OpenAPI-3.1-Vertrag oder als JSON Schemas ihrer Nutzdaten. Endet mit 1, wenn der Export verweigert wird.</translation>
    </message>
    <message>
        <source>export: no enabled webhook fires on an event: the contract would be empty.</source>
        <translation>export: Kein aktivierter Webhook wird von einem Ereignis ausgelöst: Der Vertrag wäre leer.</translation>
    </message>
    <message>
        <source>export: json-schema writes one file per webhook and event: name a folder with -o DIR.</source>
        <translation>export: json-schema schreibt eine Datei je Webhook und Ereignis: Nennen Sie einen Ordner mit -o ORDNER.</translation>
    </message>
    <message>
        <source>export: cannot create the folder %1.</source>
        <translation>export: Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message numerus="yes">
        <source>export: %n schema(s) written to %1.</source>
        <translation>
            <numerusform>export: %n Schema nach %1 geschrieben.</numerusform>
            <numerusform>export: %n Schemas nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>production (the default), curl, postman, openapi (YAML; JSON when OUT ends in .json) or json-schema (one file per webhook and event in the folder OUT).</source>
        <translation>production (Standard), curl, postman, openapi (YAML; JSON, wenn OUT auf .json endet) oder json-schema (eine Datei je Webhook und Ereignis im Ordner OUT).</translation>
    </message>
    <message>
        <source>export: --format is production, curl, postman, openapi or json-schema, not &quot;%1&quot;.</source>
        <translation>export: --format ist production, curl, postman, openapi oder json-schema, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Webhook:</source>
        <translation>&amp;Webhook:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>Export a &amp;draft despite the errors (marked &quot;draft&quot;: true)</source>
        <translation>Trotz der Fehler einen &amp;Entwurf exportieren (markiert mit &quot;draft&quot;: true)</translation>
    </message>
    <message>
        <source>Export problems</source>
        <translation>Exportprobleme</translation>
    </message>
    <message>
        <source>Secrets to provide</source>
        <translation>Bereitzustellende Geheimnisse</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Exportvorschau</translation>
    </message>
    <message>
        <source>Production config</source>
        <translation>Produktionskonfiguration</translation>
    </message>
    <message>
        <source>Production configs (*.production.json)</source>
        <translation>Produktionskonfigurationen (*.production.json)</translation>
    </message>
    <message>
        <source>cURL commands</source>
        <translation>cURL-Befehle</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation>Shell-Skripte (*.sh)</translation>
    </message>
    <message>
        <source>Postman collection</source>
        <translation>Postman-Collection</translation>
    </message>
    <message>
        <source>Postman collections (*.postman_collection.json)</source>
        <translation>Postman-Collections (*.postman_collection.json)</translation>
    </message>
    <message>
        <source>All webhooks</source>
        <translation>Alle Webhooks</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Every event it fires on</source>
        <translation>Jedes Ereignis, bei dem er ausgelöst wird</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Not exported: the campaign has %n error(s). Fix them (Problems panel, F8), or export a draft that production tools will refuse.</source>
        <translation>
            <numerusform>Nicht exportiert: Die Kampagne hat %n Fehler. Beheben Sie ihn (Bereich &quot;Probleme&quot;, F8) oder exportieren Sie einen Entwurf, den Produktionswerkzeuge ablehnen.</numerusform>
            <numerusform>Nicht exportiert: Die Kampagne hat %n Fehler. Beheben Sie sie (Bereich &quot;Probleme&quot;, F8) oder exportieren Sie einen Entwurf, den Produktionswerkzeuge ablehnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A draft with %n error(s), marked &quot;draft&quot;: true: production tools refuse it until they are fixed.</source>
        <translation>
            <numerusform>Ein Entwurf mit %n Fehler, markiert mit &quot;draft&quot;: true: Produktionswerkzeuge lehnen ihn ab, bis der Fehler behoben ist.</numerusform>
            <numerusform>Ein Entwurf mit %n Fehlern, markiert mit &quot;draft&quot;: true: Produktionswerkzeuge lehnen ihn ab, bis die Fehler behoben sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n webhook(s), checked against production.schema.json. No sample data, no window state, no secret values.</source>
        <translation>
            <numerusform>Bereit: %n Webhook, geprüft gegen production.schema.json. Keine Beispieldaten, kein Fensterzustand, keine Geheimniswerte.</numerusform>
            <numerusform>Bereit: %n Webhooks, geprüft gegen production.schema.json. Keine Beispieldaten, kein Fensterzustand, keine Geheimniswerte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Production must provide these secrets (the export holds only their names):</source>
        <translation>Die Produktion muss diese Geheimnisse bereitstellen (der Export enthält nur ihre Namen):</translation>
    </message>
    <message>
        <source>No secrets to provide.</source>
        <translation>Es müssen keine Geheimnisse bereitgestellt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n curl command(s) for a POSIX shell, each sending the same bytes as Webhook Studio with the sample data (signed now, when the webhook signs).</source>
        <translation>
            <numerusform>%n curl-Befehl für eine POSIX-Shell, der dieselben Bytes wie Webhook Studio mit den Beispieldaten sendet (jetzt signiert, falls der Webhook signiert).</numerusform>
            <numerusform>%n curl-Befehle für eine POSIX-Shell, die jeweils dieselben Bytes wie Webhook Studio mit den Beispieldaten senden (jetzt signiert, falls der Webhook signiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Set these environment variables before running them:</source>
        <translation>Setzen Sie vor dem Ausführen diese Umgebungsvariablen:</translation>
    </message>
    <message>
        <source>The commands need no secrets.</source>
        <translation>Die Befehle benötigen keine Geheimnisse.</translation>
    </message>
    <message>
        <source>Set these collection variables in a Postman environment:</source>
        <translation>Setzen Sie diese Collection-Variablen in einer Postman-Umgebung:</translation>
    </message>
    <message>
        <source>The collection needs no secrets.</source>
        <translation>Die Collection benötigt keine Geheimnisse.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>E&amp;nvironment:</source>
        <translation>U&amp;mgebung:</translation>
    </message>
    <message>
        <source>The environment whose values the export carries</source>
        <translation>Die Umgebung, deren Werte der Export enthält</translation>
    </message>
    <message numerus="yes">
        <source>A Postman Collection v2.1 with %n request(s), one per webhook and event, rendered with the sample data. Postman and newman run it. Saving also writes the Postman environment &quot;%1&quot; beside it.</source>
        <translation>
            <numerusform>Eine Postman Collection v2.1 mit %n Anfrage, eine je Webhook und Ereignis, mit den Beispieldaten gerendert. Postman und newman führen sie aus. Beim Speichern wird daneben auch die Postman-Umgebung &quot;%1&quot; geschrieben.</numerusform>
            <numerusform>Eine Postman Collection v2.1 mit %n Anfragen, eine je Webhook und Ereignis, mit den Beispieldaten gerendert. Postman und newman führen sie aus. Beim Speichern wird daneben auch die Postman-Umgebung &quot;%1&quot; geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenAPI contract</source>
        <translation>OpenAPI-Vertrag</translation>
    </message>
    <message>
        <source>OpenAPI documents, YAML or JSON (*.yaml *.yml *.json)</source>
        <translation>OpenAPI-Dokumente, YAML oder JSON (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>Nothing to export: no enabled webhook fires on an event.</source>
        <translation>Nichts zu exportieren: Kein aktivierter Webhook wird von einem Ereignis ausgelöst.</translation>
    </message>
    <message numerus="yes">
        <source>An OpenAPI 3.1 contract for the team that builds the endpoint: %n webhook request(s), one per webhook and event, each with its headers, the JSON Schema of its body and the sample as example. Save as .json for JSON.</source>
        <translation>
            <numerusform>Ein OpenAPI-3.1-Vertrag für das Team, das den Endpunkt baut: %n Webhook-Anfrage, eine je Webhook und Ereignis, jede mit ihren Headern, dem JSON Schema ihres Bodys und dem Beispiel. Als .json speichern für JSON.</numerusform>
            <numerusform>Ein OpenAPI-3.1-Vertrag für das Team, das den Endpunkt baut: %n Webhook-Anfragen, eine je Webhook und Ereignis, jede mit ihren Headern, dem JSON Schema ihres Bodys und dem Beispiel. Als .json speichern für JSON.</numerusform>
        </translation>
    </message>
    <message>
        <source>The receiving side verifies or receives these secrets (only their names are in the contract):</source>
        <translation>Die empfangende Seite prüft oder erhält diese Geheimnisse (im Vertrag stehen nur ihre Namen):</translation>
    </message>
    <message>
        <source>The contract names no secrets.</source>
        <translation>Der Vertrag nennt keine Geheimnisse.</translation>
    </message>
</context>
<context>
    <name>FieldListEditor</name>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>Feld &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Field</source>
        <translation>Feld &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>FieldListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Beispielwert</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>FieldPickerDialog</name>
    <message>
        <source>Insert Field</source>
        <translation>Feld einfügen</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
</context>
<context>
    <name>FieldRequirement</name>
    <message>
        <source>%1 is a campaign event and carries no call, so %2 has no value.</source>
        <translation>%1 ist ein Kampagnenereignis und betrifft keinen Anruf, daher hat %2 keinen Wert.</translation>
    </message>
    <message>
        <source>%1 is sent for a call that never connected, so %2 has no value.</source>
        <translation>%1 wird für einen Anruf gesendet, der nie verbunden wurde, daher hat %2 keinen Wert.</translation>
    </message>
    <message>
        <source>%1 is sent while the call is still going on; %2 is only known once it is over (call.ended or call.failed).</source>
        <translation>%1 wird gesendet, während der Anruf noch läuft; %2 ist erst nach dessen Ende bekannt (call.ended oder call.failed).</translation>
    </message>
    <message>
        <source>%1 is sent before the call&apos;s analysis exists; %2 is only known on call.ended.</source>
        <translation>%1 wird gesendet, bevor die Analyse des Anrufs vorliegt; %2 ist erst bei call.ended bekannt.</translation>
    </message>
    <message>
        <source>%1 carries no transcript; %2 is only known on call.ended and conversation.transcript.</source>
        <translation>%1 enthält kein Transkript; %2 ist nur bei call.ended und conversation.transcript bekannt.</translation>
    </message>
    <message>
        <source>every event</source>
        <translation>alle Ereignisse</translation>
    </message>
    <message>
        <source>call and conversation events</source>
        <translation>Anruf- und Gesprächsereignisse</translation>
    </message>
    <message>
        <source>connected calls</source>
        <translation>verbundene Anrufe</translation>
    </message>
    <message>
        <source>call.ended, call.failed</source>
        <translation>call.ended, call.failed</translation>
    </message>
    <message>
        <source>call.ended</source>
        <translation>call.ended</translation>
    </message>
    <message>
        <source>call.ended, conversation.transcript</source>
        <translation>call.ended, conversation.transcript</translation>
    </message>
</context>
<context>
    <name>FieldTypeDelegate</name>
    <message>
        <source>Field type</source>
        <translation>Feldtyp</translation>
    </message>
</context>
<context>
    <name>FieldsCommand</name>
    <message>
        <source>List the data sources and their fields that variables can map to; with a campaign FILE, its declared fields too.</source>
        <translation>Listet die Datenquellen und ihre Felder auf, denen Variablen zugeordnet werden können; mit einer Kampagnen-DATEI auch deren deklarierte Felder.</translation>
    </message>
    <message>
        <source>Print the sources and fields as JSON.</source>
        <translation>Gibt die Quellen und Felder als JSON aus.</translation>
    </message>
    <message>
        <source>A campaign file whose declared fields to list.</source>
        <translation>Eine Kampagnendatei, deren deklarierte Felder aufgelistet werden.</translation>
    </message>
    <message>
        <source>(declared by each campaign)</source>
        <translation>(von jeder Kampagne deklariert)</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
</context>
<context>
    <name>HeaderListModel</name>
    <message>
        <source>A secret value: masked unless &quot;Reveal secrets&quot; is on.</source>
        <translation>Ein geheimer Wert: maskiert, solange &quot;Geheimnisse anzeigen&quot; nicht aktiviert ist.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>HeaderTableModel</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>A secret: saved as a ${NAME} reference, never in the file.</source>
        <translation>Ein Geheimnis: wird als ${NAME}-Verweis gespeichert, nie in der Datei.</translation>
    </message>
    <message>
        <source>Mask the value and keep it out of saved files and exports</source>
        <translation>Wert maskieren und aus gespeicherten Dateien und Exporten heraushalten</translation>
    </message>
    <message>
        <source>Enable Header</source>
        <translation>Header aktivieren</translation>
    </message>
    <message>
        <source>Disable Header</source>
        <translation>Header deaktivieren</translation>
    </message>
    <message>
        <source>Mark Header Secret</source>
        <translation>Header als geheim markieren</translation>
    </message>
    <message>
        <source>Unmark Secret</source>
        <translation>Markierung als geheim aufheben</translation>
    </message>
    <message>
        <source>Edit Header Name</source>
        <translation>Header-Namen bearbeiten</translation>
    </message>
    <message>
        <source>Edit Header Value</source>
        <translation>Header-Wert bearbeiten</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove Header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>Move Header</source>
        <translation>Header verschieben</translation>
    </message>
</context>
<context>
    <name>HeaderValueDelegate</name>
    <message>
        <source>Header name</source>
        <translation>Header-Name</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Header-Wert</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Webhook Studio User Guide</source>
        <translation>Benutzerhandbuch von Webhook Studio</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Show deliveries of webhook</source>
        <translation>Zustellungen nach Webhook filtern</translation>
    </message>
    <message>
        <source>Show deliveries of event</source>
        <translation>Zustellungen nach Ereignis filtern</translation>
    </message>
    <message>
        <source>Show deliveries by verdict</source>
        <translation>Zustellungen nach Ergebnis filtern</translation>
    </message>
    <message>
        <source>Delivery history</source>
        <translation>Zustellverlauf</translation>
    </message>
    <message>
        <source>&amp;Redeliver</source>
        <translation>&amp;Erneut zustellen</translation>
    </message>
    <message>
        <source>Send the selected delivery&apos;s request again</source>
        <translation>Die Anfrage der ausgewählten Zustellung erneut senden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Show deliveries the CLI added since</source>
        <translation>Zustellungen anzeigen, die die CLI seitdem hinzugefügt hat</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Leeren…</translation>
    </message>
    <message>
        <source>Delete every delivery from the history</source>
        <translation>Alle Zustellungen aus dem Verlauf löschen</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Any webhook</source>
        <translation>Alle Webhooks</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>The history is not available, so deliveries are not kept: %1.</source>
        <translation>Der Verlauf ist nicht verfügbar, daher werden keine Zustellungen gespeichert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(s) shown; the history keeps the newest %1.</source>
        <translation>
            <numerusform>%n Zustellung angezeigt; der Verlauf behält die neuesten %1.</numerusform>
            <numerusform>%n Zustellungen angezeigt; der Verlauf behält die neuesten %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n delivery(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>%n Zustellung aus dem Verlauf löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Alle %n Zustellungen aus dem Verlauf löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>The HTTP client was closed.</source>
        <translation>Der HTTP-Client wurde geschlossen.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Connection refused by the proxy %1: nothing listens there.</source>
        <translation>Verbindung vom Proxy %1 abgelehnt: Dort lauscht nichts.</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection before the tunnel to the endpoint was open.</source>
        <translation>Der Proxy %1 hat die Verbindung geschlossen, bevor der Tunnel zum Endpunkt offen war.</translation>
    </message>
    <message>
        <source>The proxy %1 did not answer in time.</source>
        <translation>Der Proxy %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The proxy host %1 was not found.</source>
        <translation>Der Proxy-Host %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the tunnel to the endpoint: %2</source>
        <translation>Der Proxy %1 hat den Tunnel zum Endpunkt verweigert: %2</translation>
    </message>
</context>
<context>
    <name>HttpRequest</name>
    <message>
        <source>The header name &quot;%1&quot; is not a valid HTTP field name.</source>
        <translation>Der Header-Name &quot;%1&quot; ist kein gültiger HTTP-Feldname.</translation>
    </message>
    <message>
        <source>The value of the header %1 holds %2, which would split the request.</source>
        <translation>Der Wert des Headers %1 enthält %2, was die Anfrage aufspalten würde.</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>The server closed the connection before the response was complete.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The server closed the connection without a valid HTTP response.</source>
        <translation>Der Server hat die Verbindung ohne gültige HTTP-Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The status line is longer than the %1 bytes accepted.</source>
        <translation>Die Statuszeile ist länger als die zulässigen %1 Bytes.</translation>
    </message>
    <message>
        <source>The response header %1 is longer than the %2 bytes accepted.</source>
        <translation>Der Antwort-Header %1 ist länger als die zulässigen %2 Bytes.</translation>
    </message>
    <message>
        <source>The chunked body is broken: a chunk&apos;s size line is longer than %1 bytes.</source>
        <translation>Der Chunked-Body ist fehlerhaft: Die Größenzeile eines Chunks ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>The chunked body is broken: a chunk runs on past the size given for it.</source>
        <translation>Der Chunked-Body ist fehlerhaft: Ein Chunk ist länger als seine angegebene Größe.</translation>
    </message>
    <message>
        <source>The status line is not valid HTTP: %1.</source>
        <translation>Die Statuszeile ist kein gültiges HTTP: %1.</translation>
    </message>
    <message>
        <source>The status code %1 is not a valid HTTP status (100 to 999).</source>
        <translation>Der Statuscode %1 ist kein gültiger HTTP-Status (100 bis 999).</translation>
    </message>
    <message>
        <source>The response header line %1 is folded onto the line before it, which HTTP/1.1 no longer allows.</source>
        <translation>Die Antwort-Headerzeile %1 setzt die vorige Zeile fort (Zeilenfaltung), was HTTP/1.1 nicht mehr erlaubt.</translation>
    </message>
    <message>
        <source>The response has more than %1 header fields; at most %1 are accepted.</source>
        <translation>Die Antwort hat mehr als %1 Header-Felder; höchstens %1 werden akzeptiert.</translation>
    </message>
    <message>
        <source>The response header line %1 does not begin with a field name and a colon.</source>
        <translation>Die Antwort-Headerzeile %1 beginnt nicht mit einem Feldnamen und einem Doppelpunkt.</translation>
    </message>
    <message>
        <source>The value of the response header %1 holds a NUL or CR byte.</source>
        <translation>Der Wert des Antwort-Headers %1 enthält ein NUL- oder CR-Byte.</translation>
    </message>
    <message>
        <source>The server switched protocols (101), which the request did not ask for.</source>
        <translation>Der Server hat das Protokoll gewechselt (101), obwohl die Anfrage das nicht verlangt hat.</translation>
    </message>
    <message>
        <source>The server sent more than %1 interim (1xx) responses.</source>
        <translation>Der Server hat mehr als %1 Zwischenantworten (1xx) gesendet.</translation>
    </message>
    <message>
        <source>The response uses the transfer coding %1; only chunked is read.</source>
        <translation>Die Antwort verwendet die Transferkodierung %1; gelesen wird nur chunked.</translation>
    </message>
    <message>
        <source>The response has conflicting Content-Length headers (%1).</source>
        <translation>Die Antwort hat widersprüchliche Content-Length-Header (%1).</translation>
    </message>
    <message>
        <source>The response&apos;s Content-Length %1 is not a number of bytes.</source>
        <translation>Die Content-Length %1 der Antwort ist keine Byteanzahl.</translation>
    </message>
    <message>
        <source>The chunked body is broken: the chunk size %1 is not a hexadecimal number.</source>
        <translation>Der Chunked-Body ist fehlerhaft: Die Chunk-Größe %1 ist keine Hexadezimalzahl.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Turn a curl command or a production export into a campaign document. Exits 1 when it cannot be imported.</source>
        <translation>Wandelt einen curl-Befehl oder einen Produktionsexport in ein Kampagnendokument um. Endet mit Status 1, wenn der Import nicht möglich ist.</translation>
    </message>
    <message>
        <source>curl or production.</source>
        <translation>curl oder production.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>With curl: an event the webhook fires on (repeatable; default call.ended).</source>
        <translation>Mit curl: ein Ereignis, bei dem der Webhook ausgelöst wird (mehrfach angebbar; Standard: call.ended).</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EREIGNIS</translation>
    </message>
    <message>
        <source>Write the campaign here (atomically) instead of standard output.</source>
        <translation>Die Kampagne in diese Datei (atomar) schreiben statt in die Standardausgabe.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <source>What to import; standard input when omitted or -.</source>
        <translation>Was importiert werden soll; die Standardeingabe, wenn weggelassen oder -.</translation>
    </message>
    <message>
        <source>import: name --from curl or --from production, and at most one FILE.</source>
        <translation>import: Geben Sie --from curl oder --from production und höchstens eine DATEI an.</translation>
    </message>
    <message>
        <source>import: &quot;%1&quot; is not an event.</source>
        <translation>import: &quot;%1&quot; ist kein Ereignis.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Imported campaign</source>
        <translation>Importierte Kampagne</translation>
    </message>
    <message>
        <source>note: the secret value is kept in the system keychain as ${%1}; the app and send find it there.</source>
        <translation>Hinweis: Der geheime Wert wird im Schlüsselbund des Systems als ${%1} aufbewahrt; die App und send finden ihn dort.</translation>
    </message>
    <message>
        <source>note: the secret value became ${%1}, and no keychain can keep it (%2). Supply it when sending with:</source>
        <translation>Hinweis: Der geheime Wert wurde zu ${%1}, und kein Schlüsselbund kann ihn aufbewahren (%2). Geben Sie ihn beim Senden so an:</translation>
    </message>
    <message>
        <source>it did not answer</source>
        <translation>er hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Scale the timeline to the attempts instead of the whole total timeout</source>
        <translation>Die Zeitleiste an die Versuche anpassen statt an das volle Gesamtzeitlimit</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy the selected attempt&apos;s request as a curl command (secrets as shown)</source>
        <translation>Die Anfrage des ausgewählten Versuchs als curl-Befehl kopieren (Geheimnisse wie angezeigt)</translation>
    </message>
    <message>
        <source>&amp;Redeliver</source>
        <translation>&amp;Erneut zustellen</translation>
    </message>
    <message>
        <source>Send the same request again, with the same event id</source>
        <translation>Dieselbe Anfrage mit derselben Ereignis-ID erneut senden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the delivery: the attempt in flight is aborted and no retry follows</source>
        <translation>Zustellung stoppen: Der laufende Versuch wird abgebrochen und es folgt keine Wiederholung</translation>
    </message>
    <message>
        <source>Attempt timeline</source>
        <translation>Zeitleiste der Versuche</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>An&amp;frage</translation>
    </message>
    <message>
        <source>Re&amp;veal secrets</source>
        <translation>Geheimnisse an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show secret header values as they were sent (never stored in the history)</source>
        <translation>Geheime Header-Werte so anzeigen, wie sie gesendet wurden (nie im Verlauf gespeichert)</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Request body view</source>
        <translation>Ansicht des Anfrage-Bodys</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>A&amp;ntwort</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Response body view</source>
        <translation>Ansicht des Antwort-Bodys</translation>
    </message>
    <message>
        <source>Find in body</source>
        <translation>Im Body suchen</translation>
    </message>
    <message>
        <source>Find in the response body</source>
        <translation>Im Antwort-Body suchen</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Shift+F3)</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation>&amp;Zeiten</translation>
    </message>
    <message>
        <source>Started at:</source>
        <translation>Gestartet um:</translation>
    </message>
    <message>
        <source>Into the delivery:</source>
        <translation>Seit Zustellbeginn:</translation>
    </message>
    <message>
        <source>Time to headers:</source>
        <translation>Zeit bis zu den Headern:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>Network error:</source>
        <translation>Netzwerkfehler:</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>%1: delivered</source>
        <translation>%1: zugestellt</translation>
    </message>
    <message>
        <source>%1: not delivered</source>
        <translation>%1: nicht zugestellt</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Waiting for the response…</source>
        <translation>Warten auf die Antwort…</translation>
    </message>
    <message>
        <source>No attempt selected.</source>
        <translation>Kein Versuch ausgewählt.</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>headers after %1</source>
        <translation>Header nach %1</translation>
    </message>
    <message>
        <source>· truncated: showing the first %1</source>
        <translation>· gekürzt: die ersten %1 werden angezeigt</translation>
    </message>
    <message>
        <source>Bodies are kept up to the response body cap (and 1 MB in the history).</source>
        <translation>Bodys werden bis zur Obergrenze für Antwort-Bodys gespeichert (im Verlauf bis 1 MB).</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>The delivery</source>
        <translation>Die Zustellung</translation>
    </message>
    <message>
        <source>No verdict yet.</source>
        <translation>Noch kein Ergebnis.</translation>
    </message>
    <message>
        <source>No delivery yet. Send a test event with Ctrl+Enter, or open one from the history.</source>
        <translation>Noch keine Zustellung. Senden Sie mit Ctrl+Enter ein Testereignis oder öffnen Sie eine Zustellung aus dem Verlauf.</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation>%1 von %2%3</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Phasen:</translation>
    </message>
    <message>
        <source>Where the attempt&apos;s time went</source>
        <translation>Wofür die Zeit des Versuchs verging</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation>keiner (direkt)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
</context>
<context>
    <name>JsonObjectReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Erwartet: %1, gefunden: %2.</translation>
    </message>
    <message>
        <source>Required field is missing (expected %1).</source>
        <translation>Pflichtfeld fehlt (erwartet: %1).</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>Expected a whole number, found %1.</source>
        <translation>Erwartet: eine ganze Zahl, gefunden: %1.</translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot;; expected one of: %2.</source>
        <translation>Unbekannter Wert &quot;%1&quot;; erlaubt sind: %2.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; is ignored and will not be saved.</source>
        <translation>Unbekanntes Feld &quot;%1&quot; wird ignoriert und nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>JsonPrettyPrinter</name>
    <message>
        <source>The JSON ends before every bracket is closed.</source>
        <translation>Das JSON endet, bevor alle Klammern geschlossen sind.</translation>
    </message>
    <message>
        <source>A string is never closed.</source>
        <translation>Eine Zeichenkette wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>A closing bracket does not match the one it closes.</source>
        <translation>Eine schließende Klammer passt nicht zur öffnenden Klammer.</translation>
    </message>
</context>
<context>
    <name>JsonSchemaValidator</name>
    <message>
        <source>The schema %1 cannot be read: %2</source>
        <translation>Das Schema %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The schema %1 is not a JSON object.</source>
        <translation>Das Schema %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Nothing is allowed here.</source>
        <translation>Hier ist nichts erlaubt.</translation>
    </message>
    <message>
        <source>The schema nests too deep (a $ref cycle?).</source>
        <translation>Das Schema ist zu tief verschachtelt (ein $ref-Zyklus?).</translation>
    </message>
    <message>
        <source>The schema uses &quot;%1&quot;, which this validator does not know.</source>
        <translation>Das Schema verwendet &quot;%1&quot;, das dieser Validator nicht kennt.</translation>
    </message>
    <message>
        <source>The schema refers to %1, which is not there.</source>
        <translation>Das Schema verweist auf %1, das nicht existiert.</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Erwartet: %1, gefunden: %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Must be %1, is %2.</source>
        <translation>Muss %1 sein, ist %2.</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values.</source>
        <translation>%1 ist keiner der erlaubten Werte.</translation>
    </message>
    <message>
        <source>%1 is below the minimum of %2.</source>
        <translation>%1 liegt unter dem Minimum von %2.</translation>
    </message>
    <message>
        <source>%1 is above the maximum of %2.</source>
        <translation>%1 liegt über dem Maximum von %2.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: %n character(s).</source>
        <translation>
            <numerusform>Zu kurz: %n Zeichen.</numerusform>
            <numerusform>Zu kurz: %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long: %n character(s).</source>
        <translation>
            <numerusform>Zu lang: %n Zeichen.</numerusform>
            <numerusform>Zu lang: %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not match %2.</source>
        <translation>%1 entspricht nicht %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>&quot;%1&quot; fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member this format has.</source>
        <translation>&quot;%1&quot; ist in diesem Format nicht vorgesehen.</translation>
    </message>
    <message numerus="yes">
        <source>Too few items: %n.</source>
        <translation>
            <numerusform>Zu wenige Einträge: %n.</numerusform>
            <numerusform>Zu wenige Einträge: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many items: %n.</source>
        <translation>
            <numerusform>Zu viele Einträge: %n.</numerusform>
            <numerusform>Zu viele Einträge: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is listed before.</source>
        <translation>%1 ist bereits weiter oben aufgeführt.</translation>
    </message>
    <message>
        <source>%1 matches none of the allowed forms.</source>
        <translation>%1 entspricht keiner der erlaubten Formen.</translation>
    </message>
    <message>
        <source>%1 must match exactly one of the allowed forms; it matches %2.</source>
        <translation>%1 muss genau einer der erlaubten Formen entsprechen, entspricht aber %2.</translation>
    </message>
    <message>
        <source>%1 is a form that is not allowed.</source>
        <translation>%1 hat eine Form, die nicht erlaubt ist.</translation>
    </message>
</context>
<context>
    <name>JsonTemplateScanner</name>
    <message>
        <source>The body is empty or only white space; JSON needs a value.</source>
        <translation>Der Body ist leer oder enthält nur Leerraum; JSON benötigt einen Wert.</translation>
    </message>
    <message>
        <source>Unexpected %1 after the end of the JSON value.</source>
        <translation>Unerwartet: %1 nach dem Ende des JSON-Werts.</translation>
    </message>
    <message>
        <source>end of the body</source>
        <translation>Ende des Bodys</translation>
    </message>
    <message>
        <source>placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>line break</source>
        <translation>Zeilenumbruch</translation>
    </message>
    <message>
        <source>control character U+%1</source>
        <translation>Steuerzeichen U+%1</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1</source>
        <translation>Der Body ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>expected %1, found %2.</source>
        <translation>%1 erwartet, %2 gefunden.</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels.</source>
        <translation>Verschachtelung tiefer als %1 Ebenen.</translation>
    </message>
    <message>
        <source>expected a value, found %1.</source>
        <translation>Wert erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>a placeholder used as a key must be inside quotes: &quot;{{name}}&quot;: …</source>
        <translation>ein Platzhalter als Schlüssel muss in Anführungszeichen stehen: &quot;{{name}}&quot;: …</translation>
    </message>
    <message>
        <source>expected a key in double quotes, found %1.</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>&quot;:&quot; after the key</source>
        <translation>&quot;:&quot; nach dem Schlüssel</translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;}&quot; after a member of an object</source>
        <translation>&quot;,&quot; oder &quot;}&quot; nach einem Objekteintrag</translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;]&quot; after an element of an array</source>
        <translation>&quot;,&quot; oder &quot;]&quot; nach einem Array-Element</translation>
    </message>
    <message>
        <source>a line break inside a string; write \n instead.</source>
        <translation>Zeilenumbruch in einer Zeichenkette; schreiben Sie stattdessen \n.</translation>
    </message>
    <message>
        <source>%1 inside a string; escape it as \u%2.</source>
        <translation>%1 in einer Zeichenkette; maskieren Sie es als \u%2.</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits.</source>
        <translation>auf \u müssen vier Hexadezimalziffern folgen.</translation>
    </message>
    <message>
        <source>invalid escape \%1 in a string.</source>
        <translation>ungültige Escape-Sequenz \%1 in einer Zeichenkette.</translation>
    </message>
    <message>
        <source>a string is not closed: a &quot; is missing.</source>
        <translation>Zeichenkette nicht abgeschlossen: ein &quot; fehlt.</translation>
    </message>
    <message>
        <source>a number needs digits after &quot;-&quot;.</source>
        <translation>einer Zahl fehlen Ziffern nach &quot;-&quot;.</translation>
    </message>
    <message>
        <source>a number needs digits after the decimal point.</source>
        <translation>einer Zahl fehlen Ziffern nach dem Dezimalpunkt.</translation>
    </message>
    <message>
        <source>a number needs digits in its exponent.</source>
        <translation>einer Zahl fehlen Ziffern im Exponenten.</translation>
    </message>
</context>
<context>
    <name>LargeTextView</name>
    <message>
        <source>Not indented: %1 (at byte %2). Shown as sent.</source>
        <translation>Nicht eingerückt: %1 (bei Byte %2). Anzeige wie gesendet.</translation>
    </message>
    <message>
        <source>Indenting %1…</source>
        <translation>%1 wird eingerückt…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(kein Body)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Webhook Studio</source>
        <translation>Webhook Studio</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <source>Add webhook</source>
        <translation>Webhook hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate webhook</source>
        <translation>Webhook duplizieren</translation>
    </message>
    <message>
        <source>Move webhook up</source>
        <translation>Webhook nach oben verschieben</translation>
    </message>
    <message>
        <source>Move webhook down</source>
        <translation>Webhook nach unten verschieben</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>This campaign has no webhooks yet.</source>
        <translation>Diese Kampagne hat noch keine Webhooks.</translation>
    </message>
    <message>
        <source>&amp;Add a Webhook</source>
        <translation>Webhook &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Kampagne</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new campaign</source>
        <translation>Neue Kampagne beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open a campaign file</source>
        <translation>Kampagnendatei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Sample Campaign</source>
        <translation>Beis&amp;pielkampagne öffnen</translation>
    </message>
    <message>
        <source>Open the bundled sample campaign</source>
        <translation>Mitgelieferte Beispielkampagne öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the campaign</source>
        <translation>Kampagne speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the campaign under another name</source>
        <translation>Kampagne unter einem anderen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;cURL Command…</source>
        <translation>&amp;cURL-Befehl…</translation>
    </message>
    <message>
        <source>Add a webhook that sends what a curl command sends</source>
        <translation>Webhook hinzufügen, der dasselbe sendet wie ein curl-Befehl</translation>
    </message>
    <message>
        <source>&amp;Production Config…</source>
        <translation>&amp;Produktionskonfiguration…</translation>
    </message>
    <message>
        <source>Open a production export as a new campaign</source>
        <translation>Produktionsexport als neue Kampagne öffnen</translation>
    </message>
    <message>
        <source>Export the webhooks as checked JSON for production, without secrets</source>
        <translation>Webhooks als geprüftes JSON für die Produktion exportieren, ohne Geheimnisse</translation>
    </message>
    <message>
        <source>&amp;cURL Commands…</source>
        <translation>&amp;cURL-Befehle…</translation>
    </message>
    <message>
        <source>Export a webhook&apos;s requests as curl commands</source>
        <translation>Anfragen eines Webhooks als curl-Befehle exportieren</translation>
    </message>
    <message>
        <source>P&amp;ostman Collection…</source>
        <translation>P&amp;ostman Collection…</translation>
    </message>
    <message>
        <source>Export the campaign as a Postman Collection v2.1</source>
        <translation>Kampagne als Postman Collection v2.1 exportieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Webhook Studio</source>
        <translation>Webhook Studio beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Zuletzt rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add Webhook</source>
        <translation>Webhook &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a webhook to the campaign</source>
        <translation>Webhook zur Kampagne hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate Webhook</source>
        <translation>Webhook &amp;duplizieren</translation>
    </message>
    <message>
        <source>Add a copy of the selected webhook</source>
        <translation>Kopie des ausgewählten Webhooks hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Rename Webhook</source>
        <translation>Webhook u&amp;mbenennen</translation>
    </message>
    <message>
        <source>Rename the selected webhook</source>
        <translation>Ausgewählten Webhook umbenennen</translation>
    </message>
    <message>
        <source>&amp;Enable or Disable</source>
        <translation>&amp;Aktivieren oder deaktivieren</translation>
    </message>
    <message>
        <source>Enable or disable the selected webhook</source>
        <translation>Ausgewählten Webhook aktivieren oder deaktivieren</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected webhook up</source>
        <translation>Ausgewählten Webhook nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected webhook down</source>
        <translation>Ausgewählten Webhook nach unten verschieben</translation>
    </message>
    <message>
        <source>De&amp;lete Webhook</source>
        <translation>Webhook &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected webhook</source>
        <translation>Ausgewählten Webhook löschen</translation>
    </message>
    <message>
        <source>&amp;Campaign and Data Model…</source>
        <translation>&amp;Kampagne und Datenmodell…</translation>
    </message>
    <message>
        <source>Edit the campaign name and the fields it declares</source>
        <translation>Namen der Kampagne und ihre deklarierten Felder bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Format Body</source>
        <translation>Body &amp;formatieren</translation>
    </message>
    <message>
        <source>Indent the JSON body</source>
        <translation>JSON-Body einrücken</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
        <source>Show the next problem</source>
        <translation>Nächstes Problem anzeigen</translation>
    </message>
    <message>
        <source>Send &amp;Test Event</source>
        <translation>&amp;Testereignis senden</translation>
    </message>
    <message>
        <source>Send the selected webhook&apos;s request for the chosen event, with its delivery semantics</source>
        <translation>Anfrage des ausgewählten Webhooks für das gewählte Ereignis senden, mit seinem Zustellverhalten</translation>
    </message>
    <message>
        <source>&amp;Cancel Delivery</source>
        <translation>Zustellung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop the running delivery: no further attempt starts</source>
        <translation>Laufende Zustellung stoppen: Es startet kein weiterer Versuch</translation>
    </message>
    <message>
        <source>Send a &amp;Burst…</source>
        <translation>&amp;Serie senden…</translation>
    </message>
    <message>
        <source>Send the event many times, some at once, and see the success rate and latencies</source>
        <translation>Ereignis viele Male senden, teils gleichzeitig, und Erfolgsquote und Latenzen ansehen</translation>
    </message>
    <message>
        <source>&amp;About Webhook Studio</source>
        <translation>&amp;Über Webhook Studio</translation>
    </message>
    <message>
        <source>About Webhook Studio</source>
        <translation>Über Webhook Studio</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Insert Field…</source>
        <translation>Feld &amp;einfügen…</translation>
    </message>
    <message>
        <source>Insert a mapped field where the cursor is</source>
        <translation>Zugeordnetes Feld an der Cursorposition einfügen</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>%1[*] — Webhook Studio</source>
        <translation>%1[*] — Webhook Studio</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language, theme, defaults for new webhooks, history and receiver</source>
        <translation>Sprache, Farbschema, Vorgaben für neue Webhooks, Verlauf und Empfänger</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Read the user guide</source>
        <translation>Das Benutzerhandbuch lesen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Alle Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>Could not keep a recovery copy: %1</source>
        <translation>Es konnte keine Wiederherstellungskopie angelegt werden: %1</translation>
    </message>
    <message>
        <source>Open&amp;API Contract…</source>
        <translation>Open&amp;API-Vertrag…</translation>
    </message>
    <message>
        <source>Export the campaign&apos;s webhooks as an OpenAPI 3.1 contract for the receiving team</source>
        <translation>Die Webhooks der Kampagne als OpenAPI-3.1-Vertrag für das empfangende Team exportieren</translation>
    </message>
</context>
<context>
    <name>MappingDelegate</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
</context>
<context>
    <name>MappingOverview</name>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
</context>
<context>
    <name>MappingTableModel</name>
    <message>
        <source>(no such field)</source>
        <translation>(Feld existiert nicht)</translation>
    </message>
    <message>
        <source>(empty on %1)</source>
        <translation>(bei %1 leer)</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Choose a source here, or drop a field from the palette on this row.</source>
        <translation>Wählen Sie hier eine Quelle oder ziehen Sie ein Feld aus der Palette auf diese Zeile.</translation>
    </message>
    <message>
        <source>The literal value; empty means the variable&apos;s own name.</source>
        <translation>Der feste Wert; leer steht für den Namen der Variablen selbst.</translation>
    </message>
    <message>
        <source>The value for %1 with the sample data</source>
        <translation>Der Wert für %1 mit den Beispieldaten</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <source>No template uses this variable; Remove Unused deletes the mapping.</source>
        <translation>Keine Vorlage verwendet diese Variable; &quot;Nicht verwendete Zuordnungen entfernen&quot; löscht die Zuordnung.</translation>
    </message>
    <message>
        <source>Edit Mapping</source>
        <translation>Zuordnung bearbeiten</translation>
    </message>
    <message>
        <source>Map {{%1}}</source>
        <translation>{{%1}} zuordnen</translation>
    </message>
    <message>
        <source>Remove Unused Mappings</source>
        <translation>Nicht verwendete Zuordnungen entfernen</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Field or value</source>
        <translation>Feld oder Wert</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Beispielwert</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Verwendet in</translation>
    </message>
    <message>
        <source>(secret of %1)</source>
        <translation>(Geheimnis von %1)</translation>
    </message>
    <message>
        <source>(not in %1)</source>
        <translation>(nicht in %1)</translation>
    </message>
    <message>
        <source>(not in the own sample of %1)</source>
        <translation>(nicht im eigenen Beispiel für %1)</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>enter a value for %1</source>
        <translation>Wert für %1 eingeben</translation>
    </message>
</context>
<context>
    <name>OpenApiExport</name>
    <message>
        <source>Standard Webhooks: the message id (msg_…), the same on every retry of a delivery; use it to drop duplicates.</source>
        <translation>Standard Webhooks: die Nachrichten-ID (msg_…), bei jeder Wiederholung einer Zustellung dieselbe; damit lassen sich Duplikate verwerfen.</translation>
    </message>
    <message>
        <source>Standard Webhooks: when the message was signed, in seconds since 1970 (UTC); reject it when it is more than five minutes away from your clock.</source>
        <translation>Standard Webhooks: wann die Nachricht signiert wurde, in Sekunden seit 1970 (UTC); weisen Sie sie ab, wenn sie mehr als fünf Minuten von Ihrer Uhr abweicht.</translation>
    </message>
    <message>
        <source>Standard Webhooks: space-separated &quot;v1,&lt;base64&gt;&quot; signatures. Verify: base64-decode the secret after its whsec_ prefix, compute HMAC-SHA256 over &quot;{webhook-id}.{webhook-timestamp}.{raw body}&quot; with it, base64-encode the result and compare it in constant time with each v1 signature.</source>
        <translation>Standard Webhooks: durch Leerzeichen getrennte Signaturen „v1,&lt;base64&gt;“. Prüfen: das Geheimnis nach seinem Präfix whsec_ base64-dekodieren, damit HMAC-SHA256 über „{webhook-id}.{webhook-timestamp}.{roher Body}“ berechnen, das Ergebnis base64-kodieren und in konstanter Zeit mit jeder v1-Signatur vergleichen.</translation>
    </message>
    <message>
        <source>Delivered: the attempt succeeded.</source>
        <translation>Zugestellt: Der Versuch war erfolgreich.</translation>
    </message>
    <message>
        <source>Delivered when the JSON body&apos;s %1 is %2.</source>
        <translation>Zugestellt, wenn %1 im JSON-Body %2 ist.</translation>
    </message>
    <message>
        <source>Anything else — another status, no answer within %1 s, a refused connection — fails the attempt. It is tried again up to %2 times (first after %3 s, then %4× longer each time, within %5 s in all), with the same event.</source>
        <translation>Alles andere – ein anderer Status, keine Antwort binnen %1 s, eine abgewiesene Verbindung – lässt den Versuch scheitern. Er wird bis zu %2-mal wiederholt (zuerst nach %3 s, dann jeweils %4× länger, insgesamt binnen %5 s), mit demselben Ereignis.</translation>
    </message>
    <message>
        <source>The webhooks of the campaign %1: one entry per webhook and event it fires on, as Webhook Studio sends it.</source>
        <translation>Die Webhooks der Kampagne %1: ein Eintrag je Webhook und Ereignis, bei dem er ausgelöst wird, so wie Webhook Studio ihn sendet.</translation>
    </message>
    <message>
        <source>%1 for %2 cannot be rendered and was left out.</source>
        <translation>%1 für %2 kann nicht gerendert werden und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1: %2

%3 sends it to %4 (URL template: %5).</source>
        <translation>%1: %2

%3 sendet ihn an %4 (URL-Vorlage: %5).</translation>
    </message>
    <message>
        <source>A secret.</source>
        <translation>Ein Geheimnis.</translation>
    </message>
    <message>
        <source>A secret the sender keeps (%1); its value is not part of this document.</source>
        <translation>Ein Geheimnis, das der Absender verwahrt (%1); sein Wert ist nicht Teil dieses Dokuments.</translation>
    </message>
    <message>
        <source>Rendered with the sample data.</source>
        <translation>Mit den Beispieldaten erzeugt.</translation>
    </message>
    <message>
        <source>%1: the body for %2</source>
        <translation>%1: der Body für %2</translation>
    </message>
</context>
<context>
    <name>PayloadSchema</name>
    <message>
        <source>The event&apos;s name.</source>
        <translation>Der Name des Ereignisses.</translation>
    </message>
    <message>
        <source>The event&apos;s id (evt_…), the same on every retry.</source>
        <translation>Die ID des Ereignisses (evt_…), bei jeder Wiederholung dieselbe.</translation>
    </message>
    <message>
        <source>When the delivery was made (UTC).</source>
        <translation>Wann die Zustellung erfolgte (UTC).</translation>
    </message>
    <message>
        <source>The environment variable %1.</source>
        <translation>Die Umgebungsvariable %1.</translation>
    </message>
    <message>
        <source>{{%1}} is not mapped to a field: any value.</source>
        <translation>{{%1}} ist keinem Feld zugeordnet: beliebiger Wert.</translation>
    </message>
</context>
<context>
    <name>PhaseTimings</name>
    <message>
        <source>DNS lookup</source>
        <translation>DNS-Auflösung</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>Sending the request</source>
        <translation>Senden der Anfrage</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>Warten auf die Antwort</translation>
    </message>
    <message>
        <source>Receiving the answer</source>
        <translation>Empfang der Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>PhaseTimingsView</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>PostmanExport</name>
    <message>
        <source>%1 for %2, rendered with the sample data.</source>
        <translation>%1 für %2, mit den Beispieldaten gerendert.</translation>
    </message>
    <message>
        <source>%1 for %2 cannot be rendered and was left out.</source>
        <translation>%1 für %2 kann nicht gerendert werden und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Disabled in the campaign.</source>
        <translation>In der Kampagne deaktiviert.</translation>
    </message>
    <message>
        <source>A secret: set it in your environment, not here.</source>
        <translation>Ein Geheimnis: Legen Sie es in Ihrer Umgebung fest, nicht hier.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Webhook Studio starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Webhook Studio.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>New webhooks</source>
        <translation>Neue Webhooks</translation>
    </message>
    <message>
        <source>Attempt &amp;timeout:</source>
        <translation>&amp;Zeitlimit pro Versuch:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Retry limit:</source>
        <translation>&amp;Wiederholungslimit:</translation>
    </message>
    <message>
        <source>T&amp;otal timeout:</source>
        <translation>&amp;Gesamtzeitlimit:</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>Response &amp;body cap:</source>
        <translation>&amp;Obergrenze für den Antwort-Body:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>An attempt whose response body is larger fails as body-too-large</source>
        <translation>Ein Versuch mit größerem Antwort-Body scheitert als body-too-large</translation>
    </message>
    <message>
        <source>&amp;History keeps:</source>
        <translation>&amp;Verlauf behält:</translation>
    </message>
    <message>
        <source> deliveries</source>
        <translation> Zustellungen</translation>
    </message>
    <message>
        <source>The newest deliveries are kept; older ones are removed</source>
        <translation>Die neuesten Zustellungen bleiben erhalten; ältere werden entfernt</translation>
    </message>
    <message>
        <source>Receiver &amp;port:</source>
        <translation>&amp;Port des Empfängers:</translation>
    </message>
    <message>
        <source>Where the local receiver listens on 127.0.0.1 (0: any free port); another free port is used when this one is taken</source>
        <translation>Wo der lokale Empfänger auf 127.0.0.1 lauscht (0: ein beliebiger freier Port); ist dieser belegt, wird ein anderer freier Port verwendet</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy &amp;address:</source>
        <translation>Proxy-&amp;Adresse:</translation>
    </message>
    <message>
        <source>http://user@proxy.example.com:3128 or socks5://proxy.example.com:1080</source>
        <translation>http://benutzer@proxy.example.com:3128 oder socks5://proxy.example.com:1080</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Proxy-Adresse</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Proxy-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the stored one</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt; leer lassen, um das gespeicherte zu behalten</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>&amp;Direct to:</source>
        <translation>&amp;Direkt zu:</translation>
    </message>
    <message>
        <source>localhost, .internal.example.com, 10.0.0.0/8</source>
        <translation>localhost, .internal.example.com, 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Hosts that bypass the proxy, comma-separated: names cover their subdomains; IP ranges in CIDR; * for all</source>
        <translation>Hosts, die den Proxy umgehen, durch Kommas getrennt: Namen decken ihre Subdomains ab; IP-Bereiche in CIDR; * für alle</translation>
    </message>
    <message>
        <source>Hosts that go direct</source>
        <translation>Hosts, die direkt erreicht werden</translation>
    </message>
    <message>
        <source>System (http_proxy, https_proxy, no_proxy)</source>
        <translation>System (http_proxy, https_proxy, no_proxy)</translation>
    </message>
    <message>
        <source>None: always direct</source>
        <translation>Keiner: immer direkt</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Proxy address: %1</source>
        <translation>Proxy-Adresse: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>For &amp;event:</source>
        <translation>Für &amp;Ereignis:</translation>
    </message>
    <message>
        <source>Preview event</source>
        <translation>Ereignis für die Vorschau</translation>
    </message>
    <message>
        <source>The request as it would be sent</source>
        <translation>Die Anfrage, wie sie gesendet würde</translation>
    </message>
    <message>
        <source>Select a webhook to see its request.</source>
        <translation>Wählen Sie einen Webhook aus, um seine Anfrage zu sehen.</translation>
    </message>
    <message>
        <source>This webhook is not subscribed to %1; shown anyway.</source>
        <translation>Dieser Webhook hat %1 nicht abonniert; wird trotzdem angezeigt.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>Nothing would be sent until the errors are fixed.</source>
        <translation>Es wird nichts gesendet, bis die Fehler behoben sind.</translation>
    </message>
    <message>
        <source>(%1 more characters)</source>
        <translation>(%1 weitere Zeichen)</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Request › Method</source>
        <translation>Anfrage › Methode</translation>
    </message>
    <message>
        <source>Request › URL</source>
        <translation>Anfrage › URL</translation>
    </message>
    <message>
        <source>Request › Header %1</source>
        <translation>Anfrage › Header %1</translation>
    </message>
    <message>
        <source>Request › Body</source>
        <translation>Anfrage › Body</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Delivery › Backoff</source>
        <translation>Zustellung › Wartezeit zwischen Versuchen</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Mapping %1</source>
        <translation>Zuordnung %1</translation>
    </message>
    <message>
        <source>Delivery › Signing</source>
        <translation>Zustellung › Signieren</translation>
    </message>
    <message>
        <source>Campaign › Data model</source>
        <translation>Kampagne › Datenmodell</translation>
    </message>
    <message>
        <source>Campaign › Sample data</source>
        <translation>Kampagne › Beispieldaten</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
</context>
<context>
    <name>ProblemsController</name>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n Webhook</numerusform>
            <numerusform>%n Webhooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
</context>
<context>
    <name>ProductionExport</name>
    <message>
        <source>This is not a production export (its format is not &quot;%1&quot;).</source>
        <translation>Dies ist kein Produktionsexport (sein Format ist nicht &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>This export is version %1, made by a newer Webhook Studio; this one reads version %2.</source>
        <translation>Dieser Export hat Version %1 und stammt aus einer neueren Version von Webhook Studio; diese Version liest Version %2.</translation>
    </message>
    <message>
        <source>The campaign has no environments, so there is no &quot;%1&quot; to export with.</source>
        <translation>Die Kampagne hat keine Umgebungen, es gibt also kein &quot;%1&quot;, mit dem exportiert werden kann.</translation>
    </message>
    <message>
        <source>The campaign has no environment &quot;%1&quot;; it has %2.</source>
        <translation>Die Kampagne hat keine Umgebung &quot;%1&quot;; sie hat %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ignores TLS certificate errors; production must verify them. Turn the option off, or export a draft.</source>
        <translation>&quot;%1&quot; ignoriert TLS-Zertifikatsfehler; die Produktion muss sie prüfen. Schalten Sie die Option aus oder exportieren Sie einen Entwurf.</translation>
    </message>
</context>
<context>
    <name>ProxyConfig</name>
    <message>
        <source>&quot;%1&quot; is not a proxy address such as http://proxy.example:3128.</source>
        <translation>&quot;%1&quot; ist keine Proxy-Adresse wie http://proxy.example:3128.</translation>
    </message>
    <message>
        <source>The proxy scheme &quot;%1&quot; is not supported: use http://, socks5:// or socks5h://.</source>
        <translation>Das Proxy-Schema &quot;%1&quot; wird nicht unterstützt: Verwenden Sie http://, socks5:// oder socks5h://.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The proxy %1 refused the credentials given (407); the endpoint was not reached.</source>
        <translation>Der Proxy %1 hat die angegebenen Zugangsdaten abgelehnt (407); der Endpunkt wurde nicht erreicht.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for credentials (407); the endpoint was not reached. Give a user name and password: in the proxy address as user:password@, or in Preferences › Network.</source>
        <translation>Der Proxy %1 verlangt Zugangsdaten (407); der Endpunkt wurde nicht erreicht. Geben Sie Benutzername und Passwort an: in der Proxy-Adresse als benutzer:passwort@ oder unter Einstellungen › Netzwerk.</translation>
    </message>
</context>
<context>
    <name>ReceiveCommand</name>
    <message>
        <source>Run a local test endpoint on 127.0.0.1 that prints every request it gets and answers by a response script, until interrupted (Ctrl+C).</source>
        <translation>Einen lokalen Testendpunkt auf 127.0.0.1 ausführen, der jede empfangene Anfrage ausgibt und nach einem Antwortskript antwortet, bis er unterbrochen wird (Ctrl+C).</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 more bytes)</source>
        <translation>(%1 weitere Bytes)</translation>
    </message>
    <message>
        <source>The port on 127.0.0.1 (default 0: any free port).</source>
        <translation>Der Port auf 127.0.0.1 (Standard 0: beliebiger freier Port).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>How to answer, request after request: &quot;503,503,200&quot; (STATUS, STATUS/DELAY, hang, close; the last step repeats), JSON, or @FILE holding either.</source>
        <translation>Wie Anfrage für Anfrage geantwortet wird: &quot;503,503,200&quot; (STATUS, STATUS/VERZÖGERUNG, hang, close; der letzte Schritt wiederholt sich), JSON oder @DATEI mit einem von beiden.</translation>
    </message>
    <message>
        <source>SCRIPT</source>
        <translation>SKRIPT</translation>
    </message>
    <message>
        <source>Check each request&apos;s Standard Webhooks signature with this whsec_ secret.</source>
        <translation>Die Signatur (Standard Webhooks) jeder Anfrage mit diesem whsec_-Geheimnis prüfen.</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>GEHEIMNIS</translation>
    </message>
    <message>
        <source>Print each request as a JSON line.</source>
        <translation>Jede Anfrage als JSON-Zeile ausgeben.</translation>
    </message>
    <message>
        <source>Print one line per request, without headers and body.</source>
        <translation>Eine Zeile pro Anfrage ausgeben, ohne Header und Body.</translation>
    </message>
    <message>
        <source>How many requests to keep in memory (default %1).</source>
        <translation>Wie viele Anfragen im Speicher gehalten werden (Standard %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>receive: --port takes a number from 0 to 65535.</source>
        <translation>receive: --port erwartet eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>receive: cannot read %1: %2</source>
        <translation>receive: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>receive: --script: %1</source>
        <translation>receive: --script: %1</translation>
    </message>
    <message>
        <source>receive: --secret: %1</source>
        <translation>receive: --secret: %1</translation>
    </message>
    <message>
        <source>receive: cannot listen on 127.0.0.1:%1; is the port taken?</source>
        <translation>receive: Lauschen auf 127.0.0.1:%1 nicht möglich; ist der Port belegt?</translation>
    </message>
    <message>
        <source>Listening on %1 — answering %2. Press Ctrl+C to stop.</source>
        <translation>Lauscht auf %1 — Antworten: %2. Zum Beenden Ctrl+C drücken.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n request(s).</source>
        <translation>
            <numerusform>Nach %n Anfrage beendet.</numerusform>
            <numerusform>Nach %n Anfragen beendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivedRequest</name>
    <message>
        <source>signature valid</source>
        <translation>Signatur gültig</translation>
    </message>
    <message>
        <source>signature INVALID: %1</source>
        <translation>Signatur UNGÜLTIG: %1</translation>
    </message>
</context>
<context>
    <name>ReceivedRequestModel</name>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>UNGÜLTIG</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
</context>
<context>
    <name>ReceiverPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Empfänger-Port</translation>
    </message>
    <message>
        <source>The port to listen on at 127.0.0.1; 0 takes any free port</source>
        <translation>Port auf 127.0.0.1, auf dem gelauscht wird; 0 wählt einen beliebigen freien Port</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Receiver URL</source>
        <translation>Empfänger-URL</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the receiver&apos;s URL</source>
        <translation>URL des Empfängers kopieren</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Antwort:</translation>
    </message>
    <message>
        <source>Response script</source>
        <translation>Antwortskript</translation>
    </message>
    <message>
        <source>200 · 503,503,200 · 200/1.5 · hang · close · or a JSON script</source>
        <translation>200 · 503,503,200 · 200/1.5 · hang · close · oder ein JSON-Skript</translation>
    </message>
    <message>
        <source>How to answer request after request; the last step repeats. Press Enter to apply.</source>
        <translation>Wie Anfrage für Anfrage geantwortet wird; der letzte Schritt wiederholt sich. Mit Enter übernehmen.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Si&amp;gning secret:</source>
        <translation>Si&amp;gnaturgeheimnis:</translation>
    </message>
    <message>
        <source>Signing secret to check</source>
        <translation>Zu prüfendes Signaturgeheimnis</translation>
    </message>
    <message>
        <source>whsec_… to check Standard Webhooks signatures</source>
        <translation>whsec_… zum Prüfen von Signaturen nach Standard Webhooks</translation>
    </message>
    <message>
        <source>Received requests</source>
        <translation>Empfangene Anfragen</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>Ausgewählte Anfrage</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>from %1 at %2 · answered %3</source>
        <translation>von %1 um %2 · Antwort: %3</translation>
    </message>
    <message>
        <source>(the first %1 of %2 are kept)</source>
        <translation>(die ersten %1 von %2 werden behalten)</translation>
    </message>
    <message>
        <source>Port %1 is taken (another app, or another Webhook Studio).</source>
        <translation>Port %1 ist belegt (durch eine andere App oder eine andere Instanz von Webhook Studio).</translation>
    </message>
    <message>
        <source>Listening on port %1 instead.</source>
        <translation>Stattdessen wird auf Port %1 gelauscht.</translation>
    </message>
    <message>
        <source>Answers: %1.</source>
        <translation>Antworten: %1.</translation>
    </message>
    <message>
        <source>Signatures are checked with this secret.</source>
        <translation>Signaturen werden mit diesem Geheimnis geprüft.</translation>
    </message>
    <message>
        <source>The signing secret is not usable: %1</source>
        <translation>Das Signaturgeheimnis ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) received</source>
        <translation>
            <numerusform>%n Anfrage empfangen</numerusform>
            <numerusform>%n Anfragen empfangen</numerusform>
        </translation>
    </message>
    <message>
        <source>Use as Sample…</source>
        <translation>Als Beispiel verwenden…</translation>
    </message>
    <message>
        <source>Use the selected request&apos;s body as the own sample of its event</source>
        <translation>Den Body der gewählten Anfrage als eigenes Beispiel ihres Ereignisses verwenden</translation>
    </message>
    <message>
        <source>request #%1 received at %2</source>
        <translation>Anfrage Nr. %1, empfangen am %2</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Webhook Studio ended before the changes to &quot;%1&quot; were saved.</source>
        <translation>Webhook Studio wurde beendet, bevor die Änderungen an &quot;%1&quot; gespeichert waren.</translation>
    </message>
    <message>
        <source>A copy from %1 was kept. Open it to go on where you were?</source>
        <translation>Eine Kopie von %1 wurde aufbewahrt. Öffnen, um dort weiterzumachen, wo Sie waren?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>Print the exact request a webhook sends for an event, rendered with the campaign&apos;s sample data. Exits 1 when the request has an error, 2 for bad input.</source>
        <translation>Gibt die genaue Anfrage aus, die ein Webhook für ein Ereignis sendet, gerendert mit den Beispieldaten der Kampagne. Exitcode 1, wenn die Anfrage einen Fehler enthält, 2 bei ungültiger Eingabe.</translation>
    </message>
    <message>
        <source>The event id to use instead of a new random one.</source>
        <translation>Die Ereignis-ID, die statt einer neuen zufälligen verwendet wird.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The delivery time to use instead of now (ISO-8601, e.g. 2026-11-27T14:06:24Z).</source>
        <translation>Der Zustellzeitpunkt, der statt der aktuellen Zeit verwendet wird (ISO-8601, z. B. 2026-11-27T14:06:24Z).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Print the request as JSON.</source>
        <translation>Die Anfrage als JSON ausgeben.</translation>
    </message>
    <message>
        <source>render: --at needs an ISO-8601 time such as 2026-11-27T14:06:24Z.</source>
        <translation>render: --at erwartet eine ISO-8601-Zeit wie 2026-11-27T14:06:24Z.</translation>
    </message>
</context>
<context>
    <name>RequestRenderer</name>
    <message>
        <source>{{%1}} is not mapped to any data: map it to a field or a default value.</source>
        <translation>{{%1}} ist keinen Daten zugeordnet: Ordnen Sie es einem Feld oder einem Standardwert zu.</translation>
    </message>
    <message>
        <source>{{%1}} maps to the %2 &quot;%3&quot;, which does not exist in this campaign.</source>
        <translation>{{%1}} ist dem Feld &quot;%3&quot; (%2) zugeordnet, das es in dieser Kampagne nicht gibt.</translation>
    </message>
    <message>
        <source>{{%1}} has no value on %2: %3</source>
        <translation>{{%1}} hat bei %2 keinen Wert: %3</translation>
    </message>
    <message>
        <source>The rendered URL &quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation>Die gerenderte URL &quot;%1&quot; ist keine http://- oder https://-URL mit Host.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name; nothing is sent.</source>
        <translation>&quot;%1&quot; ist kein gültiger Header-Name; es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>{{%1}} would put %2 into the &quot;%3&quot; header, which could forge more headers; nothing is sent.</source>
        <translation>{{%1}} würde %2 in den Header &quot;%3&quot; einfügen, womit sich weitere Header fälschen ließen; es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; header contains %2; nothing is sent.</source>
        <translation>Der Header &quot;%1&quot; enthält %2; es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>{{%1}} comes from an environment, and the campaign has none: add one in Campaign › Environments.</source>
        <translation>{{%1}} kommt aus einer Umgebung, und die Kampagne hat keine: Fügen Sie eine unter Kampagne › Umgebungen hinzu.</translation>
    </message>
    <message>
        <source>{{%1}} is not defined in the environment &quot;%2&quot;: add &quot;%3&quot; there.</source>
        <translation>{{%1}} ist in der Umgebung &quot;%2&quot; nicht definiert: Fügen Sie &quot;%3&quot; dort hinzu.</translation>
    </message>
    <message>
        <source>{{%1}} is a secret of the environment &quot;%2&quot;; secrets can only stand in header values (such as Authorization), which are masked.</source>
        <translation>{{%1}} ist ein Geheimnis der Umgebung &quot;%2&quot;; Geheimnisse dürfen nur in Header-Werten stehen (etwa Authorization), die maskiert werden.</translation>
    </message>
    <message>
        <source>{{%1}} maps to &quot;%2&quot;, which no own sample of this campaign has: add an event body that has it in Campaign › Sample Data (or pass --sample).</source>
        <translation>{{%1}} ist „%2“ zugeordnet, das kein eigenes Beispiel dieser Kampagne enthält: Fügen Sie unter Kampagne › Beispieldaten einen Ereignis-Body hinzu, der es enthält (oder übergeben Sie --sample).</translation>
    </message>
    <message>
        <source>{{%1}} has no value on %2: &quot;%3&quot; is a field of another event&apos;s own sample.</source>
        <translation>{{%1}} hat bei %2 keinen Wert: „%3“ ist ein Feld des eigenen Beispiels eines anderen Ereignisses.</translation>
    </message>
</context>
<context>
    <name>ResponseDecoder</name>
    <message>
        <source>The %1 decoder could not start.</source>
        <translation>Der %1-Decoder konnte nicht starten.</translation>
    </message>
    <message>
        <source>The body is not valid %1: %2.</source>
        <translation>Der Body ist kein gültiges %1: %2.</translation>
    </message>
</context>
<context>
    <name>ResponseKeyPath</name>
    <message>
        <source>The response key is empty.</source>
        <translation>Der Antwortschlüssel ist leer.</translation>
    </message>
    <message>
        <source>Segment %1 of the response key is empty (a leading, trailing or doubled dot).</source>
        <translation>Segment %1 des Antwortschlüssels ist leer (Punkt am Anfang, am Ende oder doppelt).</translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot; of the response key contains white space or a control character.</source>
        <translation>Segment &quot;%1&quot; des Antwortschlüssels enthält Leerraum oder ein Steuerzeichen.</translation>
    </message>
</context>
<context>
    <name>ResponseScript</name>
    <message>
        <source>never answer</source>
        <translation>nie antworten</translation>
    </message>
    <message>
        <source>close the connection</source>
        <translation>Verbindung schließen</translation>
    </message>
    <message>
        <source>%1 after %2 s</source>
        <translation>%1 nach %2 s</translation>
    </message>
    <message>
        <source>%1, then the last again</source>
        <translation>%1, dann erneut das letzte</translation>
    </message>
    <message>
        <source>always %1</source>
        <translation>immer %1</translation>
    </message>
    <message>
        <source>The response script is empty.</source>
        <translation>Das Antwortskript ist leer.</translation>
    </message>
    <message>
        <source>Step %1 (&quot;%2&quot;) is not STATUS, STATUS/DELAY, hang or close.</source>
        <translation>Schritt %1 (&quot;%2&quot;) ist weder STATUS, STATUS/DELAY, hang noch close.</translation>
    </message>
    <message>
        <source>The response script is not valid JSON: %1.</source>
        <translation>Das Antwortskript ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The response script has no steps.</source>
        <translation>Das Antwortskript enthält keine Schritte.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>%1: unknown action &quot;%2&quot;; use respond, hang or close.</source>
        <translation>%1: Unbekannte Aktion &quot;%2&quot;; verwenden Sie respond, hang oder close.</translation>
    </message>
    <message>
        <source>%1: %2 is not an HTTP status.</source>
        <translation>%1: %2 ist kein HTTP-Status.</translation>
    </message>
    <message>
        <source>%1: the delay cannot be negative.</source>
        <translation>%1: Die Verzögerung darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>SampleDataDialog</name>
    <message>
        <source>Sample Data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>The values previews and test sends use. Call-log values you change here replace the built-in sample call; the others are the samples of the campaign&apos;s declared fields.</source>
        <translation>Die Werte, die Vorschauen und Testsendungen verwenden. Hier geänderte Werte des Anrufprotokolls ersetzen den integrierten Beispielanruf; die übrigen sind die Beispielwerte der in der Kampagne deklarierten Felder.</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <source>&amp;Reset Call Log to Defaults</source>
        <translation>Anrufprotokoll auf Standardwerte &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Werte</translation>
    </message>
    <message>
        <source>&amp;Own Payloads</source>
        <translation>Eigene &amp;Payloads</translation>
    </message>
    <message>
        <source>Real event bodies, as your platform sends them, used as the sample of their event. Their fields appear in the palette under Event Payload Field; their call, contact and outcome values replace the built-in sample&apos;s. A request the local receiver caught can be used too (Receiver › Use as Sample).</source>
        <translation>Echte Ereignis-Bodys, wie Ihre Plattform sie sendet, als Beispiel ihres Ereignisses. Ihre Felder erscheinen in der Palette unter „Ereignis-Payload-Feld“; ihre Anruf-, Kontakt- und Ergebniswerte ersetzen die des eingebauten Beispiels. Auch eine vom lokalen Empfänger empfangene Anfrage lässt sich verwenden (Empfänger › Als Beispiel verwenden).</translation>
    </message>
    <message>
        <source>Own payloads</source>
        <translation>Eigene Payloads</translation>
    </message>
    <message>
        <source>Selected payload</source>
        <translation>Gewählte Payload</translation>
    </message>
    <message>
        <source>No own payload yet: paste one or import a file.</source>
        <translation>Noch keine eigene Payload: Fügen Sie eine ein oder importieren Sie eine Datei.</translation>
    </message>
    <message>
        <source>&amp;Paste…</source>
        <translation>&amp;Einfügen…</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Import Event Body</source>
        <translation>Ereignis-Body importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to map</source>
        <translation>
            <numerusform>%n Feld zum Zuordnen</numerusform>
            <numerusform>%n Felder zum Zuordnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Own Sample</source>
        <translation>Eigenes Beispiel ersetzen</translation>
    </message>
    <message>
        <source>%1 already has an own sample (%2). Replace it?</source>
        <translation>%1 hat bereits ein eigenes Beispiel (%2). Ersetzen?</translation>
    </message>
</context>
<context>
    <name>SampleOverrides</name>
    <message>
        <source>Unknown section &quot;%1&quot;; expected one of: %2.</source>
        <translation>Unbekannter Abschnitt &quot;%1&quot;; erwartet wird einer von: %2.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2; its value is never used.</source>
        <translation>&quot;%1&quot; ist kein Feld von %2; sein Wert wird nie verwendet.</translation>
    </message>
    <message>
        <source>The sample value of &quot;%1&quot; is not a %2.</source>
        <translation>Der Beispielwert von &quot;%1&quot; hat nicht den Typ %2.</translation>
    </message>
</context>
<context>
    <name>SampleValueModel</name>
    <message>
        <source>The built-in sample; edit to replace it for this campaign.</source>
        <translation>Der integrierte Beispielwert; bearbeiten Sie ihn, um ihn für diese Kampagne zu ersetzen.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Beispielwert</translation>
    </message>
</context>
<context>
    <name>SecretStorageNotice</name>
    <message>
        <source>Secrets: this session only</source>
        <translation>Geheimnisse: nur für diese Sitzung</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Secret values are kept in memory until you quit, and asked for again next time.</source>
        <translation>Kein Systemschlüsselbund verfügbar (%1). Geheime Werte bleiben bis zum Beenden im Speicher und werden beim nächsten Start erneut abgefragt.</translation>
    </message>
</context>
<context>
    <name>SecretsDialog</name>
    <message>
        <source>Secrets for This Send</source>
        <translation>Geheimnisse für diesen Versand</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; uses %n secret(s) that have no value in this session or the environment:</source>
        <translation>
            <numerusform>&quot;%1&quot; verwendet %n Geheimnis, das weder in dieser Sitzung noch in der Umgebung einen Wert hat:</numerusform>
            <numerusform>&quot;%1&quot; verwendet %n Geheimnisse, die weder in dieser Sitzung noch in der Umgebung einen Wert haben:</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing Secret for the Export</source>
        <translation>Signaturgeheimnis für den Export</translation>
    </message>
    <message>
        <source>&quot;%1&quot; signs its requests. The curl commands carry a signature made with this secret, never the secret itself:</source>
        <translation>&quot;%1&quot; signiert seine Anfragen. Die curl-Befehle enthalten eine mit diesem Geheimnis erstellte Signatur, nie das Geheimnis selbst:</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>Values are stored in the system keychain under their names, for every campaign that uses them.</source>
        <translation>Die Werte werden unter ihrem Namen im Systemschlüsselbund gespeichert, für jede Kampagne, die sie verwendet.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1): values are kept in memory until you quit.</source>
        <translation>Kein Systemschlüsselbund verfügbar (%1): Die Werte bleiben bis zum Beenden im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>They are never written to the campaign file, an export or the history. A secret left empty is sent as its ${NAME} reference; signing needs its secret.</source>
        <translation>Sie werden nie in die Kampagnendatei, einen Export oder den Verlauf geschrieben. Ein leer gelassenes Geheimnis wird als ${NAME}-Verweis gesendet; zum Signieren wird das Geheimnis benötigt.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Send a test event with a webhook&apos;s full delivery semantics (timeouts, retries, success condition), printing each attempt as it happens. Exits 0 when delivered, 1 when not, 2 for bad input.</source>
        <translation>Sendet ein Testereignis mit der vollständigen Zustellungslogik eines Webhooks (Zeitlimits, Wiederholungen, Erfolgsbedingung) und gibt jeden Versuch aus, sobald er stattfindet. Exitcode 0 bei Zustellung, 1 ohne Zustellung, 2 bei ungültiger Eingabe.</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sending %1 (%2) with &quot;%3&quot;: %4 %5</source>
        <translation>%1 (%2) wird mit &quot;%3&quot; gesendet: %4 %5</translation>
    </message>
    <message>
        <source>Waiting %1 (%2) before attempt %3…</source>
        <translation>Wartezeit %1 (%2) vor Versuch %3…</translation>
    </message>
    <message>
        <source>Delivered on attempt %1 after %2.</source>
        <translation>Zugestellt bei Versuch %1 nach %2.</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>send: note: the delivery is not in the history: %1.</source>
        <translation>send: Hinweis: Die Zustellung wurde nicht in den Verlauf aufgenommen: %1.</translation>
    </message>
    <message>
        <source>#%1 not delivered: %2</source>
        <translation>#%1 nicht zugestellt: %2</translation>
    </message>
    <message>
        <source>Send here instead of the webhook&apos;s URL, e.g. http://127.0.0.1:8080/hook.</source>
        <translation>An diese Adresse statt an die URL des Webhooks senden, z. B. http://127.0.0.1:8080/hook.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Send N deliveries, each a new event (default 1).</source>
        <translation>N Zustellungen senden, jede mit einem neuen Ereignis (Standard: 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --repeat, at most C deliveries at once (default 1).</source>
        <translation>Mit --repeat höchstens C Zustellungen gleichzeitig (Standard: 1).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Print JSON lines instead of text.</source>
        <translation>JSON-Zeilen statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Do not add the delivery to the history (bursts never are).</source>
        <translation>Die Zustellung nicht in den Verlauf aufnehmen (Serien werden nie aufgenommen).</translation>
    </message>
    <message>
        <source>send: --repeat takes a number of at least 1, --concurrency one from 1 to 256.</source>
        <translation>send: --repeat erwartet eine Zahl ab 1, --concurrency eine Zahl von 1 bis 256.</translation>
    </message>
    <message>
        <source>through the proxy %1</source>
        <translation>über den Proxy %1</translation>
    </message>
    <message>
        <source>send: --proxy: %1</source>
        <translation>send: --proxy: %1</translation>
    </message>
    <message>
        <source>warning: %1 (not used)</source>
        <translation>Warnung: %1 (nicht verwendet)</translation>
    </message>
    <message>
        <source>Send through this proxy (http://, socks5:// or socks5h://, with user:password@ when it asks for credentials) instead of what http_proxy, https_proxy and all_proxy say.</source>
        <translation>Über diesen Proxy senden (http://, socks5:// oder socks5h://, mit benutzer:passwort@, wenn er Zugangsdaten verlangt) statt über den, den http_proxy, https_proxy und all_proxy nennen.</translation>
    </message>
    <message>
        <source>Hosts that go direct, comma-separated (* for all), instead of what no_proxy says.</source>
        <translation>Hosts, die direkt erreicht werden, durch Kommas getrennt (* für alle), statt der in no_proxy genannten.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>send: %1</source>
        <translation>send: %1</translation>
    </message>
    <message>
        <source>Trust the CAs in this PEM bundle too (an internal CA), beside the system&apos;s.</source>
        <translation>Den CAs in diesem PEM-Bundle zusätzlich zu denen des Systems vertrauen (eine interne CA).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Present this client certificate to servers that ask for one: PEM (with its key, or see --key) or PKCS#12 (.p12, .pfx).</source>
        <translation>Dieses Client-Zertifikat Servern vorlegen, die eines verlangen: PEM (mit seinem Schlüssel, oder siehe --key) oder PKCS#12 (.p12, .pfx).</translation>
    </message>
    <message>
        <source>The client certificate&apos;s private key (PEM), when not in its file.</source>
        <translation>Der private Schlüssel des Client-Zertifikats (PEM), wenn er nicht in dessen Datei steht.</translation>
    </message>
    <message>
        <source>The passphrase of the key or of the PKCS#12 file.</source>
        <translation>Die Passphrase des Schlüssels oder der PKCS#12-Datei.</translation>
    </message>
    <message>
        <source>PHRASE</source>
        <translation>PASSPHRASE</translation>
    </message>
    <message>
        <source>Send a secret that has no value as its ${NAME} reference instead of refusing.</source>
        <translation>Ein Geheimnis ohne Wert als seinen ${NAME}-Verweis senden, statt abzulehnen.</translation>
    </message>
    <message>
        <source>The secret ${%1} has no value: %2 (or give --allow-unresolved to send the reference as it is). Nothing was sent.</source>
        <translation>Das Geheimnis ${%1} hat keinen Wert: %2 (oder geben Sie --allow-unresolved an, um den Verweis unverändert zu senden). Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>A single quote is never closed.</source>
        <translation>Ein einfaches Anführungszeichen wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>A $&apos;…&apos; string is never closed.</source>
        <translation>Eine $&apos;…&apos;-Zeichenkette wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>A double quote is never closed.</source>
        <translation>Ein doppeltes Anführungszeichen wird nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>StandardWebhooks</name>
    <message>
        <source>A Standard Webhooks secret starts with &quot;whsec_&quot;.</source>
        <translation>Ein Geheimnis für Standard Webhooks beginnt mit &quot;whsec_&quot;.</translation>
    </message>
    <message>
        <source>The part after &quot;whsec_&quot; must be base64 of at least 16 bytes.</source>
        <translation>Der Teil nach &quot;whsec_&quot; muss Base64-kodiert sein und mindestens 16 Byte umfassen.</translation>
    </message>
    <message>
        <source>The webhook-id, webhook-timestamp and webhook-signature headers are all needed.</source>
        <translation>Die Header webhook-id, webhook-timestamp und webhook-signature sind alle erforderlich.</translation>
    </message>
    <message>
        <source>webhook-timestamp is not a number of seconds.</source>
        <translation>webhook-timestamp ist keine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>webhook-timestamp is %1 s away from now; at most %2 s are accepted.</source>
        <translation>webhook-timestamp weicht %1 s von der aktuellen Zeit ab; zulässig sind höchstens %2 s.</translation>
    </message>
    <message>
        <source>The signature matches.</source>
        <translation>Die Signatur stimmt überein.</translation>
    </message>
    <message>
        <source>No v1 signature matches the body with the configured secret.</source>
        <translation>Keine v1-Signatur passt mit dem konfigurierten Geheimnis zum Body.</translation>
    </message>
</context>
<context>
    <name>SuccessEvaluator</name>
    <message>
        <source>&quot;%1&quot; (a string)</source>
        <translation>&quot;%1&quot; (eine Zeichenkette)</translation>
    </message>
    <message>
        <source>%1 (a number)</source>
        <translation>%1 (eine Zahl)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>not a value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet: %1</translation>
    </message>
    <message>
        <source>expected any 2xx</source>
        <translation>erwartet: beliebiger 2xx-Status</translation>
    </message>
    <message>
        <source>Status %1 is a redirect without a Location; redirects are not followed (%2).</source>
        <translation>Status %1 ist eine Weiterleitung ohne Location; Weiterleitungen werden nicht verfolgt (%2).</translation>
    </message>
    <message>
        <source>Status %1 redirects to %2; redirects are not followed (%3).</source>
        <translation>Status %1 leitet an %2 weiter; Weiterleitungen werden nicht verfolgt (%3).</translation>
    </message>
    <message>
        <source>Status %1; %2.</source>
        <translation>Status %1; %2.</translation>
    </message>
    <message>
        <source>The response body is empty, so %1 cannot be checked.</source>
        <translation>Der Antwort-Body ist leer, daher kann %1 nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The response is not JSON (%1 at byte %2), so %3 cannot be checked.</source>
        <translation>Die Antwort ist kein JSON (%1 bei Byte %2), daher kann %3 nicht geprüft werden.</translation>
    </message>
    <message>
        <source>%1 is missing from the response: it has no &quot;%2&quot;.</source>
        <translation>%1 fehlt in der Antwort: Es gibt kein &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is missing from the response: %2 has no &quot;%3&quot;.</source>
        <translation>%1 fehlt in der Antwort: %2 enthält kein &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 is %2, not true or false.</source>
        <translation>%1 ist %2, nicht true oder false.</translation>
    </message>
    <message>
        <source>%1 is %2; expected %3.</source>
        <translation>%1 ist %2; erwartet: %3.</translation>
    </message>
</context>
<context>
    <name>TemplateParser</name>
    <message>
        <source>Unclosed placeholder: &quot;{{&quot; needs a matching &quot;}}&quot; on the same line (write \{{ for a literal &quot;{{&quot;).</source>
        <translation>Nicht geschlossener Platzhalter: &quot;{{&quot; braucht ein passendes &quot;}}&quot; in derselben Zeile (schreiben Sie \{{ für ein wörtliches &quot;{{&quot;).</translation>
    </message>
    <message>
        <source>Empty placeholder: write a variable name between the braces.</source>
        <translation>Leerer Platzhalter: Schreiben Sie einen Variablennamen zwischen die Klammern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name: start with a letter or underscore, then letters, digits, underscores or dots.</source>
        <translation>&quot;%1&quot; ist kein gültiger Variablenname: Beginnen Sie mit einem Buchstaben oder Unterstrich, gefolgt von Buchstaben, Ziffern, Unterstrichen oder Punkten.</translation>
    </message>
</context>
<context>
    <name>TemplateProblem</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Attempt %1 · %2 · %3 (deadline %4)
%5</source>
        <translation>Versuch %1 · %2 · %3 (Frist %4)
%5</translation>
    </message>
    <message>
        <source>Send a test event to see its attempts here.</source>
        <translation>Senden Sie ein Testereignis, um hier seine Versuche zu sehen.</translation>
    </message>
    <message>
        <source>Attempt %1 in %2 (%3)</source>
        <translation>Versuch %1 in %2 (%3)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Attempt %1 in flight for %2</source>
        <translation>Versuch %1 läuft seit %2</translation>
    </message>
    <message>
        <source>Delivered on attempt %1 after %2</source>
        <translation>Zugestellt bei Versuch %1 nach %2</translation>
    </message>
    <message numerus="yes">
        <source>Not delivered after %n attempt(s), %1: %2</source>
        <translation>
            <numerusform>Nach %n Versuch nicht zugestellt, %1: %2</numerusform>
            <numerusform>Nach %n Versuchen nicht zugestellt, %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
</context>
<context>
    <name>TlsOptions</name>
    <message>
        <source>The key %1 was given without its certificate.</source>
        <translation>Der Schlüssel %1 wurde ohne sein Zertifikat angegeben.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Das CA-Bundle %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Cannot read the client certificate %1: %2.</source>
        <translation>Das Client-Zertifikat %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 cannot be read: it needs a passphrase, or it is damaged.</source>
        <translation>Die PKCS#12-Datei %1 kann nicht gelesen werden: Sie braucht eine Passphrase oder ist beschädigt.</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 cannot be read: the passphrase is wrong, or the file is damaged.</source>
        <translation>Die PKCS#12-Datei %1 kann nicht gelesen werden: Die Passphrase ist falsch oder die Datei beschädigt.</translation>
    </message>
    <message>
        <source>The client certificate %1 holds no PEM certificate.</source>
        <translation>Das Client-Zertifikat %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The private key in %1 cannot be read: the passphrase is wrong or missing.</source>
        <translation>Der private Schlüssel in %1 kann nicht gelesen werden: Die Passphrase ist falsch oder fehlt.</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key for the client certificate.</source>
        <translation>%1 enthält keinen privaten PEM-Schlüssel für das Client-Zertifikat.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid %3 to %4</source>
        <translation>%1, ausgestellt von %2, gültig vom %3 bis %4</translation>
    </message>
    <message>
        <source>Cannot read the CA bundle %1: %2.</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read the client key %1: %2.</source>
        <translation>Der Client-Schlüssel %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The passphrase %1 of the client certificate has no value: %2.</source>
        <translation>Die Passphrase %1 des Client-Zertifikats hat keinen Wert: %2.</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check campaign files and print every problem as FILE: JSONPATH: severity: message. Exits 1 when any file has an error, 0 otherwise.</source>
        <translation>Prüft Kampagnendateien und gibt jedes Problem im Format DATEI: JSON-PFAD: Schweregrad: Meldung aus. Exitcode 1, wenn eine Datei einen Fehler enthält, sonst 0.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Campaign files (*.webhooks.json).</source>
        <translation>Kampagnendateien (*.webhooks.json).</translation>
    </message>
    <message>
        <source>validate: name at least one file.</source>
        <translation>validate: Geben Sie mindestens eine Datei an.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked: </source>
        <translation>
            <numerusform>%n Datei geprüft: </numerusform>
            <numerusform>%n Dateien geprüft: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n Fehler, </numerusform>
            <numerusform>%n Fehler, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n Warnung.</numerusform>
            <numerusform>%n Warnungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
</context>
<context>
    <name>WebhookEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Webhook name</source>
        <translation>Webhook-Name</translation>
    </message>
    <message>
        <source>A name for this webhook</source>
        <translation>Ein Name für diesen Webhook</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>A&amp;ktiviert</translation>
    </message>
    <message>
        <source>A disabled webhook is kept but never sent</source>
        <translation>Ein deaktivierter Webhook bleibt erhalten, wird aber nie gesendet</translation>
    </message>
    <message>
        <source>Webhook settings</source>
        <translation>Webhook-Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>GET</source>
        <translation>GET</translation>
    </message>
    <message>
        <source>POST</source>
        <translation>POST</translation>
    </message>
    <message>
        <source>PUT</source>
        <translation>PUT</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>DELETE</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>https://example.com/hooks/{{call_id}}</source>
        <translation>https://example.com/hooks/{{call_id}}</translation>
    </message>
    <message>
        <source>The URL. {{variables}} are percent-encoded; one at the very start supplies the scheme and host.</source>
        <translation>Die URL. {{variables}} werden prozentkodiert; eine Variable ganz am Anfang liefert Schema und Host.</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>Geheimnisse anzeigen</translation>
    </message>
    <message>
        <source>Show the values of secret headers</source>
        <translation>Werte geheimer Header anzeigen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move header up</source>
        <translation>Header nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move header down</source>
        <translation>Header nach unten verschieben</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>Content &amp;type:</source>
        <translation>Inhalts&amp;typ:</translation>
    </message>
    <message>
        <source>Body content type</source>
        <translation>Inhaltstyp des Body</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Form (urlencoded)</source>
        <translation>Formular (urlencoded)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formatieren</translation>
    </message>
    <message>
        <source>Indent the JSON body (Ctrl+Shift+F)</source>
        <translation>JSON-Body einrücken (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Format body</source>
        <translation>Body formatieren</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>&amp;Mapping</source>
        <translation>&amp;Zuordnung</translation>
    </message>
    <message>
        <source>Each {{variable}} of the templates and where its value comes from. Drop a field from the palette on a row to map that variable, or choose the source and field here.</source>
        <translation>Jede {{variable}} der Vorlagen und woher ihr Wert stammt. Ziehen Sie ein Feld aus der Palette auf eine Zeile, um diese Variable zuzuordnen, oder wählen Sie hier Quelle und Feld.</translation>
    </message>
    <message>
        <source>Variable mapping</source>
        <translation>Variablenzuordnung</translation>
    </message>
    <message>
        <source>Remove &amp;Unused Mappings</source>
        <translation>Ungenutzte Zuor&amp;dnungen entfernen</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>Z&amp;ustellung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeouts and retries&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zeitlimits und Wiederholungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attempt &amp;timeout:</source>
        <translation>Zeitlimit pro &amp;Versuch:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Attempt timeout in seconds</source>
        <translation>Zeitlimit pro Versuch in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Retry limit:</source>
        <translation>&amp;Wiederholungslimit:</translation>
    </message>
    <message>
        <source> retries</source>
        <translation> Wiederholungen</translation>
    </message>
    <message>
        <source>Retry limit</source>
        <translation>Wiederholungslimit</translation>
    </message>
    <message>
        <source>T&amp;otal timeout:</source>
        <translation>&amp;Gesamtzeitlimit:</translation>
    </message>
    <message>
        <source>Total timeout in seconds</source>
        <translation>Gesamtzeitlimit in Sekunden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waits between attempts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wartezeiten zwischen Versuchen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>First &amp;wait:</source>
        <translation>Er&amp;ste Wartezeit:</translation>
    </message>
    <message>
        <source>Wait before the first retry in seconds</source>
        <translation>Wartezeit vor der ersten Wiederholung in Sekunden</translation>
    </message>
    <message>
        <source>Wait &amp;growth:</source>
        <translation>&amp;Multiplikator:</translation>
    </message>
    <message>
        <source>Backoff multiplier</source>
        <translation>Multiplikator für die Wartezeit zwischen Versuchen (Backoff)</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>&amp;Longest wait:</source>
        <translation>&amp;Längste Wartezeit:</translation>
    </message>
    <message>
        <source>Longest wait in seconds</source>
        <translation>Längste Wartezeit in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>&amp;Jitter:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Jitter in percent</source>
        <translation>Jitter in Prozent</translation>
    </message>
    <message>
        <source>Each wait is shortened by a random amount of up to this much</source>
        <translation>Jede Wartezeit wird um einen zufälligen Betrag bis zu diesem Anteil verkürzt</translation>
    </message>
    <message>
        <source>Delivery schedule</source>
        <translation>Zustellplan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signing and TLS&lt;/b&gt;</source>
        <translation>&lt;b&gt;Signatur und TLS&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Signing:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Standard Webhooks (HMAC-SHA256)</source>
        <translation>Standard Webhooks (HMAC-SHA256)</translation>
    </message>
    <message>
        <source>Signing s&amp;ecret:</source>
        <translation>Signaturgehe&amp;imnis:</translation>
    </message>
    <message>
        <source>Signing secret reference</source>
        <translation>Verweis auf das Signaturgeheimnis</translation>
    </message>
    <message>
        <source>${SIGNING_SECRET}</source>
        <translation>${SIGNING_SECRET}</translation>
    </message>
    <message>
        <source>A ${NAME} reference to a whsec_ secret kept outside the file</source>
        <translation>Ein ${NAME}-Verweis auf ein whsec_-Geheimnis, das außerhalb der Datei aufbewahrt wird</translation>
    </message>
    <message>
        <source>Accept &amp;invalid TLS certificates (self-signed, expired, wrong host)</source>
        <translation>Ungültige TLS-Zertifikate akze&amp;ptieren (selbstsigniert, abgelaufen, falscher Host)</translation>
    </message>
    <message>
        <source>Never for production: anyone on the network path could read and change the requests</source>
        <translation>Nie in der Produktion: Jeder auf dem Netzwerkpfad könnte die Anfragen mitlesen und verändern</translation>
    </message>
    <message>
        <source>&amp;Success</source>
        <translation>&amp;Erfolg</translation>
    </message>
    <message>
        <source>Expected status:</source>
        <translation>Erwarteter Status:</translation>
    </message>
    <message>
        <source>Any &amp;2xx</source>
        <translation>Jeder &amp;2xx-Status</translation>
    </message>
    <message>
        <source>E&amp;xactly</source>
        <translation>E&amp;xakt</translation>
    </message>
    <message>
        <source>Expected status code</source>
        <translation>Erwarteter Statuscode</translation>
    </message>
    <message>
        <source>Response &amp;key:</source>
        <translation>Antwort&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Response key</source>
        <translation>Antwortschlüssel</translation>
    </message>
    <message>
        <source>optional, e.g. ok or data.accepted or items.0.ok</source>
        <translation>optional, z. B. ok oder data.accepted oder items.0.ok</translation>
    </message>
    <message>
        <source>Expected &amp;value:</source>
        <translation>Erwarteter &amp;Wert:</translation>
    </message>
    <message>
        <source>Expected value of the response key</source>
        <translation>Erwarteter Wert des Antwortschlüssels</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>Success condition</source>
        <translation>Erfolgsbedingung</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>E&amp;reignisse</translation>
    </message>
    <message>
        <source>The webhook is sent when any of the checked events happens.</source>
        <translation>Der Webhook wird gesendet, wenn eines der markierten Ereignisse eintritt.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Rename Webhook</source>
        <translation>Webhook umbenennen</translation>
    </message>
    <message>
        <source>Enable Webhook</source>
        <translation>Webhook aktivieren</translation>
    </message>
    <message>
        <source>Disable Webhook</source>
        <translation>Webhook deaktivieren</translation>
    </message>
    <message>
        <source>Change Method</source>
        <translation>Methode ändern</translation>
    </message>
    <message>
        <source>Edit URL</source>
        <translation>URL bearbeiten</translation>
    </message>
    <message>
        <source>Edit Body</source>
        <translation>Body bearbeiten</translation>
    </message>
    <message>
        <source>Change Content Type</source>
        <translation>Inhaltstyp ändern</translation>
    </message>
    <message>
        <source>Change Attempt Timeout</source>
        <translation>Zeitlimit pro Versuch ändern</translation>
    </message>
    <message>
        <source>Change Total Timeout</source>
        <translation>Gesamtzeitlimit ändern</translation>
    </message>
    <message>
        <source>Change Retry Limit</source>
        <translation>Wiederholungslimit ändern</translation>
    </message>
    <message>
        <source>Change Backoff</source>
        <translation>Wartezeit zwischen Versuchen ändern</translation>
    </message>
    <message>
        <source>Accept Invalid Certificates</source>
        <translation>Ungültige Zertifikate akzeptieren</translation>
    </message>
    <message>
        <source>Verify Certificates</source>
        <translation>Zertifikate prüfen</translation>
    </message>
    <message>
        <source>Change Signing</source>
        <translation>Signatur ändern</translation>
    </message>
    <message>
        <source>Edit Signing Secret</source>
        <translation>Signaturgeheimnis bearbeiten</translation>
    </message>
    <message>
        <source>Change Expected Status</source>
        <translation>Erwarteten Status ändern</translation>
    </message>
    <message>
        <source>Edit Response Key</source>
        <translation>Antwortschlüssel bearbeiten</translation>
    </message>
    <message>
        <source>Change Expected Value</source>
        <translation>Erwarteten Wert ändern</translation>
    </message>
    <message>
        <source>%1 requests normally have no body; many servers drop it. Clear it unless your receiver expects one.</source>
        <translation>%1-Anfragen haben normalerweise keinen Body; viele Server verwerfen ihn. Leeren Sie ihn, sofern Ihr Empfänger keinen erwartet.</translation>
    </message>
    <message>
        <source>%1 requests carry no body. Put the event&apos;s data in the URL with {{variables}}, or choose POST or PUT.</source>
        <translation>%1-Anfragen haben keinen Body. Übergeben Sie die Daten des Ereignisses mit {{variables}} in der URL oder wählen Sie POST oder PUT.</translation>
    </message>
    <message>
        <source>any 2xx status</source>
        <translation>jedem 2xx-Status</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Delivered on %1. Redirects count as failures.</source>
        <translation>Zugestellt bei %1. Weiterleitungen gelten als Fehlschlag.</translation>
    </message>
    <message>
        <source>Delivered on %1 when the JSON response holds %2 at &quot;%3&quot;.</source>
        <translation>Zugestellt bei %1, wenn die JSON-Antwort unter &quot;%3&quot; den Wert %2 enthält.</translation>
    </message>
    <message>
        <source>Format Body</source>
        <translation>Body formatieren</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>%1 einfügen</translation>
    </message>
    <message>
        <source>Empty with JSON: POST and PUT send the standard event envelope {&quot;event&quot;, &quot;event_id&quot;, &quot;timestamp&quot;, &quot;data&quot;}. Empty with form or text: an empty body.</source>
        <translation>Leer bei JSON: POST und PUT senden die Standardhülle des Ereignisses {&quot;event&quot;, &quot;event_id&quot;, &quot;timestamp&quot;, &quot;data&quot;}. Leer bei Formular oder Text: ein leerer Body.</translation>
    </message>
</context>
<context>
    <name>WebhookListController</name>
    <message>
        <source>New webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <source>Add Webhook</source>
        <translation>Webhook hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate Webhook</source>
        <translation>Webhook duplizieren</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Delete Webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo brings it back (%2).</source>
        <translation>&quot;%1&quot; gelöscht. Mit Rückgängig (%2) wiederherstellen.</translation>
    </message>
    <message>
        <source>Move Webhook</source>
        <translation>Webhook verschieben</translation>
    </message>
</context>
<context>
    <name>WebhookListModel</name>
    <message>
        <source>%1 %2
Events: %3%4</source>
        <translation>%1 %2
Ereignisse: %3%4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Disabled: never sent.</source>
        <translation>Deaktiviert: wird nie gesendet.</translation>
    </message>
    <message>
        <source>Enabled webhook</source>
        <translation>Aktivierter Webhook</translation>
    </message>
    <message>
        <source>Disabled webhook</source>
        <translation>Deaktivierter Webhook</translation>
    </message>
    <message>
        <source>Rename Webhook</source>
        <translation>Webhook umbenennen</translation>
    </message>
    <message>
        <source>Enable Webhook</source>
        <translation>Webhook aktivieren</translation>
    </message>
    <message>
        <source>Disable Webhook</source>
        <translation>Webhook deaktivieren</translation>
    </message>
</context>
<context>
    <name>WebhookSelection</name>
    <message>
        <source>The webhook, by name.</source>
        <translation>Der Name des Webhooks.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The event, e.g. call.ended.</source>
        <translation>Das Ereignis, z. B. call.ended.</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EREIGNIS</translation>
    </message>
    <message>
        <source>A JSON file of sample values that replace the campaign&apos;s, e.g. {&quot;callLog&quot;: {&quot;duration_seconds&quot;: 61}, &quot;contactFields&quot;: {...}}.</source>
        <translation>Eine JSON-Datei mit Beispielwerten, die die der Kampagne ersetzen, z. B. {&quot;callLog&quot;: {&quot;duration_seconds&quot;: 61}, &quot;contactFields&quot;: {...}}.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>What {{local_receiver}} stands for: the base URL of a running local receiver (default %1).</source>
        <translation>Wofür {{local_receiver}} steht: die Basis-URL eines laufenden lokalen Empfängers (Standard: %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The campaign file.</source>
        <translation>Die Kampagnendatei.</translation>
    </message>
    <message>
        <source>%1: name one FILE, --webhook NAME and --event EVENT.</source>
        <translation>%1: Geben Sie eine DATEI, --webhook NAME und --event EREIGNIS an.</translation>
    </message>
    <message>
        <source>%1: --receiver: &quot;%2&quot; is not an http:// or https:// URL.</source>
        <translation>%1: --receiver: &quot;%2&quot; ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>%1: no webhook is named &quot;%2&quot;; the campaign has: %3.</source>
        <translation>%1: Es gibt keinen Webhook namens &quot;%2&quot;; die Kampagne enthält: %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an event; run &quot;webhook-studio-cli events&quot;.</source>
        <translation>%1: &quot;%2&quot; ist kein Ereignis; führen Sie &quot;webhook-studio-cli events&quot; aus.</translation>
    </message>
    <message>
        <source>%1: note: &quot;%2&quot; is not subscribed to %3; going ahead anyway.</source>
        <translation>%1: Hinweis: &quot;%2&quot; hat %3 nicht abonniert; es wird trotzdem fortgefahren.</translation>
    </message>
    <message>
        <source>Expected a JSON object of sample values.</source>
        <translation>Erwartet wurde ein JSON-Objekt mit Beispielwerten.</translation>
    </message>
    <message>
        <source>A real body of the event (JSON, &quot;-&quot; for standard input) to use as its sample, as the app&apos;s own payloads: its fields are mappable as event_payload fields, its call, contact and outcome values replace the campaign&apos;s.</source>
        <translation>Ein echter Body des Ereignisses (JSON, „-“ für die Standardeingabe) als dessen Beispiel, wie die eigenen Payloads der App: Seine Felder sind als event_payload-Felder zuordenbar, seine Anruf-, Kontakt- und Ergebniswerte ersetzen die der Kampagne.</translation>
    </message>
    <message>
        <source>This value looks like a secret; it is replaced by %1.</source>
        <translation>Dieser Wert sieht wie ein Geheimnis aus; er wird durch %1 ersetzt.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, test and export campaign webhooks.</source>
        <translation>Kampagnen-Webhooks entwerfen, testen und exportieren.</translation>
    </message>
    <message>
        <source>Colours: system, light or dark.</source>
        <translation>Farbschema: system, light oder dark.</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>SCHEMA</translation>
    </message>
    <message>
        <source>A campaign file (*.webhooks.json) to open.</source>
        <translation>Eine zu öffnende Kampagnendatei (*.webhooks.json).</translation>
    </message>
</context>
</TS>
