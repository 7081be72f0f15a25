#include "housing/HousingGenerator.h"

#include "core/Money.h"
#include "core/Period.h"
#include "housing/HousingRent.h"
#include "org/GeneratorSupport.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace ga::housing {

namespace {

const char *const kComplexNames[] = {"阅海", "丽景", "宁安", "贺兰", "凤凰", "银湖", "金波", "长城",
                                     "西夏", "兴庆", "怀远", "亲水", "北京路", "正源", "湖畔"};
const char *const kComplexKinds[] = {"周转房小区", "周转公寓", "人才公寓"};
const char *const kLayouts[] = {"1室1厅", "2室1厅", "2室1厅", "2室2厅", "3室1厅"};
const qint64 kAreas[] = {4850, 6820, 7535, 8210, 9650};
const char *const kItems[] = {"床", "衣柜", "书桌", "沙发", "冰箱", "洗衣机", "电视机", "空调"};
const qint64 kItemValues[] = {180000, 120000, 60000, 150000, 260000, 210000, 300000, 350000};
const char *const kGrounds[] = {"夫妻两地分居", "子女随迁就学", "重点项目引进", "援宁干部"};
const char *const kExtensionReasons[] = {"挂职期延长一年", "重点项目尚未完成", "任职期限延长"};

qint64 secsOf(const QDate &d)
{
    return QDateTime(d, QTime(10, 0)).toSecsSinceEpoch();
}

} // namespace

HousingGenerator::HousingGenerator(Database &db, GeneratorRandom &random,
                                   std::function<void(int)> progress)
    : m_db(db)
    , m_random(random)
    , m_progress(std::move(progress))
{
}

HousingGenerationCounts HousingGenerator::generate(const HousingGenerationOptions &o)
{
    HousingGenerationCounts n;
    if (o.managers.isEmpty() || o.flats <= 0)
        return n;
    const QDate ref = o.referenceDate;
    const QDate from = ref.addYears(-o.years);
    const QString context = tr("generating turnover housing");
    const auto step = [&](int percent) {
        if (m_progress)
            m_progress(percent);
    };

    // The tenants: transferred cadres first (the eligible ones, for the active tenancies and the
    // queue), then everyone else for the ended tenancies of the past.
    QList<qint64> cadres;
    QList<qint64> others;
    {
        Query q(m_db,
                QStringLiteral("SELECT id, transferred FROM staff WHERE status = 'active' AND "
                               "(post_end IS NULL OR post_end >= :ref) ORDER BY id"),
                context);
        q.bind(QStringLiteral(":ref"), toIsoDate(ref)).exec();
        while (q.next())
            (q.value(1).toInt() != 0 ? cadres : others) << q.value(0).toLongLong();
    }
    if (cadres.isEmpty() && others.isEmpty())
        return n;
    QList<qint64> everyone = cadres + others;

    // ---- Complexes and flats ----
    const int complexes = std::max(1, o.flats / 40);
    struct FlatInfo
    {
        qint64 id = 0;
        qint64 area = 0;
        qint64 rate = 0;
        QList<qint64> items;
        QString layout;
    };
    QList<FlatInfo> flats;
    Query insertComplex(m_db,
                        QStringLiteral("INSERT INTO housing_complexes (code, name, address, "
                                       "department_id, rent_rate, status, created_at) VALUES (:code, "
                                       ":name, :address, :dept, :rate, 'active', :at)"),
                        context);
    Query insertFlat(m_db,
                     QStringLiteral("INSERT INTO housing_flats (complex_id, building, unit, floor, "
                                    "number, area, layout, water_meter, power_meter, gas_meter, "
                                    "status, vacant_since, created_at) VALUES (:c, :b, :u, :f, :n, "
                                    ":area, :layout, :w, :p, :g, 'vacant', :since, :at)"),
                     context);
    Query insertItem(m_db,
                     QStringLiteral("INSERT INTO housing_flat_items (flat_id, name, quantity, value) "
                                    "VALUES (:f, :name, :q, :v)"),
                     context);
    const qint64 createdAt = secsOf(from.addDays(-30));
    for (int c = 0; c < complexes; ++c) {
        const qint64 rate = 800 + 50 * m_random.uniform(0, 8);
        insertComplex
            .bind(QStringLiteral(":code"), QStringLiteral("ZZ%1").arg(c + 1, 3, 10, QLatin1Char('0')))
            .bind(QStringLiteral(":name"),
                  QString(QString::fromUtf8(kComplexNames[c % std::size(kComplexNames)])
                          + QString::fromUtf8(kComplexKinds[(c / std::size(kComplexNames)) % 3])
                          + (c >= int(std::size(kComplexNames) * 3) ? QString::number(c)
                                                                    : QString())))
            .bind(QStringLiteral(":address"),
                  QStringLiteral("银川市%1路%2号")
                      .arg(QString::fromUtf8(kComplexNames[(c * 7) % std::size(kComplexNames)]))
                      .arg(10 + c))
            .bind(QStringLiteral(":dept"), o.managers.at(c % o.managers.size()))
            .bind(QStringLiteral(":rate"), rate)
            .bind(QStringLiteral(":at"), createdAt)
            .exec();
        const qint64 complexId = insertComplex.lastInsertId();
        ++n.complexes;
        const int count = o.flats / complexes + (c < o.flats % complexes ? 1 : 0);
        for (int i = 0; i < count; ++i) {
            FlatInfo f;
            const int kind = m_random.uniform(0, int(std::size(kLayouts)) - 1);
            f.layout = QString::fromUtf8(kLayouts[kind]);
            f.area = kAreas[kind] + m_random.uniform(-300, 300);
            f.rate = rate;
            const int floor = 1 + (i / 2) % 18;
            insertFlat.bind(QStringLiteral(":c"), complexId)
                .bind(QStringLiteral(":b"), QString::number(1 + i / 72))
                .bind(QStringLiteral(":u"), QString::number(1 + (i / 36) % 2))
                .bind(QStringLiteral(":f"), floor)
                .bind(QStringLiteral(":n"), QString::number(floor * 100 + 1 + i % 2))
                .bind(QStringLiteral(":area"), f.area)
                .bind(QStringLiteral(":layout"), f.layout)
                .bind(QStringLiteral(":w"), QStringLiteral("S%1-%2").arg(c + 1).arg(i + 1, 4, 10, QLatin1Char('0')))
                .bind(QStringLiteral(":p"), QStringLiteral("D%1-%2").arg(c + 1).arg(i + 1, 4, 10, QLatin1Char('0')))
                .bind(QStringLiteral(":g"), QStringLiteral("R%1-%2").arg(c + 1).arg(i + 1, 4, 10, QLatin1Char('0')))
                .bind(QStringLiteral(":since"), toIsoDate(from))
                .bind(QStringLiteral(":at"), createdAt)
                .exec();
            f.id = insertFlat.lastInsertId();
            for (int k = 0; k < 4; ++k) {
                const int item = (kind + k * 2) % int(std::size(kItems));
                insertItem.bind(QStringLiteral(":f"), f.id)
                    .bind(QStringLiteral(":name"), QString::fromUtf8(kItems[item]))
                    .bind(QStringLiteral(":q"), 1)
                    .bind(QStringLiteral(":v"), kItemValues[item])
                    .exec();
                f.items << insertItem.lastInsertId();
            }
            flats << f;
            ++n.flats;
        }
    }
    step(10);

    // ---- Tenancies, one after the other on each flat ----
    Query insertApplication(
        m_db,
        QStringLiteral("INSERT INTO housing_applications (staff_id, applied_on, queue_date, "
                       "household_size, layout, priority_points, priority_grounds, "
                       "no_local_housing, status, created_at) VALUES (:s, :on, :on2, :h, :layout, "
                       ":points, :grounds, 1, :status, :at)"),
        context);
    Query insertTenancy(
        m_db,
        QStringLiteral("INSERT INTO housing_tenancies (flat_id, staff_id, application_id, "
                       "start_date, end_date, area, rent_rate, monthly_rent, deposit, credit, "
                       "status, ended_on, created_at) VALUES (:f, :s, :a, :start, :end, :area, "
                       ":rate, :rent, :deposit, 0, :status, :ended, :at)"),
        context);
    Query insertLine(m_db,
                     QStringLiteral("INSERT INTO housing_rent_lines (tenancy_id, month, days, "
                                    "month_days, amount, paid, created_at) VALUES (:t, :m, :d, "
                                    ":md, :amount, :paid, :at)"),
                     context);
    Query insertPayment(m_db,
                        QStringLiteral("INSERT INTO housing_payments (tenancy_id, line_id, paid_on, "
                                       "amount, kind, note, created_at) VALUES (:t, :l, :on, "
                                       ":amount, :kind, '', :at)"),
                        context);
    Query insertExtension(
        m_db,
        QStringLiteral("INSERT INTO housing_extensions (tenancy_id, previous_end, new_end, "
                       "beyond_max, reason, approved_by, created_at) VALUES (:t, :prev, :new, "
                       ":beyond, :reason, :by, :at)"),
        context);
    Query insertCheckout(
        m_db,
        QStringLiteral("INSERT INTO housing_checkouts (tenancy_id, checkout_date, rent_due, "
                       "utilities, damages, deposit, credit, balance, flat_status, notes, "
                       "created_at) VALUES (:t, :date, :rent, :util, :dmg, :dep, 0, :balance, "
                       "'vacant', '', :at)"),
        context);
    Query insertCheckoutItem(
        m_db,
        QStringLiteral("INSERT INTO housing_checkout_items (checkout_id, item_id, name, condition, "
                       "cost) VALUES (:c, :item, :name, :cond, :cost)"),
        context);
    Query setFlat(m_db,
                  QStringLiteral("UPDATE housing_flats SET status = :status, vacant_since = :since "
                                 "WHERE id = :id"),
                  context);

    const int meanDays = std::max(60, int(qint64(o.years) * 365 * o.flats / std::max(1, o.tenancies)));
    QSet<qint64> activeTenants;
    int nextCadre = 0;
    int nextPast = 0;
    const int tenancyBudget = o.tenancies;
    for (int fi = 0; fi < flats.size(); ++fi) {
        const FlatInfo &f = flats[fi];
        const Money rent = monthlyRent(f.area, f.rate);
        QDate start = from.addDays(m_random.uniform(0, 90));
        const int perFlat = tenancyBudget / flats.size() + (fi < tenancyBudget % flats.size() ? 1 : 0);
        for (int k = 0; k < perFlat && start < ref; ++k) {
            const int span = std::max(30, int(meanDays * m_random.between(0.5, 1.5)) - 15);
            QDate endedOn = start.addDays(span);
            bool active = endedOn >= ref || k == perFlat - 1;
            qint64 staff = 0;
            if (active) {
                while (nextCadre < cadres.size() && activeTenants.contains(cadres[nextCadre]))
                    ++nextCadre;
                if (nextCadre < cadres.size() && cadres.size() > 8 + nextCadre)
                    staff = cadres[nextCadre++];
                if (staff == 0) {
                    // Nobody eligible left: this tenancy ended before the reference date.
                    active = false;
                    if (endedOn >= ref)
                        endedOn = ref.addDays(-1);
                    if (endedOn < start)
                        break;
                }
            }
            if (!active) {
                staff = everyone[(nextPast++ * 7919) % everyone.size()];
                if (activeTenants.contains(staff))
                    staff = others.isEmpty() ? everyone[nextPast % everyone.size()]
                                             : others[nextPast % others.size()];
            }
            const QDate appliedOn = start.addDays(-m_random.uniform(10, 90));
            const bool priority = m_random.chance(0.2);
            insertApplication.bind(QStringLiteral(":s"), staff)
                .bind(QStringLiteral(":on"), toIsoDate(appliedOn))
                .bind(QStringLiteral(":on2"), toIsoDate(appliedOn))
                .bind(QStringLiteral(":h"), m_random.uniform(1, 5))
                .bind(QStringLiteral(":layout"), f.layout)
                .bind(QStringLiteral(":points"), priority ? 10 * m_random.uniform(1, 3) : 0)
                .bind(QStringLiteral(":grounds"),
                      priority ? QString::fromUtf8(m_random.pick(kGrounds)) : QString(""))
                .bind(QStringLiteral(":status"), QStringLiteral("housed"))
                .bind(QStringLiteral(":at"), secsOf(appliedOn))
                .exec();
            const qint64 applicationId = insertApplication.lastInsertId();
            ++n.applications;
            QDate agreedEnd = termEnd(start, 3);
            if (active && agreedEnd <= ref)
                agreedEnd = ref.addDays(m_random.uniform(5, 400));
            const QDate maxEnd = termEnd(start, 5);
            const bool beyondMax = agreedEnd > maxEnd;
            const Money deposit = Money(m_random.chance(0.7) ? 200000 : 0);
            insertTenancy.bind(QStringLiteral(":f"), f.id)
                .bind(QStringLiteral(":s"), staff)
                .bind(QStringLiteral(":a"), applicationId)
                .bind(QStringLiteral(":start"), toIsoDate(start))
                .bind(QStringLiteral(":end"), toIsoDate(active ? agreedEnd : std::max(agreedEnd, endedOn)))
                .bind(QStringLiteral(":area"), f.area)
                .bind(QStringLiteral(":rate"), f.rate)
                .bind(QStringLiteral(":rent"), rent.fen())
                .bind(QStringLiteral(":deposit"), deposit.fen())
                .bind(QStringLiteral(":status"), active ? QStringLiteral("active") : QStringLiteral("ended"))
                .bind(QStringLiteral(":ended"), active ? QVariant() : QVariant(toIsoDate(endedOn)))
                .bind(QStringLiteral(":at"), secsOf(start))
                .exec();
            const qint64 tenancyId = insertTenancy.lastInsertId();
            ++n.tenancies;
            if (active) {
                activeTenants.insert(staff);
                ++n.activeTenancies;
            }
            if (active && (agreedEnd > termEnd(start, 3) || m_random.chance(0.04))) {
                insertExtension.bind(QStringLiteral(":t"), tenancyId)
                    .bind(QStringLiteral(":prev"), toIsoDate(termEnd(start, 3)))
                    .bind(QStringLiteral(":new"), toIsoDate(agreedEnd))
                    .bind(QStringLiteral(":beyond"), beyondMax ? 1 : 0)
                    .bind(QStringLiteral(":reason"), QString::fromUtf8(m_random.pick(kExtensionReasons)))
                    .bind(QStringLiteral(":by"), o.managerName)
                    .bind(QStringLiteral(":at"), secsOf(std::min(ref, termEnd(start, 3))))
                    .exec();
                ++n.extensions;
            }

            // The rent lines: every month to the check-out (or to the reference month); an
            // active tenant in arrears leaves the last months unpaid.
            const QDate last = active ? ref : endedOn;
            const int unpaidMonths = active && m_random.chance(0.08) ? m_random.uniform(1, 6) : 0;
            const bool halfPaid = active && unpaidMonths == 0 && m_random.chance(0.05);
            QList<QDate> months;
            for (QDate m(start.year(), start.month(), 1); m <= last; m = m.addMonths(1))
                months << m;
            for (int mi = 0; mi < months.size(); ++mi) {
                const QDate m = months[mi];
                const QString month = toIsoMonth(m);
                const int days = daysInMonthWithin(month, start, active ? QDate() : endedOn);
                const Money amount = proRata(rent, days, m.daysInMonth());
                const int fromEnd = int(months.size()) - mi;
                Money paid = amount;
                QString kind = QStringLiteral("payment");
                if (active && fromEnd <= unpaidMonths)
                    paid = Money();
                else if (active && halfPaid && fromEnd == 1)
                    paid = Money(amount.fen() / 2);
                else if (active && fromEnd == 1 && m_random.chance(0.3))
                    paid = Money(); // this month, not yet paid
                else if (!active && fromEnd == 1)
                    kind = QStringLiteral("settlement");
                insertLine.bind(QStringLiteral(":t"), tenancyId)
                    .bind(QStringLiteral(":m"), month)
                    .bind(QStringLiteral(":d"), days)
                    .bind(QStringLiteral(":md"), m.daysInMonth())
                    .bind(QStringLiteral(":amount"), amount.fen())
                    .bind(QStringLiteral(":paid"), paid.fen())
                    .bind(QStringLiteral(":at"), secsOf(m))
                    .exec();
                const qint64 lineId = insertLine.lastInsertId();
                ++n.rentLines;
                if (paid > Money()) {
                    const QDate paidOn = kind == QLatin1String("settlement")
                        ? endedOn
                        : std::min(ref, m.addDays(m_random.uniform(0, 19)));
                    insertPayment.bind(QStringLiteral(":t"), tenancyId)
                        .bind(QStringLiteral(":l"), lineId)
                        .bind(QStringLiteral(":on"), toIsoDate(std::max(paidOn, start)))
                        .bind(QStringLiteral(":amount"), paid.fen())
                        .bind(QStringLiteral(":kind"), kind)
                        .bind(QStringLiteral(":at"), secsOf(std::max(paidOn, start)))
                        .exec();
                    ++n.payments;
                }
            }

            if (!active) {
                // The check-out: the last month settled, utilities, now and then a damage.
                const Money lastRent = months.isEmpty()
                    ? Money()
                    : proRata(rent, daysInMonthWithin(toIsoMonth(months.last()), start, endedOn),
                              months.last().daysInMonth());
                const Money utilities(m_random.uniform(5000, 40000));
                const bool damaged = m_random.chance(0.1);
                const Money damages(damaged ? 10000 * m_random.uniform(1, 20) : 0);
                insertCheckout.bind(QStringLiteral(":t"), tenancyId)
                    .bind(QStringLiteral(":date"), toIsoDate(endedOn))
                    .bind(QStringLiteral(":rent"), lastRent.fen())
                    .bind(QStringLiteral(":util"), utilities.fen())
                    .bind(QStringLiteral(":dmg"), damages.fen())
                    .bind(QStringLiteral(":dep"), deposit.fen())
                    .bind(QStringLiteral(":balance"),
                          (lastRent + utilities + damages - deposit).fen())
                    .bind(QStringLiteral(":at"), secsOf(endedOn))
                    .exec();
                const qint64 checkoutId = insertCheckout.lastInsertId();
                ++n.checkouts;
                for (int it = 0; it < f.items.size(); ++it) {
                    const bool thisOne = damaged && it == 0;
                    insertCheckoutItem.bind(QStringLiteral(":c"), checkoutId)
                        .bind(QStringLiteral(":item"), f.items[it])
                        .bind(QStringLiteral(":name"), QString::fromUtf8(kItems[0]))
                        .bind(QStringLiteral(":cond"), thisOne ? QStringLiteral("damaged") : QStringLiteral("ok"))
                        .bind(QStringLiteral(":cost"), thisOne ? damages.fen() : 0)
                        .exec();
                }
                start = endedOn.addDays(1 + m_random.uniform(0, 30));
            } else {
                break;
            }
        }
        step(10 + 85 * (fi + 1) / int(flats.size()));
    }
    // The flats' status from their tenancies.
    {
        Query q(m_db,
                QStringLiteral("UPDATE housing_flats SET status = 'occupied', vacant_since = NULL "
                               "WHERE id IN (SELECT flat_id FROM housing_tenancies WHERE status = "
                               "'active')"),
                context);
        q.exec();
        Query v(m_db,
                QStringLiteral("SELECT f.id, max(t.ended_on) FROM housing_flats f JOIN "
                               "housing_tenancies t ON t.flat_id = f.id WHERE f.status = 'vacant' "
                               "GROUP BY f.id"),
                context);
        v.exec();
        QList<std::pair<qint64, QString>> vacant;
        while (v.next())
            vacant.append({v.value(0).toLongLong(), v.value(1).toString()});
        for (const auto &[id, ended] : vacant) {
            const QDate since = fromIsoDate(ended).value_or(from).addDays(1);
            const bool maintenance = m_random.chance(0.08);
            setFlat.bind(QStringLiteral(":status"), maintenance ? QStringLiteral("maintenance") : QStringLiteral("vacant"))
                .bind(QStringLiteral(":since"), maintenance ? QVariant() : QVariant(toIsoDate(since)))
                .bind(QStringLiteral(":id"), id)
                .exec();
        }
    }
    // The queue: transferred cadres who hold no tenancy, waiting for a layout.
    const int queueSize = std::max(5, o.flats / 10);
    for (int k = 0; k < queueSize && nextCadre < cadres.size(); ++k) {
        const qint64 staff = cadres[nextCadre++];
        if (activeTenants.contains(staff))
            continue;
        const QDate appliedOn = ref.addDays(-m_random.uniform(1, 300));
        const bool priority = m_random.chance(0.25);
        insertApplication.bind(QStringLiteral(":s"), staff)
            .bind(QStringLiteral(":on"), toIsoDate(appliedOn))
            .bind(QStringLiteral(":on2"), toIsoDate(appliedOn))
            .bind(QStringLiteral(":h"), m_random.uniform(1, 5))
            .bind(QStringLiteral(":layout"), QString::fromUtf8(m_random.pick(kLayouts)))
            .bind(QStringLiteral(":points"), priority ? 10 * m_random.uniform(1, 3) : 0)
            .bind(QStringLiteral(":grounds"),
                  priority ? QString::fromUtf8(m_random.pick(kGrounds)) : QString(""))
            .bind(QStringLiteral(":status"), QStringLiteral("waiting"))
            .bind(QStringLiteral(":at"), secsOf(appliedOn))
            .exec();
        ++n.applications;
    }
    step(100);
    return n;
}

} // namespace ga::housing
