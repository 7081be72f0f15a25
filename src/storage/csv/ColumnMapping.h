#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

namespace ga {

// How a field's cells are read (see RowCells): the parser a field declares.
enum class FieldType {
    Text, // as written, trimmed
    Number, // "12,345.6", full-width digits
    Money, // yuan: "1,234.50", "¥12"
    Date, // a date, or a date and time, in the run's DateTimeFormat
    TimeOfDay, // "08:30", "1:05 PM": completes the Date field it names (dateField)
    Choice, // one of `choices`, in the supplier's words: value map, then `recognise`
};

// One value a Choice field can take: the key stored, the translated label shown.
struct ImportChoice
{
    QString key;
    QString label;
};

// One field an importer can fill: a stable key ("plate"), a translated label, whether a row
// needs it, the headers it is usually found under (Chinese and English, lower case), and how
// its cells are read.
struct ImportField
{
    QString key;
    QString label;
    bool required = false;
    QStringList synonyms;
    FieldType type = FieldType::Text;
    // Choice: the values, and the key a cell in the supplier's words stands for (empty when
    // not recognised; the user then maps it in the value map).
    QList<ImportChoice> choices = {};
    std::function<QString(const QString &)> recognise = {};
    // TimeOfDay: the Date field whose dates it completes.
    QString dateField = {};
};

// Which source column feeds which target field, and how to read the file: encoding, date
// format, units, the values of choice fields in the supplier's words, and the importer's own
// choices (e.g. which field identifies the vehicle). Saved as JSON:
//   {"fields": {"plate": "车牌号", "amount": 7}, "encoding": "GB18030",
//    "dateFormat": "yyyy-MM-dd HH:mm", "units": "litres", "delimiter": ",",
//    "vehicleKey": "plate", "maxDiscountPercent": 10,
//    "values": {"fuelKind": {"fleet special": "diesel"}}}
// A field's source is a header name (string) or a 1-based column number (integer). Values are
// matched ignoring case and repeated blanks (foldValue()).
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

    // Value maps of Choice fields: `source` as the file writes it → the choice key to store.
    // An empty target removes the entry.
    void setValue(const QString &field, const QString &source, const QString &target);
    void setValueMap(const QString &field, const QHash<QString, QString> &values);
    // The target of `text` in the field's value map, or empty.
    QString mappedValue(const QString &field, QStringView text) const;
    // Folded source → target.
    QHash<QString, QString> valueMap(const QString &field) const { return m_values.value(field); }
    QStringList valueMappedFields() const;
    // The form values are compared in: trimmed, blanks collapsed, case folded.
    static QString foldValue(QStringView text);

    // The column of `field` in a file with `headers`, or -1.
    int columnOf(const QString &field, const QStringList &headers) const;

    QString encoding;    // empty: detect
    QString delimiter;   // empty: detect; ",", ";" or "\t"
    QString dateFormat;  // empty: detect (see DateTimeFormat)
    QString units;       // importer-specific, e.g. "litres" / "gallons"
    QString vehicleKey;  // importer-specific, e.g. "plate" / "fleetNo" / "card"
    // How far below quantity × unit price a paid amount may be when the file has no discount
    // column (importer-specific; 0: only rounding).
    int maxDiscountPercent = 0;

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
    QHash<QString, QHash<QString, QString>> m_values; // field → folded source → target
};

// "金额（元）" → "金额", " Plate No. " → "plateno.": the form headers are compared in.
QString normaliseHeader(const QString &header);

} // namespace ga
