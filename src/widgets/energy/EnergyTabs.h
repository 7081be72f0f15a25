#pragma once

#include "energy/EnergyTypes.h"
#include "widgets/common/RecordListTab.h"
#include "widgets/common/RecordTableModel.h"

class QCheckBox;
class QComboBox;
class QTreeWidget;

namespace ga::energy {

class EnergyService;

// The meters register, paged by key in SQL within the user's scope.
class MeterTableModel : public RecordTableModel<MeterRow>
{
    Q_OBJECT
public:
    MeterTableModel(EnergyService &energy, QObject *parent = nullptr);
    const MeterFilter &filter() const { return m_filter; }
    void setFilter(const MeterFilter &filter);

private:
    Spec spec(EnergyService &energy);
    MeterFilter m_filter;
};

class MetersTab : public RecordListTab
{
    Q_OBJECT
public:
    explicit MetersTab(EnergyService &energy, QWidget *parent = nullptr);
    MeterTableModel *model() const { return m_model; }

protected:
    bool canEdit() const override;
    void reloadChoices() override;
    void applyFilter() override;
    QString countText() const override;
    void addRecord() override;
    void editCurrent() override;
    void retireCurrent() override;
    void reactivateCurrent() override;
    void deleteCurrent() override;

private:
    const MeterRow *currentRow() const;

    EnergyService &m_energy;
    QComboBox *m_type = nullptr;
    QCheckBox *m_showRetired = nullptr;
    MeterTableModel *m_model = nullptr;
};

// The standard-coal coefficient table, every version by type and date; admins add versions
// and correct them (audited).
class CoefficientsTab : public RecordCommandsPage
{
    Q_OBJECT
public:
    explicit CoefficientsTab(EnergyService &energy, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

protected:
    bool canEdit() const override;
    std::optional<Current> currentRecord() const override;
    void reload() override;
    void addRecord() override;
    void editCurrent() override;

private:
    EnergyService &m_energy;
    QTreeWidget *m_tree = nullptr;
    QList<Coefficient> m_coefficients;
};

} // namespace ga::energy
