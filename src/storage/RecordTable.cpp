#include "storage/RecordTable.h"

#include "storage/Database.h"

namespace ga {

RecordTable::RecordTable(QString name, QStringList columns)
    : m_name(std::move(name))
    , m_columns(std::move(columns))
{
}

QString RecordTable::insertSql(bool withCreatedAt) const
{
    QStringList cols = m_columns;
    if (withCreatedAt)
        cols << QStringLiteral("created_at");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (:%3)")
        .arg(m_name, cols.join(QStringLiteral(", ")), cols.join(QStringLiteral(", :")));
}

QString RecordTable::updateSql() const
{
    QStringList sets;
    for (const QString &c : m_columns)
        sets << QStringLiteral("%1 = :%1").arg(c);
    return QStringLiteral("UPDATE %1 SET %2 WHERE id = :id")
        .arg(m_name, sets.join(QStringLiteral(", ")));
}

qint64 RecordTable::insert(const Database &db, const QString &context, const Binder &bind,
                           std::optional<qint64> createdAt) const
{
    Query q(db, insertSql(createdAt.has_value()), context);
    bind(q);
    if (createdAt)
        q.bind(QStringLiteral(":created_at"), *createdAt);
    q.exec();
    return q.lastInsertId();
}

void RecordTable::update(const Database &db, qint64 id, const QString &context,
                         const Binder &bind) const
{
    Query q(db, updateSql(), context);
    bind(q);
    q.bind(QStringLiteral(":id"), id).exec();
}

void RecordTable::set(const Database &db, qint64 id, const QString &column, const QVariant &value,
                      const QString &context) const
{
    Query q(db, QStringLiteral("UPDATE %1 SET %2 = :value WHERE id = :id").arg(m_name, column),
            context);
    q.bind(QStringLiteral(":value"), value).bind(QStringLiteral(":id"), id).exec();
}

void RecordTable::remove(const Database &db, qint64 id, const QString &context) const
{
    Query q(db, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(m_name), context);
    q.bind(QStringLiteral(":id"), id).exec();
}

} // namespace ga
