<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../forms/AboutDialog.ui" line="6"/>
        <source>About Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AboutDialog.ui" line="12"/>
        <source>&lt;h2&gt;Strata&lt;/h2&gt;A desktop workbench for Alembic database migrations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="121"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::DetailsPane</name>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="48"/>
        <source>&lt;i&gt;Select a revision to see its details.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="76"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="79"/>
        <source>(no message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="82"/>
        <source>head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="84"/>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="86"/>
        <source>branch point</source>
        <translation>Verzweigung</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="88"/>
        <source>merge point</source>
        <translation>Zusammenführung</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="94"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="95"/>
        <source>Parents</source>
        <translation>Eltern</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="95"/>
        <source>&amp;lt;base&amp;gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="96"/>
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="98"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="100"/>
        <source>Branch labels</source>
        <translation>Zweig-Labels</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="101"/>
        <source> (inherited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="103"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="108"/>
        <source>Unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="110"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>strata::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="130"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="131"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="61"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="40"/>
        <source>Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="50"/>
        <source>Search revisions: id, message or branch label (Enter: next match)</source>
        <translation>Revisionen suchen: ID, Nachricht oder Zweig-Label (Eingabe: nächster Treffer)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="68"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="68"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="68"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="72"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="94"/>
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="115"/>
        <source>Open an Alembic project to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="134"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="135"/>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="139"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="142"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="143"/>
        <source>&amp;Find Revision</source>
        <translation>Revision &amp;suchen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="149"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="152"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="153"/>
        <source>&amp;About Strata</source>
        <translation>Über &amp;Strata</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="155"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="166"/>
        <source>Open Alembic Project</source>
        <translation>Alembic-Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="167"/>
        <source>Alembic configuration (alembic.ini pyproject.toml *.ini);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="191"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="213"/>
        <source>Could not open the project.</source>
        <translation>Das Projekt konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="215"/>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="216"/>
        <source>Strata could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="230"/>
        <source>%1 — Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="231"/>
        <source>%n revision(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="231"/>
        <source>%n head(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="232"/>
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="247"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="248"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="249"/>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="303"/>
        <source>Version %1, Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::RevisionGraphView</name>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="20"/>
        <source>Revision graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="101"/>
        <source>This project has no revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="102"/>
        <source>Open an Alembic project (File → Open Project…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="178"/>
        <source>head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="178"/>
        <source>effective head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="180"/>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="184"/>
        <source>depends on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="233"/>
        <source>Branch: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
