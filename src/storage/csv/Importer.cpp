#include "storage/csv/Importer.h"

#include "core/Error.h"

namespace ga {

ImportResult Importer::importFile(const QString &path, const ImportOptions &options)
{
    const CsvDocument doc = CsvDocument::load(path, options.mapping.encoding,
                                              options.mapping.delimiterChar());
    return importDocument(doc, options);
}

DateFormatGuess Importer::guessDateFormat(const CsvDocument &doc, const ColumnMapping &mapping) const
{
    const int column = mapping.columnOf(dateField(), doc.headers());
    return detectDateFormat(doc.sampleColumn(column, 500));
}

DateTimeFormat Importer::resolveDateFormat(const CsvDocument &doc, const ColumnMapping &mapping) const
{
    if (!mapping.dateFormat.isEmpty()) {
        const DateTimeFormat format(mapping.dateFormat);
        if (!format.isValid())
            throw ValidationError(tr("The date format \"%1\" is not known (use one of: %2).")
                                      .arg(mapping.dateFormat,
                                           DateTimeFormat::knownFormats().join(QStringLiteral(", "))));
        return format;
    }
    if (dateField().isEmpty() || mapping.columnOf(dateField(), doc.headers()) < 0)
        return DateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    const DateFormatGuess guess = guessDateFormat(doc, mapping);
    if (!guess.isOk()) {
        // An empty optional date column needs no format.
        if (guess.candidates.isEmpty()
            && doc.sampleColumn(mapping.columnOf(dateField(), doc.headers()), 1).isEmpty())
            return DateTimeFormat(QStringLiteral("yyyy-MM-dd"));
        throw ValidationError(guess.error);
    }
    return DateTimeFormat(guess.format);
}

} // namespace ga
