#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ga {

// One field an importer can fill: a stable key ("plate"), a translated label, whether a row
// needs it, and the headers it is usually found under (Chinese and English, lower case).
struct ImportField
{
    QString key;
    QString label;
    bool required = false;
    QStringList synonyms;
};

// Which source column feeds which target field, and how to read the file: encoding, date
// format, units, and the importer's own choices (e.g. which field identifies the vehicle).
// Saved as JSON:
//   {"fields": {"plate": "车牌号", "amount": 7}, "encoding": "GB18030",
//    "dateFormat": "yyyy-MM-dd HH:mm", "units": "litres", "delimiter": ",",
//    "vehicleKey": "plate"}
// A field's source is a header name (string) or a 1-based column number (integer).
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
public:
    struct Source
    {
        QString header;  // matched trimmed, case-insensitively
        int index = -1;  // 0-based, when the mapping names a column by number
        bool isSet() const { return !header.isEmpty() || index >= 0; }
        bool operator==(const Source &) const = default;
    };

    void setHeader(const QString &field, const QString &header);
    void setIndex(const QString &field, int index);   // 0-based
    void clear(const QString &field);
    Source source(const QString &field) const { return m_fields.value(field); }
    bool isMapped(const QString &field) const { return m_fields.value(field).isSet(); }
    QStringList mappedFields() const;

    // The column of `field` in a file with `headers`, or -1.
    int columnOf(const QString &field, const QStringList &headers) const;

    QString encoding;    // empty: detect
    QString delimiter;   // empty: detect; ",", ";" or "\t"
    QString dateFormat;  // empty: detect (see DateTimeFormat)
    QString units;       // importer-specific, e.g. "litres" / "gallons"
    QString vehicleKey;  // importer-specific, e.g. "plate" / "fleetNo" / "card"

    QChar delimiterChar() const;

    QJsonObject toJson() const;
    // Throws ga::ValidationError (translated) on a malformed object.
    static ColumnMapping fromJson(const QJsonObject &json);
    // Throw ga::ValidationError / StorageError (translated) naming the file.
    static ColumnMapping load(const QString &path);
    void save(const QString &path) const;

    // A mapping guessed from a file's headers: each field gets the header equal to one of its
    // synonyms (ignoring case, blanks and a bracketed unit such as "金额(元)"), else the first
    // header containing one; a header feeds one field at most.
    static ColumnMapping guess(const QList<ImportField> &fields, const QStringList &headers);

    // Required fields this mapping leaves unmapped for `headers`, as labels.
    static QStringList missingRequired(const QList<ImportField> &fields, const ColumnMapping &m,
                                       const QStringList &headers);

    bool operator==(const ColumnMapping &) const = default;

private:
    QHash<QString, Source> m_fields;
};

// "金额（元）" → "金额", " Plate No. " → "plateno.": the form headers are compared in.
QString normaliseHeader(const QString &header);

} // namespace ga
