// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis.h"

namespace Dossier {

QString entityTypeCode(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QStringLiteral("PER");
    case EntityType::Organisation:
        return QStringLiteral("ORG");
    case EntityType::Location:
        return QStringLiteral("LOC");
    case EntityType::Date:
        return QStringLiteral("DATE");
    }
    return QStringLiteral("PER");
}

bool entityTypeFromCode(const QString &code, EntityType *type)
{
    static const EntityType all[] = {EntityType::Person, EntityType::Organisation, EntityType::Location,
                                     EntityType::Date};
    for (EntityType t : all) {
        if (code == entityTypeCode(t)) {
            *type = t;
            return true;
        }
    }
    return false;
}

} // namespace Dossier
