#include "org/OrgSql.h"

#include "core/Period.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QCoreApplication>

namespace ga::orgsql {

QString likePattern(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    t.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    t.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + t + QLatin1Char('%');
}

QStringList referencingTables(const Database &db, const QString &table, qint64 id, bool ignoreSelf)
{
    const QString context = QCoreApplication::translate("OrgSql", "checking what refers to a record");
    // The foreign keys that point at `table`: SQLite's pragma, PostgreSQL's catalog.
    Query fk(db,
             db.isPostgres()
                 ? QStringLiteral("SELECT cl.relname, a.attname FROM pg_constraint c "
                                  "JOIN pg_class cl ON cl.oid = c.conrelid "
                                  "JOIN pg_attribute a ON a.attrelid = c.conrelid "
                                  "AND a.attnum = c.conkey[1] "
                                  "WHERE c.contype = 'f' AND c.confrelid = to_regclass(:table) "
                                  "ORDER BY cl.relname, a.attname")
                 : QStringLiteral("SELECT m.name, p.\"from\" FROM sqlite_master m, "
                                  "pragma_foreign_key_list(m.name) p "
                                  "WHERE m.type = 'table' AND p.\"table\" = :table ORDER BY m.name"),
             context);
    fk.bind(QStringLiteral(":table"), table).exec();
    QList<QPair<QString, QString>> refs;
    while (fk.next()) {
        const QString t = fk.value(0).toString();
        if (ignoreSelf && t == table)
            continue;
        refs.append({t, fk.value(1).toString()});
    }
    QStringList found;
    for (const auto &[t, column] : refs) {
        if (found.contains(t))
            continue;
        QString quotedTable = t;
        QString quotedColumn = column;
        quotedTable.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        quotedColumn.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        Query q(db,
                QStringLiteral("SELECT 1 FROM \"%1\" WHERE \"%2\" = :id LIMIT 1")
                    .arg(quotedTable, quotedColumn),
                context);
        q.bind(QStringLiteral(":id"), id);
        if (q.scalar(0).toInt() == 1)
            found << t;
    }
    return found;
}

QVariant textValue(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(toIsoDate(d)) : QVariant();
}

QDate dateFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    return fromIsoDate(v.toString()).value_or(QDate());
}

} // namespace ga::orgsql
