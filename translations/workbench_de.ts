<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ParameterEditCommand</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::CandidateSite</name>
    <message>
        <source>unknown parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::NewSiteWizard</name>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site and location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, coordinates and the IANA time zone that billing periods and reports use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first PV array; add more in the site editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable energy, PCS rating and the SoC window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid and tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection limits and how the peak is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the cluster and its cooling overhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the battery is driven; tune it on the Tuning page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::ParameterField</name>
    <message>
        <source>unknown parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Allowed: %2
Default: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::SiteEditorPage</name>
    <message>
        <source>New site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open site JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save site JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site and location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV arrays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid and tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Array:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import PVGIS TMY…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PVGIS TMY (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import price series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import carbon series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon intensity CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty file fields use the bundled reference weather and the labelled example price and carbon profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PV array: the site has no on-site generation. Use &quot;Add array&quot; to describe one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Array %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add PV array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove PV array %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new site %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::WorkbenchWindow</name>
    <message>
        <source>GridTwin engineering workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;baseline&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open site JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save site JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write candidate to devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the candidate&apos;s controller setpoints to the connected devices after confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: enable setpoint writing in an engineer profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the candidate&apos;s controller parameters to the live devices? This changes how the real battery is driven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No writable device connection is open; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
