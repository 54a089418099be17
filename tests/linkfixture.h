// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A small corpus for the Links tab: two outlets' versions of one report (a word edited, a quote
// reworded, a paragraph added) and an unrelated article, each with quotes.
#pragma once

#include "testutil.h"

namespace LinkFixture {

inline const char *versionA()
{
    return "Harbour bridge to close for repairs\n\n"
           "2026-03-02 | Coast Herald\n\n"
           "The harbour bridge in Westport will close for six weeks from Monday while engineers replace the corroded "
           "steel cables that hold up its main span, the county council announced on Tuesday evening after a long meeting.\n\n"
           "\xe2\x80\x9cWe cannot keep the bridge open safely until every one of the old cables has been replaced,\xe2\x80\x9d said "
           "Maria Lindqvist, the council's head of transport, adding that ferries would run every twenty minutes.\n\n"
           "Shop owners on the waterfront fear that the closure will keep visitors away during the busy spring season, "
           "and several of them have asked the council for help with their rent and their loans.\n\n"
           "\xe2\x80\x9cThis is the worst possible time for us, right before the spring crowds arrive,\xe2\x80\x9d said Tom Barker, "
           "who runs a small cafe near the bridge and has lived in the town for thirty years.\n\n"
           "The council said the repairs would cost four million pounds and would be paid from the national "
           "infrastructure fund that the government set up last year for ageing bridges and tunnels.\n";
}

inline const char *versionB()
{
    return "Westport harbour bridge to close for repairs\n\n"
           "2026-03-03 | Daily Tide\n\n"
           "The harbour bridge in Westport will close for seven weeks from Monday while engineers replace the corroded "
           "steel cables that hold up its main span, the county council announced on Tuesday evening after a long meeting.\n\n"
           "\xe2\x80\x9cWe cannot keep the bridge safely open until every one of the old cables has been replaced,\xe2\x80\x9d said "
           "Maria Lindqvist, the council's head of transport, adding that ferries would run every twenty minutes.\n\n"
           "Shop owners on the waterfront fear that the closure will keep visitors away during the busy spring season, "
           "and several of them have asked the council for help with their rent and their loans.\n\n"
           "\xe2\x80\x9cThis is the worst possible time for us, right before the spring crowds arrive,\xe2\x80\x9d said Tom Barker, "
           "who runs a small cafe near the bridge and has lived in the town for thirty years.\n\n"
           "Work on the cables is expected to start at dawn on Monday if the weather allows the cranes to be raised.\n\n"
           "The council said the repairs would cost four million pounds and would be paid from the national "
           "infrastructure fund that the government set up last year for ageing bridges and tunnels.\n";
}

inline const char *unrelated()
{
    return "Library extends its opening hours\n\n"
           "2026-03-01 | Coast Herald\n\n"
           "The town library will stay open until nine in the evening on weekdays from April, after a survey of its "
           "readers showed that most of them work during the day and could not visit before it closed.\n\n"
           "\xe2\x80\x9cWe want the library to be a place for everyone, whatever hours they work,\xe2\x80\x9d said Anna Berg, "
           "the head librarian, who has run the library for a decade.\n";
}

/** Writes the three articles under `dir`: coast/bridge.txt, tide/bridge.txt, coast/library.txt. */
inline bool write(const QString &dir)
{
    return TestUtil::writeFile(dir + QStringLiteral("/coast/bridge.txt"), versionA())
        && TestUtil::writeFile(dir + QStringLiteral("/tide/bridge.txt"), versionB())
        && TestUtil::writeFile(dir + QStringLiteral("/coast/library.txt"), unrelated());
}

} // namespace LinkFixture
