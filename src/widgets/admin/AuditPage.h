#pragma once

#include "widgets/common/Page.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTableView;

namespace ga {

class AuditQueryService;
class AuditTableModel;
class Session;
struct AuditFilter;

// The audit log: a filter bar (user, record type, action, dates), the rows newest first, and
// the selected row's before/after JSON side by side. Users without ViewAudit see a refusal.
class AuditPage : public Page
{
    Q_OBJECT
public:
    AuditPage(AuditQueryService &audit, Session &session, QWidget *parent = nullptr);

    void activate() override;

    AuditTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    void refreshChoices();
    void applyFilter();
    void clearFilter();
    void showDetail();
    AuditFilter currentFilter() const;

    AuditQueryService &m_audit;
    Session &m_session;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_refusal = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_entity = nullptr;
    QComboBox *m_action = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_count = nullptr;
    AuditTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_detailTitle = nullptr;
    QPlainTextEdit *m_before = nullptr;
    QPlainTextEdit *m_after = nullptr;
    bool m_updating = false;
};

} // namespace ga
