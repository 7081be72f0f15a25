#pragma once

#include "storage/Keyset.h"
#include "storage/Query.h"
#include "storage/SqlWhere.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ga {

class Database;

// The table of one kind of record and the columns a save writes, each bound as ":column". Its
// INSERT and UPDATE are both made from this, so a repository names its columns once:
//
//     const RecordTable kBuildings {"buildings", {"code", "name", …}};
//     qint64 id = kBuildings.insert(db, tr("saving a building"), [&](Query &q) { bind(b, q); });
//
// `created_at` is written by insert() when `createdAt` is given (most tables keep it).
class RecordTable
{
public:
    using Binder = std::function<void(Query &)>;

    RecordTable(QString name, QStringList columns);

    const QString &name() const { return m_name; }
    const QStringList &columns() const { return m_columns; }
    QString insertSql(bool withCreatedAt) const;
    QString updateSql() const;

    // Runs the INSERT with `bind`'s values (and :created_at); returns the new id.
    qint64 insert(const Database &db, const QString &context, const Binder &bind,
                  std::optional<qint64> createdAt = std::nullopt) const;
    // Runs the UPDATE of row `id` with `bind`'s values.
    void update(const Database &db, qint64 id, const QString &context, const Binder &bind) const;
    // Sets one column of row `id` (a status change); deletes row `id`.
    void set(const Database &db, qint64 id, const QString &column, const QVariant &value,
             const QString &context) const;
    void remove(const Database &db, qint64 id, const QString &context) const;

private:
    QString m_name;
    QStringList m_columns;
};

// The page of at most `limit` rows after `after` of a list read as
//     SELECT <columns> <keyset columns> <from> <base and the seek> <keyset order> LIMIT n
// each row made by `read(q)` and given its key (`row.key`): the shape every keyset-paged list
// shares, so a repository writes only its columns, its joins, its filters and its reader.
template<typename Row, typename Read>
QList<Row> keysetPage(const Database &db, const QString &columns, const QString &from,
                      const SqlWhere &base, const Keyset &keyset, const KeysetCursor &after,
                      int limit, const QString &context, Read read)
{
    return keyset.page(base, after, limit, [&](const SqlWhere &w, const QString &orderBy, int n) {
        QList<Row> rows;
        Query q(db,
                QStringLiteral("SELECT ") + columns + keyset.selectList() + from + w.sql() + orderBy
                    + QStringLiteral(" LIMIT :limit"),
                context);
        w.bindTo(q);
        q.bind(QStringLiteral(":limit"), n).exec();
        while (q.next()) {
            Row row = read(q);
            row.key = keyset.cursorAtEnd(q);
            rows << row;
        }
        return rows;
    });
}

} // namespace ga
