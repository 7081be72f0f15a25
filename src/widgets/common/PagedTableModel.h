#pragma once

#include "storage/Keyset.h"

#include <QAbstractTableModel>

namespace ga {

// Base of list models over large tables: rows arrive a page at a time from a service
// (the widget never runs SQL), through Qt's canFetchMore()/fetchMore(), so a list of a
// million trips opens at once and holds only what was scrolled to.
//
// Pages are fetched by key (keyset paging, see ga::Keyset): each row a service lists carries its
// sort key (a KeysetCursor, `row.key`), and the next page is the one after the last row loaded,
// so a page deep in a list costs what the first one does. A subclass keeps its own row storage
// and implements:
//   - fetchPage(after, limit): ask the service for the `limit` rows after the row whose key is
//     `after` (empty: the first page) under the current filter and sort, keep them aside (not
//     yet visible), return how many there are;
//   - keyOfRow(row): the key of a visible row (`m_rows.at(row).key`);
//   - appendFetched(): move the rows kept aside to the end of the visible rows;
//   - clearRows(): drop the stored rows;
//   - loadedRowCount(): how many are visible.
// Call reload() after changing the filter or sort (sorting is done in SQL: override sort() to
// record the column and call reload()).
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit PagedTableModel(QObject *parent = nullptr, int pageSize = 200);

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Clears and fetches the first page again.
    void reload();
    int pageSize() const { return m_pageSize; }

signals:
    // Emitted after each reload, e.g. to update a "n rows" label.
    void reloaded();

protected:
    virtual int fetchPage(const KeysetCursor &after, int limit) = 0;
    virtual KeysetCursor keyOfRow(int row) const = 0;
    virtual void appendFetched() = 0;
    virtual void clearRows() = 0;
    virtual int loadedRowCount() const = 0;

private:
    int m_pageSize;
    bool m_exhausted = false;
};

} // namespace ga
