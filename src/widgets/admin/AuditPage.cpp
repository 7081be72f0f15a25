#include "widgets/admin/AuditPage.h"

#include "core/Error.h"
#include "core/Period.h"
#include "core/Session.h"
#include "org/AuditQueryService.h"
#include "widgets/admin/AuditTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ga {

namespace {

const QDate kNoDate(2000, 1, 1); // the date edits' minimum, shown as "any"

QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(AuditPage::tr("any"));
    edit->setDate(kNoDate);
    return edit;
}

QString pretty(const QString &json)
{
    if (json.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isNull() ? json : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QPlainTextEdit *jsonView(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    return edit;
}

} // namespace

AuditPage::AuditPage(AuditQueryService &audit, Session &session, QWidget *parent)
    : Page(parent)
    , m_audit(audit)
    , m_session(session)
{
    m_stack = new QStackedWidget(this);
    m_refusal = new QLabel(tr("You are not allowed to view the audit log. Administrators and "
                              "managers can."),
                           m_stack);
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_refusal->setAlignment(Qt::AlignCenter);
    m_refusal->setWordWrap(true);
    m_stack->addWidget(m_refusal);

    auto *content = new QWidget(m_stack);
    m_stack->addWidget(content);

    // Filter bar.
    m_user = new QComboBox(content);
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_user->setMinimumContentsLength(12);
    m_entity = new QComboBox(content);
    m_entity->setObjectName(QStringLiteral("entityFilter"));
    m_entity->setMinimumContentsLength(12);
    m_action = new QComboBox(content);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->setMinimumContentsLength(12);
    m_from = dateEdit(QStringLiteral("fromFilter"), content);
    m_to = dateEdit(QStringLiteral("toFilter"), content);
    auto *clearAction = new QAction(tr("C&lear filters"), this);
    clearAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    clearAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(clearAction);
    connect(clearAction, &QAction::triggered, this, &AuditPage::clearFilter);
    auto *clearButton = new QPushButton(clearAction->text(), content);
    connect(clearButton, &QPushButton::clicked, clearAction, &QAction::trigger);
    m_count = new QLabel(content);
    m_count->setObjectName(QStringLiteral("count"));

    auto *bar = new QHBoxLayout;
    auto addLabelled = [&](const QString &text, QWidget *w) {
        auto *label = new QLabel(text, content);
        label->setBuddy(w);
        bar->addWidget(label);
        bar->addWidget(w);
    };
    addLabelled(tr("&User:"), m_user);
    addLabelled(tr("Record &type:"), m_entity);
    addLabelled(tr("&Action:"), m_action);
    addLabelled(tr("Fro&m:"), m_from);
    addLabelled(tr("T&o:"), m_to);
    bar->addWidget(clearButton);
    bar->addStretch(1);
    bar->addWidget(m_count);

    // The list.
    m_model = new AuditTableModel(audit, this);
    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AuditTableModel::Time, 150);
    m_view->setColumnWidth(AuditTableModel::User, 140);
    m_view->setColumnWidth(AuditTableModel::Action, 150);
    m_view->setColumnWidth(AuditTableModel::Entity, 150);
    m_view->setColumnWidth(AuditTableModel::EntityId, 90);

    // The detail pane.
    auto *detail = new QWidget(content);
    m_detailTitle = new QLabel(tr("Select a row to see what changed."), detail);
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_before = jsonView(QStringLiteral("before"), detail);
    m_after = jsonView(QStringLiteral("after"), detail);
    auto *grid = new QGridLayout(detail);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_detailTitle, 0, 0, 1, 2);
    grid->addWidget(new QLabel(tr("Before"), detail), 1, 0);
    grid->addWidget(new QLabel(tr("After"), detail), 1, 1);
    grid->addWidget(m_before, 2, 0);
    grid->addWidget(m_after, 2, 1);

    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(splitter, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setTabOrder(m_user, m_entity);
    setTabOrder(m_entity, m_action);
    setTabOrder(m_action, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, clearButton);
    setTabOrder(clearButton, m_view);

    for (QComboBox *combo : {m_user, m_entity, m_action})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                applyFilter();
        });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_updating)
                applyFilter();
        });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::showDetail);
}

void AuditPage::activate()
{
    if (!m_session.can(Permission::ViewAudit)) {
        m_stack->setCurrentWidget(m_refusal);
        return;
    }
    m_stack->setCurrentIndex(1);
    refreshChoices();
    applyFilter();
}

void AuditPage::refreshChoices()
{
    auto fill = [this](QComboBox *combo, const QStringList &values, QString (*label)(const QString &)) {
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(tr("(all)"), QString());
        for (const QString &v : values)
            combo->addItem(label ? label(v) : v, v);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    m_updating = true;
    try {
        fill(m_user, m_audit.usernames(), nullptr);
        fill(m_entity, m_audit.entities(), &AuditTableModel::entityLabel);
        fill(m_action, m_audit.actions(), &AuditTableModel::actionLabel);
    } catch (const Error &e) {
        m_count->setText(e.message());
    }
    m_updating = false;
}

AuditFilter AuditPage::currentFilter() const
{
    AuditFilter f;
    f.username = m_user->currentData().toString();
    f.entity = m_entity->currentData().toString();
    f.action = m_action->currentData().toString();
    if (m_from->date() > kNoDate)
        f.from = m_from->date();
    if (m_to->date() > kNoDate)
        f.to = m_to->date();
    return f;
}

void AuditPage::applyFilter()
{
    const AuditFilter f = currentFilter();
    m_model->setFilter(f);
    try {
        const int n = m_audit.count(f);
        m_count->setText(tr("%n row(s)", nullptr, n));
    } catch (const Error &e) {
        m_count->setText(e.message());
    }
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void AuditPage::clearFilter()
{
    m_updating = true;
    m_user->setCurrentIndex(0);
    m_entity->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_from->setDate(kNoDate);
    m_to->setDate(kNoDate);
    m_updating = false;
    applyFilter();
}

void AuditPage::showDetail()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || index.row() >= m_model->rowCount()) {
        m_detailTitle->setText(tr("Select a row to see what changed."));
        m_before->clear();
        m_after->clear();
        return;
    }
    const AuditEntry &e = m_model->entryAt(index.row());
    m_detailTitle->setText(tr("%1 — %2 %3 %4 #%5")
                               .arg(formatInstant(e.at), e.username,
                                    AuditTableModel::actionLabel(e.action),
                                    AuditTableModel::entityLabel(e.entity))
                               .arg(e.entityId));
    m_before->setPlainText(pretty(e.beforeJson));
    m_after->setPlainText(pretty(e.afterJson));
}

} // namespace ga
