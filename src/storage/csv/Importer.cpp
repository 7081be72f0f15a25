#include "storage/csv/Importer.h"

#include "core/Error.h"

#include <QHash>

#include <algorithm>

namespace ga {

ImportResult Importer::importFile(const QString &path, const ImportOptions &options)
{
    const CsvDocument doc = CsvDocument::load(path, options.mapping.encoding,
                                              options.mapping.delimiterChar());
    return importDocument(doc, options);
}

ImportResult Importer::importDocument(const CsvDocument &doc, const ImportOptions &options)
{
    requirePermission();
    checkMapping(doc, options.mapping, true);
    const DateTimeFormat format = resolveDateFormat(doc, options.mapping);
    return runImport(doc, options, format);
}

QList<PreviewRow> Importer::preview(const CsvDocument &doc, const ColumnMapping &mapping,
                                    int maxRows)
{
    QString setupProblem;
    DateTimeFormat format;
    try {
        checkMapping(doc, mapping, false);
        format = resolveDateFormat(doc, mapping);
    } catch (const ValidationError &e) {
        setupProblem = e.message();
    }
    QList<PreviewRow> rows = previewRows(doc, mapping, format, maxRows);
    if (!setupProblem.isEmpty())
        for (PreviewRow &p : rows) {
            p.problem = setupProblem;
            p.duplicate = false;
        }
    return rows;
}

ImportField Importer::field(const QString &key) const
{
    for (const ImportField &f : fields())
        if (f.key == key)
            return f;
    return {};
}

QString Importer::choiceKey(const ImportField &field, const ColumnMapping &mapping,
                            const QString &text)
{
    const QString mapped = mapping.mappedValue(field.key, text);
    if (!mapped.isEmpty())
        return mapped;
    return field.recognise ? field.recognise(text) : QString();
}

void Importer::checkMapping(const CsvDocument &doc, const ColumnMapping &mapping,
                            bool requireAll) const
{
    const QList<ImportField> all = fields();
    const QStringList &headers = doc.headers();
    for (const ImportField &f : all) {
        if (f.type != FieldType::TimeOfDay || mapping.columnOf(f.key, headers) < 0)
            continue;
        if (mapping.columnOf(f.dateField, headers) < 0)
            throw ValidationError(tr("A time of day (%1) needs a date column: map %2 to the column "
                                     "that holds the dates.")
                                      .arg(f.label, field(f.dateField).label));
    }
    if (requireAll) {
        const QStringList missing = ColumnMapping::missingRequired(all, mapping, headers);
        if (!missing.isEmpty())
            throw ValidationError(
                tr("The file has no column for: %1.").arg(missing.join(QStringLiteral(", "))));
    }
    for (const QString &key : mapping.valueMappedFields()) {
        const ImportField f = field(key);
        if (f.key.isEmpty() || f.type != FieldType::Choice)
            throw ValidationError(tr("Values can be mapped only for fields with a fixed set of "
                                     "values; \"%1\" is not one.")
                                      .arg(key));
        QStringList choices;
        for (const ImportChoice &c : f.choices)
            choices << c.key;
        const QHash<QString, QString> map = mapping.valueMap(key);
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            if (!choices.contains(it.value()))
                throw ValidationError(
                    tr("The value mapping of %1 maps \"%2\" to \"%3\", which is "
                       "not one of: %4.")
                        .arg(f.label, it.key(), it.value(), choices.join(QStringLiteral(", "))));
    }
    checkOptions(doc, mapping);
}

QList<ValueCount> Importer::distinctValues(const CsvDocument &doc, const ColumnMapping &mapping,
                                           const QString &fieldKey, int maxRows) const
{
    const ImportField f = field(fieldKey);
    const int column = mapping.columnOf(fieldKey, doc.headers());
    QList<ValueCount> out;
    if (column < 0 || f.type != FieldType::Choice)
        return out;
    QHash<QString, qsizetype> index;
    CsvReader reader = doc.dataReader();
    QStringList row;
    for (int n = 0; n < maxRows && reader.readRow(row); ++n) {
        const QString value = row.value(column).trimmed();
        if (value.isEmpty())
            continue;
        const QString folded = ColumnMapping::foldValue(value);
        auto it = index.constFind(folded);
        if (it == index.cend()) {
            it = index.insert(folded, out.size());
            out.append({value, 0, f.recognise ? f.recognise(value) : QString()});
        }
        ++out[*it].count;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ValueCount &a, const ValueCount &b) { return a.count > b.count; });
    return out;
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
            throw ValidationError(
                tr("The date format \"%1\" is not known (use one of: %2; each may be followed by "
                   "HH:mm or HH:mm:ss).")
                    .arg(mapping.dateFormat,
                         DateTimeFormat::qtNotationLayouts().join(QStringLiteral(", "))));
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
