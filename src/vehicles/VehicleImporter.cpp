#include "vehicles/VehicleImporter.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Money.h"
#include "core/Session.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/csv/FieldParsers.h"
#include "vehicles/ImportSupport.h"
#include "vehicles/Plate.h"
#include "vehicles/VehicleService.h"

#include <QJsonObject>
#include <QLocale>

#include <limits>

namespace ga::vehicles {

VehicleImporter::VehicleImporter(Database &db, const Session &session, VehicleService &service,
                                 const Clock &clock)
    : m_db(db)
    , m_session(session)
    , m_service(service)
    , m_clock(clock)
{}

QString VehicleImporter::title() const
{
    return tr("Vehicles");
}

QList<ImportField> VehicleImporter::fields() const
{
    const auto field
        = [](const QString &key, const QString &label, bool required,
             std::initializer_list<const char16_t *> aliases, FieldType type = FieldType::Text) {
              return ImportField {key, label, required, headerAliases(aliases), type};
          };
    ImportField category = field(
        QStringLiteral("category"), tr("Category"), true,
        {u"类别", u"车辆类别", u"车辆类型", u"用途", u"编制类别", u"category"}, FieldType::Choice);
    category.choices = enumChoices(allCategorys());
    category.recognise = recogniser(&parseCategory);
    ImportField energy = field(QStringLiteral("energyType"), tr("Energy type"), true,
                               {u"能源类型", u"燃料类型", u"燃料种类", u"动力类型", u"energy",
                                u"energy type", u"fuel type"},
                               FieldType::Choice);
    energy.choices = enumChoices(allEnergyTypes());
    energy.recognise = recogniser(&parseEnergyType);
    ImportField ownership
        = field(QStringLiteral("ownership"), tr("Ownership"), false,
                {u"权属", u"产权", u"所有权", u"车辆来源", u"ownership"}, FieldType::Choice);
    ownership.choices = enumChoices(allOwnerships());
    ownership.recognise = recogniser(&parseOwnership);
    return {
        plateField(true),
        fleetNoField(),
        field(QStringLiteral("brand"), tr("Brand"), true, {u"品牌", u"厂牌", u"brand", u"make"}),
        field(QStringLiteral("model"), tr("Model"), false,
              {u"型号", u"车型", u"规格型号", u"model"}),
        category,
        energy,
        field(QStringLiteral("seats"), tr("Seats"), true,
              {u"座位数", u"座位", u"核定载客", u"seats"}, FieldType::Number),
        field(QStringLiteral("licenceClass"), tr("Licence class"), false,
              {u"准驾车型", u"驾照类型", u"licence class", u"license class"}),
        field(QStringLiteral("purchaseDate"), tr("Purchase date"), false,
              {u"购置日期", u"购买日期", u"购车日期", u"登记日期", u"purchase date"},
              FieldType::Date),
        field(QStringLiteral("purchasePrice"), tr("Purchase price"), false,
              {u"购置价格", u"购置价", u"购车价格", u"原值", u"价格", u"purchase price", u"price"},
              FieldType::Money),
        ownership,
        field(QStringLiteral("lessor"), tr("Lessor"), false, {u"出租方", u"租赁公司", u"lessor"}),
        field(QStringLiteral("leaseCost"), tr("Monthly lease"), false,
              {u"月租金", u"租金", u"lease cost", u"monthly lease"}, FieldType::Money),
        field(QStringLiteral("department"), tr("Department"), false,
              {u"使用单位", u"所属单位", u"所属部门", u"部门", u"单位", u"department"}),
        field(QStringLiteral("odometer"), tr("Odometer (km)"), false,
              {u"里程", u"行驶里程", u"里程数", u"odometer", u"mileage"}, FieldType::Number),
        field(QStringLiteral("fuelCard"), tr("Fuel card"), false,
              {u"油卡号", u"加油卡号", u"燃油卡号", u"油卡", u"fuel card", u"card"}),
        field(QStringLiteral("notes"), tr("Notes"), false, {u"备注", u"notes", u"remarks"}),
    };
}

void VehicleImporter::requirePermission() const
{
    m_session.require(Permission::EditVehicles);
}

void VehicleImporter::begin(const CsvDocument &doc, const ColumnMapping &mapping)
{
    Q_UNUSED(mapping)
    m_fileName = doc.fileName();
    m_encoding = doc.encoding();
    m_plates.clear();
    m_fleetNos.clear();
    m_cards.clear();
    m_departmentCodes.clear();
    m_departmentNames.clear();
    Query q(m_db, QStringLiteral("SELECT plate, fleet_no, fuel_card_no FROM vehicles"),
            tr("loading the vehicles"));
    q.exec();
    while (q.next()) {
        const QString plate = q.value(0).toString();
        m_plates.insert(normalisePlate(plate), 0);
        if (!q.value(1).isNull())
            m_fleetNos.insert(q.value(1).toString().trimmed().toUpper(), plate);
        if (!q.value(2).isNull())
            m_cards.insert(q.value(2).toString().trimmed(), plate);
    }
    Query d(m_db, QStringLiteral("SELECT id, code, name FROM departments WHERE status = 'active'"),
            tr("loading the departments"));
    d.exec();
    while (d.next()) {
        m_departmentCodes.insert(d.value(1).toString().trimmed().toUpper(),
                                 d.value(0).toLongLong());
        m_departmentNames.insert(d.value(2).toString().trimmed(), d.value(0).toLongLong());
    }
}

RowProblem VehicleImporter::readRow(const RowCells &cells, Vehicle &v)
{
    const QString rawPlate = cells.cell(QStringLiteral("plate"));
    if (rawPlate.isEmpty())
        return tr("The plate is empty.");
    if (!isValidPlate(rawPlate))
        return RowProblem::grouped(tr("\"%1\" is not a valid plate.").arg(rawPlate),
                                   tr("Not a valid plate"), rawPlate);
    v.plate = normalisePlate(rawPlate);
    v.brand = cells.cell(QStringLiteral("brand"));
    if (v.brand.isEmpty())
        return tr("The brand is empty.");
    v.model = cells.cell(QStringLiteral("model"));

    v.category = fromCategoryKey(cells.choice(QStringLiteral("category")).value()).value();
    v.energyType = fromEnergyTypeKey(cells.choice(QStringLiteral("energyType")).value()).value();

    const QString seats = cells.cell(QStringLiteral("seats"));
    const auto s = parseWholeNumber(seats);
    if (!s || *s <= 0 || *s > 100)
        return seats.isEmpty() ? tr("The number of seats is empty.")
                               : tr("\"%1\" is not a number of seats.").arg(seats);
    v.seats = int(*s);

    v.licenceClass = cells.cell(QStringLiteral("licenceClass")).toUpper();
    if (v.licenceClass.isEmpty())
        v.licenceClass = QStringLiteral("C1");
    v.purchaseDate = cells.date(QStringLiteral("purchaseDate")).value_or(QDate());
    const auto price = cells.money(QStringLiteral("purchasePrice"));
    v.purchasePrice = price.value_or(Money());
    v.ownership = Ownership::Retained;
    if (const auto o = cells.choice(QStringLiteral("ownership")))
        v.ownership = fromOwnershipKey(*o).value();
    v.lessor = cells.cell(QStringLiteral("lessor"));
    v.leaseCostMonthly = cells.money(QStringLiteral("leaseCost")).value_or(Money());

    const QString department = cells.cell(QStringLiteral("department"));
    v.departmentId = 0;
    if (!department.isEmpty()) {
        v.departmentId = m_departmentCodes.value(department.toUpper());
        if (v.departmentId == 0) {
            const QList<qint64> ids = m_departmentNames.values(department);
            if (ids.size() > 1)
                return tr("More than one department is named \"%1\"; use its code.")
                    .arg(department);
            if (ids.isEmpty())
                return RowProblem::grouped(
                    tr("No active department has the code or name \"%1\".").arg(department),
                    tr("No active department has this code or name"), department);
            v.departmentId = ids.first();
        }
    }
    const QString odometer = cells.cell(QStringLiteral("odometer"));
    v.odometerKm = 0;
    if (!odometer.isEmpty()) {
        const auto km = parseWholeNumber(odometer);
        if (!km || *km < 0)
            return tr("The odometer reading \"%1\" is not a number of kilometres.").arg(odometer);
        v.odometerKm = int(std::min<qint64>(*km, std::numeric_limits<int>::max()));
    }
    v.notes = cells.cell(QStringLiteral("notes"));
    v.fleetNo = cleanCode(cells.cell(QStringLiteral("fleetNo")));
    v.fuelCardNo = cleanCode(cells.cell(QStringLiteral("fuelCard")));
    if (looksLikeScientificNotation(v.fuelCardNo))
        return tr("The fuel card number \"%1\" was shortened by Excel to scientific notation; "
                  "format the column as text and export again.")
            .arg(v.fuelCardNo);

    // The service's rule for one vehicle (the form's: a future purchase date, a leased vehicle
    // without its lessor, …); storing checks it against the ledger again.
    try {
        v = VehicleService::checkedFields(v, m_clock.today());
    } catch (const ValidationError &e) {
        return e.message();
    }

    // Against the stored ledger and the rows before this one.
    const qint64 earlier = m_plates.value(v.plate, -1);
    if (earlier >= 0)
        return RowProblem::duplicateOf(
            earlier == 0
                ? tr("The plate %1 is already in the ledger (not overwritten).").arg(v.plate)
                : tr("The plate %1 already appears on line %2.").arg(v.plate).arg(earlier));
    if (!v.fleetNo.isEmpty()) {
        const QString owner = m_fleetNos.value(v.fleetNo.toUpper());
        if (!owner.isEmpty())
            return tr("The fleet number %1 is already used by %2.").arg(v.fleetNo, owner);
    }
    if (!v.fuelCardNo.isEmpty()) {
        const QString owner = m_cards.value(v.fuelCardNo);
        if (!owner.isEmpty())
            return tr("The fuel card %1 is already issued to %2.").arg(v.fuelCardNo, owner);
    }
    return {};
}

void VehicleImporter::remember(const Vehicle &v, qint64 line)
{
    m_plates.insert(v.plate, line);
    if (!v.fleetNo.isEmpty())
        m_fleetNos.insert(v.fleetNo.toUpper(), v.plate);
    if (!v.fuelCardNo.isEmpty())
        m_cards.insert(v.fuelCardNo, v.plate);
}

QStringList VehicleImporter::display(const Vehicle &v, const RowCells &cells) const
{
    QStringList values;
    for (const ImportField &f : fields()) {
        const QString &k = f.key;
        if (k == QLatin1String("plate"))
            values << v.plate;
        else if (k == QLatin1String("category"))
            values << displayName(v.category);
        else if (k == QLatin1String("energyType"))
            values << displayName(v.energyType);
        else if (k == QLatin1String("seats"))
            values << QString::number(v.seats);
        else if (k == QLatin1String("licenceClass"))
            values << v.licenceClass;
        else if (k == QLatin1String("purchaseDate"))
            values << v.purchaseDate.toString(Qt::ISODate);
        else if (k == QLatin1String("purchasePrice"))
            values << v.purchasePrice.toString();
        else if (k == QLatin1String("ownership"))
            values << displayName(v.ownership);
        else if (k == QLatin1String("leaseCost"))
            values << v.leaseCostMonthly.toString();
        else if (k == QLatin1String("odometer"))
            values << QLocale().toString(v.odometerKm);
        else
            values << cells.cell(k);
    }
    return values;
}

QList<VehicleImporter::Refusal> VehicleImporter::storeAll(const QList<Vehicle> &vehicles,
                                                          const ImportResult &result,
                                                          bool allOrNothing)
{
    const QJsonObject summary {{QStringLiteral("file"), m_fileName},
                               {QStringLiteral("rejected"), qint64(result.rejected.size())},
                               {QStringLiteral("duplicates"), qint64(result.duplicates.size())},
                               {QStringLiteral("encoding"), m_encoding}};
    QList<Refusal> out;
    for (const VehicleService::Refusal &r :
         m_service.importVehicles(vehicles, summary, allOrNothing))
        out.append({r.index, r.reason});
    return out;
}

} // namespace ga::vehicles
