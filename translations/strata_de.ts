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
    <name>RunConfirmDialog</name>
    <message>
        <location filename="../forms/RunConfirmDialog.ui" line="9"/>
        <source>Confirm run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RunConfirmDialog.ui" line="36"/>
        <source>database name</source>
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
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="136"/>
        <source>Checked %n environment(s). No keychain is available: passwords are kept in memory for this session only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="139"/>
        <source>Checked %n environment(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="210"/>
        <source>No environments for this project yet: Add… or Import URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="218"/>
        <source>  [PRODUCTION]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="220"/>
        <source>  [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="222"/>
        <source>  (workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="229"/>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="263"/>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="229"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="235"/>
        <source>behind by %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="261"/>
        <source>Checking %n environment(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="278"/>
        <source>No keychain is available here: passwords you enter are kept in memory until Strata quits, never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="300"/>
        <source>The profile file is damaged and kept for repair; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="326"/>
        <source>The password for %1 was NOT stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="330"/>
        <source>Password for %1 stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="336"/>
        <source>Profile %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="374"/>
        <source>Remove environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="375"/>
        <source>Remove the profile %1 and its password from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="410"/>
        <source>Import from URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="418"/>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="475"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="419"/>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="420"/>
        <source>A password in the URL goes to the keychain, never into the profile file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="454"/>
        <source>a profile named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="464"/>
        <source>Import from .env files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="469"/>
        <source>.env, .env.local (later files override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="470"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="476"/>
        <source>&amp;Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="477"/>
        <source>URL &amp;variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="478"/>
        <source>The password found goes to the keychain; the profile keeps the variable name so Alembic&apos;s env.py gets the URL the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="488"/>
        <source>Choose .env files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="507"/>
        <source>%1 is not set in these files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="520"/>
        <source>This project has no alembic.ini to import from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="531"/>
        <source>[%1] in %2 has no sqlalchemy.url (env.py may build the URL itself): add the profile by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="539"/>
        <source>Import from alembic.ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="540"/>
        <source>Name for the environment at %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="560"/>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="562"/>
        <source>No keychain is available: the password is kept in memory until Strata quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="563"/>
        <source>The password is stored in the keychain. Leave it empty to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="579"/>
        <source>Password removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="605"/>
        <source>Export Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="605"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="612"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="614"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::JournalPanel</name>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="34"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="43"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="43"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="43"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="43"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="43"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="96"/>
        <source>The run journal cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="120"/>
        <source>No runs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/JournalPanel.cpp" line="120"/>
        <source>%n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/JournalPanel.cpp" line="122"/>
        <source>%n run(s) were interrupted: Strata ended while they ran. Their open transactions were rolled back by the database; see each run for the steps that had finished.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="142"/>
        <source>Run:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="143"/>
        <source>What:     %1 %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="144"/>
        <source>State:    %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="145"/>
        <source>Who:      %1@%2 (pid %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="146"/>
        <source>Where:    %1 — %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="147"/>
        <source>Started:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="149"/>
        <source>Finished: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="150"/>
        <source>From:     %1
To:       %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="152"/>
        <source>Error:    %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="154"/>
        <source>Outcome:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::LocksPanel</name>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="49"/>
        <source>Select an environment to see its sessions and locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="50"/>
        <source>Refresh every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="55"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="56"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="57"/>
        <source>Cancel Query…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="59"/>
        <source>Terminate Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="74"/>
        <source>Blocking chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="74"/>
        <location filename="../src/gui/LocksPanel.cpp" line="81"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="74"/>
        <location filename="../src/gui/LocksPanel.cpp" line="81"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="74"/>
        <location filename="../src/gui/LocksPanel.cpp" line="81"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="74"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="74"/>
        <location filename="../src/gui/LocksPanel.cpp" line="82"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="81"/>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="81"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="81"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="82"/>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="82"/>
        <source>Query age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="82"/>
        <source>Waiting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="82"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="138"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="140"/>
        <source> [PRODUCTION]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LocksPanel.cpp" line="173"/>
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LocksPanel.cpp" line="174"/>
        <source>%n blocking chain(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="174"/>
        <source>nobody waits on anybody</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LocksPanel.cpp" line="175"/>
        <source>%n idle in transaction</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="189"/>
        <source>pid %1 (Strata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="189"/>
        <source>pid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="193"/>
        <source>waiting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="215"/>
        <source>%1 (this window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="276"/>
        <source>This is one of Strata&apos;s own control connections; cancel a run from the Run tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="277"/>
        <source>The profile is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="287"/>
        <source>Session %1 — %2 @ %3, application &apos;%4&apos;, %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="288"/>
        <source>State: %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="288"/>
        <source>, waiting on %1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="295"/>
        <source>Transaction open since %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="298"/>
        <source>  %1 %2 %3%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="298"/>
        <source>holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="298"/>
        <source>waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="311"/>
        <source>Terminate session %1 (%2, &apos;%3&apos;)?

The session ends: its uncommitted work%4 is rolled back and its client is disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="316"/>
        <source> (a transaction open for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="318"/>
        <source>Cancel the running query of session %1 (%2, &apos;%3&apos;)?

The statement stops; if it was in a transaction, that transaction is aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="323"/>
        <source>Terminate Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="323"/>
        <source>Cancel Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="329"/>
        <source>

This is a production database: type its name, %1, to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="354"/>
        <source>Session %1 terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="354"/>
        <source>Query of session %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="221"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="222"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="73"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="52"/>
        <source>Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="62"/>
        <source>Search revisions: id, message or branch label (Enter: next match)</source>
        <translation>Revisionen suchen: ID, Nachricht oder Zweig-Label (Eingabe: nächster Treffer)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="80"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="80"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="80"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="84"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="90"/>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="97"/>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="102"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="107"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="112"/>
        <source>Locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="142"/>
        <source>A run is going; the window stays usable. Cancel it in the Run tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="147"/>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="152"/>
        <source>%n earlier run(s) were interrupted; see the Journal tab.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="172"/>
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="206"/>
        <source>Open an Alembic project to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="225"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="226"/>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="230"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="233"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="234"/>
        <source>&amp;Find Revision</source>
        <translation>Revision &amp;suchen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="240"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="243"/>
        <source>&amp;Migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="245"/>
        <source>&amp;Preview SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="247"/>
        <source>The SQL Alembic would run from the selected environment&apos;s revision to the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="248"/>
        <source>&amp;Upgrade to Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="251"/>
        <source>&amp;Downgrade to Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="254"/>
        <source>&amp;Stamp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="256"/>
        <source>Record the selected revision in the version table without running migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="258"/>
        <source>&amp;Merge Heads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="269"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="270"/>
        <source>&amp;About Strata</source>
        <translation>Über &amp;Strata</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="272"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="287"/>
        <source>Open Alembic Project</source>
        <translation>Alembic-Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="288"/>
        <source>Alembic configuration (alembic.ini pyproject.toml *.ini);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="312"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="334"/>
        <source>Could not open the project.</source>
        <translation>Das Projekt konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="336"/>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="337"/>
        <source>Strata could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="351"/>
        <source>%1 — Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="352"/>
        <source>%n revision(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="352"/>
        <source>%n head(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="353"/>
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="386"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="387"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="388"/>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="442"/>
        <source>Version %1, Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="455"/>
        <source>Select an environment in the Environments dock first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="470"/>
        <source>Select a revision in the graph first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="478"/>
        <location filename="../src/gui/MainWindow.cpp" line="501"/>
        <location filename="../src/gui/MainWindow.cpp" line="506"/>
        <source>base</source>
        <translation type="unfinished">Basis</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="501"/>
        <source>Asking Alembic for the offline SQL of %1 → %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="504"/>
        <source>%1 SQL from %2 (%3) to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="505"/>
        <source>Downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="505"/>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="513"/>
        <source>No SQL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="531"/>
        <source>A run is already going; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="549"/>
        <source>Checking %1 before the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="592"/>
        <source>(reviewed SQL from the SQL tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="602"/>
        <source>The project has one head; there is nothing to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="607"/>
        <source>Merge Heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="608"/>
        <source>Message of the merge revision (it joins all %n heads):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="610"/>
        <source>merge heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="613"/>
        <source>Writing the merge revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="619"/>
        <location filename="../src/gui/MainWindow.cpp" line="621"/>
        <source>Merge failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="623"/>
        <source>Merge revision written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="647"/>
        <source>A run is going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="648"/>
        <source>A migration is running. Cancel it and quit? The database rolls back the open transaction.</source>
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
<context>
    <name>strata::RunConfirmDialog</name>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="24"/>
        <source>%1 %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="25"/>
        <source>&lt;p&gt;&lt;b&gt;%1 %2&lt;/b&gt; on &lt;b&gt;%3&lt;/b&gt;%4&lt;br&gt;%5&lt;br&gt;%6&lt;/p&gt;&lt;p&gt;The database is now at &lt;b&gt;%7&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="27"/>
        <source> &lt;span style=&apos;color:#c62828&apos;&gt;[PRODUCTION]&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="31"/>
        <source>&lt;p style=&apos;color:#c62828&apos;&gt;&lt;b&gt;This run cannot start:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="33"/>
        <source>&lt;p&gt;Nothing to do: the database is already there.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/RunConfirmDialog.cpp" line="35"/>
        <source>&lt;p&gt;%n step(s) will run, in this order:&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="44"/>
        <source>non-transactional: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="51"/>
        <source>This is a production database. Type its name, %1, to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="52"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::RunPanel</name>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="29"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="30"/>
        <source>Checking the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="31"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="32"/>
        <location filename="../src/gui/RunPanel.cpp" line="200"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="33"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="34"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="35"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="36"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="47"/>
        <source>No run yet. Choose “Upgrade to here…” on a revision to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="51"/>
        <location filename="../src/gui/RunPanel.cpp" line="133"/>
        <location filename="../src/gui/RunPanel.cpp" line="251"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="54"/>
        <source>Stop the run: the database cancels the running statement and rolls back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="64"/>
        <source>Show in Locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="83"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="83"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="83"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="83"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="83"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="125"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; on &lt;b&gt;%3&lt;/b&gt;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="128"/>
        <source> [PRODUCTION]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="147"/>
        <source>step %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="163"/>
        <source>statement %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="166"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="170"/>
        <source>The run is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="214"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="245"/>
        <source>error: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::SqlPreviewPanel</name>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="21"/>
        <source>Choose a revision and “Preview SQL” to see the SQL Alembic would run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="23"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="24"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="25"/>
        <source>Run Reviewed SQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="26"/>
        <source>Run exactly this script on the selected environment, statement by statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="75"/>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="81"/>
        <source>Save SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="76"/>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="81"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
