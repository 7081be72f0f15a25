#pragma once

#include "energy/EnergyService.h"
#include "storage/csv/RowImporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

namespace ga {
class Session;
}

namespace ga::energy {

// One data row of a readings file: its meter and the readings it holds (one in the long shape,
// one per month column in the wide shape), in the meter's unit.
struct ReadingRow
{
    qint64 meterId = 0;
    QString buildingCode;
    QString meterNo;
    QList<std::pair<QString, qint64>> values; // month, milli
    std::optional<qint64> amount;             // fen (long shape)
    qint64 line = 0;
};

// How a quantity in `unit` converts to a meter's unit: the factor, or none for a unit that
// is unknown or does not apply (MWh → kWh ×1000, therm → GJ, kBtu → GJ, ccf → m³, 吨 → m³ of
// water …). Units are matched ignoring case and blanks, in English and Chinese.
std::optional<double> unitFactor(const QString &unit, const QString &meterUnit);

// Imports monthly readings from CSV in the two shapes spreadsheets use:
//  - long: a row per reading: building (code), meter number or energy type, month, value,
//    optionally unit, amount (yuan);
//  - wide: a row per meter (building and meter number or type), a column per month ("2026-01",
//    "2026/1", "2026年1月", "202601"); an empty cell is a month not read.
// Values convert from the row's unit (a unit column, a units row under the header, or the
// mapping's `units` for the whole file) to the meter's; an unknown unit rejects the row. Title
// rows above the table are skipped (CsvDocument), a units row is read, not imported. Re-importing
// a month replaces its readings (EnergyService::importReadings) and the result says how many.
// Needs Permission::EditEnergy; meters outside the user's scope are rejected.
class ReadingImporter : public RowImporter<ReadingRow>
{
    Q_DECLARE_TR_FUNCTIONS(ReadingImporter)
public:
    ReadingImporter(EnergyService &energy, const Session &session);

    QString kind() const override { return QStringLiteral("readings"); }
    QString title() const override;
    QList<ImportField> fields() const override;
    QString dateField() const override { return {}; }

    // "2026-01", "2026/1", "2026.01", "2026年1月", "202601" → "2026-01"; empty when not a month.
    static QString monthOf(const QString &text);
    // The last import's replaced count (also in ImportResult::replaced).
    qint64 lastReplaced() const { return m_lastReplaced; }

protected:
    void requirePermission() const override;
    void checkOptions(const CsvDocument &doc, const ColumnMapping &mapping) const override;
    ImportResult runImport(const CsvDocument &doc, const ImportOptions &options,
                           const DateTimeFormat &format) override;
    void begin(const CsvDocument &doc, const ColumnMapping &mapping) override;
    RowProblem readRow(const RowCells &cells, ReadingRow &record) override;
    void remember(const ReadingRow &record, qint64 line) override;
    QStringList display(const ReadingRow &record, const RowCells &cells) const override;
    QList<Refusal> storeAll(const QList<ReadingRow> &records, const ImportResult &result,
                            bool allOrNothing) override;

private:
    const Meter *meterOf(const RowCells &cells, const QString &buildingCode) const;
    qint64 convert(QStringView text, const QString &unit, const Meter &meter,
                   const QString &what) const;
    // The trimmed cell of column `column` of the current row (empty when there is none).
    static QStringView rawCell(const RowCells &cells, int column);

    EnergyService &m_energy;
    const Session &m_session;
    QString m_fileName;
    QString m_defaultUnit;
    QHash<QString, qint64> m_buildingIds;                   // code → id (in scope)
    QHash<qint64, QList<Meter>> m_metersOf;                 // building → active meters
    QList<std::pair<int, QString>> m_monthColumns;          // wide shape: column, month
    QHash<int, QString> m_columnUnits;                      // from a units row
    // The columns of the fields read on every row (-1: unmapped).
    int m_buildingColumn = -1, m_meterColumn = -1, m_monthColumn = -1, m_valueColumn = -1,
        m_unitColumn = -1;
    bool m_hasAmount = false;
    QHash<qint64, qint64> m_seen;                           // meter and month → line
    mutable QHash<QString, std::optional<double>> m_factors; // "unit|meter unit" → factor
    qint64 m_lastReplaced = 0;
};

} // namespace ga::energy
