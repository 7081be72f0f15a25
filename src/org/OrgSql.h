#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace ga {

class Database;

// Small SQL helpers shared by the organisation repositories (not a public API).
namespace orgsql {

// "%text%" with LIKE's wildcards escaped (use with ESCAPE '\').
QString likePattern(const QString &text);

// The tables holding at least one row whose foreign key points at `table`.`id`, found from the
// schema's declared foreign keys, so tables added by later migrations are covered too.
// `ignoreSelf` leaves out references from `table` to itself (a department's sub-departments).
QStringList referencingTables(const Database &db, const QString &table, qint64 id,
                              bool ignoreSelf = false);

// A non-null string for NOT NULL TEXT columns (a null QString would bind as SQL NULL).
QVariant textValue(const QString &s);
QVariant dateValue(const QDate &d);      // NULL for an invalid date
QDate dateFrom(const QVariant &v);       // invalid for NULL or malformed

} // namespace orgsql
} // namespace ga
