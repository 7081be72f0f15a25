#pragma once

#include "widgets/common/PagedTableModel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QList>
#include <QPalette>

#include <functional>

namespace ga {

// What a record list's tab (RecordListTab) needs of its model, whatever the kind of record:
// the id of a row and whether the record is active (retired ones are drawn greyed).
class RecordListModel : public PagedTableModel
{
    Q_OBJECT
public:
    using PagedTableModel::PagedTableModel;

    // 0 when `row` is not loaded.
    virtual qint64 idAt(int row) const = 0;
    virtual bool isActiveAt(int row) const = 0;
    // Whether a click on a column header sorts the list (in SQL).
    virtual bool isSortable() const = 0;
    // The loaded row holding record `id`, or -1.
    int rowOfId(qint64 id) const;
};

// One column of a record list: its header, a row's value, and optionally its alignment and
// tooltip.
template<typename Row> struct RecordColumn
{
    using Value = std::function<QVariant(const Row &)>;

    RecordColumn(QString header, Value value,
                 Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter, Value toolTip = {},
                 Value foreground = {})
        : header(std::move(header))
        , value(std::move(value))
        , alignment(alignment)
        , toolTip(std::move(toolTip))
        , foreground(std::move(foreground))
    {
    }

    QString header;
    Value value;
    Qt::Alignment alignment;
    Value toolTip;
    Value foreground; // a QBrush for an active row's text (a status in its colour); none: default
};

// A column of amounts, counts or areas: right-aligned.
template<typename Row>
RecordColumn<Row> numberColumn(const QString &header, std::function<QVariant(const Row &)> value)
{
    return {header, std::move(value), Qt::AlignRight | Qt::AlignVCenter};
}

// The list of records of one kind, paged by key (rows of type Row, each with its KeysetCursor
// `key`), configured instead of written: its columns, how a page is fetched (a service call),
// the row's id and, for kinds with a status, which rows are active. Sorting, when offered, is
// done in SQL: sort() hands the column to the configured sorter (which records it in the list's
// filter) and reloads.
template<typename Row> class RecordTableModel : public RecordListModel
{
public:
    struct Spec
    {
        QList<RecordColumn<Row>> columns;
        std::function<QList<Row>(const KeysetCursor &after, int limit)> fetch;
        std::function<qint64(const Row &)> id;
        std::function<bool(const Row &)> active; // none: every row is
        std::function<void(int column, Qt::SortOrder order)> sort; // none: not sortable
    };

    explicit RecordTableModel(Spec spec, QObject *parent = nullptr, int pageSize = 200)
        : RecordListModel(parent, pageSize)
        , m_spec(std::move(spec))
    {
    }

    const Row *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    qint64 idAt(int row) const override
    {
        const Row *r = rowAt(row);
        return r ? m_spec.id(*r) : 0;
    }
    bool isActiveAt(int row) const override
    {
        const Row *r = rowAt(row);
        return r && (!m_spec.active || m_spec.active(*r));
    }
    bool isSortable() const override { return bool(m_spec.sort); }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_spec.columns.size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        const Row *row = rowAt(index.row());
        if (!row || !index.isValid() || index.column() >= m_spec.columns.size())
            return {};
        const RecordColumn<Row> &column = m_spec.columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
            return column.value(*row);
        case Qt::TextAlignmentRole:
            return int(column.alignment);
        case Qt::ToolTipRole:
            return column.toolTip ? column.toolTip(*row) : QVariant();
        case Qt::UserRole:
            return m_spec.id(*row);
        case Qt::ForegroundRole:
            if (isActiveAt(index.row()))
                return column.foreground ? column.foreground(*row) : QVariant();
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        default:
            return {};
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
            && section < m_spec.columns.size())
            return m_spec.columns.at(section).header;
        return RecordListModel::headerData(section, orientation, role);
    }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        if (!m_spec.sort || column < 0 || column >= m_spec.columns.size())
            return;
        m_spec.sort(column, order);
        reload();
    }

protected:
    int fetchPage(const KeysetCursor &after, int limit) override
    {
        m_fetched = m_spec.fetch(after, limit);
        return int(m_fetched.size());
    }
    KeysetCursor keyOfRow(int row) const override { return m_rows.at(row).key; }
    void appendFetched() override
    {
        m_rows += m_fetched;
        m_fetched.clear();
    }
    void clearRows() override
    {
        m_rows.clear();
        m_fetched.clear();
    }
    int loadedRowCount() const override { return int(m_rows.size()); }

private:
    Spec m_spec;
    QList<Row> m_rows;
    QList<Row> m_fetched;
};

} // namespace ga
