#pragma once

#include "vehicles/Trip.h"

#include <QDialog>
#include <QList>

#include <memory>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace ga {

namespace Ui {
class LiaisonDialog;
}

namespace vehicles {
class DispatchService;
}

// One registered dispatch liaison: department, name, phone, active. The layout is the form
// ui/vehicles/LiaisonDialog.ui; the service checks and saves.
class LiaisonDialog : public QDialog
{
    Q_OBJECT
public:
    LiaisonDialog(vehicles::DispatchService &service, const vehicles::Liaison &liaison,
                  QWidget *parent = nullptr);
    ~LiaisonDialog() override;

    qint64 savedId() const { return m_savedId; }
    void accept() override;

private:
    vehicles::DispatchService &m_service;
    vehicles::Liaison m_liaison;
    qint64 m_savedId = 0;
    std::unique_ptr<Ui::LiaisonDialog> m_ui;
};

// The departments' registered dispatch liaisons (派车联络员) within the user's scope: the
// request form offers them. New, edit (F2 or Enter), retire / reactivate; a department filter.
class LiaisonsDialog : public QDialog
{
    Q_OBJECT
public:
    LiaisonsDialog(vehicles::DispatchService &service, qint64 departmentId,
                   QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void reload();

private:
    const vehicles::Liaison *current() const;
    void edit(const vehicles::Liaison &liaison);
    void updateButtons();

    vehicles::DispatchService &m_service;
    QList<vehicles::Liaison> m_rows;
    QComboBox *m_department = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_retire = nullptr;
};

} // namespace ga
