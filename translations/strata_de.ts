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
    <name>ProfileDialog</name>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="6"/>
        <source>Connection Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="11"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="13"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="15"/>
        <source>&amp;Database type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="17"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="21"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="22"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="25"/>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="27"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="29"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="30"/>
        <source>unchanged (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="31"/>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="33"/>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="34"/>
        <source>pg_service.conf entry (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="35"/>
        <source>Version &amp;table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="38"/>
        <source>schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="39"/>
        <source>alembic_version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="42"/>
        <source>URL &amp;variables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="43"/>
        <source>e.g. DATABASE_URL (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="44"/>
        <source>&amp;Production: ask for the typed database name before any write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="45"/>
        <source>&amp;Read-only: Strata refuses every write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="50"/>
        <source>&amp;Test Connection</source>
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
    <name>strata::EnvironmentsPanel</name>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="66"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="67"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="68"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="71"/>
        <source>From a URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="72"/>
        <source>From .env files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="73"/>
        <source>From alembic.ini…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="75"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="81"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="80"/>
        <source>Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="83"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="85"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="94"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="94"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="94"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="94"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="94"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="95"/>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="127"/>
        <source>Checked %n environment(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="198"/>
        <source>No environments for this project yet: Add… or Import URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="206"/>
        <source>  [PRODUCTION]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="208"/>
        <source>  [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="210"/>
        <source>  (workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="217"/>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="251"/>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="217"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="223"/>
        <source>behind by %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="249"/>
        <source>Checking %n environment(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="284"/>
        <source>The profile file is damaged and kept for repair; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="310"/>
        <source>The password for %1 was NOT stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="314"/>
        <source>Password for %1 stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="320"/>
        <source>Profile %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="358"/>
        <source>Remove environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="359"/>
        <source>Remove the profile %1 and its password from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="394"/>
        <source>Import from URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="402"/>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="459"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="403"/>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="404"/>
        <source>A password in the URL goes to the keychain, never into the profile file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="438"/>
        <source>a profile named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="448"/>
        <source>Import from .env files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="453"/>
        <source>.env, .env.local (later files override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="454"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="460"/>
        <source>&amp;Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="461"/>
        <source>URL &amp;variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="462"/>
        <source>The password found goes to the keychain; the profile keeps the variable name so Alembic&apos;s env.py gets the URL the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="472"/>
        <source>Choose .env files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="491"/>
        <source>%1 is not set in these files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="504"/>
        <source>This project has no alembic.ini to import from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="515"/>
        <source>[%1] in %2 has no sqlalchemy.url (env.py may build the URL itself): add the profile by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="523"/>
        <source>Import from alembic.ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="524"/>
        <source>Name for the environment at %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="542"/>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="544"/>
        <source>No keychain is available: the password is kept in memory until Strata quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="545"/>
        <source>The password is stored in the keychain. Leave it empty to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="561"/>
        <source>Password removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="587"/>
        <source>Export Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="587"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="594"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="596"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="152"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="153"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="62"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="41"/>
        <source>Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="51"/>
        <source>Search revisions: id, message or branch label (Enter: next match)</source>
        <translation>Revisionen suchen: ID, Nachricht oder Zweig-Label (Eingabe: nächster Treffer)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="69"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="69"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="69"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="73"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="79"/>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="103"/>
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="137"/>
        <source>Open an Alembic project to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="156"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="157"/>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="161"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="164"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="165"/>
        <source>&amp;Find Revision</source>
        <translation>Revision &amp;suchen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="171"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="174"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="175"/>
        <source>&amp;About Strata</source>
        <translation>Über &amp;Strata</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="177"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="188"/>
        <source>Open Alembic Project</source>
        <translation>Alembic-Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="189"/>
        <source>Alembic configuration (alembic.ini pyproject.toml *.ini);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="213"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="235"/>
        <source>Could not open the project.</source>
        <translation>Das Projekt konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="237"/>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="238"/>
        <source>Strata could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="252"/>
        <source>%1 — Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="253"/>
        <source>%n revision(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="253"/>
        <source>%n head(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="254"/>
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="287"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="288"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="289"/>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="343"/>
        <source>Version %1, Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ProfileDialog</name>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="19"/>
        <source>New Connection Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="19"/>
        <source>Edit Connection Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="21"/>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="21"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="22"/>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="22"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="23"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="29"/>
        <source>(libpq default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="48"/>
        <source>optional: ~/.pgpass or pg_service.conf may supply it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="61"/>
        <source>Connected (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="62"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="82"/>
        <source>Data&amp;base file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="82"/>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="126"/>
        <source>Connecting…</source>
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
        <location filename="../src/gui/RevisionGraphView.cpp" line="180"/>
        <source>head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="180"/>
        <source>effective head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="182"/>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="186"/>
        <source>depends on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="249"/>
        <source>Branch: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
