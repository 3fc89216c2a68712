<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Feedscope::ApiPageProtocol</name>
    <message>
        <source>event without an id</source>
        <translation>Ereignis ohne ID</translation>
    </message>
    <message>
        <source>event %1: fields is not a list</source>
        <translation>Ereignis %1: fields ist keine Liste</translation>
    </message>
    <message>
        <source>event %1: a field is not an object</source>
        <translation>Ereignis %1: ein Feld ist kein Objekt</translation>
    </message>
    <message>
        <source>page without an id</source>
        <translation>Seite ohne ID</translation>
    </message>
    <message>
        <source>binary frame</source>
        <translation>Binär-Frame</translation>
    </message>
    <message>
        <source>empty frame</source>
        <translation>leerer Frame</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no &quot;event&quot;</source>
        <translation>kein „event“</translation>
    </message>
    <message>
        <source>%1 without data</source>
        <translation>%1 ohne data</translation>
    </message>
    <message>
        <source>%1 without an id</source>
        <translation>%1 ohne ID</translation>
    </message>
    <message>
        <source>%1 without data.%2</source>
        <translation>%1 ohne data.%2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: no data list</source>
        <translation>%1: keine data-Liste</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: keine Daten</translation>
    </message>
    <message>
        <source>(field %1)</source>
        <translation>(Feld %1)</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n weiterer</numerusform>
            <numerusform>… %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::App</name>
    <message>
        <source>no command &quot;%1&quot; (commands: %2)</source>
        <translation>kein Befehl „%1“ (Befehle: %2)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (commands: %2)</source>
        <translation>unbekannter Befehl „%1“ (Befehle: %2)</translation>
    </message>
    <message>
        <source>--%1 needs a display (DISPLAY or WAYLAND_DISPLAY, or QT_QPA_PLATFORM=offscreen)</source>
        <translation>--%1 braucht eine Anzeige (DISPLAY oder WAYLAND_DISPLAY, oder QT_QPA_PLATFORM=offscreen)</translation>
    </message>
    <message>
        <source>A live monitor for WebSocket change feeds.</source>
        <translation>Ein Live-Monitor für WebSocket-Änderungsfeeds.</translation>
    </message>
    <message>
        <source>One of the commands below, or none for the app.</source>
        <translation>Einer der Befehle unten, oder keiner für die App.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Connect to a feed headless, print its changes, record frames, write the final state.</source>
        <translation>Headless mit einem Feed verbinden, seine Änderungen ausgeben, Frames aufzeichnen, den Endzustand schreiben.</translation>
    </message>
    <message>
        <source>Feed a recording or a transcript through the decoder, offline.</source>
        <translation>Eine Aufzeichnung oder ein Transkript offline durch den Decoder schicken.</translation>
    </message>
    <message>
        <source>Run the embedded test server alone, for other clients.</source>
        <translation>Den eingebauten Testserver allein starten, für andere Clients.</translation>
    </message>
    <message>
        <source>This help; &quot;help COMMAND&quot; shows that command&apos;s options.</source>
        <translation>Diese Hilfe; „help BEFEHL“ zeigt die Optionen des Befehls.</translation>
    </message>
    <message>
        <source>Without a display, a plain &quot;feedscope&quot; (or &quot;feedscope --demo&quot;) runs the headless demo.</source>
        <translation>Ohne Anzeige startet ein einfaches „feedscope“ (oder „feedscope --demo“) die Headless-Demo.</translation>
    </message>
    <message>
        <source>opening a recording needs a display; &quot;feedscope replay FILE&quot; reads one on the console</source>
        <translation>eine Aufzeichnung zu öffnen braucht eine Anzeige; „feedscope replay DATEI“ liest sie auf der Konsole</translation>
    </message>
    <message>
        <source>What changed in a recording between two moments, as JSON.</source>
        <translation>Was sich in einer Aufzeichnung zwischen zwei Zeitpunkten geändert hat, als JSON.</translation>
    </message>
    <message>
        <source>A recording&apos;s frames as JSON Lines, CSV or HAR.</source>
        <translation>Die Frames einer Aufzeichnung als JSON Lines, CSV oder HAR.</translation>
    </message>
    <message>
        <source>Show this help, with the commands, and exit.</source>
        <translation>Diese Hilfe mit den Befehlen zeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version zeigen und beenden.</translation>
    </message>
    <message>
        <source>Start the demo: the test server and a connection to each of its feeds. Without a display, the headless demo on the console.</source>
        <translation>Die Demo starten: den Testserver und eine Verbindung zu jedem seiner Feeds. Ohne Anzeige die Headless-Demo auf der Konsole.</translation>
    </message>
    <message>
        <source>Start the demo, check that live changes arrive on all feeds, exit (0 ok, 1 not).</source>
        <translation>Die Demo starten, prüfen, dass Live-Änderungen auf allen Feeds ankommen, beenden (0 gut, 1 nicht).</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to this PNG file.</source>
        <translation>Ein Bildschirmfoto des Fensters in diese PNG-Datei speichern.</translation>
    </message>
    <message>
        <source>Seconds to wait, once every feed is live, before the screenshot (default 4).</source>
        <translation>Sekunden, die gewartet wird, sobald jeder Feed live ist, vor dem Bildschirmfoto (Standard 4).</translation>
    </message>
    <message>
        <source>Use this INI file for the settings.</source>
        <translation>Diese INI-Datei für die Einstellungen verwenden.</translation>
    </message>
    <message>
        <source>Qt logging rules, e.g. &quot;feedscope.net.debug=true&quot;.</source>
        <translation>Qt-Logging-Regeln, z. B. „feedscope.net.debug=true“.</translation>
    </message>
</context>
<context>
    <name>Feedscope::BaserowProtocol</name>
    <message>
        <source>%1: missing or wrongly typed &quot;%2&quot;</source>
        <translation>%1: „%2“ fehlt oder hat den falschen Typ</translation>
    </message>
    <message>
        <source>workspace member without an id</source>
        <translation>Workspace-Mitglied ohne ID</translation>
    </message>
    <message>
        <source>workspace without an id</source>
        <translation>Workspace ohne ID</translation>
    </message>
    <message>
        <source>table without an id</source>
        <translation>Tabelle ohne ID</translation>
    </message>
    <message>
        <source>application without an id</source>
        <translation>Anwendung ohne ID</translation>
    </message>
    <message>
        <source>%1 without id or view</source>
        <translation>%1 ohne ID oder Ansicht</translation>
    </message>
    <message>
        <source>view without an id</source>
        <translation>Ansicht ohne ID</translation>
    </message>
    <message>
        <source>field without an id</source>
        <translation>Feld ohne ID</translation>
    </message>
    <message>
        <source>row without an id</source>
        <translation>Zeile ohne ID</translation>
    </message>
    <message>
        <source>row comment without id, table_id or row_id</source>
        <translation>Zeilenkommentar ohne id, table_id oder row_id</translation>
    </message>
    <message>
        <source>authentication refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>the server ended the session (force_disconnect: the password was changed)</source>
        <translation>der Server hat die Sitzung beendet (force_disconnect: das Passwort wurde geändert)</translation>
    </message>
    <message>
        <source>%1: a row is not an object</source>
        <translation>%1: eine Zeile ist kein Objekt</translation>
    </message>
    <message>
        <source>rows_deleted: a row id is not a number</source>
        <translation>rows_deleted: eine Zeilen-ID ist keine Zahl</translation>
    </message>
    <message>
        <source>binary frame: Baserow sends text frames only</source>
        <translation>Binär-Frame: Baserow sendet nur Text-Frames</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no &quot;type&quot;</source>
        <translation>kein „type“</translation>
    </message>
    <message>
        <source>authenticated, connection id %1</source>
        <translation>angemeldet, Verbindungs-ID %1</translation>
    </message>
    <message>
        <source>subscribed %1</source>
        <translation>abonniert: %1</translation>
    </message>
    <message>
        <source>unsubscribed %1</source>
        <translation>abbestellt: %1</translation>
    </message>
    <message numerus="yes">
        <source>table %1: %n row(s) created (%2)</source>
        <translation>
            <numerusform>Tabelle %1: %n Zeile angelegt (%2)</numerusform>
            <numerusform>Tabelle %1: %n Zeilen angelegt (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>table %1: %n row(s) updated (%2)</source>
        <translation>
            <numerusform>Tabelle %1: %n Zeile geändert (%2)</numerusform>
            <numerusform>Tabelle %1: %n Zeilen geändert (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>table %1: %n row(s) deleted (%2)</source>
        <translation>
            <numerusform>Tabelle %1: %n Zeile gelöscht (%2)</numerusform>
            <numerusform>Tabelle %1: %n Zeilen gelöscht (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>table %1 row %2: history entry</source>
        <translation>Tabelle %1 Zeile %2: Verlaufseintrag</translation>
    </message>
    <message>
        <source>table:ID, row:TABLE:ROW, view:SLUG[:TOKEN], dashboard:ID</source>
        <translation>table:ID, row:TABELLE:ZEILE, view:SLUG[:TOKEN], dashboard:ID</translation>
    </message>
    <message>
        <source>table:ID needs a positive number</source>
        <translation>table:ID braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>row:TABLE:ROW needs two positive numbers</source>
        <translation>row:TABELLE:ZEILE braucht zwei positive Zahlen</translation>
    </message>
    <message>
        <source>dashboard:ID needs a positive number</source>
        <translation>dashboard:ID braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>unknown subscription &quot;%1&quot;; use %2</source>
        <translation>unbekanntes Abonnement „%1“; verwenden Sie %2</translation>
    </message>
    <message>
        <source>Subscribe to a table</source>
        <translation>Eine Tabelle abonnieren</translation>
    </message>
    <message>
        <source>Unsubscribe from a table</source>
        <translation>Eine Tabelle abbestellen</translation>
    </message>
    <message>
        <source>Subscribe to a row</source>
        <translation>Eine Zeile abonnieren</translation>
    </message>
    <message>
        <source>Subscribe to a public view</source>
        <translation>Eine öffentliche Ansicht abonnieren</translation>
    </message>
    <message>
        <source>Subscribe to a dashboard</source>
        <translation>Ein Dashboard abonnieren</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1: kein JSON: %2</translation>
    </message>
    <message>
        <source>%1: expected a list</source>
        <translation>%1: Liste erwartet</translation>
    </message>
    <message>
        <source>%1: expected a page object</source>
        <translation>%1: Seitenobjekt erwartet</translation>
    </message>
    <message>
        <source>row snapshot capped at %1 rows</source>
        <translation>Zeilen-Snapshot auf %1 Zeilen begrenzt</translation>
    </message>
    <message>
        <source>Baserow answers page_add when it accepts a subscription and says nothing when it refuses one (no access, no such table or row): a subscription still pending after %1 s is shown as refused. The server can also discard a page by itself, e.g. when you lose access.</source>
        <translation>Baserow antwortet mit page_add, wenn es ein Abonnement annimmt, und schweigt, wenn es eines ablehnt (kein Zugriff, keine solche Tabelle oder Zeile): Ein Abonnement, das nach %1 s noch aussteht, wird als abgelehnt gezeigt. Der Server kann eine Seite auch von sich aus verwerfen, z. B. wenn Sie den Zugriff verlieren.</translation>
    </message>
    <message>
        <source>no page_add within %1 s: Baserow refuses silently (no access, or no such page)</source>
        <translation>kein page_add innerhalb von %1 s: Baserow lehnt stillschweigend ab (kein Zugriff oder keine solche Seite)</translation>
    </message>
    <message>
        <source>scheduled for deletion</source>
        <translation>zum Löschen vorgemerkt</translation>
    </message>
    <message>
        <source>%1 group</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
</context>
<context>
    <name>Feedscope::CertificateInfo</name>
    <message>
        <source>certificate of %1, issued by %2, SHA-256 %3 (%4)</source>
        <translation>Zertifikat von %1, ausgestellt von %2, SHA-256 %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Feedscope::CommandLine</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Explicit WebSocket URL (default: derived from --url).</source>
        <translation>Ausdrückliche WebSocket-URL (Standard: aus --url abgeleitet).</translation>
    </message>
    <message>
        <source>Origin header on the upgrade.</source>
        <translation>Origin-Header beim Upgrade.</translation>
    </message>
    <message>
        <source>Extra header on the upgrade, K:V (repeatable).</source>
        <translation>Zusätzlicher Header beim Upgrade, K:V (wiederholbar).</translation>
    </message>
    <message>
        <source>Do not load the initial state over REST.</source>
        <translation>Den Anfangszustand nicht über REST laden.</translation>
    </message>
    <message>
        <source>Ping interval and pong timeout in seconds, e.g. 30,10; 0 to switch off.</source>
        <translation>Ping-Intervall und Pong-Frist in Sekunden, z. B. 30,10; 0 schaltet ab.</translation>
    </message>
    <message>
        <source>Accept this certificate (SHA-256 fingerprint) despite TLS errors.</source>
        <translation>Dieses Zertifikat (SHA-256-Fingerabdruck) trotz TLS-Fehlern annehmen.</translation>
    </message>
    <message>
        <source>Largest frame accepted (default 16 MiB).</source>
        <translation>Größter angenommener Frame (Standard 16 MiB).</translation>
    </message>
    <message>
        <source>Qt logging rules, e.g. &quot;feedscope.net.debug=true&quot;.</source>
        <translation>Qt-Logging-Regeln, z. B. „feedscope.net.debug=true“.</translation>
    </message>
    <message>
        <source>--url is required</source>
        <translation>--url ist nötig</translation>
    </message>
    <message>
        <source>--url must be the backend&apos;s http(s) URL, e.g. http://localhost:8000</source>
        <translation>--url muss die http(s)-URL des Backends sein, z. B. http://localhost:8000</translation>
    </message>
    <message>
        <source>--header wants K:V, got &quot;%1&quot;</source>
        <translation>--header erwartet K:V, bekam „%1“</translation>
    </message>
    <message>
        <source>--max-frame-bytes wants a number of at least 1024</source>
        <translation>--max-frame-bytes erwartet eine Zahl von mindestens 1024</translation>
    </message>
    <message>
        <source>unexpected arguments: %1</source>
        <translation>unerwartete Argumente: %1</translation>
    </message>
    <message>
        <source>Connect to a feed, print what changes, write the final state.</source>
        <translation>Mit einem Feed verbinden, ausgeben, was sich ändert, den Endzustand schreiben.</translation>
    </message>
    <message>
        <source>the mode</source>
        <translation>der Modus</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>Nach so vielen Sekunden aufhören.</translation>
    </message>
    <message>
        <source>Stop after this many seconds without a frame.</source>
        <translation>Nach so vielen Sekunden ohne Frame aufhören.</translation>
    </message>
    <message>
        <source>What to print: changes, frames or none.</source>
        <translation>Was ausgegeben wird: changes, frames oder none.</translation>
    </message>
    <message>
        <source>Record frames to this JSON Lines file.</source>
        <translation>Frames in diese JSON-Lines-Datei aufzeichnen.</translation>
    </message>
    <message>
        <source>Write the final state to this JSON file.</source>
        <translation>Den Endzustand in diese JSON-Datei schreiben.</translation>
    </message>
    <message>
        <source>Give up after this many failed first attempts (default 3).</source>
        <translation>Nach so vielen gescheiterten ersten Versuchen aufgeben (Standard 3).</translation>
    </message>
    <message>
        <source>--print wants changes, frames or none</source>
        <translation>--print erwartet changes, frames oder none</translation>
    </message>
    <message>
        <source>--duration wants a positive number of seconds</source>
        <translation>--duration erwartet eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--idle wants a positive number of seconds</source>
        <translation>--idle erwartet eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--connect-attempts wants a positive number</source>
        <translation>--connect-attempts erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>What to print: changes or none.</source>
        <translation>Was ausgegeben wird: changes oder none.</translation>
    </message>
    <message>
        <source>Qt logging rules.</source>
        <translation>Qt-Logging-Regeln.</translation>
    </message>
    <message>
        <source>replay wants exactly one FILE</source>
        <translation>replay erwartet genau eine DATEI</translation>
    </message>
    <message>
        <source>--print wants changes or none</source>
        <translation>--print erwartet changes oder none</translation>
    </message>
    <message>
        <source>Run the embedded test server alone.</source>
        <translation>Den eingebauten Testserver allein starten.</translation>
    </message>
    <message>
        <source>Port (0: any free port; default 8765).</source>
        <translation>Port (0: irgendein freier Port; Standard 8765).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>Allow --bind to an address other machines can reach.</source>
        <translation>--bind an eine Adresse erlauben, die andere Rechner erreichen.</translation>
    </message>
    <message>
        <source>none, demo or flood (default none).</source>
        <translation>none, demo oder flood (Standard none).</translation>
    </message>
    <message>
        <source>Demo changes per second (default 5).</source>
        <translation>Demo-Änderungen pro Sekunde (Standard 5).</translation>
    </message>
    <message>
        <source>Seed of the scenario generator (default 1).</source>
        <translation>Startwert des Szenario-Generators (Standard 1).</translation>
    </message>
    <message>
        <source>JSON file of extra users (docs/test-server.md).</source>
        <translation>JSON-Datei mit zusätzlichen Benutzern (docs/test-server.md).</translation>
    </message>
    <message>
        <source>JSON file replacing the demo data (docs/test-server.md).</source>
        <translation>JSON-Datei, die die Demo-Daten ersetzt (docs/test-server.md).</translation>
    </message>
    <message>
        <source>Stop the flood after this many frames.</source>
        <translation>Die Flut nach so vielen Frames anhalten.</translation>
    </message>
    <message>
        <source>Add this many generated rows to the flood table.</source>
        <translation>So viele erzeugte Zeilen zur Flut-Tabelle hinzufügen.</translation>
    </message>
    <message>
        <source>Baserow access token life in seconds (default 600).</source>
        <translation>Lebensdauer des Baserow-Zugriffstokens in Sekunden (Standard 600).</translation>
    </message>
    <message>
        <source>Baserow refresh token life in seconds (default 604800).</source>
        <translation>Lebensdauer des Baserow-Refresh-Tokens in Sekunden (Standard 604800).</translation>
    </message>
    <message>
        <source>Baserow transport ping interval in ms (default 20000).</source>
        <translation>Ping-Intervall des Baserow-Transports in ms (Standard 20000).</translation>
    </message>
    <message>
        <source>Comma-separated Origin allow-list for ContentServer.</source>
        <translation>Kommagetrennte Origin-Erlaubnisliste für ContentServer.</translation>
    </message>
    <message>
        <source>ContentServer sends every readable change, no LISTEN needed.</source>
        <translation>ContentServer sendet jede lesbare Änderung, kein LISTEN nötig.</translation>
    </message>
    <message>
        <source>ContentServer sends no greeting on connect.</source>
        <translation>ContentServer sendet beim Verbinden keine Begrüßung.</translation>
    </message>
    <message>
        <source>Action string of removals (REMOVE or DELETE).</source>
        <translation>Aktionsname für Entfernungen (REMOVE oder DELETE).</translation>
    </message>
    <message>
        <source>&quot;API page&quot;: answer pings and close (the real server does not).</source>
        <translation>„API page“: Pings beantworten und schließen (der echte Server tut das nicht).</translation>
    </message>
    <message>
        <source>&quot;API page&quot; ping interval in ms (default 54000).</source>
        <translation>„API page“-Ping-Intervall in ms (Standard 54000).</translation>
    </message>
    <message>
        <source>Drop a connection with this probability per frame.</source>
        <translation>Eine Verbindung mit dieser Wahrscheinlichkeit pro Frame trennen.</translation>
    </message>
    <message>
        <source>Delay every frame by this many ms.</source>
        <translation>Jeden Frame um so viele ms verzögern.</translation>
    </message>
    <message>
        <source>Send a malformed frame with this probability per frame.</source>
        <translation>Einen fehlerhaften Frame mit dieser Wahrscheinlichkeit pro Frame senden.</translation>
    </message>
    <message>
        <source>Send a frame of unknown type with this probability per frame.</source>
        <translation>Einen Frame unbekannten Typs mit dieser Wahrscheinlichkeit pro Frame senden.</translation>
    </message>
    <message>
        <source>Send a 17 MiB frame with this probability per frame.</source>
        <translation>Einen 17-MiB-Frame mit dieser Wahrscheinlichkeit pro Frame senden.</translation>
    </message>
    <message>
        <source>Issue access tokens that expire after 5 s.</source>
        <translation>Zugriffstokens ausgeben, die nach 5 s ablaufen.</translation>
    </message>
    <message>
        <source>--port wants 0 to 65535</source>
        <translation>--port erwartet 0 bis 65535</translation>
    </message>
    <message>
        <source>--bind wants an IP address</source>
        <translation>--bind erwartet eine IP-Adresse</translation>
    </message>
    <message>
        <source>--bind %1 makes the server reachable from other machines; add --allow-remote if you mean it</source>
        <translation>--bind %1 macht den Server für andere Rechner erreichbar; fügen Sie --allow-remote hinzu, wenn Sie das wollen</translation>
    </message>
    <message>
        <source>--scenario wants none, demo or flood</source>
        <translation>--scenario erwartet none, demo oder flood</translation>
    </message>
    <message>
        <source>--rate wants a positive number</source>
        <translation>--rate erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>--seed wants a non-negative integer</source>
        <translation>--seed erwartet eine nicht negative ganze Zahl</translation>
    </message>
    <message>
        <source>--%1 wants a probability between 0 and 1</source>
        <translation>--%1 erwartet eine Wahrscheinlichkeit zwischen 0 und 1</translation>
    </message>
    <message>
        <source>Frames the message log keeps; older ones are dropped and counted (default 1000000).</source>
        <translation>Frames, die das Nachrichtenlog behält; ältere werden verworfen und gezählt (Standard 1000000).</translation>
    </message>
    <message>
        <source>Bytes of frames the message log keeps (default 1 GiB).</source>
        <translation>Bytes an Frames, die das Nachrichtenlog behält (Standard 1 GiB).</translation>
    </message>
    <message>
        <source>Previous versions kept per entity (default 50).</source>
        <translation>Frühere Versionen pro Entität (Standard 50).</translation>
    </message>
    <message>
        <source>Previous versions kept in all (default 500000).</source>
        <translation>Frühere Versionen insgesamt (Standard 500000).</translation>
    </message>
    <message>
        <source>--%1 wants a non-negative number</source>
        <translation>--%1 erwartet eine nicht negative Zahl</translation>
    </message>
    <message>
        <source>At the end, print throughput (first to last frame) and memory figures.</source>
        <translation>Am Ende Durchsatz (erster bis letzter Frame) und Speicherzahlen ausgeben.</translation>
    </message>
    <message>
        <source>Flood frames per second (default: as fast as the client reads).</source>
        <translation>Flut-Frames pro Sekunde (Standard: so schnell, wie der Client liest).</translation>
    </message>
    <message>
        <source>--flood-rate wants a positive number</source>
        <translation>--flood-rate erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>Start the flood this many seconds after its table has a subscriber.</source>
        <translation>Die Flut so viele Sekunden, nachdem ihre Tabelle einen Abonnenten hat, starten.</translation>
    </message>
    <message>
        <source>--flood-delay wants a number of seconds</source>
        <translation>--flood-delay erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>Feed: %1 (default %2).</source>
        <translation>Feed: %1 (Standard %2).</translation>
    </message>
    <message>
        <source>The backend&apos;s http(s) URL (a feed addressed by its WebSocket: the ws(s) URL).</source>
        <translation>Die http(s)-URL des Backends (ein Feed, der über seinen WebSocket angesprochen wird: die ws(s)-URL).</translation>
    </message>
    <message>
        <source>File whose first line is the password (- for stdin); or FEEDSCOPE_PASSWORD.</source>
        <translation>Datei, deren erste Zeile das Passwort ist (- für stdin); oder FEEDSCOPE_PASSWORD.</translation>
    </message>
    <message>
        <source>Subscribe (repeatable): table:ID, row:TABLE:ROW, view:SLUG[:TOKEN], dashboard:ID on Baserow; a path on ContentServer; a query on GraphQL.</source>
        <translation>Abonnieren (wiederholbar): table:ID, row:TABELLE:ZEILE, view:SLUG[:TOKEN], dashboard:ID bei Baserow; ein Pfad bei ContentServer; eine Abfrage bei GraphQL.</translation>
    </message>
    <message>
        <source>Proxy for the WebSocket: system (default), none, http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>Proxy für den WebSocket: system (Standard), none, http://HOST:PORT oder socks5://HOST:PORT.</translation>
    </message>
    <message>
        <source>File whose first line is the --%1 value (- for stdin); or %2 in the environment. Safer than --%1.</source>
        <translation>Datei, deren erste Zeile der Wert von --%1 ist (- für stdin); oder %2 in der Umgebung. Sicherer als --%1.</translation>
    </message>
    <message>
        <source>feedscope: warning: --%1 on the command line can be read by other users of this machine; prefer --%1-file or %2</source>
        <translation>feedscope: Warnung: --%1 auf der Befehlszeile können andere Benutzer dieses Rechners lesen; besser --%1-file oder %2</translation>
    </message>
    <message>
        <source>unknown feed &quot;%1&quot; (%2)</source>
        <translation>unbekannter Feed „%1“ (%2)</translation>
    </message>
    <message>
        <source>the %1 feed needs a ws:// or wss:// URL</source>
        <translation>der Feed %1 braucht eine ws://- oder wss://-URL</translation>
    </message>
    <message>
        <source>The feeds to imitate, comma-separated: %1, or all (default all).</source>
        <translation>Die nachzuahmenden Feeds, kommagetrennt: %1, oder all (Standard all).</translation>
    </message>
    <message>
        <source>What the flood updates: the Baserow table (default 100).</source>
        <translation>Was die Flut ändert: die Baserow-Tabelle (Standard 100).</translation>
    </message>
    <message>
        <source>Key the imitations sign tokens with (default: one kept in the app&apos;s data folder, so tokens survive a restart).</source>
        <translation>Schlüssel, mit dem die Nachahmungen Tokens signieren (Standard: einer im Datenordner der App, damit Tokens einen Neustart überstehen).</translation>
    </message>
    <message>
        <source>--feed wants %1 or all</source>
        <translation>--feed erwartet %1 oder all</translation>
    </message>
    <message>
        <source>--secret wants at least 16 characters</source>
        <translation>--secret erwartet mindestens 16 Zeichen</translation>
    </message>
    <message>
        <source>%1 has no header naming its feed: give --feed (%2)</source>
        <translation>%1 hat keinen Kopf, der seinen Feed nennt: geben Sie --feed an (%2)</translation>
    </message>
    <message>
        <source>Feed a recording (or a transcript) through the decoder and store, up to a moment.</source>
        <translation>Eine Aufzeichnung (oder ein Transkript) bis zu einem Zeitpunkt durch Decoder und Speicher schicken.</translation>
    </message>
    <message>
        <source>a recording (.jsonl or .jsonl.gz, docs/recording-format.md) or a fixture transcript ({dir,msg} lines)</source>
        <translation>eine Aufzeichnung (.jsonl oder .jsonl.gz, docs/recording-format.md) oder ein Fixture-Transkript ({dir,msg}-Zeilen)</translation>
    </message>
    <message>
        <source>Feed of a file without a header: %1.</source>
        <translation>Feed einer Datei ohne Kopf: %1.</translation>
    </message>
    <message>
        <source>Stop after this frame (its number, as the log shows it) or at this ISO time; the state is the one at that moment.</source>
        <translation>Nach diesem Frame (seiner Nummer, wie das Log sie zeigt) oder zu dieser ISO-Zeit aufhören; der Zustand ist der zu diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>Write the state to this JSON file.</source>
        <translation>Den Zustand in diese JSON-Datei schreiben.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 wants exactly one FILE</source>
        <translation>%1 erwartet genau eine DATEI</translation>
    </message>
    <message>
        <source>What changed in a recording between two moments: the entities created, deleted and changed, each with its members old → new, as JSON.</source>
        <translation>Was sich in einer Aufzeichnung zwischen zwei Zeitpunkten geändert hat: die angelegten, gelöschten und geänderten Entitäten, jede mit ihren Mitgliedern alt → neu, als JSON.</translation>
    </message>
    <message>
        <source>a recording (.jsonl or .jsonl.gz)</source>
        <translation>eine Aufzeichnung (.jsonl oder .jsonl.gz)</translation>
    </message>
    <message>
        <source>The earlier moment: a frame&apos;s number (as the log shows it, the state after it), an ISO time, or start (default).</source>
        <translation>Der frühere Zeitpunkt: die Nummer eines Frames (wie das Log sie zeigt, der Zustand danach), eine ISO-Zeit oder start (Standard).</translation>
    </message>
    <message>
        <source>The later moment, the same way, or end (default).</source>
        <translation>Der spätere Zeitpunkt, ebenso, oder end (Standard).</translation>
    </message>
    <message>
        <source>Only entities of this kind (row, table, …).</source>
        <translation>Nur Entitäten dieser Art (row, table, …).</translation>
    </message>
    <message>
        <source>Write to this file, not standard output.</source>
        <translation>In diese Datei schreiben, nicht auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>A recording&apos;s frames as JSON Lines, CSV or HAR 1.2 (Chrome DevTools opens it), secrets masked.</source>
        <translation>Die Frames einer Aufzeichnung als JSON Lines, CSV oder HAR 1.2 (Chrome DevTools öffnet es), Geheimnisse maskiert.</translation>
    </message>
    <message>
        <source>jsonl, csv or har.</source>
        <translation>jsonl, csv oder har.</translation>
    </message>
    <message>
        <source>The first frame to export (its number or an ISO time; default: the first).</source>
        <translation>Der erste zu exportierende Frame (seine Nummer oder eine ISO-Zeit; Standard: der erste).</translation>
    </message>
    <message>
        <source>The last frame to export (its number or an ISO time; default: the last).</source>
        <translation>Der letzte zu exportierende Frame (seine Nummer oder eine ISO-Zeit; Standard: der letzte).</translation>
    </message>
    <message>
        <source>--format wants jsonl, csv or har</source>
        <translation>--format erwartet jsonl, csv oder har</translation>
    </message>
    <message>
        <source>no frame between those moments</source>
        <translation>kein Frame zwischen diesen Zeitpunkten</translation>
    </message>
    <message>
        <source>Serve this recording instead of the imitations: its frames, with their timing, to every client on the recorded feed&apos;s path, and its REST answers (docs/recording-format.md).</source>
        <translation>Diese Aufzeichnung statt der Nachahmungen ausliefern: ihre Frames mit ihrem Zeitablauf an jeden Client auf dem Pfad des aufgezeichneten Feeds, und ihre REST-Antworten (docs/recording-format.md).</translation>
    </message>
    <message>
        <source>With --replay: how much faster than recorded (default 1).</source>
        <translation>Mit --replay: wie viel schneller als aufgezeichnet (Standard 1).</translation>
    </message>
    <message>
        <source>--speed wants a number above 0</source>
        <translation>--speed erwartet eine Zahl über 0</translation>
    </message>
    <message>
        <source>cannot serve %1: %2</source>
        <translation>%1 kann nicht ausgeliefert werden: %2</translation>
    </message>
    <message>
        <source>--speed goes with --replay</source>
        <translation>--speed gehört zu --replay</translation>
    </message>
    <message numerus="yes">
        <source>flood finished: %n frame(s) sent</source>
        <translation>
            <numerusform>Flut beendet: %n Frame gesendet</numerusform>
            <numerusform>Flut beendet: %n Frames gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n frame(s)</source>
        <translation>
            <numerusform>angehalten nach %n Frame</numerusform>
            <numerusform>angehalten nach %n Frames</numerusform>
        </translation>
    </message>
    <message>
        <source>--email needs --password-file (or FEEDSCOPE_PASSWORD)</source>
        <translation>--email braucht --password-file (oder FEEDSCOPE_PASSWORD)</translation>
    </message>
    <message>
        <source>Baserow needs --token, --email with --password-file, or --anonymous</source>
        <translation>Baserow braucht --token, --email mit --password-file oder --anonymous</translation>
    </message>
    <message>
        <source>--row-snapshot-cap wants a non-negative number</source>
        <translation>--row-snapshot-cap erwartet eine nicht negative Zahl</translation>
    </message>
    <message>
        <source>Baserow e-mail to log in with.</source>
        <translation>Baserow-E-Mail-Adresse für die Anmeldung.</translation>
    </message>
    <message>
        <source>Baserow access token, used as given.</source>
        <translation>Baserow-Zugriffstoken, so verwendet, wie angegeben.</translation>
    </message>
    <message>
        <source>Baserow: connect as anonymous (public views).</source>
        <translation>Baserow: anonym verbinden (öffentliche Ansichten).</translation>
    </message>
    <message>
        <source>Baserow: rows loaded over REST per table (default 10000).</source>
        <translation>Baserow: pro Tabelle über REST geladene Zeilen (Standard 10000).</translation>
    </message>
    <message>
        <source>--jwt - needs --user and --password-file to fetch a token</source>
        <translation>--jwt - braucht --user und --password-file, um ein Token zu holen</translation>
    </message>
    <message>
        <source>ContentServer user name (Basic, or to fetch a JWT).</source>
        <translation>ContentServer-Benutzername (Basic, oder um ein JWT zu holen).</translation>
    </message>
    <message>
        <source>ContentServer: Authorization: Jwt with this token, or fetch one with --user (give - to fetch).</source>
        <translation>ContentServer: Authorization: Jwt mit diesem Token, oder eines mit --user holen (- angeben, um zu holen).</translation>
    </message>
    <message>
        <source>ContentServer: Cookie header value.</source>
        <translation>ContentServer: Wert des Cookie-Headers.</translation>
    </message>
    <message>
        <source>ContentServer: listen to a path (repeatable; as --subscribe).</source>
        <translation>ContentServer: einen Pfad abhören (wiederholbar; wie --subscribe).</translation>
    </message>
    <message>
        <source>ContentServer subscribe frame with ${path} and ${id}; empty: none.</source>
        <translation>ContentServer-Abonnier-Frame mit ${path} und ${id}; leer: keiner.</translation>
    </message>
    <message>
        <source>ContentServer unsubscribe frame.</source>
        <translation>ContentServer-Abbestell-Frame.</translation>
    </message>
    <message>
        <source>--%1 wants a JSON object</source>
        <translation>--%1 erwartet ein JSON-Objekt</translation>
    </message>
    <message>
        <source>GraphQL: the token connection_init carries.</source>
        <translation>GraphQL: das Token, das connection_init trägt.</translation>
    </message>
    <message>
        <source>GraphQL: connection_init&apos;s payload, a JSON object (${token} is replaced).</source>
        <translation>GraphQL: die Nutzdaten von connection_init, ein JSON-Objekt (${token} wird ersetzt).</translation>
    </message>
    <message>
        <source>GraphQL: variables for every --subscribe, a JSON object.</source>
        <translation>GraphQL: Variablen für jedes --subscribe, ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Raw feed: count messages by this key.</source>
        <translation>Raw-Feed: Nachrichten nach diesem Schlüssel zählen.</translation>
    </message>
    <message>
        <source>Show this command&apos;s options and exit.</source>
        <translation>Die Optionen dieses Befehls zeigen und beenden.</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are unset); running the headless demo instead. Press Ctrl+C to stop.</source>
        <translation>keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); stattdessen läuft die Headless-Demo. Mit Strg+C beenden.</translation>
    </message>
    <message>
        <source>cannot start the demo server: %1</source>
        <translation>der Demo-Server kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <comment>the headless demo&apos;s line for a feed: its name, its state, &quot;12 messages&quot;, &quot;30 entities&quot;</comment>
        <translation>%1: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entit(ies)</source>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot start the server: %1</source>
        <translation>der Server kann nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>Feedscope::ContentServerProtocol</name>
    <message>
        <source>a path %1 folders deep (the limit is %2)</source>
        <translation>ein Pfad, %1 Ordner tief (die Grenze ist %2)</translation>
    </message>
    <message>
        <source>a path of %1 characters (the limit is %2)</source>
        <translation>ein Pfad mit %1 Zeichen (die Grenze ist %2)</translation>
    </message>
    <message>
        <source>binary frame</source>
        <translation>Binär-Frame</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 without a path</source>
        <translation>%1 ohne Pfad</translation>
    </message>
    <message>
        <source>unknown action %1</source>
        <translation>unbekannte Aktion %1</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 of %2 without an entry</source>
        <translation>%1 von %2 ohne Eintrag</translation>
    </message>
    <message>
        <source>neither action nor statusCode</source>
        <translation>weder action noch statusCode</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source> (with content)</source>
        <translation> (mit Inhalt)</translation>
    </message>
    <message>
        <source>a directory path, e.g. /ui/dashboards (assumed LISTEN/UNLISTEN protocol)</source>
        <translation>ein Ordnerpfad, z. B. /ui/dashboards (angenommenes LISTEN/UNLISTEN-Protokoll)</translation>
    </message>
    <message>
        <source>a path is needed, e.g. /ui/dashboards</source>
        <translation>ein Pfad ist nötig, z. B. /ui/dashboards</translation>
    </message>
    <message>
        <source>Listen to a folder</source>
        <translation>Einen Ordner abhören</translation>
    </message>
    <message>
        <source>Stop listening to a folder</source>
        <translation>Einen Ordner nicht mehr abhören</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1: kein JSON: %2</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: keine Daten</translation>
    </message>
    <message>
        <source>ContentServer&apos;s subscription messages are not public: Feedscope sends an assumed LISTEN/UNLISTEN protocol (configurable per connection, or none when the server streams everything).</source>
        <translation>Die Abonnement-Nachrichten von ContentServer sind nicht öffentlich: Feedscope sendet ein angenommenes LISTEN/UNLISTEN-Protokoll (pro Verbindung einstellbar, oder keines, wenn der Server alles streamt).</translation>
    </message>
</context>
<context>
    <name>Feedscope::Feed</name>
    <message>
        <source>API page</source>
        <translation>API page</translation>
    </message>
    <message>
        <source>http(s)://host:port (the API page backend&apos;s URL)</source>
        <translation>http(s)://host:port (die URL des API-page-Backends)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Baserow</source>
        <translation>Baserow</translation>
    </message>
    <message>
        <source>http(s)://your-baserow (the backend&apos;s URL)</source>
        <translation>http(s)://ihr-baserow (die URL des Backends)</translation>
    </message>
    <message>
        <source>E-mail and password</source>
        <translation>E-Mail und Passwort</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Anonymous (public views only)</source>
        <translation>Anonym (nur öffentliche Ansichten)</translation>
    </message>
    <message>
        <source>table:ID, row:TABLE:ROW, view:SLUG, dashboard:ID — comma-separated</source>
        <translation>table:ID, row:TABELLE:ZEILE, view:SLUG, dashboard:ID — kommagetrennt</translation>
    </message>
    <message>
        <source>Rows loaded per table</source>
        <translation>Geladene Zeilen pro Tabelle</translation>
    </message>
    <message>
        <source>rows of each table loaded over REST (default 10000)</source>
        <translation>über REST geladene Zeilen jeder Tabelle (Standard 10000)</translation>
    </message>
    <message>
        <source>ContentServer</source>
        <translation>ContentServer</translation>
    </message>
    <message>
        <source>http(s)://host:port (the Atoti server&apos;s URL)</source>
        <translation>http(s)://host:port (die URL des Atoti-Servers)</translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <translation>Basic (Benutzer und Passwort)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>JWT (given, or fetched with the user and password)</source>
        <translation>JWT (angegeben, oder mit Benutzer und Passwort geholt)</translation>
    </message>
    <message>
        <source>Session cookie</source>
        <translation>Sitzungs-Cookie</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>paths to listen to, e.g. /ui/dashboards — comma-separated</source>
        <translation>abzuhörende Pfade, z. B. /ui/dashboards — kommagetrennt</translation>
    </message>
    <message>
        <source>Subscribe frame</source>
        <translation>Abonnier-Frame</translation>
    </message>
    <message>
        <source>${path} and ${id} are filled in; empty: none, the server streams everything</source>
        <translation>${path} und ${id} werden eingesetzt; leer: keiner, der Server streamt alles</translation>
    </message>
    <message>
        <source>Unsubscribe frame</source>
        <translation>Abbestell-Frame</translation>
    </message>
    <message>
        <source>${path} and ${id} are filled in</source>
        <translation>${path} und ${id} werden eingesetzt</translation>
    </message>
    <message>
        <source>GraphQL</source>
        <translation>GraphQL</translation>
    </message>
    <message>
        <source>ws(s)://host/graphql (graphql-transport-ws)</source>
        <translation>ws(s)://host/graphql (graphql-transport-ws)</translation>
    </message>
    <message>
        <source>Token in connection_init</source>
        <translation>Token in connection_init</translation>
    </message>
    <message>
        <source>subscription { prices { id symbol price } }</source>
        <translation>subscription { prices { id symbol price } }</translation>
    </message>
    <message>
        <source>connection_init payload</source>
        <translation>Nutzdaten von connection_init</translation>
    </message>
    <message>
        <source>JSON; ${token} is the token (default with a token: {&quot;Authorization&quot;:&quot;Bearer ${token}&quot;})</source>
        <translation>JSON; ${token} ist das Token (Standard mit Token: {&quot;Authorization&quot;:&quot;Bearer ${token}&quot;})</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>JSON object, for subscriptions that give none</source>
        <translation>JSON-Objekt, für Abonnements, die keine angeben</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Rohes JSON</translation>
    </message>
    <message>
        <source>ws(s)://host/path (any WebSocket)</source>
        <translation>ws(s)://host/pfad (jeder WebSocket)</translation>
    </message>
    <message>
        <source>Statistics key</source>
        <translation>Statistikschlüssel</translation>
    </message>
    <message>
        <source>count messages by this member (default: type, event or action)</source>
        <translation>Nachrichten nach diesem Mitglied zählen (Standard: type, event oder action)</translation>
    </message>
    <message>
        <source>%1 demo</source>
        <translation>%1-Demo</translation>
    </message>
</context>
<context>
    <name>Feedscope::FeedConnection</name>
    <message>
        <source>TLS certificate refused: %1</source>
        <translation>TLS-Zertifikat abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server accepted the connection but did not complete the WebSocket upgrade within %1 s</source>
        <translation>der Server hat die Verbindung angenommen, das WebSocket-Upgrade aber nicht innerhalb von %1 s abgeschlossen</translation>
    </message>
    <message>
        <source>no answer from the server within %1 s</source>
        <translation>keine Antwort vom Server innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the server does not read what it is sent (%1 KiB unsent, the limit is %2 KiB; a flood of pings?); connection closed</source>
        <translation>der Server liest nicht, was ihm gesendet wird (%1 KiB ungesendet, die Grenze ist %2 KiB; eine Ping-Flut?); Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the server refused the credentials (HTTP 401 Unauthorized)</source>
        <translation>der Server hat die Zugangsdaten abgelehnt (HTTP 401 Unauthorized)</translation>
    </message>
    <message>
        <source>the server refused access (HTTP 403 Forbidden)</source>
        <translation>der Server hat den Zugriff verweigert (HTTP 403 Forbidden)</translation>
    </message>
    <message>
        <source>the server refused the upgrade (HTTP %1)</source>
        <translation>der Server hat das Upgrade abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>the WebSocket upgrade failed: %1</source>
        <translation>das WebSocket-Upgrade ist gescheitert: %1</translation>
    </message>
    <message>
        <source>the proxy failed (%1): %2</source>
        <translation>der Proxy ist gescheitert (%1): %2</translation>
    </message>
    <message>
        <source>the system&apos;s proxy</source>
        <translation>der Proxy des Systems</translation>
    </message>
    <message>
        <source>the connection ended before the WebSocket upgrade completed</source>
        <translation>die Verbindung endete, bevor das WebSocket-Upgrade abgeschlossen war</translation>
    </message>
    <message>
        <source>the server closed the connection (code %1%2)</source>
        <translation>der Server hat die Verbindung geschlossen (Code %1%2)</translation>
    </message>
    <message>
        <source>a frame exceeded the limit of %1 bytes; connection closed</source>
        <translation>ein Frame hat die Grenze von %1 Bytes überschritten; Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the WebSocket protocol was broken (code %1, %2); connection closed</source>
        <translation>das WebSocket-Protokoll wurde verletzt (Code %1, %2); Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the connection was lost (code %1%2)</source>
        <translation>die Verbindung ist abgebrochen (Code %1%2)</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n attempt(s)</source>
        <translation>
            <numerusform>nach %n Versuch aufgegeben</numerusform>
            <numerusform>nach %n Versuchen aufgegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>no pong within %1 ms; the connection is considered dead</source>
        <translation>kein Pong innerhalb von %1 ms; die Verbindung gilt als tot</translation>
    </message>
</context>
<context>
    <name>Feedscope::FeedDriver</name>
    <message>
        <source>the access token has expired; paste a new one</source>
        <translation>das Zugriffstoken ist abgelaufen; fügen Sie ein neues ein</translation>
    </message>
    <message>
        <source>an e-mail and a password are needed to log in</source>
        <translation>zum Anmelden sind eine E-Mail-Adresse und ein Passwort nötig</translation>
    </message>
    <message>
        <source>Logging in to %1 as %2</source>
        <translation>Anmeldung bei %1 als %2</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>login answer without an access token</source>
        <translation>Anmeldeantwort ohne Zugriffstoken</translation>
    </message>
    <message>
        <source>cannot reach the server: %1</source>
        <translation>der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>login failed: %1</source>
        <translation>Anmeldung gescheitert: %1</translation>
    </message>
    <message>
        <source>login refused (%1)</source>
        <translation>Anmeldung abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Refreshing the access token</source>
        <translation>Das Zugriffstoken wird erneuert</translation>
    </message>
    <message>
        <source>Access token refreshed</source>
        <translation>Zugriffstoken erneuert</translation>
    </message>
    <message>
        <source>the token refresh was refused (%1)</source>
        <translation>die Erneuerung des Tokens wurde abgelehnt (%1)</translation>
    </message>
    <message>
        <source>the JWT has expired</source>
        <translation>das JWT ist abgelaufen</translation>
    </message>
    <message>
        <source>the JWT has expired and no user name is set to fetch a new one</source>
        <translation>das JWT ist abgelaufen und kein Benutzername ist gesetzt, um ein neues zu holen</translation>
    </message>
    <message>
        <source>Fetching a JWT from %1 as %2</source>
        <translation>Ein JWT wird von %1 als %2 geholt</translation>
    </message>
    <message>
        <source>Got a JWT</source>
        <translation>JWT erhalten</translation>
    </message>
    <message>
        <source>the token service answered without data.token</source>
        <translation>der Token-Dienst antwortete ohne data.token</translation>
    </message>
    <message>
        <source>fetching a JWT failed (%1)</source>
        <translation>das Holen eines JWT ist gescheitert (%1)</translation>
    </message>
    <message>
        <source>%1; the token holds until %2</source>
        <translation>%1; das Token gilt bis %2</translation>
    </message>
</context>
<context>
    <name>Feedscope::FeedProtocol</name>
    <message>
        <source>this feed has no subscriptions</source>
        <translation>dieser Feed hat keine Abonnements</translation>
    </message>
    <message>
        <source>This feed has no subscriptions: the server sends everything to every client.</source>
        <translation>Dieser Feed hat keine Abonnements: Der Server sendet alles an jeden Client.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>Feedscope::FeedSession</name>
    <message>
        <source>No longer subscribed to %1</source>
        <translation>Nicht mehr abonniert: %1</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Untätig</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbindet neu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gescheitert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s (attempt %2)</source>
        <translation>Neue Verbindung in %1 s (Versuch %2)</translation>
    </message>
    <message>
        <source>Authenticated by the feed</source>
        <translation>Vom Feed angemeldet</translation>
    </message>
    <message>
        <source>Authenticated by the feed, connection id %1</source>
        <translation>Vom Feed angemeldet, Verbindungs-ID %1</translation>
    </message>
    <message>
        <source>authentication refused by the server</source>
        <translation>Anmeldung vom Server abgelehnt</translation>
    </message>
    <message>
        <source>%1: the saved token was refused, logging in again</source>
        <translation>%1: das gespeicherte Token wurde abgelehnt, neue Anmeldung</translation>
    </message>
    <message>
        <source>discarded by the server (access lost?)</source>
        <translation>vom Server verworfen (Zugriff verloren?)</translation>
    </message>
    <message>
        <source>the server discarded the subscription %1</source>
        <translation>der Server hat das Abonnement %1 verworfen</translation>
    </message>
    <message>
        <source>completed by the server</source>
        <translation>vom Server abgeschlossen</translation>
    </message>
    <message>
        <source>server error %1: %2</source>
        <translation>Serverfehler %1: %2</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>Frame %1: %2</translation>
    </message>
    <message>
        <source>no REST session: the snapshot cannot be loaded</source>
        <translation>keine REST-Sitzung: der Snapshot kann nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <source>Loading the snapshot: %n REST call(s)</source>
        <translation>
            <numerusform>Snapshot wird geladen: %n REST-Aufruf</numerusform>
            <numerusform>Snapshot wird geladen: %n REST-Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>snapshot %1 failed: %2</source>
        <translation>Snapshot %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>snapshot: %1</source>
        <translation>Snapshot: %1</translation>
    </message>
    <message>
        <source>the snapshot needed more than %1 REST calls: stopped there, incomplete</source>
        <translation>der Snapshot brauchte mehr als %1 REST-Aufrufe: dort angehalten, unvollständig</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot loaded: %n change(s)</source>
        <translation>
            <numerusform>Snapshot geladen: %n Änderung</numerusform>
            <numerusform>Snapshot geladen: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot incomplete: %1</source>
        <translation>Snapshot unvollständig: %1</translation>
    </message>
    <message>
        <source>normal closure</source>
        <translation>normales Schließen</translation>
    </message>
    <message>
        <source>going away</source>
        <translation>geht weg</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>unsupported data</source>
        <translation>nicht unterstützte Daten</translation>
    </message>
    <message>
        <source>no code given</source>
        <translation>kein Code angegeben</translation>
    </message>
    <message>
        <source>abnormal closure, no Close frame</source>
        <translation>abnormales Schließen, kein Close-Frame</translation>
    </message>
    <message>
        <source>invalid payload</source>
        <translation>ungültige Nutzdaten</translation>
    </message>
    <message>
        <source>policy violation</source>
        <translation>Richtlinienverstoß</translation>
    </message>
    <message>
        <source>message too big</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>extension required</source>
        <translation>Erweiterung erforderlich</translation>
    </message>
    <message>
        <source>internal server error</source>
        <translation>interner Serverfehler</translation>
    </message>
    <message>
        <source>service restart</source>
        <translation>Dienst startet neu</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>später erneut versuchen</translation>
    </message>
    <message>
        <source>application code</source>
        <translation>Anwendungscode</translation>
    </message>
    <message>
        <source>Connecting to %1 (attempt %2)</source>
        <translation>Verbinde mit %1 (Versuch %2)</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Connected to %1, subprotocol %2</source>
        <translation>Verbunden mit %1, Subprotokoll %2</translation>
    </message>
    <message>
        <source>Disconnected (code %1)</source>
        <translation>Getrennt (Code %1)</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Geschlossen: %1</translation>
    </message>
    <message>
        <source>Closed by the server, code %1</source>
        <translation>Vom Server geschlossen, Code %1</translation>
    </message>
    <message>
        <source>Closed by the server, code %1 (%2)</source>
        <translation>Vom Server geschlossen, Code %1 (%2)</translation>
    </message>
    <message>
        <source>Subscribing to %1 again</source>
        <translation>Abonniere %1 erneut</translation>
    </message>
    <message>
        <source>Subscribing to %1</source>
        <translation>Abonniere %1</translation>
    </message>
    <message>
        <source>Subscribed to %1</source>
        <translation>%1 abonniert</translation>
    </message>
    <message>
        <source>Subscription to %1 refused</source>
        <translation>Abonnement von %1 abgelehnt</translation>
    </message>
    <message>
        <source>Subscription to %1 discarded</source>
        <translation>Abonnement von %1 verworfen</translation>
    </message>
    <message>
        <source>Subscription to %1 ended</source>
        <translation>Abonnement von %1 beendet</translation>
    </message>
    <message>
        <source>Unsubscribing from %1</source>
        <translation>Bestelle %1 ab</translation>
    </message>
    <message>
        <source>no subscription message: the server streams everything</source>
        <translation>keine Abonnier-Nachricht: der Server streamt alles</translation>
    </message>
    <message>
        <source>subscription %1 refused: %2</source>
        <translation>Abonnement %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (line %2, column %3)</source>
        <translation>kein gültiges JSON: %1 (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>the frame could not be sent</source>
        <translation>der Frame konnte nicht gesendet werden</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused: an entity would hold more than %1 members</source>
        <translation>
            <numerusform>%n Änderung abgelehnt: ein Objekt hätte mehr als %1 Felder</numerusform>
            <numerusform>%n Änderungen abgelehnt: ein Objekt hätte mehr als %1 Felder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::FeedTransport</name>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Schließt</translation>
    </message>
    <message>
        <source>Waiting to reconnect</source>
        <translation>Wartet auf neue Verbindung</translation>
    </message>
</context>
<context>
    <name>Feedscope::GraphQlProtocol</name>
    <message>
        <source>an error without a message</source>
        <translation>ein Fehler ohne Meldung</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <source>Complete (unsubscribe)</source>
        <translation>Abschließen (abbestellen)</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Pong</source>
        <translation>Pong</translation>
    </message>
    <message>
        <source>a subscription is a GraphQL query, or a JSON object with its &quot;query&quot; (and &quot;variables&quot;, &quot;operationName&quot;)</source>
        <translation>ein Abonnement ist eine GraphQL-Abfrage, oder ein JSON-Objekt mit ihrer „query“ (und „variables“, „operationName“)</translation>
    </message>
    <message>
        <source>&quot;variables&quot; must be a JSON object</source>
        <translation>„variables“ muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>not a GraphQL query: &quot;%1&quot;</source>
        <translation>keine GraphQL-Abfrage: „%1“</translation>
    </message>
    <message>
        <source>the variables must be a JSON object</source>
        <translation>die Variablen müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>a GraphQL subscription, e.g. subscription { prices { id symbol price } }</source>
        <translation>ein GraphQL-Abonnement, z. B. subscription { prices { id symbol price } }</translation>
    </message>
    <message>
        <source>A GraphQL subscription is pending until its first result (next), refused by an error, and ended when the server completes it. Its result&apos;s lists of objects with an id become its rows.</source>
        <translation>Ein GraphQL-Abonnement steht bis zu seinem ersten Ergebnis (next) aus, wird durch einen Fehler abgelehnt und endet, wenn der Server es abschließt. Die Listen von Objekten mit ID in seinem Ergebnis werden seine Zeilen.</translation>
    </message>
    <message>
        <source>binary frame</source>
        <translation>Binär-Frame</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a message without a type</source>
        <translation>eine Nachricht ohne Typ</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>unbekannter Nachrichtentyp %1</translation>
    </message>
    <message>
        <source>%1 without an id</source>
        <translation>%1 ohne ID</translation>
    </message>
    <message>
        <source>an error without a payload</source>
        <translation>ein Fehler ohne Nutzdaten</translation>
    </message>
    <message>
        <source>next without a result object</source>
        <translation>next ohne Ergebnisobjekt</translation>
    </message>
</context>
<context>
    <name>Feedscope::Kind</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Filter groups</source>
        <translation>Filtergruppen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Sorts</source>
        <translation>Sortierungen</translation>
    </message>
    <message>
        <source>Group-bys</source>
        <translation>Gruppierungen</translation>
    </message>
    <message>
        <source>Decorations</source>
        <translation>Dekorationen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
</context>
<context>
    <name>Feedscope::LiveTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>Feedscope::MessageLogModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Richt.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>in</source>
        <comment>direction of a frame: received</comment>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <comment>direction of a frame: sent</comment>
        <translation>aus</translation>
    </message>
    <message>
        <source>conn</source>
        <comment>a row of the connection&apos;s story, not a frame; short</comment>
        <translation>Verb.</translation>
    </message>
</context>
<context>
    <name>Feedscope::MessageStatus</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>control</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
</context>
<context>
    <name>Feedscope::Monitor</name>
    <message>
        <source>feedscope: cannot write %1: %2</source>
        <translation>feedscope: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the recording %1 failed: %2</source>
        <translation>die Aufzeichnung %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>never connected to %1: %2</source>
        <translation>nie mit %1 verbunden: %2</translation>
    </message>
    <message>
        <source>feedscope: %1 frames in, %2 out, %3 messages, %4 changes applied; %5 malformed, %6 invalid, %7 of unknown type; %8 log frames and %9 history versions dropped</source>
        <translation>feedscope: %1 Frames empfangen, %2 gesendet, %3 Nachrichten, %4 Änderungen angewandt; %5 fehlerhaft, %6 ungültig, %7 unbekannten Typs; %8 Log-Frames und %9 Verlaufsversionen verworfen</translation>
    </message>
</context>
<context>
    <name>Feedscope::ProxySetting</name>
    <message>
        <source>a proxy is &quot;system&quot;, &quot;none&quot;, http://HOST:PORT or socks5://HOST:PORT, not &quot;%1&quot;</source>
        <translation>ein Proxy ist „system“, „none“, http://HOST:PORT oder socks5://HOST:PORT, nicht „%1“</translation>
    </message>
    <message>
        <source>the proxy %1 needs a port</source>
        <translation>der Proxy %1 braucht einen Port</translation>
    </message>
</context>
<context>
    <name>Feedscope::RawProtocol</name>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>A JSON message</source>
        <translation>Eine JSON-Nachricht</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
</context>
<context>
    <name>Feedscope::Recording</name>
    <message>
        <source>zlib could not start</source>
        <translation>zlib konnte nicht starten</translation>
    </message>
    <message>
        <source>the compressed file is cut short</source>
        <translation>die komprimierte Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>the compressed file is damaged (%1)</source>
        <translation>die komprimierte Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no frame %1 in the recording</source>
        <translation>kein Frame %1 in der Aufzeichnung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a frame number nor an ISO time</source>
        <translation>„%1“ ist weder eine Frame-Nummer noch eine ISO-Zeit</translation>
    </message>
    <message>
        <source>the file has no header naming its feed (%1)</source>
        <translation>die Datei hat keinen Kopf, der ihren Feed nennt (%1)</translation>
    </message>
    <message>
        <source>unknown feed &quot;%1&quot; (%2)</source>
        <translation>unbekannter Feed „%1“ (%2)</translation>
    </message>
</context>
<context>
    <name>Feedscope::RecordingImitation</name>
    <message>
        <source>%1 holds no frames</source>
        <translation>%1 enthält keine Frames</translation>
    </message>
    <message>
        <source>Replay of %1</source>
        <translation>Wiedergabe von %1</translation>
    </message>
    <message numerus="yes">
        <source>replayed %n frame(s) to a client</source>
        <translation>
            <numerusform>%n Frame an einen Client wiedergegeben</numerusform>
            <numerusform>%n Frames an einen Client wiedergegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 frames to every client on %3 (speed %4×), %5 recorded REST answers; connect with any token, or none</source>
        <translation>  %1: %2 Frames an jeden Client auf %3 (Tempo %4×), %5 aufgezeichnete REST-Antworten; verbinden Sie sich mit beliebigem Token oder ohne</translation>
    </message>
    <message>
        <source>Play it again to every client</source>
        <translation>Noch einmal an jeden Client abspielen</translation>
    </message>
</context>
<context>
    <name>Feedscope::Replay</name>
    <message>
        <source>%1 lines: %2 frames in, %3 out, %4 messages, %5 changes applied; %6 malformed, %7 invalid, %8 of unknown type, %9 unreadable lines</source>
        <translation>%1 Zeilen: %2 Frames empfangen, %3 gesendet, %4 Nachrichten, %5 Änderungen angewandt; %6 fehlerhaft, %7 ungültig, %8 unbekannten Typs, %9 unlesbare Zeilen</translation>
    </message>
</context>
<context>
    <name>Feedscope::RestClient</name>
    <message>
        <source>the answer exceeded the limit of %1</source>
        <translation>die Antwort hat die Grenze von %1 überschritten</translation>
    </message>
</context>
<context>
    <name>Feedscope::SecretStore</name>
    <message>
        <source>kept in the OS keychain</source>
        <translation>im Schlüsselbund des Systems verwahrt</translation>
    </message>
    <message>
        <source>no secret stored</source>
        <translation>kein Geheimnis gespeichert</translation>
    </message>
    <message>
        <source>the keychain refused the secret</source>
        <translation>der Schlüsselbund hat das Geheimnis abgelehnt</translation>
    </message>
    <message>
        <source>kept in memory for this session only</source>
        <translation>nur für diese Sitzung im Speicher gehalten</translation>
    </message>
</context>
<context>
    <name>Feedscope::Server</name>
    <message>
        <source>Feedscope test server listening on %1</source>
        <translation>Feedscope-Testserver lauscht auf %1</translation>
    </message>
</context>
<context>
    <name>Feedscope::Server::ApiPageImitation</name>
    <message>
        <source>API page</source>
        <translation>API page</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>Ein Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Von Hand hinzugefügt</translation>
    </message>
    <message>
        <source>Update an event</source>
        <translation>Ein Ereignis ändern</translation>
    </message>
    <message>
        <source>Edited by hand</source>
        <translation>Von Hand bearbeitet</translation>
    </message>
    <message>
        <source>Delete an event</source>
        <translation>Ein Ereignis löschen</translation>
    </message>
</context>
<context>
    <name>Feedscope::Server::BaserowImitation</name>
    <message>
        <source>Add a row</source>
        <translation>Eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Von Hand hinzugefügt</translation>
    </message>
    <message>
        <source>Update a row</source>
        <translation>Eine Zeile ändern</translation>
    </message>
    <message>
        <source>Delete a row</source>
        <translation>Eine Zeile löschen</translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation>Ein Feld hinzufügen</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Feld %1</translation>
    </message>
    <message>
        <source>Rename a table</source>
        <translation>Eine Tabelle umbenennen</translation>
    </message>
    <message>
        <source>Products %1</source>
        <translation>Produkte %1</translation>
    </message>
</context>
<context>
    <name>Feedscope::Server::ContentServerImitation</name>
    <message>
        <source>Add a dashboard</source>
        <translation>Ein Dashboard hinzufügen</translation>
    </message>
    <message>
        <source>Edit a dashboard</source>
        <translation>Ein Dashboard bearbeiten</translation>
    </message>
    <message>
        <source>Remove a dashboard</source>
        <translation>Ein Dashboard entfernen</translation>
    </message>
</context>
<context>
    <name>Feedscope::Server::GraphQlImitation</name>
    <message>
        <source>Change a price</source>
        <translation>Einen Preis ändern</translation>
    </message>
    <message>
        <source>Add a symbol</source>
        <translation>Ein Symbol hinzufügen</translation>
    </message>
    <message>
        <source>Remove a symbol</source>
        <translation>Ein Symbol entfernen</translation>
    </message>
    <message>
        <source>Complete the subscriptions</source>
        <translation>Die Abonnements abschließen</translation>
    </message>
</context>
<context>
    <name>Feedscope::SessionRecorder</name>
    <message>
        <source>nothing was kept</source>
        <translation>nichts wurde behalten</translation>
    </message>
    <message numerus="yes">
        <source>the log has dropped its oldest %n frame(s) (its cap) and has not kept enough since to start from: the state before them is not known</source>
        <translation>
            <numerusform>das Log hat seinen ältesten Frame verworfen (seine Grenze) und seitdem nicht genug behalten, um davon auszugehen: der Zustand davor ist unbekannt</numerusform>
            <numerusform>das Log hat seine ältesten %n Frames verworfen (seine Grenze) und seitdem nicht genug behalten, um davon auszugehen: der Zustand davor ist unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation>die Verbindung ist weg</translation>
    </message>
</context>
<context>
    <name>Feedscope::StatisticsModel</name>
    <message>
        <source>(other types)</source>
        <translation>(andere Typen)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Per second</source>
        <translation>Pro Sekunde</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
</context>
<context>
    <name>Feedscope::SubscriptionModel</name>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Feedscope::SubscriptionState</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>unsubscribing</source>
        <translation>wird abbestellt</translation>
    </message>
    <message>
        <source>waiting for connection</source>
        <translation>wartet auf Verbindung</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
</context>
<context>
    <name>Feedscope::TableRowsModel</name>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::ComposerPanel</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the frame (Ctrl+Return)</source>
        <translation>Den Frame senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>A frame to send, e.g. {&quot;type&quot;: &quot;ping&quot;}</source>
        <translation>Ein zu sendender Frame, z. B. {&quot;type&quot;: &quot;ping&quot;}</translation>
    </message>
    <message>
        <source>Sent (double-click to edit again):</source>
        <translation>Gesendet (Doppelklick zum erneuten Bearbeiten):</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern als…</translation>
    </message>
    <message>
        <source>Keep this frame under a name, for this feed</source>
        <translation>Diesen Frame unter einem Namen behalten, für diesen Feed</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Forget the saved frame chosen on the left</source>
        <translation>Den links gewählten gespeicherten Frame vergessen</translation>
    </message>
    <message>
        <source>Start from one of the feed&apos;s messages, or a frame you saved</source>
        <translation>Von einer Nachricht des Feeds ausgehen, oder von einem gespeicherten Frame</translation>
    </message>
    <message>
        <source>Start from…</source>
        <translation>Ausgehen von…</translation>
    </message>
    <message>
        <source>Saved as “%1”</source>
        <translation>Gespeichert als „%1“</translation>
    </message>
    <message>
        <source>Saved as “%1”, its secrets masked</source>
        <translation>Gespeichert als „%1“, Geheimnisse maskiert</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>„%1“ gelöscht</translation>
    </message>
    <message>
        <source>Save the frame</source>
        <translation>Den Frame speichern</translation>
    </message>
    <message>
        <source>Name (for this feed; an existing name is replaced):</source>
        <translation>Name (für diesen Feed; ein vorhandener Name wird ersetzt):</translation>
    </message>
    <message>
        <source>%1 — Send again to send it anyway</source>
        <translation>%1 — Noch einmal „Senden“, um trotzdem zu senden</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>Gültiges JSON</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message numerus="yes">
        <source>sent %n byte(s)</source>
        <translation>
            <numerusform>%n Byte gesendet</numerusform>
            <numerusform>%n Bytes gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::ConnectionDialog</name>
    <message>
        <source>Connect to a backend</source>
        <translation>Mit einem Backend verbinden</translation>
    </message>
    <message>
        <source>No authentication: this feed is open to every client.</source>
        <translation>Keine Anmeldung: dieser Feed ist für jeden Client offen.</translation>
    </message>
    <message>
        <source>One per line: Name: value</source>
        <translation>Einer pro Zeile: Name: Wert</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints of certificates to accept despite TLS errors</source>
        <translation>SHA-256-Fingerabdrücke von Zertifikaten, die trotz TLS-Fehlern angenommen werden</translation>
    </message>
    <message>
        <source>Load the current state over REST on connect</source>
        <translation>Beim Verbinden den aktuellen Zustand über REST laden</translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation>Automatisch neu verbinden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Ping the server</source>
        <translation>Den Server anpingen</translation>
    </message>
    <message>
        <source>Passwords and tokens are %1; never in the settings file.</source>
        <translation>Passwörter und Tokens werden %1; nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>WebSocket URL</source>
        <translation>WebSocket-URL</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <source>Pinned certificates</source>
        <translation>Angeheftete Zertifikate</translation>
    </message>
    <message>
        <source>First delay</source>
        <translation>Erste Wartezeit</translation>
    </message>
    <message>
        <source>Longest delay</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Ping every</source>
        <translation>Ping alle</translation>
    </message>
    <message>
        <source>Pong within</source>
        <translation>Pong innerhalb</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>Give the backend&apos;s http:// or https:// URL.</source>
        <translation>Geben Sie die http://- oder https://-URL des Backends an.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Feed settings</source>
        <translation>Feed-Einstellungen</translation>
    </message>
    <message>
        <source>system, none, http://host:3128 or socks5://host:1080</source>
        <translation>system, none, http://host:3128 oder socks5://host:1080</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>No credentials are sent.</source>
        <translation>Es werden keine Zugangsdaten gesendet.</translation>
    </message>
    <message>
        <source>This feed needs a ws:// or wss:// URL.</source>
        <translation>Dieser Feed braucht eine ws://- oder wss://-URL.</translation>
    </message>
    <message>
        <source>%1: %2 is needed.</source>
        <translation>%1: %2 wird benötigt.</translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::DecorationProxy</name>
    <message>
        <source>deleted (kept as a tombstone until cleared)</source>
        <translation>gelöscht (behalten, bis die gelöschten Einträge geleert werden)</translation>
    </message>
    <message>
        <source>placeholder: referenced before it was announced</source>
        <translation>Platzhalter: erwähnt, bevor er angekündigt wurde</translation>
    </message>
    <message>
        <source>stale: the server asked for a reload</source>
        <translation>veraltet: der Server hat ein Neuladen verlangt</translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::DetailPane</name>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Content not loaded — load it over REST</source>
        <translation>Inhalt nicht geladen — über REST laden</translation>
    </message>
    <message>
        <source>Select two versions to compare them; one to compare it with the current version</source>
        <translation>Zwei Versionen wählen, um sie zu vergleichen; eine, um sie mit der aktuellen zu vergleichen</translation>
    </message>
    <message>
        <source>Frames that touched this entity: double-click to show one in the log</source>
        <translation>Frames, die diese Entität berührt haben: Doppelklick zeigt einen im Log</translation>
    </message>
    <message>
        <source>Select an entity in the tree</source>
        <translation>Eine Entität im Baum wählen</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation>zuerst gesehen %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>geändert %1</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>gelöscht %1</translation>
    </message>
    <message>
        <source>placeholder: referenced, not announced yet</source>
        <translation>Platzhalter: erwähnt, noch nicht angekündigt</translation>
    </message>
    <message>
        <source>stale: the server asked for a reload</source>
        <translation>veraltet: der Server hat ein Neuladen verlangt</translation>
    </message>
    <message>
        <source>current · frame %1</source>
        <translation>aktuell · Frame %1</translation>
    </message>
    <message>
        <source>before frame %1 · %2</source>
        <translation>vor Frame %1 · %2</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>Frame %1</translation>
    </message>
    <message>
        <source>(no longer in the log)</source>
        <translation>(nicht mehr im Log)</translation>
    </message>
    <message>
        <source>(not loaded: the feed sends it on request only)</source>
        <translation>(nicht geladen: der Feed sendet es nur auf Anfrage)</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(keine Zahl)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>%1 · lowest %2 · highest %3</source>
        <translation>%1 · niedrigster %2 · höchster %3</translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::DiffView</name>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Diff: %1 → %2</source>
        <translation>Vergleich: %1 → %2</translation>
    </message>
    <message>
        <source>From %1 to %2: &lt;b&gt;%3 created&lt;/b&gt;, &lt;b&gt;%4 deleted&lt;/b&gt;, &lt;b&gt;%5 changed&lt;/b&gt;.</source>
        <translation>Von %1 bis %2: &lt;b&gt;%3 angelegt&lt;/b&gt;, &lt;b&gt;%4 gelöscht&lt;/b&gt;, &lt;b&gt;%5 geändert&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Every change</source>
        <translation>Jede Änderung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Entity / member</source>
        <translation>Entität / Mitglied</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Als JSON speichern…</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 in %3</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s): %1</source>
        <translation>
            <numerusform>%n Mitglied: %1</numerusform>
            <numerusform>%n Mitglieder: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the diff</source>
        <translation>Den Vergleich speichern</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::FeedView</name>
    <message>
        <source>Filter the tree (Ctrl+F)…</source>
        <translation>Den Baum filtern (Strg+F)…</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Hide deleted</source>
        <translation>Gelöschte ausblenden</translation>
    </message>
    <message>
        <source>Clear tombstones</source>
        <translation>Gelöschte Einträge leeren</translation>
    </message>
    <message>
        <source>Forget the entities the feed said were deleted</source>
        <translation>Die Entitäten vergessen, die der Feed als gelöscht gemeldet hat</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Load the state again over REST</source>
        <translation>Den Zustand erneut über REST laden</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Zeilen filtern…</translation>
    </message>
    <message>
        <source>Count messages by this key (default: type, event or action)</source>
        <translation>Nachrichten nach diesem Schlüssel zählen (Standard: type, event oder action)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Composer</translation>
    </message>
    <message>
        <source>Select a table (or one of its rows) in the tree</source>
        <translation>Eine Tabelle (oder eine ihrer Zeilen) im Baum wählen</translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation>Zeilen von %1</translation>
    </message>
    <message>
        <source>this tab is a recording already</source>
        <translation>dieser Tab ist schon eine Aufzeichnung</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>den Anfang</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>Copy the id</source>
        <translation>Die ID kopieren</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Den Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy the JSON</source>
        <translation>Das JSON kopieren</translation>
    </message>
    <message>
        <source>Subscribe to this</source>
        <translation>Das abonnieren</translation>
    </message>
    <message>
        <source>Subscribe to %1</source>
        <translation>%1 abonnieren</translation>
    </message>
    <message numerus="yes">
        <source>Show its %n frame(s) in the log</source>
        <translation>
            <numerusform>Seinen %n Frame im Log zeigen</numerusform>
            <numerusform>Seine %n Frames im Log zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Expand all below</source>
        <translation>Alles darunter aufklappen</translation>
    </message>
    <message>
        <source>Already subscribed to %1</source>
        <translation>%1 ist schon abonniert</translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::LogPanel</name>
    <message>
        <source>Filter messages (text or regular expression)…</source>
        <translation>Nachrichten filtern (Text oder regulärer Ausdruck)…</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>Only frames that were malformed, invalid, of unknown type or errors</source>
        <translation>Nur Frames, die fehlerhaft, ungültig, unbekannten Typs oder Fehler waren</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected frame (secrets masked)</source>
        <translation>Den gewählten Frame kopieren (Geheimnisse maskiert)</translation>
    </message>
    <message>
        <source>Resume (%1 new)</source>
        <translation>Fortsetzen (%1 neu)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 gezeigt</translation>
    </message>
    <message>
        <source>%1 dropped (log cap)</source>
        <translation>%1 verworfen (Log-Grenze)</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n weiterer</numerusform>
            <numerusform>… %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>Go to this moment</source>
        <translation>Zu diesem Zeitpunkt gehen</translation>
    </message>
    <message>
        <source>Mark as A</source>
        <translation>Als A markieren</translation>
    </message>
    <message>
        <source>Mark as B</source>
        <translation>Als B markieren</translation>
    </message>
    <message>
        <source>Copy the line</source>
        <translation>Die Zeile kopieren</translation>
    </message>
    <message>
        <source>Copy the frame as JSON</source>
        <translation>Den Frame als JSON kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n entit(ies) it changed</source>
        <translation>
            <numerusform>Die %n Entität zeigen, die er geändert hat</numerusform>
            <numerusform>Die %n Entitäten zeigen, die er geändert hat</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Das Log leeren</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Frames only</source>
        <translation>Nur Frames</translation>
    </message>
    <message>
        <source>Only the connection&apos;s story: connect, close, reconnect, login, snapshot, subscriptions</source>
        <translation>Nur die Geschichte der Verbindung: verbinden, schließen, neu verbinden, anmelden, Snapshot, Abonnements</translation>
    </message>
    <message>
        <source>Frames in and out, without the connection&apos;s story</source>
        <translation>Frames ein und aus, ohne die Geschichte der Verbindung</translation>
    </message>
    <message>
        <source>Select a message to read it in full.</source>
        <translation>Wählen Sie eine Nachricht, um sie vollständig zu lesen.</translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::MainWindow</name>
    <message>
        <source>Watch a backend change, live</source>
        <translation>Ein Backend live bei der Arbeit sehen</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Die Demo ausprobieren</translation>
    </message>
    <message>
        <source>Connect to a backend…</source>
        <translation>Mit einem Backend verbinden…</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Filter the tree</source>
        <translation>Baum &amp;filtern</translation>
    </message>
    <message>
        <source>Message &amp;log</source>
        <translation>Nachrichten&amp;log</translation>
    </message>
    <message>
        <source>&amp;Subscribe…</source>
        <translation>&amp;Abonnieren…</translation>
    </message>
    <message>
        <source>&amp;Reconnect now</source>
        <translation>Jetzt neu &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Re&amp;load state</source>
        <translation>Zustand neu &amp;laden</translation>
    </message>
    <message>
        <source>Clear &amp;tombstones</source>
        <translation>Gelöschte &amp;Einträge leeren</translation>
    </message>
    <message>
        <source>&amp;Pause the log</source>
        <translation>Log &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Highlight changes</source>
        <translation>Änderungen &amp;hervorheben</translation>
    </message>
    <message>
        <source>Test &amp;server</source>
        <translation>Test&amp;server</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About Feedscope</source>
        <translation>Ü&amp;ber Feedscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Test server</source>
        <translation>Testserver</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
    <message>
        <source>The test server did not start: %1</source>
        <translation>Der Testserver ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
    <message>
        <source>reconnecting in %1 s</source>
        <translation>neue Verbindung in %1 s</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>About Feedscope</source>
        <translation>Über Feedscope</translation>
    </message>
    <message>
        <source>Export the state</source>
        <translation>Den Zustand exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>State written to %1</source>
        <translation>Zustand nach %1 geschrieben</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Feedscope %1&lt;/h3&gt;&lt;p&gt;A live monitor for WebSocket change feeds: %2.&lt;/p&gt;&lt;p&gt;Qt %3 (built with %4) · simdjson %5 · secrets %6&lt;br&gt;%7&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Feedscope %1&lt;/h3&gt;&lt;p&gt;Ein Live-Monitor für WebSocket-Änderungsfeeds: %2.&lt;/p&gt;&lt;p&gt;Qt %3 (gebaut mit %4) · simdjson %5 · Geheimnisse %6&lt;br&gt;%7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Feedscope shows what a Baserow, ContentServer, “API page” or GraphQL backend changes, as it happens: a live tree of its entities, every raw message, and your subscriptions. Record a session and scrub back through it later. The demo starts a test server that imitates each backend and connects to it.</source>
        <translation>Feedscope zeigt, was ein Baserow-, ContentServer-, „API page“- oder GraphQL-Backend ändert, während es geschieht: einen Live-Baum seiner Entitäten, jede rohe Nachricht und Ihre Abonnements. Zeichnen Sie eine Sitzung auf und spulen Sie später durch sie zurück. Die Demo startet einen Testserver, der jedes Backend nachahmt, und verbindet sich mit ihm.</translation>
    </message>
    <message>
        <source>Open a recording…</source>
        <translation>Eine Aufzeichnung öffnen…</translation>
    </message>
    <message>
        <source>Export the s&amp;tate…</source>
        <translation>Zu&amp;stand exportieren…</translation>
    </message>
    <message>
        <source>&amp;Open a recording…</source>
        <translation>Aufzeichnung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Aufzeichnen…</translation>
    </message>
    <message>
        <source>&amp;Export the frames…</source>
        <translation>Frames e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Look &amp;back in time</source>
        <translation>In der Zeit &amp;zurückblicken</translation>
    </message>
    <message numerus="yes">
        <source>Recording · %n frame(s)</source>
        <translation>
            <numerusform>Aufzeichnung · %n Frame</numerusform>
            <numerusform>Aufzeichnung · %n Frames</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the recording…</source>
        <translation>Die Aufzeichnung wird gelesen…</translation>
    </message>
    <message>
        <source>%1 unreadable lines</source>
        <translation>%1 unlesbare Zeilen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open a recording</source>
        <translation>Eine Aufzeichnung öffnen</translation>
    </message>
    <message>
        <source>Opening %1 cancelled</source>
        <translation>Öffnen von %1 abgebrochen</translation>
    </message>
    <message>
        <source>Cannot look back: %1</source>
        <translation>Zurückblicken nicht möglich: %1</translation>
    </message>
    <message>
        <source>no frame yet</source>
        <translation>noch kein Frame</translation>
    </message>
    <message>
        <source>%1 holds no frames (%2 unreadable lines)</source>
        <translation>%1 enthält keine Frames (%2 unlesbare Zeilen)</translation>
    </message>
    <message>
        <source>Cannot open the recording: %1</source>
        <translation>Die Aufzeichnung kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1 does not say which feed it comes from. Read it as:</source>
        <translation>%1 sagt nicht, von welchem Feed es stammt. Lesen als:</translation>
    </message>
    <message>
        <source>%1
Recorded from %2</source>
        <translation>%1
Aufgezeichnet von %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unreadable line(s) skipped</source>
        <translation>
            <numerusform>%1: %n unlesbare Zeile übersprungen</numerusform>
            <numerusform>%1: %n unlesbare Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (served)</source>
        <translation>%1 (ausgeliefert)</translation>
    </message>
    <message>
        <source>Recordings (*.jsonl *.jsonl.gz *.gz);;All files (*)</source>
        <translation>Aufzeichnungen (*.jsonl *.jsonl.gz *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Recording saved to %1</source>
        <translation>Aufzeichnung nach %1 gespeichert</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufzeichnen</translation>
    </message>
    <message>
        <source>The recording %1 is incomplete: %2</source>
        <translation>Die Aufzeichnung %1 ist unvollständig: %2</translation>
    </message>
    <message>
        <source>Record this tab</source>
        <translation>Diesen Tab aufzeichnen</translation>
    </message>
    <message>
        <source>Compressed recordings (*.jsonl.gz);;Recordings (*.jsonl)</source>
        <translation>Komprimierte Aufzeichnungen (*.jsonl.gz);;Aufzeichnungen (*.jsonl)</translation>
    </message>
    <message>
        <source>Cannot record to %1: %2</source>
        <translation>Aufzeichnen nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>Aufzeichnung nach %1</translation>
    </message>
    <message>
        <source>Export the frames</source>
        <translation>Die Frames exportieren</translation>
    </message>
    <message numerus="yes">
        <source>The log&apos;s filter shows %n of its frames. Export only those?</source>
        <translation>
            <numerusform>Der Filter des Logs zeigt %n seiner Frames. Nur diesen exportieren?</numerusform>
            <numerusform>Der Filter des Logs zeigt %n seiner Frames. Nur diese exportieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter shows no frame: nothing to export</source>
        <translation>Der Filter zeigt keinen Frame: nichts zu exportieren</translation>
    </message>
    <message>
        <source>JSON Lines, a recording (*.jsonl)</source>
        <translation>JSON Lines, eine Aufzeichnung (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV, one line per frame (*.csv)</source>
        <translation>CSV, eine Zeile pro Frame (*.csv)</translation>
    </message>
    <message>
        <source>HAR 1.2, for Chrome DevTools (*.har)</source>
        <translation>HAR 1.2, für Chrome DevTools (*.har)</translation>
    </message>
    <message>
        <source>Frames written to %1 (%2)</source>
        <translation>Frames nach %1 geschrieben (%2)</translation>
    </message>
    <message>
        <source>%1 · looking back, still receiving</source>
        <translation>%1 · Rückblick, empfängt weiter</translation>
    </message>
    <message numerus="yes">
        <source>Looking back over %n frame(s) received by %1; Back to live (Ctrl+B) returns</source>
        <translation>
            <numerusform>Rückblick über %n Frame, empfangen bis %1; Zurück zu live (Strg+B) kehrt zurück</numerusform>
            <numerusform>Rückblick über %n Frames, empfangen bis %1; Zurück zu live (Strg+B) kehrt zurück</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedscope &amp;help</source>
        <translation>Feedscope-&amp;Hilfe</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message numerus="yes">
        <source>%1 msg/s · %n message(s)</source>
        <translation>
            <numerusform>%1 Nachr./s · %n Nachricht</numerusform>
            <numerusform>%1 Nachr./s · %n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log frame(s) dropped</source>
        <translation>
            <numerusform>%n Log-Frame verworfen</numerusform>
            <numerusform>%n Log-Frames verworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old version(s) dropped</source>
        <translation>
            <numerusform>%n alte Version verworfen</numerusform>
            <numerusform>%n alte Versionen verworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) dropped while loading</source>
        <translation>
            <numerusform>%n Änderung beim Laden verworfen</numerusform>
            <numerusform>%n Änderungen beim Laden verworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad or unknown frame(s)</source>
        <translation>
            <numerusform>%n fehlerhafter oder unbekannter Frame</numerusform>
            <numerusform>%n fehlerhafte oder unbekannte Frames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● recording %n frame(s), %1</source>
        <translation>
            <numerusform>● zeichnet %n Frame auf, %1</numerusform>
            <numerusform>● zeichnet %n Frames auf, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedscope help</source>
        <translation>Feedscope-Hilfe</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Watching a feed&lt;/h3&gt;&lt;p&gt;Open a connection (or try the demo): the tree on the left shows the backend&apos;s entities as they change (green: created, yellow: changed, red: deleted); the log below lists every frame in and out. Select an entity to see its data, its earlier versions and the frames that touched it; select a frame to see the entities it changed. The Subscriptions tab subscribes and unsubscribes by hand; the composer sends any frame.&lt;/p&gt;&lt;h3&gt;Back in time&lt;/h3&gt;&lt;p&gt;Record a session (File ▸ Record…) and open it later, or look back in a live tab: the timeline under the tree moves to any frame; mark two moments to see what changed between them.&lt;/p&gt;&lt;p&gt;In a filter box, Esc clears it; in the log, Space pauses it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Einen Feed beobachten&lt;/h3&gt;&lt;p&gt;Öffnen Sie eine Verbindung (oder probieren Sie die Demo aus): Der Baum links zeigt die Entitäten des Backends, während sie sich ändern (grün: angelegt, gelb: geändert, rot: gelöscht); das Log darunter listet jeden Frame ein und aus. Wählen Sie eine Entität, um ihre Daten, ihre früheren Versionen und die Frames zu sehen, die sie berührt haben; wählen Sie einen Frame, um die Entitäten zu sehen, die er geändert hat. Der Tab „Abonnements“ abonniert und bestellt von Hand ab; der Composer sendet jeden beliebigen Frame.&lt;/p&gt;&lt;h3&gt;Zurück in der Zeit&lt;/h3&gt;&lt;p&gt;Zeichnen Sie eine Sitzung auf (Datei ▸ Aufzeichnen…) und öffnen Sie sie später, oder blicken Sie in einem Live-Tab zurück: Die Zeitleiste unter dem Baum springt zu jedem Frame; markieren Sie zwei Zeitpunkte, um zu sehen, was sich dazwischen geändert hat.&lt;/p&gt;&lt;p&gt;In einem Filterfeld leert Esc es; im Log pausiert die Leertaste es.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>No keychain answered (%1). Passwords and tokens are kept for this session only, never in the settings file: they will be asked for again after a restart.</source>
        <translation>Kein Schlüsselbund hat geantwortet (%1). Passwörter und Tokens werden nur für diese Sitzung gehalten, nie in der Einstellungsdatei: nach einem Neustart werden sie wieder erfragt.</translation>
    </message>
    <message>
        <source>Secrets for this session only</source>
        <translation>Geheimnisse nur für diese Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused: entity too large</source>
        <translation>
            <numerusform>%n Änderung abgelehnt: Objekt zu groß</numerusform>
            <numerusform>%n Änderungen abgelehnt: Objekt zu groß</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Highlight changes</source>
        <translation>Änderungen hervorheben</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Keep deleted entities until cleared</source>
        <translation>Gelöschte Entitäten behalten, bis sie geleert werden</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Log: frames kept</source>
        <translation>Log: behaltene Frames</translation>
    </message>
    <message>
        <source>History: versions per entity</source>
        <translation>Verlauf: Versionen pro Entität</translation>
    </message>
    <message>
        <source>History: versions in all</source>
        <translation>Verlauf: Versionen insgesamt</translation>
    </message>
    <message>
        <source>Highlight fades over</source>
        <translation>Hervorhebung verblasst über</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Caps apply to connections opened from now on.</source>
        <translation>Grenzen gelten für Verbindungen, die ab jetzt geöffnet werden.</translation>
    </message>
    <message>
        <source>Reopen the last session&apos;s tabs at start</source>
        <translation>Die Tabs der letzten Sitzung beim Start wieder öffnen</translation>
    </message>
    <message>
        <source>Connections with their subscriptions, the demo and recordings. Passwords come from the system&apos;s keychain, or are asked for.</source>
        <translation>Verbindungen mit ihren Abonnements, die Demo und Aufzeichnungen. Passwörter kommen aus dem Schlüsselbund des Systems oder werden erfragt.</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Wie der Desktop</translation>
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
        <source>Light and Dark apply at once; as the desktop follows its light or dark setting where the system tells Qt.</source>
        <translation>Hell und Dunkel gelten sofort; „Wie der Desktop“ folgt dessen heller oder dunkler Einstellung, wo das System sie Qt mitteilt.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::ServerPanel</name>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Drop connections (per frame)</source>
        <translation>Verbindungen trennen (pro Frame)</translation>
    </message>
    <message>
        <source>Delay frames</source>
        <translation>Frames verzögern</translation>
    </message>
    <message>
        <source>Malformed JSON (per frame)</source>
        <translation>Fehlerhaftes JSON (pro Frame)</translation>
    </message>
    <message>
        <source>Unknown types (per frame)</source>
        <translation>Unbekannte Typen (pro Frame)</translation>
    </message>
    <message>
        <source>Oversize frames (per frame)</source>
        <translation>Übergroße Frames (pro Frame)</translation>
    </message>
    <message>
        <source>The test server did not start: %1</source>
        <translation>Der Testserver ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>%1 changes a second</source>
        <translation>%1 Änderungen pro Sekunde</translation>
    </message>
    <message>
        <source>Stop the test server</source>
        <translation>Den Testserver anhalten</translation>
    </message>
    <message>
        <source>Start the test server</source>
        <translation>Den Testserver starten</translation>
    </message>
    <message>
        <source>No scenario (changes by hand)</source>
        <translation>Kein Szenario (Änderungen von Hand)</translation>
    </message>
    <message>
        <source>Demo: a team at work</source>
        <translation>Demo: ein Team bei der Arbeit</translation>
    </message>
    <message>
        <source>Flood: as fast as possible</source>
        <translation>Flut: so schnell wie möglich</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Change something</source>
        <translation>Etwas ändern</translation>
    </message>
    <message>
        <source>Access tokens expire after 5 s</source>
        <translation>Zugriffstokens laufen nach 5 s ab</translation>
    </message>
    <message>
        <source>Drop connections</source>
        <translation>Verbindungen trennen</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <source>no feed chosen</source>
        <translation>kein Feed gewählt</translation>
    </message>
    <message>
        <source>Every feed</source>
        <translation>Jeder Feed</translation>
    </message>
    <message>
        <source>Start the test server to change things by hand</source>
        <translation>Starten Sie den Testserver, um von Hand etwas zu ändern</translation>
    </message>
    <message>
        <source>Replay a recording</source>
        <translation>Eine Aufzeichnung wiedergeben</translation>
    </message>
    <message>
        <source>Recordings (*.jsonl *.jsonl.gz *.gz);;All files (*)</source>
        <translation>Aufzeichnungen (*.jsonl *.jsonl.gz *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The recording cannot be served: %1</source>
        <translation>Die Aufzeichnung kann nicht ausgeliefert werden: %1</translation>
    </message>
    <message>
        <source>Replay a recording…</source>
        <translation>Eine Aufzeichnung wiedergeben…</translation>
    </message>
    <message>
        <source>Serve a recording&apos;s frames, with their timing, and its REST answers to every client that connects</source>
        <translation>Die Frames einer Aufzeichnung mit ihrem Zeitablauf und ihre REST-Antworten an jeden Client ausliefern, der sich verbindet</translation>
    </message>
    <message>
        <source>How much faster than recorded</source>
        <translation>Wie viel schneller als aufgezeichnet</translation>
    </message>
    <message>
        <source>Serving %1 on %2</source>
        <translation>%1 wird auf %2 ausgeliefert</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Client</numerusform>
            <numerusform>%n Clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) sent</source>
        <translation>
            <numerusform>%n Frame gesendet</numerusform>
            <numerusform>%n Frames gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made</source>
        <translation>
            <numerusform>%n Änderung vorgenommen</numerusform>
            <numerusform>%n Änderungen vorgenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::SubscriptionPanel</name>
    <message>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abbestellen</translation>
    </message>
    <message>
        <source>Subscribe to the document (Ctrl+Return)</source>
        <translation>Das Dokument abonnieren (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>The subscriptions as they stood at this moment of the recording.</source>
        <translation>Die Abonnements, wie sie zu diesem Zeitpunkt der Aufzeichnung standen.</translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::TimelineBar</name>
    <message>
        <source>One frame back (Alt+Left)</source>
        <translation>Einen Frame zurück (Alt+Links)</translation>
    </message>
    <message>
        <source>Play or pause (Alt+Space)</source>
        <translation>Abspielen oder pausieren (Alt+Leertaste)</translation>
    </message>
    <message>
        <source>One frame forward (Alt+Right)</source>
        <translation>Einen Frame vor (Alt+Rechts)</translation>
    </message>
    <message>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <source>10×</source>
        <translation>10×</translation>
    </message>
    <message>
        <source>100×</source>
        <translation>100×</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Am schnellsten</translation>
    </message>
    <message>
        <source>Playing speed, against the recorded time</source>
        <translation>Abspieltempo, gemessen an der aufgezeichneten Zeit</translation>
    </message>
    <message>
        <source>Drag to any moment of the recording</source>
        <translation>Zu jedem Zeitpunkt der Aufzeichnung ziehen</translation>
    </message>
    <message>
        <source>Mark A</source>
        <translation>A markieren</translation>
    </message>
    <message>
        <source>Mark this moment as A, the earlier side of a diff</source>
        <translation>Diesen Zeitpunkt als A markieren, die frühere Seite eines Vergleichs</translation>
    </message>
    <message>
        <source>Mark B</source>
        <translation>B markieren</translation>
    </message>
    <message>
        <source>Mark this moment as B, the later side of a diff</source>
        <translation>Diesen Zeitpunkt als B markieren, die spätere Seite eines Vergleichs</translation>
    </message>
    <message>
        <source>Diff A → B</source>
        <translation>Vergleich A → B</translation>
    </message>
    <message>
        <source>The entities created, deleted and changed between A and B</source>
        <translation>Die zwischen A und B angelegten, gelöschten und geänderten Entitäten</translation>
    </message>
    <message>
        <source>Reading the recording… %p%</source>
        <translation>Die Aufzeichnung wird gelesen… %p%</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>Zurück zu live</translation>
    </message>
    <message>
        <source>before the first frame</source>
        <translation>vor dem ersten Frame</translation>
    </message>
    <message>
        <source>#%1 at %2</source>
        <translation>#%1 um %2</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>Frame %1 von %2</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Leave this look back: the tab shows the live state again (Ctrl+B)</source>
        <translation>Diesen Rückblick verlassen: der Tab zeigt wieder den Live-Zustand (Strg+B)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>User or e-mail</source>
        <translation>Benutzer oder E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Or an access token</source>
        <translation>Oder ein Zugriffstoken</translation>
    </message>
    <message>
        <source>Open a recording</source>
        <translation>Eine Aufzeichnung öffnen</translation>
    </message>
    <message>
        <source>cannot start the demo: %1</source>
        <translation>die Demo kann nicht gestartet werden: %1</translation>
    </message>
</context>
</TS>
