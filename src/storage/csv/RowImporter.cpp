#include "storage/csv/RowImporter.h"

#include "storage/csv/FieldParsers.h"

namespace ga {

RowCells::RowCells(const QList<ImportField> &fields, const ColumnMapping &mapping,
                   const QStringList &headers, const DateTimeFormat &format)
    : m_fields(fields)
    , m_mapping(mapping)
    , m_format(format)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const ImportField &f = fields.at(i);
        m_fieldIndex.insert(f.key, i);
        m_columns.insert(f.key, mapping.columnOf(f.key, headers));
        if (f.type == FieldType::TimeOfDay && !f.dateField.isEmpty())
            m_timeOf.insert(f.dateField, f.key);
    }
}

const ImportField &RowCells::field(const QString &key) const
{
    static const ImportField none;
    const qsizetype i = m_fieldIndex.value(key, -1);
    return i >= 0 ? m_fields.at(i) : none;
}

void RowCells::fail(const ImportField &f, const QString &reason) const
{
    throw RowProblem::grouped(reason, tr("%1: not readable").arg(f.label), cell(f.key));
}

QString RowCells::cell(const QString &key) const
{
    const int c = column(key);
    return c >= 0 && m_row ? m_row->value(c).trimmed() : QString();
}

QString RowCells::text(const QString &key) const
{
    const QString s = cell(key);
    const ImportField &f = field(key);
    if (s.isEmpty() && f.required) {
        const QString reason = tr("The %1 is empty.").arg(f.label);
        throw RowProblem(reason);
    }
    return s;
}

std::optional<QString> RowCells::choice(const QString &key) const
{
    const QString s = text(key);
    if (s.isEmpty())
        return std::nullopt;
    const ImportField &f = field(key);
    const QString k = Importer::choiceKey(f, m_mapping, s);
    if (k.isEmpty())
        throw RowProblem::grouped(tr("%1: \"%2\" is not one of the known values; map it to one "
                                     "in the value mapping.")
                                      .arg(f.label, s),
                                  tr("%1: values not recognised").arg(f.label), s);
    return k;
}

std::optional<qint64> RowCells::number(const QString &key, int decimals) const
{
    const QString s = text(key);
    if (s.isEmpty())
        return std::nullopt;
    const auto n = parseScaled(s, decimals);
    if (!n)
        fail(field(key), tr("%1: \"%2\" is not a number.").arg(field(key).label, s));
    return n;
}

std::optional<Money> RowCells::money(const QString &key) const
{
    const QString s = text(key);
    if (s.isEmpty())
        return std::nullopt;
    const auto m = Money::parse(s);
    if (!m)
        fail(field(key), tr("%1: \"%2\" is not an amount of money.").arg(field(key).label, s));
    return m;
}

std::optional<QDate> RowCells::date(const QString &key) const
{
    const QString s = text(key);
    if (s.isEmpty())
        return std::nullopt;
    QDate d;
    if (!m_format.parse(s, &d))
        fail(field(key),
             tr("%1: \"%2\" is not a date in the format %3.")
                 .arg(field(key).label, s, m_format.name()));
    return d;
}

std::optional<QDateTime> RowCells::dateTime(const QString &dateKey) const
{
    const QString s = text(dateKey);
    if (s.isEmpty())
        return std::nullopt;
    QDate d;
    QTime t;
    if (!m_format.parse(s, &d, &t))
        fail(field(dateKey),
             tr("%1: \"%2\" is not a date in the format %3.")
                 .arg(field(dateKey).label, s, m_format.name()));
    const QString timeKey = m_timeOf.value(dateKey);
    if (!timeKey.isEmpty()) {
        const QString clock = text(timeKey);
        if (!clock.isEmpty() && !parseTimeOfDay(clock, &t))
            fail(field(timeKey),
                 tr("%1: \"%2\" is not a time of day.").arg(field(timeKey).label, clock));
    }
    return QDateTime(d, t, Qt::LocalTime);
}

} // namespace ga
