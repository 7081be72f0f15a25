#include "housing/HousingImporters.h"

#include "core/Error.h"
#include "core/Period.h"
#include "core/Session.h"
#include "housing/HousingService.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace ga::housing {

namespace {

ImportField importField(const QString &key, const QString &label, bool required,
                  std::initializer_list<const char16_t *> aliases,
                  FieldType type = FieldType::Text)
{
    QStringList headers;
    for (const char16_t *a : aliases)
        headers << QString::fromUtf16(a);
    return ImportField {key, label, required, headers, type};
}

QList<ImportField> flatKeyFields(bool forTenancy)
{
    return {
        importField(QStringLiteral("complex"), QCoreApplication::translate("FlatImporter", "Complex"), true,
              {u"小区", u"小区名称", u"小区编号", u"项目", u"complex"}),
        importField(QStringLiteral("building"), QCoreApplication::translate("FlatImporter", "Building"), true,
              {u"楼栋", u"楼号", u"栋", u"building"}),
        importField(QStringLiteral("unit"), QCoreApplication::translate("FlatImporter", "Unit"), false, {u"单元", u"unit"}),
        importField(QStringLiteral("number"), QCoreApplication::translate("FlatImporter", "Flat number"), true,
              forTenancy ? std::initializer_list<const char16_t *> {u"房号", u"门牌号", u"室",
                                                                    u"flat", u"flat number"}
                         : std::initializer_list<const char16_t *> {u"房号", u"门牌号", u"室",
                                                                    u"number", u"flat number"}),
    };
}

// The flat of a row, or the row's problem.
RowProblem flatOf(const FlatLookup &lookup, const RowCells &cells, qint64 &complexId,
                  qint64 &flatId, bool mustExist)
{
    const QString complex = cells.cell(QStringLiteral("complex"));
    if (complex.isEmpty())
        return QCoreApplication::translate("FlatImporter", "The complex is empty.");
    complexId = lookup.complex(complex);
    if (complexId < 0)
        return QCoreApplication::translate("FlatImporter", "More than one complex is named \"%1\"; use its code.").arg(complex);
    if (complexId == 0)
        return RowProblem::grouped(QCoreApplication::translate("FlatImporter", "No complex has the code or name \"%1\".").arg(complex),
                                   QCoreApplication::translate("FlatImporter", "No complex has this code or name"), complex);
    if (cells.cell(QStringLiteral("building")).isEmpty())
        return QCoreApplication::translate("FlatImporter", "The building is empty.");
    if (cells.cell(QStringLiteral("number")).isEmpty())
        return QCoreApplication::translate("FlatImporter", "The flat number is empty.");
    const auto id = lookup.flat(complexId, cells.cell(QStringLiteral("building")),
                                cells.cell(QStringLiteral("unit")),
                                cells.cell(QStringLiteral("number")));
    flatId = id.value_or(0);
    if (mustExist && !id)
        return RowProblem::grouped(QCoreApplication::translate("FlatImporter", "The flat %1 %2-%3-%4 is not in the register.")
                                       .arg(complex, cells.cell(QStringLiteral("building")),
                                            cells.cell(QStringLiteral("unit")),
                                            cells.cell(QStringLiteral("number"))),
                                   QCoreApplication::translate("FlatImporter", "The flat is not in the register"), complex);
    return {};
}

} // namespace

// --- FlatLookup ----------------------------------------------------------------------------

QString FlatLookup::key(qint64 complexId, const QString &building, const QString &unit,
                        const QString &number)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(complexId)
        .arg(building.trimmed(), unit.trimmed(), number.trimmed());
}

void FlatLookup::load(Database &db)
{
    m_codes.clear();
    m_names.clear();
    m_flats.clear();
    const QString context = QCoreApplication::translate("FlatImporter", "loading the register");
    Query c(db, QStringLiteral("SELECT id, code, name FROM housing_complexes"), context);
    c.exec();
    while (c.next()) {
        const qint64 id = c.value(0).toLongLong();
        m_codes.insert(c.value(1).toString().trimmed().toUpper(), id);
        const QString name = c.value(2).toString().trimmed();
        m_names.insert(name, m_names.contains(name) ? -1 : id);
    }
    Query f(db, QStringLiteral("SELECT id, complex_id, building, unit, number FROM housing_flats"),
            context);
    f.exec();
    while (f.next())
        m_flats.insert(key(f.value(1).toLongLong(), f.value(2).toString(), f.value(3).toString(),
                           f.value(4).toString()),
                       f.value(0).toLongLong());
}

qint64 FlatLookup::complex(const QString &codeOrName) const
{
    const qint64 byCode = m_codes.value(codeOrName.trimmed().toUpper());
    return byCode > 0 ? byCode : m_names.value(codeOrName.trimmed());
}

std::optional<qint64> FlatLookup::flat(qint64 complexId, const QString &building,
                                       const QString &unit, const QString &number) const
{
    const auto it = m_flats.constFind(key(complexId, building, unit, number));
    if (it == m_flats.constEnd())
        return std::nullopt;
    return it.value();
}

// --- FlatImporter --------------------------------------------------------------------------

FlatImporter::FlatImporter(Database &db, const Session &session, HousingService &service)
    : m_db(db)
    , m_session(session)
    , m_service(service)
{
}

QString FlatImporter::title() const
{
    return tr("Flats");
}

QList<ImportField> FlatImporter::fields() const
{
    QList<ImportField> out = flatKeyFields(false);
    out << importField(QStringLiteral("floor"), tr("Floor"), true, {u"楼层", u"层", u"floor"},
                 FieldType::Number)
        << importField(QStringLiteral("area"), tr("Area (m²)"), true,
                 {u"面积", u"建筑面积", u"使用面积", u"面积（平方米）", u"area"}, FieldType::Number)
        << importField(QStringLiteral("layout"), tr("Layout"), true, {u"户型", u"房型", u"layout"})
        << importField(QStringLiteral("waterMeter"), tr("Water meter"), false,
                 {u"水表号", u"水表", u"water meter"})
        << importField(QStringLiteral("powerMeter"), tr("Electricity meter"), false,
                 {u"电表号", u"电表", u"electricity meter"})
        << importField(QStringLiteral("gasMeter"), tr("Gas meter"), false,
                 {u"燃气表号", u"气表号", u"燃气表", u"gas meter"})
        << importField(QStringLiteral("inventory"), tr("Inventory"), false,
                 {u"家具清单", u"家具", u"配套设施", u"inventory"});
    return out;
}

std::optional<QList<InventoryItem>> FlatImporter::parseInventory(const QString &text)
{
    QList<InventoryItem> items;
    static const QRegularExpression separators(QStringLiteral("[;；、,，]"));
    static const QRegularExpression counted(QStringLiteral("^(.*?)\\s*[×xX*]\\s*(\\d+)$"));
    for (QString part : text.split(separators, Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        InventoryItem item;
        item.name = part;
        if (const auto m = counted.match(part); m.hasMatch()) {
            item.name = m.captured(1).trimmed();
            item.quantity = m.captured(2).toInt();
            if (item.quantity <= 0 || item.name.isEmpty())
                return std::nullopt;
        }
        items << item;
    }
    return items;
}

void FlatImporter::requirePermission() const
{
    m_session.require(Permission::EditHousing);
}

void FlatImporter::begin(const CsvDocument &doc, const ColumnMapping &mapping)
{
    Q_UNUSED(mapping)
    m_fileName = doc.fileName();
    m_lookup.load(m_db);
    m_inFile.clear();
}

RowProblem FlatImporter::readRow(const RowCells &cells, Flat &f)
{
    qint64 complexId = 0;
    qint64 existing = 0;
    if (RowProblem p = flatOf(m_lookup, cells, complexId, existing, false); !p.isEmpty())
        return p;
    f.complexId = complexId;
    f.building = cells.cell(QStringLiteral("building"));
    f.unit = cells.cell(QStringLiteral("unit"));
    f.number = cells.cell(QStringLiteral("number"));
    f.floor = int(cells.number(QStringLiteral("floor")).value_or(1));
    f.area = cells.number(QStringLiteral("area"), 2).value_or(0);
    f.layout = cells.cell(QStringLiteral("layout"));
    f.waterMeter = cells.cell(QStringLiteral("waterMeter"));
    f.powerMeter = cells.cell(QStringLiteral("powerMeter"));
    f.gasMeter = cells.cell(QStringLiteral("gasMeter"));
    const auto items = parseInventory(cells.cell(QStringLiteral("inventory")));
    if (!items)
        return tr("The inventory \"%1\" cannot be read (write e.g. 床×2；冰箱).")
            .arg(cells.cell(QStringLiteral("inventory")));
    f.items = *items;
    if (f.area <= 0)
        return tr("The area is empty or not above 0.");
    if (f.layout.isEmpty())
        return tr("The layout is empty.");
    const QString key = FlatLookup::key(complexId, f.building, f.unit, f.number);
    if (existing > 0)
        return RowProblem::duplicateOf(
            tr("The flat %1 is already in the register (not overwritten).").arg(f.label()));
    if (const qint64 line = m_inFile.value(key); line > 0)
        return RowProblem::duplicateOf(
            tr("The flat %1 already appears on line %2.").arg(f.label()).arg(line));
    return {};
}

void FlatImporter::remember(const Flat &f, qint64 line)
{
    m_inFile.insert(FlatLookup::key(f.complexId, f.building, f.unit, f.number), line);
}

QStringList FlatImporter::display(const Flat &f, const RowCells &cells) const
{
    QStringList values;
    for (const ImportField &field : fields()) {
        if (field.key == QLatin1String("area"))
            values << QString::number(f.area / 100.0, 'f', 2);
        else if (field.key == QLatin1String("floor"))
            values << QString::number(f.floor);
        else if (field.key == QLatin1String("inventory")) {
            QStringList items;
            for (const InventoryItem &i : f.items)
                items << (i.quantity > 1 ? QStringLiteral("%1×%2").arg(i.name).arg(i.quantity)
                                         : i.name);
            values << items.join(QStringLiteral("；"));
        } else
            values << cells.cell(field.key);
    }
    return values;
}

QList<FlatImporter::Refusal> FlatImporter::storeAll(const QList<Flat> &flats,
                                                    const ImportResult &result, bool allOrNothing)
{
    const QJsonObject summary {{QStringLiteral("file"), m_fileName},
                               {QStringLiteral("rejected"), qint64(result.rejected.size())},
                               {QStringLiteral("duplicates"), qint64(result.duplicates.size())}};
    QList<Refusal> out;
    for (const auto &[index, reason] : m_service.importFlats(flats, summary, allOrNothing))
        out.append({index, reason});
    return out;
}

// --- TenancyImporter -----------------------------------------------------------------------

TenancyImporter::TenancyImporter(Database &db, const Session &session, HousingService &service)
    : m_db(db)
    , m_session(session)
    , m_service(service)
{
}

QString TenancyImporter::title() const
{
    return tr("Tenancies");
}

QList<ImportField> TenancyImporter::fields() const
{
    QList<ImportField> out = flatKeyFields(true);
    out << importField(QStringLiteral("staffNo"), tr("Tenant's staff number"), true,
                 {u"人员编号", u"工号", u"职工编号", u"staff no", u"staff number"})
        << importField(QStringLiteral("start"), tr("Start"), true,
                 {u"起租日期", u"入住日期", u"租期开始", u"start"}, FieldType::Date)
        << importField(QStringLiteral("end"), tr("Agreed end"), false,
                 {u"到期日期", u"租期结束", u"约定到期日", u"end"}, FieldType::Date)
        << importField(QStringLiteral("deposit"), tr("Deposit"), false, {u"押金", u"deposit"},
                 FieldType::Money)
        << importField(QStringLiteral("monthlyRent"), tr("Monthly rent"), false,
                 {u"月租金", u"租金", u"monthly rent", u"rent"}, FieldType::Money)
        << importField(QStringLiteral("endedOn"), tr("Ended on"), false,
                 {u"退房日期", u"实际退租日期", u"ended on", u"check-out"}, FieldType::Date);
    return out;
}

void TenancyImporter::requirePermission() const
{
    m_session.require(Permission::EditHousing);
}

void TenancyImporter::begin(const CsvDocument &doc, const ColumnMapping &mapping)
{
    Q_UNUSED(mapping)
    m_fileName = doc.fileName();
    m_lookup.load(m_db);
    m_staff.clear();
    m_staffNames.clear();
    m_activeFlats.clear();
    m_activeStaff.clear();
    Query q(m_db, QStringLiteral("SELECT id, staff_no, name FROM staff"),
            tr("loading the staff"));
    q.exec();
    while (q.next()) {
        m_staff.insert(q.value(1).toString().trimmed().toUpper(), q.value(0).toLongLong());
        m_staffNames.insert(q.value(0).toLongLong(), q.value(2).toString());
    }
}

RowProblem TenancyImporter::readRow(const RowCells &cells, TenancyImport &t)
{
    qint64 complexId = 0;
    if (RowProblem p = flatOf(m_lookup, cells, complexId, t.flatId, true); !p.isEmpty())
        return p;
    Flat f;
    f.building = cells.cell(QStringLiteral("building"));
    f.unit = cells.cell(QStringLiteral("unit"));
    f.number = cells.cell(QStringLiteral("number"));
    t.flatLabel = cells.cell(QStringLiteral("complex")) + QLatin1Char(' ') + f.label();
    const QString staffNo = cells.cell(QStringLiteral("staffNo"));
    t.staffId = m_staff.value(staffNo.toUpper());
    if (t.staffId == 0)
        return RowProblem::grouped(tr("No staff member has the number \"%1\".").arg(staffNo),
                                   tr("No staff member has this number"), staffNo);
    t.staffName = m_staffNames.value(t.staffId);
    t.start = cells.date(QStringLiteral("start")).value_or(QDate());
    if (!t.start.isValid())
        return tr("The start date is empty.");
    t.end = cells.date(QStringLiteral("end")).value_or(QDate());
    t.endedOn = cells.date(QStringLiteral("endedOn")).value_or(QDate());
    t.deposit = cells.money(QStringLiteral("deposit")).value_or(Money());
    t.monthlyRent = cells.money(QStringLiteral("monthlyRent"));
    if (!t.endedOn.isValid()) {
        if (m_activeFlats.contains(t.flatId))
            return tr("The flat %1 already has an active tenancy earlier in the file.")
                .arg(t.flatLabel);
        if (m_activeStaff.contains(t.staffId))
            return tr("%1 already has an active tenancy earlier in the file.").arg(t.staffName);
    }
    return {};
}

void TenancyImporter::remember(const TenancyImport &t, qint64 line)
{
    Q_UNUSED(line)
    if (!t.endedOn.isValid()) {
        m_activeFlats.insert(t.flatId);
        m_activeStaff.insert(t.staffId);
    }
}

QStringList TenancyImporter::display(const TenancyImport &t, const RowCells &cells) const
{
    QStringList values;
    for (const ImportField &field : fields()) {
        if (field.key == QLatin1String("staffNo"))
            values << QStringLiteral("%1 %2").arg(cells.cell(field.key), t.staffName);
        else if (field.key == QLatin1String("start"))
            values << toIsoDate(t.start);
        else if (field.key == QLatin1String("end"))
            values << (t.end.isValid() ? toIsoDate(t.end) : QString());
        else if (field.key == QLatin1String("endedOn"))
            values << (t.endedOn.isValid() ? toIsoDate(t.endedOn) : QString());
        else if (field.key == QLatin1String("deposit"))
            values << t.deposit.toString();
        else if (field.key == QLatin1String("monthlyRent"))
            values << (t.monthlyRent ? t.monthlyRent->toString() : QString());
        else
            values << cells.cell(field.key);
    }
    return values;
}

QList<TenancyImporter::Refusal> TenancyImporter::storeAll(const QList<TenancyImport> &tenancies,
                                                          const ImportResult &result,
                                                          bool allOrNothing)
{
    const QJsonObject summary {{QStringLiteral("file"), m_fileName},
                               {QStringLiteral("rejected"), qint64(result.rejected.size())},
                               {QStringLiteral("duplicates"), qint64(result.duplicates.size())}};
    QList<Refusal> out;
    for (const auto &[index, reason] : m_service.importTenancies(tenancies, summary, allOrNothing))
        out.append({index, reason});
    return out;
}

} // namespace ga::housing
