#pragma once

#include "energy/EnergyTypes.h"
#include "widgets/common/Page.h"

#include <QAbstractTableModel>
#include <QTableView>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;

namespace ga::energy {

class EnergyService;

// The monthly entry grid's rows: one per meter of the month (GridRow), the month's value the
// only editable column. A typed value goes to the service through `save` (set by the tab); a
// value that does not parse is refused with `refused`.
class EntryGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Building, Meter, Type, Unit, LastYear, LastMonth, Value, Use, Status, ColumnCount };

    explicit EntryGridModel(QObject *parent = nullptr);

    void setRows(const QList<GridRow> &rows);
    const GridRow *rowAt(int row) const;
    int rowOfMeter(qint64 meterId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // The clerk typed `milli` for the row's meter.
    void valueEntered(int row, qint64 milli);
    void refused(const QString &message);

private:
    QList<GridRow> m_rows;
};

// The grid's view: Enter after typing a value moves to the next row's value, so a month is
// typed as value, Enter, value, Enter…
class EntryGridView : public QTableView
{
    Q_OBJECT
public:
    using QTableView::QTableView;

protected:
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
};

// The monthly entry grid (buildings × meters for one month): last month and the same month a
// year before beside each cell; a flagged value opens the confirmation at once.
class EntryGridTab : public Page
{
    Q_OBJECT
public:
    explicit EntryGridTab(EnergyService &energy, QWidget *parent = nullptr);

    void activate() override;
    void setMonth(const QString &month);
    QString month() const;
    EntryGridView *view() const { return m_view; }
    EntryGridModel *model() const { return m_model; }

private:
    void reload();
    void save(int row, qint64 milli);
    void confirmCurrent();
    void updateSummary();

    EnergyService &m_energy;
    QDateEdit *m_month = nullptr;
    QComboBox *m_building = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_confirm = nullptr;
    EntryGridView *m_view = nullptr;
    EntryGridModel *m_model = nullptr;
    bool m_saving = false;
};

} // namespace ga::energy
