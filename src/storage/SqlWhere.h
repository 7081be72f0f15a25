#pragma once

#include "storage/Query.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

namespace ga {

// A WHERE clause built from conditions, with its named binds, shared by a list's page and count
// queries (filters, the agency scope, the keyset cursor all add to it).
//
//     SqlWhere w;
//     w.add("s.department_id = :dept", ":dept", id);
//     Query q(db, "SELECT … FROM staff s" + w.sql() + " ORDER BY …", tr("listing staff"));
//     w.bindTo(q);
struct SqlWhere
{
    using Binds = QList<std::pair<QString, QVariant>>;

    // " WHERE a AND b …", or empty when there is no condition.
    const QString &sql() const { return m_sql; }
    const Binds &binds() const { return m_binds; }
    bool isEmpty() const { return m_sql.isEmpty(); }
    // " AND a AND b …": the same conditions, to follow a WHERE the query writes itself.
    QString andClause() const;

    // Appends a condition (parenthesised when it holds an OR), with no or one bind.
    SqlWhere &add(const QString &condition);
    SqlWhere &add(const QString &condition, const QString &name, const QVariant &value);
    // A bind for a condition added before (a condition that names several values).
    SqlWhere &bind(const QString &name, const QVariant &value);
    // Appends the conditions and binds of `other` (e.g. a list's filters after its join).
    SqlWhere &add(const SqlWhere &other);

    void bindTo(Query &q) const;

private:
    QString m_sql;
    Binds m_binds;
};

} // namespace ga
