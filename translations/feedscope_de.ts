<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Feedscope::App</name>
    <message>
        <source>no command &quot;%1&quot; (commands: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (commands: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a display (DISPLAY or WAYLAND_DISPLAY, or QT_QPA_PLATFORM=offscreen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live monitor for WebSocket change feeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the commands below, or none for the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a feed headless, print its changes, record frames, write the final state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed a recording or a transcript through the decoder, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the embedded test server alone, for other clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This help; &quot;help COMMAND&quot; shows that command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a display, a plain &quot;feedscope&quot; (or &quot;feedscope --demo&quot;) runs the headless demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening a recording needs a display; &quot;feedscope replay FILE&quot; reads one on the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in a recording between two moments, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recording&apos;s frames as JSON Lines, CSV or HAR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::App::AppOptions</name>
    <message>
        <source>Show this help, with the commands, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the demo: the test server and a connection to each of its feeds. Without a display, the headless demo on the console.</source>
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
        <source>Qt logging rules, e.g. &quot;feedscope.net.debug=true&quot;.</source>
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
        <source>Explicit WebSocket URL (default: derived from --url).</source>
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
        <source>--url is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url must be the backend&apos;s http(s) URL, e.g. http://localhost:8000</source>
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
        <source>--print wants changes or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the embedded test server alone.</source>
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
    <message>
        <source>Feed: %1 (default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend&apos;s http(s) URL (a feed addressed by its WebSocket: the ws(s) URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File whose first line is the password (- for stdin); or FEEDSCOPE_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe (repeatable): table:ID, row:TABLE:ROW, view:SLUG[:TOKEN], dashboard:ID on Baserow; a path on ContentServer; a query on GraphQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy for the WebSocket: system (default), none, http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File whose first line is the --%1 value (- for stdin); or %2 in the environment. Safer than --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedscope: warning: --%1 on the command line can be read by other users of this machine; prefer --%1-file or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown feed &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 feed needs a ws:// or wss:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feeds to imitate, comma-separated: %1, or all (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the flood updates: the Baserow table (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key the imitations sign tokens with (default: one kept in the app&apos;s data folder, so tokens survive a restart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--feed wants %1 or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret wants at least 16 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no header naming its feed: give --feed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed a recording (or a transcript) through the decoder and store, up to a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recording (.jsonl or .jsonl.gz, docs/recording-format.md) or a fixture transcript ({dir,msg} lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed of a file without a header: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this frame (its number, as the log shows it) or at this ISO time; the state is the one at that moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the state to this JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in a recording between two moments: the entities created, deleted and changed, each with its members old → new, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recording (.jsonl or .jsonl.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier moment: a frame&apos;s number (as the log shows it, the state after it), an ISO time, or start (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The later moment, the same way, or end (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entities of this kind (row, table, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file, not standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recording&apos;s frames as JSON Lines, CSV or HAR 1.2 (Chrome DevTools opens it), secrets masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jsonl, csv or har.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first frame to export (its number or an ISO time; default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last frame to export (its number or an ISO time; default: the last).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format wants jsonl, csv or har</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no frame between those moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve this recording instead of the imitations: its frames, with their timing, to every client on the recorded feed&apos;s path, and its REST answers (docs/recording-format.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --replay: how much faster than recorded (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--speed wants a number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot serve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--speed goes with --replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>flood finished: %n frame(s) sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n frame(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::SecretStore</name>
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
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this frame under a name, for this feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the saved frame chosen on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from one of the feed&apos;s messages, or a frame you saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as “%1”, its secrets masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (for this feed; an existing name is replaced):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Send again to send it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>sent %n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the backend&apos;s http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system, none, http://host:3128 or socks5://host:1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This feed needs a ws:// or wss:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is needed.</source>
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
    <message>
        <source>(not loaded: the feed sends it on request only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · lowest %2 · highest %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::DiffView</name>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2: &lt;b&gt;%3 created&lt;/b&gt;, &lt;b&gt;%4 deleted&lt;/b&gt;, &lt;b&gt;%5 changed&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity / member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the diff</source>
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
    <message>
        <source>this tab is a recording already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show its %n frame(s) in the log</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Expand all below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already subscribed to %1</source>
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
    <message numerus="yes">
        <source>… %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the frame as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show the %n entit(ies) it changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the connection&apos;s story: connect, close, reconnect, login, snapshot, subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames in and out, without the connection&apos;s story</source>
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
        <source>reconnecting in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Feedscope</source>
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
    <message>
        <source>&lt;h3&gt;Feedscope %1&lt;/h3&gt;&lt;p&gt;A live monitor for WebSocket change feeds: %2.&lt;/p&gt;&lt;p&gt;Qt %3 (built with %4) · simdjson %5 · secrets %6&lt;br&gt;%7&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedscope shows what a Baserow, ContentServer, “API page” or GraphQL backend changes, as it happens: a live tree of its entities, every raw message, and your subscriptions. Record a session and scrub back through it later. The demo starts a test server that imitates each backend and connects to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the s&amp;tate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the frames…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look &amp;back in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recording · %n frame(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unreadable lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no frame yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no frames (%2 unreadable lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the recording: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not say which feed it comes from. Read it as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Recorded from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unreadable line(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (served)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings (*.jsonl *.jsonl.gz *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 is incomplete: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed recordings (*.jsonl.gz);;Recordings (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The log&apos;s filter shows %n of its frames. Export only those?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The filter shows no frame: nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines, a recording (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, one line per frame (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR 1.2, for Chrome DevTools (*.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames written to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · looking back, still receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Looking back over %n frame(s) received by %1; Back to live (Ctrl+B) returns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Feedscope &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 msg/s · %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log frame(s) dropped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old version(s) dropped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) dropped while loading</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad or unknown frame(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● recording %n frame(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Feedscope help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Watching a feed&lt;/h3&gt;&lt;p&gt;Open a connection (or try the demo): the tree on the left shows the backend&apos;s entities as they change (green: created, yellow: changed, red: deleted); the log below lists every frame in and out. Select an entity to see its data, its earlier versions and the frames that touched it; select a frame to see the entities it changed. The Subscriptions tab subscribes and unsubscribes by hand; the composer sends any frame.&lt;/p&gt;&lt;h3&gt;Back in time&lt;/h3&gt;&lt;p&gt;Record a session (File ▸ Record…) and open it later, or look back in a live tab: the timeline under the tree moves to any frame; mark two moments to see what changed between them.&lt;/p&gt;&lt;p&gt;In a filter box, Esc clears it; in the log, Space pauses it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::PreferencesDialog</name>
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
        <source>Reopen the last session&apos;s tabs at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections with their subscriptions, the demo and recordings. Passwords come from the system&apos;s keychain, or are asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light and Dark apply at once; as the desktop follows its light or dark setting where the system tells Qt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
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
        <source>Drop connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no feed chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the test server to change things by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings (*.jsonl *.jsonl.gz *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording cannot be served: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay a recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve a recording&apos;s frames, with their timing, and its REST answers to every client that connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much faster than recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Subscribe to the document (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriptions as they stood at this moment of the recording.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::TimelineBar</name>
    <message>
        <source>One frame back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause (Alt+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One frame forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing speed, against the recorded time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to any moment of the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this moment as A, the earlier side of a diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this moment as B, the later side of a diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff A → B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entities created, deleted and changed between A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the recording… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the first frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this look back: the tab shows the live state again (Ctrl+B)</source>
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
    <message>
        <source>Open a recording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
