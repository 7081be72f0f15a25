#include "storage/csv/ColumnMapping.h"

#include "core/Error.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace ga {

QString normaliseHeader(const QString &header)
{
    static const QRegularExpression bracketed(
        QStringLiteral("[\\(（\\[【][^\\)）\\]】]*[\\)）\\]】]"));
    QString h = header;
    h.remove(bracketed);
    h.remove(QChar(0xFEFF));
    QString out;
    out.reserve(h.size());
    for (const QChar c : std::as_const(h))
        if (!c.isSpace() && c != QLatin1Char('_') && c != QLatin1Char('-'))
            out += c.toLower();
    return out;
}

void ColumnMapping::setHeader(const QString &field, const QString &header)
{
    if (header.trimmed().isEmpty())
        m_fields.remove(field);
    else
        m_fields.insert(field, Source{header.trimmed(), -1});
}

void ColumnMapping::setIndex(const QString &field, int index)
{
    if (index < 0)
        m_fields.remove(field);
    else
        m_fields.insert(field, Source{QString(), index});
}

void ColumnMapping::clear(const QString &field)
{
    m_fields.remove(field);
}

QString ColumnMapping::foldValue(QStringView text)
{
    return text.toString().simplified().toCaseFolded();
}

void ColumnMapping::setValue(const QString &field, const QString &source, const QString &target)
{
    const QString folded = foldValue(source);
    if (folded.isEmpty())
        return;
    if (target.trimmed().isEmpty()) {
        m_values[field].remove(folded);
        if (m_values.value(field).isEmpty())
            m_values.remove(field);
    } else {
        m_values[field].insert(folded, target.trimmed());
    }
}

void ColumnMapping::setValueMap(const QString &field, const QHash<QString, QString> &values)
{
    m_values.remove(field);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        setValue(field, it.key(), it.value());
}

QString ColumnMapping::mappedValue(const QString &field, QStringView text) const
{
    const auto it = m_values.constFind(field);
    if (it == m_values.cend() || it->isEmpty())
        return {};
    return it->value(foldValue(text));
}

QStringList ColumnMapping::valueMappedFields() const
{
    QStringList keys = m_values.keys();
    keys.sort();
    return keys;
}

QStringList ColumnMapping::mappedFields() const
{
    QStringList keys = m_fields.keys();
    keys.sort();
    return keys;
}

int ColumnMapping::columnOf(const QString &field, const QStringList &headers) const
{
    const Source s = m_fields.value(field);
    if (s.index >= 0)
        return s.index < headers.size() ? s.index : -1;
    if (s.header.isEmpty())
        return -1;
    for (qsizetype i = 0; i < headers.size(); ++i)
        if (headers.at(i).trimmed().compare(s.header, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

QChar ColumnMapping::delimiterChar() const
{
    if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
        return QLatin1Char('\t');
    return delimiter.size() == 1 ? delimiter.at(0) : QChar();
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject fields;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it->index >= 0)
            fields.insert(it.key(), it->index + 1);
        else if (!it->header.isEmpty())
            fields.insert(it.key(), it->header);
    }
    QJsonObject o;
    o.insert(QStringLiteral("fields"), fields);
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("encoding", encoding);
    put("delimiter", delimiter == QLatin1String("\t") ? QStringLiteral("tab") : delimiter);
    put("dateFormat", dateFormat);
    put("units", units);
    put("vehicleKey", vehicleKey);
    if (maxDiscountPercent > 0)
        o.insert(QStringLiteral("maxDiscountPercent"), maxDiscountPercent);
    if (!m_values.isEmpty()) {
        QJsonObject values;
        for (auto f = m_values.cbegin(); f != m_values.cend(); ++f) {
            QJsonObject map;
            for (auto v = f->cbegin(); v != f->cend(); ++v)
                map.insert(v.key(), v.value());
            values.insert(f.key(), map);
        }
        o.insert(QStringLiteral("values"), values);
    }
    return o;
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject &json)
{
    ColumnMapping m;
    const QJsonValue fields = json.value(QStringLiteral("fields"));
    if (!fields.isUndefined() && !fields.isObject())
        throw ValidationError(tr("The mapping's \"fields\" must be an object of field: column."));
    const QJsonObject f = fields.toObject();
    for (auto it = f.begin(); it != f.end(); ++it) {
        if (it->isString()) {
            m.setHeader(it.key(), it->toString());
        } else if (it->isDouble() && it->toInt() >= 1) {
            m.setIndex(it.key(), it->toInt() - 1);
        } else if (!it->isNull()) {
            throw ValidationError(tr("The mapping of \"%1\" must be a column name or a column "
                                     "number from 1.")
                                      .arg(it.key()));
        }
    }
    const auto text = [&json](const char *key) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            throw ValidationError(tr("The mapping's \"%1\" must be text.").arg(QLatin1String(key)));
        return v.toString();
    };
    m.encoding = text("encoding");
    m.delimiter = text("delimiter");
    if (m.delimiter == QLatin1String("tab"))
        m.delimiter = QStringLiteral("\t");
    m.dateFormat = text("dateFormat");
    m.units = text("units");
    m.vehicleKey = text("vehicleKey");
    const QJsonValue discount = json.value(QStringLiteral("maxDiscountPercent"));
    if (!discount.isUndefined() && !discount.isNull()) {
        if (!discount.isDouble() || discount.toInt(-1) < 0 || discount.toInt(-1) > 100)
            throw ValidationError(tr("The mapping's \"maxDiscountPercent\" must be a whole number "
                                     "from 0 to 100."));
        m.maxDiscountPercent = discount.toInt();
    }
    const QJsonValue values = json.value(QStringLiteral("values"));
    if (!values.isUndefined() && !values.isNull()) {
        if (!values.isObject())
            throw ValidationError(tr("The mapping's \"values\" must be an object of field: "
                                     "{value in the file: value to store}."));
        const QJsonObject byField = values.toObject();
        for (auto f = byField.begin(); f != byField.end(); ++f) {
            if (!f->isObject())
                throw ValidationError(tr("The value mapping of \"%1\" must be an object of "
                                         "value in the file: value to store.")
                                          .arg(f.key()));
            const QJsonObject map = f->toObject();
            for (auto v = map.begin(); v != map.end(); ++v) {
                if (!v->isString())
                    throw ValidationError(tr("The value mapping of \"%1\" maps \"%2\" to "
                                             "something that is not text.")
                                              .arg(f.key(), v.key()));
                m.setValue(f.key(), v.key(), v->toString());
            }
        }
    }
    return m;
}

ColumnMapping ColumnMapping::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ValidationError(tr("Cannot read the mapping file %1: %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw ValidationError(tr("The mapping file %1 is not a JSON object: %2")
                                  .arg(QDir::toNativeSeparators(path),
                                       error.error != QJsonParseError::NoError
                                           ? error.errorString()
                                           : tr("the top level is not an object")));
    try {
        return fromJson(doc.object());
    } catch (const ValidationError &e) {
        throw ValidationError(tr("The mapping file %1 is invalid: %2")
                                  .arg(QDir::toNativeSeparators(path), e.message()));
    }
}

void ColumnMapping::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StorageError(tr("Cannot write the mapping file %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        throw StorageError(tr("Cannot write the mapping file %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
}

ColumnMapping ColumnMapping::guess(const QList<ImportField> &fields, const QStringList &headers)
{
    ColumnMapping m;
    QList<QString> normalised;
    for (const QString &h : headers)
        normalised << normaliseHeader(h);
    QList<bool> used(headers.size(), false);

    const auto assign = [&](const ImportField &field, qsizetype column) {
        m.setHeader(field.key, headers.at(column));
        used[column] = true;
    };
    // Exact matches first, for every field, so a contained match cannot steal a column that
    // another field names exactly ("卡号" inside "油卡号").
    for (const ImportField &field : fields) {
        QStringList synonyms = field.synonyms;
        synonyms << normaliseHeader(field.key) << normaliseHeader(field.label);
        for (qsizetype c = 0; c < headers.size() && !m.isMapped(field.key); ++c) {
            if (used[c] || normalised[c].isEmpty())
                continue;
            for (const QString &s : std::as_const(synonyms))
                if (normalised[c] == normaliseHeader(s)) {
                    assign(field, c);
                    break;
                }
        }
    }
    // Then the longest synonym contained in a header.
    for (const ImportField &field : fields) {
        if (m.isMapped(field.key))
            continue;
        QStringList synonyms = field.synonyms;
        std::sort(synonyms.begin(), synonyms.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &s : std::as_const(synonyms)) {
            const QString n = normaliseHeader(s);
            if (n.size() < 2)
                continue;
            for (qsizetype c = 0; c < headers.size(); ++c)
                if (!used[c] && normalised[c].contains(n)) {
                    assign(field, c);
                    break;
                }
            if (m.isMapped(field.key))
                break;
        }
    }
    return m;
}

QStringList ColumnMapping::missingRequired(const QList<ImportField> &fields,
                                           const ColumnMapping &m, const QStringList &headers)
{
    QStringList missing;
    for (const ImportField &f : fields)
        if (f.required && m.columnOf(f.key, headers) < 0)
            missing << f.label;
    return missing;
}

} // namespace ga
