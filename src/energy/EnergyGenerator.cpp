#include "energy/EnergyGenerator.h"

#include "energy/EnergyService.h"
#include "energy/EnergyTypes.h"
#include "storage/Database.h"
#include "storage/DeferredIndexes.h"
#include "storage/Query.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace ga::energy {

namespace {

struct MeterPlan
{
    EnergyType type;
    ReadingKind kind;
    const char *suffix;
    qint64 rolloverMilli;
};

const MeterPlan kPlans[] = {
    {EnergyType::Electricity, ReadingKind::Cumulative, "E1", 0},
    {EnergyType::Water, ReadingKind::Cumulative, "W1", 0},
    {EnergyType::NaturalGas, ReadingKind::Cumulative, "G1", 0},
    {EnergyType::Heat, ReadingKind::Period, "H1", 0},
    {EnergyType::Electricity, ReadingKind::Cumulative, "E2", 1'000'000'000}, // rolls at 1,000,000 kWh
    {EnergyType::Diesel, ReadingKind::Period, "D1", 0},
};

// The month's use in whole units for a building of `m2` square metres and `users` people.
double baseUse(EnergyType type, double m2, int users, int month, bool sub)
{
    switch (type) {
    case EnergyType::Electricity: {
        // ~55 kWh/m² a year, more in July–August (cooling) and December–January (lighting).
        static const double season[] = {1.15, 1.05, 0.95, 0.85, 0.9, 1.05,
                                        1.3,  1.3,  1.0,  0.85, 0.95, 1.15};
        return m2 * 55.0 / 12.0 * season[month - 1] * (sub ? 0.25 : 0.75);
    }
    case EnergyType::Water: return users * 1.7;
    case EnergyType::NaturalGas: return users * 1.6;
    case EnergyType::Heat: {
        // ~0.3 GJ/m² over the heating season.
        static const double season[] = {0.26, 0.22, 0.12, 0, 0, 0, 0, 0, 0, 0, 0.14, 0.26};
        return m2 * 0.3 * season[month - 1];
    }
    case EnergyType::Diesel: return 15.0 + users * 0.05;
    default: return 0;
    }
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

} // namespace

EnergyGenerator::EnergyGenerator(Database &db, GeneratorRandom random, GeneratorProgress progress)
    : m_db(db)
    , m_random(random)
    , m_progress(std::move(progress))
{}

EnergyGenerationCounts EnergyGenerator::generate(const EnergyGenerationOptions &options)
{
    EnergyGenerationCounts counts;
    struct B
    {
        qint64 id;
        QString code;
        double m2;
        int users;
    };
    QList<B> buildings;
    {
        Query q(m_db,
                // Retired buildings too: their meters were read while they were in use.
                QStringLiteral("SELECT id, code, gross_area, energy_users FROM buildings "
                               "ORDER BY code"),
                tr("loading the buildings"));
        q.exec();
        while (q.next())
            buildings.append({q.value(0).toLongLong(), q.value(1).toString(),
                              q.value(2).toLongLong() / 100.0, q.value(3).toInt()});
    }
    const QDate ref = options.referenceDate.isValid() ? options.referenceDate : QDate::currentDate();
    const QDate lastMonth = QDate(ref.year(), ref.month(), 1).addMonths(-1);
    const QDate first = lastMonth.addMonths(-(options.months - 1));
    const QString since = monthKey(first.year(), first.month());
    const qint64 now = QDateTime(ref, QTime(10, 0)).toSecsSinceEpoch();

    DeferredIndexes deferred(m_db, DeferredIndexes::secondaryIndexesOf(
                                       m_db, {QStringLiteral("energy_readings")}));
    BulkInsert meterInsert(m_db, QStringLiteral("energy_meters"),
                           {QStringLiteral("building_id"), QStringLiteral("meter_no"),
                            QStringLiteral("energy_type"), QStringLiteral("unit"),
                            QStringLiteral("reading_kind"), QStringLiteral("since_month"),
                            QStringLiteral("initial_milli"), QStringLiteral("rollover_milli"),
                            QStringLiteral("unit_price"), QStringLiteral("note"),
                            QStringLiteral("status"), QStringLiteral("created_at")},
                           tr("saving the generated meters"));
    BulkInsert readingInsert(m_db, QStringLiteral("energy_readings"),
                             {QStringLiteral("meter_id"), QStringLiteral("month"),
                              QStringLiteral("value_milli"), QStringLiteral("consumption_milli"),
                              QStringLiteral("amount"), QStringLiteral("event"),
                              QStringLiteral("old_final_milli"), QStringLiteral("new_start_milli"),
                              QStringLiteral("flags"), QStringLiteral("note"),
                              QStringLiteral("source"), QStringLiteral("updated_at"),
                              QStringLiteral("created_at")},
                             tr("saving the generated readings"));
    QStringList months;
    for (int k = 0; k < options.months; ++k) {
        const QDate d = first.addMonths(k);
        months << monthKey(d.year(), d.month());
    }
    const QString generatedNote = tr("Checked against the supplier's statement");
    const int plans = std::clamp(options.metersPerBuilding, 1, int(std::size(kPlans)));
    const double k = options.anomalyK;
    int done = 0;
    for (const B &b : buildings) {
        for (int p = 0; p < plans; ++p) {
            const MeterPlan &plan = kPlans[p];
            const bool cumulative = plan.kind == ReadingKind::Cumulative;
            qint64 index = cumulative ? m_random.uniform64(0, 200'000) * 1000 : 0;
            if (plan.rolloverMilli > 0)
                index = plan.rolloverMilli - m_random.uniform64(1, 400'000) * 1000;
            const qint64 initial = index;
            const qint64 price = plan.type == EnergyType::Electricity ? 6532
                                 : plan.type == EnergyType::Water     ? 35000
                                 : plan.type == EnergyType::NaturalGas ? 27300
                                 : plan.type == EnergyType::Diesel     ? 78000
                                                                       : 0; // heat: invoiced
            meterInsert << b.id << QString::fromLatin1(plan.suffix) << energyTypeKey(plan.type)
                        << defaultUnit(plan.type) << readingKindKey(plan.kind) << since << initial
                        << plan.rolloverMilli << price << QString() << QStringLiteral("active")
                        << now;
            const qint64 meterId = meterInsert.insertReturningId();
            ++counts.meters;
            const int replaceAt = cumulative && m_random.chance(0.05)
                                      ? m_random.uniform(12, options.months - 1)
                                      : -1;
            std::vector<double> history[12];
            const double growth = m_random.between(-0.01, 0.03);
            for (int m = 0; m < options.months; ++m) {
                const QDate d = first.addMonths(m);
                const double years = m / 12.0;
                double use = baseUse(plan.type, b.m2, b.users, d.month(), p == 4)
                             * std::pow(1.0 + growth, years) * m_random.between(0.92, 1.08);
                // Outside the heating season the heat invoice is zero (entered as 0, so the
                // months stay complete).
                bool planted = false;
                if (m >= 36 && m_random.chance(0.0015)) {
                    use *= 3.0;
                    planted = true;
                }
                // Indexes are read in whole units, invoices to one decimal.
                const qint64 useMilli = cumulative ? qRound64(use) * 1000 : qRound64(use * 10.0) * 100;
                qint64 value = useMilli;
                QString event;
                QVariant oldFinal, newStart;
                if (cumulative) {
                    if (m == replaceAt) {
                        const qint64 part = useMilli / 2;
                        oldFinal = index + part;
                        const qint64 start = m_random.uniform64(0, 50) * 1000;
                        newStart = start;
                        index = start + (useMilli - part);
                        event = QStringLiteral("replacement");
                        ++counts.replacements;
                    } else if (plan.rolloverMilli > 0 && index + useMilli >= plan.rolloverMilli) {
                        index = index + useMilli - plan.rolloverMilli;
                        event = QStringLiteral("rollover");
                    } else {
                        index += useMilli;
                    }
                    value = index;
                }
                int flags = 0;
                std::vector<double> &h = history[d.month() - 1];
                if (h.size() >= 3 && useMilli > 0) {
                    const double med = median(h);
                    std::vector<double> dev;
                    for (double x : h)
                        dev.push_back(std::abs(x - med));
                    const double mad = std::max(median(dev), EnergyService::kMinimumSpread * med);
                    if (useMilli < med - k * mad || useMilli > med + k * mad)
                        flags = 2;
                }
                if (useMilli > 0)
                    h.push_back(double(useMilli));
                QString note;
                if (flags) {
                    ++counts.flagged;
                    if (planted)
                        ++counts.planted;
                    else
                        note = generatedNote;
                }
                readingInsert << meterId << months[m] << value << useMilli << QVariant() << event
                              << oldFinal << newStart << flags << note << QStringLiteral("generated")
                              << now << now;
                readingInsert.insert();
                ++counts.readings;
            }
        }
        if (m_progress && (++done % 10 == 0 || done == buildings.size()))
            m_progress(int(done * 100 / std::max<qsizetype>(1, buildings.size())));
    }
    deferred.rebuild();
    return counts;
}

} // namespace ga::energy
