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
        <source>--after expects a number of seconds &gt;= 0, found "%1"</source>
        <translation>--after erwartet eine Sekundenzahl &gt;= 0, gefunden „%1“</translation>
    </message>
    <message>
        <source>--theme expects dark or light, found "%1"</source>
        <translation>--theme erwartet dark oder light, gefunden „%1“</translation>
    </message>
    <message>
        <source>--lang expects en, de or zh_CN, found "%1"</source>
        <translation>--lang erwartet en, de oder zh_CN, gefunden „%1“</translation>
    </message>
    <message>
        <source>Window the screenshot shows: %1.</source>
        <translation>Fenster, das das Bildschirmfoto zeigt: %1.</translation>
    </message>
    <message>
        <source>--screen expects one of %1, found "%2"</source>
        <translation>--screen erwartet eines von %1, gefunden „%2“</translation>
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
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes the next time GridTwin starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von GridTwin.</translation>
    </message>
    <message>
        <source>About GridTwin</source>
        <translation>Über GridTwin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GridTwin %1&lt;/h3&gt;&lt;p&gt;Energy digital twin for AI compute sites: GPU cluster, PV, battery storage and grid.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GridTwin %1&lt;/h3&gt;&lt;p&gt;Digitaler Energie-Zwilling für KI-Rechenzentren: GPU-Cluster, PV, Batteriespeicher und Netz.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später (GPL-3.0-or-later). Dieses Programm kommt OHNE JEGLICHE GEWÄHRLEISTUNG.&lt;/p&gt;</translation>
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
