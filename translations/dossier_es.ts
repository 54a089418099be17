<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AnnotationImporter</name>
    <message>
        <location filename="../model/annotationimporter.cpp" line="164"/>
        <source>“entities” is not a list</source>
        <translation>«entities» no es una lista</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="182"/>
        <source>“codebook” is not a list</source>
        <translation>«codebook» no es una lista</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="197"/>
        <source>codebook entry %1: a tag needs an id and a name</source>
        <translation>entrada %1 del libro de códigos: una etiqueta necesita un id y un nombre</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="199"/>
        <source>codebook entry %1: the id %2 is given twice</source>
        <translation>entrada %1 del libro de códigos: el id %2 aparece dos veces</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="204"/>
        <source>codebook entry %1 (“%2”): the parent is not a tag id</source>
        <translation>entrada %1 del libro de códigos («%2»): el padre no es un id de etiqueta</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="236"/>
        <source>codebook: the parent (id %1) of the tag “%2” is not in the codebook, or the parents form a loop</source>
        <translation>libro de códigos: el padre (id %1) de la etiqueta «%2» no está en el libro de códigos, o los padres forman un bucle</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="248"/>
        <source>article %1: no path</source>
        <translation>artículo %1: sin ruta</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="251"/>
        <source>article “%1”: “annotations” is not a list</source>
        <translation>artículo «%1»: «annotations» no es una lista</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="255"/>
        <source>article “%1”: “note” is not text</source>
        <translation>artículo «%1»: «note» no es texto</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="265"/>
        <source>article “%1”: no text, so the offsets of its annotations point nowhere</source>
        <translation>artículo «%1»: no tiene texto, así que las posiciones de sus anotaciones no apuntan a ninguna parte</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="283"/>
        <source>article “%1”, annotation %2: %3</source>
        <translation>artículo «%1», anotación %2: %3</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="324"/>
        <location filename="../model/annotationimporter.cpp" line="389"/>
        <source>the database refused the import: %1</source>
        <translation>la base de datos rechazó la importación: %1</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="374"/>
        <source>“tags” and “tag_ids” must be lists</source>
        <translation>«tags» y «tag_ids» deben ser listas</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="394"/>
        <source>tag %1 of %2 is neither in the codebook nor named</source>
        <translation>la etiqueta %1 de %2 no está en el libro de códigos ni tiene nombre</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="410"/>
        <source>“claim” is neither an object nor null</source>
        <translation>«claim» no es un objeto ni null</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="417"/>
        <source>unknown claim status “%1”</source>
        <translation>estado de afirmación desconocido «%1»</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="427"/>
        <source>the claim&apos;s “evidence” is not a list</source>
        <translation>el campo «evidence» de la afirmación no es una lista</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="450"/>
        <source>an annotation without offsets (orphaned) needs its “text”</source>
        <translation>una anotación sin posiciones (huérfana) necesita su «text»</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="470"/>
        <source>“start” and “end” must both be numbers, or both null</source>
        <translation>«start» y «end» deben ser ambos números, o ambos null</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="474"/>
        <source>the span [%1, %2) is not inside the article&apos;s text (%3 characters)</source>
        <translation>el intervalo [%1, %2) no está dentro del texto del artículo (%3 caracteres)</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="480"/>
        <source>“text” is not text</source>
        <translation>«text» no es texto</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="504"/>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="515"/>
        <source>“note” and “author” must be text</source>
        <translation>«note» y «author» deben ser texto</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="582"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="595"/>
        <source>%1 at offset %2: %3</source>
        <translation>%1 en la posición %2: %3</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="601"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="602"/>
        <source>format is “%1”</source>
        <translation>el formato es «%1»</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="603"/>
        <source>no format</source>
        <translation>sin formato</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="604"/>
        <source>%1: not a Dossier export (%2)</source>
        <translation>%1: no es una exportación de Dossier (%2)</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="609"/>
        <source>%1: the export has no version number</source>
        <translation>%1: la exportación no tiene número de versión</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="613"/>
        <source>%1: export version %2 is not one this Dossier reads (it reads version %3)</source>
        <translation>%1: la versión %2 de exportación no es una que este Dossier pueda leer (lee la versión %3)</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="621"/>
        <source>%1: no “articles” list</source>
        <translation>%1: falta la lista «articles»</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="630"/>
        <location filename="../model/annotationimporter.cpp" line="651"/>
        <source>%1: the database refused the import: %2</source>
        <translation>%1: la base de datos rechazó la importación: %2</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="643"/>
        <source>%1: import cancelled; nothing was changed.</source>
        <translation>%1: importación cancelada; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>Autocoder</name>
    <message>
        <location filename="../model/autocoder.cpp" line="75"/>
        <source>The pattern is empty.</source>
        <translation>El patrón está vacío.</translation>
    </message>
    <message>
        <location filename="../model/autocoder.cpp" line="84"/>
        <source>The regular expression “%1” is malformed at offset %2: %3</source>
        <translation>La expresión regular «%1» está mal formada en la posición %2: %3</translation>
    </message>
    <message>
        <location filename="../model/autocoder.cpp" line="102"/>
        <source>No tag to give the matches.</source>
        <translation>No hay ninguna etiqueta que asignar a las coincidencias.</translation>
    </message>
    <message>
        <location filename="../model/autocoder.cpp" line="106"/>
        <source>No speaker: choose whose quotes to search.</source>
        <translation>Sin hablante: elija de quién son las citas en las que buscar.</translation>
    </message>
    <message>
        <location filename="../model/autocoder.cpp" line="110"/>
        <source>%1: no such database</source>
        <translation>%1: no existe esa base de datos</translation>
    </message>
    <message>
        <location filename="../model/autocoder.cpp" line="213"/>
        <source>Autocode “%1”</source>
        <translation>Autocodificar «%1»</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <location filename="../app/commandline.cpp" line="59"/>
        <source>Run “dossier %1 --help” for usage.</source>
        <translation>Ejecute «dossier %1 --help» para ver el uso.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="167"/>
        <source>dossier %1: the corpus database %2 is open in Dossier, %3; close it there and try again (nothing was changed).</source>
        <translation>dossier %1: la base de datos del corpus %2 está abierta en Dossier, %3; ciérrela allí y vuelva a intentarlo (no se cambió nada).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="174"/>
        <source>Import a folder of articles (incremental: unchanged files are skipped).</source>
        <translation>Importar una carpeta de artículos (incremental: se omiten los archivos sin cambios).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="175"/>
        <source>The corpus folder.</source>
        <translation>La carpeta del corpus.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="177"/>
        <source>Store the texts only, without quotes and entities (a later import analyses them).</source>
        <translation>Guardar solo los textos, sin citas ni entidades (una importación posterior los analiza).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="180"/>
        <source>Do not link stories and quotes across articles.</source>
        <translation>No vincular historias ni citas entre artículos.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="187"/>
        <source>give exactly one FOLDER</source>
        <translation>indique exactamente un argumento FOLDER</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="191"/>
        <source>dossier import: %1: %2</source>
        <translation>dossier import: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="191"/>
        <source>not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="191"/>
        <source>no such folder</source>
        <translation>no existe la carpeta</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="203"/>
        <source>analysing: %1/%2 articles (analysed by an older version)</source>
        <translation>analizando: %1/%2 artículos (analizados por una versión anterior)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="204"/>
        <source>linking: %1/%2 articles (stories and quotes across articles)</source>
        <translation>vinculando: %1/%2 artículos (historias y citas entre artículos)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="231"/>
        <source>%1 files: %2 added, %3 updated, %4 unchanged, %5 missing, %6 skipped, %7 repaired; %10 analysed (%8 s). Database: %9</source>
        <translation>%1 archivos: %2 añadidos, %3 actualizados, %4 sin cambios, %5 ausentes, %6 omitidos, %7 reparados; %10 analizados (%8 s). Base de datos: %9</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="243"/>
        <source>Linked %1 articles: %2 new links between articles, %3 between quotes</source>
        <translation>Se vincularon %1 artículos: %2 vínculos nuevos entre artículos, %3 entre citas</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="245"/>
        <source>Annotations in changed articles: %1 re-found elsewhere in the new text, %2 could not be re-found (kept as orphaned; the import log names the articles)</source>
        <translation>Anotaciones en artículos modificados: %1 relocalizadas en otro lugar del nuevo texto, %2 no se pudieron relocalizar (se conservan como huérfanas; el registro de importación indica los artículos)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="250"/>
        <source>dossier import: interrupted; run it again to complete the import.</source>
        <translation>dossier import: interrumpido; vuelva a ejecutarlo para completar la importación.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="259"/>
        <source>dossier %1: no corpus database; give --db FILE</source>
        <translation>dossier %1: no hay base de datos del corpus; indique --db FILE</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="263"/>
        <source>dossier %1: %2: no such database (import a folder first)</source>
        <translation>dossier %1: %2: no existe esa base de datos (importe primero una carpeta)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="286"/>
        <source>Print the counts of a corpus database.</source>
        <translation>Mostrar los recuentos de una base de datos del corpus.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="290"/>
        <location filename="../app/commandline.cpp" line="338"/>
        <location filename="../app/commandline.cpp" line="426"/>
        <source>unexpected argument %1</source>
        <translation>argumento inesperado %1</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="322"/>
        <source>Export the corpus and its annotations.</source>
        <translation>Exportar el corpus y sus anotaciones.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="323"/>
        <source>Output format: html, pdf, csv, json, qdpx (REFI-QDA) or jsonld (W3C Web Annotation).</source>
        <translation>Formato de salida: html, pdf, csv, json, qdpx (REFI-QDA) o jsonld (W3C Web Annotation).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="325"/>
        <source>Output file.</source>
        <translation>Archivo de salida.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="326"/>
        <source>Only annotations with this tag or a tag below it; a name or a path Parent/Child (repeatable).</source>
        <translation>Solo las anotaciones con esta etiqueta o con una etiqueta que cuelgue de ella; un nombre o una ruta Padre/Hijo (repetible).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="328"/>
        <source>Only claims with this verdict (repeatable): unverified, checking, true, false, misleading, unverifiable.</source>
        <translation>Solo las afirmaciones con este veredicto (repetible): unverified, checking, true, false, misleading, unverifiable.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="330"/>
        <source>Only articles of this outlet (repeatable).</source>
        <translation>Solo los artículos de este medio (repetible).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="331"/>
        <source>Only articles published on or after this date.</source>
        <translation>Solo los artículos publicados en esta fecha o después.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="332"/>
        <source>Only articles published on or before this date.</source>
        <translation>Solo los artículos publicados en esta fecha o antes.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="333"/>
        <source>Only this article, by its path in the corpus (repeatable).</source>
        <translation>Solo este artículo, por su ruta en el corpus (repetible).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="340"/>
        <source>--format and --out are required</source>
        <translation>--format y --out son obligatorios</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="344"/>
        <source>unknown format “%1” (use html, pdf, csv, json, qdpx or jsonld)</source>
        <translation>formato desconocido «%1» (use html, pdf, csv, json, qdpx o jsonld)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="351"/>
        <source>--status: “%1” is not a verdict (unverified, checking, true, false, misleading, unverifiable)</source>
        <translation>--status: «%1» no es un veredicto (unverified, checking, true, false, misleading, unverifiable)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="360"/>
        <source>--%1: “%2” is not a date (YYYY-MM-DD)</source>
        <translation>--%1: «%2» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="373"/>
        <source>dossier export: --article %1: no article with that path in the corpus</source>
        <translation>dossier export: --article %1: no hay ningún artículo con esa ruta en el corpus</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="381"/>
        <source>exporting: %1/%2 articles</source>
        <translation>exportando: %1/%2 artículos</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="393"/>
        <source>%1 annotations in %2 articles written to %3</source>
        <translation>%1 anotaciones de %2 artículos escritas en %3</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="405"/>
        <source>created the tag “%1”</source>
        <translation>se creó la etiqueta «%1»</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="413"/>
        <source>Tag every match of a pattern across the corpus (one undoable step in the GUI).</source>
        <translation>Etiquetar cada coincidencia de un patrón en todo el corpus (un solo paso, que se puede deshacer en la interfaz gráfica).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="414"/>
        <source>A regular expression (Perl syntax), or text with --literal.</source>
        <translation>Una expresión regular (sintaxis de Perl), o texto con --literal.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="415"/>
        <source>The tag to give every match; “Parent/Child” names a nested tag. Created when missing.</source>
        <translation>La etiqueta que se asigna a cada coincidencia; «Padre/Hijo» designa una etiqueta anidada. Se crea si no existe.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="417"/>
        <source>The pattern is plain text, not a regular expression.</source>
        <translation>El patrón es texto literal, no una expresión regular.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="418"/>
        <source>Match regardless of case.</source>
        <translation>Buscar coincidencias sin distinguir mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="419"/>
        <source>Only matches that neither start nor end inside a word.</source>
        <translation>Solo las coincidencias que no empiezan ni terminan dentro de una palabra.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="420"/>
        <source>Only inside quotes (as reviewed: rejected quotes left out, added ones in).</source>
        <translation>Solo dentro de citas (según la revisión: sin las citas rechazadas y con las añadidas).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="421"/>
        <source>Only inside the quotes of this speaker (a name or alias in the registry).</source>
        <translation>Solo dentro de las citas de este hablante (un nombre o alias del registro de entidades).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="428"/>
        <source>--pattern and --tag are required</source>
        <translation>--pattern y --tag son obligatorios</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="438"/>
        <source>--speaker needs a name</source>
        <translation>--speaker necesita un nombre</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="448"/>
        <source>--tag: “%1” is not a tag name (write Parent/Child)</source>
        <translation>--tag: «%1» no es un nombre de etiqueta (escriba Padre/Hijo)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="461"/>
        <source>searching: %1/%2 articles</source>
        <translation>buscando: %1/%2 artículos</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="468"/>
        <source>dossier autocode: interrupted; nothing was tagged.</source>
        <translation>dossier autocode: interrumpido; no se etiquetó nada.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="479"/>
        <source>Nothing matched (%1 articles searched); the tag “%2” was not created.</source>
        <translation>No hubo coincidencias (%1 artículos examinados); no se creó la etiqueta «%2».</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="488"/>
        <source>Tagged %1 spans in %2 articles with “%3” (%4 already tagged; %5 articles searched).</source>
        <translation>Se etiquetaron %1 fragmentos en %2 artículos con «%3» (%4 ya estaban etiquetados; %5 artículos examinados).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="496"/>
        <source>Merge another analyst&apos;s work from a JSON export (dossier export --format json) into this corpus: articles matched by path, tags by name, annotations already here skipped.</source>
        <translation>Fusionar en este corpus el trabajo de otro analista a partir de una exportación JSON (dossier export --format json): los artículos se emparejan por ruta, las etiquetas por nombre, y se omiten las anotaciones que ya están aquí.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="498"/>
        <source>The JSON export to merge.</source>
        <translation>La exportación JSON que se va a fusionar.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="504"/>
        <source>give exactly one EXPORT.json</source>
        <translation>indique exactamente un argumento EXPORT.json</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="507"/>
        <source>dossier import-annotations: %1: %2</source>
        <translation>dossier import-annotations: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="507"/>
        <source>not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="507"/>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="515"/>
        <source>merging: %1/%2 articles</source>
        <translation>fusionando: %1/%2 artículos</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="525"/>
        <source>dossier import-annotations: interrupted; nothing was imported.</source>
        <translation>dossier import-annotations: interrumpido; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="530"/>
        <source>%1: not in this corpus; its annotations were not imported</source>
        <translation>%1: no está en este corpus; no se importaron sus anotaciones</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="531"/>
        <source>Merged %1 into %2: %3 articles matched, %4 not in this corpus; %5 annotations added (%6 re-found elsewhere in a changed text, %7 orphaned), %8 already present; %9 tags created, %10 article notes merged.</source>
        <translation>Se fusionó %1 en %2: %3 artículos emparejados, %4 que no están en este corpus; %5 anotaciones añadidas (%6 relocalizadas en otro lugar de un texto modificado, %7 huérfanas), %8 ya presentes; %9 etiquetas creadas, %10 notas de artículo fusionadas.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="537"/>
        <source>%1 annotations are in articles this corpus does not have (listed above).</source>
        <translation>%1 anotaciones están en artículos que este corpus no tiene (enumerados arriba).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="539"/>
        <source>%1 claims name a claimant this corpus has no entity for; their claimant was left empty.</source>
        <translation>%1 afirmaciones nombran a un autor para el que este corpus no tiene ninguna entidad; su autor se dejó vacío.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="506"/>
        <source>Internal error: names prepared for another analysis.</source>
        <translation>Error interno: nombres preparados para otro análisis.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="1086"/>
        <source>An entity needs a name.</source>
        <translation>Una entidad necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="1114"/>
        <source>Dates are not entities of the registry.</source>
        <translation>Las fechas no son entidades del registro.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="1147"/>
        <source>An entity cannot be merged into itself.</source>
        <translation>Una entidad no se puede fusionar consigo misma.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="1157"/>
        <source>These entities are already one.</source>
        <translation>Estas entidades ya son una sola.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="1162"/>
        <location filename="../model/analysisstore.cpp" line="1260"/>
        <source>No such entity.</source>
        <translation>No existe esa entidad.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="1251"/>
        <source>Choose the names that belong to the new entity, and name it.</source>
        <translation>Elija los nombres que pertenecen a la nueva entidad y póngale un nombre.</translation>
    </message>
    <message>
        <location filename="../model/annotationstore.cpp" line="72"/>
        <source>Unverified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <location filename="../model/annotationstore.cpp" line="73"/>
        <source>Checking</source>
        <translation>En verificación</translation>
    </message>
    <message>
        <location filename="../model/annotationstore.cpp" line="74"/>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <location filename="../model/annotationstore.cpp" line="75"/>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <location filename="../model/annotationstore.cpp" line="76"/>
        <source>Misleading</source>
        <translation>Engañoso</translation>
    </message>
    <message>
        <location filename="../model/annotationstore.cpp" line="77"/>
        <source>Unverifiable</source>
        <translation>Inverificable</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="177"/>
        <source>%1 articles · 1 outlet</source>
        <extracomment>the article list&apos;s Story column: how many articles the story has, from how many outlets</extracomment>
        <translation>%1 artículos · 1 medio</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="178"/>
        <source>%1 articles · %2 outlets</source>
        <translation>%1 artículos · %2 medios</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="183"/>
        <source>In a story of %1 articles from %2</source>
        <translation>En una historia de %1 artículos de %2</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="185"/>
        <source>%1
The file is missing from the folder; the article is kept.</source>
        <translation>%1
El archivo falta en la carpeta; el artículo se conserva.</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="187"/>
        <source>%1
The file can no longer be read as text; the last text read is kept.</source>
        <translation>%1
El archivo ya no se puede leer como texto; se conserva el último texto leído.</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="211"/>
        <location filename="../model/qdpxexporter.cpp" line="224"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="213"/>
        <location filename="../model/qdpxexporter.cpp" line="222"/>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="215"/>
        <location filename="../model/qdpxexporter.cpp" line="223"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="217"/>
        <location filename="../model/storymodels.cpp" line="300"/>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../model/articlestore.cpp" line="100"/>
        <source>The search “%1” is not valid (%2). Write words, &quot;exact phrases&quot;, prefix*, and combine them with AND, OR, NOT.</source>
        <translation>La búsqueda «%1» no es válida (%2). Escriba palabras, &quot;frases exactas&quot;, prefijo*, y combínelas con AND, OR, NOT.</translation>
    </message>
    <message>
        <location filename="../model/articlestore.cpp" line="531"/>
        <location filename="../model/articlestore.cpp" line="550"/>
        <source>The article list could not be read: %1</source>
        <translation>No se pudo leer la lista de artículos: %1</translation>
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
        <translation>No se puede escribir la exportación: %1</translation>
    </message>
    <message>
        <location filename="../model/corpuslock.cpp" line="32"/>
        <source>process %1 (%2 on %3)</source>
        <translation>proceso %1 (%2 en %3)</translation>
    </message>
    <message>
        <location filename="../model/corpuslock.cpp" line="49"/>
        <source>The corpus database %1 is open in another Dossier, %2.</source>
        <translation>La base de datos del corpus %1 está abierta en otro Dossier, %2.</translation>
    </message>
    <message>
        <location filename="../model/corpuslock.cpp" line="53"/>
        <source>Cannot create the lock file %1 (permission denied).</source>
        <translation>No se puede crear el archivo de bloqueo %1 (permiso denegado).</translation>
    </message>
    <message>
        <location filename="../model/corpuslock.cpp" line="57"/>
        <source>Cannot create the lock file %1.</source>
        <translation>No se puede crear el archivo de bloqueo %1.</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="35"/>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="37"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="39"/>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="40"/>
        <location filename="../model/importer.cpp" line="84"/>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="67"/>
        <source>The database %1 is damaged: %2</source>
        <translation>La base de datos %1 está dañada: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="68"/>
        <source>%1 is not a Dossier database: %2</source>
        <translation>%1 no es una base de datos de Dossier: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="93"/>
        <source>The database %1 does not exist.</source>
        <translation>La base de datos %1 no existe.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="100"/>
        <source>Cannot open the database %1 read-only: %2</source>
        <translation>No se puede abrir la base de datos %1 en modo de solo lectura: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="111"/>
        <source>%1 is not a Dossier database; nothing was changed.</source>
        <translation>%1 no es una base de datos de Dossier; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="115"/>
        <source>The database %1 has schema %2, older than this Dossier&apos;s %3, and it cannot be upgraded while it is open read-only. Close the other Dossier and open it again.</source>
        <translation>La base de datos %1 tiene el esquema %2, anterior al %3 de este Dossier, y no se puede actualizar mientras esté abierta en modo de solo lectura. Cierre el otro Dossier y vuelva a abrirla.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="124"/>
        <location filename="../model/database.cpp" line="192"/>
        <source>The database %1 was made by a newer Dossier (schema %2; this one knows %3).</source>
        <translation>La base de datos %1 la creó un Dossier más reciente (esquema %2; este conoce el %3).</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="134"/>
        <location filename="../model/database.cpp" line="184"/>
        <source>Cannot configure the database %1: %2</source>
        <translation>No se puede configurar la base de datos %1: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="152"/>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="161"/>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="173"/>
        <source>%1 is not a Dossier database (it holds other tables); nothing was changed.</source>
        <translation>%1 no es una base de datos de Dossier (contiene otras tablas); no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="246"/>
        <source>Missing migration %1</source>
        <translation>Falta la migración %1</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="253"/>
        <source>Cannot migrate %1: %2</source>
        <translation>No se puede migrar %1: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="262"/>
        <source>Migration to schema %1 failed: %2 (in: %3)</source>
        <translation>Falló la migración al esquema %1: %2 (en: %3)</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="55"/>
        <source>HTML report</source>
        <translation>Informe HTML</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="57"/>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="59"/>
        <source>CSV table of annotations</source>
        <translation>Tabla CSV de anotaciones</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="61"/>
        <source>Dossier JSON (for another analyst)</source>
        <translation>JSON de Dossier (para otro analista)</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="63"/>
        <source>REFI-QDA project (QualCoder, NVivo, MAXQDA, ATLAS.ti)</source>
        <translation>Proyecto REFI-QDA (QualCoder, NVivo, MAXQDA, ATLAS.ti)</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="65"/>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="114"/>
        <source>The export failed for an unknown reason.</source>
        <translation>La exportación falló por un motivo desconocido.</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="126"/>
        <location filename="../model/exporter.cpp" line="134"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../model/exportsource.cpp" line="251"/>
        <source>Cannot read the links between articles: %1</source>
        <translation>No se pueden leer los vínculos entre artículos: %1</translation>
    </message>
    <message>
        <location filename="../model/exportsource.cpp" line="486"/>
        <source>The codebook has no tag “%1”.</source>
        <translation>El libro de códigos no tiene ninguna etiqueta «%1».</translation>
    </message>
    <message>
        <location filename="../model/exportsource.cpp" line="617"/>
        <location filename="../model/reportexporter.cpp" line="1100"/>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="78"/>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="91"/>
        <source>too large (%1 MB; the limit for one article is %2 MB)</source>
        <translation>demasiado grande (%1 MB; el límite para un artículo es %2 MB)</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="101"/>
        <source>read error: %1</source>
        <translation>error de lectura: %1</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="157"/>
        <source>binary file, not text</source>
        <translation>archivo binario, no de texto</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="157"/>
        <source>binary file, not text (%1)</source>
        <translation>archivo binario, no de texto (%1)</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="162"/>
        <source>empty file</source>
        <translation>archivo vacío</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="162"/>
        <source>contains only white space</source>
        <translation>solo contiene espacios en blanco</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="208"/>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location filename="../model/jsonldexporter.cpp" line="55"/>
        <source>Dossier annotations of %1</source>
        <translation>Anotaciones de Dossier de %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="166"/>
        <source>Claim: %1</source>
        <translation>Afirmación: %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="206"/>
        <source>Dossier corpus</source>
        <translation>Corpus de Dossier</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="215"/>
        <source>Dossier export</source>
        <translation>Exportación de Dossier</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="274"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="274"/>
        <source>Quote of %1</source>
        <translation>Cita de %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="317"/>
        <source>Exported by Dossier on %1.</source>
        <translation>Exportado por Dossier el %1.</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="318"/>
        <source>Exported by Dossier from %1 on %2.</source>
        <translation>Exportado por Dossier desde %1 el %2.</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="434"/>
        <source>An annotation whose passage is no longer in the text. It was made on: %1</source>
        <translation>Una anotación cuyo pasaje ya no está en el texto. Se hizo sobre: %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="436"/>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="442"/>
        <source>Orphaned annotation in %1</source>
        <translation>Anotación huérfana en %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="468"/>
        <source>Same quote, altered</source>
        <translation>Misma cita, alterada</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="468"/>
        <source>Same quote</source>
        <translation>Misma cita</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="469"/>
        <source>Same quote of %1, altered</source>
        <translation>Misma cita de %1, alterada</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="469"/>
        <source>Same quote of %1</source>
        <translation>Misma cita de %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="501"/>
        <source>Story %1</source>
        <translation>Historia %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="506"/>
        <source>Outlets: %1</source>
        <translation>Medios: %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="507"/>
        <source>First published %1. Outlets: %2</source>
        <translation>Publicada por primera vez: %1. Medios: %2</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="587"/>
        <source>project.qde could not be written</source>
        <translation>no se pudo escribir project.qde</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="1054"/>
        <source>Cannot write the PDF: %1</source>
        <translation>No se puede escribir el PDF: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="1059"/>
        <source>Cannot join the PDF&apos;s parts: %1</source>
        <translation>No se pueden unir las partes del PDF: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="1195"/>
        <source>The report&apos;s contents did not fit the pages planned for them.</source>
        <translation>El contenido del informe no cupo en las páginas previstas para él.</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="1219"/>
        <source>Cannot write the PDF.</source>
        <translation>No se puede escribir el PDF.</translation>
    </message>
    <message>
        <location filename="../model/metadatafile.cpp" line="75"/>
        <source>metadata.csv has no &quot;path&quot; column; it was ignored</source>
        <translation>metadata.csv no tiene columna &quot;path&quot;; se ha ignorado</translation>
    </message>
    <message>
        <location filename="../model/metadatafile.cpp" line="93"/>
        <source>metadata.csv line %1: no path; row ignored</source>
        <translation>metadata.csv, línea %1: sin ruta; se ignora la fila</translation>
    </message>
    <message>
        <location filename="../model/metadatafile.cpp" line="106"/>
        <source>metadata.csv line %1: cannot read the date “%2”</source>
        <translation>metadata.csv, línea %1: no se puede leer la fecha «%2»</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="78"/>
        <source>The stories could not be read: %1</source>
        <translation>No se pudieron leer las historias: %1</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="280"/>
        <source>%1 articles from %2</source>
        <translation>%1 artículos de %2</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="281"/>
        <source>Double-click to show only this story in the article list</source>
        <translation>Doble clic para mostrar solo esta historia en la lista de artículos</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="288"/>
        <source>Story of %1 articles: %2</source>
        <translation>Historia de %1 artículos: %2</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="302"/>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="304"/>
        <source>Outlets</source>
        <translation>Medios</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="306"/>
        <source>First published</source>
        <translation>Primera publicación</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="27"/>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="28"/>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="29"/>
        <location filename="../model/textdecoder.cpp" line="30"/>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="31"/>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="32"/>
        <source>a ZIP archive or office document</source>
        <translation>un archivo ZIP o un documento ofimático</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="33"/>
        <source>a gzip archive</source>
        <translation>un archivo gzip</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="34"/>
        <source>a 7-Zip archive</source>
        <translation>un archivo 7-Zip</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="35"/>
        <source>a program</source>
        <translation>un programa</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="36"/>
        <location filename="../model/textdecoder.cpp" line="37"/>
        <source>a media file</source>
        <translation>un archivo multimedia</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="38"/>
        <source>an MP3 file</source>
        <translation>un archivo MP3</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="39"/>
        <source>an old Microsoft Office document</source>
        <translation>un documento antiguo de Microsoft Office</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="203"/>
        <source>the file ends in the middle of a character; the last bytes were dropped</source>
        <translation>el archivo termina en mitad de un carácter; se descartaron los últimos bytes</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="208"/>
        <source>invalid %1 data was replaced with U+FFFD</source>
        <translation>los datos %1 no válidos se sustituyeron por U+FFFD</translation>
    </message>
</context>
<context>
    <name>Dossier::AnnotationListModel</name>
    <message>
        <location filename="../model/annotationmodels.cpp" line="291"/>
        <source>(deleted tag)</source>
        <translation>(etiqueta eliminada)</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="300"/>
        <source>[orphaned] %1</source>
        <translation>[huérfana] %1</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="316"/>
        <source>Re-found after the article changed.</source>
        <translation>Relocalizada después de que cambiara el artículo.</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="318"/>
        <source>Not found in the changed article: re-attach or delete it.</source>
        <translation>No se encontró en el artículo modificado: reubíquela o elimínela.</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="343"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="344"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="345"/>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="346"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Dossier::AnnotationPanel</name>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="63"/>
        <source>Selected annotation</source>
        <translation>Anotación seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="65"/>
        <source>Remove Tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="67"/>
        <source>This is a &amp;claim</source>
        <translation>Es una a&amp;firmación</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="71"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="79"/>
        <source>Note on this article (saved as you type)</source>
        <translation>Nota sobre este artículo (se guarda mientras escribe)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="80"/>
        <source>Note on this article</source>
        <translation>Nota sobre este artículo</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="81"/>
        <source>A note on the whole article, saved as you type (Ctrl+Shift+M)</source>
        <translation>Una nota sobre todo el artículo, que se guarda mientras escribe (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="91"/>
        <source>Annotations of this article</source>
        <translation>Anotaciones de este artículo</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="92"/>
        <source>Choose an annotation to edit its tags, note and claim below</source>
        <translation>Elija una anotación para editar abajo sus etiquetas, su nota y su afirmación</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="102"/>
        <location filename="../ui/annotationpanel.cpp" line="180"/>
        <source>Add Tag…</source>
        <translation>Añadir etiqueta…</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="103"/>
        <source>Add a tag to the selected annotation</source>
        <translation>Añadir una etiqueta a la anotación seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="104"/>
        <source>Remove a tag from the selected annotation</source>
        <translation>Quitar una etiqueta de la anotación seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="107"/>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="108"/>
        <source>Why this matters, what to check…</source>
        <translation>Por qué importa, qué hay que comprobar…</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="109"/>
        <source>Note on the annotation</source>
        <translation>Nota sobre la anotación</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="110"/>
        <source>A note on the selected annotation, saved as you type</source>
        <translation>Una nota sobre la anotación seleccionada, que se guarda mientras escribe</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="113"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="114"/>
        <source>Mark the passage as a claim to check, with a verdict, a claimant and evidence</source>
        <translation>Marcar el pasaje como una afirmación que hay que comprobar, con un veredicto, un autor de la afirmación y pruebas</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="118"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="119"/>
        <source>Where the check of the claim stands</source>
        <translation>En qué punto está la comprobación de la afirmación</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="120"/>
        <source>Verdict:</source>
        <translation>Veredicto:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="121"/>
        <source>Claimant</source>
        <translation>Autor de la afirmación</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="122"/>
        <source>Who made the claim: a person or organisation of the corpus</source>
        <translation>Quién hizo la afirmación: una persona u organización del corpus</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="123"/>
        <source>Claimant:</source>
        <translation>Autor de la afirmación:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="124"/>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="125"/>
        <source>Links that support or refute the claim, with notes</source>
        <translation>Enlaces que respaldan o refutan la afirmación, con notas</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="127"/>
        <source>Evidence:</source>
        <translation>Pruebas:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="129"/>
        <source>Add Link…</source>
        <translation>Añadir enlace…</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="130"/>
        <source>Add a link as evidence for the claim</source>
        <translation>Añadir un enlace como prueba de la afirmación</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="131"/>
        <source>Remove the chosen link</source>
        <translation>Quitar el enlace elegido</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="136"/>
        <location filename="../ui/annotationpanel.cpp" line="181"/>
        <source>Delete Annotation</source>
        <translation>Eliminar anotación</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="137"/>
        <source>Delete the selected annotation (Ctrl+Delete; Ctrl+Z brings it back)</source>
        <translation>Eliminar la anotación seleccionada (Ctrl+Delete; Ctrl+Z la recupera)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="195"/>
        <source>Remove tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="208"/>
        <source>Mark as claim</source>
        <translation>Marcar como afirmación</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="208"/>
        <source>Unmark claim</source>
        <translation>Desmarcar afirmación</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="214"/>
        <source>Set verdict: %1</source>
        <translation>Asignar veredicto: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="219"/>
        <source>Set claimant</source>
        <translation>Asignar autor de la afirmación</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="225"/>
        <location filename="../ui/annotationpanel.cpp" line="230"/>
        <source>Add Evidence</source>
        <translation>Añadir prueba</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="225"/>
        <source>Link (a URL, or the path of another article):</source>
        <translation>Enlace (una URL o la ruta de otro artículo):</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="230"/>
        <source>What it shows (optional):</source>
        <translation>Qué muestra (opcional):</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="232"/>
        <source>Add evidence</source>
        <translation>Añadir prueba</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="241"/>
        <source>Remove evidence</source>
        <translation>Quitar prueba</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="332"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="342"/>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="349"/>
        <source>Entity %1</source>
        <translation>Entidad %1</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="378"/>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
</context>
<context>
    <name>Dossier::Annotator</name>
    <message>
        <location filename="../model/annotator.cpp" line="183"/>
        <location filename="../model/annotator.cpp" line="276"/>
        <source>No corpus is open.</source>
        <translation>No hay ningún corpus abierto.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="189"/>
        <source>This corpus is open read-only; nothing was changed.</source>
        <translation>Este corpus está abierto en modo de solo lectura; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="373"/>
        <source>A link needs two different articles or quotes.</source>
        <translation>Un vínculo necesita dos artículos o dos citas diferentes.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="418"/>
        <source>Confirm Quote Link</source>
        <translation>Confirmar vínculo de cita</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="418"/>
        <source>Confirm Story Link</source>
        <translation>Confirmar vínculo de historia</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="421"/>
        <source>Reject Quote Link</source>
        <translation>Rechazar vínculo de cita</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="421"/>
        <source>Reject Story Link</source>
        <translation>Rechazar vínculo de historia</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="424"/>
        <source>Link Quotes</source>
        <translation>Vincular citas</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="424"/>
        <source>Link Articles</source>
        <translation>Vincular artículos</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="436"/>
        <source>That link decision no longer exists.</source>
        <translation>Esa decisión sobre el vínculo ya no existe.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="442"/>
        <source>Withdraw Link Decision</source>
        <translation>Retirar decisión sobre el vínculo</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="488"/>
        <source>“%1” is not a tag name (an empty name in the path)</source>
        <translation>«%1» no es un nombre de etiqueta (hay un nombre vacío en la ruta)</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="520"/>
        <location filename="../model/annotator.cpp" line="562"/>
        <source>A tag needs a name.</source>
        <translation>Una etiqueta necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="525"/>
        <location filename="../model/annotator.cpp" line="567"/>
        <location filename="../model/annotator.cpp" line="602"/>
        <source>There is already a tag named “%1” there.</source>
        <translation>Ya hay una etiqueta llamada «%1» ahí.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="548"/>
        <source>New tag “%1”</source>
        <translation>Nueva etiqueta «%1»</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="578"/>
        <source>Rename tag “%1” to “%2”</source>
        <translation>Renombrar la etiqueta «%1» como «%2»</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="580"/>
        <source>Recolour tag “%1”</source>
        <translation>Cambiar el color de la etiqueta «%1»</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="582"/>
        <location filename="../model/annotator.cpp" line="625"/>
        <source>Move tag “%1”</source>
        <translation>Mover la etiqueta «%1»</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="584"/>
        <source>Edit tag “%1”</source>
        <translation>Editar la etiqueta «%1»</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="597"/>
        <source>A tag cannot move below itself.</source>
        <translation>Una etiqueta no se puede mover debajo de sí misma.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="638"/>
        <source>A tag cannot be merged into a tag below it.</source>
        <translation>Una etiqueta no se puede fusionar con una etiqueta que cuelga de ella.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="649"/>
        <source>“%1” and “%2” both have a tag named “%3”: merge or rename one of those first.</source>
        <translation>«%1» y «%2» tienen ambas una etiqueta llamada «%3»: fusione o renombre antes una de ellas.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="680"/>
        <source>Merge tag “%1” into “%2”</source>
        <translation>Fusionar la etiqueta «%1» con «%2»</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="724"/>
        <source>Delete tag “%1”</source>
        <translation>Eliminar la etiqueta «%1»</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="734"/>
        <source>Select some text of the article first.</source>
        <translation>Seleccione antes algún texto del artículo.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="751"/>
        <location filename="../model/annotator.cpp" line="774"/>
        <source>Tag “%1”</source>
        <translation>Etiquetar con «%1»</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="795"/>
        <source>Edit annotation</source>
        <translation>Editar anotación</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="807"/>
        <source>Delete annotation “%1”</source>
        <translation>Eliminar la anotación «%1»</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="819"/>
        <source>Re-attach annotation</source>
        <translation>Reubicar anotación</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="870"/>
        <source>Edit article note</source>
        <translation>Editar nota del artículo</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="888"/>
        <source>A quote needs some text.</source>
        <translation>Una cita necesita algo de texto.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="922"/>
        <source>Clear quote review</source>
        <translation>Anular la revisión de la cita</translation>
    </message>
</context>
<context>
    <name>Dossier::ArticleHighlighter</name>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="104"/>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="106"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="108"/>
        <source>P&amp;lace</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="110"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="112"/>
        <source>&amp;Quote</source>
        <translation>&amp;Cita</translation>
    </message>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="114"/>
        <source>&amp;Speaker</source>
        <translation>&amp;Hablante</translation>
    </message>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="116"/>
        <source>&amp;Annotations</source>
        <translation>&amp;Anotaciones</translation>
    </message>
</context>
<context>
    <name>Dossier::ArticlePickerDialog</name>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="30"/>
        <source>Choose an Article</source>
        <translation>Elegir un artículo</translation>
    </message>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="32"/>
        <source>Filter by title or path</source>
        <translation>Filtrar por título o ruta</translation>
    </message>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="34"/>
        <source>Filter articles</source>
        <translation>Filtrar artículos</translation>
    </message>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="36"/>
        <source>The articles to choose from</source>
        <translation>Los artículos entre los que elegir</translation>
    </message>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="42"/>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="43"/>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="46"/>
        <source>&amp;Find the article to link:</source>
        <translation>&amp;Buscar el artículo que vincular:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/articlepickerdialog.cpp" line="66"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::AutocodeDialog</name>
    <message numerus="yes">
        <location filename="../ui/autocodedialog.cpp" line="37"/>
        <source>%n spans</source>
        <translation>
            <numerusform>%n fragmento</numerusform>
            <numerusform>%n fragmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/autocodedialog.cpp" line="42"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="51"/>
        <source>Regular e&amp;xpression</source>
        <translation>&amp;Expresión regular</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="52"/>
        <source>Match &amp;case</source>
        <translation>Distinguir &amp;mayúsculas y minúsculas</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="53"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Palabras completas</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="60"/>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="63"/>
        <location filename="../ui/autocodedialog.cpp" line="382"/>
        <source>Autocode</source>
        <translation>Autocodificar</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="71"/>
        <source>Read the pattern as a regular expression</source>
        <translation>Leer el patrón como expresión regular</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="72"/>
        <source>Match capital and small letters as typed</source>
        <translation>Respetar mayúsculas y minúsculas tal como se escriben</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="73"/>
        <source>Match whole words only</source>
        <translation>Solo palabras completas</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="74"/>
        <source>Where to look: everywhere, inside quotes, or in one speaker&apos;s quotes</source>
        <translation>Dónde buscar: en todo el texto, dentro de las citas o en las citas de un hablante</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="75"/>
        <source>The speaker whose quotes are searched</source>
        <translation>El hablante cuyas citas se buscan</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="76"/>
        <source>The tag every match gets</source>
        <translation>La etiqueta que recibe cada coincidencia</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="78"/>
        <source>Text or regular expression to find</source>
        <translation>Texto o expresión regular que buscar</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="79"/>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="81"/>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="82"/>
        <source>Inside quotes</source>
        <translation>Dentro de citas</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="83"/>
        <source>Quotes by speaker</source>
        <translation>Citas de un hablante</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="84"/>
        <source>Where to look</source>
        <translation>Dónde buscar</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="90"/>
        <source>Loading speakers…</source>
        <translation>Cargando hablantes…</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="91"/>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="94"/>
        <source>A tag of the codebook, or a new name</source>
        <translation>Una etiqueta del libro de códigos, o un nombre nuevo</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="95"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="99"/>
        <source>Autocode progress</source>
        <translation>Progreso de la autocodificación</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="110"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="112"/>
        <source>&amp;Look in:</source>
        <translation>Buscar e&amp;n:</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="113"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Hablante:</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="114"/>
        <source>&amp;Tag with:</source>
        <translation>E&amp;tiquetar con:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/autocodedialog.cpp" line="187"/>
        <source>%1 (%n quotes)</source>
        <translation>
            <numerusform>%1 (%n cita)</numerusform>
            <numerusform>%1 (%n citas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="307"/>
        <source>%1 in %2 to tag (%3).</source>
        <translation>%1 en %2 por etiquetar (%3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/autocodedialog.cpp" line="308"/>
        <source>%n of them tagged already</source>
        <translation>
            <numerusform>%n de ellos ya etiquetado</numerusform>
            <numerusform>%n de ellos ya etiquetados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="310"/>
        <source>%1 in %2 to tag.</source>
        <translation>%1 en %2 por etiquetar.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="383"/>
        <source>This tags %1 in %2, which takes a while to write. Tag them all?</source>
        <translation>Se etiquetarán %1 en %2, y escribirlos lleva un rato. ¿Etiquetarlos todos?</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="410"/>
        <source>Tagged %1 in %2 (%3 undoes it)</source>
        <translation>Etiquetado: %1 en %2 (%3 lo deshace)</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="190"/>
        <source>No speakers found</source>
        <translation>No se encontraron hablantes</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="190"/>
        <source>A speaker, or any name</source>
        <translation>Un hablante, o cualquier nombre</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="281"/>
        <source>Choose a speaker.</source>
        <translation>Elija un hablante.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="298"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="325"/>
        <source>Choose a tag, or type the name of a new one.</source>
        <translation>Elija una etiqueta o escriba el nombre de una nueva.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="337"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="338"/>
        <source>Stop the search; nothing is tagged</source>
        <translation>Detener la búsqueda; no se etiqueta nada</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="366"/>
        <source>Cancelled; nothing was tagged.</source>
        <translation>Cancelado; no se etiquetó nada.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="375"/>
        <source>Nothing new to tag: all %1 matches have the tag already.</source>
        <translation>Nada nuevo que etiquetar: las %1 coincidencias ya tienen la etiqueta.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="376"/>
        <source>No matches; nothing was tagged.</source>
        <translation>Sin coincidencias; no se etiquetó nada.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="386"/>
        <source>Nothing was tagged.</source>
        <translation>No se etiquetó nada.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="391"/>
        <source>Autocode “%1”</source>
        <translation>Autocodificar «%1»</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="407"/>
        <source>Nothing was tagged: %1</source>
        <translation>No se etiquetó nada: %1</translation>
    </message>
</context>
<context>
    <name>Dossier::CodebookPanel</name>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="54"/>
        <source>&lt;b&gt;Codebook&lt;/b&gt;</source>
        <translation>&lt;b&gt;Libro de códigos&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="66"/>
        <source>+ Tag</source>
        <translation>+ Etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="66"/>
        <source>New tag at the top level</source>
        <translation>Nueva etiqueta en el nivel superior</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="67"/>
        <source>+ Child</source>
        <translation>+ Subetiqueta</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="67"/>
        <source>New tag below the selected one</source>
        <translation>Nueva etiqueta debajo de la seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="68"/>
        <location filename="../ui/codebookpanel.cpp" line="196"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="68"/>
        <source>Rename, recolour, describe or give a shortcut key</source>
        <translation>Renombrar, cambiar el color, describir o asignar una tecla de atajo</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="74"/>
        <source>Find a tag…</source>
        <translation>Buscar una etiqueta…</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="76"/>
        <source>Find a tag</source>
        <translation>Buscar una etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="84"/>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="85"/>
        <source>Your tags, within one another, with how many annotations carry each</source>
        <translation>Sus etiquetas, unas dentro de otras, con cuántas anotaciones lleva cada una</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="95"/>
        <source>Double-click a tag (or press Enter) to tag the selected text; F2 renames; drag to move</source>
        <translation>Doble clic en una etiqueta (o Intro) para etiquetar el texto seleccionado; F2 renombra; arrastre para mover</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="126"/>
        <source>New Tag under “%1”</source>
        <translation>Nueva etiqueta bajo «%1»</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="126"/>
        <source>New Tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="131"/>
        <source>Tag not created</source>
        <translation>No se creó la etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="145"/>
        <source>Edit Tag “%1”</source>
        <translation>Editar la etiqueta «%1»</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="147"/>
        <source>Tag not changed</source>
        <translation>No se cambió la etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="163"/>
        <source>Merge Tag</source>
        <translation>Fusionar etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="164"/>
        <source>Merge “%1” into (its annotations and children move there):</source>
        <translation>Fusionar «%1» con (sus anotaciones y subetiquetas pasan allí):</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="169"/>
        <source>Tags not merged</source>
        <translation>No se fusionaron las etiquetas</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/codebookpanel.cpp" line="177"/>
        <source>Delete the tag “%1” and the tags below it? %n annotation(s) carry them; they lose these tags, and those left with no tag, note or claim are deleted. Undo (Ctrl+Z) brings everything back.</source>
        <translation>
            <numerusform>¿Eliminar la etiqueta «%1» y las etiquetas que cuelgan de ella? %n anotación las lleva; pierde estas etiquetas y, si se queda sin etiqueta, nota ni afirmación, se elimina. Deshacer (Ctrl+Z) lo recupera todo.</numerusform>
            <numerusform>¿Eliminar la etiqueta «%1» y las etiquetas que cuelgan de ella? %n anotaciones las llevan; pierden estas etiquetas, y las que se quedan sin etiqueta, nota ni afirmación se eliminan. Deshacer (Ctrl+Z) lo recupera todo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="181"/>
        <source>Delete the tag “%1” and the tags below it? No annotation carries them.</source>
        <translation>¿Eliminar la etiqueta «%1» y las etiquetas que cuelgan de ella? Ninguna anotación las lleva.</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="182"/>
        <source>Delete Tag</source>
        <translation>Eliminar etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="185"/>
        <source>Tag not deleted</source>
        <translation>No se eliminó la etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="193"/>
        <source>Tag the Selection</source>
        <translation>Etiquetar la selección</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="195"/>
        <source>New Child Tag…</source>
        <translation>Nueva subetiqueta…</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="197"/>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="198"/>
        <source>Merge Into…</source>
        <translation>Fusionar con…</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="199"/>
        <source>Move to Top Level</source>
        <translation>Mover al nivel superior</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="201"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="203"/>
        <source>New Tag…</source>
        <translation>Nueva etiqueta…</translation>
    </message>
</context>
<context>
    <name>Dossier::CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="557"/>
        <source>The corpus database (default: FOLDER/.dossier/corpus.sqlite).</source>
        <translation>La base de datos del corpus (predeterminada: FOLDER/.dossier/corpus.sqlite).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="569"/>
        <source>unknown command</source>
        <translation>comando desconocido</translation>
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
        <translation>Comparar: %1</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="42"/>
        <source>The two versions side by side, with the differences marked</source>
        <translation>Las dos versiones una junto a otra, con las diferencias marcadas</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="44"/>
        <source>The two articles side by side</source>
        <translation>Los dos artículos en paralelo</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="46"/>
        <source>Struck through: words only on the left. Underlined: words only on the right. A hatched cell: the paragraph has no counterpart on that side.</source>
        <translation>Tachado: palabras solo a la izquierda. Subrayado: palabras solo a la derecha. Celda rayada: el párrafo no tiene equivalente en ese lado.</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="51"/>
        <source>&amp;Previous Change</source>
        <translation>Cambio &amp;anterior</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="53"/>
        <source>Previous paragraph that differs (Shift+F8)</source>
        <translation>Párrafo anterior que difiere (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="55"/>
        <source>&amp;Next Change</source>
        <translation>Cambio &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="57"/>
        <source>Next paragraph that differs (F8)</source>
        <translation>Párrafo siguiente que difiere (F8)</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="150"/>
        <source>%1 paragraphs in both (%2 of them changed), %3 only on the left, %4 only on the right. F8: next change.</source>
        <translation>%1 párrafos en ambos (%2 de ellos modificados), %3 solo a la izquierda, %4 solo a la derecha. F8: cambio siguiente.</translation>
    </message>
</context>
<context>
    <name>Dossier::CorpusLinker</name>
    <message>
        <location filename="../model/corpuslinker.cpp" line="143"/>
        <source>Cannot read the articles to link: %1</source>
        <translation>No se pueden leer los artículos que vincular: %1</translation>
    </message>
    <message>
        <location filename="../model/corpuslinker.cpp" line="210"/>
        <source>Cannot read the stored signatures: %1</source>
        <translation>No se pueden leer las firmas almacenadas: %1</translation>
    </message>
    <message>
        <location filename="../model/corpuslinker.cpp" line="229"/>
        <source>Cannot read the stored quotes: %1</source>
        <translation>No se pueden leer las citas almacenadas: %1</translation>
    </message>
    <message>
        <location filename="../model/corpuslinker.cpp" line="288"/>
        <location filename="../model/corpuslinker.cpp" line="391"/>
        <source>Cannot write links: %1</source>
        <translation>No se pueden escribir los vínculos: %1</translation>
    </message>
    <message>
        <location filename="../model/corpuslinker.cpp" line="380"/>
        <source>Cannot store the links of article %1: %2</source>
        <translation>No se pueden guardar los vínculos del artículo %1: %2</translation>
    </message>
    <message>
        <location filename="../model/corpuslinker.cpp" line="385"/>
        <source>Cannot store the quote links: %1</source>
        <translation>No se pueden guardar los vínculos entre citas: %1</translation>
    </message>
    <message>
        <location filename="../model/corpuslinker.cpp" line="421"/>
        <source>Cannot build the stories: %1</source>
        <translation>No se pueden construir las historias: %1</translation>
    </message>
</context>
<context>
    <name>Dossier::CorpusScanner</name>
    <message>
        <location filename="../model/corpusscanner.cpp" line="131"/>
        <source>cannot read the folder: %1</source>
        <translation>no se puede leer la carpeta: %1</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="146"/>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="157"/>
        <location filename="../model/corpusscanner.cpp" line="177"/>
        <source>symbolic link to a folder, not followed</source>
        <translation>enlace simbólico a una carpeta; no se sigue</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="161"/>
        <source>a README, not an article: not imported</source>
        <translation>un README, no un artículo: no se importa</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="169"/>
        <source>symbolic link loop</source>
        <translation>bucle de enlaces simbólicos</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="171"/>
        <source>dangling symbolic link (its target does not exist)</source>
        <translation>enlace simbólico roto (su destino no existe)</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="173"/>
        <source>cannot follow the symbolic link: %1</source>
        <translation>no se puede seguir el enlace simbólico: %1</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="182"/>
        <source>%1, not a file</source>
        <translation>%1, no un archivo</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="187"/>
        <source>the file name is not valid UTF-8; invalid bytes are shown as \xNN</source>
        <translation>el nombre del archivo no es UTF-8 válido; los bytes no válidos se muestran como \xNN</translation>
    </message>
</context>
<context>
    <name>Dossier::DatabaseMaintenance</name>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="148"/>
        <source>Cannot back up %1: %2</source>
        <translation>No se puede hacer una copia de seguridad de %1: %2</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="153"/>
        <source>Cannot back up %1: the SQLite driver gives no handle.</source>
        <translation>No se puede hacer una copia de seguridad de %1: el controlador de SQLite no proporciona ningún identificador.</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="162"/>
        <source>Cannot create the backup %1: %2</source>
        <translation>No se puede crear la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="167"/>
        <source>The backup of %1 to %2 failed: %3</source>
        <translation>Falló la copia de seguridad de %1 en %2: %3</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="197"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="222"/>
        <source>Cannot close the backup %1.</source>
        <translation>No se puede cerrar la copia de seguridad %1.</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="228"/>
        <source>Cannot rename the backup %1 to %2.</source>
        <translation>No se puede renombrar la copia de seguridad %1 como %2.</translation>
    </message>
</context>
<context>
    <name>Dossier::DiffText</name>
    <message>
        <location filename="../ui/difftext.cpp" line="30"/>
        <source>Only in the first version</source>
        <translation>Solo en la primera versión</translation>
    </message>
    <message>
        <location filename="../ui/difftext.cpp" line="34"/>
        <source>Only in the second version</source>
        <translation>Solo en la segunda versión</translation>
    </message>
</context>
<context>
    <name>Dossier::EntityTreeModel</name>
    <message>
        <location filename="../model/analysismodels.cpp" line="104"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="104"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="106"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="106"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="108"/>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="108"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="110"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="110"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="207"/>
        <source>%1 (%2), mentioned once in this article</source>
        <translation>%1 (%2), una mención en este artículo</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="208"/>
        <source>%1 (%2), mentioned %3 times in this article</source>
        <translation>%1 (%2), %3 menciones en este artículo</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="223"/>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="223"/>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
</context>
<context>
    <name>Dossier::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="76"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="77"/>
        <source>&amp;All articles</source>
        <translation>&amp;Todos los artículos</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="78"/>
        <source>Articles in the &amp;list</source>
        <translation>Artículos de la &amp;lista</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="79"/>
        <source>Sele&amp;cted articles</source>
        <translation>Artículos &amp;seleccionados</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="80"/>
        <source>Outlets</source>
        <translation>Medios</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="81"/>
        <source>&amp;Published between</source>
        <translation>&amp;Publicados entre</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="84"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="85"/>
        <source>Verdicts</source>
        <translation>Veredictos</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="89"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="91"/>
        <location filename="../ui/exportdialog.cpp" line="366"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="102"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="103"/>
        <source>File to write</source>
        <translation>Archivo que escribir</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="429"/>
        <source>Published from</source>
        <translation>Publicados desde</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="430"/>
        <source>Published until</source>
        <translation>Publicados hasta</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="108"/>
        <source>A report to read (HTML, PDF) or the annotations as data (CSV, JSON, REFI-QDA, Web Annotation)</source>
        <translation>Un informe para leer (HTML, PDF) o las anotaciones como datos (CSV, JSON, REFI-QDA, Web Annotation)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="109"/>
        <source>The file to write; its suffix follows the format</source>
        <translation>El archivo que escribir; su extensión sigue el formato</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="110"/>
        <source>Choose the file to write</source>
        <translation>Elegir el archivo que escribir</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="111"/>
        <source>Every article of the corpus</source>
        <translation>Todos los artículos del corpus</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="112"/>
        <source>The articles the list shows with its filters</source>
        <translation>Los artículos que muestra la lista con sus filtros</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="113"/>
        <source>The articles selected in the list (Ctrl+click, Shift+click)</source>
        <translation>Los artículos seleccionados en la lista (Ctrl+click, Shift+click)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="114"/>
        <source>Only the articles published between the two dates</source>
        <translation>Solo los artículos publicados entre las dos fechas</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="431"/>
        <source>The first day of the date range</source>
        <translation>El primer día del intervalo de fechas</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="432"/>
        <source>The last day of the date range</source>
        <translation>El último día del intervalo de fechas</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="115"/>
        <source>Tick outlets to export only their articles; none ticked: all</source>
        <translation>Marque medios para exportar solo sus artículos; ninguno marcado: todos</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="116"/>
        <source>Tick tags to export only the annotations that have one; none ticked: all</source>
        <translation>Marque etiquetas para exportar solo las anotaciones que tienen alguna; ninguna marcada: todas</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="117"/>
        <source>Tick verdicts to export only the claims that have one; none ticked: all</source>
        <translation>Marque veredictos para exportar solo las afirmaciones que tienen alguno; ninguno marcado: todos</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="124"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="131"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="132"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="136"/>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="144"/>
        <source>&amp;Outlets (none ticked: all):</source>
        <translation>&amp;Medios (ninguno marcado: todos):</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="149"/>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="151"/>
        <source>&amp;Tags, with the tags below them (none ticked: all):</source>
        <translation>Eti&amp;quetas, con las etiquetas que cuelgan de ellas (ninguna marcada: todas):</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="153"/>
        <source>&amp;Verdicts (none ticked: all):</source>
        <translation>&amp;Veredictos (ninguno marcado: todos):</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="159"/>
        <source>With tags or verdicts ticked, only the annotations that have one are exported, and only the articles that keep one.</source>
        <translation>Con etiquetas o veredictos marcados, solo se exportan las anotaciones que tienen alguno, y solo los artículos que conservan alguna de ellas.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="238"/>
        <source>&amp;All articles (%1)</source>
        <translation>&amp;Todos los artículos (%1)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="239"/>
        <source>Articles in the &amp;list (%1)</source>
        <translation>Artículos de la &amp;lista (%1)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="240"/>
        <source>Sele&amp;cted articles (%1)</source>
        <translation>Artículos &amp;seleccionados (%1)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="296"/>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que escribir.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="299"/>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 es una carpeta: elija un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="301"/>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="303"/>
        <source>The first date is after the last.</source>
        <translation>La primera fecha es posterior a la última.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="305"/>
        <source>The list shows no articles.</source>
        <translation>La lista no muestra ningún artículo.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="307"/>
        <source>No articles are selected.</source>
        <translation>No hay ningún artículo seleccionado.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="346"/>
        <source>Export To</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="366"/>
        <source>%1 exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="383"/>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="384"/>
        <source>Stop the export; no file is written</source>
        <translation>Detener la exportación; no se escribe ningún archivo</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="392"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="407"/>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelado; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="408"/>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="408"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="415"/>
        <source>Exported %1 in %2 to %3.</source>
        <translation>Exportado a %3: %1 de %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportdialog.cpp" line="416"/>
        <source>%n annotations</source>
        <translation>
            <numerusform>%n anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportdialog.cpp" line="416"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::ImportLogDialog</name>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="16"/>
        <source>Import Log</source>
        <translation>Registro de importación</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="19"/>
        <source>The last import skipped and repaired nothing.</source>
        <translation>La última importación no omitió ni reparó nada.</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="20"/>
        <source>Files skipped, repaired or noted by the last import: %1</source>
        <translation>Archivos omitidos, reparados o con notas en la última importación: %1</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="25"/>
        <source>Import log</source>
        <translation>Registro de importación</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="26"/>
        <source>The files the last import skipped or repaired, with the reason</source>
        <translation>Los archivos que la última importación omitió o reparó, con el motivo</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="27"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="27"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="27"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="37"/>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="40"/>
        <source>repaired</source>
        <translation>reparado</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="43"/>
        <source>note</source>
        <translation>nota</translation>
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
        <translation>No se puede escribir en la base de datos: %1</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="330"/>
        <location filename="../model/importer.cpp" line="335"/>
        <location filename="../model/importer.cpp" line="341"/>
        <source>Cannot store the analysis of an article: %1</source>
        <translation>No se puede guardar el análisis de un artículo: %1</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="400"/>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="402"/>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="404"/>
        <source>The folder %1 cannot be read (permission denied).</source>
        <translation>No se puede leer la carpeta %1 (permiso denegado).</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="415"/>
        <source>Another import of this corpus is running (process %1); try again when it has finished.</source>
        <translation>Hay otra importación de este corpus en curso (proceso %1); vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="437"/>
        <source>Cannot write to the database %1: %2</source>
        <translation>No se puede escribir en la base de datos %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/importer.cpp" line="549"/>
        <source>%n annotation(s) could not be re-found; see Orphaned annotations</source>
        <translation>
            <numerusform>%n anotación no se pudo relocalizar; consulte Anotaciones huérfanas</numerusform>
            <numerusform>%n anotaciones no se pudieron relocalizar; consulte Anotaciones huérfanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/importer.cpp" line="552"/>
        <source>%n quote review(s) could not be re-found in the changed text; they are kept</source>
        <translation>
            <numerusform>%n revisión de cita no se pudo relocalizar en el texto modificado; se conserva</numerusform>
            <numerusform>%n revisiones de citas no se pudieron relocalizar en el texto modificado; se conservan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="630"/>
        <source>moved or renamed: the article keeps its annotations</source>
        <translation>movido o renombrado: el artículo conserva sus anotaciones</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="654"/>
        <source>cannot be stored: %1</source>
        <translation>no se puede guardar: %1</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="658"/>
        <source>Cannot write %1 to the database: %2</source>
        <translation>No se puede escribir %1 en la base de datos: %2</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="723"/>
        <source>the file is gone; the article is kept and marked missing</source>
        <translation>el archivo ya no está; el artículo se conserva y se marca como ausente</translation>
    </message>
</context>
<context>
    <name>Dossier::IntegrityReport</name>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="82"/>
        <source>The database %1 passed its integrity check.</source>
        <translation>La base de datos %1 superó la comprobación de integridad.</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="84"/>
        <source>The integrity check of %1 was cancelled.</source>
        <translation>Se canceló la comprobación de integridad de %1.</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="87"/>
        <source>(and %1 more problems)</source>
        <translation>(y %1 problemas más)</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="88"/>
        <source>The database %1 is damaged: %2</source>
        <translation>La base de datos %1 está dañada: %2</translation>
    </message>
</context>
<context>
    <name>Dossier::LayerLegend</name>
    <message>
        <location filename="../ui/layerlegend.cpp" line="36"/>
        <source>Show or hide the %1 highlighting</source>
        <translation>Mostrar u ocultar el resaltado de %1</translation>
    </message>
    <message>
        <location filename="../ui/layerlegend.cpp" line="40"/>
        <source>Highlight layers</source>
        <translation>Capas de resaltado</translation>
    </message>
</context>
<context>
    <name>Dossier::Links</name>
    <message>
        <location filename="../model/linkmodels.cpp" line="69"/>
        <source>linked by hand</source>
        <translation>vinculado a mano</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="70"/>
        <source>same story, through another article</source>
        <translation>misma historia, a través de otro artículo</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="70"/>
        <source>same story</source>
        <translation>misma historia</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="74"/>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="76"/>
        <source>near-duplicate</source>
        <translation>casi duplicado</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="79"/>
        <source>reprinted in this one</source>
        <translation>reproducido en este</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="81"/>
        <source>reprints this one</source>
        <translation>reproduce este</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="83"/>
        <source>same event</source>
        <translation>mismo suceso</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="92"/>
        <source>suggested</source>
        <translation>sugerido</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="94"/>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="96"/>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="98"/>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
</context>
<context>
    <name>Dossier::LinksPanel</name>
    <message>
        <location filename="../ui/linkspanel.cpp" line="176"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="177"/>
        <source>Confirm the link: the two belong together</source>
        <translation>Confirmar el vínculo: los dos van juntos</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="178"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="179"/>
        <source>Reject the link: the two are never joined (it stays listed, greyed, to be restored)</source>
        <translation>Rechazar el vínculo: los dos no se unen nunca (sigue en la lista, en gris, para poder restaurarlo)</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="180"/>
        <source>&amp;Withdraw Decision</source>
        <translation>Re&amp;tirar decisión</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="181"/>
        <source>Withdraw your decision: back to what the import suggested</source>
        <translation>Retirar su decisión: volver a lo que sugirió la importación</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="182"/>
        <source>Link to &amp;Article…</source>
        <translation>Vincular a un &amp;artículo…</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="183"/>
        <source>Link this article by hand to another one of the same story</source>
        <translation>Vincular a mano este artículo con otro de la misma historia</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="184"/>
        <source>Link &amp;Quote…</source>
        <translation>Vincular c&amp;ita…</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="185"/>
        <source>Link a quote of this article by hand to the same quote in another article</source>
        <translation>Vincular a mano una cita de este artículo con la misma cita en otro artículo</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="186"/>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="187"/>
        <source>Link Article…</source>
        <translation>Vincular artículo…</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="188"/>
        <source>&amp;Compare Side by Side</source>
        <translation>Com&amp;parar en paralelo</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="189"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="190"/>
        <source>Show this article and the chosen one side by side, paragraph by paragraph</source>
        <translation>Mostrar este artículo y el elegido en paralelo, párrafo a párrafo</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="218"/>
        <source>Other articles of the same story</source>
        <translation>Otros artículos de la misma historia</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="219"/>
        <source>The story&apos;s other articles with outlet, date and likeness; the menu confirms or rejects a link</source>
        <translation>Los demás artículos de la historia con medio, fecha y parecido; el menú confirma o rechaza un vínculo</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="227"/>
        <source>The article&apos;s quotes in other articles</source>
        <translation>Las citas del artículo en otros artículos</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="228"/>
        <source>Each quote as other articles give it, marked where it was altered; the menu confirms or rejects a link</source>
        <translation>Cada cita tal como la dan otros artículos, marcada donde se alteró; el menú confirma o rechaza un vínculo</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="233"/>
        <source>Differences between the two versions</source>
        <translation>Diferencias entre las dos versiones</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="234"/>
        <source>The chosen version against this one, word by word: words only here struck through, words only there underlined</source>
        <translation>La versión elegida frente a esta, palabra por palabra: tachadas las palabras que solo están aquí, subrayadas las que solo están allí</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="247"/>
        <source>Same story</source>
        <translation>Misma historia</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="248"/>
        <source>Same quote elsewhere</source>
        <translation>Misma cita en otros artículos</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="388"/>
        <source>Same story: no other article</source>
        <translation>Misma historia: ningún otro artículo</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="389"/>
        <source>Same story (%1)</source>
        <translation>Misma historia (%1)</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="390"/>
        <source>Same quote elsewhere: none found</source>
        <translation>Misma cita en otros artículos: no se encontró ninguna</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="391"/>
        <source>Same quote elsewhere (%1)</source>
        <translation>Misma cita en otros artículos (%1)</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="491"/>
        <source>Link not changed</source>
        <translation>No se cambió el vínculo</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="500"/>
        <source>Decision not withdrawn</source>
        <translation>No se retiró la decisión</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="513"/>
        <source>Articles not linked</source>
        <translation>No se vincularon los artículos</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="527"/>
        <source>Quotes not linked</source>
        <translation>No se vincularon las citas</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="538"/>
        <source>Link to Article</source>
        <translation>Vincular a un artículo</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="554"/>
        <location filename="../ui/linkspanel.cpp" line="578"/>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="555"/>
        <location filename="../ui/linkspanel.cpp" line="579"/>
        <source>speaker unknown</source>
        <translation>hablante desconocido</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="559"/>
        <location filename="../ui/linkspanel.cpp" line="573"/>
        <location filename="../ui/linkspanel.cpp" line="581"/>
        <source>Link Quote</source>
        <translation>Vincular cita</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="559"/>
        <source>The quote of this article:</source>
        <translation>La cita de este artículo:</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="566"/>
        <source>Link Quote: Choose the Other Article</source>
        <translation>Vincular cita: elegir el otro artículo</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="573"/>
        <source>No quotes were found in “%1”.</source>
        <translation>No se encontraron citas en «%1».</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="581"/>
        <source>The same quote in “%1”:</source>
        <translation>La misma cita en «%1»:</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="614"/>
        <location filename="../ui/linkspanel.cpp" line="636"/>
        <source>the other article</source>
        <translation>el otro artículo</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="616"/>
        <source>Comparing with %1…</source>
        <translation>Comparando con %1…</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="622"/>
        <source>Differences from %1: struck through only here, underlined only in %1</source>
        <translation>Diferencias con %1: tachado, solo aquí; subrayado, solo en %1</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="637"/>
        <source>The quote as %1 gives it: struck through only here, underlined only there</source>
        <translation>La cita tal como la da %1: tachado, solo aquí; subrayado, solo allí</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="643"/>
        <source>Choose another outlet&apos;s version of the quote to see how it differs.</source>
        <translation>Elija la versión de la cita de otro medio para ver en qué difiere.</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="646"/>
        <source>Open an article to see its links.</source>
        <translation>Abra un artículo para ver sus vínculos.</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="647"/>
        <source>Choose a linked article or quote to see how the versions differ.</source>
        <translation>Elija un artículo o una cita vinculados para ver en qué difieren las versiones.</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="657"/>
        <source>&amp;Open Article</source>
        <translation>&amp;Abrir artículo</translation>
    </message>
</context>
<context>
    <name>Dossier::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>%1 — Dossier</source>
        <translation>%1 — Dossier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>%1 — Dossier (read-only)</source>
        <translation>%1 — Dossier (solo lectura)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>Checking the database %1…</source>
        <translation>Comprobando la base de datos %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <location filename="../ui/mainwindow.cpp" line="913"/>
        <location filename="../ui/mainwindow.cpp" line="934"/>
        <source>Read-only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>There is no backup of it.</source>
        <translation>No hay ninguna copia de seguridad de ella.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <location filename="../ui/mainwindow.cpp" line="936"/>
        <source>The newest backup is %1.</source>
        <translation>La copia de seguridad más reciente es %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>Backup failed: %1</source>
        <translation>Falló la copia de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>Filter titles…</source>
        <translation>Filtrar títulos…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>Filter articles by title</source>
        <translation>Filtrar artículos por título</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="281"/>
        <source>Filter by outlet</source>
        <translation>Filtrar por medio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <location filename="../ui/mainwindow.cpp" line="964"/>
        <source>All outlets</source>
        <translation>Todos los medios</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>Published</source>
        <translation>Publicados</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="318"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <location filename="../ui/mainwindow.cpp" line="416"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <source>&amp;Links</source>
        <translation>Vínculo&amp;s</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="421"/>
        <source>Search all articles (Ctrl+F): words, &quot;phrases&quot;, prefix*, OR, NOT</source>
        <translation>Buscar en todos los artículos (Ctrl+F): palabras, &quot;frases&quot;, prefijo*, OR, NOT</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>Search all articles</source>
        <translation>Buscar en todos los artículos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="433"/>
        <location filename="../ui/mainwindow.cpp" line="2063"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="435"/>
        <source>Stop the import; what was imported is kept, and the next import completes it</source>
        <translation>Detener la importación; lo importado se conserva y la próxima importación la completa</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="495"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="496"/>
        <source>&amp;Open Corpus Folder…</source>
        <translation>&amp;Abrir carpeta de corpus…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="504"/>
        <source>Import new and changed files; unchanged files are skipped</source>
        <translation>Importar los archivos nuevos y modificados; se omiten los que no han cambiado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="505"/>
        <source>Import &amp;Log…</source>
        <translation>Re&amp;gistro de importación…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="512"/>
        <source>Write a report (HTML, PDF) or the annotations (CSV, JSON, REFI-QDA, Web Annotation)</source>
        <translation>Escribir un informe (HTML, PDF) o las anotaciones (CSV, JSON, REFI-QDA, Web Annotation)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513"/>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Importar anotaciones…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>Merge another analyst&apos;s work from a Dossier JSON export</source>
        <translation>Fusionar el trabajo de otro analista a partir de una exportación JSON de Dossier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="519"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <location filename="../ui/mainwindow.cpp" line="545"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="528"/>
        <source>Undo is possible once the import has finished.</source>
        <translation>Se puede deshacer cuando haya terminado la importación.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="534"/>
        <location filename="../ui/mainwindow.cpp" line="547"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="536"/>
        <source>Redo is possible once the import has finished.</source>
        <translation>Se puede rehacer cuando haya terminado la importación.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="545"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="547"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="553"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="557"/>
        <source>Dossier uses the new language when it starts again.</source>
        <translation>Dossier usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="566"/>
        <source>&amp;Annotate</source>
        <translation>A&amp;notar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="569"/>
        <source>A&amp;utocode…</source>
        <translation>A&amp;utocodificar…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="571"/>
        <source>Open a corpus first.</source>
        <translation>Abra primero un corpus.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="575"/>
        <source>Autocode is possible once the import has finished.</source>
        <translation>Se puede autocodificar cuando haya terminado la importación.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="585"/>
        <source>Tag every match of a pattern across the corpus, as one step</source>
        <translation>Etiquetar cada coincidencia de un patrón en todo el corpus, en un solo paso</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="587"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="588"/>
        <source>&amp;Next Article</source>
        <translation>Artículo &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="591"/>
        <source>&amp;Previous Article</source>
        <translation>Artículo &amp;anterior</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="595"/>
        <source>&amp;Search Articles</source>
        <translation>&amp;Buscar en los artículos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="601"/>
        <source>&amp;Filter List</source>
        <translation>&amp;Filtrar lista</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="608"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="609"/>
        <source>Show &amp;Original</source>
        <translation>Mostrar &amp;original</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="613"/>
        <source>Show the file as it was saved, with the site chrome the import removed</source>
        <translation>Mostrar el archivo tal como se guardó, con los elementos del sitio web que eliminó la importación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="615"/>
        <source>&amp;Annotations Panel</source>
        <translation>Panel de &amp;anotaciones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="621"/>
        <source>&amp;Quotes Panel</source>
        <translation>Panel de &amp;citas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="627"/>
        <source>&amp;Entities Panel</source>
        <translation>Panel de &amp;entidades</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="633"/>
        <source>&amp;Links Panel</source>
        <translation>Panel de &amp;vínculos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="647"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="654"/>
        <source>&amp;About Dossier</source>
        <translation>&amp;Acerca de Dossier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="655"/>
        <source>About Dossier</source>
        <translation>Acerca de Dossier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="656"/>
        <source>&lt;h3&gt;Dossier %1&lt;/h3&gt;&lt;p&gt;Read, tag and compare news articles across outlets.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dossier %1&lt;/h3&gt;&lt;p&gt;Leer, etiquetar y comparar artículos de noticias de distintos medios.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="674"/>
        <source>&amp;Group by Story</source>
        <translation>A&amp;grupar por historia</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="678"/>
        <source>Order the article list by story: the articles of each story together, the largest stories first, then the articles in no story</source>
        <translation>Ordenar la lista de artículos por historia: los artículos de cada historia juntos, primero las historias más grandes y después los artículos que no están en ninguna historia</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="696"/>
        <location filename="../ui/mainwindow.cpp" line="714"/>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="727"/>
        <source>&amp;Stories</source>
        <translation>&amp;Historias</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="729"/>
        <source>The stories: articles linked as the same story across outlets, largest first</source>
        <translation>Las historias: artículos vinculados como la misma historia en distintos medios, primero las más grandes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="745"/>
        <source>No stories yet: an import links the articles that tell the same story.</source>
        <translation>Aún no hay historias: una importación vincula los artículos que cuentan la misma historia.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="787"/>
        <source>One story</source>
        <translation>Una historia</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="787"/>
        <source>Story: %1</source>
        <translation>Historia: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="802"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="818"/>
        <source>&amp;Automatic (Light or Dark with the System)</source>
        <translation>&amp;Automático (claro u oscuro según el sistema)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="850"/>
        <location filename="../ui/mainwindow.cpp" line="859"/>
        <source>Open Corpus Folder</source>
        <translation>Abrir carpeta de corpus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="860"/>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="860"/>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="909"/>
        <source>Read-only: this corpus is open in another Dossier, %1. Nothing can be changed here until that one closes it; then open the corpus again.</source>
        <translation>Solo lectura: este corpus está abierto en otro Dossier, %1. Aquí no se puede cambiar nada hasta que aquel lo cierre; después, vuelva a abrir el corpus.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="982"/>
        <source>Re-import is possible once the annotations are imported.</source>
        <translation>Se puede reimportar cuando se hayan importado las anotaciones.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="993"/>
        <source>Analysing %p%</source>
        <translation>Analizando %p%</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="994"/>
        <source>Analysing articles an older version of Dossier analysed</source>
        <translation>Analizando los artículos que analizó una versión anterior de Dossier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="999"/>
        <source>Linking %p%</source>
        <translation>Vinculando %p%</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1000"/>
        <source>Finding the same stories and quotes across articles</source>
        <translation>Buscando las mismas historias y citas entre artículos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1005"/>
        <source>Scanning…</source>
        <translation>Examinando…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1013"/>
        <source>Changes are possible once the import has finished.</source>
        <translation>Se pueden hacer cambios cuando haya terminado la importación.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1017"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1027"/>
        <source>Cancelling the import…</source>
        <translation>Cancelando la importación…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1037"/>
        <source>Importing %p%</source>
        <translation>Importando %p%</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1059"/>
        <source>Import failed: %1</source>
        <translation>La importación falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1061"/>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1065"/>
        <source>Import cancelled: %1 added, %2 updated so far; re-import (F5) to complete it.</source>
        <translation>Importación cancelada: %1 añadidos y %2 actualizados hasta ahora; reimporte (F5) para completarla.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1066"/>
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 missing.</source>
        <translation>Importados: %1 añadidos, %2 actualizados, %3 sin cambios, %4 ausentes.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1072"/>
        <source>%1 skipped, %2 repaired: see File › Import Log (Ctrl+L).</source>
        <translation>%1 omitidos, %2 reparados: vea Archivo › Registro de importación (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1872"/>
        <source>Tag Selection &amp;With</source>
        <translation>Etiquetar selección co&amp;n</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1882"/>
        <source>&amp;Copy</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1893"/>
        <source>&amp;Select</source>
        <translation>&amp;Seleccionar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1897"/>
        <source>&amp;Add Tag…</source>
        <translation>&amp;Añadir etiqueta…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1898"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1903"/>
        <source>Co&amp;nfirm This Quote</source>
        <translation>C&amp;onfirmar esta cita</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1904"/>
        <source>&amp;Reject This Quote (not speech)</source>
        <translation>&amp;Rechazar esta cita (no es habla)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1906"/>
        <source>C&amp;orrect Quote to the Selection</source>
        <translation>Correg&amp;ir la cita a la selección</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1907"/>
        <source>Change &amp;Speaker…</source>
        <translation>Cambiar &amp;hablante…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="747"/>
        <source>%n stories. Double-click a story to show only its articles in the list.</source>
        <translation>
            <numerusform>%n historia. Haga doble clic en una historia para mostrar solo sus artículos en la lista.</numerusform>
            <numerusform>%n historias. Haga doble clic en una historia para mostrar solo sus artículos en la lista.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>List only the articles of one outlet</source>
        <translation>Mostrar en la lista solo los artículos de un medio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>List only the articles published between the two dates</source>
        <translation>Mostrar en la lista solo los artículos publicados entre las dos fechas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>The articles of the corpus: choose one to read it (Alt+Down, Alt+Up: next, previous)</source>
        <translation>Los artículos del corpus: elija uno para leerlo (Alt+Down, Alt+Up: siguiente, anterior)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="501"/>
        <source>Re-import &amp;Folder</source>
        <translation>Volver a importar la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="562"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="648"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="831"/>
        <source>La&amp;yers</source>
        <translation>Capa&amp;s</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1074"/>
        <source>Changed texts: %1 re-found, %2 orphaned (Annotate › Orphaned Annotations).</source>
        <translation>Textos modificados — relocalizadas: %1; huérfanas: %2 (Anotar › Anotaciones huérfanas).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1075"/>
        <location filename="../ui/mainwindow.cpp" line="2119"/>
        <source>%n annotations</source>
        <translation>
            <numerusform>%n anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1124"/>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1126"/>
        <source>Articles with an annotation that carries this tag or a tag below it</source>
        <translation>Artículos con una anotación que lleva esta etiqueta o una etiqueta que cuelga de ella</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1129"/>
        <location filename="../ui/mainwindow.cpp" line="1251"/>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1133"/>
        <source>Filter by claim status</source>
        <translation>Filtrar por estado de la afirmación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1135"/>
        <source>Articles with a claim of this status</source>
        <translation>Artículos con una afirmación en este estado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1138"/>
        <source>Any claim status</source>
        <translation>Cualquier estado de afirmación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1144"/>
        <source>Mentions entity…</source>
        <translation>Menciona la entidad…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1145"/>
        <source>Filter by entity</source>
        <translation>Filtrar por entidad</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1146"/>
        <source>Articles that mention this entity (a name from the registry; Enter applies)</source>
        <translation>Artículos que mencionan esta entidad (un nombre del registro de entidades; Intro aplica el filtro)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1155"/>
        <source>Annotated only</source>
        <translation>Solo anotados</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1157"/>
        <source>Only articles with at least one annotation</source>
        <translation>Solo los artículos con al menos una anotación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1163"/>
        <source>Filter by story</source>
        <translation>Filtrar por historia</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1165"/>
        <source>Articles in a story (two or more articles linked as the same story), or in one story: double-click a story in View › Stories</source>
        <translation>Artículos en una historia (dos o más artículos vinculados como la misma historia), o en una historia concreta: doble clic en una historia en Ver › Historias</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1169"/>
        <source>Any story</source>
        <translation>Cualquier historia</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1170"/>
        <source>In a story</source>
        <translation>En una historia</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1172"/>
        <source>Altered quotes</source>
        <translation>Citas alteradas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1174"/>
        <source>Only articles with a quote that another article words differently: quotes altered across outlets</source>
        <translation>Solo los artículos con una cita que otro artículo formula con otras palabras: citas alteradas entre medios</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1176"/>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1178"/>
        <source>Show every article: lift the title, outlet, date, tag, claim, entity, annotated, story, altered quotes and search conditions</source>
        <translation>Mostrar todos los artículos: quitar las condiciones de título, medio, fecha, etiqueta, afirmación, entidad, anotados, historia, citas alteradas y búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1189"/>
        <source>Filter List</source>
        <translation>Filtrar lista</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1192"/>
        <source>Show in the article list only the articles the search matches, with the other filters</source>
        <translation>Mostrar en la lista de artículos solo los artículos que coinciden con la búsqueda, junto con los demás filtros</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1325"/>
        <source>The entity registry is still being read; try again in a moment.</source>
        <translation>El registro de entidades aún se está leyendo; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1326"/>
        <source>No entity in the registry is called “%1”: choose one of the names offered.</source>
        <translation>Ninguna entidad del registro se llama «%1»: elija uno de los nombres propuestos.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1486"/>
        <source>Open a corpus folder first.</source>
        <translation>Abra primero una carpeta de corpus.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1509"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1519"/>
        <source>No article matches “%1”.</source>
        <translation>Ningún artículo coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1522"/>
        <source>The first %1 matches, best first.</source>
        <translation>Las primeras %1 coincidencias, de mejor a peor.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1523"/>
        <source>1 match.</source>
        <translation>1 coincidencia.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1523"/>
        <source>%1 matches, best first.</source>
        <translation>%1 coincidencias, de mejor a peor.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1543"/>
        <source>No corpus open</source>
        <translation>Ningún corpus abierto</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1549"/>
        <source>Articles: %1 · Outlets: %2</source>
        <translation>Artículos: %1 · Medios: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1551"/>
        <source>Shown: %1</source>
        <translation>Mostrados: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1553"/>
        <source>Missing: %1</source>
        <translation>Ausentes: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1650"/>
        <location filename="../ui/mainwindow.cpp" line="1871"/>
        <source>&amp;Tag Selection…</source>
        <translation>&amp;Etiquetar selección…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1653"/>
        <source>Choose a tag by typing a few letters</source>
        <translation>Elegir una etiqueta escribiendo unas pocas letras</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1654"/>
        <source>&amp;New Tag…</source>
        <translation>&amp;Nueva etiqueta…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1658"/>
        <location filename="../ui/mainwindow.cpp" line="1881"/>
        <source>Add Selection as &amp;Quote</source>
        <translation>Añadir selección como &amp;cita</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1662"/>
        <source>Note on This &amp;Article</source>
        <translation>Nota sobre este &amp;artículo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1668"/>
        <source>&amp;Delete Annotation</source>
        <translation>E&amp;liminar anotación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1677"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1681"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;abierto&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1682"/>
        <source>History of changes</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1687"/>
        <source>Orphaned Annotations</source>
        <translation>Anotaciones huérfanas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1692"/>
        <source>Passages not found again after their article changed. Open the article, select where the passage is now, and re-attach; or delete the annotation.</source>
        <translation>Pasajes que no se volvieron a encontrar después de que cambiara su artículo. Abra el artículo, seleccione dónde está ahora el pasaje y reubíquelo; o elimine la anotación.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1703"/>
        <source>Orphaned annotations</source>
        <translation>Anotaciones huérfanas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1706"/>
        <source>Show Article</source>
        <translation>Mostrar artículo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1707"/>
        <source>Re-attach to Selection</source>
        <translation>Reubicar en la selección</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1708"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1732"/>
        <source>Show the orphan&apos;s article and select where the passage is now, then re-attach.</source>
        <translation>Muestre el artículo de la anotación huérfana, seleccione dónde está ahora el pasaje y reubíquela.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1736"/>
        <source>Re-attached (Ctrl+Z undoes it)</source>
        <translation>Reubicada (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1744"/>
        <source>&amp;Orphaned Annotations</source>
        <translation>Anotaciones &amp;huérfanas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1749"/>
        <source>&amp;History</source>
        <translation>Histo&amp;rial</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1767"/>
        <source>The shortcut of the tag “%1” is taken by “%2”; give the tag another one.</source>
        <translation>El atajo de la etiqueta «%1» ya lo usa «%2»; asigne otro a la etiqueta.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1772"/>
        <source>Tag with “%1”</source>
        <translation>Etiquetar con «%1»</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1814"/>
        <source>Switch to the cleaned text to annotate (the original is not annotated).</source>
        <translation>Cambie al texto limpio para anotar (el original no se anota).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1815"/>
        <location filename="../ui/mainwindow.cpp" line="1837"/>
        <source>Select some text of the article first, then tag it.</source>
        <translation>Seleccione antes algún texto del artículo y luego etiquételo.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1820"/>
        <source>Tagging is possible once the import has finished.</source>
        <translation>Se puede etiquetar cuando haya terminado la importación.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1828"/>
        <source>Tagged “%1” (Ctrl+Z undoes it)</source>
        <translation>Etiquetado con «%1» (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1861"/>
        <source>Add tag “%1”</source>
        <translation>Añadir la etiqueta «%1»</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1891"/>
        <source>Annotation “%1”</source>
        <translation>Anotación «%1»</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1935"/>
        <source>Confirm quote</source>
        <translation>Confirmar cita</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1935"/>
        <source>Reject quote</source>
        <translation>Rechazar cita</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1941"/>
        <source>Correct quote span</source>
        <translation>Ajustar la extensión de la cita</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1944"/>
        <source>Change Speaker</source>
        <translation>Cambiar hablante</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1944"/>
        <source>Who said it:</source>
        <translation>Quién lo dijo:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1952"/>
        <source>Change speaker to “%1”</source>
        <translation>Cambiar el hablante a «%1»</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1956"/>
        <source>%1 (Ctrl+Z undoes it)</source>
        <translation>%1 (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1964"/>
        <source>Select the quoted words first.</source>
        <translation>Seleccione antes las palabras citadas.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1968"/>
        <source>Add Quote</source>
        <translation>Añadir cita</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1968"/>
        <source>Who said it (leave empty if unknown):</source>
        <translation>Quién lo dijo (déjelo vacío si no se sabe):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1979"/>
        <source>Add quote</source>
        <translation>Añadir cita</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1980"/>
        <source>Quote added (Ctrl+Z undoes it)</source>
        <translation>Cita añadida (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2008"/>
        <source>Open a corpus folder first (Ctrl+O): there is nothing to export yet.</source>
        <translation>Abra primero una carpeta de corpus (Ctrl+O): aún no hay nada que exportar.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2036"/>
        <location filename="../ui/mainwindow.cpp" line="2064"/>
        <location filename="../ui/mainwindow.cpp" line="2101"/>
        <source>Import Annotations</source>
        <translation>Importar anotaciones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2037"/>
        <source>Dossier JSON export (*.json);;All files (*)</source>
        <translation>Exportación JSON de Dossier (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2046"/>
        <source>Open a corpus folder first (Ctrl+O).</source>
        <translation>Abra primero una carpeta de corpus (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2050"/>
        <source>Annotations can be imported once the import has finished.</source>
        <translation>Se pueden importar anotaciones cuando haya terminado la importación.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2052"/>
        <source>Annotations are being imported already.</source>
        <translation>Ya se están importando anotaciones.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2059"/>
        <source>Changes are possible once the annotations are imported.</source>
        <translation>Se pueden hacer cambios cuando se hayan importado las anotaciones.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2063"/>
        <location filename="../ui/mainwindow.cpp" line="2075"/>
        <source>Importing annotations from %1…</source>
        <translation>Importando anotaciones de %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2097"/>
        <source>Import of annotations cancelled; nothing was imported.</source>
        <translation>Importación de anotaciones cancelada; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2098"/>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2110"/>
        <source>Import annotations from %1</source>
        <translation>Importar anotaciones de %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2112"/>
        <source>Imported from %1: %2 annotations added (%3 re-found in a changed text, %4 orphaned), %5 already here; %6 tags created, %7 notes merged.</source>
        <translation>Importado de %1: %2 anotaciones añadidas (%3 relocalizadas en un texto modificado, %4 huérfanas), %5 ya presentes; %6 etiquetas creadas, %7 notas fusionadas.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2118"/>
        <source>%1 of the file are not in this corpus (%2 not imported): %3</source>
        <translation>Fuera de este corpus: %1 del archivo (%2 sin importar): %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="2119"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2123"/>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z lo deshace.</translation>
    </message>
</context>
<context>
    <name>Dossier::NerTagger</name>
    <message>
        <location filename="../model/nertagger.cpp" line="122"/>
        <source>not a Dossier entity model</source>
        <translation>no es un modelo de entidades de Dossier</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="125"/>
        <source>entity model format %1, expected %2</source>
        <translation>formato de modelo de entidades %1; se esperaba %2</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="129"/>
        <source>the entity model is truncated (%1 of %2 bytes)</source>
        <translation>el modelo de entidades está truncado (%1 de %2 bytes)</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="131"/>
        <source>the entity model is corrupt (checksum mismatch)</source>
        <translation>el modelo de entidades está dañado (la suma de comprobación no coincide)</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="134"/>
        <source>the entity model does not decompress</source>
        <translation>el modelo de entidades no se puede descomprimir</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="142"/>
        <source>the entity model is incomplete</source>
        <translation>el modelo de entidades está incompleto</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="144"/>
        <source>the entity model has %1 labels and %2 bits; this version needs %3 labels</source>
        <translation>el modelo de entidades tiene %1 categorías y %2 bits; esta versión necesita %3 categorías</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="150"/>
        <source>the entity model weights have the wrong size</source>
        <translation>los pesos del modelo de entidades tienen un tamaño incorrecto</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="152"/>
        <source>the entity model gazetteer is unreadable</source>
        <translation>no se puede leer el nomenclátor (gazetteer) del modelo de entidades</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="154"/>
        <source>the entity model vocabulary is unreadable</source>
        <translation>no se puede leer el vocabulario del modelo de entidades</translation>
    </message>
</context>
<context>
    <name>Dossier::OrphanListModel</name>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="116"/>
        <source>“%1”
Could not be re-found after the article&apos;s text changed. Select the passage in the article and re-attach it, or delete it.</source>
        <translation>«%1»
No se pudo relocalizar después de que cambiara el texto del artículo. Seleccione el pasaje en el artículo y reubíquela, o elimínela.</translation>
    </message>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="138"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="140"/>
        <source>Annotated text</source>
        <translation>Texto anotado</translation>
    </message>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="142"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="144"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>Dossier::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="19"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="23"/>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="23"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="26"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="27"/>
        <source>The language of Dossier&apos;s menus, dialogs and reports</source>
        <translation>El idioma de los menús, diálogos e informes de Dossier</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="31"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="34"/>
        <source>Dossier uses the new language when it starts again.</source>
        <translation>Dossier usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>Dossier::ProgressPrinter</name>
    <message>
        <location filename="../app/commandline.cpp" line="90"/>
        <source>progress: %1/%2 files</source>
        <translation>progreso: %1/%2 archivos</translation>
    </message>
</context>
<context>
    <name>Dossier::QuoteLinksModel</name>
    <message>
        <location filename="../model/linkmodels.cpp" line="407"/>
        <location filename="../model/linkmodels.cpp" line="427"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="417"/>
        <source>earliest</source>
        <translation>primera</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="419"/>
        <source>altered</source>
        <translation>alterada</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="427"/>
        <source>“%1”
Said by %2</source>
        <translation>«%1»
Lo dijo %2</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="428"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="430"/>
        <source>The earliest appearance of this quote.</source>
        <translation>La primera aparición de esta cita.</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="432"/>
        <source>Altered: the outlets give this quote in different words.</source>
        <translation>Alterada: los medios dan esta cita con palabras distintas.</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="462"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="482"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="484"/>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="486"/>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="488"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="490"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Dossier::QuoteListModel</name>
    <message>
        <location filename="../model/analysismodels.cpp" line="58"/>
        <source>(unattributed)</source>
        <translation>(sin atribuir)</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="62"/>
        <source>full</source>
        <translation>completa</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="62"/>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="68"/>
        <source>“%1”
Speaker unknown</source>
        <translation>«%1»
Hablante desconocido</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="69"/>
        <source>“%1”
Said by %2</source>
        <translation>«%1»
Lo dijo %2</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="86"/>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="88"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="90"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>Dossier::ReaderView</name>
    <message>
        <location filename="../ui/readerview.cpp" line="56"/>
        <source>The article&apos;s text, with quotes, speakers, entities and annotations highlighted</source>
        <translation>El texto del artículo, con las citas, los hablantes, las entidades y las anotaciones resaltados</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="67"/>
        <source>Article text</source>
        <translation>Texto del artículo</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="252"/>
        <source>Quote: %1</source>
        <translation>Cita: %1</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="90"/>
        <source>No article selected.</source>
        <translation>Ningún artículo seleccionado.</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="233"/>
        <source>Speaker unknown</source>
        <translation>Hablante desconocido</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="233"/>
        <source>Said by %1</source>
        <translation>Lo dijo %1</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="447"/>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="454"/>
        <source>the file can no longer be read as text; this is the last text read</source>
        <translation>el archivo ya no se puede leer como texto; este es el último texto leído</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="456"/>
        <source>file missing from the folder</source>
        <translation>el archivo falta en la carpeta</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="458"/>
        <source>original file (%1)</source>
        <translation>archivo original (%1)</translation>
    </message>
</context>
<context>
    <name>Dossier::ScopedConnection</name>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="39"/>
        <source>The database %1 does not exist.</source>
        <translation>La base de datos %1 no existe.</translation>
    </message>
</context>
<context>
    <name>Dossier::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="133"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="134"/>
        <source>Find an action or a key…</source>
        <translation>Buscar una acción o una tecla…</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="136"/>
        <source>Find an action</source>
        <translation>Buscar una acción</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="139"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="139"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="141"/>
        <source>Actions and their shortcuts</source>
        <translation>Acciones y sus atajos</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="142"/>
        <source>Choose an action, then press its new keys in the field below</source>
        <translation>Elija una acción y pulse sus nuevas teclas en el campo de abajo</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="151"/>
        <source>New shortcut</source>
        <translation>Nuevo atajo</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="152"/>
        <source>Press the keys for the chosen action</source>
        <translation>Pulse las teclas para la acción elegida</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="154"/>
        <source>&amp;Clear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="155"/>
        <source>&amp;Default</source>
        <translation>&amp;Predeterminado</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="156"/>
        <source>Take the shortcut away from the chosen action</source>
        <translation>Quitar el atajo a la acción elegida</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="157"/>
        <source>Give the chosen action its shortcut as Dossier sets it</source>
        <translation>Devolver a la acción elegida el atajo que Dossier le asigna</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="158"/>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Atajo:</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="239"/>
        <source>%1 is the shortcut of “%2” already: change that one first.</source>
        <translation>%1 ya es el atajo de «%2»: cámbielo primero.</translation>
    </message>
</context>
<context>
    <name>Dossier::SidePanel</name>
    <message>
        <location filename="../ui/sidepanel.cpp" line="83"/>
        <source>Quotes in this article</source>
        <translation>Citas de este artículo</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="84"/>
        <source>The article&apos;s quotes with their speakers: choose one to go to it; its menu corrects it</source>
        <translation>Las citas del artículo con quienes las dijeron: elija una para ir a ella; su menú la corrige</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="85"/>
        <location filename="../ui/sidepanel.cpp" line="154"/>
        <location filename="../ui/sidepanel.cpp" line="167"/>
        <source>&amp;Quotes</source>
        <translation>&amp;Citas</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="96"/>
        <source>Entities in this article</source>
        <translation>Entidades de este artículo</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="97"/>
        <source>The people, organisations and places the article names; the menu renames, merges or rejects one</source>
        <translation>Las personas, organizaciones y lugares que nombra el artículo; el menú cambia el nombre de uno, lo fusiona o lo descarta</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="102"/>
        <source>Choose an entity to list every article that mentions it.</source>
        <translation>Elija una entidad para ver todos los artículos que la mencionan.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="104"/>
        <source>Articles that mention the entity</source>
        <translation>Artículos que mencionan la entidad</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="105"/>
        <source>Every article that mentions the chosen entity: choose one to open it</source>
        <translation>Todos los artículos que mencionan la entidad elegida: elija uno para abrirlo</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="112"/>
        <source>E&amp;ntities</source>
        <translation>En&amp;tidades</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="154"/>
        <source>&amp;Quotes (%1)</source>
        <translation>&amp;Citas (%1)</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="156"/>
        <source>This article has not been analysed yet.</source>
        <translation>Este artículo aún no se ha analizado.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="177"/>
        <source>Looking for articles that mention %1…</source>
        <translation>Buscando artículos que mencionan %1…</translation>
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
            <numerusform>%n mención</numerusform>
            <numerusform>%n menciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidepanel.cpp" line="193"/>
        <source>The first %n articles that mention %1 (most mentions first):</source>
        <translation>
            <numerusform>El primer artículo (%n) que menciona %1 (el de más menciones):</numerusform>
            <numerusform>Los primeros %n artículos que mencionan %1 (primero los que tienen más menciones):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidepanel.cpp" line="195"/>
        <source>%n articles mention %1:</source>
        <translation>
            <numerusform>%n artículo menciona %1:</numerusform>
            <numerusform>%n artículos mencionan %1:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="209"/>
        <source>Entity not changed</source>
        <translation>No se cambió la entidad</translation>
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
        <translation>No se puede renombrar la entidad.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="226"/>
        <source>Rename “%1” to “%2”</source>
        <translation>Renombrar «%1» como «%2»</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="235"/>
        <source>Cannot change the type.</source>
        <translation>No se puede cambiar el tipo.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="239"/>
        <source>Make “%1” a %2</source>
        <translation>Convertir «%1» en %2</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="248"/>
        <source>Cannot mark it as not an entity.</source>
        <translation>No se puede marcar como no entidad.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="251"/>
        <source>“%1” is not an entity</source>
        <translation>«%1» no es una entidad</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="261"/>
        <source>Cannot merge the entities.</source>
        <translation>No se pueden fusionar las entidades.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="264"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionar «%1» con «%2»</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="274"/>
        <source>Cannot split the entity.</source>
        <translation>No se puede separar la entidad.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="278"/>
        <source>Split “%1” from “%2”</source>
        <translation>Separar «%1» de «%2»</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="294"/>
        <source>Corrections are possible once the import has finished.</source>
        <translation>Se pueden hacer correcciones cuando haya terminado la importación.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="298"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="300"/>
        <source>Rename Entity</source>
        <translation>Renombrar entidad</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="300"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="304"/>
        <source>Change &amp;Type</source>
        <translation>Cambiar &amp;tipo</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="310"/>
        <source>&amp;Not an Entity</source>
        <translation>&amp;No es una entidad</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="312"/>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidepanel.cpp" line="320"/>
        <source>%1 (%n mentions)</source>
        <translation>
            <numerusform>%1 (%n mención)</numerusform>
            <numerusform>%1 (%n menciones)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="327"/>
        <source>Merge Entity</source>
        <translation>Fusionar entidad</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="327"/>
        <source>Merge “%1” into:</source>
        <translation>Fusionar «%1» con:</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="331"/>
        <source>&amp;Split…</source>
        <translation>&amp;Separar…</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="333"/>
        <location filename="../ui/sidepanel.cpp" line="337"/>
        <source>Split Entity</source>
        <translation>Separar entidad</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="333"/>
        <source>The name that is someone or something else:</source>
        <translation>El nombre que corresponde a otra persona o cosa:</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="337"/>
        <source>Name of the new entity:</source>
        <translation>Nombre de la nueva entidad:</translation>
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
        <translation>Texto compartido: %1 de los n-gramas de palabras (Jaccard), %2 del texto más corto (contención)</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="224"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="244"/>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="246"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="248"/>
        <source>Similar</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="250"/>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="252"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="254"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>Dossier::TagDialog</name>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="219"/>
        <source>Tag name</source>
        <translation>Nombre de la etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="220"/>
        <source>The name of the tag, shown in the codebook and the reports</source>
        <translation>El nombre de la etiqueta, tal como aparece en el libro de códigos y en los informes</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="221"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="222"/>
        <source>The colour that tints the annotations with this tag</source>
        <translation>El color que tiñe las anotaciones con esta etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="223"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="224"/>
        <source>What the tag means, for whoever tags with it</source>
        <translation>Qué significa la etiqueta, para quien etiquete con ella</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="225"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="226"/>
        <source>A key that tags the selection with this tag</source>
        <translation>Una tecla que etiqueta la selección con esta etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="227"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="230"/>
        <source>Tag Colour</source>
        <translation>Color de la etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="236"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="238"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="241"/>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Atajo:</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="254"/>
        <source>A tag needs a name.</source>
        <translation>Una etiqueta necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="259"/>
        <source>There is already a tag named “%1” there.</source>
        <translation>Ya hay una etiqueta llamada «%1» ahí.</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="261"/>
        <source>“%1” already uses the shortcut %2.</source>
        <translation>«%1» ya usa el atajo %2.</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="264"/>
        <source>%1 is the shortcut of “%2”.</source>
        <translation>%1 es el atajo de «%2».</translation>
    </message>
</context>
<context>
    <name>Dossier::TagPalette</name>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="294"/>
        <source>Tag the selection with… (type, Enter)</source>
        <translation>Etiquetar la selección con… (escriba y pulse Intro)</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="295"/>
        <source>Tag palette</source>
        <translation>Paleta de etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="297"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="298"/>
        <source>The tags that match what you type; Enter tags the selection</source>
        <translation>Las etiquetas que coinciden con lo que escribe; Intro etiqueta la selección</translation>
    </message>
</context>
<context>
    <name>Dossier::TagTreeModel</name>
    <message>
        <location filename="../model/annotationmodels.cpp" line="191"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="191"/>
        <source>Uses</source>
        <translation>Usos</translation>
    </message>
</context>
<context>
    <name>Dossier::TextDecoder</name>
    <message>
        <location filename="../model/textdecoder.cpp" line="241"/>
        <source>not a text file: looks like %1</source>
        <translation>no es un archivo de texto: parece %1</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="245"/>
        <source>not a text file: contains NUL bytes</source>
        <translation>no es un archivo de texto: contiene bytes NUL</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="256"/>
        <source>not a text file: too many control characters</source>
        <translation>no es un archivo de texto: demasiados caracteres de control</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/textdecoder.cpp" line="270"/>
        <source>%n invalid UTF-8 sequence(s) replaced with U+FFFD</source>
        <translation>
            <numerusform>%n secuencia UTF-8 no válida sustituida por U+FFFD</numerusform>
            <numerusform>%n secuencias UTF-8 no válidas sustituidas por U+FFFD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/textdecoder.cpp" line="281"/>
        <source>not valid UTF-8 (%n invalid sequence(s)); decoded as %1</source>
        <translation>
            <numerusform>no es UTF-8 válido (%n secuencia no válida); decodificado como %1</numerusform>
            <numerusform>no es UTF-8 válido (%n secuencias no válidas); decodificado como %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::TourDialog</name>
    <message>
        <location filename="../ui/tourdialog.cpp" line="19"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="20"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="22"/>
        <source>Getting Started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="30"/>
        <source>1. Open a corpus</source>
        <translation>1. Abrir un corpus</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="31"/>
        <source>A corpus is a folder of articles saved from news sites. File › Open Corpus Folder (Ctrl+O) reads every article into a database beside it, strips the site clutter and lists the articles while it works. Opening the folder again reads only new and changed files.</source>
        <translation>Un corpus es una carpeta de artículos guardados de sitios de noticias. Archivo › Abrir carpeta de corpus (Ctrl+O) lee cada artículo en una base de datos junto a ella, quita los elementos del sitio y va listando los artículos mientras trabaja. Al volver a abrir la carpeta solo se leen los archivos nuevos y modificados.</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="34"/>
        <source>2. Read quotes and entities</source>
        <translation>2. Leer citas y entidades</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="35"/>
        <source>Quotes are tinted and their speakers underlined; people, organisations and places are tinted by kind. The legend under the article switches each layer. The Quotes panel (Ctrl+2) corrects the quotes, the Entities panel (Ctrl+3) the names.</source>
        <translation>Las citas aparecen sombreadas y sus hablantes subrayados; las personas, organizaciones y lugares se sombrean según su tipo. La leyenda bajo el artículo activa o desactiva cada capa. El panel de citas (Ctrl+2) corrige las citas y el panel de entidades (Ctrl+3), los nombres.</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="38"/>
        <source>3. Annotate</source>
        <translation>3. Anotar</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="39"/>
        <source>Select a passage and press Ctrl+T to tag it. In the Annotations panel (Ctrl+1), mark it as a claim with a verdict, a note and evidence. Everything is saved at once; Ctrl+Z undoes any change.</source>
        <translation>Seleccione un fragmento y pulse Ctrl+T para etiquetarlo. En el panel de anotaciones (Ctrl+1), márquelo como afirmación con un veredicto, una nota y pruebas. Todo se guarda al instante; Ctrl+Z deshace cualquier cambio.</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="41"/>
        <source>4. Stories and quotes across outlets</source>
        <translation>4. Historias y citas entre medios</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="42"/>
        <source>The Links panel (Ctrl+4) shows the other articles of the same story and where the same quote appears elsewhere, marked where its wording was altered. Ctrl+Shift+D compares two versions side by side.</source>
        <translation>El panel de vínculos (Ctrl+4) muestra los demás artículos de la misma historia y dónde aparece la misma cita, marcada donde se alteró su redacción. Ctrl+Shift+D compara dos versiones una junto a otra.</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="44"/>
        <source>5. Export</source>
        <translation>5. Exportar</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="45"/>
        <source>File › Export (Ctrl+E) writes a tagged report (HTML, PDF) or the annotations (CSV, JSON, REFI-QDA, Web Annotation), for all articles or the ones you choose.</source>
        <translation>Archivo › Exportar (Ctrl+E) escribe un informe etiquetado (HTML, PDF) o las anotaciones (CSV, JSON, REFI-QDA, Web Annotation), de todos los artículos o de los que elija.</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="57"/>
        <source>Screenshot: %1</source>
        <translation>Captura de pantalla: %1</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="68"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="69"/>
        <source>The step before (Left arrow)</source>
        <translation>El paso anterior (flecha izquierda)</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="70"/>
        <source>The next step (Right arrow)</source>
        <translation>El paso siguiente (flecha derecha)</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="71"/>
        <source>Close the tour; Help › Getting Started (F1) opens it again</source>
        <translation>Cerrar el recorrido; Ayuda › Primeros pasos (F1) lo vuelve a abrir</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="111"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../model/reportexporter.cpp" line="263"/>
        <source>None among the exported annotations.</source>
        <translation>Ninguna entre las anotaciones exportadas.</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="265"/>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="312"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="317"/>
        <location filename="../model/reportexporter.cpp" line="352"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="341"/>
        <source>Dossier report</source>
        <translation>Informe de Dossier</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="347"/>
        <source>Corpus: %1</source>
        <translation>Corpus: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="348"/>
        <source>Exported %1 (UTC)</source>
        <translation>Exportado el %1 (UTC)</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="353"/>
        <source>%1 in %2 from %3; %4 of them claims.</source>
        <translation>%1 en %2 de %3; con afirmación: %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/reportexporter.cpp" line="354"/>
        <source>%n annotations</source>
        <translation>
            <numerusform>%n anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/reportexporter.cpp" line="355"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/reportexporter.cpp" line="356"/>
        <source>%n outlets</source>
        <translation>
            <numerusform>%n medio</numerusform>
            <numerusform>%n medios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="364"/>
        <source>By tag</source>
        <translation>Por etiqueta</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="364"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="365"/>
        <source>By verdict</source>
        <translation>Por veredicto</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="365"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="366"/>
        <source>By outlet</source>
        <translation>Por medio</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="366"/>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="367"/>
        <source>Annotations by outlet</source>
        <translation>Anotaciones por medio</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="368"/>
        <source>Annotations by month</source>
        <translation>Anotaciones por mes</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="368"/>
        <source>Annotations by date</source>
        <translation>Anotaciones por fecha</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="395"/>
        <source>tags: %1</source>
        <translation>etiquetas: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="400"/>
        <source>verdicts: %1</source>
        <translation>veredictos: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="403"/>
        <source>outlets: %1</source>
        <translation>medios: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="405"/>
        <source>published %1 to %2</source>
        <translation>publicados del %1 al %2</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="408"/>
        <source>only the selected articles (%1)</source>
        <translation>solo los artículos seleccionados (%1)</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="409"/>
        <source>Filter: %1</source>
        <translation>Filtro: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="417"/>
        <location filename="../model/reportexporter.cpp" line="424"/>
        <location filename="../model/reportexporter.cpp" line="658"/>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="453"/>
        <source>Article note:</source>
        <translation>Nota del artículo:</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="507"/>
        <source>Other articles in the same story (%1):</source>
        <translation>Otros artículos de la misma historia (%1):</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="530"/>
        <source>(no outlet)</source>
        <translation>(sin medio)</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="548"/>
        <source>No longer found in the article&apos;s text (orphaned); as annotated:</source>
        <translation>Ya no se encuentra en el texto del artículo (huérfana); tal como se anotó:</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="574"/>
        <source>Speaker: %1</source>
        <translation>Hablante: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="576"/>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="580"/>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="580"/>
        <source>by %1, %2</source>
        <translation>por %1, %2</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="582"/>
        <source>annotated %1</source>
        <translation>anotada el %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="585"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="589"/>
        <source>Evidence:</source>
        <translation>Pruebas:</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="627"/>
        <source>Other articles with the same quote (%1): listed above</source>
        <translation>Otros artículos con la misma cita (%1): enumerados arriba</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="633"/>
        <source>Other articles with the same quote (%1)</source>
        <translation>Otros artículos con la misma cita (%1)</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="634"/>
        <source>altered across outlets</source>
        <translation>alterada entre medios</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="659"/>
        <source>earliest</source>
        <translation>primera</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="676"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="689"/>
        <source>and %1 more altered</source>
        <translation>y %1 más con la cita alterada</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="691"/>
        <source>Word for word:</source>
        <translation>Palabra por palabra:</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="1253"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>Read, tag and compare news articles across outlets.

Commands: import, stats, export, autocode, import-annotations (dossier COMMAND --help).</source>
        <translation>Leer, etiquetar y comparar artículos de noticias de distintos medios.

Comandos: import, stats, export, autocode, import-annotations (dossier COMANDO --help).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="69"/>
        <source>The corpus database.</source>
        <translation>La base de datos del corpus.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="71"/>
        <source>A corpus folder to open (imported first if needed).</source>
        <translation>Una carpeta de corpus que abrir (se importa antes si hace falta).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="74"/>
        <source>Run “dossier --help” for usage.</source>
        <translation>Ejecute «dossier --help» para ver el uso.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="89"/>
        <source>give at most one FOLDER</source>
        <translation>indique como máximo un argumento FOLDER</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="94"/>
        <source>unknown command “%1” (commands: import, stats, export, autocode, import-annotations)</source>
        <translation>comando desconocido «%1» (comandos: import, stats, export, autocode, import-annotations)</translation>
    </message>
</context>
</TS>
