#pragma once

#include "storage/csv/Importer.h"

#include <QCoreApplication>

namespace ga {
class AuditLog;
class Clock;
class Database;
class Session;
} // namespace ga

namespace ga::vehicles {

// Imports fuel-card statements (一车一卡) from CSV: the vehicle (by plate, fleet number 自编号
// or fuel card number: ColumnMapping::vehicleKey "plate" / "fleetNo" / "card", else the first
// of these the file has), time, fuel kind, quantity (litres or US gallons: ColumnMapping::units
// "litres" / "gallons"; kWh for charging), the date and time (one column, or a date column and
// a time-of-day column), the amount paid in yuan, an optional unit price checked against
// quantity × price (less a discount column, or within ColumnMapping::maxDiscountPercent; a gross
// amount column, when mapped, must match too), station and odometer. Fuel names are read as
// suppliers write them ("92#汽油", "Unleaded", "E-85") and through the mapping's value map.
//
// A row with the same card, time and amount as a stored transaction or as an earlier row of
// the file is a duplicate: reported, stored once. Needs Permission::EditVehicles; one
// transaction and one audit row per file. Built for statements of hundreds of thousands of
// rows: cells read as views of the decoded text, the two halves of a large file read at once,
// stored duplicates found with one query over the file's time range, rows stored 64 to an
// INSERT with UTF-8 binds, lookups in memory.
class FuelImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(FuelImporter)
public:
    static constexpr double LitresPerUsGallon = 3.785411784;

    FuelImporter(Database &db, const Session &session, AuditLog &audit, const Clock &clock);

    QString kind() const override { return QStringLiteral("fuel"); }
    QString title() const override;
    QList<ImportField> fields() const override;
    QString dateField() const override { return QStringLiteral("time"); }

    // The vehicle key a mapping chooses for `headers` ("plate", "fleetNo", "card"), or empty.
    static QString vehicleKeyOf(const ColumnMapping &mapping, const QStringList &headers);

protected:
    void requirePermission() const override;
    void checkOptions(const CsvDocument &doc, const ColumnMapping &mapping) const override;
    QList<PreviewRow> previewRows(const CsvDocument &doc, const ColumnMapping &mapping,
                                  const DateTimeFormat &format, int maxRows) override;
    // The bulk path of the pipeline: the whole file read and checked first (a large file in
    // two halves at once), then stored vehicle by vehicle in 64-row INSERTs.
    ImportResult runImport(const CsvDocument &doc, const ImportOptions &options,
                           const DateTimeFormat &format) override;

private:
    class Run;

    Database &m_db;
    const Session &m_session;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace ga::vehicles
