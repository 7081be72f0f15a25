#pragma once

#include "core/Error.h"
#include "energy/EnergyIndicators.h"
#include "energy/EnergyTypes.h"
#include "energy/MeterRepository.h"
#include "energy/ReadingRepository.h"
#include "energy/StandardsRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace ga {
class AuditLog;
class Clock;
class Database;
class ScopeGuard;
class Session;
class SettingsService;
} // namespace ga

namespace ga::energy {

// A reading the anomaly rule flags, saved without a confirmation note: the caller shows the
// reasons (assessment()) and asks for the note.
class AnomalyError : public ValidationError
{
public:
    AnomalyError(const QString &message, const Assessment &assessment)
        : ValidationError(message)
        , m_assessment(assessment)
    {
    }
    const Assessment &assessment() const { return m_assessment; }

private:
    Assessment m_assessment;
};

// One reading of an import, already matched to its meter and converted to the meter's unit.
struct ImportedReading
{
    qint64 meterId = 0;
    QString month;
    qint64 valueMilli = 0;
    std::optional<qint64> amount; // fen
};

struct ImportSummary
{
    qint64 stored = 0;      // readings written (new and replaced)
    qint64 replaced = 0;    // of which replaced a reading of the same meter and month
    qint64 flagged = 0;     // flagged by the anomaly rule, awaiting a confirmation note
};

// The energy module's rules (DESIGN.md, Energy):
//  - meters belong to a building; their writes need Permission::EditEnergy and the building's
//    agency in the user's scope; every read is filtered by the scope in SQL;
//  - a month's use: a period meter's amount; a cumulative meter's index less the previous one
//    (the installation index for the first), over a roll-over (capacity − previous + index) or
//    a replacement (old meter's last index − previous + index − new meter's first index);
//  - the anomaly rule: an index below the previous one without a roll-over or replacement, or a
//    use outside median ± k·MAD of the same calendar month in the meter's earlier years (at
//    least three of them; k the setting energy.anomaly_k; the MAD at least 5 % of the
//    median), is flagged; a flagged entry is
//    refused (AnomalyError) until it carries a confirmation note; imported ones are stored
//    flagged, awaiting the note;
//  - a correction keeps the old value in the audit log; the next month's use is derived again;
//  - the standard-coal coefficients are versioned by the date they apply from; editing them
//    needs Permission::ManageStandards and is audited; a month is converted with the version
//    valid on its first day;
//  - indicators (see EnergyIndicators.h) need Permission::ViewReports.
class EnergyService
{
    Q_DECLARE_TR_FUNCTIONS(EnergyService)
public:
    static constexpr const char *AnomalyKSetting = "energy.anomaly_k";
    // The anomaly rule's MAD is at least this share of the median (5 %).
    static constexpr double kMinimumSpread = 0.05;

    EnergyService(Database &db, Session &session, AuditLog &audit, const Clock &clock,
                  SettingsService &settings);
    ~EnergyService();

    bool canEdit() const;
    bool canEditCoefficients() const;

    // --- Meters ---------------------------------------------------------------------------
    QList<MeterRow> metersPageAfter(const MeterFilter &filter, const KeysetCursor &after,
                                    int limit) const;
    int countMeters(const MeterFilter &filter) const;
    Meter meter(qint64 id) const;
    // The buildings of the user's scope (retired ones too when asked: an import of their past).
    QList<BuildingInfo> buildings(bool includeRetired = false) const;
    qint64 createMeter(const Meter &meter);
    void updateMeter(const Meter &meter);
    void retireMeter(qint64 id);
    void reactivateMeter(qint64 id);
    // Refused for a meter with readings (retire it instead).
    void deleteMeter(qint64 id);

    // --- Readings -------------------------------------------------------------------------
    // What the anomaly rule says of `input` (nothing is stored).
    Assessment assess(const ReadingInput &input) const;
    // Stores (or corrects) the reading of input.meterId for input.month; returns its id.
    // Throws AnomalyError when the rule flags it and input.note is empty.
    qint64 saveReading(const ReadingInput &input);
    // Gives a flagged reading (an imported one) its confirmation note.
    void confirmReading(qint64 readingId, const QString &note);
    QList<GridRow> entryGrid(const QString &month, qint64 buildingId = 0) const;
    // Stores imported readings in one transaction: a reading of a meter and month already
    // stored is replaced (never doubled); uses are derived and the anomaly rule applied as for
    // an entry, a flagged reading stored awaiting its confirmation note; the next stored month
    // of each meter is derived again. One audit row names the file and the counts. The meters
    // must be active and in the user's scope (the importer rejects the others).
    ImportSummary importReadings(const QList<ImportedReading> &readings, const QString &fileName);
    QList<Reading> readingsOf(qint64 meterId, const QString &from, const QString &to) const;
    int anomalyK() const;

    // --- Standard-coal coefficients --------------------------------------------------------
    QList<Coefficient> coefficients() const;
    // The version valid on `date`, none when the type has none (water).
    std::optional<Coefficient> coefficientFor(EnergyType type, const QDate &date) const;
    // Adds a version (id 0) or corrects one; returns its id.
    qint64 saveCoefficient(const Coefficient &coefficient);
    // kgce of `milli` thousandths of `unit` of `type` with coefficient `c` (litres of fuel
    // through its density); 0 when the units do not match.
    static double toKgce(EnergyType type, const QString &unit, qint64 milli, const Coefficient &c);

    // --- Indicators and quotas ---------------------------------------------------------------
    Indicators indicators(const IndicatorRequest &request) const;
    // Every building of the scope for one year, by code.
    QList<BuildingIndicator> buildingIndicators(int year) const;
    // kgce per month of the `count` months ending in `lastMonth` (level and id as the request's).
    QList<std::pair<QString, double>> monthlyKgce(IndicatorLevel level, qint64 id,
                                                  const QString &lastMonth, int count) const;
    // The buildings × months of the readings (the heat map).
    QList<StatusRow> readingStatus(const QString &lastMonth, int count) const;

    std::optional<Quota> quota(qint64 buildingId, int year) const;
    void setQuota(qint64 buildingId, int year, qint64 kgce, const QString &note);
    // The forecast of `year` from its months up to `asOfMonth` (1–12).
    QuotaForecast forecast(qint64 buildingId, int year, int asOfMonth) const;

    static QJsonObject toJson(const Meter &m);
    static QJsonObject toJson(const Reading &r);
    static QJsonObject toJson(const Coefficient &c);

private:
    struct Usage;
    struct Ledger;
    class CoefficientTable;

    BuildingInfo loadBuilding(qint64 id) const;
    Meter loadMeter(qint64 id) const;
    void validate(Meter &m) const;
    void requireMeterScope(const Meter &m, const QString &action) const;
    // The month's use of `input` on `meter` and the flags the rule gives it.
    Assessment assessFor(const Meter &meter, const ReadingInput &input) const;
    Reading derive(const Meter &meter, const ReadingInput &input, const Assessment &a,
                   const std::optional<Reading> &before) const;
    void rederiveNext(const Meter &meter, const Reading &changed);
    // The buildings a request covers (scope checked).
    QList<BuildingInfo> buildingsOf(IndicatorLevel level, qint64 id) const;
    Ledger ledger(const QList<BuildingInfo> &buildings, const QString &from, const QString &to,
                  IndicatorLevel level, qint64 id) const;
    qint64 scopeRoot() const;

    Database &m_db;
    Session &m_session;
    AuditLog &m_audit;
    const Clock &m_clock;
    SettingsService &m_settings;
    MeterRepository m_meters;
    ReadingRepository m_readings;
    CoefficientRepository m_coefficients;
    QuotaRepository m_quotas;
    std::unique_ptr<ScopeGuard> m_scope;
};

} // namespace ga::energy
