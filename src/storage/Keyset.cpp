#include "storage/Keyset.h"

#include "core/Error.h"
#include "storage/Query.h"

namespace ga {

Keyset::Keyset(const QStringList &columns, Direction direction, int splitLeading)
    : m_columns(columns)
    , m_direction(direction)
    , m_splitLeading(qBound(0, splitLeading, int(columns.size()) - 1))
{
    Q_ASSERT(!columns.isEmpty());
}

QString Keyset::orderBy(int fromColumn) const
{
    const QString dir = isDescending() ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList parts;
    for (int i = qBound(0, fromColumn, int(m_columns.size()) - 1); i < m_columns.size(); ++i)
        parts << m_columns.at(i) + dir;
    return QStringLiteral(" ORDER BY ") + parts.join(QStringLiteral(", "));
}

QString Keyset::selectList() const
{
    return QStringLiteral(", ") + m_columns.join(QStringLiteral(", "));
}

KeysetCursor Keyset::cursorAt(const Query &q, int firstColumn) const
{
    KeysetCursor c;
    c.values.reserve(m_columns.size());
    for (int i = 0; i < m_columns.size(); ++i)
        c.values.append(q.value(firstColumn + i));
    return c;
}

KeysetCursor Keyset::cursorAtEnd(const Query &q) const
{
    return cursorAt(q, q.columnCount() - int(m_columns.size()));
}

QString Keyset::bindName(int column, SqlWhere::Binds &binds) const
{
    // Each occurrence has its own name: a name used twice is not portable across drivers.
    return QStringLiteral(":ks%1_%2").arg(column).arg(binds.size());
}

QString Keyset::after(int from, const KeysetCursor &cursor, SqlWhere::Binds &binds,
                      bool leadingBound) const
{
    const QString lt = isDescending() ? QStringLiteral(" < ") : QStringLiteral(" > ");
    const QString le = isDescending() ? QStringLiteral(" <= ") : QStringLiteral(" >= ");
    const int last = int(m_columns.size()) - 1;
    auto bound = [&](int i) {
        const QString name = bindName(i, binds);
        binds.append({name, cursor.values.at(i)});
        return name;
    };
    // Built from the last column outwards: c_n < v_n, then c_i < v_i OR (c_i = v_i AND (…)).
    QString sql = m_columns.at(last) + lt + bound(last);
    for (int i = last - 1; i >= from; --i) {
        const QString strict = m_columns.at(i) + lt + bound(i);
        const QString equal = m_columns.at(i) + QStringLiteral(" = ") + bound(i);
        sql = strict + QStringLiteral(" OR (") + equal + QStringLiteral(" AND ")
            + (i + 1 < last ? QLatin1Char('(') + sql + QLatin1Char(')') : sql) + QLatin1Char(')');
    }
    if (leadingBound && from < last)
        sql = m_columns.at(from) + le + bound(from) + QStringLiteral(" AND (") + sql
            + QLatin1Char(')');
    return sql;
}

void Keyset::addAfter(SqlWhere &where, const KeysetCursor &after) const
{
    if (after.isEmpty())
        return;
    if (after.values.size() != m_columns.size())
        throw StorageError(QStringLiteral("keyset cursor of %1 values for a key of %2 columns")
                               .arg(after.values.size())
                               .arg(m_columns.size()));
    SqlWhere::Binds binds;
    const QString sql = this->after(0, after, binds, true);
    where.add(sql);
    for (const auto &[name, value] : binds)
        where.bind(name, value);
}

QList<Keyset::Range> Keyset::rangesAfter(const SqlWhere &base, const KeysetCursor &after) const
{
    if (after.isEmpty())
        return {{base, orderBy()}};
    if (m_splitLeading == 0) {
        SqlWhere w = base;
        addAfter(w, after);
        return {{w, orderBy()}};
    }
    if (after.values.size() != m_columns.size())
        throw StorageError(QStringLiteral("keyset cursor of %1 values for a key of %2 columns")
                               .arg(after.values.size())
                               .arg(m_columns.size()));
    // Range 0: the split columns equal to the cursor's, the rest after it; then, for each split
    // column from the innermost out, the columns before it equal and it strictly after.
    const QString lt = isDescending() ? QStringLiteral(" < ") : QStringLiteral(" > ");
    QList<Range> ranges;
    for (int strictAt = m_splitLeading; strictAt >= 0; --strictAt) {
        SqlWhere w = base;
        SqlWhere::Binds binds;
        for (int i = 0; i < strictAt; ++i) {
            const QString name = bindName(i, binds);
            binds.append({name, after.values.at(i)});
            w.add(m_columns.at(i) + QStringLiteral(" = ") + name);
        }
        if (strictAt == m_splitLeading) {
            w.add(this->after(strictAt, after, binds, true));
        } else {
            const QString name = bindName(strictAt, binds);
            binds.append({name, after.values.at(strictAt)});
            w.add(m_columns.at(strictAt) + lt + name);
        }
        for (const auto &[name, value] : binds)
            w.bind(name, value);
        // The columns before `strictAt` are fixed: order by the rest.
        ranges << Range {w, orderBy(strictAt)};
    }
    return ranges;
}

} // namespace ga
