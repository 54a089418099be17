<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
<context>
    <name>AnnotationImporter</name>
    <message>
        <location filename="../model/annotationimporter.cpp" line="164"/>
        <source>“entities” is not a list</source>
        <translation>«entities» не є списком</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="182"/>
        <source>“codebook” is not a list</source>
        <translation>«codebook» не є списком</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="197"/>
        <source>codebook entry %1: a tag needs an id and a name</source>
        <translation>запис кодової книги %1: мітці потрібні id і назва</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="199"/>
        <source>codebook entry %1: the id %2 is given twice</source>
        <translation>запис кодової книги %1: id %2 вказано двічі</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="204"/>
        <source>codebook entry %1 (“%2”): the parent is not a tag id</source>
        <translation>запис кодової книги %1 («%2»): батьківський елемент не є id мітки</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="236"/>
        <source>codebook: the parent (id %1) of the tag “%2” is not in the codebook, or the parents form a loop</source>
        <translation>кодова книга: батьківської мітки (id %1) для мітки «%2» немає в кодовій книзі, або батьківські мітки утворюють цикл</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="248"/>
        <source>article %1: no path</source>
        <translation>стаття %1: немає шляху</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="251"/>
        <source>article “%1”: “annotations” is not a list</source>
        <translation>стаття «%1»: «annotations» не є списком</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="255"/>
        <source>article “%1”: “note” is not text</source>
        <translation>стаття «%1»: «note» не є текстом</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="265"/>
        <source>article “%1”: no text, so the offsets of its annotations point nowhere</source>
        <translation>стаття «%1»: немає тексту, тож зміщення її анотацій нікуди не вказують</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="283"/>
        <source>article “%1”, annotation %2: %3</source>
        <translation>стаття «%1», анотація %2: %3</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="324"/>
        <location filename="../model/annotationimporter.cpp" line="389"/>
        <source>the database refused the import: %1</source>
        <translation>база даних відхилила імпорт: %1</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="374"/>
        <source>“tags” and “tag_ids” must be lists</source>
        <translation>«tags» і «tag_ids» мають бути списками</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="394"/>
        <source>tag %1 of %2 is neither in the codebook nor named</source>
        <translation>мітки %1 з %2 немає в кодовій книзі, і вона не має назви</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="410"/>
        <source>“claim” is neither an object nor null</source>
        <translation>«claim» не є ні об’єктом, ні null</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="417"/>
        <source>unknown claim status “%1”</source>
        <translation>невідомий статус твердження «%1»</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="427"/>
        <source>the claim&apos;s “evidence” is not a list</source>
        <translation>«evidence» твердження не є списком</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="450"/>
        <source>an annotation without offsets (orphaned) needs its “text”</source>
        <translation>анотації без зміщень (осиротілій) потрібне поле «text»</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="470"/>
        <source>“start” and “end” must both be numbers, or both null</source>
        <translation>«start» і «end» мають бути обидва числами або обидва null</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="474"/>
        <source>the span [%1, %2) is not inside the article&apos;s text (%3 characters)</source>
        <translation>фрагмент [%1, %2) виходить за межі тексту статті (символів: %3)</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="480"/>
        <source>“text” is not text</source>
        <translation>«text» не є текстом</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="504"/>
        <source>not an object</source>
        <translation>не є об’єктом</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="515"/>
        <source>“note” and “author” must be text</source>
        <translation>«note» і «author» мають бути текстом</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="582"/>
        <source>Cannot read %1: %2</source>
        <translation>Не вдалося прочитати %1: %2</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="595"/>
        <source>%1 at offset %2: %3</source>
        <translation>%1 на зміщенні %2: %3</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="601"/>
        <source>not a JSON object</source>
        <translation>не є об’єктом JSON</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="602"/>
        <source>format is “%1”</source>
        <translation>формат — «%1»</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="603"/>
        <source>no format</source>
        <translation>формат не вказано</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="604"/>
        <source>%1: not a Dossier export (%2)</source>
        <translation>%1: не є експортом Dossier (%2)</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="609"/>
        <source>%1: the export has no version number</source>
        <translation>%1: в експорті немає номера версії</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="613"/>
        <source>%1: export version %2 is not one this Dossier reads (it reads version %3)</source>
        <translation>%1: ця версія Dossier не читає експорт версії %2 (вона читає версію %3)</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="621"/>
        <source>%1: no “articles” list</source>
        <translation>%1: немає списку «articles»</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="630"/>
        <location filename="../model/annotationimporter.cpp" line="651"/>
        <source>%1: the database refused the import: %2</source>
        <translation>%1: база даних відхилила імпорт: %2</translation>
    </message>
    <message>
        <location filename="../model/annotationimporter.cpp" line="643"/>
        <source>%1: import cancelled; nothing was changed.</source>
        <translation>%1: імпорт скасовано; нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>Autocoder</name>
    <message>
        <location filename="../model/autocoder.cpp" line="75"/>
        <source>The pattern is empty.</source>
        <translation>Шаблон порожній.</translation>
    </message>
    <message>
        <location filename="../model/autocoder.cpp" line="84"/>
        <source>The regular expression “%1” is malformed at offset %2: %3</source>
        <translation>Регулярний вираз «%1» має помилку на зміщенні %2: %3</translation>
    </message>
    <message>
        <location filename="../model/autocoder.cpp" line="102"/>
        <source>No tag to give the matches.</source>
        <translation>Не вказано мітку для збігів.</translation>
    </message>
    <message>
        <location filename="../model/autocoder.cpp" line="106"/>
        <source>No speaker: choose whose quotes to search.</source>
        <translation>Не вказано мовця: виберіть, чиї цитати шукати.</translation>
    </message>
    <message>
        <location filename="../model/autocoder.cpp" line="110"/>
        <source>%1: no such database</source>
        <translation>%1: такої бази даних немає</translation>
    </message>
    <message>
        <location filename="../model/autocoder.cpp" line="213"/>
        <source>Autocode “%1”</source>
        <translation>Автокодування «%1»</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <location filename="../app/commandline.cpp" line="59"/>
        <source>Run “dossier %1 --help” for usage.</source>
        <translation>Виконайте «dossier %1 --help», щоб дізнатися про використання.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="167"/>
        <source>dossier %1: the corpus database %2 is open in Dossier, %3; close it there and try again (nothing was changed).</source>
        <translation>dossier %1: базу даних корпусу %2 відкрито в Dossier, %3; закрийте її там і спробуйте ще раз (нічого не змінено).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="174"/>
        <source>Import a folder of articles (incremental: unchanged files are skipped).</source>
        <translation>Імпортувати теку зі статтями (інкрементно: незмінені файли пропускаються).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="175"/>
        <source>The corpus folder.</source>
        <translation>Тека корпусу.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="177"/>
        <source>Store the texts only, without quotes and entities (a later import analyses them).</source>
        <translation>Зберегти лише тексти, без цитат і сутностей (їх проаналізує наступний імпорт).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="180"/>
        <source>Do not link stories and quotes across articles.</source>
        <translation>Не пов’язувати сюжети й цитати між статтями.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="187"/>
        <source>give exactly one FOLDER</source>
        <translation>вкажіть рівно одну теку (FOLDER)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="191"/>
        <source>dossier import: %1: %2</source>
        <translation>dossier import: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="191"/>
        <source>not a folder</source>
        <translation>не є текою</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="191"/>
        <source>no such folder</source>
        <translation>такої теки немає</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="203"/>
        <source>analysing: %1/%2 articles (analysed by an older version)</source>
        <translation>аналіз: статті %1/%2 (проаналізовані старішою версією)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="204"/>
        <source>linking: %1/%2 articles (stories and quotes across articles)</source>
        <translation>зв’язування: статті %1/%2 (сюжети й цитати між статтями)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="231"/>
        <source>%1 files: %2 added, %3 updated, %4 unchanged, %5 missing, %6 skipped, %7 repaired; %10 analysed (%8 s). Database: %9</source>
        <translation>Файлів: %1; додано: %2, оновлено: %3, без змін: %4, відсутні: %5, пропущено: %6, виправлено: %7; проаналізовано: %10 (%8 с). База даних: %9</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="243"/>
        <source>Linked %1 articles: %2 new links between articles, %3 between quotes</source>
        <translation>Пов’язано статей: %1; нових зв’язків між статтями: %2, між цитатами: %3</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="245"/>
        <source>Annotations in changed articles: %1 re-found elsewhere in the new text, %2 could not be re-found (kept as orphaned; the import log names the articles)</source>
        <translation>Анотації у змінених статтях: знайдено в іншому місці нового тексту — %1, не вдалося знайти знову — %2 (збережено як осиротілі; статті названо в журналі імпорту)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="250"/>
        <source>dossier import: interrupted; run it again to complete the import.</source>
        <translation>dossier import: перервано; запустіть знову, щоб завершити імпорт.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="259"/>
        <source>dossier %1: no corpus database; give --db FILE</source>
        <translation>dossier %1: немає бази даних корпусу; вкажіть --db FILE</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="263"/>
        <source>dossier %1: %2: no such database (import a folder first)</source>
        <translation>dossier %1: %2: такої бази даних немає (спершу імпортуйте теку)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="286"/>
        <source>Print the counts of a corpus database.</source>
        <translation>Вивести кількісні показники бази даних корпусу.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="290"/>
        <location filename="../app/commandline.cpp" line="338"/>
        <location filename="../app/commandline.cpp" line="426"/>
        <source>unexpected argument %1</source>
        <translation>неочікуваний аргумент %1</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="322"/>
        <source>Export the corpus and its annotations.</source>
        <translation>Експортувати корпус і його анотації.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="323"/>
        <source>Output format: html, pdf, csv, json, qdpx (REFI-QDA) or jsonld (W3C Web Annotation).</source>
        <translation>Формат виводу: html, pdf, csv, json, qdpx (REFI-QDA) або jsonld (W3C Web Annotation).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="325"/>
        <source>Output file.</source>
        <translation>Вихідний файл.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="326"/>
        <source>Only annotations with this tag or a tag below it; a name or a path Parent/Child (repeatable).</source>
        <translation>Лише анотації з цією міткою або підпорядкованою їй; назва або шлях Батьківська/Дочірня (можна повторювати).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="328"/>
        <source>Only claims with this verdict (repeatable): unverified, checking, true, false, misleading, unverifiable.</source>
        <translation>Лише твердження з цим вердиктом (можна повторювати): unverified, checking, true, false, misleading, unverifiable.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="330"/>
        <source>Only articles of this outlet (repeatable).</source>
        <translation>Лише статті цього видання (можна повторювати).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="331"/>
        <source>Only articles published on or after this date.</source>
        <translation>Лише статті, опубліковані цього дня або пізніше.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="332"/>
        <source>Only articles published on or before this date.</source>
        <translation>Лише статті, опубліковані цього дня або раніше.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="333"/>
        <source>Only this article, by its path in the corpus (repeatable).</source>
        <translation>Лише ця стаття, за її шляхом у корпусі (можна повторювати).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="340"/>
        <source>--format and --out are required</source>
        <translation>потрібні --format і --out</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="344"/>
        <source>unknown format “%1” (use html, pdf, csv, json, qdpx or jsonld)</source>
        <translation>невідомий формат «%1» (використовуйте html, pdf, csv, json, qdpx або jsonld)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="351"/>
        <source>--status: “%1” is not a verdict (unverified, checking, true, false, misleading, unverifiable)</source>
        <translation>--status: «%1» не є вердиктом (unverified, checking, true, false, misleading, unverifiable)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="360"/>
        <source>--%1: “%2” is not a date (YYYY-MM-DD)</source>
        <translation>--%1: «%2» не є датою (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="373"/>
        <source>dossier export: --article %1: no article with that path in the corpus</source>
        <translation>dossier export: --article %1: у корпусі немає статті з таким шляхом</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="381"/>
        <source>exporting: %1/%2 articles</source>
        <translation>експорт: статті %1/%2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="393"/>
        <source>%1 annotations in %2 articles written to %3</source>
        <translation>Анотацій: %1, статей: %2; записано в %3</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="405"/>
        <source>created the tag “%1”</source>
        <translation>створено мітку «%1»</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="413"/>
        <source>Tag every match of a pattern across the corpus (one undoable step in the GUI).</source>
        <translation>Позначити міткою кожен збіг із шаблоном у всьому корпусі (один крок, який можна скасувати в графічному інтерфейсі).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="414"/>
        <source>A regular expression (Perl syntax), or text with --literal.</source>
        <translation>Регулярний вираз (синтаксис Perl) або текст із --literal.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="415"/>
        <source>The tag to give every match; “Parent/Child” names a nested tag. Created when missing.</source>
        <translation>Мітка для кожного збігу; «Батьківська/Дочірня» позначає вкладену мітку. Створюється, якщо її немає.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="417"/>
        <source>The pattern is plain text, not a regular expression.</source>
        <translation>Шаблон — звичайний текст, а не регулярний вираз.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="418"/>
        <source>Match regardless of case.</source>
        <translation>Шукати без урахування регістру.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="419"/>
        <source>Only matches that neither start nor end inside a word.</source>
        <translation>Лише збіги, що не починаються й не закінчуються всередині слова.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="420"/>
        <source>Only inside quotes (as reviewed: rejected quotes left out, added ones in).</source>
        <translation>Лише всередині цитат (з урахуванням перевірки: відхилені цитати не враховуються, додані — враховуються).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="421"/>
        <source>Only inside the quotes of this speaker (a name or alias in the registry).</source>
        <translation>Лише в цитатах цього мовця (ім’я або псевдонім із реєстру).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="428"/>
        <source>--pattern and --tag are required</source>
        <translation>потрібні --pattern і --tag</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="438"/>
        <source>--speaker needs a name</source>
        <translation>--speaker потребує імені</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="448"/>
        <source>--tag: “%1” is not a tag name (write Parent/Child)</source>
        <translation>--tag: «%1» не є назвою мітки (пишіть Батьківська/Дочірня)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="461"/>
        <source>searching: %1/%2 articles</source>
        <translation>пошук: статті %1/%2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="468"/>
        <source>dossier autocode: interrupted; nothing was tagged.</source>
        <translation>dossier autocode: перервано; нічого не позначено.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="479"/>
        <source>Nothing matched (%1 articles searched); the tag “%2” was not created.</source>
        <translation>Збігів немає (переглянуто статей: %1); мітку «%2» не створено.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="488"/>
        <source>Tagged %1 spans in %2 articles with “%3” (%4 already tagged; %5 articles searched).</source>
        <translation>Позначено міткою «%3»: фрагментів — %1, статей — %2 (уже позначено: %4; переглянуто статей: %5).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="496"/>
        <source>Merge another analyst&apos;s work from a JSON export (dossier export --format json) into this corpus: articles matched by path, tags by name, annotations already here skipped.</source>
        <translation>Об’єднати з цим корпусом роботу іншого аналітика з експорту JSON (dossier export --format json): статті зіставляються за шляхом, мітки — за назвою, анотації, які вже є, пропускаються.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="498"/>
        <source>The JSON export to merge.</source>
        <translation>Експорт JSON для об’єднання.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="504"/>
        <source>give exactly one EXPORT.json</source>
        <translation>вкажіть рівно один файл EXPORT.json</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="507"/>
        <source>dossier import-annotations: %1: %2</source>
        <translation>dossier import-annotations: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="507"/>
        <source>not a file</source>
        <translation>не є файлом</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="507"/>
        <source>no such file</source>
        <translation>такого файлу немає</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="515"/>
        <source>merging: %1/%2 articles</source>
        <translation>об’єднання: статті %1/%2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="525"/>
        <source>dossier import-annotations: interrupted; nothing was imported.</source>
        <translation>dossier import-annotations: перервано; нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="530"/>
        <source>%1: not in this corpus; its annotations were not imported</source>
        <translation>%1: немає в цьому корпусі; анотації цієї статті не імпортовано</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="531"/>
        <source>Merged %1 into %2: %3 articles matched, %4 not in this corpus; %5 annotations added (%6 re-found elsewhere in a changed text, %7 orphaned), %8 already present; %9 tags created, %10 article notes merged.</source>
        <translation>%1 об’єднано в %2: зіставлено статей — %3, немає в цьому корпусі — %4; додано анотацій — %5 (знайдено в іншому місці зміненого тексту — %6, осиротілих — %7), уже наявних — %8; створено міток — %9, об’єднано нотаток до статей — %10.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="537"/>
        <source>%1 annotations are in articles this corpus does not have (listed above).</source>
        <translation>Анотацій у статтях, яких у цьому корпусі немає: %1 (перелічено вище).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="539"/>
        <source>%1 claims name a claimant this corpus has no entity for; their claimant was left empty.</source>
        <translation>Тверджень, автора яких немає серед сутностей цього корпусу: %1; поле автора твердження залишено порожнім.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="506"/>
        <source>Internal error: names prepared for another analysis.</source>
        <translation>Внутрішня помилка: імена підготовлено для іншого аналізу.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="1086"/>
        <source>An entity needs a name.</source>
        <translation>Сутності потрібна назва.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="1114"/>
        <source>Dates are not entities of the registry.</source>
        <translation>Дати не є сутностями реєстру.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="1147"/>
        <source>An entity cannot be merged into itself.</source>
        <translation>Сутність не можна об’єднати із самою собою.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="1157"/>
        <source>These entities are already one.</source>
        <translation>Ці сутності вже об’єднано.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="1162"/>
        <location filename="../model/analysisstore.cpp" line="1260"/>
        <source>No such entity.</source>
        <translation>Такої сутності немає.</translation>
    </message>
    <message>
        <location filename="../model/analysisstore.cpp" line="1251"/>
        <source>Choose the names that belong to the new entity, and name it.</source>
        <translation>Виберіть імена, що належать новій сутності, і дайте їй назву.</translation>
    </message>
    <message>
        <location filename="../model/annotationstore.cpp" line="72"/>
        <source>Unverified</source>
        <translation>Не перевірено</translation>
    </message>
    <message>
        <location filename="../model/annotationstore.cpp" line="73"/>
        <source>Checking</source>
        <translation>Перевіряється</translation>
    </message>
    <message>
        <location filename="../model/annotationstore.cpp" line="74"/>
        <source>True</source>
        <translation>Правда</translation>
    </message>
    <message>
        <location filename="../model/annotationstore.cpp" line="75"/>
        <source>False</source>
        <translation>Неправда</translation>
    </message>
    <message>
        <location filename="../model/annotationstore.cpp" line="76"/>
        <source>Misleading</source>
        <translation>Вводить в оману</translation>
    </message>
    <message>
        <location filename="../model/annotationstore.cpp" line="77"/>
        <source>Unverifiable</source>
        <translation>Неможливо перевірити</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="177"/>
        <source>%1 articles · 1 outlet</source>
        <extracomment>the article list&apos;s Story column: how many articles the story has, from how many outlets</extracomment>
        <translation>Статей: %1 · 1 видання</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="178"/>
        <source>%1 articles · %2 outlets</source>
        <translation>Статей: %1 · видань: %2</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="183"/>
        <source>In a story of %1 articles from %2</source>
        <translation>Статей у сюжеті: %1; видання: %2</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="185"/>
        <source>%1
The file is missing from the folder; the article is kept.</source>
        <translation>%1
Файлу немає в теці; статтю збережено.</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="187"/>
        <source>%1
The file can no longer be read as text; the last text read is kept.</source>
        <translation>%1
Файл більше не читається як текст; збережено останній прочитаний текст.</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="211"/>
        <location filename="../model/qdpxexporter.cpp" line="224"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="213"/>
        <location filename="../model/qdpxexporter.cpp" line="222"/>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="215"/>
        <location filename="../model/qdpxexporter.cpp" line="223"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../model/articlelistmodel.cpp" line="217"/>
        <location filename="../model/storymodels.cpp" line="300"/>
        <source>Story</source>
        <translation>Сюжет</translation>
    </message>
    <message>
        <location filename="../model/articlestore.cpp" line="100"/>
        <source>The search “%1” is not valid (%2). Write words, &quot;exact phrases&quot;, prefix*, and combine them with AND, OR, NOT.</source>
        <translation>Пошуковий запит «%1» некоректний (%2). Пишіть слова, &quot;точні фрази&quot;, префікс*, і поєднуйте їх за допомогою AND, OR, NOT.</translation>
    </message>
    <message>
        <location filename="../model/articlestore.cpp" line="531"/>
        <location filename="../model/articlestore.cpp" line="550"/>
        <source>The article list could not be read: %1</source>
        <translation>Не вдалося прочитати список статей: %1</translation>
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
        <translation>Не вдалося записати експорт: %1</translation>
    </message>
    <message>
        <location filename="../model/corpuslock.cpp" line="32"/>
        <source>process %1 (%2 on %3)</source>
        <translation>процес %1 (%2 на %3)</translation>
    </message>
    <message>
        <location filename="../model/corpuslock.cpp" line="49"/>
        <source>The corpus database %1 is open in another Dossier, %2.</source>
        <translation>Базу даних корпусу %1 відкрито в іншому екземплярі Dossier, %2.</translation>
    </message>
    <message>
        <location filename="../model/corpuslock.cpp" line="53"/>
        <source>Cannot create the lock file %1 (permission denied).</source>
        <translation>Не вдалося створити файл блокування %1 (доступ заборонено).</translation>
    </message>
    <message>
        <location filename="../model/corpuslock.cpp" line="57"/>
        <source>Cannot create the lock file %1.</source>
        <translation>Не вдалося створити файл блокування %1.</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="35"/>
        <source>a named pipe (FIFO)</source>
        <translation>іменований канал (FIFO)</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="37"/>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="39"/>
        <source>a device</source>
        <translation>пристрій</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="40"/>
        <location filename="../model/importer.cpp" line="84"/>
        <source>not a regular file</source>
        <translation>не звичайний файл</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="67"/>
        <source>The database %1 is damaged: %2</source>
        <translation>База даних %1 пошкоджена: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="68"/>
        <source>%1 is not a Dossier database: %2</source>
        <translation>%1 не є базою даних Dossier: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="93"/>
        <source>The database %1 does not exist.</source>
        <translation>Бази даних %1 не існує.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="100"/>
        <source>Cannot open the database %1 read-only: %2</source>
        <translation>Не вдалося відкрити базу даних %1 лише для читання: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="111"/>
        <source>%1 is not a Dossier database; nothing was changed.</source>
        <translation>%1 не є базою даних Dossier; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="115"/>
        <source>The database %1 has schema %2, older than this Dossier&apos;s %3, and it cannot be upgraded while it is open read-only. Close the other Dossier and open it again.</source>
        <translation>База даних %1 має схему %2, старішу за схему %3 цієї версії Dossier, і її неможливо оновити, поки вона відкрита лише для читання. Закрийте інший екземпляр Dossier і відкрийте її знову.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="124"/>
        <location filename="../model/database.cpp" line="192"/>
        <source>The database %1 was made by a newer Dossier (schema %2; this one knows %3).</source>
        <translation>Базу даних %1 створено новішою версією Dossier (схема %2; ця версія знає схему %3).</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="134"/>
        <location filename="../model/database.cpp" line="184"/>
        <source>Cannot configure the database %1: %2</source>
        <translation>Не вдалося налаштувати базу даних %1: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="152"/>
        <source>Cannot create the folder %1</source>
        <translation>Не вдалося створити теку %1</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="161"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Не вдалося відкрити базу даних %1: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="173"/>
        <source>%1 is not a Dossier database (it holds other tables); nothing was changed.</source>
        <translation>%1 не є базою даних Dossier (вона містить інші таблиці); нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="246"/>
        <source>Missing migration %1</source>
        <translation>Бракує міграції %1</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="253"/>
        <source>Cannot migrate %1: %2</source>
        <translation>Не вдалося мігрувати %1: %2</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="262"/>
        <source>Migration to schema %1 failed: %2 (in: %3)</source>
        <translation>Міграція до схеми %1 не вдалася: %2 (у: %3)</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="55"/>
        <source>HTML report</source>
        <translation>Звіт HTML</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="57"/>
        <source>PDF report</source>
        <translation>Звіт PDF</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="59"/>
        <source>CSV table of annotations</source>
        <translation>Таблиця анотацій CSV</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="61"/>
        <source>Dossier JSON (for another analyst)</source>
        <translation>Dossier JSON (для іншого аналітика)</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="63"/>
        <source>REFI-QDA project (QualCoder, NVivo, MAXQDA, ATLAS.ti)</source>
        <translation>Проєкт REFI-QDA (QualCoder, NVivo, MAXQDA, ATLAS.ti)</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="65"/>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="114"/>
        <source>The export failed for an unknown reason.</source>
        <translation>Експорт не вдався з невідомої причини.</translation>
    </message>
    <message>
        <location filename="../model/exporter.cpp" line="126"/>
        <location filename="../model/exporter.cpp" line="134"/>
        <source>Cannot write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <location filename="../model/exportsource.cpp" line="251"/>
        <source>Cannot read the links between articles: %1</source>
        <translation>Не вдалося прочитати зв’язки між статтями: %1</translation>
    </message>
    <message>
        <location filename="../model/exportsource.cpp" line="486"/>
        <source>The codebook has no tag “%1”.</source>
        <translation>У кодовій книзі немає мітки «%1».</translation>
    </message>
    <message>
        <location filename="../model/exportsource.cpp" line="617"/>
        <location filename="../model/reportexporter.cpp" line="1100"/>
        <source>Export cancelled.</source>
        <translation>Експорт скасовано.</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="78"/>
        <source>cannot open: %1</source>
        <translation>не вдалося відкрити: %1</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="91"/>
        <source>too large (%1 MB; the limit for one article is %2 MB)</source>
        <translation>завеликий (%1 МБ; обмеження для однієї статті — %2 МБ)</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="101"/>
        <source>read error: %1</source>
        <translation>помилка читання: %1</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="157"/>
        <source>binary file, not text</source>
        <translation>двійковий файл, а не текст</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="157"/>
        <source>binary file, not text (%1)</source>
        <translation>двійковий файл, а не текст (%1)</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="162"/>
        <source>empty file</source>
        <translation>порожній файл</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="162"/>
        <source>contains only white space</source>
        <translation>містить лише пробільні символи</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="208"/>
        <source>cannot read: %1</source>
        <translation>не вдалося прочитати: %1</translation>
    </message>
    <message>
        <location filename="../model/jsonldexporter.cpp" line="55"/>
        <source>Dossier annotations of %1</source>
        <translation>Анотації Dossier для %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="166"/>
        <source>Claim: %1</source>
        <translation>Твердження: %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="206"/>
        <source>Dossier corpus</source>
        <translation>Корпус Dossier</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="215"/>
        <source>Dossier export</source>
        <translation>Експорт Dossier</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="274"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="274"/>
        <source>Quote of %1</source>
        <translation>Цитата (мовець: %1)</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="317"/>
        <source>Exported by Dossier on %1.</source>
        <translation>Експортовано з Dossier (дата: %1).</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="318"/>
        <source>Exported by Dossier from %1 on %2.</source>
        <translation>Експортовано з Dossier (джерело: %1, дата: %2).</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="434"/>
        <source>An annotation whose passage is no longer in the text. It was made on: %1</source>
        <translation>Анотація, уривка якої більше немає в тексті. Анотований текст: %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="436"/>
        <source>Tags: %1</source>
        <translation>Мітки: %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="442"/>
        <source>Orphaned annotation in %1</source>
        <translation>Осиротіла анотація в %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="468"/>
        <source>Same quote, altered</source>
        <translation>Та сама цитата, змінена</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="468"/>
        <source>Same quote</source>
        <translation>Та сама цитата</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="469"/>
        <source>Same quote of %1, altered</source>
        <translation>Та сама цитата (мовець: %1), змінена</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="469"/>
        <source>Same quote of %1</source>
        <translation>Та сама цитата (мовець: %1)</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="501"/>
        <source>Story %1</source>
        <translation>Сюжет %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="506"/>
        <source>Outlets: %1</source>
        <translation>Видання: %1</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="507"/>
        <source>First published %1. Outlets: %2</source>
        <translation>Уперше опубліковано %1. Видання: %2</translation>
    </message>
    <message>
        <location filename="../model/qdpxexporter.cpp" line="587"/>
        <source>project.qde could not be written</source>
        <translation>не вдалося записати project.qde</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="1054"/>
        <source>Cannot write the PDF: %1</source>
        <translation>Не вдалося записати PDF: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="1059"/>
        <source>Cannot join the PDF&apos;s parts: %1</source>
        <translation>Не вдалося об’єднати частини PDF: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="1195"/>
        <source>The report&apos;s contents did not fit the pages planned for them.</source>
        <translation>Вміст звіту не вмістився на сторінки, заплановані для нього.</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="1219"/>
        <source>Cannot write the PDF.</source>
        <translation>Не вдалося записати PDF.</translation>
    </message>
    <message>
        <location filename="../model/metadatafile.cpp" line="75"/>
        <source>metadata.csv has no &quot;path&quot; column; it was ignored</source>
        <translation>у metadata.csv немає стовпця &quot;path&quot;; файл проігноровано</translation>
    </message>
    <message>
        <location filename="../model/metadatafile.cpp" line="93"/>
        <source>metadata.csv line %1: no path; row ignored</source>
        <translation>metadata.csv, рядок %1: немає шляху; рядок проігноровано</translation>
    </message>
    <message>
        <location filename="../model/metadatafile.cpp" line="106"/>
        <source>metadata.csv line %1: cannot read the date “%2”</source>
        <translation>metadata.csv, рядок %1: не вдалося прочитати дату «%2»</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="78"/>
        <source>The stories could not be read: %1</source>
        <translation>Не вдалося прочитати сюжети: %1</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="280"/>
        <source>%1 articles from %2</source>
        <translation>Статей: %1; видання: %2</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="281"/>
        <source>Double-click to show only this story in the article list</source>
        <translation>Двічі клацніть, щоб показати в списку статей лише цей сюжет</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="288"/>
        <source>Story of %1 articles: %2</source>
        <translation>Сюжет (статей: %1): %2</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="302"/>
        <source>Articles</source>
        <translation>Статті</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="304"/>
        <source>Outlets</source>
        <translation>Видання</translation>
    </message>
    <message>
        <location filename="../model/storymodels.cpp" line="306"/>
        <source>First published</source>
        <translation>Перша публікація</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="27"/>
        <source>a PNG image</source>
        <translation>зображення PNG</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="28"/>
        <source>a JPEG image</source>
        <translation>зображення JPEG</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="29"/>
        <location filename="../model/textdecoder.cpp" line="30"/>
        <source>a GIF image</source>
        <translation>зображення GIF</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="31"/>
        <source>a PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="32"/>
        <source>a ZIP archive or office document</source>
        <translation>архів ZIP або офісний документ</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="33"/>
        <source>a gzip archive</source>
        <translation>архів gzip</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="34"/>
        <source>a 7-Zip archive</source>
        <translation>архів 7-Zip</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="35"/>
        <source>a program</source>
        <translation>програма</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="36"/>
        <location filename="../model/textdecoder.cpp" line="37"/>
        <source>a media file</source>
        <translation>медіафайл</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="38"/>
        <source>an MP3 file</source>
        <translation>файл MP3</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="39"/>
        <source>an old Microsoft Office document</source>
        <translation>старий документ Microsoft Office</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="203"/>
        <source>the file ends in the middle of a character; the last bytes were dropped</source>
        <translation>файл закінчується посеред символу; останні байти відкинуто</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="208"/>
        <source>invalid %1 data was replaced with U+FFFD</source>
        <translation>некоректні дані %1 замінено на U+FFFD</translation>
    </message>
</context>
<context>
    <name>Dossier::AnnotationListModel</name>
    <message>
        <location filename="../model/annotationmodels.cpp" line="291"/>
        <source>(deleted tag)</source>
        <translation>(видалена мітка)</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="300"/>
        <source>[orphaned] %1</source>
        <translation>[осиротіла] %1</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="316"/>
        <source>Re-found after the article changed.</source>
        <translation>Знайдено знову після зміни статті.</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="318"/>
        <source>Not found in the changed article: re-attach or delete it.</source>
        <translation>Не знайдено в зміненій статті: прикріпіть знову або видаліть.</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="343"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="344"/>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="345"/>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="346"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
</context>
<context>
    <name>Dossier::AnnotationPanel</name>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="63"/>
        <source>Selected annotation</source>
        <translation>Вибрана анотація</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="65"/>
        <source>Remove Tag</source>
        <translation>Вилучити мітку</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="67"/>
        <source>This is a &amp;claim</source>
        <translation>Це &amp;твердження</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="71"/>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="79"/>
        <source>Note on this article (saved as you type)</source>
        <translation>Нотатка до цієї статті (зберігається під час введення)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="80"/>
        <source>Note on this article</source>
        <translation>Нотатка до цієї статті</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="81"/>
        <source>A note on the whole article, saved as you type (Ctrl+Shift+M)</source>
        <translation>Нотатка до всієї статті, зберігається під час введення (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="91"/>
        <source>Annotations of this article</source>
        <translation>Анотації цієї статті</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="92"/>
        <source>Choose an annotation to edit its tags, note and claim below</source>
        <translation>Виберіть анотацію, щоб нижче змінити її мітки, нотатку й твердження</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="102"/>
        <location filename="../ui/annotationpanel.cpp" line="180"/>
        <source>Add Tag…</source>
        <translation>Додати мітку…</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="103"/>
        <source>Add a tag to the selected annotation</source>
        <translation>Додати мітку до вибраної анотації</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="104"/>
        <source>Remove a tag from the selected annotation</source>
        <translation>Вилучити мітку з вибраної анотації</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="107"/>
        <source>Tags:</source>
        <translation>Мітки:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="108"/>
        <source>Why this matters, what to check…</source>
        <translation>Чому це важливо, що перевірити…</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="109"/>
        <source>Note on the annotation</source>
        <translation>Нотатка до анотації</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="110"/>
        <source>A note on the selected annotation, saved as you type</source>
        <translation>Нотатка до вибраної анотації, зберігається під час введення</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="113"/>
        <source>Note:</source>
        <translation>Нотатка:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="114"/>
        <source>Mark the passage as a claim to check, with a verdict, a claimant and evidence</source>
        <translation>Позначити уривок як твердження для перевірки, з вердиктом, автором твердження й доказами</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="118"/>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="119"/>
        <source>Where the check of the claim stands</source>
        <translation>На якому етапі перевірка твердження</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="120"/>
        <source>Verdict:</source>
        <translation>Вердикт:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="121"/>
        <source>Claimant</source>
        <translation>Автор твердження</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="122"/>
        <source>Who made the claim: a person or organisation of the corpus</source>
        <translation>Хто висловив твердження: особа чи організація з корпусу</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="123"/>
        <source>Claimant:</source>
        <translation>Автор твердження:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="124"/>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="125"/>
        <source>Links that support or refute the claim, with notes</source>
        <translation>Посилання, що підтверджують або спростовують твердження, з нотатками</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="127"/>
        <source>Evidence:</source>
        <translation>Докази:</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="129"/>
        <source>Add Link…</source>
        <translation>Додати посилання…</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="130"/>
        <source>Add a link as evidence for the claim</source>
        <translation>Додати посилання як доказ для твердження</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="131"/>
        <source>Remove the chosen link</source>
        <translation>Вилучити вибране посилання</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="136"/>
        <location filename="../ui/annotationpanel.cpp" line="181"/>
        <source>Delete Annotation</source>
        <translation>Видалити анотацію</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="137"/>
        <source>Delete the selected annotation (Ctrl+Delete; Ctrl+Z brings it back)</source>
        <translation>Видалити вибрану анотацію (Ctrl+Delete; Ctrl+Z повертає її)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="195"/>
        <source>Remove tag</source>
        <translation>Вилучити мітку</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="208"/>
        <source>Mark as claim</source>
        <translation>Позначити як твердження</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="208"/>
        <source>Unmark claim</source>
        <translation>Зняти позначку твердження</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="214"/>
        <source>Set verdict: %1</source>
        <translation>Встановити вердикт: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="219"/>
        <source>Set claimant</source>
        <translation>Вказати автора твердження</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="225"/>
        <location filename="../ui/annotationpanel.cpp" line="230"/>
        <source>Add Evidence</source>
        <translation>Додати доказ</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="225"/>
        <source>Link (a URL, or the path of another article):</source>
        <translation>Посилання (URL або шлях до іншої статті):</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="230"/>
        <source>What it shows (optional):</source>
        <translation>Що він показує (необов’язково):</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="232"/>
        <source>Add evidence</source>
        <translation>Додати доказ</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="241"/>
        <source>Remove evidence</source>
        <translation>Вилучити доказ</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="332"/>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="342"/>
        <source>(nobody)</source>
        <translation>(ніхто)</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="349"/>
        <source>Entity %1</source>
        <translation>Сутність %1</translation>
    </message>
    <message>
        <location filename="../ui/annotationpanel.cpp" line="378"/>
        <source>Edit note</source>
        <translation>Редагувати нотатку</translation>
    </message>
</context>
<context>
    <name>Dossier::Annotator</name>
    <message>
        <location filename="../model/annotator.cpp" line="183"/>
        <location filename="../model/annotator.cpp" line="276"/>
        <source>No corpus is open.</source>
        <translation>Жоден корпус не відкрито.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="189"/>
        <source>This corpus is open read-only; nothing was changed.</source>
        <translation>Цей корпус відкрито лише для читання; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="373"/>
        <source>A link needs two different articles or quotes.</source>
        <translation>Для зв’язку потрібні дві різні статті або цитати.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="418"/>
        <source>Confirm Quote Link</source>
        <translation>Підтвердити зв’язок цитат</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="418"/>
        <source>Confirm Story Link</source>
        <translation>Підтвердити зв’язок сюжету</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="421"/>
        <source>Reject Quote Link</source>
        <translation>Відхилити зв’язок цитат</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="421"/>
        <source>Reject Story Link</source>
        <translation>Відхилити зв’язок сюжету</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="424"/>
        <source>Link Quotes</source>
        <translation>Пов’язати цитати</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="424"/>
        <source>Link Articles</source>
        <translation>Пов’язати статті</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="436"/>
        <source>That link decision no longer exists.</source>
        <translation>Цього рішення щодо зв’язку більше не існує.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="442"/>
        <source>Withdraw Link Decision</source>
        <translation>Відкликати рішення щодо зв’язку</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="488"/>
        <source>“%1” is not a tag name (an empty name in the path)</source>
        <translation>«%1» не є назвою мітки (порожня назва в шляху)</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="520"/>
        <location filename="../model/annotator.cpp" line="562"/>
        <source>A tag needs a name.</source>
        <translation>Мітці потрібна назва.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="525"/>
        <location filename="../model/annotator.cpp" line="567"/>
        <location filename="../model/annotator.cpp" line="602"/>
        <source>There is already a tag named “%1” there.</source>
        <translation>Там уже є мітка з назвою «%1».</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="548"/>
        <source>New tag “%1”</source>
        <translation>Нова мітка «%1»</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="578"/>
        <source>Rename tag “%1” to “%2”</source>
        <translation>Перейменувати мітку «%1» на «%2»</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="580"/>
        <source>Recolour tag “%1”</source>
        <translation>Змінити колір мітки «%1»</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="582"/>
        <location filename="../model/annotator.cpp" line="625"/>
        <source>Move tag “%1”</source>
        <translation>Перемістити мітку «%1»</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="584"/>
        <source>Edit tag “%1”</source>
        <translation>Редагувати мітку «%1»</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="597"/>
        <source>A tag cannot move below itself.</source>
        <translation>Мітку не можна перемістити під саму себе.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="638"/>
        <source>A tag cannot be merged into a tag below it.</source>
        <translation>Мітку не можна об’єднати з підпорядкованою їй міткою.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="649"/>
        <source>“%1” and “%2” both have a tag named “%3”: merge or rename one of those first.</source>
        <translation>І «%1», і «%2» мають мітку з назвою «%3»: спершу об’єднайте або перейменуйте одну з них.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="680"/>
        <source>Merge tag “%1” into “%2”</source>
        <translation>Об’єднати мітку «%1» у «%2»</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="724"/>
        <source>Delete tag “%1”</source>
        <translation>Видалити мітку «%1»</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="734"/>
        <source>Select some text of the article first.</source>
        <translation>Спершу виділіть фрагмент тексту статті.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="751"/>
        <location filename="../model/annotator.cpp" line="774"/>
        <source>Tag “%1”</source>
        <translation>Позначити міткою текст «%1»</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="795"/>
        <source>Edit annotation</source>
        <translation>Редагувати анотацію</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="807"/>
        <source>Delete annotation “%1”</source>
        <translation>Видалити анотацію «%1»</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="819"/>
        <source>Re-attach annotation</source>
        <translation>Прикріпити анотацію знову</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="870"/>
        <source>Edit article note</source>
        <translation>Редагувати нотатку до статті</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="888"/>
        <source>A quote needs some text.</source>
        <translation>Цитаті потрібен текст.</translation>
    </message>
    <message>
        <location filename="../model/annotator.cpp" line="922"/>
        <source>Clear quote review</source>
        <translation>Скинути перевірку цитати</translation>
    </message>
</context>
<context>
    <name>Dossier::ArticleHighlighter</name>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="104"/>
        <source>&amp;Person</source>
        <translation>&amp;Особа</translation>
    </message>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="106"/>
        <source>&amp;Organisation</source>
        <translation>Ор&amp;ганізація</translation>
    </message>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="108"/>
        <source>P&amp;lace</source>
        <translation>&amp;Місце</translation>
    </message>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="110"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="112"/>
        <source>&amp;Quote</source>
        <translation>&amp;Цитата</translation>
    </message>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="114"/>
        <source>&amp;Speaker</source>
        <translation>Мо&amp;вець</translation>
    </message>
    <message>
        <location filename="../ui/articlehighlighter.cpp" line="116"/>
        <source>&amp;Annotations</source>
        <translation>&amp;Анотації</translation>
    </message>
</context>
<context>
    <name>Dossier::ArticlePickerDialog</name>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="30"/>
        <source>Choose an Article</source>
        <translation>Вибір статті</translation>
    </message>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="32"/>
        <source>Filter by title or path</source>
        <translation>Фільтр за заголовком або шляхом</translation>
    </message>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="34"/>
        <source>Filter articles</source>
        <translation>Фільтрувати статті</translation>
    </message>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="36"/>
        <source>The articles to choose from</source>
        <translation>Статті, з яких можна вибрати</translation>
    </message>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="42"/>
        <source>Articles</source>
        <translation>Статті</translation>
    </message>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="43"/>
        <source>&amp;Link</source>
        <translation>&amp;Пов’язати</translation>
    </message>
    <message>
        <location filename="../ui/articlepickerdialog.cpp" line="46"/>
        <source>&amp;Find the article to link:</source>
        <translation>&amp;Знайдіть статтю для зв’язку:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/articlepickerdialog.cpp" line="66"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n стаття</numerusform>
            <numerusform>%n статті</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::AutocodeDialog</name>
    <message numerus="yes">
        <location filename="../ui/autocodedialog.cpp" line="37"/>
        <source>%n spans</source>
        <translation>
            <numerusform>%n фрагмент</numerusform>
            <numerusform>%n фрагменти</numerusform>
            <numerusform>%n фрагментів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/autocodedialog.cpp" line="42"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n стаття</numerusform>
            <numerusform>%n статті</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="51"/>
        <source>Regular e&amp;xpression</source>
        <translation>&amp;Регулярний вираз</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="52"/>
        <source>Match &amp;case</source>
        <translation>Враховувати ре&amp;гістр</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="53"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Цілі слова</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="60"/>
        <source>&amp;Run</source>
        <translation>&amp;Запустити</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="63"/>
        <location filename="../ui/autocodedialog.cpp" line="382"/>
        <source>Autocode</source>
        <translation>Автокодування</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="71"/>
        <source>Read the pattern as a regular expression</source>
        <translation>Читати шаблон як регулярний вираз</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="72"/>
        <source>Match capital and small letters as typed</source>
        <translation>Враховувати великі й малі літери, як введено</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="73"/>
        <source>Match whole words only</source>
        <translation>Лише цілі слова</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="74"/>
        <source>Where to look: everywhere, inside quotes, or in one speaker&apos;s quotes</source>
        <translation>Де шукати: усюди, у цитатах або в цитатах одного мовця</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="75"/>
        <source>The speaker whose quotes are searched</source>
        <translation>Мовець, чиї цитати шукати</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="76"/>
        <source>The tag every match gets</source>
        <translation>Мітка, яку отримує кожен збіг</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="78"/>
        <source>Text or regular expression to find</source>
        <translation>Текст або регулярний вираз для пошуку</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="79"/>
        <source>Pattern</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="81"/>
        <source>Everywhere</source>
        <translation>Усюди</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="82"/>
        <source>Inside quotes</source>
        <translation>У цитатах</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="83"/>
        <source>Quotes by speaker</source>
        <translation>Цитати мовця</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="84"/>
        <source>Where to look</source>
        <translation>Де шукати</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="90"/>
        <source>Loading speakers…</source>
        <translation>Завантаження мовців…</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="91"/>
        <source>Speaker</source>
        <translation>Мовець</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="94"/>
        <source>A tag of the codebook, or a new name</source>
        <translation>Мітка з кодової книги або нова назва</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="95"/>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="99"/>
        <source>Autocode progress</source>
        <translation>Перебіг автокодування</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="110"/>
        <source>&amp;Find:</source>
        <translation>&amp;Шукати:</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="112"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Де шукати:</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="113"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Мовець:</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="114"/>
        <source>&amp;Tag with:</source>
        <translation>&amp;Позначити міткою:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/autocodedialog.cpp" line="187"/>
        <source>%1 (%n quotes)</source>
        <translation>
            <numerusform>%1 (%n цитата)</numerusform>
            <numerusform>%1 (%n цитати)</numerusform>
            <numerusform>%1 (%n цитат)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="307"/>
        <source>%1 in %2 to tag (%3).</source>
        <translation>%2: %1 до позначення (%3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/autocodedialog.cpp" line="308"/>
        <source>%n of them tagged already</source>
        <translation>
            <numerusform>%n з них уже позначений</numerusform>
            <numerusform>%n з них уже позначені</numerusform>
            <numerusform>%n з них уже позначено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="310"/>
        <source>%1 in %2 to tag.</source>
        <translation>%2: %1 до позначення.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="383"/>
        <source>This tags %1 in %2, which takes a while to write. Tag them all?</source>
        <translation>%2: буде позначено %1, а запис займе певний час. Позначити їх усі?</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="410"/>
        <source>Tagged %1 in %2 (%3 undoes it)</source>
        <translation>%2: позначено %1 (%3 скасовує)</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="190"/>
        <source>No speakers found</source>
        <translation>Мовців не знайдено</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="190"/>
        <source>A speaker, or any name</source>
        <translation>Мовець або будь-яке ім’я</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="281"/>
        <source>Choose a speaker.</source>
        <translation>Виберіть мовця.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="298"/>
        <source>Counting…</source>
        <translation>Підрахунок…</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="325"/>
        <source>Choose a tag, or type the name of a new one.</source>
        <translation>Виберіть мітку або введіть назву нової.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="337"/>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="338"/>
        <source>Stop the search; nothing is tagged</source>
        <translation>Зупинити пошук; нічого не буде позначено</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="366"/>
        <source>Cancelled; nothing was tagged.</source>
        <translation>Скасовано; нічого не позначено.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="375"/>
        <source>Nothing new to tag: all %1 matches have the tag already.</source>
        <translation>Нічого нового для позначення: усі збіги (%1) вже мають цю мітку.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="376"/>
        <source>No matches; nothing was tagged.</source>
        <translation>Збігів немає; нічого не позначено.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="386"/>
        <source>Nothing was tagged.</source>
        <translation>Нічого не позначено.</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="391"/>
        <source>Autocode “%1”</source>
        <translation>Автокодування «%1»</translation>
    </message>
    <message>
        <location filename="../ui/autocodedialog.cpp" line="407"/>
        <source>Nothing was tagged: %1</source>
        <translation>Нічого не позначено: %1</translation>
    </message>
</context>
<context>
    <name>Dossier::CodebookPanel</name>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="54"/>
        <source>&lt;b&gt;Codebook&lt;/b&gt;</source>
        <translation>&lt;b&gt;Кодова книга&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="66"/>
        <source>+ Tag</source>
        <translation>+ Мітка</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="66"/>
        <source>New tag at the top level</source>
        <translation>Нова мітка на верхньому рівні</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="67"/>
        <source>+ Child</source>
        <translation>+ Дочірня</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="67"/>
        <source>New tag below the selected one</source>
        <translation>Нова мітка під вибраною</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="68"/>
        <location filename="../ui/codebookpanel.cpp" line="196"/>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="68"/>
        <source>Rename, recolour, describe or give a shortcut key</source>
        <translation>Перейменувати, змінити колір, описати або призначити клавішу швидкого доступу</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="74"/>
        <source>Find a tag…</source>
        <translation>Знайти мітку…</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="76"/>
        <source>Find a tag</source>
        <translation>Знайти мітку</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="84"/>
        <source>Codebook</source>
        <translation>Кодова книга</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="85"/>
        <source>Your tags, within one another, with how many annotations carry each</source>
        <translation>Ваші мітки, вкладені одна в одну, із кількістю анотацій, що мають кожну з них</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="95"/>
        <source>Double-click a tag (or press Enter) to tag the selected text; F2 renames; drag to move</source>
        <translation>Двічі клацніть мітку (або натисніть Enter), щоб позначити виділений текст; F2 — перейменувати; перетягніть, щоб перемістити</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="126"/>
        <source>New Tag under “%1”</source>
        <translation>Нова мітка під «%1»</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="126"/>
        <source>New Tag</source>
        <translation>Нова мітка</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="131"/>
        <source>Tag not created</source>
        <translation>Мітку не створено</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="145"/>
        <source>Edit Tag “%1”</source>
        <translation>Редагування мітки «%1»</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="147"/>
        <source>Tag not changed</source>
        <translation>Мітку не змінено</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="163"/>
        <source>Merge Tag</source>
        <translation>Об’єднати мітку</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="164"/>
        <source>Merge “%1” into (its annotations and children move there):</source>
        <translation>Куди об’єднати «%1» (туди перейдуть її анотації та дочірні мітки):</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="169"/>
        <source>Tags not merged</source>
        <translation>Мітки не об’єднано</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/codebookpanel.cpp" line="177"/>
        <source>Delete the tag “%1” and the tags below it? %n annotation(s) carry them; they lose these tags, and those left with no tag, note or claim are deleted. Undo (Ctrl+Z) brings everything back.</source>
        <translation>
            <numerusform>Видалити мітку «%1» і підпорядковані їй мітки? Їх має %n анотація; вона втратить ці мітки, а якщо в неї не залишиться жодної мітки, нотатки чи твердження, її буде видалено. Скасування (Ctrl+Z) усе поверне.</numerusform>
            <numerusform>Видалити мітку «%1» і підпорядковані їй мітки? Їх мають %n анотації; вони втратять ці мітки, а ті, у яких не залишиться жодної мітки, нотатки чи твердження, буде видалено. Скасування (Ctrl+Z) усе поверне.</numerusform>
            <numerusform>Видалити мітку «%1» і підпорядковані їй мітки? Їх мають %n анотацій; вони втратять ці мітки, а ті, у яких не залишиться жодної мітки, нотатки чи твердження, буде видалено. Скасування (Ctrl+Z) усе поверне.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="181"/>
        <source>Delete the tag “%1” and the tags below it? No annotation carries them.</source>
        <translation>Видалити мітку «%1» і підпорядковані їй мітки? Жодна анотація їх не має.</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="182"/>
        <source>Delete Tag</source>
        <translation>Видалити мітку</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="185"/>
        <source>Tag not deleted</source>
        <translation>Мітку не видалено</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="193"/>
        <source>Tag the Selection</source>
        <translation>Позначити виділене</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="195"/>
        <source>New Child Tag…</source>
        <translation>Нова дочірня мітка…</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="197"/>
        <source>Rename</source>
        <translation>Перейменувати</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="198"/>
        <source>Merge Into…</source>
        <translation>Об’єднати в…</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="199"/>
        <source>Move to Top Level</source>
        <translation>Перемістити на верхній рівень</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="201"/>
        <source>Delete…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="203"/>
        <source>New Tag…</source>
        <translation>Нова мітка…</translation>
    </message>
</context>
<context>
    <name>Dossier::CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="557"/>
        <source>The corpus database (default: FOLDER/.dossier/corpus.sqlite).</source>
        <translation>База даних корпусу (типово: FOLDER/.dossier/corpus.sqlite).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="569"/>
        <source>unknown command</source>
        <translation>невідома команда</translation>
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
        <translation>Порівняння: %1</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="42"/>
        <source>The two versions side by side, with the differences marked</source>
        <translation>Дві версії поруч, з позначеними відмінностями</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="44"/>
        <source>The two articles side by side</source>
        <translation>Дві статті поруч</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="46"/>
        <source>Struck through: words only on the left. Underlined: words only on the right. A hatched cell: the paragraph has no counterpart on that side.</source>
        <translation>Закреслено: слова, що є лише ліворуч. Підкреслено: слова, що є лише праворуч. Заштрихована клітинка: абзац не має відповідника з цього боку.</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="51"/>
        <source>&amp;Previous Change</source>
        <translation>&amp;Попередня зміна</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="53"/>
        <source>Previous paragraph that differs (Shift+F8)</source>
        <translation>Попередній відмінний абзац (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="55"/>
        <source>&amp;Next Change</source>
        <translation>&amp;Наступна зміна</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="57"/>
        <source>Next paragraph that differs (F8)</source>
        <translation>Наступний відмінний абзац (F8)</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="150"/>
        <source>%1 paragraphs in both (%2 of them changed), %3 only on the left, %4 only on the right. F8: next change.</source>
        <translation>Абзаців в обох: %1 (змінено: %2), лише ліворуч: %3, лише праворуч: %4. F8 — наступна зміна.</translation>
    </message>
</context>
<context>
    <name>Dossier::CorpusLinker</name>
    <message>
        <location filename="../model/corpuslinker.cpp" line="143"/>
        <source>Cannot read the articles to link: %1</source>
        <translation>Не вдалося прочитати статті для зв’язування: %1</translation>
    </message>
    <message>
        <location filename="../model/corpuslinker.cpp" line="210"/>
        <source>Cannot read the stored signatures: %1</source>
        <translation>Не вдалося прочитати збережені сигнатури: %1</translation>
    </message>
    <message>
        <location filename="../model/corpuslinker.cpp" line="229"/>
        <source>Cannot read the stored quotes: %1</source>
        <translation>Не вдалося прочитати збережені цитати: %1</translation>
    </message>
    <message>
        <location filename="../model/corpuslinker.cpp" line="288"/>
        <location filename="../model/corpuslinker.cpp" line="391"/>
        <source>Cannot write links: %1</source>
        <translation>Не вдалося записати зв’язки: %1</translation>
    </message>
    <message>
        <location filename="../model/corpuslinker.cpp" line="380"/>
        <source>Cannot store the links of article %1: %2</source>
        <translation>Не вдалося зберегти зв’язки статті %1: %2</translation>
    </message>
    <message>
        <location filename="../model/corpuslinker.cpp" line="385"/>
        <source>Cannot store the quote links: %1</source>
        <translation>Не вдалося зберегти зв’язки цитат: %1</translation>
    </message>
    <message>
        <location filename="../model/corpuslinker.cpp" line="421"/>
        <source>Cannot build the stories: %1</source>
        <translation>Не вдалося побудувати сюжети: %1</translation>
    </message>
</context>
<context>
    <name>Dossier::CorpusScanner</name>
    <message>
        <location filename="../model/corpusscanner.cpp" line="131"/>
        <source>cannot read the folder: %1</source>
        <translation>не вдалося прочитати теку: %1</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="146"/>
        <source>cannot read: %1</source>
        <translation>не вдалося прочитати: %1</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="157"/>
        <location filename="../model/corpusscanner.cpp" line="177"/>
        <source>symbolic link to a folder, not followed</source>
        <translation>символічне посилання на теку; перехід за ним не виконано</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="161"/>
        <source>a README, not an article: not imported</source>
        <translation>README, а не стаття: не імпортовано</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="169"/>
        <source>symbolic link loop</source>
        <translation>цикл символічних посилань</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="171"/>
        <source>dangling symbolic link (its target does not exist)</source>
        <translation>розірване символічне посилання (його цілі не існує)</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="173"/>
        <source>cannot follow the symbolic link: %1</source>
        <translation>не вдалося перейти за символічним посиланням: %1</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="182"/>
        <source>%1, not a file</source>
        <translation>%1, а не файл</translation>
    </message>
    <message>
        <location filename="../model/corpusscanner.cpp" line="187"/>
        <source>the file name is not valid UTF-8; invalid bytes are shown as \xNN</source>
        <translation>назва файлу не є коректним UTF-8; некоректні байти показано як \xNN</translation>
    </message>
</context>
<context>
    <name>Dossier::DatabaseMaintenance</name>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="148"/>
        <source>Cannot back up %1: %2</source>
        <translation>Не вдалося створити резервну копію %1: %2</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="153"/>
        <source>Cannot back up %1: the SQLite driver gives no handle.</source>
        <translation>Не вдалося створити резервну копію %1: драйвер SQLite не надає дескриптора.</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="162"/>
        <source>Cannot create the backup %1: %2</source>
        <translation>Не вдалося створити файл резервної копії %1: %2</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="167"/>
        <source>The backup of %1 to %2 failed: %3</source>
        <translation>Не вдалося створити резервну копію %1 у %2: %3</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="197"/>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="222"/>
        <source>Cannot close the backup %1.</source>
        <translation>Не вдалося закрити резервну копію %1.</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="228"/>
        <source>Cannot rename the backup %1 to %2.</source>
        <translation>Не вдалося перейменувати резервну копію %1 на %2.</translation>
    </message>
</context>
<context>
    <name>Dossier::DiffText</name>
    <message>
        <location filename="../ui/difftext.cpp" line="30"/>
        <source>Only in the first version</source>
        <translation>Лише в першій версії</translation>
    </message>
    <message>
        <location filename="../ui/difftext.cpp" line="34"/>
        <source>Only in the second version</source>
        <translation>Лише в другій версії</translation>
    </message>
</context>
<context>
    <name>Dossier::EntityTreeModel</name>
    <message>
        <location filename="../model/analysismodels.cpp" line="104"/>
        <source>People</source>
        <translation>Особи</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="104"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="106"/>
        <source>Organisations</source>
        <translation>Організації</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="106"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="108"/>
        <source>Places</source>
        <translation>Місця</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="108"/>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="110"/>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="110"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="207"/>
        <source>%1 (%2), mentioned once in this article</source>
        <translation>%1 (%2), згадується в цій статті один раз</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="208"/>
        <source>%1 (%2), mentioned %3 times in this article</source>
        <translation>%1 (%2), кількість згадок у цій статті: %3</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="223"/>
        <source>Entity</source>
        <translation>Сутність</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="223"/>
        <source>Mentions</source>
        <translation>Згадки</translation>
    </message>
</context>
<context>
    <name>Dossier::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="76"/>
        <source>&amp;Browse…</source>
        <translation>О&amp;гляд…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="77"/>
        <source>&amp;All articles</source>
        <translation>&amp;Усі статті</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="78"/>
        <source>Articles in the &amp;list</source>
        <translation>Статті зі &amp;списку</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="79"/>
        <source>Sele&amp;cted articles</source>
        <translation>&amp;Вибрані статті</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="80"/>
        <source>Outlets</source>
        <translation>Видання</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="81"/>
        <source>&amp;Published between</source>
        <translation>&amp;Опубліковані між</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="84"/>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="85"/>
        <source>Verdicts</source>
        <translation>Вердикти</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="89"/>
        <source>&amp;Export</source>
        <translation>&amp;Експортувати</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="91"/>
        <location filename="../ui/exportdialog.cpp" line="366"/>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="102"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="103"/>
        <source>File to write</source>
        <translation>Файл для запису</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="429"/>
        <source>Published from</source>
        <translation>Опубліковано з</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="430"/>
        <source>Published until</source>
        <translation>Опубліковано до</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="108"/>
        <source>A report to read (HTML, PDF) or the annotations as data (CSV, JSON, REFI-QDA, Web Annotation)</source>
        <translation>Звіт для читання (HTML, PDF) або анотації як дані (CSV, JSON, REFI-QDA, Web Annotation)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="109"/>
        <source>The file to write; its suffix follows the format</source>
        <translation>Файл для запису; його розширення відповідає формату</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="110"/>
        <source>Choose the file to write</source>
        <translation>Вибрати файл для запису</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="111"/>
        <source>Every article of the corpus</source>
        <translation>Усі статті корпусу</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="112"/>
        <source>The articles the list shows with its filters</source>
        <translation>Статті, які показує список з урахуванням його фільтрів</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="113"/>
        <source>The articles selected in the list (Ctrl+click, Shift+click)</source>
        <translation>Статті, вибрані в списку (Ctrl+click, Shift+click)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="114"/>
        <source>Only the articles published between the two dates</source>
        <translation>Лише статті, опубліковані між двома датами</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="431"/>
        <source>The first day of the date range</source>
        <translation>Перший день діапазону дат</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="432"/>
        <source>The last day of the date range</source>
        <translation>Останній день діапазону дат</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="115"/>
        <source>Tick outlets to export only their articles; none ticked: all</source>
        <translation>Позначте видання, щоб експортувати лише їхні статті; нічого не позначено — усі</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="116"/>
        <source>Tick tags to export only the annotations that have one; none ticked: all</source>
        <translation>Позначте мітки, щоб експортувати лише анотації, що мають одну з них; нічого не позначено — усі</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="117"/>
        <source>Tick verdicts to export only the claims that have one; none ticked: all</source>
        <translation>Позначте вердикти, щоб експортувати лише твердження, що мають один із них; нічого не позначено — усі</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="124"/>
        <source>Export progress</source>
        <translation>Перебіг експорту</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="131"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="132"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Зберегти в:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="136"/>
        <source>Articles</source>
        <translation>Статті</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="144"/>
        <source>&amp;Outlets (none ticked: all):</source>
        <translation>В&amp;идання (нічого не позначено — усі):</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="149"/>
        <source>Annotations</source>
        <translation>Анотації</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="151"/>
        <source>&amp;Tags, with the tags below them (none ticked: all):</source>
        <translation>&amp;Мітки разом із підпорядкованими (нічого не позначено — усі):</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="153"/>
        <source>&amp;Verdicts (none ticked: all):</source>
        <translation>Вер&amp;дикти (нічого не позначено — усі):</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="159"/>
        <source>With tags or verdicts ticked, only the annotations that have one are exported, and only the articles that keep one.</source>
        <translation>Якщо позначено мітки чи вердикти, експортуються лише анотації, що мають одне з них, і лише статті, у яких лишилася хоч одна така анотація.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="238"/>
        <source>&amp;All articles (%1)</source>
        <translation>&amp;Усі статті (%1)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="239"/>
        <source>Articles in the &amp;list (%1)</source>
        <translation>Статті зі &amp;списку (%1)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="240"/>
        <source>Sele&amp;cted articles (%1)</source>
        <translation>&amp;Вибрані статті (%1)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="296"/>
        <source>Choose the file to write.</source>
        <translation>Виберіть файл для запису.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="299"/>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 — це тека: виберіть назву файлу.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="301"/>
        <source>The folder %1 does not exist.</source>
        <translation>Теки %1 не існує.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="303"/>
        <source>The first date is after the last.</source>
        <translation>Початкова дата пізніша за кінцеву.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="305"/>
        <source>The list shows no articles.</source>
        <translation>У списку немає статей.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="307"/>
        <source>No articles are selected.</source>
        <translation>Не вибрано жодної статті.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="346"/>
        <source>Export To</source>
        <translation>Експортувати в</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="366"/>
        <source>%1 exists. Replace it?</source>
        <translation>%1 уже існує. Замінити?</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="383"/>
        <source>Exporting to %1…</source>
        <translation>Експорт у %1…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="384"/>
        <source>Stop the export; no file is written</source>
        <translation>Зупинити експорт; файл не буде записано</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="392"/>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="407"/>
        <source>Cancelled; no file was written.</source>
        <translation>Скасовано; файл не записано.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="408"/>
        <source>The export failed: %1</source>
        <translation>Експорт не вдався: %1</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="408"/>
        <source>unknown error</source>
        <translation>невідома помилка</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="415"/>
        <source>Exported %1 in %2 to %3.</source>
        <translation>Експортовано в %3: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportdialog.cpp" line="416"/>
        <source>%n annotations</source>
        <translation>
            <numerusform>%n анотація</numerusform>
            <numerusform>%n анотації</numerusform>
            <numerusform>%n анотацій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportdialog.cpp" line="416"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n стаття</numerusform>
            <numerusform>%n статті</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::ImportLogDialog</name>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="16"/>
        <source>Import Log</source>
        <translation>Журнал імпорту</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="19"/>
        <source>The last import skipped and repaired nothing.</source>
        <translation>Під час останнього імпорту нічого не пропущено й не виправлено.</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="20"/>
        <source>Files skipped, repaired or noted by the last import: %1</source>
        <translation>Файли, пропущені, виправлені чи відзначені під час останнього імпорту: %1</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="25"/>
        <source>Import log</source>
        <translation>Журнал імпорту</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="26"/>
        <source>The files the last import skipped or repaired, with the reason</source>
        <translation>Файли, які останній імпорт пропустив або виправив, із причиною</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="27"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="27"/>
        <source>What happened</source>
        <translation>Що сталося</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="27"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="37"/>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="40"/>
        <source>repaired</source>
        <translation>виправлено</translation>
    </message>
    <message>
        <location filename="../ui/importlogdialog.cpp" line="43"/>
        <source>note</source>
        <translation>зауваження</translation>
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
        <translation>Не вдалося записати в базу даних: %1</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="330"/>
        <location filename="../model/importer.cpp" line="335"/>
        <location filename="../model/importer.cpp" line="341"/>
        <source>Cannot store the analysis of an article: %1</source>
        <translation>Не вдалося зберегти аналіз статті: %1</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="400"/>
        <source>The folder %1 does not exist.</source>
        <translation>Теки %1 не існує.</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="402"/>
        <source>%1 is not a folder.</source>
        <translation>%1 не є текою.</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="404"/>
        <source>The folder %1 cannot be read (permission denied).</source>
        <translation>Не вдалося прочитати теку %1 (доступ заборонено).</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="415"/>
        <source>Another import of this corpus is running (process %1); try again when it has finished.</source>
        <translation>Триває інший імпорт цього корпусу (процес %1); спробуйте знову, коли він завершиться.</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="437"/>
        <source>Cannot write to the database %1: %2</source>
        <translation>Не вдалося записати в базу даних %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/importer.cpp" line="549"/>
        <source>%n annotation(s) could not be re-found; see Orphaned annotations</source>
        <translation>
            <numerusform>%n анотацію не вдалося знову знайти; див. «Осиротілі анотації»</numerusform>
            <numerusform>%n анотації не вдалося знову знайти; див. «Осиротілі анотації»</numerusform>
            <numerusform>%n анотацій не вдалося знову знайти; див. «Осиротілі анотації»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/importer.cpp" line="552"/>
        <source>%n quote review(s) could not be re-found in the changed text; they are kept</source>
        <translation>
            <numerusform>%n перевірку цитати не вдалося знову знайти в зміненому тексті; її збережено</numerusform>
            <numerusform>%n перевірки цитат не вдалося знову знайти в зміненому тексті; їх збережено</numerusform>
            <numerusform>%n перевірок цитат не вдалося знову знайти в зміненому тексті; їх збережено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="630"/>
        <source>moved or renamed: the article keeps its annotations</source>
        <translation>переміщено або перейменовано: стаття зберігає свої анотації</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="654"/>
        <source>cannot be stored: %1</source>
        <translation>не вдалося зберегти: %1</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="658"/>
        <source>Cannot write %1 to the database: %2</source>
        <translation>Не вдалося записати %1 у базу даних: %2</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="723"/>
        <source>the file is gone; the article is kept and marked missing</source>
        <translation>файлу більше немає; статтю збережено й позначено як відсутню</translation>
    </message>
</context>
<context>
    <name>Dossier::IntegrityReport</name>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="82"/>
        <source>The database %1 passed its integrity check.</source>
        <translation>База даних %1 пройшла перевірку цілісності.</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="84"/>
        <source>The integrity check of %1 was cancelled.</source>
        <translation>Перевірку цілісності %1 скасовано.</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="87"/>
        <source>(and %1 more problems)</source>
        <translation>(і ще проблем: %1)</translation>
    </message>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="88"/>
        <source>The database %1 is damaged: %2</source>
        <translation>База даних %1 пошкоджена: %2</translation>
    </message>
</context>
<context>
    <name>Dossier::LayerLegend</name>
    <message>
        <location filename="../ui/layerlegend.cpp" line="36"/>
        <source>Show or hide the %1 highlighting</source>
        <translation>Показати або сховати підсвічування шару «%1»</translation>
    </message>
    <message>
        <location filename="../ui/layerlegend.cpp" line="40"/>
        <source>Highlight layers</source>
        <translation>Шари підсвічування</translation>
    </message>
</context>
<context>
    <name>Dossier::Links</name>
    <message>
        <location filename="../model/linkmodels.cpp" line="69"/>
        <source>linked by hand</source>
        <translation>пов’язано вручну</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="70"/>
        <source>same story, through another article</source>
        <translation>той самий сюжет, через іншу статтю</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="70"/>
        <source>same story</source>
        <translation>той самий сюжет</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="74"/>
        <source>duplicate</source>
        <translation>дублікат</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="76"/>
        <source>near-duplicate</source>
        <translation>майже дублікат</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="79"/>
        <source>reprinted in this one</source>
        <translation>передруковано в цій статті</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="81"/>
        <source>reprints this one</source>
        <translation>передруковує цю статтю</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="83"/>
        <source>same event</source>
        <translation>та сама подія</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="92"/>
        <source>suggested</source>
        <translation>запропоновано</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="94"/>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="96"/>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="98"/>
        <source>by hand</source>
        <translation>вручну</translation>
    </message>
</context>
<context>
    <name>Dossier::LinksPanel</name>
    <message>
        <location filename="../ui/linkspanel.cpp" line="176"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Підтвердити</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="177"/>
        <source>Confirm the link: the two belong together</source>
        <translation>Підтвердити зв’язок: ці дві справді пов’язані</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="178"/>
        <source>&amp;Reject</source>
        <translation>&amp;Відхилити</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="179"/>
        <source>Reject the link: the two are never joined (it stays listed, greyed, to be restored)</source>
        <translation>Відхилити зв’язок: ці дві ніколи не поєднуватимуться (зв’язок лишається в списку, сірим, щоб його можна було відновити)</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="180"/>
        <source>&amp;Withdraw Decision</source>
        <translation>Відк&amp;ликати рішення</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="181"/>
        <source>Withdraw your decision: back to what the import suggested</source>
        <translation>Відкликати своє рішення: повернутися до того, що запропонував імпорт</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="182"/>
        <source>Link to &amp;Article…</source>
        <translation>Пов’язати зі &amp;статтею…</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="183"/>
        <source>Link this article by hand to another one of the same story</source>
        <translation>Вручну пов’язати цю статтю з іншою статтею того самого сюжету</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="184"/>
        <source>Link &amp;Quote…</source>
        <translation>Пов’язати &amp;цитату…</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="185"/>
        <source>Link a quote of this article by hand to the same quote in another article</source>
        <translation>Вручну пов’язати цитату з цієї статті з тією самою цитатою в іншій статті</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="186"/>
        <source>Withdraw</source>
        <translation>Відкликати</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="187"/>
        <source>Link Article…</source>
        <translation>Пов’язати статтю…</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="188"/>
        <source>&amp;Compare Side by Side</source>
        <translation>&amp;Порівняти поруч</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="189"/>
        <source>Compare</source>
        <translation>Порівняти</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="190"/>
        <source>Show this article and the chosen one side by side, paragraph by paragraph</source>
        <translation>Показати цю статтю й вибрану поруч, абзац за абзацом</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="218"/>
        <source>Other articles of the same story</source>
        <translation>Інші статті того самого сюжету</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="219"/>
        <source>The story&apos;s other articles with outlet, date and likeness; the menu confirms or rejects a link</source>
        <translation>Інші статті сюжету з виданням, датою й подібністю; меню підтверджує або відкидає зв’язок</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="227"/>
        <source>The article&apos;s quotes in other articles</source>
        <translation>Цитати статті в інших статтях</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="228"/>
        <source>Each quote as other articles give it, marked where it was altered; the menu confirms or rejects a link</source>
        <translation>Кожна цитата так, як її подають інші статті, з позначкою, де її змінили; меню підтверджує або відкидає зв’язок</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="233"/>
        <source>Differences between the two versions</source>
        <translation>Відмінності між двома версіями</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="234"/>
        <source>The chosen version against this one, word by word: words only here struck through, words only there underlined</source>
        <translation>Вибрана версія порівняно з цією, слово за словом: слова лише тут закреслено, слова лише там підкреслено</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="247"/>
        <source>Same story</source>
        <translation>Той самий сюжет</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="248"/>
        <source>Same quote elsewhere</source>
        <translation>Та сама цитата деінде</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="388"/>
        <source>Same story: no other article</source>
        <translation>Той самий сюжет: інших статей немає</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="389"/>
        <source>Same story (%1)</source>
        <translation>Той самий сюжет (%1)</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="390"/>
        <source>Same quote elsewhere: none found</source>
        <translation>Та сама цитата деінде: не знайдено</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="391"/>
        <source>Same quote elsewhere (%1)</source>
        <translation>Та сама цитата деінде (%1)</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="491"/>
        <source>Link not changed</source>
        <translation>Зв’язок не змінено</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="500"/>
        <source>Decision not withdrawn</source>
        <translation>Рішення не відкликано</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="513"/>
        <source>Articles not linked</source>
        <translation>Статті не пов’язано</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="527"/>
        <source>Quotes not linked</source>
        <translation>Цитати не пов’язано</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="538"/>
        <source>Link to Article</source>
        <translation>Зв’язок зі статтею</translation>
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
        <translation>мовець невідомий</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="559"/>
        <location filename="../ui/linkspanel.cpp" line="573"/>
        <location filename="../ui/linkspanel.cpp" line="581"/>
        <source>Link Quote</source>
        <translation>Пов’язати цитату</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="559"/>
        <source>The quote of this article:</source>
        <translation>Цитата з цієї статті:</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="566"/>
        <source>Link Quote: Choose the Other Article</source>
        <translation>Пов’язати цитату: виберіть іншу статтю</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="573"/>
        <source>No quotes were found in “%1”.</source>
        <translation>У «%1» не знайдено цитат.</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="581"/>
        <source>The same quote in “%1”:</source>
        <translation>Та сама цитата в «%1»:</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="614"/>
        <location filename="../ui/linkspanel.cpp" line="636"/>
        <source>the other article</source>
        <translation>іншої статті</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="616"/>
        <source>Comparing with %1…</source>
        <translation>Порівняння з версією %1…</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="622"/>
        <source>Differences from %1: struck through only here, underlined only in %1</source>
        <translation>Відмінності від версії %1: закреслене є лише тут, підкреслене — лише у версії %1</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="637"/>
        <source>The quote as %1 gives it: struck through only here, underlined only there</source>
        <translation>Цитата у версії %1: закреслене є лише тут, підкреслене — лише там</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="643"/>
        <source>Choose another outlet&apos;s version of the quote to see how it differs.</source>
        <translation>Виберіть версію цитати з іншого видання, щоб побачити відмінності.</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="646"/>
        <source>Open an article to see its links.</source>
        <translation>Відкрийте статтю, щоб побачити її зв’язки.</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="647"/>
        <source>Choose a linked article or quote to see how the versions differ.</source>
        <translation>Виберіть пов’язану статтю або цитату, щоб побачити відмінності між версіями.</translation>
    </message>
    <message>
        <location filename="../ui/linkspanel.cpp" line="657"/>
        <source>&amp;Open Article</source>
        <translation>Ві&amp;дкрити статтю</translation>
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
        <translation>Лише читання</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>%1 — Dossier</source>
        <translation>%1 — Dossier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>%1 — Dossier (read-only)</source>
        <translation>%1 — Dossier (лише читання)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>Checking the database %1…</source>
        <translation>Перевірка бази даних %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <location filename="../ui/mainwindow.cpp" line="913"/>
        <location filename="../ui/mainwindow.cpp" line="934"/>
        <source>Read-only: %1</source>
        <translation>Лише читання: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>There is no backup of it.</source>
        <translation>Резервної копії немає.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <location filename="../ui/mainwindow.cpp" line="936"/>
        <source>The newest backup is %1.</source>
        <translation>Найновіша резервна копія: %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>Backup failed: %1</source>
        <translation>Не вдалося створити резервну копію: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>Backed up to %1</source>
        <translation>Резервну копію збережено в %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>Filter titles…</source>
        <translation>Фільтр заголовків…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>Filter articles by title</source>
        <translation>Фільтрувати статті за заголовком</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="281"/>
        <source>Filter by outlet</source>
        <translation>Фільтр за виданням</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <location filename="../ui/mainwindow.cpp" line="964"/>
        <source>All outlets</source>
        <translation>Усі видання</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>Articles</source>
        <translation>Статті</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="318"/>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <location filename="../ui/mainwindow.cpp" line="416"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>Annotations</source>
        <translation>Анотації</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <source>&amp;Links</source>
        <translation>&amp;Зв’язки</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="421"/>
        <source>Search all articles (Ctrl+F): words, &quot;phrases&quot;, prefix*, OR, NOT</source>
        <translation>Пошук у всіх статтях (Ctrl+F): слова, &quot;фрази&quot;, префікс*, OR, NOT</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>Search all articles</source>
        <translation>Пошук у всіх статтях</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="433"/>
        <location filename="../ui/mainwindow.cpp" line="2063"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="435"/>
        <source>Stop the import; what was imported is kept, and the next import completes it</source>
        <translation>Зупинити імпорт; уже імпортоване збережеться, а наступний імпорт його завершить</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="495"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="496"/>
        <source>&amp;Open Corpus Folder…</source>
        <translation>&amp;Відкрити теку корпусу…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <source>Open &amp;Recent</source>
        <translation>Відкрити &amp;недавні</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="504"/>
        <source>Import new and changed files; unchanged files are skipped</source>
        <translation>Імпортувати нові та змінені файли; незмінені файли пропускаються</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="505"/>
        <source>Import &amp;Log…</source>
        <translation>&amp;Журнал імпорту…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="512"/>
        <source>Write a report (HTML, PDF) or the annotations (CSV, JSON, REFI-QDA, Web Annotation)</source>
        <translation>Записати звіт (HTML, PDF) або анотації (CSV, JSON, REFI-QDA, Web Annotation)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513"/>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Імпорт анотацій…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>Merge another analyst&apos;s work from a Dossier JSON export</source>
        <translation>Об’єднати роботу іншого аналітика з експорту Dossier JSON</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="519"/>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <location filename="../ui/mainwindow.cpp" line="545"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="528"/>
        <source>Undo is possible once the import has finished.</source>
        <translation>Скасування буде можливе після завершення імпорту.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="534"/>
        <location filename="../ui/mainwindow.cpp" line="547"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="536"/>
        <source>Redo is possible once the import has finished.</source>
        <translation>Повторення буде можливе після завершення імпорту.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="545"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Скасувати: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="547"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторити: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="553"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="557"/>
        <source>Dossier uses the new language when it starts again.</source>
        <translation>Dossier перейде на нову мову після перезапуску.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="566"/>
        <source>&amp;Annotate</source>
        <translation>&amp;Анотування</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="569"/>
        <source>A&amp;utocode…</source>
        <translation>&amp;Автокодування…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="571"/>
        <source>Open a corpus first.</source>
        <translation>Спершу відкрийте корпус.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="575"/>
        <source>Autocode is possible once the import has finished.</source>
        <translation>Автокодування буде можливе після завершення імпорту.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="585"/>
        <source>Tag every match of a pattern across the corpus, as one step</source>
        <translation>Позначити міткою кожен збіг із шаблоном у всьому корпусі одним кроком</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="587"/>
        <source>&amp;Go</source>
        <translation>&amp;Перехід</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="588"/>
        <source>&amp;Next Article</source>
        <translation>&amp;Наступна стаття</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="591"/>
        <source>&amp;Previous Article</source>
        <translation>П&amp;опередня стаття</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="595"/>
        <source>&amp;Search Articles</source>
        <translation>&amp;Шукати в статтях</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="601"/>
        <source>&amp;Filter List</source>
        <translation>&amp;Фільтрувати список</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="608"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="609"/>
        <source>Show &amp;Original</source>
        <translation>Показати &amp;оригінал</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="613"/>
        <source>Show the file as it was saved, with the site chrome the import removed</source>
        <translation>Показати файл у збереженому вигляді, разом з елементами сайту, які прибрав імпорт</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="615"/>
        <source>&amp;Annotations Panel</source>
        <translation>Панель &amp;анотацій</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="621"/>
        <source>&amp;Quotes Panel</source>
        <translation>Панель &amp;цитат</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="627"/>
        <source>&amp;Entities Panel</source>
        <translation>Панель &amp;сутностей</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="633"/>
        <source>&amp;Links Panel</source>
        <translation>Панель &amp;зв’язків</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="647"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="654"/>
        <source>&amp;About Dossier</source>
        <translation>&amp;Про Dossier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="655"/>
        <source>About Dossier</source>
        <translation>Про Dossier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="656"/>
        <source>&lt;h3&gt;Dossier %1&lt;/h3&gt;&lt;p&gt;Read, tag and compare news articles across outlets.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dossier %1&lt;/h3&gt;&lt;p&gt;Читайте, позначайте мітками й порівнюйте новинні статті з різних видань.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="674"/>
        <source>&amp;Group by Story</source>
        <translation>&amp;Групувати за сюжетами</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="678"/>
        <source>Order the article list by story: the articles of each story together, the largest stories first, then the articles in no story</source>
        <translation>Упорядкувати список статей за сюжетами: статті кожного сюжету разом, спершу найбільші сюжети, потім статті поза сюжетами</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="696"/>
        <location filename="../ui/mainwindow.cpp" line="714"/>
        <source>Stories</source>
        <translation>Сюжети</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="727"/>
        <source>&amp;Stories</source>
        <translation>Сю&amp;жети</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="729"/>
        <source>The stories: articles linked as the same story across outlets, largest first</source>
        <translation>Сюжети: статті з різних видань, пов’язані як той самий сюжет; спершу найбільші</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="745"/>
        <source>No stories yet: an import links the articles that tell the same story.</source>
        <translation>Сюжетів ще немає: під час імпорту пов’язуються статті, що належать до одного сюжету.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="787"/>
        <source>One story</source>
        <translation>Один сюжет</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="787"/>
        <source>Story: %1</source>
        <translation>Сюжет: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="802"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="818"/>
        <source>&amp;Automatic (Light or Dark with the System)</source>
        <translation>&amp;Автоматично (світла чи темна, як у системі)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="850"/>
        <location filename="../ui/mainwindow.cpp" line="859"/>
        <source>Open Corpus Folder</source>
        <translation>Відкрити теку корпусу</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="860"/>
        <source>%1 is not a folder.</source>
        <translation>%1 не є текою.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="860"/>
        <source>The folder %1 does not exist.</source>
        <translation>Теки %1 не існує.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="909"/>
        <source>Read-only: this corpus is open in another Dossier, %1. Nothing can be changed here until that one closes it; then open the corpus again.</source>
        <translation>Лише читання: цей корпус відкрито в іншому екземплярі Dossier, %1. Тут нічого не можна змінити, доки той екземпляр його не закриє; після цього відкрийте корпус знову.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="982"/>
        <source>Re-import is possible once the annotations are imported.</source>
        <translation>Повторний імпорт буде можливий після завершення імпорту анотацій.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="993"/>
        <source>Analysing %p%</source>
        <translation>Аналіз %p%</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="994"/>
        <source>Analysing articles an older version of Dossier analysed</source>
        <translation>Аналіз статей, проаналізованих старішою версією Dossier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="999"/>
        <source>Linking %p%</source>
        <translation>Зв’язування %p%</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1000"/>
        <source>Finding the same stories and quotes across articles</source>
        <translation>Пошук однакових сюжетів і цитат у різних статтях</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1005"/>
        <source>Scanning…</source>
        <translation>Сканування…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1013"/>
        <source>Changes are possible once the import has finished.</source>
        <translation>Зміни будуть можливі після завершення імпорту.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1017"/>
        <source>Importing %1…</source>
        <translation>Імпорт %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1027"/>
        <source>Cancelling the import…</source>
        <translation>Скасування імпорту…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1037"/>
        <source>Importing %p%</source>
        <translation>Імпорт %p%</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1059"/>
        <source>Import failed: %1</source>
        <translation>Імпорт не вдався: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1061"/>
        <source>Import failed</source>
        <translation>Імпорт не вдався</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1065"/>
        <source>Import cancelled: %1 added, %2 updated so far; re-import (F5) to complete it.</source>
        <translation>Імпорт скасовано: наразі додано — %1, оновлено — %2; щоб завершити, імпортуйте повторно (F5).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1066"/>
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 missing.</source>
        <translation>Імпортовано: додано — %1, оновлено — %2, без змін — %3, відсутні — %4.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1072"/>
        <source>%1 skipped, %2 repaired: see File › Import Log (Ctrl+L).</source>
        <translation>Пропущено: %1, виправлено: %2 — див. Файл › Журнал імпорту (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1872"/>
        <source>Tag Selection &amp;With</source>
        <translation>&amp;Мітка для виділеного</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1882"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1893"/>
        <source>&amp;Select</source>
        <translation>&amp;Вибрати</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1897"/>
        <source>&amp;Add Tag…</source>
        <translation>&amp;Додати мітку…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1898"/>
        <source>&amp;Delete</source>
        <translation>В&amp;идалити</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1903"/>
        <source>Co&amp;nfirm This Quote</source>
        <translation>&amp;Підтвердити цитату</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1904"/>
        <source>&amp;Reject This Quote (not speech)</source>
        <translation>Відки&amp;нути цитату (не мовлення)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1906"/>
        <source>C&amp;orrect Quote to the Selection</source>
        <translation>Виправити цитату за ви&amp;діленим</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1907"/>
        <source>Change &amp;Speaker…</source>
        <translation>&amp;Змінити мовця…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="747"/>
        <source>%n stories. Double-click a story to show only its articles in the list.</source>
        <translation>
            <numerusform>%n сюжет. Двічі клацніть сюжет, щоб показати в списку лише його статті.</numerusform>
            <numerusform>%n сюжети. Двічі клацніть сюжет, щоб показати в списку лише його статті.</numerusform>
            <numerusform>%n сюжетів. Двічі клацніть сюжет, щоб показати в списку лише його статті.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>List only the articles of one outlet</source>
        <translation>Показати в списку лише статті одного видання</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>List only the articles published between the two dates</source>
        <translation>Показати в списку лише статті, опубліковані між двома датами</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>The articles of the corpus: choose one to read it (Alt+Down, Alt+Up: next, previous)</source>
        <translation>Статті корпусу: виберіть статтю, щоб її прочитати (Alt+Down, Alt+Up — наступна, попередня)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="501"/>
        <source>Re-import &amp;Folder</source>
        <translation>&amp;Повторно імпортувати теку</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="562"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Клавіатурні скорочення…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="648"/>
        <source>&amp;Getting Started</source>
        <translation>Перші &amp;кроки</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="831"/>
        <source>La&amp;yers</source>
        <translation>&amp;Шари</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1074"/>
        <source>Changed texts: %1 re-found, %2 orphaned (Annotate › Orphaned Annotations).</source>
        <translation>Змінені тексти: знову знайдено — %1, осиротілих — %2 (Анотування › Осиротілі анотації).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1075"/>
        <location filename="../ui/mainwindow.cpp" line="2119"/>
        <source>%n annotations</source>
        <translation>
            <numerusform>%n анотація</numerusform>
            <numerusform>%n анотації</numerusform>
            <numerusform>%n анотацій</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1124"/>
        <source>Filter by tag</source>
        <translation>Фільтр за міткою</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1126"/>
        <source>Articles with an annotation that carries this tag or a tag below it</source>
        <translation>Статті з анотацією, що має цю мітку або підпорядковану їй</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1129"/>
        <location filename="../ui/mainwindow.cpp" line="1251"/>
        <source>Any tag</source>
        <translation>Будь-яка мітка</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1133"/>
        <source>Filter by claim status</source>
        <translation>Фільтр за статусом твердження</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1135"/>
        <source>Articles with a claim of this status</source>
        <translation>Статті з твердженням із цим статусом</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1138"/>
        <source>Any claim status</source>
        <translation>Будь-який статус твердження</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1144"/>
        <source>Mentions entity…</source>
        <translation>Згадує сутність…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1145"/>
        <source>Filter by entity</source>
        <translation>Фільтр за сутністю</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1146"/>
        <source>Articles that mention this entity (a name from the registry; Enter applies)</source>
        <translation>Статті, що згадують цю сутність (назва з реєстру; Enter — застосувати)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1155"/>
        <source>Annotated only</source>
        <translation>Лише анотовані</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1157"/>
        <source>Only articles with at least one annotation</source>
        <translation>Лише статті, що мають принаймні одну анотацію</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1163"/>
        <source>Filter by story</source>
        <translation>Фільтр за сюжетом</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1165"/>
        <source>Articles in a story (two or more articles linked as the same story), or in one story: double-click a story in View › Stories</source>
        <translation>Статті, що входять до будь-якого сюжету (дві чи більше статті, пов’язані як той самий сюжет), або до одного певного сюжету: двічі клацніть сюжет у Вигляд › Сюжети</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1169"/>
        <source>Any story</source>
        <translation>Будь-який сюжет</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1170"/>
        <source>In a story</source>
        <translation>У сюжеті</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1172"/>
        <source>Altered quotes</source>
        <translation>Змінені цитати</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1174"/>
        <source>Only articles with a quote that another article words differently: quotes altered across outlets</source>
        <translation>Лише статті з цитатою, яку інша стаття подає іншими словами: цитати, змінені в різних виданнях</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1176"/>
        <source>Clear Filters</source>
        <translation>Скинути фільтри</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1178"/>
        <source>Show every article: lift the title, outlet, date, tag, claim, entity, annotated, story, altered quotes and search conditions</source>
        <translation>Показати всі статті: зняти умови за заголовком, виданням, датою, міткою, твердженням, сутністю, анотованістю, сюжетом, зміненими цитатами та пошуком</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1189"/>
        <source>Filter List</source>
        <translation>Фільтрувати список</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1192"/>
        <source>Show in the article list only the articles the search matches, with the other filters</source>
        <translation>Показати в списку статей лише статті, що відповідають пошуку, з урахуванням інших фільтрів</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1325"/>
        <source>The entity registry is still being read; try again in a moment.</source>
        <translation>Реєстр сутностей ще зчитується; спробуйте за мить.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1326"/>
        <source>No entity in the registry is called “%1”: choose one of the names offered.</source>
        <translation>У реєстрі немає сутності з назвою «%1»: виберіть одну із запропонованих назв.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1486"/>
        <source>Open a corpus folder first.</source>
        <translation>Спершу відкрийте теку корпусу.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1509"/>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1519"/>
        <source>No article matches “%1”.</source>
        <translation>Жодна стаття не відповідає запиту «%1».</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1522"/>
        <source>The first %1 matches, best first.</source>
        <translation>Перші результати (%1), спершу найкращі.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1523"/>
        <source>1 match.</source>
        <translation>1 результат.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1523"/>
        <source>%1 matches, best first.</source>
        <translation>Результатів: %1, спершу найкращі.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1543"/>
        <source>No corpus open</source>
        <translation>Корпус не відкрито</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1549"/>
        <source>Articles: %1 · Outlets: %2</source>
        <translation>Статті: %1 · Видання: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1551"/>
        <source>Shown: %1</source>
        <translation>Показано: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1553"/>
        <source>Missing: %1</source>
        <translation>Відсутні: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1650"/>
        <location filename="../ui/mainwindow.cpp" line="1871"/>
        <source>&amp;Tag Selection…</source>
        <translation>Позначити &amp;виділене міткою…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1653"/>
        <source>Choose a tag by typing a few letters</source>
        <translation>Виберіть мітку, ввівши кілька літер</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1654"/>
        <source>&amp;New Tag…</source>
        <translation>&amp;Нова мітка…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1658"/>
        <location filename="../ui/mainwindow.cpp" line="1881"/>
        <source>Add Selection as &amp;Quote</source>
        <translation>Додати виділене як &amp;цитату</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1662"/>
        <source>Note on This &amp;Article</source>
        <translation>Нотатка до цієї &amp;статті</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1668"/>
        <source>&amp;Delete Annotation</source>
        <translation>В&amp;идалити анотацію</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1677"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1681"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;відкрито&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1682"/>
        <source>History of changes</source>
        <translation>Історія змін</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1687"/>
        <source>Orphaned Annotations</source>
        <translation>Осиротілі анотації</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1692"/>
        <source>Passages not found again after their article changed. Open the article, select where the passage is now, and re-attach; or delete the annotation.</source>
        <translation>Уривки, які не вдалося знову знайти після зміни статті. Відкрийте статтю, виділіть місце, де уривок тепер, і прикріпіть знову; або видаліть анотацію.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1703"/>
        <source>Orphaned annotations</source>
        <translation>Осиротілі анотації</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1706"/>
        <source>Show Article</source>
        <translation>Показати статтю</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1707"/>
        <source>Re-attach to Selection</source>
        <translation>Прикріпити до виділеного</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1708"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1732"/>
        <source>Show the orphan&apos;s article and select where the passage is now, then re-attach.</source>
        <translation>Покажіть статтю осиротілої анотації та виділіть місце, де уривок тепер, а потім прикріпіть знову.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1736"/>
        <source>Re-attached (Ctrl+Z undoes it)</source>
        <translation>Прикріплено знову (Ctrl+Z скасовує)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1744"/>
        <source>&amp;Orphaned Annotations</source>
        <translation>&amp;Осиротілі анотації</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1749"/>
        <source>&amp;History</source>
        <translation>&amp;Історія</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1767"/>
        <source>The shortcut of the tag “%1” is taken by “%2”; give the tag another one.</source>
        <translation>Клавішу швидкого доступу мітки «%1» уже зайнято міткою «%2»; призначте мітці іншу.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1772"/>
        <source>Tag with “%1”</source>
        <translation>Позначити міткою «%1»</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1814"/>
        <source>Switch to the cleaned text to annotate (the original is not annotated).</source>
        <translation>Щоб анотувати, перейдіть до очищеного тексту (оригінал не анотується).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1815"/>
        <location filename="../ui/mainwindow.cpp" line="1837"/>
        <source>Select some text of the article first, then tag it.</source>
        <translation>Спершу виділіть фрагмент тексту статті, потім позначте його міткою.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1820"/>
        <source>Tagging is possible once the import has finished.</source>
        <translation>Позначати мітками можна буде після завершення імпорту.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1828"/>
        <source>Tagged “%1” (Ctrl+Z undoes it)</source>
        <translation>Позначено міткою «%1» (Ctrl+Z скасовує)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1861"/>
        <source>Add tag “%1”</source>
        <translation>Додати мітку «%1»</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1891"/>
        <source>Annotation “%1”</source>
        <translation>Анотація «%1»</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1935"/>
        <source>Confirm quote</source>
        <translation>Підтвердити цитату</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1935"/>
        <source>Reject quote</source>
        <translation>Відхилити цитату</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1941"/>
        <source>Correct quote span</source>
        <translation>Виправити межі цитати</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1944"/>
        <source>Change Speaker</source>
        <translation>Змінити мовця</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1944"/>
        <source>Who said it:</source>
        <translation>Хто це сказав:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1952"/>
        <source>Change speaker to “%1”</source>
        <translation>Змінити мовця на «%1»</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1956"/>
        <source>%1 (Ctrl+Z undoes it)</source>
        <translation>%1 (Ctrl+Z скасовує)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1964"/>
        <source>Select the quoted words first.</source>
        <translation>Спершу виділіть слова цитати.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1968"/>
        <source>Add Quote</source>
        <translation>Додати цитату</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1968"/>
        <source>Who said it (leave empty if unknown):</source>
        <translation>Хто це сказав (залиште порожнім, якщо невідомо):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1979"/>
        <source>Add quote</source>
        <translation>Додати цитату</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1980"/>
        <source>Quote added (Ctrl+Z undoes it)</source>
        <translation>Цитату додано (Ctrl+Z скасовує)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2008"/>
        <source>Open a corpus folder first (Ctrl+O): there is nothing to export yet.</source>
        <translation>Спершу відкрийте теку корпусу (Ctrl+O): поки що нема чого експортувати.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2036"/>
        <location filename="../ui/mainwindow.cpp" line="2064"/>
        <location filename="../ui/mainwindow.cpp" line="2101"/>
        <source>Import Annotations</source>
        <translation>Імпорт анотацій</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2037"/>
        <source>Dossier JSON export (*.json);;All files (*)</source>
        <translation>Експорт Dossier JSON (*.json);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2046"/>
        <source>Open a corpus folder first (Ctrl+O).</source>
        <translation>Спершу відкрийте теку корпусу (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2050"/>
        <source>Annotations can be imported once the import has finished.</source>
        <translation>Імпортувати анотації можна буде після завершення імпорту.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2052"/>
        <source>Annotations are being imported already.</source>
        <translation>Анотації вже імпортуються.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2059"/>
        <source>Changes are possible once the annotations are imported.</source>
        <translation>Зміни будуть можливі після завершення імпорту анотацій.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2063"/>
        <location filename="../ui/mainwindow.cpp" line="2075"/>
        <source>Importing annotations from %1…</source>
        <translation>Імпорт анотацій з %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2097"/>
        <source>Import of annotations cancelled; nothing was imported.</source>
        <translation>Імпорт анотацій скасовано; нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2098"/>
        <source>Nothing was imported: %1</source>
        <translation>Нічого не імпортовано: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2110"/>
        <source>Import annotations from %1</source>
        <translation>Імпорт анотацій з %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2112"/>
        <source>Imported from %1: %2 annotations added (%3 re-found in a changed text, %4 orphaned), %5 already here; %6 tags created, %7 notes merged.</source>
        <translation>Імпортовано з %1: додано анотацій — %2 (знайдено в зміненому тексті — %3, осиротілих — %4), уже наявних — %5; створено міток — %6, об’єднано нотаток — %7.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2118"/>
        <source>%1 of the file are not in this corpus (%2 not imported): %3</source>
        <translation>Немає в цьому корпусі: %1 з файлу (не імпортовано: %2) — %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="2119"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n стаття</numerusform>
            <numerusform>%n статті</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2123"/>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z скасовує.</translation>
    </message>
</context>
<context>
    <name>Dossier::NerTagger</name>
    <message>
        <location filename="../model/nertagger.cpp" line="122"/>
        <source>not a Dossier entity model</source>
        <translation>не є моделлю сутностей Dossier</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="125"/>
        <source>entity model format %1, expected %2</source>
        <translation>формат моделі сутностей %1, очікувався %2</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="129"/>
        <source>the entity model is truncated (%1 of %2 bytes)</source>
        <translation>модель сутностей обрізана (%1 з %2 байтів)</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="131"/>
        <source>the entity model is corrupt (checksum mismatch)</source>
        <translation>модель сутностей пошкоджена (контрольна сума не збігається)</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="134"/>
        <source>the entity model does not decompress</source>
        <translation>модель сутностей не вдається розпакувати</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="142"/>
        <source>the entity model is incomplete</source>
        <translation>модель сутностей неповна</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="144"/>
        <source>the entity model has %1 labels and %2 bits; this version needs %3 labels</source>
        <translation>модель сутностей має класів: %1, бітів: %2; цій версії потрібно класів: %3</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="150"/>
        <source>the entity model weights have the wrong size</source>
        <translation>ваги моделі сутностей мають неправильний розмір</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="152"/>
        <source>the entity model gazetteer is unreadable</source>
        <translation>не вдається прочитати газетир моделі сутностей</translation>
    </message>
    <message>
        <location filename="../model/nertagger.cpp" line="154"/>
        <source>the entity model vocabulary is unreadable</source>
        <translation>не вдається прочитати словник моделі сутностей</translation>
    </message>
</context>
<context>
    <name>Dossier::OrphanListModel</name>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="116"/>
        <source>“%1”
Could not be re-found after the article&apos;s text changed. Select the passage in the article and re-attach it, or delete it.</source>
        <translation>«%1»
Не вдалося знову знайти після зміни тексту статті. Виділіть уривок у статті та прикріпіть анотацію знову або видаліть її.</translation>
    </message>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="138"/>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="140"/>
        <source>Annotated text</source>
        <translation>Анотований текст</translation>
    </message>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="142"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location filename="../model/orphanlistmodel.cpp" line="144"/>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
</context>
<context>
    <name>Dossier::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="19"/>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="23"/>
        <source>System default (%1)</source>
        <translation>Як у системі (%1)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="23"/>
        <source>System default</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="26"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="27"/>
        <source>The language of Dossier&apos;s menus, dialogs and reports</source>
        <translation>Мова меню, діалогових вікон і звітів Dossier</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="31"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="34"/>
        <source>Dossier uses the new language when it starts again.</source>
        <translation>Dossier перейде на нову мову після перезапуску.</translation>
    </message>
</context>
<context>
    <name>Dossier::ProgressPrinter</name>
    <message>
        <location filename="../app/commandline.cpp" line="90"/>
        <source>progress: %1/%2 files</source>
        <translation>поступ: файли %1/%2</translation>
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
        <translation>найраніша</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="419"/>
        <source>altered</source>
        <translation>змінена</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="427"/>
        <source>“%1”
Said by %2</source>
        <translation>«%1»
Мовець: %2</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="428"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="430"/>
        <source>The earliest appearance of this quote.</source>
        <translation>Найперша поява цієї цитати.</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="432"/>
        <source>Altered: the outlets give this quote in different words.</source>
        <translation>Змінена: видання подають цю цитату різними словами.</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="462"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="482"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="484"/>
        <source>Speaker</source>
        <translation>Мовець</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="486"/>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="488"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="490"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
</context>
<context>
    <name>Dossier::QuoteListModel</name>
    <message>
        <location filename="../model/analysismodels.cpp" line="58"/>
        <source>(unattributed)</source>
        <translation>(мовця не вказано)</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="62"/>
        <source>full</source>
        <translation>повна</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="62"/>
        <source>partial</source>
        <translation>часткова</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="68"/>
        <source>“%1”
Speaker unknown</source>
        <translation>«%1»
Мовець невідомий</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="69"/>
        <source>“%1”
Said by %2</source>
        <translation>«%1»
Мовець: %2</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="86"/>
        <source>Speaker</source>
        <translation>Мовець</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="88"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../model/analysismodels.cpp" line="90"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
</context>
<context>
    <name>Dossier::ReaderView</name>
    <message>
        <location filename="../ui/readerview.cpp" line="56"/>
        <source>The article&apos;s text, with quotes, speakers, entities and annotations highlighted</source>
        <translation>Текст статті з підсвіченими цитатами, мовцями, сутностями й анотаціями</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="67"/>
        <source>Article text</source>
        <translation>Текст статті</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="252"/>
        <source>Quote: %1</source>
        <translation>Цитата: %1</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="90"/>
        <source>No article selected.</source>
        <translation>Статтю не вибрано.</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="233"/>
        <source>Speaker unknown</source>
        <translation>Мовець невідомий</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="233"/>
        <source>Said by %1</source>
        <translation>Мовець: %1</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="447"/>
        <source>by %1</source>
        <translation>автор: %1</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="454"/>
        <source>the file can no longer be read as text; this is the last text read</source>
        <translation>файл більше не читається як текст; це останній прочитаний текст</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="456"/>
        <source>file missing from the folder</source>
        <translation>файлу немає в теці</translation>
    </message>
    <message>
        <location filename="../ui/readerview.cpp" line="458"/>
        <source>original file (%1)</source>
        <translation>оригінальний файл (%1)</translation>
    </message>
</context>
<context>
    <name>Dossier::ScopedConnection</name>
    <message>
        <location filename="../model/databasemaintenance.cpp" line="39"/>
        <source>The database %1 does not exist.</source>
        <translation>Бази даних %1 не існує.</translation>
    </message>
</context>
<context>
    <name>Dossier::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="133"/>
        <source>Keyboard Shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="134"/>
        <source>Find an action or a key…</source>
        <translation>Знайти дію або клавішу…</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="136"/>
        <source>Find an action</source>
        <translation>Знайти дію</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="139"/>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="139"/>
        <source>Shortcut</source>
        <translation>Скорочення</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="141"/>
        <source>Actions and their shortcuts</source>
        <translation>Дії та їхні скорочення</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="142"/>
        <source>Choose an action, then press its new keys in the field below</source>
        <translation>Виберіть дію, а потім натисніть її нові клавіші в полі нижче</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="151"/>
        <source>New shortcut</source>
        <translation>Нове скорочення</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="152"/>
        <source>Press the keys for the chosen action</source>
        <translation>Натисніть клавіші для вибраної дії</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="154"/>
        <source>&amp;Clear</source>
        <translation>&amp;Очистити</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="155"/>
        <source>&amp;Default</source>
        <translation>&amp;Типове</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="156"/>
        <source>Take the shortcut away from the chosen action</source>
        <translation>Прибрати скорочення з вибраної дії</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="157"/>
        <source>Give the chosen action its shortcut as Dossier sets it</source>
        <translation>Повернути вибраній дії скорочення, яке задає Dossier</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="158"/>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Скорочення:</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="239"/>
        <source>%1 is the shortcut of “%2” already: change that one first.</source>
        <translation>%1 уже є скороченням для «%2»: спершу змініть його.</translation>
    </message>
</context>
<context>
    <name>Dossier::SidePanel</name>
    <message>
        <location filename="../ui/sidepanel.cpp" line="83"/>
        <source>Quotes in this article</source>
        <translation>Цитати в цій статті</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="84"/>
        <source>The article&apos;s quotes with their speakers: choose one to go to it; its menu corrects it</source>
        <translation>Цитати статті з їхніми мовцями: виберіть одну, щоб перейти до неї; її меню виправляє її</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="85"/>
        <location filename="../ui/sidepanel.cpp" line="154"/>
        <location filename="../ui/sidepanel.cpp" line="167"/>
        <source>&amp;Quotes</source>
        <translation>&amp;Цитати</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="96"/>
        <source>Entities in this article</source>
        <translation>Сутності в цій статті</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="97"/>
        <source>The people, organisations and places the article names; the menu renames, merges or rejects one</source>
        <translation>Особи, організації й місця, які називає стаття; меню перейменовує, об’єднує або відкидає їх</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="102"/>
        <source>Choose an entity to list every article that mentions it.</source>
        <translation>Виберіть сутність, щоб побачити всі статті, які її згадують.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="104"/>
        <source>Articles that mention the entity</source>
        <translation>Статті, що згадують сутність</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="105"/>
        <source>Every article that mentions the chosen entity: choose one to open it</source>
        <translation>Усі статті, що згадують вибрану сутність: виберіть одну, щоб відкрити її</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="112"/>
        <source>E&amp;ntities</source>
        <translation>&amp;Сутності</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="154"/>
        <source>&amp;Quotes (%1)</source>
        <translation>&amp;Цитати (%1)</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="156"/>
        <source>This article has not been analysed yet.</source>
        <translation>Цю статтю ще не проаналізовано.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="177"/>
        <source>Looking for articles that mention %1…</source>
        <translation>Пошук статей, що згадують %1…</translation>
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
            <numerusform>%n згадка</numerusform>
            <numerusform>%n згадки</numerusform>
            <numerusform>%n згадок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidepanel.cpp" line="193"/>
        <source>The first %n articles that mention %1 (most mentions first):</source>
        <translation>
            <numerusform>Перша %n стаття, що згадує %1 (спершу ті, де згадок найбільше):</numerusform>
            <numerusform>Перші %n статті, що згадують %1 (спершу ті, де згадок найбільше):</numerusform>
            <numerusform>Перші %n статей, що згадують %1 (спершу ті, де згадок найбільше):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidepanel.cpp" line="195"/>
        <source>%n articles mention %1:</source>
        <translation>
            <numerusform>%n стаття згадує %1:</numerusform>
            <numerusform>%n статті згадують %1:</numerusform>
            <numerusform>%n статей згадують %1:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="209"/>
        <source>Entity not changed</source>
        <translation>Сутність не змінено</translation>
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
        <translation>Не вдалося перейменувати сутність.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="226"/>
        <source>Rename “%1” to “%2”</source>
        <translation>Перейменувати «%1» на «%2»</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="235"/>
        <source>Cannot change the type.</source>
        <translation>Не вдалося змінити тип.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="239"/>
        <source>Make “%1” a %2</source>
        <translation>Змінити тип «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="248"/>
        <source>Cannot mark it as not an entity.</source>
        <translation>Не вдалося позначити це як не-сутність.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="251"/>
        <source>“%1” is not an entity</source>
        <translation>«%1» не є сутністю</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="261"/>
        <source>Cannot merge the entities.</source>
        <translation>Не вдалося об’єднати сутності.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="264"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Об’єднати «%1» у «%2»</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="274"/>
        <source>Cannot split the entity.</source>
        <translation>Не вдалося розділити сутність.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="278"/>
        <source>Split “%1” from “%2”</source>
        <translation>Відокремити «%1» від «%2»</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="294"/>
        <source>Corrections are possible once the import has finished.</source>
        <translation>Виправлення будуть можливі після завершення імпорту.</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="298"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Перейменувати…</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="300"/>
        <source>Rename Entity</source>
        <translation>Перейменувати сутність</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="300"/>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="304"/>
        <source>Change &amp;Type</source>
        <translation>Змінити &amp;тип</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="310"/>
        <source>&amp;Not an Entity</source>
        <translation>&amp;Не сутність</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="312"/>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Об’єднати в…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidepanel.cpp" line="320"/>
        <source>%1 (%n mentions)</source>
        <translation>
            <numerusform>%1 (%n згадка)</numerusform>
            <numerusform>%1 (%n згадки)</numerusform>
            <numerusform>%1 (%n згадок)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="327"/>
        <source>Merge Entity</source>
        <translation>Об’єднати сутність</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="327"/>
        <source>Merge “%1” into:</source>
        <translation>Об’єднати «%1» у:</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="331"/>
        <source>&amp;Split…</source>
        <translation>&amp;Розділити…</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="333"/>
        <location filename="../ui/sidepanel.cpp" line="337"/>
        <source>Split Entity</source>
        <translation>Розділити сутність</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="333"/>
        <source>The name that is someone or something else:</source>
        <translation>Ім’я, що позначає когось або щось інше:</translation>
    </message>
    <message>
        <location filename="../ui/sidepanel.cpp" line="337"/>
        <source>Name of the new entity:</source>
        <translation>Назва нової сутності:</translation>
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
        <translation>Спільний текст: %1 шинглів слів (коефіцієнт Жаккара), %2 коротшого тексту (включення)</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="224"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="244"/>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="246"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="248"/>
        <source>Similar</source>
        <translation>Схожість</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="250"/>
        <source>Relation</source>
        <translation>Зв’язок</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="252"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../model/linkmodels.cpp" line="254"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
</context>
<context>
    <name>Dossier::TagDialog</name>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="219"/>
        <source>Tag name</source>
        <translation>Назва мітки</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="220"/>
        <source>The name of the tag, shown in the codebook and the reports</source>
        <translation>Назва мітки, що показується в кодовій книзі та звітах</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="221"/>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="222"/>
        <source>The colour that tints the annotations with this tag</source>
        <translation>Колір, яким підсвічуються анотації з цією міткою</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="223"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="224"/>
        <source>What the tag means, for whoever tags with it</source>
        <translation>Що означає мітка — для всіх, хто нею позначає</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="225"/>
        <source>Shortcut</source>
        <translation>Клавіша швидкого доступу</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="226"/>
        <source>A key that tags the selection with this tag</source>
        <translation>Клавіша, що позначає виділене цією міткою</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="227"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="230"/>
        <source>Tag Colour</source>
        <translation>Колір мітки</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="236"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Колір:</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="238"/>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="241"/>
        <source>&amp;Shortcut:</source>
        <translation>Клавіша &amp;швидкого доступу:</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="254"/>
        <source>A tag needs a name.</source>
        <translation>Мітці потрібна назва.</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="259"/>
        <source>There is already a tag named “%1” there.</source>
        <translation>Там уже є мітка з назвою «%1».</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="261"/>
        <source>“%1” already uses the shortcut %2.</source>
        <translation>«%1» уже використовує клавішу %2.</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="264"/>
        <source>%1 is the shortcut of “%2”.</source>
        <translation>%1 — клавіша швидкого доступу мітки «%2».</translation>
    </message>
</context>
<context>
    <name>Dossier::TagPalette</name>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="294"/>
        <source>Tag the selection with… (type, Enter)</source>
        <translation>Позначити виділене міткою… (введіть назву, Enter)</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="295"/>
        <source>Tag palette</source>
        <translation>Палітра міток</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="297"/>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <location filename="../ui/codebookpanel.cpp" line="298"/>
        <source>The tags that match what you type; Enter tags the selection</source>
        <translation>Мітки, що відповідають введеному; Enter позначає виділене</translation>
    </message>
</context>
<context>
    <name>Dossier::TagTreeModel</name>
    <message>
        <location filename="../model/annotationmodels.cpp" line="191"/>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <location filename="../model/annotationmodels.cpp" line="191"/>
        <source>Uses</source>
        <translation>Використань</translation>
    </message>
</context>
<context>
    <name>Dossier::TextDecoder</name>
    <message>
        <location filename="../model/textdecoder.cpp" line="241"/>
        <source>not a text file: looks like %1</source>
        <translation>не текстовий файл: схоже, це %1</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="245"/>
        <source>not a text file: contains NUL bytes</source>
        <translation>не текстовий файл: містить байти NUL</translation>
    </message>
    <message>
        <location filename="../model/textdecoder.cpp" line="256"/>
        <source>not a text file: too many control characters</source>
        <translation>не текстовий файл: забагато керівних символів</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/textdecoder.cpp" line="270"/>
        <source>%n invalid UTF-8 sequence(s) replaced with U+FFFD</source>
        <translation>
            <numerusform>%n некоректну послідовність UTF-8 замінено на U+FFFD</numerusform>
            <numerusform>%n некоректні послідовності UTF-8 замінено на U+FFFD</numerusform>
            <numerusform>%n некоректних послідовностей UTF-8 замінено на U+FFFD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/textdecoder.cpp" line="281"/>
        <source>not valid UTF-8 (%n invalid sequence(s)); decoded as %1</source>
        <translation>
            <numerusform>некоректний UTF-8 (%n некоректна послідовність); декодовано як %1</numerusform>
            <numerusform>некоректний UTF-8 (%n некоректні послідовності); декодовано як %1</numerusform>
            <numerusform>некоректний UTF-8 (%n некоректних послідовностей); декодовано як %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::TourDialog</name>
    <message>
        <location filename="../ui/tourdialog.cpp" line="19"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="20"/>
        <source>&amp;Next</source>
        <translation>&amp;Далі</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="22"/>
        <source>Getting Started</source>
        <translation>Перші кроки</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="30"/>
        <source>1. Open a corpus</source>
        <translation>1. Відкрийте корпус</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="31"/>
        <source>A corpus is a folder of articles saved from news sites. File › Open Corpus Folder (Ctrl+O) reads every article into a database beside it, strips the site clutter and lists the articles while it works. Opening the folder again reads only new and changed files.</source>
        <translation>Корпус — це тека зі статтями, збереженими з новинних сайтів. Файл › Відкрити теку корпусу (Ctrl+O) зчитує кожну статтю до бази даних поруч із текою, прибирає зайве оформлення сайту й показує статті вже під час роботи. Повторне відкриття теки зчитує лише нові та змінені файли.</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="34"/>
        <source>2. Read quotes and entities</source>
        <translation>2. Читайте цитати й сутності</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="35"/>
        <source>Quotes are tinted and their speakers underlined; people, organisations and places are tinted by kind. The legend under the article switches each layer. The Quotes panel (Ctrl+2) corrects the quotes, the Entities panel (Ctrl+3) the names.</source>
        <translation>Цитати підсвічено, а їхніх мовців підкреслено; особи, організації та місця підсвічено за типом. Легенда під статтею вмикає й вимикає кожен шар. Панель цитат (Ctrl+2) виправляє цитати, панель сутностей (Ctrl+3) — імена.</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="38"/>
        <source>3. Annotate</source>
        <translation>3. Анотуйте</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="39"/>
        <source>Select a passage and press Ctrl+T to tag it. In the Annotations panel (Ctrl+1), mark it as a claim with a verdict, a note and evidence. Everything is saved at once; Ctrl+Z undoes any change.</source>
        <translation>Виділіть фрагмент і натисніть Ctrl+T, щоб позначити його міткою. На панелі анотацій (Ctrl+1) позначте його як твердження з вердиктом, нотаткою та доказами. Усе зберігається одразу; Ctrl+Z скасовує будь-яку зміну.</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="41"/>
        <source>4. Stories and quotes across outlets</source>
        <translation>4. Сюжети й цитати в різних виданнях</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="42"/>
        <source>The Links panel (Ctrl+4) shows the other articles of the same story and where the same quote appears elsewhere, marked where its wording was altered. Ctrl+Shift+D compares two versions side by side.</source>
        <translation>Панель зв’язків (Ctrl+4) показує інші статті того самого сюжету та де ще з’являється та сама цитата, позначаючи місця, де її формулювання змінено. Ctrl+Shift+D порівнює дві версії поруч.</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="44"/>
        <source>5. Export</source>
        <translation>5. Експорт</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="45"/>
        <source>File › Export (Ctrl+E) writes a tagged report (HTML, PDF) or the annotations (CSV, JSON, REFI-QDA, Web Annotation), for all articles or the ones you choose.</source>
        <translation>Файл › Експорт (Ctrl+E) записує звіт із мітками (HTML, PDF) або анотації (CSV, JSON, REFI-QDA, Web Annotation) — для всіх статей або для вибраних.</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="57"/>
        <source>Screenshot: %1</source>
        <translation>Знімок екрана: %1</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="68"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="69"/>
        <source>The step before (Left arrow)</source>
        <translation>Попередній крок (стрілка ліворуч)</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="70"/>
        <source>The next step (Right arrow)</source>
        <translation>Наступний крок (стрілка праворуч)</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="71"/>
        <source>Close the tour; Help › Getting Started (F1) opens it again</source>
        <translation>Закрити знайомство; Довідка › Перші кроки (F1) відкриває його знову</translation>
    </message>
    <message>
        <location filename="../ui/tourdialog.cpp" line="111"/>
        <source>Step %1 of %2</source>
        <translation>Крок %1 з %2</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../model/reportexporter.cpp" line="263"/>
        <source>None among the exported annotations.</source>
        <translation>Немає серед експортованих анотацій.</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="265"/>
        <source>Annotations</source>
        <translation>Анотації</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="312"/>
        <source>Contents</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="317"/>
        <location filename="../model/reportexporter.cpp" line="352"/>
        <source>Summary</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="341"/>
        <source>Dossier report</source>
        <translation>Звіт Dossier</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="347"/>
        <source>Corpus: %1</source>
        <translation>Корпус: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="348"/>
        <source>Exported %1 (UTC)</source>
        <translation>Експортовано %1 (UTC)</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="353"/>
        <source>%1 in %2 from %3; %4 of them claims.</source>
        <translation>Усього: %1 (%2, %3); із них тверджень — %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/reportexporter.cpp" line="354"/>
        <source>%n annotations</source>
        <translation>
            <numerusform>%n анотація</numerusform>
            <numerusform>%n анотації</numerusform>
            <numerusform>%n анотацій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/reportexporter.cpp" line="355"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n стаття</numerusform>
            <numerusform>%n статті</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/reportexporter.cpp" line="356"/>
        <source>%n outlets</source>
        <translation>
            <numerusform>%n видання</numerusform>
            <numerusform>%n видання</numerusform>
            <numerusform>%n видань</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="364"/>
        <source>By tag</source>
        <translation>За мітками</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="364"/>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="365"/>
        <source>By verdict</source>
        <translation>За вердиктами</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="365"/>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="366"/>
        <source>By outlet</source>
        <translation>За виданнями</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="366"/>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="367"/>
        <source>Annotations by outlet</source>
        <translation>Анотації за виданнями</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="368"/>
        <source>Annotations by month</source>
        <translation>Анотації за місяцями</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="368"/>
        <source>Annotations by date</source>
        <translation>Анотації за датами</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="395"/>
        <source>tags: %1</source>
        <translation>мітки: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="400"/>
        <source>verdicts: %1</source>
        <translation>вердикти: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="403"/>
        <source>outlets: %1</source>
        <translation>видання: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="405"/>
        <source>published %1 to %2</source>
        <translation>опубліковано з %1 до %2</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="408"/>
        <source>only the selected articles (%1)</source>
        <translation>лише вибрані статті (%1)</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="409"/>
        <source>Filter: %1</source>
        <translation>Фільтр: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="417"/>
        <location filename="../model/reportexporter.cpp" line="424"/>
        <location filename="../model/reportexporter.cpp" line="658"/>
        <source>undated</source>
        <translation>без дати</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="453"/>
        <source>Article note:</source>
        <translation>Нотатка до статті:</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="507"/>
        <source>Other articles in the same story (%1):</source>
        <translation>Інші статті того самого сюжету (%1):</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="530"/>
        <source>(no outlet)</source>
        <translation>(без видання)</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="548"/>
        <source>No longer found in the article&apos;s text (orphaned); as annotated:</source>
        <translation>Більше не знаходиться в тексті статті (осиротіла); як було анотовано:</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="574"/>
        <source>Speaker: %1</source>
        <translation>Мовець: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="576"/>
        <source>Verdict: %1</source>
        <translation>Вердикт: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="580"/>
        <source>by %1</source>
        <translation>автор: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="580"/>
        <source>by %1, %2</source>
        <translation>автор: %1, %2</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="582"/>
        <source>annotated %1</source>
        <translation>анотовано %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="585"/>
        <source>Note:</source>
        <translation>Нотатка:</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="589"/>
        <source>Evidence:</source>
        <translation>Докази:</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="627"/>
        <source>Other articles with the same quote (%1): listed above</source>
        <translation>Інші статті з тією самою цитатою (%1): перелічено вище</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="633"/>
        <source>Other articles with the same quote (%1)</source>
        <translation>Інші статті з тією самою цитатою (%1)</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="634"/>
        <source>altered across outlets</source>
        <translation>змінена в різних виданнях</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="659"/>
        <source>earliest</source>
        <translation>найраніша</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="676"/>
        <source>and %1 more</source>
        <translation>і ще %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="689"/>
        <source>and %1 more altered</source>
        <translation>і ще змінених: %1</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="691"/>
        <source>Word for word:</source>
        <translation>Дослівно:</translation>
    </message>
    <message>
        <location filename="../model/reportexporter.cpp" line="1253"/>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>Read, tag and compare news articles across outlets.

Commands: import, stats, export, autocode, import-annotations (dossier COMMAND --help).</source>
        <translation>Читайте, позначайте мітками й порівнюйте новинні статті з різних видань.

Команди: import, stats, export, autocode, import-annotations (dossier COMMAND --help).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="69"/>
        <source>The corpus database.</source>
        <translation>База даних корпусу.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="71"/>
        <source>A corpus folder to open (imported first if needed).</source>
        <translation>Тека корпусу, яку слід відкрити (за потреби спершу імпортується).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="74"/>
        <source>Run “dossier --help” for usage.</source>
        <translation>Виконайте «dossier --help», щоб дізнатися про використання.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="89"/>
        <source>give at most one FOLDER</source>
        <translation>вкажіть не більше однієї теки (FOLDER)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="94"/>
        <source>unknown command “%1” (commands: import, stats, export, autocode, import-annotations)</source>
        <translation>невідома команда «%1» (команди: import, stats, export, autocode, import-annotations)</translation>
    </message>
</context>
</TS>
