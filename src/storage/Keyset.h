#pragma once

#include "storage/SqlWhere.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace ga {

class Query;

// Where the next page of a list starts: the sort-key values of the last row shown, in the order
// of the Keyset's columns. Read from a page's rows (Keyset::cursorAt), handed back unchanged for
// the next page. Empty: start at the first row.
struct KeysetCursor
{
    QVariantList values;

    bool isEmpty() const { return values.isEmpty(); }
    bool operator==(const KeysetCursor &) const = default;
};

// The sort key of a list paged by key (keyset paging): N column expressions, one direction,
// the last column unique (usually the id), so every row has one place in the order. It writes
// the ORDER BY, the SELECT columns a cursor is read back from, and the seek condition "after the
// cursor" into a SqlWhere, so a page deep in a list costs what the first one does.
//
// Every column must be NOT NULL: coalesce a nullable one in the expression (and in its index),
// e.g. "coalesce(s.post_start, '')". The seek is written out rather than as a row value, so it
// reads the same on PostgreSQL; for descending (a, id) after (va, vid):
//
//     a <= :va AND (a < :va OR (a = :va AND id < :vid))
//
// The leading `a <= :va` is implied by the rest; it is there so SQLite's index range on `a`
// starts at the cursor instead of the OR being tested row by row from the top of the list.
//
// When the leading column has few distinct values (a status, a flag), that range starts at the
// top of the cursor's value and walks every row of it before the cursor. Give `splitLeading` = 1:
// the seek becomes two ranges run one after the other, each starting at the cursor — the rest of
// the cursor's value (`a = :va AND id < :vid`), then the values after it (`a < :va`). page()
// runs them and stops when the page is full.
class Keyset
{
public:
    enum class Direction { Ascending, Descending };

    Keyset(const QStringList &columns, Direction direction, int splitLeading = 0);
    Keyset(const QStringList &columns, bool descending, int splitLeading = 0)
        : Keyset(columns, descending ? Direction::Descending : Direction::Ascending, splitLeading)
    {
    }

    const QStringList &columns() const { return m_columns; }
    bool isDescending() const { return m_direction == Direction::Descending; }

    // " ORDER BY a DESC, b DESC"; from `fromColumn` on, for a range whose leading columns are
    // fixed by equalities (SQLite sorts an indexed expression fixed by `=` again otherwise).
    QString orderBy(int fromColumn = 0) const;
    // ", a, b": appended to a page's SELECT list so cursorAt() can read each row's key.
    QString selectList() const;
    // The key of the current row of `q`, whose SELECT list has selectList() from `firstColumn`.
    KeysetCursor cursorAt(const Query &q, int firstColumn) const;
    // The same, for a SELECT list that ends with selectList().
    KeysetCursor cursorAtEnd(const Query &q) const;

    // Adds "after `after`" as one condition (nothing for an empty cursor). Ignores splitLeading.
    void addAfter(SqlWhere &where, const KeysetCursor &after) const;
    // One index range of the rows after a cursor: its WHERE clause and its ORDER BY.
    struct Range
    {
        SqlWhere where;
        QString orderBy;
    };
    // The ranges whose rows, read one after the other, are the rows after `after` in the key's
    // order: one with splitLeading 0 (addAfter), else the ranges described above; `base` (the
    // list's filters) is in each. An empty cursor gives `base` alone, in orderBy().
    QList<Range> rangesAfter(const SqlWhere &base, const KeysetCursor &after) const;

    // The page of at most `limit` rows after `after`: `fetch(where, orderBy, limit)` runs the
    // list's SELECT with `where`, `orderBy` and LIMIT and returns its rows; it is called once per
    // range until the page is full.
    template<typename Fetch>
    auto page(const SqlWhere &base, const KeysetCursor &after, int limit, Fetch fetch) const
        -> decltype(fetch(base, QString(), limit))
    {
        decltype(fetch(base, QString(), limit)) rows;
        if (limit <= 0)
            return rows;
        for (const Range &range : rangesAfter(base, after)) {
            rows += fetch(range.where, range.orderBy, limit - int(rows.size()));
            if (rows.size() >= limit)
                break;
        }
        return rows;
    }

private:
    // The OR expansion over columns [from, size) after values[from…], with a leading bound when
    // `leadingBound`.
    QString after(int from, const KeysetCursor &cursor, SqlWhere::Binds &binds,
                  bool leadingBound) const;
    QString bindName(int column, SqlWhere::Binds &binds) const;

    QStringList m_columns;
    Direction m_direction;
    int m_splitLeading;
};

} // namespace ga
