#include "widgets/admin/AuditTableModel.h"

#include "core/Error.h"
#include "core/Period.h"

#include <QHash>

#include <spdlog/spdlog.h>

namespace ga {

AuditTableModel::AuditTableModel(AuditQueryService &audit, QObject *parent)
    : PagedTableModel(parent, 200)
    , m_audit(audit)
{}

void AuditTableModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

int AuditTableModel::fetchPage(const KeysetCursor &after, int limit)
{
    try {
        m_pending = m_audit.pageAfter(m_filter, after, limit);
    } catch (const Error &e) {
        // A refusal (no ViewAudit) or a storage failure leaves the list empty; the page says why.
        spdlog::warn("Audit log not listed: {}", e.message().toStdString());
        m_pending.clear();
    }
    return int(m_pending.size());
}

KeysetCursor AuditTableModel::keyOfRow(int row) const
{
    return m_rows.at(row).key;
}

void AuditTableModel::appendFetched()
{
    m_rows += m_pending;
    m_pending.clear();
}

void AuditTableModel::clearRows()
{
    m_rows.clear();
    m_pending.clear();
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == EntityId)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time: return formatInstant(e.at);
    case User: return e.username;
    case Action: return actionLabel(e.action);
    case Entity: return entityLabel(e.entity);
    case EntityId: return e.entityId > 0 ? QVariant(e.entityId) : QVariant();
    case Changes: {
        const QString text = e.afterJson.isEmpty() ? e.beforeJson : e.afterJson;
        return role == Qt::ToolTipRole || text.size() <= 160 ? text : text.left(160) + QChar(0x2026);
    }
    default: return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case User: return tr("User");
    case Action: return tr("Action");
    case Entity: return tr("Record type");
    case EntityId: return tr("Record id");
    case Changes: return tr("Values");
    default: return {};
    }
}

QString AuditTableModel::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("create"), QT_TR_NOOP("create")},
        {QStringLiteral("update"), QT_TR_NOOP("update")},
        {QStringLiteral("retire"), QT_TR_NOOP("retire")},
        {QStringLiteral("delete"), QT_TR_NOOP("delete")},
        {QStringLiteral("login"), QT_TR_NOOP("log in")},
        {QStringLiteral("login_failed"), QT_TR_NOOP("failed login")},
        {QStringLiteral("activate"), QT_TR_NOOP("activate")},
        {QStringLiteral("deactivate"), QT_TR_NOOP("deactivate")},
        {QStringLiteral("reset_password"), QT_TR_NOOP("reset password")},
        {QStringLiteral("change_password"), QT_TR_NOOP("change own password")},
        {QStringLiteral("approve"), QT_TR_NOOP("approve")},
        {QStringLiteral("reject"), QT_TR_NOOP("reject")},
        {QStringLiteral("cancel"), QT_TR_NOOP("cancel")},
        {QStringLiteral("assign"), QT_TR_NOOP("assign")},
        {QStringLiteral("depart"), QT_TR_NOOP("depart")},
        {QStringLiteral("return"), QT_TR_NOOP("return")},
        {QStringLiteral("close"), QT_TR_NOOP("close")},
        {QStringLiteral("import"), QT_TR_NOOP("import")},
    };
    const auto it = labels.constFind(action);
    return it == labels.constEnd() ? action : tr(it.value());
}

QString AuditTableModel::entityLabel(const QString &entity)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("user"), QT_TR_NOOP("user")},
        {QStringLiteral("setting"), QT_TR_NOOP("setting")},
        {QStringLiteral("department"), QT_TR_NOOP("department")},
        {QStringLiteral("staff"), QT_TR_NOOP("staff member")},
        {QStringLiteral("building"), QT_TR_NOOP("building")},
        {QStringLiteral("rank"), QT_TR_NOOP("rank")},
        {QStringLiteral("vehicle"), QT_TR_NOOP("vehicle")},
        {QStringLiteral("driver"), QT_TR_NOOP("driver")},
        {QStringLiteral("trip"), QT_TR_NOOP("trip")},
        {QStringLiteral("room"), QT_TR_NOOP("room")},
        {QStringLiteral("flat"), QT_TR_NOOP("flat")},
        {QStringLiteral("tenancy"), QT_TR_NOOP("tenancy")},
        {QStringLiteral("meter"), QT_TR_NOOP("meter")},
        {QStringLiteral("reading"), QT_TR_NOOP("meter reading")},
    };
    const auto it = labels.constFind(entity);
    return it == labels.constEnd() ? entity : tr(it.value());
}

} // namespace ga
