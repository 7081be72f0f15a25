#include "widgets/admin/UserTableModel.h"

#include "core/Period.h"

#include <QBrush>
#include <QStringList>

namespace ga {

void UserTableModel::setUsers(const QList<User> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

int UserTableModel::rowOf(qint64 userId) const
{
    for (int i = 0; i < m_users.size(); ++i)
        if (m_users.at(i).id == userId)
            return i;
    return -1;
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const User &u = m_users.at(index.row());
    if (role == Qt::ForegroundRole && (!u.active || u.locked))
        return QBrush(Qt::gray);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Username: return u.username;
    case DisplayName: return u.displayName;
    case RoleColumn: return roleDisplayName(u.role);
    case Modules: {
        if (u.role != Role::Clerk)
            return QStringLiteral("—");
        QStringList names;
        for (Module m : allModules())
            if (u.modules.contains(m))
                names << moduleDisplayName(m);
        return names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "));
    }
    case Department: return u.departmentName;
    case Scope: return u.scopeDepartmentId > 0 ? u.scopeName : tr("The whole region");
    case Active: return !u.active ? tr("deactivated") : u.locked ? tr("locked") : tr("active");
    case LastLogin: return u.lastLoginAt > 0 ? formatInstant(u.lastLoginAt) : tr("never");
    default: return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Username: return tr("User name");
    case DisplayName: return tr("Full name");
    case RoleColumn: return tr("Role");
    case Modules: return tr("Modules");
    case Department: return tr("Department");
    case Scope: return tr("Scope");
    case Active: return tr("Status");
    case LastLogin: return tr("Last login");
    default: return {};
    }
}

} // namespace ga
