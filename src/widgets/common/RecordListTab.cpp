#include "widgets/common/RecordListTab.h"

#include "widgets/common/ErrorMessage.h"
#include "widgets/common/RecordTableModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace ga {

namespace {

// The pause in typing after which a search applies.
constexpr int kSearchDelayMs = 250;

} // namespace

// --- RecordCommandsPage ------------------------------------------------------------------------

RecordCommandsPage::RecordCommandsPage(const QString &title, Commands commands, QWidget *parent)
    : Page(parent)
    , m_title(title)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_layout->addWidget(m_toolBar);

    if (commands & NewRecord)
        m_add = createAction(tr("&New…"), QKeySequence::New, QStringLiteral("newAction"),
                             &RecordCommandsPage::addRecord);
    if (commands & EditRecord)
        m_edit = createAction(tr("&Edit…"), QKeySequence(Qt::Key_F2), QStringLiteral("editAction"),
                              &RecordCommandsPage::editCurrent);
    if (commands & (RetireRecord | ReactivateRecord | DeleteRecord))
        m_separator = m_toolBar->addSeparator();
    if (commands & RetireRecord)
        m_retire = createAction(tr("&Retire…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                                QStringLiteral("retireAction"), &RecordCommandsPage::retireCurrent);
    if (commands & ReactivateRecord)
        m_reactivate = createAction(
            tr("Re&activate…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
            QStringLiteral("reactivateAction"), &RecordCommandsPage::reactivateCurrent);
    if (commands & DeleteRecord)
        m_delete = createAction(tr("&Delete…"), QKeySequence::Delete,
                                QStringLiteral("deleteAction"), &RecordCommandsPage::deleteCurrent);
}

QAction *RecordCommandsPage::createAction(const QString &text, const QKeySequence &shortcut,
                                          const QString &objectName,
                                          void (RecordCommandsPage::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                     shortcut.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, [this, slot] { (this->*slot)(); });
    QWidget::addAction(action);
    m_toolBar->addAction(action);
    return action;
}

void RecordCommandsPage::activate()
{
    reload();
    updateActions();
}

void RecordCommandsPage::updateActions()
{
    const bool editor = canEdit();
    const std::optional<Current> current = currentRecord();
    auto set = [](QAction *a, bool visible, bool enabled) {
        if (!a)
            return;
        a->setVisible(visible);
        a->setEnabled(visible && enabled);
    };
    set(m_add, editor, true);
    set(m_edit, editor || m_viewForReadOnly, current.has_value());
    set(m_retire, editor, current && current->active);
    set(m_reactivate, editor, current && !current->active);
    set(m_delete, editor, current.has_value());
    if (m_edit && m_viewForReadOnly)
        m_edit->setText(editor ? tr("&Edit…") : tr("&View…"));
    if (m_separator)
        m_separator->setVisible(editor);
    bool anyVisible = false;
    for (const QAction *a : {m_add, m_edit, m_retire, m_reactivate, m_delete})
        anyVisible = anyVisible || (a && a->isVisible());
    m_toolBar->setVisible(anyVisible);
}

bool RecordCommandsPage::confirm(const QString &title, const QString &question)
{
    return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No)
        == QMessageBox::Yes;
}

bool RecordCommandsPage::confirmAndRun(const QString &title, const QString &question,
                                       const std::function<void()> &action)
{
    return confirm(title, question) && runGuarded(this, title, action);
}

// --- RecordListTab ---------------------------------------------------------------------------

RecordListTab::RecordListTab(const QString &title, Commands commands, QWidget *parent)
    : RecordCommandsPage(title, commands, parent)
{
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_bar = new QHBoxLayout;
    m_bar->addStretch();
    m_bar->addWidget(m_count);
    mainLayout()->addLayout(m_bar);
}

void RecordListTab::setModel(RecordListModel *model, const QString &objectName)
{
    m_model = model;
    m_view = new QTableView(this);
    m_view->setObjectName(objectName);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);
    m_view->setModel(model);
    // Sorting is done in SQL by the model; a model without a sorter keeps its own order.
    m_view->setSortingEnabled(model->isSortable());
    m_view->horizontalHeader()->setSortIndicatorShown(model->isSortable());
    mainLayout()->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateActions(); });
    connect(m_view, &QAbstractItemView::activated, this, [this] { openCurrent(); });
    connect(model, &PagedTableModel::reloaded, this, &RecordListTab::updateCount);
    chainTabOrder(m_view);
    if (!m_search)
        setFocusProxy(m_view);
}

QLineEdit *RecordListTab::addSearch(const QString &hint)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(hint);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_bar->insertWidget(0, m_search, 2);

    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    QWidget::addAction(find);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, [this] { refresh(); });
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] { refresh(); });
    chainTabOrder(m_search);
    setFocusProxy(m_search);
    return m_search;
}

void RecordListTab::addFilter(const QString &label, QWidget *widget)
{
    auto *caption = new QLabel(label, this);
    caption->setBuddy(widget);
    addToBar(caption);
    addFilter(widget);
}

void RecordListTab::addFilter(QWidget *widget)
{
    addToBar(widget);
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::activated, this, [this] { refresh(); });
    else if (auto *button = qobject_cast<QAbstractButton *>(widget))
        connect(button, &QAbstractButton::toggled, this, [this] { refresh(); });
    chainTabOrder(widget);
}

void RecordListTab::addToBar(QWidget *widget)
{
    // Filters go after the search and before the stretch and the count.
    m_bar->insertWidget(m_bar->count() - 2, widget, qobject_cast<QComboBox *>(widget) ? 1 : 0);
}

void RecordListTab::chainTabOrder(QWidget *widget)
{
    // Search, then the filters in the order added, then the list.
    if (m_lastInTabOrder && widget != m_view)
        setTabOrder(m_lastInTabOrder, widget);
    if (widget == m_view) {
        if (m_lastInTabOrder)
            setTabOrder(m_lastInTabOrder, m_view);
        return;
    }
    if (m_view)
        setTabOrder(widget, m_view);
    m_lastInTabOrder = widget;
}

void RecordListTab::openCurrent()
{
    if (editAction() && editAction()->isEnabled())
        editCurrent();
}

void RecordListTab::reload()
{
    reloadChoices();
    refresh();
}

void RecordListTab::refresh(qint64 select)
{
    if (m_searchTimer)
        m_searchTimer->stop();
    const qint64 keep = select > 0 ? select : currentId();
    runGuarded(this, title(), [this] { applyFilter(); });
    // The current record is kept when the new filter still loads it; a record asked for (one
    // just saved) is looked for page by page.
    if (keep > 0)
        this->select(keep, select > 0);
    updateActions();
}

void RecordListTab::updateCount()
{
    QString text;
    runGuarded(this, title(), [&] { text = countText(); });
    m_count->setText(text);
}

qint64 RecordListTab::currentId() const
{
    return m_model && m_view ? m_model->idAt(m_view->currentIndex().row()) : 0;
}

void RecordListTab::select(qint64 id, bool loadUntilFound)
{
    if (!m_model)
        return;
    // A record past the loaded pages (one just added, sorted far down): load on until it is.
    int row = m_model->rowOfId(id);
    while (row < 0 && loadUntilFound && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOfId(id);
    }
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0));
    }
}

std::optional<RecordCommandsPage::Current> RecordListTab::currentRecord() const
{
    if (!m_model || !m_view)
        return std::nullopt;
    const int row = m_view->currentIndex().row();
    const qint64 id = m_model->idAt(row);
    if (id <= 0)
        return std::nullopt;
    return Current {id, m_model->isActiveAt(row)};
}

void RecordListTab::runOnCurrent(const QString &title, const QString &question,
                                 const std::function<void(qint64)> &action)
{
    const qint64 id = currentId();
    if (id > 0 && confirmAndRun(title, question, [&] { action(id); }))
        refresh();
}

} // namespace ga
