<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AnnotationImporter</name>
    <message>
        <location filename="../model/annotationimporter.cpp" line="164"/>
        <source>“entities” is not a list</source>
        <translation>„entities“ ist keine Liste</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="182"/>
        <source>“codebook” is not a list</source>
        <translation>„codebook“ ist keine Liste</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="197"/>
        <source>codebook entry %1: a tag needs an id and a name</source>
        <translation>Codebuch-Eintrag %1: Ein Schlagwort braucht eine ID und einen Namen</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="199"/>
        <source>codebook entry %1: the id %2 is given twice</source>
        <translation>Codebuch-Eintrag %1: Die ID %2 kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="204"/>
        <source>codebook entry %1 (“%2”): the parent is not a tag id</source>
        <translation>Codebuch-Eintrag %1 („%2“): Das übergeordnete Element ist keine Schlagwort-ID</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="236"/>
        <source>codebook: the parent (id %1) of the tag “%2” is not in the codebook, or the parents form a loop</source>
        <translation>Codebuch: Das übergeordnete Schlagwort (ID %1) des Schlagworts „%2“ ist nicht im Codebuch, oder die übergeordneten Schlagwörter bilden eine Schleife</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="248"/>
        <source>article %1: no path</source>
        <translation>Artikel %1: kein Pfad</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="251"/>
        <source>article “%1”: “annotations” is not a list</source>
        <translation>Artikel „%1“: „annotations“ ist keine Liste</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="255"/>
        <source>article “%1”: “note” is not text</source>
        <translation>Artikel „%1“: „note“ ist kein Text</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="265"/>
        <source>article “%1”: no text, so the offsets of its annotations point nowhere</source>
        <translation>Artikel „%1“: kein Text, daher verweisen die Positionen seiner Annotationen ins Leere</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="283"/>
        <source>article “%1”, annotation %2: %3</source>
        <translation>Artikel „%1“, Annotation %2: %3</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="324"/>
        <location filename="../model/annotationimporter.cpp" line="389"/>
        <source>the database refused the import: %1</source>
        <translation>Die Datenbank hat den Import abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="374"/>
        <source>“tags” and “tag_ids” must be lists</source>
        <translation>„tags“ und „tag_ids“ müssen Listen sein</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="394"/>
        <source>tag %1 of %2 is neither in the codebook nor named</source>
        <translation>Schlagwort %1 von %2 ist weder im Codebuch noch benannt</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="410"/>
        <source>“claim” is neither an object nor null</source>
        <translation>„claim“ ist weder ein Objekt noch null</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="417"/>
        <source>unknown claim status “%1”</source>
        <translation>Unbekannter Behauptungsstatus „%1“</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="427"/>
        <source>the claim&apos;s “evidence” is not a list</source>
        <translation>Das Feld „evidence“ der Behauptung ist keine Liste</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="450"/>
        <source>an annotation without offsets (orphaned) needs its “text”</source>
        <translation>Eine Annotation ohne Positionen (verwaist) braucht ihren „text“</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="470"/>
        <source>“start” and “end” must both be numbers, or both null</source>
        <translation>„start“ und „end“ müssen beide Zahlen oder beide null sein</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="474"/>
        <source>the span [%1, %2) is not inside the article&apos;s text (%3 characters)</source>
        <translation>Der Bereich [%1, %2) liegt nicht innerhalb des Artikeltexts (%3 Zeichen)</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="480"/>
        <source>“text” is not text</source>
        <translation>„text“ ist kein Text</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="504"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="515"/>
        <source>“note” and “author” must be text</source>
        <translation>„note“ und „author“ müssen Text sein</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="582"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="595"/>
        <source>%1 at offset %2: %3</source>
        <translation>%1 an Position %2: %3</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="601"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="602"/>
        <source>format is “%1”</source>
        <translation>Format ist „%1“</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="603"/>
        <source>no format</source>
        <translation>kein Format</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="604"/>
        <source>%1: not a Dossier export (%2)</source>
        <translation>%1: kein Dossier-Export (%2)</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="609"/>
        <source>%1: the export has no version number</source>
        <translation>%1: Der Export hat keine Versionsnummer</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="613"/>
        <source>%1: export version %2 is not one this Dossier reads (it reads version %3)</source>
        <translation>%1: Die Export-Version %2 kann diese Dossier-Version nicht lesen (sie liest Version %3)</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="621"/>
        <source>%1: no “articles” list</source>
        <translation>%1: keine „articles“-Liste</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="630"/>
        <location filename="../model/annotationimporter.cpp" line="651"/>
        <source>%1: the database refused the import: %2</source>
        <translation>%1: Die Datenbank hat den Import abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="643"/>
        <source>%1: import cancelled; nothing was changed.</source>
        <translation>%1: Import abgebrochen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Autocoder</name>
    <message>
        <location filename="../model/autocoder.cpp" line="75"/>
        <source>The pattern is empty.</source>
        <translation>Das Muster ist leer.</translation>
    </message>
    <message>
        <location filename="../model/autocoder.cpp" line="84"/>
        <source>The regular expression “%1” is malformed at offset %2: %3</source>
        <translation>Der reguläre Ausdruck „%1“ ist an Position %2 fehlerhaft: %3</translation>
    </message>
    <message>
        <location filename="../model/autocoder.cpp" line="102"/>
        <source>No tag to give the matches.</source>
        <translation>Kein Schlagwort für die Treffer angegeben.</translation>
    </message>
    <message>
        <location filename="../model/autocoder.cpp" line="106"/>
        <source>No speaker: choose whose quotes to search.</source>
        <translation>Kein Sprecher: Wählen Sie, wessen Zitate durchsucht werden sollen.</translation>
    </message>
    <message>
        <location filename="../model/autocoder.cpp" line="110"/>
        <source>%1: no such database</source>
        <translation>%1: keine solche Datenbank</translation>
    </message>
    <message>
        <location filename="../model/autocoder.cpp" line="213"/>
        <source>Autocode “%1”</source>
        <translation>Automatisch verschlagworten: „%1“</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <location filename="../app/commandline.cpp" line="59"/>
        <source>Run “dossier %1 --help” for usage.</source>
        <translation>Rufen Sie „dossier %1 --help“ auf, um die Verwendung anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="167"/>
        <source>dossier %1: the corpus database %2 is open in Dossier, %3; close it there and try again (nothing was changed).</source>
        <translation>dossier %1: Die Korpus-Datenbank %2 ist in Dossier geöffnet, %3; schließen Sie sie dort und versuchen Sie es erneut (es wurde nichts geändert).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="174"/>
        <source>Import a folder of articles (incremental: unchanged files are skipped).</source>
        <translation>Einen Ordner mit Artikeln importieren (inkrementell: unveränderte Dateien werden übersprungen).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="175"/>
        <source>The corpus folder.</source>
        <translation>Der Korpus-Ordner.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="177"/>
        <source>Store the texts only, without quotes and entities (a later import analyses them).</source>
        <translation>Nur die Texte speichern, ohne Zitate und Entitäten (ein späterer Import analysiert sie).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="180"/>
        <source>Do not link stories and quotes across articles.</source>
        <translation>Geschichten und Zitate nicht artikelübergreifend verknüpfen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="187"/>
        <source>give exactly one FOLDER</source>
        <translation>Geben Sie genau einen Ordner (FOLDER) an</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="191"/>
        <source>dossier import: %1: %2</source>
        <translation>dossier import: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="191"/>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="191"/>
        <source>no such folder</source>
        <translation>Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="203"/>
        <source>analysing: %1/%2 articles (analysed by an older version)</source>
        <translation>Analyse: %1/%2 Artikel (von einer älteren Version analysiert)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="204"/>
        <source>linking: %1/%2 articles (stories and quotes across articles)</source>
        <translation>Verknüpfung: %1/%2 Artikel (Geschichten und Zitate über Artikel hinweg)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="231"/>
        <source>%1 files: %2 added, %3 updated, %4 unchanged, %5 missing, %6 skipped, %7 repaired; %10 analysed (%8 s). Database: %9</source>
        <translation>%1 Dateien: %2 hinzugefügt, %3 aktualisiert, %4 unverändert, %5 fehlend, %6 übersprungen, %7 repariert; %10 analysiert (%8 s). Datenbank: %9</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="243"/>
        <source>Linked %1 articles: %2 new links between articles, %3 between quotes</source>
        <translation>%1 Artikel verknüpft: %2 neue Verknüpfungen zwischen Artikeln, %3 zwischen Zitaten</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="245"/>
        <source>Annotations in changed articles: %1 re-found elsewhere in the new text, %2 could not be re-found (kept as orphaned; the import log names the articles)</source>
        <translation>Annotationen in geänderten Artikeln: %1 an anderer Stelle im neuen Text wiedergefunden, %2 nicht wiedergefunden (als verwaist behalten; das Import-Protokoll nennt die Artikel)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="250"/>
        <source>dossier import: interrupted; run it again to complete the import.</source>
        <translation>dossier import: unterbrochen; führen Sie den Befehl erneut aus, um den Import abzuschließen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="259"/>
        <source>dossier %1: no corpus database; give --db FILE</source>
        <translation>dossier %1: keine Korpus-Datenbank; geben Sie --db FILE an</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="263"/>
        <source>dossier %1: %2: no such database (import a folder first)</source>
        <translation>dossier %1: %2: keine solche Datenbank (importieren Sie zuerst einen Ordner)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="286"/>
        <source>Print the counts of a corpus database.</source>
        <translation>Die Zählwerte einer Korpus-Datenbank ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="290"/>
        <location filename="../app/commandline.cpp" line="338"/>
        <location filename="../app/commandline.cpp" line="426"/>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="322"/>
        <source>Export the corpus and its annotations.</source>
        <translation>Das Korpus und seine Annotationen exportieren.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="323"/>
        <source>Output format: html, pdf, csv, json, qdpx (REFI-QDA) or jsonld (W3C Web Annotation).</source>
        <translation>Ausgabeformat: html, pdf, csv, json, qdpx (REFI-QDA) oder jsonld (W3C Web Annotation).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="325"/>
        <source>Output file.</source>
        <translation>Ausgabedatei.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="326"/>
        <source>Only annotations with this tag or a tag below it; a name or a path Parent/Child (repeatable).</source>
        <translation>Nur Annotationen mit diesem Schlagwort oder einem untergeordneten; ein Name oder ein Pfad Eltern/Kind (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="328"/>
        <source>Only claims with this verdict (repeatable): unverified, checking, true, false, misleading, unverifiable.</source>
        <translation>Nur Behauptungen mit dieser Bewertung (wiederholbar): unverified, checking, true, false, misleading, unverifiable.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="330"/>
        <source>Only articles of this outlet (repeatable).</source>
        <translation>Nur Artikel dieses Mediums (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="331"/>
        <source>Only articles published on or after this date.</source>
        <translation>Nur Artikel, die an oder nach diesem Datum veröffentlicht wurden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="332"/>
        <source>Only articles published on or before this date.</source>
        <translation>Nur Artikel, die an oder vor diesem Datum veröffentlicht wurden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="333"/>
        <source>Only this article, by its path in the corpus (repeatable).</source>
        <translation>Nur dieser Artikel, angegeben über seinen Pfad im Korpus (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="340"/>
        <source>--format and --out are required</source>
        <translation>--format und --out sind erforderlich</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="344"/>
        <source>unknown format “%1” (use html, pdf, csv, json, qdpx or jsonld)</source>
        <translation>Unbekanntes Format „%1“ (verwenden Sie html, pdf, csv, json, qdpx oder jsonld)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="351"/>
        <source>--status: “%1” is not a verdict (unverified, checking, true, false, misleading, unverifiable)</source>
        <translation>--status: „%1“ ist keine Bewertung (unverified, checking, true, false, misleading, unverifiable)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="360"/>
        <source>--%1: “%2” is not a date (YYYY-MM-DD)</source>
        <translation>--%1: „%2“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="373"/>
        <source>dossier export: --article %1: no article with that path in the corpus</source>
        <translation>dossier export: --article %1: Kein Artikel mit diesem Pfad im Korpus</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="381"/>
        <source>exporting: %1/%2 articles</source>
        <translation>Export: %1/%2 Artikel</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="393"/>
        <source>%1 annotations in %2 articles written to %3</source>
        <translation>%1 Annotationen in %2 Artikeln nach %3 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="405"/>
        <source>created the tag “%1”</source>
        <translation>Schlagwort „%1“ angelegt</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="413"/>
        <source>Tag every match of a pattern across the corpus (one undoable step in the GUI).</source>
        <translation>Jeden Treffer eines Musters im ganzen Korpus verschlagworten (in der Oberfläche ein einziger rückgängig machbarer Schritt).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="414"/>
        <source>A regular expression (Perl syntax), or text with --literal.</source>
        <translation>Ein regulärer Ausdruck (Perl-Syntax) oder Text mit --literal.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="415"/>
        <source>The tag to give every match; “Parent/Child” names a nested tag. Created when missing.</source>
        <translation>Das Schlagwort für jeden Treffer; „Eltern/Kind“ bezeichnet ein verschachteltes Schlagwort. Wird angelegt, wenn es fehlt.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="417"/>
        <source>The pattern is plain text, not a regular expression.</source>
        <translation>Das Muster ist einfacher Text, kein regulärer Ausdruck.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="418"/>
        <source>Match regardless of case.</source>
        <translation>Groß-/Kleinschreibung nicht beachten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="419"/>
        <source>Only matches that neither start nor end inside a word.</source>
        <translation>Nur Treffer, die weder innerhalb eines Worts beginnen noch enden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="420"/>
        <source>Only inside quotes (as reviewed: rejected quotes left out, added ones in).</source>
        <translation>Nur innerhalb von Zitaten (wie geprüft: abgelehnte Zitate ausgenommen, hinzugefügte eingeschlossen).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="421"/>
        <source>Only inside the quotes of this speaker (a name or alias in the registry).</source>
        <translation>Nur innerhalb der Zitate dieses Sprechers (ein Name oder Alias im Register).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="428"/>
        <source>--pattern and --tag are required</source>
        <translation>--pattern und --tag sind erforderlich</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="438"/>
        <source>--speaker needs a name</source>
        <translation>--speaker braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="448"/>
        <source>--tag: “%1” is not a tag name (write Parent/Child)</source>
        <translation>--tag: „%1“ ist kein Schlagwortname (schreiben Sie Eltern/Kind)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="461"/>
        <source>searching: %1/%2 articles</source>
        <translation>Suche: %1/%2 Artikel</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="468"/>
        <source>dossier autocode: interrupted; nothing was tagged.</source>
        <translation>dossier autocode: unterbrochen; es wurde nichts verschlagwortet.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="479"/>
        <source>Nothing matched (%1 articles searched); the tag “%2” was not created.</source>
        <translation>Keine Treffer (%1 Artikel durchsucht); das Schlagwort „%2“ wurde nicht angelegt.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="488"/>
        <source>Tagged %1 spans in %2 articles with “%3” (%4 already tagged; %5 articles searched).</source>
        <translation>%1 Textstellen in %2 Artikeln mit „%3“ verschlagwortet (%4 bereits verschlagwortet; %5 Artikel durchsucht).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="496"/>
        <source>Merge another analyst&apos;s work from a JSON export (dossier export --format json) into this corpus: articles matched by path, tags by name, annotations already here skipped.</source>
        <translation>Die Arbeit eines anderen Analysten aus einem JSON-Export (dossier export --format json) in dieses Korpus übernehmen: Artikel werden über den Pfad zugeordnet, Schlagwörter über den Namen, bereits vorhandene Annotationen übersprungen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="498"/>
        <source>The JSON export to merge.</source>
        <translation>Der zu übernehmende JSON-Export.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="504"/>
        <source>give exactly one EXPORT.json</source>
        <translation>Geben Sie genau eine Datei EXPORT.json an</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="507"/>
        <source>dossier import-annotations: %1: %2</source>
        <translation>dossier import-annotations: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="507"/>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="507"/>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="515"/>
        <source>merging: %1/%2 articles</source>
        <translation>Zusammenführen: %1/%2 Artikel</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="525"/>
        <source>dossier import-annotations: interrupted; nothing was imported.</source>
        <translation>dossier import-annotations: unterbrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="530"/>
        <source>%1: not in this corpus; its annotations were not imported</source>
        <translation>%1: nicht in diesem Korpus; seine Annotationen wurden nicht importiert</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="531"/>
        <source>Merged %1 into %2: %3 articles matched, %4 not in this corpus; %5 annotations added (%6 re-found elsewhere in a changed text, %7 orphaned), %8 already present; %9 tags created, %10 article notes merged.</source>
        <translation>%1 in %2 übernommen: %3 Artikel zugeordnet, %4 nicht in diesem Korpus; %5 Annotationen hinzugefügt (%6 an anderer Stelle in einem geänderten Text wiedergefunden, %7 verwaist), %8 bereits vorhanden; %9 Schlagwörter angelegt, %10 Artikelnotizen zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="537"/>
        <source>%1 annotations are in articles this corpus does not have (listed above).</source>
        <translation>%1 Annotationen befinden sich in Artikeln, die dieses Korpus nicht enthält (oben aufgeführt).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="539"/>
        <source>%1 claims name a claimant this corpus has no entity for; their claimant was left empty.</source>
        <translation>%1 Behauptungen nennen einen Urheber, für den dieses Korpus keine Entität hat; ihr Urheber wurde leer gelassen.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="506"/>
        <source>Internal error: names prepared for another analysis.</source>
        <translation>Interner Fehler: Die Namen wurden für eine andere Analyse vorbereitet.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="1086"/>
        <source>An entity needs a name.</source>
        <translation>Eine Entität braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="1114"/>
        <source>Dates are not entities of the registry.</source>
        <translation>Datumsangaben sind keine Entitäten des Registers.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="1147"/>
        <source>An entity cannot be merged into itself.</source>
        <translation>Eine Entität kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="1157"/>
        <source>These entities are already one.</source>
        <translation>Diese Entitäten sind bereits eine.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="1162"/>
        <location filename="../model/analysisstore.cpp" line="1260"/>
        <source>No such entity.</source>
        <translation>Keine solche Entität.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="1251"/>
        <source>Choose the names that belong to the new entity, and name it.</source>
        <translation>Wählen Sie die Namen, die zur neuen Entität gehören, und benennen Sie sie.</translation>
    </message>
    <message>
        <location filename="../model/annotationstore.cpp" line="72"/>
        <source>Unverified</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <location filename="../model/annotationstore.cpp" line="73"/>
        <source>Checking</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../model/annotationstore.cpp" line="74"/>
        <source>True</source>
        <translation>Wahr</translation>
    </message>
    <message>
        <location filename="../model/annotationstore.cpp" line="75"/>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <location filename="../model/annotationstore.cpp" line="76"/>
        <source>Misleading</source>
        <translation>Irreführend</translation>
    </message>
    <message>
        <location filename="../model/annotationstore.cpp" line="77"/>
        <source>Unverifiable</source>
        <translation>Nicht überprüfbar</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="177"/>
        <source>%1 articles · 1 outlet</source>
        <extracomment>the article list&apos;s Story column: how many articles the story has, from how many outlets</extracomment>
        <translation>%1 Artikel · 1 Medium</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="178"/>
        <source>%1 articles · %2 outlets</source>
        <translation>%1 Artikel · %2 Medien</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="183"/>
        <source>In a story of %1 articles from %2</source>
        <translation>In einer Geschichte aus %1 Artikeln von %2</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="185"/>
        <source>%1
The file is missing from the folder; the article is kept.</source>
        <translation>%1
Die Datei fehlt im Ordner; der Artikel bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="187"/>
        <source>%1
The file can no longer be read as text; the last text read is kept.</source>
        <translation>%1
Die Datei lässt sich nicht mehr als Text lesen; der zuletzt gelesene Text bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="211"/>
        <location filename="../model/qdpxexporter.cpp" line="224"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="213"/>
        <location filename="../model/qdpxexporter.cpp" line="222"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="215"/>
        <location filename="../model/qdpxexporter.cpp" line="223"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="217"/>
        <location filename="../model/storymodels.cpp" line="300"/>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <location filename="../model/articlestore.cpp" line="100"/>
        <source>The search “%1” is not valid (%2). Write words, &quot;exact phrases&quot;, prefix*, and combine them with AND, OR, NOT.</source>
        <translation>Die Suche „%1“ ist ungültig (%2). Schreiben Sie Wörter, &quot;genaue Wortfolgen&quot;, Präfix*, und verknüpfen Sie sie mit AND, OR, NOT.</translation>
    </message>
    <message>
        <location filename="../model/articlestore.cpp" line="531"/>
        <location filename="../model/articlestore.cpp" line="550"/>
        <source>The article list could not be read: %1</source>
        <translation>Die Artikelliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/csvexporter.cpp" line="43"/>
        <location filename="../model/jsonexporter.cpp" line="40"/>
        <location filename="../model/jsonexporter.cpp" line="52"/>
        <location filename="../model/jsonldexporter.cpp" line="125"/>
        <location filename="../model/jsonldexporter.cpp" line="135"/>
        <location filename="../model/qdpxexporter.cpp" line="558"/>
        <location filename="../model/reportexporter.cpp" line="715"/>
        <source>Cannot write the export: %1</source>
        <translation>Der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../model/corpuslock.cpp" line="32"/>
        <source>process %1 (%2 on %3)</source>
        <translation>Prozess %1 (%2 auf %3)</translation>
    </message>
    <message>
        <location filename="../model/corpuslock.cpp" line="49"/>
        <source>The corpus database %1 is open in another Dossier, %2.</source>
        <translation>Die Korpus-Datenbank %1 ist in einem anderen Dossier geöffnet, %2.</translation>
    </message>
    <message>
        <location filename="../model/corpuslock.cpp" line="53"/>
        <source>Cannot create the lock file %1 (permission denied).</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <location filename="../model/corpuslock.cpp" line="57"/>
        <source>Cannot create the lock file %1.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="35"/>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="37"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="39"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="40"/>
        <location filename="../model/importer.cpp" line="84"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="67"/>
        <source>The database %1 is damaged: %2</source>
        <translation>Die Datenbank %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="68"/>
        <source>%1 is not a Dossier database: %2</source>
        <translation>%1 ist keine Dossier-Datenbank: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="93"/>
        <source>The database %1 does not exist.</source>
        <translation>Die Datenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="100"/>
        <source>Cannot open the database %1 read-only: %2</source>
        <translation>Die Datenbank %1 kann nicht schreibgeschützt geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="111"/>
        <source>%1 is not a Dossier database; nothing was changed.</source>
        <translation>%1 ist keine Dossier-Datenbank; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="115"/>
        <source>The database %1 has schema %2, older than this Dossier&apos;s %3, and it cannot be upgraded while it is open read-only. Close the other Dossier and open it again.</source>
        <translation>Die Datenbank %1 hat das Schema %2, älter als das Schema %3 dieser Dossier-Version, und kann nicht aktualisiert werden, solange sie schreibgeschützt geöffnet ist. Schließen Sie das andere Dossier und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="124"/>
        <location filename="../model/database.cpp" line="192"/>
        <source>The database %1 was made by a newer Dossier (schema %2; this one knows %3).</source>
        <translation>Die Datenbank %1 wurde von einer neueren Dossier-Version erstellt (Schema %2; diese kennt %3).</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="134"/>
        <location filename="../model/database.cpp" line="184"/>
        <source>Cannot configure the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht konfiguriert werden: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="152"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="161"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="173"/>
        <source>%1 is not a Dossier database (it holds other tables); nothing was changed.</source>
        <translation>%1 ist keine Dossier-Datenbank (sie enthält andere Tabellen); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="246"/>
        <source>Missing migration %1</source>
        <translation>Migration %1 fehlt</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="253"/>
        <source>Cannot migrate %1: %2</source>
        <translation>%1 kann nicht migriert werden: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="262"/>
        <source>Migration to schema %1 failed: %2 (in: %3)</source>
        <translation>Migration auf Schema %1 fehlgeschlagen: %2 (in: %3)</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="55"/>
        <source>HTML report</source>
        <translation>HTML-Bericht</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="57"/>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="59"/>
        <source>CSV table of annotations</source>
        <translation>CSV-Tabelle der Annotationen</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="61"/>
        <source>Dossier JSON (for another analyst)</source>
        <translation>Dossier-JSON (für andere Analysten)</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="63"/>
        <source>REFI-QDA project (QualCoder, NVivo, MAXQDA, ATLAS.ti)</source>
        <translation>REFI-QDA-Projekt (QualCoder, NVivo, MAXQDA, ATLAS.ti)</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="65"/>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="114"/>
        <source>The export failed for an unknown reason.</source>
        <translation>Der Export ist aus unbekanntem Grund fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="126"/>
        <location filename="../model/exporter.cpp" line="134"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../model/exportsource.cpp" line="251"/>
        <source>Cannot read the links between articles: %1</source>
        <translation>Die Verknüpfungen zwischen Artikeln können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/exportsource.cpp" line="486"/>
        <source>The codebook has no tag “%1”.</source>
        <translation>Das Codebuch hat kein Schlagwort „%1“.</translation>
    </message>
    <message>
        <location filename="../model/exportsource.cpp" line="617"/>
        <location filename="../model/reportexporter.cpp" line="1100"/>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="78"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="91"/>
        <source>too large (%1 MB; the limit for one article is %2 MB)</source>
        <translation>zu groß (%1 MB; die Grenze für einen Artikel liegt bei %2 MB)</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="101"/>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="157"/>
        <source>binary file, not text</source>
        <translation>Binärdatei, kein Text</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="157"/>
        <source>binary file, not text (%1)</source>
        <translation>Binärdatei, kein Text (%1)</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="162"/>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="162"/>
        <source>contains only white space</source>
        <translation>enthält nur Leerraum</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="208"/>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/jsonldexporter.cpp" line="55"/>
        <source>Dossier annotations of %1</source>
        <translation>Dossier-Annotationen von %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="166"/>
        <source>Claim: %1</source>
        <translation>Behauptung: %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="206"/>
        <source>Dossier corpus</source>
        <translation>Dossier-Korpus</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="215"/>
        <source>Dossier export</source>
        <translation>Dossier-Export</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="274"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="274"/>
        <source>Quote of %1</source>
        <translation>Zitat von %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="317"/>
        <source>Exported by Dossier on %1.</source>
        <translation>Von Dossier exportiert am %1.</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="318"/>
        <source>Exported by Dossier from %1 on %2.</source>
        <translation>Von Dossier aus %1 exportiert am %2.</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="434"/>
        <source>An annotation whose passage is no longer in the text. It was made on: %1</source>
        <translation>Eine Annotation, deren Passage nicht mehr im Text steht. Sie wurde angelegt am: %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="436"/>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="442"/>
        <source>Orphaned annotation in %1</source>
        <translation>Verwaiste Annotation in %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="468"/>
        <source>Same quote, altered</source>
        <translation>Gleiches Zitat, verändert</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="468"/>
        <source>Same quote</source>
        <translation>Gleiches Zitat</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="469"/>
        <source>Same quote of %1, altered</source>
        <translation>Gleiches Zitat von %1, verändert</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="469"/>
        <source>Same quote of %1</source>
        <translation>Gleiches Zitat von %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="501"/>
        <source>Story %1</source>
        <translation>Geschichte %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="506"/>
        <source>Outlets: %1</source>
        <translation>Medien: %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="507"/>
        <source>First published %1. Outlets: %2</source>
        <translation>Zuerst veröffentlicht %1. Medien: %2</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="587"/>
        <source>project.qde could not be written</source>
        <translation>project.qde konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="1054"/>
        <source>Cannot write the PDF: %1</source>
        <translation>Das PDF kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="1059"/>
        <source>Cannot join the PDF&apos;s parts: %1</source>
        <translation>Die Teile des PDFs können nicht zusammengefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="1195"/>
        <source>The report&apos;s contents did not fit the pages planned for them.</source>
        <translation>Der Inhalt des Berichts passte nicht auf die dafür vorgesehenen Seiten.</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="1219"/>
        <source>Cannot write the PDF.</source>
        <translation>Das PDF kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../model/metadatafile.cpp" line="75"/>
        <source>metadata.csv has no &quot;path&quot; column; it was ignored</source>
        <translation>metadata.csv hat keine Spalte &quot;path&quot;; die Datei wurde ignoriert</translation>
    </message>
    <message>
        <location filename="../model/metadatafile.cpp" line="93"/>
        <source>metadata.csv line %1: no path; row ignored</source>
        <translation>metadata.csv Zeile %1: kein Pfad; Zeile ignoriert</translation>
    </message>
    <message>
        <location filename="../model/metadatafile.cpp" line="106"/>
        <source>metadata.csv line %1: cannot read the date “%2”</source>
        <translation>metadata.csv Zeile %1: Das Datum „%2“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="78"/>
        <source>The stories could not be read: %1</source>
        <translation>Die Geschichten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="280"/>
        <source>%1 articles from %2</source>
        <translation>%1 Artikel von %2</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="281"/>
        <source>Double-click to show only this story in the article list</source>
        <translation>Doppelklicken, um nur diese Geschichte in der Artikelliste anzuzeigen</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="288"/>
        <source>Story of %1 articles: %2</source>
        <translation>Geschichte aus %1 Artikeln: %2</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="302"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="304"/>
        <source>Outlets</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="306"/>
        <source>First published</source>
        <translation>Zuerst veröffentlicht</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="27"/>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="28"/>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="29"/>
        <location filename="../model/textdecoder.cpp" line="30"/>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="31"/>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="32"/>
        <source>a ZIP archive or office document</source>
        <translation>ein ZIP-Archiv oder Office-Dokument</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="33"/>
        <source>a gzip archive</source>
        <translation>ein gzip-Archiv</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="34"/>
        <source>a 7-Zip archive</source>
        <translation>ein 7-Zip-Archiv</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="35"/>
        <source>a program</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="36"/>
        <location filename="../model/textdecoder.cpp" line="37"/>
        <source>a media file</source>
        <translation>eine Mediendatei</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="38"/>
        <source>an MP3 file</source>
        <translation>eine MP3-Datei</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="39"/>
        <source>an old Microsoft Office document</source>
        <translation>ein altes Microsoft-Office-Dokument</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="203"/>
        <source>the file ends in the middle of a character; the last bytes were dropped</source>
        <translation>die Datei endet mitten in einem Zeichen; die letzten Bytes wurden verworfen</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="208"/>
        <source>invalid %1 data was replaced with U+FFFD</source>
        <translation>ungültige %1-Daten wurden durch U+FFFD ersetzt</translation>
    </message>
</context>
<context>
    <name>Dossier::AnnotationListModel</name>
    <message>
        <location filename="../model/annotationmodels.cpp" line="291"/>
        <source>(deleted tag)</source>
        <translation>(gelöschtes Schlagwort)</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="300"/>
        <source>[orphaned] %1</source>
        <translation>[verwaist] %1</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="316"/>
        <source>Re-found after the article changed.</source>
        <translation>Nach der Änderung des Artikels wiedergefunden.</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="318"/>
        <source>Not found in the changed article: re-attach or delete it.</source>
        <translation>Im geänderten Artikel nicht gefunden: neu zuordnen oder löschen.</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="343"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="344"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="345"/>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="346"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Dossier::AnnotationPanel</name>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="63"/>
        <source>Selected annotation</source>
        <translation>Ausgewählte Annotation</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="65"/>
        <source>Remove Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="67"/>
        <source>This is a &amp;claim</source>
        <translation>Dies ist eine Behau&amp;ptung</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="71"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="79"/>
        <source>Note on this article (saved as you type)</source>
        <translation>Notiz zu diesem Artikel (wird beim Tippen gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="80"/>
        <source>Note on this article</source>
        <translation>Notiz zu diesem Artikel</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="81"/>
        <source>A note on the whole article, saved as you type (Ctrl+Shift+M)</source>
        <translation>Eine Notiz zum ganzen Artikel, wird beim Tippen gespeichert (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="91"/>
        <source>Annotations of this article</source>
        <translation>Annotationen dieses Artikels</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="92"/>
        <source>Choose an annotation to edit its tags, note and claim below</source>
        <translation>Wählen Sie eine Annotation, um unten ihre Schlagwörter, Notiz und Behauptung zu bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="102"/>
        <location filename="../ui/annotationpanel.cpp" line="180"/>
        <source>Add Tag…</source>
        <translation>Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="103"/>
        <source>Add a tag to the selected annotation</source>
        <translation>Der ausgewählten Annotation ein Schlagwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="104"/>
        <source>Remove a tag from the selected annotation</source>
        <translation>Ein Schlagwort von der ausgewählten Annotation entfernen</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="107"/>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="108"/>
        <source>Why this matters, what to check…</source>
        <translation>Warum das wichtig ist, was zu prüfen ist…</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="109"/>
        <source>Note on the annotation</source>
        <translation>Notiz zur Annotation</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="110"/>
        <source>A note on the selected annotation, saved as you type</source>
        <translation>Eine Notiz zur ausgewählten Annotation, wird beim Tippen gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="113"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="114"/>
        <source>Mark the passage as a claim to check, with a verdict, a claimant and evidence</source>
        <translation>Die Passage als zu prüfende Behauptung markieren, mit Bewertung, Urheber und Belegen</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="118"/>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="119"/>
        <source>Where the check of the claim stands</source>
        <translation>Der Stand der Prüfung der Behauptung</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="120"/>
        <source>Verdict:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="121"/>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="122"/>
        <source>Who made the claim: a person or organisation of the corpus</source>
        <translation>Wer die Behauptung aufgestellt hat: eine Person oder Organisation des Korpus</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="123"/>
        <source>Claimant:</source>
        <translation>Urheber:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="124"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="125"/>
        <source>Links that support or refute the claim, with notes</source>
        <translation>Links, die die Behauptung stützen oder widerlegen, mit Notizen</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="127"/>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="129"/>
        <source>Add Link…</source>
        <translation>Link hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="130"/>
        <source>Add a link as evidence for the claim</source>
        <translation>Einen Link als Beleg für die Behauptung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="131"/>
        <source>Remove the chosen link</source>
        <translation>Den ausgewählten Link entfernen</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="136"/>
        <location filename="../ui/annotationpanel.cpp" line="181"/>
        <source>Delete Annotation</source>
        <translation>Annotation löschen</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="137"/>
        <source>Delete the selected annotation (Ctrl+Delete; Ctrl+Z brings it back)</source>
        <translation>Die ausgewählte Annotation löschen (Ctrl+Delete; Ctrl+Z stellt sie wieder her)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="195"/>
        <source>Remove tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="208"/>
        <source>Mark as claim</source>
        <translation>Als Behauptung markieren</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="208"/>
        <source>Unmark claim</source>
        <translation>Markierung als Behauptung aufheben</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="214"/>
        <source>Set verdict: %1</source>
        <translation>Bewertung festlegen: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="219"/>
        <source>Set claimant</source>
        <translation>Urheber festlegen</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="225"/>
        <location filename="../ui/annotationpanel.cpp" line="230"/>
        <source>Add Evidence</source>
        <translation>Beleg hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="225"/>
        <source>Link (a URL, or the path of another article):</source>
        <translation>Link (eine URL oder der Pfad eines anderen Artikels):</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="230"/>
        <source>What it shows (optional):</source>
        <translation>Was er zeigt (optional):</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="232"/>
        <source>Add evidence</source>
        <translation>Beleg hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="241"/>
        <source>Remove evidence</source>
        <translation>Beleg entfernen</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="332"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="342"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="349"/>
        <source>Entity %1</source>
        <translation>Entität %1</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="378"/>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
</context>
<context>
    <name>Dossier::Annotator</name>
    <message>
        <location filename="../model/annotator.cpp" line="183"/>
        <location filename="../model/annotator.cpp" line="276"/>
        <source>No corpus is open.</source>
        <translation>Es ist kein Korpus geöffnet.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="189"/>
        <source>This corpus is open read-only; nothing was changed.</source>
        <translation>Dieses Korpus ist schreibgeschützt geöffnet; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="373"/>
        <source>A link needs two different articles or quotes.</source>
        <translation>Eine Verknüpfung braucht zwei verschiedene Artikel oder Zitate.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="418"/>
        <source>Confirm Quote Link</source>
        <translation>Zitatverknüpfung bestätigen</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="418"/>
        <source>Confirm Story Link</source>
        <translation>Geschichtenverknüpfung bestätigen</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="421"/>
        <source>Reject Quote Link</source>
        <translation>Zitatverknüpfung ablehnen</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="421"/>
        <source>Reject Story Link</source>
        <translation>Geschichtenverknüpfung ablehnen</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="424"/>
        <source>Link Quotes</source>
        <translation>Zitate verknüpfen</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="424"/>
        <source>Link Articles</source>
        <translation>Artikel verknüpfen</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="436"/>
        <source>That link decision no longer exists.</source>
        <translation>Diese Verknüpfungsentscheidung existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="442"/>
        <source>Withdraw Link Decision</source>
        <translation>Verknüpfungsentscheidung zurücknehmen</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="488"/>
        <source>“%1” is not a tag name (an empty name in the path)</source>
        <translation>„%1“ ist kein Schlagwortname (ein leerer Name im Pfad)</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="520"/>
        <location filename="../model/annotator.cpp" line="562"/>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="525"/>
        <location filename="../model/annotator.cpp" line="567"/>
        <location filename="../model/annotator.cpp" line="602"/>
        <source>There is already a tag named “%1” there.</source>
        <translation>Dort gibt es bereits ein Schlagwort namens „%1“.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="548"/>
        <source>New tag “%1”</source>
        <translation>Neues Schlagwort „%1“</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="578"/>
        <source>Rename tag “%1” to “%2”</source>
        <translation>Schlagwort „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="580"/>
        <source>Recolour tag “%1”</source>
        <translation>Farbe des Schlagworts „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="582"/>
        <location filename="../model/annotator.cpp" line="625"/>
        <source>Move tag “%1”</source>
        <translation>Schlagwort „%1“ verschieben</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="584"/>
        <source>Edit tag “%1”</source>
        <translation>Schlagwort „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="597"/>
        <source>A tag cannot move below itself.</source>
        <translation>Ein Schlagwort kann nicht unter sich selbst verschoben werden.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="638"/>
        <source>A tag cannot be merged into a tag below it.</source>
        <translation>Ein Schlagwort kann nicht mit einem ihm untergeordneten Schlagwort zusammengeführt werden.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="649"/>
        <source>“%1” and “%2” both have a tag named “%3”: merge or rename one of those first.</source>
        <translation>„%1“ und „%2“ haben beide ein Schlagwort namens „%3“: Führen Sie zuerst eines davon zusammen oder benennen Sie es um.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="680"/>
        <source>Merge tag “%1” into “%2”</source>
        <translation>Schlagwort „%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="724"/>
        <source>Delete tag “%1”</source>
        <translation>Schlagwort „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="734"/>
        <source>Select some text of the article first.</source>
        <translation>Wählen Sie zuerst Text im Artikel aus.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="751"/>
        <location filename="../model/annotator.cpp" line="774"/>
        <source>Tag “%1”</source>
        <translation>„%1“ verschlagworten</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="795"/>
        <source>Edit annotation</source>
        <translation>Annotation bearbeiten</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="807"/>
        <source>Delete annotation “%1”</source>
        <translation>Annotation „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="819"/>
        <source>Re-attach annotation</source>
        <translation>Annotation neu zuordnen</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="870"/>
        <source>Edit article note</source>
        <translation>Artikelnotiz bearbeiten</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="888"/>
        <source>A quote needs some text.</source>
        <translation>Ein Zitat braucht etwas Text.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="922"/>
        <source>Clear quote review</source>
        <translation>Zitatprüfung zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Dossier::ArticleHighlighter</name>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="104"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="106"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="108"/>
        <source>P&amp;lace</source>
        <translation>O&amp;rt</translation>
    </message>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="110"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="112"/>
        <source>&amp;Quote</source>
        <translation>&amp;Zitat</translation>
    </message>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="114"/>
        <source>&amp;Speaker</source>
        <translation>&amp;Sprecher</translation>
    </message>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="116"/>
        <source>&amp;Annotations</source>
        <translation>&amp;Annotationen</translation>
    </message>
</context>
<context>
    <name>Dossier::ArticlePickerDialog</name>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="30"/>
        <source>Choose an Article</source>
        <translation>Artikel auswählen</translation>
    </message>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="32"/>
        <source>Filter by title or path</source>
        <translation>Nach Titel oder Pfad filtern</translation>
    </message>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="34"/>
        <source>Filter articles</source>
        <translation>Artikel filtern</translation>
    </message>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="36"/>
        <source>The articles to choose from</source>
        <translation>Die Artikel zur Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="42"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="43"/>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="46"/>
        <source>&amp;Find the article to link:</source>
        <translation>Zu verknüpfenden &amp;Artikel suchen:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/articlepickerdialog.cpp" line="66"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::AutocodeDialog</name>
    <message numerus="yes">
        <location filename="../ui/autocodedialog.cpp" line="37"/>
        <source>%n spans</source>
        <translation>
            <numerusform>%n Textstelle</numerusform>
            <numerusform>%n Textstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/autocodedialog.cpp" line="42"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikeln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="51"/>
        <source>Regular e&amp;xpression</source>
        <translation>&amp;Regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="52"/>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="53"/>
        <source>&amp;Whole words</source>
        <translation>Ganze &amp;Wörter</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="60"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="63"/>
        <location filename="../ui/autocodedialog.cpp" line="382"/>
        <source>Autocode</source>
        <translation>Automatisch verschlagworten</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="71"/>
        <source>Read the pattern as a regular expression</source>
        <translation>Das Muster als regulären Ausdruck lesen</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="72"/>
        <source>Match capital and small letters as typed</source>
        <translation>Groß- und Kleinschreibung wie eingegeben beachten</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="73"/>
        <source>Match whole words only</source>
        <translation>Nur ganze Wörter finden</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="74"/>
        <source>Where to look: everywhere, inside quotes, or in one speaker&apos;s quotes</source>
        <translation>Wo gesucht wird: überall, in Zitaten oder in den Zitaten eines Sprechers</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="75"/>
        <source>The speaker whose quotes are searched</source>
        <translation>Der Sprecher, dessen Zitate durchsucht werden</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="76"/>
        <source>The tag every match gets</source>
        <translation>Das Schlagwort, das jeder Treffer erhält</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="78"/>
        <source>Text or regular expression to find</source>
        <translation>Zu suchender Text oder regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="79"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="81"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="82"/>
        <source>Inside quotes</source>
        <translation>Innerhalb von Zitaten</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="83"/>
        <source>Quotes by speaker</source>
        <translation>Zitate eines Sprechers</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="84"/>
        <source>Where to look</source>
        <translation>Suchbereich</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="90"/>
        <source>Loading speakers…</source>
        <translation>Sprecher werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="91"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="94"/>
        <source>A tag of the codebook, or a new name</source>
        <translation>Ein Schlagwort aus dem Codebuch oder ein neuer Name</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="95"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="99"/>
        <source>Autocode progress</source>
        <translation>Fortschritt der automatischen Verschlagwortung</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="110"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="112"/>
        <source>&amp;Look in:</source>
        <translation>Suchen &amp;in:</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="113"/>
        <source>&amp;Speaker:</source>
        <translation>S&amp;precher:</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="114"/>
        <source>&amp;Tag with:</source>
        <translation>Verschlagworten &amp;mit:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/autocodedialog.cpp" line="187"/>
        <source>%1 (%n quotes)</source>
        <translation>
            <numerusform>%1 (%n Zitat)</numerusform>
            <numerusform>%1 (%n Zitate)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="307"/>
        <source>%1 in %2 to tag (%3).</source>
        <translation>%1 in %2 zu verschlagworten (%3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/autocodedialog.cpp" line="308"/>
        <source>%n of them tagged already</source>
        <translation>
            <numerusform>davon %n bereits verschlagwortet</numerusform>
            <numerusform>davon %n bereits verschlagwortet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="310"/>
        <source>%1 in %2 to tag.</source>
        <translation>%1 in %2 zu verschlagworten.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="383"/>
        <source>This tags %1 in %2, which takes a while to write. Tag them all?</source>
        <translation>Damit werden %1 in %2 verschlagwortet; das Schreiben dauert eine Weile. Alle verschlagworten?</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="410"/>
        <source>Tagged %1 in %2 (%3 undoes it)</source>
        <translation>%1 in %2 verschlagwortet (%3 macht es rückgängig)</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="190"/>
        <source>No speakers found</source>
        <translation>Keine Sprecher gefunden</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="190"/>
        <source>A speaker, or any name</source>
        <translation>Ein Sprecher oder ein beliebiger Name</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="281"/>
        <source>Choose a speaker.</source>
        <translation>Wählen Sie einen Sprecher.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="298"/>
        <source>Counting…</source>
        <translation>Zählen…</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="325"/>
        <source>Choose a tag, or type the name of a new one.</source>
        <translation>Wählen Sie ein Schlagwort oder geben Sie den Namen eines neuen ein.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="337"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="338"/>
        <source>Stop the search; nothing is tagged</source>
        <translation>Suche abbrechen; es wird nichts verschlagwortet</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="366"/>
        <source>Cancelled; nothing was tagged.</source>
        <translation>Abgebrochen; es wurde nichts verschlagwortet.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="375"/>
        <source>Nothing new to tag: all %1 matches have the tag already.</source>
        <translation>Nichts Neues zu verschlagworten: Alle %1 Treffer haben das Schlagwort bereits.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="376"/>
        <source>No matches; nothing was tagged.</source>
        <translation>Keine Treffer; es wurde nichts verschlagwortet.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="386"/>
        <source>Nothing was tagged.</source>
        <translation>Es wurde nichts verschlagwortet.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="391"/>
        <source>Autocode “%1”</source>
        <translation>Automatisch verschlagworten: „%1“</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="407"/>
        <source>Nothing was tagged: %1</source>
        <translation>Es wurde nichts verschlagwortet: %1</translation>
    </message>
</context>
<context>
    <name>Dossier::CodebookPanel</name>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="54"/>
        <source>&lt;b&gt;Codebook&lt;/b&gt;</source>
        <translation>&lt;b&gt;Codebuch&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="66"/>
        <source>+ Tag</source>
        <translation>+ Schlagwort</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="66"/>
        <source>New tag at the top level</source>
        <translation>Neues Schlagwort auf oberster Ebene</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="67"/>
        <source>+ Child</source>
        <translation>+ Unterschlagwort</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="67"/>
        <source>New tag below the selected one</source>
        <translation>Neues Schlagwort unter dem ausgewählten</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="68"/>
        <location filename="../ui/codebookpanel.cpp" line="196"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="68"/>
        <source>Rename, recolour, describe or give a shortcut key</source>
        <translation>Umbenennen, Farbe ändern, beschreiben oder ein Tastenkürzel vergeben</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="74"/>
        <source>Find a tag…</source>
        <translation>Schlagwort suchen…</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="76"/>
        <source>Find a tag</source>
        <translation>Schlagwort suchen</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="84"/>
        <source>Codebook</source>
        <translation>Codebuch</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="85"/>
        <source>Your tags, within one another, with how many annotations carry each</source>
        <translation>Ihre Schlagwörter, ineinander verschachtelt, mit der Anzahl der Annotationen, die jedes davon tragen</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="95"/>
        <source>Double-click a tag (or press Enter) to tag the selected text; F2 renames; drag to move</source>
        <translation>Doppelklicken Sie auf ein Schlagwort (oder drücken Sie Enter), um den ausgewählten Text zu verschlagworten; F2 benennt um; ziehen zum Verschieben</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="126"/>
        <source>New Tag under “%1”</source>
        <translation>Neues Schlagwort unter „%1“</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="126"/>
        <source>New Tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="131"/>
        <source>Tag not created</source>
        <translation>Schlagwort nicht angelegt</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="145"/>
        <source>Edit Tag “%1”</source>
        <translation>Schlagwort „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="147"/>
        <source>Tag not changed</source>
        <translation>Schlagwort nicht geändert</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="163"/>
        <source>Merge Tag</source>
        <translation>Schlagwort zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="164"/>
        <source>Merge “%1” into (its annotations and children move there):</source>
        <translation>„%1“ zusammenführen mit (seine Annotationen und untergeordneten Schlagwörter werden dorthin verschoben):</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="169"/>
        <source>Tags not merged</source>
        <translation>Schlagwörter nicht zusammengeführt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/codebookpanel.cpp" line="177"/>
        <source>Delete the tag “%1” and the tags below it? %n annotation(s) carry them; they lose these tags, and those left with no tag, note or claim are deleted. Undo (Ctrl+Z) brings everything back.</source>
        <translation>
            <numerusform>Das Schlagwort „%1“ und die untergeordneten Schlagwörter löschen? %n Annotation trägt sie; sie verliert diese Schlagwörter und wird gelöscht, wenn ihr danach weder Schlagwort noch Notiz noch Behauptung bleibt. Rückgängig (Ctrl+Z) stellt alles wieder her.</numerusform>
            <numerusform>Das Schlagwort „%1“ und die untergeordneten Schlagwörter löschen? %n Annotationen tragen sie; sie verlieren diese Schlagwörter, und diejenigen, denen danach weder Schlagwort noch Notiz noch Behauptung bleibt, werden gelöscht. Rückgängig (Ctrl+Z) stellt alles wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="181"/>
        <source>Delete the tag “%1” and the tags below it? No annotation carries them.</source>
        <translation>Das Schlagwort „%1“ und die untergeordneten Schlagwörter löschen? Keine Annotation trägt sie.</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="182"/>
        <source>Delete Tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="185"/>
        <source>Tag not deleted</source>
        <translation>Schlagwort nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="193"/>
        <source>Tag the Selection</source>
        <translation>Auswahl verschlagworten</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="195"/>
        <source>New Child Tag…</source>
        <translation>Neues untergeordnetes Schlagwort…</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="197"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="198"/>
        <source>Merge Into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="199"/>
        <source>Move to Top Level</source>
        <translation>Auf oberste Ebene verschieben</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="201"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="203"/>
        <source>New Tag…</source>
        <translation>Neues Schlagwort…</translation>
    </message>
</context>
<context>
    <name>Dossier::CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="557"/>
        <source>The corpus database (default: FOLDER/.dossier/corpus.sqlite).</source>
        <translation>Die Korpus-Datenbank (Standard: FOLDER/.dossier/corpus.sqlite).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="569"/>
        <source>unknown command</source>
        <translation>unbekannter Befehl</translation>
    </message>
</context>
<context>
    <name>Dossier::CompareDialog</name>
    <message>
        <location filename="../ui/comparedialog.cpp" line="27"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="39"/>
        <source>Compare: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="42"/>
        <source>The two versions side by side, with the differences marked</source>
        <translation>Die beiden Fassungen nebeneinander, mit markierten Unterschieden</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="44"/>
        <source>The two articles side by side</source>
        <translation>Die beiden Artikel nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="46"/>
        <source>Struck through: words only on the left. Underlined: words only on the right. A hatched cell: the paragraph has no counterpart on that side.</source>
        <translation>Durchgestrichen: Wörter nur links. Unterstrichen: Wörter nur rechts. Eine schraffierte Zelle: Der Absatz hat auf dieser Seite kein Gegenstück.</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="51"/>
        <source>&amp;Previous Change</source>
        <translation>&amp;Vorherige Änderung</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="53"/>
        <source>Previous paragraph that differs (Shift+F8)</source>
        <translation>Vorheriger abweichender Absatz (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="55"/>
        <source>&amp;Next Change</source>
        <translation>&amp;Nächste Änderung</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="57"/>
        <source>Next paragraph that differs (F8)</source>
        <translation>Nächster abweichender Absatz (F8)</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="150"/>
        <source>%1 paragraphs in both (%2 of them changed), %3 only on the left, %4 only on the right. F8: next change.</source>
        <translation>%1 Absätze in beiden (davon %2 geändert), %3 nur links, %4 nur rechts. F8: nächste Änderung.</translation>
    </message>
</context>
<context>
    <name>Dossier::CorpusLinker</name>
    <message>
        <location filename="../model/corpuslinker.cpp" line="143"/>
        <source>Cannot read the articles to link: %1</source>
        <translation>Die zu verknüpfenden Artikel können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/corpuslinker.cpp" line="210"/>
        <source>Cannot read the stored signatures: %1</source>
        <translation>Die gespeicherten Signaturen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/corpuslinker.cpp" line="229"/>
        <source>Cannot read the stored quotes: %1</source>
        <translation>Die gespeicherten Zitate können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/corpuslinker.cpp" line="288"/>
        <location filename="../model/corpuslinker.cpp" line="391"/>
        <source>Cannot write links: %1</source>
        <translation>Verknüpfungen können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../model/corpuslinker.cpp" line="380"/>
        <source>Cannot store the links of article %1: %2</source>
        <translation>Die Verknüpfungen von Artikel %1 können nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../model/corpuslinker.cpp" line="385"/>
        <source>Cannot store the quote links: %1</source>
        <translation>Die Zitatverknüpfungen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../model/corpuslinker.cpp" line="421"/>
        <source>Cannot build the stories: %1</source>
        <translation>Die Geschichten können nicht gebildet werden: %1</translation>
    </message>
</context>
<context>
    <name>Dossier::CorpusScanner</name>
    <message>
        <location filename="../model/corpusscanner.cpp" line="131"/>
        <source>cannot read the folder: %1</source>
        <translation>Ordner kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="146"/>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="157"/>
        <location filename="../model/corpusscanner.cpp" line="177"/>
        <source>symbolic link to a folder, not followed</source>
        <translation>symbolischer Link auf einen Ordner, nicht verfolgt</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="161"/>
        <source>a README, not an article: not imported</source>
        <translation>eine README, kein Artikel: nicht importiert</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="169"/>
        <source>symbolic link loop</source>
        <translation>Schleife symbolischer Links</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="171"/>
        <source>dangling symbolic link (its target does not exist)</source>
        <translation>verwaister symbolischer Link (sein Ziel existiert nicht)</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="173"/>
        <source>cannot follow the symbolic link: %1</source>
        <translation>symbolischer Link kann nicht verfolgt werden: %1</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="182"/>
        <source>%1, not a file</source>
        <translation>%1, keine Datei</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="187"/>
        <source>the file name is not valid UTF-8; invalid bytes are shown as \xNN</source>
        <translation>der Dateiname ist kein gültiges UTF-8; ungültige Bytes werden als \xNN angezeigt</translation>
    </message>
</context>
<context>
    <name>Dossier::DatabaseMaintenance</name>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="148"/>
        <source>Cannot back up %1: %2</source>
        <translation>%1 kann nicht gesichert werden: %2</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="153"/>
        <source>Cannot back up %1: the SQLite driver gives no handle.</source>
        <translation>%1 kann nicht gesichert werden: Der SQLite-Treiber liefert kein Handle.</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="162"/>
        <source>Cannot create the backup %1: %2</source>
        <translation>Die Sicherung %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="167"/>
        <source>The backup of %1 to %2 failed: %3</source>
        <translation>Die Sicherung von %1 nach %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="197"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="222"/>
        <source>Cannot close the backup %1.</source>
        <translation>Die Sicherung %1 kann nicht geschlossen werden.</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="228"/>
        <source>Cannot rename the backup %1 to %2.</source>
        <translation>Die Sicherung %1 kann nicht in %2 umbenannt werden.</translation>
    </message>
</context>
<context>
    <name>Dossier::DiffText</name>
    <message>
        <location filename="../ui/difftext.cpp" line="30"/>
        <source>Only in the first version</source>
        <translation>Nur in der ersten Version</translation>
    </message>
    <message>
        <location filename="../ui/difftext.cpp" line="34"/>
        <source>Only in the second version</source>
        <translation>Nur in der zweiten Version</translation>
    </message>
</context>
<context>
    <name>Dossier::EntityTreeModel</name>
    <message>
        <location filename="../model/analysismodels.cpp" line="104"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="104"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="106"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="106"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="108"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="108"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="110"/>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="110"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="207"/>
        <source>%1 (%2), mentioned once in this article</source>
        <translation>%1 (%2), einmal in diesem Artikel erwähnt</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="208"/>
        <source>%1 (%2), mentioned %3 times in this article</source>
        <translation>%1 (%2), %3-mal in diesem Artikel erwähnt</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="223"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="223"/>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
</context>
<context>
    <name>Dossier::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="76"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="77"/>
        <source>&amp;All articles</source>
        <translation>&amp;Alle Artikel</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="78"/>
        <source>Articles in the &amp;list</source>
        <translation>Artikel in der &amp;Liste</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="79"/>
        <source>Sele&amp;cted articles</source>
        <translation>Aus&amp;gewählte Artikel</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="80"/>
        <source>Outlets</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="81"/>
        <source>&amp;Published between</source>
        <translation>&amp;Veröffentlicht zwischen</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="84"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="85"/>
        <source>Verdicts</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="89"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="91"/>
        <location filename="../ui/exportdialog.cpp" line="366"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="102"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="103"/>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="429"/>
        <source>Published from</source>
        <translation>Veröffentlicht ab</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="430"/>
        <source>Published until</source>
        <translation>Veröffentlicht bis</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="108"/>
        <source>A report to read (HTML, PDF) or the annotations as data (CSV, JSON, REFI-QDA, Web Annotation)</source>
        <translation>Ein Bericht zum Lesen (HTML, PDF) oder die Annotationen als Daten (CSV, JSON, REFI-QDA, Web Annotation)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="109"/>
        <source>The file to write; its suffix follows the format</source>
        <translation>Die zu schreibende Datei; ihre Endung richtet sich nach dem Format</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="110"/>
        <source>Choose the file to write</source>
        <translation>Die zu schreibende Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="111"/>
        <source>Every article of the corpus</source>
        <translation>Alle Artikel des Korpus</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="112"/>
        <source>The articles the list shows with its filters</source>
        <translation>Die Artikel, die die Liste mit ihren Filtern anzeigt</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="113"/>
        <source>The articles selected in the list (Ctrl+click, Shift+click)</source>
        <translation>Die in der Liste ausgewählten Artikel (Ctrl+click, Shift+click)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="114"/>
        <source>Only the articles published between the two dates</source>
        <translation>Nur die Artikel, die zwischen den beiden Daten veröffentlicht wurden</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="431"/>
        <source>The first day of the date range</source>
        <translation>Der erste Tag des Zeitraums</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="432"/>
        <source>The last day of the date range</source>
        <translation>Der letzte Tag des Zeitraums</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="115"/>
        <source>Tick outlets to export only their articles; none ticked: all</source>
        <translation>Medien anhaken, um nur deren Artikel zu exportieren; keines angehakt: alle</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="116"/>
        <source>Tick tags to export only the annotations that have one; none ticked: all</source>
        <translation>Schlagwörter anhaken, um nur die Annotationen zu exportieren, die eines davon tragen; keines angehakt: alle</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="117"/>
        <source>Tick verdicts to export only the claims that have one; none ticked: all</source>
        <translation>Bewertungen anhaken, um nur die Behauptungen zu exportieren, die eine davon haben; keine angehakt: alle</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="124"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="131"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="132"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="136"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="144"/>
        <source>&amp;Outlets (none ticked: all):</source>
        <translation>&amp;Medien (keines angehakt: alle):</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="149"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="151"/>
        <source>&amp;Tags, with the tags below them (none ticked: all):</source>
        <translation>Schlag&amp;wörter, einschließlich untergeordneter (keines angehakt: alle):</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="153"/>
        <source>&amp;Verdicts (none ticked: all):</source>
        <translation>&amp;Bewertungen (keine angehakt: alle):</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="159"/>
        <source>With tags or verdicts ticked, only the annotations that have one are exported, and only the articles that keep one.</source>
        <translation>Sind Schlagwörter oder Bewertungen angehakt, werden nur die Annotationen exportiert, die eines davon haben, und nur die Artikel, in denen eine solche bleibt.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="238"/>
        <source>&amp;All articles (%1)</source>
        <translation>&amp;Alle Artikel (%1)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="239"/>
        <source>Articles in the &amp;list (%1)</source>
        <translation>Artikel in der &amp;Liste (%1)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="240"/>
        <source>Sele&amp;cted articles (%1)</source>
        <translation>Aus&amp;gewählte Artikel (%1)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="296"/>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die zu schreibende Datei.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="299"/>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 ist ein Ordner: Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="301"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="303"/>
        <source>The first date is after the last.</source>
        <translation>Das erste Datum liegt nach dem letzten.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="305"/>
        <source>The list shows no articles.</source>
        <translation>Die Liste zeigt keine Artikel.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="307"/>
        <source>No articles are selected.</source>
        <translation>Es sind keine Artikel ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="346"/>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="366"/>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="383"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="384"/>
        <source>Stop the export; no file is written</source>
        <translation>Export abbrechen; es wird keine Datei geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="392"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="407"/>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="408"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="408"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="415"/>
        <source>Exported %1 in %2 to %3.</source>
        <translation>%1 in %2 nach %3 exportiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportdialog.cpp" line="416"/>
        <source>%n annotations</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportdialog.cpp" line="416"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikeln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::ImportLogDialog</name>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="16"/>
        <source>Import Log</source>
        <translation>Import-Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="19"/>
        <source>The last import skipped and repaired nothing.</source>
        <translation>Der letzte Import hat nichts übersprungen und nichts repariert.</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="20"/>
        <source>Files skipped, repaired or noted by the last import: %1</source>
        <translation>Vom letzten Import übersprungene, reparierte oder vermerkte Dateien: %1</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="25"/>
        <source>Import log</source>
        <translation>Import-Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="26"/>
        <source>The files the last import skipped or repaired, with the reason</source>
        <translation>Die Dateien, die der letzte Import übersprungen oder repariert hat, mit dem Grund</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="27"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="27"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="27"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="37"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="40"/>
        <source>repaired</source>
        <translation>repariert</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="43"/>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Dossier::Importer</name>
    <message>
        <location filename="../model/importer.cpp" line="324"/>
        <location filename="../model/importer.cpp" line="344"/>
        <location filename="../model/importer.cpp" line="358"/>
        <location filename="../model/importer.cpp" line="364"/>
        <location filename="../model/importer.cpp" line="367"/>
        <source>Cannot write to the database: %1</source>
        <translation>In die Datenbank kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="330"/>
        <location filename="../model/importer.cpp" line="335"/>
        <location filename="../model/importer.cpp" line="341"/>
        <source>Cannot store the analysis of an article: %1</source>
        <translation>Die Analyse eines Artikels kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="400"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="402"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="404"/>
        <source>The folder %1 cannot be read (permission denied).</source>
        <translation>Der Ordner %1 kann nicht gelesen werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="415"/>
        <source>Another import of this corpus is running (process %1); try again when it has finished.</source>
        <translation>Ein anderer Import dieses Korpus läuft (Prozess %1); versuchen Sie es erneut, wenn er beendet ist.</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="437"/>
        <source>Cannot write to the database %1: %2</source>
        <translation>In die Datenbank %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/importer.cpp" line="549"/>
        <source>%n annotation(s) could not be re-found; see Orphaned annotations</source>
        <translation>
            <numerusform>%n Annotation konnte nicht wiedergefunden werden; siehe Verwaiste Annotationen</numerusform>
            <numerusform>%n Annotationen konnten nicht wiedergefunden werden; siehe Verwaiste Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/importer.cpp" line="552"/>
        <source>%n quote review(s) could not be re-found in the changed text; they are kept</source>
        <translation>
            <numerusform>%n Zitatprüfung konnte im geänderten Text nicht wiedergefunden werden; sie bleibt erhalten</numerusform>
            <numerusform>%n Zitatprüfungen konnten im geänderten Text nicht wiedergefunden werden; sie bleiben erhalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="630"/>
        <source>moved or renamed: the article keeps its annotations</source>
        <translation>verschoben oder umbenannt: Der Artikel behält seine Annotationen</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="654"/>
        <source>cannot be stored: %1</source>
        <translation>kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="658"/>
        <source>Cannot write %1 to the database: %2</source>
        <translation>%1 kann nicht in die Datenbank geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="723"/>
        <source>the file is gone; the article is kept and marked missing</source>
        <translation>die Datei ist verschwunden; der Artikel bleibt erhalten und wird als fehlend markiert</translation>
    </message>
</context>
<context>
    <name>Dossier::IntegrityReport</name>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="82"/>
        <source>The database %1 passed its integrity check.</source>
        <translation>Die Datenbank %1 hat die Integritätsprüfung bestanden.</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="84"/>
        <source>The integrity check of %1 was cancelled.</source>
        <translation>Die Integritätsprüfung von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="87"/>
        <source>(and %1 more problems)</source>
        <translation>(und %1 weitere Probleme)</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="88"/>
        <source>The database %1 is damaged: %2</source>
        <translation>Die Datenbank %1 ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>Dossier::LayerLegend</name>
    <message>
        <location filename="../ui/layerlegend.cpp" line="36"/>
        <source>Show or hide the %1 highlighting</source>
        <translation>Hervorhebung „%1“ ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/layerlegend.cpp" line="40"/>
        <source>Highlight layers</source>
        <translation>Hervorhebungsebenen</translation>
    </message>
</context>
<context>
    <name>Dossier::Links</name>
    <message>
        <location filename="../model/linkmodels.cpp" line="69"/>
        <source>linked by hand</source>
        <translation>von Hand verknüpft</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="70"/>
        <source>same story, through another article</source>
        <translation>gleiche Geschichte, über einen anderen Artikel</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="70"/>
        <source>same story</source>
        <translation>gleiche Geschichte</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="74"/>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="76"/>
        <source>near-duplicate</source>
        <translation>Beinahe-Duplikat</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="79"/>
        <source>reprinted in this one</source>
        <translation>in diesem nachgedruckt</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="81"/>
        <source>reprints this one</source>
        <translation>druckt diesen nach</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="83"/>
        <source>same event</source>
        <translation>gleiches Ereignis</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="92"/>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="94"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="96"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="98"/>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
</context>
<context>
    <name>Dossier::LinksPanel</name>
    <message>
        <location filename="../ui/linkspanel.cpp" line="176"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="177"/>
        <source>Confirm the link: the two belong together</source>
        <translation>Verknüpfung bestätigen: Die beiden gehören zusammen</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="178"/>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="179"/>
        <source>Reject the link: the two are never joined (it stays listed, greyed, to be restored)</source>
        <translation>Verknüpfung ablehnen: Die beiden werden nie zusammengeführt (sie bleibt ausgegraut aufgeführt und kann wiederhergestellt werden)</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="180"/>
        <source>&amp;Withdraw Decision</source>
        <translation>Entscheidung &amp;zurücknehmen</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="181"/>
        <source>Withdraw your decision: back to what the import suggested</source>
        <translation>Ihre Entscheidung zurücknehmen: zurück zum Vorschlag des Imports</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="182"/>
        <source>Link to &amp;Article…</source>
        <translation>Mit &amp;Artikel verknüpfen…</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="183"/>
        <source>Link this article by hand to another one of the same story</source>
        <translation>Diesen Artikel von Hand mit einem anderen Artikel derselben Geschichte verknüpfen</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="184"/>
        <source>Link &amp;Quote…</source>
        <translation>Zi&amp;tat verknüpfen…</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="185"/>
        <source>Link a quote of this article by hand to the same quote in another article</source>
        <translation>Ein Zitat dieses Artikels von Hand mit demselben Zitat in einem anderen Artikel verknüpfen</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="186"/>
        <source>Withdraw</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="187"/>
        <source>Link Article…</source>
        <translation>Artikel verknüpfen…</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="188"/>
        <source>&amp;Compare Side by Side</source>
        <translation>&amp;Nebeneinander vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="189"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="190"/>
        <source>Show this article and the chosen one side by side, paragraph by paragraph</source>
        <translation>Diesen Artikel und den gewählten nebeneinander anzeigen, Absatz für Absatz</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="218"/>
        <source>Other articles of the same story</source>
        <translation>Andere Artikel derselben Geschichte</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="219"/>
        <source>The story&apos;s other articles with outlet, date and likeness; the menu confirms or rejects a link</source>
        <translation>Die anderen Artikel der Geschichte mit Medium, Datum und Ähnlichkeit; das Menü bestätigt oder verwirft eine Verknüpfung</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="227"/>
        <source>The article&apos;s quotes in other articles</source>
        <translation>Die Zitate des Artikels in anderen Artikeln</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="228"/>
        <source>Each quote as other articles give it, marked where it was altered; the menu confirms or rejects a link</source>
        <translation>Jedes Zitat, wie andere Artikel es wiedergeben, markiert, wo es verändert wurde; das Menü bestätigt oder verwirft eine Verknüpfung</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="233"/>
        <source>Differences between the two versions</source>
        <translation>Unterschiede zwischen den beiden Versionen</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="234"/>
        <source>The chosen version against this one, word by word: words only here struck through, words only there underlined</source>
        <translation>Die gewählte Fassung im Vergleich zu dieser, Wort für Wort: Wörter nur hier durchgestrichen, Wörter nur dort unterstrichen</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="247"/>
        <source>Same story</source>
        <translation>Gleiche Geschichte</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="248"/>
        <source>Same quote elsewhere</source>
        <translation>Gleiches Zitat anderswo</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="388"/>
        <source>Same story: no other article</source>
        <translation>Gleiche Geschichte: kein anderer Artikel</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="389"/>
        <source>Same story (%1)</source>
        <translation>Gleiche Geschichte (%1)</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="390"/>
        <source>Same quote elsewhere: none found</source>
        <translation>Gleiches Zitat anderswo: keines gefunden</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="391"/>
        <source>Same quote elsewhere (%1)</source>
        <translation>Gleiches Zitat anderswo (%1)</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="491"/>
        <source>Link not changed</source>
        <translation>Verknüpfung nicht geändert</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="500"/>
        <source>Decision not withdrawn</source>
        <translation>Entscheidung nicht zurückgenommen</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="513"/>
        <source>Articles not linked</source>
        <translation>Artikel nicht verknüpft</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="527"/>
        <source>Quotes not linked</source>
        <translation>Zitate nicht verknüpft</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="538"/>
        <source>Link to Article</source>
        <translation>Mit Artikel verknüpfen</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="554"/>
        <location filename="../ui/linkspanel.cpp" line="578"/>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="555"/>
        <location filename="../ui/linkspanel.cpp" line="579"/>
        <source>speaker unknown</source>
        <translation>Sprecher unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="559"/>
        <location filename="../ui/linkspanel.cpp" line="573"/>
        <location filename="../ui/linkspanel.cpp" line="581"/>
        <source>Link Quote</source>
        <translation>Zitat verknüpfen</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="559"/>
        <source>The quote of this article:</source>
        <translation>Das Zitat dieses Artikels:</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="566"/>
        <source>Link Quote: Choose the Other Article</source>
        <translation>Zitat verknüpfen: Anderen Artikel auswählen</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="573"/>
        <source>No quotes were found in “%1”.</source>
        <translation>In „%1“ wurden keine Zitate gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="581"/>
        <source>The same quote in “%1”:</source>
        <translation>Dasselbe Zitat in „%1“:</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="614"/>
        <location filename="../ui/linkspanel.cpp" line="636"/>
        <source>the other article</source>
        <translation>dem anderen Artikel</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="616"/>
        <source>Comparing with %1…</source>
        <translation>Vergleich mit %1…</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="622"/>
        <source>Differences from %1: struck through only here, underlined only in %1</source>
        <translation>Unterschiede zu %1: durchgestrichen nur hier, unterstrichen nur in %1</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="637"/>
        <source>The quote as %1 gives it: struck through only here, underlined only there</source>
        <translation>Das Zitat, wie es in %1 steht: durchgestrichen nur hier, unterstrichen nur dort</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="643"/>
        <source>Choose another outlet&apos;s version of the quote to see how it differs.</source>
        <translation>Wählen Sie die Version des Zitats aus einem anderen Medium, um zu sehen, wie sie sich unterscheidet.</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="646"/>
        <source>Open an article to see its links.</source>
        <translation>Öffnen Sie einen Artikel, um seine Verknüpfungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="647"/>
        <source>Choose a linked article or quote to see how the versions differ.</source>
        <translation>Wählen Sie einen verknüpften Artikel oder ein verknüpftes Zitat, um zu sehen, wie sich die Versionen unterscheiden.</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="657"/>
        <source>&amp;Open Article</source>
        <translation>Artikel ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>Dossier::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="495"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="496"/>
        <source>&amp;Open Corpus Folder…</source>
        <translation>Korpus-Ordner &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="504"/>
        <source>Import new and changed files; unchanged files are skipped</source>
        <translation>Neue und geänderte Dateien importieren; unveränderte Dateien werden übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="505"/>
        <source>Import &amp;Log…</source>
        <translation>Import-&amp;Protokoll…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="512"/>
        <source>Write a report (HTML, PDF) or the annotations (CSV, JSON, REFI-QDA, Web Annotation)</source>
        <translation>Einen Bericht (HTML, PDF) oder die Annotationen (CSV, JSON, REFI-QDA, Web Annotation) schreiben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513"/>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Annotationen importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>Merge another analyst&apos;s work from a Dossier JSON export</source>
        <translation>Die Arbeit eines anderen Analysten aus einem Dossier-JSON-Export übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="519"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <location filename="../ui/mainwindow.cpp" line="545"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="528"/>
        <source>Undo is possible once the import has finished.</source>
        <translation>Rückgängig machen ist möglich, sobald der Import abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="534"/>
        <location filename="../ui/mainwindow.cpp" line="547"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="536"/>
        <source>Redo is possible once the import has finished.</source>
        <translation>Wiederholen ist möglich, sobald der Import abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="545"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="547"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="553"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="557"/>
        <source>Dossier uses the new language when it starts again.</source>
        <translation>Dossier verwendet die neue Sprache nach dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="566"/>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnotieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="569"/>
        <source>A&amp;utocode…</source>
        <translation>A&amp;utomatisch verschlagworten…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="571"/>
        <source>Open a corpus first.</source>
        <translation>Öffnen Sie zuerst ein Korpus.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="575"/>
        <source>Autocode is possible once the import has finished.</source>
        <translation>Automatisches Verschlagworten ist möglich, sobald der Import abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="585"/>
        <source>Tag every match of a pattern across the corpus, as one step</source>
        <translation>Jeden Treffer eines Musters im ganzen Korpus verschlagworten, in einem Schritt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="587"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="588"/>
        <source>&amp;Next Article</source>
        <translation>&amp;Nächster Artikel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="591"/>
        <source>&amp;Previous Article</source>
        <translation>&amp;Vorheriger Artikel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="595"/>
        <source>&amp;Search Articles</source>
        <translation>Artikel &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="601"/>
        <source>&amp;Filter List</source>
        <translation>Liste &amp;filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="608"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="609"/>
        <source>Show &amp;Original</source>
        <translation>&amp;Original anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="613"/>
        <source>Show the file as it was saved, with the site chrome the import removed</source>
        <translation>Die Datei so anzeigen, wie sie gespeichert wurde, mit den Seitenelementen der Website, die der Import entfernt hat</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="615"/>
        <source>&amp;Annotations Panel</source>
        <translation>&amp;Annotationsbereich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="621"/>
        <source>&amp;Quotes Panel</source>
        <translation>&amp;Zitatbereich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="627"/>
        <source>&amp;Entities Panel</source>
        <translation>&amp;Entitätenbereich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="633"/>
        <source>&amp;Links Panel</source>
        <translation>&amp;Verknüpfungsbereich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="647"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="654"/>
        <source>&amp;About Dossier</source>
        <translation>Ü&amp;ber Dossier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="655"/>
        <source>About Dossier</source>
        <translation>Über Dossier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="656"/>
        <source>&lt;h3&gt;Dossier %1&lt;/h3&gt;&lt;p&gt;Read, tag and compare news articles across outlets.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dossier %1&lt;/h3&gt;&lt;p&gt;Nachrichtenartikel verschiedener Medien lesen, verschlagworten und vergleichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="674"/>
        <source>&amp;Group by Story</source>
        <translation>Nach Geschichte &amp;gruppieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="678"/>
        <source>Order the article list by story: the articles of each story together, the largest stories first, then the articles in no story</source>
        <translation>Die Artikelliste nach Geschichte ordnen: die Artikel jeder Geschichte beieinander, die größten Geschichten zuerst, danach die Artikel ohne Geschichte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="696"/>
        <location filename="../ui/mainwindow.cpp" line="714"/>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="727"/>
        <source>&amp;Stories</source>
        <translation>Ge&amp;schichten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="729"/>
        <source>The stories: articles linked as the same story across outlets, largest first</source>
        <translation>Die Geschichten: Artikel verschiedener Medien, die als dieselbe Geschichte verknüpft sind, die größten zuerst</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="745"/>
        <source>No stories yet: an import links the articles that tell the same story.</source>
        <translation>Noch keine Geschichten: Ein Import verknüpft die Artikel, die dieselbe Geschichte erzählen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="787"/>
        <source>One story</source>
        <translation>Eine Geschichte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="787"/>
        <source>Story: %1</source>
        <translation>Geschichte: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="802"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="818"/>
        <source>&amp;Automatic (Light or Dark with the System)</source>
        <translation>&amp;Automatisch (hell oder dunkel wie das System)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="850"/>
        <location filename="../ui/mainwindow.cpp" line="859"/>
        <source>Open Corpus Folder</source>
        <translation>Korpus-Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="860"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="860"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="909"/>
        <source>Read-only: this corpus is open in another Dossier, %1. Nothing can be changed here until that one closes it; then open the corpus again.</source>
        <translation>Schreibgeschützt: Dieses Korpus ist in einem anderen Dossier geöffnet, %1. Hier kann nichts geändert werden, bis es dort geschlossen wird; öffnen Sie das Korpus danach erneut.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="982"/>
        <source>Re-import is possible once the annotations are imported.</source>
        <translation>Erneutes Importieren ist möglich, sobald die Annotationen importiert sind.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="993"/>
        <source>Analysing %p%</source>
        <translation>Analyse %p%</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="994"/>
        <source>Analysing articles an older version of Dossier analysed</source>
        <translation>Artikel werden analysiert, die eine ältere Dossier-Version analysiert hat</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="999"/>
        <source>Linking %p%</source>
        <translation>Verknüpfung %p%</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1000"/>
        <source>Finding the same stories and quotes across articles</source>
        <translation>Gleiche Geschichten und Zitate in verschiedenen Artikeln werden gesucht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1005"/>
        <source>Scanning…</source>
        <translation>Wird durchsucht…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1013"/>
        <source>Changes are possible once the import has finished.</source>
        <translation>Änderungen sind möglich, sobald der Import abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1017"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1027"/>
        <source>Cancelling the import…</source>
        <translation>Import wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1037"/>
        <source>Importing %p%</source>
        <translation>Import %p%</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1059"/>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1061"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1065"/>
        <source>Import cancelled: %1 added, %2 updated so far; re-import (F5) to complete it.</source>
        <translation>Import abgebrochen: bisher %1 hinzugefügt, %2 aktualisiert; importieren Sie erneut (F5), um ihn abzuschließen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1066"/>
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 missing.</source>
        <translation>Importiert: %1 hinzugefügt, %2 aktualisiert, %3 unverändert, %4 fehlend.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1072"/>
        <source>%1 skipped, %2 repaired: see File › Import Log (Ctrl+L).</source>
        <translation>%1 übersprungen, %2 repariert: siehe Datei › Import-Protokoll (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1872"/>
        <source>Tag Selection &amp;With</source>
        <translation>Auswahl verschlagworten &amp;mit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1882"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1893"/>
        <source>&amp;Select</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1897"/>
        <source>&amp;Add Tag…</source>
        <translation>Schlagwort &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1898"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1903"/>
        <source>Co&amp;nfirm This Quote</source>
        <translation>Zitat &amp;bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1904"/>
        <source>&amp;Reject This Quote (not speech)</source>
        <translation>Zitat ve&amp;rwerfen (keine Rede)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1906"/>
        <source>C&amp;orrect Quote to the Selection</source>
        <translation>Zitat auf die Auswahl k&amp;orrigieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1907"/>
        <source>Change &amp;Speaker…</source>
        <translation>&amp;Sprecher ändern…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="747"/>
        <source>%n stories. Double-click a story to show only its articles in the list.</source>
        <translation>
            <numerusform>%n Geschichte. Doppelklicken Sie auf eine Geschichte, um nur ihre Artikel in der Liste anzuzeigen.</numerusform>
            <numerusform>%n Geschichten. Doppelklicken Sie auf eine Geschichte, um nur ihre Artikel in der Liste anzuzeigen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>List only the articles of one outlet</source>
        <translation>Nur die Artikel eines Mediums auflisten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>List only the articles published between the two dates</source>
        <translation>Nur die Artikel auflisten, die zwischen den beiden Daten veröffentlicht wurden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>The articles of the corpus: choose one to read it (Alt+Down, Alt+Up: next, previous)</source>
        <translation>Die Artikel des Korpus: Wählen Sie einen aus, um ihn zu lesen (Alt+Down, Alt+Up: nächster, vorheriger)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="501"/>
        <source>Re-import &amp;Folder</source>
        <translation>Ordner erneut &amp;importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="562"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="648"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="831"/>
        <source>La&amp;yers</source>
        <translation>E&amp;benen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1074"/>
        <source>Changed texts: %1 re-found, %2 orphaned (Annotate › Orphaned Annotations).</source>
        <translation>Geänderte Texte: %1 wiedergefunden, %2 verwaist (Annotieren › Verwaiste Annotationen).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1075"/>
        <location filename="../ui/mainwindow.cpp" line="2119"/>
        <source>%n annotations</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1124"/>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1126"/>
        <source>Articles with an annotation that carries this tag or a tag below it</source>
        <translation>Artikel mit einer Annotation, die dieses Schlagwort oder ein untergeordnetes trägt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1129"/>
        <location filename="../ui/mainwindow.cpp" line="1251"/>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1133"/>
        <source>Filter by claim status</source>
        <translation>Nach Bewertung filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1135"/>
        <source>Articles with a claim of this status</source>
        <translation>Artikel mit einer Behauptung dieser Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1138"/>
        <source>Any claim status</source>
        <translation>Alle Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1144"/>
        <source>Mentions entity…</source>
        <translation>Erwähnt Entität…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1145"/>
        <source>Filter by entity</source>
        <translation>Nach Entität filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1146"/>
        <source>Articles that mention this entity (a name from the registry; Enter applies)</source>
        <translation>Artikel, die diese Entität erwähnen (ein Name aus dem Register; Enter wendet den Filter an)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1155"/>
        <source>Annotated only</source>
        <translation>Nur annotierte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1157"/>
        <source>Only articles with at least one annotation</source>
        <translation>Nur Artikel mit mindestens einer Annotation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1163"/>
        <source>Filter by story</source>
        <translation>Nach Geschichte filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1165"/>
        <source>Articles in a story (two or more articles linked as the same story), or in one story: double-click a story in View › Stories</source>
        <translation>Artikel in einer Geschichte (zwei oder mehr Artikel, die als dieselbe Geschichte verknüpft sind) oder in einer bestimmten Geschichte: Doppelklicken Sie auf eine Geschichte unter Ansicht › Geschichten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1169"/>
        <source>Any story</source>
        <translation>Alle Geschichten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1170"/>
        <source>In a story</source>
        <translation>In einer Geschichte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1172"/>
        <source>Altered quotes</source>
        <translation>Veränderte Zitate</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1174"/>
        <source>Only articles with a quote that another article words differently: quotes altered across outlets</source>
        <translation>Nur Artikel mit einem Zitat, das ein anderer Artikel anders formuliert: über Medien hinweg veränderte Zitate</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1176"/>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1178"/>
        <source>Show every article: lift the title, outlet, date, tag, claim, entity, annotated, story, altered quotes and search conditions</source>
        <translation>Alle Artikel anzeigen: Titel-, Medien-, Datums-, Schlagwort-, Behauptungs-, Entitäten-, Annotiert-, Geschichten-, Zitatveränderungs- und Suchbedingungen aufheben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1189"/>
        <source>Filter List</source>
        <translation>Liste filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1192"/>
        <source>Show in the article list only the articles the search matches, with the other filters</source>
        <translation>In der Artikelliste nur die Artikel anzeigen, auf die die Suche zutrifft, zusammen mit den anderen Filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1325"/>
        <source>The entity registry is still being read; try again in a moment.</source>
        <translation>Das Entitätenregister wird noch gelesen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1326"/>
        <source>No entity in the registry is called “%1”: choose one of the names offered.</source>
        <translation>Keine Entität im Register heißt „%1“: Wählen Sie einen der angebotenen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1486"/>
        <source>Open a corpus folder first.</source>
        <translation>Öffnen Sie zuerst einen Korpus-Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1509"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1519"/>
        <source>No article matches “%1”.</source>
        <translation>Kein Artikel passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1522"/>
        <source>The first %1 matches, best first.</source>
        <translation>Die ersten %1 Treffer, die besten zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1523"/>
        <source>1 match.</source>
        <translation>1 Treffer.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1523"/>
        <source>%1 matches, best first.</source>
        <translation>%1 Treffer, die besten zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1543"/>
        <source>No corpus open</source>
        <translation>Kein Korpus geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1549"/>
        <source>Articles: %1 · Outlets: %2</source>
        <translation>Artikel: %1 · Medien: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1551"/>
        <source>Shown: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1553"/>
        <source>Missing: %1</source>
        <translation>Fehlend: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1650"/>
        <location filename="../ui/mainwindow.cpp" line="1871"/>
        <source>&amp;Tag Selection…</source>
        <translation>Auswahl &amp;verschlagworten…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1653"/>
        <source>Choose a tag by typing a few letters</source>
        <translation>Ein Schlagwort durch Eintippen einiger Buchstaben wählen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1654"/>
        <source>&amp;New Tag…</source>
        <translation>&amp;Neues Schlagwort…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1658"/>
        <location filename="../ui/mainwindow.cpp" line="1881"/>
        <source>Add Selection as &amp;Quote</source>
        <translation>Auswahl als &amp;Zitat hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1662"/>
        <source>Note on This &amp;Article</source>
        <translation>Notiz zu diesem &amp;Artikel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1668"/>
        <source>&amp;Delete Annotation</source>
        <translation>Annotation &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1677"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1681"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1682"/>
        <source>History of changes</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1687"/>
        <source>Orphaned Annotations</source>
        <translation>Verwaiste Annotationen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1692"/>
        <source>Passages not found again after their article changed. Open the article, select where the passage is now, and re-attach; or delete the annotation.</source>
        <translation>Passagen, die nach einer Änderung ihres Artikels nicht wiedergefunden wurden. Öffnen Sie den Artikel, wählen Sie aus, wo die Passage jetzt steht, und ordnen Sie sie neu zu; oder löschen Sie die Annotation.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1703"/>
        <source>Orphaned annotations</source>
        <translation>Verwaiste Annotationen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1706"/>
        <source>Show Article</source>
        <translation>Artikel anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1707"/>
        <source>Re-attach to Selection</source>
        <translation>Der Auswahl neu zuordnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1708"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1732"/>
        <source>Show the orphan&apos;s article and select where the passage is now, then re-attach.</source>
        <translation>Zeigen Sie den Artikel der verwaisten Annotation an und wählen Sie aus, wo die Passage jetzt steht; ordnen Sie sie dann neu zu.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1736"/>
        <source>Re-attached (Ctrl+Z undoes it)</source>
        <translation>Neu zugeordnet (Ctrl+Z macht es rückgängig)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1744"/>
        <source>&amp;Orphaned Annotations</source>
        <translation>Ver&amp;waiste Annotationen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1749"/>
        <source>&amp;History</source>
        <translation>Ve&amp;rlauf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1767"/>
        <source>The shortcut of the tag “%1” is taken by “%2”; give the tag another one.</source>
        <translation>Das Tastenkürzel des Schlagworts „%1“ ist bereits durch „%2“ belegt; geben Sie dem Schlagwort ein anderes.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1772"/>
        <source>Tag with “%1”</source>
        <translation>Mit „%1“ verschlagworten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1814"/>
        <source>Switch to the cleaned text to annotate (the original is not annotated).</source>
        <translation>Wechseln Sie zum bereinigten Text, um zu annotieren (das Original wird nicht annotiert).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1815"/>
        <location filename="../ui/mainwindow.cpp" line="1837"/>
        <source>Select some text of the article first, then tag it.</source>
        <translation>Wählen Sie zuerst Text im Artikel aus und verschlagworten Sie ihn dann.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1820"/>
        <source>Tagging is possible once the import has finished.</source>
        <translation>Verschlagworten ist möglich, sobald der Import abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1828"/>
        <source>Tagged “%1” (Ctrl+Z undoes it)</source>
        <translation>„%1“ verschlagwortet (Ctrl+Z macht es rückgängig)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1861"/>
        <source>Add tag “%1”</source>
        <translation>Schlagwort „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1891"/>
        <source>Annotation “%1”</source>
        <translation>Annotation „%1“</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1935"/>
        <source>Confirm quote</source>
        <translation>Zitat bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1935"/>
        <source>Reject quote</source>
        <translation>Zitat ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1941"/>
        <source>Correct quote span</source>
        <translation>Zitatbereich korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1944"/>
        <source>Change Speaker</source>
        <translation>Sprecher ändern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1944"/>
        <source>Who said it:</source>
        <translation>Wer hat es gesagt:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1952"/>
        <source>Change speaker to “%1”</source>
        <translation>Sprecher in „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1956"/>
        <source>%1 (Ctrl+Z undoes it)</source>
        <translation>%1 (Ctrl+Z macht es rückgängig)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1964"/>
        <source>Select the quoted words first.</source>
        <translation>Wählen Sie zuerst die zitierten Wörter aus.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1968"/>
        <source>Add Quote</source>
        <translation>Zitat hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1968"/>
        <source>Who said it (leave empty if unknown):</source>
        <translation>Wer hat es gesagt (leer lassen, falls unbekannt):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1979"/>
        <source>Add quote</source>
        <translation>Zitat hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1980"/>
        <source>Quote added (Ctrl+Z undoes it)</source>
        <translation>Zitat hinzugefügt (Ctrl+Z macht es rückgängig)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2008"/>
        <source>Open a corpus folder first (Ctrl+O): there is nothing to export yet.</source>
        <translation>Öffnen Sie zuerst einen Korpus-Ordner (Ctrl+O): Es gibt noch nichts zu exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2036"/>
        <location filename="../ui/mainwindow.cpp" line="2064"/>
        <location filename="../ui/mainwindow.cpp" line="2101"/>
        <source>Import Annotations</source>
        <translation>Annotationen importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2037"/>
        <source>Dossier JSON export (*.json);;All files (*)</source>
        <translation>Dossier-JSON-Export (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2046"/>
        <source>Open a corpus folder first (Ctrl+O).</source>
        <translation>Öffnen Sie zuerst einen Korpus-Ordner (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2050"/>
        <source>Annotations can be imported once the import has finished.</source>
        <translation>Annotationen können importiert werden, sobald der Import abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2052"/>
        <source>Annotations are being imported already.</source>
        <translation>Annotationen werden bereits importiert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2059"/>
        <source>Changes are possible once the annotations are imported.</source>
        <translation>Änderungen sind möglich, sobald die Annotationen importiert sind.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2063"/>
        <location filename="../ui/mainwindow.cpp" line="2075"/>
        <source>Importing annotations from %1…</source>
        <translation>Annotationen werden aus %1 importiert…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2097"/>
        <source>Import of annotations cancelled; nothing was imported.</source>
        <translation>Import der Annotationen abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2098"/>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2110"/>
        <source>Import annotations from %1</source>
        <translation>Annotationen aus %1 importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2112"/>
        <source>Imported from %1: %2 annotations added (%3 re-found in a changed text, %4 orphaned), %5 already here; %6 tags created, %7 notes merged.</source>
        <translation>Aus %1 importiert: %2 Annotationen hinzugefügt (%3 in einem geänderten Text wiedergefunden, %4 verwaist), %5 bereits vorhanden; %6 Schlagwörter angelegt, %7 Notizen zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2118"/>
        <source>%1 of the file are not in this corpus (%2 not imported): %3</source>
        <translation>%1 aus der Datei nicht in diesem Korpus (%2 nicht importiert): %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="2119"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2123"/>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z macht es rückgängig.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>%1 — Dossier</source>
        <translation>%1 — Dossier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>%1 — Dossier (read-only)</source>
        <translation>%1 — Dossier (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>Checking the database %1…</source>
        <translation>Die Datenbank %1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <location filename="../ui/mainwindow.cpp" line="913"/>
        <location filename="../ui/mainwindow.cpp" line="934"/>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>There is no backup of it.</source>
        <translation>Es gibt keine Sicherung davon.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <location filename="../ui/mainwindow.cpp" line="936"/>
        <source>The newest backup is %1.</source>
        <translation>Die neueste Sicherung ist %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>Filter titles…</source>
        <translation>Titel filtern…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>Filter articles by title</source>
        <translation>Artikel nach Titel filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="281"/>
        <source>Filter by outlet</source>
        <translation>Nach Medium filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <location filename="../ui/mainwindow.cpp" line="964"/>
        <source>All outlets</source>
        <translation>Alle Medien</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="318"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <location filename="../ui/mainwindow.cpp" line="416"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <source>&amp;Links</source>
        <translation>&amp;Verknüpfungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="421"/>
        <source>Search all articles (Ctrl+F): words, &quot;phrases&quot;, prefix*, OR, NOT</source>
        <translation>Alle Artikel durchsuchen (Ctrl+F): Wörter, &quot;Wortfolgen&quot;, Präfix*, OR, NOT</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>Search all articles</source>
        <translation>Alle Artikel durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="433"/>
        <location filename="../ui/mainwindow.cpp" line="2063"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="435"/>
        <source>Stop the import; what was imported is kept, and the next import completes it</source>
        <translation>Import anhalten; das bereits Importierte bleibt erhalten, und der nächste Import vervollständigt es</translation>
    </message>
</context>
<context>
    <name>Dossier::NerTagger</name>
    <message>
        <location filename="../model/nertagger.cpp" line="122"/>
        <source>not a Dossier entity model</source>
        <translation>kein Dossier-Entitätenmodell</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="125"/>
        <source>entity model format %1, expected %2</source>
        <translation>Entitätenmodell im Format %1, erwartet %2</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="129"/>
        <source>the entity model is truncated (%1 of %2 bytes)</source>
        <translation>das Entitätenmodell ist abgeschnitten (%1 von %2 Bytes)</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="131"/>
        <source>the entity model is corrupt (checksum mismatch)</source>
        <translation>das Entitätenmodell ist beschädigt (Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="134"/>
        <source>the entity model does not decompress</source>
        <translation>das Entitätenmodell lässt sich nicht entpacken</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="142"/>
        <source>the entity model is incomplete</source>
        <translation>das Entitätenmodell ist unvollständig</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="144"/>
        <source>the entity model has %1 labels and %2 bits; this version needs %3 labels</source>
        <translation>das Entitätenmodell hat %1 Labels und %2 Bits; diese Version braucht %3 Labels</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="150"/>
        <source>the entity model weights have the wrong size</source>
        <translation>die Gewichte des Entitätenmodells haben die falsche Größe</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="152"/>
        <source>the entity model gazetteer is unreadable</source>
        <translation>das Ortsverzeichnis (Gazetteer) des Entitätenmodells ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="154"/>
        <source>the entity model vocabulary is unreadable</source>
        <translation>das Vokabular des Entitätenmodells ist nicht lesbar</translation>
    </message>
</context>
<context>
    <name>Dossier::OrphanListModel</name>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="116"/>
        <source>“%1”
Could not be re-found after the article&apos;s text changed. Select the passage in the article and re-attach it, or delete it.</source>
        <translation>„%1“
Konnte nach der Änderung des Artikeltexts nicht wiedergefunden werden. Wählen Sie die Passage im Artikel aus und ordnen Sie die Annotation neu zu, oder löschen Sie sie.</translation>
    </message>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="138"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="140"/>
        <source>Annotated text</source>
        <translation>Annotierter Text</translation>
    </message>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="142"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="144"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>Dossier::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="19"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="23"/>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="23"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="26"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="27"/>
        <source>The language of Dossier&apos;s menus, dialogs and reports</source>
        <translation>Die Sprache der Menüs, Dialoge und Berichte von Dossier</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="31"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="34"/>
        <source>Dossier uses the new language when it starts again.</source>
        <translation>Dossier verwendet die neue Sprache nach dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>Dossier::ProgressPrinter</name>
    <message>
        <location filename="../app/commandline.cpp" line="90"/>
        <source>progress: %1/%2 files</source>
        <translation>Fortschritt: %1/%2 Dateien</translation>
    </message>
</context>
<context>
    <name>Dossier::QuoteLinksModel</name>
    <message>
        <location filename="../model/linkmodels.cpp" line="407"/>
        <location filename="../model/linkmodels.cpp" line="427"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="417"/>
        <source>earliest</source>
        <translation>früheste Fassung</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="419"/>
        <source>altered</source>
        <translation>verändert</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="427"/>
        <source>“%1”
Said by %2</source>
        <translation>„%1“
Gesagt von %2</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="428"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="430"/>
        <source>The earliest appearance of this quote.</source>
        <translation>Das früheste Auftreten dieses Zitats.</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="432"/>
        <source>Altered: the outlets give this quote in different words.</source>
        <translation>Verändert: Die Medien geben dieses Zitat mit unterschiedlichen Worten wieder.</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="462"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="482"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="484"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="486"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="488"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="490"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Dossier::QuoteListModel</name>
    <message>
        <location filename="../model/analysismodels.cpp" line="58"/>
        <source>(unattributed)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="62"/>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="62"/>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="68"/>
        <source>“%1”
Speaker unknown</source>
        <translation>„%1“
Sprecher unbekannt</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="69"/>
        <source>“%1”
Said by %2</source>
        <translation>„%1“
Gesagt von %2</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="86"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="88"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="90"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>Dossier::ReaderView</name>
    <message>
        <location filename="../ui/readerview.cpp" line="56"/>
        <source>The article&apos;s text, with quotes, speakers, entities and annotations highlighted</source>
        <translation>Der Text des Artikels, mit hervorgehobenen Zitaten, Sprechern, Entitäten und Annotationen</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="67"/>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="252"/>
        <source>Quote: %1</source>
        <translation>Zitat: %1</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="90"/>
        <source>No article selected.</source>
        <translation>Kein Artikel ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="233"/>
        <source>Speaker unknown</source>
        <translation>Sprecher unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="233"/>
        <source>Said by %1</source>
        <translation>Gesagt von %1</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="447"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="454"/>
        <source>the file can no longer be read as text; this is the last text read</source>
        <translation>die Datei lässt sich nicht mehr als Text lesen; dies ist der zuletzt gelesene Text</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="456"/>
        <source>file missing from the folder</source>
        <translation>Datei fehlt im Ordner</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="458"/>
        <source>original file (%1)</source>
        <translation>Originaldatei (%1)</translation>
    </message>
</context>
<context>
    <name>Dossier::ScopedConnection</name>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="39"/>
        <source>The database %1 does not exist.</source>
        <translation>Die Datenbank %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>Dossier::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="133"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="134"/>
        <source>Find an action or a key…</source>
        <translation>Aktion oder Taste suchen…</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="136"/>
        <source>Find an action</source>
        <translation>Aktion suchen</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="139"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="139"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="141"/>
        <source>Actions and their shortcuts</source>
        <translation>Aktionen und ihre Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="142"/>
        <source>Choose an action, then press its new keys in the field below</source>
        <translation>Wählen Sie eine Aktion und drücken Sie dann im Feld darunter ihre neuen Tasten</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="151"/>
        <source>New shortcut</source>
        <translation>Neues Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="152"/>
        <source>Press the keys for the chosen action</source>
        <translation>Drücken Sie die Tasten für die gewählte Aktion</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="154"/>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="155"/>
        <source>&amp;Default</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="156"/>
        <source>Take the shortcut away from the chosen action</source>
        <translation>Der gewählten Aktion das Tastenkürzel entziehen</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="157"/>
        <source>Give the chosen action its shortcut as Dossier sets it</source>
        <translation>Der gewählten Aktion das Tastenkürzel geben, das Dossier vorsieht</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="158"/>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Tastenkürzel:</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="239"/>
        <source>%1 is the shortcut of “%2” already: change that one first.</source>
        <translation>%1 ist bereits das Tastenkürzel von „%2“: Ändern Sie zuerst dieses.</translation>
    </message>
</context>
<context>
    <name>Dossier::SidePanel</name>
    <message>
        <location filename="../ui/sidepanel.cpp" line="83"/>
        <source>Quotes in this article</source>
        <translation>Zitate in diesem Artikel</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="84"/>
        <source>The article&apos;s quotes with their speakers: choose one to go to it; its menu corrects it</source>
        <translation>Die Zitate des Artikels mit ihren Sprechern: eines wählen, um dorthin zu gehen; sein Menü korrigiert es</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="85"/>
        <location filename="../ui/sidepanel.cpp" line="154"/>
        <location filename="../ui/sidepanel.cpp" line="167"/>
        <source>&amp;Quotes</source>
        <translation>&amp;Zitate</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="96"/>
        <source>Entities in this article</source>
        <translation>Entitäten in diesem Artikel</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="97"/>
        <source>The people, organisations and places the article names; the menu renames, merges or rejects one</source>
        <translation>Die Personen, Organisationen und Orte, die der Artikel nennt; das Menü benennt einen Eintrag um, führt ihn zusammen oder verwirft ihn</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="102"/>
        <source>Choose an entity to list every article that mentions it.</source>
        <translation>Wählen Sie eine Entität, um alle Artikel aufzulisten, die sie erwähnen.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="104"/>
        <source>Articles that mention the entity</source>
        <translation>Artikel, die die Entität erwähnen</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="105"/>
        <source>Every article that mentions the chosen entity: choose one to open it</source>
        <translation>Jeder Artikel, der die gewählte Entität erwähnt: einen wählen, um ihn zu öffnen</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="112"/>
        <source>E&amp;ntities</source>
        <translation>&amp;Entitäten</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="154"/>
        <source>&amp;Quotes (%1)</source>
        <translation>&amp;Zitate (%1)</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="156"/>
        <source>This article has not been analysed yet.</source>
        <translation>Dieser Artikel wurde noch nicht analysiert.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="177"/>
        <source>Looking for articles that mention %1…</source>
        <translation>Suche nach Artikeln, die %1 erwähnen…</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="186"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="187"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="189"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidepanel.cpp" line="189"/>
        <source>%n mentions</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidepanel.cpp" line="193"/>
        <source>The first %n articles that mention %1 (most mentions first):</source>
        <translation>
            <numerusform>Der erste Artikel (%n), der %1 erwähnt (meiste Erwähnungen zuerst):</numerusform>
            <numerusform>Die ersten %n Artikel, die %1 erwähnen (meiste Erwähnungen zuerst):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidepanel.cpp" line="195"/>
        <source>%n articles mention %1:</source>
        <translation>
            <numerusform>%n Artikel erwähnt %1:</numerusform>
            <numerusform>%n Artikel erwähnen %1:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="209"/>
        <source>Entity not changed</source>
        <translation>Entität nicht geändert</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="209"/>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="222"/>
        <source>Cannot rename the entity.</source>
        <translation>Die Entität kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="226"/>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="235"/>
        <source>Cannot change the type.</source>
        <translation>Der Typ kann nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="239"/>
        <source>Make “%1” a %2</source>
        <translation>Typ von „%1“ ändern: %2</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="248"/>
        <source>Cannot mark it as not an entity.</source>
        <translation>Sie kann nicht als Nicht-Entität markiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="251"/>
        <source>“%1” is not an entity</source>
        <translation>„%1“ ist keine Entität</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="261"/>
        <source>Cannot merge the entities.</source>
        <translation>Die Entitäten können nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="264"/>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="274"/>
        <source>Cannot split the entity.</source>
        <translation>Die Entität kann nicht aufgeteilt werden.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="278"/>
        <source>Split “%1” from “%2”</source>
        <translation>„%1“ von „%2“ abtrennen</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="294"/>
        <source>Corrections are possible once the import has finished.</source>
        <translation>Korrekturen sind möglich, sobald der Import abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="298"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="300"/>
        <source>Rename Entity</source>
        <translation>Entität umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="300"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="304"/>
        <source>Change &amp;Type</source>
        <translation>&amp;Typ ändern</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="310"/>
        <source>&amp;Not an Entity</source>
        <translation>&amp;Keine Entität</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="312"/>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidepanel.cpp" line="320"/>
        <source>%1 (%n mentions)</source>
        <translation>
            <numerusform>%1 (%n Erwähnung)</numerusform>
            <numerusform>%1 (%n Erwähnungen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="327"/>
        <source>Merge Entity</source>
        <translation>Entität zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="327"/>
        <source>Merge “%1” into:</source>
        <translation>„%1“ zusammenführen mit:</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="331"/>
        <source>&amp;Split…</source>
        <translation>&amp;Aufteilen…</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="333"/>
        <location filename="../ui/sidepanel.cpp" line="337"/>
        <source>Split Entity</source>
        <translation>Entität aufteilen</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="333"/>
        <source>The name that is someone or something else:</source>
        <translation>Der Name, der jemand oder etwas anderes bezeichnet:</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="337"/>
        <source>Name of the new entity:</source>
        <translation>Name der neuen Entität:</translation>
    </message>
</context>
<context>
    <name>Dossier::StoryLinksModel</name>
    <message>
        <location filename="../model/linkmodels.cpp" line="196"/>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="198"/>
        <source>Shared text: %1 of the words&apos; shingles (Jaccard), %2 of the shorter one (containment)</source>
        <translation>Gemeinsamer Text: %1 der Wort-Shingles (Jaccard), %2 des kürzeren Texts (Containment)</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="224"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="244"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="246"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="248"/>
        <source>Similar</source>
        <translation>Ähnlich</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="250"/>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="252"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="254"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>Dossier::TagDialog</name>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="219"/>
        <source>Tag name</source>
        <translation>Schlagwortname</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="220"/>
        <source>The name of the tag, shown in the codebook and the reports</source>
        <translation>Der Name des Schlagworts, wie er im Codebuch und in den Berichten erscheint</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="221"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="222"/>
        <source>The colour that tints the annotations with this tag</source>
        <translation>Die Farbe, mit der die Annotationen mit diesem Schlagwort hinterlegt werden</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="223"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="224"/>
        <source>What the tag means, for whoever tags with it</source>
        <translation>Was das Schlagwort bedeutet, für alle, die damit verschlagworten</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="225"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="226"/>
        <source>A key that tags the selection with this tag</source>
        <translation>Eine Taste, die die Auswahl mit diesem Schlagwort verschlagwortet</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="227"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="230"/>
        <source>Tag Colour</source>
        <translation>Schlagwortfarbe</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="236"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="238"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="241"/>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Tastenkürzel:</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="254"/>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="259"/>
        <source>There is already a tag named “%1” there.</source>
        <translation>Dort gibt es bereits ein Schlagwort namens „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="261"/>
        <source>“%1” already uses the shortcut %2.</source>
        <translation>„%1“ verwendet bereits das Tastenkürzel %2.</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="264"/>
        <source>%1 is the shortcut of “%2”.</source>
        <translation>%1 ist das Tastenkürzel von „%2“.</translation>
    </message>
</context>
<context>
    <name>Dossier::TagPalette</name>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="294"/>
        <source>Tag the selection with… (type, Enter)</source>
        <translation>Auswahl verschlagworten mit… (tippen, Enter)</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="295"/>
        <source>Tag palette</source>
        <translation>Schlagwort-Palette</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="297"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="298"/>
        <source>The tags that match what you type; Enter tags the selection</source>
        <translation>Die Schlagwörter, die zu Ihrer Eingabe passen; Enter verschlagwortet die Auswahl</translation>
    </message>
</context>
<context>
    <name>Dossier::TagTreeModel</name>
    <message>
        <location filename="../model/annotationmodels.cpp" line="191"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="191"/>
        <source>Uses</source>
        <translation>Verwendungen</translation>
    </message>
</context>
<context>
    <name>Dossier::TextDecoder</name>
    <message>
        <location filename="../model/textdecoder.cpp" line="241"/>
        <source>not a text file: looks like %1</source>
        <translation>keine Textdatei: sieht aus wie %1</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="245"/>
        <source>not a text file: contains NUL bytes</source>
        <translation>keine Textdatei: enthält NUL-Bytes</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="256"/>
        <source>not a text file: too many control characters</source>
        <translation>keine Textdatei: zu viele Steuerzeichen</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/textdecoder.cpp" line="270"/>
        <source>%n invalid UTF-8 sequence(s) replaced with U+FFFD</source>
        <translation>
            <numerusform>%n ungültige UTF-8-Sequenz durch U+FFFD ersetzt</numerusform>
            <numerusform>%n ungültige UTF-8-Sequenzen durch U+FFFD ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/textdecoder.cpp" line="281"/>
        <source>not valid UTF-8 (%n invalid sequence(s)); decoded as %1</source>
        <translation>
            <numerusform>kein gültiges UTF-8 (%n ungültige Sequenz); dekodiert als %1</numerusform>
            <numerusform>kein gültiges UTF-8 (%n ungültige Sequenzen); dekodiert als %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::TourDialog</name>
    <message>
        <location filename="../ui/tourdialog.cpp" line="19"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="20"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="22"/>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="30"/>
        <source>1. Open a corpus</source>
        <translation>1. Einen Korpus öffnen</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="31"/>
        <source>A corpus is a folder of articles saved from news sites. File › Open Corpus Folder (Ctrl+O) reads every article into a database beside it, strips the site clutter and lists the articles while it works. Opening the folder again reads only new and changed files.</source>
        <translation>Ein Korpus ist ein Ordner mit Artikeln, die von Nachrichtenseiten gespeichert wurden. Datei › Korpus-Ordner öffnen (Ctrl+O) liest jeden Artikel in eine Datenbank daneben ein, entfernt das Drumherum der Website und listet die Artikel schon während der Arbeit auf. Wird der Ordner erneut geöffnet, liest Dossier nur neue und geänderte Dateien.</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="34"/>
        <source>2. Read quotes and entities</source>
        <translation>2. Zitate und Entitäten lesen</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="35"/>
        <source>Quotes are tinted and their speakers underlined; people, organisations and places are tinted by kind. The legend under the article switches each layer. The Quotes panel (Ctrl+2) corrects the quotes, the Entities panel (Ctrl+3) the names.</source>
        <translation>Zitate sind farbig hinterlegt und ihre Sprecher unterstrichen; Personen, Organisationen und Orte sind nach Art eingefärbt. Die Legende unter dem Artikel schaltet jede Ebene ein und aus. Im Zitatbereich (Ctrl+2) korrigieren Sie die Zitate, im Entitätenbereich (Ctrl+3) die Namen.</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="38"/>
        <source>3. Annotate</source>
        <translation>3. Annotieren</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="39"/>
        <source>Select a passage and press Ctrl+T to tag it. In the Annotations panel (Ctrl+1), mark it as a claim with a verdict, a note and evidence. Everything is saved at once; Ctrl+Z undoes any change.</source>
        <translation>Markieren Sie eine Textstelle und drücken Sie Ctrl+T, um sie zu verschlagworten. Im Annotationsbereich (Ctrl+1) kennzeichnen Sie sie als Behauptung mit Bewertung, Notiz und Belegen. Alles wird sofort gespeichert; Ctrl+Z macht jede Änderung rückgängig.</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="41"/>
        <source>4. Stories and quotes across outlets</source>
        <translation>4. Geschichten und Zitate über Medien hinweg</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="42"/>
        <source>The Links panel (Ctrl+4) shows the other articles of the same story and where the same quote appears elsewhere, marked where its wording was altered. Ctrl+Shift+D compares two versions side by side.</source>
        <translation>Der Verknüpfungsbereich (Ctrl+4) zeigt die anderen Artikel derselben Geschichte und wo dasselbe Zitat noch erscheint, markiert dort, wo sein Wortlaut verändert wurde. Ctrl+Shift+D vergleicht zwei Fassungen nebeneinander.</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="44"/>
        <source>5. Export</source>
        <translation>5. Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="45"/>
        <source>File › Export (Ctrl+E) writes a tagged report (HTML, PDF) or the annotations (CSV, JSON, REFI-QDA, Web Annotation), for all articles or the ones you choose.</source>
        <translation>Datei › Exportieren (Ctrl+E) schreibt einen verschlagworteten Bericht (HTML, PDF) oder die Annotationen (CSV, JSON, REFI-QDA, Web Annotation), für alle Artikel oder die von Ihnen gewählten.</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="57"/>
        <source>Screenshot: %1</source>
        <translation>Bildschirmfoto: %1</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="68"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="69"/>
        <source>The step before (Left arrow)</source>
        <translation>Der vorige Schritt (Pfeil nach links)</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="70"/>
        <source>The next step (Right arrow)</source>
        <translation>Der nächste Schritt (Pfeil nach rechts)</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="71"/>
        <source>Close the tour; Help › Getting Started (F1) opens it again</source>
        <translation>Die Einführung schließen; Hilfe › Erste Schritte (F1) öffnet sie wieder</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="111"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../model/reportexporter.cpp" line="263"/>
        <source>None among the exported annotations.</source>
        <translation>Keine unter den exportierten Annotationen.</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="265"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="312"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="317"/>
        <location filename="../model/reportexporter.cpp" line="352"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="341"/>
        <source>Dossier report</source>
        <translation>Dossier-Bericht</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="347"/>
        <source>Corpus: %1</source>
        <translation>Korpus: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="348"/>
        <source>Exported %1 (UTC)</source>
        <translation>Exportiert am %1 (UTC)</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="353"/>
        <source>%1 in %2 from %3; %4 of them claims.</source>
        <translation>%1 in %2 aus %3; davon Behauptungen: %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/reportexporter.cpp" line="354"/>
        <source>%n annotations</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/reportexporter.cpp" line="355"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/reportexporter.cpp" line="356"/>
        <source>%n outlets</source>
        <translation>
            <numerusform>%n Medium</numerusform>
            <numerusform>%n Medien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="364"/>
        <source>By tag</source>
        <translation>Nach Schlagwort</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="364"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="365"/>
        <source>By verdict</source>
        <translation>Nach Bewertung</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="365"/>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="366"/>
        <source>By outlet</source>
        <translation>Nach Medium</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="366"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="367"/>
        <source>Annotations by outlet</source>
        <translation>Annotationen nach Medium</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="368"/>
        <source>Annotations by month</source>
        <translation>Annotationen nach Monat</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="368"/>
        <source>Annotations by date</source>
        <translation>Annotationen nach Datum</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="395"/>
        <source>tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="400"/>
        <source>verdicts: %1</source>
        <translation>Bewertungen: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="403"/>
        <source>outlets: %1</source>
        <translation>Medien: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="405"/>
        <source>published %1 to %2</source>
        <translation>veröffentlicht %1 bis %2</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="408"/>
        <source>only the selected articles (%1)</source>
        <translation>nur die ausgewählten Artikel (%1)</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="409"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="417"/>
        <location filename="../model/reportexporter.cpp" line="424"/>
        <location filename="../model/reportexporter.cpp" line="658"/>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="453"/>
        <source>Article note:</source>
        <translation>Artikelnotiz:</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="507"/>
        <source>Other articles in the same story (%1):</source>
        <translation>Andere Artikel derselben Geschichte (%1):</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="530"/>
        <source>(no outlet)</source>
        <translation>(kein Medium)</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="548"/>
        <source>No longer found in the article&apos;s text (orphaned); as annotated:</source>
        <translation>Nicht mehr im Artikeltext gefunden (verwaist); wie annotiert:</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="574"/>
        <source>Speaker: %1</source>
        <translation>Sprecher: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="576"/>
        <source>Verdict: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="580"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="580"/>
        <source>by %1, %2</source>
        <translation>von %1, %2</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="582"/>
        <source>annotated %1</source>
        <translation>annotiert am %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="585"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="589"/>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="627"/>
        <source>Other articles with the same quote (%1): listed above</source>
        <translation>Andere Artikel mit demselben Zitat (%1): oben aufgeführt</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="633"/>
        <source>Other articles with the same quote (%1)</source>
        <translation>Andere Artikel mit demselben Zitat (%1)</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="634"/>
        <source>altered across outlets</source>
        <translation>über Medien hinweg verändert</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="659"/>
        <source>earliest</source>
        <translation>früheste Fassung</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="676"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="689"/>
        <source>and %1 more altered</source>
        <translation>und %1 weitere veränderte</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="691"/>
        <source>Word for word:</source>
        <translation>Wortgleich:</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="1253"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>Read, tag and compare news articles across outlets.

Commands: import, stats, export, autocode, import-annotations (dossier COMMAND --help).</source>
        <translation>Nachrichtenartikel verschiedener Medien lesen, verschlagworten und vergleichen.

Befehle: import, stats, export, autocode, import-annotations (dossier BEFEHL --help).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="69"/>
        <source>The corpus database.</source>
        <translation>Die Korpus-Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="71"/>
        <source>A corpus folder to open (imported first if needed).</source>
        <translation>Ein zu öffnender Korpus-Ordner (wird bei Bedarf zuerst importiert).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="74"/>
        <source>Run “dossier --help” for usage.</source>
        <translation>Rufen Sie „dossier --help“ auf, um die Verwendung anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="89"/>
        <source>give at most one FOLDER</source>
        <translation>Geben Sie höchstens einen Ordner (FOLDER) an</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="94"/>
        <source>unknown command “%1” (commands: import, stats, export, autocode, import-annotations)</source>
        <translation>Unbekannter Befehl „%1“ (Befehle: import, stats, export, autocode, import-annotations)</translation>
    </message>
</context>
</TS>
