<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Feedscope::ApProtocol</name>
    <message>
        <source>event without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1: fields is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1: a field is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;event&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without data.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(field %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::BaserowProtocol</name>
    <message>
        <source>%1: missing or wrongly typed &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace member without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without id or view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row comment without id, table_id or row_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server ended the session (force_disconnect: the password was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a row is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows_deleted: a row id is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary frame: Baserow sends text frames only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticated, connection id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1: %2 row(s) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1: %2 row(s) deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 row %2: history entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table:ID, row:TABLE:ROW, view:SLUG[:TOKEN], dashboard:ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table:ID needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row:TABLE:ROW needs two positive numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard:ID needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subscription &quot;%1&quot;; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a page object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row snapshot capped at %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled for deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::CertificateInfo</name>
    <message>
        <source>certificate of %1, issued by %2, SHA-256 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::CommandLine</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed: baserow, contentserver, ap or raw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend&apos;s http(s) URL (raw feed: the ws(s) URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit WebSocket URL (default: derived from --url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baserow access token, used as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baserow e-mail to log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ContentServer user name (Basic, or to fetch a JWT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File whose first line is the password (- for stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baserow: connect as anonymous (public views).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ContentServer: Authorization: Jwt with this token, or fetch one with --user (give - to fetch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ContentServer: Cookie header value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin header on the upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra header on the upgrade, K:V (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe: table:ID, row:TABLE:ROW, view:SLUG[:TOKEN], dashboard:ID (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ContentServer: listen to a path (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ContentServer subscribe frame with ${path} and ${id}; empty: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ContentServer unsubscribe frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw feed: count messages by this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not load the initial state over REST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping interval and pong timeout in seconds, e.g. 30,10; 0 to switch off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this certificate (SHA-256 fingerprint) despite TLS errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest frame accepted (default 16 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt logging rules, e.g. &quot;feedscope.net.debug=true&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown feed &quot;%1&quot; (baserow, contentserver, ap, raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the raw feed needs a ws:// or wss:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url must be the backend&apos;s http(s) URL, e.g. http://localhost:8000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--email needs --password-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baserow needs --token, --email with --password-file, or --anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jwt - needs --user and --password-file to fetch a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header wants K:V, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-frame-bytes wants a number of at least 1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a feed, print what changes, write the final state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many seconds without a frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to print: changes, frames or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record frames to this JSON Lines file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the final state to this JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many failed first attempts (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--print wants changes, frames or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration wants a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--idle wants a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connect-attempts wants a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed a recording or a transcript through the decoder and store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording ({seq,t,dir,frame} lines) or transcript ({dir,msg} lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to print: changes or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt logging rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay wants exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown feed &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--print wants changes or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the embedded test server alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baserow, contentserver, ap or all (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (0: any free port; default 8765).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow --bind to an address other machines can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, demo or flood (default none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo changes per second (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the scenario generator (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file of extra users (docs/test-server.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file replacing the demo data (docs/test-server.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the flood after this many frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baserow table the flood updates (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this many generated rows to the flood table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baserow access token life in seconds (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baserow refresh token life in seconds (default 604800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baserow transport ping interval in ms (default 20000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated Origin allow-list for ContentServer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ContentServer sends every readable change, no LISTEN needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ContentServer sends no greeting on connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action string of removals (REMOVE or DELETE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;API page&quot;: answer pings and close (the real server does not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;API page&quot; ping interval in ms (default 54000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a connection with this probability per frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay every frame by this many ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a malformed frame with this probability per frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a frame of unknown type with this probability per frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a 17 MiB frame with this probability per frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue access tokens that expire after 5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--feed wants baserow, contentserver, ap or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port wants 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind wants an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind %1 makes the server reachable from other machines; add --allow-remote if you mean it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scenario wants none, demo or flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate wants a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed wants a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 wants a probability between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flood finished: %1 frames sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after %1 frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baserow: rows loaded over REST per table (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames the message log keeps; older ones are dropped and counted (default 1000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes of frames the message log keeps (default 1 GiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous versions kept per entity (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous versions kept in all (default 500000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 wants a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end, print throughput (first to last frame) and memory figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood frames per second (default: as fast as the client reads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--flood-rate wants a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the flood this many seconds after its table has a subscriber.</source>
        <translation>Die Flut so viele Sekunden, nachdem ihre Tabelle einen Abonnenten hat, starten.</translation>
    </message>
    <message>
        <source>--flood-delay wants a number of seconds</source>
        <translation>--flood-delay erwartet eine Anzahl Sekunden</translation>
    </message>
</context>
<context>
    <name>Feedscope::ContentServerProtocol</name>
    <message>
        <source>binary frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 without an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither action nor statusCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (with content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a directory path, e.g. /ui/dashboards (assumed LISTEN/UNLISTEN protocol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path is needed, e.g. /ui/dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::Feed</name>
    <message>
        <source>API page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::FeedConnection</name>
    <message>
        <source>TLS certificate refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the server within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the credentials (HTTP 401 Unauthorized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused access (HTTP 403 Forbidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the upgrade (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a frame exceeded the limit of %1 bytes; connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection (code %1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was lost (code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no pong within %1 ms; the connection is considered dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server broke the WebSocket protocol (%1); connection closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::FeedDriver</name>
    <message>
        <source>the access token has expired; paste a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail and a password are needed to log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login answer without an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token refresh was refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWT has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWT has expired and no user name is set to fetch a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token service answered without data.token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching a JWT failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::FeedProtocol</name>
    <message>
        <source>this feed has no subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::FeedSession</name>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discarded by the server (access lost?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server discarded the subscription %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subscription message: the server streams everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no page_add within %1 s: Baserow refuses silently (no access, or no such page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the frame could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no REST session: the snapshot cannot be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::FeedTransport</name>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to reconnect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::Gui</name>
    <message>
        <source>A live monitor for WebSocket change feeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the demo: the test server and a connection to each of its feeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the demo, check that live changes arrive on all feeds, exit (0 ok, 1 not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the window to this PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait, once every feed is live, before the screenshot (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this INI file for the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt logging rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::Kind</name>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group-bys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decorations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::LiveTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::MessageLogModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::MessageStatus</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::Monitor</name>
    <message>
        <source>feedscope: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never connected to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedscope: %1 frames in, %2 out, %3 messages, %4 changes applied; %5 malformed, %6 invalid, %7 of unknown type; %8 log frames and %9 history versions dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedscope: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::RawProtocol</name>
    <message>
        <source>not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::Replay</name>
    <message>
        <source>%1 lines: %2 frames in, %3 out, %4 messages, %5 changes applied; %6 malformed, %7 invalid, %8 of unknown type, %9 unreadable lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::SecretStore</name>
    <message>
        <source>no secret stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in memory for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::Server</name>
    <message>
        <source>Feedscope test server listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::StatisticsModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::SubscriptionModel</name>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::SubscriptionState</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::TableRowsModel</name>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::ComposerPanel</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the frame (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frame to send, e.g. {&quot;type&quot;: &quot;ping&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent (double-click to edit again):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::ConnectionDialog</name>
    <message>
        <source>Connect to a backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authentication: this feed is open to every client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: Name: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprints of certificates to accept despite TLS errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the current state over REST on connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and tokens are %1; never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics key (raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pong within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baserow sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous (public views only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ContentServer credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT (given, or fetched with the user and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the server streams everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription frames (assumed protocol, ${path} and ${id} are filled in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http(s)://your-baserow (the backend&apos;s URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table:ID, row:TABLE:ROW, view:SLUG, dashboard:ID — comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http(s)://host:port (the Atoti server&apos;s URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paths to listen to, e.g. /ui/dashboards — comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http(s)://host:port (the API page backend&apos;s URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ws(s)://host/path (any WebSocket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raw feed needs a ws:// or wss:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the backend&apos;s http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baserow needs an e-mail and a password (or a token, or anonymous).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication needs a user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::DecorationProxy</name>
    <message>
        <source>deleted (kept as a tombstone until cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placeholder: referenced before it was announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale: the server asked for a reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::DetailPane</name>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content not loaded — load it over REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two versions to compare them; one to compare it with the current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames that touched this entity: double-click to show one in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entity in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placeholder: referenced, not announced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale: the server asked for a reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not loaded: an ADD carries metadata only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current · frame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before frame %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no longer in the log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::FeedView</name>
    <message>
        <source>Filter the tree (Ctrl+F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear tombstones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the entities the feed said were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the state again over REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count messages by this key (default: type, event or action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a table (or one of its rows) in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::LogPanel</name>
    <message>
        <source>Filter messages (text or regular expression)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only frames that were malformed, invalid, of unknown type or errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected frame (secrets masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (%1 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dropped (log cap)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::MainWindow</name>
    <message>
        <source>Watch a backend change, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedscope shows what a Baserow, ContentServer or “API page” backend changes, as it happens: a live tree of its entities, every raw message, and your subscriptions. The demo starts a test server that imitates all three and connects to each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a backend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscribe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;tombstones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Feedscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test server did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 msg/s · %2 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 log frames dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 old versions dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes dropped while loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bad or unknown frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep deleted entities until cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log: frames kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: versions per entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: versions in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight fades over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps apply to connections opened from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Feedscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Feedscope %1&lt;/h3&gt;&lt;p&gt;A live monitor for WebSocket change feeds: Baserow, ActiveViam ContentServer, “API page” and raw JSON.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3) · simdjson %4 · secrets %5&lt;br&gt;%6&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::ServerPanel</name>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop connections (per frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed JSON (per frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown types (per frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oversize frames (per frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test server did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the test server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the test server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenario (changes by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: a team at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood: as fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access tokens expire after 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) · %1 frames sent · %2 changes made</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Table 100 (Products) is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::SubscriptionPanel</name>
    <message>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baserow answers page_add when it accepts a subscription and says nothing when it refuses one (no access, no such table or row): a subscription still pending after %1 s is shown as refused. The server can also discard a page by itself, e.g. when you lose access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ContentServer&apos;s subscription messages are not public: Feedscope sends an assumed LISTEN/UNLISTEN protocol (configurable per connection, or none when the server streams everything).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This feed has no subscriptions: the server sends everything to every client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::WebSocketClient</name>
    <message>
        <source>this build of Qt cannot make TLS (wss) connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::Ws</name>
    <message>
        <source>the server&apos;s answer to the upgrade has no end (more than %1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer the upgrade with HTTP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the upgrade (HTTP %1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s upgrade has no &quot;Upgrade: websocket&quot; header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s upgrade has no &quot;Connection: Upgrade&quot; header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s upgrade has a wrong Sec-WebSocket-Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server chose a WebSocket extension this client did not offer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameReader</name>
    <message>
        <source>the server set reserved bits in a frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server masked a frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown control opcode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fragmented control frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown opcode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a continuation frame without a message to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new message before the last one was finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a frame length with its top bit set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control frame longer than 125 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message of more than %1 bytes (the limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a close frame with a 1-byte payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a close frame with the invalid code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a close reason that is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text message that is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>User or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or an access token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
