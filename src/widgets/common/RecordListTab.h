#pragma once

#include "widgets/common/Page.h"

#include <QFlags>

#include <functional>
#include <optional>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolBar;
class QVBoxLayout;

namespace ga {

class RecordListModel;

// The commands over a list of records of one kind: a toolbar with one QAction per command the
// page offers (New, Edit, Retire, Reactivate, Delete), each with its shortcut, acting while the
// focus is in the page. Editing commands are shown only to users who may edit (canEdit()); the
// service checks again. A page that offers "view" lets read-only users open a record with the
// Edit action, titled View.
//
// A subclass says which record is current (currentRecord()) and does the commands' work.
class RecordCommandsPage : public Page
{
    Q_OBJECT
public:
    enum Command {
        NewRecord = 0x01,
        EditRecord = 0x02,
        RetireRecord = 0x04,
        ReactivateRecord = 0x08,
        DeleteRecord = 0x10,
    };
    Q_DECLARE_FLAGS(Commands, Command)
    static constexpr Commands kAllCommands {NewRecord | EditRecord | RetireRecord | ReactivateRecord
                                            | DeleteRecord};

    // `title` heads error messages (e.g. tr("Staff")).
    RecordCommandsPage(const QString &title, Commands commands, QWidget *parent = nullptr);

    // nullptr for a command the page does not offer.
    QAction *newAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *retireAction() const { return m_retire; }
    QAction *reactivateAction() const { return m_reactivate; }
    QAction *deleteAction() const { return m_delete; }

    void activate() override;

protected:
    struct Current
    {
        qint64 id = 0;
        bool active = true;
    };
    virtual bool canEdit() const = 0;
    // The selected record; nullopt when nothing is selected.
    virtual std::optional<Current> currentRecord() const = 0;
    virtual void reload() = 0;
    virtual void addRecord() { }
    virtual void editCurrent() { }
    virtual void retireCurrent() { }
    virtual void reactivateCurrent() { }
    virtual void deleteCurrent() { }

    // Read-only users open records with the Edit action, titled "View…".
    void offerViewToReadOnly() { m_viewForReadOnly = true; }
    void updateActions();
    const QString &title() const { return m_title; }
    bool confirm(const QString &title, const QString &question);
    // Asks `question`; when confirmed, runs `action`, showing a failure under `title`. True
    // when the action ran.
    bool confirmAndRun(const QString &title, const QString &question,
                       const std::function<void()> &action);
    QToolBar *toolBar() const { return m_toolBar; }
    // The separator before Retire, Reactivate and Delete (nullptr when none is offered): a page's
    // own commands go before it.
    QAction *statusSeparator() const { return m_separator; }
    QVBoxLayout *mainLayout() const { return m_layout; }

private:
    QAction *createAction(const QString &text, const QKeySequence &shortcut,
                          const QString &objectName, void (RecordCommandsPage::*slot)());

    QString m_title;
    bool m_viewForReadOnly = false;
    QVBoxLayout *m_layout = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_separator = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_retire = nullptr;
    QAction *m_reactivate = nullptr;
    QAction *m_delete = nullptr;
};

// The list of records of one kind, the piece every module's register is made of: the commands'
// toolbar, a filter bar (a search field with Ctrl+F and a pause before it applies, the module's
// combo boxes and check boxes, each applied when changed), the list paged by key from a
// RecordListModel, and a count. Enter or a double click edits (or views) the current record;
// the selection is kept across reloads. A module subclasses it, adds its filters in its
// constructor, and writes applyFilter(), countText() and the commands.
class RecordListTab : public RecordCommandsPage
{
    Q_OBJECT
public:
    RecordListTab(const QString &title, Commands commands, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *countLabel() const { return m_count; }
    qint64 currentId() const;
    // Makes record `id` current when it is loaded; with `loadUntilFound`, loads pages until it
    // is (to the end of the list when the filter leaves it out).
    void select(qint64 id, bool loadUntilFound = false);

protected:
    // Set once, in the subclass's constructor: the list (the view takes `objectName`).
    void setModel(RecordListModel *model, const QString &objectName);
    QLineEdit *addSearch(const QString &hint);
    // A filter widget with its label (the label's buddy, for its Alt+letter) or alone (a check
    // box); a change applies the filter.
    void addFilter(const QString &label, QWidget *widget);
    void addFilter(QWidget *widget);

    // Reads the filter widgets into the model's filter and reloads the model.
    virtual void applyFilter() = 0;
    // The count label's text (e.g. "12 staff member(s)"); called after each reload.
    virtual QString countText() const = 0;
    // Fills the filters' choices (departments, ranks…), before each reload; nothing by default.
    virtual void reloadChoices() { }

    // Enter or a double click on a record: edits it (or views it) by default.
    virtual void openCurrent();

    void reload() override;
    std::optional<Current> currentRecord() const override;
    // Applies the filter again, keeping the current record (or making `select` current).
    void refresh(qint64 select = 0);
    // Asks `question` about the current record; when confirmed runs `action` on its id and
    // refreshes the list.
    void runOnCurrent(const QString &title, const QString &question,
                      const std::function<void(qint64 id)> &action);

private:
    void addToBar(QWidget *widget);
    void chainTabOrder(QWidget *widget);
    void updateCount();

    QHBoxLayout *m_bar = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    RecordListModel *m_model = nullptr;
    QWidget *m_lastInTabOrder = nullptr;
};

} // namespace ga

Q_DECLARE_OPERATORS_FOR_FLAGS(ga::RecordCommandsPage::Commands)
