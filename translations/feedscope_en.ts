<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Feedscope::ApiPageProtocol</name>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::BaserowProtocol</name>
    <message numerus="yes">
        <source>table %1: %n row(s) created (%2)</source>
        <translation>
            <numerusform>table %1: %n row created (%2)</numerusform>
            <numerusform>table %1: %n rows created (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>table %1: %n row(s) updated (%2)</source>
        <translation>
            <numerusform>table %1: %n row updated (%2)</numerusform>
            <numerusform>table %1: %n rows updated (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>table %1: %n row(s) deleted (%2)</source>
        <translation>
            <numerusform>table %1: %n row deleted (%2)</numerusform>
            <numerusform>table %1: %n rows deleted (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::CommandLine</name>
    <message numerus="yes">
        <source>flood finished: %n frame(s) sent</source>
        <translation>
            <numerusform>flood finished: %n frame sent</numerusform>
            <numerusform>flood finished: %n frames sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n frame(s)</source>
        <translation>
            <numerusform>stopped after %n frame</numerusform>
            <numerusform>stopped after %n frames</numerusform>
        </translation>
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
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::FeedConnection</name>
    <message numerus="yes">
        <source>gave up after %n attempt(s)</source>
        <translation>
            <numerusform>gave up after %n attempt</numerusform>
            <numerusform>gave up after %n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::FeedSession</name>
    <message numerus="yes">
        <source>Loading the snapshot: %n REST call(s)</source>
        <translation>
            <numerusform>Loading the snapshot: %n REST call</numerusform>
            <numerusform>Loading the snapshot: %n REST calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot loaded: %n change(s)</source>
        <translation>
            <numerusform>Snapshot loaded: %n change</numerusform>
            <numerusform>Snapshot loaded: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused: an entity would hold more than %1 members</source>
        <translation>
            <numerusform>%n change refused: an entity would hold more than %1 members</numerusform>
            <numerusform>%n changes refused: an entity would hold more than %1 members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::RecordingImitation</name>
    <message numerus="yes">
        <source>replayed %n frame(s) to a client</source>
        <translation>
            <numerusform>replayed %n frame to a client</numerusform>
            <numerusform>replayed %n frames to a client</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::SessionRecorder</name>
    <message numerus="yes">
        <source>the log has dropped its oldest %n frame(s) (its cap) and has not kept enough since to start from: the state before them is not known</source>
        <translation>
            <numerusform>the log has dropped its oldest %n frame (its cap) and has not kept enough since to start from: the state before them is not known</numerusform>
            <numerusform>the log has dropped its oldest %n frames (its cap) and has not kept enough since to start from: the state before them is not known</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::ComposerPanel</name>
    <message numerus="yes">
        <source>sent %n byte(s)</source>
        <translation>
            <numerusform>sent %n byte</numerusform>
            <numerusform>sent %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::DiffView</name>
    <message numerus="yes">
        <source>%n member(s): %1</source>
        <translation>
            <numerusform>%n member: %1</numerusform>
            <numerusform>%n members: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::FeedView</name>
    <message numerus="yes">
        <source>Show its %n frame(s) in the log</source>
        <translation>
            <numerusform>Show its %n frame in the log</numerusform>
            <numerusform>Show its %n frames in the log</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::LogPanel</name>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n entit(ies) it changed</source>
        <translation>
            <numerusform>Show the %n entity it changed</numerusform>
            <numerusform>Show the %n entities it changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::MainWindow</name>
    <message numerus="yes">
        <source>Recording · %n frame(s)</source>
        <translation>
            <numerusform>Recording · %n frame</numerusform>
            <numerusform>Recording · %n frames</numerusform>
        </translation>
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
            <numerusform>%n log frame dropped</numerusform>
            <numerusform>%n log frames dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old version(s) dropped</source>
        <translation>
            <numerusform>%n old version dropped</numerusform>
            <numerusform>%n old versions dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) dropped while loading</source>
        <translation>
            <numerusform>%n change dropped while loading</numerusform>
            <numerusform>%n changes dropped while loading</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad or unknown frame(s)</source>
        <translation>
            <numerusform>%n bad or unknown frame</numerusform>
            <numerusform>%n bad or unknown frames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● recording %n frame(s), %1</source>
        <translation>
            <numerusform>● recording %n frame, %1</numerusform>
            <numerusform>● recording %n frames, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking back over %n frame(s) received by %1; Back to live (Ctrl+B) returns</source>
        <translation>
            <numerusform>Looking back over %n frame received by %1; Back to live (Ctrl+B) returns</numerusform>
            <numerusform>Looking back over %n frames received by %1; Back to live (Ctrl+B) returns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unreadable line(s) skipped</source>
        <translation>
            <numerusform>%1: %n unreadable line skipped</numerusform>
            <numerusform>%1: %n unreadable lines skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log&apos;s filter shows %n of its frames. Export only those?</source>
        <translation>
            <numerusform>The log&apos;s filter shows %n of its frames. Export only those?</numerusform>
            <numerusform>The log&apos;s filter shows %n of its frames. Export only those?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused: entity too large</source>
        <translation>
            <numerusform>%n change refused: entity too large</numerusform>
            <numerusform>%n changes refused: entity too large</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedscope::Ui::ServerPanel</name>
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
            <numerusform>%n frame sent</numerusform>
            <numerusform>%n frames sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made</source>
        <translation>
            <numerusform>%n change made</numerusform>
            <numerusform>%n changes made</numerusform>
        </translation>
    </message>
</context>
</TS>
