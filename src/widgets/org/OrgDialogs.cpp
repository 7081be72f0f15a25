#include "widgets/org/OrgDialogs.h"

#include "core/Error.h"
#include "org/OrgService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace ga {

namespace {

// QDateEdit shows its minimum as "Not recorded": an optional date.
const QDate kNoDate(1900, 1, 1);
constexpr int kNoYear = 1799;

QDateEdit *createOptionalDate(QWidget *parent, const QDate &value)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(OrgFormDialog::tr("Not recorded"));
    edit->setDate(value.isValid() ? value : kNoDate);
    return edit;
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
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrgFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
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

QDoubleSpinBox *OrgFormDialog::createAreaSpin(QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setDecimals(2);
    spin->setRange(0.0, 10'000'000.0);
    spin->setSuffix(QStringLiteral(" m²"));
    spin->setGroupSeparatorShown(true);
    spin->setAlignment(Qt::AlignRight);
    return spin;
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
{
    setWindowTitle(initial.id > 0 ? tr("Edit department") : tr("New department"));
    m_code = new QLineEdit(initial.code, this);
    m_code->setObjectName(QStringLiteral("code"));
    m_name = new QLineEdit(initial.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_kind = new QComboBox(this);
    for (DepartmentKind k : allDepartmentKinds())
        m_kind->addItem(departmentKindDisplayName(k), static_cast<int>(k));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(initial.kind)));

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
    m_parent = new QComboBox(this);
    m_parent->setObjectName(QStringLiteral("parent"));
    fillDepartmentCombo(m_parent, parents, tr("(none: top of the tree)"));
    selectComboId(m_parent, initial.parentId);

    m_approvedArea = createAreaSpin(this);
    m_approvedArea->setValue(areaToSquareMetres(initial.approvedArea));
    m_phone = new QLineEdit(initial.phone, this);

    m_parent->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    form()->addRow(tr("&Code:"), m_code);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("&Parent department:"), m_parent);
    form()->addRow(tr("&Approved office area:"), m_approvedArea);
    form()->addRow(tr("P&hone:"), m_phone);
    addRequiredField(m_code);
    addRequiredField(m_name);
    updateOk();
}

bool DepartmentDialog::isComplete() const
{
    return !m_code->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty();
}

Department DepartmentDialog::department() const
{
    Department d = m_initial;
    d.code = m_code->text().trimmed();
    d.name = m_name->text().trimmed();
    d.kind = static_cast<DepartmentKind>(m_kind->currentData().toInt());
    d.parentId = comboId(m_parent);
    d.approvedArea = areaFromSquareMetres(m_approvedArea->value());
    d.phone = m_phone->text().trimmed();
    return d;
}

// --- StaffDialog ---------------------------------------------------------------------------

StaffDialog::StaffDialog(OrgService &org, const Staff &initial, QWidget *parent)
    : OrgFormDialog(parent)
    , m_initial(initial)
{
    setWindowTitle(initial.id > 0 ? tr("Edit staff member") : tr("New staff member"));
    m_staffNo = new QLineEdit(initial.staffNo, this);
    m_staffNo->setObjectName(QStringLiteral("staffNo"));
    m_name = new QLineEdit(initial.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_gender = new QComboBox(this);
    for (Gender g : allGenders())
        m_gender->addItem(genderDisplayName(g), static_cast<int>(g));
    m_gender->setCurrentIndex(m_gender->findData(static_cast<int>(initial.gender)));

    QList<DepartmentEntry> departments;
    for (const DepartmentEntry &e : org.departmentTree(true)) {
        if (e.department.isActive() || e.department.id == initial.departmentId)
            departments << e;
    }
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("department"));
    fillDepartmentCombo(m_department, departments,
                        initial.departmentId > 0 ? QString() : tr("Choose a department…"));
    selectComboId(m_department, initial.departmentId);

    m_rank = new QComboBox(this);
    m_rank->setObjectName(QStringLiteral("rank"));
    if (initial.rankId <= 0)
        m_rank->addItem(tr("Choose a rank…"), qint64(0));
    for (const Rank &r : org.ranks(true)) {
        if (!r.active && r.id != initial.rankId)
            continue;
        m_rank->addItem(tr("%1 (%2)").arg(r.displayName(), rankLevelDisplayName(r.level)), r.id);
    }
    selectComboId(m_rank, initial.rankId);

    m_postTitle = new QLineEdit(initial.postTitle, this);
    m_postStart = createOptionalDate(this, initial.postStart);
    m_postEnd = createOptionalDate(this, initial.postEnd);
    m_transferred = new QCheckBox(tr("Transferred cadre"), this);
    m_transferred->setChecked(initial.transferred);
    m_phone = new QLineEdit(initial.phone, this);

    m_department->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_rank->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    form()->addRow(tr("Staff &number:"), m_staffNo);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Gender:"), m_gender);
    form()->addRow(tr("&Department:"), m_department);
    form()->addRow(tr("&Rank:"), m_rank);
    form()->addRow(tr("&Post:"), m_postTitle);
    form()->addRow(tr("Post &start:"), m_postStart);
    form()->addRow(tr("Post &end:"), m_postEnd);
    form()->addRow(QString(), m_transferred);
    form()->addRow(tr("P&hone:"), m_phone);
    addRequiredField(m_staffNo);
    addRequiredField(m_name);
    connect(m_department, &QComboBox::currentIndexChanged, this, [this] { updateOk(); });
    connect(m_rank, &QComboBox::currentIndexChanged, this, [this] { updateOk(); });
    updateOk();
}

bool StaffDialog::isComplete() const
{
    return !m_staffNo->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty()
           && comboId(m_department) > 0 && comboId(m_rank) > 0;
}

Staff StaffDialog::staff() const
{
    Staff s = m_initial;
    s.staffNo = m_staffNo->text().trimmed();
    s.name = m_name->text().trimmed();
    s.gender = static_cast<Gender>(m_gender->currentData().toInt());
    s.departmentId = comboId(m_department);
    s.rankId = comboId(m_rank);
    s.postTitle = m_postTitle->text().trimmed();
    s.postStart = optionalDate(m_postStart);
    s.postEnd = optionalDate(m_postEnd);
    s.transferred = m_transferred->isChecked();
    s.phone = m_phone->text().trimmed();
    return s;
}

// --- BuildingDialog ------------------------------------------------------------------------

BuildingDialog::BuildingDialog(OrgService &org, const Building &initial, QWidget *parent)
    : OrgFormDialog(parent)
    , m_initial(initial)
{
    setWindowTitle(initial.id > 0 ? tr("Edit building") : tr("New building"));
    m_code = new QLineEdit(initial.code, this);
    m_code->setObjectName(QStringLiteral("code"));
    m_name = new QLineEdit(initial.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_campus = new QLineEdit(initial.campus, this);
    m_address = new QLineEdit(initial.address, this);

    QList<DepartmentEntry> departments;
    for (const DepartmentEntry &e : org.departmentTree(true)) {
        if (e.department.isActive() || e.department.id == initial.departmentId)
            departments << e;
    }
    m_department = new QComboBox(this);
    fillDepartmentCombo(m_department, departments, tr("(none)"));
    selectComboId(m_department, initial.departmentId);

    m_gross = createAreaSpin(this);
    m_gross->setValue(areaToSquareMetres(initial.grossArea));
    m_usable = createAreaSpin(this);
    m_usable->setValue(areaToSquareMetres(initial.usableArea));
    m_energyUsers = new QSpinBox(this);
    m_energyUsers->setRange(0, 1'000'000);
    m_energyUsers->setValue(initial.energyUsers);
    m_yearBuilt = new QSpinBox(this);
    m_yearBuilt->setRange(kNoYear, 2200);
    m_yearBuilt->setSpecialValueText(tr("Unknown"));
    m_yearBuilt->setValue(initial.yearBuilt > 0 ? initial.yearBuilt : kNoYear);

    form()->addRow(tr("&Code:"), m_code);
    form()->addRow(tr("&Name:"), m_name);
    m_department->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    form()->addRow(tr("Ca&mpus:"), m_campus);
    form()->addRow(tr("&Address:"), m_address);
    form()->addRow(tr("&Managing department:"), m_department);
    form()->addRow(tr("&Gross floor area:"), m_gross);
    form()->addRow(tr("&Usable area:"), m_usable);
    form()->addRow(tr("&Energy users:"), m_energyUsers);
    form()->addRow(tr("&Year built:"), m_yearBuilt);
    addRequiredField(m_code);
    addRequiredField(m_name);
    updateOk();
}

bool BuildingDialog::isComplete() const
{
    return !m_code->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty();
}

Building BuildingDialog::building() const
{
    Building b = m_initial;
    b.code = m_code->text().trimmed();
    b.name = m_name->text().trimmed();
    b.campus = m_campus->text().trimmed();
    b.address = m_address->text().trimmed();
    b.departmentId = comboId(m_department);
    b.grossArea = areaFromSquareMetres(m_gross->value());
    b.usableArea = areaFromSquareMetres(m_usable->value());
    b.energyUsers = m_energyUsers->value();
    b.yearBuilt = m_yearBuilt->value() == kNoYear ? 0 : m_yearBuilt->value();
    return b;
}

// --- RankDialog ----------------------------------------------------------------------------

RankDialog::RankDialog(const Rank &initial, QWidget *parent)
    : OrgFormDialog(parent)
    , m_initial(initial)
{
    setWindowTitle(tr("Edit rank standard"));
    m_name = new QLineEdit(initial.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_nameEn = new QLineEdit(initial.nameEn, this);
    m_limit = createAreaSpin(this);
    m_limit->setRange(0.0, 200.0);
    m_limit->setValue(areaToSquareMetres(initial.officeLimit));
    m_active = new QCheckBox(tr("Offered for new staff"), this);
    m_active->setChecked(initial.active);

    form()->addRow(tr("Level:"), new QLabel(rankLevelDisplayName(initial.level), this));
    form()->addRow(tr("Code:"), new QLabel(initial.code, this));
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&English name:"), m_nameEn);
    form()->addRow(tr("&Office area limit per person:"), m_limit);
    form()->addRow(QString(), m_active);
    addRequiredField(m_name);
    updateOk();
}

bool RankDialog::isComplete() const
{
    return !m_name->text().trimmed().isEmpty();
}

Rank RankDialog::rank() const
{
    Rank r = m_initial;
    r.name = m_name->text().trimmed();
    r.nameEn = m_nameEn->text().trimmed();
    r.officeLimit = areaFromSquareMetres(m_limit->value());
    r.active = m_active->isChecked();
    return r;
}

} // namespace ga
