<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Feedscope::ApiPageProtocol</name>
    <message>
        <source>event without an id</source>
        <translation>événement sans id</translation>
    </message>
    <message>
        <source>event %1: fields is not a list</source>
        <translation>événement %1&#xa0;: fields n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>event %1: a field is not an object</source>
        <translation>événement %1&#xa0;: un champ n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>page without an id</source>
        <translation>page sans id</translation>
    </message>
    <message>
        <source>binary frame</source>
        <translation>trame binaire</translation>
    </message>
    <message>
        <source>empty frame</source>
        <translation>trame vide</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>no &quot;event&quot;</source>
        <translation>pas de «&#xa0;event&#xa0;»</translation>
    </message>
    <message>
        <source>%1 without data</source>
        <translation>%1 sans data</translation>
    </message>
    <message>
        <source>%1 without an id</source>
        <translation>%1 sans id</translation>
    </message>
    <message>
        <source>%1 without data.%2</source>
        <translation>%1 sans data.%2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 a répondu HTTP %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1&#xa0;: pas un objet JSON</translation>
    </message>
    <message>
        <source>%1: no data list</source>
        <translation>%1&#xa0;: pas de liste data</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1&#xa0;: pas de données</translation>
    </message>
    <message>
        <source>(field %1)</source>
        <translation>(champ %1)</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n de plus</numerusform>
            <numerusform>… %n de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::App</name>
    <message>
        <source>no command &quot;%1&quot; (commands: %2)</source>
        <translation>pas de commande «&#xa0;%1&#xa0;» (commandes&#xa0;: %2)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (commands: %2)</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;» (commandes&#xa0;: %2)</translation>
    </message>
    <message>
        <source>--%1 needs a display (DISPLAY or WAYLAND_DISPLAY, or QT_QPA_PLATFORM=offscreen)</source>
        <translation>--%1 a besoin d&apos;un affichage (DISPLAY ou WAYLAND_DISPLAY, ou QT_QPA_PLATFORM=offscreen)</translation>
    </message>
    <message>
        <source>A live monitor for WebSocket change feeds.</source>
        <translation>Un moniteur en direct pour les flux de changements WebSocket.</translation>
    </message>
    <message>
        <source>One of the commands below, or none for the app.</source>
        <translation>Une des commandes ci-dessous, ou aucune pour l&apos;application.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Connect to a feed headless, print its changes, record frames, write the final state.</source>
        <translation>Se connecter à un flux sans interface, afficher ses changements, enregistrer les trames, écrire l&apos;état final.</translation>
    </message>
    <message>
        <source>Feed a recording or a transcript through the decoder, offline.</source>
        <translation>Passer un enregistrement ou une transcription dans le décodeur, hors ligne.</translation>
    </message>
    <message>
        <source>Run the embedded test server alone, for other clients.</source>
        <translation>Lancer le serveur de test intégré seul, pour d&apos;autres clients.</translation>
    </message>
    <message>
        <source>This help; &quot;help COMMAND&quot; shows that command&apos;s options.</source>
        <translation>Cette aide&#xa0;; «&#xa0;help COMMANDE&#xa0;» montre les options de cette commande.</translation>
    </message>
    <message>
        <source>Without a display, a plain &quot;feedscope&quot; (or &quot;feedscope --demo&quot;) runs the headless demo.</source>
        <translation>Sans affichage, un simple «&#xa0;feedscope&#xa0;» (ou «&#xa0;feedscope --demo&#xa0;») lance la démo sans interface.</translation>
    </message>
    <message>
        <source>opening a recording needs a display; &quot;feedscope replay FILE&quot; reads one on the console</source>
        <translation>ouvrir un enregistrement demande un affichage&#xa0;; «&#xa0;feedscope replay FICHIER&#xa0;» le lit dans la console</translation>
    </message>
    <message>
        <source>What changed in a recording between two moments, as JSON.</source>
        <translation>Ce qui a changé dans un enregistrement entre deux moments, en JSON.</translation>
    </message>
    <message>
        <source>A recording&apos;s frames as JSON Lines, CSV or HAR.</source>
        <translation>Les trames d&apos;un enregistrement en JSON Lines, CSV ou HAR.</translation>
    </message>
    <message>
        <source>Show this help, with the commands, and exit.</source>
        <translation>Afficher cette aide, avec les commandes, et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Start the demo: the test server and a connection to each of its feeds. Without a display, the headless demo on the console.</source>
        <translation>Lancer la démo&#xa0;: le serveur de test et une connexion à chacun de ses flux. Sans affichage, la démo sans interface dans la console.</translation>
    </message>
    <message>
        <source>Start the demo, check that live changes arrive on all feeds, exit (0 ok, 1 not).</source>
        <translation>Lancer la démo, vérifier que les changements arrivent en direct sur tous les flux, quitter (0 bon, 1 non).</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to this PNG file.</source>
        <translation>Enregistrer une capture de la fenêtre dans ce fichier PNG.</translation>
    </message>
    <message>
        <source>Seconds to wait, once every feed is live, before the screenshot (default 4).</source>
        <translation>Secondes d&apos;attente, une fois chaque flux en direct, avant la capture (4 par défaut).</translation>
    </message>
    <message>
        <source>Use this INI file for the settings.</source>
        <translation>Utiliser ce fichier INI pour les réglages.</translation>
    </message>
    <message>
        <source>Qt logging rules, e.g. &quot;feedscope.net.debug=true&quot;.</source>
        <translation>Règles de journalisation Qt, p. ex. «&#xa0;feedscope.net.debug=true&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Feedscope::BaserowProtocol</name>
    <message>
        <source>%1: missing or wrongly typed &quot;%2&quot;</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» manque ou est d&apos;un mauvais type</translation>
    </message>
    <message>
        <source>workspace member without an id</source>
        <translation>membre d&apos;espace de travail sans id</translation>
    </message>
    <message>
        <source>workspace without an id</source>
        <translation>espace de travail sans id</translation>
    </message>
    <message>
        <source>table without an id</source>
        <translation>table sans id</translation>
    </message>
    <message>
        <source>application without an id</source>
        <translation>application sans id</translation>
    </message>
    <message>
        <source>%1 without id or view</source>
        <translation>%1 sans id ni vue</translation>
    </message>
    <message>
        <source>view without an id</source>
        <translation>vue sans id</translation>
    </message>
    <message>
        <source>field without an id</source>
        <translation>champ sans id</translation>
    </message>
    <message>
        <source>row without an id</source>
        <translation>ligne sans id</translation>
    </message>
    <message>
        <source>row comment without id, table_id or row_id</source>
        <translation>commentaire de ligne sans id, table_id ou row_id</translation>
    </message>
    <message>
        <source>authentication refused</source>
        <translation>authentification refusée</translation>
    </message>
    <message>
        <source>the server ended the session (force_disconnect: the password was changed)</source>
        <translation>le serveur a mis fin à la session (force_disconnect&#xa0;: le mot de passe a changé)</translation>
    </message>
    <message>
        <source>%1: a row is not an object</source>
        <translation>%1&#xa0;: une ligne n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>rows_deleted: a row id is not a number</source>
        <translation>rows_deleted&#xa0;: un id de ligne n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>binary frame: Baserow sends text frames only</source>
        <translation>trame binaire&#xa0;: Baserow n&apos;envoie que des trames texte</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>no &quot;type&quot;</source>
        <translation>pas de «&#xa0;type&#xa0;»</translation>
    </message>
    <message>
        <source>authenticated, connection id %1</source>
        <translation>authentifié, id de connexion %1</translation>
    </message>
    <message>
        <source>subscribed %1</source>
        <translation>abonné&#xa0;: %1</translation>
    </message>
    <message>
        <source>unsubscribed %1</source>
        <translation>désabonné&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>table %1: %n row(s) created (%2)</source>
        <translation>
            <numerusform>table %1&#xa0;: %n ligne créée (%2)</numerusform>
            <numerusform>table %1&#xa0;: %n lignes créées (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>table %1: %n row(s) updated (%2)</source>
        <translation>
            <numerusform>table %1&#xa0;: %n ligne modifiée (%2)</numerusform>
            <numerusform>table %1&#xa0;: %n lignes modifiées (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>table %1: %n row(s) deleted (%2)</source>
        <translation>
            <numerusform>table %1&#xa0;: %n ligne supprimée (%2)</numerusform>
            <numerusform>table %1&#xa0;: %n lignes supprimées (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>table %1 row %2: history entry</source>
        <translation>table %1 ligne %2&#xa0;: entrée d&apos;historique</translation>
    </message>
    <message>
        <source>table:ID, row:TABLE:ROW, view:SLUG[:TOKEN], dashboard:ID</source>
        <translation>table:ID, row:TABLE:LIGNE, view:SLUG[:JETON], dashboard:ID</translation>
    </message>
    <message>
        <source>table:ID needs a positive number</source>
        <translation>table:ID demande un nombre positif</translation>
    </message>
    <message>
        <source>row:TABLE:ROW needs two positive numbers</source>
        <translation>row:TABLE:LIGNE demande deux nombres positifs</translation>
    </message>
    <message>
        <source>dashboard:ID needs a positive number</source>
        <translation>dashboard:ID demande un nombre positif</translation>
    </message>
    <message>
        <source>unknown subscription &quot;%1&quot;; use %2</source>
        <translation>abonnement inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez %2</translation>
    </message>
    <message>
        <source>Subscribe to a table</source>
        <translation>S&apos;abonner à une table</translation>
    </message>
    <message>
        <source>Unsubscribe from a table</source>
        <translation>Se désabonner d&apos;une table</translation>
    </message>
    <message>
        <source>Subscribe to a row</source>
        <translation>S&apos;abonner à une ligne</translation>
    </message>
    <message>
        <source>Subscribe to a public view</source>
        <translation>S&apos;abonner à une vue publique</translation>
    </message>
    <message>
        <source>Subscribe to a dashboard</source>
        <translation>S&apos;abonner à un tableau de bord</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 a répondu HTTP %2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1&#xa0;: pas du JSON&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: expected a list</source>
        <translation>%1&#xa0;: liste attendue</translation>
    </message>
    <message>
        <source>%1: expected a page object</source>
        <translation>%1&#xa0;: objet de page attendu</translation>
    </message>
    <message>
        <source>row snapshot capped at %1 rows</source>
        <translation>instantané des lignes limité à %1 lignes</translation>
    </message>
    <message>
        <source>Baserow answers page_add when it accepts a subscription and says nothing when it refuses one (no access, no such table or row): a subscription still pending after %1 s is shown as refused. The server can also discard a page by itself, e.g. when you lose access.</source>
        <translation>Baserow répond page_add quand il accepte un abonnement et ne dit rien quand il le refuse (pas d&apos;accès, table ou ligne inexistante)&#xa0;: un abonnement encore en attente après %1 s est montré comme refusé. Le serveur peut aussi abandonner une page de lui-même, p. ex. quand vous perdez l&apos;accès.</translation>
    </message>
    <message>
        <source>no page_add within %1 s: Baserow refuses silently (no access, or no such page)</source>
        <translation>pas de page_add en %1 s&#xa0;: Baserow refuse en silence (pas d&apos;accès, ou page inexistante)</translation>
    </message>
    <message>
        <source>scheduled for deletion</source>
        <translation>programmé pour suppression</translation>
    </message>
    <message>
        <source>%1 group</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
</context>
<context>
    <name>Feedscope::CertificateInfo</name>
    <message>
        <source>certificate of %1, issued by %2, SHA-256 %3 (%4)</source>
        <translation>certificat de %1, émis par %2, SHA-256 %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Feedscope::CommandLine</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Explicit WebSocket URL (default: derived from --url).</source>
        <translation>URL WebSocket explicite (par défaut&#xa0;: déduite de --url).</translation>
    </message>
    <message>
        <source>Origin header on the upgrade.</source>
        <translation>En-tête Origin de la mise à niveau.</translation>
    </message>
    <message>
        <source>Extra header on the upgrade, K:V (repeatable).</source>
        <translation>En-tête supplémentaire de la mise à niveau, K:V (répétable).</translation>
    </message>
    <message>
        <source>Do not load the initial state over REST.</source>
        <translation>Ne pas charger l&apos;état initial par REST.</translation>
    </message>
    <message>
        <source>Ping interval and pong timeout in seconds, e.g. 30,10; 0 to switch off.</source>
        <translation>Intervalle de ping et délai du pong en secondes, p. ex. 30,10&#xa0;; 0 pour désactiver.</translation>
    </message>
    <message>
        <source>Accept this certificate (SHA-256 fingerprint) despite TLS errors.</source>
        <translation>Accepter ce certificat (empreinte SHA-256) malgré les erreurs TLS.</translation>
    </message>
    <message>
        <source>Largest frame accepted (default 16 MiB).</source>
        <translation>Plus grande trame acceptée (16 Mio par défaut).</translation>
    </message>
    <message>
        <source>Qt logging rules, e.g. &quot;feedscope.net.debug=true&quot;.</source>
        <translation>Règles de journalisation Qt, p. ex. «&#xa0;feedscope.net.debug=true&#xa0;».</translation>
    </message>
    <message>
        <source>--url is required</source>
        <translation>--url est requis</translation>
    </message>
    <message>
        <source>--url must be the backend&apos;s http(s) URL, e.g. http://localhost:8000</source>
        <translation>--url doit être l&apos;URL http(s) du backend, p. ex. http://localhost:8000</translation>
    </message>
    <message>
        <source>--header wants K:V, got &quot;%1&quot;</source>
        <translation>--header attend K:V, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--max-frame-bytes wants a number of at least 1024</source>
        <translation>--max-frame-bytes attend un nombre d&apos;au moins 1024</translation>
    </message>
    <message>
        <source>unexpected arguments: %1</source>
        <translation>arguments inattendus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connect to a feed, print what changes, write the final state.</source>
        <translation>Se connecter à un flux, afficher ce qui change, écrire l&apos;état final.</translation>
    </message>
    <message>
        <source>the mode</source>
        <translation>le mode</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>S&apos;arrêter après ce nombre de secondes.</translation>
    </message>
    <message>
        <source>Stop after this many seconds without a frame.</source>
        <translation>S&apos;arrêter après ce nombre de secondes sans trame.</translation>
    </message>
    <message>
        <source>What to print: changes, frames or none.</source>
        <translation>Ce qu&apos;il faut afficher&#xa0;: changes, frames ou none.</translation>
    </message>
    <message>
        <source>Record frames to this JSON Lines file.</source>
        <translation>Enregistrer les trames dans ce fichier JSON Lines.</translation>
    </message>
    <message>
        <source>Write the final state to this JSON file.</source>
        <translation>Écrire l&apos;état final dans ce fichier JSON.</translation>
    </message>
    <message>
        <source>Give up after this many failed first attempts (default 3).</source>
        <translation>Abandonner après ce nombre de premières tentatives échouées (3 par défaut).</translation>
    </message>
    <message>
        <source>--print wants changes, frames or none</source>
        <translation>--print attend changes, frames ou none</translation>
    </message>
    <message>
        <source>--duration wants a positive number of seconds</source>
        <translation>--duration attend un nombre positif de secondes</translation>
    </message>
    <message>
        <source>--idle wants a positive number of seconds</source>
        <translation>--idle attend un nombre positif de secondes</translation>
    </message>
    <message>
        <source>--connect-attempts wants a positive number</source>
        <translation>--connect-attempts attend un nombre positif</translation>
    </message>
    <message>
        <source>What to print: changes or none.</source>
        <translation>Ce qu&apos;il faut afficher&#xa0;: changes ou none.</translation>
    </message>
    <message>
        <source>Qt logging rules.</source>
        <translation>Règles de journalisation Qt.</translation>
    </message>
    <message>
        <source>replay wants exactly one FILE</source>
        <translation>replay attend exactement un FICHIER</translation>
    </message>
    <message>
        <source>--print wants changes or none</source>
        <translation>--print attend changes ou none</translation>
    </message>
    <message>
        <source>Run the embedded test server alone.</source>
        <translation>Lancer le serveur de test intégré seul.</translation>
    </message>
    <message>
        <source>Port (0: any free port; default 8765).</source>
        <translation>Port (0&#xa0;: n&apos;importe quel port libre&#xa0;; 8765 par défaut).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse d&apos;écoute (127.0.0.1 par défaut).</translation>
    </message>
    <message>
        <source>Allow --bind to an address other machines can reach.</source>
        <translation>Autoriser --bind sur une adresse que d&apos;autres machines peuvent joindre.</translation>
    </message>
    <message>
        <source>none, demo or flood (default none).</source>
        <translation>none, demo ou flood (none par défaut).</translation>
    </message>
    <message>
        <source>Demo changes per second (default 5).</source>
        <translation>Changements de la démo par seconde (5 par défaut).</translation>
    </message>
    <message>
        <source>Seed of the scenario generator (default 1).</source>
        <translation>Graine du générateur de scénario (1 par défaut).</translation>
    </message>
    <message>
        <source>JSON file of extra users (docs/test-server.md).</source>
        <translation>Fichier JSON d&apos;utilisateurs supplémentaires (docs/test-server.md).</translation>
    </message>
    <message>
        <source>JSON file replacing the demo data (docs/test-server.md).</source>
        <translation>Fichier JSON qui remplace les données de la démo (docs/test-server.md).</translation>
    </message>
    <message>
        <source>Stop the flood after this many frames.</source>
        <translation>Arrêter le flot après ce nombre de trames.</translation>
    </message>
    <message>
        <source>Add this many generated rows to the flood table.</source>
        <translation>Ajouter ce nombre de lignes générées à la table du flot.</translation>
    </message>
    <message>
        <source>Baserow access token life in seconds (default 600).</source>
        <translation>Durée de vie du jeton d&apos;accès Baserow en secondes (600 par défaut).</translation>
    </message>
    <message>
        <source>Baserow refresh token life in seconds (default 604800).</source>
        <translation>Durée de vie du jeton de rafraîchissement Baserow en secondes (604800 par défaut).</translation>
    </message>
    <message>
        <source>Baserow transport ping interval in ms (default 20000).</source>
        <translation>Intervalle de ping du transport Baserow en ms (20000 par défaut).</translation>
    </message>
    <message>
        <source>Comma-separated Origin allow-list for ContentServer.</source>
        <translation>Liste d&apos;Origin autorisées pour ContentServer, séparées par des virgules.</translation>
    </message>
    <message>
        <source>ContentServer sends every readable change, no LISTEN needed.</source>
        <translation>ContentServer envoie chaque changement lisible, sans LISTEN.</translation>
    </message>
    <message>
        <source>ContentServer sends no greeting on connect.</source>
        <translation>ContentServer n&apos;envoie pas de message d&apos;accueil à la connexion.</translation>
    </message>
    <message>
        <source>Action string of removals (REMOVE or DELETE).</source>
        <translation>Nom d&apos;action des suppressions (REMOVE ou DELETE).</translation>
    </message>
    <message>
        <source>&quot;API page&quot;: answer pings and close (the real server does not).</source>
        <translation>«&#xa0;API page&#xa0;»&#xa0;: répondre aux pings et fermer (le vrai serveur ne le fait pas).</translation>
    </message>
    <message>
        <source>&quot;API page&quot; ping interval in ms (default 54000).</source>
        <translation>Intervalle de ping «&#xa0;API page&#xa0;» en ms (54000 par défaut).</translation>
    </message>
    <message>
        <source>Drop a connection with this probability per frame.</source>
        <translation>Couper une connexion avec cette probabilité par trame.</translation>
    </message>
    <message>
        <source>Delay every frame by this many ms.</source>
        <translation>Retarder chaque trame de ce nombre de ms.</translation>
    </message>
    <message>
        <source>Send a malformed frame with this probability per frame.</source>
        <translation>Envoyer une trame malformée avec cette probabilité par trame.</translation>
    </message>
    <message>
        <source>Send a frame of unknown type with this probability per frame.</source>
        <translation>Envoyer une trame de type inconnu avec cette probabilité par trame.</translation>
    </message>
    <message>
        <source>Send a 17 MiB frame with this probability per frame.</source>
        <translation>Envoyer une trame de 17 Mio avec cette probabilité par trame.</translation>
    </message>
    <message>
        <source>Issue access tokens that expire after 5 s.</source>
        <translation>Émettre des jetons d&apos;accès qui expirent après 5 s.</translation>
    </message>
    <message>
        <source>--port wants 0 to 65535</source>
        <translation>--port attend 0 à 65535</translation>
    </message>
    <message>
        <source>--bind wants an IP address</source>
        <translation>--bind attend une adresse IP</translation>
    </message>
    <message>
        <source>--bind %1 makes the server reachable from other machines; add --allow-remote if you mean it</source>
        <translation>--bind %1 rend le serveur joignable depuis d&apos;autres machines&#xa0;; ajoutez --allow-remote si c&apos;est voulu</translation>
    </message>
    <message>
        <source>--scenario wants none, demo or flood</source>
        <translation>--scenario attend none, demo ou flood</translation>
    </message>
    <message>
        <source>--rate wants a positive number</source>
        <translation>--rate attend un nombre positif</translation>
    </message>
    <message>
        <source>--seed wants a non-negative integer</source>
        <translation>--seed attend un entier positif ou nul</translation>
    </message>
    <message>
        <source>--%1 wants a probability between 0 and 1</source>
        <translation>--%1 attend une probabilité entre 0 et 1</translation>
    </message>
    <message>
        <source>Frames the message log keeps; older ones are dropped and counted (default 1000000).</source>
        <translation>Trames gardées par le journal des messages&#xa0;; les plus anciennes sont abandonnées et comptées (1000000 par défaut).</translation>
    </message>
    <message>
        <source>Bytes of frames the message log keeps (default 1 GiB).</source>
        <translation>Octets de trames gardés par le journal des messages (1 Gio par défaut).</translation>
    </message>
    <message>
        <source>Previous versions kept per entity (default 50).</source>
        <translation>Versions précédentes gardées par entité (50 par défaut).</translation>
    </message>
    <message>
        <source>Previous versions kept in all (default 500000).</source>
        <translation>Versions précédentes gardées en tout (500000 par défaut).</translation>
    </message>
    <message>
        <source>--%1 wants a non-negative number</source>
        <translation>--%1 attend un nombre positif ou nul</translation>
    </message>
    <message>
        <source>At the end, print throughput (first to last frame) and memory figures.</source>
        <translation>À la fin, afficher le débit (de la première à la dernière trame) et les chiffres de mémoire.</translation>
    </message>
    <message>
        <source>Flood frames per second (default: as fast as the client reads).</source>
        <translation>Trames du flot par seconde (par défaut&#xa0;: aussi vite que le client lit).</translation>
    </message>
    <message>
        <source>--flood-rate wants a positive number</source>
        <translation>--flood-rate attend un nombre positif</translation>
    </message>
    <message>
        <source>Start the flood this many seconds after its table has a subscriber.</source>
        <translation>Lancer le flot ce nombre de secondes après que sa table a un abonné.</translation>
    </message>
    <message>
        <source>--flood-delay wants a number of seconds</source>
        <translation>--flood-delay attend un nombre de secondes</translation>
    </message>
    <message>
        <source>Feed: %1 (default %2).</source>
        <translation>Flux&#xa0;: %1 (%2 par défaut).</translation>
    </message>
    <message>
        <source>The backend&apos;s http(s) URL (a feed addressed by its WebSocket: the ws(s) URL).</source>
        <translation>L&apos;URL http(s) du backend (pour un flux désigné par son WebSocket&#xa0;: l&apos;URL ws(s)).</translation>
    </message>
    <message>
        <source>File whose first line is the password (- for stdin); or FEEDSCOPE_PASSWORD.</source>
        <translation>Fichier dont la première ligne est le mot de passe (- pour stdin)&#xa0;; ou FEEDSCOPE_PASSWORD.</translation>
    </message>
    <message>
        <source>Subscribe (repeatable): table:ID, row:TABLE:ROW, view:SLUG[:TOKEN], dashboard:ID on Baserow; a path on ContentServer; a query on GraphQL.</source>
        <translation>S&apos;abonner (répétable)&#xa0;: table:ID, row:TABLE:LIGNE, view:SLUG[:JETON], dashboard:ID pour Baserow&#xa0;; un chemin pour ContentServer&#xa0;; une requête pour GraphQL.</translation>
    </message>
    <message>
        <source>Proxy for the WebSocket: system (default), none, http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>Proxy pour le WebSocket&#xa0;: system (par défaut), none, http://HÔTE:PORT ou socks5://HÔTE:PORT.</translation>
    </message>
    <message>
        <source>File whose first line is the --%1 value (- for stdin); or %2 in the environment. Safer than --%1.</source>
        <translation>Fichier dont la première ligne est la valeur de --%1 (- pour stdin)&#xa0;; ou %2 dans l&apos;environnement. Plus sûr que --%1.</translation>
    </message>
    <message>
        <source>feedscope: warning: --%1 on the command line can be read by other users of this machine; prefer --%1-file or %2</source>
        <translation>feedscope&#xa0;: attention&#xa0;: --%1 sur la ligne de commande peut être lu par les autres utilisateurs de cette machine&#xa0;; préférez --%1-file ou %2</translation>
    </message>
    <message>
        <source>unknown feed &quot;%1&quot; (%2)</source>
        <translation>flux inconnu «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>the %1 feed needs a ws:// or wss:// URL</source>
        <translation>le flux %1 demande une URL ws:// ou wss://</translation>
    </message>
    <message>
        <source>The feeds to imitate, comma-separated: %1, or all (default all).</source>
        <translation>Les flux à imiter, séparés par des virgules&#xa0;: %1, ou all (all par défaut).</translation>
    </message>
    <message>
        <source>What the flood updates: the Baserow table (default 100).</source>
        <translation>Ce que le flot met à jour&#xa0;: la table Baserow (100 par défaut).</translation>
    </message>
    <message>
        <source>Key the imitations sign tokens with (default: one kept in the app&apos;s data folder, so tokens survive a restart).</source>
        <translation>Clé de signature des jetons des imitations (par défaut&#xa0;: une clé gardée dans le dossier de données de l&apos;application, pour que les jetons survivent à un redémarrage).</translation>
    </message>
    <message>
        <source>--feed wants %1 or all</source>
        <translation>--feed attend %1 ou all</translation>
    </message>
    <message>
        <source>--secret wants at least 16 characters</source>
        <translation>--secret attend au moins 16 caractères</translation>
    </message>
    <message>
        <source>%1 has no header naming its feed: give --feed (%2)</source>
        <translation>%1 n&apos;a pas d&apos;en-tête qui nomme son flux&#xa0;: indiquez --feed (%2)</translation>
    </message>
    <message>
        <source>Feed a recording (or a transcript) through the decoder and store, up to a moment.</source>
        <translation>Passer un enregistrement (ou une transcription) dans le décodeur et le magasin, jusqu&apos;à un moment.</translation>
    </message>
    <message>
        <source>a recording (.jsonl or .jsonl.gz, docs/recording-format.md) or a fixture transcript ({dir,msg} lines)</source>
        <translation>un enregistrement (.jsonl ou .jsonl.gz, docs/recording-format.md) ou une transcription de fixture (lignes {dir,msg})</translation>
    </message>
    <message>
        <source>Feed of a file without a header: %1.</source>
        <translation>Flux d&apos;un fichier sans en-tête&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Stop after this frame (its number, as the log shows it) or at this ISO time; the state is the one at that moment.</source>
        <translation>S&apos;arrêter après cette trame (son numéro, tel que le journal le montre) ou à cette heure ISO&#xa0;; l&apos;état est celui de ce moment.</translation>
    </message>
    <message>
        <source>Write the state to this JSON file.</source>
        <translation>Écrire l&apos;état dans ce fichier JSON.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 wants exactly one FILE</source>
        <translation>%1 attend exactement un FICHIER</translation>
    </message>
    <message>
        <source>What changed in a recording between two moments: the entities created, deleted and changed, each with its members old → new, as JSON.</source>
        <translation>Ce qui a changé dans un enregistrement entre deux moments&#xa0;: les entités créées, supprimées et modifiées, chacune avec ses membres ancien → nouveau, en JSON.</translation>
    </message>
    <message>
        <source>a recording (.jsonl or .jsonl.gz)</source>
        <translation>un enregistrement (.jsonl ou .jsonl.gz)</translation>
    </message>
    <message>
        <source>The earlier moment: a frame&apos;s number (as the log shows it, the state after it), an ISO time, or start (default).</source>
        <translation>Le moment le plus tôt&#xa0;: le numéro d&apos;une trame (tel que le journal le montre, l&apos;état après elle), une heure ISO, ou start (par défaut).</translation>
    </message>
    <message>
        <source>The later moment, the same way, or end (default).</source>
        <translation>Le moment le plus tard, de la même façon, ou end (par défaut).</translation>
    </message>
    <message>
        <source>Only entities of this kind (row, table, …).</source>
        <translation>Seulement les entités de ce genre (row, table, …).</translation>
    </message>
    <message>
        <source>Write to this file, not standard output.</source>
        <translation>Écrire dans ce fichier, pas sur la sortie standard.</translation>
    </message>
    <message>
        <source>A recording&apos;s frames as JSON Lines, CSV or HAR 1.2 (Chrome DevTools opens it), secrets masked.</source>
        <translation>Les trames d&apos;un enregistrement en JSON Lines, CSV ou HAR 1.2 (Chrome DevTools l&apos;ouvre), secrets masqués.</translation>
    </message>
    <message>
        <source>jsonl, csv or har.</source>
        <translation>jsonl, csv ou har.</translation>
    </message>
    <message>
        <source>The first frame to export (its number or an ISO time; default: the first).</source>
        <translation>La première trame à exporter (son numéro ou une heure ISO&#xa0;; par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <source>The last frame to export (its number or an ISO time; default: the last).</source>
        <translation>La dernière trame à exporter (son numéro ou une heure ISO&#xa0;; par défaut&#xa0;: la dernière).</translation>
    </message>
    <message>
        <source>--format wants jsonl, csv or har</source>
        <translation>--format attend jsonl, csv ou har</translation>
    </message>
    <message>
        <source>no frame between those moments</source>
        <translation>aucune trame entre ces moments</translation>
    </message>
    <message>
        <source>Serve this recording instead of the imitations: its frames, with their timing, to every client on the recorded feed&apos;s path, and its REST answers (docs/recording-format.md).</source>
        <translation>Servir cet enregistrement au lieu des imitations&#xa0;: ses trames, avec leur rythme, à chaque client sur le chemin du flux enregistré, et ses réponses REST (docs/recording-format.md).</translation>
    </message>
    <message>
        <source>With --replay: how much faster than recorded (default 1).</source>
        <translation>Avec --replay&#xa0;: combien de fois plus vite qu&apos;enregistré (1 par défaut).</translation>
    </message>
    <message>
        <source>--speed wants a number above 0</source>
        <translation>--speed attend un nombre supérieur à 0</translation>
    </message>
    <message>
        <source>cannot serve %1: %2</source>
        <translation>impossible de servir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--speed goes with --replay</source>
        <translation>--speed va avec --replay</translation>
    </message>
    <message numerus="yes">
        <source>flood finished: %n frame(s) sent</source>
        <translation>
            <numerusform>flot terminé&#xa0;: %n trame envoyée</numerusform>
            <numerusform>flot terminé&#xa0;: %n trames envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n frame(s)</source>
        <translation>
            <numerusform>arrêté après %n trame</numerusform>
            <numerusform>arrêté après %n trames</numerusform>
        </translation>
    </message>
    <message>
        <source>--email needs --password-file (or FEEDSCOPE_PASSWORD)</source>
        <translation>--email demande --password-file (ou FEEDSCOPE_PASSWORD)</translation>
    </message>
    <message>
        <source>Baserow needs --token, --email with --password-file, or --anonymous</source>
        <translation>Baserow demande --token, --email avec --password-file, ou --anonymous</translation>
    </message>
    <message>
        <source>--row-snapshot-cap wants a non-negative number</source>
        <translation>--row-snapshot-cap attend un nombre positif ou nul</translation>
    </message>
    <message>
        <source>Baserow e-mail to log in with.</source>
        <translation>Adresse e-mail Baserow pour se connecter.</translation>
    </message>
    <message>
        <source>Baserow access token, used as given.</source>
        <translation>Jeton d&apos;accès Baserow, utilisé tel quel.</translation>
    </message>
    <message>
        <source>Baserow: connect as anonymous (public views).</source>
        <translation>Baserow&#xa0;: se connecter en anonyme (vues publiques).</translation>
    </message>
    <message>
        <source>Baserow: rows loaded over REST per table (default 10000).</source>
        <translation>Baserow&#xa0;: lignes chargées par REST par table (10000 par défaut).</translation>
    </message>
    <message>
        <source>--jwt - needs --user and --password-file to fetch a token</source>
        <translation>--jwt - demande --user et --password-file pour obtenir un jeton</translation>
    </message>
    <message>
        <source>ContentServer user name (Basic, or to fetch a JWT).</source>
        <translation>Nom d&apos;utilisateur ContentServer (Basic, ou pour obtenir un JWT).</translation>
    </message>
    <message>
        <source>ContentServer: Authorization: Jwt with this token, or fetch one with --user (give - to fetch).</source>
        <translation>ContentServer&#xa0;: Authorization: Jwt avec ce jeton, ou en obtenir un avec --user (donner - pour l&apos;obtenir).</translation>
    </message>
    <message>
        <source>ContentServer: Cookie header value.</source>
        <translation>ContentServer&#xa0;: valeur de l&apos;en-tête Cookie.</translation>
    </message>
    <message>
        <source>ContentServer: listen to a path (repeatable; as --subscribe).</source>
        <translation>ContentServer&#xa0;: écouter un chemin (répétable&#xa0;; comme --subscribe).</translation>
    </message>
    <message>
        <source>ContentServer subscribe frame with ${path} and ${id}; empty: none.</source>
        <translation>Trame d&apos;abonnement ContentServer avec ${path} et ${id}&#xa0;; vide&#xa0;: aucune.</translation>
    </message>
    <message>
        <source>ContentServer unsubscribe frame.</source>
        <translation>Trame de désabonnement ContentServer.</translation>
    </message>
    <message>
        <source>--%1 wants a JSON object</source>
        <translation>--%1 attend un objet JSON</translation>
    </message>
    <message>
        <source>GraphQL: the token connection_init carries.</source>
        <translation>GraphQL&#xa0;: le jeton que porte connection_init.</translation>
    </message>
    <message>
        <source>GraphQL: connection_init&apos;s payload, a JSON object (${token} is replaced).</source>
        <translation>GraphQL&#xa0;: la charge utile de connection_init, un objet JSON (${token} est remplacé).</translation>
    </message>
    <message>
        <source>GraphQL: variables for every --subscribe, a JSON object.</source>
        <translation>GraphQL&#xa0;: variables pour chaque --subscribe, un objet JSON.</translation>
    </message>
    <message>
        <source>Raw feed: count messages by this key.</source>
        <translation>Flux brut&#xa0;: compter les messages par cette clé.</translation>
    </message>
    <message>
        <source>Show this command&apos;s options and exit.</source>
        <translation>Afficher les options de cette commande et quitter.</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are unset); running the headless demo instead. Press Ctrl+C to stop.</source>
        <translation>aucun affichage trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définis)&#xa0;; lancement de la démo sans interface à la place. Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>cannot start the demo server: %1</source>
        <translation>impossible de démarrer le serveur de démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <comment>the headless demo&apos;s line for a feed: its name, its state, &quot;12 messages&quot;, &quot;30 entities&quot;</comment>
        <translation>%1&#xa0;: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entit(ies)</source>
        <translation>
            <numerusform>%n entité</numerusform>
            <numerusform>%n entités</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot start the server: %1</source>
        <translation>impossible de démarrer le serveur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Feedscope::ContentServerProtocol</name>
    <message>
        <source>a path %1 folders deep (the limit is %2)</source>
        <translation>un chemin profond de %1 dossiers (la limite est %2)</translation>
    </message>
    <message>
        <source>a path of %1 characters (the limit is %2)</source>
        <translation>un chemin de %1 caractères (la limite est %2)</translation>
    </message>
    <message>
        <source>binary frame</source>
        <translation>trame binaire</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>%1 without a path</source>
        <translation>%1 sans chemin</translation>
    </message>
    <message>
        <source>unknown action %1</source>
        <translation>action inconnue %1</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of %2 without an entry</source>
        <translation>%1 de %2 sans entrée</translation>
    </message>
    <message>
        <source>neither action nor statusCode</source>
        <translation>ni action ni statusCode</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> par %1</translation>
    </message>
    <message>
        <source> (with content)</source>
        <translation> (avec contenu)</translation>
    </message>
    <message>
        <source>a directory path, e.g. /ui/dashboards (assumed LISTEN/UNLISTEN protocol)</source>
        <translation>un chemin de dossier, p. ex. /ui/dashboards (protocole LISTEN/UNLISTEN supposé)</translation>
    </message>
    <message>
        <source>a path is needed, e.g. /ui/dashboards</source>
        <translation>un chemin est nécessaire, p. ex. /ui/dashboards</translation>
    </message>
    <message>
        <source>Listen to a folder</source>
        <translation>Écouter un dossier</translation>
    </message>
    <message>
        <source>Stop listening to a folder</source>
        <translation>Ne plus écouter un dossier</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 a répondu HTTP %2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1&#xa0;: pas du JSON&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1&#xa0;: pas de données</translation>
    </message>
    <message>
        <source>ContentServer&apos;s subscription messages are not public: Feedscope sends an assumed LISTEN/UNLISTEN protocol (configurable per connection, or none when the server streams everything).</source>
        <translation>Les messages d&apos;abonnement de ContentServer ne sont pas publics&#xa0;: Feedscope envoie un protocole LISTEN/UNLISTEN supposé (réglable par connexion, ou aucun quand le serveur diffuse tout).</translation>
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
        <translation>http(s)://hôte:port (l&apos;URL du backend API page)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Baserow</source>
        <translation>Baserow</translation>
    </message>
    <message>
        <source>http(s)://your-baserow (the backend&apos;s URL)</source>
        <translation>http(s)://votre-baserow (l&apos;URL du backend)</translation>
    </message>
    <message>
        <source>E-mail and password</source>
        <translation>E-mail et mot de passe</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Anonymous (public views only)</source>
        <translation>Anonyme (vues publiques seulement)</translation>
    </message>
    <message>
        <source>table:ID, row:TABLE:ROW, view:SLUG, dashboard:ID — comma-separated</source>
        <translation>table:ID, row:TABLE:LIGNE, view:SLUG, dashboard:ID — séparés par des virgules</translation>
    </message>
    <message>
        <source>Rows loaded per table</source>
        <translation>Lignes chargées par table</translation>
    </message>
    <message>
        <source>rows of each table loaded over REST (default 10000)</source>
        <translation>lignes de chaque table chargées par REST (10000 par défaut)</translation>
    </message>
    <message>
        <source>ContentServer</source>
        <translation>ContentServer</translation>
    </message>
    <message>
        <source>http(s)://host:port (the Atoti server&apos;s URL)</source>
        <translation>http(s)://hôte:port (l&apos;URL du serveur Atoti)</translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <translation>Basic (utilisateur et mot de passe)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>JWT (given, or fetched with the user and password)</source>
        <translation>JWT (donné, ou obtenu avec l&apos;utilisateur et le mot de passe)</translation>
    </message>
    <message>
        <source>Session cookie</source>
        <translation>Cookie de session</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>paths to listen to, e.g. /ui/dashboards — comma-separated</source>
        <translation>chemins à écouter, p. ex. /ui/dashboards — séparés par des virgules</translation>
    </message>
    <message>
        <source>Subscribe frame</source>
        <translation>Trame d&apos;abonnement</translation>
    </message>
    <message>
        <source>${path} and ${id} are filled in; empty: none, the server streams everything</source>
        <translation>${path} et ${id} sont remplis&#xa0;; vide&#xa0;: aucune, le serveur diffuse tout</translation>
    </message>
    <message>
        <source>Unsubscribe frame</source>
        <translation>Trame de désabonnement</translation>
    </message>
    <message>
        <source>${path} and ${id} are filled in</source>
        <translation>${path} et ${id} sont remplis</translation>
    </message>
    <message>
        <source>GraphQL</source>
        <translation>GraphQL</translation>
    </message>
    <message>
        <source>ws(s)://host/graphql (graphql-transport-ws)</source>
        <translation>ws(s)://hôte/graphql (graphql-transport-ws)</translation>
    </message>
    <message>
        <source>Token in connection_init</source>
        <translation>Jeton dans connection_init</translation>
    </message>
    <message>
        <source>subscription { prices { id symbol price } }</source>
        <translation>subscription { prices { id symbol price } }</translation>
    </message>
    <message>
        <source>connection_init payload</source>
        <translation>Charge utile de connection_init</translation>
    </message>
    <message>
        <source>JSON; ${token} is the token (default with a token: {&quot;Authorization&quot;:&quot;Bearer ${token}&quot;})</source>
        <translation>JSON&#xa0;; ${token} est le jeton (par défaut avec un jeton&#xa0;: {&quot;Authorization&quot;:&quot;Bearer ${token}&quot;})</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>JSON object, for subscriptions that give none</source>
        <translation>Objet JSON, pour les abonnements qui n&apos;en donnent pas</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <source>ws(s)://host/path (any WebSocket)</source>
        <translation>ws(s)://hôte/chemin (n&apos;importe quel WebSocket)</translation>
    </message>
    <message>
        <source>Statistics key</source>
        <translation>Clé des statistiques</translation>
    </message>
    <message>
        <source>count messages by this member (default: type, event or action)</source>
        <translation>compter les messages par ce membre (par défaut&#xa0;: type, event ou action)</translation>
    </message>
    <message>
        <source>%1 demo</source>
        <translation>Démo %1</translation>
    </message>
</context>
<context>
    <name>Feedscope::FeedConnection</name>
    <message>
        <source>TLS certificate refused: %1</source>
        <translation>certificat TLS refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server accepted the connection but did not complete the WebSocket upgrade within %1 s</source>
        <translation>le serveur a accepté la connexion mais n&apos;a pas terminé la mise à niveau WebSocket en %1 s</translation>
    </message>
    <message>
        <source>no answer from the server within %1 s</source>
        <translation>pas de réponse du serveur en %1 s</translation>
    </message>
    <message>
        <source>the server does not read what it is sent (%1 KiB unsent, the limit is %2 KiB; a flood of pings?); connection closed</source>
        <translation>le serveur ne lit pas ce qu&apos;on lui envoie (%1 Kio en attente, la limite est %2 Kio&#xa0;; un flot de pings ?)&#xa0;; connexion fermée</translation>
    </message>
    <message>
        <source>the server refused the credentials (HTTP 401 Unauthorized)</source>
        <translation>le serveur a refusé les identifiants (HTTP 401 Unauthorized)</translation>
    </message>
    <message>
        <source>the server refused access (HTTP 403 Forbidden)</source>
        <translation>le serveur a refusé l&apos;accès (HTTP 403 Forbidden)</translation>
    </message>
    <message>
        <source>the server refused the upgrade (HTTP %1)</source>
        <translation>le serveur a refusé la mise à niveau (HTTP %1)</translation>
    </message>
    <message>
        <source>the WebSocket upgrade failed: %1</source>
        <translation>la mise à niveau WebSocket a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the proxy failed (%1): %2</source>
        <translation>le proxy a échoué (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>the system&apos;s proxy</source>
        <translation>le proxy du système</translation>
    </message>
    <message>
        <source>the connection ended before the WebSocket upgrade completed</source>
        <translation>la connexion s&apos;est terminée avant la fin de la mise à niveau WebSocket</translation>
    </message>
    <message>
        <source>the server closed the connection (code %1%2)</source>
        <translation>le serveur a fermé la connexion (code %1%2)</translation>
    </message>
    <message>
        <source>a frame exceeded the limit of %1 bytes; connection closed</source>
        <translation>une trame a dépassé la limite de %1 octets&#xa0;; connexion fermée</translation>
    </message>
    <message>
        <source>the WebSocket protocol was broken (code %1, %2); connection closed</source>
        <translation>le protocole WebSocket n&apos;a pas été respecté (code %1, %2)&#xa0;; connexion fermée</translation>
    </message>
    <message>
        <source>the connection was lost (code %1%2)</source>
        <translation>la connexion a été perdue (code %1%2)</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n attempt(s)</source>
        <translation>
            <numerusform>abandon après %n tentative</numerusform>
            <numerusform>abandon après %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>no pong within %1 ms; the connection is considered dead</source>
        <translation>pas de pong en %1 ms&#xa0;; la connexion est considérée comme morte</translation>
    </message>
</context>
<context>
    <name>Feedscope::FeedDriver</name>
    <message>
        <source>the access token has expired; paste a new one</source>
        <translation>le jeton d&apos;accès a expiré&#xa0;; collez-en un nouveau</translation>
    </message>
    <message>
        <source>an e-mail and a password are needed to log in</source>
        <translation>une adresse e-mail et un mot de passe sont nécessaires pour se connecter</translation>
    </message>
    <message>
        <source>Logging in to %1 as %2</source>
        <translation>Connexion à %1 en tant que %2</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>login answer without an access token</source>
        <translation>réponse de connexion sans jeton d&apos;accès</translation>
    </message>
    <message>
        <source>cannot reach the server: %1</source>
        <translation>impossible de joindre le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>login failed: %1</source>
        <translation>échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>login refused (%1)</source>
        <translation>connexion refusée (%1)</translation>
    </message>
    <message>
        <source>Refreshing the access token</source>
        <translation>Rafraîchissement du jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Access token refreshed</source>
        <translation>Jeton d&apos;accès rafraîchi</translation>
    </message>
    <message>
        <source>the token refresh was refused (%1)</source>
        <translation>le rafraîchissement du jeton a été refusé (%1)</translation>
    </message>
    <message>
        <source>the JWT has expired</source>
        <translation>le JWT a expiré</translation>
    </message>
    <message>
        <source>the JWT has expired and no user name is set to fetch a new one</source>
        <translation>le JWT a expiré et aucun nom d&apos;utilisateur n&apos;est donné pour en obtenir un nouveau</translation>
    </message>
    <message>
        <source>Fetching a JWT from %1 as %2</source>
        <translation>Obtention d&apos;un JWT auprès de %1 en tant que %2</translation>
    </message>
    <message>
        <source>Got a JWT</source>
        <translation>JWT obtenu</translation>
    </message>
    <message>
        <source>the token service answered without data.token</source>
        <translation>le service de jetons a répondu sans data.token</translation>
    </message>
    <message>
        <source>fetching a JWT failed (%1)</source>
        <translation>l&apos;obtention d&apos;un JWT a échoué (%1)</translation>
    </message>
    <message>
        <source>%1; the token holds until %2</source>
        <translation>%1&#xa0;; le jeton vaut jusqu&apos;à %2</translation>
    </message>
</context>
<context>
    <name>Feedscope::FeedProtocol</name>
    <message>
        <source>this feed has no subscriptions</source>
        <translation>ce flux n&apos;a pas d&apos;abonnements</translation>
    </message>
    <message>
        <source>This feed has no subscriptions: the server sends everything to every client.</source>
        <translation>Ce flux n&apos;a pas d&apos;abonnements&#xa0;: le serveur envoie tout à chaque client.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
</context>
<context>
    <name>Feedscope::FeedSession</name>
    <message>
        <source>No longer subscribed to %1</source>
        <translation>Plus abonné à %1</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconnexion</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s (attempt %2)</source>
        <translation>Reconnexion dans %1 s (tentative %2)</translation>
    </message>
    <message>
        <source>Authenticated by the feed</source>
        <translation>Authentifié par le flux</translation>
    </message>
    <message>
        <source>Authenticated by the feed, connection id %1</source>
        <translation>Authentifié par le flux, id de connexion %1</translation>
    </message>
    <message>
        <source>authentication refused by the server</source>
        <translation>authentification refusée par le serveur</translation>
    </message>
    <message>
        <source>%1: the saved token was refused, logging in again</source>
        <translation>%1&#xa0;: le jeton enregistré a été refusé, nouvelle connexion</translation>
    </message>
    <message>
        <source>discarded by the server (access lost?)</source>
        <translation>abandonné par le serveur (accès perdu ?)</translation>
    </message>
    <message>
        <source>the server discarded the subscription %1</source>
        <translation>le serveur a abandonné l&apos;abonnement %1</translation>
    </message>
    <message>
        <source>completed by the server</source>
        <translation>terminé par le serveur</translation>
    </message>
    <message>
        <source>server error %1: %2</source>
        <translation>erreur du serveur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>trame %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no REST session: the snapshot cannot be loaded</source>
        <translation>pas de session REST&#xa0;: l&apos;instantané ne peut pas être chargé</translation>
    </message>
    <message numerus="yes">
        <source>Loading the snapshot: %n REST call(s)</source>
        <translation>
            <numerusform>Chargement de l&apos;instantané&#xa0;: %n appel REST</numerusform>
            <numerusform>Chargement de l&apos;instantané&#xa0;: %n appels REST</numerusform>
        </translation>
    </message>
    <message>
        <source>snapshot %1 failed: %2</source>
        <translation>instantané %1 en échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>snapshot: %1</source>
        <translation>instantané&#xa0;: %1</translation>
    </message>
    <message>
        <source>the snapshot needed more than %1 REST calls: stopped there, incomplete</source>
        <translation>l&apos;instantané demandait plus de %1 appels REST&#xa0;: arrêté là, incomplet</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot loaded: %n change(s)</source>
        <translation>
            <numerusform>Instantané chargé&#xa0;: %n changement</numerusform>
            <numerusform>Instantané chargé&#xa0;: %n changements</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot incomplete: %1</source>
        <translation>Instantané incomplet&#xa0;: %1</translation>
    </message>
    <message>
        <source>normal closure</source>
        <translation>fermeture normale</translation>
    </message>
    <message>
        <source>going away</source>
        <translation>départ</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>erreur de protocole</translation>
    </message>
    <message>
        <source>unsupported data</source>
        <translation>données non prises en charge</translation>
    </message>
    <message>
        <source>no code given</source>
        <translation>aucun code donné</translation>
    </message>
    <message>
        <source>abnormal closure, no Close frame</source>
        <translation>fermeture anormale, sans trame Close</translation>
    </message>
    <message>
        <source>invalid payload</source>
        <translation>charge utile invalide</translation>
    </message>
    <message>
        <source>policy violation</source>
        <translation>violation de règle</translation>
    </message>
    <message>
        <source>message too big</source>
        <translation>message trop grand</translation>
    </message>
    <message>
        <source>extension required</source>
        <translation>extension requise</translation>
    </message>
    <message>
        <source>internal server error</source>
        <translation>erreur interne du serveur</translation>
    </message>
    <message>
        <source>service restart</source>
        <translation>redémarrage du service</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>réessayer plus tard</translation>
    </message>
    <message>
        <source>application code</source>
        <translation>code d&apos;application</translation>
    </message>
    <message>
        <source>Connecting to %1 (attempt %2)</source>
        <translation>Connexion à %1 (tentative %2)</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Connected to %1, subprotocol %2</source>
        <translation>Connecté à %1, sous-protocole %2</translation>
    </message>
    <message>
        <source>Disconnected (code %1)</source>
        <translation>Déconnecté (code %1)</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Fermé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Closed by the server, code %1</source>
        <translation>Fermé par le serveur, code %1</translation>
    </message>
    <message>
        <source>Closed by the server, code %1 (%2)</source>
        <translation>Fermé par le serveur, code %1 (%2)</translation>
    </message>
    <message>
        <source>Subscribing to %1 again</source>
        <translation>Nouvel abonnement à %1</translation>
    </message>
    <message>
        <source>Subscribing to %1</source>
        <translation>Abonnement à %1</translation>
    </message>
    <message>
        <source>Subscribed to %1</source>
        <translation>Abonné à %1</translation>
    </message>
    <message>
        <source>Subscription to %1 refused</source>
        <translation>Abonnement à %1 refusé</translation>
    </message>
    <message>
        <source>Subscription to %1 discarded</source>
        <translation>Abonnement à %1 abandonné</translation>
    </message>
    <message>
        <source>Subscription to %1 ended</source>
        <translation>Abonnement à %1 terminé</translation>
    </message>
    <message>
        <source>Unsubscribing from %1</source>
        <translation>Désabonnement de %1</translation>
    </message>
    <message>
        <source>no subscription message: the server streams everything</source>
        <translation>pas de message d&apos;abonnement&#xa0;: le serveur diffuse tout</translation>
    </message>
    <message>
        <source>subscription %1 refused: %2</source>
        <translation>abonnement %1 refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (line %2, column %3)</source>
        <translation>JSON invalide&#xa0;: %1 (ligne %2, colonne %3)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>the frame could not be sent</source>
        <translation>la trame n&apos;a pas pu être envoyée</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused: an entity would hold more than %1 members</source>
        <translation>
            <numerusform>%n modification refusée&#xa0;: une entité aurait plus de %1 membres</numerusform>
            <numerusform>%n modifications refusées&#xa0;: une entité aurait plus de %1 membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::FeedTransport</name>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Waiting to reconnect</source>
        <translation>En attente de reconnexion</translation>
    </message>
</context>
<context>
    <name>Feedscope::GraphQlProtocol</name>
    <message>
        <source>an error without a message</source>
        <translation>une erreur sans message</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>S&apos;abonner</translation>
    </message>
    <message>
        <source>Complete (unsubscribe)</source>
        <translation>Terminer (se désabonner)</translation>
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
        <translation>un abonnement est une requête GraphQL, ou un objet JSON avec sa «&#xa0;query&#xa0;» (et «&#xa0;variables&#xa0;», «&#xa0;operationName&#xa0;»)</translation>
    </message>
    <message>
        <source>&quot;variables&quot; must be a JSON object</source>
        <translation>«&#xa0;variables&#xa0;» doit être un objet JSON</translation>
    </message>
    <message>
        <source>not a GraphQL query: &quot;%1&quot;</source>
        <translation>pas une requête GraphQL&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the variables must be a JSON object</source>
        <translation>les variables doivent être un objet JSON</translation>
    </message>
    <message>
        <source>a GraphQL subscription, e.g. subscription { prices { id symbol price } }</source>
        <translation>un abonnement GraphQL, p. ex. subscription { prices { id symbol price } }</translation>
    </message>
    <message>
        <source>A GraphQL subscription is pending until its first result (next), refused by an error, and ended when the server completes it. Its result&apos;s lists of objects with an id become its rows.</source>
        <translation>Un abonnement GraphQL est en attente jusqu&apos;à son premier résultat (next), refusé par une erreur, et terminé quand le serveur le complète. Les listes d&apos;objets avec un id de son résultat deviennent ses lignes.</translation>
    </message>
    <message>
        <source>binary frame</source>
        <translation>trame binaire</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>a message without a type</source>
        <translation>un message sans type</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>type de message inconnu %1</translation>
    </message>
    <message>
        <source>%1 without an id</source>
        <translation>%1 sans id</translation>
    </message>
    <message>
        <source>an error without a payload</source>
        <translation>une erreur sans charge utile</translation>
    </message>
    <message>
        <source>next without a result object</source>
        <translation>next sans objet résultat</translation>
    </message>
</context>
<context>
    <name>Feedscope::Kind</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Filter groups</source>
        <translation>Groupes de filtres</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Sorts</source>
        <translation>Tris</translation>
    </message>
    <message>
        <source>Group-bys</source>
        <translation>Regroupements</translation>
    </message>
    <message>
        <source>Decorations</source>
        <translation>Décorations</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
</context>
<context>
    <name>Feedscope::LiveTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>in</source>
        <comment>direction of a frame: received</comment>
        <translation>entr.</translation>
    </message>
    <message>
        <source>out</source>
        <comment>direction of a frame: sent</comment>
        <translation>sort.</translation>
    </message>
    <message>
        <source>conn</source>
        <comment>a row of the connection&apos;s story, not a frame; short</comment>
        <translation>conn.</translation>
    </message>
</context>
<context>
    <name>Feedscope::MessageStatus</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>control</source>
        <translation>contrôle</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>malformé</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
</context>
<context>
    <name>Feedscope::Monitor</name>
    <message>
        <source>feedscope: cannot write %1: %2</source>
        <translation>feedscope&#xa0;: impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the recording %1 failed: %2</source>
        <translation>l&apos;enregistrement %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>connexion impossible à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>never connected to %1: %2</source>
        <translation>jamais connecté à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>feedscope: %1 frames in, %2 out, %3 messages, %4 changes applied; %5 malformed, %6 invalid, %7 of unknown type; %8 log frames and %9 history versions dropped</source>
        <translation>feedscope&#xa0;: %1 trames reçues, %2 envoyées, %3 messages, %4 changements appliqués&#xa0;; %5 malformées, %6 invalides, %7 de type inconnu&#xa0;; %8 trames du journal et %9 versions d&apos;historique abandonnées</translation>
    </message>
</context>
<context>
    <name>Feedscope::ProxySetting</name>
    <message>
        <source>a proxy is &quot;system&quot;, &quot;none&quot;, http://HOST:PORT or socks5://HOST:PORT, not &quot;%1&quot;</source>
        <translation>un proxy est «&#xa0;system&#xa0;», «&#xa0;none&#xa0;», http://HÔTE:PORT ou socks5://HÔTE:PORT, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the proxy %1 needs a port</source>
        <translation>le proxy %1 demande un port</translation>
    </message>
</context>
<context>
    <name>Feedscope::RawProtocol</name>
    <message>
        <source>not JSON: %1</source>
        <translation>pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>A JSON message</source>
        <translation>Un message JSON</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
</context>
<context>
    <name>Feedscope::Recording</name>
    <message>
        <source>zlib could not start</source>
        <translation>zlib n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>the compressed file is cut short</source>
        <translation>le fichier compressé est tronqué</translation>
    </message>
    <message>
        <source>the compressed file is damaged (%1)</source>
        <translation>le fichier compressé est endommagé (%1)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no frame %1 in the recording</source>
        <translation>pas de trame %1 dans l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a frame number nor an ISO time</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un numéro de trame ni une heure ISO</translation>
    </message>
    <message>
        <source>the file has no header naming its feed (%1)</source>
        <translation>le fichier n&apos;a pas d&apos;en-tête qui nomme son flux (%1)</translation>
    </message>
    <message>
        <source>unknown feed &quot;%1&quot; (%2)</source>
        <translation>flux inconnu «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
</context>
<context>
    <name>Feedscope::RecordingImitation</name>
    <message>
        <source>%1 holds no frames</source>
        <translation>%1 ne contient aucune trame</translation>
    </message>
    <message>
        <source>Replay of %1</source>
        <translation>Relecture de %1</translation>
    </message>
    <message numerus="yes">
        <source>replayed %n frame(s) to a client</source>
        <translation>
            <numerusform>%n trame rejouée pour un client</numerusform>
            <numerusform>%n trames rejouées pour un client</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 frames to every client on %3 (speed %4×), %5 recorded REST answers; connect with any token, or none</source>
        <translation>  %1&#xa0;: %2 trames à chaque client sur %3 (vitesse %4×), %5 réponses REST enregistrées&#xa0;; connectez-vous avec n&apos;importe quel jeton, ou sans</translation>
    </message>
    <message>
        <source>Play it again to every client</source>
        <translation>La rejouer pour chaque client</translation>
    </message>
</context>
<context>
    <name>Feedscope::Replay</name>
    <message>
        <source>%1 lines: %2 frames in, %3 out, %4 messages, %5 changes applied; %6 malformed, %7 invalid, %8 of unknown type, %9 unreadable lines</source>
        <translation>%1 lignes&#xa0;: %2 trames reçues, %3 envoyées, %4 messages, %5 changements appliqués&#xa0;; %6 malformées, %7 invalides, %8 de type inconnu, %9 lignes illisibles</translation>
    </message>
</context>
<context>
    <name>Feedscope::RestClient</name>
    <message>
        <source>the answer exceeded the limit of %1</source>
        <translation>la réponse a dépassé la limite de %1</translation>
    </message>
</context>
<context>
    <name>Feedscope::SecretStore</name>
    <message>
        <source>kept in the OS keychain</source>
        <translation>gardés dans le trousseau du système</translation>
    </message>
    <message>
        <source>no secret stored</source>
        <translation>aucun secret enregistré</translation>
    </message>
    <message>
        <source>the keychain refused the secret</source>
        <translation>le trousseau a refusé le secret</translation>
    </message>
    <message>
        <source>kept in memory for this session only</source>
        <translation>gardés en mémoire pour cette session seulement</translation>
    </message>
</context>
<context>
    <name>Feedscope::Server</name>
    <message>
        <source>Feedscope test server listening on %1</source>
        <translation>Serveur de test Feedscope à l&apos;écoute sur %1</translation>
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
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Ajouté à la main</translation>
    </message>
    <message>
        <source>Update an event</source>
        <translation>Modifier un événement</translation>
    </message>
    <message>
        <source>Edited by hand</source>
        <translation>Modifié à la main</translation>
    </message>
    <message>
        <source>Delete an event</source>
        <translation>Supprimer un événement</translation>
    </message>
</context>
<context>
    <name>Feedscope::Server::BaserowImitation</name>
    <message>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Ajouté à la main</translation>
    </message>
    <message>
        <source>Update a row</source>
        <translation>Modifier une ligne</translation>
    </message>
    <message>
        <source>Delete a row</source>
        <translation>Supprimer une ligne</translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation>Ajouter un champ</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Champ %1</translation>
    </message>
    <message>
        <source>Rename a table</source>
        <translation>Renommer une table</translation>
    </message>
    <message>
        <source>Products %1</source>
        <translation>Produits %1</translation>
    </message>
</context>
<context>
    <name>Feedscope::Server::ContentServerImitation</name>
    <message>
        <source>Add a dashboard</source>
        <translation>Ajouter un tableau de bord</translation>
    </message>
    <message>
        <source>Edit a dashboard</source>
        <translation>Modifier un tableau de bord</translation>
    </message>
    <message>
        <source>Remove a dashboard</source>
        <translation>Retirer un tableau de bord</translation>
    </message>
</context>
<context>
    <name>Feedscope::Server::GraphQlImitation</name>
    <message>
        <source>Change a price</source>
        <translation>Changer un prix</translation>
    </message>
    <message>
        <source>Add a symbol</source>
        <translation>Ajouter un symbole</translation>
    </message>
    <message>
        <source>Remove a symbol</source>
        <translation>Retirer un symbole</translation>
    </message>
    <message>
        <source>Complete the subscriptions</source>
        <translation>Terminer les abonnements</translation>
    </message>
</context>
<context>
    <name>Feedscope::SessionRecorder</name>
    <message>
        <source>nothing was kept</source>
        <translation>rien n&apos;a été gardé</translation>
    </message>
    <message numerus="yes">
        <source>the log has dropped its oldest %n frame(s) (its cap) and has not kept enough since to start from: the state before them is not known</source>
        <translation>
            <numerusform>le journal a abandonné sa plus ancienne trame (sa limite) et n&apos;en a pas gardé assez depuis pour partir de là&#xa0;: l&apos;état d&apos;avant n&apos;est pas connu</numerusform>
            <numerusform>le journal a abandonné ses %n plus anciennes trames (sa limite) et n&apos;en a pas gardé assez depuis pour partir de là&#xa0;: l&apos;état d&apos;avant n&apos;est pas connu</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation>la connexion n&apos;existe plus</translation>
    </message>
</context>
<context>
    <name>Feedscope::StatisticsModel</name>
    <message>
        <source>(other types)</source>
        <translation>(autres types)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Per second</source>
        <translation>Par seconde</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Feedscope::SubscriptionState</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>unsubscribing</source>
        <translation>désabonnement</translation>
    </message>
    <message>
        <source>waiting for connection</source>
        <translation>en attente de connexion</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
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
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the frame (Ctrl+Return)</source>
        <translation>Envoyer la trame (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>A frame to send, e.g. {&quot;type&quot;: &quot;ping&quot;}</source>
        <translation>Une trame à envoyer, p. ex. {&quot;type&quot;: &quot;ping&quot;}</translation>
    </message>
    <message>
        <source>Sent (double-click to edit again):</source>
        <translation>Envoyées (double-clic pour modifier à nouveau)&#xa0;:</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Keep this frame under a name, for this feed</source>
        <translation>Garder cette trame sous un nom, pour ce flux</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Forget the saved frame chosen on the left</source>
        <translation>Oublier la trame enregistrée choisie à gauche</translation>
    </message>
    <message>
        <source>Start from one of the feed&apos;s messages, or a frame you saved</source>
        <translation>Partir d&apos;un des messages du flux, ou d&apos;une trame enregistrée</translation>
    </message>
    <message>
        <source>Start from…</source>
        <translation>Partir de…</translation>
    </message>
    <message>
        <source>Saved as “%1”</source>
        <translation>Enregistrée sous «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Saved as “%1”, its secrets masked</source>
        <translation>Enregistrée sous «&#xa0;%1&#xa0;», ses secrets masqués</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>«&#xa0;%1&#xa0;» supprimée</translation>
    </message>
    <message>
        <source>Save the frame</source>
        <translation>Enregistrer la trame</translation>
    </message>
    <message>
        <source>Name (for this feed; an existing name is replaced):</source>
        <translation>Nom (pour ce flux&#xa0;; un nom existant est remplacé)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — Send again to send it anyway</source>
        <translation>%1 — Envoyer à nouveau pour l&apos;envoyer quand même</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>JSON valide</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message numerus="yes">
        <source>sent %n byte(s)</source>
        <translation>
            <numerusform>%n octet envoyé</numerusform>
            <numerusform>%n octets envoyés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::ConnectionDialog</name>
    <message>
        <source>Connect to a backend</source>
        <translation>Se connecter à un backend</translation>
    </message>
    <message>
        <source>No authentication: this feed is open to every client.</source>
        <translation>Pas d&apos;authentification&#xa0;: ce flux est ouvert à chaque client.</translation>
    </message>
    <message>
        <source>One per line: Name: value</source>
        <translation>Un par ligne&#xa0;: Nom&#xa0;: valeur</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints of certificates to accept despite TLS errors</source>
        <translation>Empreintes SHA-256 de certificats à accepter malgré les erreurs TLS</translation>
    </message>
    <message>
        <source>Load the current state over REST on connect</source>
        <translation>Charger l&apos;état actuel par REST à la connexion</translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation>Se reconnecter automatiquement</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>Ping the server</source>
        <translation>Envoyer des pings au serveur</translation>
    </message>
    <message>
        <source>Passwords and tokens are %1; never in the settings file.</source>
        <translation>Les mots de passe et jetons sont %1&#xa0;; jamais dans le fichier de réglages.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Profils enregistrés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
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
        <translation>Connexion</translation>
    </message>
    <message>
        <source>WebSocket URL</source>
        <translation>URL WebSocket</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>En-têtes supplémentaires</translation>
    </message>
    <message>
        <source>Pinned certificates</source>
        <translation>Certificats épinglés</translation>
    </message>
    <message>
        <source>First delay</source>
        <translation>Premier délai</translation>
    </message>
    <message>
        <source>Longest delay</source>
        <translation>Délai le plus long</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Ping every</source>
        <translation>Ping toutes les</translation>
    </message>
    <message>
        <source>Pong within</source>
        <translation>Pong en moins de</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <source>Give the backend&apos;s http:// or https:// URL.</source>
        <translation>Donnez l&apos;URL http:// ou https:// du backend.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Feed settings</source>
        <translation>Réglages du flux</translation>
    </message>
    <message>
        <source>system, none, http://host:3128 or socks5://host:1080</source>
        <translation>system, none, http://hôte:3128 ou socks5://hôte:1080</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>No credentials are sent.</source>
        <translation>Aucun identifiant n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>This feed needs a ws:// or wss:// URL.</source>
        <translation>Ce flux demande une URL ws:// ou wss://.</translation>
    </message>
    <message>
        <source>%1: %2 is needed.</source>
        <translation>%1&#xa0;: %2 est nécessaire.</translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::DecorationProxy</name>
    <message>
        <source>deleted (kept as a tombstone until cleared)</source>
        <translation>supprimé (gardé jusqu&apos;à ce qu&apos;on oublie les entités supprimées)</translation>
    </message>
    <message>
        <source>placeholder: referenced before it was announced</source>
        <translation>espace réservé&#xa0;: mentionné avant d&apos;être annoncé</translation>
    </message>
    <message>
        <source>stale: the server asked for a reload</source>
        <translation>périmé&#xa0;: le serveur a demandé un rechargement</translation>
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
        <translation>Contenu</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Trames</translation>
    </message>
    <message>
        <source>Content not loaded — load it over REST</source>
        <translation>Contenu non chargé — le charger par REST</translation>
    </message>
    <message>
        <source>Select two versions to compare them; one to compare it with the current version</source>
        <translation>Choisissez deux versions pour les comparer&#xa0;; une pour la comparer à la version actuelle</translation>
    </message>
    <message>
        <source>Frames that touched this entity: double-click to show one in the log</source>
        <translation>Trames qui ont touché cette entité&#xa0;: double-cliquez pour en montrer une dans le journal</translation>
    </message>
    <message>
        <source>Select an entity in the tree</source>
        <translation>Choisissez une entité dans l&apos;arbre</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation>vu pour la première fois %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>modifié %1</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>supprimé %1</translation>
    </message>
    <message>
        <source>placeholder: referenced, not announced yet</source>
        <translation>espace réservé&#xa0;: mentionné, pas encore annoncé</translation>
    </message>
    <message>
        <source>stale: the server asked for a reload</source>
        <translation>périmé&#xa0;: le serveur a demandé un rechargement</translation>
    </message>
    <message>
        <source>current · frame %1</source>
        <translation>actuelle · trame %1</translation>
    </message>
    <message>
        <source>before frame %1 · %2</source>
        <translation>avant la trame %1 · %2</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>trame %1</translation>
    </message>
    <message>
        <source>(no longer in the log)</source>
        <translation>(plus dans le journal)</translation>
    </message>
    <message>
        <source>(not loaded: the feed sends it on request only)</source>
        <translation>(non chargé&#xa0;: le flux ne l&apos;envoie que sur demande)</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(pas un nombre)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>%1 · lowest %2 · highest %3</source>
        <translation>%1 · plus bas %2 · plus haut %3</translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::DiffView</name>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>Diff: %1 → %2</source>
        <translation>Diff&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>From %1 to %2: &lt;b&gt;%3 created&lt;/b&gt;, &lt;b&gt;%4 deleted&lt;/b&gt;, &lt;b&gt;%5 changed&lt;/b&gt;.</source>
        <translation>De %1 à %2&#xa0;: &lt;b&gt;%3 créées&lt;/b&gt;, &lt;b&gt;%4 supprimées&lt;/b&gt;, &lt;b&gt;%5 modifiées&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les genres</translation>
    </message>
    <message>
        <source>Every change</source>
        <translation>Chaque changement</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créées</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Entity / member</source>
        <translation>Entité / membre</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Enregistrer en JSON…</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 dans %3</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s): %1</source>
        <translation>
            <numerusform>%n membre&#xa0;: %1</numerusform>
            <numerusform>%n membres&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the diff</source>
        <translation>Enregistrer le diff</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::FeedView</name>
    <message>
        <source>Filter the tree (Ctrl+F)…</source>
        <translation>Filtrer l&apos;arbre (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Hide deleted</source>
        <translation>Masquer les supprimées</translation>
    </message>
    <message>
        <source>Clear tombstones</source>
        <translation>Oublier les supprimées</translation>
    </message>
    <message>
        <source>Forget the entities the feed said were deleted</source>
        <translation>Oublier les entités que le flux a dites supprimées</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Load the state again over REST</source>
        <translation>Charger à nouveau l&apos;état par REST</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Filtrer les lignes…</translation>
    </message>
    <message>
        <source>Count messages by this key (default: type, event or action)</source>
        <translation>Compter les messages par cette clé (par défaut&#xa0;: type, event ou action)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Composer</translation>
    </message>
    <message>
        <source>Select a table (or one of its rows) in the tree</source>
        <translation>Choisissez une table (ou une de ses lignes) dans l&apos;arbre</translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation>Lignes de %1</translation>
    </message>
    <message>
        <source>this tab is a recording already</source>
        <translation>cet onglet est déjà un enregistrement</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>n° %1 (%2)</translation>
    </message>
    <message>
        <source>Copy the id</source>
        <translation>Copier l&apos;id</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Copy the JSON</source>
        <translation>Copier le JSON</translation>
    </message>
    <message>
        <source>Subscribe to this</source>
        <translation>S&apos;abonner à ceci</translation>
    </message>
    <message>
        <source>Subscribe to %1</source>
        <translation>S&apos;abonner à %1</translation>
    </message>
    <message numerus="yes">
        <source>Show its %n frame(s) in the log</source>
        <translation>
            <numerusform>Montrer sa %n trame dans le journal</numerusform>
            <numerusform>Montrer ses %n trames dans le journal</numerusform>
        </translation>
    </message>
    <message>
        <source>Expand all below</source>
        <translation>Tout déplier en dessous</translation>
    </message>
    <message>
        <source>Already subscribed to %1</source>
        <translation>Déjà abonné à %1</translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::LogPanel</name>
    <message>
        <source>Filter messages (text or regular expression)…</source>
        <translation>Filtrer les messages (texte ou expression régulière)…</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Problèmes seulement</translation>
    </message>
    <message>
        <source>Only frames that were malformed, invalid, of unknown type or errors</source>
        <translation>Seulement les trames malformées, invalides, de type inconnu ou en erreur</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selected frame (secrets masked)</source>
        <translation>Copier la trame choisie (secrets masqués)</translation>
    </message>
    <message>
        <source>Resume (%1 new)</source>
        <translation>Reprendre (%1 nouvelles)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 affichées</translation>
    </message>
    <message>
        <source>%1 dropped (log cap)</source>
        <translation>%1 abandonnées (limite du journal)</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n de plus</numerusform>
            <numerusform>… %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modifiées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Go to this moment</source>
        <translation>Aller à ce moment</translation>
    </message>
    <message>
        <source>Mark as A</source>
        <translation>Marquer comme A</translation>
    </message>
    <message>
        <source>Mark as B</source>
        <translation>Marquer comme B</translation>
    </message>
    <message>
        <source>Copy the line</source>
        <translation>Copier la ligne</translation>
    </message>
    <message>
        <source>Copy the frame as JSON</source>
        <translation>Copier la trame en JSON</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n entit(ies) it changed</source>
        <translation>
            <numerusform>Montrer l&apos;entité qu&apos;elle a modifiée</numerusform>
            <numerusform>Montrer les %n entités qu&apos;elle a modifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Vider le journal</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Frames only</source>
        <translation>Trames seulement</translation>
    </message>
    <message>
        <source>Only the connection&apos;s story: connect, close, reconnect, login, snapshot, subscriptions</source>
        <translation>Seulement l&apos;histoire de la connexion&#xa0;: connexion, fermeture, reconnexion, authentification, instantané, abonnements</translation>
    </message>
    <message>
        <source>Frames in and out, without the connection&apos;s story</source>
        <translation>Trames entrantes et sortantes, sans l&apos;histoire de la connexion</translation>
    </message>
    <message>
        <source>Select a message to read it in full.</source>
        <translation>Sélectionnez un message pour le lire en entier.</translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::MainWindow</name>
    <message>
        <source>Watch a backend change, live</source>
        <translation>Voir un backend changer, en direct</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Connect to a backend…</source>
        <translation>Se connecter à un backend…</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Filter the tree</source>
        <translation>&amp;Filtrer l&apos;arbre</translation>
    </message>
    <message>
        <source>Message &amp;log</source>
        <translation>&amp;Journal des messages</translation>
    </message>
    <message>
        <source>&amp;Subscribe…</source>
        <translation>&amp;S&apos;abonner…</translation>
    </message>
    <message>
        <source>&amp;Reconnect now</source>
        <translation>&amp;Reconnecter maintenant</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Re&amp;load state</source>
        <translation>Re&amp;charger l&apos;état</translation>
    </message>
    <message>
        <source>Clear &amp;tombstones</source>
        <translation>&amp;Oublier les entités supprimées</translation>
    </message>
    <message>
        <source>&amp;Pause the log</source>
        <translation>&amp;Pause du journal</translation>
    </message>
    <message>
        <source>&amp;Highlight changes</source>
        <translation>&amp;Surligner les changements</translation>
    </message>
    <message>
        <source>Test &amp;server</source>
        <translation>Serveur de t&amp;est</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;About Feedscope</source>
        <translation>À &amp;propos de Feedscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Test server</source>
        <translation>Serveur de test</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Reconnecter maintenant</translation>
    </message>
    <message>
        <source>The test server did not start: %1</source>
        <translation>Le serveur de test n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
    <message>
        <source>reconnecting in %1 s</source>
        <translation>reconnexion dans %1 s</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>About Feedscope</source>
        <translation>À propos de Feedscope</translation>
    </message>
    <message>
        <source>Export the state</source>
        <translation>Exporter l&apos;état</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>State written to %1</source>
        <translation>État écrit dans %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Feedscope %1&lt;/h3&gt;&lt;p&gt;A live monitor for WebSocket change feeds: %2.&lt;/p&gt;&lt;p&gt;Qt %3 (built with %4) · simdjson %5 · secrets %6&lt;br&gt;%7&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Feedscope %1&lt;/h3&gt;&lt;p&gt;Un moniteur en direct pour les flux de changements WebSocket&#xa0;: %2.&lt;/p&gt;&lt;p&gt;Qt %3 (compilé avec %4) · simdjson %5 · secrets %6&lt;br&gt;%7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Feedscope shows what a Baserow, ContentServer, “API page” or GraphQL backend changes, as it happens: a live tree of its entities, every raw message, and your subscriptions. Record a session and scrub back through it later. The demo starts a test server that imitates each backend and connects to it.</source>
        <translation>Feedscope montre ce que change un backend Baserow, ContentServer, «&#xa0;API page&#xa0;» ou GraphQL, au moment où cela arrive&#xa0;: un arbre en direct de ses entités, chaque message brut, et vos abonnements. Enregistrez une session et remontez-la plus tard. La démo lance un serveur de test qui imite chaque backend et s&apos;y connecte.</translation>
    </message>
    <message>
        <source>Open a recording…</source>
        <translation>Ouvrir un enregistrement…</translation>
    </message>
    <message>
        <source>Export the s&amp;tate…</source>
        <translation>Exporter l&apos;é&amp;tat…</translation>
    </message>
    <message>
        <source>&amp;Open a recording…</source>
        <translation>&amp;Ouvrir un enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Export the frames…</source>
        <translation>E&amp;xporter les trames…</translation>
    </message>
    <message>
        <source>Look &amp;back in time</source>
        <translation>Remonter dans le &amp;temps</translation>
    </message>
    <message numerus="yes">
        <source>Recording · %n frame(s)</source>
        <translation>
            <numerusform>Enregistrement · %n trame</numerusform>
            <numerusform>Enregistrement · %n trames</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the recording…</source>
        <translation>Lecture de l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>%1 unreadable lines</source>
        <translation>%1 lignes illisibles</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open a recording</source>
        <translation>Ouvrir un enregistrement</translation>
    </message>
    <message>
        <source>Opening %1 cancelled</source>
        <translation>Ouverture de %1 annulée</translation>
    </message>
    <message>
        <source>Cannot look back: %1</source>
        <translation>Impossible de remonter le temps&#xa0;: %1</translation>
    </message>
    <message>
        <source>no frame yet</source>
        <translation>pas encore de trame</translation>
    </message>
    <message>
        <source>%1 holds no frames (%2 unreadable lines)</source>
        <translation>%1 ne contient aucune trame (%2 lignes illisibles)</translation>
    </message>
    <message>
        <source>Cannot open the recording: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 does not say which feed it comes from. Read it as:</source>
        <translation>%1 ne dit pas de quel flux il vient. Le lire comme&#xa0;:</translation>
    </message>
    <message>
        <source>%1
Recorded from %2</source>
        <translation>%1
Enregistré depuis %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unreadable line(s) skipped</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne illisible ignorée</numerusform>
            <numerusform>%1&#xa0;: %n lignes illisibles ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (served)</source>
        <translation>%1 (servi)</translation>
    </message>
    <message>
        <source>Recordings (*.jsonl *.jsonl.gz *.gz);;All files (*)</source>
        <translation>Enregistrements (*.jsonl *.jsonl.gz *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Recording saved to %1</source>
        <translation>Enregistrement sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The recording %1 is incomplete: %2</source>
        <translation>L&apos;enregistrement %1 est incomplet&#xa0;: %2</translation>
    </message>
    <message>
        <source>Record this tab</source>
        <translation>Enregistrer cet onglet</translation>
    </message>
    <message>
        <source>Compressed recordings (*.jsonl.gz);;Recordings (*.jsonl)</source>
        <translation>Enregistrements compressés (*.jsonl.gz);;Enregistrements (*.jsonl)</translation>
    </message>
    <message>
        <source>Cannot record to %1: %2</source>
        <translation>Impossible d&apos;enregistrer dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>Enregistrement dans %1</translation>
    </message>
    <message>
        <source>Export the frames</source>
        <translation>Exporter les trames</translation>
    </message>
    <message numerus="yes">
        <source>The log&apos;s filter shows %n of its frames. Export only those?</source>
        <translation>
            <numerusform>Le filtre du journal montre %n de ses trames. N&apos;exporter que celle-ci ?</numerusform>
            <numerusform>Le filtre du journal montre %n de ses trames. N&apos;exporter que celles-ci&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter shows no frame: nothing to export</source>
        <translation>Le filtre ne montre aucune trame&#xa0;: rien à exporter</translation>
    </message>
    <message>
        <source>JSON Lines, a recording (*.jsonl)</source>
        <translation>JSON Lines, un enregistrement (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV, one line per frame (*.csv)</source>
        <translation>CSV, une ligne par trame (*.csv)</translation>
    </message>
    <message>
        <source>HAR 1.2, for Chrome DevTools (*.har)</source>
        <translation>HAR 1.2, pour Chrome DevTools (*.har)</translation>
    </message>
    <message>
        <source>Frames written to %1 (%2)</source>
        <translation>Trames écrites dans %1 (%2)</translation>
    </message>
    <message>
        <source>%1 · looking back, still receiving</source>
        <translation>%1 · retour en arrière, la réception continue</translation>
    </message>
    <message numerus="yes">
        <source>Looking back over %n frame(s) received by %1; Back to live (Ctrl+B) returns</source>
        <translation>
            <numerusform>Retour en arrière sur %n trame reçue jusqu&apos;à %1&#xa0;; Retour au direct (Ctrl+B) revient</numerusform>
            <numerusform>Retour en arrière sur %n trames reçues jusqu&apos;à %1&#xa0;; Retour au direct (Ctrl+B) revient</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedscope &amp;help</source>
        <translation>&amp;Aide de Feedscope</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 msg/s · %n message(s)</source>
        <translation>
            <numerusform>%1 msg/s · %n message</numerusform>
            <numerusform>%1 msg/s · %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log frame(s) dropped</source>
        <translation>
            <numerusform>%n trame du journal abandonnée</numerusform>
            <numerusform>%n trames du journal abandonnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old version(s) dropped</source>
        <translation>
            <numerusform>%n ancienne version abandonnée</numerusform>
            <numerusform>%n anciennes versions abandonnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) dropped while loading</source>
        <translation>
            <numerusform>%n changement abandonné pendant le chargement</numerusform>
            <numerusform>%n changements abandonnés pendant le chargement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad or unknown frame(s)</source>
        <translation>
            <numerusform>%n trame mauvaise ou inconnue</numerusform>
            <numerusform>%n trames mauvaises ou inconnues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● recording %n frame(s), %1</source>
        <translation>
            <numerusform>● enregistrement de %n trame, %1</numerusform>
            <numerusform>● enregistrement de %n trames, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedscope help</source>
        <translation>Aide de Feedscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Watching a feed&lt;/h3&gt;&lt;p&gt;Open a connection (or try the demo): the tree on the left shows the backend&apos;s entities as they change (green: created, yellow: changed, red: deleted); the log below lists every frame in and out. Select an entity to see its data, its earlier versions and the frames that touched it; select a frame to see the entities it changed. The Subscriptions tab subscribes and unsubscribes by hand; the composer sends any frame.&lt;/p&gt;&lt;h3&gt;Back in time&lt;/h3&gt;&lt;p&gt;Record a session (File ▸ Record…) and open it later, or look back in a live tab: the timeline under the tree moves to any frame; mark two moments to see what changed between them.&lt;/p&gt;&lt;p&gt;In a filter box, Esc clears it; in the log, Space pauses it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Suivre un flux&lt;/h3&gt;&lt;p&gt;Ouvrez une connexion (ou essayez la démo)&#xa0;: l&apos;arbre à gauche montre les entités du backend à mesure qu&apos;elles changent (vert&#xa0;: créée, jaune&#xa0;: modifiée, rouge&#xa0;: supprimée)&#xa0;; le journal en dessous liste chaque trame entrante et sortante. Choisissez une entité pour voir ses données, ses versions précédentes et les trames qui l&apos;ont touchée&#xa0;; choisissez une trame pour voir les entités qu&apos;elle a modifiées. L&apos;onglet Abonnements abonne et désabonne à la main&#xa0;; le composer envoie n&apos;importe quelle trame.&lt;/p&gt;&lt;h3&gt;Retour dans le temps&lt;/h3&gt;&lt;p&gt;Enregistrez une session (Fichier ▸ Enregistrer…) et ouvrez-la plus tard, ou remontez le temps dans un onglet en direct&#xa0;: la frise sous l&apos;arbre va à n&apos;importe quelle trame&#xa0;; marquez deux moments pour voir ce qui a changé entre eux.&lt;/p&gt;&lt;p&gt;Dans un champ de filtre, Échap l&apos;efface&#xa0;; dans le journal, Espace le met en pause.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>No keychain answered (%1). Passwords and tokens are kept for this session only, never in the settings file: they will be asked for again after a restart.</source>
        <translation>Aucun trousseau n&apos;a répondu (%1). Les mots de passe et jetons sont gardés pour cette session seulement, jamais dans le fichier de réglages&#xa0;: ils seront redemandés après un redémarrage.</translation>
    </message>
    <message>
        <source>Secrets for this session only</source>
        <translation>Secrets pour cette session seulement</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused: entity too large</source>
        <translation>
            <numerusform>%n modification refusée&#xa0;: entité trop grande</numerusform>
            <numerusform>%n modifications refusées&#xa0;: entité trop grande</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Highlight changes</source>
        <translation>Surligner les changements</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Keep deleted entities until cleared</source>
        <translation>Garder les entités supprimées jusqu&apos;à ce qu&apos;on les vide</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Log: frames kept</source>
        <translation>Journal&#xa0;: trames gardées</translation>
    </message>
    <message>
        <source>History: versions per entity</source>
        <translation>Historique&#xa0;: versions par entité</translation>
    </message>
    <message>
        <source>History: versions in all</source>
        <translation>Historique&#xa0;: versions en tout</translation>
    </message>
    <message>
        <source>Highlight fades over</source>
        <translation>La mise en évidence s&apos;estompe en</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Caps apply to connections opened from now on.</source>
        <translation>Les limites s&apos;appliquent aux connexions ouvertes à partir de maintenant.</translation>
    </message>
    <message>
        <source>Reopen the last session&apos;s tabs at start</source>
        <translation>Rouvrir les onglets de la dernière session au démarrage</translation>
    </message>
    <message>
        <source>Connections with their subscriptions, the demo and recordings. Passwords come from the system&apos;s keychain, or are asked for.</source>
        <translation>Les connexions avec leurs abonnements, la démo et les enregistrements. Les mots de passe viennent du trousseau du système, ou sont demandés.</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Light and Dark apply at once; as the desktop follows its light or dark setting where the system tells Qt.</source>
        <translation>Clair et Sombre s&apos;appliquent tout de suite&#xa0;; «&#xa0;Comme le bureau&#xa0;» suit son réglage clair ou sombre là où le système le dit à Qt.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
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
        <translation>Couper les connexions (par trame)</translation>
    </message>
    <message>
        <source>Delay frames</source>
        <translation>Retarder les trames</translation>
    </message>
    <message>
        <source>Malformed JSON (per frame)</source>
        <translation>JSON malformé (par trame)</translation>
    </message>
    <message>
        <source>Unknown types (per frame)</source>
        <translation>Types inconnus (par trame)</translation>
    </message>
    <message>
        <source>Oversize frames (per frame)</source>
        <translation>Trames trop grandes (par trame)</translation>
    </message>
    <message>
        <source>The test server did not start: %1</source>
        <translation>Le serveur de test n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 changes a second</source>
        <translation>%1 changements par seconde</translation>
    </message>
    <message>
        <source>Stop the test server</source>
        <translation>Arrêter le serveur de test</translation>
    </message>
    <message>
        <source>Start the test server</source>
        <translation>Démarrer le serveur de test</translation>
    </message>
    <message>
        <source>No scenario (changes by hand)</source>
        <translation>Pas de scénario (changements à la main)</translation>
    </message>
    <message>
        <source>Demo: a team at work</source>
        <translation>Démo&#xa0;: une équipe au travail</translation>
    </message>
    <message>
        <source>Flood: as fast as possible</source>
        <translation>Flot&#xa0;: aussi vite que possible</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Pannes</translation>
    </message>
    <message>
        <source>Change something</source>
        <translation>Changer quelque chose</translation>
    </message>
    <message>
        <source>Access tokens expire after 5 s</source>
        <translation>Les jetons d&apos;accès expirent après 5 s</translation>
    </message>
    <message>
        <source>Drop connections</source>
        <translation>Couper les connexions</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>no feed chosen</source>
        <translation>aucun flux choisi</translation>
    </message>
    <message>
        <source>Every feed</source>
        <translation>Chaque flux</translation>
    </message>
    <message>
        <source>Start the test server to change things by hand</source>
        <translation>Démarrez le serveur de test pour changer des choses à la main</translation>
    </message>
    <message>
        <source>Replay a recording</source>
        <translation>Rejouer un enregistrement</translation>
    </message>
    <message>
        <source>Recordings (*.jsonl *.jsonl.gz *.gz);;All files (*)</source>
        <translation>Enregistrements (*.jsonl *.jsonl.gz *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The recording cannot be served: %1</source>
        <translation>L&apos;enregistrement ne peut pas être servi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Replay a recording…</source>
        <translation>Rejouer un enregistrement…</translation>
    </message>
    <message>
        <source>Serve a recording&apos;s frames, with their timing, and its REST answers to every client that connects</source>
        <translation>Servir les trames d&apos;un enregistrement, avec leur rythme, et ses réponses REST à chaque client qui se connecte</translation>
    </message>
    <message>
        <source>How much faster than recorded</source>
        <translation>Combien de fois plus vite qu&apos;enregistré</translation>
    </message>
    <message>
        <source>Serving %1 on %2</source>
        <translation>%1 servi sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) sent</source>
        <translation>
            <numerusform>%n trame envoyée</numerusform>
            <numerusform>%n trames envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made</source>
        <translation>
            <numerusform>%n changement fait</numerusform>
            <numerusform>%n changements faits</numerusform>
        </translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>tout port libre</translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::SubscriptionPanel</name>
    <message>
        <source>Subscribe</source>
        <translation>S&apos;abonner</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Se désabonner</translation>
    </message>
    <message>
        <source>Subscribe to the document (Ctrl+Return)</source>
        <translation>S&apos;abonner au document (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>The subscriptions as they stood at this moment of the recording.</source>
        <translation>Les abonnements tels qu&apos;ils étaient à ce moment de l&apos;enregistrement.</translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::TimelineBar</name>
    <message>
        <source>One frame back (Alt+Left)</source>
        <translation>Une trame en arrière (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Play or pause (Alt+Space)</source>
        <translation>Lire ou mettre en pause (Alt+Espace)</translation>
    </message>
    <message>
        <source>One frame forward (Alt+Right)</source>
        <translation>Une trame en avant (Alt+Droite)</translation>
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
        <translation>Le plus vite</translation>
    </message>
    <message>
        <source>Playing speed, against the recorded time</source>
        <translation>Vitesse de lecture, par rapport au temps enregistré</translation>
    </message>
    <message>
        <source>Drag to any moment of the recording</source>
        <translation>Faire glisser vers n&apos;importe quel moment de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Mark A</source>
        <translation>Marquer A</translation>
    </message>
    <message>
        <source>Mark this moment as A, the earlier side of a diff</source>
        <translation>Marquer ce moment comme A, le côté le plus tôt d&apos;un diff</translation>
    </message>
    <message>
        <source>Mark B</source>
        <translation>Marquer B</translation>
    </message>
    <message>
        <source>Mark this moment as B, the later side of a diff</source>
        <translation>Marquer ce moment comme B, le côté le plus tard d&apos;un diff</translation>
    </message>
    <message>
        <source>Diff A → B</source>
        <translation>Diff A → B</translation>
    </message>
    <message>
        <source>The entities created, deleted and changed between A and B</source>
        <translation>Les entités créées, supprimées et modifiées entre A et B</translation>
    </message>
    <message>
        <source>Reading the recording… %p%</source>
        <translation>Lecture de l&apos;enregistrement… %p%</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>Retour au direct</translation>
    </message>
    <message>
        <source>before the first frame</source>
        <translation>avant la première trame</translation>
    </message>
    <message>
        <source>#%1 at %2</source>
        <translation>n° %1 à %2</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>Trame %1 sur %2</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A&#xa0;: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B&#xa0;: %1</translation>
    </message>
    <message>
        <source>Leave this look back: the tab shows the live state again (Ctrl+B)</source>
        <translation>Quitter ce retour en arrière&#xa0;: l&apos;onglet montre à nouveau l&apos;état en direct (Ctrl+B)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>User or e-mail</source>
        <translation>Utilisateur ou e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Or an access token</source>
        <translation>Ou un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Open a recording</source>
        <translation>Ouvrir un enregistrement</translation>
    </message>
    <message>
        <source>cannot start the demo: %1</source>
        <translation>impossible de démarrer la démo&#xa0;: %1</translation>
    </message>
</context>
</TS>
