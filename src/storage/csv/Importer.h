#pragma once

#include "storage/csv/ColumnMapping.h"
#include "storage/csv/CsvReader.h"
#include "storage/csv/DateFormat.h"
#include "storage/csv/ImportResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ga {

// Rows done and the (approximate) total; return false to cancel (nothing is then stored).
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

struct ImportOptions
{
    ColumnMapping mapping;
    // Strict: the first rejected row stops the import and nothing is stored (ValidationError).
    bool strict = false;
    ImportProgress progress;
};

// One data row as the importer would read it, for a preview: a display value per field (in
// the order of fields()), and what is wrong with the row, if anything.
struct PreviewRow
{
    qint64 line = 0;
    QStringList values;
    QString problem;      // translated; empty when the row would be imported
    bool duplicate = false;
};

// How often a value of a Choice column occurs, and the key it is recognised as (empty: not
// recognised, so the user maps it).
struct ValueCount
{
    QString value;
    qint64 count = 0;
    QString recognised;
};

// A kind of CSV import (vehicles, fuel transactions, rooms, readings …), as the import dialog
// and the CLI see it: the one pipeline every module's importer runs through. A module declares
// what it imports (kind, title, fields with their parsers and choices, the date field) and the
// row rule and bulk store (runImport(), usually through RowImporter); the pipeline checks the
// mapping (required columns, a time of day with its date, value maps, the module's own
// options), resolves the date format, previews and imports. Implementations live in the modules
// and store rows through their services.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    virtual ~Importer() = default;

    // Stable key ("vehicles", "fuel"): remembered mappings, CLI argument.
    virtual QString kind() const = 0;
    // Translated name of what is imported ("Vehicles").
    virtual QString title() const = 0;
    virtual QList<ImportField> fields() const = 0;
    // The field whose date format is detected, or empty.
    virtual QString dateField() const = 0;

    // How the first `maxRows` data rows would be read; stores nothing. A mapping that cannot
    // be used is every row's problem.
    QList<PreviewRow> preview(const CsvDocument &doc, const ColumnMapping &mapping, int maxRows);
    // Checks the mapping, then validates and stores every good row of `doc` in one
    // transaction (see ImportOptions). Throws ValidationError (translated) for a mapping that
    // cannot be used, PermissionError when the user may not import this kind.
    ImportResult importDocument(const CsvDocument &doc, const ImportOptions &options);

    // Reads `path` with the mapping's encoding and delimiter (detected when empty) and imports
    // it. Throws ga::ValidationError (translated) for an unreadable file.
    ImportResult importFile(const QString &path, const ImportOptions &options);

    // Throws ValidationError (translated): a time-of-day column without its date column,
    // required fields unmapped (when `requireAll`), a value map onto something that is not a
    // choice, the importer's own options (checkOptions()).
    void checkMapping(const CsvDocument &doc, const ColumnMapping &mapping, bool requireAll) const;

    // The mapping's date format when set, else the one detected from a sample of the date
    // column. Throws ga::ValidationError (translated) when it cannot be told.
    DateTimeFormat resolveDateFormat(const CsvDocument &doc, const ColumnMapping &mapping) const;
    DateFormatGuess guessDateFormat(const CsvDocument &doc, const ColumnMapping &mapping) const;

    // The field with `key` (a default one when there is none).
    ImportField field(const QString &key) const;
    // The distinct values of a Choice field's column in the first `maxRows` rows, the most
    // frequent first, each with the key its recogniser gives (for the value mapping).
    QList<ValueCount> distinctValues(const CsvDocument &doc, const ColumnMapping &mapping,
                                     const QString &fieldKey, int maxRows = 20000) const;
    // The choice key `text` stands for: the mapping's value map, else the field's recogniser;
    // empty when neither knows it.
    static QString choiceKey(const ImportField &field, const ColumnMapping &mapping,
                             const QString &text);

protected:
    // Throws PermissionError when the session may not import this kind.
    virtual void requirePermission() const { }
    // The importer's own mapping options (units, which field finds the vehicle …); throws
    // ValidationError (translated).
    virtual void checkOptions(const CsvDocument &doc, const ColumnMapping &mapping) const
    {
        Q_UNUSED(doc)
        Q_UNUSED(mapping)
    }
    // The rows as read with `format` (invalid when it could not be resolved).
    virtual QList<PreviewRow> previewRows(const CsvDocument &doc, const ColumnMapping &mapping,
                                          const DateTimeFormat &format, int maxRows)
        = 0;
    // Reads, checks and stores; the mapping has been checked and the format resolved.
    virtual ImportResult runImport(const CsvDocument &doc, const ImportOptions &options,
                                   const DateTimeFormat &format)
        = 0;
};

} // namespace ga
