#pragma once

#include "offices/OfficeTypes.h"
#include "widgets/org/OrgDialogs.h"

#include <memory>

class QTableWidget;

namespace ga {
class OrgService;
}

namespace ga::offices {

namespace Ui {
class AssistantDialog;
}

class OfficeService;

// The allocation assistant: for a person (by staff number), the offices where their share
// stays within their limit and no current occupant goes over, nearest first. OK ("Allocate…")
// hands the chosen room to the allocation dialog.
class AssistantDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    AssistantDialog(OfficeService &offices, OrgService &org, QWidget *parent = nullptr);
    ~AssistantDialog() override;

    void setStaffNumber(const QString &staffNo); // and looks
    QString staffNumber() const;
    qint64 chosenRoom() const;
    QTableWidget *suggestions() const;

protected:
    bool isComplete() const override;

private:
    void lookUp();

    OfficeService &m_offices;
    OrgService &m_org;
    QList<Suggestion> m_suggestions;
    std::unique_ptr<Ui::AssistantDialog> m_ui;
};

} // namespace ga::offices
