#pragma once

#include "offices/OfficeTypes.h"
#include "widgets/org/OrgDialogs.h"

#include <memory>

namespace ga {
class OrgService;
}

namespace ga::offices {

namespace Ui {
class AllocationDialog;
class CaseDialog;
class DisposalDialog;
class RoomDialog;
} // namespace Ui

class OfficeService;

// A room of the register: building, floor, number, use type, areas, owner, notes.
class RoomDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    RoomDialog(OrgService &org, const Room &initial, QWidget *parent = nullptr);
    ~RoomDialog() override;
    Room room() const;

protected:
    bool isComplete() const override;

private:
    Room m_initial;
    std::unique_ptr<Ui::RoomDialog> m_ui;
};

// Allocating a room: an office to a person (by staff number; the shares after are shown, and
// over the limit a reason is asked for), any other room to a department.
class AllocationDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    AllocationDialog(OfficeService &offices, OrgService &org, const RoomRow &room,
                     QWidget *parent = nullptr);
    ~AllocationDialog() override;
    AllocationRequest request() const;
    void setStaffNumber(const QString &staffNo);

protected:
    bool isComplete() const override;

private:
    void updatePreview();

    OfficeService &m_offices;
    OrgService &m_org;
    Room m_room;
    qint64 m_staffId = 0;
    std::unique_ptr<Ui::AllocationDialog> m_ui;
};

// An over-standard case's rectification plan and deadline.
class CaseDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    CaseDialog(const CaseRow &row, QWidget *parent = nullptr);
    ~CaseDialog() override;
    QString plan() const;
    QDate deadline() const;

private:
    std::unique_ptr<Ui::CaseDialog> m_ui;
};

// The disposal (处置) of a room: date and reason.
class DisposalDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    DisposalDialog(const QString &roomLabel, const QDate &today, QWidget *parent = nullptr);
    ~DisposalDialog() override;
    QDate date() const;
    QString reason() const;

protected:
    bool isComplete() const override;

private:
    std::unique_ptr<Ui::DisposalDialog> m_ui;
};

} // namespace ga::offices
