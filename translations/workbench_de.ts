<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ParameterEditCommand</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::CandidateSite</name>
    <message>
        <source>unknown parameter %1</source>
        <translation>unbekannter Parameter %1</translation>
    </message>
    <message>
        <source>expected %1, found &apos;%2&apos;</source>
        <translation>erwartet %1, gefunden &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::DataSourcesEditor</name>
    <message>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Live source the console opens</source>
        <translation>Live-Quelle, die die Konsole öffnet</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Field devices of this site (the table below)</source>
        <translation>Feldgeräte dieses Standorts (Tabelle unten)</translation>
    </message>
    <message>
        <source>Modbus TCP gateway (devsim unit ids)</source>
        <translation>Modbus-TCP-Gateway (Unit-IDs wie devsim)</translation>
    </message>
    <message>
        <source>Replay of a recorded log</source>
        <translation>Wiedergabe eines aufgezeichneten Protokolls</translation>
    </message>
    <message>
        <source>Prometheus (GPU power)</source>
        <translation>Prometheus (GPU-Leistung)</translation>
    </message>
    <message>
        <source>dcgm-exporter (GPU power)</source>
        <translation>dcgm-exporter (GPU-Leistung)</translation>
    </message>
    <message>
        <source>Live source kind</source>
        <translation>Art der Live-Quelle</translation>
    </message>
    <message>
        <source>Live source address</source>
        <translation>Adresse der Live-Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Field devices (SunSpec over Modbus TCP, one per role)</source>
        <translation>Feldgeräte (SunSpec über Modbus TCP, eines je Rolle)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
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
        <source>Unit id</source>
        <translation>Unit-ID</translation>
    </message>
    <message>
        <source>Poll interval (ms)</source>
        <translation>Abfrageintervall (ms)</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>Gerät hinzufügen</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>Gerät entfernen</translation>
    </message>
    <message>
        <source>Scan host</source>
        <translation>Zu durchsuchender Host</translation>
    </message>
    <message>
        <source>Scan port</source>
        <translation>Zu durchsuchender Port</translation>
    </message>
    <message>
        <source>Probe the unit ids of the host for SunSpec devices and list one device per role</source>
        <translation>Die Unit-IDs des Hosts nach SunSpec-Geräten absuchen und je Rolle ein Gerät eintragen</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>No field devices: add them, or scan a gateway.</source>
        <translation>Keine Feldgeräte: Geräte hinzufügen oder ein Gateway durchsuchen.</translation>
    </message>
    <message>
        <source>Opens: %1</source>
        <translation>Öffnet: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>unknown live source kind %1</source>
        <translation>unbekannte Art der Live-Quelle %1</translation>
    </message>
    <message>
        <source>no device in row %1</source>
        <translation>kein Gerät in Zeile %1</translation>
    </message>
    <message>
        <source>expected one device per role (device %1 is already the %2), found &apos;%2&apos;</source>
        <translation>erwartet ein Gerät je Rolle (Gerät %1 ist bereits %2), gefunden „%2“</translation>
    </message>
    <message>
        <source>Refused: every role (inverter, storage, meter) has a device; remove one first.</source>
        <translation>Abgelehnt: Jede Rolle (inverter, storage, meter) hat bereits ein Gerät; zuerst eines entfernen.</translation>
    </message>
    <message>
        <source>add %1 device</source>
        <translation>%1-Gerät hinzufügen</translation>
    </message>
    <message>
        <source>remove %1 device</source>
        <translation>%1-Gerät entfernen</translation>
    </message>
    <message>
        <source>Refused: expected first unit id &lt;= last, found %1 &gt; %2</source>
        <translation>Abgelehnt: erwartet erste Unit-ID &lt;= letzte, gefunden %1 &gt; %2</translation>
    </message>
    <message>
        <source>Scanning %1:%2, units %3-%4…</source>
        <translation>Durchsuche %1:%2, Units %3-%4…</translation>
    </message>
    <message>
        <source>No connection to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>No SunSpec inverter, storage or meter answered at %1; the device list is unchanged.</source>
        <translation>Unter %1 hat kein SunSpec-Wechselrichter, -Speicher oder -Zähler geantwortet; die Geräteliste bleibt unverändert.</translation>
    </message>
    <message>
        <source>%1 (unit %2)</source>
        <translation>%1 (Unit %2)</translation>
    </message>
    <message>
        <source>Found at %1: %2.</source>
        <translation>Gefunden unter %1: %2.</translation>
    </message>
    <message>
        <source>Not listed (no role or role taken): units %1.</source>
        <translation>Nicht eingetragen (keine Rolle oder Rolle vergeben): Units %1.</translation>
    </message>
    <message>
        <source>devices found at %1</source>
        <translation>unter %1 gefundene Geräte</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::DevicesPage</name>
    <message>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Run point checks</source>
        <translation>Punktprüfungen ausführen</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>Host name or IP address of the Modbus TCP gateway or device</source>
        <translation>Hostname oder IP-Adresse des Modbus-TCP-Gateways oder Geräts</translation>
    </message>
    <message>
        <source>First Modbus unit id to probe (1..247)</source>
        <translation>Erste abzufragende Modbus-Unit-ID (1..247)</translation>
    </message>
    <message>
        <source>Last Modbus unit id to probe (1..247)</source>
        <translation>Letzte abzufragende Modbus-Unit-ID (1..247)</translation>
    </message>
    <message>
        <source>How long to wait for each answer</source>
        <translation>Wie lange auf jede Antwort gewartet wird</translation>
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
        <source>Unit ids</source>
        <translation>Unit-IDs</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Probe every unit id of the range for SunSpec devices (Ctrl+Return)</source>
        <translation>Jede Unit-ID des Bereichs nach SunSpec-Geräten abfragen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Device / model / point</source>
        <translation>Gerät / Modell / Punkt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Enter the address of the site&apos;s Modbus TCP gateway (or gridtwin-devsim) and scan.</source>
        <translation>Adresse des Modbus-TCP-Gateways des Standorts (oder von gridtwin-devsim) eingeben und scannen.</translation>
    </message>
    <message>
        <source>Refused: expected first unit id &lt;= last, found %1 &gt; %2</source>
        <translation>Abgelehnt: erwartet erste Unit-ID &lt;= letzte, gefunden %1 &gt; %2</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Scanne %1…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Unit %1: %2 %3 (serial %4)</source>
        <translation>Unit %1: %2 %3 (Seriennummer %4)</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>unbekanntes Modell</translation>
    </message>
    <message>
        <source>Model %1: %2</source>
        <translation>Modell %1: %2</translation>
    </message>
    <message>
        <source>No connection to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1 SunSpec devices found at %2%3.</source>
        <translation>%1 SunSpec-Geräte gefunden bei %2%3.</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>Unit %1: %2</source>
        <translation>Unit %1: %2</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>unit %1, model %2</source>
        <translation>Unit %1, Modell %2</translation>
    </message>
    <message>
        <source>Point checks: %1 passed, %2 failed, %3 skipped: %4</source>
        <translation>Punktprüfungen: %1 bestanden, %2 fehlgeschlagen, %3 übersprungen: %4</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Save point-check report</source>
        <translation>Punktprüfungsbericht speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Text (*.txt)</source>
        <translation>CSV (*.csv);;Text (*.txt)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::ExplanationPage</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Which rule or limit set the candidate&apos;s battery power, per interval (whole period; click to zoom into that day):</source>
        <translation>Welche Regel oder Grenze die Batterieleistung des Kandidaten bestimmt hat, je Intervall (ganzer Zeitraum; Klick zoomt auf diesen Tag):</translation>
    </message>
    <message>
        <source>Interval under the cursor</source>
        <translation>Intervall unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>Run a tuning comparison first; then move the mouse over the timeline.</source>
        <translation>Zuerst einen Tuning-Vergleich rechnen; dann die Maus über die Zeitleiste bewegen.</translation>
    </message>
    <message>
        <source>Day %1 (UTC), 00:00 to 24:00:</source>
        <translation>Tag %1 (UTC), 00:00 bis 24:00:</translation>
    </message>
    <message>
        <source>%1 (%2 % of the time)</source>
        <translation>%1 (%2 % der Zeit)</translation>
    </message>
    <message>
        <source>discharging %1</source>
        <translation>entlädt %1</translation>
    </message>
    <message>
        <source>charging %1</source>
        <translation>lädt %1</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 UTC&lt;/b&gt; (%2 min interval)&lt;br&gt;&lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; &lt;b&gt;%4&lt;/b&gt;: %5&lt;br&gt;Battery: %6, SoC %7 %&lt;br&gt;Grid import with the candidate: %8&lt;br&gt;Grid import without the battery (counterfactual): %9&lt;br&gt;Baseline grid import: %10</source>
        <translation>&lt;b&gt;%1 UTC&lt;/b&gt; (%2-min-Intervall)&lt;br&gt;&lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; &lt;b&gt;%4&lt;/b&gt;: %5&lt;br&gt;Batterie: %6, SoC %7 %&lt;br&gt;Netzbezug mit dem Kandidaten: %8&lt;br&gt;Netzbezug ohne Batterie (kontrafaktisch): %9&lt;br&gt;Netzbezug der Basis: %10</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::ExportVersionDialog</name>
    <message>
        <source>Export candidate as configuration version</source>
        <translation>Kandidat als Konfigurationsversion exportieren</translation>
    </message>
    <message>
        <source>Author (who)</source>
        <translation>Autor (wer)</translation>
    </message>
    <message>
        <source>Time (when)</source>
        <translation>Zeit (wann)</translation>
    </message>
    <message>
        <source>Why this change, e.g. &quot;threshold lowered after the March peak review&quot;</source>
        <translation>Warum diese Änderung, z. B. „Schwelle nach der Spitzenlast-Prüfung im März gesenkt“</translation>
    </message>
    <message>
        <source>Reason (why)</source>
        <translation>Begründung (warum)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>Projektdatei</translation>
    </message>
    <message>
        <source>No parameter differs from the baseline.</source>
        <translation>Kein Parameter weicht von der Basis ab.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Export version</source>
        <translation>Version exportieren</translation>
    </message>
    <message>
        <source>GridTwin project (*.gridtwin *.sqlite);;All files (*)</source>
        <translation>GridTwin-Projekt (*.gridtwin *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>expected a project file, found nothing</source>
        <translation>erwartet eine Projektdatei, nichts angegeben</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::HeatmapView</name>
    <message>
        <source>Choose two parameters and run a sweep for a heatmap.</source>
        <translation>Zwei Parameter wählen und einen Sweep starten, um eine Heatmap zu erhalten.</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::InputSeriesEditor</name>
    <message>
        <source>%1 hourly values from %2</source>
        <translation>%1 Stundenwerte ab %2</translation>
    </message>
    <message>
        <source>unknown input series %1</source>
        <translation>unbekannte Eingangsreihe %1</translation>
    </message>
    <message>
        <source>Weather (PVGIS TMY)</source>
        <translation>Wetter (PVGIS TMY)</translation>
    </message>
    <message>
        <source>PVGIS TMY (*.csv *.json);;All files (*)</source>
        <translation>PVGIS TMY (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Energy price</source>
        <translation>Energiepreis</translation>
    </message>
    <message>
        <source>Price CSV (*.csv);;All files (*)</source>
        <translation>Preis-CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>CO₂-Intensität des Netzes</translation>
    </message>
    <message>
        <source>Carbon intensity CSV (*.csv);;All files (*)</source>
        <translation>CO₂-Intensitäts-CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Empty: the bundled PVGIS TMY for 45 N, 8 E is used.</source>
        <translation>Leer: Das mitgelieferte PVGIS-TMY für 45 N, 8 E wird verwendet.</translation>
    </message>
    <message>
        <source>Empty: the built-in example profile is used (labelled as an example in results and reports).</source>
        <translation>Leer: Das eingebaute Beispielprofil wird verwendet (in Ergebnissen und Berichten als Beispiel gekennzeichnet).</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Gelesen: %1</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::KpiDeltaTable</name>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Δ candidate − baseline</source>
        <translation>Δ Kandidat − Basis</translation>
    </message>
    <message>
        <source>No run yet: change a parameter or press Run.</source>
        <translation>Noch kein Lauf: einen Parameter ändern oder „Ausführen“ drücken.</translation>
    </message>
    <message>
        <source>better than the baseline</source>
        <translation>besser als die Basis</translation>
    </message>
    <message>
        <source>worse than the baseline</source>
        <translation>schlechter als die Basis</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::LiveWritingPanel</name>
    <message>
        <source>Stop writing</source>
        <translation>Schreiben beenden</translation>
    </message>
    <message>
        <source>Releases the battery to its own control and closes the device connection</source>
        <translation>Gibt die Batterie an ihre eigene Regelung zurück und schließt die Geräteverbindung</translation>
    </message>
    <message>
        <source>Already writing to %1; stop first.</source>
        <translation>Schreibt bereits auf %1; zuerst beenden.</translation>
    </message>
    <message>
        <source>No project file is open to record the writes in (open one with --db or record to a historian); nothing was written.</source>
        <translation>Keine Projektdatei offen, um die Schreibvorgänge zu protokollieren (mit --db öffnen oder in einen Historian aufzeichnen); nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The site lists no storage device; nothing was written.</source>
        <translation>Der Standort führt kein Speichergerät; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1:%2 (storage unit %3)</source>
        <translation>%1:%2 (Speicher-Unit %3)</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Not writing to devices.</source>
        <translation>Es wird nicht auf Geräte geschrieben.</translation>
    </message>
    <message>
        <source>Writing to %1.</source>
        <translation>Schreibt auf %1.</translation>
    </message>
    <message>
        <source>Stopped writing to %1.</source>
        <translation>Schreiben auf %1 beendet.</translation>
    </message>
    <message>
        <source>Last setpoint %1 (%2).</source>
        <translation>Letzter Sollwert %1 (%2).</translation>
    </message>
    <message>
        <source>Battery released to its own control.</source>
        <translation>Batterie an ihre eigene Regelung zurückgegeben.</translation>
    </message>
    <message>
        <source>Waiting for the first trusted measurement…</source>
        <translation>Warte auf den ersten vertrauenswürdigen Messwert…</translation>
    </message>
    <message>
        <source>Released: %1.</source>
        <translation>Freigegeben: %1.</translation>
    </message>
    <message>
        <source>Storage device not connected.</source>
        <translation>Speichergerät nicht verbunden.</translation>
    </message>
    <message>
        <source>Storage device reports %1.</source>
        <translation>Speichergerät meldet %1.</translation>
    </message>
    <message>
        <source>Device error: %1</source>
        <translation>Gerätefehler: %1</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::NewSiteWizard</name>
    <message>
        <source>New site</source>
        <translation>Neuer Standort</translation>
    </message>
    <message>
        <source>Site and location</source>
        <translation>Standort und Lage</translation>
    </message>
    <message>
        <source>Name, coordinates and the IANA time zone that billing periods and reports use.</source>
        <translation>Name, Koordinaten und die IANA-Zeitzone, die Abrechnungszeiträume und Berichte verwenden.</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>PV</translation>
    </message>
    <message>
        <source>The first PV array; add more in the site editor.</source>
        <translation>Das erste PV-Feld; weitere im Standort-Editor hinzufügen.</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Usable energy, PCS rating and the SoC window.</source>
        <translation>Nutzbare Energie, PCS-Nennleistung und das SoC-Fenster.</translation>
    </message>
    <message>
        <source>Grid and tariff</source>
        <translation>Netz und Tarif</translation>
    </message>
    <message>
        <source>Connection limits and how the peak is billed.</source>
        <translation>Anschlussgrenzen und wie die Spitzenlast abgerechnet wird.</translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation>GPU-Cluster</translation>
    </message>
    <message>
        <source>Size of the cluster and its cooling overhead.</source>
        <translation>Größe des Clusters und sein Kühlungsaufwand.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Regler</translation>
    </message>
    <message>
        <source>How the battery is driven; tune it on the Tuning page.</source>
        <translation>Wie die Batterie gefahren wird; auf der Seite „Tuning“ abstimmen.</translation>
    </message>
    <message>
        <source>Input series</source>
        <translation>Eingangsreihen</translation>
    </message>
    <message>
        <source>Weather (PVGIS TMY CSV or JSON), hourly energy price and grid carbon intensity. Each file is read when chosen; leave a field empty for the bundled or built-in series.</source>
        <translation>Wetter (PVGIS-TMY als CSV oder JSON), stündlicher Energiepreis und CO₂-Intensität des Netzes. Jede Datei wird bei der Auswahl gelesen; ein leeres Feld verwendet die mitgelieferte bzw. eingebaute Reihe.</translation>
    </message>
    <message>
        <source>Data sources and devices</source>
        <translation>Datenquellen und Geräte</translation>
    </message>
    <message>
        <source>The live source the console opens for this site and the field devices it polls; Scan fills the list from what answers on a gateway.</source>
        <translation>Die Live-Quelle, die die Konsole für diesen Standort öffnet, und die Feldgeräte, die sie abfragt; Suchen füllt die Liste mit dem, was an einem Gateway antwortet.</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::ParameterField</name>
    <message>
        <source>unknown parameter %1</source>
        <translation>unbekannter Parameter %1</translation>
    </message>
    <message>
        <source>%1
Allowed: %2
Default: %3</source>
        <translation>%1
Zulässig: %2
Standard: %3</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::ParetoView</name>
    <message>
        <source>Pareto view: cost vs peak</source>
        <translation>Pareto-Ansicht: Kosten gegen Spitzenlast</translation>
    </message>
    <message>
        <source>variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <source>total cost (EUR)</source>
        <translation>Gesamtkosten (EUR)</translation>
    </message>
    <message>
        <source>peak billing-interval import (kW)</source>
        <translation>höchster Netzbezug je Abrechnungsintervall (kW)</translation>
    </message>
    <message>
        <source>variants (blue = low, red = high emissions)</source>
        <translation>Varianten (blau = niedrige, rot = hohe Emissionen)</translation>
    </message>
    <message>
        <source>variants (blue = few, red = many equivalent full cycles)</source>
        <translation>Varianten (blau = wenige, rot = viele äquivalente Vollzyklen)</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::ReasonTimeline</name>
    <message>
        <source>idle</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>peak threshold</source>
        <translation>Spitzenlastschwelle</translation>
    </message>
    <message>
        <source>month peak floor</source>
        <translation>Monatsspitzen-Untergrenze</translation>
    </message>
    <message>
        <source>recharge band</source>
        <translation>Nachladeband</translation>
    </message>
    <message>
        <source>SoC reserve</source>
        <translation>SoC-Reserve</translation>
    </message>
    <message>
        <source>SoC limit</source>
        <translation>SoC-Grenze</translation>
    </message>
    <message>
        <source>PCS limit</source>
        <translation>PCS-Grenze</translation>
    </message>
    <message>
        <source>self-consumption</source>
        <translation>Eigenverbrauch</translation>
    </message>
    <message>
        <source>export cap</source>
        <translation>Einspeisegrenze</translation>
    </message>
    <message>
        <source>import cap</source>
        <translation>Bezugsgrenze</translation>
    </message>
    <message>
        <source>external setpoint</source>
        <translation>externer Sollwert</translation>
    </message>
    <message>
        <source>The controller asked for nothing: grid import was between the recharge level and the threshold.</source>
        <translation>Der Regler hat nichts angefordert: Der Netzbezug lag zwischen Nachladeniveau und Schwelle.</translation>
    </message>
    <message>
        <source>Import above the peak threshold: the battery discharged the excess.</source>
        <translation>Bezug über der Spitzenlastschwelle: Die Batterie hat den Überschuss entladen.</translation>
    </message>
    <message>
        <source>The threshold was raised to this month&apos;s billed peak: shaving below it saves nothing.</source>
        <translation>Die Schwelle wurde auf die abgerechnete Monatsspitze angehoben: Kappen darunter spart nichts.</translation>
    </message>
    <message>
        <source>Import without the battery was below the recharge level: the battery charged.</source>
        <translation>Der Bezug ohne Batterie lag unter dem Nachladeniveau: Die Batterie hat geladen.</translation>
    </message>
    <message>
        <source>Discharge stopped at the SoC reserve kept for peak shaving.</source>
        <translation>Die Entladung endete an der für die Spitzenkappung gehaltenen SoC-Reserve.</translation>
    </message>
    <message>
        <source>The end of the SoC window (or its derating band) limited the power.</source>
        <translation>Das Ende des SoC-Fensters (oder sein Derating-Band) hat die Leistung begrenzt.</translation>
    </message>
    <message>
        <source>The PCS rating or the C-rate limited the power.</source>
        <translation>Die PCS-Nennleistung oder die C-Rate hat die Leistung begrenzt.</translation>
    </message>
    <message>
        <source>Balancing the grid to the self-consumption target.</source>
        <translation>Ausgleich des Netzbezugs auf das Eigenverbrauchsziel.</translation>
    </message>
    <message>
        <source>The export limit forced charging or PV curtailment.</source>
        <translation>Die Einspeisegrenze erzwang Laden oder PV-Abregelung.</translation>
    </message>
    <message>
        <source>The import limit capped the charging power.</source>
        <translation>Die Bezugsgrenze hat die Ladeleistung gedeckelt.</translation>
    </message>
    <message>
        <source>An external setpoint set the power.</source>
        <translation>Ein externer Sollwert hat die Leistung vorgegeben.</translation>
    </message>
    <message>
        <source>No tuning run yet</source>
        <translation>Noch kein Tuning-Lauf</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::SiteEditorPage</name>
    <message>
        <source>New site…</source>
        <translation>Neuer Standort…</translation>
    </message>
    <message>
        <source>Open site JSON…</source>
        <translation>Standort-JSON öffnen…</translation>
    </message>
    <message>
        <source>Save site JSON…</source>
        <translation>Standort-JSON speichern…</translation>
    </message>
    <message>
        <source>Site and location</source>
        <translation>Standort und Lage</translation>
    </message>
    <message>
        <source>PV arrays</source>
        <translation>PV-Felder</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Grid and tariff</source>
        <translation>Netz und Tarif</translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation>GPU-Cluster</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Regler</translation>
    </message>
    <message>
        <source>Input data</source>
        <translation>Eingangsdaten</translation>
    </message>
    <message>
        <source>PV array</source>
        <translation>PV-Feld</translation>
    </message>
    <message>
        <source>Array:</source>
        <translation>Feld:</translation>
    </message>
    <message>
        <source>Add array</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Remove array</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <source>Import PVGIS TMY…</source>
        <translation>PVGIS-TMY importieren…</translation>
    </message>
    <message>
        <source>PVGIS TMY (*.csv *.json);;All files (*)</source>
        <translation>PVGIS-TMY (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import price series…</source>
        <translation>Preisreihe importieren…</translation>
    </message>
    <message>
        <source>Price CSV (*.csv);;All files (*)</source>
        <translation>Preis-CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import carbon series…</source>
        <translation>CO₂-Reihe importieren…</translation>
    </message>
    <message>
        <source>Carbon intensity CSV (*.csv);;All files (*)</source>
        <translation>CO₂-Intensitäts-CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Empty file fields use the bundled reference weather and the labelled example price and carbon profiles.</source>
        <translation>Leere Dateifelder verwenden das mitgelieferte Referenzwetter und die gekennzeichneten Beispielprofile für Preis und CO₂.</translation>
    </message>
    <message>
        <source>No PV array: the site has no on-site generation. Use &quot;Add array&quot; to describe one.</source>
        <translation>Kein PV-Feld: Der Standort hat keine eigene Erzeugung. Mit „Feld hinzufügen“ eines beschreiben.</translation>
    </message>
    <message>
        <source>Array %1</source>
        <translation>Feld %1</translation>
    </message>
    <message>
        <source>add PV array</source>
        <translation>PV-Feld hinzufügen</translation>
    </message>
    <message>
        <source>remove PV array %1</source>
        <translation>PV-Feld %1 entfernen</translation>
    </message>
    <message>
        <source>open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Imported %1 as %2</source>
        <translation>%1 als %2 importiert</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Open site</source>
        <translation>Standort öffnen</translation>
    </message>
    <message>
        <source>Site JSON (*.json);;All files (*)</source>
        <translation>Standort-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save site</source>
        <translation>Standort speichern</translation>
    </message>
    <message>
        <source>Site JSON (*.json)</source>
        <translation>Standort-JSON (*.json)</translation>
    </message>
    <message>
        <source>new site %1</source>
        <translation>neuer Standort %1</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::SweepPage</name>
    <message>
        <source>Second parameter</source>
        <translation>Zweiter Parameter</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>Sweep starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>whole TMY year</source>
        <translation>ganzes TMY-Jahr</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>cost, peak</source>
        <translation>Kosten, Spitzenlast</translation>
    </message>
    <message>
        <source>cost, peak, emissions</source>
        <translation>Kosten, Spitzenlast, Emissionen</translation>
    </message>
    <message>
        <source>cost, peak, emissions, cycles</source>
        <translation>Kosten, Spitzenlast, Emissionen, Zyklen</translation>
    </message>
    <message>
        <source>Pareto over</source>
        <translation>Pareto über</translation>
    </message>
    <message>
        <source>KPI shown</source>
        <translation>Angezeigte Kennzahl</translation>
    </message>
    <message>
        <source>emissions</source>
        <translation>Emissionen</translation>
    </message>
    <message>
        <source>equivalent full cycles</source>
        <translation>äquivalente Vollzyklen</translation>
    </message>
    <message>
        <source>Pareto colour</source>
        <translation>Pareto-Farbe</translation>
    </message>
    <message>
        <source>Run every variant on all cores (Ctrl+Return)</source>
        <translation>Jede Variante auf allen Kernen rechnen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Choose ranges and run: every variant is the candidate site with the swept values.</source>
        <translation>Bereiche wählen und starten: Jede Variante ist der Kandidat mit den variierten Werten.</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Range %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>unknown parameter %1</source>
        <translation>unbekannter Parameter %1</translation>
    </message>
    <message>
        <source>the two axes sweep the same parameter %1</source>
        <translation>beide Achsen variieren denselben Parameter %1</translation>
    </message>
    <message>
        <source>%1: expected from &lt;= to and a step &gt; 0, found %2 … %3 step %4</source>
        <translation>%1: erwartet von &lt;= bis und Schritt &gt; 0, gefunden %2 … %3 Schritt %4</translation>
    </message>
    <message>
        <source>%1: %2 values, more than a sweep may have</source>
        <translation>%1: %2 Werte, mehr als ein Sweep haben darf</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1: erwartet %2, gefunden %3</translation>
    </message>
    <message>
        <source>%1 variants, more than %2</source>
        <translation>%1 Varianten, mehr als %2</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Running %1 variants of %2 on all cores…</source>
        <translation>%1 Varianten von %2 laufen auf allen Kernen…</translation>
    </message>
    <message>
        <source>%1 of %2 variants in %3 s on %4 threads%5.</source>
        <translation>%1 von %2 Varianten in %3 s auf %4 Threads%5.</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>Refused variant: %1</source>
        <translation>Abgelehnte Variante: %1</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <source>Export sweep</source>
        <translation>Sweep exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::TuningCharts</name>
    <message>
        <source>baseline grid import</source>
        <translation>Netzbezug Basis</translation>
    </message>
    <message>
        <source>candidate grid import</source>
        <translation>Netzbezug Kandidat</translation>
    </message>
    <message>
        <source>candidate peak threshold</source>
        <translation>Spitzenlastschwelle Kandidat</translation>
    </message>
    <message>
        <source>baseline SoC</source>
        <translation>SoC Basis</translation>
    </message>
    <message>
        <source>candidate SoC</source>
        <translation>SoC Kandidat</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>Netzbezug</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>Battery state of charge</source>
        <translation>Ladezustand der Batterie</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::TuningPage</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Regler</translation>
    </message>
    <message>
        <source>Never shave below the month&apos;s billed peak</source>
        <translation>Nie unter die abgerechnete Monatsspitze kappen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>TMY year</source>
        <translation>TMY-Jahr</translation>
    </message>
    <message>
        <source>One month</source>
        <translation>Ein Monat</translation>
    </message>
    <message>
        <source>Recorded history (historian)</source>
        <translation>Aufgezeichnete Historie (Historian)</translation>
    </message>
    <message>
        <source>Year (UTC)</source>
        <translation>Jahr (UTC)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>historian .sqlite file</source>
        <translation>Historian-Datei (.sqlite)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>History file</source>
        <translation>Historien-Datei</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Bis (UTC)</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Jetzt rechnen</translation>
    </message>
    <message>
        <source>Re-simulate baseline and candidate now (F5)</source>
        <translation>Basis und Kandidat jetzt neu simulieren (F5)</translation>
    </message>
    <message>
        <source>Edit a parameter: baseline and candidate re-simulate in the background.</source>
        <translation>Einen Parameter ändern: Basis und Kandidat werden im Hintergrund neu simuliert.</translation>
    </message>
    <message>
        <source>Controller &quot;none&quot;: the battery stays idle; there is nothing to tune.</source>
        <translation>Regler „keiner“: Die Batterie bleibt inaktiv; es gibt nichts abzustimmen.</translation>
    </message>
    <message>
        <source>The candidate has a different number of PV arrays than the baseline; export it as a version to compare further edits against it.</source>
        <translation>Der Kandidat hat eine andere Anzahl PV-Felder als die Basis; als Version exportieren, um weitere Änderungen damit zu vergleichen.</translation>
    </message>
    <message>
        <source>Simulating baseline, candidate and the case without battery…</source>
        <translation>Simuliere Basis, Kandidat und den Fall ohne Batterie…</translation>
    </message>
    <message>
        <source>Run refused: %1</source>
        <translation>Lauf abgelehnt: %1</translation>
    </message>
    <message>
        <source>Cancelled; the table shows the last completed run.</source>
        <translation>Abgebrochen; die Tabelle zeigt den letzten vollständigen Lauf.</translation>
    </message>
    <message>
        <source>%1: %2 steps of %3 s each for baseline, candidate and without battery.</source>
        <translation>%1: je %2 Schritte zu %3 s für Basis, Kandidat und ohne Batterie.</translation>
    </message>
    <message>
        <source>Historian file</source>
        <translation>Historian-Datei</translation>
    </message>
    <message>
        <source>Historian (*.sqlite *.db);;All files (*)</source>
        <translation>Historian (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>record start, e.g. 2025-03-01T00:00:00Z</source>
        <translation>Beginn der Aufzeichnung, z. B. 2025-03-01T00:00:00Z</translation>
    </message>
    <message>
        <source>record end, e.g. 2025-04-01T00:00:00Z</source>
        <translation>Ende der Aufzeichnung, z. B. 2025-04-01T00:00:00Z</translation>
    </message>
    <message>
        <source>Choose a historian file for the history period.</source>
        <translation>Für den Historien-Zeitraum eine Historian-Datei wählen.</translation>
    </message>
    <message>
        <source>%1: expected a UTC time such as 2025-03-01T00:00:00Z or 2025-03-01, found &quot;%2&quot;.</source>
        <translation>%1: erwartet eine UTC-Zeit wie 2025-03-01T00:00:00Z oder 2025-03-01, gefunden „%2“.</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::VersionHistoryPanel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Load as candidate</source>
        <translation>Als Kandidat laden</translation>
    </message>
    <message>
        <source>No project file yet: &quot;Export candidate as version&quot; creates one.</source>
        <translation>Noch keine Projektdatei: „Kandidat als Version exportieren“ legt eine an.</translation>
    </message>
    <message>
        <source>%1 versions of &quot;%2&quot; in %3</source>
        <translation>%1 Versionen von „%2“ in %3</translation>
    </message>
    <message>
        <source>Cannot read the project file: %1</source>
        <translation>Projektdatei nicht lesbar: %1</translation>
    </message>
    <message>
        <source>load version %1</source>
        <translation>Version %1 laden</translation>
    </message>
    <message>
        <source>Cannot load the version: %1</source>
        <translation>Version nicht ladbar: %1</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::WorkbenchWindow</name>
    <message>
        <source>GridTwin engineering workbench</source>
        <translation>GridTwin-Engineering-Werkbank</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>&lt;baseline&gt;</source>
        <translation>&lt;Basis&gt;</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Standort</translation>
    </message>
    <message>
        <source>&amp;Open site JSON…</source>
        <translation>Standort-JSON ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save site JSON…</source>
        <translation>Standort-JSON &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;New site…</source>
        <translation>&amp;Neuer Standort…</translation>
    </message>
    <message>
        <source>&amp;Write candidate to devices…</source>
        <translation>Kandidat auf Geräte &amp;schreiben…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Disabled: enable setpoint writing in an engineer profile first.</source>
        <translation>Deaktiviert: zuerst das Schreiben von Sollwerten in einem Ingenieursprofil freigeben.</translation>
    </message>
    <message>
        <source>Write to devices</source>
        <translation>Auf Geräte schreiben</translation>
    </message>
    <message>
        <source>Tuning</source>
        <translation>Tuning</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Sweeps</source>
        <translation>Sweeps</translation>
    </message>
    <message>
        <source>Configuration versions</source>
        <translation>Konfigurationsversionen</translation>
    </message>
    <message>
        <source>Exported to %1; the candidate is the new baseline.</source>
        <translation>Nach %1 exportiert; der Kandidat ist die neue Basis.</translation>
    </message>
    <message>
        <source>&amp;Export candidate as configuration version…</source>
        <translation>Kandidat als Konfigurationsversion &amp;exportieren…</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Device writing</source>
        <translation>Schreiben auf Geräte</translation>
    </message>
    <message>
        <source>S&amp;top writing to devices</source>
        <translation>Schreiben auf Geräte &amp;beenden</translation>
    </message>
    <message>
        <source>Runs the candidate&apos;s controller on the live devices and writes its battery setpoints, after confirmation.</source>
        <translation>Führt nach Bestätigung den Regler des Kandidaten auf den Live-Geräten aus und schreibt seine Batteriesollwerte.</translation>
    </message>
    <message>
        <source>Run the candidate&apos;s controller on the live devices and write its battery setpoints? This changes how the real battery is driven until you stop writing.</source>
        <translation>Den Regler des Kandidaten auf den Live-Geräten ausführen und seine Batteriesollwerte schreiben? Das ändert, wie die reale Batterie gefahren wird, bis Sie das Schreiben beenden.</translation>
    </message>
    <message>
        <source>Setpoint writing is not enabled in this profile; nothing was written.</source>
        <translation>Das Schreiben von Sollwerten ist in diesem Profil nicht freigegeben; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The site lists no field devices (add them in the site editor&apos;s data sources): %1</source>
        <translation>Der Standort führt keine Feldgeräte (im Standorteditor unter Datenquellen hinzufügen): %1</translation>
    </message>
</context>
</TS>
