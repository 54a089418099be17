// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Dossier {

/** Where a corpus keeps its database. */
class CorpusLocation final
{
public:
    /** FOLDER/.dossier/corpus.sqlite, or, when FOLDER is not writable, a file under the user's
        data location named after the folder (and a hash of its path, so two folders of one name
        do not share a database). */
    static QString defaultDatabasePath(const QString &folder);

    /** The bundled sample corpus: the source tree in a build, share/dossier/sample once installed. */
    static QString sampleCorpusPath();
};

} // namespace Dossier
