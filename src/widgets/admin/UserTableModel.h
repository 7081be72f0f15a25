#pragma once

#include "org/User.h"

#include <QAbstractTableModel>
#include <QList>

namespace ga {

// The users of the store, for the Settings → Users tab. The table is small (one row per
// person who logs in), so it is held whole.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Username, DisplayName, RoleColumn, Modules, Department, Scope, Active, LastLogin,
                  ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setUsers(const QList<User> &users);
    const User &userAt(int row) const { return m_users.at(row); }
    int rowOf(qint64 userId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<User> m_users;
};

} // namespace ga
