#include "offices/OfficeGenerator.h"

#include "offices/OfficeTypes.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace ga::offices {

namespace {

struct BuildingInfo
{
    qint64 id = 0;
    qint64 owner = 0;
    qint64 usable = 0;
};

struct StaffInfo
{
    qint64 id = 0;
    qint64 department = 0;
    qint64 limit = 0;
};

struct GenRoom
{
    qint64 id = 0;
    qint64 building = 0;
    UseType type = UseType::Office;
    qint64 area = 0;
    int occupants = 0;
    qint64 tightest = 0;   // the smallest limit among its occupants
    RoomStatus status = RoomStatus::Vacant;
};

const char *const kBorrowers[] = {"宁夏老年大学", "自治区残疾人联合会", "银川市志愿者协会",
                                  "宁夏科技馆筹建办", "中国邮政银川分公司", "自治区档案馆"};

} // namespace

OfficeGenerator::OfficeGenerator(Database &db, GeneratorRandom random, GeneratorProgress progress)
    : m_db(db)
    , m_random(random)
    , m_progress(std::move(progress))
{}

OfficeGenerationCounts OfficeGenerator::generate(const GeneratedOrg &org,
                                                 const OfficeGenerationOptions &options)
{
    GeneratorRandom &rnd = m_random;
    OfficeGenerationCounts counts;
    const QDate ref = options.referenceDate;
    const QDate earliest = ref.addYears(-qMax(1, options.historyYears));
    auto report = [&](int percent) {
        if (m_progress)
            m_progress(percent);
    };

    // Each department's owner: the agency (or the bureau) it lies under.
    QHash<qint64, qint64> ownerOf;
    {
        QHash<qint64, std::pair<qint64, bool>> parentOf; // id -> (parent, is a division)
        Query q(m_db, QStringLiteral("SELECT id, coalesce(parent_id, 0), kind FROM departments"),
                tr("generating allocations"));
        q.exec();
        while (q.next())
            parentOf.insert(q.value(0).toLongLong(),
                            {q.value(1).toLongLong(), q.value(2).toString() == QLatin1String("division")});
        for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
            qint64 current = it.key();
            for (int depth = 0; depth < 32 && parentOf.value(current).second; ++depth)
                current = parentOf.value(current).first;
            ownerOf.insert(it.key(), current > 0 ? current : org.bureauId);
        }
    }

    QHash<qint64, QList<BuildingInfo>> buildings;
    {
        Query q(m_db,
                QStringLiteral("SELECT id, coalesce(department_id, 0), usable_area FROM buildings "
                               "WHERE status = 'active' ORDER BY id"),
                tr("generating rooms"));
        q.exec();
        while (q.next())
            buildings[q.value(1).toLongLong()].append(
                {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    }
    QHash<qint64, QList<StaffInfo>> staffOf; // by owner
    {
        Query q(m_db,
                QStringLiteral("SELECT s.id, s.department_id, r.office_limit FROM staff s "
                               "JOIN ranks r ON r.id = s.rank_id WHERE s.status = 'active' "
                               "ORDER BY r.office_limit DESC, s.id"),
                tr("generating allocations"));
        q.exec();
        while (q.next()) {
            const qint64 dept = q.value(1).toLongLong();
            staffOf[ownerOf.value(dept, org.bureauId)].append(
                {q.value(0).toLongLong(), dept, q.value(2).toLongLong()});
        }
    }

    BulkInsert roomInsert(m_db, QStringLiteral("office_rooms"),
                          {QStringLiteral("building_id"), QStringLiteral("floor"),
                           QStringLiteral("number"), QStringLiteral("use_type"),
                           QStringLiteral("service_kind"), QStringLiteral("usable_area"),
                           QStringLiteral("gross_area"), QStringLiteral("status"),
                           QStringLiteral("department_id"), QStringLiteral("notes"),
                           QStringLiteral("disposed_on"), QStringLiteral("disposal_reason"),
                           QStringLiteral("created_at")},
                          tr("generating rooms"));
    BulkInsert allocationInsert(m_db, QStringLiteral("office_allocations"),
                                {QStringLiteral("room_id"), QStringLiteral("staff_id"),
                                 QStringLiteral("department_id"), QStringLiteral("start_date"),
                                 QStringLiteral("end_date"), QStringLiteral("reason"),
                                 QStringLiteral("created_at")},
                                tr("generating allocations"));
    BulkInsert lendingInsert(m_db, QStringLiteral("office_lendings"),
                             {QStringLiteral("room_id"), QStringLiteral("kind"),
                              QStringLiteral("borrower"), QStringLiteral("start_date"),
                              QStringLiteral("end_date"), QStringLiteral("terms"),
                              QStringLiteral("rent"), QStringLiteral("created_at")},
                             tr("generating lendings"));
    const qint64 createdAt = localDayStart(earliest);
    const ServiceKind serviceKinds[] = {ServiceKind::Meeting,   ServiceKind::Meeting,
                                        ServiceKind::Archive,   ServiceKind::Print,
                                        ServiceKind::Reception, ServiceKind::Canteen,
                                        ServiceKind::Other};
    // Offices sized for one to four people of the usual limits, a little under the standard.
    const qint64 officeSizes[] = {900, 900, 900, 900, 1200, 1200, 1800, 1800, 1800, 2400, 2700, 3000};

    auto randomDate = [&](const QDate &from, const QDate &to) {
        const qint64 days = qMax<qint64>(0, from.daysTo(to));
        return from.addDays(rnd.uniform64(0, days));
    };

    // Agencies without a building of their own sit in the bureau's (集中办公).
    for (auto it = staffOf.begin(); it != staffOf.end(); ++it)
        if (it.key() != org.bureauId && !buildings.contains(it.key()))
            staffOf[org.bureauId] += it.value();
    std::sort(staffOf[org.bureauId].begin(), staffOf[org.bureauId].end(),
              [](const StaffInfo &a, const StaffInfo &b) {
                  return a.limit != b.limit ? a.limit > b.limit : a.id < b.id;
              });
    const QList<qint64> owners = buildings.keys();
    QList<qint64> sortedOwners = owners;
    std::sort(sortedOwners.begin(), sortedOwners.end());
    int ownerDone = 0;
    for (qint64 owner : sortedOwners) {
        QList<BuildingInfo> &own = buildings[owner];
        QList<StaffInfo> &people = staffOf[owner];
        const int wanted = int(std::lround(people.size() * options.roomsPerStaff)) + 6;
        qint64 totalUsable = 0;
        for (const BuildingInfo &b : own)
            totalUsable += qMax<qint64>(b.usable, 1);

        QList<GenRoom> offices;
        QList<GenRoom> services;
        for (const BuildingInfo &b : own) {
            const int rooms = qMax(6, int(std::lround(double(wanted) * qMax<qint64>(b.usable, 1)
                                                      / double(totalUsable))));
            const int perFloor = rnd.uniform(8, 20);
            for (int i = 0; i < rooms; ++i) {
                const int floor = 1 + i / perFloor;
                const QString number = QStringLiteral("%1%2").arg(floor).arg(i % perFloor + 1, 2, 10,
                                                                             QLatin1Char('0'));
                const double pick = rnd.real();
                GenRoom r;
                r.building = b.id;
                ServiceKind kind = ServiceKind::None;
                if (pick < 0.46) {
                    r.type = UseType::Office;
                    r.area = rnd.pick(officeSizes) - rnd.uniform(0, 60);
                } else if (pick < 0.75) {
                    r.type = UseType::Service;
                    kind = rnd.pick(serviceKinds);
                    r.area = rnd.uniform(2000, 12000);
                } else if (pick < 0.87) {
                    r.type = UseType::Equipment;
                    r.area = rnd.uniform(800, 4000);
                } else {
                    r.type = UseType::Ancillary;
                    r.area = rnd.uniform(500, 3000);
                }
                const double fate = rnd.real();
                r.status = fate < 0.008 ? RoomStatus::Repair
                           : fate < 0.016 ? RoomStatus::Lent
                           : fate < 0.020 ? RoomStatus::Disposed
                                          : RoomStatus::Vacant;
                const QDate disposedOn = r.status == RoomStatus::Disposed
                                             ? randomDate(earliest, ref.addDays(-1))
                                             : QDate();
                roomInsert << b.id << floor << number << key(r.type) << key(kind) << r.area
                           << qint64(std::lround(r.area * rnd.between(1.25, 1.45))) << key(r.status)
                           << owner << QString() << dateValue(disposedOn)
                           << (disposedOn.isValid() ? QStringLiteral("危旧房屋拆除") : QString())
                           << createdAt;
                r.id = roomInsert.insertReturningId();
                ++counts.rooms;
                if (r.status == RoomStatus::Lent) {
                    const QDate from = randomDate(ref.addYears(-3), ref.addDays(-30));
                    const bool rent = rnd.chance(0.5);
                    lendingInsert << r.id << QString::fromLatin1(rent ? "rent" : "lend")
                                  << QString::fromUtf8(rnd.pick(kBorrowers)) << dateValue(from)
                                  << dateValue(from.addYears(rnd.uniform(3, 5)))
                                  << QStringLiteral("按协议使用，到期收回")
                                  << (rent ? qint64(rnd.uniform(2000, 9000)) * 100 : qint64(0))
                                  << createdAt;
                    lendingInsert.insert();
                    ++counts.lendings;
                }
                if (r.status != RoomStatus::Vacant)
                    continue;
                (r.type == UseType::Office ? offices : services) << r;
            }
        }

        // People, most senior first: the best-fitting office that keeps everyone in it within
        // their limit; a few placed over it on purpose; nobody left without a room while any
        // vacant office remains.
        auto place = [&](const StaffInfo &person, int index, bool over, const QDate &start) {
            GenRoom &room = offices[index];
            room.tightest = room.occupants == 0 ? person.limit : qMin(room.tightest, person.limit);
            // Nobody joins a person placed over the standard (that would put it right).
            room.occupants = over ? 99 : room.occupants + 1;
            // An earlier office, ended by the move into this one.
            const int earlier = rnd.chance(0.35) ? rnd.uniform(0, int(offices.size()) - 1) : -1;
            if (earlier >= 0 && earlier != index) {
                const QDate before = randomDate(earliest, start);
                if (before < start) {
                    allocationInsert << offices.at(earlier).id << person.id << QVariant()
                                     << dateValue(before) << dateValue(start) << QString()
                                     << createdAt;
                    allocationInsert.insert();
                    ++counts.allocations;
                }
            }
            allocationInsert << room.id << person.id << QVariant() << dateValue(start)
                             << QVariant() << (over ? QStringLiteral("历史遗留，待整改") : QString())
                             << createdAt;
            allocationInsert.insert();
            ++counts.allocations;
        };
        auto capacity = [](const GenRoom &r) { return r.area >= 2400 ? 3 : 2; };
        for (int p = 0; p < people.size(); ++p) {
            const StaffInfo &person = people.at(p);
            int best = -1;
            const bool over = rnd.chance(options.overStandardShare);
            for (int i = 0; i < offices.size(); ++i) {
                const GenRoom &r = offices.at(i);
                if (r.occupants >= capacity(r))
                    continue;
                const qint64 share = shareOf(r.area, r.occupants + 1);
                if (over) {
                    if (r.occupants == 0 && share > person.limit
                        && (best < 0 || r.area < offices.at(best).area))
                        best = i;
                    continue;
                }
                if (share > person.limit || (r.occupants > 0 && share > r.tightest))
                    continue;
                if (best < 0 || share > shareOf(offices.at(best).area, offices.at(best).occupants + 1))
                    best = i;
            }
            const QDate start = randomDate(earliest, ref.addDays(-1));
            if (best >= 0) {
                place(person, best, over, start);
                continue;
            }
            // No office takes one more person within the standard: a vacant shared office for
            // this person and the next one (the list runs by limit, so they are alike).
            if (over || p + 1 >= people.size())
                continue;
            const StaffInfo &next = people.at(p + 1);
            const qint64 tighter = qMin(person.limit, next.limit);
            int shared = -1;
            for (int i = 0; i < offices.size(); ++i) {
                const GenRoom &r = offices.at(i);
                if (r.occupants == 0 && shareOf(r.area, 2) <= tighter
                    && (shared < 0 || r.area > offices.at(shared).area))
                    shared = i;
            }
            if (shared < 0)
                continue;
            place(person, shared, false, start);
            place(next, shared, false, start);
            ++p;
        }

        // Service rooms: most to one of the owner's divisions.
        QList<qint64> divisions;
        for (const StaffInfo &p : people)
            if (!divisions.contains(p.department))
                divisions << p.department;
        if (divisions.isEmpty())
            divisions << owner;
        for (const GenRoom &r : services) {
            if (!rnd.chance(0.8))
                continue;
            allocationInsert << r.id << QVariant() << rnd.pick(divisions)
                             << dateValue(randomDate(earliest, ref.addDays(-1))) << QVariant()
                             << QString() << createdAt;
            allocationInsert.insert();
            ++counts.allocations;
        }
        report(100 * ++ownerDone / int(sortedOwners.size()));
    }

    // Rooms held today are in use.
    Query inUse(m_db,
                QStringLiteral("UPDATE office_rooms SET status = 'in_use' WHERE status = 'vacant' "
                               "AND id IN (SELECT room_id FROM office_allocations "
                               "WHERE start_date <= :d1 AND (end_date IS NULL OR end_date > :d2))"),
                tr("generating rooms"));
    inUse.bind(QStringLiteral(":d1"), ref.toString(Qt::ISODate))
        .bind(QStringLiteral(":d2"), ref.toString(Qt::ISODate))
        .exec();
    return counts;
}

} // namespace ga::offices
