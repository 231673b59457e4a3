<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppOptions</name>
    <message>
        <source>GridTwin live operations console</source>
        <translation>GridTwin Leitstand für den Live-Betrieb</translation>
    </message>
    <message>
        <source>Render the main window offscreen into FILE.png and exit.</source>
        <translation>Hauptfenster ohne Bildschirm in FILE.png rendern und beenden.</translation>
    </message>
    <message>
        <source>Simulated seconds to run before the screenshot.</source>
        <translation>Simulierte Sekunden vor dem Bildschirmfoto.</translation>
    </message>
    <message>
        <source>Colour theme: dark or light.</source>
        <translation>Farbschema: dark (dunkel) oder light (hell).</translation>
    </message>
    <message>
        <source>Language: en, de or zh_CN.</source>
        <translation>Sprache: en, de oder zh_CN.</translation>
    </message>
    <message>
        <source>--after expects a number of seconds &gt;= 0, found &quot;%1&quot;</source>
        <translation>--after erwartet eine Sekundenzahl &gt;= 0, gefunden „%1“</translation>
    </message>
    <message>
        <source>--theme expects dark or light, found &quot;%1&quot;</source>
        <translation>--theme erwartet dark oder light, gefunden „%1“</translation>
    </message>
    <message>
        <source>--lang expects en, de or zh_CN, found &quot;%1&quot;</source>
        <translation>--lang erwartet en, de oder zh_CN, gefunden „%1“</translation>
    </message>
    <message>
        <source>Window the screenshot shows: %1.</source>
        <translation>Fenster, das das Bildschirmfoto zeigt: %1.</translation>
    </message>
    <message>
        <source>--screen expects one of %1, found &quot;%2&quot;</source>
        <translation>--screen erwartet eines von %1, gefunden „%2“</translation>
    </message>
    <message>
        <source>User profile: operator, engineer or compliance.</source>
        <translation>Benutzerprofil: operator (Bediener), engineer (Ingenieur) oder compliance (Compliance).</translation>
    </message>
    <message>
        <source>Data source: sim, replay:FILE.csv, replay:FILE.db#SITE, devices:HOST:PORT[:INV,BESS,MTR], prometheus:URL or dcgm:URL.</source>
        <translation>Datenquelle: sim, replay:DATEI.csv, replay:DATEI.db#STANDORT, devices:HOST:PORT[:INV,BESS,MTR], prometheus:URL oder dcgm:URL.</translation>
    </message>
    <message>
        <source>Record every sample and alarm into this historian file.</source>
        <translation>Jeden Messwert und jeden Alarm in diese Historian-Datei aufzeichnen.</translation>
    </message>
    <message>
        <source>--profile expects operator, engineer or compliance, found &quot;%1&quot;</source>
        <translation>--profile erwartet operator, engineer oder compliance, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Site JSON to show; its data_sources.live_source is opened unless --source is given.</source>
        <translation>Anzuzeigende Standort-JSON; ihre data_sources.live_source wird geöffnet, sofern --source nicht angegeben ist.</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::AlarmListView</name>
    <message>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <source>Acknowledge alarm</source>
        <translation>Alarm quittieren</translation>
    </message>
    <message>
        <source>Acknowledge the selected alarms (Ctrl+K)</source>
        <translation>Ausgewählte Alarme quittieren (Strg+K)</translation>
    </message>
    <message>
        <source>%1 active, %2 unacknowledged</source>
        <translation>%1 aktiv, %2 nicht quittiert</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::AlarmTableModel</name>
    <message>
        <source>Peak threshold exceeded</source>
        <translation>Spitzenlastschwelle überschritten</translation>
    </message>
    <message>
        <source>SoC below reserve</source>
        <translation>Ladezustand unter Reserve</translation>
    </message>
    <message>
        <source>Export limit reached</source>
        <translation>Einspeisegrenze erreicht</translation>
    </message>
    <message>
        <source>Data stale</source>
        <translation>Daten veraltet</translation>
    </message>
    <message>
        <source>Source fault</source>
        <translation>Quellenfehler</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>active, acknowledged</source>
        <translation>aktiv, quittiert</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>cleared, acknowledged</source>
        <translation>gegangen, quittiert</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>gegangen</translation>
    </message>
    <message>
        <source>Time (site)</source>
        <translation>Zeit (Standort)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::ConnectionDialog</name>
    <message>
        <source>as fast as possible</source>
        <translation>so schnell wie möglich</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
    <message>
        <source>Record to historian</source>
        <translation>Im Historian aufzeichnen</translation>
    </message>
    <message>
        <source>Connect to a data source</source>
        <translation>Mit einer Datenquelle verbinden</translation>
    </message>
    <message>
        <source>Reference-site simulation</source>
        <translation>Simulation des Referenzstandorts</translation>
    </message>
    <message>
        <source>Recorded log</source>
        <translation>Aufgezeichnetes Protokoll</translation>
    </message>
    <message>
        <source>Site devices (SunSpec)</source>
        <translation>Anlagengeräte (SunSpec)</translation>
    </message>
    <message>
        <source>GPU power (Prometheus / DCGM)</source>
        <translation>GPU-Leistung (Prometheus / DCGM)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Last good (UTC)</source>
        <translation>Zuletzt gut (UTC)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Current source</source>
        <translation>Aktuelle Quelle</translation>
    </message>
    <message>
        <source>The embedded simulation of the reference site (15 MW GPU cluster, 5 MWp PV, 20 MWh BESS) with the bundled PVGIS weather.</source>
        <translation>Die eingebaute Simulation des Referenzstandorts (15-MW-GPU-Cluster, 5 MWp PV, 20-MWh-Batteriespeicher) mit den mitgelieferten PVGIS-Wetterdaten.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>time-series CSV or historian file</source>
        <translation>Zeitreihen-CSV oder Historian-Datei</translation>
    </message>
    <message>
        <source>site name (historian files only)</source>
        <translation>Standortname (nur Historian-Dateien)</translation>
    </message>
    <message>
        <source>From the beginning of the log</source>
        <translation>Ab Beginn des Protokolls</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>Beginnen bei</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>PV inverter unit id (0 = none)</source>
        <translation>Unit-ID des PV-Wechselrichters (0 = keiner)</translation>
    </message>
    <message>
        <source>BESS unit id (0 = none)</source>
        <translation>Unit-ID des Batteriespeichers (0 = keiner)</translation>
    </message>
    <message>
        <source>Site meter unit id (0 = none)</source>
        <translation>Unit-ID des Standortzählers (0 = keiner)</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>Abfrageintervall</translation>
    </message>
    <message>
        <source>Prometheus query</source>
        <translation>Prometheus-Abfrage</translation>
    </message>
    <message>
        <source>DCGM exporter /metrics</source>
        <translation>DCGM-Exporter /metrics</translation>
    </message>
    <message>
        <source>IT power per GPU power: CPUs, memory, network and fans of the nodes (about 1.8 for a DGX H100: 10.2 kW per 8 x 700 W)</source>
        <translation>IT-Leistung je GPU-Leistung: CPUs, Speicher, Netzwerk und Lüfter der Knoten (etwa 1,8 für ein DGX H100: 10,2 kW je 8 × 700 W)</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Lesen von</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>PromQL (W)</source>
        <translation>PromQL (W)</translation>
    </message>
    <message>
        <source>Node overhead factor</source>
        <translation>Knoten-Zuschlagsfaktor</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Time-series CSV (*.csv);;Historian (*.db *.sqlite);;All files (*)</source>
        <translation>Zeitreihen-CSV (*.csv);;Historian (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Historian file</source>
        <translation>Historian-Datei</translation>
    </message>
    <message>
        <source>Historian (*.db *.sqlite)</source>
        <translation>Historian (*.db *.sqlite)</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>GPU power %1</source>
        <translation>GPU-Leistung %1</translation>
    </message>
    <message>
        <source>at %1 of %2 .. %3</source>
        <translation>bei %1 von %2 .. %3</translation>
    </message>
    <message>
        <source>Historian %1</source>
        <translation>Historian %1</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>zeichnet auf</translation>
    </message>
    <message>
        <source>write errors</source>
        <translation>Schreibfehler</translation>
    </message>
    <message>
        <source>PV inverter</source>
        <translation>PV-Wechselrichter</translation>
    </message>
    <message>
        <source>BESS</source>
        <translation>Batteriespeicher</translation>
    </message>
    <message>
        <source>site meter</source>
        <translation>Standortzähler</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>waiting to reconnect</source>
        <translation>warte auf Neuverbindung</translation>
    </message>
    <message>
        <source>%1 steps written, %2 queued</source>
        <translation>%1 Zeitschritte geschrieben, %2 in der Warteschlange</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::KpiTilesView</name>
    <message>
        <source>Grid import</source>
        <translation>Netzbezug</translation>
    </message>
    <message>
        <source>Billing interval mean</source>
        <translation>Mittelwert Abrechnungsintervall</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Energy today</source>
        <translation>Energie heute</translation>
    </message>
    <message>
        <source>Energy cost today</source>
        <translation>Energiekosten heute</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>CO₂-Intensität</translation>
    </message>
    <message>
        <source>export %1</source>
        <translation>Einspeisung %1</translation>
    </message>
    <message>
        <source>threshold %1 · month peak %2</source>
        <translation>Schwelle %1 · Monatsspitze %2</translation>
    </message>
    <message>
        <source>so far in this interval · threshold %1</source>
        <translation>bisher in diesem Intervall · Schwelle %1</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <source>empty in %1</source>
        <translation>leer in %1</translation>
    </message>
    <message>
        <source>full in %1</source>
        <translation>voll in %1</translation>
    </message>
    <message>
        <source>imported · exported %1 · PV %2</source>
        <translation>bezogen · eingespeist %1 · PV %2</translation>
    </message>
    <message>
        <source>energy only, since midnight</source>
        <translation>nur Energie, seit Mitternacht</translation>
    </message>
    <message>
        <source>emissions today %1 CO₂e</source>
        <translation>Emissionen heute %1 CO₂e</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::MainWindow</name>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>faulted</source>
        <translation>gestört</translation>
    </message>
    <message>
        <source>max speed</source>
        <translation>maximale Geschwindigkeit</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Verläufe</translation>
    </message>
    <message>
        <source>Alarms and events</source>
        <translation>Alarme und Ereignisse</translation>
    </message>
    <message>
        <source>GridTwin: %1 (live)</source>
        <translation>GridTwin: %1 (live)</translation>
    </message>
    <message>
        <source>Weather: PVGIS TMY 45.0N 8.0E (bundled); prices and carbon: built-in example profiles</source>
        <translation>Wetter: PVGIS TMY 45.0N 8.0E (mitgeliefert); Preise und CO₂: eingebaute Beispielprofile</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the source (Space)</source>
        <translation>Quelle anhalten oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Produce one sample while paused (S)</source>
        <translation>Im Pausenzustand einen Messwert erzeugen (S)</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Geschwindigkeit:</translation>
    </message>
    <message>
        <source>Run at %1 (%2)</source>
        <translation>Mit %1 laufen (%2)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About GridTwin</source>
        <translation>&amp;Über GridTwin</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Simulated time: %1 UTC · %2 %3</source>
        <translation>Simulierte Zeit: %1 UTC · %2 %3</translation>
    </message>
    <message>
        <source>About GridTwin</source>
        <translation>Über GridTwin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GridTwin %1&lt;/h3&gt;&lt;p&gt;Energy digital twin for AI compute sites: GPU cluster, PV, battery storage and grid.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GridTwin %1&lt;/h3&gt;&lt;p&gt;Digitaler Energie-Zwilling für KI-Rechenzentren: GPU-Cluster, PV, Batteriespeicher und Netz.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später (GPL-3.0-or-later). Dieses Programm kommt OHNE JEGLICHE GEWÄHRLEISTUNG.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Connect to a data source...</source>
        <translation>Mit einer Datenquelle &amp;verbinden...</translation>
    </message>
    <message>
        <source>Engineering &amp;workbench...</source>
        <translation>Ingenieur-&amp;Werkbank...</translation>
    </message>
    <message>
        <source>&amp;Report...</source>
        <translation>&amp;Bericht...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Setpoint writing</source>
        <translation>Sollwerte schreiben</translation>
    </message>
    <message>
        <source>Source time: %1 UTC · %2 %3</source>
        <translation>Quellzeit: %1 UTC · %2 %3</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::PowerFlowView</name>
    <message>
        <source>PV</source>
        <translation>PV</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>BESS</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Site bus</source>
        <translation>Standort-Sammelschiene</translation>
    </message>
    <message>
        <source>GPU cluster (IT)</source>
        <translation>GPU-Cluster (IT)</translation>
    </message>
    <message>
        <source>Cooling / aux</source>
        <translation>Kühlung / Hilfsbetriebe</translation>
    </message>
    <message>
        <source>curtailed %1</source>
        <translation>abgeregelt %1</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <source>export</source>
        <translation>Einspeisung</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <source>discharging</source>
        <translation>entlädt</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>lädt</translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation>Warte auf Daten…</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::ReplayControl</name>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Position in the recorded log; release to seek</source>
        <translation>Position im aufgezeichneten Protokoll; loslassen, um dorthin zu springen</translation>
    </message>
    <message>
        <source>Seek to this time (UTC)</source>
        <translation>Zu dieser Zeit springen (UTC)</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::ReportDialog</name>
    <message>
        <source>Compliance white paper</source>
        <translation>Compliance-Whitepaper</translation>
    </message>
    <message>
        <source>&quot;demo&quot; for the reference site, or a site JSON file</source>
        <translation>&quot;demo&quot; für den Referenzstandort oder eine Standort-JSON-Datei</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Year (UTC)</source>
        <translation>Jahr (UTC)</translation>
    </message>
    <message>
        <source>Language of the report, independent of the application&apos;s language</source>
        <translation>Sprache des Berichts, unabhängig von der Sprache der Anwendung</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Berichtssprache</translation>
    </message>
    <message>
        <source>bundled demo input (demo site) or none</source>
        <translation>mitgelieferte Demo-Eingabe (Demo-Standort) oder keine</translation>
    </message>
    <message>
        <source>Grid factors</source>
        <translation>Netzemissionsfaktoren</translation>
    </message>
    <message>
        <source>site&apos;s carbon input or bundled demo factors</source>
        <translation>CO2-Eingabe des Standorts oder mitgelieferte Demo-Faktoren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>GOs, PPAs, residual mix</source>
        <translation>Herkunftsnachweise, PPAs, Reststrommix</translation>
    </message>
    <message>
        <source>Slurm sacct -P</source>
        <translation>Slurm sacct -P</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Carbon prices by quarter</source>
        <translation>CO2-Preise je Quartal</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>&amp;Cancel generation</source>
        <translation>Erzeugung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Save &amp;PDF...</source>
        <translation>&amp;PDF speichern...</translation>
    </message>
    <message>
        <source>Save &amp;ledger CSV...</source>
        <translation>&amp;Bilanz-CSV speichern...</translation>
    </message>
    <message>
        <source>Choose the inputs and generate.</source>
        <translation>Eingaben wählen und erzeugen.</translation>
    </message>
    <message>
        <source>No report generated yet.</source>
        <translation>Noch kein Bericht erzeugt.</translation>
    </message>
    <message>
        <source>Save the white paper</source>
        <translation>Whitepaper speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Save the hourly ledger</source>
        <translation>Stündliche Bilanz speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Generating...</source>
        <translation>Wird erzeugt...</translation>
    </message>
    <message>
        <source>Cancelling after the current stage...</source>
        <translation>Abbruch nach dem aktuellen Schritt...</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 pages; manifest SHA-256 %2; study %3 s, document %4 s</source>
        <translation>%1 Seiten; Manifest SHA-256 %2; Studie %3 s, Dokument %4 s</translation>
    </message>
    <message>
        <source>Nothing generated yet.</source>
        <translation>Noch nichts erzeugt.</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>%1 gespeichert (%2 Seiten).</translation>
    </message>
    <message>
        <source>Saved %1 (%2 hours).</source>
        <translation>%1 gespeichert (%2 Stunden).</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::SettingsDialog</name>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Ingenieur</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Watch the site and acknowledge alarms.</source>
        <translation>Den Standort beobachten und Alarme quittieren.</translation>
    </message>
    <message>
        <source>Commission sources, tune the controller in the workbench and, when explicitly enabled, write setpoints to devices.</source>
        <translation>Quellen in Betrieb nehmen, den Regler in der Werkbank abstimmen und, wenn ausdrücklich freigegeben, Sollwerte an Geräte schreiben.</translation>
    </message>
    <message>
        <source>Read the carbon ledger and produce reports.</source>
        <translation>Die CO2-Bilanz einsehen und Berichte erstellen.</translation>
    </message>
    <message>
        <source>Allow writing setpoints to devices</source>
        <translation>Schreiben von Sollwerten an Geräte erlauben</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Reason (recorded in the audit log)</source>
        <translation>Begründung (wird im Audit-Protokoll festgehalten)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Only the engineer profile can write setpoints.</source>
        <translation>Nur das Ingenieurprofil kann Sollwerte schreiben.</translation>
    </message>
    <message>
        <source>Open a project file first: the permission change is recorded in its audit log.</source>
        <translation>Zuerst eine Projektdatei öffnen: Die Änderung der Berechtigung wird in ihrem Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Enter a reason to enable setpoint writing.</source>
        <translation>Begründung eingeben, um das Schreiben von Sollwerten freizugeben.</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::TrendPanel</name>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>Time window of the trends</source>
        <translation>Zeitfenster der Verläufe</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Einfrieren</translation>
    </message>
    <message>
        <source>Freeze the trends to inspect them with the mouse cursor</source>
        <translation>Verläufe einfrieren, um sie mit dem Mauszeiger abzulesen</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>PV</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>BESS</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Month peak</source>
        <translation>Monatsspitze</translation>
    </message>
    <message>
        <source>SoC</source>
        <translation>Ladezustand</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <source>Power (MW)</source>
        <translation>Leistung (MW)</translation>
    </message>
    <message>
        <source>SoC (%)</source>
        <translation>Ladezustand (%)</translation>
    </message>
    <message>
        <source>€/MWh</source>
        <translation>€/MWh</translation>
    </message>
    <message>
        <source>g/kWh</source>
        <translation>g/kWh</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Zeitfenster:</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>%1 · PV %2 · load %3 · grid %4 %5 · BESS %6 %7 · SoC %8 · %9 €/MWh · %10</source>
        <translation>%1 · PV %2 · Last %3 · Netz %4 %5 · Speicher %6 %7 · Ladezustand %8 · %9 €/MWh · %10</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <source>export</source>
        <translation>Einspeisung</translation>
    </message>
    <message>
        <source>discharge</source>
        <translation>Entladung</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>Ladung</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::UnitFormat</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
</TS>
