#include "widgets/offices/OfficeDialogs.h"

#include "core/Error.h"
#include "offices/OfficeService.h"
#include "org/OrgService.h"

#include "ui_AllocationDialog.h"
#include "ui_CaseDialog.h"
#include "ui_DisposalDialog.h"
#include "ui_RoomDialog.h"

#include <QPlainTextEdit>
#include <QPushButton>

namespace ga::offices {

// --- RoomDialog ----------------------------------------------------------------------------

RoomDialog::RoomDialog(OrgService &org, const Room &initial, QWidget *parent)
    : OrgFormDialog(parent)
    , m_initial(initial)
    , m_ui(std::make_unique<Ui::RoomDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    setWindowTitle(initial.id > 0 ? tr("Edit room") : tr("New room"));

    BuildingFilter bf;
    bf.includeRetired = initial.id > 0;
    for (const BuildingRow &b : org.listBuildings(bf, 0, 100000))
        m_ui->building->addItem(b.building.code + QStringLiteral("  ") + b.building.name,
                                b.building.id);
    selectComboId(m_ui->building, initial.buildingId);
    m_ui->floor->setValue(initial.floor);
    m_ui->number->setText(initial.number);
    for (UseType t : allUseTypes())
        m_ui->useType->addItem(displayName(t), key(t));
    m_ui->useType->setCurrentIndex(m_ui->useType->findData(key(initial.useType)));
    for (ServiceKind k : allServiceKinds())
        m_ui->serviceKind->addItem(displayName(k), key(k));
    m_ui->serviceKind->setCurrentIndex(m_ui->serviceKind->findData(key(initial.serviceKind)));
    auto syncKind = [this] {
        const bool service = m_ui->useType->currentData().toString() == key(UseType::Service);
        m_ui->serviceKind->setEnabled(service);
    };
    connect(m_ui->useType, &QComboBox::currentIndexChanged, this, syncKind);
    syncKind();
    m_ui->usableArea->setValue(areaToSquareMetres(initial.usableArea));
    m_ui->grossArea->setValue(areaToSquareMetres(initial.grossArea));
    QList<DepartmentEntry> departments;
    for (const DepartmentEntry &e : org.departmentTree(true))
        if (e.department.isActive() || e.department.id == initial.departmentId)
            departments << e;
    fillDepartmentCombo(m_ui->department, departments);
    selectComboId(m_ui->department, initial.departmentId);
    m_ui->notes->setPlainText(initial.notes);
    addRequiredField(m_ui->number);
    updateOk();
}

RoomDialog::~RoomDialog() = default;

bool RoomDialog::isComplete() const
{
    return !m_ui->number->text().trimmed().isEmpty() && m_ui->building->currentIndex() >= 0;
}

Room RoomDialog::room() const
{
    Room r = m_initial;
    r.buildingId = comboId(m_ui->building);
    r.floor = m_ui->floor->value();
    r.number = m_ui->number->text().trimmed();
    r.useType = fromUseTypeKey(m_ui->useType->currentData().toString()).value_or(UseType::Office);
    r.serviceKind = fromServiceKindKey(m_ui->serviceKind->currentData().toString())
                        .value_or(ServiceKind::None);
    r.usableArea = areaFromSquareMetres(m_ui->usableArea->value());
    r.grossArea = areaFromSquareMetres(m_ui->grossArea->value());
    r.departmentId = comboId(m_ui->department);
    r.notes = m_ui->notes->toPlainText().trimmed();
    return r;
}

// --- AllocationDialog ----------------------------------------------------------------------

AllocationDialog::AllocationDialog(OfficeService &offices, OrgService &org, const RoomRow &row,
                                   QWidget *parent)
    : OrgFormDialog(parent)
    , m_offices(offices)
    , m_org(org)
    , m_room(row.room)
    , m_ui(std::make_unique<Ui::AllocationDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    setWindowTitle(tr("Allocate room %1").arg(row.room.number));
    m_ui->room->setText(tr("%1 %2, floor %3 — %4, usable %5")
                            .arg(row.buildingName, row.room.number)
                            .arg(row.room.floor)
                            .arg(displayName(row.room.useType),
                                 formatAreaWithUnit(row.room.usableArea)));
    const bool office = row.room.useType == UseType::Office;
    m_ui->formLayout->setRowVisible(m_ui->staffNo, office);
    m_ui->formLayout->setRowVisible(m_ui->staffInfo, office);
    m_ui->formLayout->setRowVisible(m_ui->shares, office);
    m_ui->formLayout->setRowVisible(m_ui->department, !office);
    if (!office) {
        fillDepartmentCombo(m_ui->department, org.departmentTree(false));
        selectComboId(m_ui->department, row.room.departmentId);
    }
    m_ui->start->setDate(offices.today());
    connect(m_ui->staffNo, &QLineEdit::textChanged, this, [this] {
        updatePreview();
        updateOk();
    });
    connect(m_ui->start, &QDateEdit::dateChanged, this, [this] { updatePreview(); });
    updatePreview();
    updateOk();
}

AllocationDialog::~AllocationDialog() = default;

void AllocationDialog::setStaffNumber(const QString &staffNo)
{
    m_ui->staffNo->setText(staffNo);
}

void AllocationDialog::updatePreview()
{
    m_staffId = 0;
    if (m_room.useType != UseType::Office)
        return;
    const QString no = m_ui->staffNo->text().trimmed();
    if (no.isEmpty()) {
        m_ui->staffInfo->setText(tr("Enter the staff number of the person."));
        m_ui->shares->clear();
        return;
    }
    const auto staff = m_org.findStaffByNumber(no);
    if (!staff) {
        m_ui->staffInfo->setText(tr("No staff member has the number \"%1\".").arg(no));
        m_ui->shares->clear();
        return;
    }
    m_staffId = staff->id;
    QString rankName;
    try {
        rankName = m_org.rank(staff->rankId).displayName();
        m_ui->staffInfo->setText(tr("%1 — %2, %3, limit %4")
                                     .arg(staff->name, m_org.departmentPath(staff->departmentId),
                                          rankName,
                                          formatAreaWithUnit(m_offices.staffLimit(staff->id))));
        QStringList lines;
        bool over = false;
        for (const ShareCheck &c : m_offices.previewAllocation(request())) {
            over = over || c.over();
            lines << (c.over() ? tr("%1: %2 of %3 — over by %4")
                                     .arg(c.name, formatAreaWithUnit(c.share),
                                          formatAreaWithUnit(c.limit),
                                          formatAreaWithUnit(c.excess()))
                               : tr("%1: %2 of %3").arg(c.name, formatAreaWithUnit(c.share),
                                                        formatAreaWithUnit(c.limit)));
        }
        if (over)
            lines << tr("Over the standard: a manager approves it with a reason, and an "
                        "over-standard case is opened.");
        m_ui->shares->setText(lines.join(QLatin1Char('\n')));
    } catch (const Error &e) {
        m_ui->shares->setText(e.message());
    }
}

bool AllocationDialog::isComplete() const
{
    return m_room.useType != UseType::Office || m_staffId > 0;
}

AllocationRequest AllocationDialog::request() const
{
    AllocationRequest r;
    r.roomId = m_room.id;
    if (m_room.useType == UseType::Office)
        r.staffId = m_staffId;
    else
        r.departmentId = comboId(m_ui->department);
    r.start = m_ui->start->date();
    r.reason = m_ui->reason->toPlainText().trimmed();
    return r;
}

// --- CaseDialog ----------------------------------------------------------------------------

CaseDialog::CaseDialog(const CaseRow &row, QWidget *parent)
    : OrgFormDialog(parent)
    , m_ui(std::make_unique<Ui::CaseDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    setWindowTitle(tr("Rectification of %1").arg(row.staffName));
    m_ui->person->setText(tr("%1 (%2), %3 — room %4")
                              .arg(row.staffName, row.staffNo, row.departmentName, row.roomLabel));
    m_ui->figures->setText(tr("share %1, limit %2, over by %3; opened %4")
                               .arg(formatAreaWithUnit(row.overCase.share),
                                    formatAreaWithUnit(row.overCase.limit),
                                    formatAreaWithUnit(row.overCase.excess),
                                    row.overCase.openedOn.toString(Qt::ISODate)));
    m_ui->plan->setPlainText(row.overCase.plan);
    m_ui->deadline->setDate(row.overCase.deadline);
    updateOk();
}

CaseDialog::~CaseDialog() = default;

QString CaseDialog::plan() const
{
    return m_ui->plan->toPlainText().trimmed();
}

QDate CaseDialog::deadline() const
{
    return m_ui->deadline->date();
}

// --- DisposalDialog ------------------------------------------------------------------------

DisposalDialog::DisposalDialog(const QString &roomLabel, const QDate &today, QWidget *parent)
    : OrgFormDialog(parent)
    , m_ui(std::make_unique<Ui::DisposalDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    setWindowTitle(tr("Dispose of room"));
    m_ui->room->setText(roomLabel);
    m_ui->disposedOn->setDate(today);
    connect(m_ui->reason, &QPlainTextEdit::textChanged, this, [this] { updateOk(); });
    updateOk();
}

DisposalDialog::~DisposalDialog() = default;

bool DisposalDialog::isComplete() const
{
    return !m_ui->reason->toPlainText().trimmed().isEmpty();
}

QDate DisposalDialog::date() const
{
    return m_ui->disposedOn->date();
}

QString DisposalDialog::reason() const
{
    return m_ui->reason->toPlainText().trimmed();
}

} // namespace ga::offices
