#pragma once

#include "housing/HousingTypes.h"
#include "widgets/common/RecordListTab.h"
#include "widgets/common/RecordTableModel.h"

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace ga {
class OrgService;
}

namespace ga::housing {

class HousingService;

// The tabs of the Housing page. The lists are RecordListTabs over RecordTableModels paged by
// key from HousingService (which scopes every read); the queue and the alerts are short lists.

class ComplexesTab : public RecordListTab
{
    Q_OBJECT
public:
    ComplexesTab(HousingService &housing, OrgService &org, QWidget *parent = nullptr);

protected:
    bool canEdit() const override;
    void applyFilter() override;
    QString countText() const override;
    void addRecord() override;
    void editCurrent() override;
    void retireCurrent() override;
    void reactivateCurrent() override;
    void deleteCurrent() override;

private:
    HousingService &m_housing;
    OrgService &m_org;
    QCheckBox *m_showRetired = nullptr;
    bool m_includeRetired = false;
    RecordTableModel<ComplexRow> *m_model = nullptr;
};

// The flats register: Retire and Reactivate set a flat to maintenance and back to vacant.
class FlatsTab : public RecordListTab
{
    Q_OBJECT
public:
    explicit FlatsTab(HousingService &housing, QWidget *parent = nullptr);
    RecordTableModel<FlatRow> *model() const { return m_model; }

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
    HousingService &m_housing;
    QComboBox *m_complex = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_layout = nullptr;
    FlatFilter m_filter;
    RecordTableModel<FlatRow> *m_model = nullptr;
};

class ApplicationsTab : public RecordListTab
{
    Q_OBJECT
public:
    ApplicationsTab(HousingService &housing, OrgService &org, QWidget *parent = nullptr);

protected:
    bool canEdit() const override;
    void reloadChoices() override;
    void applyFilter() override;
    QString countText() const override;
    void addRecord() override;
    void deleteCurrent() override; // withdraws

private:
    HousingService &m_housing;
    OrgService &m_org;
    QComboBox *m_layout = nullptr;
    QCheckBox *m_showClosed = nullptr;
    ApplicationFilter m_filter;
    RecordTableModel<ApplicationRow> *m_model = nullptr;
};

// The queue of one layout (priority, then date, with each place and the reasons recorded when
// an applicant was passed over) and the open offers, with Offer, Accept and Decline.
class QueueTab : public Page
{
    Q_OBJECT
public:
    explicit QueueTab(HousingService &housing, QWidget *parent = nullptr);
    void activate() override;
    QTableWidget *queueTable() const { return m_queue; }
    QTableWidget *offersTable() const { return m_offers; }

private:
    void reload();
    void offer();
    void accept();
    void decline();

    HousingService &m_housing;
    QComboBox *m_layout = nullptr;
    QTableWidget *m_queue = nullptr;
    QTableWidget *m_offers = nullptr;
    QAction *m_offer = nullptr;
    QAction *m_accept = nullptr;
    QAction *m_decline = nullptr;
    QList<ApplicationRow> m_rows;
    QList<OfferRow> m_openOffers;
};

// Tenancies: Edit extends the agreed end; Check out makes the inspection and the settlement.
class TenanciesTab : public RecordListTab
{
    Q_OBJECT
public:
    explicit TenanciesTab(HousingService &housing, QWidget *parent = nullptr);
    QAction *checkOutAction() const { return m_checkOut; }

protected:
    bool canEdit() const override;
    void reloadChoices() override;
    void applyFilter() override;
    QString countText() const override;
    void editCurrent() override; // extends

private:
    void checkOutCurrent();
    const TenancyRow *currentRow() const;

    HousingService &m_housing;
    QComboBox *m_complex = nullptr;
    QCheckBox *m_showEnded = nullptr;
    QAction *m_checkOut = nullptr;
    TenancyFilter m_filter;
    RecordTableModel<TenancyRow> *m_model = nullptr;
};

// The rent roll of one month: Generate writes the month's lines (once), Edit records a payment.
class RentRollTab : public RecordListTab
{
    Q_OBJECT
public:
    explicit RentRollTab(HousingService &housing, QWidget *parent = nullptr);
    QAction *generateAction() const { return m_generate; }
    QLineEdit *monthEdit() const { return m_month; }

protected:
    bool canEdit() const override;
    void reloadChoices() override;
    void applyFilter() override;
    QString countText() const override;
    void editCurrent() override; // records a payment

private:
    void generate();

    HousingService &m_housing;
    QLineEdit *m_month = nullptr;
    QComboBox *m_complex = nullptr;
    QCheckBox *m_unpaidOnly = nullptr;
    QAction *m_generate = nullptr;
    RentRollFilter m_filter;
    RecordTableModel<RentLineRow> *m_model = nullptr;
};

// Arrears per tenant (most owed first) and, in the count line, per complex.
class ArrearsTab : public RecordListTab
{
    Q_OBJECT
public:
    explicit ArrearsTab(HousingService &housing, QWidget *parent = nullptr);

protected:
    bool canEdit() const override { return false; }
    void reloadChoices() override;
    void applyFilter() override;
    QString countText() const override;

private:
    HousingService &m_housing;
    QComboBox *m_complex = nullptr;
    QSpinBox *m_minMonths = nullptr;
    QLabel *m_byComplex = nullptr;
    ArrearsFilter m_filter;
    RecordTableModel<ArrearsRow> *m_model = nullptr;
};

class HousingAlertsTab : public Page
{
    Q_OBJECT
public:
    explicit HousingAlertsTab(HousingService &housing, QWidget *parent = nullptr);
    void activate() override;
    QTreeWidget *tree() const { return m_tree; }

private:
    HousingService &m_housing;
    QLabel *m_note = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace ga::housing
