<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../forms/AboutDialog.ui" line="6"/>
        <source>About Strata</source>
        <translation>Über Strata</translation>
    </message>
    <message>
        <location filename="../forms/AboutDialog.ui" line="12"/>
        <source>&lt;h2&gt;Strata&lt;/h2&gt;A desktop workbench for Alembic database migrations.</source>
        <translation>&lt;h2&gt;Strata&lt;/h2&gt;Eine Desktop-Werkbank für Alembic-Datenbankmigrationen.</translation>
    </message>
</context>
<context>
    <name>ImportEnvDialog</name>
    <message>
        <location filename="../forms/ImportEnvDialog.ui" line="6"/>
        <source>Import from .env files</source>
        <translation>Aus .env-Dateien importieren</translation>
    </message>
    <message>
        <location filename="../forms/ImportEnvDialog.ui" line="12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../forms/ImportEnvDialog.ui" line="25"/>
        <source>&amp;Files:</source>
        <translation>&amp;Dateien:</translation>
    </message>
    <message>
        <location filename="../forms/ImportEnvDialog.ui" line="43"/>
        <source>.env, .env.local (later files override)</source>
        <translation>.env, .env.local (spätere Dateien überschreiben frühere)</translation>
    </message>
    <message>
        <location filename="../forms/ImportEnvDialog.ui" line="50"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../forms/ImportEnvDialog.ui" line="59"/>
        <source>URL &amp;variable:</source>
        <translation>URL-&amp;Variable:</translation>
    </message>
    <message>
        <location filename="../forms/ImportEnvDialog.ui" line="76"/>
        <source>&amp;Production: writes need the database name typed</source>
        <translation>&amp;Produktion: Schreiben verlangt den eingetippten Datenbanknamen</translation>
    </message>
    <message>
        <location filename="../forms/ImportEnvDialog.ui" line="83"/>
        <source>The password found goes to the keychain; the profile keeps the variable name so Alembic&apos;s env.py gets the URL the same way.</source>
        <translation>Das gefundene Passwort kommt in den Schlüsselbund; das Profil behält den Variablennamen, damit env.py von Alembic die URL auf dieselbe Weise erhält.</translation>
    </message>
</context>
<context>
    <name>ImportUrlDialog</name>
    <message>
        <location filename="../forms/ImportUrlDialog.ui" line="6"/>
        <source>Import from URL</source>
        <translation>Aus URL importieren</translation>
    </message>
    <message>
        <location filename="../forms/ImportUrlDialog.ui" line="12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../forms/ImportUrlDialog.ui" line="25"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../forms/ImportUrlDialog.ui" line="51"/>
        <source>&amp;Show the URL (its password stays hidden once imported)</source>
        <translation>URL &amp;anzeigen (ihr Passwort bleibt nach dem Import verborgen)</translation>
    </message>
    <message>
        <location filename="../forms/ImportUrlDialog.ui" line="58"/>
        <source>&amp;Production: writes need the database name typed</source>
        <translation>&amp;Produktion: Schreiben verlangt den eingetippten Datenbanknamen</translation>
    </message>
    <message>
        <location filename="../forms/ImportUrlDialog.ui" line="65"/>
        <source>A password in the URL goes to the keychain, never into the profile file.</source>
        <translation>Ein Passwort in der URL kommt in den Schlüsselbund, nie in die Profildatei.</translation>
    </message>
</context>
<context>
    <name>LintText</name>
    <message>
        <location filename="../src/gui/LintText.cpp" line="13"/>
        <source>Allowed: %1</source>
        <translation>Erlaubt: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/LintText.cpp" line="15"/>
        <source>Lock: %1</source>
        <translation>Sperre: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/LintText.cpp" line="17"/>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/LintText.cpp" line="19"/>
        <source>Safe: %1</source>
        <translation>Sicher: %1</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="6"/>
        <source>Connection Profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="13"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="15"/>
        <source>&amp;Database type:</source>
        <translation>&amp;Datenbanktyp:</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="17"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="21"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="22"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="25"/>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="27"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="29"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="30"/>
        <source>unchanged (kept in the keychain)</source>
        <translation>unverändert (im Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="31"/>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="33"/>
        <source>Ser&amp;vice:</source>
        <translation>Dien&amp;st:</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="34"/>
        <source>pg_service.conf entry (optional)</source>
        <translation>Eintrag in pg_service.conf (optional)</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="35"/>
        <source>Version &amp;table:</source>
        <translation>Versions&amp;tabelle:</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="38"/>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="39"/>
        <source>alembic_version</source>
        <translation>alembic_version</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="42"/>
        <source>URL &amp;variables:</source>
        <translation>URL-&amp;Variablen:</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="43"/>
        <source>e.g. DATABASE_URL (comma-separated)</source>
        <translation>z. B. DATABASE_URL (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="44"/>
        <source>T&amp;imeouts:</source>
        <translation>Zeitl&amp;imits:</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="47"/>
        <source>lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="48"/>
        <source>How long a migration waits for a table another session holds before it gives up and rolls back (lock_timeout; MySQL: lock_wait_timeout)</source>
        <translation>Wie lange eine Migration auf eine Tabelle wartet, die eine andere Sitzung hält, bevor sie aufgibt und zurückrollt (lock_timeout; MySQL: lock_wait_timeout)</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="48"/>
        <location filename="../forms/ProfileDialog.ui" line="50"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="48"/>
        <source>wait forever</source>
        <translation>unbegrenzt warten</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="49"/>
        <source>statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="50"/>
        <source>How long one statement may run before the server stops it (statement_timeout; MariaDB: max_statement_time)</source>
        <translation>Wie lange eine Anweisung laufen darf, bevor der Server sie abbricht (statement_timeout; MariaDB: max_statement_time)</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="50"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="53"/>
        <source>&amp;Production: ask for the typed database name before any write</source>
        <translation>&amp;Produktion: vor jedem Schreiben den Datenbanknamen eintippen lassen</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="54"/>
        <source>&amp;Read-only: Strata refuses every write</source>
        <translation>&amp;Nur lesen: Strata verweigert jedes Schreiben</translation>
    </message>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="59"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="169"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/connection/SecretStore.cpp" line="17"/>
        <source>no password stored in the keychain</source>
        <translation>kein Passwort im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location filename="../src/core/connection/SecretStore.cpp" line="18"/>
        <source>the keychain could not delete the password: %1</source>
        <translation>der Schlüsselbund konnte das Passwort nicht löschen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/connection/SecretStore.cpp" line="19"/>
        <source>access to the keychain was denied</source>
        <translation>der Zugriff auf den Schlüsselbund wurde verweigert</translation>
    </message>
    <message>
        <location filename="../src/core/connection/SecretStore.cpp" line="20"/>
        <source>the keychain refused access: %1</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <location filename="../src/core/connection/SecretStore.cpp" line="22"/>
        <source>no keychain is available (no Secret Service, KWallet or platform keychain); passwords are kept in memory for this session only</source>
        <translation>kein Schlüsselbund verfügbar (kein Secret Service, KWallet oder Plattform-Schlüsselbund); Passwörter werden nur für diese Sitzung im Speicher gehalten</translation>
    </message>
    <message>
        <location filename="../src/core/connection/SecretStore.cpp" line="24"/>
        <source>the keychain does not support this: %1</source>
        <translation>der Schlüsselbund unterstützt das nicht: %1</translation>
    </message>
    <message>
        <location filename="../src/core/connection/SecretStore.cpp" line="25"/>
        <source>keychain error: %1</source>
        <translation>Schlüsselbundfehler: %1</translation>
    </message>
</context>
<context>
    <name>RunConfirmDialog</name>
    <message>
        <location filename="../forms/RunConfirmDialog.ui" line="9"/>
        <source>Confirm run</source>
        <translation>Lauf bestätigen</translation>
    </message>
    <message>
        <location filename="../forms/RunConfirmDialog.ui" line="40"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../forms/RunConfirmDialog.ui" line="41"/>
        <source>What the SQL does</source>
        <translation>Was das SQL tut</translation>
    </message>
    <message>
        <location filename="../forms/RunConfirmDialog.ui" line="51"/>
        <source>database name</source>
        <translation>Datenbankname</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="63"/>
        <source>Desktop workbench for Alembic migrations</source>
        <translation>Desktop-Werkbank für Alembic-Migrationen</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="67"/>
        <source>Project directory, alembic.ini or pyproject.toml</source>
        <translation>Projektverzeichnis, alembic.ini oder pyproject.toml</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="69"/>
        <source>alembic.ini section</source>
        <translation>Abschnitt in alembic.ini</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="72"/>
        <source>Print the time to the first painted graph and quit (benchmarks)</source>
        <translation>Die Zeit bis zum ersten gezeichneten Graphen ausgeben und beenden (Benchmarks)</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="75"/>
        <source>Save a PNG of the window once the project is shown, then quit (docs and visual checks)</source>
        <translation>Ein PNG des Fensters speichern, sobald das Projekt angezeigt wird, dann beenden (Dokumentation und Sichtprüfung)</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="79"/>
        <source>Open the project, refresh every environment, print the longest time the window did not answer, and quit (benchmarks)</source>
        <translation>Das Projekt öffnen, jede Umgebung aktualisieren, die längste Zeit ausgeben, in der das Fenster nicht antwortete, und beenden (Benchmarks)</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="87"/>
        <source>With --screenshot: raise this tab first (findings, sql, run, journal, locks, doctor)</source>
        <translation>Mit --screenshot: zuerst diesen Reiter nach vorn holen (findings, sql, run, journal, locks, doctor)</translation>
    </message>
</context>
<context>
    <name>strata::Bridge</name>
    <message>
        <location filename="../src/core/run/Bridge.cpp" line="61"/>
        <source>the Python interpreter &apos;%1&apos; (%2) does not exist or is not executable</source>
        <translation>der Python-Interpreter &apos;%1&apos; (%2) existiert nicht oder ist nicht ausführbar</translation>
    </message>
    <message>
        <location filename="../src/core/run/Bridge.cpp" line="93"/>
        <source>no Python interpreter found: create .venv next to the project, set VIRTUAL_ENV, or install python3</source>
        <translation>kein Python-Interpreter gefunden: legen Sie .venv neben dem Projekt an, setzen Sie VIRTUAL_ENV oder installieren Sie python3</translation>
    </message>
    <message>
        <location filename="../src/core/run/Bridge.cpp" line="125"/>
        <source>%1 did not say which Alembic it has</source>
        <translation>%1 hat nicht gesagt, welches Alembic es hat</translation>
    </message>
    <message>
        <location filename="../src/core/run/Bridge.cpp" line="129"/>
        <source>%1 has no Alembic</source>
        <translation>%1 hat kein Alembic</translation>
    </message>
    <message>
        <location filename="../src/core/run/Bridge.cpp" line="150"/>
        <source>$STRATA_BRIDGE names %1, which does not exist</source>
        <translation>$STRATA_BRIDGE nennt %1, das nicht existiert</translation>
    </message>
    <message>
        <location filename="../src/core/run/Bridge.cpp" line="171"/>
        <source>running Alembic needs an alembic.ini or a pyproject.toml with [tool.alembic] (this project was opened from a %1)</source>
        <translation>Alembic auszuführen braucht eine alembic.ini oder eine pyproject.toml mit [tool.alembic] (dieses Projekt wurde aus einem %1 geöffnet)</translation>
    </message>
    <message>
        <location filename="../src/core/run/Bridge.cpp" line="396"/>
        <source>the Alembic bridge did not answer within %1 s</source>
        <translation>die Alembic-Brücke hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <location filename="../src/core/run/Bridge.cpp" line="405"/>
        <source>the Alembic bridge (%1) ended without an answer (exit %2)%3</source>
        <translation>die Alembic-Brücke (%1) endete ohne Antwort (Exit %2)%3</translation>
    </message>
    <message>
        <location filename="../src/core/run/Bridge.cpp" line="421"/>
        <source>%1 (install it with: %2)</source>
        <translation>%1 (installieren mit: %2)</translation>
    </message>
    <message>
        <location filename="../src/core/run/BridgeProtocol.cpp" line="140"/>
        <source>the bridge (%1) did not introduce itself; it is not Strata&apos;s bridge or it is broken: reinstall Strata</source>
        <translation>die Brücke (%1) hat sich nicht vorgestellt; sie ist nicht Stratas Brücke oder beschädigt: installieren Sie Strata neu</translation>
    </message>
    <message>
        <location filename="../src/core/run/BridgeProtocol.cpp" line="145"/>
        <source>the bridge script %1 speaks protocol %2, this Strata speaks %3: it belongs to another Strata version; reinstall Strata (or unset $STRATA_BRIDGE)</source>
        <translation>das Brückenskript %1 spricht Protokoll %2, dieses Strata spricht %3: es gehört zu einer anderen Strata-Version; installieren Sie Strata neu (oder entfernen Sie $STRATA_BRIDGE)</translation>
    </message>
</context>
<context>
    <name>strata::CodeHighlighter</name>
    <message>
        <location filename="../src/gui/CodeHighlighter.cpp" line="221"/>
        <source>Strata&apos;s lexers</source>
        <translation>Stratas eigene Lexer</translation>
    </message>
</context>
<context>
    <name>strata::ConnectionProfile</name>
    <message>
        <location filename="../src/core/connection/ConnectionProfile.cpp" line="50"/>
        <source>the password is not an option: it goes to the keychain (&apos;strata-cli profiles set-password&apos;, or user:password@ in an imported URL)</source>
        <translation>das Passwort ist keine Option: es gehört in den Schlüsselbund (&apos;strata-cli profiles set-password&apos; oder user:password@ in einer importierten URL)</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionProfile.cpp" line="52"/>
        <source>&apos;%1&apos; is a secret, and Strata keeps no secret in a profile (only the password, in the keychain); use a client key without a passphrase, protected by its file&apos;s permissions, or connect through a pg_service.conf service</source>
        <translation>&apos;%1&apos; ist ein Geheimnis, und Strata speichert kein Geheimnis in einem Profil (nur das Passwort, im Schlüsselbund); verwenden Sie einen Client-Schlüssel ohne Passphrase, geschützt durch die Dateirechte, oder verbinden Sie sich über einen pg_service.conf-Dienst</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionProfile.cpp" line="205"/>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; muss ein String sein</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionProfile.cpp" line="215"/>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionProfile.cpp" line="235"/>
        <source>unknown environment kind &apos;%1&apos; (development, test, staging, production, other)</source>
        <translation>unbekannte Umgebungsart &apos;%1&apos; (development, test, staging, production, other)</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionProfile.cpp" line="240"/>
        <source>unknown driver &apos;%1&apos; (postgresql, sqlite, mysql)</source>
        <translation>unbekannter Treiber &apos;%1&apos; (postgresql, sqlite, mysql)</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionProfile.cpp" line="244"/>
        <source>&apos;port&apos; must be a number from 0 to 65535</source>
        <translation>&apos;port&apos; muss eine Zahl von 0 bis 65535 sein</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionProfile.cpp" line="254"/>
        <source>&apos;%1&apos; must be a whole number of milliseconds (0 = no limit)</source>
        <translation>&apos;%1&apos; muss eine ganze Zahl von Millisekunden sein (0 = keine Grenze)</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionProfile.cpp" line="261"/>
        <source>&apos;options&apos; must be an object</source>
        <translation>&apos;options&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionProfile.cpp" line="268"/>
        <location filename="../src/core/connection/ConnectionProfile.cpp" line="272"/>
        <source>&apos;url_environment_variables&apos; must be a list of names</source>
        <translation>&apos;url_environment_variables&apos; muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionProfile.cpp" line="288"/>
        <source>the profile needs a name</source>
        <translation>das Profil braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionProfile.cpp" line="291"/>
        <source>profile name &apos;%1&apos; may use letters, digits, spaces and . @ + - _ (at most 64 characters)</source>
        <translation>der Profilname &apos;%1&apos; darf Buchstaben, Ziffern, Leerzeichen und . @ + - _ enthalten (höchstens 64 Zeichen)</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionProfile.cpp" line="295"/>
        <source>colour must look like #1a2b3c</source>
        <translation>die Farbe muss wie #1a2b3c aussehen</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionProfile.cpp" line="298"/>
        <source>an SQLite profile needs a database file</source>
        <translation>ein SQLite-Profil braucht eine Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionProfile.cpp" line="301"/>
        <source>a MySQL profile needs a host</source>
        <translation>ein MySQL-Profil braucht einen Host</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionProfile.cpp" line="304"/>
        <source>unknown sslmode &apos;%1&apos; (%2)</source>
        <translation>unbekannter sslmode &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionProfile.cpp" line="309"/>
        <source>version table &apos;%1&apos; is not a plain SQL identifier</source>
        <translation>die Versionstabelle &apos;%1&apos; ist kein einfacher SQL-Bezeichner</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionProfile.cpp" line="312"/>
        <source>schema &apos;%1&apos; is not a plain SQL identifier</source>
        <translation>das Schema &apos;%1&apos; ist kein einfacher SQL-Bezeichner</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionProfile.cpp" line="320"/>
        <source>&apos;%1&apos; is not an environment variable name</source>
        <translation>&apos;%1&apos; ist kein Name einer Umgebungsvariablen</translation>
    </message>
</context>
<context>
    <name>strata::DatabaseConnection</name>
    <message>
        <location filename="../src/core/state/DatabaseConnection.cpp" line="44"/>
        <source>the Qt SQL driver %1 is not installed (Debian package %2)</source>
        <translation>der Qt-SQL-Treiber %1 ist nicht installiert (Debian-Paket %2)</translation>
    </message>
    <message>
        <location filename="../src/core/state/DatabaseConnection.cpp" line="56"/>
        <source>SQLite database file %1 does not exist</source>
        <translation>die SQLite-Datenbankdatei %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>strata::DetailsPane</name>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="59"/>
        <source>&lt;i&gt;Select a revision to see its details.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine Revision, um ihre Details zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="87"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="90"/>
        <source>(no message)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="93"/>
        <source>head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="95"/>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="97"/>
        <source>branch point</source>
        <translation>Verzweigung</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="99"/>
        <source>merge point</source>
        <translation>Zusammenführung</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="105"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="106"/>
        <source>Parents</source>
        <translation>Eltern</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="106"/>
        <source>&amp;lt;base&amp;gt;</source>
        <translation>&amp;lt;Basis&amp;gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="107"/>
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="109"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="111"/>
        <source>Branch labels</source>
        <translation>Zweig-Labels</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="112"/>
        <source> (inherited)</source>
        <translation> (geerbt)</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="114"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="119"/>
        <source>Unresolved</source>
        <translation>Nicht aufgelöst</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="121"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../src/gui/DetailsPane.cpp" line="149"/>
        <source>, line %1</source>
        <translation>, Zeile %1</translation>
    </message>
</context>
<context>
    <name>strata::Dialect</name>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="21"/>
        <source>an unidentified database</source>
        <translation>eine nicht identifizierte Datenbank</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="22"/>
        <location filename="../src/core/dialect/Dialect.cpp" line="135"/>
        <source>database file %1</source>
        <translation>Datenbankdatei %1</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="42"/>
        <source>, its state hidden from this user (membership in pg_read_all_stats shows it)</source>
        <translation>, ihr Zustand ist für diesen Benutzer verborgen (Mitgliedschaft in pg_read_all_stats zeigt ihn)</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="69"/>
        <source>the local socket</source>
        <translation>der lokale Socket</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="139"/>
        <source>database %1 on the same server</source>
        <translation>Datenbank %1 auf demselben Server</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="140"/>
        <source>database %1 on another server (%2)</source>
        <translation>Datenbank %1 auf einem anderen Server (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="184"/>
        <source>table sizes are not read from %1 databases yet</source>
        <translation>Tabellengrößen werden aus %1-Datenbanken noch nicht gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="189"/>
        <source>Strata does not read %1&apos;s schema yet</source>
        <translation>Strata liest das Schema von %1 noch nicht</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="195"/>
        <source>Strata does not build scratch databases on %1 yet</source>
        <translation>Strata baut auf %1 noch keine Wegwerfdatenbanken</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/MySqlDialect.cpp" line="170"/>
        <source>%1 is Strata&apos;s own connection</source>
        <translation>%1 ist Stratas eigene Verbindung</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/MySqlDialect.cpp" line="236"/>
        <location filename="../src/core/dialect/PostgresDialect.cpp" line="359"/>
        <source>cannot read the server clock: %1</source>
        <translation>die Serveruhr kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/MySqlDialect.cpp" line="243"/>
        <source>cannot read the process list: %1</source>
        <translation>die Prozessliste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/MySqlDialect.cpp" line="472"/>
        <source>table %1 was created and stays (CREATE TABLE commits on its own)</source>
        <translation>die Tabelle %1 wurde angelegt und bleibt (CREATE TABLE committet von selbst)</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/MySqlDialect.cpp" line="476"/>
        <source>table %1 was dropped, with its rows</source>
        <translation>die Tabelle %1 wurde samt ihren Zeilen entfernt</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/MySqlDialect.cpp" line="481"/>
        <source>index %1 on %2 was built and stays</source>
        <translation>der Index %1 auf %2 wurde aufgebaut und bleibt</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/MySqlDialect.cpp" line="489"/>
        <source>column %1.%2 was added and stays</source>
        <translation>die Spalte %1.%2 wurde hinzugefügt und bleibt</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/MySqlDialect.cpp" line="493"/>
        <source>column %1.%2 was dropped, with its data</source>
        <translation>die Spalte %1.%2 wurde samt ihren Daten entfernt</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/PostgresCatalog.cpp" line="17"/>
        <source>reading the schema (%1) waited 5 s for a table another session holds exclusively; see who with strata-cli locks</source>
        <translation>das Lesen des Schemas (%1) wartete 5 s auf eine Tabelle, die eine andere Sitzung exklusiv hält; wer, zeigt strata-cli locks</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/PostgresCatalog.cpp" line="20"/>
        <location filename="../src/core/dialect/SqliteCatalog.cpp" line="17"/>
        <source>reading the schema (%1) failed: %2</source>
        <translation>das Lesen des Schemas (%1) ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/PostgresCatalog.cpp" line="173"/>
        <source>building a revision&apos;s schema needs a scratch database on this server, and role %1 may not create databases: ALTER ROLE %1 CREATEDB (or use a profile whose role may)</source>
        <translation>der Aufbau des Schemas einer Revision braucht eine Wegwerfdatenbank auf diesem Server, und die Rolle %1 darf keine Datenbanken anlegen: ALTER ROLE %1 CREATEDB (oder nutzen Sie ein Profil, dessen Rolle es darf)</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/PostgresCatalog.cpp" line="178"/>
        <location filename="../src/core/dialect/SqliteCatalog.cpp" line="144"/>
        <source>cannot create the scratch database %1: %2</source>
        <translation>die Wegwerfdatenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/PostgresCatalog.cpp" line="191"/>
        <source>the scratch database %1 could not be dropped: %2</source>
        <translation>die Wegwerfdatenbank %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/PostgresDialect.cpp" line="277"/>
        <source>session %1 is Strata&apos;s own control connection; it is never %2ed</source>
        <translation>Sitzung %1 ist Stratas eigene Steuerverbindung; sie wird nie angetastet (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/PostgresDialect.cpp" line="286"/>
        <source>not allowed to %1 session %2: the connecting user needs to be a member of pg_signal_backend (or of that session&apos;s role); a superuser&apos;s sessions can only be signalled by a superuser (%3)</source>
        <translation>%1 von Sitzung %2 nicht erlaubt: der verbindende Benutzer muss Mitglied von pg_signal_backend (oder der Rolle dieser Sitzung) sein; Sitzungen eines Superusers kann nur ein Superuser signalisieren (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/PostgresDialect.cpp" line="295"/>
        <source>no session %1 in this server (it may have ended)</source>
        <translation>keine Sitzung %1 auf diesem Server (sie ist womöglich beendet)</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/PostgresDialect.cpp" line="377"/>
        <source>cannot read pg_stat_activity: %1</source>
        <translation>pg_stat_activity kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/PostgresDialect.cpp" line="408"/>
        <source>cannot read pg_locks: %1</source>
        <translation>pg_locks kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/PostgresDialect.cpp" line="478"/>
        <source>index %1 was built and stays, although the version table does not record its step: drop it (DROP INDEX CONCURRENTLY %1) or stamp past its step once the rest of that step is applied</source>
        <translation>der Index %1 wurde aufgebaut und bleibt, obwohl die Versionstabelle seinen Schritt nicht verzeichnet: entfernen Sie ihn (DROP INDEX CONCURRENTLY %1) oder stempeln Sie über seinen Schritt hinaus, sobald der Rest dieses Schritts angewendet ist</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/PostgresDialect.cpp" line="482"/>
        <source>index %1 stays behind INVALID (its build failed or was cancelled): drop it with DROP INDEX CONCURRENTLY %1 before running the migration again</source>
        <translation>der Index %1 bleibt UNGÜLTIG zurück (sein Aufbau ist fehlgeschlagen oder wurde abgebrochen): entfernen Sie ihn mit DROP INDEX CONCURRENTLY %1, bevor Sie die Migration erneut ausführen</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/PostgresDialect.cpp" line="486"/>
        <source>index %1 was dropped and stays dropped, although the version table does not record its step</source>
        <translation>der Index %1 wurde entfernt und bleibt entfernt, obwohl die Versionstabelle seinen Schritt nicht verzeichnet</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/PostgresLintFacts.cpp" line="25"/>
        <source>reading table sizes failed: %1</source>
        <translation>das Lesen der Tabellengrößen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/SqliteDialect.cpp" line="38"/>
        <source>another process</source>
        <translation>ein anderer Prozess</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/SqliteDialect.cpp" line="60"/>
        <source>SQLite has no server sessions to %1: the database is a file opened inside each program that uses it</source>
        <translation>SQLite hat keine Serversitzungen für %1: die Datenbank ist eine Datei, die jedes Programm, das sie nutzt, selbst öffnet</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/SqliteDialect.cpp" line="176"/>
        <source>SQLite has no server sessions: a lock on an SQLite file is held by whichever process has it open, and there is nothing to list or cancel</source>
        <translation>SQLite hat keine Serversitzungen: eine Sperre auf einer SQLite-Datei hält der Prozess, der sie geöffnet hat, und es gibt nichts aufzulisten oder abzubrechen</translation>
    </message>
</context>
<context>
    <name>strata::Doctor</name>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="51"/>
        <source>no row (base)</source>
        <translation>keine Zeile (Basis)</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="157"/>
        <source>%1 is %2 revision(s) behind the scripts</source>
        <translation>%1 liegt %2 Revision(en) hinter den Skripten zurück</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="158"/>
        <source>The database has not applied every migration of the project (Alembic says &quot;Target database is not up to date&quot; when asked to autogenerate). Applying them in order brings it to the head.</source>
        <translation>Die Datenbank hat nicht jede Migration des Projekts angewendet (Alembic sagt beim Autogenerate &quot;Target database is not up to date&quot;). Sie der Reihe nach anzuwenden, bringt sie zum Head.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="161"/>
        <location filename="../src/core/diagnose/Doctor.cpp" line="192"/>
        <location filename="../src/core/diagnose/Doctor.cpp" line="236"/>
        <source>the version table holds %1</source>
        <translation>die Versionstabelle enthält %1</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="162"/>
        <source>pending, in order: %1</source>
        <translation>ausstehend, der Reihe nach: %1</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="162"/>
        <source> → </source>
        <translation> → </translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="163"/>
        <source>the project&apos;s scripts</source>
        <translation>die Skripte des Projekts</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="164"/>
        <source>Preview what will run: the SQL tab, or strata-cli sql --profile %1 heads</source>
        <translation>Vorab ansehen, was laufen wird: der SQL-Reiter oder strata-cli sql --profile %1 heads</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="166"/>
        <source>Upgrade %1 to the head</source>
        <translation>%1 auf den Head aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="173"/>
        <source>%1 has tables but no recorded revision</source>
        <translation>%1 hat Tabellen, aber keine verzeichnete Revision</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="174"/>
        <source>The tables were made without Alembic (create_all(), a restore, by hand). Upgrading from base would try to create them again and fail. Find the revision whose schema this is, then stamp it.</source>
        <translation>Die Tabellen wurden ohne Alembic angelegt (create_all(), eine Wiederherstellung, von Hand). Ein Upgrade ab der Basis würde versuchen, sie erneut anzulegen, und scheitern. Finden Sie die Revision, deren Schema das ist, und stempeln Sie sie.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="177"/>
        <source>the version table %1 is empty or missing</source>
        <translation>die Versionstabelle %1 ist leer oder fehlt</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="178"/>
        <source>Find the revision this schema matches</source>
        <translation>Die Revision finden, zu der dieses Schema passt</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="180"/>
        <source>Then stamp that revision (strata-cli stamp REV --profile %1): the stamp checks the match again</source>
        <translation>Dann diese Revision stempeln (strata-cli stamp REV --profile %1): der Stempel prüft die Übereinstimmung erneut</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="188"/>
        <source>%1 records a revision the scripts do not have</source>
        <translation>%1 verzeichnet eine Revision, die die Skripte nicht haben</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="189"/>
        <source>Alembic fails with &quot;Can&apos;t locate revision identified by …&quot;. Usually the scripts here are from another branch than the one deployed, the revision file was deleted, or this is another project&apos;s database.</source>
        <translation>Alembic scheitert mit &quot;Can&apos;t locate revision identified by …&quot;. Meist stammen die Skripte hier aus einem anderen Zweig als dem ausgelieferten, die Revisionsdatei wurde gelöscht, oder es ist die Datenbank eines anderen Projekts.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="197"/>
        <source>%1 is in no commit of this repository</source>
        <translation>%1 ist in keinem Commit dieses Repositorys</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="198"/>
        <location filename="../src/core/diagnose/Doctor.cpp" line="202"/>
        <source>git log --all</source>
        <translation>git log --all</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="201"/>
        <source>%1 appears in %2</source>
        <translation>%1 kommt in %2 vor</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="201"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="206"/>
        <source>The revision exists in the repository&apos;s history: check out the branch that has it (the evidence names it) and open that project, or restore the file</source>
        <translation>Die Revision steht in der Geschichte des Repositorys: checken Sie den Zweig aus, der sie hat (die Belege nennen ihn), und öffnen Sie dieses Projekt, oder stellen Sie die Datei wieder her</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="209"/>
        <source>No commit has the revision: the database may belong to another project, or the script was never committed</source>
        <translation>Kein Commit hat die Revision: die Datenbank gehört womöglich zu einem anderen Projekt, oder das Skript wurde nie committet</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="212"/>
        <source>See which known revision the schema matches before any stamp</source>
        <translation>Vor jedem Stempeln sehen, zu welcher bekannten Revision das Schema passt</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="232"/>
        <source>%1&apos;s version table holds a revision and its ancestor</source>
        <translation>die Versionstabelle von %1 enthält eine Revision und ihren Vorfahren</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="233"/>
        <source>Alembic refuses to work (&quot;… overlaps with other requested revisions&quot;). The ancestor&apos;s row is left over from an interrupted or hand-made change; removing exactly that row makes the table true again.</source>
        <translation>Alembic verweigert die Arbeit (&quot;… overlaps with other requested revisions&quot;). Die Zeile des Vorfahren ist von einer unterbrochenen oder von Hand gemachten Änderung übrig; genau diese Zeile zu entfernen, macht die Tabelle wieder wahr.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="238"/>
        <source>%1 is an ancestor of another row</source>
        <translation>%1 ist ein Vorfahre einer anderen Zeile</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="239"/>
        <source>the project&apos;s revision graph</source>
        <translation>der Revisionsgraph des Projekts</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="241"/>
        <source>Remove the ancestor&apos;s row: DELETE FROM %1 WHERE version_num IN (&apos;%2&apos;); then check with strata-cli status --profile %3</source>
        <translation>Die Zeile des Vorfahren entfernen: DELETE FROM %1 WHERE version_num IN (&apos;%2&apos;); dann mit strata-cli status --profile %3 prüfen</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="247"/>
        <source>Remove exactly the row %1 (under the run lock, proven redundant again first, journaled)</source>
        <translation>Genau die Zeile %1 entfernen (unter der Laufsperre, vorher erneut als überflüssig belegt, protokolliert)</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="260"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="286"/>
        <source>session %1 blocks %2 other session(s) on %3</source>
        <translation>Sitzung %1 blockiert %2 andere Sitzung(en) auf %3</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="287"/>
        <source>A session holds locks others (a migration among them) wait for. %1</source>
        <translation>Eine Sitzung hält Sperren, auf die andere (darunter eine Migration) warten. %1</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="289"/>
        <source>It is idle in a transaction: it will never end by itself; its application forgot to commit.</source>
        <translation>Sie ist untätig in einer Transaktion: sie endet nie von selbst; ihre Anwendung hat das Commit vergessen.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="291"/>
        <source>It is still working.</source>
        <translation>Sie arbeitet noch.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="292"/>
        <source>pid %1, user %2, application %3, %4 for %5 s, holds %6; last query: %7</source>
        <translation>PID %1, Benutzer %2, Anwendung %3, %4 seit %5 s, hält %6; letzte Abfrage: %7</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="297"/>
        <source>no table</source>
        <translation>keine Tabelle</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="299"/>
        <source>pg_stat_activity and pg_locks of %1 at %2</source>
        <translation>pg_stat_activity und pg_locks von %1 um %2</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="302"/>
        <source>waiting behind it: pid %1 (%2): %3</source>
        <translation>wartet dahinter: PID %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="306"/>
        <source>Look at the chain in the Locks tab</source>
        <translation>Die Kette im Reiter Sperren ansehen</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="311"/>
        <source>Cancel the running query of session %1 (its transaction is aborted; the session stays)</source>
        <translation>Die laufende Abfrage von Sitzung %1 abbrechen (ihre Transaktion wird abgebrochen; die Sitzung bleibt)</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="316"/>
        <source>End session %1: its open transaction is rolled back (whatever it changed and did not commit is lost); the waiting sessions go on</source>
        <translation>Sitzung %1 beenden: ihre offene Transaktion wird zurückgerollt (was sie geändert und nicht committet hat, geht verloren); die wartenden Sitzungen laufen weiter</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="331"/>
        <source>session %1 on %2 has been idle in a transaction for %3 s</source>
        <translation>Sitzung %1 auf %2 ist seit %3 s untätig in einer Transaktion</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="332"/>
        <source>It holds table locks and will make the next migration on those tables wait (and everything queued behind the migration).</source>
        <translation>Sie hält Tabellensperren und lässt die nächste Migration auf diesen Tabellen warten (und alles, was sich hinter der Migration einreiht).</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="335"/>
        <source>pg_stat_activity of %1 at %2</source>
        <translation>pg_stat_activity von %1 um %2</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="336"/>
        <source>End session %1 (its open transaction is rolled back)</source>
        <translation>Sitzung %1 beenden (ihre offene Transaktion wird zurückgerollt)</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="351"/>
        <source>env.py reached another database than %1&apos;s</source>
        <translation>env.py hat eine andere Datenbank als die von %1 erreicht</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="352"/>
        <source>The last run was stopped before its first statement because env.py connected somewhere else than the database Strata checked (usually a URL taken from an environment variable or a settings module). Nothing was changed on either database. Make env.py use the URL Strata passes, or pass it in the variable env.py reads.</source>
        <translation>Der letzte Lauf wurde vor seiner ersten Anweisung angehalten, weil env.py sich woandershin verbunden hat als zu der Datenbank, die Strata geprüft hat (meist eine URL aus einer Umgebungsvariablen oder einem Einstellungsmodul). Auf keiner der Datenbanken wurde etwas geändert. Lassen Sie env.py die URL verwenden, die Strata übergibt, oder übergeben Sie sie in der Variablen, die env.py liest.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="357"/>
        <source>run %1 in the run journal</source>
        <translation>Lauf %1 im Laufprotokoll</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="358"/>
        <source>See where env.py takes its URL from</source>
        <translation>Ansehen, woher env.py seine URL nimmt</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="364"/>
        <source>the last %1 on %2 failed: %3</source>
        <translation>der letzte %1 auf %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="369"/>
        <location filename="../src/core/diagnose/Doctor.cpp" line="376"/>
        <location filename="../src/core/diagnose/Doctor.cpp" line="393"/>
        <location filename="../src/core/diagnose/Doctor.cpp" line="409"/>
        <source>the run journal</source>
        <translation>das Laufprotokoll</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="371"/>
        <source>read back from the database after the run</source>
        <translation>nach dem Lauf aus der Datenbank zurückgelesen</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="374"/>
        <source>the failing step: %1 -&gt; %2  %3</source>
        <translation>der fehlschlagende Schritt: %1 -&gt; %2  %3</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="378"/>
        <source>Rehearse the plan (after fixing): it runs for real and rolls back, and shows which statement fails and why</source>
        <translation>Den Plan (nach der Korrektur) proben: er läuft wirklich und wird zurückgerollt und zeigt, welche Anweisung scheitert und warum</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="388"/>
        <source>the last %1 on %2 may have left part of its work</source>
        <translation>der letzte %1 auf %2 hat womöglich einen Teil seiner Arbeit hinterlassen</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="389"/>
        <source>The run was cut short, or it held statements that commit on their own: objects may exist that the version table does not account for. Compare the schema with the revisions, then finish, undo, or stamp.</source>
        <translation>Der Lauf wurde abgebrochen, oder er enthielt Anweisungen, die von selbst committen: es können Objekte existieren, die die Versionstabelle nicht erfasst. Vergleichen Sie das Schema mit den Revisionen, dann fertigstellen, rückgängig machen oder stempeln.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="394"/>
        <source>Compare the schema with the revisions</source>
        <translation>Das Schema mit den Revisionen vergleichen</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="405"/>
        <source>%1 was last migrated with Alembic %2; this machine has %3</source>
        <translation>%1 wurde zuletzt mit Alembic %2 migriert; dieser Rechner hat %3</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="406"/>
        <source>Alembic&apos;s behaviour changes between versions (configuration files, autogenerate); a run here may not do what the last one did. Pin the version in the project&apos;s requirements.</source>
        <translation>Alembics Verhalten ändert sich zwischen Versionen (Konfigurationsdateien, Autogenerate); ein Lauf hier tut womöglich nicht, was der letzte tat. Legen Sie die Version in den Anforderungen des Projekts fest.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="409"/>
        <source>run %1 used Alembic %2</source>
        <translation>Lauf %1 verwendete Alembic %2</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="410"/>
        <location filename="../src/core/diagnose/Doctor.cpp" line="620"/>
        <source>Alembic %1 in %2</source>
        <translation>Alembic %1 in %2</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="410"/>
        <location filename="../src/core/diagnose/Doctor.cpp" line="620"/>
        <source>the probe</source>
        <translation>die Prüfung</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="497"/>
        <source>the project has %1 heads</source>
        <translation>das Projekt hat %1 Heads</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="498"/>
        <source>Two branches of migrations were written in parallel. `alembic upgrade head` refuses (&quot;Multiple head revisions are present&quot;). A merge revision joins them; a head no environment has applied yet can instead be re-chained onto the other by editing its down_revision.</source>
        <translation>Zwei Zweige von Migrationen wurden parallel geschrieben. `alembic upgrade head` verweigert (&quot;Multiple head revisions are present&quot;). Eine Merge-Revision vereint sie; ein Head, den noch keine Umgebung angewendet hat, kann stattdessen durch Ändern seiner down_revision an den anderen gehängt werden.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="520"/>
        <source>head %1 (%2) — applied on: %3</source>
        <translation>Head %1 (%2) — angewendet auf: %3</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="522"/>
        <source>no environment</source>
        <translation>keiner Umgebung</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="525"/>
        <source>Write a merge revision of all heads</source>
        <translation>Eine Merge-Revision aller Heads schreiben</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="529"/>
        <source>Or, since no environment has applied %1, set the down_revision of such a head to another head instead (one line of history, no merge revision)</source>
        <translation>Oder, da keine Umgebung %1 angewendet hat, die down_revision eines solchen Heads stattdessen auf einen anderen Head setzen (eine Geschichtslinie, keine Merge-Revision)</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="550"/>
        <source>Back up %1 first (optional; the file&apos;s path is said)</source>
        <translation>Zuerst %1 sichern (optional; der Pfad der Datei wird genannt)</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="562"/>
        <source>profiles %1 reach the same database</source>
        <translation>die Profile %1 erreichen dieselbe Datenbank</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="563"/>
        <source>Whatever one profile says (production, read-only) applies to the others too; a test profile pointed at production is a classic accident.</source>
        <translation>Was ein Profil sagt (Produktion, nur lesen), gilt auch für die anderen; ein Testprofil, das auf die Produktion zeigt, ist ein klassischer Unfall.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="580"/>
        <source>env.py takes its URL from $%1, which nothing sets for %2</source>
        <translation>env.py nimmt seine URL aus $%1, das für %2 nichts setzt</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="581"/>
        <source>env.py ignores sqlalchemy.url and reads the database URL from the environment; without the variable a run, a preview or a drift check fails (or reaches whatever the shell has set). Strata can pass the profile&apos;s URL in that variable.</source>
        <translation>env.py ignoriert sqlalchemy.url und liest die Datenbank-URL aus der Umgebung; ohne die Variable scheitert ein Lauf, eine Vorschau oder eine Abweichungsprüfung (oder erreicht, was die Shell gesetzt hat). Strata kann die URL des Profils in dieser Variablen übergeben.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="588"/>
        <source>$%1 is defined in %2</source>
        <translation>$%1 ist in %2 definiert</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="589"/>
        <source>the project&apos;s .env files</source>
        <translation>die .env-Dateien des Projekts</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="590"/>
        <source>Pass %1&apos;s URL to env.py in $%2</source>
        <translation>Die URL von %1 in $%2 an env.py übergeben</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="597"/>
        <source>Alembic cannot be run</source>
        <translation>Alembic kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="604"/>
        <source>%1 is missing from %2</source>
        <translation>%1 fehlt in %2</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="605"/>
        <source>Alembic runs in the project&apos;s own Python; it needs this module there.</source>
        <translation>Alembic läuft im eigenen Python des Projekts; es braucht dieses Modul dort.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="607"/>
        <source>Install it: %1</source>
        <translation>Installieren: %1</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="616"/>
        <source>Alembic %1 here lacks what the project&apos;s configuration uses</source>
        <translation>Alembic %1 fehlt hier, was die Konfiguration des Projekts nutzt</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="619"/>
        <source>the project&apos;s configuration</source>
        <translation>die Konfiguration des Projekts</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="622"/>
        <source>Install a newer Alembic in the project&apos;s Python (pip install -U alembic), or pin the configuration to what Alembic %1 reads</source>
        <translation>Installieren Sie ein neueres Alembic im Python des Projekts (pip install -U alembic), oder beschränken Sie die Konfiguration auf das, was Alembic %1 liest</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="632"/>
        <source>a password in clear at %1:%2</source>
        <translation>ein Passwort im Klartext in %1:%2</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="633"/>
        <source>Anyone with the repository (or a backup of it) has the database password. Keep it in the keychain (strata-cli profiles import-ini --strip-password, or import-env) and leave a placeholder in the file; keep .env files out of version control (.gitignore).</source>
        <translation>Jeder mit dem Repository (oder einer Sicherung davon) hat das Datenbankpasswort. Bewahren Sie es im Schlüsselbund auf (strata-cli profiles import-ini --strip-password oder import-env) und lassen Sie einen Platzhalter in der Datei; halten Sie .env-Dateien aus der Versionskontrolle heraus (.gitignore).</translation>
    </message>
</context>
<context>
    <name>strata::DoctorPanel</name>
    <message>
        <location filename="../src/gui/DoctorPanel.cpp" line="26"/>
        <source>Examine</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <location filename="../src/gui/DoctorPanel.cpp" line="27"/>
        <source>Copy Report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/DoctorPanel.cpp" line="29"/>
        <source>Examine the project and its environments for trouble.</source>
        <translation>Das Projekt und seine Umgebungen auf Probleme untersuchen.</translation>
    </message>
    <message>
        <location filename="../src/gui/DoctorPanel.cpp" line="52"/>
        <source>Examining…</source>
        <translation>Untersuche…</translation>
    </message>
    <message>
        <location filename="../src/gui/DoctorPanel.cpp" line="95"/>
        <source>No trouble found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/DoctorPanel.cpp" line="96"/>
        <source>%n trouble(s) found, worst first.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden, das schwerste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/DoctorPanel.cpp" line="116"/>
        <source>on &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>auf &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/DoctorPanel.cpp" line="135"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/DoctorPanel.cpp" line="135"/>
        <source>Back Up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location filename="../src/gui/DoctorPanel.cpp" line="135"/>
        <source>Do It…</source>
        <translation>Ausführen…</translation>
    </message>
    <message>
        <location filename="../src/gui/DoctorPanel.cpp" line="161"/>
        <source>Project: `%1`

</source>
        <translation>Projekt: `%1`

</translation>
    </message>
    <message>
        <location filename="../src/gui/DoctorPanel.cpp" line="163"/>
        <source>No trouble found.
</source>
        <translation>Keine Probleme gefunden.
</translation>
    </message>
    <message>
        <location filename="../src/gui/DoctorPanel.cpp" line="172"/>
        <source>Report copied (Markdown, no passwords).</source>
        <translation>Bericht kopiert (Markdown, ohne Passwörter).</translation>
    </message>
</context>
<context>
    <name>strata::DoctorService</name>
    <message>
        <location filename="../src/core/services/DoctorService.cpp" line="74"/>
        <source>a database URL in %1 holds a password</source>
        <translation>eine Datenbank-URL in %1 enthält ein Passwort</translation>
    </message>
    <message>
        <location filename="../src/core/services/DoctorService.cpp" line="83"/>
        <source>%1 in %2 holds a password</source>
        <translation>%1 in %2 enthält ein Passwort</translation>
    </message>
</context>
<context>
    <name>strata::DotEnv</name>
    <message>
        <location filename="../src/core/connection/DotEnv.cpp" line="27"/>
        <source>&apos;${...:-...}&apos; defaults nest more than 16 deep</source>
        <translation>&apos;${...:-...}&apos;-Vorgaben sind tiefer als 16 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../src/core/connection/DotEnv.cpp" line="36"/>
        <source>the value grows beyond 4 Mi characters as variables expand</source>
        <translation>der Wert wächst beim Einsetzen der Variablen über 4 Mi Zeichen hinaus</translation>
    </message>
    <message>
        <location filename="../src/core/connection/DotEnv.cpp" line="52"/>
        <source>&apos;${&apos; is not closed with &apos;}&apos;</source>
        <translation>&apos;${&apos; ist nicht mit &apos;}&apos; geschlossen</translation>
    </message>
    <message>
        <location filename="../src/core/connection/DotEnv.cpp" line="118"/>
        <source>&apos;%1&apos; is not a variable name</source>
        <translation>&apos;%1&apos; ist kein Variablenname</translation>
    </message>
    <message>
        <location filename="../src/core/connection/DotEnv.cpp" line="124"/>
        <source>single quote is not closed</source>
        <translation>das einfache Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../src/core/connection/DotEnv.cpp" line="150"/>
        <source>double quote is not closed</source>
        <translation>das doppelte Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../src/core/connection/DotEnv.cpp" line="194"/>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>strata::EnvPy</name>
    <message>
        <location filename="../src/core/project/EnvPy.cpp" line="13"/>
        <source>the project has no env.py</source>
        <translation>das Projekt hat keine env.py</translation>
    </message>
    <message>
        <location filename="../src/core/project/EnvPy.cpp" line="16"/>
        <source>reads sqlalchemy.url from Alembic&apos;s configuration</source>
        <translation>liest sqlalchemy.url aus der Alembic-Konfiguration</translation>
    </message>
    <message>
        <location filename="../src/core/project/EnvPy.cpp" line="18"/>
        <source>reads %1 from the environment</source>
        <translation>liest %1 aus der Umgebung</translation>
    </message>
    <message>
        <location filename="../src/core/project/EnvPy.cpp" line="21"/>
        <source>env.py builds its database URL without sqlalchemy.url or an environment variable</source>
        <translation>env.py baut seine Datenbank-URL ohne sqlalchemy.url oder eine Umgebungsvariable</translation>
    </message>
    <message>
        <location filename="../src/core/project/EnvPy.cpp" line="22"/>
        <source>env.py %1</source>
        <translation>env.py %1</translation>
    </message>
    <message>
        <location filename="../src/core/project/EnvPy.cpp" line="23"/>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>strata::EnvironmentStatus</name>
    <message>
        <location filename="../src/core/state/EnvironmentStatus.cpp" line="81"/>
        <source>the database is at %1, which no revision script defines (a branch not merged here, deleted scripts, or the wrong project?)</source>
        <translation>die Datenbank steht auf %1, das kein Revisionsskript definiert (ein hier nicht zusammengeführter Zweig, gelöschte Skripte oder das falsche Projekt?)</translation>
    </message>
    <message>
        <location filename="../src/core/state/EnvironmentStatus.cpp" line="91"/>
        <source>the version table holds %1 and its descendant %2; one row must go (stamp --purge, then stamp the right heads)</source>
        <translation>die Versionstabelle enthält %1 und dessen Nachfolger %2; eine Zeile muss weg (stamp --purge, dann die richtigen Heads stempeln)</translation>
    </message>
    <message>
        <location filename="../src/core/state/EnvironmentStatus.cpp" line="113"/>
        <source>no revisions to apply</source>
        <translation>keine Revisionen anzuwenden</translation>
    </message>
    <message>
        <location filename="../src/core/state/EnvironmentStatus.cpp" line="113"/>
        <source>at the head revision(s)</source>
        <translation>auf der Head-Revision</translation>
    </message>
    <message>
        <location filename="../src/core/state/EnvironmentStatus.cpp" line="118"/>
        <source>the database records %1 heads (%2); %3 revision(s) pending</source>
        <translation>die Datenbank verzeichnet %1 Heads (%2); %3 Revision(en) ausstehend</translation>
    </message>
    <message>
        <location filename="../src/core/state/EnvironmentStatus.cpp" line="125"/>
        <source>behind by %1 revision(s)</source>
        <translation>%1 Revision(en) im Rückstand</translation>
    </message>
    <message>
        <location filename="../src/core/state/EnvironmentStatus.cpp" line="179"/>
        <source>the server answered, but user &apos;%1&apos; may not read %2 (%3): grant it SELECT on the version table</source>
        <translation>der Server hat geantwortet, aber Benutzer &apos;%1&apos; darf %2 nicht lesen (%3): gewähren Sie ihm SELECT auf die Versionstabelle</translation>
    </message>
    <message>
        <location filename="../src/core/state/EnvironmentStatus.cpp" line="200"/>
        <source>%1 table(s) but an empty %2 table: the schema was made without Alembic (or create_all()); if it matches a revision, &apos;stamp&apos; that revision</source>
        <translation>%1 Tabelle(n), aber eine leere Tabelle %2: das Schema wurde ohne Alembic angelegt (oder mit create_all()); passt es zu einer Revision, diese mit &apos;stamp&apos; stempeln</translation>
    </message>
    <message>
        <location filename="../src/core/state/EnvironmentStatus.cpp" line="204"/>
        <source>%1 table(s) but no %2 table: the schema was made without Alembic (or the version table is elsewhere); if it matches a revision, &apos;stamp&apos; it</source>
        <translation>%1 Tabelle(n), aber keine Tabelle %2: das Schema wurde ohne Alembic angelegt (oder die Versionstabelle liegt anderswo); passt es zu einer Revision, diese mit &apos;stamp&apos; stempeln</translation>
    </message>
    <message>
        <location filename="../src/core/state/EnvironmentStatus.cpp" line="213"/>
        <source>a new database: %1 revision(s) to apply from base (&apos;upgrade heads&apos; builds it)</source>
        <translation>eine neue Datenbank: %1 Revision(en) ab der Basis anzuwenden (&apos;upgrade heads&apos; baut sie auf)</translation>
    </message>
    <message>
        <location filename="../src/core/state/EnvironmentStatus.cpp" line="224"/>
        <source>profiles &apos;%1&apos; and &apos;%2&apos; point at the same database (%3)</source>
        <translation>die Profile &apos;%1&apos; und &apos;%2&apos; zeigen auf dieselbe Datenbank (%3)</translation>
    </message>
</context>
<context>
    <name>strata::EnvironmentsModel</name>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="21"/>
        <source>up-to-date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="22"/>
        <source>behind</source>
        <translation>im Rückstand</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="23"/>
        <source>unknown-revision</source>
        <translation>unbekannte Revision</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="24"/>
        <source>overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="25"/>
        <source>multiple-heads</source>
        <translation>mehrere Heads</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="26"/>
        <source>unversioned</source>
        <translation>unversioniert</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="27"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="28"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="29"/>
        <source>authentication-failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="30"/>
        <source>no-privilege</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="155"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="156"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="157"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="158"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="159"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="160"/>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="180"/>
        <source>  [PRODUCTION]</source>
        <translation>  [PRODUKTION]</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="182"/>
        <source>  [read-only]</source>
        <translation>  [nur lesen]</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="184"/>
        <source>  (workspace)</source>
        <translation>  (Arbeitsbereich)</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="200"/>
        <source>checking…</source>
        <translation>prüfe…</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="202"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/EnvironmentsModel.cpp" line="204"/>
        <source>empty, %n pending</source>
        <translation>
            <numerusform>leer, %n ausstehend</numerusform>
            <numerusform>leer, %n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/EnvironmentsModel.cpp" line="207"/>
        <source>behind by %n</source>
        <translation>
            <numerusform>%n zurück</numerusform>
            <numerusform>%n zurück</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="209"/>
        <source> · drift unknown</source>
        <translation> · Abweichung unbekannt</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="210"/>
        <source> · no drift</source>
        <translation> · keine Abweichung</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/EnvironmentsModel.cpp" line="211"/>
        <source> · drift: %n</source>
        <translation>
            <numerusform> · Abweichung: %n</numerusform>
            <numerusform> · Abweichungen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/EnvironmentsModel.cpp" line="213"/>
        <source> · %n problem(s)</source>
        <translation>
            <numerusform> · %n Problem</numerusform>
            <numerusform> · %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsModel.cpp" line="218"/>
        <source>Drift from the models:</source>
        <translation>Abweichungen von den Modellen:</translation>
    </message>
</context>
<context>
    <name>strata::EnvironmentsPanel</name>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="42"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="43"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="44"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="47"/>
        <source>From a URL…</source>
        <translation>Aus einer URL…</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="48"/>
        <source>From .env files…</source>
        <translation>Aus .env-Dateien…</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="49"/>
        <source>From alembic.ini…</source>
        <translation>Aus alembic.ini…</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="51"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="56"/>
        <source>Match Schema…</source>
        <translation>Schema abgleichen…</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="57"/>
        <source>Which revision this database&apos;s schema is (built in a scratch database)</source>
        <translation>Welcher Revision das Schema dieser Datenbank entspricht (in einer Wegwerf-Datenbank gebaut)</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="58"/>
        <source>Check Drift</source>
        <translation>Abweichung prüfen</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="59"/>
        <source>Differences between the models (env.py&apos;s target_metadata) and this database</source>
        <translation>Unterschiede zwischen den Modellen (target_metadata in env.py) und dieser Datenbank</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="61"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="68"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="471"/>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="67"/>
        <source>Password…</source>
        <translation>Passwort…</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="70"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="72"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="122"/>
        <source>Checked %n environment(s). No keychain is available: passwords are kept in memory for this session only.</source>
        <translation>
            <numerusform>%n Umgebung geprüft. Kein Schlüsselbund verfügbar: Passwörter bleiben nur für diese Sitzung im Speicher.</numerusform>
            <numerusform>%n Umgebungen geprüft. Kein Schlüsselbund verfügbar: Passwörter bleiben nur für diese Sitzung im Speicher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="125"/>
        <source>Checked %n environment(s).</source>
        <translation>
            <numerusform>%n Umgebung geprüft.</numerusform>
            <numerusform>%n Umgebungen geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="257"/>
        <source>No environments for this project yet: Add… or Import URL…</source>
        <translation>Noch keine Umgebungen für dieses Projekt: Hinzufügen… oder URL importieren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="277"/>
        <source>Checking %n environment(s)…</source>
        <translation>
            <numerusform>Prüfe %n Umgebung…</numerusform>
            <numerusform>Prüfe %n Umgebungen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="289"/>
        <source>No keychain is available here: passwords you enter are kept in memory until Strata quits, never written to disk.</source>
        <translation>Hier ist kein Schlüsselbund verfügbar: eingegebene Passwörter bleiben im Speicher, bis Strata endet, und werden nie auf die Platte geschrieben.</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="347"/>
        <source>The profile file is damaged and kept for repair; nothing was saved.</source>
        <translation>Die Profildatei ist beschädigt und wird zur Reparatur aufbewahrt; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="370"/>
        <source>The password for %1 was NOT stored: %2</source>
        <translation>Das Passwort für %1 wurde NICHT gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="336"/>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="374"/>
        <source>Password for %1 stored in the keychain.</source>
        <translation>Passwort für %1 im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="253"/>
        <source>The profile file %1 is damaged and kept for repair.</source>
        <translation>Die Profildatei %1 ist beschädigt und wird zur Reparatur aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="340"/>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="360"/>
        <source>Profile %1 saved.</source>
        <translation>Profil %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="417"/>
        <source>Remove environment</source>
        <translation>Umgebung entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="418"/>
        <source>Remove the profile %1 and its password from the keychain?</source>
        <translation>Das Profil %1 und sein Passwort aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="318"/>
        <source>a profile named &apos;%1&apos; already exists</source>
        <translation>ein Profil namens „%1“ gibt es schon</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="242"/>
        <source>Widen the Environments dock to see: %1</source>
        <translation>Verbreitern Sie das Umgebungen-Dock, um zu sehen: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="483"/>
        <source>Import from alembic.ini</source>
        <translation>Aus alembic.ini importieren</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="484"/>
        <source>Name for the environment at %1:</source>
        <translation>Name für die Umgebung unter %1:</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="501"/>
        <source>Password in alembic.ini</source>
        <translation>Passwort in alembic.ini</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="502"/>
        <source>The password is in the keychain now, but %1, line %2, still holds it in clear (anyone who can read the file, or its history in version control, has it).</source>
        <translation>Das Passwort ist jetzt im Schlüsselbund, aber %1, Zeile %2, enthält es noch im Klartext (wer die Datei oder ihre Versionsgeschichte lesen kann, hat es).</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="508"/>
        <source>Remove It from the File</source>
        <translation>Aus der Datei entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="509"/>
        <source>Keep the File as It Is</source>
        <translation>Datei so lassen</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="518"/>
        <source>The password was removed from %1, line %2.</source>
        <translation>Das Passwort wurde aus %1, Zeile %2, entfernt.</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="534"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="536"/>
        <source>No keychain is available: the password is kept in memory until Strata quits.</source>
        <translation>Kein Schlüsselbund verfügbar: das Passwort bleibt im Speicher, bis Strata endet.</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="537"/>
        <source>The password is stored in the keychain. Leave it empty to remove it.</source>
        <translation>Das Passwort liegt im Schlüsselbund. Leer lassen, um es zu entfernen.</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="553"/>
        <source>Password removed.</source>
        <translation>Passwort entfernt.</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="582"/>
        <source>Export Environments</source>
        <translation>Umgebungen exportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="582"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="589"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/EnvironmentsPanel.cpp" line="591"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>strata::FailureClass</name>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="61"/>
        <source>the migration waited for a table another session held and gave up: the statement that waited was not applied, and the outcome says what the run left (a database that commits DDL as it runs keeps earlier steps). Find the session in the Locks tab (strata-cli locks), end its work (or wait for a quiet moment), then run again</source>
        <translation>die Migration wartete auf eine Tabelle, die eine andere Sitzung hielt, und gab auf: die wartende Anweisung wurde nicht angewandt, und das Ergebnis sagt, was der Lauf hinterließ (eine Datenbank, die DDL sofort festschreibt, behält frühere Schritte). Finden Sie die Sitzung im Tab „Sperren“ (strata-cli locks), beenden Sie ihre Arbeit (oder warten Sie auf einen ruhigen Moment) und starten Sie dann erneut</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="68"/>
        <source>a statement such as CREATE INDEX CONCURRENTLY cannot run inside Alembic&apos;s transaction: wrap it in `with op.get_context().autocommit_block():` in the revision, then rehearse and run again</source>
        <translation>eine Anweisung wie CREATE INDEX CONCURRENTLY kann nicht in der Transaktion von Alembic laufen: umschließen Sie sie in der Revision mit `with op.get_context().autocommit_block():`, dann proben und erneut starten</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="75"/>
        <source>another migration wrote the same version row at the same time (two deploys racing): check the version table with strata-cli status; runs through Strata take a run lock that prevents this</source>
        <translation>eine andere Migration schrieb zur selben Zeit dieselbe Versionszeile (zwei Deployments im Wettlauf): prüfen Sie die Versionstabelle mit strata-cli status; Läufe über Strata nehmen eine Laufsperre, die das verhindert</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="82"/>
        <source>something else (a foreign key, a view) still needs the object the migration drops; the error names it: drop or change that first in the revision, then rehearse</source>
        <translation>etwas anderes (ein Fremdschlüssel, eine Sicht) braucht noch das Objekt, das die Migration löscht; der Fehler nennt es: löschen oder ändern Sie es zuerst in der Revision, dann proben</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="89"/>
        <source>rows in the table do not fit the new definition; a rehearsal counts them and shows examples (strata-cli rehearse). Clean the data or add a USING clause / a data step, then rehearse again</source>
        <translation>Zeilen der Tabelle passen nicht zur neuen Definition; eine Probe zählt sie und zeigt Beispiele (strata-cli rehearse). Bereinigen Sie die Daten oder ergänzen Sie eine USING-Klausel bzw. einen Datenschritt, dann erneut proben</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="95"/>
        <source>the migration expects an object this database never had (other environments may have it): compare with strata-cli schema-match, make the revision tolerate it (IF EXISTS) or create it, then rehearse</source>
        <translation>die Migration erwartet ein Objekt, das diese Datenbank nie hatte (andere Umgebungen haben es vielleicht): vergleichen Sie mit strata-cli schema-match, machen Sie die Revision tolerant (IF EXISTS) oder legen Sie es an, dann proben</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="102"/>
        <source>env.py (or a revision) imports a module the project&apos;s Python cannot find: usually the application&apos;s own package, which is importable only from the project directory. Set prepend_sys_path = . in alembic.ini (Alembic adds it to sys.path), or install the package into that Python; a missing library is installed with pip</source>
        <translation>env.py (oder eine Revision) importiert ein Modul, das das Python des Projekts nicht findet: meist das eigene Paket der Anwendung, das nur aus dem Projektverzeichnis importierbar ist. Setzen Sie prepend_sys_path = . in alembic.ini (Alembic fügt es zu sys.path hinzu) oder installieren Sie das Paket in dieses Python; eine fehlende Bibliothek installiert man mit pip</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="109"/>
        <source>the database user may not do this; the error names the object: grant the privilege (or run as the owner), then run again</source>
        <translation>der Datenbankbenutzer darf das nicht; der Fehler nennt das Objekt: gewähren Sie das Recht (oder arbeiten Sie als Eigentümer), dann erneut starten</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="114"/>
        <source>the database already has what the migration creates (made by hand or by create_all()): strata-cli schema-match tells which revision the schema really is; stamp that one instead of upgrading over it</source>
        <translation>die Datenbank hat schon, was die Migration anlegt (von Hand oder mit create_all() gemacht): strata-cli schema-match sagt, welcher Revision das Schema wirklich entspricht; stempeln Sie diese, statt darüber zu aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="119"/>
        <source>Alembic stopped with the error below; the run&apos;s transaction was rolled back unless the outcome says otherwise. Fix the revision, rehearse it, then run again</source>
        <translation>Alembic stoppte mit dem Fehler unten; die Transaktion des Laufs wurde zurückgerollt, sofern das Ergebnis nichts anderes sagt. Korrigieren Sie die Revision, proben Sie sie, dann erneut starten</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="128"/>
        <source>lock timeout</source>
        <translation>Zeitlimit für Sperre</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="129"/>
        <source>statement outside a transaction</source>
        <translation>Anweisung außerhalb einer Transaktion</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="130"/>
        <source>concurrent migrator</source>
        <translation>gleichzeitige Migration</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="131"/>
        <source>dependent objects</source>
        <translation>abhängige Objekte</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="132"/>
        <source>data that does not fit</source>
        <translation>Daten, die nicht passen</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="133"/>
        <source>missing object</source>
        <translation>fehlendes Objekt</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="134"/>
        <source>env.py cannot import</source>
        <translation>env.py kann nicht importieren</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="135"/>
        <source>missing privilege</source>
        <translation>fehlendes Recht</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="136"/>
        <source>object already exists</source>
        <translation>Objekt existiert schon</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/Doctor.cpp" line="137"/>
        <source>migration error</source>
        <translation>Migrationsfehler</translation>
    </message>
</context>
<context>
    <name>strata::HeaderParser</name>
    <message>
        <location filename="../src/core/revision/HeaderParser.cpp" line="268"/>
        <source>the file is UTF-16 or UTF-32 (it starts with a byte order mark for it); Python, and so Alembic, cannot read it: re-save it as UTF-8</source>
        <translation>die Datei ist UTF-16 oder UTF-32 (sie beginnt mit der passenden Byte-Order-Markierung); Python und damit Alembic kann sie nicht lesen: speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location filename="../src/core/revision/HeaderParser.cpp" line="307"/>
        <source>the file declares encoding &apos;%1&apos;, which Python cannot read source in</source>
        <translation>die Datei deklariert die Kodierung &apos;%1&apos;, in der Python keinen Quelltext lesen kann</translation>
    </message>
    <message>
        <location filename="../src/core/revision/HeaderParser.cpp" line="322"/>
        <source>the file is not valid UTF-8 (first bad byte on line %1); declare its encoding with a &apos;# -*- coding: ... -*-&apos; line or re-save it as UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8 (erstes fehlerhaftes Byte in Zeile %1); deklarieren Sie ihre Kodierung mit einer Zeile &apos;# -*- coding: ... -*-&apos; oder speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location filename="../src/core/revision/HeaderParser.cpp" line="332"/>
        <source>the file starts with a UTF-8 byte order mark but declares encoding &apos;%1&apos;</source>
        <translation>die Datei beginnt mit einer UTF-8-Byte-Order-Markierung, deklariert aber die Kodierung &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/revision/HeaderParser.cpp" line="345"/>
        <source>the file declares encoding &apos;ascii&apos; but contains a non-ASCII byte on line %1</source>
        <translation>die Datei deklariert die Kodierung &apos;ascii&apos;, enthält aber in Zeile %1 ein Nicht-ASCII-Byte</translation>
    </message>
    <message>
        <location filename="../src/core/revision/HeaderParser.cpp" line="362"/>
        <source>the file declares encoding &apos;%1&apos; but is not valid in it</source>
        <translation>die Datei deklariert die Kodierung &apos;%1&apos;, ist darin aber nicht gültig</translation>
    </message>
    <message>
        <location filename="../src/core/revision/HeaderParser.cpp" line="367"/>
        <source>the file declares encoding &apos;%1&apos;, which Strata cannot decode</source>
        <translation>die Datei deklariert die Kodierung &apos;%1&apos;, die Strata nicht dekodieren kann</translation>
    </message>
    <message>
        <location filename="../src/core/revision/HeaderParser.cpp" line="393"/>
        <source>brackets nest more than %1 deep: Python refuses the file (&quot;too many nested parentheses&quot;), so Alembic cannot load it</source>
        <translation>Klammern sind tiefer als %1 Ebenen verschachtelt: Python lehnt die Datei ab (&quot;too many nested parentheses&quot;), daher kann Alembic sie nicht laden</translation>
    </message>
    <message>
        <location filename="../src/core/revision/HeaderParser.cpp" line="486"/>
        <source>%1 = %2 cannot be known without running Python; Strata leaves it unresolved</source>
        <translation>%1 = %2 lässt sich nicht ohne Ausführen von Python bestimmen; Strata lässt es unaufgelöst</translation>
    </message>
    <message>
        <location filename="../src/core/revision/HeaderParser.cpp" line="496"/>
        <source>revision = %1 cannot be known without running Python; the script is left out of the graph</source>
        <translation>revision = %1 lässt sich nicht ohne Ausführen von Python bestimmen; das Skript fehlt im Graphen</translation>
    </message>
    <message>
        <location filename="../src/core/revision/HeaderParser.cpp" line="499"/>
        <source>revision must be a string, not %1</source>
        <translation>revision muss ein String sein, nicht %1</translation>
    </message>
</context>
<context>
    <name>strata::ImportEnvDialog</name>
    <message>
        <location filename="../src/gui/ImportEnvDialog.cpp" line="29"/>
        <source>Choose .env files</source>
        <translation>.env-Dateien wählen</translation>
    </message>
</context>
<context>
    <name>strata::IniFile</name>
    <message>
        <location filename="../src/core/project/IniFile.cpp" line="25"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/project/IniFile.cpp" line="31"/>
        <source>file is not valid UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../src/core/project/IniFile.cpp" line="76"/>
        <source>section header is not closed with &apos;]&apos;</source>
        <translation>der Abschnittskopf ist nicht mit &apos;]&apos; geschlossen</translation>
    </message>
    <message>
        <location filename="../src/core/project/IniFile.cpp" line="82"/>
        <source>section [%1] appears twice (first on line %2)</source>
        <translation>der Abschnitt [%1] kommt zweimal vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../src/core/project/IniFile.cpp" line="95"/>
        <source>a key appears before any [section] header: &quot;%1&quot;</source>
        <translation>ein Schlüssel steht vor jedem [Abschnitt]-Kopf: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/project/IniFile.cpp" line="110"/>
        <source>line has no &apos;=&apos; or &apos;:&apos; between key and value: &quot;%1&quot;</source>
        <translation>die Zeile hat kein &apos;=&apos; oder &apos;:&apos; zwischen Schlüssel und Wert: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/project/IniFile.cpp" line="116"/>
        <source>empty key before &apos;%1&apos;</source>
        <translation>leerer Schlüssel vor &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/project/IniFile.cpp" line="121"/>
        <source>key &apos;%1&apos; appears twice in section [%2] (first on line %3)</source>
        <translation>der Schlüssel &apos;%1&apos; kommt im Abschnitt [%2] zweimal vor (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <location filename="../src/core/project/IniFile.cpp" line="189"/>
        <source>no key &apos;%1&apos; in section [%2]</source>
        <translation>kein Schlüssel &apos;%1&apos; im Abschnitt [%2]</translation>
    </message>
    <message>
        <location filename="../src/core/project/IniFile.cpp" line="199"/>
        <source>interpolation of &apos;%1&apos; nests too deeply (a reference loop?)</source>
        <translation>die Interpolation von &apos;%1&apos; ist zu tief verschachtelt (eine Verweisschleife?)</translation>
    </message>
    <message>
        <location filename="../src/core/project/IniFile.cpp" line="218"/>
        <source>bad interpolation in &apos;%1&apos;: &apos;%(&apos; without &apos;)s&apos; (write %% for a literal %)</source>
        <translation>fehlerhafte Interpolation in &apos;%1&apos;: &apos;%(&apos; ohne &apos;)s&apos; (schreiben Sie %% für ein wörtliches %)</translation>
    </message>
    <message>
        <location filename="../src/core/project/IniFile.cpp" line="233"/>
        <source>&apos;%1&apos; refers to %(%2)s, which is not defined in [%3]</source>
        <translation>&apos;%1&apos; verweist auf %(%2)s, das in [%3] nicht definiert ist</translation>
    </message>
    <message>
        <location filename="../src/core/project/IniFile.cpp" line="240"/>
        <source>interpolation of &apos;%1&apos; grows beyond %2 characters</source>
        <translation>die Interpolation von &apos;%1&apos; wächst über %2 Zeichen hinaus</translation>
    </message>
    <message>
        <location filename="../src/core/project/IniFile.cpp" line="247"/>
        <source>bad interpolation in &apos;%1&apos;: a lone &apos;%&apos; (write %% for a literal %)</source>
        <translation>fehlerhafte Interpolation in &apos;%1&apos;: ein einzelnes &apos;%&apos; (schreiben Sie %% für ein wörtliches %)</translation>
    </message>
</context>
<context>
    <name>strata::JournalPanel</name>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="31"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="40"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="40"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="40"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="40"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="40"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="97"/>
        <source>The run journal cannot be read: %1</source>
        <translation>Das Laufprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="131"/>
        <source>No runs yet.</source>
        <translation>Noch keine Läufe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/JournalPanel.cpp" line="131"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/JournalPanel.cpp" line="133"/>
        <source>%n run(s) were interrupted: Strata ended while they ran. What they left in the database is unknown until Strata reads it again (Refresh in Environments verifies it).</source>
        <translation>
            <numerusform>%n Lauf wurde unterbrochen: Strata endete, während er lief. Was er in der Datenbank hinterließ, ist unbekannt, bis Strata sie wieder liest (Aktualisieren unter Umgebungen prüft es).</numerusform>
            <numerusform>%n Läufe wurden unterbrochen: Strata endete, während sie liefen. Was sie in der Datenbank hinterließen, ist unbekannt, bis Strata sie wieder liest (Aktualisieren unter Umgebungen prüft es).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="154"/>
        <source>Run:      %1
</source>
        <translation>Lauf:     %1
</translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="155"/>
        <source>What:     %1 %2
</source>
        <translation>Was:      %1 %2
</translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="156"/>
        <source>State:    %1
</source>
        <translation>Zustand:  %1
</translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="157"/>
        <source>Who:      %1@%2 (pid %3)
</source>
        <translation>Wer:      %1@%2 (PID %3)
</translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="158"/>
        <source>Where:    %1 — %2
</source>
        <translation>Wo:       %1 — %2
</translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="159"/>
        <source>Started:  %1
</source>
        <translation>Begonnen: %1
</translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="161"/>
        <source>Finished: %1
</source>
        <translation>Beendet:  %1
</translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="162"/>
        <source>From:     %1
To:       %2
</source>
        <translation>Von:      %1
Nach:     %2
</translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="164"/>
        <source>unknown (not yet verified)</source>
        <translation>unbekannt (noch nicht geprüft)</translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="166"/>
        <source>Error:    %1%2
</source>
        <translation>Fehler:   %1%2
</translation>
    </message>
    <message>
        <location filename="../src/gui/JournalPanel.cpp" line="168"/>
        <source>Outcome:  %1
</source>
        <translation>Ergebnis: %1
</translation>
    </message>
</context>
<context>
    <name>strata::Lint</name>
    <message>
        <location filename="../src/core/lint/Lint.cpp" line="30"/>
        <source>blocks only DDL</source>
        <translation>blockiert nur DDL</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Lint.cpp" line="31"/>
        <source>blocks DDL and index builds</source>
        <translation>blockiert DDL und Indexaufbau</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Lint.cpp" line="32"/>
        <source>reads and writes go on; other DDL waits</source>
        <translation>Lesen und Schreiben laufen weiter; andere DDL wartet</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Lint.cpp" line="35"/>
        <source>writes wait, reads go on</source>
        <translation>Schreibzugriffe warten, Lesen läuft weiter</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Lint.cpp" line="36"/>
        <source>reads and writes wait</source>
        <translation>Lese- und Schreibzugriffe warten</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Lint.cpp" line="55"/>
        <source>~%1 rows</source>
        <translation>~%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Lint.cpp" line="58"/>
        <source>rows not counted yet (never analysed)</source>
        <translation>Zeilen noch nicht gezählt (nie analysiert)</translation>
    </message>
</context>
<context>
    <name>strata::LintRules</name>
    <message>
        <location filename="../src/core/lint/rules/AddSerialIdentity.cpp" line="17"/>
        <location filename="../src/core/lint/rules/AddStoredGenerated.cpp" line="17"/>
        <location filename="../src/core/lint/rules/VolatileDefault.cpp" line="17"/>
        <source>ACCESS EXCLUSIVE for the whole rewrite: reads and writes wait</source>
        <translation>ACCESS EXCLUSIVE für das ganze Neuschreiben: Lese- und Schreibzugriffe warten</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/AddSerialIdentity.cpp" line="20"/>
        <source>a serial or identity column gets a value from a sequence for every existing row: the table is rewritten under ACCESS EXCLUSIVE</source>
        <translation>eine serial- oder Identity-Spalte bekommt für jede vorhandene Zeile einen Wert aus einer Sequenz: die Tabelle wird unter ACCESS EXCLUSIVE neu geschrieben</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/AddSerialIdentity.cpp" line="25"/>
        <source>add a nullable column, create the sequence and set it as the default for new rows, backfill existing rows in batches, then add NOT NULL through a validated CHECK</source>
        <translation>eine nullbare Spalte hinzufügen, die Sequenz anlegen und als Vorgabe für neue Zeilen setzen, vorhandene Zeilen in Portionen nachfüllen, dann NOT NULL über einen validierten CHECK hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/AddSerialIdentity.cpp" line="42"/>
        <source>adds %1 column %2.%3: every row is rewritten while the table is locked</source>
        <translation>fügt die %1-Spalte %2.%3 hinzu: jede Zeile wird neu geschrieben, während die Tabelle gesperrt ist</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/AddStoredGenerated.cpp" line="20"/>
        <source>GENERATED ALWAYS AS (…) STORED computes and stores the value for every existing row: the table is rewritten under ACCESS EXCLUSIVE</source>
        <translation>GENERATED ALWAYS AS (…) STORED berechnet und speichert den Wert für jede vorhandene Zeile: die Tabelle wird unter ACCESS EXCLUSIVE neu geschrieben</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/AddStoredGenerated.cpp" line="25"/>
        <source>add a plain nullable column, keep it filled with a trigger, backfill in batches; or compute the value in a view or at read time</source>
        <translation>eine einfache nullbare Spalte hinzufügen, sie mit einem Trigger füllen, in Portionen nachfüllen; oder den Wert in einer View oder beim Lesen berechnen</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/AddStoredGenerated.cpp" line="38"/>
        <source>adds stored generated column %1.%2: every row is rewritten while the table is locked</source>
        <translation>fügt die gespeicherte generierte Spalte %1.%2 hinzu: jede Zeile wird neu geschrieben, während die Tabelle gesperrt ist</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/ColumnTypeChange.cpp" line="45"/>
        <source>ACCESS EXCLUSIVE for the whole rewrite, and on the tables whose foreign keys point at the column</source>
        <translation>ACCESS EXCLUSIVE für das ganze Neuschreiben, und auf den Tabellen, deren Fremdschlüssel auf die Spalte zeigen</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/ColumnTypeChange.cpp" line="50"/>
        <source>changing a column&apos;s type rewrites the table and its indexes under ACCESS EXCLUSIVE (unless the types are binary-compatible, like varchar(n) to text); foreign keys that reference the column are checked again, locking their tables too</source>
        <translation>der Typwechsel einer Spalte schreibt die Tabelle und ihre Indizes unter ACCESS EXCLUSIVE neu (außer die Typen sind binärkompatibel, wie varchar(n) zu text); Fremdschlüssel, die auf die Spalte verweisen, werden erneut geprüft und sperren auch ihre Tabellen</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/ColumnTypeChange.cpp" line="56"/>
        <source>add a new column of the new type, write both from the application (or a trigger), backfill in batches, switch reads, then drop the old column</source>
        <translation>eine neue Spalte des neuen Typs hinzufügen, beide aus der Anwendung (oder per Trigger) schreiben, in Portionen nachfüllen, das Lesen umstellen, dann die alte Spalte entfernen</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/ColumnTypeChange.cpp" line="80"/>
        <source>changes %1.%2 from %3 to %4: binary-compatible, so only the catalog changes (a brief ACCESS EXCLUSIVE lock)</source>
        <translation>ändert %1.%2 von %3 zu %4: binärkompatibel, also ändert sich nur der Katalog (eine kurze ACCESS-EXCLUSIVE-Sperre)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/ColumnTypeChange.cpp" line="88"/>
        <source>changes the type of %1.%2%3 to %4: the table is rewritten while it is locked for reads and writes</source>
        <translation>ändert den Typ von %1.%2%3 zu %4: die Tabelle wird neu geschrieben, während sie für Lesen und Schreiben gesperrt ist</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/ColumnTypeChange.cpp" line="90"/>
        <source> from </source>
        <translation> von </translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/ColumnTypeChange.cpp" line="92"/>
        <source>; %1 (foreign keys pointing here) are locked too</source>
        <translation>; %1 (deren Fremdschlüssel hierher zeigen) werden ebenfalls gesperrt</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/ConcurrentlyInTransaction.cpp" line="17"/>
        <source>none: the statement fails before it locks anything</source>
        <translation>keine: die Anweisung scheitert, bevor sie etwas sperrt</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/ConcurrentlyInTransaction.cpp" line="20"/>
        <source>CONCURRENTLY cannot run inside a transaction block, and Alembic runs each migration in one on PostgreSQL: the run fails at this statement and everything before it in the transaction is rolled back</source>
        <translation>CONCURRENTLY kann nicht in einem Transaktionsblock laufen, und Alembic führt auf PostgreSQL jede Migration in einem aus: der Lauf scheitert an dieser Anweisung, und alles davor in der Transaktion wird zurückgerollt</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/ConcurrentlyInTransaction.cpp" line="26"/>
        <source>wrap the operation in `with op.get_context().autocommit_block():` so Alembic commits before it and starts a new transaction after it</source>
        <translation>die Operation in `with op.get_context().autocommit_block():` einschließen, damit Alembic davor committet und danach eine neue Transaktion beginnt</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/ConcurrentlyInTransaction.cpp" line="52"/>
        <source>%1 cannot run inside the transaction opened at line %2: the run fails here</source>
        <translation>%1 kann nicht in der in Zeile %2 geöffneten Transaktion laufen: der Lauf scheitert hier</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/ConcurrentlyInTransaction.cpp" line="56"/>
        <source>%1 cannot run inside a transaction block: the run fails here</source>
        <translation>%1 kann nicht in einem Transaktionsblock laufen: der Lauf scheitert hier</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/ConstraintNotValid.cpp" line="19"/>
        <source>SHARE ROW EXCLUSIVE on both tables (foreign key) or ACCESS EXCLUSIVE (check) while every row is checked</source>
        <translation>SHARE ROW EXCLUSIVE auf beiden Tabellen (Fremdschlüssel) oder ACCESS EXCLUSIVE (Check), während jede Zeile geprüft wird</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/ConstraintNotValid.cpp" line="24"/>
        <source>adding a constraint checks every existing row before the statement ends, holding a lock that blocks writes (a foreign key also locks the table it references)</source>
        <translation>das Hinzufügen einer Einschränkung prüft jede vorhandene Zeile, bevor die Anweisung endet, und hält dabei eine Sperre, die Schreibzugriffe blockiert (ein Fremdschlüssel sperrt auch die referenzierte Tabelle)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/ConstraintNotValid.cpp" line="29"/>
        <source>ADD CONSTRAINT … NOT VALID (postgresql_not_valid=True), then in a later transaction VALIDATE CONSTRAINT, which only takes SHARE UPDATE EXCLUSIVE</source>
        <translation>ADD CONSTRAINT … NOT VALID (postgresql_not_valid=True), dann in einer späteren Transaktion VALIDATE CONSTRAINT, das nur SHARE UPDATE EXCLUSIVE nimmt</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/ConstraintNotValid.cpp" line="48"/>
        <source>adds foreign key %1 on %2 without NOT VALID: every row is checked against %3 while writes to both wait</source>
        <translation>fügt den Fremdschlüssel %1 auf %2 ohne NOT VALID hinzu: jede Zeile wird gegen %3 geprüft, während Schreibzugriffe auf beide warten</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/ConstraintNotValid.cpp" line="53"/>
        <source>adds check constraint %1 on %2 without NOT VALID: every row is checked while the table is locked</source>
        <translation>fügt die Check-Einschränkung %1 auf %2 ohne NOT VALID hinzu: jede Zeile wird geprüft, während die Tabelle gesperrt ist</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/DropColumn.cpp" line="17"/>
        <source>ACCESS EXCLUSIVE, briefly (no rewrite)</source>
        <translation>ACCESS EXCLUSIVE, kurz (kein Neuschreiben)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/DropColumn.cpp" line="20"/>
        <source>the data is gone (a downgrade brings the column back empty), and running code that still selects it — an ORM model lists every column — fails at once</source>
        <translation>die Daten sind weg (ein Downgrade bringt die Spalte leer zurück), und laufender Code, der sie noch abfragt – ein ORM-Modell nennt jede Spalte –, scheitert sofort</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/DropColumn.cpp" line="25"/>
        <source>release code that no longer uses the column first (drop it from the model), back up what you may need, then drop it in a later migration</source>
        <translation>zuerst Code ausliefern, der die Spalte nicht mehr nutzt (aus dem Modell entfernen), sichern, was Sie brauchen könnten, dann sie in einer späteren Migration entfernen</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/DropColumn.cpp" line="35"/>
        <source>drops column %1.%2: its data is lost, and running code that reads it fails</source>
        <translation>entfernt die Spalte %1.%2: ihre Daten gehen verloren, und laufender Code, der sie liest, scheitert</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/DropColumn.cpp" line="39"/>
        <source>column %1.%2</source>
        <translation>die Spalte %1.%2</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/DropIndexNotConcurrent.cpp" line="17"/>
        <source>ACCESS EXCLUSIVE on the index&apos;s table: reads and writes wait</source>
        <translation>ACCESS EXCLUSIVE auf der Tabelle des Index: Lese- und Schreibzugriffe warten</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/DropIndexNotConcurrent.cpp" line="20"/>
        <source>DROP INDEX takes an ACCESS EXCLUSIVE lock on the table: it waits behind every running query on the table, and every query queues behind it</source>
        <translation>DROP INDEX nimmt eine ACCESS-EXCLUSIVE-Sperre auf der Tabelle: es wartet hinter jeder laufenden Abfrage auf der Tabelle, und jede Abfrage reiht sich dahinter ein</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/DropIndexNotConcurrent.cpp" line="25"/>
        <source>DROP INDEX CONCURRENTLY, outside a transaction: op.drop_index(..., postgresql_concurrently=True) inside `with op.get_context().autocommit_block():`</source>
        <translation>DROP INDEX CONCURRENTLY, außerhalb einer Transaktion: op.drop_index(..., postgresql_concurrently=True) innerhalb von `with op.get_context().autocommit_block():`</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/DropIndexNotConcurrent.cpp" line="50"/>
        <source>drops index %1 without CONCURRENTLY: its table is locked for reads and writes while the drop waits for running queries</source>
        <translation>entfernt den Index %1 ohne CONCURRENTLY: seine Tabelle ist für Lesen und Schreiben gesperrt, während das Entfernen auf laufende Abfragen wartet</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/DropIndexNotConcurrent.cpp" line="53"/>
        <source>ACCESS EXCLUSIVE on the table of %1</source>
        <translation>ACCESS EXCLUSIVE auf der Tabelle von %1</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/DropNotNull.cpp" line="17"/>
        <location filename="../src/core/lint/rules/Rename.cpp" line="17"/>
        <source>ACCESS EXCLUSIVE, briefly</source>
        <translation>ACCESS EXCLUSIVE, kurz</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/DropNotNull.cpp" line="20"/>
        <source>the running code (and a downgrade&apos;s SET NOT NULL, which then fails) assume the column is never NULL; once NULLs are written, going back needs a data fix</source>
        <translation>der laufende Code (und das SET NOT NULL eines Downgrades, das dann scheitert) nehmen an, dass die Spalte nie NULL ist; sind erst NULL-Werte geschrieben, braucht der Weg zurück eine Datenkorrektur</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/DropNotNull.cpp" line="25"/>
        <source>release code that handles NULL first; keep the downgrade honest (backfill before SET NOT NULL)</source>
        <translation>zuerst Code ausliefern, der mit NULL umgeht; den Downgrade ehrlich halten (vor SET NOT NULL nachfüllen)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/DropNotNull.cpp" line="35"/>
        <source>drops NOT NULL from %1.%2: code reading it must now handle NULL, and a downgrade fails once NULLs exist</source>
        <translation>entfernt NOT NULL von %1.%2: Code, der sie liest, muss jetzt mit NULL umgehen, und ein Downgrade scheitert, sobald NULL-Werte existieren</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/DropTable.cpp" line="17"/>
        <source>ACCESS EXCLUSIVE on the table (and the tables whose foreign keys point at it)</source>
        <translation>ACCESS EXCLUSIVE auf der Tabelle (und den Tabellen, deren Fremdschlüssel auf sie zeigen)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/DropTable.cpp" line="20"/>
        <source>the table&apos;s rows are gone for good (a downgrade recreates it empty), and running code that uses it fails</source>
        <translation>die Zeilen der Tabelle sind endgültig weg (ein Downgrade legt sie leer neu an), und laufender Code, der sie nutzt, scheitert</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/DropTable.cpp" line="25"/>
        <source>stop using the table in a release first, back it up (or rename it away and drop it later), then drop it</source>
        <translation>die Tabelle zuerst in einem Release nicht mehr nutzen, sichern (oder wegbenennen und später entfernen), dann entfernen</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/DropTable.cpp" line="40"/>
        <source>drops table %1: its rows are lost</source>
        <translation>entfernt die Tabelle %1: ihre Zeilen gehen verloren</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/DropTable.cpp" line="46"/>
        <source>table %1</source>
        <translation>die Tabelle %1</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/EnumChange.cpp" line="17"/>
        <source>ACCESS EXCLUSIVE on the type, briefly</source>
        <translation>ACCESS EXCLUSIVE auf dem Typ, kurz</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/EnumChange.cpp" line="20"/>
        <source>a value added to an enum cannot be used in the transaction that adds it (and before PostgreSQL 12 ADD VALUE cannot run in a transaction at all); a renamed value breaks running code that writes the old one; values cannot be removed</source>
        <translation>ein zu einem Enum hinzugefügter Wert kann nicht in der Transaktion genutzt werden, die ihn hinzufügt (und vor PostgreSQL 12 kann ADD VALUE gar nicht in einer Transaktion laufen); ein umbenannter Wert bricht laufenden Code, der den alten schreibt; Werte lassen sich nicht entfernen</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/EnumChange.cpp" line="26"/>
        <source>add the value in its own migration inside an autocommit_block, use it in a later one; never rename or remove values of a type in use (add a new value, migrate rows, stop using the old one)</source>
        <translation>den Wert in einer eigenen Migration in einem autocommit_block hinzufügen und erst in einer späteren nutzen; Werte eines genutzten Typs nie umbenennen oder entfernen (einen neuen Wert hinzufügen, Zeilen migrieren, den alten nicht mehr nutzen)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/EnumChange.cpp" line="38"/>
        <source>renames value &apos;%1&apos; of enum %2 to &apos;%3&apos;: running code that writes &apos;%1&apos; fails</source>
        <translation>benennt den Wert &apos;%1&apos; des Enums %2 in &apos;%3&apos; um: laufender Code, der &apos;%1&apos; schreibt, scheitert</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/EnumChange.cpp" line="46"/>
        <source>ALTER TYPE %1 ADD VALUE cannot run inside a transaction block on PostgreSQL %2: the run fails here</source>
        <translation>ALTER TYPE %1 ADD VALUE kann auf PostgreSQL %2 nicht in einem Transaktionsblock laufen: der Lauf scheitert hier</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/EnumChange.cpp" line="60"/>
        <source>adds &apos;%1&apos; to enum %2 and uses it at line %3 in the same transaction: PostgreSQL refuses that (unsafe use of new value), so the run fails there</source>
        <translation>fügt &apos;%1&apos; zum Enum %2 hinzu und nutzt ihn in Zeile %3 in derselben Transaktion: PostgreSQL lehnt das ab (unsafe use of new value), also scheitert der Lauf dort</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/IndexNotConcurrent.cpp" line="17"/>
        <source>SHARE on the table for the whole build: writes wait</source>
        <translation>SHARE auf der Tabelle für den ganzen Aufbau: Schreibzugriffe warten</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/IndexNotConcurrent.cpp" line="20"/>
        <source>CREATE INDEX without CONCURRENTLY reads the whole table while holding a SHARE lock: every INSERT, UPDATE and DELETE on it waits until the index is built</source>
        <translation>CREATE INDEX ohne CONCURRENTLY liest die ganze Tabelle unter einer SHARE-Sperre: jedes INSERT, UPDATE und DELETE darauf wartet, bis der Index aufgebaut ist</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/IndexNotConcurrent.cpp" line="25"/>
        <source>CREATE INDEX CONCURRENTLY, outside a transaction: op.create_index(..., postgresql_concurrently=True) inside `with op.get_context().autocommit_block():`</source>
        <translation>CREATE INDEX CONCURRENTLY, außerhalb einer Transaktion: op.create_index(..., postgresql_concurrently=True) innerhalb von `with op.get_context().autocommit_block():`</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/IndexNotConcurrent.cpp" line="36"/>
        <source>builds index %1 on %2 without CONCURRENTLY: writes to %2 wait until it is built</source>
        <translation>baut den Index %1 auf %2 ohne CONCURRENTLY: Schreibzugriffe auf %2 warten, bis er aufgebaut ist</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/LockTimeout.cpp" line="17"/>
        <source>any strong lock: while it waits, everyone queues behind it</source>
        <translation>jede starke Sperre: während sie wartet, reihen sich alle dahinter ein</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/LockTimeout.cpp" line="20"/>
        <source>a statement waiting for a strong lock makes every later query on the table wait behind it: without lock_timeout one long-running SELECT stalls the application. Strata sets lock_timeout on every run itself, so this only applies to SQL run by other tools</source>
        <translation>eine Anweisung, die auf eine starke Sperre wartet, lässt jede spätere Abfrage auf der Tabelle hinter sich warten: ohne lock_timeout legt ein einziges lang laufendes SELECT die Anwendung lahm. Strata setzt lock_timeout bei jedem Lauf selbst, das gilt also nur für SQL, das andere Werkzeuge ausführen</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/LockTimeout.cpp" line="26"/>
        <source>SET lock_timeout = &apos;5s&apos; at the top of the script (and retry when it times out); runs through Strata have it already</source>
        <translation>SET lock_timeout = &apos;5s&apos; an den Anfang des Skripts (und bei Zeitüberschreitung wiederholen); Läufe über Strata haben es schon</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/LockTimeout.cpp" line="49"/>
        <source>takes strong locks without a lock_timeout set first: if it waits, every query on the table waits behind it</source>
        <translation>nimmt starke Sperren, ohne vorher lock_timeout zu setzen: wartet sie, wartet jede Abfrage auf der Tabelle dahinter</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/LongLock.cpp" line="27"/>
        <source>the first statement&apos;s lock, held until COMMIT</source>
        <translation>die Sperre der ersten Anweisung, gehalten bis COMMIT</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/LongLock.cpp" line="30"/>
        <source>a lock is held until its transaction ends, and Alembic runs the whole plan in one transaction by default: a table locked by the first migration stays locked while every later statement runs, however long they take</source>
        <translation>eine Sperre wird bis zum Ende ihrer Transaktion gehalten, und Alembic führt den ganzen Plan standardmäßig in einer Transaktion aus: eine von der ersten Migration gesperrte Tabelle bleibt gesperrt, während jede spätere Anweisung läuft, so lange sie auch dauert</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/LongLock.cpp" line="36"/>
        <source>keep the statements that take strong locks short and alone: transaction_per_migration=True in env.py&apos;s context.configure(), or split the migration so slow work (backfills, index builds) runs in its own transaction</source>
        <translation>Anweisungen mit starken Sperren kurz und für sich halten: transaction_per_migration=True in context.configure() der env.py, oder die Migration teilen, damit langsame Arbeit (Nachfüllen, Indexaufbau) in einer eigenen Transaktion läuft</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/LongLock.cpp" line="67"/>
        <source>%1 at line %2</source>
        <translation>%1 in Zeile %2</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/LongLock.cpp" line="74"/>
        <source>locks %1 against writes here and holds it through %2 more statement(s) until the transaction ends at line %3</source>
        <translation>sperrt %1 hier gegen Schreibzugriffe und hält die Sperre über %2 weitere Anweisung(en), bis die Transaktion in Zeile %3 endet</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/LongLock.cpp" line="80"/>
        <source>, including whole-table work on %1</source>
        <translation>, einschließlich Arbeit an der ganzen Tabelle %1</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/MySqlImplicitCommit.cpp" line="24"/>
        <source>a metadata lock per statement</source>
        <translation>eine Metadatensperre je Anweisung</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/MySqlImplicitCommit.cpp" line="27"/>
        <source>MySQL and MariaDB commit before and after every CREATE, ALTER, DROP, RENAME and TRUNCATE: a plan that fails half-way leaves the statements before the failure applied and the version table where it was (half-applied)</source>
        <translation>MySQL und MariaDB committen vor und nach jedem CREATE, ALTER, DROP, RENAME und TRUNCATE: ein Plan, der mittendrin scheitert, lässt die Anweisungen vor dem Fehler angewendet und die Versionstabelle, wo sie war (halb angewendet)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/MySqlImplicitCommit.cpp" line="33"/>
        <source>one DDL statement per migration where you can, each migration written so it can be run again (IF NOT EXISTS / IF EXISTS); back up before a long plan</source>
        <translation>wo möglich eine DDL-Anweisung je Migration, jede Migration so geschrieben, dass sie erneut laufen kann (IF NOT EXISTS / IF EXISTS); vor einem langen Plan sichern</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/MySqlImplicitCommit.cpp" line="59"/>
        <source>%1 DDL statement(s) commit on their own (lines %2%3): if the run fails after the first, what ran before stays applied and the version table is not moved</source>
        <translation>%1 DDL-Anweisung(en) committen von selbst (Zeilen %2%3): scheitert der Lauf nach der ersten, bleibt angewendet, was vorher lief, und die Versionstabelle wird nicht bewegt</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/MySqlInlineReferences.cpp" line="30"/>
        <source>MySQL (and MariaDB before 10.5) accept REFERENCES inside a column definition and silently ignore it: no foreign key is created, nothing is enforced</source>
        <translation>MySQL (und MariaDB vor 10.5) nehmen REFERENCES in einer Spaltendefinition an und ignorieren es stillschweigend: es entsteht kein Fremdschlüssel, nichts wird erzwungen</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/MySqlInlineReferences.cpp" line="35"/>
        <source>declare the key as its own clause: FOREIGN KEY (col) REFERENCES other (id) (Alembic&apos;s sa.ForeignKeyConstraint, or op.create_foreign_key)</source>
        <translation>den Schlüssel als eigene Klausel deklarieren: FOREIGN KEY (col) REFERENCES other (id) (Alembics sa.ForeignKeyConstraint oder op.create_foreign_key)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/MySqlInlineReferences.cpp" line="72"/>
        <source>column %1 declares REFERENCES inline: MySQL ignores it, so no foreign key is created</source>
        <translation>die Spalte %1 deklariert REFERENCES inline: MySQL ignoriert das, also entsteht kein Fremdschlüssel</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/MySqlTableCopy.cpp" line="17"/>
        <source>writes blocked (ALGORITHM=COPY) for the whole copy</source>
        <translation>Schreibzugriffe blockiert (ALGORITHM=COPY) für die ganze Kopie</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/MySqlTableCopy.cpp" line="20"/>
        <source>changing a column&apos;s type, the primary key, the engine or the character set makes MySQL copy the whole table, blocking writes until it is done; without an ALGORITHM clause MySQL silently falls back to the copy</source>
        <translation>der Wechsel des Typs einer Spalte, des Primärschlüssels, der Engine oder des Zeichensatzes lässt MySQL die ganze Tabelle kopieren und blockiert Schreibzugriffe bis zum Ende; ohne ALGORITHM-Klausel fällt MySQL stillschweigend auf die Kopie zurück</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/MySqlTableCopy.cpp" line="26"/>
        <source>state ALGORITHM=INSTANT (or INPLACE) and LOCK=NONE so MySQL refuses instead of copying; for a real copy use an online schema change tool (gh-ost, pt-online-schema-change) outside the migration</source>
        <translation>ALGORITHM=INSTANT (oder INPLACE) und LOCK=NONE angeben, damit MySQL ablehnt statt zu kopieren; für eine echte Kopie ein Online-Schemaänderungswerkzeug (gh-ost, pt-online-schema-change) außerhalb der Migration nutzen</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/MySqlTableCopy.cpp" line="44"/>
        <source>changes a column definition</source>
        <translation>ändert eine Spaltendefinition</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/MySqlTableCopy.cpp" line="47"/>
        <source>changes the primary key</source>
        <translation>ändert den Primärschlüssel</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/MySqlTableCopy.cpp" line="49"/>
        <source>converts the character set</source>
        <translation>konvertiert den Zeichensatz</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/MySqlTableCopy.cpp" line="51"/>
        <source>rebuilds the table</source>
        <translation>baut die Tabelle neu auf</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/MySqlTableCopy.cpp" line="56"/>
        <source>asks for ALGORITHM=COPY</source>
        <translation>verlangt ALGORITHM=COPY</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/MySqlTableCopy.cpp" line="60"/>
        <source>%1 on %2 without ALGORITHM=INSTANT or INPLACE: MySQL may copy the whole table while writes wait</source>
        <translation>%1 auf %2 ohne ALGORITHM=INSTANT oder INPLACE: MySQL kopiert womöglich die ganze Tabelle, während Schreibzugriffe warten</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/MySqlTableCopy.cpp" line="63"/>
        <source>writes blocked on %1 during the copy</source>
        <translation>Schreibzugriffe auf %1 während der Kopie blockiert</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/NotNullWithoutDefault.cpp" line="17"/>
        <source>ACCESS EXCLUSIVE until the statement fails</source>
        <translation>ACCESS EXCLUSIVE, bis die Anweisung scheitert</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/NotNullWithoutDefault.cpp" line="20"/>
        <source>a NOT NULL column without a default has no value for the rows already there: on a table that has rows the statement fails, and the migration with it</source>
        <translation>eine NOT-NULL-Spalte ohne Vorgabe hat keinen Wert für die schon vorhandenen Zeilen: auf einer Tabelle mit Zeilen scheitert die Anweisung und mit ihr die Migration</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/NotNullWithoutDefault.cpp" line="25"/>
        <source>add the column nullable (or with a constant server_default), fill it, then add a CHECK (col IS NOT NULL) NOT VALID, VALIDATE it and SET NOT NULL</source>
        <translation>die Spalte nullbar (oder mit einem konstanten server_default) hinzufügen, füllen, dann einen CHECK (col IS NOT NULL) NOT VALID hinzufügen, validieren und SET NOT NULL</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/NotNullWithoutDefault.cpp" line="45"/>
        <source>adds column %1.%2 NOT NULL without a default: it fails if %1 has rows</source>
        <translation>fügt die Spalte %1.%2 NOT NULL ohne Vorgabe hinzu: das scheitert, wenn %1 Zeilen hat</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/NotNullWithoutDefault.cpp" line="51"/>
        <source>adds column %1.%2 NOT NULL without a default: %1 has %3, so the statement fails</source>
        <translation>fügt die Spalte %1.%2 NOT NULL ohne Vorgabe hinzu: %1 hat %3, also scheitert die Anweisung</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/Rename.cpp" line="20"/>
        <source>the application that is running now still uses the old name: every query it sends fails from the moment the migration commits until the new code is deployed</source>
        <translation>die jetzt laufende Anwendung nutzt noch den alten Namen: jede Abfrage, die sie sendet, scheitert ab dem Commit der Migration, bis der neue Code ausgeliefert ist</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/Rename.cpp" line="25"/>
        <source>expand and contract: add the new column (or a view under the new table name), write both, move reads, then drop the old name in a later release</source>
        <translation>erweitern und zurückbauen: die neue Spalte (oder eine View unter dem neuen Tabellennamen) hinzufügen, beide schreiben, das Lesen umziehen, dann den alten Namen in einem späteren Release entfernen</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/Rename.cpp" line="38"/>
        <source>renames column %1.%2 to %3: running code that uses %2 fails</source>
        <translation>benennt die Spalte %1.%2 in %3 um: laufender Code, der %2 nutzt, scheitert</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/Rename.cpp" line="42"/>
        <source>renames table %1 to %2: running code that uses %1 fails</source>
        <translation>benennt die Tabelle %1 in %2 um: laufender Code, der %1 nutzt, scheitert</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/RuleSupport.cpp" line="116"/>
        <source>a subquery</source>
        <translation>eine Unterabfrage</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/RuleSupport.cpp" line="179"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/SetNotNull.cpp" line="17"/>
        <source>ACCESS EXCLUSIVE while the whole table is scanned</source>
        <translation>ACCESS EXCLUSIVE, während die ganze Tabelle gelesen wird</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/SetNotNull.cpp" line="20"/>
        <source>SET NOT NULL scans every row to prove there is no NULL, holding ACCESS EXCLUSIVE: reads and writes wait for the whole scan</source>
        <translation>SET NOT NULL liest jede Zeile, um zu beweisen, dass es kein NULL gibt, und hält dabei ACCESS EXCLUSIVE: Lese- und Schreibzugriffe warten den ganzen Lauf ab</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/SetNotNull.cpp" line="25"/>
        <source>ADD CONSTRAINT … CHECK (col IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT (a weaker lock), then SET NOT NULL (PostgreSQL 12+ uses the valid CHECK and skips the scan), then drop the CHECK</source>
        <translation>ADD CONSTRAINT … CHECK (col IS NOT NULL) NOT VALID, dann VALIDATE CONSTRAINT (eine schwächere Sperre), dann SET NOT NULL (PostgreSQL ab 12 nutzt den gültigen CHECK und überspringt das Lesen), dann den CHECK entfernen</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/SetNotNull.cpp" line="44"/>
        <source>sets %1.%2 NOT NULL: the whole table is scanned while it is locked for reads and writes</source>
        <translation>setzt %1.%2 auf NOT NULL: die ganze Tabelle wird gelesen, während sie für Lesen und Schreiben gesperrt ist</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/TruncateCascade.cpp" line="17"/>
        <source>ACCESS EXCLUSIVE on every table truncated, the cascaded ones included</source>
        <translation>ACCESS EXCLUSIVE auf jeder geleerten Tabelle, die kaskadierten eingeschlossen</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/TruncateCascade.cpp" line="20"/>
        <source>CASCADE also empties every table with a foreign key to the truncated ones, and the tables referencing those, without naming them</source>
        <translation>CASCADE leert auch jede Tabelle mit einem Fremdschlüssel auf die geleerten und die Tabellen, die auf jene verweisen, ohne sie zu nennen</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/TruncateCascade.cpp" line="25"/>
        <source>name every table to empty in the TRUNCATE (or DELETE the rows you mean), so the statement fails instead of emptying a table nobody listed</source>
        <translation>jede zu leerende Tabelle im TRUNCATE nennen (oder die gemeinten Zeilen mit DELETE löschen), damit die Anweisung scheitert, statt eine Tabelle zu leeren, die niemand aufgeführt hat</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/TruncateCascade.cpp" line="41"/>
        <source>TRUNCATE %1 CASCADE also empties every table that references it</source>
        <translation>TRUNCATE %1 CASCADE leert auch jede Tabelle, die darauf verweist</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/UniqueWithoutIndex.cpp" line="17"/>
        <source>ACCESS EXCLUSIVE while the index is built</source>
        <translation>ACCESS EXCLUSIVE, während der Index aufgebaut wird</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/UniqueWithoutIndex.cpp" line="20"/>
        <source>a UNIQUE or PRIMARY KEY constraint builds its index inside the ALTER TABLE, reading the whole table while reads and writes wait</source>
        <translation>eine UNIQUE- oder PRIMARY-KEY-Einschränkung baut ihren Index im ALTER TABLE auf und liest dabei die ganze Tabelle, während Lese- und Schreibzugriffe warten</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/UniqueWithoutIndex.cpp" line="25"/>
        <source>CREATE UNIQUE INDEX CONCURRENTLY first (in an autocommit_block), then ADD CONSTRAINT … UNIQUE USING INDEX (or PRIMARY KEY USING INDEX), which only takes a brief lock</source>
        <translation>zuerst CREATE UNIQUE INDEX CONCURRENTLY (in einem autocommit_block), dann ADD CONSTRAINT … UNIQUE USING INDEX (oder PRIMARY KEY USING INDEX), das nur eine kurze Sperre nimmt</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/UniqueWithoutIndex.cpp" line="46"/>
        <source>adds %1 %2on %3 without an index built first: the index is built while the table is locked for reads and writes</source>
        <translation>fügt %1 %2auf %3 hinzu, ohne vorher einen Index aufzubauen: der Index wird aufgebaut, während die Tabelle für Lesen und Schreiben gesperrt ist</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/UniqueWithoutIndex.cpp" line="48"/>
        <source>a primary key</source>
        <translation>einen Primärschlüssel</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/UniqueWithoutIndex.cpp" line="49"/>
        <source>a unique constraint</source>
        <translation>eine Eindeutigkeitseinschränkung</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/Unparsed.cpp" line="20"/>
        <source>the statement is not valid PostgreSQL as the server&apos;s own grammar reads it, so no rule could check it; if the grammar is right, the run fails here</source>
        <translation>die Anweisung ist kein gültiges PostgreSQL, wie die Grammatik des Servers es liest, also konnte keine Regel sie prüfen; stimmt die Grammatik, scheitert der Lauf hier</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/Unparsed.cpp" line="23"/>
        <source>fix the statement (or the migration that writes it)</source>
        <translation>die Anweisung korrigieren (oder die Migration, die sie schreibt)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/Unparsed.cpp" line="28"/>
        <source>not checked: the PostgreSQL grammar refuses it: %1</source>
        <translation>nicht geprüft: die PostgreSQL-Grammatik lehnt sie ab: %1</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/VolatileDefault.cpp" line="20"/>
        <source>since PostgreSQL 11 a constant or stable default is stored once in the catalog; a volatile one (random(), gen_random_uuid(), clock_timestamp(), nextval()) and any default before 11 rewrites the whole table under ACCESS EXCLUSIVE</source>
        <translation>seit PostgreSQL 11 wird eine konstante oder stabile Vorgabe einmal im Katalog gespeichert; eine volatile (random(), gen_random_uuid(), clock_timestamp(), nextval()) und jede Vorgabe vor 11 schreibt die ganze Tabelle unter ACCESS EXCLUSIVE neu</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/VolatileDefault.cpp" line="26"/>
        <source>add the column without a default (or with a constant one), set the default for new rows with ALTER COLUMN … SET DEFAULT, then fill existing rows in batches</source>
        <translation>die Spalte ohne Vorgabe (oder mit einer konstanten) hinzufügen, die Vorgabe für neue Zeilen mit ALTER COLUMN … SET DEFAULT setzen, dann vorhandene Zeilen in Portionen füllen</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/VolatileDefault.cpp" line="43"/>
        <source>adds column %1.%2 with a default: PostgreSQL %3 rewrites the whole table for it</source>
        <translation>fügt die Spalte %1.%2 mit einer Vorgabe hinzu: PostgreSQL %3 schreibt dafür die ganze Tabelle neu</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/VolatileDefault.cpp" line="49"/>
        <source>adds column %1.%2 with the volatile default %3(): every row is rewritten while the table is locked</source>
        <translation>fügt die Spalte %1.%2 mit der volatilen Vorgabe %3() hinzu: jede Zeile wird neu geschrieben, während die Tabelle gesperrt ist</translation>
    </message>
    <message>
        <location filename="../src/core/lint/rules/VolatileDefault.cpp" line="54"/>
        <source>adds column %1.%2 with the default %3(): if that function is volatile, every row is rewritten while the table is locked (select a profile to read its volatility)</source>
        <translation>fügt die Spalte %1.%2 mit der Vorgabe %3() hinzu: ist diese Funktion volatil, wird jede Zeile neu geschrieben, während die Tabelle gesperrt ist (wählen Sie ein Profil, um ihre Volatilität zu lesen)</translation>
    </message>
</context>
<context>
    <name>strata::LintService</name>
    <message>
        <location filename="../src/core/services/LintService.cpp" line="34"/>
        <source>not linted: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message>
        <location filename="../src/core/services/LintService.cpp" line="53"/>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../src/core/services/LintService.cpp" line="58"/>
        <source>the catalog of &apos;%1&apos; (%2)</source>
        <translation>der Katalog von &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/services/LintService.cpp" line="63"/>
        <source>table sizes are not read from MySQL/MariaDB databases yet; severities are the rules&apos; defaults</source>
        <translation>Tabellengrößen werden aus MySQL/MariaDB-Datenbanken noch nicht gelesen; die Schweregrade sind die Vorgaben der Regeln</translation>
    </message>
</context>
<context>
    <name>strata::Linter</name>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="31"/>
        <source>%1: &quot;lint&quot; must be an object</source>
        <translation>%1: &quot;lint&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="37"/>
        <source>%1: lint.%2 is not a lint setting (off, severity)</source>
        <translation>%1: lint.%2 ist keine Lint-Einstellung (off, severity)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="40"/>
        <source>%1: lint.off must be a list of rule codes</source>
        <translation>%1: lint.off muss eine Liste von Regelcodes sein</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="44"/>
        <source>%1: lint.off names no rule: &apos;%2&apos;</source>
        <translation>%1: lint.off nennt keine Regel: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="50"/>
        <source>%1: lint.severity must map rule codes to error, warning or info</source>
        <translation>%1: lint.severity muss Regelcodes auf error, warning oder info abbilden</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="55"/>
        <source>%1: lint.severity names no rule: &apos;%2&apos;</source>
        <translation>%1: lint.severity nennt keine Regel: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="65"/>
        <source>%1: lint.severity.%2 must be error, warning or info, not &apos;%3&apos;</source>
        <translation>%1: lint.severity.%2 muss error, warning oder info sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="81"/>
        <source>%1: not JSON (%2 at offset %3); lint settings ignored</source>
        <translation>%1: kein JSON (%2 an Position %3); Lint-Einstellungen ignoriert</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="357"/>
        <source> (line %1)</source>
        <translation> (Zeile %1)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="416"/>
        <source>%1 on %2 (%3), </source>
        <translation>%1 auf %2 (%3), </translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="418"/>
        <source>line %1, for one statement</source>
        <translation>Zeile %1, für eine Anweisung</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="420"/>
        <source>lines %1–%2: %3 statement(s), until COMMIT</source>
        <translation>Zeilen %1–%2: %3 Anweisung(en), bis COMMIT</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="422"/>
        <source>, including whole-table work</source>
        <translation>, einschließlich Arbeit an der ganzen Tabelle</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="459"/>
        <source>%1 error(s)</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="461"/>
        <source>%1 warning(s)</source>
        <translation>%1 Warnung(en)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="463"/>
        <source>%1 note(s)</source>
        <translation>%1 Hinweis(e)</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="465"/>
        <source>%1 allowed</source>
        <translation>%1 erlaubt</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="466"/>
        <source>no findings</source>
        <translation>keine Befunde</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="559"/>
        <source>SQLite has no lint rules: it locks the whole database for every write, and only other writers wait</source>
        <translation>SQLite hat keine Lint-Regeln: es sperrt für jeden Schreibzugriff die ganze Datenbank, und nur andere Schreiber warten</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="583"/>
        <source>table sizes not read: %1</source>
        <translation>Tabellengrößen nicht gelesen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="651"/>
        <source>SQL line %1</source>
        <translation>SQL-Zeile %1</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="655"/>
        <source>%1: &quot;strata: allow %2&quot; gives no reason, so it is not honoured</source>
        <translation>%1: &quot;strata: allow %2&quot; nennt keinen Grund und wird daher nicht beachtet</translation>
    </message>
    <message>
        <location filename="../src/core/lint/Linter.cpp" line="685"/>
        <source>lock-timeout: Strata sets lock_timeout = %1 ms on every run, so a lock wait ends instead of stalling the application</source>
        <translation>lock-timeout: Strata setzt bei jedem Lauf lock_timeout = %1 ms, damit ein Warten auf eine Sperre endet, statt die Anwendung lahmzulegen</translation>
    </message>
    <message>
        <location filename="../src/core/lint/PgParser.cpp" line="27"/>
        <source>the parse tree cannot be read (%1): the statement is nested too deeply to check</source>
        <translation>der Syntaxbaum kann nicht gelesen werden (%1): die Anweisung ist zu tief verschachtelt, um sie zu prüfen</translation>
    </message>
</context>
<context>
    <name>strata::LockSnapshot</name>
    <message>
        <location filename="../src/core/locks/LockSnapshot.cpp" line="166"/>
        <source>%1 session(s) of other roles show no state, query or wait to this user; who blocks whom is still known (from pg_locks), but what they run is hidden: membership in pg_read_all_stats (or pg_monitor) shows it</source>
        <translation>%1 Sitzung(en) anderer Rollen zeigen diesem Benutzer keinen Zustand, keine Abfrage und kein Warten; wer wen blockiert, ist dennoch bekannt (aus pg_locks), aber was sie ausführen, ist verborgen: Mitgliedschaft in pg_read_all_stats (oder pg_monitor) zeigt es</translation>
    </message>
</context>
<context>
    <name>strata::LocksPanel</name>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="62"/>
        <source>Select an environment to see its sessions and locks.</source>
        <translation>Wählen Sie eine Umgebung, um ihre Sitzungen und Sperren zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="63"/>
        <source>Refresh every</source>
        <translation>Aktualisieren alle</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="68"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="69"/>
        <source>Idle and system sessions</source>
        <translation>Untätige und Systemsitzungen</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="71"/>
        <source>Also list idle sessions, background workers and Strata&apos;s own monitor connection</source>
        <translation>Auch untätige Sitzungen, Hintergrundprozesse und Stratas eigene Überwachungsverbindung auflisten</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="72"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="73"/>
        <source>Cancel Query…</source>
        <translation>Abfrage abbrechen…</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="75"/>
        <source>Terminate Session…</source>
        <translation>Sitzung beenden…</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="94"/>
        <source>Blocking chain</source>
        <translation>Blockierkette</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="94"/>
        <location filename="../src/gui/LocksPanel.cpp" line="101"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="94"/>
        <location filename="../src/gui/LocksPanel.cpp" line="101"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="94"/>
        <location filename="../src/gui/LocksPanel.cpp" line="101"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="94"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="94"/>
        <location filename="../src/gui/LocksPanel.cpp" line="102"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="101"/>
        <location filename="../src/gui/LocksPanel.cpp" line="377"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="101"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="101"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="102"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="102"/>
        <source>Query age</source>
        <translation>Abfragealter</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="102"/>
        <source>Waiting on</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="102"/>
        <source>Holds</source>
        <translation>Hält</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="108"/>
        <source>Select a session to see what it holds and waits for.</source>
        <translation>Wählen Sie eine Sitzung, um zu sehen, was sie hält und worauf sie wartet.</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="234"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2%3</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="236"/>
        <source> [PRODUCTION]</source>
        <translation> [PRODUKTION]</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="246"/>
        <source>%1 has no server sessions to watch: an SQLite database is locked by the processes that open its file.</source>
        <translation>%1 hat keine Serversitzungen zu beobachten: eine SQLite-Datenbank sperren die Prozesse, die ihre Datei öffnen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LocksPanel.cpp" line="293"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LocksPanel.cpp" line="294"/>
        <source>%n blocking chain(s)</source>
        <translation>
            <numerusform>%n Blockierkette</numerusform>
            <numerusform>%n Blockierketten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="294"/>
        <source>nobody waits on anybody</source>
        <translation>niemand wartet auf jemanden</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LocksPanel.cpp" line="295"/>
        <source>%n idle in transaction</source>
        <translation>
            <numerusform>%n untätig in einer Transaktion</numerusform>
            <numerusform>%n untätig in einer Transaktion</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="323"/>
        <source>pid %1 (Strata)</source>
        <translation>PID %1 (Strata)</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="323"/>
        <source>pid %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="327"/>
        <source>waiting (%1)</source>
        <translation>wartet (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="356"/>
        <source>%1 (this window)</source>
        <translation>%1 (dieses Fenster)</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="371"/>
        <source>An open transaction that does nothing: it keeps its locks until it ends</source>
        <translation>Eine offene Transaktion, die nichts tut: sie behält ihre Sperren, bis sie endet</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LocksPanel.cpp" line="377"/>
        <source>PID (%n hidden)</source>
        <translation>
            <numerusform>PID (%n ausgeblendet)</numerusform>
            <numerusform>PID (%n ausgeblendet)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="424"/>
        <source>This is one of Strata&apos;s own control connections; cancel a run from the Run tab</source>
        <translation>Dies ist eine von Stratas eigenen Steuerverbindungen; brechen Sie einen Lauf im Tab „Lauf“ ab</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="425"/>
        <source>The profile is read-only</source>
        <translation>Das Profil ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="442"/>
        <source>pid %1 (%2, &apos;%3&apos;, %4)</source>
        <translation>PID %1 (%2, „%3“, %4)</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="443"/>
        <source>Waits for %1 on %2, held by %3
</source>
        <translation>Wartet auf %1 auf %2, gehalten von %3
</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="445"/>
        <source>another session</source>
        <translation>einer anderen Sitzung</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LocksPanel.cpp" line="457"/>
        <source>Blocks %n session(s) (%1)</source>
        <translation>
            <numerusform>Blockiert %n Sitzung (%1)</numerusform>
            <numerusform>Blockiert %n Sitzungen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="458"/>
        <source>, holding %1</source>
        <translation>, hält %1</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="462"/>
        <source>Session %1 — %2 @ %3, application &apos;%4&apos;, %5
</source>
        <translation>Sitzung %1 — %2 @ %3, Anwendung „%4“, %5
</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="463"/>
        <source>State: %1%2
</source>
        <translation>Zustand: %1%2
</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="463"/>
        <source>, waiting on %1 (%2 %3)</source>
        <translation>, wartet auf %1 (%2 %3)</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="470"/>
        <source>Transaction open since %1 (%2)
</source>
        <translation>Transaktion offen seit %1 (%2)
</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="473"/>
        <source>  %1 %2 %3%4
</source>
        <translation>  %1 %2 %3%4
</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="473"/>
        <source>holds</source>
        <translation>hält</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="473"/>
        <source>waits for</source>
        <translation>wartet auf</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="486"/>
        <source>Terminate session %1 (%2, &apos;%3&apos;)?

The session ends: its uncommitted work%4 is rolled back and its client is disconnected.</source>
        <translation>Sitzung %1 (%2, „%3“) beenden?

Die Sitzung endet: ihre nicht bestätigte Arbeit%4 wird zurückgerollt und ihr Client getrennt.</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="491"/>
        <source> (a transaction open for %1)</source>
        <translation> (eine seit %1 offene Transaktion)</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="493"/>
        <source>Cancel the running query of session %1 (%2, &apos;%3&apos;)?

The statement stops; if it was in a transaction, that transaction is aborted.</source>
        <translation>Die laufende Abfrage der Sitzung %1 (%2, „%3“) abbrechen?

Die Anweisung stoppt; lief sie in einer Transaktion, wird diese abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="498"/>
        <source>Terminate Session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="498"/>
        <source>Cancel Query</source>
        <translation>Abfrage abbrechen</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="504"/>
        <source>

This is a production database: type its name, %1, to go on.</source>
        <translation>

Dies ist eine Produktionsdatenbank: tippen Sie ihren Namen, %1, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="505"/>
        <source>
(%1)</source>
        <translation>
(%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="537"/>
        <source>Session %1 terminated.</source>
        <translation>Sitzung %1 beendet.</translation>
    </message>
    <message>
        <location filename="../src/gui/LocksPanel.cpp" line="538"/>
        <source>Query of session %1 cancelled.</source>
        <translation>Abfrage der Sitzung %1 abgebrochen.</translation>
    </message>
</context>
<context>
    <name>strata::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="365"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="366"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="109"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="72"/>
        <source>Strata</source>
        <translation>Strata</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="82"/>
        <source>Search revisions: id, message or branch label (Enter: next match)</source>
        <translation>Revisionen suchen: ID, Nachricht oder Zweig-Label (Eingabe: nächster Treffer)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="89"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="93"/>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="116"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="116"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="116"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="124"/>
        <location filename="../src/gui/MainWindow.cpp" line="727"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="130"/>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="136"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="141"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="146"/>
        <source>Journal</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="151"/>
        <source>Locks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="161"/>
        <source>Doctor</source>
        <translation>Doktor</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="226"/>
        <source>A run is going; the window stays usable. Cancel it in the Run tab.</source>
        <translation>Ein Lauf ist im Gange; das Fenster bleibt benutzbar. Abbrechen im Tab „Lauf“.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="232"/>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="238"/>
        <source>%n earlier run(s) were interrupted; see the Journal tab.</source>
        <translation>
            <numerusform>%n früherer Lauf wurde unterbrochen; siehe Tab „Protokoll“.</numerusform>
            <numerusform>%n frühere Läufe wurden unterbrochen; siehe Tab „Protokoll“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="287"/>
        <source>%n earlier run(s) verified: %1</source>
        <translation>
            <numerusform>%n früherer Lauf geprüft: %1</numerusform>
            <numerusform>%n frühere Läufe geprüft: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="318"/>
        <source>Open an Alembic project to begin.</source>
        <translation>Öffnen Sie ein Alembic-Projekt, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="370"/>
        <source>Open Project &amp;Folder…</source>
        <translation>Projekt&amp;ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="374"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="375"/>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="380"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="383"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="384"/>
        <source>&amp;Find Revision</source>
        <translation>Revision &amp;suchen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="389"/>
        <source>&amp;Copy Revision Id</source>
        <translation>Revisions-ID &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="392"/>
        <source>Open Revision &amp;File</source>
        <translation>Revisions&amp;datei öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="395"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="398"/>
        <source>&amp;Migrate</source>
        <translation>&amp;Migrieren</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="400"/>
        <location filename="../src/gui/MainWindow.cpp" line="1131"/>
        <source>&amp;Preview SQL</source>
        <translation>SQL &amp;vorschauen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="403"/>
        <source>The SQL Alembic would run from the selected environment&apos;s revision to the selected one</source>
        <translation>Das SQL, das Alembic von der Revision der gewählten Umgebung bis zur gewählten ausführen würde</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="404"/>
        <location filename="../src/gui/MainWindow.cpp" line="1128"/>
        <source>&amp;Upgrade to Here…</source>
        <translation>Bis hierher &amp;aktualisieren…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="408"/>
        <location filename="../src/gui/MainWindow.cpp" line="1129"/>
        <source>&amp;Downgrade to Here…</source>
        <translation>Bis hierher &amp;zurückstufen…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="412"/>
        <location filename="../src/gui/MainWindow.cpp" line="1130"/>
        <source>&amp;Stamp…</source>
        <translation>&amp;Stempeln…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="415"/>
        <source>Record the selected revision in the version table without running migrations</source>
        <translation>Die gewählte Revision in die Versionstabelle eintragen, ohne Migrationen auszuführen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="417"/>
        <location filename="../src/gui/MainWindow.cpp" line="1132"/>
        <source>&amp;Rehearse to Here…</source>
        <translation>Bis hierher &amp;proben…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="426"/>
        <source>Run the upgrade to the selected revision for real on the selected environment, inside one transaction that is rolled back (PostgreSQL)</source>
        <translation>Das Upgrade bis zur gewählten Revision wirklich auf der gewählten Umgebung ausführen, in einer Transaktion, die zurückgerollt wird (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="428"/>
        <source>Match Schema to Here</source>
        <translation>Schema mit hier abgleichen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="436"/>
        <source>Whether the selected environment&apos;s schema is the one the selected revision makes</source>
        <translation>Ob das Schema der gewählten Umgebung das ist, das die gewählte Revision ergibt</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="438"/>
        <source>&amp;Merge Heads…</source>
        <translation>Köpfe &amp;zusammenführen…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="441"/>
        <source>&amp;Generate Revision…</source>
        <translation>Revision &amp;erzeugen…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="460"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="462"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="465"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="467"/>
        <source>Open the &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="470"/>
        <source>&amp;About Strata</source>
        <translation>Über &amp;Strata</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="472"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="487"/>
        <source>Open Alembic Project</source>
        <translation>Alembic-Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="488"/>
        <source>Alembic configuration (alembic.ini pyproject.toml *.ini);;All files (*)</source>
        <translation>Alembic-Konfiguration (alembic.ini pyproject.toml *.ini);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="500"/>
        <source>Open Alembic Project Folder</source>
        <translation>Alembic-Projektordner öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="525"/>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="548"/>
        <source>Could not open the project.</source>
        <translation>Das Projekt konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="550"/>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="551"/>
        <source>Strata could not open %1.</source>
        <translation>Strata konnte %1 nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="581"/>
        <source>The project is shown as Alembic %1, the project&apos;s Python&apos;s, reads it</source>
        <translation>Das Projekt wird so gezeigt, wie Alembic %1 (das des Python dieses Projekts) es liest</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="592"/>
        <source>%1 — Strata</source>
        <translation>%1 — Strata</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="593"/>
        <source>%n revision(s), </source>
        <translation>
            <numerusform>%n Revision, </numerusform>
            <numerusform>%n Revisionen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="593"/>
        <source>%n head(s), </source>
        <translation>
            <numerusform>%n Kopf, </numerusform>
            <numerusform>%n Köpfe, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="594"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="599"/>
        <source>Revision %1 written: review it in the Details pane.</source>
        <translation>Revision %1 geschrieben: prüfen Sie sie im Bereich „Details“.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="648"/>
        <source>%1 (the project&apos;s Python: %2)</source>
        <translation>%1 (das Python des Projekts: %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="694"/>
        <location filename="../src/gui/MainWindow.cpp" line="713"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="695"/>
        <location filename="../src/gui/MainWindow.cpp" line="714"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="696"/>
        <location filename="../src/gui/MainWindow.cpp" line="715"/>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="713"/>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="718"/>
        <source>SQL line %1</source>
        <translation>SQL-Zeile %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="719"/>
        <source>SQL line %1 (%2)</source>
        <translation>SQL-Zeile %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="727"/>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="752"/>
        <source>No editor is registered for %1: shown in the Details pane.</source>
        <translation>Für %1 ist kein Editor eingerichtet: im Bereich „Details“ angezeigt.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="811"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="814"/>
        <source>(no recent projects yet)</source>
        <translation>(noch keine zuletzt geöffneten Projekte)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="887"/>
        <source>Backing up %1…</source>
        <translation>Sichere %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="898"/>
        <source>Backed up %1 to %2 (%3 bytes)</source>
        <translation>%1 nach %2 gesichert (%3 Bytes)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="899"/>
        <source>No backup: %1</source>
        <translation>Keine Sicherung: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="935"/>
        <source>Do this on the command line: strata-cli %1</source>
        <translation>Auf der Kommandozeile erledigen: strata-cli %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="981"/>
        <source>See an Alembic project&apos;s revision graph, with every environment&apos;s current revision on it.</source>
        <translation>Sehen Sie den Revisionsgraphen eines Alembic-Projekts, mit der aktuellen Revision jeder Umgebung darauf.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="983"/>
        <source>Preview the exact SQL of a change, lint it for locks, rehearse it, and run it with a Cancel that really stops the database.</source>
        <translation>Sehen Sie vorab das genaue SQL einer Änderung, prüfen Sie es auf Sperren, proben Sie es und führen Sie es aus – mit einem Abbrechen, das die Datenbank wirklich stoppt.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="985"/>
        <source>When a migration is stuck, behind, branched or half-applied, the doctor says what happened and what to do next.</source>
        <translation>Hängt eine Migration, ist sie zurück, verzweigt oder halb angewandt, sagt der Doktor, was geschah und was als Nächstes zu tun ist.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="989"/>
        <source>Open Project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="991"/>
        <source>alembic.ini or pyproject.toml</source>
        <translation>alembic.ini oder pyproject.toml</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="992"/>
        <source>Open Folder…</source>
        <translation>Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="994"/>
        <source>A directory with alembic.ini, pyproject.toml, env.py or revision scripts</source>
        <translation>Ein Verzeichnis mit alembic.ini, pyproject.toml, env.py oder Revisionsskripten</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="995"/>
        <source>Open the Demo Project</source>
        <translation>Demoprojekt öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="997"/>
        <source>14 revisions with branches, a merge and depends_on, on an SQLite database</source>
        <translation>14 Revisionen mit Zweigen, einer Zusammenführung und depends_on, auf einer SQLite-Datenbank</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1005"/>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1010"/>
        <source>Help → Keyboard Shortcuts lists the keys; F1 opens the documentation.</source>
        <translation>Hilfe → Tastenkürzel listet die Tasten; F1 öffnet die Dokumentation.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1061"/>
        <source>The documentation is not installed; see `man strata-cli`.</source>
        <translation>Die Dokumentation ist nicht installiert; siehe `man strata-cli`.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1062"/>
        <source>The documentation: %1</source>
        <translation>Die Dokumentation: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1082"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1086"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1086"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1092"/>
        <source>Next / previous search match</source>
        <translation>Nächster / vorheriger Suchtreffer</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1092"/>
        <source>Enter / Shift+Enter</source>
        <translation>Eingabe / Umschalt+Eingabe</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1093"/>
        <source>Move in the graph</source>
        <translation>Im Graphen bewegen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1093"/>
        <source>Up, Down, Page Up, Page Down, Home, End</source>
        <translation>Hoch, Runter, Bild auf, Bild ab, Pos1, Ende</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1128"/>
        <source>&amp;Upgrade %1 to Here…</source>
        <translation>%1 bis hierher &amp;aktualisieren…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1129"/>
        <source>&amp;Downgrade %1 to Here…</source>
        <translation>%1 bis hierher &amp;zurückstufen…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1130"/>
        <source>&amp;Stamp %1 Here…</source>
        <translation>%1 hier &amp;stempeln…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1131"/>
        <source>&amp;Preview SQL for %1</source>
        <translation>SQL für %1 &amp;vorschauen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1132"/>
        <source>&amp;Rehearse on %1 to Here…</source>
        <translation>Auf %1 bis hierher &amp;proben…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1133"/>
        <source>Open a project first</source>
        <translation>Öffnen Sie zuerst ein Projekt</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1134"/>
        <source>Select a revision in the graph first</source>
        <translation>Wählen Sie zuerst eine Revision im Graphen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1135"/>
        <source>Select an environment first</source>
        <translation>Wählen Sie zuerst eine Umgebung</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1155"/>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1159"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1159"/>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1159"/>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1168"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="1177"/>
        <source>No editor is registered for %1: it is shown in the Details pane.</source>
        <translation>Für %1 ist kein Editor eingerichtet: sie wird im Bereich „Details“ angezeigt.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="419"/>
        <location filename="../src/gui/MainWindow.cpp" line="430"/>
        <location filename="../src/gui/MainWindow.cpp" line="851"/>
        <source>Select a revision in the graph first.</source>
        <translation>Wählen Sie zuerst eine Revision im Graphen.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="823"/>
        <source>Version %1, Qt %2
Code highlighting: %3</source>
        <translation>Version %1, Qt %2
Syntaxhervorhebung: %3</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="948"/>
        <location filename="../src/gui/MainWindow.cpp" line="1136"/>
        <source>A run is going</source>
        <translation>Ein Lauf ist im Gange</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="949"/>
        <source>A migration is running. Cancel it and quit? The database rolls back the open transaction.</source>
        <translation>Eine Migration läuft. Abbrechen und beenden? Die Datenbank rollt die offene Transaktion zurück.</translation>
    </message>
</context>
<context>
    <name>strata::MigrationService</name>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="58"/>
        <source>offline SQL needs one starting revision; the database has %1 (%2): give --from</source>
        <translation>Offline-SQL braucht eine Startrevision; die Datenbank hat %1 (%2): geben Sie --from an</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="108"/>
        <source>env.py does not use the URL Strata passes for &apos;%1&apos; (%2): it hands Alembic %3 instead (%4); a run checks every connection and stops before its first statement if it reaches another database</source>
        <translation>env.py verwendet nicht die URL, die Strata für &apos;%1&apos; übergibt (%2): es gibt Alembic stattdessen %3 (%4); ein Lauf prüft jede Verbindung und hält vor seiner ersten Anweisung an, wenn sie eine andere Datenbank erreicht</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="137"/>
        <source>the schema could not be compared with %1&apos;s: %2</source>
        <translation>das Schema konnte nicht mit dem von %1 verglichen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="156"/>
        <source>stamping production database %1 would record %2, but %3%4; stamp anyway only after reading the differences (strata-cli: --schema-mismatch-ok; the window: Stamp Anyway…)</source>
        <translation>das Stempeln der Produktionsdatenbank %1 würde %2 verzeichnen, aber %3%4; trotzdem nur stempeln, nachdem Sie die Unterschiede gelesen haben (strata-cli: --schema-mismatch-ok; im Fenster: Trotzdem stempeln…)</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="301"/>
        <source>the database did not answer within %1 s</source>
        <translation>die Datenbank hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="322"/>
        <source>stricter rules apply: %1</source>
        <translation>strengere Regeln gelten: %1</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="333"/>
        <source>an earlier run (%1, %2) ended without its outcome read back; now verified: %3</source>
        <translation>ein früherer Lauf (%1, %2) endete, ohne dass sein Ergebnis zurückgelesen wurde; jetzt geprüft: %3</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="336"/>
        <source>another run holds the run lock of %1: %2</source>
        <translation>ein anderer Lauf hält die Laufsperre von %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="341"/>
        <source>the database has %1 table(s) but no version recorded in %2: upgrading from base creates them again and fails if they are the migrations&apos; own; if its schema matches a revision, stamp that revision instead</source>
        <translation>die Datenbank hat %1 Tabelle(n), aber keine in %2 verzeichnete Version: ein Upgrade ab der Basis legt sie erneut an und scheitert, wenn es die der Migrationen sind; passt ihr Schema zu einer Revision, stempeln Sie stattdessen diese Revision</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="388"/>
        <source>the plan&apos;s offline SQL cannot be produced, so Strata cannot check what it does before it runs: %1</source>
        <translation>das Offline-SQL des Plans lässt sich nicht erzeugen, daher kann Strata nicht prüfen, was er tut, bevor er läuft: %1</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="432"/>
        <source>%1 statement(s) of the plan cannot succeed as its SQL stands: %2</source>
        <translation>%1 Anweisung(en) des Plans können so, wie sein SQL steht, nicht gelingen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="438"/>
        <source>%1 statement(s) commit on their own: if the run fails or is cancelled after them, they stay applied while the version table says otherwise</source>
        <translation>%1 Anweisung(en) committen von selbst: scheitert der Lauf danach oder wird er abgebrochen, bleiben sie angewendet, während die Versionstabelle anderes sagt</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="452"/>
        <source>%1 is using the version table: another migration may be running</source>
        <translation>%1 nutzt die Versionstabelle: womöglich läuft eine andere Migration</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="459"/>
        <source>: the migration will wait for it (an idle transaction never ends by itself)</source>
        <translation>: die Migration wird darauf warten (eine untätige Transaktion endet nie von selbst)</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="499"/>
        <source>the version table of %1 holds %2, not %3; nothing was changed</source>
        <translation>die Versionstabelle von %1 enthält %2, nicht %3; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="511"/>
        <source>%1 is not an ancestor of another row of %2&apos;s version table: removing it would lose what it records; nothing was changed</source>
        <translation>%1 ist kein Vorfahre einer anderen Zeile der Versionstabelle von %2: sie zu entfernen, verlöre, was sie verzeichnet; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="516"/>
        <source>cannot begin a transaction on %1</source>
        <translation>auf %1 kann keine Transaktion begonnen werden</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="522"/>
        <source>removing %1 failed (%2); nothing was changed</source>
        <translation>das Entfernen von %1 ist fehlgeschlagen (%2); nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="523"/>
        <source>not exactly one row</source>
        <translation>nicht genau eine Zeile</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="526"/>
        <source>committing the removal of %1 failed: %2</source>
        <translation>das Committen der Entfernung von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="562"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="571"/>
        <source>%1 exists already; a backup never overwrites a file</source>
        <translation>%1 existiert bereits; eine Sicherung überschreibt nie eine Datei</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="576"/>
        <source>SQLite backups copy the whole file; leave out --table</source>
        <translation>SQLite-Sicherungen kopieren die ganze Datei; lassen Sie --table weg</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="582"/>
        <source>the backup of %1 failed: %2</source>
        <translation>die Sicherung von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="587"/>
        <source>pg_dump is not installed (Debian: apt install postgresql-client)</source>
        <translation>pg_dump ist nicht installiert (Debian: apt install postgresql-client)</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="591"/>
        <source>cannot make a private temporary directory</source>
        <translation>es kann kein privates temporäres Verzeichnis angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="597"/>
        <source>cannot write a private pgpass file</source>
        <translation>es kann keine private pgpass-Datei geschrieben werden</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="621"/>
        <source>pg_dump did not finish within %1 s; the partial file was removed</source>
        <translation>pg_dump wurde nicht innerhalb von %1 s fertig; die unvollständige Datei wurde entfernt</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="626"/>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="632"/>
        <source> (custom format; pg_restore reads it)</source>
        <translation> (Custom-Format; pg_restore liest es)</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="634"/>
        <source>Strata does not back up %1 databases yet</source>
        <translation>Strata sichert %1-Datenbanken noch nicht</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="643"/>
        <source>the project has one head; nothing to merge</source>
        <translation>das Projekt hat einen Head; nichts zusammenzuführen</translation>
    </message>
</context>
<context>
    <name>strata::Phrase</name>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="244"/>
        <source>offline SQL %1 from %2 to %3</source>
        <translation>Offline-SQL %1 von %2 nach %3</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="538"/>
        <source>removed the row %1 (an ancestor of another row); the version table holds %2</source>
        <translation>Zeile %1 entfernt (ein Vorfahr einer anderen Zeile); die Versionstabelle enthält %2</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="542"/>
        <source>removed the row %1; the version table could not be read back: %2</source>
        <translation>Zeile %1 entfernt; die Versionstabelle konnte nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/services/MigrationService.cpp" line="667"/>
        <location filename="../src/core/services/SchemaService.cpp" line="822"/>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="220"/>
        <source>cancelled after %1 of %2 step(s)</source>
        <translation>abgebrochen nach %1 von %2 Schritt(en)</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="222"/>
        <source>%1 of %2 step(s) ran without an error and were rolled back</source>
        <translation>%1 von %2 Schritt(en) liefen ohne Fehler und wurden zurückgerollt</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="225"/>
        <source>%1 of %2 step(s) ran and were rolled back; stopped before a statement that cannot be rolled back</source>
        <translation>%1 von %2 Schritt(en) liefen und wurden zurückgerollt; angehalten vor einer Anweisung, die sich nicht zurückrollen lässt</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="230"/>
        <source>failed: %1 of %2 step(s) ran before the failure; all rolled back</source>
        <translation>fehlgeschlagen: %1 von %2 Schritt(en) liefen vor dem Fehler; alles zurückgerollt</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="234"/>
        <source>; the database could not be compared afterwards</source>
        <translation>; die Datenbank konnte danach nicht verglichen werden</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="236"/>
        <source>; the database is unchanged (catalog and version table compared)</source>
        <translation>; die Datenbank ist unverändert (Katalog und Versionstabelle verglichen)</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="239"/>
        <source>; THE DATABASE CHANGED: %1 difference(s) from before</source>
        <translation>; DIE DATENBANK HAT SICH GEÄNDERT: %1 Unterschied(e) zu vorher</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="470"/>
        <source>rehearsal of %1 %2: %3</source>
        <translation>Probelauf von %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="824"/>
        <source> (autogenerate)</source>
        <translation> (autogenerate)</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="47"/>
        <source>env.py connected to %1 instead of %2, the database of profile &apos;%3&apos;; Strata stopped the run before its first statement, so neither database was changed</source>
        <translation>env.py hat sich mit %1 statt mit %2, der Datenbank des Profils „%3“, verbunden; Strata hat den Lauf vor seiner ersten Anweisung angehalten, keine der beiden Datenbanken wurde verändert</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="50"/>
        <source>another database</source>
        <translation>einer anderen Datenbank</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="55"/>
        <source>. %1; check those in the environment Strata runs in, or give the profile the URL route env.py uses (strata-cli profiles edit %2 --url-env VAR)</source>
        <translation>. %1; prüfen Sie diese in der Umgebung, in der Strata läuft, oder geben Sie dem Profil den URL-Weg, den env.py nutzt (strata-cli profiles edit %2 --url-env VAR)</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="141"/>
        <source>the database did not answer while Strata took the run lock; nothing was run</source>
        <translation>die Datenbank antwortete nicht, während Strata die Laufsperre nahm; nichts wurde ausgeführt</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="418"/>
        <source>nothing was done</source>
        <translation>nichts wurde getan</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="420"/>
        <source>refused before anything was written: %1</source>
        <translation>abgelehnt, bevor etwas geschrieben wurde: %1</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="451"/>
        <source>refused: the run journal cannot be written, so the run does not start: %1</source>
        <translation>abgelehnt: Das Laufjournal kann nicht geschrieben werden, deshalb startet der Lauf nicht: %1</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="461"/>
        <source>cancelled before it started; nothing was changed</source>
        <translation>abgebrochen, bevor er begann; nichts wurde verändert</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="469"/>
        <location filename="../src/core/run/RunPlanner.cpp" line="329"/>
        <source>nothing to do; the database is at %1</source>
        <translation>nichts zu tun; die Datenbank steht auf %1</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="494"/>
        <source>profile &apos;%1&apos; now reaches %2, not %3 that was checked; review the plan again</source>
        <translation>Profil „%1“ erreicht jetzt %2, nicht das geprüfte %3; prüfen Sie den Plan erneut</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="500"/>
        <source>the database is at %1, not at %2 where the plan starts: someone migrated it since; review the plan again</source>
        <translation>die Datenbank steht auf %1, nicht auf %2, wo der Plan beginnt: Jemand hat sie inzwischen migriert; prüfen Sie den Plan erneut</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="512"/>
        <location filename="../src/core/run/RunPlanner.cpp" line="335"/>
        <source>nothing was applied: the database is at %1, as before the run</source>
        <translation>nichts wurde angewendet: Die Datenbank steht wie vor dem Lauf auf %1</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="580"/>
        <source> (install it with: %1)</source>
        <translation> (installieren mit: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="586"/>
        <source>the SQL runner did not stop within the grace period (the server does not answer)</source>
        <translation>der SQL-Ausführer hat innerhalb der Schonfrist nicht angehalten (der Server antwortet nicht)</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="589"/>
        <source>the Alembic process did not stop within the grace period and was terminated</source>
        <translation>der Alembic-Prozess hat innerhalb der Schonfrist nicht angehalten und wurde beendet</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="594"/>
        <source>the Alembic process was killed (signal)</source>
        <translation>der Alembic-Prozess wurde abgeschossen (Signal)</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="599"/>
        <source>the Alembic process ended with exit code %1 without a result</source>
        <translation>der Alembic-Prozess endete mit Exit-Code %1 ohne Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="636"/>
        <source>half-applied: the version table is at %1, but step %2 (%3 -&gt; %4) failed after statements that commit on their own on %5</source>
        <translation>halb angewendet: Die Versionstabelle steht auf %1, aber Schritt %2 (%3 -&gt; %4) schlug fehl nach Anweisungen, die auf %5 von selbst committen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/run/RunJob.cpp" line="644"/>
        <source> (step(s) 1-%n committed before it)</source>
        <translation>
            <numerusform> (Schritt 1 davor committet)</numerusform>
            <numerusform> (Schritte 1-%n davor committet)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="649"/>
        <source>; what committed on its own stayed: %1</source>
        <translation>; was von selbst committet wurde, blieb: %1</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="660"/>
        <source>the version table is at %1, as before the run, but %2 commits DDL as it runs: none of the tables, columns or indexes the failed step creates or drops are there, and its other changes cannot be checked (%3)</source>
        <translation>die Versionstabelle steht wie vor dem Lauf auf %1, aber %2 committet DDL sofort: Keine der Tabellen, Spalten oder Indizes, die der fehlgeschlagene Schritt anlegt oder löscht, ist vorhanden, und seine anderen Änderungen lassen sich nicht prüfen (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="676"/>
        <source>the version table changed under the run</source>
        <translation>die Versionstabelle hat sich während des Laufs verändert</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJournal.cpp" line="287"/>
        <source>unknown: Strata (pid %1) ended before the run finished; what it left in the database is verified the next time Strata reads it (%2)</source>
        <translation>unbekannt: Strata (PID %1) endete, bevor der Lauf fertig war; was er in der Datenbank hinterließ, wird beim nächsten Lesen durch Strata geprüft (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/run/RunPlanner.cpp" line="276"/>
        <source>applied %n step(s) (Alembic reported the commit), but the version rows could not be read back; verify with %1</source>
        <translation>
            <numerusform>%n Schritt angewendet (Alembic meldete den Commit), aber die Versionszeilen konnten nicht zurückgelesen werden; prüfen mit %1</numerusform>
            <numerusform>%n Schritte angewendet (Alembic meldete den Commit), aber die Versionszeilen konnten nicht zurückgelesen werden; prüfen mit %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/run/RunPlanner.cpp" line="280"/>
        <source>unknown: the database could not be read after the run, so what it kept is not known; verify with %1</source>
        <translation>unbekannt: Die Datenbank konnte nach dem Lauf nicht gelesen werden, was sie behalten hat, ist daher nicht bekannt; prüfen mit %1</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunPlanner.cpp" line="317"/>
        <source>the run reported success, but the version table reads %1, not %2 where the plan leads: another session changed it during the run</source>
        <translation>der Lauf meldete Erfolg, aber die Versionstabelle zeigt %1, nicht %2, wohin der Plan führt: Eine andere Sitzung hat sie während des Laufs verändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/run/RunPlanner.cpp" line="321"/>
        <source>another session moved the version table from %1 to %2 during the run; none of this run&apos;s %n step(s) committed</source>
        <translation>
            <numerusform>eine andere Sitzung hat die Versionstabelle während des Laufs von %1 auf %2 gesetzt; der %n Schritt dieses Laufs wurde nicht committet</numerusform>
            <numerusform>eine andere Sitzung hat die Versionstabelle während des Laufs von %1 auf %2 gesetzt; keiner der %n Schritte dieses Laufs wurde committet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/run/RunPlanner.cpp" line="330"/>
        <source>applied %n step(s); the database is at %1</source>
        <translation>
            <numerusform>%n Schritt angewendet; die Datenbank steht auf %1</numerusform>
            <numerusform>%n Schritte angewendet; die Datenbank steht auf %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/run/RunPlanner.cpp" line="339"/>
        <source> (%n step(s) rolled back)</source>
        <translation>
            <numerusform> (%n Schritt zurückgerollt)</numerusform>
            <numerusform> (%n Schritte zurückgerollt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/run/RunPlanner.cpp" line="343"/>
        <source>partly applied: step(s) 1-%n committed and stay; the database moved from %1 to %2; steps after them rolled back at the cancel</source>
        <translation>
            <numerusform>teilweise angewendet: Schritt 1 ist committet und bleibt; die Datenbank ging von %1 auf %2; spätere Schritte wurden beim Abbruch zurückgerollt</numerusform>
            <numerusform>teilweise angewendet: Schritte 1-%n sind committet und bleiben; die Datenbank ging von %1 auf %2; spätere Schritte wurden beim Abbruch zurückgerollt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/run/RunPlanner.cpp" line="347"/>
        <source>partly applied: step(s) 1-%n committed and stay; the database moved from %1 to %2; steps after them rolled back at the failure</source>
        <translation>
            <numerusform>teilweise angewendet: Schritt 1 ist committet und bleibt; die Datenbank ging von %1 auf %2; spätere Schritte wurden beim Fehler zurückgerollt</numerusform>
            <numerusform>teilweise angewendet: Schritte 1-%n sind committet und bleiben; die Datenbank ging von %1 auf %2; spätere Schritte wurden beim Fehler zurückgerollt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/run/RunPlanner.cpp" line="356"/>
        <source>base (no version rows)</source>
        <translation>base (keine Versionszeilen)</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunPlanner.cpp" line="366"/>
        <source>verified %1: nothing was applied; the database is at %2, as before the run</source>
        <translation>geprüft %1: nichts wurde angewendet; die Datenbank steht wie vor dem Lauf auf %2</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunPlanner.cpp" line="370"/>
        <source>verified %1: the run committed; the database is at %2, where its plan leads</source>
        <translation>geprüft %1: Der Lauf wurde committet; die Datenbank steht auf %2, wohin sein Plan führt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/run/RunPlanner.cpp" line="377"/>
        <source>verified %1: step(s) 1-%n committed; the database is at %2</source>
        <translation>
            <numerusform>geprüft %1: Schritt 1 committet; die Datenbank steht auf %2</numerusform>
            <numerusform>geprüft %1: Schritte 1-%n committet; die Datenbank steht auf %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/run/RunPlanner.cpp" line="381"/>
        <source>verified %1: the database is at %2, which is neither where the run started (%3) nor a step of it: changed since by someone else</source>
        <translation>geprüft %1: Die Datenbank steht auf %2, weder dort, wo der Lauf begann (%3), noch auf einem seiner Schritte: seitdem von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="80"/>
        <source>host &apos;%1&apos; not found (check the name and DNS)</source>
        <translation>Host &apos;%1&apos; nicht gefunden (prüfen Sie den Namen und DNS)</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="83"/>
        <source>no answer from %1 within the connect timeout (firewall, VPN, or a server that is down?)</source>
        <translation>keine Antwort von %1 innerhalb der Verbindungsfrist (Firewall, VPN oder ein Server, der nicht läuft?)</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="89"/>
        <source>no database server is listening at %1 (is it running, and on this port?)</source>
        <translation>an %1 lauscht kein Datenbankserver (läuft er, und auf diesem Port?)</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="96"/>
        <source>authentication failed for user &apos;%1&apos; at %2 (check the password in the keychain, ~/.pgpass, or the server&apos;s pg_hba.conf)</source>
        <translation>Anmeldung für Benutzer &apos;%1&apos; an %2 fehlgeschlagen (prüfen Sie das Passwort im Schlüsselbund, ~/.pgpass oder die pg_hba.conf des Servers)</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="108"/>
        <source>; %1 is set in Strata&apos;s environment, and libpq uses it when no password is stored for the profile: unset it or store the password</source>
        <translation>; %1 ist in Stratas Umgebung gesetzt, und libpq verwendet die Variable, wenn für das Profil kein Passwort gespeichert ist: entfernen Sie sie oder speichern Sie das Passwort</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="112"/>
        <source>; %1 are set in Strata&apos;s environment, and libpq uses them when no password is stored for the profile: unset them or store the password</source>
        <translation>; %1 sind in Stratas Umgebung gesetzt, und libpq verwendet sie, wenn für das Profil kein Passwort gespeichert ist: entfernen Sie sie oder speichern Sie das Passwort</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="123"/>
        <source>database &apos;%1&apos; does not exist at %2</source>
        <translation>die Datenbank &apos;%1&apos; existiert an %2 nicht</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="126"/>
        <source>SSL problem talking to %1: %2</source>
        <translation>SSL-Problem bei der Verbindung zu %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="128"/>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="233"/>
        <source>another run holds the run lock of this database: %1</source>
        <translation>ein anderer Lauf hält die Laufsperre dieser Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="234"/>
        <source>another session</source>
        <translation>eine andere Sitzung</translation>
    </message>
    <message>
        <location filename="../src/core/run/Bridge.cpp" line="162"/>
        <source>the Alembic bridge script is missing (looked at %1); reinstall Strata</source>
        <translation>das Skript der Alembic-Brücke fehlt (gesucht: %1); installieren Sie Strata neu</translation>
    </message>
    <message>
        <location filename="../src/core/run/Bridge.cpp" line="257"/>
        <source>cannot start %1 (%2): %3</source>
        <translation>%1 kann nicht gestartet werden (%2): %3</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/Dialect.cpp" line="225"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/MySqlDialect.cpp" line="73"/>
        <location filename="../src/core/dialect/MySqlDialect.cpp" line="80"/>
        <location filename="../src/core/dialect/PostgresDialect.cpp" line="153"/>
        <location filename="../src/core/dialect/PostgresDialect.cpp" line="162"/>
        <source>reading the server identity</source>
        <translation>Lesen der Serveridentität</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/MySqlDialect.cpp" line="102"/>
        <location filename="../src/core/dialect/PostgresDialect.cpp" line="199"/>
        <location filename="../src/core/dialect/SqliteDialect.cpp" line="108"/>
        <source>looking for the version table</source>
        <translation>Suche nach der Versionstabelle</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/MySqlDialect.cpp" line="110"/>
        <location filename="../src/core/dialect/SqliteDialect.cpp" line="114"/>
        <source>counting tables</source>
        <translation>Zählen der Tabellen</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/MySqlDialect.cpp" line="115"/>
        <location filename="../src/core/dialect/PostgresDialect.cpp" line="205"/>
        <location filename="../src/core/dialect/SqliteDialect.cpp" line="119"/>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/MySqlDialect.cpp" line="128"/>
        <location filename="../src/core/dialect/PostgresDialect.cpp" line="221"/>
        <source>taking the run lock</source>
        <translation>Nehmen der Laufsperre</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/MySqlDialect.cpp" line="143"/>
        <location filename="../src/core/dialect/PostgresDialect.cpp" line="244"/>
        <source>looking for the run lock&apos;s holder</source>
        <translation>Suche nach dem Halter der Laufsperre</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/PostgresDialect.cpp" line="57"/>
        <source>naming the run lock</source>
        <translation>Benennen der Laufsperre</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/PostgresDialect.cpp" line="317"/>
        <source>asking whom session %1 waits on</source>
        <translation>Frage, auf wen Sitzung %1 wartet</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/PostgresDialect.cpp" line="341"/>
        <source>looking for sessions holding locks</source>
        <translation>Suche nach Sitzungen, die Sperren halten</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/SqliteDialect.cpp" line="82"/>
        <source>reading the SQLite version</source>
        <translation>Lesen der SQLite-Version</translation>
    </message>
    <message>
        <location filename="../src/core/dialect/SqliteDialect.cpp" line="87"/>
        <source>reading the database file name</source>
        <translation>Lesen des Datenbankdateinamens</translation>
    </message>
</context>
<context>
    <name>strata::ProfileDialog</name>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="21"/>
        <source>New Connection Profile</source>
        <translation>Neues Verbindungsprofil</translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="21"/>
        <source>Edit Connection Profile</source>
        <translation>Verbindungsprofil bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="23"/>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="23"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="24"/>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="24"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="25"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="31"/>
        <source>(libpq default)</source>
        <translation>(Standard von libpq)</translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="52"/>
        <source>optional: ~/.pgpass or pg_service.conf may supply it</source>
        <translation>optional: ~/.pgpass oder pg_service.conf können es liefern</translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="66"/>
        <source>Connected (%1): %2</source>
        <translation>Verbunden (%1): %2</translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="67"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="87"/>
        <source>Data&amp;base file:</source>
        <translation>Daten&amp;bankdatei:</translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="87"/>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <location filename="../src/gui/ProfileDialog.cpp" line="133"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
</context>
<context>
    <name>strata::ProfileImport</name>
    <message>
        <location filename="../src/core/services/ProfileImport.cpp" line="49"/>
        <source>give one or more .env files</source>
        <translation>geben Sie eine oder mehrere .env-Dateien an</translation>
    </message>
    <message>
        <location filename="../src/core/services/ProfileImport.cpp" line="55"/>
        <source>%1 is not set in %2</source>
        <translation>%1 ist in %2 nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../src/core/services/ProfileImport.cpp" line="69"/>
        <source>no alembic.ini to read sqlalchemy.url from</source>
        <translation>keine alembic.ini, aus der sqlalchemy.url gelesen werden kann</translation>
    </message>
    <message>
        <location filename="../src/core/services/ProfileImport.cpp" line="76"/>
        <source>section [%1] has no sqlalchemy.url (env.py may build the URL itself; add the profile by hand)</source>
        <translation>der Abschnitt [%1] hat keine sqlalchemy.url (env.py baut die URL womöglich selbst; legen Sie das Profil von Hand an)</translation>
    </message>
    <message>
        <location filename="../src/core/services/ProfileImport.cpp" line="94"/>
        <source>cannot read it: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/services/ProfileImport.cpp" line="99"/>
        <source>no line %1 to clean</source>
        <translation>keine Zeile %1 zum Bereinigen</translation>
    </message>
    <message>
        <location filename="../src/core/services/ProfileImport.cpp" line="105"/>
        <source>line %1 holds no password to remove</source>
        <translation>Zeile %1 enthält kein zu entfernendes Passwort</translation>
    </message>
    <message>
        <location filename="../src/core/services/ProfileImport.cpp" line="110"/>
        <source>cannot write it: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>strata::ProfileStore</name>
    <message>
        <location filename="../src/core/connection/ProfileStore.cpp" line="59"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ProfileStore.cpp" line="65"/>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ProfileStore.cpp" line="68"/>
        <source>expected a JSON object at the top</source>
        <translation>oben wird ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ProfileStore.cpp" line="72"/>
        <source>missing or bad &quot;schema&quot; number</source>
        <translation>fehlende oder fehlerhafte &quot;schema&quot;-Nummer</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ProfileStore.cpp" line="76"/>
        <source>written by a newer Strata (schema %1; this one reads %2)</source>
        <translation>von einem neueren Strata geschrieben (Schema %1; dieses liest %2)</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ProfileStore.cpp" line="116"/>
        <source>cannot create the directory</source>
        <translation>das Verzeichnis kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ProfileStore.cpp" line="121"/>
        <location filename="../src/core/connection/ProfileStore.cpp" line="125"/>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ProfileStore.cpp" line="137"/>
        <source>; the file is kept as it is: repair or move it to start afresh</source>
        <translation>; die Datei bleibt, wie sie ist: reparieren oder verschieben Sie sie, um neu anzufangen</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ProfileStore.cpp" line="148"/>
        <source>not saving: the profile file is damaged and kept for repair (move it away to start afresh)</source>
        <translation>nicht gespeichert: die Profildatei ist beschädigt und wird zur Reparatur aufbewahrt (verschieben Sie sie, um neu anzufangen)</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ProfileStore.cpp" line="167"/>
        <location filename="../src/core/connection/ProfileStore.cpp" line="185"/>
        <source>a profile named &apos;%1&apos; already exists</source>
        <translation>ein Profil namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ProfileStore.cpp" line="172"/>
        <source>a profile with id %1 already exists</source>
        <translation>ein Profil mit der ID %1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ProfileStore.cpp" line="193"/>
        <source>no profile with id %1</source>
        <translation>kein Profil mit der ID %1</translation>
    </message>
    <message>
        <location filename="../src/core/connection/ProfileStore.cpp" line="200"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation>kein Profil namens &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>strata::Project</name>
    <message>
        <location filename="../src/core/project/Project.cpp" line="306"/>
        <source>the versions directory %1 does not exist</source>
        <translation>das Versionsverzeichnis %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/core/project/Project.cpp" line="317"/>
        <source>%1 is a link to a directory; Alembic does not walk into linked directories, so neither does Strata: revisions there are not loaded</source>
        <translation>%1 ist ein Link auf ein Verzeichnis; Alembic folgt verlinkten Verzeichnissen nicht, Strata also auch nicht: Revisionen dort werden nicht geladen</translation>
    </message>
    <message>
        <location filename="../src/core/project/Project.cpp" line="327"/>
        <source>%1 has no .py source; Alembic loads it (sourceless = true) but Strata reads only source, so a revision it holds is missing from the graph: heads, plans and status may be wrong</source>
        <translation>%1 hat keine .py-Quelle; Alembic lädt sie (sourceless = true), Strata liest aber nur Quelltext, daher fehlt eine Revision darin im Graphen: Heads, Pläne und Status können falsch sein</translation>
    </message>
    <message>
        <location filename="../src/core/project/Project.cpp" line="338"/>
        <source>%1 is reached through two version locations; it is read once</source>
        <translation>%1 wird über zwei Versionsorte erreicht; es wird einmal gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/project/Project.cpp" line="371"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/project/Project.cpp" line="384"/>
        <source>loading was cancelled</source>
        <translation>das Laden wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>strata::ProjectConfig</name>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="44"/>
        <source>&apos;%1&apos; is not a valid path separator; expected &apos;space&apos;, &apos;newline&apos;, &apos;os&apos;, &apos;:&apos; or &apos;;&apos;</source>
        <translation>&apos;%1&apos; ist kein gültiges Pfadtrennzeichen; erwartet: &apos;space&apos;, &apos;newline&apos;, &apos;os&apos;, &apos;:&apos; oder &apos;;&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="78"/>
        <source>script_location &apos;%1&apos; names a package resource that was not found under %2</source>
        <translation>script_location &apos;%1&apos; nennt eine Paketressource, die unter %2 nicht gefunden wurde</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="86"/>
        <source>script_location &apos;%1&apos; is not a directory (looked for %2)</source>
        <translation>script_location &apos;%1&apos; ist kein Verzeichnis (gesucht: %2)</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="100"/>
        <source>version location &apos;%1&apos; does not exist (%2); it is skipped</source>
        <translation>der Versionsort &apos;%1&apos; existiert nicht (%2); er wird übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="183"/>
        <source>&apos;%1&apos; has a &apos;%&apos; that Alembic&apos;s %-formatting of [tool.alembic] cannot take (only %(here)s is defined): write %% for a literal %</source>
        <translation>&apos;%1&apos; enthält ein &apos;%&apos;, das Alembics %-Formatierung von [tool.alembic] nicht annimmt (nur %(here)s ist definiert): schreiben Sie %% für ein wörtliches %</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="201"/>
        <source>&apos;%1&apos; in [tool.alembic] must be a string</source>
        <translation>&apos;%1&apos; in [tool.alembic] muss ein String sein</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="223"/>
        <source>%1 = %2 is false for Alembic, which takes only the exact word &apos;true&apos; as true</source>
        <translation>%1 = %2 ist für Alembic falsch, das nur genau das Wort &apos;true&apos; als wahr nimmt</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="234"/>
        <source>&apos;%1&apos; in [tool.alembic] must be a TOML boolean (true or false, unquoted); Alembic refuses anything else</source>
        <translation>&apos;%1&apos; in [tool.alembic] muss ein TOML-Boolean sein (true oder false, ohne Anführungszeichen); Alembic lehnt alles andere ab</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="287"/>
        <source>version_locations is split on spaces and commas because no path_separator is set</source>
        <translation>version_locations wird an Leerzeichen und Kommas getrennt, weil kein path_separator gesetzt ist</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="295"/>
        <source>version_locations is empty, which Alembic takes as unset</source>
        <translation>version_locations ist leer, was Alembic als nicht gesetzt nimmt</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="303"/>
        <source>&apos;version_locations&apos; in [tool.alembic] must be a list of strings (Alembic would read a single string one character at a time)</source>
        <translation>&apos;version_locations&apos; in [tool.alembic] muss eine Liste von Strings sein (Alembic würde einen einzelnen String Zeichen für Zeichen lesen)</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="310"/>
        <source>&apos;version_locations&apos; in [tool.alembic] must be a list of strings</source>
        <translation>&apos;version_locations&apos; in [tool.alembic] muss eine Liste von Strings sein</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="339"/>
        <source>file_template &apos;%1&apos; writes new revisions into sub-directories, but recursive_version_locations is not true: Alembic will not find them (set recursive_version_locations = true)</source>
        <translation>file_template &apos;%1&apos; schreibt neue Revisionen in Unterverzeichnisse, aber recursive_version_locations ist nicht true: Alembic wird sie nicht finden (setzen Sie recursive_version_locations = true)</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="353"/>
        <source>this project uses Alembic&apos;s multidb template (databases = %1): each revision has upgrade_&lt;name&gt;() functions and one run migrates every database, each at the URL of its own section</source>
        <translation>dieses Projekt nutzt Alembics multidb-Vorlage (databases = %1): jede Revision hat upgrade_&lt;name&gt;()-Funktionen, und ein Lauf migriert jede Datenbank, jede unter der URL ihres eigenen Abschnitts</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="366"/>
        <source>ALEMBIC_CONFIG is set to %1 here: the alembic command run without -c reads that file, not %2</source>
        <translation>ALEMBIC_CONFIG ist hier auf %1 gesetzt: der Befehl alembic ohne -c liest diese Datei, nicht %2</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="386"/>
        <source>no section [%1] in the file (sections: %2)</source>
        <translation>kein Abschnitt [%1] in der Datei (Abschnitte: %2)</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="391"/>
        <source>section [%1] has no &apos;script_location&apos; key</source>
        <translation>der Abschnitt [%1] hat keinen Schlüssel &apos;script_location&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="394"/>
        <source>[tool.alembic] has no &apos;script_location&apos; key</source>
        <translation>[tool.alembic] hat keinen Schlüssel &apos;script_location&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="397"/>
        <source>no &apos;script_location&apos;: neither [%1] of %2 nor [tool.alembic] of %3 sets it</source>
        <translation>kein &apos;script_location&apos;: weder [%1] in %2 noch [tool.alembic] in %3 setzt es</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="461"/>
        <source>pyproject.toml cannot be read (%1); only %2 is used, and Alembic 1.16+ would stop on it</source>
        <translation>pyproject.toml kann nicht gelesen werden (%1); nur %2 wird verwendet, und Alembic ab 1.16 würde daran scheitern</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="482"/>
        <source>no such file or directory</source>
        <translation>Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="493"/>
        <source>Alembic %1 does not read pyproject.toml (Alembic reads [tool.alembic] from 1.16.0), and there is no alembic.ini beside it</source>
        <translation>Alembic %1 liest pyproject.toml nicht (Alembic liest [tool.alembic] ab 1.16.0), und daneben liegt keine alembic.ini</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="505"/>
        <source>no [tool.alembic] table in this file</source>
        <translation>keine Tabelle [tool.alembic] in dieser Datei</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="546"/>
        <source>not an Alembic project: no alembic.ini, no pyproject.toml with [tool.alembic], no env.py with versions/, and no revision scripts</source>
        <translation>kein Alembic-Projekt: keine alembic.ini, keine pyproject.toml mit [tool.alembic], keine env.py mit versions/ und keine Revisionsskripte</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="613"/>
        <source>the project is configured in pyproject.toml [tool.alembic], which Alembic reads from %1: Alembic %2 will not find it</source>
        <translation>das Projekt ist in pyproject.toml [tool.alembic] konfiguriert, das Alembic ab %1 liest: Alembic %2 wird es nicht finden</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="617"/>
        <source>&apos;%3&apos; is set in pyproject.toml [tool.alembic], which Alembic reads from %1: Alembic %2 does not use it</source>
        <translation>&apos;%3&apos; ist in pyproject.toml [tool.alembic] gesetzt, das Alembic ab %1 liest: Alembic %2 verwendet es nicht</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="623"/>
        <source>&apos;%3 = true&apos; is a TOML boolean, which Alembic takes as true from %1: Alembic %2 takes it as false</source>
        <translation>&apos;%3 = true&apos; ist ein TOML-Boolean, den Alembic ab %1 als wahr nimmt: Alembic %2 nimmt ihn als falsch</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="627"/>
        <source>path_separator is a setting of Alembic %1 and later: Alembic %2 ignores it and splits version_locations on spaces and commas</source>
        <translation>path_separator ist eine Einstellung ab Alembic %1: Alembic %2 ignoriert sie und trennt version_locations an Leerzeichen und Kommas</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="631"/>
        <source>recursive_version_locations = true makes Alembic read the sub-directories of the version locations from %1: Alembic %2 ignores it and does not see the revisions there</source>
        <translation>recursive_version_locations = true lässt Alembic ab %1 die Unterverzeichnisse der Versionsorte lesen: Alembic %2 ignoriert es und sieht die Revisionen dort nicht</translation>
    </message>
    <message>
        <location filename="../src/core/project/ProjectConfig.cpp" line="636"/>
        <source>file_template writes new revisions into sub-directories, which Alembic does from %1: Alembic %2 does not create them</source>
        <translation>file_template schreibt neue Revisionen in Unterverzeichnisse, was Alembic ab %1 tut: Alembic %2 legt sie nicht an</translation>
    </message>
</context>
<context>
    <name>strata::RehearsalDialog</name>
    <message>
        <location filename="../src/gui/RehearsalDialog.cpp" line="35"/>
        <source>Running the plan inside one transaction that is rolled back at the end…</source>
        <translation>Der Plan läuft in einer Transaktion, die am Ende zurückgerollt wird…</translation>
    </message>
    <message>
        <location filename="../src/gui/RehearsalDialog.cpp" line="41"/>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <location filename="../src/gui/RehearsalDialog.cpp" line="41"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/gui/RehearsalDialog.cpp" line="41"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/gui/RehearsalDialog.cpp" line="41"/>
        <source>Locks taken</source>
        <translation>Genommene Sperren</translation>
    </message>
    <message>
        <location filename="../src/gui/RehearsalDialog.cpp" line="41"/>
        <source>Rewrote</source>
        <translation>Neu geschrieben</translation>
    </message>
    <message>
        <location filename="../src/gui/RehearsalDialog.cpp" line="57"/>
        <source>Cancel Rehearsal</source>
        <translation>Probe abbrechen</translation>
    </message>
    <message>
        <location filename="../src/gui/RehearsalDialog.cpp" line="65"/>
        <source>Cancelling; the transaction is rolled back…</source>
        <translation>Breche ab; die Transaktion wird zurückgerollt…</translation>
    </message>
    <message>
        <location filename="../src/gui/RehearsalDialog.cpp" line="75"/>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../src/gui/RehearsalDialog.cpp" line="87"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../src/gui/RehearsalDialog.cpp" line="87"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../src/gui/RehearsalDialog.cpp" line="113"/>
        <source>The rehearsal did not run.</source>
        <translation>Die Probe lief nicht.</translation>
    </message>
    <message>
        <location filename="../src/gui/RehearsalDialog.cpp" line="118"/>
        <source>%1 on %2 — rolled back at the end.</source>
        <translation>%1 auf %2 — am Ende zurückgerollt.</translation>
    </message>
    <message>
        <location filename="../src/gui/RehearsalDialog.cpp" line="125"/>
        <source>Stopped before: %1 — %2</source>
        <translation>Vorher gestoppt: %1 — %2</translation>
    </message>
</context>
<context>
    <name>strata::RevisionGraph</name>
    <message>
        <location filename="../src/core/revision/RevisionGraph.cpp" line="69"/>
        <source>%1 has no &apos;revision&apos; variable, so it is not a revision script; it is skipped (Alembic refuses to load such a file from a versions directory)</source>
        <translation>%1 hat keine Variable „revision“ und ist daher kein Revisionsskript; es wird übersprungen (Alembic weigert sich, eine solche Datei aus einem Versionsverzeichnis zu laden)</translation>
    </message>
    <message>
        <location filename="../src/core/revision/RevisionGraph.cpp" line="83"/>
        <source>the revision id is empty</source>
        <translation>die Revisions-ID ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/revision/RevisionGraph.cpp" line="92"/>
        <source>character &apos;:&apos; not allowed in revision identifier &apos;%1&apos; by Alembic 1.17.1 and later (older ones take it): Alembic refuses to load the project</source>
        <translation>Zeichen &apos;:&apos; ist ab Alembic 1.17.1 in der Revisionskennung &apos;%1&apos; nicht erlaubt (ältere Versionen nehmen es an): Alembic weigert sich, das Projekt zu laden</translation>
    </message>
    <message>
        <location filename="../src/core/revision/RevisionGraph.cpp" line="97"/>
        <source>character(s) &apos;%1&apos; not allowed in revision identifier &apos;%2&apos;: Alembic refuses to load the project</source>
        <translation>Zeichen &apos;%1&apos; in der Revisionskennung &apos;%2&apos; nicht erlaubt: Alembic weigert sich, das Projekt zu laden</translation>
    </message>
    <message>
        <location filename="../src/core/revision/RevisionGraph.cpp" line="107"/>
        <source>revision id &apos;%1&apos; holds &apos;:&apos;, which Alembic %2 takes but Alembic 1.17.1 and later refuse: upgrading Alembic stops the project from loading</source>
        <translation>Die Revisions-ID &apos;%1&apos; enthält &apos;:&apos;, was Alembic %2 annimmt, Alembic ab 1.17.1 aber ablehnt: Nach einem Alembic-Update lässt sich das Projekt nicht mehr laden</translation>
    </message>
    <message>
        <location filename="../src/core/revision/RevisionGraph.cpp" line="116"/>
        <source>revision %1 is defined twice: here and in %2; this copy is ignored</source>
        <translation>Revision %1 ist zweimal definiert: hier und in %2; diese Kopie wird ignoriert</translation>
    </message>
    <message>
        <location filename="../src/core/revision/RevisionGraph.cpp" line="135"/>
        <source>revision %1 names itself as its down_revision</source>
        <translation>Revision %1 nennt sich selbst als down_revision</translation>
    </message>
    <message>
        <location filename="../src/core/revision/RevisionGraph.cpp" line="142"/>
        <source>revision %1 names itself in depends_on</source>
        <translation>Revision %1 nennt sich selbst in depends_on</translation>
    </message>
    <message>
        <location filename="../src/core/revision/RevisionGraph.cpp" line="160"/>
        <source>branch name &apos;%1&apos; in revision %2 is already used by revision %3</source>
        <translation>der Zweigname „%1“ in Revision %2 wird schon von Revision %3 benutzt</translation>
    </message>
    <message>
        <location filename="../src/core/revision/RevisionGraph.cpp" line="177"/>
        <source>depends_on names &apos;%1&apos;, which is neither a revision nor a branch label</source>
        <translation>depends_on nennt „%1“, das weder eine Revision noch ein Zweig-Label ist</translation>
    </message>
    <message>
        <location filename="../src/core/revision/RevisionGraph.cpp" line="197"/>
        <source>down_revision names branch label &apos;%1&apos;; it must name a revision id</source>
        <translation>down_revision nennt das Zweig-Label „%1“; es muss eine Revisions-ID nennen</translation>
    </message>
    <message>
        <location filename="../src/core/revision/RevisionGraph.cpp" line="200"/>
        <source>down_revision names &apos;%1&apos;, which no script defines</source>
        <translation>down_revision nennt „%1“, das kein Skript definiert</translation>
    </message>
    <message>
        <location filename="../src/core/revision/RevisionGraph.cpp" line="294"/>
        <source>%1 heads, each on its own labelled branch: %2</source>
        <translation>%1 Köpfe, jeder auf seinem eigenen benannten Zweig: %2</translation>
    </message>
    <message>
        <location filename="../src/core/revision/RevisionGraph.cpp" line="297"/>
        <source>multiple head revisions are present: %1; &apos;upgrade head&apos; will fail until they are merged (or upgrade &apos;heads&apos;)</source>
        <translation>mehrere Kopfrevisionen sind vorhanden: %1; „upgrade head“ schlägt fehl, bis sie zusammengeführt sind (oder „upgrade heads“)</translation>
    </message>
    <message>
        <location filename="../src/core/revision/RevisionGraph.cpp" line="456"/>
        <source>down_revision cycle among revisions %1</source>
        <translation>down_revision-Zyklus zwischen den Revisionen %1</translation>
    </message>
    <message>
        <location filename="../src/core/revision/RevisionGraph.cpp" line="477"/>
        <source>depends_on cycle among revisions %1</source>
        <translation>depends_on-Zyklus zwischen den Revisionen %1</translation>
    </message>
</context>
<context>
    <name>strata::RevisionGraphView</name>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="27"/>
        <source>Revision graph</source>
        <translation>Revisionsgraph</translation>
    </message>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="106"/>
        <source>This project has no revisions.</source>
        <translation>Dieses Projekt hat keine Revisionen.</translation>
    </message>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="107"/>
        <source>Open an Alembic project (File → Open Project…)</source>
        <translation>Öffnen Sie ein Alembic-Projekt (Datei → Projekt öffnen…)</translation>
    </message>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="240"/>
        <source>head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="240"/>
        <source>effective head</source>
        <translation>wirksamer Kopf</translation>
    </message>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="242"/>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="246"/>
        <source>depends on %1</source>
        <translation>hängt ab von %1</translation>
    </message>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="339"/>
        <source>Branch: %1</source>
        <translation>Zweig: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="341"/>
        <source>Depends on: %1</source>
        <translation>Hängt ab von: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/RevisionGraphView.cpp" line="347"/>
        <source>Needed by: %1</source>
        <translation>Gebraucht von: %1</translation>
    </message>
</context>
<context>
    <name>strata::RunConfirmDialog</name>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="24"/>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 auf %3</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="25"/>
        <source>&lt;p&gt;&lt;b&gt;%1 %2&lt;/b&gt; on &lt;b&gt;%3&lt;/b&gt;%4&lt;br&gt;%5&lt;br&gt;%6&lt;/p&gt;&lt;p&gt;The database is now at &lt;b&gt;%7&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 %2&lt;/b&gt; auf &lt;b&gt;%3&lt;/b&gt;%4&lt;br&gt;%5&lt;br&gt;%6&lt;/p&gt;&lt;p&gt;Die Datenbank steht jetzt bei &lt;b&gt;%7&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="27"/>
        <source> &lt;span style=&apos;color:%1&apos;&gt;[PRODUCTION]&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:%1&apos;&gt;[PRODUKTION]&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="31"/>
        <source>&lt;p&gt;&lt;b&gt;Stricter rules apply:&lt;/b&gt; %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Strengere Regeln gelten:&lt;/b&gt; %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="33"/>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;This run cannot start:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Dieser Lauf kann nicht starten:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="36"/>
        <source>&lt;p&gt;Nothing to do: the database is already there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nichts zu tun: die Datenbank ist schon dort.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/RunConfirmDialog.cpp" line="38"/>
        <source>&lt;p&gt;%n step(s) will run, in this order:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n Schritt wird ausgeführt:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n Schritte werden in dieser Reihenfolge ausgeführt:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="51"/>
        <source>✖ cannot succeed: %1</source>
        <translation>✖ kann nicht gelingen: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="55"/>
        <source>non-transactional: %1</source>
        <translation>nicht transaktional: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="59"/>
        <source>schema: %1</source>
        <translation>Schema: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="67"/>
        <source>This is a production database. Type its name, %1, to run.</source>
        <translation>Dies ist eine Produktionsdatenbank. Tippen Sie ihren Namen, %1, um zu starten.</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="68"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="73"/>
        <source>Rehearse…</source>
        <translation>Proben…</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="75"/>
        <source>Run the plan for real inside one transaction that is rolled back: each statement&apos;s outcome, the locks it takes, the tables it rewrites</source>
        <translation>Den Plan wirklich in einer Transaktion ausführen, die zurückgerollt wird: das Ergebnis jeder Anweisung, die Sperren, die sie nimmt, die Tabellen, die sie neu schreibt</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="80"/>
        <source>Schema Diff…</source>
        <translation>Schema-Diff…</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="82"/>
        <source>The differences as a diff of the two schemas written out as SQL</source>
        <translation>Die Unterschiede als Diff der beiden als SQL ausgeschriebenen Schemata</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="87"/>
        <source>Schema of %1 against %2</source>
        <translation>Schema von %1 gegenüber %2</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="100"/>
        <source>Stamp Anyway…</source>
        <translation>Trotzdem stempeln…</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="102"/>
        <source>Record the revision although the schema differs: only after reading the differences</source>
        <translation>Die Revision eintragen, obwohl das Schema abweicht: erst nach dem Lesen der Unterschiede</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="135"/>
        <source>A stamp changes no schema: it only records %1 in the version table, so Alembic will take the database to be there.</source>
        <translation>Ein Stempel ändert kein Schema: er trägt nur %1 in die Versionstabelle ein, damit Alembic die Datenbank dort vermutet.</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="146"/>
        <source>A downgrade undoes these revisions: data written into what they added may be lost.</source>
        <translation>Eine Zurückstufung macht diese Revisionen rückgängig: Daten, die in das von ihnen Hinzugefügte geschrieben wurden, können verloren gehen.</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="147"/>
        <source>This downgrade drops %1, and the data in them is lost.</source>
        <translation>Diese Zurückstufung löscht %1, und die Daten darin gehen verloren.</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="160"/>
        <source>&lt;b&gt;Lint&lt;/b&gt; (%1): %2</source>
        <translation>&lt;b&gt;Lint&lt;/b&gt; (%1): %2</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="163"/>
        <source> — table sizes from %1</source>
        <translation> — Tabellengrößen aus %1</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="169"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="171"/>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="172"/>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="183"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="181"/>
        <source>Locks</source>
        <translation>Sperren</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/RunConfirmDialog.cpp" line="181"/>
        <source>%n table lock(s) the plan takes, and for how long</source>
        <translation>
            <numerusform>%n Tabellensperre, die der Plan nimmt, und wie lange</numerusform>
            <numerusform>%n Tabellensperren, die der Plan nimmt, und wie lange</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/RunConfirmDialog.cpp" line="184"/>
        <source>lines %1–%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
</context>
<context>
    <name>strata::RunController</name>
    <message>
        <location filename="../src/gui/RunController.cpp" line="29"/>
        <source>Select an environment in the Environments dock first.</source>
        <translation>Wählen Sie zuerst eine Umgebung im Bereich „Umgebungen“.</translation>
    </message>
    <message>
        <location filename="../src/gui/RunController.cpp" line="47"/>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../src/gui/RunController.cpp" line="48"/>
        <source>Asking Alembic for the offline SQL of %1 → %2…</source>
        <translation>Frage Alembic nach dem Offline-SQL von %1 → %2…</translation>
    </message>
    <message>
        <location filename="../src/gui/RunController.cpp" line="68"/>
        <source>No SQL for %1 → %2</source>
        <translation>Kein SQL für %1 → %2</translation>
    </message>
    <message>
        <location filename="../src/gui/RunController.cpp" line="72"/>
        <source>%1 SQL from %2 (%3) to %4</source>
        <translation>%1-SQL von %2 (%3) bis %4</translation>
    </message>
    <message>
        <location filename="../src/gui/RunController.cpp" line="73"/>
        <source>Downgrade</source>
        <translation>Zurückstufung</translation>
    </message>
    <message>
        <location filename="../src/gui/RunController.cpp" line="73"/>
        <source>Upgrade</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <location filename="../src/gui/RunController.cpp" line="90"/>
        <location filename="../src/gui/RunController.cpp" line="99"/>
        <source>A run is already going; wait for it or cancel it.</source>
        <translation>Ein Lauf ist schon im Gange; warten Sie oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <location filename="../src/gui/RunController.cpp" line="102"/>
        <source>(reviewed SQL from the SQL tab)</source>
        <translation>(geprüftes SQL aus dem Tab „SQL“)</translation>
    </message>
    <message>
        <location filename="../src/gui/RunController.cpp" line="113"/>
        <source>Checking %1 before the run…</source>
        <translation>Prüfe %1 vor dem Lauf…</translation>
    </message>
    <message>
        <location filename="../src/gui/RunController.cpp" line="175"/>
        <source>Removed %1; the version table holds %2</source>
        <translation>%1 entfernt; die Versionstabelle enthält %2</translation>
    </message>
    <message>
        <location filename="../src/gui/RunController.cpp" line="176"/>
        <source>The row was not removed: %1</source>
        <translation>Die Zeile wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/RunController.cpp" line="180"/>
        <source>Remove the row %1 from the version table of %2? Another row descends from it, so it records nothing of its own (checked again before the removal).</source>
        <translation>Die Zeile %1 aus der Versionstabelle von %2 entfernen? Eine andere Zeile stammt von ihr ab, also hält sie nichts Eigenes fest (vor dem Entfernen erneut geprüft).</translation>
    </message>
    <message>
        <location filename="../src/gui/RunController.cpp" line="187"/>
        <location filename="../src/gui/RunController.cpp" line="192"/>
        <source>Remove Version Row</source>
        <translation>Versionszeile entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/RunController.cpp" line="212"/>
        <source>The project has one head; there is nothing to merge.</source>
        <translation>Das Projekt hat einen Kopf; es gibt nichts zusammenzuführen.</translation>
    </message>
    <message>
        <location filename="../src/gui/RunController.cpp" line="217"/>
        <source>Merge Heads</source>
        <translation>Köpfe zusammenführen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/RunController.cpp" line="218"/>
        <source>Message of the merge revision (it joins all %n heads):</source>
        <translation>
            <numerusform>Beschreibung der Zusammenführungsrevision (sie vereint alle %n Köpfe):</numerusform>
            <numerusform>Beschreibung der Zusammenführungsrevision (sie vereint alle %n Köpfe):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/RunController.cpp" line="220"/>
        <source>merge heads</source>
        <translation>Köpfe zusammenführen</translation>
    </message>
    <message>
        <location filename="../src/gui/RunController.cpp" line="223"/>
        <source>Writing the merge revision…</source>
        <translation>Schreibe die Zusammenführungsrevision…</translation>
    </message>
    <message>
        <location filename="../src/gui/RunController.cpp" line="238"/>
        <source>Merge failed: %1</source>
        <translation>Zusammenführen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/RunController.cpp" line="241"/>
        <source>Merge revision written to %1</source>
        <translation>Zusammenführungsrevision nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>strata::RunJob</name>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="94"/>
        <source>the run journal cannot be written (%1); the run goes on and Strata completes the record when it can</source>
        <translation>das Laufprotokoll kann nicht geschrieben werden (%1); der Lauf geht weiter, und Strata vervollständigt den Eintrag, sobald es kann</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="153"/>
        <source>strata: the database did not answer within %1 ms after the run</source>
        <translation>strata: Die Datenbank antwortete nach dem Lauf nicht innerhalb von %1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="157"/>
        <source>strata: the version rows could not be read after the run: %1</source>
        <translation>strata: Die Versionszeilen konnten nach dem Lauf nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="189"/>
        <source>waiting on %1</source>
        <translation>wartet auf %1</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="191"/>
        <source>strata: the run is waiting on %1</source>
        <translation>strata: Der Lauf wartet auf %1</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="460"/>
        <source>checking the database before the run</source>
        <translation>prüfe die Datenbank vor dem Lauf</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/run/RunJob.cpp" line="518"/>
        <source>running %n step(s)</source>
        <translation>
            <numerusform>führe %n Schritt aus</numerusform>
            <numerusform>führe %n Schritte aus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="520"/>
        <source>strata: Alembic runs in %1 (%2), pid %3</source>
        <translation>strata: Alembic läuft in %1 (%2), PID %3</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="536"/>
        <source>cancelling: asking the database to stop</source>
        <translation>Abbruch: Die Datenbank wird gebeten anzuhalten</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunJob.cpp" line="542"/>
        <source>strata: the run did not stop within %1 s; terminating it</source>
        <translation>strata: Der Lauf hielt nicht innerhalb von %1 s an; er wird beendet</translation>
    </message>
</context>
<context>
    <name>strata::RunPanel</name>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="30"/>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="31"/>
        <source>Checking the database…</source>
        <translation>Prüfe die Datenbank…</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="32"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="33"/>
        <location filename="../src/gui/RunPanel.cpp" line="283"/>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="34"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="35"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="36"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="37"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="45"/>
        <location filename="../src/gui/RunPanel.cpp" line="62"/>
        <source>upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="46"/>
        <location filename="../src/gui/RunPanel.cpp" line="63"/>
        <source>downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="47"/>
        <location filename="../src/gui/RunPanel.cpp" line="64"/>
        <source>stamp</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="48"/>
        <source>run SQL</source>
        <translation>SQL ausführen</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="49"/>
        <source>offline SQL</source>
        <translation>Offline-SQL</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="50"/>
        <source>merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="51"/>
        <source>rehearse</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="52"/>
        <source>new revision</source>
        <translation>neue Revision</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="53"/>
        <source>schema build</source>
        <translation>Schemaaufbau</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="54"/>
        <source>remove version row</source>
        <translation>Versionszeile entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="72"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="73"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="74"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="75"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="76"/>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="77"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="78"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="87"/>
        <location filename="../src/gui/RunPanel.cpp" line="170"/>
        <source>No run yet. Choose “Upgrade to here…” on a revision to start one.</source>
        <translation>Noch kein Lauf. Wählen Sie „Bis hierher aktualisieren…“ auf einer Revision, um einen zu starten.</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="91"/>
        <location filename="../src/gui/RunPanel.cpp" line="212"/>
        <location filename="../src/gui/RunPanel.cpp" line="339"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="94"/>
        <source>Stop the run: the database cancels the running statement and rolls back</source>
        <translation>Den Lauf stoppen: die Datenbank bricht die laufende Anweisung ab und rollt zurück</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="118"/>
        <source>Show in Locks</source>
        <translation>In Sperren zeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="138"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="138"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="138"/>
        <source>Message</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="138"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="138"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="146"/>
        <source>Alembic&apos;s log; after a failure, the error and its traceback</source>
        <translation>Das Protokoll von Alembic; nach einem Fehler der Fehler und seine Ablaufverfolgung</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="204"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; on &lt;b&gt;%3&lt;/b&gt;%4</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; auf &lt;b&gt;%3&lt;/b&gt;%4</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="207"/>
        <source> [PRODUCTION]</source>
        <translation> [PRODUKTION]</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="226"/>
        <source>step %v of %m</source>
        <translation>Schritt %v von %m</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="242"/>
        <source>statement %v of %m</source>
        <translation>Anweisung %v von %m</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="245"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="248"/>
        <source>journal: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="253"/>
        <source>The run is %1</source>
        <translation>Der Lauf %1</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="357"/>
        <source>The error and Alembic&apos;s traceback are in the log below.</source>
        <translation>Der Fehler und die Ablaufverfolgung von Alembic stehen im Protokoll unten.</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="369"/>
        <source>strata-cli %1</source>
        <translation>strata-cli %1</translation>
    </message>
    <message>
        <location filename="../src/gui/RunPanel.cpp" line="333"/>
        <source>error: %1%2</source>
        <translation>Fehler: %1%2</translation>
    </message>
</context>
<context>
    <name>strata::RunPlanner</name>
    <message>
        <location filename="../src/core/run/RunPlanner.cpp" line="194"/>
        <source>%1: %2 — cannot run inside a transaction block, and Alembic runs it inside one; wrap it in op.get_context().autocommit_block()</source>
        <translation>%1: %2 — kann nicht in einem Transaktionsblock laufen, und Alembic führt es in einem aus; schließen Sie es in op.get_context().autocommit_block() ein</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunPlanner.cpp" line="225"/>
        <source>the script names no starting revision (no &apos;-- strata:&apos; header and no &apos;-- Running upgrade&apos; marker), so Strata cannot check that it fits this database</source>
        <translation>das Skript nennt keine Startrevision (kein Kopf &apos;-- strata:&apos; und keine Markierung &apos;-- Running upgrade&apos;), daher kann Strata nicht prüfen, ob es zu dieser Datenbank passt</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunPlanner.cpp" line="231"/>
        <source>the script starts from %1 but the database is at %2; it was written for another state and is not run</source>
        <translation>das Skript beginnt bei %1, aber die Datenbank steht auf %2; es wurde für einen anderen Zustand geschrieben und wird nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../src/core/run/RunPlanner.cpp" line="240"/>
        <source>no project is open</source>
        <translation>kein Projekt ist geöffnet</translation>
    </message>
</context>
<context>
    <name>strata::RunSummary</name>
    <message>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="45"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="67"/>
        <source>the run succeeded</source>
        <translation>der Lauf war erfolgreich</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="72"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="73"/>
        <source>The run was stopped on request; the database rolled back what was open.</source>
        <translation>Der Lauf wurde auf Wunsch gestoppt; die Datenbank rollte zurück, was offen war.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="76"/>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="131"/>
        <source>Run again</source>
        <translation>Erneut starten</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="82"/>
        <source>Interrupted before it finished</source>
        <translation>Unterbrochen, bevor er fertig war</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="83"/>
        <source>Strata ended while the run was going; what the database kept is read back when it is next reachable.</source>
        <translation>Strata endete während des Laufs; was die Datenbank behielt, wird gelesen, sobald sie wieder erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="87"/>
        <source>Check the environment</source>
        <translation>Umgebung prüfen</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="99"/>
        <source>Stopped before the first statement: env.py connected to another database than %1&apos;s</source>
        <translation>Vor der ersten Anweisung gestoppt: env.py verband sich mit einer anderen Datenbank als der von %1</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="104"/>
        <source>env.py takes its URL from somewhere else (an environment variable, a settings module). Nothing was changed on either database.</source>
        <translation>env.py nimmt seine URL von anderswo (einer Umgebungsvariablen, einem Einstellungsmodul). Auf keiner der Datenbanken wurde etwas geändert.</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="108"/>
        <source>See where env.py takes its URL from</source>
        <translation>Sehen, woher env.py seine URL nimmt</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="111"/>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="150"/>
        <source>Ask the doctor</source>
        <translation>Den Doktor fragen</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="120"/>
        <source>Gave up after lock_timeout %1</source>
        <translation>Nach lock_timeout %1 aufgegeben</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="122"/>
        <source>Gave up waiting for a lock</source>
        <translation>Das Warten auf eine Sperre aufgegeben</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="124"/>
        <source> waiting for another session</source>
        <translation>, wartend auf eine andere Sitzung</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="125"/>
        <source> waiting for %1</source>
        <translation>, wartend auf %1</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="128"/>
        <source>Show the locks</source>
        <translation>Sperren zeigen</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="136"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="141"/>
        <source>Rehearse (after fixing)</source>
        <translation>Proben (nach der Korrektur)</translation>
    </message>
    <message>
        <location filename="../src/core/diagnose/RunSummary.cpp" line="147"/>
        <source>Compare the schema</source>
        <translation>Schema vergleichen</translation>
    </message>
</context>
<context>
    <name>strata::SchemaCatalog</name>
    <message>
        <location filename="../src/core/schema/SchemaCatalog.cpp" line="78"/>
        <source>nullable expected, NOT NULL found</source>
        <translation>nullbar erwartet, NOT NULL gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/schema/SchemaCatalog.cpp" line="79"/>
        <source>NOT NULL expected, nullable found</source>
        <translation>NOT NULL erwartet, nullbar gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/schema/SchemaCatalog.cpp" line="131"/>
        <source>named %1 in the database</source>
        <translation>in der Datenbank %1 genannt</translation>
    </message>
    <message>
        <location filename="../src/core/schema/SchemaCatalog.cpp" line="278"/>
        <source>not a schema catalog (no &quot;tables&quot; object)</source>
        <translation>kein Schemakatalog (kein &quot;tables&quot;-Objekt)</translation>
    </message>
</context>
<context>
    <name>strata::SchemaController</name>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="36"/>
        <source>Select an environment in the Environments dock first.</source>
        <translation>Wählen Sie zuerst eine Umgebung im Bereich „Umgebungen“.</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="74"/>
        <source>Rehearse on production</source>
        <translation>Auf Produktion proben</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="75"/>
        <source>A rehearsal runs the plan for real on %1 and rolls it back; it takes the same locks a run takes.
%2</source>
        <translation>Eine Probe führt den Plan wirklich auf %1 aus und rollt ihn zurück; sie nimmt dieselben Sperren wie ein Lauf.
%2</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="91"/>
        <source>Rehearse %1 %2 on %3</source>
        <translation>%1 %2 auf %3 proben</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="122"/>
        <source>Rehearsal: %1</source>
        <translation>Probe: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="123"/>
        <source>Rehearsal not run: %1</source>
        <translation>Probe nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="158"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="159"/>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="183"/>
        <source>Comparing %1&apos;s schema with the revisions&apos; (the first time builds them in a scratch database)…</source>
        <translation>Vergleiche das Schema von %1 mit dem der Revisionen (beim ersten Mal werden sie in einer Wegwerf-Datenbank gebaut)…</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="203"/>
        <location filename="../src/gui/SchemaController.cpp" line="223"/>
        <source>Schema of %1</source>
        <translation>Schema von %1</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="210"/>
        <source>&lt;p&gt;The version table of &lt;b&gt;%1&lt;/b&gt; records &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Versionstabelle von &lt;b&gt;%1&lt;/b&gt; verzeichnet &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/SchemaController.cpp" line="218"/>
        <source>Differences from %1, the nearest revision: %n</source>
        <translation>
            <numerusform>Unterschiede zu %1, der nächsten Revision: %n</numerusform>
            <numerusform>Unterschiede zu %1, der nächsten Revision: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="222"/>
        <source>%1 built in a scratch database, %2 from the cache</source>
        <translation>%1 in einer Wegwerf-Datenbank gebaut, %2 aus dem Zwischenspeicher</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="235"/>
        <source>Comparing %1 with the models (Alembic&apos;s autogenerate comparison; nothing is written)…</source>
        <translation>Vergleiche %1 mit den Modellen (der Vergleich von Alembics autogenerate; nichts wird geschrieben)…</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="254"/>
        <location filename="../src/gui/SchemaController.cpp" line="269"/>
        <source>Drift of %1</source>
        <translation>Abweichung von %1</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="263"/>
        <source>No drift: the database of %1 matches the models.</source>
        <translation>Keine Abweichung: die Datenbank von %1 entspricht den Modellen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/SchemaController.cpp" line="265"/>
        <source>%n difference(s) between the models (expected) and the database (found):</source>
        <translation>
            <numerusform>%n Unterschied zwischen den Modellen (erwartet) und der Datenbank (vorgefunden):</numerusform>
            <numerusform>%n Unterschiede zwischen den Modellen (erwartet) und der Datenbank (vorgefunden):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="283"/>
        <source>Generate Revision</source>
        <translation>Revision erzeugen</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="287"/>
        <source>what this revision does</source>
        <translation>was diese Revision tut</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="288"/>
        <source>Message:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="289"/>
        <source>Autogenerate from the models against %1</source>
        <translation>Aus den Modellen gegen %1 erzeugen</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="290"/>
        <source>Autogenerate (select an environment first)</source>
        <translation>Automatisch erzeugen (zuerst eine Umgebung wählen)</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="296"/>
        <source>Autogenerate needs that database at the head; Strata checks first.</source>
        <translation>Automatisches Erzeugen braucht diese Datenbank am Kopf; Strata prüft das zuerst.</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="300"/>
        <source>Write Revision</source>
        <translation>Revision schreiben</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="313"/>
        <source>Comparing the models with %1 and writing the revision…</source>
        <translation>Vergleiche die Modelle mit %1 und schreibe die Revision…</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="314"/>
        <source>Writing the revision…</source>
        <translation>Schreibe die Revision…</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="335"/>
        <source>No revision written: %1</source>
        <translation>Keine Revision geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/SchemaController.cpp" line="338"/>
        <source>Revision %1 written to %2</source>
        <translation>Revision %1 nach %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>strata::SchemaDiffView</name>
    <message>
        <location filename="../src/gui/SchemaDiffView.cpp" line="14"/>
        <source>Both schemas written out as SQL from their catalogs (for reading, not for running): lines marked - are expected, + found in the database.</source>
        <translation>Beide Schemata als SQL aus ihren Katalogen ausgeschrieben (zum Lesen, nicht zum Ausführen): mit - markierte Zeilen werden erwartet, mit + markierte stehen in der Datenbank.</translation>
    </message>
</context>
<context>
    <name>strata::SchemaService</name>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="278"/>
        <source>a rehearsal runs the plan inside one transaction and rolls it back, which needs PostgreSQL (its DDL is transactional and its locks can be traced); for %1, run the plan on a copy of the database</source>
        <translation>eine Probe führt den Plan in einer Transaktion aus und rollt sie zurück, was PostgreSQL braucht (seine DDL ist transaktional und seine Sperren lassen sich verfolgen); für %1 führen Sie den Plan auf einer Kopie der Datenbank aus</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="290"/>
        <source>nothing to rehearse: %1 is already at %2</source>
        <translation>nichts zu proben: %1 steht schon auf %2</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="326"/>
        <source>the database did not answer within %1 s</source>
        <translation>die Datenbank hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="394"/>
        <source>(the statements of the step&apos;s autocommit_block)</source>
        <translation>(die Anweisungen des autocommit_block des Schritts)</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="417"/>
        <source>the Alembic bridge ended without an answer (exit %1)</source>
        <translation>die Alembic-Brücke endete ohne Antwort (Exit %1)</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="482"/>
        <source>the schema matches %1 exactly</source>
        <translation>das Schema passt genau zu %1</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="483"/>
        <source>the schema does not match %1 (%2 difference(s))</source>
        <translation>das Schema passt nicht zu %1 (%2 Unterschied(e))</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="486"/>
        <source>; it matches %1 exactly</source>
        <translation>; es passt genau zu %1</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="487"/>
        <source>; the nearest revision is %1 (%2 difference(s))</source>
        <translation>; die nächste Revision ist %1 (%2 Unterschied(e))</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="544"/>
        <source>the database records %1 and the project has %2 heads: name the revision to compare with</source>
        <translation>die Datenbank verzeichnet %1, und das Projekt hat %2 Heads: nennen Sie die Revision, mit der verglichen werden soll</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="554"/>
        <source>base has no schema to compare with; name a revision</source>
        <translation>die Basis hat kein Schema zum Vergleichen; nennen Sie eine Revision</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="599"/>
        <source>cannot make a temporary directory for the scratch database</source>
        <translation>für die Wegwerfdatenbank kann kein temporäres Verzeichnis angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="661"/>
        <source>building the schema of the revisions in a scratch database (%1) failed: %2</source>
        <translation>der Aufbau des Schemas der Revisionen in einer Wegwerfdatenbank (%1) ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="667"/>
        <source>the Alembic bridge ended after %1 of %2 revisions (exit %3)%4</source>
        <translation>die Alembic-Brücke endete nach %1 von %2 Revisionen (Exit %3)%4</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="767"/>
        <source>--autogenerate compares the models with a database: give --profile</source>
        <translation>--autogenerate vergleicht die Modelle mit einer Datenbank: geben Sie --profile an</translation>
    </message>
    <message>
        <location filename="../src/core/services/SchemaService.cpp" line="778"/>
        <source>the database of &apos;%1&apos; is not up to date (%2: %3), so autogenerate would compare the models with an old schema and write changes that earlier revisions already make; upgrade it first (strata-cli upgrade heads --profile %1) or choose an environment at the head</source>
        <translation>die Datenbank von &apos;%1&apos; ist nicht aktuell (%2: %3), daher würde Autogenerate die Modelle mit einem alten Schema vergleichen und Änderungen schreiben, die frühere Revisionen schon vornehmen; bringen Sie sie zuerst auf den neuesten Stand (strata-cli upgrade heads --profile %1) oder wählen Sie eine Umgebung am Head</translation>
    </message>
</context>
<context>
    <name>strata::SqlAlchemyUrl</name>
    <message>
        <location filename="../src/core/connection/SqlAlchemyUrl.cpp" line="45"/>
        <source>&apos;%1&apos; is not a database URL (expected dialect://…)</source>
        <translation>&apos;%1&apos; ist keine Datenbank-URL (erwartet: dialect://…)</translation>
    </message>
    <message>
        <location filename="../src/core/connection/SqlAlchemyUrl.cpp" line="58"/>
        <source>unsupported database &apos;%1&apos; (PostgreSQL, MySQL/MariaDB or SQLite)</source>
        <translation>nicht unterstützte Datenbank &apos;%1&apos; (PostgreSQL, MySQL/MariaDB oder SQLite)</translation>
    </message>
    <message>
        <location filename="../src/core/connection/SqlAlchemyUrl.cpp" line="72"/>
        <source>an SQLite URL has no host: write sqlite:///relative.db or sqlite:////absolute/path.db</source>
        <translation>eine SQLite-URL hat keinen Host: schreiben Sie sqlite:///relative.db oder sqlite:////absolute/path.db</translation>
    </message>
    <message>
        <location filename="../src/core/connection/SqlAlchemyUrl.cpp" line="104"/>
        <source>IPv6 host is missing its closing &apos;]&apos;</source>
        <translation>dem IPv6-Host fehlt die schließende &apos;]&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/connection/SqlAlchemyUrl.cpp" line="118"/>
        <source>port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>der Port &apos;%1&apos; ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <location filename="../src/core/connection/SqlAlchemyUrl.cpp" line="141"/>
        <source>the URL carries two different passwords (user:password@ and ?password=); keep one</source>
        <translation>die URL enthält zwei verschiedene Passwörter (user:password@ und ?password=); behalten Sie eines</translation>
    </message>
</context>
<context>
    <name>strata::SqlPreviewPanel</name>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="66"/>
        <source>Choose a revision and “Preview SQL” to see the SQL Alembic would run.</source>
        <translation>Wählen Sie eine Revision und „SQL vorschauen“, um das SQL zu sehen, das Alembic ausführen würde.</translation>
    </message>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="25"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="26"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="27"/>
        <source>Run Reviewed SQL…</source>
        <translation>Geprüftes SQL ausführen…</translation>
    </message>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="28"/>
        <source>Run exactly this script on the selected environment, statement by statement</source>
        <translation>Genau dieses Skript auf der gewählten Umgebung ausführen, Anweisung für Anweisung</translation>
    </message>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="32"/>
        <source>Rehearse…</source>
        <translation>Proben…</translation>
    </message>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="34"/>
        <source>Run this plan for real on the selected environment inside one transaction that is rolled back (PostgreSQL)</source>
        <translation>Diesen Plan wirklich auf der gewählten Umgebung in einer Transaktion ausführen, die zurückgerollt wird (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="91"/>
        <source>✖ Cannot succeed as it stands (a run is refused): %1</source>
        <translation>✖ Kann so nicht gelingen (ein Lauf wird verweigert): %1</translation>
    </message>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="98"/>
        <source>Lint: %1. The marked lines say what they lock and the safe way; the Findings tab lists them.</source>
        <translation>Lint: %1. Die markierten Zeilen sagen, was sie sperren und wie es sicher geht; der Tab „Befunde“ listet sie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="103"/>
        <source>✔ Lint: no findings in %n statement(s).</source>
        <translation>
            <numerusform>✔ Lint: keine Befunde in %n Anweisung.</numerusform>
            <numerusform>✔ Lint: keine Befunde in %n Anweisungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="107"/>
        <source>Table sizes from %1.</source>
        <translation>Tabellengrößen aus %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="109"/>
        <source>Lint: %1</source>
        <translation>Lint: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="159"/>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="165"/>
        <source>Save SQL</source>
        <translation>SQL speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="160"/>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL-Skripte (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/SqlPreviewPanel.cpp" line="165"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>strata::SqlScript</name>
    <message>
        <location filename="../src/core/run/SqlScript.cpp" line="162"/>
        <source>psql meta-command &apos;%1&apos; is not SQL; Strata runs plain SQL only</source>
        <translation>der psql-Metabefehl &apos;%1&apos; ist kein SQL; Strata führt nur reines SQL aus</translation>
    </message>
    <message>
        <location filename="../src/core/run/SqlScript.cpp" line="190"/>
        <source>unterminated %1 starting here</source>
        <translation>nicht abgeschlossener %1, der hier beginnt</translation>
    </message>
    <message>
        <location filename="../src/core/run/SqlScript.cpp" line="191"/>
        <source>dollar-quoted string</source>
        <translation>Dollar-String</translation>
    </message>
    <message>
        <location filename="../src/core/run/SqlScript.cpp" line="192"/>
        <source>quoted identifier</source>
        <translation>Bezeichner in Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>strata::TomlTable</name>
    <message>
        <location filename="../src/core/project/TomlTable.cpp" line="97"/>
        <source>bad escape at end of line in a string</source>
        <translation>fehlerhafte Escape-Sequenz am Zeilenende in einem String</translation>
    </message>
    <message>
        <location filename="../src/core/project/TomlTable.cpp" line="104"/>
        <source>bad \%1 escape in a string</source>
        <translation>fehlerhafte Escape-Sequenz \%1 in einem String</translation>
    </message>
    <message>
        <location filename="../src/core/project/TomlTable.cpp" line="111"/>
        <source>unknown escape &apos;\%1&apos; in a string</source>
        <translation>unbekannte Escape-Sequenz &apos;\%1&apos; in einem String</translation>
    </message>
    <message>
        <location filename="../src/core/project/TomlTable.cpp" line="118"/>
        <source>string is not closed</source>
        <translation>der String ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../src/core/project/TomlTable.cpp" line="137"/>
        <source>arrays nest more than %1 deep</source>
        <translation>Arrays sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../src/core/project/TomlTable.cpp" line="147"/>
        <source>array is not closed with &apos;]&apos;</source>
        <translation>das Array ist nicht mit &apos;]&apos; geschlossen</translation>
    </message>
    <message>
        <location filename="../src/core/project/TomlTable.cpp" line="158"/>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>&apos;,&apos; oder &apos;]&apos; im Array erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/project/TomlTable.cpp" line="178"/>
        <source>inline table is not closed with &apos;}&apos;</source>
        <translation>die Inline-Tabelle ist nicht mit &apos;}&apos; geschlossen</translation>
    </message>
    <message>
        <location filename="../src/core/project/TomlTable.cpp" line="196"/>
        <source>expected a value</source>
        <translation>ein Wert erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/project/TomlTable.cpp" line="220"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/project/TomlTable.cpp" line="223"/>
        <source>file is not valid UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../src/core/project/TomlTable.cpp" line="250"/>
        <source>table header is not closed</source>
        <translation>der Tabellenkopf ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../src/core/project/TomlTable.cpp" line="272"/>
        <source>expected &apos;key = value&apos;, found &quot;%1&quot;</source>
        <translation>&apos;Schlüssel = Wert&apos; erwartet, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/project/TomlTable.cpp" line="285"/>
        <source>unexpected text after the value of &apos;%1&apos;</source>
        <translation>unerwarteter Text nach dem Wert von &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/project/TomlTable.cpp" line="290"/>
        <source>key &apos;%1&apos; is defined twice in [%2]</source>
        <translation>der Schlüssel &apos;%1&apos; ist in [%2] zweimal definiert</translation>
    </message>
</context>
<context>
    <name>strata::Workspace</name>
    <message>
        <location filename="../src/core/services/Workspace.cpp" line="68"/>
        <source>no profile named &apos;%1&apos; (see &apos;strata-cli profiles list&apos;)</source>
        <translation>kein Profil namens &apos;%1&apos; (siehe &apos;strata-cli profiles list&apos;)</translation>
    </message>
    <message>
        <location filename="../src/core/services/Workspace.cpp" line="82"/>
        <source>no profiles for this project: add one with &apos;strata-cli profiles add&apos;</source>
        <translation>keine Profile für dieses Projekt: legen Sie eines mit &apos;strata-cli profiles add&apos; an</translation>
    </message>
    <message>
        <location filename="../src/core/services/Workspace.cpp" line="83"/>
        <source>say which database %1 works on with --profile (%2)</source>
        <translation>sagen Sie mit --profile, auf welcher Datenbank %1 arbeitet (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/services/Workspace.cpp" line="129"/>
        <source>the profile file is damaged and kept for repair; nothing was saved</source>
        <translation>die Profildatei ist beschädigt und wird zur Reparatur aufbewahrt; nichts wurde gespeichert</translation>
    </message>
    <message>
        <location filename="../src/core/services/Workspace.cpp" line="156"/>
        <source>the password for &apos;%1&apos; was NOT stored (%2); the profile is kept: set it again with &apos;strata-cli profiles set-password %1&apos;</source>
        <translation>das Passwort für &apos;%1&apos; wurde NICHT gespeichert (%2); das Profil bleibt erhalten: setzen Sie es erneut mit &apos;strata-cli profiles set-password %1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/services/Workspace.cpp" line="163"/>
        <source>password for &apos;%1&apos; stored in the keychain</source>
        <translation>Passwort für &apos;%1&apos; im Schlüsselbund gespeichert</translation>
    </message>
</context>
<context>
    <name>strata::WritePolicy</name>
    <message>
        <location filename="../src/core/connection/WritePolicy.cpp" line="87"/>
        <source>profile &apos;%1&apos; (production) reaches the same database</source>
        <translation>das Profil &apos;%1&apos; (Produktion) erreicht dieselbe Datenbank</translation>
    </message>
    <message>
        <location filename="../src/core/connection/WritePolicy.cpp" line="91"/>
        <source>profile &apos;%1&apos; (read-only) reaches the same database</source>
        <translation>das Profil &apos;%1&apos; (nur lesen) erreicht dieselbe Datenbank</translation>
    </message>
    <message>
        <location filename="../src/core/connection/WritePolicy.cpp" line="106"/>
        <source>&apos;%1&apos; is a production database. Type its name (%2) to continue: </source>
        <translation>&apos;%1&apos; ist eine Produktionsdatenbank. Tippen Sie ihren Namen (%2), um fortzufahren: </translation>
    </message>
    <message>
        <location filename="../src/core/connection/WritePolicy.cpp" line="113"/>
        <source>profile &apos;%1&apos; is read-only: Strata does not %2 on its database</source>
        <translation>das Profil &apos;%1&apos; ist schreibgeschützt: Strata schreibt nicht in seine Datenbank (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/connection/WritePolicy.cpp" line="116"/>
        <source>profile &apos;%1&apos; is production: type its database name &apos;%2&apos; to confirm (--confirm-database %2)</source>
        <translation>das Profil &apos;%1&apos; ist Produktion: tippen Sie zur Bestätigung seinen Datenbanknamen &apos;%2&apos; (--confirm-database %2)</translation>
    </message>
    <message>
        <location filename="../src/core/connection/WritePolicy.cpp" line="119"/>
        <source>profile &apos;%1&apos; is production and &apos;%2&apos; is not its database name; nothing was done</source>
        <translation>das Profil &apos;%1&apos; ist Produktion, und &apos;%2&apos; ist nicht sein Datenbankname; nichts wurde getan</translation>
    </message>
</context>
</TS>
