#include "housing/HousingDemo.h"

#include "core/Error.h"
#include "core/Period.h"
#include "housing/HousingRent.h"
#include "housing/HousingService.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QCoreApplication>

#include <algorithm>

namespace ga::housing {

namespace {

QList<qint64> transferredCadres(Database &db, const QDate &today, int limit)
{
    Query q(db,
            QStringLiteral("SELECT id FROM staff WHERE transferred = 1 AND status = 'active' AND "
                           "(post_end IS NULL OR post_end >= :today) ORDER BY id LIMIT :limit"),
            QCoreApplication::translate("HousingDemo", "choosing the demo tenants"));
    q.bind(QStringLiteral(":today"), toIsoDate(today)).bind(QStringLiteral(":limit"), limit).exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace

HousingDemoCounts generateHousingDemo(Database &db, HousingService &housing,
                                      const QList<qint64> &managers, const QDate &today)
{
    HousingDemoCounts counts;
    if (managers.isEmpty())
        return counts;
    static const char *const names[] = {"阅海周转房小区", "丽景周转公寓", "宁安周转房"};
    static const char *const streets[] = {"银川市金凤区阅海路 18 号", "银川市兴庆区丽景街 6 号",
                                          "银川市西夏区宁安大街 99 号"};
    static const qint64 rates[] = {1000, 1200, 850};
    static const char *const layouts[] = {"1室1厅", "2室1厅", "2室1厅", "3室1厅"};
    static const qint64 areas[] = {4850, 6820, 7535, 9210};
    QList<qint64> flats;
    for (int c = 0; c < 3; ++c) {
        Complex complex;
        complex.code = QStringLiteral("ZZ%1").arg(c + 1, 2, 10, QLatin1Char('0'));
        complex.name = QString::fromUtf8(names[c]);
        complex.address = QString::fromUtf8(streets[c]);
        complex.departmentId = managers.at(c % managers.size());
        complex.rentRate = rates[c];
        const qint64 complexId = housing.createComplex(complex);
        ++counts.complexes;
        for (int i = 0; i < 16; ++i) {
            Flat f;
            f.complexId = complexId;
            f.building = QString::number(1 + i / 8);
            f.unit = QString::number(1 + (i / 4) % 2);
            f.floor = 1 + i % 4;
            f.number = QString::number(f.floor * 100 + 1 + i % 2);
            f.area = areas[i % 4] + 13 * c;
            f.layout = QString::fromUtf8(layouts[i % 4]);
            f.waterMeter = QStringLiteral("S%1%2").arg(c + 1).arg(1000 + i);
            f.powerMeter = QStringLiteral("D%1%2").arg(c + 1).arg(5000 + i);
            f.gasMeter = QStringLiteral("R%1%2").arg(c + 1).arg(8000 + i);
            for (const auto &[name, value] : {std::pair {"床", 180000}, {"衣柜", 120000},
                                               {"冰箱", 260000}, {"洗衣机", 210000}}) {
                InventoryItem item;
                item.name = QString::fromUtf8(name);
                item.value = value;
                f.items << item;
            }
            flats << housing.createFlat(f);
            ++counts.flats;
        }
    }

    const QList<qint64> cadres = transferredCadres(db, today, 60);
    const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(-5);
    int cadre = 0;
    // Tenancies: most flats let, signed over the last two years.
    // Eight cadres are kept for the queue.
    const int housed = std::max(0, int(cadres.size()) - 8);
    for (int i = 0; i < flats.size() && cadre < housed; ++i) {
        if (i % 6 == 5)
            continue; // left vacant
        const Flat f = housing.flat(flats[i]);
        Application a;
        a.staffId = cadres[cadre++];
        a.appliedOn = today.addDays(-700 + i * 12);
        a.householdSize = 1 + i % 4;
        a.layout = f.layout;
        a.noLocalHousing = true;
        const qint64 app = housing.fileApplication(a);
        ++counts.applications;
        qint64 offer = 0;
        try {
            offer = housing.offerFlat(app, f.id);
        } catch (const ValidationError &) {
            offer = housing.offerFlat(app, f.id, QString::fromUtf8("按单位调配意见优先安排"));
        }
        QDate start = a.appliedOn.addDays(20);
        if (start > today)
            start = today;
        // Some tenancies end within the alert window.
        QDate end;
        if (i % 7 == 3)
            end = today.addDays(10 + i);
        const qint64 tenancy = housing.acceptOffer(offer, start, end, Money(200000));
        ++counts.tenancies;
        if (i % 11 == 6)
            housing.extendTenancy(tenancy, housing.defaultEnd(start).addYears(1),
                                  QString::fromUtf8("挂职期延长一年"));
    }
    // Six months of rent rolls with payments; every fifth tenant pays nothing, every seventh
    // half.
    for (QDate m = firstMonth; m <= today; m = m.addMonths(1)) {
        const QString month = toIsoMonth(m);
        counts.rentLines += housing.generateRentRoll(month).added;
        RentRollFilter filter;
        filter.month = month;
        int n = 0;
        for (const RentLineRow &row : housing.rentRollPageAfter(filter, {}, 1000)) {
            ++n;
            if (row.line.outstanding() <= Money() || n % 5 == 0 || m.month() == today.month())
                continue;
            const Money pay = n % 7 == 0 ? Money(row.line.outstanding().fen() / 2)
                                         : row.line.outstanding();
            if (pay > Money())
                housing.recordPayment(row.line.id, pay, std::min(today, m.addDays(9)));
        }
    }
    // Two check-outs, the queue and an open offer.
    TenancyFilter active;
    const QList<TenancyRow> tenancies = housing.tenanciesPageAfter(active, {}, 1000);
    for (int i = 0; i < 2 && i < tenancies.size(); ++i) {
        CheckoutDraft d;
        d.tenancyId = tenancies[tenancies.size() - 1 - i].tenancy.id;
        d.date = today.addDays(-3 - i);
        d.utilities = Money(15600 + 2300 * i);
        d.inspection = housing.inspectionTemplate(d.tenancyId);
        if (i == 0 && !d.inspection.isEmpty()) {
            d.inspection[0].condition = ItemCondition::Damaged;
            d.inspection[0].cost = Money(35000);
        }
        d.flatAfter = i == 0 ? FlatStatus::Maintenance : FlatStatus::Vacant;
        housing.checkOut(d);
    }
    for (int k = 0; cadre < cadres.size() && k < 8; ++k) {
        Application a;
        a.staffId = cadres[cadre++];
        a.appliedOn = today.addDays(-60 + k * 5);
        a.householdSize = 2 + k % 3;
        a.layout = QString::fromUtf8(layouts[1 + k % 3]);
        a.priorityPoints = k % 3 == 0 ? 10 : 0;
        a.priorityGrounds = k % 3 == 0 ? QString::fromUtf8("夫妻两地分居") : QString();
        a.noLocalHousing = true;
        housing.fileApplication(a);
        ++counts.applications;
    }
    // A vacant flat offered past the head of its queue, with the reason recorded.
    const QString layout = QString::fromUtf8(layouts[1]);
    const QList<ApplicationRow> queue = housing.queue(layout);
    FlatFilter vacant;
    vacant.status = FlatStatus::Vacant;
    vacant.layout = layout;
    const QList<FlatRow> free = housing.flatsPageAfter(vacant, {}, 1);
    if (queue.size() >= 2 && !free.isEmpty())
        housing.offerFlat(queue[1].application.id, free.first().flat.id,
                          QString::fromUtf8("首位申请人在外地培训，本人同意顺延"));
    return counts;
}

} // namespace ga::housing
