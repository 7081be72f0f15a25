#pragma once

#include "core/Error.h"
#include "core/Money.h"
#include "storage/csv/Importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <optional>
#include <utility>

namespace ga {

// One data row as the module's importer reads it: the cells of the mapped fields, read by the
// parser the field declares. A cell that cannot be read throws its RowProblem (the pipeline
// rejects the row with it); an empty cell is std::nullopt, or a problem for a required field.
class RowCells
{
    Q_DECLARE_TR_FUNCTIONS(RowCells)
public:
    RowCells(const QList<ImportField> &fields, const ColumnMapping &mapping,
             const QStringList &headers, const DateTimeFormat &format);

    void setRow(const QStringList *row, qint64 line)
    {
        m_row = row;
        m_line = line;
    }
    qint64 line() const { return m_line; }
    const QStringList &raw() const { return *m_row; }

    bool isMapped(const QString &key) const { return column(key) >= 0; }
    // The trimmed cell as it is, empty when unmapped.
    QString cell(const QString &key) const;
    // The trimmed cell (empty when unmapped); a required field's empty cell is a problem.
    QString text(const QString &key) const;
    // FieldType::Choice: the choice key the cell stands for (value map, then the recogniser).
    std::optional<QString> choice(const QString &key) const;
    // FieldType::Number: `decimals` is the scale of the result (see parseScaled).
    std::optional<qint64> number(const QString &key, int decimals = 0) const;
    // FieldType::Money, in yuan ("1,234.50", "¥12").
    std::optional<Money> money(const QString &key) const;
    // FieldType::Date, in the run's date format (a time part is ignored).
    std::optional<QDate> date(const QString &key) const;
    // The date field, completed by the TimeOfDay field that names it (when mapped and not empty).
    std::optional<QDateTime> dateTime(const QString &dateKey) const;

private:
    int column(const QString &key) const { return m_columns.value(key, -1); }
    const ImportField &field(const QString &key) const;
    [[noreturn]] void fail(const ImportField &f, const QString &reason) const;

    QList<ImportField> m_fields;
    QHash<QString, int> m_columns;
    QHash<QString, qsizetype> m_fieldIndex;
    QHash<QString, QString> m_timeOf; // date field → its TimeOfDay field
    ColumnMapping m_mapping;
    DateTimeFormat m_format;
    const QStringList *m_row = nullptr;
    qint64 m_line = 0;
};

// The import pipeline for a record kind a module stores through its service: the pipeline
// decodes the file, maps and parses the cells (RowCells), runs the module's row rule, previews,
// collects rejects (grouped by reason in ImportResult) and duplicates, reports progress, and
// hands the accepted records to the module's service in one call, which stores them in one
// transaction. A module's importer declares its fields (Importer::fields(): key, label,
// parser, choices and their recogniser) and implements:
//
//   begin()      load what rows are checked against (stored keys, lookups);
//   readRow()    turn the cells into a Record and apply the service's rule for one record
//                (throw RowProblem, or return one, marked duplicate for a known key);
//   remember()   note an accepted record, so later rows of the file see it;
//   display()    the record as the preview shows it, one value per field;
//   storeAll()   the service's bulk call (one transaction, one audit row); returns the records
//                it refused, by index, with the reason; `allOrNothing` (strict mode): a refusal
//                stores nothing.
template<typename Record> class RowImporter : public Importer
{
public:
    struct Refusal
    {
        qsizetype index = 0; // into the records given to storeAll()
        QString reason; // translated
    };

protected:
    virtual void begin(const CsvDocument &doc, const ColumnMapping &mapping) = 0;
    virtual RowProblem readRow(const RowCells &cells, Record &record) = 0;
    virtual void remember(const Record &record, qint64 line) = 0;
    virtual QStringList display(const Record &record, const RowCells &cells) const = 0;
    virtual QList<Refusal> storeAll(const QList<Record> &records, const ImportResult &result,
                                    bool allOrNothing)
        = 0;

    QList<PreviewRow> previewRows(const CsvDocument &doc, const ColumnMapping &mapping,
                                  const DateTimeFormat &format, int maxRows) override
    {
        begin(doc, mapping);
        RowCells cells(fields(), mapping, doc.headers(), format);
        QList<PreviewRow> rows;
        CsvReader reader = doc.dataReader();
        QStringList raw;
        while (rows.size() < maxRows && reader.readRow(raw)) {
            PreviewRow p;
            p.line = reader.rowLine();
            cells.setRow(&raw, p.line);
            Record record;
            const RowProblem problem = read(cells, record);
            p.problem = problem.reason;
            p.duplicate = problem.duplicate;
            if (problem.isEmpty()) {
                remember(record, p.line);
                p.values = display(record, cells);
            } else {
                for (const ImportField &f : fields())
                    p.values << cells.cell(f.key);
            }
            rows << p;
        }
        return rows;
    }

    ImportResult runImport(const CsvDocument &doc, const ImportOptions &options,
                           const DateTimeFormat &format) override
    {
        QElapsedTimer timer;
        timer.start();
        ImportResult result;
        result.fileName = doc.fileName();
        result.headers = doc.headers();
        const auto cancelled = [&] {
            result.cancelled = true;
            result.accepted = 0;
            result.elapsedMs = timer.elapsed();
            return result;
        };
        begin(doc, options.mapping);
        RowCells cells(fields(), options.mapping, doc.headers(), format);
        QList<Record> records;
        QList<qint64> lines;
        QList<QStringList> raws;
        const qint64 total = doc.approximateRowCount();
        CsvReader reader = doc.dataReader();
        QStringList raw;
        qint64 done = 0;
        while (reader.readRow(raw)) {
            ++done;
            if (options.progress && done % 256 == 0 && !options.progress(done, total))
                return cancelled();
            if (std::all_of(raw.cbegin(), raw.cend(),
                            [](const QString &c) { return c.trimmed().isEmpty(); }))
                continue;
            const qint64 line = reader.rowLine();
            cells.setRow(&raw, line);
            Record record;
            const RowProblem problem = read(cells, record);
            if (problem.duplicate) {
                result.duplicates.append({line, problem.reason, {}, problem.group, problem.value});
                continue;
            }
            if (!problem.isEmpty()) {
                if (options.strict)
                    throw ValidationError(Importer::tr("Line %1: %2 Nothing was imported.")
                                              .arg(line)
                                              .arg(problem.reason));
                result.rejected.append({line, problem.reason, raw, problem.group, problem.value});
                continue;
            }
            remember(record, line);
            records.append(std::move(record));
            lines.append(line);
            raws.append(raw);
        }
        if (options.progress && !options.progress(total, total))
            return cancelled();
        // What the service refuses is a reject of its line; the rest is stored.
        result.accepted = records.size();
        const QList<Refusal> refused = storeAll(records, result, options.strict);
        for (const Refusal &r : refused) {
            if (options.strict)
                throw ValidationError(Importer::tr("Line %1: %2 Nothing was imported.")
                                          .arg(lines.at(r.index))
                                          .arg(r.reason));
            result.rejected.append({lines.at(r.index), r.reason, raws.at(r.index), {}, {}});
        }
        result.accepted = records.size() - refused.size();
        std::sort(result.rejected.begin(), result.rejected.end(),
                  [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
        result.elapsedMs = timer.elapsed();
        return result;
    }

private:
    RowProblem read(const RowCells &cells, Record &record)
    {
        try {
            return readRow(cells, record);
        } catch (const RowProblem &problem) {
            return problem;
        }
    }
};

} // namespace ga
