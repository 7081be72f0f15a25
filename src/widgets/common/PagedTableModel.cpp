#include "widgets/common/PagedTableModel.h"

namespace ga {

PagedTableModel::PagedTableModel(QObject *parent, int pageSize)
    : QAbstractTableModel(parent)
    , m_pageSize(pageSize)
{}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : loadedRowCount();
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    const int before = loadedRowCount();
    const int fetched = fetchPage(before > 0 ? keyOfRow(before - 1) : KeysetCursor {}, m_pageSize);
    if (fetched < m_pageSize)
        m_exhausted = true;
    if (fetched <= 0)
        return;
    beginInsertRows({}, before, before + fetched - 1);
    appendFetched();
    endInsertRows();
}

void PagedTableModel::reload()
{
    beginResetModel();
    clearRows();
    m_exhausted = false;
    if (fetchPage(KeysetCursor {}, m_pageSize) < m_pageSize)
        m_exhausted = true;
    appendFetched();
    endResetModel();
    emit reloaded();
}

} // namespace ga
