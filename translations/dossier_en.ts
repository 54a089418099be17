<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Dossier::ArticlePickerDialog</name>
    <message numerus="yes">
        <location filename="../../../../ui/articlepickerdialog.cpp" line="66"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::AutocodeDialog</name>
    <message numerus="yes">
        <location filename="../../../../ui/autocodedialog.cpp" line="37"/>
        <source>%n spans</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/autocodedialog.cpp" line="42"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/autocodedialog.cpp" line="187"/>
        <source>%1 (%n quotes)</source>
        <translation>
            <numerusform>%1 (%n quote)</numerusform>
            <numerusform>%1 (%n quotes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/autocodedialog.cpp" line="308"/>
        <source>%n of them tagged already</source>
        <translation>
            <numerusform>%n of them tagged already</numerusform>
            <numerusform>%n of them tagged already</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::CodebookPanel</name>
    <message numerus="yes">
        <location filename="../../../../ui/codebookpanel.cpp" line="177"/>
        <source>Delete the tag “%1” and the tags below it? %n annotation(s) carry them; they lose these tags, and those left with no tag, note or claim are deleted. Undo (Ctrl+Z) brings everything back.</source>
        <translation>
            <numerusform>Delete the tag “%1” and the tags below it? %n annotation carries them; it loses these tags, and is deleted if it is left with no tag, note or claim. Undo (Ctrl+Z) brings everything back.</numerusform>
            <numerusform>Delete the tag “%1” and the tags below it? %n annotations carry them; they lose these tags, and those left with no tag, note or claim are deleted. Undo (Ctrl+Z) brings everything back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::ExportDialog</name>
    <message numerus="yes">
        <location filename="../../../../ui/exportdialog.cpp" line="416"/>
        <source>%n annotations</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/exportdialog.cpp" line="416"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::Importer</name>
    <message numerus="yes">
        <location filename="../../../../model/importer.cpp" line="549"/>
        <source>%n annotation(s) could not be re-found; see Orphaned annotations</source>
        <translation>
            <numerusform>%n annotation could not be re-found; see Orphaned annotations</numerusform>
            <numerusform>%n annotations could not be re-found; see Orphaned annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../model/importer.cpp" line="552"/>
        <source>%n quote review(s) could not be re-found in the changed text; they are kept</source>
        <translation>
            <numerusform>%n quote review could not be re-found in the changed text; it is kept</numerusform>
            <numerusform>%n quote reviews could not be re-found in the changed text; they are kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::MainWindow</name>
    <message numerus="yes">
        <location filename="../../../../ui/mainwindow.cpp" line="747"/>
        <source>%n stories. Double-click a story to show only its articles in the list.</source>
        <translation>
            <numerusform>%n story. Double-click a story to show only its articles in the list.</numerusform>
            <numerusform>%n stories. Double-click a story to show only its articles in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/mainwindow.cpp" line="1075"/>
        <location filename="../../../../ui/mainwindow.cpp" line="2119"/>
        <source>%n annotations</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/mainwindow.cpp" line="2119"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::SidePanel</name>
    <message numerus="yes">
        <location filename="../../../../ui/sidepanel.cpp" line="189"/>
        <source>%n mentions</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/sidepanel.cpp" line="193"/>
        <source>The first %n articles that mention %1 (most mentions first):</source>
        <translation>
            <numerusform>The first article that mentions %1 (%n):</numerusform>
            <numerusform>The first %n articles that mention %1 (most mentions first):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/sidepanel.cpp" line="195"/>
        <source>%n articles mention %1:</source>
        <translation>
            <numerusform>%n article mentions %1:</numerusform>
            <numerusform>%n articles mention %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/sidepanel.cpp" line="320"/>
        <source>%1 (%n mentions)</source>
        <translation>
            <numerusform>%1 (%n mention)</numerusform>
            <numerusform>%1 (%n mentions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::TextDecoder</name>
    <message numerus="yes">
        <location filename="../../../../model/textdecoder.cpp" line="270"/>
        <source>%n invalid UTF-8 sequence(s) replaced with U+FFFD</source>
        <translation>
            <numerusform>%n invalid UTF-8 sequence replaced with U+FFFD</numerusform>
            <numerusform>%n invalid UTF-8 sequences replaced with U+FFFD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../model/textdecoder.cpp" line="281"/>
        <source>not valid UTF-8 (%n invalid sequence(s)); decoded as %1</source>
        <translation>
            <numerusform>not valid UTF-8 (%n invalid sequence); decoded as %1</numerusform>
            <numerusform>not valid UTF-8 (%n invalid sequences); decoded as %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <location filename="../../../../model/reportexporter.cpp" line="354"/>
        <source>%n annotations</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../model/reportexporter.cpp" line="355"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../model/reportexporter.cpp" line="356"/>
        <source>%n outlets</source>
        <translation>
            <numerusform>%n outlet</numerusform>
            <numerusform>%n outlets</numerusform>
        </translation>
    </message>
</context>
</TS>
