#pragma once

#include "offices/OfficeTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace ga {
class Database;
class Query;
class RecordTable;
struct SqlWhere;
}

namespace ga::offices {

// One storey of one building in the register's tree: how many rooms it has.
struct FloorEntry
{
    qint64 buildingId = 0;
    QString buildingCode;
    QString buildingName;
    int floor = 0;
    int rooms = 0;
};

// SQL for `office_rooms`: the register. Lists filter, sort and page by key in SQL, inside the
// agency scope the filter carries.
class RoomRepository
{
    Q_DECLARE_TR_FUNCTIONS(RoomRepository)
public:
    explicit RoomRepository(Database &db);

    std::optional<Room> find(qint64 id) const;
    std::optional<Room> findByNumber(qint64 buildingId, const QString &number) const;
    bool numberExists(qint64 buildingId, const QString &number, qint64 exceptId) const;

    // `today` decides who occupies a room now.
    QList<RoomRow> pageAfter(const RoomFilter &filter, const KeysetCursor &after, int limit,
                             const QDate &today) const;
    int count(const RoomFilter &filter) const;
    // The buildings and storeys holding rooms in the scope, by building code and floor.
    QList<FloorEntry> floors(qint64 scopeRoot, bool includeDisposed) const;

    // The rooms of one storey, by number, with their occupants.
    QList<RoomRow> onFloor(qint64 buildingId, int floor, qint64 scopeRoot, const QDate &today) const;
    // Offices that can take a person (vacant or in use, not under repair, lent or disposed)
    // owned within `ownerRoot`'s subtree and the scope, with their occupants on `today`.
    QList<RoomRow> openOffices(qint64 ownerRoot, qint64 scopeRoot, const QDate &today) const;
    // The (building, floor) pairs where `departmentId`'s staff sit on `today`.
    QList<QPair<qint64, int>> placesOfDepartment(qint64 departmentId, const QDate &today) const;
    // The usable area of the rooms allocated to each department on `today`.
    QHash<qint64, qint64> serviceAreaByDepartment(const QDate &today) const;
    // How many people and departments hold room `id` on `day`.
    int occupantCount(qint64 id, const QDate &day) const;

    qint64 insert(const Room &r);
    void update(const Room &r);
    void setStatus(qint64 id, RoomStatus status);
    void setDisposal(qint64 id, const QDate &on, const QString &reason);

private:
    static void bind(const Room &r, Query &q);
    static const RecordTable &table();
    // Fills the rows' occupants (their names) and whether a case is open.
    void fillOccupants(QList<RoomRow> &rows, const QDate &today) const;

    Database &m_db;
};

// The columns of a room read by readRoom(), aliased `r`.
QString roomColumns();
Room readRoom(const Query &q, int first = 0);
constexpr int kRoomColumnCount = 14;

} // namespace ga::offices
