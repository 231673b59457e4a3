<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CoreText</name>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Auslegung</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Energy/grid</source>
        <translation>Energie/Netz</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Renewables</source>
        <translation>Erneuerbare Energien</translation>
    </message>
    <message>
        <source>ICT capacity</source>
        <translation>IKT-Kapazität</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Data centre name</source>
        <translation>Name des Rechenzentrums</translation>
    </message>
    <message>
        <source>Owner and operator (name, contact)</source>
        <translation>Eigentümer und Betreiber (Name, Kontakt)</translation>
    </message>
    <message>
        <source>Location (Eurostat LAU code)</source>
        <translation>Standort (Eurostat-LAU-Code)</translation>
    </message>
    <message>
        <source>Data centre type (enterprise/colocation/co-hosting)</source>
        <translation>Art des Rechenzentrums (Unternehmens-RZ/Kolokation/Co-Hosting)</translation>
    </message>
    <message>
        <source>Year and month of entry into operation</source>
        <translation>Jahr und Monat der Inbetriebnahme</translation>
    </message>
    <message>
        <source>Installed IT power demand PD_IT</source>
        <translation>Installierte IT-Leistung PD_IT</translation>
    </message>
    <message>
        <source>Total floor area</source>
        <translation>Gesamtfläche</translation>
    </message>
    <message>
        <source>Computer-room floor area</source>
        <translation>Fläche der Computerräume</translation>
    </message>
    <message>
        <source>Electrical and cooling redundancy levels</source>
        <translation>Redundanzstufen von Stromversorgung und Kühlung</translation>
    </message>
    <message>
        <source>Total energy consumption E_DC</source>
        <translation>Energieverbrauch insgesamt E_DC</translation>
    </message>
    <message>
        <source>IT equipment energy E_IT</source>
        <translation>Energieverbrauch der IT-Ausrüstung E_IT</translation>
    </message>
    <message>
        <source>Backup-generator energy</source>
        <translation>Energie der Notstromaggregate</translation>
    </message>
    <message>
        <source>Average battery capacity [unconfirmed field]</source>
        <translation>Durchschnittliche Batteriekapazität [Feld unbestätigt]</translation>
    </message>
    <message>
        <source>Electrical grid functions [unconfirmed field]</source>
        <translation>Netzfunktionen [Feld unbestätigt]</translation>
    </message>
    <message>
        <source>Total water input W_IN</source>
        <translation>Wasserzufuhr insgesamt W_IN</translation>
    </message>
    <message>
        <source>Waste heat reused</source>
        <translation>Wiederverwendete Abwärme</translation>
    </message>
    <message>
        <source>Average waste-heat temperature</source>
        <translation>Durchschnittliche Abwärmetemperatur</translation>
    </message>
    <message>
        <source>IT intake air temperature setpoint</source>
        <translation>Sollwert der Zulufttemperatur der IT</translation>
    </message>
    <message>
        <source>Total renewable energy consumption</source>
        <translation>Verbrauch erneuerbarer Energie insgesamt</translation>
    </message>
    <message>
        <source>of which Guarantees of Origin [breakdown unconfirmed]</source>
        <translation>davon Herkunftsnachweise [Aufteilung unbestätigt]</translation>
    </message>
    <message>
        <source>of which PPAs [breakdown unconfirmed]</source>
        <translation>davon PPA [Aufteilung unbestätigt]</translation>
    </message>
    <message>
        <source>of which on-site generation [breakdown unconfirmed]</source>
        <translation>davon Erzeugung vor Ort [Aufteilung unbestätigt]</translation>
    </message>
    <message>
        <source>Server capacity C_SERV</source>
        <translation>Serverkapazität C_SERV</translation>
    </message>
    <message>
        <source>Storage capacity C_STOR</source>
        <translation>Speicherkapazität C_STOR</translation>
    </message>
    <message>
        <source>Incoming and outgoing traffic (bandwidth, volume)</source>
        <translation>Eingehender und ausgehender Datenverkehr (Bandbreite, Volumen)</translation>
    </message>
    <message>
        <source>Data stored and processed</source>
        <translation>Gespeicherte und verarbeitete Daten</translation>
    </message>
    <message>
        <source>PUE = E_DC / E_IT</source>
        <translation>PUE = E_DC / E_IT</translation>
    </message>
    <message>
        <source>WUE = W_IN / E_IT</source>
        <translation>WUE = W_IN / E_IT</translation>
    </message>
    <message>
        <source>ERF = E_reuse / E_DC</source>
        <translation>ERF = E_reuse / E_DC</translation>
    </message>
    <message>
        <source>REF = E_ren / E_DC</source>
        <translation>REF = E_ren / E_DC</translation>
    </message>
    <message>
        <source>site configuration</source>
        <translation>Standortkonfiguration</translation>
    </message>
    <message>
        <source>not in the site configuration</source>
        <translation>nicht in der Standortkonfiguration</translation>
    </message>
    <message>
        <source>site configuration (GPUs at TDP plus node overhead)</source>
        <translation>Standortkonfiguration (GPUs bei TDP zuzüglich Knoten-Grundlast)</translation>
    </message>
    <message>
        <source>no generator data in the inputs</source>
        <translation>keine Generatordaten in den Eingangsdaten</translation>
    </message>
    <message>
        <source>not in the inputs</source>
        <translation>nicht in den Eingangsdaten</translation>
    </message>
    <message>
        <source>operator input</source>
        <translation>Angabe des Betreibers</translation>
    </message>
    <message>
        <source>no water metering in the inputs</source>
        <translation>keine Wassermessung in den Eingangsdaten</translation>
    </message>
    <message>
        <source>no heat metering in the inputs</source>
        <translation>keine Wärmemessung in den Eingangsdaten</translation>
    </message>
    <message>
        <source>ledger (on-site PV) and eligible instruments</source>
        <translation>Stundenbilanz (PV vor Ort) und anrechenbare Instrumente</translation>
    </message>
    <message>
        <source>instruments file (eligible, capped at import)</source>
        <translation>Instrumentendatei (anrechenbar, begrenzt auf den Netzbezug)</translation>
    </message>
    <message>
        <source>no instruments file in the inputs</source>
        <translation>keine Instrumentendatei in den Eingangsdaten</translation>
    </message>
    <message>
        <source>ISO/IEC 30134-2 on the ledger</source>
        <translation>ISO/IEC 30134-2 auf Basis der Stundenbilanz</translation>
    </message>
    <message>
        <source>ISO/IEC 30134-3 on the ledger</source>
        <translation>ISO/IEC 30134-3 auf Basis der Stundenbilanz</translation>
    </message>
    <message>
        <source>ISO/IEC 30134-6</source>
        <translation>ISO/IEC 30134-6</translation>
    </message>
    <message>
        <source>ISO/IEC 30134-9</source>
        <translation>ISO/IEC 30134-9</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>konfiguriert</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>Grid electricity (not covered by a physical PPA)</source>
        <translation>Netzstrom (nicht durch ein physisches PPA gedeckt)</translation>
    </message>
    <message>
        <source>Physical PPA, hourly matched</source>
        <translation>Physisches PPA, stündlich abgeglichen</translation>
    </message>
    <message>
        <source>On-site PV (direct technical link)</source>
        <translation>PV vor Ort (direkte technische Verbindung)</translation>
    </message>
    <message>
        <source>on-site generation metered hourly; zero direct emissions</source>
        <translation>Erzeugung vor Ort stündlich gemessen; keine direkten Emissionen</translation>
    </message>
    <message>
        <source>Hourly metering of grid import and export</source>
        <translation>Stündliche Messung von Netzbezug und Einspeisung</translation>
    </message>
    <message>
        <source>Hourly metering of on-site PV and BESS</source>
        <translation>Stündliche Messung von PV vor Ort und BESS</translation>
    </message>
    <message>
        <source>Versioned emission-factor dataset identified by hash</source>
        <translation>Versionierter Emissionsfaktor-Datensatz, per Hash identifiziert</translation>
    </message>
    <message>
        <source>PPA contract with hourly volumes</source>
        <translation>PPA-Vertrag mit stündlichen Mengen</translation>
    </message>
    <message>
        <source>Hourly temporal correlation of PPA and consumption</source>
        <translation>Stündliche zeitliche Korrelation von PPA und Verbrauch</translation>
    </message>
    <message>
        <source>Same bidding zone as consumption</source>
        <translation>Gleiche Gebotszone wie der Verbrauch</translation>
    </message>
    <message>
        <source>GO cancellation statements</source>
        <translation>Entwertungsnachweise der Herkunftsnachweise</translation>
    </message>
    <message>
        <source>Direct-link single-line diagram of the on-site PV</source>
        <translation>Einpoliges Schaltbild der direkten Verbindung der PV vor Ort</translation>
    </message>
    <message>
        <source>simulated data, not meter readings</source>
        <translation>simulierte Daten, keine Zählerstände</translation>
    </message>
    <message>
        <source>built-in example profile, not a published dataset</source>
        <translation>eingebautes Beispielprofil, kein veröffentlichter Datensatz</translation>
    </message>
    <message>
        <source>monthly volumes only</source>
        <translation>nur Monatsmengen</translation>
    </message>
    <message>
        <source>no PPA in the inputs</source>
        <translation>kein PPA in den Eingangsdaten</translation>
    </message>
    <message>
        <source>matched per hour in the ledger</source>
        <translation>in der Stundenbilanz je Stunde abgeglichen</translation>
    </message>
    <message>
        <source>no hourly contract volumes</source>
        <translation>keine stündlichen Vertragsmengen</translation>
    </message>
    <message>
        <source>every PPA row flagged same_market</source>
        <translation>jede PPA-Zeile mit same_market gekennzeichnet</translation>
    </message>
    <message>
        <source>some PPA rows from another market</source>
        <translation>einige PPA-Zeilen aus einem anderen Markt</translation>
    </message>
    <message>
        <source>no GOs in the inputs</source>
        <translation>keine Herkunftsnachweise in den Eingangsdaten</translation>
    </message>
    <message>
        <source>every GO cancelled with a statement reference</source>
        <translation>jeder Herkunftsnachweis entwertet, mit Verweis auf den Nachweis</translation>
    </message>
    <message>
        <source>GOs without cancellation or statement</source>
        <translation>Herkunftsnachweise ohne Entwertung oder Nachweis</translation>
    </message>
    <message>
        <source>not part of the data: the operator attaches the diagram</source>
        <translation>nicht Teil der Daten: der Betreiber fügt das Schaltbild bei</translation>
    </message>
    <message>
        <source>cbam_official</source>
        <translation>CBAM amtlich</translation>
    </message>
    <message>
        <source>ets_average</source>
        <translation>EHS-Durchschnitt</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>illustrativ</translation>
    </message>
    <message>
        <source>Ledger completeness (time covered by data)</source>
        <translation>Vollständigkeit der Stundenbilanz (durch Daten abgedeckte Zeit)</translation>
    </message>
    <message>
        <source>Hours without data</source>
        <translation>Stunden ohne Daten</translation>
    </message>
    <message>
        <source>Hours with simulated data</source>
        <translation>Stunden mit simulierten Daten</translation>
    </message>
    <message>
        <source>Hours with an estimated emission factor</source>
        <translation>Stunden mit geschätztem Emissionsfaktor</translation>
    </message>
    <message>
        <source>Scope 2 (location) based on estimated factors</source>
        <translation>Scope 2 (standortbasiert) auf Basis geschätzter Faktoren</translation>
    </message>
    <message>
        <source>Emission factors from the built-in example</source>
        <translation>Emissionsfaktoren aus dem eingebauten Beispiel</translation>
    </message>
    <message>
        <source>Share of CBAM-consistent emissions based on default values</source>
        <translation>Anteil der CBAM-konformen Emissionen auf Basis von Standardwerten</translation>
    </message>
    <message>
        <source>Grid CFE share known</source>
        <translation>CFE-Anteil des Netzes bekannt</translation>
    </message>
    <message>
        <source>Largest hourly energy-balance residual</source>
        <translation>Größtes stündliches Residuum der Energiebilanz</translation>
    </message>
    <message>
        <source>Battery pool carbon at the start</source>
        <translation>CO₂ im Batteriespeicher zu Beginn</translation>
    </message>
    <message>
        <source>Battery pool carbon carried forward</source>
        <translation>CO₂ im Batteriespeicher, vorgetragen</translation>
    </message>
    <message>
        <source>per hour: steps x step length / 1 h</source>
        <translation>je Stunde: Schritte × Schrittlänge / 1 h</translation>
    </message>
    <message>
        <source>counted as zero energy, never filled</source>
        <translation>als null Energie gezählt, nie aufgefüllt</translation>
    </message>
    <message>
        <source>simulation output, not meter readings</source>
        <translation>Simulationsergebnis, keine Zählerstände</translation>
    </message>
    <message>
        <source>flag of the factor dataset</source>
        <translation>Kennzeichen des Faktordatensatzes</translation>
    </message>
    <message>
        <source>share of emissions</source>
        <translation>Anteil an den Emissionen</translation>
    </message>
    <message>
        <source>NOT measured data: import a factor dataset</source>
        <translation>KEINE Messdaten: einen Faktordatensatz importieren</translation>
    </message>
    <message>
        <source>imported dataset</source>
        <translation>importierter Datensatz</translation>
    </message>
    <message>
        <source>CBAM template metric</source>
        <translation>Kennzahl der CBAM-Vorlage</translation>
    </message>
    <message>
        <source>from the factor dataset</source>
        <translation>aus dem Faktordatensatz</translation>
    </message>
    <message>
        <source>unknown: grid CFE counted as 0</source>
        <translation>unbekannt: CFE des Netzes als 0 gezählt</translation>
    </message>
    <message>
        <source>facility + aux + charge + export - (PV + import + discharge)</source>
        <translation>Anlage + Hilfsbetriebe + Laden + Einspeisung − (PV + Netzbezug + Entladen)</translation>
    </message>
    <message>
        <source>initial stored energy at the first hour&apos;s factor</source>
        <translation>anfangs gespeicherte Energie zum Faktor der ersten Stunde</translation>
    </message>
    <message>
        <source>stored at the end of the period</source>
        <translation>am Ende des Zeitraums gespeichert</translation>
    </message>
    <message>
        <source>Location-based, hourly direct factors</source>
        <translation>Standortbasiert, stündliche direkte Faktoren</translation>
    </message>
    <message>
        <source>Location-based, annual mean factor</source>
        <translation>Standortbasiert, Jahresmittelfaktor</translation>
    </message>
    <message>
        <source>Market-based</source>
        <translation>Marktbasiert</translation>
    </message>
    <message>
        <source>Hourly matched (hourly PPA volumes)</source>
        <translation>Stündlich abgeglichen (stündliche PPA-Mengen)</translation>
    </message>
    <message>
        <source>Hourly matched (monthly PPA volumes spread flat)</source>
        <translation>Stündlich abgeglichen (monatliche PPA-Mengen gleichmäßig verteilt)</translation>
    </message>
    <message>
        <source>Consumption, battery-traced</source>
        <translation>Verbrauch, über die Batterie zurückverfolgt</translation>
    </message>
    <message>
        <source>Life-cycle factors (footprint view)</source>
        <translation>Lebenszyklusfaktoren (Fußabdruck-Sicht)</translation>
    </message>
    <message>
        <source>Scope 2 LBM (reported)</source>
        <translation>Scope 2 standortbasiert (berichtet)</translation>
    </message>
    <message>
        <source>import x time-average factor</source>
        <translation>Netzbezug × zeitlicher Mittelfaktor</translation>
    </message>
    <message>
        <source>proposed GHG Protocol revision; not Scope 2 2015</source>
        <translation>vorgeschlagene Überarbeitung des GHG Protocol; nicht Scope 2 2015</translation>
    </message>
    <message>
        <source>load-profile proxy, sensitivity only</source>
        <translation>Lastprofil-Näherung, nur zur Sensitivität</translation>
    </message>
    <message>
        <source>emissions of the energy consumed on site per hour</source>
        <translation>Emissionen der vor Ort verbrauchten Energie je Stunde</translation>
    </message>
    <message>
        <source>never part of Scope 2</source>
        <translation>nie Teil von Scope 2</translation>
    </message>
    <message>
        <source>supplier-specific factor</source>
        <translation>lieferantenspezifischer Faktor</translation>
    </message>
    <message>
        <source>no residual mix given: import-weighted location factor stands in (flagged)</source>
        <translation>kein Residualmix angegeben: ersatzweise bezugsgewichteter standortbasierter Faktor (gekennzeichnet)</translation>
    </message>
    <message>
        <source>grid carbon-free share unknown for some hours: counted as 0 in CFE %</source>
        <translation>CO₂-freier Anteil des Netzes für einige Stunden unbekannt: in CFE % als 0 gezählt</translation>
    </message>
    <message>
        <source>no Slurm jobs: kgCO2e per GPU-hour uses installed GPU-hours</source>
        <translation>keine Slurm-Jobs: kgCO2e je GPU-Stunde bezogen auf installierte GPU-Stunden</translation>
    </message>
    <message>
        <source>site config</source>
        <translation>Standortkonfiguration</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>Wetter</translation>
    </message>
    <message>
        <source>energy prices</source>
        <translation>Energiepreise</translation>
    </message>
    <message>
        <source>recorded load</source>
        <translation>aufgezeichnete Last</translation>
    </message>
    <message>
        <source>emission factors</source>
        <translation>Emissionsfaktoren</translation>
    </message>
    <message>
        <source>instruments</source>
        <translation>Instrumente</translation>
    </message>
    <message>
        <source>slurm sacct</source>
        <translation>Slurm sacct</translation>
    </message>
    <message>
        <source>carbon prices</source>
        <translation>CO₂-Preise</translation>
    </message>
    <message>
        <source>historian</source>
        <translation>Historian</translation>
    </message>
    <message>
        <source>built-in reference site</source>
        <translation>eingebauter Referenzstandort</translation>
    </message>
    <message>
        <source>bundled PVGIS TMY 45N 8E</source>
        <translation>mitgeliefertes PVGIS-TMY 45N 8E</translation>
    </message>
    <message>
        <source>built-in example profile, not measured data</source>
        <translation>eingebautes Beispielprofil, keine Messdaten</translation>
    </message>
    <message>
        <source>built-in example profile (not measured data)</source>
        <translation>eingebautes Beispielprofil (keine Messdaten)</translation>
    </message>
    <message>
        <source>generic CSV</source>
        <translation>generisches CSV</translation>
    </message>
    <message>
        <source>Electricity Maps</source>
        <translation>Electricity Maps</translation>
    </message>
    <message>
        <source>hourly ledger (%1)</source>
        <translation>Stundenbilanz (%1)</translation>
    </message>
    <message>
        <source>simulation (GridTwin %1)</source>
        <translation>Simulation (GridTwin %1)</translation>
    </message>
    <message>
        <source>historian %1 (site %2)</source>
        <translation>Historian %1 (Standort %2)</translation>
    </message>
    <message>
        <source>generic CSV %1</source>
        <translation>generisches CSV %1</translation>
    </message>
    <message>
        <source>Electricity Maps %1</source>
        <translation>Electricity Maps %1</translation>
    </message>
    <message>
        <source>hourly direct factors: %1 (hash in the manifest)</source>
        <translation>stündliche direkte Faktoren: %1 (Hash im Manifest)</translation>
    </message>
    <message>
        <source>contracts %1 with hourly volumes, same bidding zone</source>
        <translation>Verträge %1 mit stündlichen Mengen, gleiche Gebotszone</translation>
    </message>
    <message>
        <source>hourly volumes of %1</source>
        <translation>stündliche Mengen von %1</translation>
    </message>
    <message>
        <source>completeness %1 %</source>
        <translation>Vollständigkeit %1 %</translation>
    </message>
    <message>
        <source>Scope 2 MBM (reported); residual: %1</source>
        <translation>Scope 2 marktbasiert (berichtet); Rest: %1</translation>
    </message>
    <message>
        <source>residual mix: %1</source>
        <translation>Residualmix: %1</translation>
    </message>
    <message>
        <source>%1 instrument rows fail the Scope 2 quality criteria (not cancelled, other market or other vintage) and are not counted</source>
        <translation>%1 Instrumentenzeilen erfüllen die Scope-2-Qualitätskriterien nicht (nicht entwertet, anderer Markt oder anderer Jahrgang) und werden nicht angerechnet</translation>
    </message>
    <message>
        <source>no carbon price for %1-Q%2: its shadow cost is not computed</source>
        <translation>kein CO₂-Preis für %1-Q%2: dessen Schattenkosten werden nicht berechnet</translation>
    </message>
</context>
<context>
    <name>WhitePaper</name>
    <message>
        <source>very large (&gt; 10 MW)</source>
        <translation>sehr groß (&gt; 10 MW)</translation>
    </message>
    <message>
        <source>large (2–10 MW)</source>
        <translation>groß (2–10 MW)</translation>
    </message>
    <message>
        <source>medium (1–2 MW)</source>
        <translation>mittel (1–2 MW)</translation>
    </message>
    <message>
        <source>small (500–1000 kW)</source>
        <translation>klein (500–1000 kW)</translation>
    </message>
    <message>
        <source>below the 500 kW threshold</source>
        <translation>unter der Schwelle von 500 kW</translation>
    </message>
    <message>
        <source>EED Article 12 and Delegated Regulation (EU) 2024/1364 apply to data centres with at least 500 kW installed IT power. With %1 kW this site is in the size class %2. The report is due by 15 May for the previous calendar year. The table lists the fields the site data can fill; fields without data are listed as missing and are not estimated.</source>
        <translation>Art. 12 der EED und die Delegierte Verordnung (EU) 2024/1364 gelten für Rechenzentren mit mindestens 500 kW installierter IT-Leistung. Mit %1 kW liegt dieser Standort in der Größenklasse %2. Der Bericht ist bis zum 15. Mai für das vorangegangene Kalenderjahr fällig. Die Tabelle zeigt die Felder, die die Standortdaten füllen können; Felder ohne Daten sind als fehlend aufgeführt und werden nicht geschätzt.</translation>
    </message>
    <message>
        <source>Table 9.1: DR (EU) 2024/1364 fields</source>
        <translation>Tabelle 9.1: Felder der DV (EU) 2024/1364</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
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
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 of %2 fields have no data and must be supplied before submission.</source>
        <translation>%1 von %2 Feldern haben keine Daten und müssen vor der Meldung ergänzt werden.</translation>
    </message>
    <message>
        <source>No job accounting (Slurm sacct) was given, so no energy or emissions are attributed to projects; all of it is unattributed.</source>
        <translation>Es wurde keine Job-Abrechnung (Slurm sacct) angegeben; daher werden Energie und Emissionen keinen Projekten zugeordnet, alles bleibt unzugeordnet.</translation>
    </message>
    <message>
        <source>Each job&apos;s IT energy is its share of the hour&apos;s GPU-hours times the hour&apos;s IT energy; facility energy multiplies it by the hour&apos;s PUE, and location-based emissions use the hour&apos;s consumption factor (battery-traced). IT energy not covered by jobs (idle GPUs, overhead) is shown as the unattributed residual, never spread silently. %1 jobs from %2.</source>
        <translation>Die IT-Energie eines Jobs ist sein Anteil an den GPU-Stunden der Stunde mal die IT-Energie der Stunde; die Gesamtenergie multipliziert sie mit der PUE der Stunde, und die standortbasierten Emissionen verwenden den Verbrauchsfaktor der Stunde (über die Batterie verfolgt). IT-Energie ohne Job (ungenutzte GPUs, Overhead) erscheint als nicht zugeordneter Rest und wird nie stillschweigend verteilt. %1 Jobs aus %2.</translation>
    </message>
    <message>
        <source>Table 10.1: energy and emissions by project (Slurm account)</source>
        <translation>Tabelle 10.1: Energie und Emissionen nach Projekt (Slurm-Konto)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU-Stunden</translation>
    </message>
    <message>
        <source>IT (MWh)</source>
        <translation>IT (MWh)</translation>
    </message>
    <message>
        <source>Facility (MWh)</source>
        <translation>Gesamt (MWh)</translation>
    </message>
    <message>
        <source>Location-based (tCO2e)</source>
        <translation>Standortbasiert (tCO2e)</translation>
    </message>
    <message>
        <source>Market-based (tCO2e)</source>
        <translation>Marktbasiert (tCO2e)</translation>
    </message>
    <message>
        <source>Unattributed residual</source>
        <translation>Nicht zugeordneter Rest</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>The ledger covers %1 of %2 hours of the period. Hours without data are not filled: they are reported here and excluded from every sum.</source>
        <translation>Das Journal deckt %1 von %2 Stunden des Zeitraums ab. Stunden ohne Daten werden nicht aufgefüllt: Sie werden hier ausgewiesen und aus allen Summen ausgeschlossen.</translation>
    </message>
    <message>
        <source>Table 11.1: completeness and quality</source>
        <translation>Tabelle 11.1: Vollständigkeit und Qualität</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Flags raised during the calculation</source>
        <translation>Hinweise aus der Berechnung</translation>
    </message>
    <message>
        <source>The same energy gives different emissions under different accounting methods and factor datasets. The spread below is part of the uncertainty of the headline figure; the methods are shown side by side and never netted.</source>
        <translation>Dieselbe Energie ergibt je nach Bilanzierungsmethode und Faktordatensatz unterschiedliche Emissionen. Die Spanne unten ist Teil der Unsicherheit der Kennzahl; die Methoden stehen nebeneinander und werden nie verrechnet.</translation>
    </message>
    <message>
        <source>Table 12.1: emissions by method</source>
        <translation>Tabelle 12.1: Emissionen nach Methode</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Emissions (tCO2e)</source>
        <translation>Emissionen (tCO2e)</translation>
    </message>
    <message>
        <source>CUE (kgCO2e/kWh)</source>
        <translation>CUE (kgCO2e/kWh)</translation>
    </message>
    <message>
        <source>Standards applied</source>
        <translation>Angewandte Normen</translation>
    </message>
    <message>
        <source>GHG Protocol Scope 2 Guidance (2015): dual reporting, quality criteria, residual mix.</source>
        <translation>GHG Protocol Scope 2 Guidance (2015): doppelte Berichterstattung, Qualitätskriterien, Residualmix.</translation>
    </message>
    <message>
        <source>ISO/IEC 30134-2 (PUE), -3 (REF), -6 (ERF), -8 (CUE), -9 (WUE) and their EN 50600-4 counterparts.</source>
        <translation>ISO/IEC 30134-2 (PUE), -3 (REF), -6 (ERF), -8 (CUE), -9 (WUE) und die entsprechenden Teile der EN 50600-4.</translation>
    </message>
    <message>
        <source>Directive (EU) 2023/1791 Art. 12 and Delegated Regulation (EU) 2024/1364 (EED data-centre reporting).</source>
        <translation>Richtlinie (EU) 2023/1791 Art. 12 und Delegierte Verordnung (EU) 2024/1364 (EED-Berichtspflicht für Rechenzentren).</translation>
    </message>
    <message>
        <source>Regulation (EU) 2023/956 Annex IV and Implementing Regulation (EU) 2023/1773 (CBAM indirect emissions), applied voluntarily.</source>
        <translation>Verordnung (EU) 2023/956 Anhang IV und Durchführungsverordnung (EU) 2023/1773 (indirekte Emissionen nach CBAM), freiwillig angewandt.</translation>
    </message>
    <message>
        <source>GHG Protocol Scope 2 revision (consultation 2025): hourly matching, shown as a separate view only.</source>
        <translation>Überarbeitung von GHG Protocol Scope 2 (Konsultation 2025): stündlicher Abgleich, nur als getrennte Sicht gezeigt.</translation>
    </message>
    <message>
        <source>Boundary and energy</source>
        <translation>Systemgrenze und Energie</translation>
    </message>
    <message>
        <source>E_DC is the facility load plus the battery&apos;s auxiliary load and losses; E_IT is the IT equipment energy of the GPU cluster. Energies are integrated from the 15-minute (or finer) steps by summing energy per hour; power is never averaged without its duration.</source>
        <translation>E_DC ist die Last des Rechenzentrums zuzüglich Eigenverbrauch und Verlusten der Batterie; E_IT ist die Energie der IT-Geräte des GPU-Clusters. Energien werden aus den 15-Minuten-Schritten (oder feiner) durch Summieren der Energie je Stunde gebildet; Leistung wird nie ohne ihre Dauer gemittelt.</translation>
    </message>
    <message>
        <source>Emission factors</source>
        <translation>Emissionsfaktoren</translation>
    </message>
    <message>
        <source>Location-based: the hourly direct (combustion) factor of the grid zone; life-cycle factors appear only in the footprint view. Market-based: instruments that are cancelled for this consumer, from the same market and of the reporting year, at their conveyed rate; the rest of the import at the residual-mix factor (AIB European Residual Mix, CO2 only), else the supplier factor, else the import-weighted location factor, flagged.</source>
        <translation>Standortbasiert: der stündliche direkte (Verbrennungs-)Faktor der Netzzone; Lebenszyklusfaktoren erscheinen nur in der Fußabdruck-Sicht. Marktbasiert: Instrumente, die für diesen Verbraucher entwertet wurden, aus demselben Markt und dem Berichtsjahr stammen, zu ihrem übertragenen Faktor; der übrige Bezug zum Residualmix-Faktor (AIB European Residual Mix, nur CO2), sonst zum Lieferantenfaktor, sonst zum bezugsgewichteten Standortfaktor, gekennzeichnet.</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>The battery is treated as a pool: energy charged from PV carries 0 g/kWh, energy charged from the grid carries the factor of the hour it was charged. A discharge takes its share of the pool&apos;s carbon, so over a cycle the discharged energy carries all the charged carbon; losses carry none of their own. The energy stored at the start of the period is given the factor of the first hour.</source>
        <translation>Die Batterie wird als Speicherpool behandelt: aus PV geladene Energie trägt 0 g/kWh, aus dem Netz geladene Energie den Faktor der Ladestunde. Eine Entladung nimmt ihren Anteil am CO2 des Pools mit, sodass über einen Zyklus die entladene Energie das gesamte geladene CO2 trägt; Verluste tragen kein eigenes. Die zu Beginn des Zeitraums gespeicherte Energie erhält den Faktor der ersten Stunde.</translation>
    </message>
    <message>
        <source>Time basis, gaps and rounding</source>
        <translation>Zeitbasis, Lücken und Rundung</translation>
    </message>
    <message>
        <source>Times are stored in UTC; months and the reporting year are UTC calendar periods, the average-day charts use the site&apos;s local time. Gaps are not filled: an hour without data counts as missing in the completeness table. Calculations keep full precision; tables round energies to 0.1 MWh, emissions to 0.1 t (0.01 t for attributions), CBAM factors to 5 decimals, prices to 0.01 EUR and costs to whole euros.</source>
        <translation>Zeiten werden in UTC gespeichert; Monate und das Berichtsjahr sind UTC-Kalenderzeiträume, die Tagesgang-Diagramme verwenden die Ortszeit des Standorts. Lücken werden nicht aufgefüllt: Eine Stunde ohne Daten zählt in der Vollständigkeitstabelle als fehlend. Die Berechnung erfolgt mit voller Genauigkeit; Tabellen runden Energien auf 0,1 MWh, Emissionen auf 0,1 t (0,01 t bei Zuordnungen), CBAM-Faktoren auf 5 Nachkommastellen, Preise auf 0,01 EUR und Kosten auf ganze Euro.</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Scope 1 (no combustion sources in the boundary), Scope 3 including embodied emissions of IT hardware, avoided emissions from PV export, and offsets. None of them is netted against the figures above.</source>
        <translation>Scope 1 (keine Verbrennungsquellen innerhalb der Systemgrenze), Scope 3 einschließlich der grauen Emissionen der IT-Hardware, vermiedene Emissionen durch PV-Einspeisung sowie Kompensationen. Nichts davon wird mit den obigen Zahlen verrechnet.</translation>
    </message>
    <message>
        <source>Every figure in this report is computed from the inputs below. Running GridTwin %1 on files with the same SHA-256 and the same options reproduces the same figures and the same manifest hash.</source>
        <translation>Jede Zahl dieses Berichts wird aus den unten aufgeführten Eingaben berechnet. GridTwin %1 mit Dateien gleichen SHA-256 und denselben Optionen erzeugt dieselben Zahlen und denselben Manifest-Hash.</translation>
    </message>
    <message>
        <source>Table 14.1: inputs</source>
        <translation>Tabelle 14.1: Eingaben</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>Configuration SHA-256 and manifest SHA-256:</source>
        <translation>SHA-256 der Konfiguration und des Manifests:</translation>
    </message>
    <message>
        <source>Options of the run:</source>
        <translation>Optionen des Laufs:</translation>
    </message>
    <message>
        <source>To regenerate this report:</source>
        <translation>So wird dieser Bericht neu erzeugt:</translation>
    </message>
    <message>
        <source>Table 15.1: changes to this report</source>
        <translation>Tabelle 15.1: Änderungen an diesem Bericht</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
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
        <source>First generation from the inputs of the manifest. No manual entries, overrides or corrections; no restatement of earlier periods.</source>
        <translation>Erste Erzeugung aus den Eingaben des Manifests. Keine manuellen Einträge, Übersteuerungen oder Korrekturen; keine Neudarstellung früherer Zeiträume.</translation>
    </message>
    <message>
        <source>Approval: ______________________ (name, role, date). A report without approval is a draft.</source>
        <translation>Freigabe: ______________________ (Name, Funktion, Datum). Ein Bericht ohne Freigabe ist ein Entwurf.</translation>
    </message>
    <message>
        <source>none (battery idle)</source>
        <translation>keine (Batterie ruht)</translation>
    </message>
    <message>
        <source>peak shaving</source>
        <translation>Lastspitzenkappung</translation>
    </message>
    <message>
        <source>self-consumption</source>
        <translation>Eigenverbrauch</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Site and boundary</source>
        <translation>Standort und Systemgrenze</translation>
    </message>
    <message>
        <source>Compute load profile</source>
        <translation>Lastprofil der Rechenlast</translation>
    </message>
    <message>
        <source>Energy flows and the effect of PV and BESS</source>
        <translation>Energieflüsse und Wirkung von PV und Batteriespeicher</translation>
    </message>
    <message>
        <source>Scope 2 emissions: location-based and market-based</source>
        <translation>Scope-2-Emissionen: standortbasiert und marktbasiert</translation>
    </message>
    <message>
        <source>Hourly view and carbon-free energy</source>
        <translation>Stündliche Sicht und CO2-freie Energie</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>CBAM-consistent indirect-emissions statement</source>
        <translation>CBAM-konforme Erklärung der indirekten Emissionen</translation>
    </message>
    <message>
        <source>EED indicators (Delegated Regulation (EU) 2024/1364)</source>
        <translation>EED-Indikatoren (Delegierte Verordnung (EU) 2024/1364)</translation>
    </message>
    <message>
        <source>Attribution to projects</source>
        <translation>Zuordnung zu Projekten</translation>
    </message>
    <message>
        <source>Data quality and completeness</source>
        <translation>Datenqualität und Vollständigkeit</translation>
    </message>
    <message>
        <source>Method sensitivity</source>
        <translation>Methodensensitivität</translation>
    </message>
    <message>
        <source>Methodology statement</source>
        <translation>Methodenbeschreibung</translation>
    </message>
    <message>
        <source>Reproducibility manifest</source>
        <translation>Reproduzierbarkeitsmanifest</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Facility energy E_DC</source>
        <translation>Energie des Rechenzentrums E_DC</translation>
    </message>
    <message>
        <source>incl. cooling, BESS losses</source>
        <translation>inkl. Kühlung, Speicherverluste</translation>
    </message>
    <message>
        <source>IT energy E_IT</source>
        <translation>IT-Energie E_IT</translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation>GPU-Cluster</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Scope 2 location-based</source>
        <translation>Scope 2 standortbasiert</translation>
    </message>
    <message>
        <source>hourly grid factors</source>
        <translation>stündliche Netzfaktoren</translation>
    </message>
    <message>
        <source>Scope 2 market-based</source>
        <translation>Scope 2 marktbasiert</translation>
    </message>
    <message>
        <source>instruments + residual mix</source>
        <translation>Instrumente + Residualmix</translation>
    </message>
    <message>
        <source>Carbon-free energy (hourly)</source>
        <translation>CO2-freie Energie (stündlich)</translation>
    </message>
    <message>
        <source>24/7 CFE score</source>
        <translation>24/7-CFE-Wert</translation>
    </message>
    <message>
        <source>Renewable energy factor</source>
        <translation>Anteil erneuerbarer Energie</translation>
    </message>
    <message>
        <source>CUE location-based</source>
        <translation>CUE standortbasiert</translation>
    </message>
    <message>
        <source>Peak reduction by the BESS</source>
        <translation>Spitzenreduktion durch den Speicher</translation>
    </message>
    <message>
        <source>%1 % of the billing peak</source>
        <translation>%1 % der Abrechnungsspitze</translation>
    </message>
    <message>
        <source>Cost savings by the BESS</source>
        <translation>Kosteneinsparung durch den Speicher</translation>
    </message>
    <message>
        <source>energy + demand charges</source>
        <translation>Arbeits- + Leistungspreis</translation>
    </message>
    <message>
        <source>Shadow carbon cost</source>
        <translation>CO2-Schattenkosten</translation>
    </message>
    <message>
        <source>illustrative, not a liability</source>
        <translation>zur Veranschaulichung, keine Verbindlichkeit</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>Datenvollständigkeit</translation>
    </message>
    <message>
        <source>hours with data</source>
        <translation>Stunden mit Daten</translation>
    </message>
    <message>
        <source>Compute Load, Energy and Carbon Report</source>
        <translation>Bericht zu Rechenlast, Energie und CO2</translation>
    </message>
    <message>
        <source>calendar year %1 (UTC)</source>
        <translation>Kalenderjahr %1 (UTC)</translation>
    </message>
    <message>
        <source>%1, %2. Prepared on a CBAM-consistent and GHG Protocol Scope 2 basis; includes EED Art. 12 / DR (EU) 2024/1364 indicators.</source>
        <translation>%1, %2. Erstellt auf CBAM-konformer Grundlage und nach GHG Protocol Scope 2; mit den Indikatoren nach EED Art. 12 / DV (EU) 2024/1364.</translation>
    </message>
    <message>
        <source>Manifest SHA-256 %1</source>
        <translation>Manifest SHA-256 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>1 (generated, not yet approved)</source>
        <translation>1 (erzeugt, noch nicht freigegeben)</translation>
    </message>
    <message>
        <source>Confidential: individual data-centre data (DR (EU) 2024/1364 Art. 5)</source>
        <translation>Vertraulich: Daten eines einzelnen Rechenzentrums (DV (EU) 2024/1364 Art. 5)</translation>
    </message>
    <message>
        <source>In %1 the site used %2 MWh of facility energy (E_DC), of which %3 MWh was IT energy (PUE %4). It imported %5 MWh from the grid and exported %6 MWh. The rooftop PV delivered %7 MWh, of which %8 % was used on site directly or through the battery.</source>
        <translation>Im Jahr %1 verbrauchte der Standort %2 MWh Energie (E_DC), davon %3 MWh IT-Energie (PUE %4). Er bezog %5 MWh aus dem Netz und speiste %6 MWh ein. Die Dach-PV lieferte %7 MWh, von denen %8 % direkt oder über die Batterie am Standort genutzt wurden.</translation>
    </message>
    <message>
        <source>The battery lowered the highest billing-interval grid import from %1 MW to %2 MW (%3 %) and the electricity cost by %4 EUR against the same site with the battery idle.</source>
        <translation>Die Batterie senkte den höchsten Netzbezug im Abrechnungsintervall von %1 MW auf %2 MW (%3 %) und die Stromkosten um %4 EUR gegenüber demselben Standort mit ruhender Batterie.</translation>
    </message>
    <message>
        <source>Scope 2 emissions were %1 tCO2e location-based (hourly grid factors) and %2 tCO2e market-based (contractual instruments and residual mix). On an hourly basis %3 % of the consumption was carbon-free; %4 % was matched hour by hour with on-site PV and contracted supply.</source>
        <translation>Die Scope-2-Emissionen betrugen standortbasiert %1 tCO2e (stündliche Netzfaktoren) und marktbasiert %2 tCO2e (vertragliche Instrumente und Residualmix). Stündlich betrachtet waren %3 % des Verbrauchs CO2-frei; %4 % wurden Stunde für Stunde durch PV vor Ort und vertraglich gesicherte Lieferung gedeckt.</translation>
    </message>
    <message>
        <source>CBAM does not apply to this site: it covers imported goods, not compute services and not electricity consumed in the EU. Section 8 applies its method voluntarily; the shadow carbon cost is illustrative and not a liability.</source>
        <translation>CBAM gilt für diesen Standort nicht: Es erfasst eingeführte Waren, keine Rechendienstleistungen und keinen in der EU verbrauchten Strom. Abschnitt 8 wendet seine Methode freiwillig an; die CO2-Schattenkosten dienen der Veranschaulichung und sind keine Verbindlichkeit.</translation>
    </message>
    <message>
        <source>The grid emission factors are GridTwin&apos;s built-in example profile, not measured data. Import the zone&apos;s hourly factors before publishing these figures.</source>
        <translation>Die Netz-Emissionsfaktoren sind das eingebaute Beispielprofil von GridTwin, keine Messdaten. Importieren Sie die stündlichen Faktoren der Zone, bevor Sie diese Zahlen veröffentlichen.</translation>
    </message>
    <message>
        <source>Table 2.1: the site as configured for this report</source>
        <translation>Tabelle 2.1: der Standort, wie für diesen Bericht konfiguriert</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Systemgrenze</translation>
    </message>
    <message>
        <source>The reporting boundary is the data-centre site behind its grid connection point. Inside it are the GPU cluster (IT equipment), cooling and other facility loads, the rooftop PV system and the battery energy storage system (BESS) with its auxiliary load and losses. The BESS serves only the data centre, so its losses count in E_DC. No generator sets or other combustion sources are in the boundary, so Scope 1 is zero and CUE contains Scope 2 only. Exported PV energy is reported separately and never netted against imports.</source>
        <translation>Die Berichtsgrenze ist der Rechenzentrumsstandort hinter seinem Netzanschlusspunkt. Darin liegen der GPU-Cluster (IT-Geräte), Kühlung und sonstige Gebäudelasten, die Dach-PV-Anlage und der Batteriespeicher (BESS) mit Eigenverbrauch und Verlusten. Der Speicher dient nur dem Rechenzentrum, daher zählen seine Verluste zu E_DC. Es gibt keine Notstromaggregate oder anderen Verbrennungsquellen innerhalb der Grenze; Scope 1 ist daher null und die CUE enthält nur Scope 2. Eingespeiste PV-Energie wird getrennt ausgewiesen und nie mit dem Bezug verrechnet.</translation>
    </message>
    <message>
        <source>Data source: GridTwin simulation of the site over the reporting year at %1-minute steps, with the configured battery controller, and a second run with the battery idle as the baseline for the effect of the BESS.</source>
        <translation>Datenquelle: GridTwin-Simulation des Standorts über das Berichtsjahr in %1-Minuten-Schritten mit der konfigurierten Batteriesteuerung sowie ein zweiter Lauf mit ruhender Batterie als Vergleichsbasis für die Wirkung des Speichers.</translation>
    </message>
    <message>
        <source>Data source: metered samples from the historian file %1; the baseline for the effect of the BESS removes the battery power from the metered grid import.</source>
        <translation>Datenquelle: gemessene Werte aus der Historian-Datei %1; die Vergleichsbasis für die Wirkung des Speichers entfernt die Batterieleistung aus dem gemessenen Netzbezug.</translation>
    </message>
    <message>
        <source>default value</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>other public source</source>
        <translation>andere öffentliche Quelle</translation>
    </message>
    <message>
        <source>direct technical link</source>
        <translation>direkte technische Verbindung</translation>
    </message>
    <message>
        <source>PPA</source>
        <translation>PPA</translation>
    </message>
    <message>
        <source>built-in example (not data)</source>
        <translation>eingebautes Beispiel (keine Daten)</translation>
    </message>
    <message>
        <source>Scope 2 is reported with both methods of the GHG Protocol Scope 2 Guidance (2015). The location-based method multiplies each hour&apos;s grid import by that hour&apos;s direct (combustion) grid factor; buying certificates cannot change it. The market-based method uses the emission rate conveyed by contractual instruments that meet the Scope 2 quality criteria and the residual mix for the rest of the import.</source>
        <translation>Scope 2 wird mit beiden Methoden der GHG Protocol Scope 2 Guidance (2015) berichtet. Die standortbasierte Methode multipliziert den Netzbezug jeder Stunde mit dem direkten (Verbrennungs-)Netzfaktor dieser Stunde; der Kauf von Zertifikaten ändert daran nichts. Die marktbasierte Methode verwendet den Emissionsfaktor vertraglicher Instrumente, die die Scope-2-Qualitätskriterien erfüllen, und den Residualmix für den übrigen Bezug.</translation>
    </message>
    <message>
        <source>Table 5.1: Scope 2 emissions by method</source>
        <translation>Tabelle 5.1: Scope-2-Emissionen nach Methode</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Location-based, hourly factors</source>
        <translation>Standortbasiert, stündliche Faktoren</translation>
    </message>
    <message>
        <source>hourly direct factors: %1</source>
        <translation>stündliche direkte Faktoren: %1</translation>
    </message>
    <message>
        <source>Location-based, annual mean factor (variant)</source>
        <translation>Standortbasiert, Jahresmittelfaktor (Variante)</translation>
    </message>
    <message>
        <source>import × time-average factor %1 g/kWh</source>
        <translation>Bezug × zeitlicher Mittelfaktor %1 g/kWh</translation>
    </message>
    <message>
        <source>Market-based</source>
        <translation>Marktbasiert</translation>
    </message>
    <message>
        <source>eligible instruments %1 MWh; residual %2 g/kWh (%3)</source>
        <translation>anrechenbare Instrumente %1 MWh; Residual %2 g/kWh (%3)</translation>
    </message>
    <message>
        <source>Hourly-matched (proposed GHG Protocol revision)</source>
        <translation>Stündlich abgeglichen (vorgeschlagene Revision des GHG Protocol)</translation>
    </message>
    <message>
        <source>PPA volume matched in the same hour: %1 MWh</source>
        <translation>in derselben Stunde abgeglichene PPA-Menge: %1 MWh</translation>
    </message>
    <message>
        <source>Footprint view, life-cycle factors (not Scope 2)</source>
        <translation>Fußabdruck-Sicht, Lebenszyklusfaktoren (nicht Scope 2)</translation>
    </message>
    <message>
        <source>never mixed into Scope 2</source>
        <translation>nie mit Scope 2 vermischt</translation>
    </message>
    <message>
        <source>Figure 5.1: location-based Scope 2 per month</source>
        <translation>Abbildung 5.1: standortbasiertes Scope 2 je Monat</translation>
    </message>
    <message>
        <source>location-based</source>
        <translation>standortbasiert</translation>
    </message>
    <message>
        <source>Contractual instruments</source>
        <translation>Vertragliche Instrumente</translation>
    </message>
    <message>
        <source>No contractual instruments were given: the market-based figure prices the whole import at the residual-mix factor.</source>
        <translation>Es wurden keine vertraglichen Instrumente angegeben: Der marktbasierte Wert bewertet den gesamten Bezug mit dem Residualmix-Faktor.</translation>
    </message>
    <message>
        <source>Table 5.2: instruments from %1</source>
        <translation>Tabelle 5.2: Instrumente aus %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Technology, zone</source>
        <translation>Technologie, Zone</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Perioden</translation>
    </message>
    <message>
        <source>Volume (MWh)</source>
        <translation>Menge (MWh)</translation>
    </message>
    <message>
        <source>Quality criteria</source>
        <translation>Qualitätskriterien</translation>
    </message>
    <message>
        <source>met (cancelled, same market)</source>
        <translation>erfüllt (entwertet, gleicher Markt)</translation>
    </message>
    <message>
        <source>not met: excluded from MBM</source>
        <translation>nicht erfüllt: nicht im marktbasierten Wert</translation>
    </message>
    <message>
        <source>Annual totals hide when energy is used. The charts show the average day in the site&apos;s local time: how PV and the battery displace grid import during the day, and how the grid factor changes over the day and the seasons.</source>
        <translation>Jahressummen verbergen, wann Energie genutzt wird. Die Diagramme zeigen den mittleren Tag in Ortszeit: wie PV und Batterie tagsüber Netzbezug verdrängen und wie sich der Netzfaktor über den Tag und die Jahreszeiten ändert.</translation>
    </message>
    <message>
        <source>hour of day, local time (%1)</source>
        <translation>Tagesstunde, Ortszeit (%1)</translation>
    </message>
    <message>
        <source>Figure 6.1: average day, supply of the site load</source>
        <translation>Abbildung 6.1: mittlerer Tag, Deckung der Standortlast</translation>
    </message>
    <message>
        <source>Mean power (MW)</source>
        <translation>Mittlere Leistung (MW)</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>PV direct</source>
        <translation>PV direkt</translation>
    </message>
    <message>
        <source>BESS discharge</source>
        <translation>Speicherentladung</translation>
    </message>
    <message>
        <source>Figure 6.2: average grid emission factor by hour and quarter</source>
        <translation>Abbildung 6.2: mittlerer Netz-Emissionsfaktor nach Stunde und Quartal</translation>
    </message>
    <message>
        <source>Table 6.1: hourly indicators</source>
        <translation>Tabelle 6.1: stündliche Indikatoren</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Carbon-free energy (Google-style CFE)</source>
        <translation>CO2-freie Energie (CFE nach Google)</translation>
    </message>
    <message>
        <source>matched on-site and contracted CFE plus the grid&apos;s CFE share of the rest, hour by hour</source>
        <translation>abgeglichene CFE vor Ort und aus Verträgen plus CFE-Anteil des Netzes am Rest, Stunde für Stunde</translation>
    </message>
    <message>
        <source>Hourly-matched share</source>
        <translation>Stündlich abgeglichener Anteil</translation>
    </message>
    <message>
        <source>on-site PV and contracted supply in the same hour only (EnergyTag-style)</source>
        <translation>nur PV vor Ort und vertragliche Lieferung in derselben Stunde (nach EnergyTag)</translation>
    </message>
    <message>
        <source>Hourly-matched emissions</source>
        <translation>Stündlich abgeglichene Emissionen</translation>
    </message>
    <message>
        <source>based on the proposed GHG Protocol revision</source>
        <translation>nach der vorgeschlagenen Revision des GHG Protocol</translation>
    </message>
    <message>
        <source>Consumption-weighted grid factor</source>
        <translation>Verbrauchsgewichteter Netzfaktor</translation>
    </message>
    <message>
        <source>Σ E_t × EF_t / Σ E_t, battery-traced</source>
        <translation>Σ E_t × EF_t / Σ E_t, über die Batterie verfolgt</translation>
    </message>
    <message>
        <source>Time-average grid factor</source>
        <translation>Zeitlich gemittelter Netzfaktor</translation>
    </message>
    <message>
        <source>plain mean over the hours</source>
        <translation>einfacher Mittelwert über die Stunden</translation>
    </message>
    <message>
        <source>Timing benefit</source>
        <translation>Zeitvorteil</translation>
    </message>
    <message>
        <source>1 − consumption-weighted / time-average factor</source>
        <translation>1 − verbrauchsgewichteter / zeitlich gemittelter Faktor</translation>
    </message>
    <message>
        <source>Carbon factor of battery discharge</source>
        <translation>CO2-Faktor der Batterieentladung</translation>
    </message>
    <message>
        <source>charge carbon traced through the battery pool</source>
        <translation>CO2 der Ladung über den Batteriepool verfolgt</translation>
    </message>
    <message>
        <source>The factor source gives no grid carbon-free share, so the CFE score credits the grid supply with 0 %: it is a lower bound.</source>
        <translation>Die Faktorquelle nennt keinen CO2-freien Netzanteil; der CFE-Wert rechnet der Netzlieferung daher 0 % an: Er ist eine Untergrenze.</translation>
    </message>
    <message>
        <source>Table 7.1: indicators from the one hourly ledger and boundary</source>
        <translation>Tabelle 7.1: Indikatoren aus dem einen Stundenjournal und einer Systemgrenze</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Formula and standard</source>
        <translation>Formel und Norm</translation>
    </message>
    <message>
        <source>no data (not metered)</source>
        <translation>keine Daten (nicht gemessen)</translation>
    </message>
    <message>
        <source>CUE market-based</source>
        <translation>CUE marktbasiert</translation>
    </message>
    <message>
        <source>Emissions per GPU-hour, location-based</source>
        <translation>Emissionen je GPU-Stunde, standortbasiert</translation>
    </message>
    <message>
        <source>per allocated GPU-hour when Slurm data exist</source>
        <translation>je zugewiesener GPU-Stunde, wenn Slurm-Daten vorliegen</translation>
    </message>
    <message>
        <source>Emissions per GPU-hour, market-based</source>
        <translation>Emissionen je GPU-Stunde, marktbasiert</translation>
    </message>
    <message>
        <source>Emissions per MWh IT, location-based</source>
        <translation>Emissionen je MWh IT, standortbasiert</translation>
    </message>
    <message>
        <source>Emissions per MWh IT, market-based</source>
        <translation>Emissionen je MWh IT, marktbasiert</translation>
    </message>
    <message>
        <source>CBAM does not apply to this site. The Carbon Border Adjustment Mechanism (Regulation (EU) 2023/956) covers goods imported into the EU customs territory that are listed in its Annex I, among them electricity (CN 2716) imported across the border. It does not cover compute, cloud or data-centre services, and it does not cover electricity bought and consumed inside the EU, whose generation is already covered by the EU Emissions Trading System. This statement is therefore not a CBAM declaration.</source>
        <translation>CBAM gilt für diesen Standort nicht. Das CO2-Grenzausgleichssystem (Verordnung (EU) 2023/956) erfasst in das Zollgebiet der EU eingeführte Waren, die in seinem Anhang I aufgeführt sind, darunter über die Grenze eingeführten Strom (KN 2716). Es erfasst keine Rechen-, Cloud- oder Rechenzentrumsdienstleistungen und keinen innerhalb der EU gekauften und verbrauchten Strom, dessen Erzeugung bereits dem EU-Emissionshandel unterliegt. Diese Erklärung ist daher keine CBAM-Erklärung.</translation>
    </message>
    <message>
        <source>The CBAM method for indirect emissions is used anyway because it is a published, verifiable EU method: emissions = electricity × emission factor, clear rules on when default values or actual values (direct technical link, PPA) may be used and what evidence they need, and the ETS-linked certificate price as a shadow carbon price. Customers that produce CBAM goods ask their suppliers for figures on this basis.</source>
        <translation>Die CBAM-Methode für indirekte Emissionen wird dennoch verwendet, weil sie eine veröffentlichte, prüfbare EU-Methode ist: Emissionen = Strom × Emissionsfaktor, klare Regeln, wann Standardwerte oder tatsächliche Werte (direkte technische Verbindung, PPA) verwendet werden dürfen und welche Nachweise sie brauchen, und der an den EU-EHS gekoppelte Zertifikatspreis als CO2-Schattenpreis. Kunden, die CBAM-Waren herstellen, fragen ihre Lieferanten nach Zahlen auf dieser Grundlage.</translation>
    </message>
    <message>
        <source>Table 8.1: indirect emissions per electricity stream</source>
        <translation>Tabelle 8.1: indirekte Emissionen je Stromfluss</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>Energy (MWh)</source>
        <translation>Energie (MWh)</translation>
    </message>
    <message>
        <source>Factor (tCO2e/MWh)</source>
        <translation>Faktor (tCO2e/MWh)</translation>
    </message>
    <message>
        <source>Kind of value</source>
        <translation>Art des Werts</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Share of emissions based on default values: %1 %. Intensity analogous to specific embedded emissions: %2 tCO2e per MWh of IT energy, %3 kgCO2e per GPU-hour.</source>
        <translation>Anteil der Emissionen auf Basis von Standardwerten: %1 %. Intensität analog zu spezifischen grauen Emissionen: %2 tCO2e je MWh IT-Energie, %3 kgCO2e je GPU-Stunde.</translation>
    </message>
    <message>
        <source>Table 8.2: evidence checklist for actual (non-default) values</source>
        <translation>Tabelle 8.2: Nachweis-Checkliste für tatsächliche Werte (keine Standardwerte)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Shadow carbon cost (illustrative, not a liability)</source>
        <translation>CO2-Schattenkosten (zur Veranschaulichung, keine Verbindlichkeit)</translation>
    </message>
    <message>
        <source>Table 8.3: shadow cost by quarter</source>
        <translation>Tabelle 8.3: Schattenkosten je Quartal</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Price (EUR/t)</source>
        <translation>Preis (EUR/t)</translation>
    </message>
    <message>
        <source>Price kind</source>
        <translation>Preisart</translation>
    </message>
    <message>
        <source>Cost (EUR)</source>
        <translation>Kosten (EUR)</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>Table 8.4: sensitivity to the carbon price</source>
        <translation>Tabelle 8.4: Empfindlichkeit gegenüber dem CO2-Preis</translation>
    </message>
    <message>
        <source>Carbon price (EUR/t)</source>
        <translation>CO2-Preis (EUR/t)</translation>
    </message>
    <message>
        <source>Shadow cost (EUR)</source>
        <translation>Schattenkosten (EUR)</translation>
    </message>
    <message>
        <source>Prices from %1 (kind and source per quarter as given in the file).</source>
        <translation>Preise aus %1 (Art und Quelle je Quartal wie in der Datei angegeben).</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>The IT load is the power drawn by the GPU cluster (GPU, CPU, network and node overhead). Training jobs start and stop as blocks of thousands of GPUs, and checkpoints and failures cause short dips, so the hourly load moves in steps rather than a smooth curve.</source>
        <translation>Die IT-Last ist die Leistungsaufnahme des GPU-Clusters (GPU, CPU, Netzwerk und Knoten-Overhead). Trainingsjobs starten und enden als Blöcke von Tausenden GPUs, Checkpoints und Ausfälle verursachen kurze Einbrüche; die Stundenlast verläuft daher in Stufen statt als glatte Kurve.</translation>
    </message>
    <message>
        <source>Figure 3.1: IT power per day</source>
        <translation>Abbildung 3.1: IT-Leistung je Tag</translation>
    </message>
    <message>
        <source>IT power (MW)</source>
        <translation>IT-Leistung (MW)</translation>
    </message>
    <message>
        <source>highest hourly mean</source>
        <translation>höchster Stundenmittelwert</translation>
    </message>
    <message>
        <source>daily mean</source>
        <translation>Tagesmittel</translation>
    </message>
    <message>
        <source>Figure 3.2: facility energy per month, IT and overhead</source>
        <translation>Abbildung 3.2: Energie je Monat, IT und Overhead</translation>
    </message>
    <message>
        <source>IT equipment</source>
        <translation>IT-Geräte</translation>
    </message>
    <message>
        <source>cooling and facility</source>
        <translation>Kühlung und Gebäude</translation>
    </message>
    <message>
        <source>BESS auxiliary and losses</source>
        <translation>Speicher-Eigenverbrauch und -Verluste</translation>
    </message>
    <message>
        <source>Table 3.1: compute load</source>
        <translation>Tabelle 3.1: Rechenlast</translation>
    </message>
    <message>
        <source>Every hour of the ledger closes the balance facility + BESS auxiliary + BESS charge + export = PV + import + BESS discharge. PV serves the load first, its surplus charges the battery and the rest is exported; the battery charges from the grid only when the controller asks for it.</source>
        <translation>Jede Stunde des Journals schließt die Bilanz Last + Speicher-Eigenverbrauch + Speicherladung + Einspeisung = PV + Bezug + Speicherentladung. PV deckt zuerst die Last, der Überschuss lädt die Batterie und der Rest wird eingespeist; aus dem Netz lädt die Batterie nur, wenn die Steuerung es verlangt.</translation>
    </message>
    <message>
        <source>Figure 4.1: how the site load was supplied, per month</source>
        <translation>Abbildung 4.1: Deckung der Standortlast je Monat</translation>
    </message>
    <message>
        <source>Table 4.1: annual energy balance</source>
        <translation>Tabelle 4.1: jährliche Energiebilanz</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>not netted against imports</source>
        <translation>nicht mit dem Bezug verrechnet</translation>
    </message>
    <message>
        <source>self-consumption ratio %1 %</source>
        <translation>Eigenverbrauchsquote %1 %</translation>
    </message>
    <message>
        <source>export limit</source>
        <translation>Einspeisegrenze</translation>
    </message>
    <message>
        <source>round trip %1 %, %2 equivalent full cycles</source>
        <translation>Wirkungsgrad %1 %, %2 äquivalente Vollzyklen</translation>
    </message>
    <message>
        <source>part of E_DC</source>
        <translation>Teil von E_DC</translation>
    </message>
    <message>
        <source>facility + BESS auxiliary + BESS losses</source>
        <translation>Last + Speicher-Eigenverbrauch + Speicherverluste</translation>
    </message>
    <message>
        <source>Effect of the battery on peak demand and cost</source>
        <translation>Wirkung der Batterie auf Lastspitze und Kosten</translation>
    </message>
    <message>
        <source>Table 4.2: the site with the battery idle (baseline) and with the controller</source>
        <translation>Tabelle 4.2: der Standort mit ruhender Batterie (Basis) und mit Steuerung</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>With BESS</source>
        <translation>Mit Speicher</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Figure 4.2: billing peak per month</source>
        <translation>Abbildung 4.2: Abrechnungsspitze je Monat</translation>
    </message>
    <message>
        <source>Highest billing-interval import (MW)</source>
        <translation>Höchster Bezug im Abrechnungsintervall (MW)</translation>
    </message>
    <message>
        <source>baseline (battery idle)</source>
        <translation>Basis (Batterie ruht)</translation>
    </message>
    <message>
        <source>with BESS</source>
        <translation>mit Speicher</translation>
    </message>
    <message>
        <source>The demand charge is billed on the highest %1-minute mean import of each billing period. The battery can only shave a peak that it has the energy and power for; long plateaus of full cluster load above the threshold limit the reduction.</source>
        <translation>Der Leistungspreis wird auf den höchsten %1-Minuten-Mittelwert des Bezugs jeder Abrechnungsperiode erhoben. Die Batterie kann nur Spitzen kappen, für die Energie und Leistung reichen; lange Plateaus voller Clusterlast über der Schwelle begrenzen die Reduktion.</translation>
    </message>
    <message>
        <source>Simulating the year with and without the battery, building the ledger</source>
        <translation>Simulation des Jahres mit und ohne Batterie, Aufbau des Journals</translation>
    </message>
    <message>
        <source>Composing the report</source>
        <translation>Bericht wird zusammengestellt</translation>
    </message>
    <message>
        <source>Report ready</source>
        <translation>Bericht fertig</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Berichtszeitraum</translation>
    </message>
    <message>
        <source>Report ID</source>
        <translation>Berichts-ID</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>Manifest SHA-256</translation>
    </message>
    <message>
        <source>Configuration SHA-256</source>
        <translation>Konfiguration SHA-256</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Name des Standorts</translation>
    </message>
    <message>
        <source>Location (latitude, longitude)</source>
        <translation>Lage (Breite, Länge)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>GPU nodes</source>
        <translation>GPU-Knoten</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>GPU thermal design power</source>
        <translation>Thermische Verlustleistung (TDP) je GPU</translation>
    </message>
    <message>
        <source>Installed IT power PD_IT</source>
        <translation>Installierte IT-Leistung PD_IT</translation>
    </message>
    <message>
        <source>PV DC capacity</source>
        <translation>PV-Leistung DC</translation>
    </message>
    <message>
        <source>PV inverter AC limit</source>
        <translation>AC-Grenze der PV-Wechselrichter</translation>
    </message>
    <message>
        <source>BESS usable capacity</source>
        <translation>Nutzbare Speicherkapazität</translation>
    </message>
    <message>
        <source>BESS power (PCS)</source>
        <translation>Speicherleistung (PCS)</translation>
    </message>
    <message>
        <source>BESS state-of-charge window</source>
        <translation>Ladezustandsfenster des Speichers</translation>
    </message>
    <message>
        <source>Grid import limit</source>
        <translation>Bezugsgrenze</translation>
    </message>
    <message>
        <source>Grid export limit</source>
        <translation>Einspeisegrenze</translation>
    </message>
    <message>
        <source>Demand charge</source>
        <translation>Leistungspreis</translation>
    </message>
    <message>
        <source>Billing interval</source>
        <translation>Abrechnungsintervall</translation>
    </message>
    <message>
        <source>Battery controller</source>
        <translation>Batteriesteuerung</translation>
    </message>
    <message>
        <source>Peak-shaving threshold</source>
        <translation>Schwelle der Spitzenkappung</translation>
    </message>
    <message>
        <source>Mean IT power</source>
        <translation>Mittlere IT-Leistung</translation>
    </message>
    <message>
        <source>Highest hourly IT power</source>
        <translation>Höchste stündliche IT-Leistung</translation>
    </message>
    <message>
        <source>IT utilisation E_IT / (PD_IT × hours)</source>
        <translation>IT-Auslastung E_IT / (PD_IT × Stunden)</translation>
    </message>
    <message>
        <source>Installed GPU-hours</source>
        <translation>Installierte GPU-Stunden</translation>
    </message>
    <message>
        <source>Allocated GPU-hours (Slurm)</source>
        <translation>Zugewiesene GPU-Stunden (Slurm)</translation>
    </message>
    <message>
        <source>IT energy per allocated GPU-hour</source>
        <translation>IT-Energie je zugewiesener GPU-Stunde</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>Netzbezug</translation>
    </message>
    <message>
        <source>Grid export</source>
        <translation>Netzeinspeisung</translation>
    </message>
    <message>
        <source>PV generation (delivered)</source>
        <translation>PV-Erzeugung (geliefert)</translation>
    </message>
    <message>
        <source>PV used directly on site</source>
        <translation>PV direkt vor Ort genutzt</translation>
    </message>
    <message>
        <source>PV exported</source>
        <translation>PV eingespeist</translation>
    </message>
    <message>
        <source>PV curtailed</source>
        <translation>PV abgeregelt</translation>
    </message>
    <message>
        <source>BESS charge from PV</source>
        <translation>Speicherladung aus PV</translation>
    </message>
    <message>
        <source>BESS charge from grid</source>
        <translation>Speicherladung aus dem Netz</translation>
    </message>
    <message>
        <source>BESS losses</source>
        <translation>Speicherverluste</translation>
    </message>
    <message>
        <source>BESS auxiliary load</source>
        <translation>Speicher-Eigenverbrauch</translation>
    </message>
    <message>
        <source>Facility load (IT, cooling, other)</source>
        <translation>Last des Rechenzentrums (IT, Kühlung, Sonstiges)</translation>
    </message>
    <message>
        <source>Highest billing-interval import</source>
        <translation>Höchster Bezug im Abrechnungsintervall</translation>
    </message>
    <message>
        <source>Energy cost</source>
        <translation>Arbeitskosten</translation>
    </message>
    <message>
        <source>Demand charges</source>
        <translation>Leistungskosten</translation>
    </message>
    <message>
        <source>Export revenue</source>
        <translation>Einspeiseerlös</translation>
    </message>
    <message>
        <source>Total electricity cost</source>
        <translation>Stromkosten gesamt</translation>
    </message>
</context>
</TS>
