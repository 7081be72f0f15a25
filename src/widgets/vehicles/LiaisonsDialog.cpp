#include "widgets/vehicles/LiaisonsDialog.h"

#include "core/Error.h"
#include "vehicles/DispatchService.h"
#include "widgets/common/ErrorMessage.h"

#include "ui_LiaisonDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ga {

using namespace vehicles;

LiaisonDialog::LiaisonDialog(DispatchService &service, const Liaison &liaison, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_liaison(liaison)
    , m_ui(std::make_unique<Ui::LiaisonDialog>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    for (const DepartmentRef &d : service.departments())
        m_ui->department->addItem(d.name, d.id);
    m_ui->department->setCurrentIndex(
        std::max(0, m_ui->department->findData(liaison.departmentId)));
    m_ui->name->setText(liaison.name);
    m_ui->phone->setText(liaison.phone);
    m_ui->active->setChecked(liaison.active);
    if (liaison.id == 0)
        setWindowTitle(tr("New dispatch liaison"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LiaisonDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LiaisonDialog::reject);
}

LiaisonDialog::~LiaisonDialog() = default;

void LiaisonDialog::accept()
{
    Liaison l = m_liaison;
    l.departmentId = m_ui->department->currentData().toLongLong();
    l.name = m_ui->name->text();
    l.phone = m_ui->phone->text();
    l.active = m_ui->active->isChecked();
    try {
        m_savedId = m_service.saveLiaison(l);
    } catch (const Error &e) {
        m_ui->errorLabel->setText(e.message());
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

LiaisonsDialog::LiaisonsDialog(DispatchService &service, qint64 departmentId, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("liaisonsDialog"));
    setWindowTitle(tr("Dispatch liaisons"));
    resize(720, 480);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("liaisonsDepartment"));
    m_department->addItem(tr("All departments"), 0);
    for (const DepartmentRef &d : service.departments())
        m_department->addItem(d.name, d.id);
    m_department->setCurrentIndex(std::max(0, m_department->findData(departmentId)));
    auto *label = new QLabel(tr("&Department:"), this);
    label->setBuddy(m_department);
    top->addWidget(label);
    top->addWidget(m_department, 1);
    layout->addLayout(top);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("liaisonsTable"));
    m_table->setHorizontalHeaderLabels({tr("Department"), tr("Name"), tr("Phone"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_new = buttons->addButton(tr("&New…"), QDialogButtonBox::ActionRole);
    m_edit = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    m_retire = buttons->addButton(tr("&Retire"), QDialogButtonBox::ActionRole);
    m_new->setAutoDefault(false);
    m_edit->setAutoDefault(false);
    m_retire->setAutoDefault(false);
    const bool canEdit = service.canEditLiaisons();
    m_new->setVisible(canEdit);
    m_edit->setVisible(canEdit);
    m_retire->setVisible(canEdit);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_department, &QComboBox::currentIndexChanged, this, [this](int) { reload(); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { updateButtons(); });
    connect(m_new, &QPushButton::clicked, this, [this] {
        Liaison l;
        l.departmentId = m_department->currentData().toLongLong();
        edit(l);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const Liaison *l = current())
            edit(*l);
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this] {
        if (const Liaison *l = current(); l && m_service.canEditLiaisons())
            edit(*l);
    });
    auto *f2 = new QShortcut(QKeySequence(Qt::Key_F2), m_table);
    connect(f2, &QShortcut::activated, m_edit, &QPushButton::click);
    connect(m_retire, &QPushButton::clicked, this, [this] {
        const Liaison *l = current();
        if (!l)
            return;
        Liaison changed = *l;
        changed.active = !changed.active;
        if (runGuarded(this, windowTitle(), [&] { m_service.saveLiaison(changed); }))
            reload();
    });
    reload();
    m_table->setFocus();
}

void LiaisonsDialog::reload()
{
    const qint64 keep = current() ? current()->id : 0;
    runGuarded(this, windowTitle(), [this] {
        m_rows = m_service.allLiaisons(m_department->currentData().toLongLong(), true);
    });
    m_table->setRowCount(int(m_rows.size()));
    int currentRow = m_rows.isEmpty() ? -1 : 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        const Liaison &l = m_rows.at(r);
        const QStringList cells
            = {l.departmentName, l.name, l.phone, l.active ? tr("active") : tr("retired")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (!l.active)
                item->setForeground(palette().color(QPalette::PlaceholderText));
            m_table->setItem(r, c, item);
        }
        if (l.id == keep)
            currentRow = r;
    }
    if (currentRow >= 0)
        m_table->setCurrentCell(currentRow, 1);
    updateButtons();
}

const Liaison *LiaisonsDialog::current() const
{
    const int row = m_table ? m_table->currentRow() : -1;
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void LiaisonsDialog::edit(const Liaison &liaison)
{
    LiaisonDialog dialog(m_service, liaison, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void LiaisonsDialog::updateButtons()
{
    const Liaison *l = current();
    m_edit->setEnabled(l != nullptr);
    m_retire->setEnabled(l != nullptr);
    m_retire->setText(l && !l->active ? tr("Re&activate") : tr("&Retire"));
}

} // namespace ga
