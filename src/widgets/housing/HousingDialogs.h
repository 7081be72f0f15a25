#pragma once

#include "housing/HousingTypes.h"
#include "widgets/org/OrgDialogs.h"

#include <memory>

class QComboBox;
class QDoubleSpinBox;

namespace ga {
class OrgService;
}

namespace ga::housing {

namespace Ui {
class AcceptOfferDialog;
class ApplicationDialog;
class CheckoutDialog;
class ComplexDialog;
class ExtendDialog;
class FlatDialog;
class OfferDialog;
class PaymentDialog;
} // namespace Ui

class HousingService;

// The housing dialogs: forms in ui/housing/, OK runs the saver the tab sets and a refusal of
// the service stays in the dialog (OrgFormDialog).

Money moneyOf(const QDoubleSpinBox *spin);
void setMoney(QDoubleSpinBox *spin, Money m);
// Fills `combo` with the complexes the user sees; `firstItem` (id 0) first when not empty.
void fillComplexCombo(QComboBox *combo, HousingService &housing, const QString &firstItem = {});

class ComplexDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    ComplexDialog(OrgService &org, const Complex &initial, QWidget *parent = nullptr);
    ~ComplexDialog() override;
    Complex complex() const;

protected:
    bool isComplete() const override;

private:
    Complex m_initial;
    std::unique_ptr<Ui::ComplexDialog> m_ui;
};

class FlatDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    FlatDialog(HousingService &housing, const Flat &initial, QWidget *parent = nullptr);
    ~FlatDialog() override;
    Flat flat() const;

protected:
    bool isComplete() const override;

private:
    void addItemRow(const InventoryItem &item);

    Flat m_initial;
    std::unique_ptr<Ui::FlatDialog> m_ui;
};

class ApplicationDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    ApplicationDialog(HousingService &housing, OrgService &org, QWidget *parent = nullptr);
    ~ApplicationDialog() override;
    Application application() const;

protected:
    bool isComplete() const override;

private:
    void updateEligibility();

    HousingService &m_housing;
    OrgService &m_org;
    qint64 m_staffId = 0;
    std::unique_ptr<Ui::ApplicationDialog> m_ui;
};

// Offers a vacant flat of the application's layout; the reason is asked for when the
// applicant is not the head of the queue.
class OfferDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    OfferDialog(HousingService &housing, const ApplicationRow &applicant,
                const QString &headName, QWidget *parent = nullptr);
    ~OfferDialog() override;
    qint64 flatId() const;
    QString skipReason() const;

protected:
    bool isComplete() const override;

private:
    bool m_needsReason = false;
    std::unique_ptr<Ui::OfferDialog> m_ui;
};

class AcceptOfferDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    AcceptOfferDialog(HousingService &housing, const OfferRow &offer, Money monthlyRent,
                      QWidget *parent = nullptr);
    ~AcceptOfferDialog() override;
    QDate start() const;
    QDate end() const;
    Money deposit() const;

private:
    std::unique_ptr<Ui::AcceptOfferDialog> m_ui;
};

class ExtendDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    ExtendDialog(HousingService &housing, const TenancyRow &tenancy, QWidget *parent = nullptr);
    ~ExtendDialog() override;
    QDate newEnd() const;
    QString reason() const;

private:
    std::unique_ptr<Ui::ExtendDialog> m_ui;
};

class PaymentDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    PaymentDialog(const RentLineRow &line, const QDate &today, QWidget *parent = nullptr);
    ~PaymentDialog() override;
    Money amount() const;
    QDate paidOn() const;
    QString note() const;

protected:
    bool isComplete() const override;

private:
    std::unique_ptr<Ui::PaymentDialog> m_ui;
};

// The inspection against the flat's inventory and the final settlement, previewed as the
// fields change.
class CheckoutDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    CheckoutDialog(HousingService &housing, const TenancyRow &tenancy, QWidget *parent = nullptr);
    ~CheckoutDialog() override;
    CheckoutDraft draft() const;

private:
    void updatePreview();

    HousingService &m_housing;
    TenancyRow m_tenancy;
    QList<InspectionLine> m_lines;
    std::unique_ptr<Ui::CheckoutDialog> m_ui;
};

} // namespace ga::housing
