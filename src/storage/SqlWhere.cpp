#include "storage/SqlWhere.h"

namespace ga {

SqlWhere &SqlWhere::add(const QString &condition)
{
    const bool hasOr = condition.contains(QStringLiteral(" OR "), Qt::CaseInsensitive);
    m_sql += (m_sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
        + (hasOr ? QLatin1Char('(') + condition + QLatin1Char(')') : condition);
    return *this;
}

SqlWhere &SqlWhere::add(const QString &condition, const QString &name, const QVariant &value)
{
    add(condition);
    return bind(name, value);
}

SqlWhere &SqlWhere::bind(const QString &name, const QVariant &value)
{
    m_binds.append({name, value});
    return *this;
}

QString SqlWhere::andClause() const
{
    return m_sql.isEmpty() ? QString() : QStringLiteral(" AND ") + m_sql.mid(7); // after " WHERE "
}

SqlWhere &SqlWhere::add(const SqlWhere &other)
{
    if (other.isEmpty())
        return *this;
    // other.m_sql is " WHERE …": keep what follows the keyword.
    static const int keyword = int(QStringLiteral(" WHERE ").size());
    m_sql += (m_sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
        + other.m_sql.mid(keyword);
    m_binds += other.m_binds;
    return *this;
}

void SqlWhere::bindTo(Query &q) const
{
    for (const auto &[name, value] : m_binds)
        q.bind(name, value);
}

} // namespace ga
