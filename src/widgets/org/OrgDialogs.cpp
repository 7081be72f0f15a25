#include "widgets/org/OrgDialogs.h"

#include "core/Error.h"
#include "org/OrgService.h"

#include "ui_BuildingDialog.h"
#include "ui_DepartmentDialog.h"
#include "ui_RankDialog.h"
#include "ui_StaffDialog.h"

#include <QPushButton>

#include <spdlog/spdlog.h>

namespace ga {

namespace {

// An optional date's QDateEdit shows its minimum (the forms set it to kNoDate) as
// "Not recorded"; an unknown year built is the minimum of its spin box.
const QDate kNoDate(1900, 1, 1);
constexpr int kNoYear = 1799;

void setOptionalDate(QDateEdit *edit, const QDate &value)
{
    edit->setDate(value.isValid() ? value : kNoDate);
}

QDate optionalDate(const QDateEdit *edit)
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}

} // namespace

// --- helpers -------------------------------------------------------------------------------

void fillDepartmentCombo(QComboBox *combo, const QList<DepartmentEntry> &tree,
                         const QString &firstItem)
{
    const qint64 keep = comboId(combo);
    combo->clear();
    if (!firstItem.isEmpty())
        combo->addItem(firstItem, qint64(0));
    for (const DepartmentEntry &e : tree) {
        QString text = QString(e.depth * 3, QLatin1Char(' ')) + e.department.name;
        if (!e.department.isActive())
            text += QStringLiteral(" ") + OrgFormDialog::tr("(retired)");
        combo->addItem(text, e.department.id);
        combo->setItemData(combo->count() - 1, e.path, Qt::ToolTipRole);
    }
    selectComboId(combo, keep);
}

void selectComboId(QComboBox *combo, qint64 id)
{
    const int i = combo->findData(id);
    combo->setCurrentIndex(i >= 0 ? i : (combo->count() > 0 ? 0 : -1));
}

qint64 comboId(const QComboBox *combo)
{
    return combo->currentIndex() >= 0 ? combo->currentData().toLongLong() : 0;
}

// --- OrgFormDialog -------------------------------------------------------------------------

OrgFormDialog::OrgFormDialog(QWidget *parent)
    : QDialog(parent)
{
}

void OrgFormDialog::attachForm(QLabel *error, QDialogButtonBox *buttons)
{
    m_error = error;
    m_error->setVisible(false);
    m_buttons = buttons;
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrgFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton *OrgFormDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString OrgFormDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void OrgFormDialog::updateOk()
{
    okButton()->setEnabled(isComplete());
}

void OrgFormDialog::addRequiredField(QLineEdit *edit)
{
    connect(edit, &QLineEdit::textChanged, this, [this] {
        m_error->setVisible(false);
        updateOk();
    });
}

void OrgFormDialog::accept()
{
    if (!isComplete())
        return;
    if (m_saver) {
        try {
            m_saver();
        } catch (const Error &e) {
            m_error->setText(e.message());
            m_error->setVisible(true);
            return;
        } catch (const std::exception &e) {
            spdlog::error("Unexpected error while saving: {}", e.what());
            m_error->setText(QString::fromUtf8(e.what()));
            m_error->setVisible(true);
            return;
        }
    }
    QDialog::accept();
}

// --- DepartmentDialog ----------------------------------------------------------------------

DepartmentDialog::DepartmentDialog(OrgService &org, const Department &initial, QWidget *parent)
    : OrgFormDialog(parent)
    , m_initial(initial)
    , m_ui(std::make_unique<Ui::DepartmentDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    setWindowTitle(initial.id > 0 ? tr("Edit department") : tr("New department"));
    m_ui->code->setText(initial.code);
    m_ui->name->setText(initial.name);
    for (DepartmentKind k : allDepartmentKinds())
        m_ui->kind->addItem(departmentKindDisplayName(k), static_cast<int>(k));
    m_ui->kind->setCurrentIndex(m_ui->kind->findData(static_cast<int>(initial.kind)));

    // Possible parents: active departments outside this one's own subtree.
    QList<DepartmentEntry> parents;
    const QList<DepartmentEntry> tree = org.departmentTree(true);
    int skipBelowDepth = -1;
    for (const DepartmentEntry &e : tree) {
        if (skipBelowDepth >= 0) {
            if (e.depth > skipBelowDepth)
                continue;
            skipBelowDepth = -1;
        }
        if (initial.id > 0 && e.department.id == initial.id) {
            skipBelowDepth = e.depth;
            continue;
        }
        if (e.department.isActive() || e.department.id == initial.parentId)
            parents << e;
    }
    fillDepartmentCombo(m_ui->parent, parents, tr("(none: top of the tree)"));
    selectComboId(m_ui->parent, initial.parentId);

    m_ui->approvedArea->setValue(areaToSquareMetres(initial.approvedArea));
    m_ui->phone->setText(initial.phone);
    addRequiredField(m_ui->code);
    addRequiredField(m_ui->name);
    updateOk();
}

DepartmentDialog::~DepartmentDialog() = default;

bool DepartmentDialog::isComplete() const
{
    return !m_ui->code->text().trimmed().isEmpty() && !m_ui->name->text().trimmed().isEmpty();
}

Department DepartmentDialog::department() const
{
    Department d = m_initial;
    d.code = m_ui->code->text().trimmed();
    d.name = m_ui->name->text().trimmed();
    d.kind = static_cast<DepartmentKind>(m_ui->kind->currentData().toInt());
    d.parentId = comboId(m_ui->parent);
    d.approvedArea = areaFromSquareMetres(m_ui->approvedArea->value());
    d.phone = m_ui->phone->text().trimmed();
    return d;
}

// --- StaffDialog ---------------------------------------------------------------------------

StaffDialog::StaffDialog(OrgService &org, const Staff &initial, QWidget *parent)
    : OrgFormDialog(parent)
    , m_initial(initial)
    , m_ui(std::make_unique<Ui::StaffDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    setWindowTitle(initial.id > 0 ? tr("Edit staff member") : tr("New staff member"));
    m_ui->staffNo->setText(initial.staffNo);
    m_ui->name->setText(initial.name);
    for (Gender g : allGenders())
        m_ui->gender->addItem(genderDisplayName(g), static_cast<int>(g));
    m_ui->gender->setCurrentIndex(m_ui->gender->findData(static_cast<int>(initial.gender)));

    QList<DepartmentEntry> departments;
    for (const DepartmentEntry &e : org.departmentTree(true)) {
        if (e.department.isActive() || e.department.id == initial.departmentId)
            departments << e;
    }
    fillDepartmentCombo(m_ui->department, departments,
                        initial.departmentId > 0 ? QString() : tr("Choose a department…"));
    selectComboId(m_ui->department, initial.departmentId);

    if (initial.rankId <= 0)
        m_ui->rank->addItem(tr("Choose a rank…"), qint64(0));
    for (const Rank &r : org.ranks(true)) {
        if (!r.active && r.id != initial.rankId)
            continue;
        m_ui->rank->addItem(tr("%1 (%2)").arg(r.displayName(), rankLevelDisplayName(r.level)),
                            r.id);
    }
    selectComboId(m_ui->rank, initial.rankId);

    m_ui->postTitle->setText(initial.postTitle);
    setOptionalDate(m_ui->postStart, initial.postStart);
    setOptionalDate(m_ui->postEnd, initial.postEnd);
    m_ui->transferred->setChecked(initial.transferred);
    m_ui->phone->setText(initial.phone);
    addRequiredField(m_ui->staffNo);
    addRequiredField(m_ui->name);
    connect(m_ui->department, &QComboBox::currentIndexChanged, this, [this] { updateOk(); });
    connect(m_ui->rank, &QComboBox::currentIndexChanged, this, [this] { updateOk(); });
    updateOk();
}

StaffDialog::~StaffDialog() = default;

bool StaffDialog::isComplete() const
{
    return !m_ui->staffNo->text().trimmed().isEmpty() && !m_ui->name->text().trimmed().isEmpty()
        && comboId(m_ui->department) > 0 && comboId(m_ui->rank) > 0;
}

Staff StaffDialog::staff() const
{
    Staff s = m_initial;
    s.staffNo = m_ui->staffNo->text().trimmed();
    s.name = m_ui->name->text().trimmed();
    s.gender = static_cast<Gender>(m_ui->gender->currentData().toInt());
    s.departmentId = comboId(m_ui->department);
    s.rankId = comboId(m_ui->rank);
    s.postTitle = m_ui->postTitle->text().trimmed();
    s.postStart = optionalDate(m_ui->postStart);
    s.postEnd = optionalDate(m_ui->postEnd);
    s.transferred = m_ui->transferred->isChecked();
    s.phone = m_ui->phone->text().trimmed();
    return s;
}

// --- BuildingDialog ------------------------------------------------------------------------

BuildingDialog::BuildingDialog(OrgService &org, const Building &initial, QWidget *parent)
    : OrgFormDialog(parent)
    , m_initial(initial)
    , m_ui(std::make_unique<Ui::BuildingDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    setWindowTitle(initial.id > 0 ? tr("Edit building") : tr("New building"));
    m_ui->code->setText(initial.code);
    m_ui->name->setText(initial.name);
    m_ui->campus->setText(initial.campus);
    m_ui->address->setText(initial.address);

    QList<DepartmentEntry> departments;
    for (const DepartmentEntry &e : org.departmentTree(true)) {
        if (e.department.isActive() || e.department.id == initial.departmentId)
            departments << e;
    }
    fillDepartmentCombo(m_ui->department, departments, tr("(none)"));
    selectComboId(m_ui->department, initial.departmentId);

    m_ui->grossArea->setValue(areaToSquareMetres(initial.grossArea));
    m_ui->usableArea->setValue(areaToSquareMetres(initial.usableArea));
    m_ui->energyUsers->setValue(initial.energyUsers);
    m_ui->yearBuilt->setValue(initial.yearBuilt > 0 ? initial.yearBuilt : kNoYear);
    addRequiredField(m_ui->code);
    addRequiredField(m_ui->name);
    updateOk();
}

BuildingDialog::~BuildingDialog() = default;

bool BuildingDialog::isComplete() const
{
    return !m_ui->code->text().trimmed().isEmpty() && !m_ui->name->text().trimmed().isEmpty();
}

Building BuildingDialog::building() const
{
    Building b = m_initial;
    b.code = m_ui->code->text().trimmed();
    b.name = m_ui->name->text().trimmed();
    b.campus = m_ui->campus->text().trimmed();
    b.address = m_ui->address->text().trimmed();
    b.departmentId = comboId(m_ui->department);
    b.grossArea = areaFromSquareMetres(m_ui->grossArea->value());
    b.usableArea = areaFromSquareMetres(m_ui->usableArea->value());
    b.energyUsers = m_ui->energyUsers->value();
    b.yearBuilt = m_ui->yearBuilt->value() == kNoYear ? 0 : m_ui->yearBuilt->value();
    return b;
}

// --- RankDialog ----------------------------------------------------------------------------

RankDialog::RankDialog(const Rank &initial, QWidget *parent)
    : OrgFormDialog(parent)
    , m_initial(initial)
    , m_ui(std::make_unique<Ui::RankDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    m_ui->level->setText(rankLevelDisplayName(initial.level));
    m_ui->code->setText(initial.code);
    m_ui->name->setText(initial.name);
    m_ui->nameEn->setText(initial.nameEn);
    m_ui->limit->setValue(areaToSquareMetres(initial.officeLimit));
    m_ui->active->setChecked(initial.active);
    addRequiredField(m_ui->name);
    updateOk();
}

RankDialog::~RankDialog() = default;

bool RankDialog::isComplete() const
{
    return !m_ui->name->text().trimmed().isEmpty();
}

Rank RankDialog::rank() const
{
    Rank r = m_initial;
    r.name = m_ui->name->text().trimmed();
    r.nameEn = m_ui->nameEn->text().trimmed();
    r.officeLimit = areaFromSquareMetres(m_ui->limit->value());
    r.active = m_ui->active->isChecked();
    return r;
}

} // namespace ga
