#include "widgets/offices/AssistantDialog.h"

#include "core/Error.h"
#include "offices/OfficeService.h"
#include "org/OrgService.h"

#include "ui_AssistantDialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace ga::offices {

AssistantDialog::AssistantDialog(OfficeService &offices, OrgService &org, QWidget *parent)
    : OrgFormDialog(parent)
    , m_offices(offices)
    , m_org(org)
    , m_ui(std::make_unique<Ui::AssistantDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    okButton()->setText(tr("&Allocate…"));
    QTableWidget *t = m_ui->suggestions;
    t->setColumnCount(6);
    t->setHorizontalHeaderLabels({tr("Building"), tr("Floor"), tr("Room"), tr("Usable (m²)"),
                                  tr("Occupants now"), tr("Share after (m²)")});
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->staffNo, &QLineEdit::returnPressed, this, &AssistantDialog::lookUp);
    connect(m_ui->staffNo, &QLineEdit::editingFinished, this, &AssistantDialog::lookUp);
    connect(t, &QTableWidget::currentCellChanged, this, [this] { updateOk(); });
    connect(t, &QTableWidget::cellActivated, this, [this] {
        if (isComplete())
            accept();
    });
    m_ui->person->setText(tr("Enter the staff number and press Enter."));
    updateOk();
}

AssistantDialog::~AssistantDialog() = default;

void AssistantDialog::setStaffNumber(const QString &staffNo)
{
    m_ui->staffNo->setText(staffNo);
    lookUp();
}

QString AssistantDialog::staffNumber() const
{
    return m_ui->staffNo->text().trimmed();
}

QTableWidget *AssistantDialog::suggestions() const
{
    return m_ui->suggestions;
}

qint64 AssistantDialog::chosenRoom() const
{
    const int row = m_ui->suggestions->currentRow();
    return row >= 0 && row < m_suggestions.size() ? m_suggestions.at(row).room.id : 0;
}

bool AssistantDialog::isComplete() const
{
    return chosenRoom() > 0;
}

void AssistantDialog::lookUp()
{
    QTableWidget *t = m_ui->suggestions;
    m_suggestions.clear();
    t->setRowCount(0);
    const QString no = staffNumber();
    if (no.isEmpty()) {
        updateOk();
        return;
    }
    try {
        const auto staff = m_org.findStaffByNumber(no);
        if (!staff) {
            m_ui->person->setText(tr("No staff member has the number \"%1\".").arg(no));
            updateOk();
            return;
        }
        m_suggestions = m_offices.suggestOffices(staff->id);
        const auto share = m_offices.shareOfStaff(staff->id);
        m_ui->person->setText(
            tr("%1 — %2; limit %3; now: %4")
                .arg(staff->name, m_org.departmentPath(staff->departmentId),
                     formatAreaWithUnit(m_offices.staffLimit(staff->id)),
                     share ? tr("share %1").arg(formatAreaWithUnit(share->share))
                           : tr("no office")));
    } catch (const Error &e) {
        m_ui->person->setText(e.message());
    }
    const QString distances[] = {tr("same floor"), tr("same building"), tr("elsewhere")};
    t->setRowCount(int(m_suggestions.size()));
    for (int i = 0; i < m_suggestions.size(); ++i) {
        const Suggestion &s = m_suggestions.at(i);
        const QStringList values = {s.buildingName, QString::number(s.room.floor), s.room.number,
                                    formatArea(s.room.usableArea), QString::number(s.occupants),
                                    formatArea(s.shareAfter)};
        for (int c = 0; c < values.size(); ++c) {
            auto *item = new QTableWidgetItem(values.at(c));
            item->setToolTip(distances[qBound(0, s.distance, 2)]);
            if (c >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            t->setItem(i, c, item);
        }
    }
    t->resizeColumnsToContents();
    if (!m_suggestions.isEmpty())
        t->setCurrentCell(0, 0);
    else if (!no.isEmpty())
        m_ui->errorLabel->setText(tr("No office of the agency keeps this person within the "
                                     "standard."));
    updateOk();
}

} // namespace ga::offices
