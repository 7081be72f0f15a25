#pragma once

#include "org/AuditQueryService.h"
#include "widgets/common/PagedTableModel.h"

#include <QList>

namespace ga {

// The audit log, newest first, fetched a page at a time through AuditQueryService.
class AuditTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Time, User, Action, Entity, EntityId, Changes, ColumnCount };

    explicit AuditTableModel(AuditQueryService &audit, QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    const AuditEntry &entryAt(int row) const { return m_rows.at(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Translated names of the stored action verbs and entities; unknown keys are shown as they are.
    static QString actionLabel(const QString &action);
    static QString entityLabel(const QString &entity);

protected:
    int fetchPage(const KeysetCursor &after, int limit) override;
    KeysetCursor keyOfRow(int row) const override;
    void appendFetched() override;
    void clearRows() override;
    int loadedRowCount() const override { return int(m_rows.size()); }

private:
    AuditQueryService &m_audit;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
    QList<AuditEntry> m_pending;
};

} // namespace ga
