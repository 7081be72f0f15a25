#include "energy/ReadingImporter.h"

#include "core/Session.h"
#include "storage/csv/FieldParsers.h"

#include <QRegularExpression>

#include <cmath>

namespace ga::energy {

namespace {

const QString kUnitsRow = QStringLiteral("units-row");

// A meter and a month as one key ("2026-01" → 2026 × 12 + 1).
qint64 seenKey(qint64 meterId, const QString &month)
{
    return meterId * 1'000'000 + month.left(4).toInt() * 12 + month.mid(5, 2).toInt();
}

QString foldUnit(const QString &unit)
{
    QString u = unit.trimmed().toLower();
    u.remove(QLatin1Char(' '));
    u.replace(QStringLiteral("³"), QStringLiteral("3"));
    u.replace(QStringLiteral("㎥"), QStringLiteral("m3"));
    u.remove(QLatin1Char('('));
    u.remove(QLatin1Char(')'));
    u.remove(QChar(0xFF08));
    u.remove(QChar(0xFF09));
    return u;
}

// The canonical unit a folded unit word stands for, or empty.
QString canonicalUnit(const QString &folded)
{
    static const QHash<QString, QString> units = {
        {QStringLiteral("kwh"), QStringLiteral("kWh")},   {QStringLiteral("千瓦时"), QStringLiteral("kWh")},
        {QStringLiteral("度"), QStringLiteral("kWh")},    {QStringLiteral("kw·h"), QStringLiteral("kWh")},
        {QStringLiteral("mwh"), QStringLiteral("MWh")},   {QStringLiteral("兆瓦时"), QStringLiteral("MWh")},
        {QStringLiteral("千千瓦时"), QStringLiteral("MWh")}, {QStringLiteral("万kwh"), QStringLiteral("10MWh")},
        {QStringLiteral("万千瓦时"), QStringLiteral("10MWh")}, {QStringLiteral("万度"), QStringLiteral("10MWh")},
        {QStringLiteral("m3"), QStringLiteral("m³")},     {QStringLiteral("立方米"), QStringLiteral("m³")},
        {QStringLiteral("方"), QStringLiteral("m³")},     {QStringLiteral("cbm"), QStringLiteral("m³")},
        {QStringLiteral("ccf"), QStringLiteral("ccf")},   {QStringLiteral("gj"), QStringLiteral("GJ")},
        {QStringLiteral("吉焦"), QStringLiteral("GJ")},   {QStringLiteral("mj"), QStringLiteral("MJ")},
        {QStringLiteral("兆焦"), QStringLiteral("MJ")},   {QStringLiteral("therm"), QStringLiteral("therm")},
        {QStringLiteral("therms"), QStringLiteral("therm")}, {QStringLiteral("thm"), QStringLiteral("therm")},
        {QStringLiteral("kbtu"), QStringLiteral("kBtu")}, {QStringLiteral("mmbtu"), QStringLiteral("MMBtu")},
        {QStringLiteral("t"), QStringLiteral("t")},       {QStringLiteral("吨"), QStringLiteral("t")},
        {QStringLiteral("l"), QStringLiteral("L")},       {QStringLiteral("升"), QStringLiteral("L")},
        {QStringLiteral("litre"), QStringLiteral("L")},   {QStringLiteral("litres"), QStringLiteral("L")},
        {QStringLiteral("kg"), QStringLiteral("kg")},     {QStringLiteral("千克"), QStringLiteral("kg")},
        {QStringLiteral("公斤"), QStringLiteral("kg")},
    };
    return units.value(folded);
}

std::optional<EnergyType> recogniseType(const QString &text)
{
    static const QList<std::pair<const char16_t *, EnergyType>> words = {
        {u"电", EnergyType::Electricity},       {u"电力", EnergyType::Electricity},
        {u"用电", EnergyType::Electricity},     {u"electricity", EnergyType::Electricity},
        {u"天然气", EnergyType::NaturalGas},    {u"燃气", EnergyType::NaturalGas},
        {u"natural gas", EnergyType::NaturalGas}, {u"gas", EnergyType::NaturalGas},
        {u"热力", EnergyType::Heat},            {u"供暖", EnergyType::Heat},
        {u"heat", EnergyType::Heat},            {u"水", EnergyType::Water},
        {u"用水", EnergyType::Water},           {u"water", EnergyType::Water},
        {u"汽油", EnergyType::Petrol},          {u"petrol", EnergyType::Petrol},
        {u"柴油", EnergyType::Diesel},          {u"diesel", EnergyType::Diesel},
        {u"液化石油气", EnergyType::Lpg},       {u"lpg", EnergyType::Lpg},
        {u"煤", EnergyType::Coal},              {u"煤炭", EnergyType::Coal},
        {u"原煤", EnergyType::Coal},            {u"coal", EnergyType::Coal},
    };
    const QString folded = ColumnMapping::foldValue(text);
    for (const auto &[word, type] : words)
        if (folded == QString::fromUtf16(word))
            return type;
    if (auto t = energyTypeFromKey(folded))
        return t;
    return std::nullopt;
}

} // namespace

std::optional<double> unitFactor(const QString &unit, const QString &meterUnit)
{
    const QString from = canonicalUnit(foldUnit(unit));
    const QString to = canonicalUnit(foldUnit(meterUnit));
    if (from.isEmpty() || to.isEmpty())
        return std::nullopt;
    if (from == to)
        return 1.0;
    // Factors to the meter's unit (kWh, m³, GJ, L, kg).
    static const QHash<QString, double> toKwh = {{QStringLiteral("MWh"), 1000.0},
                                                 {QStringLiteral("10MWh"), 10000.0}};
    static const QHash<QString, double> toM3 = {{QStringLiteral("ccf"), 2.8316846592},
                                                {QStringLiteral("t"), 1.0}};
    static const QHash<QString, double> toGj = {{QStringLiteral("MJ"), 0.001},
                                                {QStringLiteral("therm"), 0.105505585},
                                                {QStringLiteral("kBtu"), 0.001055056},
                                                {QStringLiteral("MMBtu"), 1.055056},
                                                {QStringLiteral("kWh"), 0.0036},
                                                {QStringLiteral("MWh"), 3.6}};
    static const QHash<QString, double> toKg = {{QStringLiteral("t"), 1000.0}};
    const QHash<QString, double> *table = to == QLatin1String("kWh")  ? &toKwh
                                          : to == QStringLiteral("m³") ? &toM3
                                          : to == QLatin1String("GJ") ? &toGj
                                          : to == QLatin1String("kg") ? &toKg
                                                                      : nullptr;
    if (!table || !table->contains(from))
        return std::nullopt;
    return table->value(from);
}

ReadingImporter::ReadingImporter(EnergyService &energy, const Session &session)
    : m_energy(energy)
    , m_session(session)
{}

QString ReadingImporter::title() const
{
    return tr("Energy readings");
}

QList<ImportField> ReadingImporter::fields() const
{
    ImportField type {QStringLiteral("type"), tr("Energy type"), false,
                      {QStringLiteral("能源品种"), QStringLiteral("能源类型"), QStringLiteral("能源种类"),
                       QStringLiteral("品种"), QStringLiteral("type"), QStringLiteral("energy type"),
                       QStringLiteral("energy")},
                      FieldType::Choice};
    for (EnergyType t : allEnergyTypes())
        type.choices.append({energyTypeKey(t), energyTypeDisplayName(t)});
    type.recognise = [](const QString &text) {
        const auto t = recogniseType(text);
        return t ? energyTypeKey(*t) : QString();
    };
    return {
        {QStringLiteral("building"), tr("Building code"), true,
         {QStringLiteral("楼宇编码"), QStringLiteral("建筑编码"), QStringLiteral("办公楼编码"),
          QStringLiteral("建筑物编码"), QStringLiteral("编码"), QStringLiteral("building"),
          QStringLiteral("building code"), QStringLiteral("code")}},
        {QStringLiteral("meter"), tr("Meter number"), false,
         {QStringLiteral("表号"), QStringLiteral("计量表编号"), QStringLiteral("计量表"),
          QStringLiteral("meter"), QStringLiteral("meter no"), QStringLiteral("meter no."),
          QStringLiteral("meter number")}},
        type,
        {QStringLiteral("month"), tr("Month"), false,
         {QStringLiteral("月份"), QStringLiteral("抄表月份"), QStringLiteral("统计月份"),
          QStringLiteral("期间"), QStringLiteral("month"), QStringLiteral("period")}},
        {QStringLiteral("value"), tr("Value"), false,
         {QStringLiteral("读数"), QStringLiteral("用量"), QStringLiteral("数量"),
          QStringLiteral("表底数"), QStringLiteral("value"), QStringLiteral("reading"),
          QStringLiteral("quantity"), QStringLiteral("consumption")},
         FieldType::Number},
        {QStringLiteral("unit"), tr("Unit"), false,
         {QStringLiteral("单位"), QStringLiteral("计量单位"), QStringLiteral("unit"),
          QStringLiteral("units")}},
        {QStringLiteral("amount"), tr("Amount (yuan)"), false,
         {QStringLiteral("金额"), QStringLiteral("费用"), QStringLiteral("发票金额"),
          QStringLiteral("amount"), QStringLiteral("cost")},
         FieldType::Money},
    };
}

QString ReadingImporter::monthOf(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(\\d{4})\\s*(?:[-/.年]\\s*(\\d{1,2})\\s*月?|(\\d{2}))\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    const int year = m.captured(1).toInt();
    const int month = (m.captured(2).isEmpty() ? m.captured(3) : m.captured(2)).toInt();
    if (month < 1 || month > 12 || year < 1900)
        return {};
    return monthKey(year, month);
}

void ReadingImporter::requirePermission() const
{
    m_session.require(Permission::EditEnergy);
}

void ReadingImporter::checkOptions(const CsvDocument &doc, const ColumnMapping &mapping) const
{
    const bool longShape = mapping.columnOf(QStringLiteral("month"), doc.headers()) >= 0
                           && mapping.columnOf(QStringLiteral("value"), doc.headers()) >= 0;
    bool wide = false;
    for (const QString &h : doc.headers())
        if (!monthOf(h).isEmpty())
            wide = true;
    if (!longShape && !wide)
        throw ValidationError(tr("The file has neither a month and a value column (a row per "
                                 "reading) nor a column per month such as \"2026-01\" (a row per "
                                 "meter)."));
    if (!mapping.isMapped(QStringLiteral("meter")) && !mapping.isMapped(QStringLiteral("type")))
        throw ValidationError(tr("Map the meter number or the energy type column, so that each "
                                 "row finds its meter."));
    if (!mapping.units.isEmpty() && canonicalUnit(foldUnit(mapping.units)).isEmpty())
        throw ValidationError(tr("The unit \"%1\" is not known.").arg(mapping.units));
}

void ReadingImporter::begin(const CsvDocument &doc, const ColumnMapping &mapping)
{
    m_fileName = doc.fileName();
    m_defaultUnit = mapping.units;
    m_buildingIds.clear();
    m_metersOf.clear();
    m_monthColumns.clear();
    m_columnUnits.clear();
    m_seen.clear();
    m_seen.reserve(doc.approximateRowCount());
    m_factors.clear();
    m_buildingColumn = mapping.columnOf(QStringLiteral("building"), doc.headers());
    m_meterColumn = mapping.columnOf(QStringLiteral("meter"), doc.headers());
    m_monthColumn = mapping.columnOf(QStringLiteral("month"), doc.headers());
    m_valueColumn = mapping.columnOf(QStringLiteral("value"), doc.headers());
    m_unitColumn = mapping.columnOf(QStringLiteral("unit"), doc.headers());
    m_hasAmount = mapping.columnOf(QStringLiteral("amount"), doc.headers()) >= 0;
    for (const BuildingInfo &b : m_energy.buildings(true))
        m_buildingIds.insert(b.code, b.id);
    MeterFilter all;
    for (KeysetCursor after;;) {
        const QList<MeterRow> page = m_energy.metersPageAfter(all, after, 5000);
        for (const MeterRow &r : page)
            m_metersOf[r.meter.buildingId] << r.meter;
        if (page.size() < 5000)
            break;
        after = page.last().key;
    }
    const bool longShape = mapping.columnOf(QStringLiteral("month"), doc.headers()) >= 0;
    if (!longShape)
        for (int c = 0; c < doc.headers().size(); ++c)
            if (const QString m = monthOf(doc.headers().at(c)); !m.isEmpty())
                m_monthColumns.append({c, m});
}

QStringView ReadingImporter::rawCell(const RowCells &cells, int column)
{
    if (column < 0 || column >= cells.raw().size())
        return {};
    return QStringView(cells.raw().at(column)).trimmed();
}

const Meter *ReadingImporter::meterOf(const RowCells &cells, const QString &buildingCode) const
{
    static const QList<Meter> none;
    const auto it = m_metersOf.constFind(m_buildingIds.value(buildingCode));
    const QList<Meter> &meters = it == m_metersOf.cend() ? none : *it;
    const QStringView meterNo = rawCell(cells, m_meterColumn);
    if (!meterNo.isEmpty()) {
        for (const Meter &m : meters)
            if (m.meterNo == meterNo)
                return &m;
        throw RowProblem::grouped(
            tr("The building %1 has no active meter numbered \"%2\".")
                .arg(buildingCode, meterNo.toString()),
            tr("Unknown meter"), buildingCode + QLatin1Char('/') + meterNo.toString());
    }
    const auto type = cells.choice(QStringLiteral("type"));
    if (!type)
        throw RowProblem(tr("Give the meter number or the energy type."));
    const Meter *found = nullptr;
    for (const Meter &m : meters)
        if (energyTypeKey(m.type) == *type) {
            if (found)
                throw RowProblem(tr("The building %1 has several %2 meters: give the meter "
                                    "number.")
                                     .arg(buildingCode, energyTypeDisplayName(m.type)));
            found = &m;
        }
    if (!found)
        throw RowProblem::grouped(tr("The building %1 has no active %2 meter.")
                                      .arg(buildingCode,
                                           energyTypeDisplayName(*energyTypeFromKey(*type))),
                                  tr("No meter of the type"), buildingCode);
    return found;
}

qint64 ReadingImporter::convert(QStringView text, const QString &unit, const Meter &meter,
                                const QString &what) const
{
    const auto micro = parseScaled(text, 6);
    if (!micro || *micro < 0)
        throw RowProblem(tr("%1: \"%2\" is not a reading.").arg(what, text.toString()));
    const QString u = unit.isEmpty() ? meter.unit : unit;
    const QString key = u + QLatin1Char('|') + meter.unit;
    auto cached = m_factors.constFind(key);
    if (cached == m_factors.cend())
        cached = m_factors.insert(key, unitFactor(u, meter.unit));
    const std::optional<double> factor = *cached;
    if (!factor)
        throw RowProblem::grouped(tr("The unit \"%1\" is unknown or does not convert to the "
                                     "meter's %2.")
                                      .arg(u, meter.unit),
                                  tr("Unknown unit"), u);
    return qRound64(double(*micro) * *factor / 1000.0);
}

RowProblem ReadingImporter::readRow(const RowCells &cells, ReadingRow &record)
{
    const QString building = rawCell(cells, m_buildingColumn).toString();
    // A units row under the header: its month (or value) cells name units.
    if (building.isEmpty() || building == QStringLiteral("单位")
        || building.compare(QStringLiteral("unit"), Qt::CaseInsensitive) == 0) {
        QHash<int, QString> units;
        for (const auto &[column, month] : m_monthColumns)
            if (column < cells.raw().size() && !canonicalUnit(foldUnit(cells.raw().at(column))).isEmpty())
                units.insert(column, cells.raw().at(column).trimmed());
        if (!units.isEmpty()) {
            m_columnUnits = units;
            RowProblem p = RowProblem::duplicateOf(tr("A units row"));
            p.group = kUnitsRow;
            return p;
        }
    }
    if (building.isEmpty())
        return RowProblem(tr("The building code is empty."));
    if (!m_buildingIds.contains(building))
        return RowProblem::grouped(tr("The building %1 is unknown or outside your scope.").arg(building),
                                   tr("Unknown building"), building);
    const Meter &meter = *meterOf(cells, building);
    record.meterId = meter.id;
    record.buildingCode = building;
    record.meterNo = meter.meterNo;
    record.line = cells.line();
    const QStringView unitCell = rawCell(cells, m_unitColumn);
    const QString rowUnit = unitCell.isEmpty() ? m_defaultUnit : unitCell.toString();
    if (m_monthColumns.isEmpty()) {
        const QStringView monthCell = rawCell(cells, m_monthColumn);
        // The exporters' usual "YYYY-MM" as it is; other spellings through monthOf().
        const QString month = monthStart(monthCell.toString()) ? monthCell.toString()
                                                                : monthOf(monthCell.toString());
        if (month.isEmpty())
            return RowProblem(tr("\"%1\" is not a month (use 2026-01).").arg(monthCell.toString()));
        if (month < meter.sinceMonth)
            return RowProblem(tr("The meter %1 is read from %2 on.").arg(meter.meterNo, meter.sinceMonth));
        const QStringView valueCell = rawCell(cells, m_valueColumn);
        if (valueCell.isEmpty())
            return RowProblem(tr("The value is empty."));
        record.values.append({month, convert(valueCell, rowUnit, meter, tr("Value"))});
        if (m_hasAmount)
            if (const auto amount = cells.money(QStringLiteral("amount")))
                record.amount = amount->fen();
    } else {
        for (const auto &[column, month] : m_monthColumns) {
            const QStringView text = rawCell(cells, column);
            if (text.isEmpty() || text == u"-" || text == u"—")
                continue; // not read that month
            if (month < meter.sinceMonth)
                return RowProblem(tr("The meter %1 is read from %2 on.").arg(meter.meterNo, meter.sinceMonth));
            const QString unit = m_columnUnits.value(column, rowUnit);
            record.values.append({month, convert(text, unit, meter, month)});
        }
        if (record.values.isEmpty())
            return RowProblem(tr("The row has no reading in any month."));
    }
    for (const auto &[month, value] : record.values) {
        Q_UNUSED(value)
        if (const auto seen = m_seen.constFind(seenKey(meter.id, month)); seen != m_seen.cend())
            return RowProblem::duplicateOf(tr("Meter %1/%2 for %3 is already on line %4.")
                                               .arg(building, meter.meterNo, month)
                                               .arg(*seen));
    }
    return {};
}

void ReadingImporter::remember(const ReadingRow &record, qint64 line)
{
    for (const auto &[month, value] : record.values) {
        Q_UNUSED(value)
        m_seen.insert(seenKey(record.meterId, month), line);
    }
}

QStringList ReadingImporter::display(const ReadingRow &record, const RowCells &cells) const
{
    QStringList values;
    for (const auto &[month, value] : record.values)
        values << month + QLatin1Char(' ') + formatQuantity(value);
    return {record.buildingCode, record.meterNo, cells.cell(QStringLiteral("type")),
            values.join(QStringLiteral("; ")), QString(), cells.cell(QStringLiteral("unit")),
            record.amount ? Money(*record.amount).toString() : QString()};
}

QList<ReadingImporter::Refusal> ReadingImporter::storeAll(const QList<ReadingRow> &records,
                                                          const ImportResult &result,
                                                          bool allOrNothing)
{
    Q_UNUSED(result)
    Q_UNUSED(allOrNothing)
    QList<ImportedReading> readings;
    for (const ReadingRow &r : records)
        for (const auto &[month, value] : r.values)
            readings.append({r.meterId, month, value, r.amount});
    m_lastReplaced = readings.isEmpty() ? 0 : m_energy.importReadings(readings, m_fileName).replaced;
    return {};
}

ImportResult ReadingImporter::runImport(const CsvDocument &doc, const ImportOptions &options,
                                        const DateTimeFormat &format)
{
    m_lastReplaced = 0;
    ImportResult result = RowImporter<ReadingRow>::runImport(doc, options, format);
    // The units row was read, not imported: it is neither a duplicate nor a reject.
    result.duplicates.erase(std::remove_if(result.duplicates.begin(), result.duplicates.end(),
                                           [](const ImportIssue &i) { return i.group == kUnitsRow; }),
                            result.duplicates.end());
    result.replaced = m_lastReplaced;
    return result;
}

} // namespace ga::energy
